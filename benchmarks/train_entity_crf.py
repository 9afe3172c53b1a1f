"""Train the CRF of `bantin.pipeline.entity_crf` and score it on unseen sets.

    PYTHONPATH=src python benchmarks/train_entity_crf.py [--test SETS] [--cv] [--no-write]

Reads the annotated development sets as ``benchmarks/train_entity_model.py``
does (the gold set, dev2 ... devN and the retired first held-out set; never
a numbered held-out set; only the annotated window of each article, and only
person / agency / organization). For each article it runs the rules
(`rule_entities`, with the shipped run classifier), cuts the tokens into the
stretches `entity_crf.segments` tags, and builds their features
(`entity_crf.features`) and BIO labels from the gold spans. It then trains
the CRF with ``underthesea_core`` (L-BFGS, L1 ``--l1``, L2 ``--l2``), reads
its weights back with python-crfsuite (``pip install -e '.[train]'``) and
writes ``src/bantin/data/entity_crf.json.gz``: the labels, the transition
weights, the non-zero weights of each attribute, the settings and the SHA-256
of every training file (a test checks these against the files and against
the held-out list). A re-run gives the same model but for the sixth decimal
of a few dozen weights (python-crfsuite reads weights to six decimals; the
trainer's sums are not bit-for-bit repeatable).

``--test heldout3,...,heldout13`` (or ``held-outs``) scores the rules and the
rules + the new CRF on sets it was not trained on; ``--cv`` runs 5-fold
cross-validation over the training articles instead of writing.

Caveat: the run classifier was trained on the same development articles, so
the rule labels the CRF sees while training are in-sample for that part and
better than on unseen text; the held-out sets are where to judge it.

History: first tried in session 3 on 222 articles, where it gained nothing
(person F1 +0.002, agency + organization -0.003 in CV) and was left out. In
session 9, trained on 2,628 articles (gold, dev2-dev52, heldout; l1 0.05,
l2 0.01), it lifted the eleven held-out sets 3-13 pooled (1,047 articles):
person 0.948/0.896 → 0.956/0.904, agency 0.908/0.854 → 0.895/0.883,
organization 0.880/0.839 → 0.889/0.853, agency + organization 0.907/0.859 →
0.908/0.881; and dev53-dev56 on arrival (200 articles): person 0.962/0.901 →
0.968/0.912, organization 0.893/0.820 → 0.905/0.836. The shipped model is
trained on dev2-dev62 (3,128 articles); see docs/results.md.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import entities_quality as q  # noqa: E402
import train_entity_model as tem  # noqa: E402

from bantin.pipeline import entity_crf as ec  # noqa: E402
from bantin.pipeline.entities import rule_entities  # noqa: E402

DATA = ROOT / "src" / "bantin" / "data"
OUT = DATA / "entity_crf.json.gz"
KINDS = ec.KINDS
L1, L2, ITERS, MIN_COUNT = 0.05, 0.01, 200, 1


def build(items) -> list[dict]:
    """Per article: dict(text, ents (the rules'), not_people, segs [(a, b, X, y)],
    gold, window)."""
    out = []
    for _ds, _id, text, gold, window, _kinds in items:
        not_people: list = []
        ents = rule_entities(text, not_people)
        toks = ec.tokens(text)
        starts = {s: i for i, (s, _e) in enumerate(toks)}
        ends = {e: i for i, (_s, e) in enumerate(toks)}
        lab = ["O"] * len(toks)
        g3 = [(s[0], s[1], s[2]) for s in gold if s[2] in KINDS]
        for s, e, k in g3:
            if s in starts and e in ends:
                i, j = starts[s], ends[e]
                lab[i] = "B-" + k
                for t in range(i + 1, j + 1):
                    lab[t] = "I-" + k
        segs = []
        for a, b in ec.segments(text, toks):
            if window is not None:
                if toks[a][0] >= window:
                    continue
                while b > a and toks[b - 1][1] > window:
                    b -= 1
                if b <= a:
                    continue
            segs.append((a, b, ec.features(text, toks, a, b, ents), lab[a:b]))
        out.append({"text": text, "ents": ents, "not_people": not_people, "segs": segs,
                    "gold": g3, "window": window})
    return out


def train(arts, l1=L1, l2=L2, iters=ITERS, min_count=MIN_COUNT):
    """A CRF over the features seen at least ``min_count`` times (rarer ones,
    mostly word pairs, would only fill the model file)."""
    from collections import Counter

    from underthesea_core import CRFTrainer
    X = [s[2] for x in arts for s in x["segs"]]
    if min_count > 1:
        seen = Counter(f for fs in itertools.chain.from_iterable(X) for f in fs)
        X = [[[f for f in fs if seen[f] >= min_count] for fs in seq] for seq in X]
    y = [s[3] for x in arts for s in x["segs"]]
    tr = CRFTrainer(loss_function="lbfgs", l1_penalty=l1, l2_penalty=l2,
                    max_iterations=iters, verbose=0)
    return tr.train(X, y)


def load_tagger(path: Path):
    from underthesea_core import CRFTagger
    t = CRFTagger()
    t.load(str(path))
    return t


def score(arts, tagger=None) -> dict:
    """`entities_quality.score` of the rules (``tagger`` None) or of the rules
    refined by ``tagger``, inside each article's window."""
    items, preds = [], []
    for x in arts:
        ents = x["ents"] if tagger is None else \
            ec.refine(x["text"], x["ents"], tagger, not_people=x["not_people"])
        w = x["window"]
        items.append((None, None, x["text"], x["gold"], w))
        preds.append([(e.start, e.end, e.kind) for e in ents if e.kind in KINDS
                      and (w is None or e.start < w)])
    return q.score(items, preds)


def report(title: str, base: dict, crf: dict) -> None:
    print(title)
    print(f"  {'kind':22} {'rules P / R':16} {'rules + CRF P / R':18} gold")
    for g in (*KINDS, "agency+organization"):
        b, c = base[g], crf[g]
        print(f"  {g:22} {b['p']:.3f} / {b['r']:.3f}    {c['p']:.3f} / {c['r']:.3f}      "
              f"{b['gold']}")


def cross_validate(arts, folds=5, l1=L1, l2=L2, iters=ITERS, min_count=MIN_COUNT) -> None:
    idx = list(range(len(arts)))
    random.Random(7).shuffle(idx)
    tagged = [None] * len(arts)
    for k in range(folds):
        test = set(idx[k::folds])
        model = train([x for i, x in enumerate(arts) if i not in test], l1, l2, iters, min_count)
        with tempfile.TemporaryDirectory() as d:
            p = Path(d) / "m.crfsuite"
            model.save(str(p))
            tagger = load_tagger(p)
        for i in test:
            x = arts[i]
            tagged[i] = dict(x, ents=ec.refine(x["text"], x["ents"], tagger,
                                               not_people=x["not_people"]))
    report(f"CV {folds} folds, l1 {l1} l2 {l2}", score(arts), score(tagged))


def export(path: Path) -> dict:
    """The CRFsuite model at ``path`` as `entity_crf.Tagger`'s arrays: its
    labels, transition weights and, per attribute, the labels it weighs
    (read with python-crfsuite, a training-time dependency: ``pip install
    -e '.[train]'``)."""
    import pycrfsuite
    t = pycrfsuite.Tagger()
    t.open(str(path))
    info = t.info()
    labels = list(t.labels())
    index = {lab: k for k, lab in enumerate(labels)}
    trans = [[0.0] * len(labels) for _ in labels]
    for (a, b), w in info.transitions.items():
        trans[index[a]][index[b]] = w
    attrs: dict[str, list] = {}
    for (a, lab), w in info.state_features.items():
        if w:
            attrs.setdefault(a, []).append([index[lab], w])
    t.close()
    return {"labels": labels, "transitions": trans,
            "attributes": {a: sorted(attrs[a]) for a in sorted(attrs)}}


def write_model(model: dict, out: Path | None = None) -> None:
    """gzip with no timestamp, so equal models give equal bytes."""
    raw = json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    (out or OUT).write_bytes(gzip.compress(raw, mtime=0))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cv", action="store_true", help="cross-validate instead of writing")
    ap.add_argument("--no-write", action="store_true", help="train, but do not ship")
    ap.add_argument("--test", default="",
                    help="comma-separated sets to score the new model on ('held-outs': all of them)")
    ap.add_argument("--l1", type=float, default=L1)
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--iters", type=int, default=ITERS)
    ap.add_argument("--min-count", type=int, default=MIN_COUNT,
                    help="drop features seen fewer times in training")
    args = ap.parse_args()
    ec.set_tagger(None)  # the rules alone give the features
    t0 = time.time()
    arts = build(tem.annotated_items())
    print(f"{len(arts)} articles, {sum(len(x['segs']) for x in arts)} stretches, "
          f"{sum(b - a for x in arts for a, b, _X, _y in x['segs'])} tokens; "
          f"features in {time.time() - t0:.0f} s", flush=True)
    if args.cv:
        cross_validate(arts, l1=args.l1, l2=args.l2, iters=args.iters, min_count=args.min_count)
        return
    model = train(arts, args.l1, args.l2, args.iters, args.min_count)
    print(f"trained in {time.time() - t0:.0f} s", flush=True)
    path = Path(tempfile.gettempdir()) / f"entity_crf_{os.getpid()}.crfsuite"
    model.save(str(path))
    if not args.no_write:
        write_model(dict(export(path), settings={
            "l1": args.l1, "l2": args.l2, "iterations": args.iters,
            "min_count": args.min_count, "context": ec.CONTEXT},
            trained_on={p.name: _sha(p) for p in tem.training_files()}))
        print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")
    if args.test:
        names = list(q.HELDOUTS) if args.test == "held-outs" else args.test.split(",")
        rows = []
        for n in names:
            rows += q.load_heldout(q.ROOT / "tests" / "data" / f"entities_{n}.jsonl")
        test = build([(r[0], r[1], r[2], r[3], r[4], None) for r in rows])
        report(f"{', '.join(names)} ({len(test)} articles)", score(test),
               score(test, load_tagger(path)))
    path.unlink()


if __name__ == "__main__":
    main()
