"""Decode page bytes to text: BOM, HTTP header and ``<meta charset>`` first, then a repair pass
(charset-normalizer's detector) for pages whose declared charset is wrong or missing."""

from __future__ import annotations

import codecs

import charset_normalizer
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

# A page declaring one of these is decoded as its superset, under one name: browsers decode
# "gb2312" and "gbk" with gb18030's decoder, and Big5 pages carry HKSCS characters. w3lib
# finds the declaration (as Scrapy does); the decoding is ours, so the text does not change
# with w3lib's version (2.6 names such a page "gbk" and decodes it with its own tables, where
# 2.5 decoded it as gb18030 and big5hkscs with Python's codecs).
_CODEC_NAMES = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}
# Tried in order when the declared charset leaves replacement characters behind.
_FALLBACKS = ("utf-8", "gb18030", "big5", "shift_jis", "euc-kr", "cp1252")


def _codec(label: str) -> str | None:
    """The Python codec for a charset label w3lib resolved, mapped to its superset."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _CODEC_NAMES.get(name, name)


def _declared_decode(body: bytes, content_type: str | None) -> tuple[str, str]:
    """``(encoding, text)``: what the page declares, in a browser's order (BOM, HTTP header,
    ``<meta>``; UTF-8 when nothing, or nothing known, is declared), and the bytes decoded with
    it."""
    label: str | None
    bom_encoding, bom = read_bom(body)
    if bom_encoding and bom is not None:
        label, body = bom_encoding, body[len(bom) :]
    else:
        label = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
    encoding = (_codec(label) if label else None) or "utf-8"
    if encoding in ("utf-16", "utf-32"):
        encoding += "-be"  # declared without a BOM: big-endian, as w3lib reads it
    return encoding, body.decode(encoding, errors="replace")


def _bad(text: str) -> int:
    return text.count("\ufffd")


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str, bool]:
    """Return ``(text, encoding, repaired)``.

    ``repaired`` is True when the declared/sniffed charset produced replacement characters and
    another charset decoded the bytes cleanly.
    """
    encoding, text = _declared_decode(body, content_type)
    if not _bad(text) or body.count(b"\xef\xbf\xbd") >= _bad(text):
        return text, encoding, False  # clean, or the bytes themselves contain U+FFFD
    # Several legacy charsets decode each other's bytes without error (Big5 bytes are valid
    # GB18030), so the repair asks a detector that judges the result's language, not just
    # whether decoding failed.
    guess = charset_normalizer.from_bytes(body).best()
    if guess is not None and guess.encoding:
        decoded = str(guess)
        if not _bad(decoded):
            return decoded, _CODEC_NAMES.get(guess.encoding, guess.encoding), True
    best = (text, encoding)
    for candidate in _FALLBACKS:
        try:
            decoded = body.decode(candidate)
        except UnicodeDecodeError:
            continue
        return decoded, candidate, True
    for candidate in _FALLBACKS:  # nothing is clean: keep whatever loses least
        decoded = body.decode(candidate, errors="replace")
        if _bad(decoded) < _bad(best[0]):
            best = (decoded, candidate)
    return best[0], best[1], best[1] != encoding
