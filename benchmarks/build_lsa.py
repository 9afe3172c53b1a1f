"""Build ``src/bantin/data/lsa_vi.npz``: LSA topics learned from unlabeled
Vietnamese news (VietNews: vietnews-bench + vietnews-dev, ~40k articles, no
labels), used by the category classifier (`pipeline.classifier`) as a dense
view that generalizes past the few labelled training articles.

    PYTHONPATH=src python benchmarks/build_lsa.py                   # the shipped file
    PYTHONPATH=src python benchmarks/build_lsa.py --features 20000 --dims 96 --out /tmp/lsa.npz
    PYTHONPATH=src python benchmarks/build_lsa.py --bigrams-only --out /tmp/lsa_bi.npz  # an idea

Steps (deterministic: fixed seed, sorted inputs):
1. the texts as the classifier reads them (`classifier.model_text`: normalized
   tone marks, lowercased headline + body), exact duplicates dropped;
2. syllable unigrams + bigrams (``\\w\\w+`` tokens, as the classifier's TF-IDF),
   kept when found in >= ``--min-df`` articles and in at most ``--max-df`` of
   them; the ``--features`` most frequent (by document frequency) are kept;
3. sublinear TF-IDF rows (smooth idf, l2), truncated SVD (randomized,
   ``--dims`` components);
4. stored: the feature strings (bigrams as "a b"), their idf, the components
   (features x dims) as int8 with one float scale per feature row, and the
   singular values.

The gold fields of VietNews (its sapo) are not read; abmusu is not read at all.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bantin.eval.datasets import load_articles, shared_data_dir  # noqa: E402
from bantin.pipeline import classifier as C  # noqa: E402

OUT = ROOT / "src" / "bantin" / "data" / "lsa_vi.npz"


def corpus_texts(limit: int | None = None) -> list[str]:
    data = shared_data_dir()
    seen, texts = set(), []
    for name in ("vietnews-bench", "vietnews-dev"):
        d = data / name
        if not d.is_dir():
            sys.exit(f"{d} not found")
        for a in load_articles(d, limit=limit):
            t = C.model_text(a)  # no `lead`: VietNews' sapo is gold, never read
            h = hashlib.sha1(t.encode("utf-8")).digest()
            if h not in seen:
                seen.add(h)
                texts.append(t)
    return texts


def build(texts: list[str], features: int, dims: int, min_df: int, max_df: float, seed: int = 0,
          bigrams_only: bool = False):
    from sklearn.decomposition import TruncatedSVD

    vec = C._Tfidf(min_df=min_df).fit(texts)
    X = vec.transform(texts)
    df = np.bincount(X.indices, minlength=X.shape[1])
    ok = np.nonzero(df <= max_df * len(texts))[0]
    if bigrams_only:  # a second view (an idea of topics_quality.py --repeated): bigram columns only
        ok = ok[ok >= vec.V]
    order = ok[np.lexsort((ok, -df[ok]))][:features]  # by df, ties by column
    keep = np.sort(order)
    names = _feature_names(vec)
    Xk = C._l2_rows(X[:, keep])
    svd = TruncatedSVD(n_components=dims, algorithm="randomized", n_iter=7, random_state=seed)
    svd.fit(Xk)
    comp = svd.components_.T.astype(np.float32)  # features x dims
    return [names[i] for i in keep], vec.idf[keep], comp, svd.singular_values_.astype(np.float32)


def _feature_names(vec) -> list[str]:
    uni = [""] * vec.V
    for t, i in vec.uni.items():
        uni[i - 1] = t
    names = uni + [""] * vec.nb
    V1 = vec.V + 1
    keys, pos = vec.table.keys, vec.table.vals
    for k, p in zip(keys[keys >= 0], pos[keys >= 0]):
        names[vec.V + int(p)] = uni[int(k) // V1 - 1] + " " + uni[int(k) % V1 - 1]
    return names


def save(path: Path, names, idf, comp, sv) -> None:
    scale = np.abs(comp).max(axis=1) / 127
    scale[scale == 0] = 1
    q = np.round(comp / scale[:, None]).astype(np.int8)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, features=np.array("\n".join(names)), idf=idf.astype(np.float32),
                        comp=q, scale=scale.astype(np.float32), sv=sv)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--features", type=int, default=C.LSA_FEATURES)
    ap.add_argument("--dims", type=int, default=C.LSA_DIMS)
    ap.add_argument("--min-df", type=int, default=5)
    ap.add_argument("--max-df", type=float, default=0.5)
    ap.add_argument("--bigrams-only", action="store_true", help="bigram features only (an idea; not shipped)")
    ap.add_argument("--limit", type=int, default=None, help="articles per corpus (tests)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    t = time.perf_counter()
    texts = corpus_texts(args.limit)
    print(f"{len(texts)} unique articles read in {time.perf_counter() - t:.0f} s", flush=True)
    t = time.perf_counter()
    names, idf, comp, sv = build(texts, args.features, args.dims, args.min_df, args.max_df,
                                bigrams_only=args.bigrams_only)
    print(f"{len(names)} features x {comp.shape[1]} dims in {time.perf_counter() - t:.0f} s", flush=True)
    save(args.out, names, idf, comp, sv)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
