"""Shared parts of the test-site generator: constants, `Page`, `Article`, markup helpers."""

from __future__ import annotations

import hashlib
import html
import re
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import cached_property
from typing import Any

from newscrawl.testsite.pools import RUBY_PINYIN, RUBY_RE

DEFAULT_BASE_URL = "http://localhost"
CST = timezone(timedelta(hours=8))
TEMPLATES: tuple[str, str, str] = ("zh", "en", "legacy")
EN_SECTIONS: tuple[str, ...] = ("world", "business", "technology", "science", "culture", "sport")
PER_PAGE = 20
MALFORMED_DIR = "/zh/2022-03/19/"
WRONGCHARSET_ID = "wrongcharset"
ZH_TRACKING: tuple[str, str] = ("?from=timeline", "?utm_source=wechat&utm_medium=social")
EN_TRACKING = "?utm_source=twitter&utm_campaign=x"
HTML_UTF8 = "text/html; charset=utf-8"
FAULTS_DIR = "/faults/"
DEFAULT_MODIFIED = datetime(2021, 1, 1, tzinfo=UTC)  # Last-Modified of an empty site
EDIT_DELAY = timedelta(days=1)  # an edited article's Last-Modified is published + this

# Fallback simplified→traditional map used only if opencc is missing.
FALLBACK_S2T = dict(
    zip(
        "学习准态调内发应细战会经济农实设产环质义这为业区来时进现长开关务乡镇门问题后尔苏乌兰鄂"
        "赤辽伦淖兴阿满连扎达拉盟县旗园场电设计划资总额规模亿万报记者让荐阅读闻广告热线网页处际"
        "员们动机车辆货队检查统传达贯围绕厅负责说谈观点强领导组织织种积极稳书复热览创维护诉讯"
        "护卫级项标准确续优营两个财税赛鲁岭满职东红龙汤钱贺赖乔边观给纪运载将树样华丽杨赵刘张陈吴",
        "學習準態調內發應細戰會經濟農實設產環質義這爲業區來時進現長開關務鄉鎮門問題後爾蘇烏蘭鄂"
        "赤遼倫淖興阿滿連紮達拉盟縣旗園場電設計劃資總額規模億萬報記者讓薦閱讀聞廣告熱線網頁處際"
        "員們動機車輛貨隊檢查統傳達貫圍繞廳負責說談觀點強領導組織織種積極穩書複熱覽創維護訴訊"
        "護衛級項標準確續優營兩個財稅賽魯嶺滿職東紅龍湯錢賀賴喬邊觀給紀運載將樹樣華麗楊趙劉張陳吳",
        strict=True,
    )
)

_converter_lock = threading.Lock()
_converter: Any = None
_trad_cache: dict[str, str] = {}


def to_traditional(text: str) -> str:
    """Simplified → traditional Chinese (opencc s2t when available, else a small hand map)."""
    cached = _trad_cache.get(text)
    if cached is not None:
        return cached
    global _converter
    with _converter_lock:
        if _converter is None:
            try:
                from opencc import OpenCC

                _converter = OpenCC("s2t")
            except ImportError:  # pragma: no cover - opencc is normally installed
                _converter = False
        if _converter is False:
            result = "".join(FALLBACK_S2T.get(ch, ch) for ch in text)
        else:
            result = str(_converter.convert(text))
    if len(_trad_cache) > 100_000:
        _trad_cache.clear()
    _trad_cache[text] = result
    return result


def ident(text: str) -> str:
    return text


def esc_text(text: str) -> str:
    return html.escape(text, quote=False)


def esc_attr(text: str) -> str:
    return html.escape(text, quote=True)


def ruby(escaped: str) -> str:
    """Wrap every ruby-dictionary character of already-escaped text in ruby pinyin markup."""
    return RUBY_RE.sub(
        lambda m: (
            f"<ruby>{m.group(0)}<rp>(</rp><rt>{RUBY_PINYIN[m.group(0)]}</rt><rp>)</rp></ruby>"
        ),
        escaped,
    )


def slugify(title: str, max_words: int = 9) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower().replace("'", ""))
    return "-".join(words[:max_words])


# --------------------------------------------------------------------------- data model
@dataclass(frozen=True)
class Page:
    """One HTTP response of the test site.

    ``last_modified``: the page's Last-Modified (aware, whole seconds; set on every 200 that
    `Site.render` returns). ``delay``: seconds the server waits before answering.
    ``declared_length``: when set, the server announces this Content-Length, sends only
    ``body`` (which is shorter) and closes the connection: a truncated response.
    """

    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()
    last_modified: datetime | None = None
    delay: float = 0.0
    declared_length: int | None = None

    @cached_property
    def etag(self) -> str:
        """Strong validator of the body bytes: a quoted 16-hex-digit SHA-1 prefix."""
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


@dataclass
class Article:
    idx: int
    template: str
    id: int | str
    title: str  # simplified Chinese (zh/legacy) or English; traditional pages convert on render
    author: str
    published: datetime  # aware, UTC
    tz: timezone  # display timezone
    canonical: str
    section: str = ""
    slug: str = ""
    traditional: bool = False
    encoding: str = "utf-8"  # codec of the bytes
    declared: str = "utf-8"  # charset named in <meta>
    header_charset: bool = True  # whether Content-Type carries the charset
    meta_date: bool = False
    private_link: bool = False
    related: tuple[int, ...] = ()
    recommended: int | None = None

    @property
    def local(self) -> datetime:
        return self.published.astimezone(self.tz)

    @property
    def print_path(self) -> str:
        return self.canonical[: -len(".htm")] + "_print.htm"


# --------------------------------------------------------------------------- module helpers
def mix(a: int, b: int) -> int:
    """Small deterministic integer hash of a pair (Python's hash() is salted for str)."""
    x = (a * 0x9E3779B1 + b * 0x85EBCA77 + 0x165667B1) & 0xFFFFFFFF
    x ^= x >> 15
    x = (x * 0x2C1B3C6D) & 0xFFFFFFFF
    x ^= x >> 12
    return x


def session_token(seed: int, visit: int, salt: str) -> str:
    """Random-looking but deterministic 32-hex session id for one view of the session trap."""
    return hashlib.sha1(f"{seed}/session/{visit}/{salt}".encode()).hexdigest()[:32]


def html_page(doc: str, modified: datetime | None = None) -> Page:
    return Page(200, HTML_UTF8, doc.encode("utf-8"), last_modified=modified)


def page_number(query: dict[str, list[str]]) -> int:
    raw = query.get("page", ["1"])[0]
    return int(raw) if raw.isdigit() else -1
