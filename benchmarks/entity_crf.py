"""A CRF sequence tagger over the rules, for person / agency / organization.

Experimental. Tokens are tagged with BIO labels of the three kinds by a linear
chain CRF (``underthesea_core.CRFTagger``, CRFsuite format) whose features are
the token (lower case, and with its tone marks folded), its shape, its
capitalization-rate bucket (the table shipped with `entity_model`), whether it
is a surname / given name / honorific / body head of the gazetteers or part of
a mined organization name (`entities._org_lexicon`), and the labels the rule +
model extractor gave it (B/I of each kind), with the same for the two tokens
either side and the bigrams around it. Only the segments of a sentence near a
capitalized token are tagged (the rest keeps the rules' output).

Trained and cross-validated by ``benchmarks/train_entity_crf.py``. NOT wired
into `extract_entities`: 5-fold CV over the 222 annotated articles showed no
gain over the rules + run classifier (person F1 +0.002, agency+organization
F1 -0.003 with the classifier trained out of fold; see the script's docstring),
and the Python feature building costs ~1.5 ms per article (tagging ~0.7 ms)
against a budget of ~0.15 ms.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

KINDS3 = ("person", "agency", "organization")
_TOK_RE = re.compile(r"\w+(?:[.\-'’&]\w+)*|[^\w\s]")
_SENT_END = frozenset([".", "!", "?", "…", ";", ":"])
_RULE_CODE = {"person": "P", "agency": "A", "organization": "O", "province": "L"}
CONTEXT = 3  # tokens kept either side of a capitalized token


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
    cs = {c.strip() for c in pg.COUNTRIES.replace("\n", "").split("|") if c.strip()}
    add({c.split()[0] for c in cs}, "cty")
    return {w: tuple(sorted(t)) for w, t in g.items()}


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict, int]:
    """first word → set of token tuples of the mined organization names."""
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
    ends; sentences without such a token are left out."""
    out: list[tuple[int, int]] = []
    n = len(toks)
    s0 = 0
    i = 0
    while s0 < n:
        # sentence [s0, s1)
        s1 = s0
        while s1 < n:
            t = text[toks[s1][0]:toks[s1][1]]
            s1 += 1
            if t in _SENT_END or (s1 < n and "\n" in text[toks[s1 - 1][1]:toks[s1][0]]):
                break
        caps = [i for i in range(s0 + 1, s1) if text[toks[i][0]].isupper()]
        if caps:
            a = max(s0, caps[0] - CONTEXT)
            b = min(s1, caps[0] + CONTEXT + 1)
            for c in caps[1:]:
                if c - CONTEXT <= b:
                    b = min(s1, c + CONTEXT + 1)
                else:
                    out.append((a, b))
                    a, b = max(s0, c - CONTEXT), min(s1, c + CONTEXT + 1)
            # the sentence's first token too when it is capitalized and near
            out.append((a, b))
        s0 = s1
    del i
    return out


def features(text: str, toks: list[tuple[int, int]], a: int, b: int, ents,
             capratio: dict, use_rules: bool = True) -> list[list[str]]:
    """Feature lists for tokens [a, b); ``ents``: the extractor's entities."""
    gaz = _gaz()
    lex, longest = _lexicon()
    words = [text[s:e] for s, e in toks[a:b]]
    n = len(words)
    rule = ["-"] * n
    # rule labels, per kind (a token in a province inside a body keeps the body)
    starts = {s: i for i, (s, _e) in enumerate(toks[a:b])}
    ends = {e: i for i, (_s, e) in enumerate(toks[a:b])}
    for e in ents if use_rules else ():
        code = _RULE_CODE.get(e.kind)
        if code is None or e.start not in starts or e.end not in ends:
            continue
        i, j = starts[e.start], ends[e.end]
        if rule[i] != "-" and code == "L":
            continue
        rule[i] = "B" + code
        for k in range(i + 1, j + 1):
            if code != "L" or rule[k] == "-":
                rule[k] = "I" + code
    # mined lexicon matches
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
    low = [w.lower() for w in words]
    shp = [_shape(w) for w in words]
    cr = []
    for w, s in zip(low, shp):
        if s in "Cl":
            c = capratio.get(w)
            cr.append("u" if c is None else str(c))
        else:
            cr.append("x")
    base = []
    for i in range(n):
        f = ["w=" + low[i], "f=" + _fold(low[i]), "s=" + shp[i], "c=" + cr[i], "r=" + rule[i],
             "x=" + lx[i], "rs=" + rule[i] + shp[i]]
        for g in gaz.get(words[i], ()):
            f.append("g=" + g)
        if low[i] != words[i] and low[i] in gaz and "hon" in gaz[low[i]]:
            f.append("g=Hon")
        if i == 0 and a == 0 or i > 0 and words[i - 1] in _SENT_END:
            f.append("first")
        base.append(f)
    out = []
    for i in range(n):
        f = list(base[i])
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                p = f"{d}"
                f.append(p + "w=" + low[j])
                f.append(p + "s=" + shp[j])
                f.append(p + "r=" + rule[j])
                if abs(d) == 1:
                    f.append(p + "c=" + cr[j])
                    f.append(p + "x=" + lx[j])
                    for g in gaz.get(words[j], ()):
                        f.append(p + "g=" + g)
            else:
                f.append(f"{d}BOS" if d < 0 else f"{d}EOS")
        if i > 0:
            f.append("bw=" + low[i - 1] + "|" + low[i])
        if i + 1 < n:
            f.append("bw+=" + low[i] + "|" + low[i + 1])
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
