"""Train / cross-validate the CRF tagger of `benchmarks/entity_crf.py` (an experiment).

    PYTHONPATH=src python benchmarks/train_entity_crf.py [--cv] [--no-write]

Reads the annotated sets as ``benchmarks/train_entity_model.py`` does (gold,
dev2, dev3, dev4; never the held-out set; only the annotated window of each
article, and only person / agency / organization, which all four annotate).
For each article it runs the current extractor (rules + run classifier), cuts
the tokens into the segments `entity_crf.segments` tags, builds their
features (`entity_crf.features`) and BIO labels from the gold spans. ``--cv``
runs 5-fold cross-validation over articles (the same shuffle as the run
classifier's) and prints pooled exact P/R per kind for the extractor and for
the extractor with its person/agency/organization spans inside the tagged
segments replaced by the CRF's. Caveat: the shipped run classifier was
trained on these same articles, so the extractor's labels used as features
and as the baseline are in-sample for that part (both columns alike);
``--oof-model`` retrains the run classifier per fold (same split) instead.

Result (not wired in; exact pooled P/R/F1, 535 person / 319 agency / 461
organization gold spans, ``--oof-model --l1 0 --l2 0.1``, context 3):

    kind                 rules+model         CRF over the rules
    person               .952 .882 .916      .950 .888 .918
    agency               .957 .906 .931      .944 .903 .923
    organization         .928 .872 .899      .932 .868 .899
    agency+organization  .941 .887 .914      .939 .883 .910

Other settings (l1/l2 0.05/0.01, 0.3/0.001, 0/1.0; whole sentences; context
6; adding CRF spans only where no rule span overlaps) all stay within
+-0.006 F1 of the rules. With the shipped (in-sample) classifier: person
.958/.938 vs .962/.938, agency+organization .950/.917 vs .946/.914. Without
the rule labels as features (``--no-rule-features``) the CRF alone reaches
person .864/.714 and agency+organization .750/.567: 18,500 tagged tokens are
too few for it to learn more than the rules encode. Speed (3,000
vietnews-bench articles, ~196 tagged tokens each): features 1.5 ms + tagging
0.7 ms per article on top of the extractor's 0.7 ms.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import entity_crf as ec  # noqa: E402  (the experiment's tagger: beside this script, not in the library)
import train_entity_model as tem  # noqa: E402

from bantin.pipeline import entity_model as em  # noqa: E402
from bantin.pipeline.entities import extract_entities  # noqa: E402

OUT = ROOT / "src" / "bantin" / "data" / "entity_crf.crfsuite"
KINDS = ec.KINDS3
L1, L2, ITERS = 0.05, 0.01, 200


def oof_entities(items, folds=5) -> list:
    """The extractor's entities of each article with the run classifier
    trained on the other folds (the same split as `cross_validate`), so that
    neither the CRF's features nor the baseline use an in-sample classifier."""
    shipped = em.model()
    ec._lexicon()  # the mined lexicon's filter reads the shipped capitalization table
    exs = tem.examples(items, shipped.capratio)
    idx = list(range(len(items)))
    random.Random(7).shuffle(idx)
    out = [None] * len(items)
    for k in range(folds):
        test = set(idx[k::folds])
        m = tem.fit([x for i, x in enumerate(exs) if i not in test], shipped.capratio,
                    tem.THRESHOLDS)
        em.set_model(m)
        for i in test:
            out[i] = extract_entities(items[i][2])
    em.set_model(shipped)
    return out


def build(items, capratio, use_rules=True, ents_list=None):
    """Per article: dict(text, toks, segs [(a, b, X, y)], rules, gold, window)."""
    out = []
    unaligned = 0
    for n, (_ds, _id, text, gold, window, _kinds) in enumerate(items):
        ents = extract_entities(text) if ents_list is None else ents_list[n]
        toks = ec.tokens(text)
        starts = {s: i for i, (s, _e) in enumerate(toks)}
        ends = {e: i for i, (_s, e) in enumerate(toks)}
        lab = ["O"] * len(toks)
        g3 = [(s[0], s[1], s[2]) for s in gold if s[2] in KINDS]
        for s, e, k in g3:
            if s not in starts or e not in ends:
                unaligned += 1
                continue
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
            X = ec.features(text, toks, a, b, ents, capratio, use_rules)
            segs.append((a, b, X, lab[a:b]))
        rules = [(e.start, e.end, e.kind) for e in ents if e.kind in KINDS
                 and (window is None or e.start < window)]
        out.append({"text": text, "toks": toks, "segs": segs, "rules": rules, "gold": g3,
                    "window": window})
    print(f"{len(out)} articles, {sum(len(x['segs']) for x in out)} segments, "
          f"{sum(b - a for x in out for a, b, _X, _y in x['segs'])} tokens; "
          f"{unaligned} gold spans not on token bounds")
    return out


