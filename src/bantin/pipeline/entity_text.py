"""Shared pieces of the entity stage: the `Entity` record, character
classes, case helpers and the anchors (capitalized words and numbers)
every finder starts from. See `pipeline.entities`."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from bantin.pipeline.gazetteer import organizations as org_gaz
from bantin.pipeline.gazetteer import people as people_gaz
from bantin.text.normalize import normalize as _normalize
from bantin.text.normalize import slugify as _slugify
from bantin.text.normalize import tone

# Plain gazetteer lists as sets (the lists are data modules: cheap to import).
_WEAK_SURNAMES_SET = frozenset(people_gaz.WEAK_SURNAMES)
# surnames that are hardly other words ("Nguyễn", not "Hà", "Nông")
_STRONG_SURNAMES = frozenset(people_gaz.SURNAMES) - _WEAK_SURNAMES_SET
_NOT_NAME_STARTS_SET = frozenset(people_gaz.NOT_NAME_STARTS)
_FOREIGN_SUR = frozenset(people_gaz.FOREIGN_SURNAMES)
_AGENCY_HEADS_SET = frozenset(org_gaz.AGENCY_HEADS)
_NOT_ORG_ACRONYMS = frozenset(org_gaz.NOT_ORG_ACRONYMS)
_FOREIGN_GIVEN = frozenset(people_gaz.FOREIGN_GIVEN)
# things and places that read like names: never a person, nor multi-word countries
_NOT_PERSONS = frozenset(people_gaz.NOT_PERSONS) | frozenset(
    w.strip() for line in people_gaz.PLACES_NOT_PERSONS.splitlines() for w in line.split("|")
    if w.strip()) | frozenset(c for c in people_gaz.country_names() if " " in c)
_PLACE_CUES = frozenset(people_gaz.PLACE_CUES)

# Names repeat across articles: cache the normalized and slug forms.
normalize = lru_cache(maxsize=1 << 16)(_normalize)
slugify = lru_cache(maxsize=1 << 16)(_slugify)

KINDS = ("province", "agency", "organization", "person", "legal", "date", "amount",
         "percent", "ratio")


@dataclass(slots=True)
class Entity:
    kind: str
    key: str  # stable id for URLs and filters: "dien-bien", "179/2025/nd-cp"
    name: str  # canonical display name
    start: int
    end: int
    value: object = None  # normalized value (JSON-serializable)
    role: str | None = None  # people: "Thủ tướng", "Bộ trưởng Bộ Y tế"

    def to_dict(self) -> dict:
        return {"kind": self.kind, "key": self.key, "name": self.name, "start": self.start,
                "end": self.end, "value": self.value, "role": self.role}

    def row(self) -> tuple:
        """(kind, key, name, start, end, value as JSON, role): the store's row.
        Workers hand the writer these tuples, which unpickle far faster than
        ~20 objects an article."""
        return (self.kind, self.key, self.name, self.start, self.end,
                json.dumps(self.value, ensure_ascii=False) if self.value is not None else None,
                self.role)


# --- character classes and small helpers -------------------------------------

def _letters(pred) -> str:
    return "".join(
        c for c in map(chr, range(0x41, 0x1EFA))
        if pred(c) and "LATIN" in unicodedata.name(c, "")
    )


_UP = _letters(str.isupper)
_UPSET = frozenset(_UP)
_WORD_RE = re.compile(r"\w+")
# A capitalized word; hyphenated parts allowed ("Jong-un").
_CAPWORD = rf"[{_UP}]\w*(?:-\w+)*"
_CAPRUN_RE = re.compile(rf"\b{_CAPWORD}(?: {_CAPWORD})*")


def _lowered(text: str) -> str:
    """Lower-case text, same length as ``text`` (gazetteers hold both tone
    styles, so the text itself is not re-toned: that would cost more than all
    the matching)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # Not NFC or a character whose lower case is longer: fold char by char.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _norm_low(s: str) -> str:
    return tone(unicodedata.normalize("NFC", s)).lower()


@lru_cache(maxsize=1)
def _two_syllable_words() -> frozenset:
    """Two-syllable words of underthesea's Viet74K dictionary, lower case
    ("nông dân", "hải quân", "hiến pháp"); empty when it is not installed."""
    try:
        from importlib import resources as _res
        raw = _res.files("underthesea").joinpath("corpus/data/Viet74K.txt").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset()
    return frozenset(_norm_low(w) for w in raw.splitlines() if w.count(" ") == 1)


