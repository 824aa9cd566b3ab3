"""Body-text metric of the article-extraction-benchmark (AEB): 4-token shingle multisets,
per-page normalised TP/FP/FN, F1 of mean precision and mean recall; CJK characters are tokens."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

SHINGLE = 4

# One token per ideograph / kana / hangul syllable; AEB's \w+ runs for everything else.
CJK_RANGES = (
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uac00-\ud7af"  # hangul syllables
    "\U00020000-\U0003134f"  # CJK extensions B..G
)
_TOKEN_RE = re.compile(rf"[{CJK_RANGES}]|[^\W{CJK_RANGES}]+")
CJK_RE = re.compile(f"[{CJK_RANGES}]")


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    n: int  #: pages scored (pairs given)


def tokenize(text: str | None) -> list[str]:
    """Tokens of ``text``: each CJK character alone, otherwise ``\\w+`` runs (AEB's rule)."""
    return _TOKEN_RE.findall(text or "")


def shingles(tokens: list[str], n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Multiset of ``n``-token shingles; fewer than ``n`` tokens give one shorter shingle."""
    if len(tokens) < n:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_counts(truth: str | None, pred: str | None) -> tuple[float, float, float]:
    """``(TP, FP, FN)`` of one page, divided by TP+FP+FN (all zero if both texts are empty)."""
    true_sh, pred_sh = shingles(tokenize(truth)), shingles(tokenize(pred))
    tp = sum((true_sh & pred_sh).values())
    fp = sum((pred_sh - true_sh).values())
    fn = sum((true_sh - pred_sh).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def page_precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def page_recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def score_counts(counts: Iterable[tuple[float, float, float]]) -> Score:
    """Aggregate per-page ``(TP, FP, FN)``: means over pages where each ratio is defined."""
    triples = list(counts)
    precisions = [page_precision(*t) for t in triples if t[0] + t[1] > 0]
    recalls = [page_recall(*t) for t in triples if t[0] + t[2] > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return Score(precision=p, recall=r, f1=f1, n=len(triples))


def score(pairs: Iterable[tuple[str, str]]) -> Score:
    """Score ``(truth, prediction)`` pairs, one per page."""
    return score_counts(page_counts(truth, pred) for truth, pred in pairs)
