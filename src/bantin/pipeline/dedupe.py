"""Stage 3: exact and near duplicates.

Two checks, both over the *body* (``article.norm_text``; a changed headline
does not make a new report):

* **exact**: sha1 of the body's lowercased word tokens after the agency tag
  ("TTO -", "VOV.VN -", "(Dân trí) -") and byline lines ("Theo TTXVN",
  "Nguyễn Văn A", "Ảnh: …") are dropped. Whitespace, punctuation and case
  do not count.
* **near**: MinHash over 5-word shingles, banded LSH (datasketch
  ``MinHashLSH``) for candidates, then a verification on a bottom-k sketch of
  the shingle hashes, which is the exact shingle set for bodies of up to
  ``SKETCH_SIZE`` shingles (most news articles) and a tight estimate above.
  A pair is near-duplicate when the Jaccard similarity of the shingle sets is
  ≥ ``NEAR_JACCARD``, or when the shorter body is contained in the longer one
  to ≥ ``NEAR_CONTAINMENT`` (cut copies, added paragraphs).

State: every article leaves a small `Signature` (exact key, 96 MinHash
values, ≤ 256 sketch hashes, shingle count: ~1.4 KB). The LSH tables are
derived from the signatures: `to_bytes` stores only signatures (numpy,
compressed) and `from_bytes` rebuilds the tables. The index keeps the
``capacity`` most recent articles (older ones are dropped from the LSH and
the sketches; their exact keys are kept), so memory stays bounded while a
store grows: near-duplicates of a news report arrive within days.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from bantin.models import Article

SHINGLE = 5  # words per shingle: 5-grams rarely repeat between unrelated reports
NUM_PERM = 96  # MinHash size = LSH_BANDS * LSH_ROWS
LSH_BANDS, LSH_ROWS = 32, 3  # P(candidate) 0.99 at Jaccard 0.5, 0.88 at 0.4, 0.23 at 0.2
SKETCH_SIZE = 256  # bottom-k shingle hashes kept for verification (exact below 256 shingles)
NEAR_JACCARD = 0.5  # swept 0.4-0.8 on vietnews-bench + generated copies: no false pair down to 0.4
NEAR_CONTAINMENT = 0.8  # shorter body inside the longer: cut copies; unrelated reports < 0.3
MIN_SHINGLES = 15  # below this a containment match is a shared sentence, not a copy
DEFAULT_CAPACITY = 200_000  # articles kept for near matching (~0.3 KB signature + LSH entries)

_WORD = re.compile(r"\w+")
# An agency tag or dateline before the first dash of the body: "TTO - ",
# "VOV.VN - ", "(Dân trí) - ", "(PLO)- ", "HÀ NỘI - ", "Thanh Niên Online - ".
_AGENCY = re.compile(
    r"^\s*(?:\([^()\n]{1,30}\)|[A-ZĐ0-9][\w.&]*(?:\s+[A-ZĐ0-9][\w.&]*){0,3})\s*[-–—]\s*"
)
_BYLINE_LEAD = re.compile(r"^\s*(?:theo|nguồn|ảnh|bài(?:\s+và\s+ảnh)?|tin|clip|video|bởi)\b[\s:]", re.I)
_NAME_WORD = re.compile(r"^[(\[]?[A-ZĐ\u00C0-\u1EF8][\w.]*[)\]]?[.,]?$")


def _is_byline(line: str) -> bool:
    """A short credit line: "Theo TTXVN", "Ảnh: Minh Anh", "Nguyễn Văn A (TTXVN)"."""
    words = line.split()
    if not words or len(words) > 7:
        return False
    if _BYLINE_LEAD.match(line):
        return True
    return len(words) <= 5 and all(_NAME_WORD.match(w) for w in words) and not line.rstrip().endswith(".")


def body_tokens(norm_text: str) -> list[str]:
    """Lowercased word tokens of a body without agency tag and byline lines."""
    lines = [ln for ln in norm_text.split("\n") if ln.strip()]
    while lines and _is_byline(lines[0]):
        lines.pop(0)
    while lines and _is_byline(lines[-1]):
        lines.pop()
    if lines:
        m = _AGENCY.match(lines[0])
        if m and len(m.group(0)) <= 40:
            lines[0] = lines[0][m.end():]
    return _WORD.findall(" ".join(lines).lower())


# --- hashing ---------------------------------------------------------------

class _TokenHashes(dict):
    """token -> stable 32-bit hash (crc32 of UTF-8); a cache, not state."""

    def __missing__(self, t: str) -> int:
        h = self[t] = zlib.crc32(t.encode("utf-8"))
        return h


_TOKEN_HASH = _TokenHashes()


def token_hashes(tokens: list[str]) -> np.ndarray:
    """Stable 32-bit hashes of tokens, as uint64."""
    if len(_TOKEN_HASH) > 2_000_000:
        _TOKEN_HASH.clear()
    return np.fromiter(map(_TOKEN_HASH.__getitem__, tokens), dtype=np.uint64, count=len(tokens))


def _mix(x: np.ndarray) -> np.ndarray:
    """murmur3 fmix64: spreads the bits of combined hashes."""
    x = x ^ (x >> np.uint64(33))  # arrays wrap around silently (no errstate needed)
    x = x * np.uint64(0xFF51AFD7ED558CCD)
    x = x ^ (x >> np.uint64(33))
    x = x * np.uint64(0xC4CEB9FE1A85EC53)
    return x ^ (x >> np.uint64(33))


def shingle_hashes(tokens: list[str], k: int = SHINGLE) -> np.ndarray:
    """Sorted unique 32-bit hashes of the k-word shingles (uint32)."""
    th = token_hashes(tokens)
    if len(th) < k:
        if len(th) == 0:
            return np.zeros(0, dtype=np.uint32)
        k = len(th)
    n = len(th) - k + 1
    with np.errstate(over="ignore"):
        h = np.zeros(n, dtype=np.uint64)
        for j in range(k):
            h = (h * np.uint64(1000003)) ^ th[j : j + n]
    return np.unique((_mix(h) >> np.uint64(32)).astype(np.uint32))


_BIN_STARTS = np.array([-(-(b << 32) // NUM_PERM) for b in range(NUM_PERM)], dtype=np.uint64)
_DENSIFY_STEP = np.uint32(0x9E3779B1)  # golden-ratio step: a borrowed value differs per distance


def minhash(shingles: np.ndarray) -> np.ndarray:
    """One-permutation MinHash (Li et al. 2012) with rotation densification.

    The hash range is cut into NUM_PERM equal bins; a bin's value is the
    smallest shingle hash in it. ``shingles`` is sorted, so each bin's minimum
    is found by one binary search. An empty bin borrows the value of the next
    non-empty bin to its right (circularly) plus a step per bin skipped, so
    two empty bins only agree when their neighbours do.
    """
    if len(shingles) == 0:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    pos = np.searchsorted(shingles, _BIN_STARTS)
    ends = np.append(pos[1:], len(shingles))
    filled = pos < ends
    vals = shingles[np.minimum(pos, len(shingles) - 1)].astype(np.uint32)
    if filled.all():
        return vals
    idx = np.nonzero(filled)[0]
    b = np.arange(NUM_PERM)
    nxt = np.searchsorted(idx, b) % len(idx)
    src = idx[nxt]
    dist = ((src - b) % NUM_PERM).astype(np.uint32)
    with np.errstate(over="ignore"):
        return (vals[src] + dist * _DENSIFY_STEP).astype(np.uint32)


# --- signatures and the index ------------------------------------------------

@dataclass(slots=True, frozen=True)
class Duplicate:
    kind: str  # "exact" | "near"
    of: str  # id of the earlier article
    similarity: float  # 1.0 for exact; else max(Jaccard, containment)


@dataclass(slots=True)
class Signature:
    """What the index keeps of one article (enough to rebuild it)."""

    exact: bytes  # 8 bytes of sha1 over the body tokens
    minhash: np.ndarray  # uint32[NUM_PERM]
    sketch: np.ndarray  # uint32, sorted: the smallest SKETCH_SIZE shingle hashes
    n_shingles: int


def exact_int(key: bytes) -> int:
    """An exact key as the store keeps it (a signed 64-bit integer)."""
    return int.from_bytes(key, "big", signed=True)


def signature(article: Article) -> Signature | None:
    """The article's signature, or None when its body has no words."""
    toks = body_tokens(article.norm_text)
    if not toks:
        return None
    exact = hashlib.sha1(" ".join(toks).encode("utf-8")).digest()[:8]
    sh = shingle_hashes(toks)
    return Signature(exact, minhash(sh), sh[:SKETCH_SIZE].copy(), int(len(sh)))


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """(Jaccard, containment of the smaller in the larger) of the shingle sets.

    Exact when both have ≤ SKETCH_SIZE shingles; else the bottom-k estimate.
    """
    if a.n_shingles == 0 or b.n_shingles == 0:
        return 0.0, 0.0
    union = np.union1d(a.sketch, b.sketch)[:SKETCH_SIZE]
    if len(union) == 0:
        return 0.0, 0.0
    both = np.intersect1d(a.sketch, b.sketch, assume_unique=True)
    if len(union):
        both = both[both <= union[-1]]
    j = len(both) / len(union)
    inter = j * (a.n_shingles + b.n_shingles) / (1.0 + j)
    c = min(1.0, inter / min(a.n_shingles, b.n_shingles))
    return j, c


