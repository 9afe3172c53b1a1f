"""A sequence tagger over the rules' people, agencies and organizations.

`extract_entities` finds names with rules, gazetteers and the run classifier
(`entity_model`). This stage reads their output again, token by token, with
a linear-chain CRF and may move a name's
boundaries, change its kind, drop it or add one the rules missed. Each token
is described by its word (lower case, and with its tone marks folded), its
shape, how often news capitalizes it mid-sentence (the run classifier's
table), its gazetteer roles (surname, given name, honorific, body head,
country), whether it lies in a mined organization name, and the label the
rules gave it, with the same for its neighbours. So the CRF learns where the
rules are wrong rather than relearning names: "tổ chức LiNK", "lãnh đạo
Công ty Cổ phần vận hành và bảo trì đường cao tốc".

Only stretches within `CONTEXT` tokens of a capitalized word that does not
open its sentence are tagged; the rules' entities elsewhere stand.

Trained with CRFsuite by ``benchmarks/train_entity_crf.py`` on the annotated
development sets and shipped as its weights (``bantin/data/entity_crf.json.gz``),
which `Tagger` decodes in numpy. Without that file, or with
`set_tagger(None)`, `extract_entities` is the rules alone.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

import numpy as np

from bantin.pipeline.entity_text import Entity
from bantin.text.normalize import normalize, slugify

KINDS = ("person", "agency", "organization")
MODEL_FILE = "data/entity_crf.json.gz"  # inside the bantin package
CONTEXT = 3  # tokens tagged either side of a capitalized token

_TOK_RE = re.compile(r"\w+(?:[.\-'’&]\w+)*|[^\w\s]")
# a place's abbreviation and its dot, which `segments` takes for a sentence's end
_ABBREV_BEFORE = re.compile(r"(?:^|[\s(])(?:TP|Tp|Q|P|TX|TT|H|X)\.\s*$")
_ABBREV_END = re.compile(r"(?:TP|Tp|Q|P|TX|TT)\.$")
_SENT_END = frozenset([".", "!", "?", "…", ";", ":"])
_RULE_CODE = {"person": "P", "agency": "A", "organization": "O", "province": "L"}


def tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TOK_RE.finditer(text)]


def _fold(w: str) -> str:
    w = w.replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))


def _shape(t: str) -> str:
    if t[0].isdigit():
        return "d"
    if not t[0].isalpha():
        return "p"
    if t[0].isupper():
        if len(t) == 1:
            return "I"
        if t.isupper():
            return "A" if "." not in t else "A."
        if any(c.isupper() for c in t[1:]):
            return "M"
        return "C"
    return "l"


@lru_cache(maxsize=1)
def _gaz() -> dict:
    """word → its gazetteer roles ("sur", "fgiv", "hon", "ohead" ...)."""
    from bantin.pipeline.entities import _HONORIFIC_WORDS, _MIDDLE_NAMES
    from bantin.pipeline.gazetteer import organizations as og
    from bantin.pipeline.gazetteer import people as pg
    g: dict[str, set] = {}

    def add(words, tag):
        for w in words:
            g.setdefault(w, set()).add(tag)
    add(pg.SURNAMES, "sur")
    add(pg.WEAK_SURNAMES, "wsur")
    add(pg.FOREIGN_SURNAMES, "fsur")
    add(pg.FOREIGN_GIVEN, "fgiv")
    add(_MIDDLE_NAMES, "mid")
    add(pg.NOT_NAME_STARTS, "nns")
    add(_HONORIFIC_WORDS, "hon")
    add({h.split()[0] for h in og.ORG_HEADS}, "ohead")
    add({h.split()[0] for h in og.AGENCY_HEADS}, "ahead")
    add({c.split()[0] for c in pg.country_names()}, "cty")
    return {w: tuple(sorted(t)) for w, t in g.items()}


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict, int]:
    """first word → token tuples of the mined organization names; the longest."""
    from bantin.pipeline.entities import _org_lexicon
    out: dict[str, set] = {}
    longest = 1
    for name in _org_lexicon():
        toks = tuple(name.split(" "))
        out.setdefault(toks[0], set()).add(toks)
        longest = max(longest, len(toks))
    return out, longest


def segments(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges [a, b) to tag: the stretches within `CONTEXT` tokens of a
    capitalized token that is not the first of its sentence, cut at sentence
    ends (a mark of `_SENT_END` or a line break); sentences without such a
    token are left out."""
    out: list[tuple[int, int]] = []
    n = len(toks)
    s0 = 0
    caps: list[int] = []
    for i, (s, e) in enumerate(toks):
        c = text[s]
        if i > s0 and c.isupper():
            caps.append(i)
        if e - s == 1 and c in _SENT_END:
            brk = True
        elif i + 1 < n:
            g = toks[i + 1][0]
            brk = g > e and (text[e] == "\n" or g - e > 1 and "\n" in text[e:g])
        else:
            brk = True
        if brk:
            if caps:
                _stretches(caps, s0, i + 1, out)
                caps = []
            s0 = i + 1
    return out


