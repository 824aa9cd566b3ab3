"""The site profile schema: every key, its expected type, checked before a profile is used.

A malformed profile fails at start-up with one line naming the file, the key and what was
expected (``demo.toml: 'seeds' must be a list of strings, not str 'http://…'``), never with
a traceback and never by iterating a string character by character.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class ProfileError(ValueError):
    """A profile that cannot be used; the message names the file and the key."""


def _show(value: Any) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text[:60]}{'…' if len(text) > 60 else ''}"


def _str(source: str, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ProfileError(f"{source}: {key!r} must be a string, not {_show(value)}")
    return value


def _int(source: str, key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ProfileError(f"{source}: {key!r} must be a non-negative integer, not {_show(value)}")
    return value


def _strings(source: str, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ProfileError(f"{source}: {key!r} must be a list of strings, not {_show(value)}")
    return value


def _ints(source: str, key: str, value: Any) -> list[int]:
    if not isinstance(value, list):
        raise ProfileError(f"{source}: {key!r} must be a list of integers, not {_show(value)}")
    return [_int(source, f"{key}[{i}]", v) for i, v in enumerate(value)]


def _regexes(source: str, key: str, value: Any) -> list[str]:
    for i, pattern in enumerate(_strings(source, key, value)):
        _regex(source, f"{key}[{i}]", pattern)
    return value  # type: ignore[no-any-return]


def _regex(source: str, key: str, value: Any) -> str:
    try:
        re.compile(_str(source, key, value))
    except re.error as exc:
        raise ProfileError(f"{source}: {key!r} is not a valid regex ({exc}): {value!r}") from None
    return value  # type: ignore[no-any-return]


def _url(source: str, key: str, value: Any) -> str:
    parts = urlsplit(_str(source, key, value))
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        parts = parts._replace(netloc="")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ProfileError(f"{source}: {key!r} must be an http(s) URL with a host, not {value!r}")
    return value  # type: ignore[no-any-return]


def _timezone(source: str, key: str, value: Any) -> str:
    try:
        ZoneInfo(_str(source, key, value))
    except (ZoneInfoNotFoundError, ValueError):
        raise ProfileError(f"{source}: {key!r} is not a time zone name: {value!r}") from None
    return value  # type: ignore[no-any-return]


def _tables(
    fields: dict[str, Callable[[str, str, Any], Any]], required: tuple[str, ...]
) -> Callable[[str, str, Any], list[dict[str, Any]]]:
    def check(source: str, key: str, value: Any) -> list[dict[str, Any]]:
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise ProfileError(f"{source}: {key!r} must be a list of tables ([[{key}]])")
        for i, table in enumerate(value):
            for name in required:
                if name not in table:
                    raise ProfileError(f"{source}: {key}[{i}] needs {name!r}")
            for name, item in table.items():
                if name not in fields:
                    raise ProfileError(
                        f"{source}: unknown key {key}[{i}].{name!r} (known: {sorted(fields)})"
                    )
                fields[name](source, f"{key}[{i}].{name}", item)
        return value

    return check


_SELECTOR_KEYS = ("title", "body", "author", "published", "related", "recommended")
SCHEMA: dict[str, Callable[[str, str, Any], Any]] = {
    "name": _str,
    "base_url": _url,
    "allowed_domains": _strings,
    "seeds": _strings,
    "sitemaps": _strings,
    "feeds": _strings,
    "article_patterns": _regexes,
    "listing_patterns": _regexes,
    "ignore_patterns": _regexes,
    "max_depth": _int,
    "max_pages": _int,
    "max_path_depth": _int,
    "listing_budget": _int,
    "timezone": _timezone,
    "tracking_params": _strings,
    "rewrite": _tables({"pattern": _regex, "replace": _str}, ("pattern", "replace")),
    "selectors": _tables({"match": _regex, **dict.fromkeys(_SELECTOR_KEYS, _str)}, ()),
    "allow_hosts": _strings,
    "allow_networks": _strings,
    "allow_ports": _ints,
}


check_url = _url  # for URLs given outside a profile file (-a base_url, -a start_urls)


def validate(data: dict[str, Any], source: str) -> None:
    """Raise :class:`ProfileError` for the first key that is unknown or of the wrong type."""
    for key, value in data.items():
        if key not in SCHEMA:
            raise ProfileError(f"{source}: unknown key {key!r} (known: {', '.join(SCHEMA)})")
        SCHEMA[key](source, key, value)
