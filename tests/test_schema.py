"""The article's fields are declared once (newscrawl/schema.py); every place that lists them
is derived from that list or checked here against it."""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import re
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import JSON, BigInteger, Integer, String, Text

from newscrawl import datasette, export, schema
from newscrawl.db import models
from newscrawl.db.repository import ArticleRecord
from newscrawl.extract.article import Extracted
from newscrawl.items import ArticleItem

#: Attributes that are not article fields: the page's own URLs and links (other tables), the
#: dedupe features storage adds, the extractor's raw parts.
NOT_FIELDS = {
    "item": {"urls", "links"},
    "record": {"urls", "links", "signature", "band_keys"},
    # date_updated: a page-type signal (the page's one date is its update time), not stored
    "extracted": {
        *("url", "canonical_url", "paragraphs", "links", "page_links", "article_pages"),
        "date_updated",
    },
}


def _annotations(cls: type) -> dict[str, str]:
    return {f.name: str(f.type) for f in dataclasses.fields(cls)}


def _sql_type(spec: schema.FieldSpec) -> Any:
    named = {
        "Text": Text(),
        "LongText": models.LongText,
        "UTCDateTime": models.UTCDateTime(),
        "JSON": JSON(),
        "BigId": models.BigId,
        "Integer": Integer(),
        "BigInteger": BigInteger(),
        "UrlKey": models.UrlKey,
    }
    m = re.fullmatch(r"String\((\d+)\)", spec.sql)
    return String(int(m[1])) if m else named[spec.sql]


def test_names_are_unique_and_flags_consistent() -> None:
    names = [f.name for f in schema.ARTICLE_FIELDS]
    assert len(names) == len(set(names))
    for f in schema.ARTICLE_FIELDS:
        assert not (f.exported and not f.column), f"{f.name}: exported but not a column"
        assert not (f.extracted and not f.item), f"{f.name}: extracted but not on the item"


def test_item_has_exactly_the_item_fields() -> None:
    got = _annotations(ArticleItem)
    assert set(got) - NOT_FIELDS["item"] == set(schema.names(item=True))
    for name in schema.names(item=True):
        t = schema.BY_NAME[name].type
        assert got[name] in (t, f"{t} | None"), name  # optional until validated


def test_record_has_exactly_the_record_fields_with_their_types() -> None:
    got = _annotations(ArticleRecord)
    assert set(got) - NOT_FIELDS["record"] == set(schema.names(record=True))
    for name in schema.names(record=True):
        f = schema.BY_NAME[name]
        assert got[name] in (f.type if f.required else f"{f.type} | None", f.type), name


def test_table_has_exactly_the_columns_with_their_types() -> None:
    table = models.Article.__table__
    assert [c.name for c in table.columns] == list(schema.names(column=True))  # same order
    hints = models.Article.__annotations__
    for name in schema.names(column=True):
        f = schema.BY_NAME[name]
        column = table.c[name]
        assert repr(column.type) == repr(_sql_type(f)), name
        assert column.nullable == (not f.required) or column.primary_key, name
        assert hints[name] == f"Mapped[{f.type if f.required else f.type + ' | None'}]", name


def test_extractor_states_the_extracted_fields() -> None:
    page = Extracted(url="http://h/a")
    fields = {f.name for f in dataclasses.fields(Extracted)}
    assert set(schema.names(extracted=True)) <= fields | {"body"}
    for name in schema.names(extracted=True):
        assert hasattr(page, name), name
    # a new extracted value must be declared (or listed above as not an article field)
    assert fields - NOT_FIELDS["extracted"] <= set(schema.names(extracted=True))


def test_export_and_datasette_follow_the_schema() -> None:
    assert (*schema.names(exported=True), "cluster_size", "urls") == export.COLUMNS
    described = datasette.metadata()["databases"][datasette.DATABASE]["tables"]["articles"]
    assert described["columns"] == schema.descriptions()


def _fresh(module: ModuleType) -> Any:
    """A new copy of ``module`` executed now (the imported one stays as it is)."""
    spec = importlib.util.spec_from_file_location(f"fresh_{module.__name__}", module.__file__)
    assert spec is not None and spec.loader is not None
    copy = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(copy)
    return copy


def test_a_new_field_reaches_every_derived_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """Declaring a field is enough for the derived places; the checked ones then fail."""
    extra = schema.FieldSpec("word_count", "int", "Integer", "Words in the body")
    monkeypatch.setattr(schema, "ARTICLE_FIELDS", (*schema.ARTICLE_FIELDS, extra))
    monkeypatch.setattr(schema, "BY_NAME", {**schema.BY_NAME, "word_count": extra})
    fresh_export, fresh_datasette = _fresh(export), _fresh(datasette)  # built from it now
    assert fresh_export.COLUMNS[-3:] == ("word_count", "cluster_size", "urls")
    tables = fresh_datasette.metadata()["databases"][datasette.DATABASE]["tables"]
    assert tables["articles"]["columns"]["word_count"] == "Words in the body"
    for check in (
        test_item_has_exactly_the_item_fields,
        test_record_has_exactly_the_record_fields_with_their_types,
        test_table_has_exactly_the_columns_with_their_types,
    ):
        with pytest.raises(AssertionError):
            check()
