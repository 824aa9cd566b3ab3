"""Language of an article's body, by a language identifier (py3langid) rather than the page's
``lang`` attribute, which is often missing or a site-wide default. Pure: no scrapy, no database.

Chosen on the shared benchmark pages (``benchmarks/language_bench.py``): py3langid is as
accurate as lingua on them, an order of magnitude faster and 4.5 MB installed against ~100 MB.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

#: Characters of the body given to the identifier: enough to decide (language_bench.py: the
#: same 295/301 with 1,000 as with 3,000, at 1.4× the speed), bounded work per page.
MAX_CHARS = 1000
#: Bodies shorter than this (letters) get no language: too little text to tell.
MIN_LETTERS = 20
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
#: Varieties the identifier names that belong to an ISO 639 macrolanguage articles are filed
#: under (Wu, Cantonese, Mandarin… are all ``zh``, as a page's own ``lang`` says).
MACRO = {"wuu": "zh", "yue": "zh", "cmn": "zh", "nan": "zh", "hak": "zh", "gan": "zh"}


def load_model() -> None:
    """Load the model now (about a second) rather than on the first :func:`detect`."""
    _identifier()


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def detect(text: str | None) -> str | None:
    """ISO 639-1 code of the language of ``text`` (e.g. ``"zh"``, ``"en"``), or None when the
    text is too short to tell."""
    if not text:
        return None
    sample = text[:MAX_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    lang, _score = _identifier().classify(sample)
    return MACRO.get(str(lang), str(lang))


def primary_tag(lang: str | None) -> str | None:
    """``"zh-CN"`` → ``"zh"``; None for a missing or empty tag."""
    return (lang or "").split("-")[0].strip().lower() or None


def article_language(body: str | None, page_language: str | None) -> str | None:
    """The body's language, or the page's own tag when the body is too short to tell."""
    return detect(body) or primary_tag(page_language)
