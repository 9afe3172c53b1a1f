"""The scoring rules of ../shared/data/README.md, in one place.

ROUGE tokens: NFC, lowercase, ``re.findall(r"\\w+")``; no stemming. ROUGE-N
and ROUGE-L are F1 per summary; with several references, the mean of the
per-reference F1. Clustering: B-cubed and pairwise P/R/F1. Classification:
accuracy and macro-F1.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

_WORD = re.compile(r"\w+")


def rouge_tokens(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text or "").lower())


def _f1(overlap: float, n_pred: int, n_ref: int) -> float:
    if overlap <= 0 or n_pred == 0 or n_ref == 0:
        return 0.0
    p, r = overlap / n_pred, overlap / n_ref
    return 2 * p * r / (p + r)


def _ngrams(toks: Sequence[str], n: int) -> Counter:
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def rouge_n(pred: Sequence[str], ref: Sequence[str], n: int) -> float:
    p, r = _ngrams(pred, n), _ngrams(ref, n)
    overlap = sum((p & r).values())
    return _f1(overlap, sum(p.values()), sum(r.values()))


def _lcs(a: Sequence[str], b: Sequence[str]) -> int:
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(pred: Sequence[str], ref: Sequence[str]) -> float:
    return _f1(_lcs(pred, ref), len(pred), len(ref))


def rouge(pred: str, refs: str | Sequence[str]) -> dict[str, float]:
    """ROUGE-1/2/L F1 of one prediction, mean over its references."""
    if isinstance(refs, str):
        refs = [refs]
    pt = rouge_tokens(pred)
    scores = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
    if not refs:
        return scores
    for ref in refs:
        rt = rouge_tokens(ref)
        scores["rouge1"] += rouge_n(pt, rt, 1)
        scores["rouge2"] += rouge_n(pt, rt, 2)
        scores["rougeL"] += rouge_l(pt, rt)
    return {k: v / len(refs) for k, v in scores.items()}


def mean_rouge(pairs: Sequence[tuple[str, str | Sequence[str]]]) -> dict[str, float]:
    """Mean ROUGE over (prediction, references) items."""
    total = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
    for pred, refs in pairs:
        for k, v in rouge(pred, refs).items():
            total[k] += v
    n = max(len(pairs), 1)
    return {k: v / n for k, v in total.items()}


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """B-cubed precision, recall, F1 over the items of ``gold``."""
    items = [i for i in gold if i in pred]
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for i in items:
        by_pred[pred[i]].add(i)
        by_gold[gold[i]].add(i)
    p = r = 0.0
    for i in items:
        pc, gc = by_pred[pred[i]], by_gold[gold[i]]
        both = len(pc & gc)
        p += both / len(pc)
        r += both / len(gc)
    n = max(len(items), 1)
    p, r = p / n, r / n
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def pairwise(pred: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """Precision, recall, F1 over all pairs of items put together."""
    items = [i for i in gold if i in pred]

    def pairs_of(labels: Mapping[str, str]) -> int:
        return sum(c * (c - 1) // 2 for c in Counter(labels[i] for i in items).values())

    joint = Counter((pred[i], gold[i]) for i in items)
    tp = sum(c * (c - 1) // 2 for c in joint.values())
    n_pred, n_gold = pairs_of(pred), pairs_of(gold)
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def pair_precision_recall(pred_pairs: set[frozenset], gold_pairs: set[frozenset]) -> dict[str, float]:
    """Near-duplicate scoring: precision and recall over unordered pairs."""
    tp = len(pred_pairs & gold_pairs)
    p = tp / len(pred_pairs) if pred_pairs else 1.0
    r = tp / len(gold_pairs) if gold_pairs else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "predicted": len(pred_pairs), "gold": len(gold_pairs)}


def classification(pred: Sequence[str], gold: Sequence[str]) -> dict[str, float]:
    """Accuracy and macro-F1 over the gold labels."""
    if not gold:
        return {"accuracy": 0.0, "macro_f1": 0.0}
    acc = sum(p == g for p, g in zip(pred, gold)) / len(gold)
    f1s = []
    for label in sorted(set(gold)):
        tp = sum(p == label and g == label for p, g in zip(pred, gold))
        fp = sum(p == label and g != label for p, g in zip(pred, gold))
        fn = sum(p != label and g == label for p, g in zip(pred, gold))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return {"accuracy": acc, "macro_f1": sum(f1s) / len(f1s)}
