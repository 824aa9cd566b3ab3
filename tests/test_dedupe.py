"""Content dedupe: folding, fingerprints, MinHash signatures and LSH band keys."""

from __future__ import annotations

import hashlib
import itertools
import json
import random
from pathlib import Path

import pytest

from newscrawl import dedupe
from newscrawl.clean import strip_ruby_artifacts
from newscrawl.testsite.generator import Site, to_traditional

SITE = Site(n_articles=30)


def _body(idx: int) -> str:
    return "\n\n".join(SITE._paragraphs(idx))


ZH = [_body(i) for i in range(30) if i % 3 != 1]  # zh and legacy templates: Chinese bodies
EN = [_body(i) for i in range(30) if i % 3 == 1]


def _near_dup(a: str, b: str) -> bool:
    sa, sb = dedupe.signature(a), dedupe.signature(b)
    shared = set(dedupe.band_keys(sa)) & set(dedupe.band_keys(sb))
    return bool(shared) and dedupe.similarity(sa, sb) >= dedupe.THRESHOLD


# --------------------------------------------------------------------------- fold
def test_fold_traditional_equals_simplified() -> None:
    for text in ZH:
        assert dedupe.fold(to_traditional(text)) == dedupe.fold(text)
    assert dedupe.fold("據瞭解，會議強調") == dedupe.fold("据了解，会议强调")


def test_fold_drops_ruby_artifacts() -> None:
    assert dedupe.fold("科學(xué)精準(zhǔn)") == dedupe.fold("科学精准") == "科学精准"
    assert dedupe.fold("經（jīng）濟（jì）") == "经济"
    assert dedupe.fold("首席执行官(CEO)") == "首席执行官ceo"  # not pinyin: kept


def test_fold_ignores_whitespace_punctuation_case_and_width() -> None:
    assert dedupe.fold("Hello,  World!\n") == dedupe.fold("hello world") == "helloworld"
    assert dedupe.fold("ＡＢＣ　１２３。") == "abc123"
    assert dedupe.fold("“会议强调，要……”\u3000（记者）") == "会议强调要记者"
    assert dedupe.fold("Straße") == "strasse"
    assert dedupe.fold("") == ""


@pytest.mark.parametrize(
    "text",
    [
        "e\u0301t\u00e9",  # combining accent composes under NFKC
        "ｶﾞｷﾞ",  # half-width katakana with a voiced mark
        "\u1100\u1161\u11a8 한국",  # conjoining Hangul jamo
        "emoji 😀 and 𠀀 (astral)",
        "ﬁ ½ ① ㈱",  # compatibility characters that expand
        "lone \ud800 surrogate",
    ],
)
def test_fold_fast_path_matches_definition(text: str) -> None:
    assert dedupe.fold(text) == dedupe._fold_str(strip_ruby_artifacts(text))


def test_fold_fast_path_matches_definition_on_random_text() -> None:
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(chr(rng.randrange(0x20, 0x10000)) for _ in range(rng.randint(1, 8)))
        assert dedupe.fold(text) == dedupe._fold_str(strip_ruby_artifacts(text))


# --------------------------------------------------------------------------- fingerprint
def test_fingerprint_equal_for_renderings_of_one_text() -> None:
    text = ZH[0]
    fp = dedupe.fingerprint(text)
    assert len(fp) == 64 and int(fp, 16) >= 0
    assert dedupe.fingerprint(to_traditional(text)) == fp
    assert dedupe.fingerprint(text.replace("，", ", ").replace("\n\n", "\n")) == fp
    assert dedupe.fingerprint(ZH[1]) != fp
    assert fp == hashlib.sha256(dedupe.fold(text).encode()).hexdigest()


# --------------------------------------------------------------------------- signature
def test_signature_is_deterministic_and_fixed_length() -> None:
    for text in (ZH[0], EN[0], "short", ""):
        sig = dedupe.signature(text)
        assert sig == dedupe.signature(text)
        assert len(sig) == 4 * dedupe.NUM_PERM
    # Same bytes in every process and run (no salted hash()); if this changes, stored
    # signatures and band keys must be recomputed.
    golden = hashlib.sha256(dedupe.signature("新闻去重 dedupe test 2024")).hexdigest()
    assert golden == GOLDEN_SIGNATURE_SHA256


GOLDEN_SIGNATURE_SHA256 = "aab0a60b589a0c90192bb6c8e4c848a361ec3bba04ccf020c4d652373cb100ab"


def test_digest_matches_the_separate_functions() -> None:
    d = dedupe.digest(ZH[2])
    assert d.fingerprint == dedupe.fingerprint(ZH[2])
    assert d.signature == dedupe.signature(ZH[2])
    assert d.band_keys == dedupe.band_keys(d.signature)


def _sentences(text: str) -> list[str]:
    return [s + "。" for s in text.split("。") if s.strip()]


