"""Datasette metadata for the crawl database: what every table, view and column means, and
canned queries an analyst starts from.

``newscrawl datasette-metadata -o metadata.json`` writes it; then
``datasette output/newscrawl.db --metadata metadata.json``. The format is Datasette 0.6x's
``metadata.json`` (titles, descriptions, column descriptions, table options and canned
queries in one file; checked with Datasette 0.65). The Datasette 1.0 alphas read canned
queries and table options from the configuration file (``-c``) instead.

Full-text search uses the SQLite FTS5 table ``articles_fts(title, body)`` (``content='articles'``,
trigram tokenizer, kept in step by triggers) that ``newscrawl db upgrade`` creates.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from newscrawl import schema

#: The Datasette database name of ``output/newscrawl.db`` (its file name without ``.db``).
DATABASE = "newscrawl"

_UTC = "UTC; SQLite stores YYYY-MM-DD HH:MM:SS.ffffff without an offset"

#: Where the response a text came from is archived (newscrawl reextract reads it back).
_WARC_COLUMNS = {n: schema.BY_NAME[n].doc for n in ("warc_file", "warc_offset", "warc_record_id")}
#: The articles table's columns, described once in :mod:`newscrawl.schema`.
_ARTICLES_COLUMNS = schema.descriptions()

_TABLES: dict[str, dict[str, Any]] = {
    "articles": {
        "description": "One row per article, under its canonical URL. Near-duplicates "
        "(reprints, syndicated copies) are separate rows sharing a cluster_id; the same text "
        "under another URL is not a new row but another article_urls row.",
        "columns": _ARTICLES_COLUMNS,
        "label_column": "title",
        "sort_desc": "published_at",
        "facets": ["site", "language"],
        # The search box of the table page (Datasette does not detect content='articles').
        "fts_table": "articles_fts",
        "fts_pk": "id",
    },
    "article_urls": {
        "description": "Every URL that reached an article: the canonical URL, tracking and "
        "print/mobile variants, and other URLs with exactly the same text.",
        "columns": {
            "id": "Row id",
            "url_key": "SHA-1 hex of url: the unique key",
            "url": "The URL as crawled or seen",
            "article_id": "The article it reaches (articles.id)",
            "first_seen_at": f"When this URL was first seen, {_UTC}",
        },
        "label_column": "url",
    },
    "article_links": {
        "description": "Labelled link blocks found on article pages: related (相关新闻, Related "
        "stories), recommended (推荐阅读) and most_read (热门, 排行) links; kind = 'related' is "
        "the related-news graph.",
        "columns": {
            "id": "Row id",
            "article_id": "The article the link is on (articles.id)",
            "target_key": "SHA-1 hex of target_url",
            "target_url": "Canonical URL the link points to",
            "target_article_id": "The target article (articles.id), once it is stored; NULL "
            "until then",
            "kind": "related (tied to this article: 相关新闻, Related stories), recommended "
            "(推荐阅读, You may also like) or most_read (热门, 排行, Most read)",
            "anchor": "Link text",
        },
    },
    "article_versions": {
        "description": "Earlier texts of articles: when a re-crawl finds an article's text "
        "changed, the previous text is kept here and the articles row shows the new one.",
        "columns": {
            "id": "Row id",
            "article_id": "The article (articles.id)",
            "version": "Version number of this text (the articles row has the latest)",
            "title": "Headline of this version",
            "body": "Main text of this version",
            "content_hash": "Hash of this version's title and body",
            "fetched_at": f"When this text was fetched, {_UTC}",
            "replaced_at": f"When a newer text replaced it, {_UTC}",
            **_WARC_COLUMNS,
        },
        "sort_desc": "replaced_at",
    },
    "crawl_runs": {
        "description": "One row per scrapy crawl run: when, how it ended, what it counted.",
        "columns": {
            "id": "Run id",
            "spider": "Spider name",
            "site": "Site profile crawled (NULL for ad-hoc crawls)",
            "started_at": f"Start time, {_UTC}",
            "finished_at": f"End time, {_UTC}; NULL while running or if the crawl died",
            "finish_reason": "Scrapy's finish reason (finished, closespider_pagecount, "
            "shutdown, …)",
            "pages": "Responses received",
            "articles_new": "New articles stored",
            "articles_seen": "Known articles seen again (updated or unchanged)",
            "duplicates": "Duplicate pages collapsed by the pipeline",
            "dropped": "Items dropped (missing title/body, body too short)",
            "articles_updated": "Known articles whose text changed (a new version)",
            "http_errors": "Responses with a 4xx/5xx status plus network errors",
            "duration_s": "Run duration in seconds",
            "status": "ok; partial (pages raised or rows were quarantined: exit status 4); "
            "failed (exit status 3); aborted (the run died, found by the next run)",
            "failure": "Why the run failed or is partial: database unreachable, crawl state "
            "unreadable, error rate, empty site, pages that raised, rows quarantined",
            "page_errors": "Pages whose parsing raised (their URLs are in the log)",
            "quarantined": "Rows the database refused, kept in the quarantine table",
            "host": "Machine the run ran on",
            "job_id": "Fleet job (Redis frontier) this run worked on; NULL for a one-process run",
            "worker": "host.pid.tag of the fleet worker that wrote this row",
            "stats": "JSON object of every crawl stat",
        },
        "sort_desc": "id",
    },
    "article_overview": {
        "description": "View: one row per article without the text, with its cluster size "
        "(articles sharing its cluster_id) and how many URLs reach it.",
        "label_column": "title",
        "sort_desc": "published_at",
        "facets": ["site", "language"],
    },
    "daily_counts": {
        "description": "View: articles per site per publication day (UTC); undated articles "
        "are left out.",
        "sort_desc": "day",
    },
    "related_graph": {
        "description": "View: related/recommended/most_read links with the titles on both "
        "ends (filter kind = 'related' for the article's own related news); target_title is "
        "empty while the target has not been crawled.",
    },
    # Search index and deduplication internals: hidden from the table list, still queryable.
    "articles_fts": {
        "description": "Full-text index of articles (title, body): SQLite FTS5, trigram "
        "tokens, kept in step with articles by triggers. Query it with MATCH (see the search "
        "query).",
        "hidden": True,
    },
    "fingerprints": {
        "description": "Exact-content index: normalised-body hash of every text an article "
        "has had → the article.",
        "hidden": True,
    },
    "article_signatures": {
        "description": "MinHash signature of each article's current text (near-duplicate "
        "verification).",
        "hidden": True,
    },
    "lsh_bands": {
        "description": "Near-duplicate index: one row per (LSH band key, article).",
        "hidden": True,
    },
    "fetch_state": {
        "description": "Known pages of each site that are not articles (listings, feeds, "
        "sitemaps), with their ETag / Last-Modified when the server sends them: recorded once "
        "the articles they led to were stored; the next run asks for them conditionally.",
        "hidden": True,
    },
    "quarantine": {
        "description": "Rows the database refused even after normalisation (a data error, "
        "not an outage), with the database's error; the run went on without them.",
        "columns": {
            "id": "Quarantine id",
            "run_id": "The crawl run (crawl_runs.id) that met the row",
            "site": "Site profile",
            "url": "The row's canonical URL",
            "row": "The record as JSON",
            "error": "The database's (or the validation's) error",
            "created_at": f"When the row was quarantined, {_UTC}",
        },
        "sort_desc": "id",
    },
    "alembic_version": {"description": "Schema revision (Alembic).", "hidden": True},
}

_QUERIES: dict[str, dict[str, str]] = {
    "articles_per_site_per_day": {
        "title": "Articles per site per day",
        "description": "Publication day in UTC; day is empty for articles without a date.",
        "sql": """\
