"""A small trained classifier for the names the rules leave unlabeled.

`extract_entities` runs the rules first; this module then looks at the
capitalized runs that no rule entity touches (Vietnamese names are runs of
capitalized syllables: "Nguyễn Tiến Hương", "Agribank Bình Chánh", "Khaosod")
and labels each as ``person``, ``organization``, ``agency`` or nothing, with a
multinomial logistic regression over sparse features of the run and its
context: the words before and after it, its length and shape (acronym,
camel case "TPBank", digits, dots), whether it starts with a surname, how
often its words are capitalized mid-sentence in news (a table counted once
over a news corpus: "theo" almost never, "tuấn" always, unknown words are
often foreign names), whether it repeats in the text, whether it is the
tail of a name the rules found, and, for one- and two-word runs, how news
uses the same words elsewhere (`name_code`: "Hoài Phương" ends full names
such as "Nguyễn Hoài Phương" and never follows "xã"; "Tân Phú" follows
"phường"), so that a stage name or a short name stands alone.

The model is trained by ``benchmarks/train_entity_model.py`` on the
annotated development sets (``tests/data/entities_gold.jsonl``, ``entities_dev*.jsonl``
and the retired first held-out set) and shipped
as ``bantin/data/entity_model.json.gz``: per-feature weight rows, the
intercepts, the per-kind thresholds, the capitalization table and the
name-evidence table. Scoring is
plain Python dict look-ups (no scikit-learn at run time): a few tens of
microseconds per article.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from bantin.pipeline.entity_text import _STRONG_SURNAMES, _UP, _word_pair

CLASSES = ("none", "person", "organization", "agency")
MODEL_FILE = "data/entity_model.json.gz"  # inside the bantin package


# A capitalized token: "Hương", "TPBank", "Zing.vn", "V.A", "OC", "M.U", "Jong-un".
_CAPTOK = rf"[{_UP}][\w]*(?:[.\-'’&][\w]+)*"
# class first, look-behind after it: ``re`` then skips to capitals in C
_RUN_RE = re.compile(rf"[{_UP}](?<![\w.\-].)\w*(?:[.\-'’&]\w+)*(?: (?:&|{_CAPTOK}))*")
# last words of titles and honorifics ("ông", "tướng", "trưởng", "tịch")
_TITLE_END = frozenset(["ông", "bà", "anh", "chị", "cô", "chú", "bác", "em", "cháu", "cụ", "bé",
                        "tướng", "trưởng", "tịch", "thư", "thống", "tá", "úy", "uý", "sĩ", "viên",
                        "hlv", "vệ", "đạo", "môn", "sư", "giả", "nhiệm", "đốc", "lý", "tướng"])
_SENT_END = ".!?\n:;\"“”'‘…"
_LANGUAGE_WORDS = ("tiếng ", "Tiếng ")
_COMPASS = frozenset(["Nam", "Bắc", "Đông", "Tây", "Trung"])
_REGION_WORDS = ("miền ", "Miền ", "phía ", "Phía ", "hướng ", "vùng ", "khu vực ", "Đông ", "Tây ")
_NEXT_WORD = re.compile(r"\w+")
_MAX_TOKENS = 6


@lru_cache(maxsize=1)
def _countries() -> frozenset:
    """Country names, lower-case: never a person or body alone ("Đức", "Anh"
    stay candidates: they are given names too)."""
    from bantin.pipeline.gazetteer.people import country_names
    cs = {c.lower() for c in country_names()}
    return frozenset(cs - {"đức", "anh"})


def _bucket(x: int | None) -> str:
    return "u" if x is None else str(x)


def _shape(tok: str) -> str:
    if len(tok) == 1:
        return "I"  # an initial: "H", "T"
    if "." in tok:
        return "D"  # "Zing.vn", "V.A", "T.T.T.T"
    if tok.isupper():
        return "A"  # "HAGL", "IAEA"
    if tok.isalpha():
        if not tok[1:].islower():
            return "C"  # camel case: "TPBank"
        return "a" if tok.isascii() else "v"  # ascii only: often foreign
    return "9"  # digits or other marks


def candidates(text: str, taken: list[tuple[int, int]], capratio: dict,
               known: dict | None = None, skip: frozenset = frozenset(),
               names: dict | None = None) -> list:
    """(start, end, features) for the capitalized runs that no span in
    ``taken`` overlaps (runs cut at those spans), at most ``_MAX_TOKENS`` long.
    ``known``: surface → kind of what the rules found ("Hương" → person for
    the tail of "Nguyễn Tiến Hương"). ``skip``: surfaces not worth scoring.
    ``names``: surface → name-evidence code (`name_code`) of one- and
    two-word runs."""
    out = []
    n = len(text)
    countries = _countries()
    gaps = []
    pos = 0
    for a, b in sorted(taken):
        if a > pos:
            gaps.append((pos, a))
        if b > pos:
            pos = b
    gaps.append((pos, n))
    finditer = _RUN_RE.finditer
    for ga, gb in gaps:
        for m in finditer(text, ga, gb):
            run = m.group()
            s = m.start()
            if " " in run:
                toks = run.split(" ")
                while not toks[-1][0].isupper():
                    toks.pop()  # a trailing "&"
                if len(toks) > _MAX_TOKENS:
                    continue
            else:
                toks = [run]
            if len(toks) == 1:
                # a word more often lower-case than not ("Theo", "Tổng", "Công"):
                # a name only when the rules found it as one ("Công" after
                # "Lê Văn Công"), and never opening a sentence
                w = toks[0]
                cr = capratio.get(w.lower())
                if cr is not None and cr <= 5 and (
                        not known or w not in known or _sentence_start(text, s)):
                    continue
                e = s + len(w)
                if e + 2 < n and text[e] == " " and text[e + 1].islower() and \
                        _sentence_start(text, s):
                    nw = _NEXT_WORD.match(text, e + 1).group()
                    if _word_pair(w, nw):
                        continue  # "Bình luận về ...": a word opening the sentence
            else:
                e = s + len(" ".join(toks))
            surf = text[s:e]
            if s >= 6 and text[s - 6:s] in _LANGUAGE_WORDS or \
                    " " not in surf and surf in _COMPASS and text.endswith(_REGION_WORDS, 0, s):
                continue  # "tiếng Anh": a language; "miền Nam": a region, not "Nam" of a name
            if surf in skip and not (known and surf in known) or \
                    len(toks) < 4 and surf.lower() in countries:
                continue  # skipped unless the rules found it as a name ("Đức")
            out.append((s, e, _features(text, s, e, toks, capratio, n, known, names)))
    return out


def _sentence_start(text: str, s: int) -> bool:
    j = s - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j < 0 or text[j] in _SENT_END


def name_code(per: int, loc: int, org: int) -> str:
    """Three digits, one per count of `mine_names.mine_given` (articles where
    a run ends a full Vietnamese name, follows a place cue, follows an
    organization cue), each bucketed 0 / 1-2 / 3-9 / 10-49 / 50+."""
    return "".join("0" if c == 0 else "1" if c <= 2 else "2" if c <= 9 else "3" if c <= 49
                   else "4" for c in (per, loc, org))


def _features(text: str, s: int, e: int, toks: list[str], capratio: dict, n: int,
              known: dict | None, names: dict | None = None) -> list[str]:
    k = len(toks)
    surf = text[s:e]
    low = surf.lower().split(" ")
    f = [f"n={min(k, 5)}", "f=" + low[0], "l=" + low[-1]]
    if k > 2:
        f += ["w=" + w for w in low[1:-1]]
    f.append("sh=" + "".join(map(_shape, toks[:4])))
    c0 = capratio.get(low[0])
    c1 = "u" if c0 is None else str(c0)
    f.append("c1=" + c1)
    if k > 1:
        kn = [c for c in map(capratio.get, low) if c is not None]
        f.append("cmin=" + (str(min(kn)) if kn else "u"))
        if len(kn) < k:
            f.append("cu")
    else:
        f.append("cmin=" + c1)
        if c0 is None:
            f.append("cu")
    if toks[0] in _STRONG_SURNAMES:
        f.append("sur")
    if names is not None and k <= 2:
        # how news uses these words elsewhere: "Bảo Huy" ends full names and
        # never follows "xã"; "Tân Phú" follows "phường"
        code = names.get(surf, "000")
        f += [f"g{k}={code}", f"gp{k}={code[0]}", f"gl{k}={code[1]}", f"go{k}={code[2]}"]
    # context before: the word (and the one before it) or the punctuation
    j = s - 1
    if j >= 0 and text[j] == " ":
        j -= 1
    pc = text[j] if j >= 0 else "^"
    if pc.isalnum():
        a = text.rfind(" ", 0, j) + 1
        pw = text[a:j + 1].lower()
        f.append("p=" + pw)
        if a >= 2 and text[a - 2].isalnum():
            b = text.rfind(" ", 0, a - 1) + 1
            f.append("pp=" + text[b:a - 1].lower() + "_" + pw)
        f.append(f"pk={min(k, 3)}_{int(pw in _TITLE_END)}")
    else:
        ps = "." if pc in _SENT_END or pc == "^" else pc
        f.append("ps=" + ps)
        f.append(f"psk={ps}_{min(k, 3)}_{c1}")
    # context after
    j = e
    if j < n and text[j] == " ":
        j += 1
    nc = text[j] if j < n else "$"
    if nc.isalnum():
        b = text.find(" ", j, j + 16)
        f.append("x=" + text[j:b if b > 0 else j + 16].lower())
    else:
        f.append("xs=" + nc)
    if text.count(surf) > 1:
        f.append("rep")
    if known:
        kk = known.get(surf)
        if kk:
            f.append("k=" + kk)
    return f


def known_forms(text: str, ents) -> dict:
    """Surface → kind for the rule entities: a person's full name and its last
    one or two syllables, a body's full name."""
    out = {}
    for e in ents:
        if e.kind == "person":
            toks = text[e.start:e.end].split(" ")
            out[" ".join(toks)] = "person"
            out.setdefault(toks[-1], "person")
            if len(toks) >= 3:
                out.setdefault(" ".join(toks[-2:]), "person")
        elif e.kind in ("organization", "agency"):
            out.setdefault(text[e.start:e.end], e.kind)
    return out


