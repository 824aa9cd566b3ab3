"""URL canonicalisation: the spider canonicalises every URL (through its site profile's
`Canonicalizer`) before requesting it, and ``newscrawl extract`` the URLs it prints.

Canonicalising *before* a request is what keeps a crawl at about one request per article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import safe_url_string

#: Query parameters that only track where a click came from (a site profile's
#: ``tracking_params`` replaces the list). Entries ending in ``*`` are prefixes.
DEFAULT_TRACKING_PARAMS: tuple[str, ...] = (
    "utm_*",
    "spm",
    "from",
    "share",
    "share_token",
    "shareid",
    "fbclid",
    "gclid",
    "yclid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "ref_src",
    "cmpid",
    "isappinstalled",
    "scene",
    "wfr",
    "timestamp",
    "igshid",
    "ocid",
    "sr_share",
    # session IDs: a new one per visit turns one page into endless URLs (a crawler trap)
    "sid",
    "sessionid",
    "session_id",
    "jsessionid",
    "phpsessid",
    "aspsessionid*",
    "cfid",
    "cftoken",
)
#: ``;jsessionid=…`` style path parameters (Java, PHP and ASP session IDs in the path).
_PATH_SESSION = re.compile(r";(?:jsessionid|sid|phpsessid|sessionid)=[^/?#]*", re.IGNORECASE)
#: A query key without a value that is a word (``?chdtv``, ``?amp``, ``?print``, ``?m=``) is a
#: flag for the rendering or the referrer, never the story's identity (China Times declares its
#: canonical as ``…-260402?chdtv``): dropped. A bare number or path (``?12345``) is kept.
_FLAG = re.compile(r"[A-Za-z_][A-Za-z_-]{0,39}")
#: Trailing default documents a server also serves as the bare directory.
_DEFAULT_DOC = re.compile(r"/(?:index|default)\.(?:html?|shtml|php|aspx?|jsp)$", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}
#: Longer URLs are not followed (the limit browsers and Scrapy's URLLENGTH_LIMIT share).
MAX_URL_LENGTH = 2083


#: The common shape (an ASCII host name, maybe a port, no NUL), decided without urlsplit: a
#: page's hundred links are checked in a tenth of the time. Anything else takes the full check.
_PLAIN_URL = re.compile(
    r"https?://[A-Za-z0-9][A-Za-z0-9.-]*?([A-Za-z.-])?(?::(\d{1,5}))?(?:[/?#][^\x00]*)?\Z"
)


def is_followable(url: str) -> bool:
    """An absolute http(s) URL with a host, a valid port and a sane length: what a crawl may
    request. Pages carry ``http://[::1``, ``:99999``, ``http://exa mple.com/`` and
    megabyte-long hrefs. A URL that is not plainly ASCII is also one a Scrapy ``Request``
    accepts (w3lib's ``safe_url_string``, which since 2.6 rejects forbidden host characters)."""
    if len(url) > MAX_URL_LENGTH or not url.startswith(("http://", "https://")):
        return False
    plain = _PLAIN_URL.match(url)
    if plain and plain[1]:  # a host ending in a digit is an IPv4 address to check below
        return plain[2] is None or int(plain[2]) <= 65535
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
        safe_url_string(url)
    except ValueError:
        return False
    return bool(parts.hostname) and "\x00" not in url


@dataclass(frozen=True)
class Canonicalizer:
    """Turns every variant of an article URL into one string.

    ``rewrites`` are ``(regex, replacement)`` pairs from the site profile, applied after the
    generic rules, for site-specific variants (print pages, mobile hosts).
    """

    tracking_params: Sequence[str] = DEFAULT_TRACKING_PARAMS
    rewrites: Sequence[tuple[re.Pattern[str], str]] = field(default_factory=tuple)

    def _is_tracking(self, name: str) -> bool:
        name = name.lower()
        return any(
            name.startswith(p[:-1]) if p.endswith("*") else name == p for p in self.tracking_params
        )

    def __call__(self, url: str) -> str:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        host = (parts.hostname or "").lower()
        port = parts.port
        netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
        if parts.username:
            netloc = f"{parts.username}@{netloc}"
        path = _DEFAULT_DOC.sub("/", _PATH_SESSION.sub("", parts.path) or "/")
        query = urlencode(
            sorted(
                (k, v)
                for k, v in parse_qsl(parts.query, keep_blank_values=True)
                if not self._is_tracking(k) and (v or not _FLAG.fullmatch(k))
            )
        )
        canonical = urlunsplit((scheme, netloc, path, query, ""))
        for pattern, replacement in self.rewrites:
            canonical = pattern.sub(replacement, canonical)
        return canonical


def compile_rewrites(pairs: Iterable[Sequence[str]]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Compile profile ``[[rewrite]]`` entries; a bad regex fails at start-up, not per page."""
    return tuple((re.compile(p), r) for p, r in pairs)


canonicalize = Canonicalizer()
