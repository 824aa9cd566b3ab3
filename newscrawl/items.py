"""The item a spider yields for one article page, every field documented."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

LinkKind = Literal["related", "recommended"]


@dataclass
class RelatedLink:
    """A link from an article to another article named in a related/recommended block."""

    url: str  #: absolute, canonicalised URL of the linked article
    anchor: str  #: link text as shown (cleaned like the body)
    kind: LinkKind  #: "related" (相关新闻, Related stories) or "recommended" (推荐阅读)


@dataclass
class ArticleItem:
    """One article as extracted from one response.

    Text fields are raw extraction output until ``CleanPipeline`` normalises them.
    """

    url: str  #: the URL that was fetched (after redirects)
    canonical_url: str  #: the URL this article is stored under (canonicalised)
    site: str  #: site profile name, or the host for ad-hoc runs
    title: str | None = None
    body: str | None = None  #: paragraphs only, separated by a blank line ("\n\n")
    author: str | None = None  #: reporter(s), comma-separated when several
    published_at: datetime | None = None  #: timezone-aware UTC
    published_raw: str | None = None  #: the date string as found on the page
    language: str | None = None  #: BCP-47 primary tag, e.g. "zh", "en"
    encoding: str | None = None  #: the charset the page was decoded with
    fetched_at: datetime | None = None  #: timezone-aware UTC
    urls: list[str] = field(default_factory=list)  #: every URL seen for this article
    links: list[RelatedLink] = field(default_factory=list)
