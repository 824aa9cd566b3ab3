"""The article's fields, declared once: name, Python type, SQL type, meaning, and where each
field lives (the extractor's `Extracted`, the spider's `ArticleItem`, storage's `ArticleRecord`,
the ``articles`` table, the export). Export columns and the Datasette column descriptions are
derived from this list; the item, the record and the table are checked against it by
``tests/test_schema.py``, so a field missing from one of them fails the tests.

Adding a field: one `FieldSpec` here, the attribute on each class its flags name (mypy needs
them spelled out), the column in ``db/models.py`` and an Alembic migration.
"""

from __future__ import annotations

from dataclasses import dataclass

_UTC = "UTC; SQLite stores YYYY-MM-DD HH:MM:SS.ffffff without an offset"


@dataclass(frozen=True)
class FieldSpec:
    """One field of an article.

    ``type``: the Python type of a present value (``str``, ``datetime``, ``list[str]``…); a
    field that may be missing is ``type | None`` wherever ``required`` is false. ``sql``: the
    column type by the name ``db/models.py`` gives it (``Text``, ``LongText``, ``String(200)``,
    ``UTCDateTime``, ``JSON``, ``BigId``, ``BigInteger``, ``Integer``, ``UrlKey``), empty when
    not a column.
    ``doc``: what the value is (format, units), shown to analysts in Datasette.
    """

    name: str
    type: str
    sql: str
    doc: str
    required: bool = False  #: NOT NULL in the table, not Optional on the record
    extracted: bool = False  #: stated by the page: an attribute of `Extracted`
    item: bool = True  #: an attribute of `ArticleItem`
    record: bool = True  #: an attribute of `ArticleRecord`
    exported: bool = True  #: a column of ``newscrawl export``
    text: bool = False  #: a line of page text: cleaned like one (``items.clean_item``)

    @property
    def column(self) -> bool:
        """A column of the ``articles`` table."""
        return bool(self.sql)


def _page(name: str, type_: str, sql: str, doc: str, **kw: bool) -> FieldSpec:
    """A value the page states: extracted, on the item, the record and the table."""
    return FieldSpec(name, type_, sql, doc, extracted=True, **kw)


def _stored(name: str, type_: str, sql: str, doc: str, **kw: bool) -> FieldSpec:
    """A value storage computes: only on the table (and the export unless told)."""
    kw.setdefault("required", True)
    return FieldSpec(name, type_, sql, doc, item=False, record=False, **kw)


