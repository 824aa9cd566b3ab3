"""newscrawl's own Scrapy signals."""

from __future__ import annotations

#: A batch of articles and URL aliases was committed (or spooled to disk for the next run).
#: Arguments: ``urls`` (every URL of every article of the batch, and each alias URL stored or
#: given up on).
articles_stored = object()
