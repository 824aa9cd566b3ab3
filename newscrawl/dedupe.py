"""Content dedupe: fingerprint of folded text, MinHash signature, LSH band keys (pure functions).

numpy one-permutation MinHash, chosen over datasketch (~20x slower) in benchmarks/dedupe_bench.py.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from newscrawl.clean import strip_ruby_artifacts, t2s_table

# Chosen with benchmarks/dedupe_bench.py --sweep: on 3,000 labelled pairs from the test-site
# generator (positives: byline/editor lines, dropped sentences, typos, traditional script, ruby
# pinyin, spacing, combinations; hard negatives: most similar same-template articles, articles
# sharing a quoted passage) "shares a band key and similarity >= t" has P = R = 1.0 for t in
# 0.35-0.70 (P >= 0.99, R >= 0.95 for 0.30-0.84); on 100,000 recombined articles with 10%
# planted edited copies: 2.3 LSH candidates per article, no false flag, 99.96% of copies found.
# * SHINGLE 8: the generator's bodies share sentence pools, so short shingles make unrelated
#   articles look alike (random English pairs: Jaccard 0.22 at k=5, 0.16 at k=8) and flood
#   the LSH buckets; at k=8 edited copies stay >= 0.72 and hard negatives <= 0.30.
# * 20 bands x 6 rows: P(candidate) = 1 - (1 - J^6)^20 is 0.92 at J=0.7 and 0.98 at 0.75 but
#   ~0 at J <= 0.3 (4-5 rows: 10-100 candidates per article; 7 rows: more copies missed).
# * THRESHOLD 0.5: mid-way between hard negatives (estimates <= 0.36) and copies (>= 0.71).
SHINGLE = 8
BANDS = 20
ROWS = 6
NUM_PERM = BANDS * ROWS  # 120 uint32 slots: a 480-byte signature
THRESHOLD = 0.5

_M64 = (1 << 64) - 1
_NON_WORD = re.compile(r"[\W_]+")
_LUT_SIZE = 0x10000  # the fast path covers the BMP; other texts take the string path
_COMPLEX = 0xFFFFFFFF  # LUT marker: this character needs the string path
_LUT: npt.NDArray[np.uint32] | None = None


def _fold_str(text: str) -> str:
    """The definition of ``fold`` on strings (after ruby stripping); the slow path."""
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", text).casefold().translate(t2s_table()))


def _lut() -> npt.NDArray[np.uint32]:
    """Per BMP character: its folded character, 0 if dropped, ``_COMPLEX`` if folding it alone
    could differ from folding it in context (combining, composing, or folding to 2+ chars).
    A character NFKC spells with several that all fold away (``…`` is ``...``) is dropped:
    none of them combines or composes with a neighbour, so it folds to nothing anywhere."""
    global _LUT
    if _LUT is None:
        unsafe = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))  # Hangul V/T jamo
        for cp in range(_LUT_SIZE):  # second characters of canonical compositions
            parts = unicodedata.decomposition(chr(cp)).split()
            if len(parts) == 2 and not parts[0].startswith("<"):
                unsafe.add(int(parts[1], 16))
        t2s = t2s_table()
        table: list[int] = []  # filled as a list: numpy item assignment costs 4x more
        for cp in range(_LUT_SIZE):
            ch = chr(cp)
            norm = unicodedata.normalize("NFKC", ch)
            if (
                len(norm) != 1
                or len(case := norm.casefold()) != 1
                or unicodedata.combining(ch)
                or unicodedata.combining(norm)
                or cp in unsafe
                or ord(norm) in unsafe
            ):
                table.append(0 if _folds_away(ch, norm, unsafe) else _COMPLEX)
            else:  # _fold_str(ch), from the one character already normalised and casefolded
                folded = case.translate(t2s)
                table.append(0 if _NON_WORD.match(folded) else ord(folded))
        _LUT = np.array(table, dtype=np.uint32)
    return _LUT


def _folds_away(ch: str, norm: str, unsafe: set[int]) -> bool:
    """Whether ``ch`` (NFKC: ``norm``) folds to nothing in any context: none of its characters
    combines or composes with a neighbour, and they all fold away (``…`` is ``...``)."""
    return (
        not _fold_str(ch)
        and ord(ch) not in unsafe
        and not any(unicodedata.combining(c) or ord(c) in unsafe for c in (ch, *norm))
    )


def _fold_cps(text: str) -> npt.NDArray[np.uint32]:
    """``fold(text)`` as an array of code points; a table lookup for nearly all texts."""
    if "(" in text or "\uff08" in text:
        text = strip_ruby_artifacts(text)
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    if cps.size and int(cps.max()) < _LUT_SIZE:
        mapped: npt.NDArray[np.uint32] = _lut()[cps]
        if not (mapped == _COMPLEX).any():
            kept: npt.NDArray[np.uint32] = mapped[mapped != 0]
            return kept
    elif not cps.size:
        return np.zeros(0, dtype=np.uint32)
    return np.frombuffer(_fold_str(text).encode("utf-32-le", "surrogatepass"), "<u4").astype(
        np.uint32
    )


def _to_str(cps: npt.NDArray[np.uint32]) -> str:
    return cps.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")


def fold(text: str) -> str:
    """Comparison form of a text: ruby pinyin dropped (``學(xué)`` → ``學``), NFKC, casefolded,
    traditional → simplified, and only letters and digits kept (no spaces, punctuation,
    symbols)."""
    return _to_str(_fold_cps(text))


def fingerprint(text: str) -> str:
    """Hex SHA-256 of ``fold(text)``: equal for texts that differ only in script, case,
    spacing, punctuation or ruby artifacts."""
    return hashlib.sha256(fold(text).encode("utf-8")).hexdigest()


def content_hash(title: str, body: str) -> str:
    """The article's text identity for versioning: :func:`fingerprint` of title and body. A
    change of either words is a new version; a change of script, spacing or punctuation is not.
    (``fingerprint`` alone, of the body, finds the same text under another URL.)"""
    return fingerprint(f"{title}\n{body}")


# --------------------------------------------------------------------------- MinHash
def _splitmix(x: int) -> int:
    x = (x + 0x9E3779B97F4A7C15) & _M64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _M64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _M64
    return x ^ (x >> 31)


def _mix(h: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """SplitMix64's finaliser, in place."""
    h ^= h >> np.uint64(30)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(27)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(31)
    return h