def test_near_duplicates_are_flagged() -> None:
    base = ZH[3]
    sents = _sentences(base)
    variants = {
        "byline": base + "（记者 张三）",
        "editor": base + "\n\n责任编辑：李四",
        "dropped sentence": "".join(sents[:3] + sents[4:]),
        "typos": base.replace("会议", "会义", 1).replace("1", "7", 2),
        "traditional": to_traditional(base),
        "spacing": base.replace("，", ", ").replace("\n\n", " "),
    }
    for kind, variant in variants.items():
        sim = dedupe.similarity(dedupe.signature(base), dedupe.signature(variant))
        assert sim >= dedupe.THRESHOLD, kind
        assert _near_dup(base, variant), kind
    english = EN[0]
    assert _near_dup(english, "By Maria Thompson\n\n" + english + "\n\nEdited by James Chen")


def test_hard_negatives_are_not_flagged() -> None:
    # different articles of one language share the generator's sentence pools: every pair
    for group in (ZH, EN):
        sigs = [dedupe.signature(t) for t in group]
        worst = max(dedupe.similarity(a, b) for a, b in itertools.combinations(sigs, 2))
        assert worst < dedupe.THRESHOLD
        for a, b in itertools.combinations(group, 2):
            assert not _near_dup(a, b)
    quote = "“" + ZH[9].replace("\n\n", "")[:250] + "”"  # one long passage quoted in both
    assert not _near_dup(ZH[10] + "\n\n" + quote, quote + "\n\n" + ZH[11])


# --------------------------------------------------------------------------- band keys
def test_band_keys_are_signed_64_bit_and_banded() -> None:
    sig = dedupe.signature(ZH[4])
    keys = dedupe.band_keys(sig)
    assert len(keys) == dedupe.BANDS
    assert all(-(2**63) <= k < 2**63 for k in keys)
    assert [(k & (2**64 - 1)) >> 58 for k in keys] == list(range(dedupe.BANDS))
    assert dedupe.band_keys(bytes(sig)) == keys  # identical signatures share every key
    other = dedupe.band_keys(dedupe.signature(ZH[5]))
    assert not set(keys) & set(other)


def test_band_keys_of_equal_bands_differ_between_bands() -> None:
    keys = dedupe.band_keys(bytes(4 * dedupe.NUM_PERM))  # every band holds the same slots
    assert len(set(keys)) == dedupe.BANDS


# --------------------------------------------------------------------------- short texts
def test_short_texts() -> None:
    empty, tiny = dedupe.signature(""), dedupe.signature("a")
    assert len(empty) == len(tiny) == 4 * dedupe.NUM_PERM
    assert dedupe.similarity(tiny, dedupe.signature("A!")) == 1.0
    assert dedupe.similarity(dedupe.signature("abc"), dedupe.signature("xyz")) == 0.0
    a = dedupe.signature("会议强调要加强统筹调度压实各方责任")
    b = dedupe.signature("会议强调要加强统筹调度压实各方责仼")  # last character differs
    assert 0.5 < dedupe.similarity(a, b) < 1.0
    assert dedupe.similarity(a, dedupe.signature("记者在施工现场看到工人们正在调试新设备")) < 0.2


def test_similarity_rejects_mismatched_lengths() -> None:
    with pytest.raises(ValueError):
        dedupe.similarity(b"\0" * 8, b"\0" * 12)


# --------------------------------------------------------------------------- real pages
_REAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "benchmarks" / "extraction"
REAL = _REAL if _REAL.is_dir() else Path("/work/shared/benchmarks/extraction")


def _real_bodies() -> dict[str, str]:
    """Expected bodies of the magichtml zh/en pages (>= 300 characters), by page id."""
    if not REAL.is_dir():
        pytest.skip(f"shared benchmark set not present: {REAL}")
    out = {}
    for path in sorted((REAL / "magichtml").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("lang") in ("zh", "en") and len(data["body_text"]) >= 300:
            out[path.stem] = data["body_text"]
    return out


def test_real_syndicated_copies_are_near_duplicates() -> None:
    """A People's Daily story as another portal would carry it: its own source line, the
    editor line dropped, one paragraph cut, traditional script."""
    base = _real_bodies()["1e20e0271231de85fba26cef6db2bedebf916402368a4602c5adb5b2acf722e1"]
    paras = base.split("\n")
    assert paras[0].startswith("5月9日，国务院新闻办举行")  # the page, as read by hand
    copies = {
        "source line": "来源：河南日报\n" + base,
        "paragraph cut": "\n".join(paras[:5] + paras[6:]),
        "traditional": to_traditional(base),
    }
    for kind, copy in copies.items():
        assert _near_dup(base, copy), kind
    assert dedupe.fingerprint(to_traditional(base)) == dedupe.fingerprint(base)


def test_real_articles_are_not_near_duplicates() -> None:
    bodies = list(_real_bodies().values())
    assert len(bodies) > 100  # 103 on the development set
    sigs = [dedupe.signature(t) for t in bodies]
    assert max(dedupe.similarity(a, b) for a, b in itertools.combinations(sigs, 2)) < 0.2
