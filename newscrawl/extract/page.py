"""One parsed page as the metadata readers share it, and where its headline sits."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from itertools import chain, islice
from typing import Any, cast
from urllib.parse import urlsplit

from lxml.etree import XPath, iterwalk
from lxml.html import HtmlElement
from parsel import Selector

from newscrawl.clean import END_OF_ARTICLE, clean_line
from newscrawl.extract.chooser import weight
from newscrawl.extract.comments import COMMENT_HEADING

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "blogposting",
    "analysisnewsarticle",
    "webpage",
}
# schema.org's Article subtypes (OpinionNewsArticle, TechArticle, SocialMediaPosting…)
_ARTICLE_TYPE = re.compile(r"(?:Article|Posting)$", re.IGNORECASE)
_META = XPath("//meta[@content]")
_HEADLINE_CANDIDATES = XPath(
    "//h1 | //h2 | //h3 | //*[self::div or self::p or self::span or self::td]"
    "[contains(@class, 'title') or contains(@class, 'Title') or contains(@id, 'title')]"
)
_TEXT_IS = XPath("//body//text()[normalize-space(.) = $t]")
# A link to the site's home page (a masthead's, a breadcrumb's first link): its text is the
# site's name.
HOME_PATHS = frozenset(("", "/", "./", "/index.html", "/index.htm", "/index.php", "/index.shtml"))
AFTER_HEADLINE_CHARS = 600  #: text read under the headline for its date and credit line
#: Weighted characters (``chooser.weight``): a link text this long reads as a story's headline.
HEADLINE_LINK_MIN = 24
_TEASER_LEVELS = 3  # a teaser's <time> or author sits this close to its headline link
_TEASER_LINKS = 50  # links looked at per level (a level holding more is a page region)


@dataclass
class Page:
    """What the metadata readers share about one page (instead of eight positional arguments).

    ``tz`` is the zone a date without an offset is read in; ``now`` (the fetch time) bounds
    publication dates when given; ``headline`` is the element that shows the title."""

    url: str
    sel: Selector
    root: HtmlElement
    ld: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    tz: tzinfo = UTC
    page_text: str = ""
    now: datetime | None = None
    headline: HtmlElement | None = None
    #: the text after a headline that opens its paragraph (``【公司：订单饱满】财联社5月8日电
    #: （记者 X），…``): the first line under the headline
    headline_rest: str = ""
    article_tags: list[str] = field(default_factory=list)  #: ``<meta property="article:tag">``s
    #: the page's ``<script>`` elements, held when read: extraction strips them from the tree
    scripts: list[HtmlElement] = field(default_factory=list)
    #: how the page orders a numeric date (06/02/2024): day first, month first, None unknown
    day_first: bool | None = None
    _under: str | None = None
    _credit_lines: str | None = None
    _info_lines: list[str] | None = None
    _block_starts: set[int] = field(default_factory=set)
    _editor_windows: list[str] | None = None
    _editor_blocks: list[list[str]] = field(default_factory=list)
    #: the issuing organs the page labels (``credits.issuers``), read before the body step
    issuers: set[str] | None = None

    @classmethod
    def read(cls, url: str, root: HtmlElement, now: datetime | None = None) -> Page:
        """The page's JSON-LD and meta tags, read before invisible elements are stripped."""
        sel = Selector(root=root, type="html", base_url=url)
        meta, tags = read_meta(root)
        scripts = list(islice(root.iter("script"), _MAX_SCRIPTS))
        return cls(
            url,
            sel,
            root,
            json_ld(sel),
            meta,
            now=now,
            article_tags=tags,
            scripts=scripts,
            day_first=day_first(root.get("lang") or meta.get("og:locale") or ""),
        )

    def script_matches(
        self, pattern: re.Pattern[str], json_blocks: bool = True
    ) -> Iterator[re.Match[str]]:
        """Matches of ``pattern`` in the page's inline scripts, in order, over their first
        :data:`_SCRIPT_CHARS` characters (``json_blocks=False``: JSON-LD and other JSON blocks
        skipped)."""
        left = _SCRIPT_CHARS
        for script in self.scripts:
            code = script.text or ""
            if not code or (not json_blocks and "json" in (script.get("type") or "")):
                continue
            yield from pattern.finditer(code[:left])
            left -= len(code)
            if left <= 0:
                return

    def under_headline(self) -> str:
        """The text right under the headline: its date and credit line (link texts included:
        some pages link the date or the names)."""
        if self._under is None:
            self._under = self.credit_window()
        return self._under

    def credit_window(self) -> str:
        """Like :meth:`under_headline`, link texts included (bylines link their names)."""
        if self._credit_lines is None:
            lines, self._block_starts = (
                lines_after(self.headline) if self.headline is not None else ([], set())
            )
            if self.headline_rest:
                lines = [self.headline_rest, *lines]
                self._block_starts = {0, *(i + 1 for i in self._block_starts)}
            self._credit_lines = "\n".join(lines)[:AFTER_HEADLINE_CHARS]
        return self._credit_lines

    def info_lines(self) -> list[str]:
        """The info lines after the headline, the story's text passed over (read once, before
        the body step rewrites the tree): a blog post's closing ``作者:X | 分类:Y | 浏览:N``."""
        if self._info_lines is None:
            scan = self.headline is not None and (
                not self.page_text or _INFO_HINT.search(self.page_text) is not None
            )
            self._info_lines = info_lines_after(self.headline) if scan else []
        return self._info_lines

    def editor_windows(self) -> list[str]:
        """The text from each text node holding an editor's label on (编辑, 责编…: up to
        :data:`_EDITOR_WINDOW` characters, the following nodes' included), with a line break
        where a block ends: ``编辑：肖静怡`` in its ``<td>`` and the next cell's heading
        ``大河排行`` are two lines here, one run of text in ``page_text``. Read once, before the
        body step rewrites the tree, and only on a page whose text holds such a label."""
        if self._editor_windows is None:
            self._editor_windows = []
            if any(label in self.page_text for label in _EDITOR_WORDS):
                nodes = cast(list[Any], _EDITOR_NODES(self.root))
                self._editor_windows = [_window_from(node) for node in nodes[:_EDITOR_NODE_CAP]]
                # read now, before the body step rewrites the tree; the first few suffice (the
                # credits box is the one around the page's first editor credit)
                self._editor_blocks = [_block_around(node) for node in nodes[:_BLOCK_NODES]]
        return self._editor_windows

    def editor_blocks(self) -> list[list[str]]:
        """For each editor's label of :meth:`editor_windows`, the lines of the largest element
        around it (up to :data:`_BLOCK_LEVELS` levels up) holding at most
        :data:`_BLOCK_CHARS` characters of text, one line per block: a credits box printed
        under the story, one credit to a line (记者：X / 编辑：Y / 审核：Z)."""
        self.editor_windows()
        return self._editor_blocks

    def block_starts(self) -> set[int]:
        """The indexes of the credit window's lines that open a block of their own (a ``<div>``,
        a ``<td>``…), not continue the one before (a ``<span>``, a link)."""
        self.credit_window()
        return self._block_starts


