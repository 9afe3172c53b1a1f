"""Stage 4: place each new article in an existing story or open a new one.

Online, single pass, sublinear:

* **Representation** (`features`): hashed syllable unigrams + bigrams of the
  title (weight ``TITLE_WEIGHT``) and the body, sublinear tf times idf, L2
  normalized ("full"); the same over the title alone ("title"); and named
  entities and compound numbers ("Sư đoàn 968" is not one, "Goo Hye Sun",
  "BLACKPINK", "15/7/2025", "179/2025/NĐ-CP" are) ("ent"). Document
  frequencies live in a fixed hashed table (``2**DF_BITS`` counters) that
  starts from background counts over 40,000 VietNews articles
  (``bantin/data/idf_vi.txt.gz``) and is updated with every article: no
  refitting, constant memory.
* **Stories** keep a truncated centroid (sum of member vectors, top
  ``CENTROID_TERMS`` terms), title and entity centroids, and the vectors of
  their ``KEEP_MEMBERS`` most recent members (for max-link).
* **Candidates** come from an inverted index over each story's top
  ``INDEX_TERMS`` centroid terms, posting lists capped at ``POSTING_CAP``
  most recent stories; the query uses the article's ``QUERY_TERMS`` heaviest
  terms. Adding an article costs the same whether the index holds 100 or
  1,000,000 articles.
* **Decision**: a linear score over the story features (``FEATURES``): the
  cosine of the article to the story centroid (as the single-pass TF-IDF
  baseline), title-title and entity cosines, and the log story size (a big
  story's centroid is smoother and its cosines run higher); weights fitted by
  coordinate ascent on online B³ F1 (see ``_COEF``). The article joins the
  best story when the score is ≥ ``JOIN_THRESHOLD``; short bodies need a
  margin; a time gap between dated article and story lowers the score.
  Near-duplicates (``duplicate_of``) join their original's story.
* **Late merge**: after a join, the story's centroids are scored as a query
  against the article's other candidates; stories at ``MERGE_THRESHOLD`` or
  more fold into the older one, whose id survives. ``Assignment.merged``
  lists the folded ids: the caller relabels their articles (``story_of``
  already follows merges).
* **State**: flat numpy arrays, uint32 keys, float16 weights (see
  ``to_bytes``); stories idle for ``STORY_WINDOW`` articles are dropped.

Story ids are ``"s" + <first article id without its "a">``: stable and
derived from content.
"""

from __future__ import annotations

import gzip
import io
import math
import re
import zlib
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from importlib import resources
from itertools import chain

import numpy as np

from bantin.models import Article
from bantin.pipeline.dedupe import _mix, token_hashes

# --- tuning constants ---------------------------------------------------------
DF_BITS = 22  # 4M hashed df counters (16 MB); ~8 % of rare bigrams share a bucket
TITLE_WEIGHT = 2.0  # title tokens count twice; swept 1-4 on vims+abmusu: flat 1-3
CENTROID_TERMS = 200  # kept per story centroid; cosine change < 0.01 vs full
MEMBER_TERMS = 100  # kept per member vector for max-link
KEEP_MEMBERS = 4  # most recent member vectors kept per story (max-link)
INDEX_TERMS = 40  # story terms posted to the inverted index
QUERY_TERMS = 40  # article terms used to look up candidates
POSTING_CAP = 400  # stories kept per posting list (most recent): bounds lookup cost
MAX_CANDIDATES = 24  # candidate stories scored per article, by shared index terms
JOIN_THRESHOLD = 0.0  # the join score is centred on its threshold by _INTERCEPT
TIME_WINDOW_DAYS = 3.0  # a dated story and article this close: no time penalty
TIME_PENALTY = 0.15  # score lost per e-fold of days beyond the window (prior: no dated gold to tune on)
ENTITY_CHARS = 1500  # entities from the title and the body's first 1500 chars (the lead): regex cost
SHORT_TOKENS = 200  # bodies shorter than this (digest items, briefs) need more evidence:
SHORT_MARGIN = 0.6  # few terms inflate cosines between same-topic items: the join needs
SHORT_POWER = 1.5  # + SHORT_MARGIN * (1 - tokens / SHORT_TOKENS) ** SHORT_POWER. Seed digests
# (`cluster` over both pages): the Sư đoàn 968 pair scores 0.60 at 66 tokens (needs 0.33); a
# "Bình dân học vụ số" item from Điện Biên scores 0.07 against it at 132 tokens (needs 0.12;
# power 2 let it in at 0.07). Linear to 250 tokens (the old shape) cost vims-dev 0.012 B³ F1
# (29 % of it is under 250 tokens); power 2 ~0.002, power 1.5 ~0.003.
# Late merge: after an article joins story S, S (its centroids, normalized, as
# a query) is scored with the same join score against the other candidates the
# article scored >= MERGE_PROBE; those at >= MERGE_THRESHOLD fold into the
# older story. Centroid-vs-centroid cosines run high, so merges need a wide
# margin; swept {0.2, 0.3, 0.45} on orders 100, 101: they seldom fire, 0.2 best.
MERGE_THRESHOLD = 0.2
MERGE_PROBE = -0.05
STORY_WINDOW = 50_000  # stories not joined in this many articles leave the index (news events last days)
DUP_SCORE = 10.0  # score reported for a near-duplicate joining its original's story
# The join score is a weighted sum of the story features below plus _INTERCEPT;
# the article joins the best candidate when it is >= JOIN_THRESHOLD. The cosine
# to the story centroid carries it (the plain single-pass TF-IDF baseline is
# that cosine >= 0.12); the other weights and the intercept come from
# coordinate ascent on online B³ F1 (``benchmarks/stories_quality.py --fit``,
# orders 100 and 101 of vims-dev, abmusu-train, abmusu-val and the pooled
# stream; intercept then -0.095, moved to -0.1 with the log_n weight on five
# orders of vims-dev). Title and entity weights help AbMuSu (+0.015/+0.04 B³)
# and cost vims-dev ~0.002; max_full and title_vs_full stay at 0 (no gain).
# A teacher-forced logistic regression over all candidates' rows (19
# features, balanced classes) scored lower on vims-dev in the real index.
# Also measured without gain (mean B³ F1 of the four streams on orders 100,
# 101 moved by ≤ ±0.001, or traded abmusu-train against abmusu-val): a
# min-link veto / term over kept members (even 8 members × 2000 terms), the
# cohesion of the story (mean member-member cosine) against the newcomer's
# mean cosine, topic contrast (article terms down-weighted by how many
# candidate centroids hold them), a penalty when the runner-up scores close,
# shared word 4-gram containment with recent members, larger centroids
# (400, 1000 terms); and pairwise AUC over hard pairs gained nothing from
# shared/contradicting numbers, rare-term (idf ≥ 7) cosine or lead-only
# vectors. The similarity itself is the limit: batch complete-link over
# these vectors with the cut picked on gold reaches 0.981 / 0.926 / 0.946 /
# 0.946 B³ F1 (``benchmarks/stories_quality.py --ceiling``), and AbMuSu's
# gold is coarser in val than in train (one "Taliban" story of three events
# vs U19 matches split by match), so a cut that helps one costs the other.
FEATURES = (
    "cos_full",  # article vs the story's centroid (sum of member vectors), cosine
    "cos_title",  # article title vs the story's title centroid, cosine
    "cos_ent",  # entities and compound numbers vs the story's entity centroid, cosine
    "max_full",  # best single recent member (max-link)
    "title_vs_full",  # article title vs the story's full centroid, cosine
    "log_n",  # log story size: a bigger story's centroid is smoother, its cosines run higher
)
_COEF = (1.0, 0.075, 0.025, 0.0, 0.0, -0.02)
# the features `scores` need not compute
_UNWEIGHTED = frozenset(name for name, c in zip(FEATURES, _COEF) if c == 0)
_INTERCEPT = -0.1