def _word_pair(first: str, second: str) -> bool:
    """``first second`` is a two-syllable word ("Bình luận", "hải quân")."""
    return _norm_low(f"{first} {second}") in _two_syllable_words()


_NEW_TONE = re.compile("([òóỏõọ])([ae])(?!\\w)|(?<![q])([ùúủũụ])(y)(?!\\w)")


def _old_style(s: str) -> str:
    """ "hòa" → "hoà", "thủy" → "thuỷ": the other tone placement (lower case)."""
    def move(m):
        first = m.group(1) or m.group(3)
        second = m.group(2) or m.group(4)
        d = unicodedata.normalize("NFD", first)
        return d[0] + unicodedata.normalize("NFC", second + d[1:])
    return _NEW_TONE.sub(move, s)


def _lk(table: dict, s: str):
    """Look ``s`` up in a table keyed by new-style lower-case spellings."""
    v = table.get(s)
    return v if v is not None else table.get(tone(s))


def _trie_regex(words: Iterable[str]) -> str:
    """A regex that matches any of ``words`` (in both tone styles), longest
    first, shaped as a trie: Python's ``re`` then scans it in one pass."""
    trie: dict = {}
    words = list(words)
    seen = set(words)
    words += [o for o in map(_old_style, words) if o not in seen]
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        end = False
        for ch in sorted(node):
            if ch == "":
                end = True
                continue
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        s = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            s = "(?:" + s + ")?"
        return s

    return build(trie)


class _LazyTrie:
    """``re.compile(prefix + "(?:" + _trie_regex(words) + ")" + suffix)`` for
    `match` at a word start, compiled per first word when first needed: a
    gazetteer of 12,000 names took ~0.7 s to compile whole, paid by every
    process (one `bantin ingest` of one article), and a text needs the names
    of a few dozen first words."""

    __slots__ = ("_groups", "_compiled", "_prefix", "_suffix")

    def __init__(self, words: Iterable[str], prefix: str = "", suffix: str = ""):
        words = list(words)
        seen = set(words)
        words += [o for o in map(_old_style, words) if o not in seen]
        groups: dict[str, list[str]] = {}
        for w in words:
            m = _WORD_RE.match(w)
            if m:
                groups.setdefault(m.group(), []).append(w)
        self._groups = groups
        self._compiled: dict[str, re.Pattern] = {}
        self._prefix, self._suffix = prefix, suffix

    def match(self, text: str, pos: int, word: str | None = None) -> re.Match | None:
        """A match at ``pos``; ``word``: the word there, when the caller has it."""
        if word is None:
            m = _WORD_RE.match(text, pos)
            if m is None:
                return None
            word = m.group()
        w = word
        rx = self._compiled.get(w)
        if rx is None:
            group = self._groups.get(w)
            if group is None:
                return None
            rx = self._compiled[w] = re.compile(
                f"{self._prefix}(?:{_trie_regex(group)}){self._suffix}")
        return rx.match(text, pos)


def _case_checks(variant: str) -> tuple:
    """Per-token case rules of a gazetteer spelling: acronyms and CamelCase
    tokens must match exactly, capitalized tokens need a capital."""
    checks = []
    for m in _WORD_RE.finditer(variant):
        tok = m.group()
        if len(tok) >= 2 and (tok.isupper() or any(c.isupper() for c in tok[1:])):
            checks.append((m.start(), tok, True))
        elif tok[0].isupper():
            checks.append((m.start(), tok, False))
    return tuple(checks)


def _case_ok(text: str, start: int, checks: tuple) -> bool:
    for off, tok, exact in checks:
        i = start + off
        if exact:
            if text[i:i + len(tok)] != tok:
                return False
        elif text[i] not in _UPSET:
            return False
    return True


def _prev_word(text: str, pos: int) -> tuple[str, int] | None:
    """The word right before ``pos`` when only spaces separate them."""
    j = pos
    while j > 0 and text[j - 1] == " ":
        j -= 1
    if j == pos or j == 0 or not text[j - 1].isalnum():
        return None
    k = j
    while k > 0 and (text[k - 1].isalnum()):
        k -= 1
    return text[k:j], k


def _at_sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in ".!?\n\"“”'‘:;(-–—…"


def _tsv(block: str) -> list[list[str]]:
    rows = []
    for line in block.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _pipe(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()] if cell else []