def _stretches(caps: list[int], s0: int, s1: int, out: list) -> None:
    """The merged windows of `CONTEXT` tokens around ``caps`` within [s0, s1)."""
    a = max(s0, caps[0] - CONTEXT)
    b = min(s1, caps[0] + CONTEXT + 1)
    for c in caps[1:]:
        if c - CONTEXT <= b:
            b = min(s1, c + CONTEXT + 1)
        else:
            out.append((a, b))
            a, b = max(s0, c - CONTEXT), min(s1, c + CONTEXT + 1)
    out.append((a, b))


_LABELS = ("-", "BP", "IP", "BA", "IA", "BO", "IO", "BL", "IL")
_OFFSETS = (-2, -1, 1, 2)
# the strings of the features that vary with a token's neighbours, made once
_RULE_F = {d: {lab: f"{d or ''}r={lab}" for lab in _LABELS} for d in (0, *_OFFSETS)}
_LEX_F = {d: {lab: f"{d or ''}x={lab}" for lab in "-BI"} for d in (0, -1, 1)}
_EDGE_F = {-2: "-2BOS", -1: "-1BOS", 1: "1EOS", 2: "2EOS"}


@lru_cache(maxsize=65536)
def _word(w: str) -> tuple:
    """What a token says by itself: (lower case, shape, its own features,
    {offset: its features as a neighbour at that offset})."""
    from bantin.pipeline.entities import _capratio
    gaz = _gaz()
    low = w.lower()
    shp = _shape(w)
    if shp in "Cl":
        c = _capratio().get(low)  # the shipped table, also while the run model is off
        cr = "u" if c is None else str(c)
    else:
        cr = "x"
    roles = gaz.get(w, ())
    own = ["w=" + low, "f=" + _fold(low), "s=" + shp, "c=" + cr]
    own += ["g=" + g for g in roles]
    if low != w and "hon" in gaz.get(low, ()):
        own.append("g=Hon")
    near = {}
    for d in _OFFSETS:
        f = [f"{d}w={low}", f"{d}s={shp}"]
        if d == 1 or d == -1:
            f.append(f"{d}c={cr}")
            f += [f"{d}g={g}" for g in roles]
        near[d] = tuple(f)
    return low, shp, tuple(own), near