_WORD = re.compile(r"\w+")
_UPPER = "".join(chr(c) for c in range(0x41, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
_UP = f"[{re.escape(_UPPER)}]"
# Every branch opens with a character class, the lookbehind ("no letter
# before the capital") coming after it: the regex engine then skips straight
# to capitals and digits (2x faster than leading with the lookbehind).
ENTITY = re.compile(
    rf"{_UP}(?<!\w.)\w*(?:[ ]+(?:{_UP}\w*|\d+))+"  # capitalized multi-syllable names
    rf"|{_UP}(?<!\w.){_UP}+\w*"  # acronyms: WTO, BLACKPINK, KH&CN → KH
    r"|\d+(?:[/.,-]\d+)+(?:/[\w-]+)*"  # 15/7/2025, 179/2025/NĐ-CP, 5.000.000
)
_NS_ENT = 0x5A5A5A5A5A5A5A5A  # namespace salt: entities apart from n-grams
_MASK = (1 << DF_BITS) - 1


# --- document frequencies ------------------------------------------------------

def _bigram_keys(h: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        return _mix(h[:-1] * np.uint64(0x9E3779B97F4A7C15) ^ h[1:])


def _unigram_keys(h: np.ndarray) -> np.ndarray:
    return _mix(h)


def term_keys(tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(unigram keys, bigram keys) of lowercased tokens, uint64."""
    h = token_hashes(tokens)
    if len(h) == 0:
        return h, h
    return _unigram_keys(h), _bigram_keys(h) if len(h) > 1 else np.zeros(0, np.uint64)


def entity_key(e: str) -> int:
    """32-bit key of a lowercased entity (entities have their own vectors)."""
    b = e.encode("utf-8")
    return zlib.crc32(b) ^ ((zlib.adler32(b) * 0x9E3779B1) & 0xFFFFFFFF)


BACKGROUND_NPZ = "data/idf_vi.npz"  # the parsed table, shipped: loads in ~40 ms instead of ~1 s


@lru_cache(maxsize=1)
def background_df() -> tuple[int, np.ndarray]:
    """(N, hashed df counts) from the shipped background table: the hashed
    counts of ``data/idf_vi.npz`` (made by `write_background_npz` from
    ``data/idf_vi.txt.gz``, the readable source; a test keeps them equal),
    else parsed from the text."""
    try:
        z = np.load(io.BytesIO(resources.files("bantin").joinpath(BACKGROUND_NPZ).read_bytes()))
        if int(z["bits"][0]) == DF_BITS:
            counts = np.zeros(1 << DF_BITS, dtype=np.int32)
            counts[np.cumsum(z["idx"].astype(np.int64))] = z["val"]
            return int(z["n"][0]), counts
    except (FileNotFoundError, ModuleNotFoundError, KeyError, ValueError, OSError):
        pass
    return parse_background_df()


def write_background_npz(path: str) -> None:
    """Write the hashed background table that `background_df` loads."""
    n, counts = parse_background_df()
    nz = np.nonzero(counts)[0]
    np.savez_compressed(path, n=np.array([n]), bits=np.array([DF_BITS]),
                        idx=np.diff(nz, prepend=0).astype(np.uint32), val=counts[nz].astype(np.int32))


def parse_background_df() -> tuple[int, np.ndarray]:
    """(N, hashed df counts) parsed from ``data/idf_vi.txt.gz``."""
    counts = np.zeros(1 << DF_BITS, dtype=np.int32)
    n = 0
    try:
        raw = resources.files("bantin").joinpath("data/idf_vi.txt.gz").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        return 0, counts
    uni, bi, uc, bc = [], [], [], []
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line.startswith("#N\t"):
            n = int(line[3:])
            continue
        if not line or line[0] == "#":
            continue
        term, _, df = line.rpartition("\t")
        if " " in term:
            a, b = term.split(" ")
            bi.append((a, b))
            bc.append(int(df))
        else:
            uni.append(term)
            uc.append(int(df))
    if uni:
        k = _unigram_keys(token_hashes(uni))
        np.add.at(counts, (k & np.uint64(_MASK)).astype(np.int64), np.array(uc, np.int32))
    if bi:
        ha = token_hashes([a for a, _ in bi])
        hb = token_hashes([b for _, b in bi])
        with np.errstate(over="ignore"):
            k = _mix(ha * np.uint64(0x9E3779B97F4A7C15) ^ hb)
        np.add.at(counts, (k & np.uint64(_MASK)).astype(np.int64), np.array(bc, np.int32))
    return n, counts


# --- article features ----------------------------------------------------------

@dataclass(slots=True)
class Vec:
    """A sparse vector: sorted uint32 keys, float32 weights."""

    keys: np.ndarray
    vals: np.ndarray

    def top(self, k: int) -> Vec:
        if len(self.keys) <= k:
            return self
        idx = np.argpartition(self.vals, -k)[-k:]
        idx.sort()
        return Vec(self.keys[idx], self.vals[idx])

    def dot(self, other: Vec) -> float:
        return _dot(self, other.keys, other.vals)


_EMPTY = Vec(np.zeros(0, np.uint32), np.zeros(0, np.float32))


def _dot(q: Vec, keys: np.ndarray, vals: np.ndarray) -> float:
    if len(q.keys) == 0 or len(keys) == 0:
        return 0.0
    pos = np.searchsorted(q.keys, keys)
    pos[pos == len(q.keys)] = 0
    hit = q.keys[pos] == keys
    return float(np.dot(q.vals[pos[hit]], vals[hit]))


def _weigh_tf(keys: np.ndarray, tf: np.ndarray, idf) -> Vec:
    """Sublinear tf × idf over unique keys, L2-normalized."""
    if len(keys) == 0:
        return _EMPTY
    w = (1.0 + np.log(np.maximum(tf, 1e-9))) * idf(keys)
    n = math.sqrt(float(np.dot(w, w)))
    if n == 0:
        return _EMPTY
    return Vec(keys, (w / n).astype(np.float32))


def _counts(keys: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if len(keys) == 0:
        return keys, np.zeros(0)
    uk, inv = np.unique(keys, return_inverse=True)
    return uk, np.bincount(inv, weights=weights)


@dataclass(slots=True)
class Terms:
    """What the story stage needs of an article before any index: its
    hashed terms with their (title-weighted) counts, entity keys, length
    and day. Computed by `article_terms`, in the worker processes."""

    full_keys: np.ndarray  # uint32, unique
    full_tf: np.ndarray
    title_keys: np.ndarray
    title_tf: np.ndarray
    ent_keys: np.ndarray
    ent_tf: np.ndarray
    n_tokens: int  # body tokens
    day: float | None


def article_terms(article: Article, with_entities: bool = True) -> Terms:
    """The article-only half of `StoryIndex.features` (no document
    frequencies needed): tokens, hashes and counts; ``with_entities=False``
    skips the entity pass (for uses of the word vectors alone)."""
    tt = _WORD.findall(article.norm_title.lower())
    bt = _WORD.findall(article.norm_text.lower())
    tu, tb = term_keys(tt)
    bu, bb = term_keys(bt)
    tu, tb, bu, bb = (k.astype(np.uint32) for k in (tu, tb, bu, bb))  # low 32 bits: df buckets unchanged
    fk, ftf = _counts(np.concatenate([tu, tb, bu, bb]), np.concatenate([
        np.full(len(tu) + len(tb), TITLE_WEIGHT), np.ones(len(bu) + len(bb))]))
    tk, ttf = _counts(np.concatenate([tu, tb]), np.ones(len(tu) + len(tb)))
    ents = entities(article.norm_title + "\n" + article.norm_text[:ENTITY_CHARS]) \
        if with_entities else []
    ek = np.fromiter((entity_key(e) for e in ents), np.uint32, len(ents))
    ek, etf = _counts(ek, np.ones(len(ek)))
    return Terms(fk, ftf, tk, ttf, ek, etf, len(bt), _day(article.published_at))


def _concat(segs: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(keys, vals) segments as one pair of arrays and each entry's segment."""
    if not segs:
        return _EMPTY.keys, _EMPTY.vals, np.zeros(0, np.int64)
    lens = [len(k) for k, _ in segs]
    return (np.concatenate([k for k, _ in segs]), np.concatenate([v for _, v in segs]),
            np.repeat(np.arange(len(segs)), lens))


def _owner_dot(q: Vec, keys: np.ndarray, vals: np.ndarray, owner: np.ndarray,
               m: int) -> np.ndarray:
    """Dot products of ``q`` with each of ``m`` segments concatenated as
    (keys, vals), ``owner`` naming each entry's segment."""
    if m == 0 or len(q.keys) == 0 or len(keys) == 0:
        return np.zeros(m)
    pos = np.searchsorted(q.keys, keys)
    pos[pos == len(q.keys)] = 0
    w = np.where(q.keys[pos] == keys, q.vals[pos] * vals, 0.0)
    return np.bincount(owner, weights=w, minlength=m)


@dataclass(slots=True)
class Features:
    full: Vec
    title: Vec
    ent: Vec
    query: np.ndarray  # the heaviest full-vector keys, for candidate lookup
    n_tokens: int  # body tokens
    day: float | None  # days since epoch of published_at, when known


def _day(published_at: str | None) -> float | None:
    if not published_at:
        return None
    try:
        d = datetime.fromisoformat(published_at.replace("Z", "+00:00"))
    except ValueError:
        try:
            d = datetime.fromisoformat(published_at[:10])
        except ValueError:
            return None
    return d.timestamp() / 86400.0 if d.tzinfo else (d - datetime(1970, 1, 1)).total_seconds() / 86400.0


def entities(text: str) -> list[str]:
    """Named entities and compound numbers of a normalized text, lowercased."""
    return [m.group(0).lower() for m in ENTITY.finditer(text)]


# --- stories -------------------------------------------------------------------

@dataclass(slots=True)
class Assignment:
    story_id: str
    new: bool
    score: float
    # stories folded into ``story_id`` by this assignment (late merge): the
    # caller relabels their articles; empty when nothing merged
    merged: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Story:
    id: str
    n: int = 0
    c_keys: np.ndarray = field(default_factory=lambda: _EMPTY.keys)
    c_vals: np.ndarray = field(default_factory=lambda: _EMPTY.vals)
    t_keys: np.ndarray = field(default_factory=lambda: _EMPTY.keys)
    t_vals: np.ndarray = field(default_factory=lambda: _EMPTY.vals)
    e_keys: np.ndarray = field(default_factory=lambda: _EMPTY.keys)
    e_vals: np.ndarray = field(default_factory=lambda: _EMPTY.vals)
    members: deque = field(default_factory=lambda: deque(maxlen=KEEP_MEMBERS))
    first_day: float | None = None
    last_day: float | None = None
    indexed: frozenset = frozenset()
    seq: int = 0  # creation order: the older story survives a merge
    norms: tuple = (0.0, 0.0, 0.0)  # L2 norms of the full, title and entity centroids (derived)
    last_seq: int = 0  # article count when last joined: recency for the index and the window


def _add_into(keys: np.ndarray, vals: np.ndarray, v: Vec, limit: int) -> tuple[np.ndarray, np.ndarray]:
    if len(v.keys) == 0:
        return keys, vals
    k = np.concatenate([keys, v.keys])
    w = np.concatenate([vals, v.vals])
    uk, inv = np.unique(k, return_inverse=True)
    s = np.bincount(inv, weights=w).astype(np.float32)
    if len(uk) > limit:
        idx = np.argpartition(s, -limit)[-limit:]
        idx.sort()
        uk, s = uk[idx], s[idx]
    return uk, s


class _StoryTable(dict):
    """Story id → `_Story`, where the stories of a loaded snapshot stay rows
    of its arrays until first used: a new process that places a handful of
    articles builds a handful of stories, not all 50,000 (~15 µs each).
    Materialized and new stories are plain dict entries (lookups stay at
    dict speed); ``_rows`` holds the ids not yet built."""

    def __init__(self, build=None, rows: dict[str, int] | None = None):
        super().__init__()
        self._build = build  # row index -> _Story
        self._rows = rows or {}

    def __missing__(self, sid: str) -> _Story:
        row = self._rows.pop(sid)  # KeyError when unknown, as a dict
        st = self[sid] = self._build(row)
        return st

    def __contains__(self, sid: object) -> bool:
        return dict.__contains__(self, sid) or sid in self._rows

    def __len__(self) -> int:
        return dict.__len__(self) + len(self._rows)

    def __delitem__(self, sid: str) -> None:
        if self._rows.pop(sid, None) is None:
            dict.__delitem__(self, sid)

    def materialize(self) -> None:
        for sid in list(self._rows):
            self[sid]  # noqa: B018 (builds it)

    def items(self):
        self.materialize()
        return dict.items(self)

    def values(self):
        self.materialize()
        return dict.values(self)


class StoryIndex:
    """Incremental story clustering with stable ids; see the module doc."""

    def __init__(self, threshold: float = JOIN_THRESHOLD, df_bits: int = DF_BITS,
                 story_of_capacity: int = 2_000_000):
        self.threshold = threshold
        n0, bg = background_df()
        self._n_bg = n0
        self._df = bg.copy()  # background + local document frequencies, hashed
        self._n_local = 0
        self._ent_df: dict[int, int] = {}  # entity key -> local df (entities are rare; pruned)
        self._stories: dict[str, _Story] = _StoryTable()
        # The inverted index: a read-only base loaded from a snapshot (sorted
        # terms, offsets, story ids: loading is a few array reads, not one
        # deque per term) plus the postings added since (``_postings``).
        self._postings: dict[int, deque] = {}
        self._base_terms = np.zeros(0, np.uint32)
        self._base_off = np.zeros(1, np.int64)
        self._base_ids = np.zeros(0, object)
        self._story_of: dict[str, str] = {}  # article id -> story id (recent window)
        self._story_of_capacity = story_of_capacity
        self._alias: dict[str, str] = {}  # merged-away story id -> the story it went into

    def __len__(self) -> int:
        return len(self._stories)

    @property
    def n_articles(self) -> int:
        return self._n_local

    def story_of(self, article_id: str) -> str | None:
        return self._resolve(self._story_of.get(article_id))

    def _resolve(self, sid: str | None) -> str | None:
        while sid is not None and sid in self._alias:
            sid = self._alias[sid]
        return sid

    # --- features ----------------------------------------------------------

    def _idf(self, keys: np.ndarray) -> np.ndarray:
        df = self._df[(keys & np.uint64(_MASK)).astype(np.int64)]
        return np.log((self._n_bg + self._n_local + 1.0) / (df + 1.0))

    def _ent_idf(self, keys: np.ndarray) -> np.ndarray:
        get = self._ent_df.get
        df = np.fromiter((get(k, 0) for k in keys.tolist()), np.float64, len(keys))
        return np.log((self._n_local + 2.0) / (df + 1.0)) + 1.0

    def features(self, article: Article, terms: Terms | None = None) -> Features:
        """The article's vectors, weighted by this index's document
        frequencies; ``terms``: its `article_terms`, when already counted
        (in a worker process)."""
        t = terms or article_terms(article)
        full = _weigh_tf(t.full_keys, t.full_tf, self._idf)
        title = _weigh_tf(t.title_keys, t.title_tf, self._idf)
        ent = _weigh_tf(t.ent_keys, t.ent_tf, self._ent_idf) if len(t.ent_keys) else _EMPTY
        return Features(full, title, ent, full.top(QUERY_TERMS).keys, t.n_tokens, t.day)

    def _observe(self, f: Features) -> None:
        """Update document frequencies with one article."""
        self._n_local += 1
        self._df[(f.full.keys & np.uint64(_MASK)).astype(np.int64)] += 1  # a rare in-doc bucket clash counts once
        d = self._ent_df
        for k in f.ent.keys.tolist():
            d[k] = d.get(k, 0) + 1
        if len(d) > 2_000_000:  # forget entities seen once
            self._ent_df = {k: v for k, v in d.items() if v > 1}

    # --- scoring -----------------------------------------------------------

    def _posting(self, k: int, i: int | None = None) -> list:
        """The stories posted under term ``k``, oldest first, at most
        ``POSTING_CAP`` (None for a story the snapshot no longer held);
        ``i``: where ``k`` sorts in the base terms, when already searched."""
        over = self._postings.get(k)
        base_terms = self._base_terms
        if len(base_terms):
            if i is None:
                i = int(np.searchsorted(base_terms, k))
            if i < len(base_terms) and base_terms[i] == k:
                base = self._base_ids[self._base_off[i]:self._base_off[i + 1]].tolist()
                return (base + list(over))[-POSTING_CAP:] if over else base
        return list(over) if over else []

    def _candidates(self, f: Features) -> list[_Story]:
        keys = (f.query & np.uint64(_MASK)).astype(np.uint32)
        where = (np.searchsorted(self._base_terms, keys).tolist() if len(self._base_terms)
                 else [None] * len(keys))
        # Counted at C speed over every posting, then folded through the
        # merge aliases (few distinct ids): a story's count is the sum of
        # its ids', and ties keep the order of first appearance.
        raw = Counter(chain.from_iterable(
            self._posting(k, i) for k, i in zip(keys.tolist(), where)))
        raw.pop(None, None)
        if not raw:
            return []
        hits: dict[str, int] = {}
        alias = self._alias
        for sid, c in raw.items():
            if sid in alias:
                sid = self._resolve(sid)
            hits[sid] = hits.get(sid, 0) + c
        best = sorted(hits.items(), key=lambda x: -x[1])[:MAX_CANDIDATES]
        return [self._stories[sid] for sid, _ in best if sid in self._stories]

    def score(self, f: Features, s: _Story) -> float:
        """The join score of ``f`` for one story."""
        return self.scores(f, [s])[0]

    def story_features(self, f: Features, cands: list[_Story],
                       skip: frozenset[str] = frozenset()) -> np.ndarray:
        """The (candidates × ``FEATURES``) matrix the join score weighs.
        Features named in ``skip`` are left at 0, for a score that gives
        them no weight: "max_full" dots the article with every kept member
        (most of the cost), "title_vs_full" its title with each centroid."""
        m = len(cands)
        x = np.zeros((m, len(FEATURES)))
        c_keys, c_vals, c_owner = _concat([(s.c_keys, s.c_vals) for s in cands])
        x[:, 0] = _owner_dot(f.full, c_keys, c_vals, c_owner, m)
        if "title_vs_full" not in skip:
            x[:, 4] = _owner_dot(f.title, c_keys, c_vals, c_owner, m)
        x[:, 1] = _owner_dot(f.title, *_concat([(s.t_keys, s.t_vals) for s in cands]), m)
        if len(f.ent.keys):
            x[:, 2] = _owner_dot(f.ent, *_concat([(s.e_keys, s.e_vals) for s in cands]), m)
        if "max_full" not in skip:
            mem = [(v.keys, v.vals) for s in cands for v in s.members]
            per = _owner_dot(f.full, *_concat(mem), len(mem))
            owner = np.array([i for i, s in enumerate(cands) for _ in s.members], np.int64)
            best = np.zeros(m)
            np.maximum.at(best, owner, per)
            x[:, 3] = best
        norms = np.maximum(np.array([s.norms for s in cands], np.float64), 1e-9)
        x[:, 0] /= norms[:, 0]
        x[:, 4] /= norms[:, 0]
        x[:, 1] /= norms[:, 1]
        x[:, 2] /= norms[:, 2]
        x[:, 5] = np.log(np.array([s.n for s in cands], np.float64))
        return x

    def scores(self, f: Features, cands: list[_Story]) -> list[float]:
        """Join scores of ``f`` for candidate stories, vectorized."""
        coef = np.asarray(_COEF)
        z = _INTERCEPT + self.story_features(f, cands, skip=_UNWEIGHTED) @ coef
        if f.day is not None:
            for i, s in enumerate(cands):
                if s.first_day is not None:
                    gap = max(s.first_day - f.day, f.day - s.last_day, 0.0)
                    if gap > TIME_WINDOW_DAYS:
                        z[i] -= TIME_PENALTY * math.log1p(gap - TIME_WINDOW_DAYS)
        return z.tolist()

    # --- updates -----------------------------------------------------------

    def _join(self, s: _Story, f: Features) -> None:
        s.n += 1
        s.last_seq = self._n_local
        s.c_keys, s.c_vals = _add_into(s.c_keys, s.c_vals, f.full, CENTROID_TERMS)
        s.t_keys, s.t_vals = _add_into(s.t_keys, s.t_vals, f.title, CENTROID_TERMS // 4)
        s.e_keys, s.e_vals = _add_into(s.e_keys, s.e_vals, f.ent, CENTROID_TERMS // 4)
        s.members.append(f.full.top(MEMBER_TERMS))
        if f.day is not None:
            s.first_day = f.day if s.first_day is None else min(s.first_day, f.day)
            s.last_day = f.day if s.last_day is None else max(s.last_day, f.day)
        self._renorm(s)
        self._reindex(s)

    @staticmethod
    def _renorm(s: _Story) -> None:
        s.norms = tuple(math.sqrt(float(np.dot(v, v))) for v in (
            s.c_vals.astype(np.float64), s.t_vals.astype(np.float64), s.e_vals.astype(np.float64)))

    def _reindex(self, s: _Story) -> None:
        top = s.c_keys
        if len(top) > INDEX_TERMS:
            top = top[np.argpartition(s.c_vals, -INDEX_TERMS)[-INDEX_TERMS:]]
        new_terms = frozenset((top & np.uint64(_MASK)).tolist())
        for k in new_terms - s.indexed:
            p = self._postings.get(k)
            if p is None:
                p = self._postings[k] = deque(maxlen=POSTING_CAP)
            p.append(s.id)
        s.indexed = s.indexed | new_terms if len(s.indexed) < 4 * INDEX_TERMS else new_terms

    def _remember(self, article_id: str, story_id: str) -> None:
        self._story_of[article_id] = story_id
        if len(self._story_of) > self._story_of_capacity:
            for k in list(self._story_of)[: len(self._story_of) // 10]:
                del self._story_of[k]

    def assign(self, article: Article, duplicate_of: str | None = None,
               terms: Terms | None = None) -> Assignment:
        """Place ``article`` (prepared) in a story; ``duplicate_of`` is the id
        of the earlier article it near-duplicates (dedupe stage), if any;
        ``terms``: its `article_terms` when already computed."""
        known = self.story_of(article.id)
        if known is not None and known in self._stories:
            return Assignment(known, False, DUP_SCORE)
        f = self.features(article, terms)
        target: _Story | None = None
        score = 0.0
        if duplicate_of is not None:
            sid = self.story_of(duplicate_of)
            if sid is not None and sid in self._stories:
                target, score = self._stories[sid], DUP_SCORE
        cands_scored: list = []
        if target is None:
            best, bscore = None, -math.inf
            cands = self._candidates(f)
            if cands:
                zs = self.scores(f, cands)
                cands_scored = list(zip(cands, zs))
                i = max(range(len(zs)), key=zs.__getitem__)
                best, bscore = cands[i], zs[i]
            need = self.threshold + SHORT_MARGIN * max(0.0, 1.0 - f.n_tokens / SHORT_TOKENS) ** SHORT_POWER
            if best is not None and bscore >= need:
                target, score = best, bscore
            elif best is not None:
                score = bscore
        self._observe(f)
        new = target is None
        if new:
            target = _Story(id="s" + (article.id[1:] if article.id.startswith("a") else article.id),
                            seq=self._n_local)
            self._stories[target.id] = target
        self._join(target, f)
        merged: list[str] = []
        if not new and target is not None and cands_scored:
            target, merged = self._late_merge(target, cands_scored)
        self._remember(article.id, target.id)
        return Assignment(target.id, new, round(float(score), 4), merged)

    def _story_query(self, s: _Story) -> Features:
        def unit(k, v):
            if len(k) == 0:
                return _EMPTY
            v = v.astype(np.float64)
            n = math.sqrt(float(np.dot(v, v)))
            return Vec(k, (v / n).astype(np.float32)) if n > 0 else _EMPTY
        full = unit(s.c_keys, s.c_vals)
        return Features(full, unit(s.t_keys, s.t_vals), unit(s.e_keys, s.e_vals),
                        full.top(QUERY_TERMS).keys, SHORT_TOKENS, None)

    def _late_merge(self, s: _Story, scored: list[tuple[_Story, float]]) -> tuple[_Story, list[str]]:
        others = [c for c, z in scored if c is not s and z >= MERGE_PROBE and c.id in self._stories]
        if not others:
            return s, []
        zs = self.scores(self._story_query(s), others)
        merged = []
        for c, z in sorted(zip(others, zs), key=lambda x: -x[1]):
            if z < MERGE_THRESHOLD:
                break
            keep, gone = (s, c) if s.seq <= c.seq else (c, s)
            self._merge(keep, gone)
            merged.append(gone.id)
            s = keep
        return s, merged

    def _merge(self, keep: _Story, gone: _Story) -> None:
        """Fold ``gone`` into ``keep``: sums, members, dates, index terms."""
        keep.n += gone.n
        keep.last_seq = max(keep.last_seq, gone.last_seq)
        keep.c_keys, keep.c_vals = _add_into(keep.c_keys, keep.c_vals, Vec(gone.c_keys, gone.c_vals), CENTROID_TERMS)
        keep.t_keys, keep.t_vals = _add_into(keep.t_keys, keep.t_vals, Vec(gone.t_keys, gone.t_vals), CENTROID_TERMS // 4)
        keep.e_keys, keep.e_vals = _add_into(keep.e_keys, keep.e_vals, Vec(gone.e_keys, gone.e_vals), CENTROID_TERMS // 4)
        for m in gone.members:
            keep.members.append(m)
        if gone.first_day is not None:
            keep.first_day = gone.first_day if keep.first_day is None else min(keep.first_day, gone.first_day)
            keep.last_day = gone.last_day if keep.last_day is None else max(keep.last_day, gone.last_day)
        del self._stories[gone.id]
        self._alias[gone.id] = keep.id
        self._renorm(keep)
        self._reindex(keep)

    # --- persistence ---------------------------------------------------------
    #
    # A snapshot is a compressed set of flat numpy arrays (no pickle): the df
    # table as its sparse difference from the shipped background, entity df,
    # every live story's scalars and its vectors concatenated (uint32 keys,
    # float16 weights), the member vectors of stories with more than one
    # member (a one-member story's member is its centroid's top terms), the
    # article -> story map and the merge aliases. The inverted index is
    # derived: rebuilt on load in the order stories were last updated.

    def _evict_old(self) -> None:
        """Stories not updated in the last ``STORY_WINDOW`` articles leave
        the index (their articles keep their story in the store)."""
        cut = self._n_local - STORY_WINDOW
        if cut <= 0:
            return
        old = [sid for sid, st in self._stories.items() if st.last_seq < cut]
        for sid in old:
            del self._stories[sid]
        if old:
            gone = set(old)
            self._story_of = {k: v for k, v in self._story_of.items() if self._resolve(v) not in gone}
            self._alias = {k: v for k, v in self._alias.items() if self._resolve(v) not in gone}

    def to_bytes(self) -> bytes:
        self._evict_old()
        n0, bg = background_df()
        diff = np.nonzero(self._df != bg)[0]
        stories = sorted(self._stories.values(), key=lambda st: st.last_seq)
        ent_k = np.fromiter(self._ent_df.keys(), np.uint32, len(self._ent_df))
        ent_v = np.fromiter(self._ent_df.values(), np.uint32, len(self._ent_df))

        def pack(vecs):
            lens = np.fromiter((len(k) for k, _ in vecs), np.int32, len(vecs))
            keys = np.concatenate([k for k, _ in vecs]) if vecs else np.zeros(0, np.uint32)
            vals = np.concatenate([v for _, v in vecs]) if vecs else np.zeros(0, np.float32)
            return lens, keys.astype(np.uint32), vals.astype(np.float16)

        c = pack([(st.c_keys, st.c_vals) for st in stories])
        t = pack([(st.t_keys, st.t_vals) for st in stories])
        e = pack([(st.e_keys, st.e_vals) for st in stories])
        multi = [st for st in stories if st.n > 1 or len(st.members) > 1]
        mem_owner = np.fromiter((i for i, st in enumerate(stories) if st.n > 1 or len(st.members) > 1
                                 for _ in st.members), np.int32)
        m = pack([(v.keys, v.vals) for st in multi for v in st.members])
        sids = [st.id for st in stories]
        sidx = {sid: i for i, sid in enumerate(sids)}
        alias_items = [(k, v) for k, v in self._alias.items() if self._resolve(v) in sidx]
        names = sids + [k for k, _ in alias_items]
        nidx = {sid: i for i, sid in enumerate(names)}
        alias_to = np.fromiter((sidx[self._resolve(v)] for _, v in alias_items), np.int32, len(alias_items))
        so = [(a, nidx[v]) for a, v in self._story_of.items() if v in nidx]
        nan = float("nan")
        arrays = {
            "meta": np.array([4, self._n_local, self._n_bg, self._story_of_capacity], np.int64),
            "threshold": np.array([self.threshold], np.float64),
            "df_idx": np.diff(diff, prepend=0).astype(np.uint32),
            "df_val": (self._df[diff] - bg[diff]).astype(np.int32),
            "ent_k": ent_k, "ent_v": ent_v,
            "n": np.fromiter((st.n for st in stories), np.int32, len(stories)),
            "seq": np.fromiter((st.seq for st in stories), np.int64, len(stories)),
            "last_seq": np.fromiter((st.last_seq for st in stories), np.int64, len(stories)),
            "days": np.array([[nan if st.first_day is None else st.first_day,
                               nan if st.last_day is None else st.last_day] for st in stories],
                             np.float64).reshape(-1, 2),
            "c_len": c[0], "c_key": c[1], "c_val": c[2],
            "t_len": t[0], "t_key": t[1], "t_val": t[2],
            "e_len": e[0], "e_key": e[1], "e_val": e[2],
            "m_owner": mem_owner, "m_len": m[0], "m_key": m[1], "m_val": m[2],
            "names": np.frombuffer("\n".join(names).encode("utf-8"), np.uint8),
            "alias_to": alias_to,
            "so_ids": np.frombuffer("\n".join(a for a, _ in so).encode("utf-8"), np.uint8),
            "so_story": np.fromiter((i for _, i in so), np.int32, len(so)),
        }
        # The inverted index as it is (version 4), sorted by term: rebuilding
        # it on load cost more than the rest of the load together.
        over = list(self._postings)
        base_lens = np.diff(self._base_off)
        keep = ~np.isin(self._base_terms, np.array(over, np.uint32))
        over_lists = [self._posting(k) for k in over]
        terms = np.concatenate([self._base_terms[keep], np.array(over, np.uint32)])
        lens = np.concatenate([base_lens[keep], np.array([len(v) for v in over_lists], np.int64)])
        ids = np.concatenate([self._base_ids[np.repeat(keep, base_lens)],
                              np.array([sid for v in over_lists for sid in v] or [], object)])
        rank = np.empty(len(terms), np.int64)
        rank[np.argsort(terms, kind="stable")] = np.arange(len(terms))
        perm = np.argsort(rank[np.repeat(np.arange(len(terms)), lens)], kind="stable")
        arrays["p_term"] = np.sort(terms)
        arrays["p_len"] = lens[np.argsort(terms, kind="stable")].astype(np.int32)
        arrays["p_story"] = np.fromiter((nidx.get(sid, -1) if sid is not None else -1
                                         for sid in ids[perm].tolist()), np.int32, len(ids))
        arrays["x_len"] = np.fromiter((len(st.indexed) for st in stories), np.int32, len(stories))
        arrays["x_term"] = np.fromiter((k for st in stories for k in st.indexed), np.uint32)
        buf = io.BytesIO()
        # Not compressed: zlib cost ~0.5 s each way at 40k articles (1/3 of a
        # new process's start) to save a third of the blob.
        np.savez(buf, **arrays)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> StoryIndex:
        if not data.startswith(b"PK"):  # zip magic: snapshots before session 3 were zlib'd
            data = zlib.decompress(data)
        z = np.load(io.BytesIO(data))
        meta = z["meta"]
        # version 2 snapshots kept a threshold on the old logit scale: the join
        # score is now centred on 0 (cosine units), so they take the default
        threshold = float(z["threshold"][0]) if int(meta[0]) >= 3 else JOIN_THRESHOLD
        idx = cls(threshold=threshold, story_of_capacity=int(meta[3]))
        idx._n_local, idx._n_bg = int(meta[1]), int(meta[2])
        pos = np.cumsum(z["df_idx"].astype(np.int64))
        idx._df[pos] += z["df_val"]
        idx._ent_df = dict(zip(z["ent_k"].tolist(), z["ent_v"].tolist()))

        def unpack(p):
            """Row i's (keys, vals) of family ``p``, sliced when asked."""
            ends = np.cumsum(z[p + "_len"]).tolist()
            keys, vals = z[p + "_key"], z[p + "_val"].astype(np.float32)
            return lambda i: (keys[ends[i - 1] if i else 0:ends[i]],
                              vals[ends[i - 1] if i else 0:ends[i]])

        c, t, e, m = unpack("c"), unpack("t"), unpack("e"), unpack("m")
        names = bytes(z["names"]).decode("utf-8").split("\n") if len(z["names"]) else []
        ns = len(z["n"])
        days = z["days"].tolist()
        n_, seq_, last_ = z["n"].tolist(), z["seq"].tolist(), z["last_seq"].tolist()
        # each story's members are one run of m (stories were written in order)
        owners = z["m_owner"]
        m_lo = np.searchsorted(owners, np.arange(ns), "left").tolist()
        m_hi = np.searchsorted(owners, np.arange(ns), "right").tolist()
        saved_index = int(meta[0]) >= 4
        if saved_index:
            x_end = np.cumsum(z["x_len"]).tolist()
            x_terms = z["x_term"].tolist()

        def build(i: int) -> _Story:
            (k, v), (tk, tv), (ek, ev) = c(i), t(i), e(i)
            st = _Story(id=names[i], n=n_[i], c_keys=k, c_vals=v, t_keys=tk, t_vals=tv,
                        e_keys=ek, e_vals=ev, seq=seq_[i], last_seq=last_[i])
            d0, d1 = days[i]
            if d0 == d0:
                st.first_day, st.last_day = float(d0), float(d1)
            for j in range(m_lo[i], m_hi[i]):
                st.members.append(Vec(*m(j)))
            if not st.members:
                st.members.append(Vec(st.c_keys, st.c_vals).top(MEMBER_TERMS))
            if saved_index:
                st.indexed = frozenset(x_terms[x_end[i - 1] if i else 0:x_end[i]])
            idx._renorm(st)
            return st

        idx._stories = _StoryTable(build, {names[i]: i for i in range(ns)})
        if saved_index:
            idx._base_terms = z["p_term"]
            idx._base_off = np.concatenate([[0], np.cumsum(z["p_len"], dtype=np.int64)])
            idx._base_ids = np.array(names + [None], dtype=object)[z["p_story"]]  # -1: None
        else:  # older snapshots rebuild the postings from every story
            for st in idx._stories.values():
                idx._reindex(st)
        idx._alias = dict(zip(names[ns:], (names[j] for j in z["alias_to"].tolist())))
        so_ids = bytes(z["so_ids"]).decode("utf-8").split("\n") if len(z["so_ids"]) else []
        idx._story_of = dict(zip(so_ids, (names[j] for j in z["so_story"].tolist())))
        return idx


# --- batch and helpers -----------------------------------------------------------

def cluster(articles: Sequence[Article], settings: dict | None = None) -> dict[str, str]:
    """Batch rebuild (``bantin restory``): the online algorithm over the
    articles sorted by date (undated ones keep their input order, first),
    with near-duplicates joined to their originals.

    ``settings``: optional ``{"threshold": float}``.
    """
    from bantin.pipeline.dedupe import DedupeIndex

    settings = settings or {}
    idx = StoryIndex(threshold=settings.get("threshold", JOIN_THRESHOLD))
    dd = DedupeIndex(capacity=10**9)
    order = sorted(range(len(articles)), key=lambda i: (articles[i].published_at or "", i))
    out: dict[str, str] = {}
    for i in order:
        a = articles[i]
        dup = dd.add(a)
        out[a.id] = idx.assign(a, duplicate_of=dup.of if dup else None).story_id
    return {k: idx.story_of(k) or v for k, v in out.items()}  # follow late merges


@lru_cache(maxsize=1)
def _headline_index() -> StoryIndex:
    # features() needs only the background document frequencies: build that
    # once, not per call (a StoryIndex allocates its hashed df table).
    return StoryIndex()


def headline(articles: Sequence[Article]) -> str:
    """Id of the article whose title is most central: the highest summed
    cosine between its title vector and the other articles' full vectors."""
    if not articles:
        raise ValueError("no articles")
    if len(articles) == 1:
        return articles[0].id
    idx = _headline_index()
    feats = [idx.features(a, article_terms(a, with_entities=False)) for a in articles]
    # Σ_{j≠i} title_i·full_j = title_i·(Σ_j full_j) − title_i·full_i: one
    # summed vector instead of a dot product per pair (a 50-report story
    # made 2,450 of them).
    keys, where = np.unique(np.concatenate([f.full.keys for f in feats]), return_inverse=True)
    total = np.bincount(where, weights=np.concatenate([f.full.vals for f in feats]))
    best, bscore = articles[0].id, -1.0
    for a, f in zip(articles, feats):
        s = _dot(f.title, keys, total) - f.title.dot(f.full)
        if s > bscore + 1e-9:
            best, bscore = a.id, s
    return best