# --- anchors: capitalized words and numbers ------------------------------------
#
# Python's ``re`` tries a pattern at every position unless the pattern starts
# with a literal or a character class; a trie over the lower-cased text thus
# costs ~50 ns a character for each pass. Every entity here starts at (or just
# before) a capitalized word or a number, so one scan with a class-prefixed
# pattern finds those anchors, and each gazetteer is tried only there, when
# the anchor's word is the first word of one of its entries. Lower-case cues
# ("ông", "thủ tướng", "công ty", "luật") are found by looking back from the
# capitalized word they introduce.

# The class comes first (so ``re`` skips ahead in C), the word start is
# checked after it: "iPhone" has no anchor.
_CAPS_RE = re.compile(rf"[{_UP}](?<![^\W_].)\w*")
_NUMS_RE = re.compile(r"\d(?<![^\W_].)\w*")
_ANCHOR_RE = re.compile(rf"[{_UP}\d](?<![^\W_].)\w*")


def _anchors(text: str, low: str) -> tuple[list, list]:
    """Capitalized words and numbers that start a word.

    Returns ([(start, end, word, previous word)], [(start, end)]), words lower-cased;
    the previous word is "" unless a single space separates them."""
    caps = []
    nums = []
    append = caps.append
    num_append = nums.append
    rfind = low.rfind
    upset = _UPSET
    # one scan for both (capitals and digits share the class)
    for m in _ANCHOR_RE.finditer(text):
        s, e = m.span()
        if text[s] not in upset:
            num_append((s, e))
            continue
        j = s - 1
        if j > 0 and low[j] == " ":
            pw = low[rfind(" ", j - 24 if j > 24 else 0, j) + 1:j]
            if not pw.isalnum():
                pw = low[_word_start(low, j):j]
            append((s, e, low[s:e], pw))
        else:
            append((s, e, low[s:e], ""))
    return caps, nums


def _first_words(words: Iterable[str]) -> set[str]:
    out = set()
    for w in words:
        fm = _WORD_RE.match(w)
        if fm:
            out.add(fm.group())
            out.add(_old_style(fm.group()))
            out.add(tone(fm.group()))
    return out


def _word_start(low: str, j: int) -> int:
    """Start of the word that ends at ``j`` (letters, digits, dots)."""
    k = low.rfind(" ", j - 24 if j > 24 else 0, j) + 1
    w = low[k:j]
    if not w.isalnum():
        # punctuation or a new line inside: keep what follows it ("(công", "tp.")
        i = len(w)
        while i and (w[i - 1].isalnum() or w[i - 1] == "."):
            i -= 1
        k += i
    return k


def _prev_starts(low: str, p: int, n: int, words=None) -> list[int]:
    """Starts of up to ``n`` words before ``p`` (nearest first), separated by
    single spaces; stops at a word not in ``words`` when given."""
    out = []
    j = p - 1
    rfind = low.rfind
    while j > 0 and low[j] == " ":
        k = rfind(" ", j - 24 if j > 24 else 0, j) + 1
        w = low[k:j]
        if not w.isalnum():
            k = _word_start(low, j)
            w = low[k:j]
        if k >= j or (words is not None and w not in words):
            break
        out.append(k)
        if len(out) == n:
            break
        j = k - 1
    return out



# --- shared by several finders ---------------------------------------------------

_NAME_STOP = {"khẳng", "nhấn", "xác", "đề", "yêu", "gửi", "ký", "lập", "và", "với", "cho", "đã", "đang", "sẽ", "vừa", "là", "của", "tại", "ở", "trong", "về", "có", "được", "bị", "này", "đó", "khi", "nhưng", "để", "theo", "từ", "đến", "cùng", "thì", "mà", "nên", "không", "cũng", "đều", "vẫn", "còn", "rất", "các", "những", "một", "hai", "ba", "biết", "nói", "vào", "ra", "lên", "xuống", "trên", "dưới", "sau", "trước", "nhằm", "do", "bởi", "hay", "hoặc", "như", "nay", "mới", "mang"}


_TOKEN_RE = re.compile(r"[\w][\w&'’.\-]*[\w&]|\w")


def _resolve(cands: list[tuple[int, Entity]]) -> list[Entity]:
    """Non-overlapping choice: longer spans first, then priority, then earlier."""
    cands.sort(key=lambda pe: (-(pe[1].end - pe[1].start), pe[0], pe[1].start))
    taken: list[tuple[int, int]] = []
    out = []
    for _p, e in cands:
        if any(e.start < b and a < e.end for a, b in taken):
            continue
        taken.append((e.start, e.end))
        out.append(e)
    return out
