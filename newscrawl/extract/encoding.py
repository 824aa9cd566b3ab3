"""Decode page bytes to text: HTTP header, BOM and ``<meta charset>`` first, then a repair pass
(charset-normalizer's detector) for pages whose declared charset is wrong or missing."""

from __future__ import annotations

import charset_normalizer
from w3lib.encoding import html_to_unicode

# Report the superset names w3lib uses for declared charsets, so one charset has one name.
_CODEC_NAMES = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}
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