def _labels(text: str, toks: list[tuple[int, int]], a: int, b: int, words: list[str],
            ents: list[Entity]) -> tuple[list[str], list[str]]:
    """Per token of [a, b): the rules' label ("BP", "IO", "-" ...; a province
    inside a body keeps the body's) and where it lies in a mined organization
    name ("B", "I", "-")."""
    n = len(words)
    rule = ["-"] * n
    lo, hi = toks[a][0], toks[b - 1][1]
    inside = [e for e in ents if e.start >= lo and e.end <= hi and e.kind in _RULE_CODE]
    if inside:
        starts = {s: i for i, (s, _e) in enumerate(toks[a:b])}
        ends = {e: i for i, (_s, e) in enumerate(toks[a:b])}
        for e in inside:
            code = _RULE_CODE[e.kind]
            if e.start not in starts or e.end not in ends:
                continue
            i, j = starts[e.start], ends[e.end]
            if rule[i] != "-" and code == "L":
                continue
            rule[i] = "B" + code
            for k in range(i + 1, j + 1):
                if code != "L" or rule[k] == "-":
                    rule[k] = "I" + code
    lex, longest = _lexicon()
    lx = ["-"] * n
    for i in range(n):
        cands = lex.get(words[i])
        if not cands:
            continue
        for ln in range(min(longest, n - i), 0, -1):
            if tuple(words[i:i + ln]) in cands:
                lx[i] = "B"
                for k in range(i + 1, i + ln):
                    lx[k] = "I"
                break
    return rule, lx


def _opens_sentence(words: list[str], a: int) -> list[bool]:
    """Per word of a stretch starting at token ``a``: does it open its
    sentence (the text's first token, or one after a sentence's end)?"""
    return [i == 0 and a == 0 or i > 0 and words[i - 1] in _SENT_END
            for i in range(len(words))]


def features(text: str, toks: list[tuple[int, int]], a: int, b: int,
             ents: list[Entity]) -> list[list[str]]:
    """Feature lists for tokens [a, b); ``ents``: the rules' entities."""
    words = [text[s:e] for s, e in toks[a:b]]
    n = len(words)
    rule, lx = _labels(text, toks, a, b, words, ents)
    info = [_word(w) for w in words]
    # each token's features as the neighbour at offset d of token i, in
    # column d at row i (the text's edges where there is none)
    cols = []
    for d in _OFFSETS:
        rd = _RULE_F[d]
        if d == 1 or d == -1:
            xd = _LEX_F[d]
            col = [x[3][d] + (rd[r], xd[t]) for x, r, t in zip(info, rule, lx)]
        else:
            col = [x[3][d] + (rd[r],) for x, r in zip(info, rule)]
        edge = [(_EDGE_F[d],)] * abs(d)
        cols.append((edge + col)[:n] if d < 0 else (col[d:] + edge)[:n])
    m2, m1, p1, p2 = cols
    low = [x[0] for x in info]
    pairs = [x + "|" + y for x, y in zip(low, low[1:])]
    r0, x0 = _RULE_F[0], _LEX_F[0]
    first = _opens_sentence(words, a)
    out = []
    for i in range(n):
        r = rule[i]
        x = info[i]
        f = [*x[2], r0[r], x0[lx[i]], "rs=" + r + x[1], *m2[i], *m1[i], *p1[i], *p2[i]]
        if first[i]:
            f.append("first")
        if i > 0:
            f.append("bw=" + pairs[i - 1])
        if i + 1 < n:
            f.append("bw+=" + pairs[i])
        out.append(f)
    return out


def spans(labels: list[str], toks: list[tuple[int, int]], a: int) -> list[tuple[int, int, str]]:
    """BIO labels of tokens [a, ...) → (start, end, kind) character spans."""
    out = []
    cur = None
    for i, lab in enumerate(labels + ["O"]):
        if cur is not None and (lab == "O" or lab.startswith("B-") or lab[2:] != cur[2]):
            out.append((toks[a + cur[0]][0], toks[a + cur[1]][1], cur[2]))
            cur = None
        if lab.startswith("B-") or lab.startswith("I-") and cur is None:
            cur = [i, i, lab[2:]]
        elif lab.startswith("I-") and cur is not None:
            cur[1] = i
    return out


