"""Language of an article's body, by a language identifier (py3langid) rather than the page's
``lang`` attribute, which is often missing or a site-wide default. Pure: no scrapy, no database.

Chosen on the shared benchmark pages (``benchmarks/language_bench.py``): py3langid is as
accurate as lingua on them, an order of magnitude faster and 4.5 MB installed against ~100 MB.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

#: Characters of the body given to the identifier: enough to decide (language_bench.py: the
#: same 295/301 with 1,000 as with 3,000, at 1.4× the speed), bounded work per page.
MAX_CHARS = 1000
#: Bodies shorter than this (letters) get no language: too little text to tell.
MIN_LETTERS = 20
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
#: A text whose letters are at least this share Han ideographs, with no kana or hangul, is
#: Chinese: decided without the identifier's model (64-75 MiB resident once loaded, and most
#: of the CPU of this step), which a Chinese-only crawl then never loads.
_HAN_SHARE = 0.6
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_LOADING = threading.Lock()  #: one model load, however many threads ask at once
#: Varieties the identifier names that belong to an ISO 639 macrolanguage articles are filed
#: under (Wu, Cantonese, Mandarin… are all ``zh``, as a page's own ``lang`` says).
MACRO = {"wuu": "zh", "yue": "zh", "cmn": "zh", "nan": "zh", "hak": "zh", "gan": "zh"}


def load_model() -> None:
    """Load the model now (about a second) rather than on the first :func:`detect` that
    needs it (one load, however many threads ask at once)."""
    with _LOADING:
        _identifier()


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def _sample(text: str | None) -> tuple[str | None, str | None]:
    """``(language, None)`` when the script alone decides (or ``(None, None)``: too short),
    else ``(None, sample)``: the sample the identifier must classify."""
    if not text:
        return None, None
    sample = text[:MAX_CHARS]
    letters = len(_LETTER.findall(sample))
    if letters < MIN_LETTERS:
        return None, None
    if _HAN_SHARE * letters <= len(_HAN.findall(sample)) and not _KANA_HANGUL.search(sample):
        return "zh", None  # Chinese script alone: no model needed (no kana, no hangul)
    return None, sample


def needs_model(text: str | None) -> bool:
    """Whether :func:`detect` would have to load the model for ``text`` first."""
    return _identifier.cache_info().currsize == 0 and _sample(text)[1] is not None


def detect(text: str | None) -> str | None:
    """ISO 639-1 code of the language of ``text`` (e.g. ``"zh"``, ``"en"``), or None when the
    text is too short to tell."""
    decided, sample = _sample(text)
    if sample is None:
        return decided
    lang, _score = _identifier().classify(sample)
    return MACRO.get(str(lang), str(lang))


def primary_tag(lang: str | None) -> str | None:
    """``"zh-CN"`` → ``"zh"``; None for a missing or empty tag."""
    return (lang or "").split("-")[0].strip().lower() or None


def article_language(body: str | None, page_language: str | None) -> str | None:
    """The body's language, or the page's own tag when the body is too short to tell."""
    return detect(body) or primary_tag(page_language)
