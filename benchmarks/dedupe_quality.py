"""Near-duplicate quality and speed on vietnews-bench.

Gold pairs: bodies equal after normalization (lowercased word tokens) plus
perturbed copies generated here with a fixed seed, one per sampled original:

* ``cut``: 10–45 % of the paragraphs dropped (from the end, the start or the middle)
* ``reorder``: paragraphs shuffled
* ``headline``: a new headline, same body
* ``byline``: an agency tag ("TTO - ", "VOV.VN - ") and/or a byline line added
* ``mixed``: tag + cut + a sentence edited

Pairs are scored after transitive closure (union-find) on both sides. Pairs
of two *original* articles that the detector finds but the gold does not
know (the corpus has real near-duplicates that are not byte-equal) are not
counted as errors; they are counted and a sample is printed for inspection.

    PYTHONPATH=src python benchmarks/dedupe_quality.py [--limit 40000] [--copies 4000]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bantin.eval.datasets import load_articles, shared_data_dir  # noqa: E402
from bantin.eval.metrics import pair_precision_recall  # noqa: E402
from bantin.models import Article  # noqa: E402
from bantin.pipeline.dedupe import DedupeIndex, body_tokens  # noqa: E402
from bantin.pipeline.prepare import prepare  # noqa: E402

AGENCIES = ["TTO - ", "VOV.VN - ", "(Dân trí) - ", "(PLO)- ", "HÀ NỘI - ", "VTV.vn - "]
BYLINES = ["Theo TTXVN", "Nguyễn Minh Anh", "Ảnh: Hoàng Long", "Minh Châu (TTXVN)", "PV"]


def perturb(a: Article, kind: str, rng: random.Random) -> Article:
    paras = [p for p in a.text.split("\n") if p.strip()]
    title = a.title
    if kind in ("cut", "mixed") and len(paras) >= 3:
        k = max(1, int(len(paras) * rng.uniform(0.10, 0.45)))
        where = rng.choice(["end", "start", "middle"])
        if where == "end":
            paras = paras[:-k]
        elif where == "start":
            paras = paras[k:]
        else:
            i = rng.randrange(1, max(2, len(paras) - k))
            paras = paras[:i] + paras[i + k :]
    if kind == "reorder" and len(paras) >= 2:
        rng.shuffle(paras)
    if kind == "headline":
        title = "Cập nhật: " + " ".join(reversed(title.split()))
    if kind in ("byline", "mixed"):
        paras[0] = rng.choice(AGENCIES) + paras[0]
        if kind == "byline" or rng.random() < 0.5:
            paras.append(rng.choice(BYLINES))
    if kind == "mixed" and paras:
        i = rng.randrange(len(paras))
        paras[i] = re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + 1), paras[i], count=1) + " Nguồn tin cho biết thêm."
    return Article(title=title, text="\n".join(paras), ext_id=f"{a.ext_id}~{kind}")


def groups_to_pairs(groups: list[list[str]]) -> set[frozenset]:
    return {frozenset((g[i], g[j])) for g in groups for i in range(len(g)) for j in range(i + 1, len(g))}


def closure(pairs) -> list[list[str]]:
    parent: dict[str, str] = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    out = defaultdict(list)
    for x in parent:
        out[find(x)].append(x)
    return [g for g in out.values() if len(g) > 1]


def run(limit: int | None, copies: int, seed: int = 7, verbose: bool = True) -> dict:
    d = shared_data_dir() / "vietnews-bench"
    t0 = time.perf_counter()
    originals = [prepare(a) for a in load_articles(d, limit=limit)]
    t_prep = time.perf_counter() - t0
    rng = random.Random(seed)
    kinds = ["cut", "reorder", "headline", "byline", "mixed"]
    sample = rng.sample(originals, min(copies, len(originals)))
    gen, kind_of = [], {}
    for i, a in enumerate(sample):
        c = prepare(perturb(a, kinds[i % len(kinds)], rng))
        c.id = c.id + "~" + kinds[i % len(kinds)][0]
        gen.append((a.id, c))
        kind_of[c.id] = kinds[i % len(kinds)]
    # gold: exact normalized-body equality among originals, plus original–copy
    by_body = defaultdict(list)
    for a in originals:
        by_body[" ".join(body_tokens(a.norm_text))].append(a.id)
    gold_links = [(g[0], x) for g in by_body.values() for x in g[1:]] + [(o, c.id) for o, c in gen]
    gold = groups_to_pairs(closure(gold_links))
    # stream: originals in file order, the copies shuffled in after them
    stream = originals + [c for _, c in gen]
    tail = stream[len(originals):]
    rng.shuffle(tail)
    stream[len(originals):] = tail
    idx = DedupeIndex(capacity=10**9)
    pred_links = []
    t0 = time.perf_counter()
    for a in stream:
        dup = idx.add(a)
        if dup is not None:
            pred_links.append((dup.of, a.id))
    t_dedupe = time.perf_counter() - t0
    pred = groups_to_pairs(closure(pred_links))
    original_ids = {a.id for a in originals}
    unknown = {p for p in pred - gold if p <= original_ids}
    scored = pred - unknown
    res = pair_precision_recall(scored, gold)
    per_kind = {}
    for k in kinds:
        g = {frozenset((o, c.id)) for o, c in gen if kind_of[c.id] == k}
        per_kind[k] = len(g & pred) / max(len(g), 1)
    res.update(
        articles=len(stream), unknown_original_pairs=len(unknown), recall_by_kind=per_kind,
        dedupe_per_s=len(stream) / t_dedupe, prepare_per_s=len(originals) / t_prep,
        index_bytes=len(idx.to_bytes()),
    )
    if verbose:
        by_id = {a.id: a for a in stream}
        fps = sorted(scored - gold, key=str)[:5]
        for p in fps:
            x, y = sorted(p)
            print("  false pair:", by_id[x].title[:60], "||", by_id[y].title[:60])
        for p in sorted(unknown, key=str)[:8]:
            x, y = sorted(p)
            print("  original pair (not in gold):", by_id[x].title[:60], "||", by_id[y].title[:60])
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--copies", type=int, default=4000)
    args = ap.parse_args()
    r = run(args.limit, args.copies)
    print()
    print("| articles | gold pairs | predicted | precision | recall | F1 | dedupe art/s | index bytes |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| {r['articles']} | {r['gold']} | {r['predicted']} | {r['precision']:.4f} | {r['recall']:.4f} "
          f"| {r['f1']:.4f} | {r['dedupe_per_s']:.0f} | {r['index_bytes']:,} |")
    print()
    print("recall by perturbation:", {k: round(v, 4) for k, v in r["recall_by_kind"].items()})
    print("near-duplicate pairs between two originals (unlabelled, not scored):", r["unknown_original_pairs"])


if __name__ == "__main__":
    main()
