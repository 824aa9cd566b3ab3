"""Archived responses to article items: the one pure page function of ``import-warc`` and
``reextract`` (decode → classify by URL → extract; article or listing as the crawl decides →
item). No scrapy, no database, picklable in and out, so it runs in the crawl's process pool
(``process_record`` is the pool's function: :class:`newscrawl.pages.PageProcessor`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlsplit

from newscrawl.extract import pagetype
from newscrawl.extract.encoding import decode_html
from newscrawl.items import ArticleItem, RelatedLink, item_from_extracted
from newscrawl.profiles import Profile, ProfileError, adhoc_profile, load_profile

_HTML_TYPES = ("text/html", "application/xhtml", "text/plain", "")


@dataclass(frozen=True)
class RecordJob:
    """One archived HTTP response and how to read it."""

    body: bytes
    url: str
    content_type: str | None
    fetched_at: datetime  #: the record's WARC-Date
    status: int = 200
    site: str | None = None  #: a site profile name; None: the URL's host, no profile
    warc_file: str | None = None
    warc_offset: int | None = None
    warc_record_id: str | None = None
    require_article: bool = True  #: False (reextract): the page is known to be an article


@dataclass(frozen=True)
class RecordResult:
    """The item (None when the record is not an article) and why not."""

    item: ArticleItem | None
    skipped: str | None = None  #: "status", "non_html", "not_article", "no_text"


@lru_cache(maxsize=1024)
def profile_for(site: str | None, origin: str) -> Profile:
    """The named profile with ``origin`` as its base URL, or an ad-hoc profile of the host
    (also when no profile of that name exists, e.g. a site named after its host)."""
    if site:
        try:
            return load_profile(site, origin)
        except ProfileError:
            pass
    profile = adhoc_profile([origin + "/"])
    if site:
        profile.name = site
    return profile


def process_record(job: RecordJob) -> RecordResult:
    """Decode, classify and extract one archived response. Pure; never raises on bad pages."""
    if job.status != 200:
        return RecordResult(None, "status")
    ctype = (job.content_type or "").split(";")[0].strip().lower()
    if not ctype.startswith(_HTML_TYPES) or job.body.startswith(b"%PDF"):
        return RecordResult(None, "non_html")
    parts = urlsplit(job.url)
    profile = profile_for(job.site, f"{parts.scheme}://{parts.netloc}")
    own = profile.canonicalize(job.url)
    if job.require_article and profile.article_patterns and profile.classify(own) != "article":
        return RecordResult(None, "not_article")
    text, encoding, _ = decode_html(job.body, job.content_type)
    extracted, signals = pagetype.extract_and_classify(
        text,
        job.url,
        selectors=profile.selectors_for(job.url),
        default_tz=profile.timezone,
        page_links=False,
        now=job.fetched_at,  # as the crawl: relative dates and "no date after the fetch"
    )
    # As the spider's ad-hoc rule: a page without title or body is no article; the page type
    # decides the rest.
    if (
        job.require_article
        and not profile.article_patterns
        and not (extracted.title and extracted.body)
    ):
        return RecordResult(None, "no_text")
    if job.require_article and signals is not None and not pagetype.is_article(signals):
        return RecordResult(None, "not_article")  # a listing: the crawl does not store it
    declared = extracted.canonical_url
    # As the spider: a page's own canonical link wins only when it stays on the site.
    canonical = profile.canonicalize(declared) if declared and profile.in_domain(declared) else own
    item = item_from_extracted(
        extracted,
        canonical_url=canonical,
        site=profile.name,
        encoding=encoding,
        fetched_at=job.fetched_at,
        urls=list(dict.fromkeys([job.url, own, canonical])),
        links=[
            RelatedLink(profile.canonicalize(u), anchor, kind)  # type: ignore[arg-type]
            for u, anchor, kind in extracted.links
        ],
    )
    item.warc_file, item.warc_offset, item.warc_record_id = (
        job.warc_file,
        job.warc_offset,
        job.warc_record_id,
    )
    return RecordResult(item)
