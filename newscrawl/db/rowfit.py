"""Fit an article record to what every backend stores, before it reaches the database.

A value the database would refuse must not take its batch (and the run) down with it:
text loses NUL characters (PostgreSQL refuses them) and lone surrogates (no UTF-8 encoding);
strings are cut to their column's length (``VARCHAR(n)``, taken from the models);
datetimes must be timezone-aware and inside the range all backends store (MySQL's DATETIME:
years 1000-9999), else they become NULL — the page's raw text stays in ``*_raw``.
A record missing what an article needs (URL, title, body, times) is :class:`Unstorable`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import String

from newscrawl.db.models import Article, ArticleLink
from newscrawl.db.repository import ArticleRecord

_BAD_CHARS = re.compile("[\x00\ud800-\udfff]")  # NUL and lone surrogates
_MIN_YEAR, _MAX_YEAR = 1000, 9999  # MySQL DATETIME's range; PostgreSQL and SQLite store more


class Unstorable(ValueError):
    """A record no database could store as an article (the reason names the field)."""


def _lengths(table: Any) -> dict[str, int]:
    return {
        c.name: c.type.length
        for c in table.columns
        if isinstance(c.type, String) and c.type.length is not None
    }


_ARTICLE_LENGTHS = _lengths(Article.__table__)
_LINK_LENGTHS = _lengths(ArticleLink.__table__)
_REQUIRED = ("canonical_url", "site", "title", "body", "content_hash")


def clean_text(value: str, limit: int | None = None) -> str:
    """``value`` without NUL and lone surrogates, cut to ``limit`` characters."""
    value = _BAD_CHARS.sub("", value)
    return value[:limit] if limit is not None else value


def fit_datetime(value: datetime | None) -> datetime | None:
    """An aware datetime every backend stores, else None (naive: offset unknown)."""
    if value is None or not isinstance(value, datetime) or value.tzinfo is None:
        return None
    try:
        offset = value.utcoffset()
    except (ValueError, OverflowError):
        return None
    if offset is None or not (_MIN_YEAR < value.year < _MAX_YEAR):
        return None
    return value


def fit_record(record: ArticleRecord, fixed: Callable[[str], None] | None = None) -> ArticleRecord:
    """A copy of ``record`` that every backend stores; ``fixed(field)`` is told of each field
    changed. Raises :class:`Unstorable` when a required value is missing."""
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, str):
            new: Any = clean_text(value, _ARTICLE_LENGTHS.get(f.name))
        elif isinstance(value, datetime) or (value is None and f.name.endswith("_at")):
            new = fit_datetime(value)
        elif f.name == "tags" and value is not None:
            new = [t for t in (clean_text(str(t), 200) for t in value) if t] or None
        elif f.name == "urls":
            new = [u for u in (clean_text(str(u)) for u in value) if u]
        elif f.name == "links":
            new = [
                (
                    clean_text(str(u)),
                    clean_text(str(anchor or "")),
                    clean_text(str(kind), _LINK_LENGTHS.get("kind")),
                )
                for u, anchor, kind in value
                if u
            ]
        else:
            continue
        if new != value and not (isinstance(value, list | tuple) and list(value) == new):
            changes[f.name] = new
            if fixed is not None:
                fixed(f.name)
    out = dataclasses.replace(record, **changes) if changes else record
    for name in _REQUIRED:
        if not getattr(out, name):
            raise Unstorable(f"{name} is empty after normalisation")
    if out.fetched_at is None:
        raise Unstorable("fetched_at is missing, naive or out of range")
    return out
