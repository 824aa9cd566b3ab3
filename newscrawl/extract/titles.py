"""Titles without the site name.

A page's ``<title>`` (and often its ``og:title``) carries the site name as a prefix or suffix
(``…措施-呼和浩特市人民政府``, ``…_网易新闻``, ``频道 | 报纸``). The headline is the part of it
that the page also *shows* (as a heading or a text block of its own); failing that, the part
left once a known site name (``og:site_name``, ``application-name``, the publisher, or an
affix repeated across the site's titles: :func:`repeated_affixes`) is cut off.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Collection, Iterable

from newscrawl.clean import clean_line

# Separators between a headline and a site name: -, --, _, |, ｜, ——, –, —, ·, and a spaced colon.
_STRONG_SEP = re.compile(r"\s{0,3}(?:--|——|[-_|｜–—·•])\s{0,3}|\s{1,3}[:：]\s{1,3}")
# A text that is only a site's name (a ``<title>`` with no headline in it).
_SITE_ONLY = re.compile(
    r"(?:网站|官网|门户|首页|主页|網站|官網|首頁|homepage|official site|"
    # a paper's e-edition (澳門日報電子版, 某某日报数字报): the same <title> on every page
    r"电子版|電子版|电子报|電子報|数字报|數字報|数字报刊|數字報刊|e-?paper|e-?edition)$",
    re.I,
)
MIN_TITLE = 8  #: shorter "cores" are section labels (新闻动态), not headlines
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# An e-mail address or a URL in a heading is a site's contact line, never a headline.
_NOT_TITLE = re.compile(r"^\S+@\S+\.\w+$|^(?:https?://|www\.)\S+$")


def long_enough(text: str) -> bool:
    """Whether a text is long enough for a headline: :data:`MIN_TITLE` characters, a CJK
    character counting as two (``静夜思•夜``, ``雄安新区``; a four-character part may also be a
    section label, ``新闻动态``: :func:`short` says when to ask the ``<h1>`` first)."""
    return len(text) + len(_CJK.findall(text)) >= MIN_TITLE


def short(text: str) -> bool:
    """Shorter than :data:`MIN_TITLE` characters: long enough only by its CJK weight."""
    return len(text) < MIN_TITLE


def not_a_title(text: str) -> bool:
    """An e-mail address or URL (``chinapoem2015@163.com`` in a site's ``<h1>``)."""
    return _NOT_TITLE.match(text.strip()) is not None


MAX_TITLE = 300  #: characters of a <title> considered at all


def cores(title: str) -> list[str]:
    """Every run of consecutive segments of ``title`` between strong separators, longest
    first, each also without its last or first space-separated word group (``…工作 东区办事处``):
    ``a-b_c`` → ``a-b_c``, ``a-b``, ``b_c``, ``a``, ``b``, ``c``."""
    title = clean_line(title)[:MAX_TITLE]
    spans = _strong_parts(title)[:12]
    runs = {title}
    for i in range(len(spans)):
        for j in range(i, len(spans)):
            runs.add(title[spans[i][0] : spans[j][1]].strip())
    out = set(runs)
    for run in runs:  # a word group cut off only when most of the run is left
        out.update(
            w for w in (*run.rsplit(" ", 1)[:1], *run.split(" ", 1)[1:]) if 2 * len(w) > len(run)
        )
        if _CJK.search(run):
            out.update(_space_cuts(run))
    return sorted((c for c in out if c), key=len, reverse=True)


_SPACE_CUTS = 3  # word groups cut off one end: a site name, a column name, a channel


def _space_cuts(run: str) -> list[str]:
    """``run`` without its first or last one to :data:`_SPACE_CUTS` space-separated word
    groups, however short the rest. Chinese writes no spaces between words, so in a CJK title
    a space separates parts as a dash does: a government CMS's ``<title>`` is
    ``江城市人民政府 工作动态 市发改委开展…活动`` (site, column, headline). Only a part the page
    also shows becomes the title (:func:`shown_core`)."""
    groups = run.split(" ")
    n = min(_SPACE_CUTS, len(groups) - 1)
    return [" ".join(groups[k:]) for k in range(1, n + 1)] + [
        " ".join(groups[:-k]) for k in range(1, n + 1)
    ]


def _same(a: str, b: str) -> bool:
    a, b = a.casefold().replace(" ", ""), b.casefold().replace(" ", "")
    return bool(a) and bool(b) and (a == b or (len(b) >= 2 and (a in b or b in a)))


def strip_site(title: str, site_names: Iterable[str]) -> str:
    """``title`` without a leading or trailing segment that names the site (repeatedly:
    ``标题_首页武汉_新闻中心_长江网`` loses every segment that matches)."""
    names = [clean_line(n) for n in site_names if n and clean_line(n)]
    title = clean_line(title)
    if not names:
        return title
    changed = True
    while changed:
        changed = False
        spans = _strong_parts(title)
        if len(spans) < 2:
            break
        first, last = spans[0], spans[-1]
        if any(_same(title[last[0] : last[1]], n) for n in names):
            title, changed = title[: spans[-2][1]].strip(), True
        elif any(_same(title[first[0] : first[1]], n) for n in names):
            title, changed = title[spans[1][0] :].strip(), True
    return title


def _strong_parts(title: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _STRONG_SEP.finditer(title):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(title):
        spans.append((start, len(title)))
    return spans


def site_only(text: str) -> bool:
    """Whether a text reads as a site's name only (``山西省人民政府网站``)."""
    return _SITE_ONLY.search(clean_line(text)) is not None


def shown_core(
    titles: Iterable[str], shown: Collection[str], site_names: Iterable[str]
) -> str | None:
    """The longest part of a ``<title>``/``og:title`` that the page shows as a text of its
    own, is not a site name and is long enough to be a headline."""
    names = [clean_line(n) for n in site_names if n]
    every = sorted({c for title in titles for c in cores(title)}, key=len, reverse=True)
    for core in every:
        if core not in shown:  # first: most of a title's parts are shown nowhere
            continue
        if not long_enough(core) or site_only(core) or not_a_title(core):
            continue
        if any(_same(core, n) and len(n) >= len(core) - 2 for n in names):
            continue
        return core
    return None


def _ends(title: str) -> list[str]:
    """The first and last segments of a cleaned title with several (the same segment once)."""
    spans = _strong_parts(title)
    if len(spans) < 2:
        return []
    ends = {title[spans[0][0] : spans[0][1]], title[spans[-1][0] : spans[-1][1]]}
    return [e.strip() for e in ends if e.strip()]


def _need(titles: int, min_share: float, min_titles: int) -> int:
    return max(min_titles, int(min_share * titles + 0.999))


def repeated_affixes(
    titles: Iterable[str], min_share: float = 0.6, min_titles: int = 3
) -> set[str]:
    """Leading/trailing segments shared by most of a site's titles: its site name.

    Pure, for crawl-level use: given the titles seen on one site, the segments that start or
    end at least ``min_share`` of them (and at least ``min_titles`` of them)."""
    seen = [clean_line(t) for t in titles if t]
    counts: Counter[str] = Counter()
    for title in seen:
        counts.update(_ends(title))
    need = _need(len(seen), min_share, min_titles)
    return {segment for segment, n in counts.items() if n >= need}


def affixes_of(title: str) -> list[str]:
    """The short first and last segments of a ``<title>`` with several: candidate site
    names (``网易财经`` in ``…_网易财经``)."""
    title = clean_line(title)[:MAX_TITLE]
    spans = _strong_parts(title)
    if len(spans) < 2:
        return []
    ends = (title[spans[0][0] : spans[0][1]], title[spans[-1][0] : spans[-1][1]])
    return [e for e in ends if len(e) <= 15]


class SiteTitles:
    """Crawl-level memory of recent titles per site, to cut what repeats across them.

    Pure (no Scrapy): :meth:`strip` records a title and returns it without the site-wide
    prefix/suffix that :func:`repeated_affixes` would find in the site's last ``window``
    titles (kept as running counts of their end segments: a title costs the same whatever the
    window). The first titles of a site (fewer than ``min_titles``) are returned as they are."""

    def __init__(self, window: int = 50, min_titles: int = 3, min_share: float = 0.6) -> None:
        self.window, self.min_titles, self.min_share = window, min_titles, min_share
        self._seen: dict[str, deque[list[str] | None]] = {}  # per title: its ends (None: empty)
        self._counts: dict[str, Counter[str]] = {}
        self._titled: dict[str, int] = {}  # non-empty titles in the window

    def strip(self, site: str, title: str) -> str:
        seen = self._seen.setdefault(site, deque())
        counts = self._counts.setdefault(site, Counter())
        ends = _ends(clean_line(title)) if title else None
        seen.append(ends)
        counts.update(ends or ())
        self._titled[site] = self._titled.get(site, 0) + (ends is not None)
        if len(seen) > self.window:
            old = seen.popleft()
            self._titled[site] -= old is not None
            for segment in old or ():
                counts[segment] -= 1
                if counts[segment] <= 0:
                    del counts[segment]
        need = _need(self._titled[site], self.min_share, self.min_titles)
        affixes = {segment for segment, n in counts.items() if n >= need}
        stripped = strip_site(title, affixes) if affixes else title
        return stripped if len(stripped) >= MIN_TITLE // 2 else title
