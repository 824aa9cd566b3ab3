"""`SiteCore`: the test site's article metadata, body text and the helpers every template uses."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta, timezone

from newscrawl.testsite.common import (
    CST,
    DEFAULT_MODIFIED,
    EDIT_DELAY,
    EN_SECTIONS,
    EN_TRACKING,
    TEMPLATES,
    WRONGCHARSET_ID,
    ZH_TRACKING,
    Article,
    Page,
    ident,
    mix,
    slugify,
    to_traditional,
)
from newscrawl.testsite.pools import (
    EN_BODIES,
    EN_FIRST,
    EN_LAST,
    EN_LEAD_TAILS,
    EN_LEAD_VERBS,
    EN_OBJECTS,
    EN_PLACES,
    EN_TZ_OFFSETS,
    ZH_MEETINGS,
    ZH_PLACES,
    ZH_PURPOSES,
)
from newscrawl.testsite.text import en_sentence, en_title, unique, zh_name, zh_sentence, zh_title


class SiteCore:
    """State of one generated site: articles, orderings, caches; the templates build on it."""

    disallowed_prefix: str = "/private/"

    def __init__(
        self,
        n_articles: int = 60,
        seed: int = 0,
        edited: int = 0,
        *,
        faults: bool = False,
        slow_seconds: float = 3.0,
        big_bytes: int = 3 * 1024 * 1024,
        crawl_delay: float | None = None,
    ) -> None:
        """``edited``: the first that many articles carry an edit (a correction appended to the
        last paragraph), as a site looks when it re-publishes changed stories.

        ``faults``: also serve the fault routes under ``/faults/`` (linked from the homepage);
        ``slow_seconds`` is the delay of ``/faults/slow.htm``, ``big_bytes`` the exact size of
        ``/faults/big.htm``; ``crawl_delay`` adds a ``Crawl-delay`` line to robots.txt."""
        if n_articles < 0:
            raise ValueError("n_articles must be >= 0")
        if slow_seconds < 0 or big_bytes < 0:
            raise ValueError("slow_seconds and big_bytes must be >= 0")
        self.n_articles = n_articles
        self.seed = seed
        self.edited = edited
        self.faults = faults
        self.slow_seconds = float(slow_seconds)
        self.big_bytes = int(big_bytes)
        self.crawl_delay = crawl_delay
        self._big: bytes | None = None
        self._articles: list[Article] = []
        self._paths: dict[str, tuple[int, str]] = {}  # path -> (article idx, "page"|"print")
        self._cache: dict[tuple[str, str], Page] = {}
        self._cache_lock = threading.Lock()
        self._para_cache: dict[int, list[str]] = {}
        self._truth: list[dict[str, object]] | None = None
        rng = random.Random(seed)
        self._build_articles(rng)
        self._build_related(rng)
        self._by_template: dict[str, list[int]] = {t: [] for t in TEMPLATES}
        for art in self._articles:
            self._by_template[art.template].append(art.idx)
        self._order: dict[str, list[int]] = {
            t: self._latest_first(ids) for t, ids in self._by_template.items()
        }
        self._en_sections: dict[str, list[int]] = {s: [] for s in EN_SECTIONS}
        for i in self._order["en"]:
            self._en_sections[self._articles[i].section].append(i)
        self._legacy_pos = {i: pos for pos, i in enumerate(self._order["legacy"])}
        self._all_latest = self._latest_first(range(len(self._articles)))
        self._site_modified = max(
            (self._modified(art) for art in self._articles), default=DEFAULT_MODIFIED
        )

    # ----------------------------------------------------------------- construction
    def _latest_first(self, ids: Iterable[int]) -> list[int]:
        arts = self._articles
        return sorted(ids, key=lambda i: (arts[i].published, i), reverse=True)

    def _build_articles(self, rng: random.Random) -> None:
        start = datetime(2021, 1, 1, 12, 0, tzinfo=UTC)
        span = int((datetime(2023, 12, 31, 12, 0, tzinfo=UTC) - start).total_seconds() // 60)
        zh_titles: set[str] = set()
        en_titles: set[str] = set()
        slugs: set[str] = set()
        for idx in range(self.n_articles):
            template = TEMPLATES[idx % 3]
            k = idx // 3  # position among the articles of this template
            published = start + timedelta(minutes=rng.randrange(span))
            if template == "en":
                tz = timezone(timedelta(minutes=rng.choice(EN_TZ_OFFSETS)))
                title = unique(en_titles, lambda: en_title(rng))
                author = f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
                section = rng.choice(EN_SECTIONS)
                slug = slugify(title)
                if slug in slugs:
                    slug = f"{slug}-{idx}"
                slugs.add(slug)
                art_id: int | str = 700000 + idx
                d = published.astimezone(tz)
                canonical = f"/en/{section}/{d:%Y/%m/%d}/{slug}/"
                art = Article(
                    idx,
                    template,
                    art_id,
                    title,
                    author,
                    published,
                    tz,
                    canonical,
                    section=section,
                    slug=slug,
                    private_link=k % 4 == 1,
                )
            elif template == "zh":
                title = unique(zh_titles, lambda: zh_title(rng))
                author = zh_name(rng)
                if k == 0:  # the GBK page mislabelled as utf-8 (still a real article)
                    published = datetime(2022, 3, 19, 4, 5, tzinfo=UTC)
                    art_id = WRONGCHARSET_ID
                else:
                    art_id = 1128400000 + idx
                d = published.astimezone(CST)
                canonical = f"/zh/{d:%Y-%m}/{d:%d}/c_{art_id}.htm"
                gbk = k % 3 == 1 or k == 0
                art = Article(
                    idx,
                    template,
                    art_id,
                    title,
                    author,
                    published,
                    CST,
                    canonical,
                    traditional=k != 0 and (k // 3) % 3 == 2,
                    encoding="gbk" if gbk else "utf-8",
                    declared="utf-8" if k == 0 else ("gbk" if gbk else "utf-8"),
                    header_charset=not gbk,
                    meta_date=k % 2 == 0,
                    private_link=k % 5 == 3,
                )
                self._paths[art.print_path] = (idx, "print")
            else:
                title = unique(zh_titles, lambda: zh_title(rng))
                author = zh_name(rng)
                art_id = 20000 + idx
                d = published.astimezone(CST)
                canonical = f"/legacy/{d:%Y%m%d}/news_{art_id}.html"
                encoded = k % 2 == 1
                codec = ("gbk", "gb18030")[(k // 2) % 2] if encoded else "utf-8"
                art = Article(
                    idx,
                    template,
                    art_id,
                    title,
                    author,
                    published,
                    CST,
                    canonical,
                    encoding=codec,
                    declared=codec,
                    header_charset=not encoded,
                    private_link=k % 6 == 4,
                )
            self._articles.append(art)
            self._paths[art.canonical] = (idx, "page")
            if template == "en":
                self._paths[art.canonical + "index.html"] = (idx, "page")

    def _build_related(self, rng: random.Random) -> None:
        groups: dict[str, list[int]] = {t: [] for t in TEMPLATES}
        for art in self._articles:
            groups[art.template].append(art.idx)
        n = len(self._articles)
        for art in self._articles:
            if n < 2:
                continue
            want = min(rng.randint(3, 5) + 1, n - 1)  # related + one recommended
            same = groups[art.template]
            chosen: list[int] = []
            tries = 0
            while len(chosen) < want and tries < 40 and len(same) > 1:
                tries += 1
                cand = same[rng.randrange(len(same))]
                if cand != art.idx and cand not in chosen:
                    chosen.append(cand)
            while len(chosen) < want:  # too few articles of this template: fill from others
                cand = rng.randrange(n)
                if cand != art.idx and cand not in chosen:
                    chosen.append(cand)
            art.recommended = chosen[0]
            art.related = tuple(chosen[1:])

    def _paragraphs(self, idx: int) -> list[str]:
        """Base paragraphs (simplified Chinese or English), without byline; cached per article."""
        cached = self._para_cache.get(idx)
        if cached is not None:
            return cached
        art = self._articles[idx]
        rng = random.Random(f"{self.seed}/{idx}/body")
        count = rng.randint(4, 8)
        local = art.local
        paras: list[str] = []
        for p in range(count):
            sentences = [
                en_sentence(rng) if art.template == "en" else zh_sentence(rng)
                for _ in range(rng.randint(2, 4))
            ]
            if p == 0:
                if art.template == "en":
                    lead = (
                        f"{rng.choice(EN_PLACES).upper()} \u2014 The {rng.choice(EN_BODIES)} on "
                        f"{local:%A} {rng.choice(EN_LEAD_VERBS)} the {rng.choice(EN_OBJECTS)}, "
                        f"{rng.choice(EN_LEAD_TAILS)}."
                    )
                else:
                    lead = (
                        f"{local.month}月{local.day}日，{rng.choice(ZH_PLACES)}召开"
                        f"{rng.choice(ZH_MEETINGS)}，{rng.choice(ZH_PURPOSES)}。"
                    )
                sentences.insert(0, lead)
            if p == count - 1 and art.template != "en" and rng.random() < 0.5:
                sentences.append(f"{rng.choice(ZH_PLACES)}有关部门负责人参加会议。")
            paras.append((" " if art.template == "en" else "").join(sentences))
        if idx < self.edited:
            paras[-1] += (
                " (This story was updated with a correction.)"
                if art.template == "en"
                else "（本文已更新，更正了部分数据。）"
            )
        self._para_cache[idx] = paras
        return paras

    # ----------------------------------------------------------------- helpers
    def _conv(self, art: Article) -> Callable[[str], str]:
        return to_traditional if art.traditional else ident

    def _shown_paragraphs(self, art: Article) -> list[str]:
        conv = self._conv(art)
        return [conv(p) for p in self._paragraphs(art.idx)]

    def _shown_title(self, art: Article) -> str:
        return self._conv(art)(art.title)

    def _summary(self, art: Article, length: int) -> str:
        first = self._paragraphs(art.idx)[0]
        if art.template == "en":
            cut = first[:length].rsplit(" ", 1)[0]
            return cut + ("\u2026" if len(first) > length else "")
        return first[:length]

    def _href(self, src: Article | None, tgt: Article, kind: str = "article", pos: int = 0) -> str:
        """Link form used to point at `tgt` from `src` (tracking params / index.html sometimes)."""
        if kind == "list":
            if tgt.template == "en" and pos % 4 == 3:
                return tgt.canonical + "index.html"
            return tgt.canonical
        if src is None or kind != "article":
            return tgt.canonical
        if tgt.template == "zh" and src.template == "zh":
            r = mix(src.idx, tgt.idx) % 6
            return tgt.canonical + ZH_TRACKING[r] if r < 2 else tgt.canonical
        if tgt.template == "en":
            r = mix(tgt.idx, src.idx) % 6
            if r == 0:
                return tgt.canonical + "index.html"
            if r == 1:
                return tgt.canonical + EN_TRACKING
        return tgt.canonical

    def _links(self, art: Article) -> list[tuple[str, Article, str]]:
        """(kind, target, anchor) in page order for the truth and the renderers."""
        conv = self._conv(art) if art.template == "zh" else ident
        rec = [] if art.recommended is None else [("recommended", self._articles[art.recommended])]
        rel = [("related", self._articles[i]) for i in art.related]
        ordered = rec + rel if art.template == "zh" else rel + rec
        return [(kind, tgt, conv(tgt.title)) for kind, tgt in ordered]

    def _modified(self, art: Article) -> datetime:
        """Last-Modified of an article's pages: published, or a day later once edited."""
        return art.published + EDIT_DELAY if art.idx < self.edited else art.published

    def _newest(self, ids: Iterable[int]) -> datetime:
        """Last-Modified of a list page: the newest Last-Modified of the articles it shows."""
        arts = self._articles
        return max((self._modified(arts[i]) for i in ids), default=self._site_modified)

    def _wrongcharset_title(self) -> str:
        if self._articles and self._articles[0].id == WRONGCHARSET_ID:
            return self._articles[0].title
        return "自治区召开专题会议 部署春季农牧业生产工作"
