#!/usr/bin/env python3
"""Body language identification: py3langid vs lingua on the shared benchmark pages, in one run.

    python benchmarks/language_bench.py

Pages: aeb and magichtml, whose label files carry ``lang`` (and the reference ``body_text``;
labels ``latin-other`` and missing ones are left out: they name no one language). Prints, per
identifier, accuracy over all labelled pages and on zh/en, the misses, texts/s, and what
newscrawl's own ``newscrawl.language.detect`` (the identifier chosen) scores.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "extraction"
if not SHARED.is_dir():
    SHARED = Path("/work/shared/benchmarks/extraction")


def labelled() -> list[tuple[str, str, str]]:
    """(page id, expected language, body text)."""
    out = []
    for corpus in ("aeb", "magichtml"):
        for path in sorted((SHARED / corpus).glob("*.json")):
            label = json.loads(path.read_text(encoding="utf-8"))
            lang, body = label.get("lang"), label.get("body_text") or ""
            if lang and lang != "latin-other" and body.strip():
                out.append((f"{corpus}/{path.name[:-5]}", lang, body))
    return out


def score(
    name: str, detect: Callable[[str], str | None], pages: list[tuple[str, str, str]]
) -> None:
    t0 = time.perf_counter()
    got = [(pid, want, detect(text)) for pid, want, text in pages]
    dt = time.perf_counter() - t0
    ok = sum(want == g for _, want, g in got)
    zh_en = [(w, g) for _, w, g in got if w in ("zh", "en")]
    ok_zh_en = sum(w == g for w, g in zh_en)
    print(
        f"{name:22s} all {ok}/{len(got)} = {ok / len(got):.3f}   zh/en {ok_zh_en}/{len(zh_en)} = "
        f"{ok_zh_en / len(zh_en):.3f}   {len(got) / dt:7.0f} texts/s"
    )
    misses = Counter((w, g) for _, w, g in got if w != g)
    if misses:
        print("    misses (expected, got): " + ", ".join(f"{k}×{v}" for k, v in misses.items()))


def main() -> None:
    pages = labelled()
    print(f"{len(pages)} labelled pages: {dict(Counter(w for _, w, _ in pages))}")

    import py3langid

    def langid(text: str) -> str | None:
        return str(py3langid.classify(text)[0])

    score("py3langid", langid, pages)

    try:
        from lingua import LanguageDetectorBuilder
    except ImportError:
        print("lingua: not installed (pip install lingua-language-detector)")
        from newscrawl.language import detect

        score("newscrawl.language", detect, pages)
        return

    t0 = time.perf_counter()
    detector = LanguageDetectorBuilder.from_all_languages().build()
    print(f"lingua model build {time.perf_counter() - t0:.1f}s")

    def lingua(text: str) -> str | None:
        lang = detector.detect_language_of(text)
        return lang.iso_code_639_1.name.lower() if lang else None

    score("lingua", lingua, pages)

    from newscrawl.language import detect

    score("newscrawl.language", detect, pages)


if __name__ == "__main__":
    main()