def day_first(lang: str) -> bool | None:
    """Whether a page in language ``lang`` (``en-GB``, ``de``, ``en_US``) writes the day before
    the month in numeric dates; None when the tag does not tell (``en``, none, CJK: year first)."""
    lang = lang.strip().lower().replace("_", "-")
    if not lang or lang == "en" or lang.startswith(("zh", "ja", "ko", "en-ca")):
        return None
    return lang not in ("en-us", "en-ph", "en-um")


def text(el: HtmlElement) -> str:
    return clean_line("".join(el.itertext()))


# Elements that start and end a block of text: a label in one and a value in another (a
# share button after an empty ``作者：``) belong to different lines of the page.
_TEXT_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figure"),
        *("footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol"),
        *("p", "section", "table", "td", "th", "tr", "ul"),
    }
)


def _marked_texts(el: HtmlElement) -> Iterator[str | None]:
    """``el``'s text nodes in document order (as ``itertext``), with ``None`` where a block
    element opens or closes. One walk in C (``iterwalk``), not a generator per element: a
    recursive one hands every text node up through each level of the tree."""
    for event, node in iterwalk(el, events=("start", "end")):
        tag = node.tag
        if event == "start":
            if isinstance(tag, str):  # comments and processing instructions hold no text
                if tag in _TEXT_BLOCKS:
                    yield None
                if node.text:
                    yield node.text
            continue
        if isinstance(tag, str) and tag in _TEXT_BLOCKS:
            yield None
        if node is not el and node.tail:
            yield node.tail