def tag_spans(tagger, text: str, ents: list[Entity]) -> list[tuple[int, int, list]]:
    """(start, end, [(s, e, kind) ...]) per tagged stretch of ``text``: its
    character bounds and the names the CRF labels in it. ``tagger`` is a
    `Tagger`, or anything with CRFsuite's ``tag(features)`` (one stretch at a
    time: trainers' models, test doubles)."""
    toks = tokens(text)
    stretches = segments(text, toks)
    if not stretches:
        return []
    if isinstance(tagger, Tagger):
        labels = tagger.viterbi(tagger.emissions(text, toks, stretches, ents),
                                [b - a for a, b in stretches])
    else:
        labels = [list(tagger.tag(features(text, toks, a, b, ents))) for a, b in stretches]
    return [(toks[a][0], toks[b - 1][1], spans(lab, toks, a))
            for (a, b), lab in zip(stretches, labels)]


def refine(text: str, ents: list[Entity], tagger=None,
           not_people: list[tuple[int, int]] = ()) -> list[Entity]:
    """``ents`` with the people, agencies and organizations inside each
    tagged stretch replaced by the CRF's. A name the rules found with the
    same bounds and kind keeps the rules' entity (its normalized key, a
    person's role); a person the CRF re-bounds keeps the role of the rules'
    person it overlaps. A name opening with a lower-case word ("bệnh viện
    X", "viện Trung ương") is the rules' alone: the CRF's own such names
    were right 13 times in 88 out of fold, so the rules' names it overlaps
    stand instead. So do they under a name of the CRF's own that starts
    after or ends with a place's abbreviation ("TP. | HCM", "Công an TP.":
    the dot ends a stretch; 0 right in 43 out of fold), and under a person
    it puts on one of ``not_people``, the places the rules know to be named
    after someone ("đường Phan Đăng Lưu")."""
    tagger = tagger or _tagger()
    if tagger is None:
        return ents
    stretches = tag_spans(tagger, text, ents)
    if not stretches:
        return ents
    bounds = [(cs, ce) for cs, ce, _sp in stretches]
    named = [e for e in ents if e.kind in KINDS]
    by_span = {(e.start, e.end, e.kind): e for e in named}
    out = []
    inside = []
    for e in ents:
        if e.kind in KINDS and any(cs <= e.start and e.end <= ce for cs, ce in bounds):
            inside.append(e)
        else:
            out.append(e)
    kept = [(e.start, e.end) for e in out if e.kind in KINDS]
    vetoed = []
    for _cs, _ce, sp in stretches:
        for s, e, kind in sp:
            if any(s < b and a < e for a, b in kept):
                continue  # a name of the rules that spills out of the stretch stands
            old = by_span.get((s, e, kind))
            if old is None:
                if text[s].islower() or _ABBREV_BEFORE.search(text, max(0, s - 6), s) or \
                        _ABBREV_END.search(text, s, e) or kind == "person" and any(
                        s < b and a < e for a, b in not_people):
                    vetoed.append((s, e))
                    continue
                name = normalize(text[s:e])
                role = next((o.role for o in named if o.kind == "person" and o.role and
                             o.start < e and s < o.end), None) if kind == "person" else None
                old = Entity(kind, slugify(name), name, s, e, role=role)
            out.append(old)
    if vetoed:
        taken = [(e.start, e.end) for e in out if e.kind in KINDS]
        out += [e for e in inside if any(e.start < b and a < e.end for a, b in vetoed)
                and not any(e.start < b and a < e.end for a, b in taken)]
    return out


_SHAPES = ("d", "p", "I", "A", "A.", "M", "C", "l")
_SHAPE_CODE = {x: k for k, x in enumerate(_SHAPES)}
_LABEL_CODE = {x: k for k, x in enumerate(_LABELS)}
_LEX_CODE = {"-": 0, "B": 1, "I": 2}