#: Every field, in the table's column order (the export keeps this order).
# fmt: off
ARTICLE_FIELDS: tuple[FieldSpec, ...] = (
    _stored("id", "int", "BigId",
            "Article id (referenced by article_urls, article_links and article_versions)"),
    _stored("url_key", "str", "UrlKey",
            "SHA-1 hex of canonical_url: the unique key of the article", exported=False),
    FieldSpec("url", "str", "", "The URL that was fetched (after redirects)",
              required=True, record=False, exported=False),
    FieldSpec("canonical_url", "str", "Text",
              "The URL the article is stored under (canonicalised: no tracking parameters, "
              "default documents, ports or print/mobile variants)", required=True),
    FieldSpec("site", "str", "String(100)",
              "Site profile name the article was crawled under (or the host for ad-hoc crawls)",
              required=True),
    _page("title", "str", "Text", "Headline", required=True, text=True),
    _page("body", "str", "LongText", "Main text, cleaned; paragraphs separated by a blank line",
          required=True),
    _page("author", "str", "String(500)",
          "Author(s) from the byline or metadata, comma-separated", text=True),
    _page("source", "str", "String(200)",
          "Originating outlet when the page credits one (来源：…), e.g. a wire agency", text=True),
    _page("editor", "str", "String(500)",
          "Editor(s) credited (责任编辑, 编辑, 审核…), comma-separated", text=True),
    _page("correspondent", "str", "String(500)",
          "Correspondent(s) credited (通讯员), comma-separated; not authors", text=True),
    _page("photographer", "str", "String(500)",
          "Photographer(s) credited (摄影, 图/, … 摄), comma-separated", text=True),
    _page("translator", "str", "String(500)",
          "Translator(s) credited (翻译, 编译), comma-separated", text=True),
    _page("published_at", "datetime", "UTCDateTime", f"Publication time, {_UTC}"),
    FieldSpec("published_local", "str", "String(40)",
              "Publication time as the page states it, ISO 8601 with the page's offset (Chinese "
              "pages without one: +08:00): substr(published_local, 1, 10) is the page's own "
              "calendar day", item=False),
    _page("published_raw", "str", "String(200)", "The publication date as written on the page"),
    _page("date_source", "str", "String(40)",
          "Which candidate gave the date: meta:<name>, json-ld, time, headline (the line under "
          "it), label (发布时间：…), element, script (a publish_time in an inline script), url, "
          "text, selector"),
    _page("modified_at", "datetime", "UTCDateTime", f"Last-modified time the page states, {_UTC}"),
    _page("modified_raw", "str", "String(200)", "The modification date as written on the page",
          exported=False),
    _page("language", "str", "String(16)",
          "Language of the body (ISO 639-1, e.g. zh, en), identified by py3langid; the page's "
          "lang attribute when the body is too short to tell"),
    FieldSpec("page_language", "str", "String(16)",
              "The page's own lang attribute (primary tag), when it has one"),
    _page("description", "str", "Text",
          "Summary from the page's metadata (description / og:description)", text=True),
    _page("image_url", "str", "Text", "Lead image URL"),
    _page("section", "str", "String(200)", "Section or channel the page puts the article in",
          text=True),
    _page("tags", "list[str]", "JSON", "Keywords/tags from the page, JSON array"),
    _page("publisher", "str", "String(200)", "Publisher named by the page's metadata", text=True),
    FieldSpec("encoding", "str", "String(32)",
              "Character encoding the page was decoded with (after any repair)", exported=False),
    FieldSpec("content_hash", "str", "String(64)",
              "Hash of title and body: a change means a new version",
              required=True, item=False, exported=False),
    FieldSpec("fingerprint", "str", "String(64)",
              "Hash of the normalised body: the same text under another URL is this article",
              item=False, exported=False),
    _stored("cluster_id", "int", "BigId",
            "Story cluster: articles with near-identical text share it (the id of the "
            "cluster's first article; an article without near-duplicates is a cluster of its "
            "own); NULL for articles stored before story clustering existed", required=False),
    _stored("version", "int", "Integer",
            "Version of the text in this row, 1 for the first; earlier texts are in "
            "article_versions"),
    _stored("first_seen_at", "datetime", "UTCDateTime",
            f"When the article was first stored, {_UTC}"),
    _stored("last_seen_at", "datetime", "UTCDateTime",
            f"When a crawl last saw the article, {_UTC}"),
    FieldSpec("fetched_at", "datetime", "UTCDateTime",
              f"When the text in this row was fetched, {_UTC}", required=True, exported=False),
    FieldSpec("warc_file", "str", "String(500)",
              "WARC file holding the HTTP response this text was extracted from", exported=False),
    FieldSpec("warc_offset", "int", "BigInteger",
              "Byte offset of that response record (its gzip member) in the file",
              exported=False),
    FieldSpec("warc_record_id", "str", "String(64)", "WARC-Record-ID of that response record",
              exported=False),
)
# fmt: on

BY_NAME: dict[str, FieldSpec] = {f.name: f for f in ARTICLE_FIELDS}


def names(
    *,
    item: bool | None = None,
    record: bool | None = None,
    column: bool | None = None,
    exported: bool | None = None,
    extracted: bool | None = None,
    text: bool | None = None,
) -> tuple[str, ...]:
    """Field names, in declaration order, whose flags equal every flag given."""
    wanted = {
        "item": item,
        "record": record,
        "column": column,
        "exported": exported,
        "extracted": extracted,
        "text": text,
    }
    return tuple(
        f.name
        for f in ARTICLE_FIELDS
        if all(v is None or getattr(f, k) == v for k, v in wanted.items())
    )


def descriptions() -> dict[str, str]:
    """Column name → description, for the ``articles`` table (Datasette metadata)."""
    return {f.name: f.doc for f in ARTICLE_FIELDS if f.column}