def _following_marked(el: HtmlElement) -> Iterator[str | None]:
    """The text nodes after ``el`` in document order (its tail, its following siblings'
    texts, then its ancestors' following siblings), lazily, with ``None`` at block edges."""
    node: HtmlElement | None = el
    while node is not None:
        if node.tag in _TEXT_BLOCKS:
            yield None
        if node.tail:
            yield node.tail
        for sib in node.itersiblings():
            if isinstance(sib.tag, str):
                yield from _marked_texts(sib)
            if sib.tail:
                yield sib.tail
        node = node.getparent()


def following_texts(el: HtmlElement) -> Iterator[str]:
    """The text nodes after ``el`` in document order, lazily: the caller stops early."""
    return (t for t in _following_marked(el) if t is not None)


# English only as a label with its colon: "Editor's picks", "Editorial" stand on most pages
_EDITOR_WORDS = (
    *("编辑", "編輯", "责编", "責編", "Editor:", "Editors:", "Web editor:", "편집", "مۇھەررىر"),
    "ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ",  # a Mongolian page's editor (ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ)
)
_EDITOR_NODES = XPath(
    "//body//text()[" + " or ".join(f"contains(., '{w}')" for w in _EDITOR_WORDS) + "]"
)
_EDITOR_NODE_CAP = 40  # text nodes holding a label read per page
_EDITOR_WINDOW = 200  # characters of text read from a label's text node on


def _window_from(node: Any) -> str:
    """The text from the text node ``node`` (an XPath string result) on, up to
    :data:`_EDITOR_WINDOW` characters, a line break at each block edge."""
    el = node.getparent()
    parts: list[str] = [str(node)]
    size = len(parts[0])
    if el is None:
        return parts[0]
    # what follows the node: after a tail, the element's own followers (whose first text is
    # that tail); after an element's text, its descendants' texts, then its followers
    rest = (
        _after_first_text(_following_marked(el))
        if node.is_tail
        else chain(_after_first_text(_marked_texts(el)), _following_marked(el))
    )
    for text in rest:
        if size >= _EDITOR_WINDOW:
            break
        if text is None:
            if parts[-1] != "\n":
                parts.append("\n")
            continue
        parts.append(text)
        size += len(text)
    return "".join(parts)


_BLOCK_NODES = 8  # editor labels whose credits box is read, the page's first ones
_BLOCK_LEVELS = 3  # ancestors of an editor label's element looked at for its credits box
_BLOCK_CHARS = 300  # characters of text in a credits box at most


def _block_lines(el: HtmlElement) -> list[str] | None:
    """``el``'s text, one line per block; None when it holds over :data:`_BLOCK_CHARS`."""
    lines = [""]
    size = 0
    for text in _marked_texts(el):
        if text is None:
            if lines[-1].strip():
                lines.append("")
            continue
        size += len(text)
        if size > _BLOCK_CHARS:
            return None
        lines[-1] += text
    return [clean_line(line) for line in lines if line.strip()]


def _block_around(node: Any) -> list[str]:
    """The lines of the largest element around the text node ``node`` (an XPath string
    result), up to :data:`_BLOCK_LEVELS` levels above its own, of at most :data:`_BLOCK_CHARS`
    characters of text."""
    el = node.getparent()
    if el is not None and node.is_tail:
        el = el.getparent()  # a tail's text is its parent element's
    best: list[str] = []
    for _ in range(_BLOCK_LEVELS + 1):
        if el is None or (lines := _block_lines(el)) is None:
            break
        best, el = lines, el.getparent()
    return best


def _after_first_text(marked: Iterator[str | None]) -> Iterator[str | None]:
    """``marked`` past its first text node (the block edges before it skipped too)."""
    for text in marked:
        if text is not None:
            break
    return marked