class Tagger:
    """A trained linear-chain CRF as arrays: the weight of each (attribute,
    label) pair, and of each transition between labels. It decodes as
    CRFsuite does (Viterbi over summed weights; the same names on 3,000
    articles), but never builds `features`' strings: a word's features are
    summed into weight vectors once and cached, the other features are
    tables indexed by the rules' labels, and Viterbi runs over all the
    stretches of an article at once."""

    def __init__(self, labels: list[str], transitions: list[list[float]],
                 attributes: dict[str, list[list]]):
        self.labels = list(labels)
        n = len(self.labels)
        self.ids = {a: k for k, a in enumerate(attributes)}
        w = np.zeros((len(attributes), n))
        for k, pairs in enumerate(attributes.values()):
            for label, weight in pairs:
                w[k, label] = weight
        self.weights = w
        self.transitions = np.array(transitions, dtype=float).reshape(n, n)
        vec = self.vector
        # the rules' label at offset d of a token (the last row: past the edge)
        self.rule_vecs = {d: np.array([vec([f]) for f in _RULE_F[d].values()] +
                                      [vec([_EDGE_F[d]]) if d else np.zeros(n)])
                          for d in _RULE_F}
        self.lex_vecs = {d: np.array([vec([f]) for f in _LEX_F[d].values()] + [np.zeros(n)])
                         for d in _LEX_F}
        self.rs_vecs = np.array([vec(["rs=" + r + x]) for r in _LABELS for x in _SHAPES])
        self.first_vec = vec(["first"])
        self.pairs = {f[3:]: self.ids[f] for f in attributes if f.startswith("bw=")}
        self.pairs_next = {f[4:]: self.ids[f] for f in attributes if f.startswith("bw+=")}
        self._rows: dict[str, tuple] = {}
        self._words = np.zeros((1024, 5, n))  # per word: own, then as neighbour at -2 -1 1 2

    @classmethod
    def from_json(cls, raw: bytes) -> Tagger:
        m = json.loads(gzip.decompress(raw))
        return cls(m["labels"], m["transitions"], m["attributes"])

    def vector(self, feats) -> np.ndarray:
        """The summed weights of ``feats`` (unknown ones weigh nothing)."""
        ids = [self.ids[f] for f in feats if f in self.ids]
        return self.weights[ids].sum(0) if ids else np.zeros(len(self.labels))

    def word(self, w: str) -> tuple:
        """(row of its vectors, lower case, shape code) of a word."""
        got = self._rows.get(w)
        if got is None:
            low, shp, own, near = _word(w)
            row = len(self._rows)
            if row == len(self._words):
                if row >= 500_000:  # a long-running process: start over
                    self._rows.clear()
                    return self.word(w)
                self._words = np.concatenate([self._words, np.zeros_like(self._words)])
            self._words[row] = [self.vector(own)] + [self.vector(near[d]) for d in _OFFSETS]
            got = self._rows[w] = (row, low, _SHAPE_CODE[shp])
        return got

    def tag(self, feats: list[list[str]]) -> list[str]:
        """Labels of one sequence of feature strings (CRFsuite's interface)."""
        return self.viterbi(np.array([self.vector(fs) for fs in feats]), [len(feats)])[0]

    def emissions(self, text: str, toks: list[tuple[int, int]],
                  stretches: list[tuple[int, int]], ents: list[Entity]) -> np.ndarray:
        """The summed feature weights of every token of ``stretches``, one
        stretch after the other: what `features` would give, as numbers."""
        rows, rules, lexes, shapes, first, pair_ids, next_ids, pos, lens = \
            [], [], [], [], [], [], [], [], []
        pairs, pairs_next = self.pairs, self.pairs_next
        for a, b in stretches:
            words = [text[s:e] for s, e in toks[a:b]]
            rule, lx = _labels(text, toks, a, b, words, ents)
            info = [self.word(w) for w in words]
            n = len(words)
            rows += [x[0] for x in info]
            shapes += [x[2] for x in info]
            rules += [_LABEL_CODE[r] for r in rule]
            lexes += [_LEX_CODE[t] for t in lx]
            first += _opens_sentence(words, a)
            low = [x[1] for x in info]
            bigrams = [x + "|" + y for x, y in zip(low, low[1:])]
            pair_ids += [-1] + [pairs.get(p, -1) for p in bigrams]
            next_ids += [pairs_next.get(p, -1) for p in bigrams] + [-1]
            pos += range(n)
            lens += [n] * n
        rows_a, rule_a, lex_a, pos_a, len_a = (np.array(x, dtype=np.intp)
                                               for x in (rows, rules, lexes, pos, lens))
        words = self._words
        em = words[rows_a, 0] + self.rule_vecs[0][rule_a] + self.lex_vecs[0][lex_a]
        em += self.rs_vecs[rule_a * len(_SHAPES) + np.array(shapes, dtype=np.intp)]
        em += np.array(first, dtype=bool)[:, None] * self.first_vec
        top = len(rows) - 1
        edge_rule = len(_LABELS)
        for k, d in enumerate(_OFFSETS, 1):
            inside = (pos_a + d >= 0) & (pos_a + d < len_a)
            j = np.clip(np.arange(len(rows)) + d, 0, top)
            em += np.where(inside[:, None], words[rows_a[j], k], 0.0)
            em += self.rule_vecs[d][np.where(inside, rule_a[j], edge_rule)]
            if d == 1 or d == -1:
                em += self.lex_vecs[d][np.where(inside, lex_a[j], 3)]
        w = self.weights
        for ids in (pair_ids, next_ids):
            ids_a = np.array(ids, dtype=np.intp)
            hit = ids_a >= 0
            if hit.any():
                em[hit] += w[ids_a[hit]]
        return em

    def viterbi(self, em: np.ndarray, lens: list[int]) -> list[list[str]]:
        """Labels of each sequence of emissions (``em`` holds them one after
        the other, ``lens`` long), by Viterbi run over all of them together:
        longest first, so that the sequences still running at a step are
        always the first rows."""
        lens_a = np.array(lens)
        order = np.argsort(-lens_a, kind="stable")
        by_len = lens_a[order]
        n_seq, width, n_lab = len(lens), int(by_len[0]), len(self.labels)
        grid = np.zeros((n_seq, width, n_lab))
        starts = np.cumsum(lens_a) - lens_a
        rows = np.repeat(np.arange(n_seq), by_len)
        cols = np.arange(len(em)) - np.repeat(np.cumsum(by_len) - by_len, by_len)
        grid[rows, cols] = em[np.repeat(starts[order], by_len) + cols]
        running = np.searchsorted(-by_len, -np.arange(width), side="left")  # rows still on at t
        score = grid[:, 0].copy()
        back = np.zeros((n_seq, width, n_lab), dtype=np.intp)
        trans = self.transitions[None]
        for t in range(1, width):
            k = running[t]
            c = score[:k, :, None] + trans
            back[:k, t] = c.argmax(1)
            score[:k] = c.max(1) + grid[:k, t]
        cur = score.argmax(1)
        path = np.zeros((n_seq, width), dtype=np.intp)
        for t in range(width - 1, -1, -1):
            k = running[t]
            path[:k, t] = cur[:k]
            if t:
                cur[:k] = back[np.arange(k), t, cur[:k]]
        names = self.labels
        out: list[list[str]] = [[] for _ in lens]
        for i, j in enumerate(order.tolist()):
            out[j] = [names[x] for x in path[i, :by_len[i]]]
        return out


_TAGGER: list = []


def _tagger() -> Tagger | None:
    """The shipped CRF (loaded once), or None when it is absent or disabled."""
    if not _TAGGER:
        try:
            raw = resources.files("bantin").joinpath(MODEL_FILE).read_bytes()
            _TAGGER.append(Tagger.from_json(raw))
        except (FileNotFoundError, ModuleNotFoundError, OSError, ValueError, KeyError):
            _TAGGER.append(None)
    return _TAGGER[0]


def set_tagger(t) -> None:
    """Replace the tagger (None: the rules alone); for training and tests."""
    _TAGGER[:] = [t]