SELECT site, date(published_at) AS day, count(*) AS articles
FROM articles
GROUP BY site, day
ORDER BY day DESC, site""",
    },
    "related_news_graph": {
        "title": "Related-news graph",
        "description": "Every related link (tied to its article: not the site's recommended "
        "or most-read lists) with the titles on both ends; to_title is empty while the target "
        "has not been crawled.",
        "sql": """\
SELECT l.article_id AS from_id, a.title AS from_title, l.kind, l.anchor,
       l.target_article_id AS to_id, b.title AS to_title, l.target_url
FROM article_links l
JOIN articles a ON a.id = l.article_id
LEFT JOIN articles b ON b.id = l.target_article_id
WHERE l.kind = 'related'
ORDER BY l.article_id, l.id""",
    },
    "largest_story_clusters": {
        "title": "Largest story clusters",
        "description": "Stories carried by several articles (near-identical text), with "
        "their titles and sites; see cluster_articles for one cluster's articles.",
        "sql": """\
SELECT cluster_id, count(*) AS articles, count(DISTINCT site) AS sites,
       min(published_at) AS first_published, max(published_at) AS last_published,
       group_concat(site || ': ' || title, char(10)) AS titles
FROM (SELECT * FROM articles WHERE cluster_id IS NOT NULL
      ORDER BY cluster_id, published_at, id)