def lines_after(
    el: HtmlElement, limit: int = AFTER_HEADLINE_CHARS, nodes: int = 80
) -> tuple[list[str], set[int]]:
    """Up to ``limit`` characters of the text following ``el``, one line per text node (at
    most ``nodes`` text nodes), and the indexes of the lines that open a new block."""
    lines: list[str] = []
    starts: set[int] = set()
    size = 0
    edge = True
    n = 0
    for node in _following_marked(el):
        if node is None:
            edge = True
            continue
        if n >= nodes or size >= limit:
            break
        n += 1
        if not node.strip():
            continue
        line = clean_line(node)
        if END_OF_ARTICLE.match(line) and not COMMENT_HEADING.match(line):
            # 推荐阅读, Related stories: other stories' credits and dates follow (a comment
            # count under the headline, "12 Comments", is no end of the story's top)
            break
        if edge:
            starts.add(len(lines))
            edge = False
        lines.append(line)
        size += len(line)
    return lines, starts


_INFO_SCAN = 20_000  # characters after the headline searched for an info line
_INFO_NODES = 500  # text nodes likewise
_INFO_FIELD = re.compile(r"^\s{0,3}[\u4e00-\u9fff]{1,5}\s{0,3}[:：]")
_INFO_SEP = re.compile(r"\s{0,3}[|｜]\s{0,3}")
_INFO_FIELDS = 3  # labelled fields, bar-separated, that make a line an info line
_INFO_LINE = 100  # characters: a longer line is prose
# What an info line's second field leaves in the page's text (a bar, a label, a colon): a page
# without it is not walked for info lines (20,000 characters of text nodes, on every page).
_GAP = r"[\s\u200b-\u200f\u2060\ufeff\u00ad]*"  # what clean_line drops or collapses
_INFO_HINT = re.compile(rf"[|｜]{_GAP}[\u4e00-\u9fff]{{1,5}}{_GAP}[:：]")


def info_lines_after(el: HtmlElement) -> list[str]:
    """The blocks after ``el`` (up to :data:`_INFO_SCAN` characters) that are info lines:
    short, of at least :data:`_INFO_FIELDS` bar-separated fields each opening with a
    label and a colon (``作者:魏玉兰 | 分类:协会动态 | 浏览:1274 | 评论:2``)."""
    lines, starts = lines_after(el, _INFO_SCAN, _INFO_NODES)
    blocks: list[str] = []
    for i, line in enumerate(lines):
        if i in starts or not blocks:
            blocks.append(line)
        else:
            blocks[-1] += line
    out = []
    for block in blocks:
        if len(block) > _INFO_LINE:
            continue
        fields = _INFO_SEP.split(block.strip())
        if sum(1 for f in fields if _INFO_FIELD.match(f)) >= _INFO_FIELDS:
            out.append(block)
    return out


def find_headline(root: HtmlElement, title: str | None) -> HtmlElement | None:
    """The element showing ``title``: an ``h1``-``h3`` or a *title* block whose text is it."""
    if not title:
        return None
    fallback = None
    for el in cast(list[HtmlElement], _HEADLINE_CANDIDATES(root))[:300]:
        shown = text(el)
        if shown == title:
            return el
        if fallback is None and title in shown and len(shown) < 2 * len(title) + 20:
            fallback = el
    if fallback is None:
        # A headline in a plain block: the text node showing exactly the title.
        nodes = cast(list[Any], _TEXT_IS(root, t=title))
        if nodes:
            parent = nodes[0].getparent()
            return cast(HtmlElement, parent) if parent is not None else None
    return fallback


_MAX_JSON_LD_CHARS = 1_000_000  # a bigger JSON-LD block is not article metadata
_MAX_JSON_LD_DEPTH = 20  # of lists and @graph searched for the article object
_MAX_JSON_LD_NODES = 500  # objects of one JSON-LD block searched
_MAX_SCRIPTS = 300  # <script> elements kept for the date or author in a script
_SCRIPT_CHARS = 300_000  # characters of inline script searched for them at most