class Model:
    def __init__(self, weights: dict, intercept: list, thresholds: dict, capratio: dict,
                 skip: Iterable[str] = (), names: dict | None = None):
        self.weights = weights  # feature → [w per class]
        self.intercept = intercept
        self.thresholds = thresholds  # kind → min probability
        self.capratio = capratio
        # frequent surfaces the model labeled nowhere in a news sample ("UBND",
        # "Biển Đông", "Trung"): skipped before scoring, for speed only
        self.skip = frozenset(skip)
        # surface → `name_code` (None in models trained before the table)
        self.names = names

    @classmethod
    def load(cls, path=None) -> Model:
        if path is None:
            raw = resources.files("bantin").joinpath(MODEL_FILE).read_bytes()
        else:
            with open(path, "rb") as f:
                raw = f.read()
        d = json.loads(gzip.decompress(raw))
        return cls(d["weights"], d["intercept"], d["thresholds"], d["capratio"],
                   d.get("skip", ()), d.get("names"))

    def to_json(self) -> dict:
        return {"classes": list(CLASSES), "weights": self.weights, "intercept": self.intercept,
                "thresholds": self.thresholds, "capratio": self.capratio,
                "skip": sorted(self.skip), "names": self.names}

    def logits(self, feats: list[str]) -> list[float]:
        z = list(self.intercept)
        w = self.weights
        for ft in feats:
            row = w.get(ft)
            if row is not None:
                z[0] += row[0]
                z[1] += row[1]
                z[2] += row[2]
                z[3] += row[3]
        return z

    def scores(self, feats: list[str]) -> list[float]:
        z = self.logits(feats)
        mx = max(z)
        ex = [math.exp(v - mx) for v in z]
        tot = sum(ex)
        return [v / tot for v in ex]

    def predict(self, text: str, taken: list[tuple[int, int]], known: dict | None = None,
                lexicon: dict | None = None) -> list[tuple[int, int, str, float]]:
        """(start, end, kind, probability) for the runs the model labels.
        ``lexicon``: surface → kind of names mined from unlabelled news
        (`entities._org_lexicon`); a run that is one of them, or one after a
        sentence-opening function word ("Theo Reuters"), takes that kind."""
        out = []
        th = self.thresholds
        for s, e, feats in candidates(text, taken, self.capratio, known, self.skip,
                                      self.names):
            if lexicon:
                surf = text[s:e]
                kind = lexicon.get(surf)
                if kind is None and " " in surf:
                    i = surf.index(" ")
                    cr = self.capratio.get(surf[:i].lower())
                    if cr is not None and cr <= 2:
                        kind = lexicon.get(surf[i + 1:])
                        if kind is not None:
                            s += i + 1
                if kind is not None and not (known and surf in known):
                    out.append((s, e, kind, 1.0))
                    continue
            z = self.logits(feats)
            best = 1 if z[1] >= z[2] and z[1] >= z[3] else (2 if z[2] >= z[3] else 3)
            if z[best] <= z[0]:
                continue  # "none" wins: most candidates stop here
            mx = z[best]
            p = 1.0 / sum(math.exp(v - mx) for v in z)
            kind = CLASSES[best]
            if p >= th.get(kind, 1.1):
                out.append((s, e, kind, p))
        return out


_MODEL: list = []


def model() -> Model | None:
    """The shipped model (loaded once), or None when it is absent or disabled."""
    if not _MODEL:
        try:
            _MODEL.append(Model.load())
        except (FileNotFoundError, ModuleNotFoundError, OSError, ValueError, KeyError):
            _MODEL.append(None)
    return _MODEL[0]


def set_model(m: Model | None) -> None:
    """Replace the model (None: rules only); for training and tests."""
    _MODEL[:] = [m]