_BASE = 0x100000001B3  # odd multiplier of the polynomial shingle hash
_SEED = np.uint64(0x5DEECE66D2545F49)
_EMPTY = np.uint64(_M64)


def _shingle_hashes(cps: npt.NDArray[np.uint32], k: int) -> npt.NDArray[np.uint64]:
    """64-bit hash of every k-character window: a polynomial over the code points, windows
    built by doubling (log2(k) vector passes), then mixed."""
    h = cps.astype(np.uint64) if len(cps) else np.zeros(1, np.uint64)
    k = min(k, len(h))  # a text shorter than one shingle is its own only shingle
    n = len(h) - k + 1
    acc = np.zeros(n, np.uint64)
    width, step = 0, 1
    while True:  # h holds the windows of length `step`; acc those of length `width`
        if k & step:
            acc = acc * np.uint64(pow(_BASE, step, 1 << 64)) + h[width : width + n]
            width += step
        if width == k:
            return _mix(acc + _SEED)
        h = h[:-step] * np.uint64(pow(_BASE, step, 1 << 64)) + h[step:]
        step *= 2


class _Bins:
    """Per ``num_perm``: for each bin, a fixed pseudo-random permutation of all bins, the order
    in which an empty bin looks for one to borrow from (so it always finds one)."""

    def __init__(self, num_perm: int) -> None:
        orders = [
            sorted(range(num_perm), key=lambda a: _splitmix(b << 32 | a)) for b in range(num_perm)
        ]
        self.donors = np.array(orders, dtype=np.intp)


_BINS: dict[int, _Bins] = {}


def _oph(h: npt.NDArray[np.uint64], num_perm: int) -> npt.NDArray[np.uint32]:
    """One-permutation MinHash: the high 32 bits of each hash pick one of ``num_perm`` bins,
    each bin keeps its smallest hash; empty bins borrow from others (optimal densification,
    Shrivastava 2017), so short texts still get comparable full signatures."""
    mins = np.full(num_perm, _EMPTY)
    np.minimum.at(
        mins, ((h >> np.uint64(32)) * np.uint64(num_perm) >> np.uint64(32)).astype(np.intp), h
    )
    values = (mins & np.uint64(0xFFFFFFFF)).astype("<u4")
    filled = mins != _EMPTY
    if not filled.all():
        bins = _BINS.get(num_perm) or _BINS.setdefault(num_perm, _Bins(num_perm))
        empty = np.flatnonzero(~filled)
        order = bins.donors[empty]
        values[empty] = values[order[np.arange(len(empty)), np.argmax(filled[order], axis=1)]]
    return values


def _signature(cps: npt.NDArray[np.uint32], k: int = SHINGLE, num_perm: int = NUM_PERM) -> bytes:
    return _oph(_shingle_hashes(cps, k), num_perm).tobytes()


def signature(text: str) -> bytes:
    """MinHash signature of ``fold(text)``'s ``SHINGLE``-character shingles: ``NUM_PERM``
    little-endian uint32 values (``4 * NUM_PERM`` bytes), the same in every process."""
    return _signature(_fold_cps(text))


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal slots."""
    if len(a) != len(b):
        raise ValueError("signatures of different lengths")
    x, y = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    return int(np.count_nonzero(x == y)) / len(x)


_POSITION = np.array([_splitmix(i) for i in range(4096)], dtype=np.uint64)
_BAND_SHIFT = np.uint64(58)  # keys keep the band index in their top 6 bits


def _band_keys(sig: bytes, bands: int, rows: int) -> list[int]:
    values = np.frombuffer(sig, "<u4")[: bands * rows].astype(np.uint64)
    mixed = _mix(values + _POSITION[: bands * rows]).reshape(bands, rows).sum(axis=1)
    keys = _mix(mixed) >> np.uint64(64 - int(_BAND_SHIFT))
    keys |= np.arange(bands, dtype=np.uint64) << _BAND_SHIFT
    return keys.view(np.int64).tolist()  # type: ignore[no-any-return]


def band_keys(sig: bytes) -> list[int]:
    """One signed 64-bit LSH key per band (``BANDS`` of ``ROWS`` slots): a hash of the band's
    slots in the low 58 bits, the band index in the top 6, so keys of different bands never
    collide."""
    return _band_keys(sig, BANDS, ROWS)


class Digest(NamedTuple):
    """Everything the dedupe stores for one text, computed with a single ``fold``."""

    fingerprint: str
    signature: bytes
    band_keys: list[int]


def digest(text: str) -> Digest:
    """``fingerprint``, ``signature`` and ``band_keys`` of one text, folding it only once."""
    cps = _fold_cps(text)
    sig = _signature(cps)
    return Digest(hashlib.sha256(_to_str(cps).encode("utf-8")).hexdigest(), sig, band_keys(sig))
