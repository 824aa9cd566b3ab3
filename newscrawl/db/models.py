"""The schema as SQLAlchemy 2.x models. Alembic migrations create it; nothing here touches a DB."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC in, timezone-aware UTC out, on every backend (SQLite stores naive)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: newscrawl stores aware UTC only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


#: Long text: MySQL's TEXT stops at 64 KiB.
LongText = Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb")
#: Primary keys: BIGINT on servers, INTEGER on SQLite (so it is the rowid alias).
BigId = BigInteger().with_variant(Integer(), "sqlite")
#: URL keys: sha1 hex of the canonical URL; URLs themselves can exceed index length limits.
UrlKey = String(40)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # MySQL/MariaDB: 4-byte UTF-8 (emoji, rare CJK) in every table, whatever the server's
        # default character set (its `utf8` is 3-byte). Migration 0007 converts older tables.
        args = cls.__dict__.get("__table_args__", ())
        if isinstance(args, dict):
            args = (args,)
        opts = dict(args[-1]) if args and isinstance(args[-1], dict) else {}
        positional = args[:-1] if args and isinstance(args[-1], dict) else args
        opts.setdefault("mysql_charset", "utf8mb4")
        opts.setdefault("mysql_collate", "utf8mb4_unicode_ci")
        cls.__table_args__ = (*positional, opts)
        super().__init_subclass__(**kwargs)


class Article(Base):
    """One row per article (story under its canonical URL)."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    url_key: Mapped[str] = mapped_column(UrlKey, unique=True)
    canonical_url: Mapped[str] = mapped_column(Text)
    site: Mapped[str] = mapped_column(String(100), index=True)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(LongText)
    author: Mapped[str | None] = mapped_column(String(500))
    source: Mapped[str | None] = mapped_column(String(200))
    editor: Mapped[str | None] = mapped_column(String(500))  #: 责任编辑…, comma-separated
    correspondent: Mapped[str | None] = mapped_column(String(500))  #: 通讯员, comma-separated
    photographer: Mapped[str | None] = mapped_column(String(500))  #: 摄影, comma-separated
    translator: Mapped[str | None] = mapped_column(String(500))  #: 翻译/编译, comma-separated
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    #: the publication time as the page states it, ISO 8601 with its offset (the page's day)
    published_local: Mapped[str | None] = mapped_column(String(40))
    published_raw: Mapped[str | None] = mapped_column(String(200))
    date_source: Mapped[str | None] = mapped_column(String(40))  #: which candidate gave it
    modified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    modified_raw: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(16), index=True)  #: of the body, identified
    page_language: Mapped[str | None] = mapped_column(String(16))  #: the page's own lang attribute
    description: Mapped[str | None] = mapped_column(Text)
    image_url: Mapped[str | None] = mapped_column(Text)
    section: Mapped[str | None] = mapped_column(String(200))
    tags: Mapped[list[str] | None] = mapped_column(JSON)
    publisher: Mapped[str | None] = mapped_column(String(200))
    encoding: Mapped[str | None] = mapped_column(String(32))
    content_hash: Mapped[str] = mapped_column(String(64))  #: of title + body: changes = versions
    fingerprint: Mapped[str | None] = mapped_column(String(64))  #: of the folded body
    cluster_id: Mapped[int | None] = mapped_column(BigId, index=True)  #: story cluster
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)  #: when this version was fetched
    warc_file: Mapped[str | None] = mapped_column(String(500))  #: WARC holding the response
    warc_offset: Mapped[int | None] = mapped_column(BigInteger)  #: its record's byte offset
    warc_record_id: Mapped[str | None] = mapped_column(String(64))  #: <urn:uuid:…>


class ArticleVersion(Base):
    """An earlier text of an article, kept when a re-crawl found the text changed."""

    __tablename__ = "article_versions"
    __table_args__ = (UniqueConstraint("article_id", "version"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(LongText)
    content_hash: Mapped[str] = mapped_column(String(64))
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)  #: when this text was fetched
    replaced_at: Mapped[datetime] = mapped_column(UTCDateTime)  #: when a newer text replaced it
    warc_file: Mapped[str | None] = mapped_column(String(500))  #: the response this text came from
    warc_offset: Mapped[int | None] = mapped_column(BigInteger)
    warc_record_id: Mapped[str | None] = mapped_column(String(64))


class Fingerprint(Base):
    """Exact-content index: the folded body of every text an article has had → the article."""

    __tablename__ = "fingerprints"
    __table_args__ = ({"sqlite_with_rowid": False},)  # the key is the row: one B-tree

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    article_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )


