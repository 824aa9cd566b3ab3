"""Site profiles: a small TOML file per site naming seeds, domains, URL rules and selectors.

Profiles live in ``newscrawl/sites/<name>.toml`` (or any path given as ``-a site=path.toml``).
See ``newscrawl/sites/demo.toml`` for every key, documented.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

from newscrawl.extract.article import Selectors
from newscrawl.profile_schema import ProfileError, check_url, validate
from newscrawl.urls import DEFAULT_TRACKING_PARAMS, Canonicalizer, compile_rewrites

SITES_DIR = Path(__file__).with_name("sites")
__all__ = [  # ProfileError lives in profile_schema; importing it from here keeps working
    "Profile",
    "ProfileError",
    "TemplateSelectors",
    "adhoc_profile",
    "argument_problem",
    "load_profile",
    "parse_profile",
]


@dataclass(frozen=True)
class TemplateSelectors:
    match: re.Pattern[str]  #: applies to article URLs whose path matches
    selectors: Selectors


@dataclass
class Profile:
    name: str
    base_url: str = ""
    allowed_domains: list[str] = field(default_factory=list)
    seeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    article_patterns: list[re.Pattern[str]] = field(default_factory=list)
    listing_patterns: list[re.Pattern[str]] = field(default_factory=list)
    ignore_patterns: list[re.Pattern[str]] = field(default_factory=list)
    max_depth: int = 10
    max_pages: int = 0
    max_path_depth: int = 12  #: URLs with more path segments are ignored (ever-deeper traps)
    listing_budget: int = 500  #: requests per listing URL template (digits folded): calendars
    timezone: ZoneInfo | None = None
    canonicalize: Canonicalizer = field(default_factory=Canonicalizer)
    selectors: list[TemplateSelectors] = field(default_factory=list)
    #: Network policy additions (see newscrawl.netpolicy): private hosts, networks, ports.
    allow_hosts: list[str] = field(default_factory=list)
    allow_networks: list[str] = field(default_factory=list)
    allow_ports: list[int] = field(default_factory=list)

    def absolute(self, ref: str) -> str:
        return urljoin(self.base_url or "", ref)

    def _path(self, url: str) -> str:
        parts = urlsplit(url)
        return parts.path + (f"?{parts.query}" if parts.query else "")

    def in_domain(self, url: str) -> bool:
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:  # a malformed URL is on no site
            return False
        return not self.allowed_domains or any(
            host == d or host.endswith("." + d) for d in self.allowed_domains
        )

    def classify(self, url: str) -> str:
        """``"article"``, ``"listing"`` or ``"ignore"`` for a canonical URL."""
        if not self.in_domain(url):
            return "ignore"
        path = self._path(url)
        if any(p.search(path) for p in self.ignore_patterns):
            return "ignore"
        if urlsplit(url).path.count("/") > self.max_path_depth:
            return "ignore"
        if any(p.search(path) for p in self.article_patterns):
            return "article"
        if not self.listing_patterns or any(p.search(path) for p in self.listing_patterns):
            return "listing"
        return "ignore"

    def selectors_for(self, url: str) -> Selectors | None:
        path = self._path(url)
        return next((t.selectors for t in self.selectors if t.match.search(path)), None)


def _patterns(raw: Any, key: str, source: str) -> list[re.Pattern[str]]:
    try:
        return [re.compile(p) for p in raw or []]
    except (re.error, TypeError) as exc:
        raise ProfileError(f"{source}: bad regex in {key!r}: {exc}") from exc


def parse_profile(data: dict[str, Any], source: str, base_url: str | None = None) -> Profile:
    validate(data, source)
    base = base_url or data.get("base_url", "")
    if not base:
        raise ProfileError(f"{source}: no base_url (set it in the file or pass -a base_url=…)")
    if base_url:
        check_url("-a base_url", "base_url", base_url)
    try:
        rewrites = compile_rewrites((r["pattern"], r["replace"]) for r in data.get("rewrite", []))
        selectors = [
            TemplateSelectors(re.compile(s.pop("match", "")), Selectors(**s))
            for s in (dict(x) for x in data.get("selectors", []))
        ]
        tz = ZoneInfo(data["timezone"]) if data.get("timezone") else None
    except (KeyError, TypeError, re.error, ValueError) as exc:
        raise ProfileError(f"{source}: {type(exc).__name__}: {exc}") from exc
    host = (urlsplit(base).hostname or "").lower()
    profile = Profile(
        name=str(data.get("name") or Path(source).stem),
        base_url=base,
        allowed_domains=[d.lower() for d in data.get("allowed_domains") or [host]],
        max_depth=int(data.get("max_depth", 10)),
        max_pages=int(data.get("max_pages", 0)),
        max_path_depth=int(data.get("max_path_depth", 12)),
        listing_budget=int(data.get("listing_budget", 500)),
        timezone=tz,
        canonicalize=Canonicalizer(
            tracking_params=tuple(data.get("tracking_params", DEFAULT_TRACKING_PARAMS)),
            rewrites=rewrites,
        ),
        selectors=selectors,
        article_patterns=_patterns(data.get("article_patterns"), "article_patterns", source),
        listing_patterns=_patterns(data.get("listing_patterns"), "listing_patterns", source),
        ignore_patterns=_patterns(data.get("ignore_patterns"), "ignore_patterns", source),
        allow_hosts=list(data.get("allow_hosts", [])),
        allow_networks=list(data.get("allow_networks", [])),
        allow_ports=list(data.get("allow_ports", [])),
    )
    profile.seeds = [profile.absolute(s) for s in data.get("seeds", ["/"])]
    profile.sitemaps = [profile.absolute(s) for s in data.get("sitemaps", [])]
    profile.feeds = [profile.absolute(s) for s in data.get("feeds", [])]
    return profile


def load_profile(site: str, base_url: str | None = None) -> Profile:
    """A profile by name (``newscrawl/sites/NAME.toml``) or by path."""
    path = Path(site) if site.endswith(".toml") else SITES_DIR / f"{site}.toml"
    if not path.is_file():
        available = sorted(p.stem for p in SITES_DIR.glob("*.toml"))
        raise ProfileError(f"no site profile {site!r} ({path}); available: {available}")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: {exc}") from exc
    return parse_profile(data, str(path), base_url)


def argument_problem(spargs: dict[str, str]) -> str | None:
    """What is wrong with a crawl's ``-a`` arguments (profile included), in one line, or None:
    checked before Scrapy starts, so a typo is an error message, not a traceback."""
    try:
        if spargs.get("site"):
            load_profile(spargs["site"], spargs.get("base_url"))
        elif spargs.get("start_urls"):
            adhoc_profile([u.strip() for u in spargs["start_urls"].split(",") if u.strip()])
    except ProfileError as exc:
        return str(exc)
    max_pages = spargs.get("max_pages")
    if max_pages is not None and not max_pages.isdigit():
        return f"-a max_pages must be a non-negative integer, not {max_pages!r}"
    return None


def adhoc_profile(start_urls: list[str]) -> Profile:
    """A profile for ``-a start_urls=…`` runs: stay on the seeds' sites, classify by content.

    A seed's site is its host and the host's subdomains, and for a ``www.`` host the name
    without it: ``www.example.cn`` also covers ``example.cn`` (where a site's links and
    redirects often lead) and ``news.example.cn``."""
    for i, url in enumerate(start_urls):
        check_url("-a start_urls", f"start_urls[{i}]", url)
    hosts = sorted({(urlsplit(u).hostname or "").lower() for u in start_urls})
    sites = sorted({h.removeprefix("www.") if h.count(".") > 1 else h for h in hosts})
    profile = parse_profile(
        {"name": hosts[0] if hosts else "adhoc", "allowed_domains": sites},
        "start_urls",
        start_urls[0] if start_urls else "",
    )
    profile.seeds = list(start_urls)
    return profile