GROUP BY cluster_id
HAVING count(*) > 1
ORDER BY articles DESC, cluster_id
LIMIT 100""",
    },
    "cluster_articles": {
        "title": "Articles of a story cluster",
        "description": "The articles sharing one cluster_id, earliest first.",
        "sql": """\
SELECT id, site, published_at, title, canonical_url
FROM articles
WHERE cluster_id = :cluster_id
ORDER BY published_at, id""",
    },
    "article_by_url": {
        "title": "Article by URL",
        "description": "The article any URL belongs to: canonical, tracking variant, print "
        "page or a copy with the same text.",
        "sql": """\
SELECT a.id, a.site, a.canonical_url, u.url AS matched_url, a.title, a.published_at,
       a.author, a.cluster_id, a.version, a.body
FROM article_urls u
JOIN articles a ON a.id = u.article_id
WHERE u.url = :url""",
    },
    "article_history": {
        "title": "Versions of an article",
        "description": "Earlier texts of one article (the current one is in articles).",
        "sql": """\
SELECT version, title, fetched_at, replaced_at, body
FROM article_versions
WHERE article_id = :article_id
ORDER BY version DESC""",
    },
    "search": {
        "title": "Full-text search",
        "description": "Search titles and bodies (SQLite FTS5 query syntax; quote a phrase with "
        "spaces or punctuation), optionally in one language (zh, en…; empty: any). "
        "A term needs at least three characters: for two-character "
        "Chinese words filter the articles table instead (title contains …).",
        "sql": """\
SELECT a.id, a.site, a.published_at, a.title,
       snippet(articles_fts, 1, '[', ']', '…', 24) AS snippet, a.canonical_url
FROM articles_fts f
JOIN articles a ON a.id = f.rowid
WHERE articles_fts MATCH :q AND (:language = '' OR a.language = :language)
ORDER BY f.rank
LIMIT 100""",
    },
    "languages_per_site": {
        "title": "Languages per site",
        "description": "Articles per site and body language (and how often the page's own "
        "lang attribute said otherwise).",
        "sql": """\
SELECT site, language, count(*) AS articles,
       sum(CASE WHEN page_language IS NOT NULL AND page_language != language THEN 1 ELSE 0 END)
           AS page_says_otherwise
FROM articles
GROUP BY site, language
ORDER BY site, articles DESC""",
    },
    "last_crawl_runs": {
        "title": "Last crawl runs",
        "description": "How the last runs went; stats has every counter as JSON.",
        "sql": """\
SELECT id, spider, site, started_at, finished_at, finish_reason, pages, articles_new,
       articles_seen, duplicates, dropped
FROM crawl_runs
ORDER BY id DESC
LIMIT 20""",
    },
}


def metadata(database: str = DATABASE) -> dict[str, Any]:
    """Datasette metadata for the crawl database (``database``: its name in Datasette)."""
    return {
        "title": "newscrawl",
        "description": "News articles crawled by newscrawl: cleaned text, metadata, every "
        "URL that reached each article, the related-news graph, story clusters of "
        "near-duplicates, earlier versions and crawl runs. All times are UTC.",
        "databases": {
            database: {
                "description": "The crawl database (schema owned by newscrawl's Alembic "
                "migrations: `newscrawl db upgrade`).",
                "tables": copy.deepcopy(_TABLES),
                "queries": {name: dict(query) for name, query in _QUERIES.items()},
            }
        },
    }


def write_metadata(path: Path, database: str = DATABASE) -> None:
    """Write :func:`metadata` to ``path`` as UTF-8 JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(metadata(database), ensure_ascii=False, indent=2)
    path.write_text(text + "\n", encoding="utf-8")