class ArticleSignature(Base):
    """The MinHash signature of an article's current text (near-duplicate verification)."""

    __tablename__ = "article_signatures"

    article_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class LshBand(Base):
    """The near-duplicate index: one row per (LSH band key, article). Lives in the database so
    that it works across runs and across crawler processes."""

    __tablename__ = "lsh_bands"
    __table_args__ = ({"sqlite_with_rowid": False},)  # the key is the row: one B-tree

    band_key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    article_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ArticleUrl(Base):
    """Every URL that reached an article (canonical, tracking variants, print pages…)."""

    __tablename__ = "article_urls"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    url_key: Mapped[str] = mapped_column(UrlKey, unique=True)
    url: Mapped[str] = mapped_column(Text)
    article_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ArticleLink(Base):
    """A related/recommended link; ``target_article_id`` is set once the target is stored."""

    __tablename__ = "article_links"
    __table_args__ = (UniqueConstraint("article_id", "target_key", "kind"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    target_key: Mapped[str] = mapped_column(UrlKey, index=True)
    target_url: Mapped[str] = mapped_column(Text)
    target_article_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    anchor: Mapped[str] = mapped_column(Text)


class CrawlRun(Base):
    """One row per ``scrapy crawl`` run: when, how it ended, what it counted."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    spider: Mapped[str] = mapped_column(String(100))
    site: Mapped[str | None] = mapped_column(String(100), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finish_reason: Mapped[str | None] = mapped_column(String(100))
    pages: Mapped[int] = mapped_column(Integer, default=0)
    articles_new: Mapped[int] = mapped_column(Integer, default=0)
    articles_seen: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    dropped: Mapped[int] = mapped_column(Integer, default=0)
    articles_updated: Mapped[int | None] = mapped_column(Integer)
    http_errors: Mapped[int | None] = mapped_column(Integer)
    duration_s: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str | None] = mapped_column(String(16))  #: ok, partial, failed or aborted
    failure: Mapped[str | None] = mapped_column(Text)  #: why the run failed (or was partial)
    stats: Mapped[str | None] = mapped_column(LongText)  #: JSON object of all crawl stats
    page_errors: Mapped[int | None] = mapped_column(Integer)  #: pages whose callback raised
    quarantined: Mapped[int | None] = mapped_column(Integer)  #: rows put in quarantine
    host: Mapped[str | None] = mapped_column(String(255))  #: machine the run ran on
    #: fleet job (Redis frontier) this run worked on; NULL for a single-process run
    job_id: Mapped[str | None] = mapped_column(String(64), index=True)
    worker: Mapped[str | None] = mapped_column(String(200))  #: host:pid of a fleet worker


class FetchState(Base):
    """Validators (ETag, Last-Modified) of a site's seeds, listings, feeds and sitemaps, as of the
    last run that finished: the next run asks for them conditionally."""

    __tablename__ = "fetch_state"

    url_key: Mapped[str] = mapped_column(UrlKey, primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    site: Mapped[str] = mapped_column(String(100), index=True)
    etag: Mapped[str | None] = mapped_column(String(300))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime)


class QuarantinedRow(Base):
    """A row the database refused even after normalisation (a data error, not an outage):
    kept with the database's error so that nothing is lost silently and later runs go on."""

    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    run_id: Mapped[int | None] = mapped_column(BigId, index=True)  #: crawl_runs.id, if recorded
    site: Mapped[str | None] = mapped_column(String(100), index=True)
    url: Mapped[str | None] = mapped_column(Text)  #: the row's canonical URL
    row: Mapped[str] = mapped_column(LongText)  #: the record as JSON (ASCII-escaped)
    error: Mapped[str] = mapped_column(Text)  #: the database's (or validation's) error
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
