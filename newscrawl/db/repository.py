"""The article store: batched, transactional upserts of articles, their URLs, links and versions,
with content dedupe (`contentindex`); crawl-run records. SQLite, PostgreSQL and MySQL/MariaDB."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, func, select, update

from newscrawl import dedupe
from newscrawl.db import contentindex, runs
from newscrawl.db.locks import exclusive_transaction
from newscrawl.db.models import Article, ArticleLink, ArticleUrl, CrawlRun
from newscrawl.db.search import search
from newscrawl.db.tables import (
    ARTICLES,
    LINKS,
    URLS,
    VERSIONS,
    insert_ignore,
    lookup,
    raw_lookup,
    url_key,
)

__all__ = ["ArticleRecord", "Repository", "StoreResult", "url_key"]


@dataclass
class ArticleRecord:
    """What the storage pipeline hands over: one cleaned article and its dedupe features."""

    canonical_url: str
    site: str
    title: str
    body: str
    content_hash: str
    fetched_at: datetime
    fingerprint: str = ""  #: exact-content key of the folded body (newscrawl.dedupe)
    signature: bytes = b""  #: MinHash signature of the folded body
    band_keys: Sequence[int] = ()  #: its LSH band keys
    author: str | None = None
    source: str | None = None
    editor: str | None = None
    correspondent: str | None = None
    photographer: str | None = None
    translator: str | None = None
    published_at: datetime | None = None
    published_local: str | None = None  #: derived from published_at when not given
    published_raw: str | None = None
    date_source: str | None = None
    modified_at: datetime | None = None
    modified_raw: str | None = None
    language: str | None = None
    page_language: str | None = None
    description: str | None = None
    image_url: str | None = None
    section: str | None = None
    tags: list[str] | None = None
    publisher: str | None = None
    encoding: str | None = None
    urls: Sequence[str] = ()
    links: Sequence[tuple[str, str, str]] = ()  #: (canonical target url, anchor, kind)
    warc_file: str | None = None  #: where the response is archived (newscrawl.archive)
    warc_offset: int | None = None
    warc_record_id: str | None = None

    def __post_init__(self) -> None:
        # The page's own offset survives storage beside the UTC instant ``published_at``.
        at = self.published_at
        if self.published_local is None and at is not None and at.utcoffset() is not None:
            self.published_local = at.isoformat()


#: Article columns that come straight from a record (the rest are computed here).
_RECORD_COLUMNS = tuple(
    f.name
    for f in fields(ArticleRecord)
    if f.name in Article.__table__.c and f.name not in ("signature", "band_keys")
)

#: The WARC record an article's current text came from; a version keeps its own.
_POINTER = ("warc_file", "warc_offset", "warc_record_id")


@dataclass
class StoreResult:
    new: int = 0  #: new articles (rows)
    updated: int = 0  #: known articles whose text changed: a new version
    unchanged: int = 0  #: known articles seen again, text unchanged
    exact_duplicates: int = 0  #: same text under another URL: stored as that article's URL
    near_duplicates: int = 0  #: new articles that joined an existing story cluster
    urls: int = 0
    links: int = 0
    aliases_unresolved: list[tuple[str, str]] = field(default_factory=list)
    ids: dict[str, int] = field(default_factory=dict)  #: canonical URL → article id


class Repository:
    """The article store (articles, URLs, links, versions, dedupe index) and run records.
    Every public method is one transaction."""

    def __init__(self, engine: Engine, threshold: float = dedupe.THRESHOLD) -> None:
        self.engine = engine
        self.threshold = threshold  #: near-duplicate similarity (NEWSCRAWL_NEAR_DUP_THRESHOLD)

    def store_articles(
        self, records: Iterable[ArticleRecord], aliases: Iterable[tuple[str, str]] = ()
    ) -> StoreResult:
        """Store a batch — all or nothing.

        Each record is resolved to an article: by any of its URLs (then unchanged, or a new
        version), else by its exact-content fingerprint (the URL joins that article), else it is
        a new article, put in the story cluster of its most similar near-duplicate if any.
        ``aliases`` are ``(canonical URL, variant URL)`` pairs seen without fetching the variant.
        """
        records = list({r.canonical_url: r for r in records}.values())
        result = StoreResult()
        with exclusive_transaction(self.engine) as conn:  # several workers: one at a time
            by_url = self._articles_by_url(conn, records)
            fresh = [r for r in records if r.canonical_url not in by_url]
            self._refresh_known(
                conn, [r for r in records if r.canonical_url in by_url], by_url, result
            )
            owner = self._exact_duplicates(conn, fresh, result)
            new = [r for r in fresh if r.canonical_url not in owner]
            ids = self._insert_new(conn, new, result)
            article_of = {**by_url, **owner, **ids}
            result.ids = article_of
            url_rows = [
                {
                    "url_key": url_key(u),
                    "url": u,
                    "article_id": article_of[r.canonical_url],
                    "first_seen_at": r.fetched_at,
                }
                for r in records
                for u in dict.fromkeys([r.canonical_url, *r.urls])
            ]
            alias_list = list(aliases)
            targets = dict(
                raw_lookup(
                    conn,
                    URLS.c.url_key,
                    (url_key(c) for c, _ in alias_list),
                    URLS.c.url_key,
                    URLS.c.article_id,
                )
            )
            now = datetime.now(UTC)
            for canonical, variant in alias_list:
                article_id = article_of.get(canonical) or targets.get(url_key(canonical))
                if article_id is None:
                    result.aliases_unresolved.append((canonical, variant))
                else:
                    url_rows.append(
                        {
                            "url_key": url_key(variant),
                            "url": variant,
                            "article_id": article_id,
                            "first_seen_at": now,
                        }
                    )
            result.urls = insert_ignore(
                conn, URLS, list({u["url_key"]: u for u in url_rows}.values())
            )
            link_rows = list(
                {
                    (article_of[r.canonical_url], url_key(u), kind): {
                        "article_id": article_of[r.canonical_url],
                        "target_key": url_key(u),
                        "target_url": u,
                        "kind": kind,
                        "anchor": anchor,
                    }
                    for r in records
                    for u, anchor, kind in r.links
                }.values()
            )
            stored = dict(
                raw_lookup(
                    conn,
                    URLS.c.url_key,
                    [u["url_key"] for u in url_rows] + [x["target_key"] for x in link_rows],
                    URLS.c.url_key,
                    URLS.c.article_id,
                )
            )
            for link in link_rows:
                link["target_article_id"] = stored.get(link["target_key"])
            result.links = insert_ignore(conn, LINKS, link_rows)
            self._resolve_links(conn, {str(u["url_key"]): stored[u["url_key"]] for u in url_rows})
        return result

    @staticmethod
    def _articles_by_url(conn: Connection, records: list[ArticleRecord]) -> dict[str, int]:
        """canonical URL → article id, for records any of whose URLs is already stored."""
        keys = {url_key(u): r.canonical_url for r in records for u in [r.canonical_url, *r.urls]}
        found: dict[str, int] = {}
        for key, article_id in raw_lookup(
            conn, URLS.c.url_key, keys, URLS.c.url_key, URLS.c.article_id
        ):
            found.setdefault(keys[key], article_id)
        # Articles stored before their URLs were (or by an older schema) are found by key.
        missing = {
            url_key(r.canonical_url): r.canonical_url
            for r in records
            if r.canonical_url not in found
        }
        for key, article_id in raw_lookup(
            conn, ARTICLES.c.url_key, missing, ARTICLES.c.url_key, ARTICLES.c.id
        ):
            found[missing[key]] = article_id
        return found

    def _refresh_known(
        self,
        conn: Connection,
        known: list[ArticleRecord],
        by_url: dict[str, int],
        result: StoreResult,
    ) -> None:
        """Unchanged text: only ``last_seen_at`` moves. Changed text: the old one becomes a
        version row and the article row shows the new one."""
        current = {
            row.id: row
            for row in lookup(
                conn,
                ARTICLES.c.id,
                (by_url[r.canonical_url] for r in known),
                ARTICLES.c.id,
                ARTICLES.c.content_hash,
                ARTICLES.c.title,
                ARTICLES.c.body,
                ARTICLES.c.fetched_at,
                ARTICLES.c.version,
                *(ARTICLES.c[name] for name in _POINTER),
            )
        }
        seen, versions, changed = [], [], []
        for r in known:
            row = current[by_url[r.canonical_url]]
            # A row hashed by an older release: same text if its recomputed hash matches.
            if row.content_hash == r.content_hash or (
                dedupe.content_hash(row.title, row.body) == r.content_hash
            ):
                seen.append({"b_id": row.id, "b_seen": r.fetched_at, "b_hash": r.content_hash})
                result.unchanged += 1
                continue
            versions.append(
                {
                    "article_id": row.id,
                    "version": row.version,
                    "title": row.title,
                    "body": row.body,
                    "content_hash": row.content_hash,
                    "fetched_at": row.fetched_at,
                    "replaced_at": r.fetched_at,
                    **{name: getattr(row, name) for name in _POINTER},
                }
            )
            changed.append((row.id, row.version + 1, r))
            result.updated += 1
        if seen:
            conn.execute(
                update(ARTICLES)
                .where(ARTICLES.c.id == bindparam("b_id"))
                .values(last_seen_at=bindparam("b_seen"), content_hash=bindparam("b_hash")),
                seen,
            )
        insert_ignore(conn, VERSIONS, versions)
        for article_id, version, r in changed:
            values = {name: getattr(r, name) for name in _RECORD_COLUMNS}
            values.pop("canonical_url")  # the row keeps the URL it was first stored under
            values.update(last_seen_at=r.fetched_at, version=version)
            conn.execute(update(ARTICLES).where(ARTICLES.c.id == article_id).values(values))
        if changed:
            contentindex.index(
                conn, [(article_id, r) for article_id, _, r in changed], replace=True
            )

    @staticmethod
    def _exact_duplicates(
        conn: Connection, fresh: list[ArticleRecord], result: StoreResult
    ) -> dict[str, int]:
        """canonical URL → article id for new URLs whose text is already stored."""
        found = contentindex.exact_owners(conn, fresh)
        result.exact_duplicates += len(found)
        return found

    def _insert_new(
        self, conn: Connection, new: list[ArticleRecord], result: StoreResult
    ) -> dict[str, int]:
        """Insert new articles; exact duplicates within the batch collapse into the first."""
        first_by_fp: dict[str, ArticleRecord] = {}
        rows, same_as = [], {}
        for r in new:
            if r.fingerprint and r.fingerprint in first_by_fp:
                same_as[r.canonical_url] = first_by_fp[r.fingerprint].canonical_url
                continue
            if r.fingerprint:
                first_by_fp[r.fingerprint] = r
            row = {name: getattr(r, name) for name in _RECORD_COLUMNS}
            row.update(
                url_key=url_key(r.canonical_url),
                first_seen_at=r.fetched_at,
                last_seen_at=r.fetched_at,
                version=1,
            )
            rows.append(row)
        result.new += insert_ignore(conn, ARTICLES, rows)
        result.exact_duplicates += len(same_as)
        by_key = {url_key(r.canonical_url): r.canonical_url for r in new}
        ids = {
            by_key[k]: i
            for k, i in raw_lookup(
                conn, ARTICLES.c.url_key, by_key, ARTICLES.c.url_key, ARTICLES.c.id
            )
        }
        for dup, first in same_as.items():
            ids[dup] = ids[first]
        inserted = [(ids[r.canonical_url], r) for r in new if r.canonical_url not in same_as]
        result.near_duplicates += contentindex.cluster(conn, inserted, self.threshold)
        contentindex.index(conn, inserted, replace=False)
        return ids

    @staticmethod
    def _resolve_links(conn: Connection, stored: dict[str, int]) -> None:
        """Point earlier links at the articles this batch stored under their target URL
        (one indexed update per URL of the batch: the cost does not grow with the table)."""
        if not stored:
            return
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        conn.exec_driver_sql(
            f"UPDATE {LINKS.name} SET target_article_id = {mark} "
            f"WHERE target_key = {mark} AND target_article_id IS NULL",
            [(article_id, key) for key, article_id in stored.items()],
        )

    def search(self, query: str, limit: int = 20, language: str | None = None) -> list[Any]:
        """See :func:`newscrawl.db.search.search`."""
        return search(self.engine, query, limit, language)

    def start_run(self, spider: str, site: str | None, started_at: datetime) -> int:
        """Open a crawl-run record (see :func:`newscrawl.db.runs.start_run`)."""
        return runs.start_run(self.engine, spider, site, started_at)

    def finish_run(
        self, run_id: int, reason: str, stats: dict[str, Any], failure: str | None = None
    ) -> None:
        """Close a crawl-run record (see :func:`newscrawl.db.runs.finish_run`)."""
        status = "failed" if failure else "ok"
        text = json.dumps(stats, default=str, sort_keys=True)
        runs.finish_run(self.engine, run_id, reason, stats, status, failure, text)

    def counts(self) -> dict[str, int]:
        """Row counts for the end-of-run summary."""
        with self.engine.connect() as conn:
            return {
                name: int(
                    conn.execute(select(func.count()).select_from(model.__table__)).scalar_one()
                )
                for name, model in (
                    ("articles", Article),
                    ("urls", ArticleUrl),
                    ("links", ArticleLink),
                    ("runs", CrawlRun),
                )
            }