_BAND_SALT = np.arange(LSH_BANDS, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)


def band_keys(mh: np.ndarray) -> list[int]:
    """One 64-bit key per LSH band (LSH_ROWS MinHash values each)."""
    return band_key_rows(mh[None, :])[0].tolist()


def band_key_rows(mh: np.ndarray) -> np.ndarray:
    """`band_keys` of each row of a (n, NUM_PERM) MinHash matrix, at once."""
    rows = mh[:, : LSH_BANDS * LSH_ROWS].astype(np.uint64).reshape(len(mh), LSH_BANDS, LSH_ROWS)
    with np.errstate(over="ignore"):
        h = np.broadcast_to(_BAND_SALT, (len(mh), LSH_BANDS)).copy()
        for j in range(LSH_ROWS):
            h = _mix(h ^ rows[:, :, j])
    return h


class _Bands:
    """Banded LSH tables: band key -> slots. What a snapshot held stays a
    sorted array base (``base_keys``/``base_slots``: loading is one sort, not
    a dict entry per band); what came since is in ``table`` (band key -> slot
    or list of slots). Removed slots may linger in the base: callers skip
    slots they no longer know."""

    __slots__ = ("table", "base_keys", "base_slots")

    def __init__(self):
        self.table: dict[int, int | list[int]] = {}
        self.base_keys = np.zeros(0, np.uint64)
        self.base_slots = np.zeros(0, np.int64)

    def query(self, keys: list[int]) -> set[int]:
        out: set[int] = set()
        if len(self.base_keys):
            q = np.array(keys, np.uint64)
            lo = np.searchsorted(self.base_keys, q, "left")
            hi = np.searchsorted(self.base_keys, q, "right")
            for a, b in zip(lo.tolist(), hi.tolist()):
                if b > a:
                    out.update(self.base_slots[a:b].tolist())
        get = self.table.get
        for k in keys:
            v = get(k)
            if v is None:
                continue
            if isinstance(v, int):
                out.add(v)
            else:
                out.update(v)
        return out

    def insert(self, keys: list[int], slot: int) -> None:
        t = self.table
        for k in keys:
            v = t.get(k)
            if v is None:
                t[k] = slot
            elif isinstance(v, int):
                t[k] = [v, slot]
            else:
                v.append(slot)

    def remove(self, keys: list[int], slot: int) -> None:
        t = self.table
        for k in keys:
            v = t.get(k)
            if v == slot:
                del t[k]
            elif isinstance(v, list) and slot in v:
                v.remove(slot)
                if len(v) == 1:
                    t[k] = v[0]