def train(arts, l1=L1, l2=L2, iters=ITERS):
    from underthesea_core import CRFTrainer
    X = [s[2] for x in arts for s in x["segs"]]
    y = [s[3] for x in arts for s in x["segs"]]
    tr = CRFTrainer(loss_function="lbfgs", l1_penalty=l1, l2_penalty=l2,
                    max_iterations=iters, verbose=0)
    return tr.train(X, y)


def merge(rules, toks, seg_preds):
    """Rules' spans with those inside tagged segments replaced by the CRF's."""
    out = []
    bounds = [(toks[a][0], toks[b - 1][1]) for a, b, _sp in seg_preds]
    keep_crf = []
    for s, e, k in rules:
        inside = any(cs <= s and e <= ce for cs, ce in bounds)
        if not inside:
            out.append((s, e, k))
    for _a, _b, sp in seg_preds:
        for s, e, k in sp:
            if any(s < e2 and s2 < e for s2, e2, _k in out):
                continue
            keep_crf.append((s, e, k))
    return out + keep_crf


def score(arts, preds_key):
    groups = {"person": ("person",), "agency": ("agency",), "organization": ("organization",),
              "agency+organization": ("agency", "organization")}
    res = {}
    for g, kinds in groups.items():
        tp = npred = ngold = 0
        for x in arts:
            w = x["window"]
            key = (lambda k: "g") if len(kinds) > 1 else (lambda k: k)
            pred = {(s, e, key(k)) for s, e, k in x[preds_key] if k in kinds
                    and (w is None or s < w)}
            gs = {(s, e, key(k)) for s, e, k in x["gold"] if k in kinds}
            tp += len(pred & gs)
            npred += len(pred)
            ngold += len(gs)
        p = tp / npred if npred else 1.0
        r = tp / ngold if ngold else 1.0
        res[g] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, npred, ngold)
    return res


def tag_article(tagger, x, add_only=False):
    seg_preds = []
    for a, b, X, _y in x["segs"]:
        labels = tagger.tag(X)
        seg_preds.append((a, b, ec.spans(list(labels), x["toks"], a)))
    if add_only:
        out = list(x["rules"])
        for _a, _b, sp in seg_preds:
            out += [(s, e, k) for s, e, k in sp
                    if not any(s < e2 and s2 < e for s2, e2, _k in x["rules"])]
        return out
    return merge(x["rules"], x["toks"], seg_preds)


def cross_validate(arts, folds=5, l1=L1, l2=L2, iters=ITERS):
    import os
    import tempfile

    from underthesea_core import CRFTagger
    idx = list(range(len(arts)))
    random.Random(7).shuffle(idx)
    for k in range(folds):
        test = set(idx[k::folds])
        model = train([x for i, x in enumerate(arts) if i not in test], l1, l2, iters)
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "m.crfsuite")
            model.save(p)
            tagger = CRFTagger()
            tagger.load(p)
        for i in test:
            arts[i]["crf"] = tag_article(tagger, arts[i])
            arts[i]["add"] = tag_article(tagger, arts[i], add_only=True)
    base = score(arts, "rules")
    crf = score(arts, "crf")
    add = score(arts, "add")
    print(f"CV {folds} folds, l1 {l1} l2 {l2} iters {iters}")
    print(f"{'kind':22} {'rules+model P/R/F1':26} {'CRF P/R/F1':26} pred/gold")
    for g in base:
        b, c = base[g], crf[g]
        print(f"{g:22} {b[0]:.3f} {b[1]:.3f} {b[2]:.3f} ({b[3]:4d})   "
              f"{c[0]:.3f} {c[1]:.3f} {c[2]:.3f} ({c[3]:4d})   gold {b[4]}")
    print("rules + CRF spans where no rule span overlaps (add only):")
    for g, c in add.items():
        print(f"{g:22} {c[0]:.3f} {c[1]:.3f} {c[2]:.3f} ({c[3]:4d})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--l1", type=float, default=L1)
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--iters", type=int, default=ITERS)
    ap.add_argument("--context", type=int, default=ec.CONTEXT,
                    help="tokens tagged either side of a capitalized token (100: whole sentences)")
    ap.add_argument("--oof-model", action="store_true",
                    help="with --cv: the run classifier trained out of fold (not the shipped one)")
    ap.add_argument("--no-rule-features", action="store_true",
                    help="ablation: the CRF without the extractor's labels as features")
    args = ap.parse_args()
    ec.CONTEXT = args.context
    capratio = em.model().capratio
    t0 = time.time()
    items = tem.annotated_items()
    ents_list = oof_entities(items) if args.oof_model else None
    arts = build(items, capratio, not args.no_rule_features, ents_list)
    print(f"features built in {time.time() - t0:.1f}s")
    if args.cv:
        cross_validate(arts, l1=args.l1, l2=args.l2, iters=args.iters)
        return
    model = train(arts, args.l1, args.l2, args.iters)
    if not args.no_write:
        model.save(str(OUT))
        print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
