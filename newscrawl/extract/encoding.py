"""Decode page bytes to text: HTTP header, BOM and ``<meta charset>`` first, then a repair pass
for pages whose declared charset is wrong (GBK bytes declared as UTF-8 is the common case)."""

from __future__ import annotations

from w3lib.encoding import html_to_unicode

# Tried in order when the declared charset leaves replacement characters behind.
_FALLBACKS = ("utf-8", "gb18030", "big5", "shift_jis", "euc-kr", "cp1252")


def _bad(text: str) -> int:
    return text.count("\ufffd")


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str, bool]:
    """Return ``(text, encoding, repaired)``.

    ``repaired`` is True when the declared/sniffed charset produced replacement characters and
    another charset decoded the bytes cleanly.
    """
    encoding, text = html_to_unicode(content_type, body)
    if not _bad(text) or body.count(b"\xef\xbf\xbd") >= _bad(text):
        return text, encoding, False  # clean, or the bytes themselves contain U+FFFD
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