class DedupeIndex:
    """Records articles and says whether each duplicates an earlier one."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY):
        self.capacity = capacity
        # Exact keys → the first id that had each. Without `exact_lookup`,
        # every key ever seen; with it (a store's index of the keys), only the
        # keys of the recent window, so memory and snapshots stay bounded.
        self._exact: dict[bytes, str] = {}
        self.exact_lookup: Callable[[bytes], str | None] | None = None
        # loaded from a snapshot saved with a lookup: its keys are in the store
        self.keys_stored = False
        self._sigs: OrderedDict[str, Signature] = OrderedDict()  # the recent window
        self._slot_of: dict[str, int] = {}
        self._id_of: dict[int, str] = {}
        self._next_slot = 0
        self._bands = _Bands()

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._sigs

    def add(self, article: Article) -> Duplicate | None:
        """Record ``article``; the earlier article it duplicates, if any."""
        sig = signature(article)
        if sig is None:
            return None
        return self.add_signature(article.id, sig)

    def check(self, sig: Signature, keys: list[int] | None = None,
              article_id: str | None = None) -> Duplicate | None:
        """The duplicate verdict for a signature, without recording it."""
        first = self._exact.get(sig.exact)
        if self.exact_lookup is not None:
            # the store's first holder, which may have left the window; the
            # window's for articles not written yet (the same batch)
            first = self.exact_lookup(sig.exact) or first
        if first is not None and first != article_id:
            return Duplicate("exact", first, 1.0)
        best: Duplicate | None = None
        for slot in self._bands.query(keys if keys is not None else band_keys(sig.minhash)):
            key = self._id_of.get(slot)
            if key is None:  # removed since the snapshot
                continue
            other = self._sigs[key]
            j, c = similarity(sig, other)
            small = min(sig.n_shingles, other.n_shingles)
            if j >= NEAR_JACCARD or (c >= NEAR_CONTAINMENT and small >= MIN_SHINGLES):
                s = max(j, c) if small >= MIN_SHINGLES else j
                if best is None or s > best.similarity:
                    best = Duplicate("near", key, round(s, 4))
        return best

    def add_signature(self, article_id: str, sig: Signature) -> Duplicate | None:
        """Like `add`, from a stored signature."""
        if article_id in self._sigs:  # re-ingested: compare with the others only
            self._remove(article_id)
        keys = band_keys(sig.minhash)
        dup = self.check(sig, keys, article_id)
        self._record(article_id, sig, keys)
        while len(self._sigs) > self.capacity:
            self._remove(next(iter(self._sigs)))
        return dup

    def _record(self, article_id: str, sig: Signature, keys: list[int] | None) -> None:
        """Keep a signature; ``keys`` None: its bands are in the base already."""
        self._exact.setdefault(sig.exact, article_id)
        slot = self._next_slot
        self._next_slot += 1
        self._sigs[article_id] = sig
        self._slot_of[article_id] = slot
        self._id_of[slot] = article_id
        if keys is not None:
            self._bands.insert(keys, slot)

    def _remove(self, article_id: str) -> None:
        sig = self._sigs.pop(article_id)
        slot = self._slot_of.pop(article_id)
        del self._id_of[slot]
        self._bands.remove(band_keys(sig.minhash), slot)
        if self.exact_lookup is not None and self._exact.get(sig.exact) == article_id:
            del self._exact[sig.exact]  # the store answers for it from now on

    # --- persistence ---------------------------------------------------------

    def to_bytes(self) -> bytes:
        """Signatures only (numpy); `from_bytes` rebuilds the LSH. Not
        compressed: hashes do not compress (1% smaller for 1.5 s at 40k).
        Keys of articles outside the window are saved only without an
        `exact_lookup` (with one, the store holds them)."""
        ids = list(self._sigs)
        sigs = list(self._sigs.values())
        old = [] if self.exact_lookup is not None else \
            [(k, v) for k, v in self._exact.items() if v not in self._sigs]
        mh = np.stack([s.minhash for s in sigs]) if sigs else np.zeros((0, NUM_PERM), np.uint32)
        band_keys_sorted, band_slots = _sorted_bands(mh)
        buf = io.BytesIO()
        np.savez(
            buf,
            meta=np.frombuffer(json.dumps(
                {"v": 1 if self.exact_lookup is None else 2, "capacity": self.capacity,
                 "ids": ids, "old_ids": [v for _, v in old]}
            ).encode(), np.uint8),
            exact=np.frombuffer(b"".join(s.exact for s in sigs), np.uint8),
            minhash=mh,
            sketch=np.concatenate([s.sketch for s in sigs]) if sigs else np.zeros(0, np.uint32),
            lens=np.array([len(s.sketch) for s in sigs], dtype=np.int32),
            n=np.array([s.n_shingles for s in sigs], dtype=np.int32),
            old_exact=np.frombuffer(b"".join(k for k, _ in old), np.uint8),
            band_keys=band_keys_sorted,
            band_slots=band_slots,
        )
        return buf.getvalue()

    def exact_items(self) -> list[tuple[bytes, str]]:
        """(key, first id) of every exact key held in memory."""
        return list(self._exact.items())

    def use_lookup(self, lookup: Callable[[bytes], str | None]) -> None:
        """Answer exact keys outside the window with ``lookup`` and drop them
        from memory (the caller has stored `exact_items` first)."""
        self.exact_lookup = lookup
        window = {s.exact for s in self._sigs.values()}
        self._exact = {k: v for k, v in self._exact.items() if k in window}

    @classmethod
    def from_bytes(cls, data: bytes) -> DedupeIndex:
        z = np.load(io.BytesIO(data))
        meta = json.loads(z["meta"].tobytes())
        idx = cls(capacity=meta["capacity"])
        idx.keys_stored = meta["v"] >= 2
        # What `_record` does per signature, a table at a time (slots 0..n-1
        # in order; an exact key keeps the first id that had it).
        ids = meta["ids"]
        old_exact = z["old_exact"].tobytes()
        old = {old_exact[8 * i : 8 * i + 8]: aid for i, aid in enumerate(meta["old_ids"])}
        exact = z["exact"].tobytes()
        keys = [exact[8 * i : 8 * i + 8] for i in range(len(ids))]
        offs = np.concatenate([[0], np.cumsum(z["lens"])]).tolist()
        sketch, mh, n = z["sketch"], z["minhash"], z["n"].tolist()
        idx._sigs = OrderedDict(zip(ids, (
            Signature(k, mh[i], sketch[offs[i] : offs[i + 1]], n[i]) for i, k in enumerate(keys))))
        idx._exact = {**dict(zip(reversed(keys), reversed(ids))), **old}
        idx._slot_of = dict(zip(ids, range(len(ids))))
        idx._id_of = dict(enumerate(ids))
        idx._next_slot = len(ids)
        if "band_keys" in z.files:  # sorted when saved: loading is a read
            idx._bands.base_keys = z["band_keys"]
            idx._bands.base_slots = z["band_slots"]
        elif len(mh):
            idx._bands.base_keys, idx._bands.base_slots = _sorted_bands(mh)
        return idx


def _sorted_bands(mh: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Band keys of the rows of ``mh``, sorted, with the row each came from."""
    keys = band_key_rows(mh)
    slots = np.repeat(np.arange(len(mh), dtype=np.int32), keys.shape[1])
    order = np.argsort(keys.ravel(), kind="stable")
    return keys.ravel()[order], slots[order]


def find_duplicates(articles: Iterable[Article]) -> list[tuple[str, str, str, float]]:
    """Duplicate pairs in input order: ``(earlier_id, later_id, kind, similarity)``."""
    idx = DedupeIndex(capacity=10**9)
    out = []
    for a in articles:
        d = idx.add(a)
        if d is not None:
            out.append((d.of, a.id, d.kind, d.similarity))
    return out