def json_ld(sel: Selector) -> dict[str, Any]:
    """The first JSON-LD object typed as an article (``@graph`` and lists are searched)."""

    def walk(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
        if depth > _MAX_JSON_LD_DEPTH:
            return
        if isinstance(node, list):
            for n in node:
                yield from walk(n, depth + 1)
        elif isinstance(node, dict):
            yield node
            yield from walk(node.get("@graph", []), depth + 1)

    for raw in sel.css('script[type="application/ld+json"]::text').getall():
        if len(raw) > _MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # RecursionError: "[[[[…" thousands deep
            continue
        nodes = list(islice(walk(data), _MAX_JSON_LD_NODES))
        kinds = [_kind(obj) for obj in nodes]
        # an article node beats the WebPage node a @graph lists before it
        for wanted in ("article", "webpage"):
            for obj, kind in zip(nodes, kinds, strict=True):
                if kind == wanted:
                    return _with_references(obj, nodes)
    return {}


def _kind(obj: dict[str, Any]) -> str | None:
    """``article`` for a schema.org Article/Posting type, ``webpage`` for WebPage, else None."""
    types = obj.get("@type", [])
    # "@type" is a string or a list of them; anything else names no type.
    types = [types] if isinstance(types, str) else types
    names = [str(t) for t in types] if isinstance(types, list) else []
    if any(t.lower() in _ARTICLE_TYPES - {"webpage"} or _ARTICLE_TYPE.search(t) for t in names):
        return "article"
    return "webpage" if any(t.lower() == "webpage" for t in names) else None


def _with_references(obj: dict[str, Any], nodes: list[dict[str, Any]]) -> dict[str, Any]:
    """``obj`` with its ``author``/``publisher`` references (``{"@id": …}``, as WordPress SEO
    plugins write a ``@graph``) replaced by the nodes they name."""
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}

    def resolve(value: Any) -> Any:
        if isinstance(value, list):
            return [resolve(v) for v in value[:20]]
        if isinstance(value, dict) and "name" not in value and value.get("@id") in by_id:
            return by_id[value["@id"]]
        return value

    if not by_id:
        return obj
    return {**obj, **{k: resolve(obj[k]) for k in ("author", "publisher") if k in obj}}


def read_meta(root: HtmlElement) -> tuple[dict[str, str], list[str]]:
    """All ``<meta>`` values by lower-cased property/name/itemprop (the first non-empty wins),
    and every ``article:tag`` value (a page has several), in one pass."""
    tags: dict[str, str] = {}
    article_tags: list[str] = []
    for el in cast(list[HtmlElement], _META(root)):
        value = (el.get("content") or "").strip()
        if el.get("property") == "article:tag":
            article_tags.append(value)
        if not value:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                tags.setdefault(key.strip().lower(), value)
    return tags, article_tags


def meta_value(meta: dict[str, str], *names: str) -> str | None:
    return next((meta[n.lower()] for n in names if n.lower() in meta), None)


def in_teaser(
    el: HtmlElement, above: set[HtmlElement], own_path: str = "", item: bool = False
) -> bool:
    """``el`` is in a small block with a headline-sized link (another story's teaser: its
    time, its author), and not in the block holding the page's headline (``above``: the
    headline's ancestors). A link to ``own_path`` (the page's permalink around its dates, in
    a blog post's footer beside its byline) is no teaser's. With ``item``, only the nearest
    block holding a link is looked at, and only a list item's worth of text in it (``<li><a>
    headline</a><span>2024-05-11</span></li>``, a news table's row), not a story's block
    whose text holds a long link."""
    node = el
    for _ in range(_TEASER_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html") or parent in above:
            return False
        node = parent
        if item:
            if node.find(".//a") is None:
                continue
            if not _short_text(node, _TEASER_ITEM):
                return False
        for a in islice(node.iter("a"), _TEASER_LINKS):
            if weight(["".join(a.text_content().split())]) >= HEADLINE_LINK_MIN and (
                not own_path or urlsplit(a.get("href") or "").path != own_path
            ):
                return True
        if item:
            return False
    return False


_TEASER_ITEM = 200  # characters: a longer block is no list item beside its headline link


def _short_text(el: HtmlElement, limit: int) -> bool:
    """Whether ``el``'s text is at most ``limit`` characters (read no further than that)."""
    size = 0
    for part in el.itertext():
        size += len(part.strip())
        if size > limit:
            return False
    return True
