"""Comparable facts and the conflicts between reports of one story.

`extract_facts` finds periods ("từ năm 2025 đến 2030", "2025-2030",
"giai đoạn 2025–2027"), dates ("15/7/2025", "16-07-2025"), amounts
("5 triệu đồng", "5.000.000 đồng/tháng"), percentages, ratios ("33/34 tỉnh")
and counts ("739 doanh nghiệp") in each sentence of ``article.text``. Each
fact carries the sentence span, a normalized value that compares across
reports ("2025-2030", "5000000 VND") and a subject: the first named phrase of
the sentence ("Sư đoàn 968" → ``su-doan-968``) plus the set of all named
phrases of the sentence (``names``).

`find_conflicts` compares facts of *different* articles of one story: same
kind, same unit, overlapping subjects (same subject key, or names sharing
≥ ``MIN_NAME_OVERLAP`` of the smaller set) and different values. Facts that
are about different subjects are not compared, which keeps false alarms out.
Measured on the multi-report stories of 10,000 VietNews articles (clustered
automatically, so many mix several days of a series), more guards cut the
flags from 7,395 to 321, without losing the seed or demo conflicts:

* a date, amount, percentage or count must be told in alike sentences
  (content-word Jaccard ≥ ``MIN_SENTENCE_OVERLAP``): two TV episodes' air
  dates are not one fact;
* periods must overlap (2025–2030 vs 2025–2027, not 1964–1973 vs 2019–2024);
* a round number agrees with the exact one it rounds ("hơn 1.159 tỷ");
* two reports that disagree on more than ``MAX_PAIR_CONFLICTS`` values
  report different things (two days' gold prices): none of it is flagged;
* at most ``MAX_CONFLICTS`` per story, in reading order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bantin.models import Article, Span
from bantin.pipeline.memo import per_article
from bantin.text.normalize import fold
from bantin.text.segment import sentence_spans

MIN_NAME_OVERLAP = 0.5  # share of the smaller name set two facts must share
MAX_PAIR_CONFLICTS = 2  # two reports disagreeing on more values than this report different things
MIN_SENTENCE_OVERLAP = 0.3  # Jaccard of content words: a date, amount or count must be told alike
MIN_ROUND_ZEROS = 3  # a number ending in this many zeros may be a rounded one ("hơn 1.159 tỷ" and 1.159.463.561.503 đồng)
MAX_CONFLICTS = 10  # per story, in reading order: a reader checks a few, not hundreds
DURATION_UNITS = frozenset(["năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "quý", "lần"])  # not counts

_UPPER = "".join(chr(c) for c in range(0x41, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
_UP = f"[{re.escape(_UPPER)}]"
# Named phrases: capitalized runs ("Phan Đức Khang", "Hội Phụ nữ"), or a
# capitalized word + a lowercase word + a number ("Sư đoàn 968", "Nghị định 179").
# Each branch opens with its character class, the "no letter before"
# lookbehind after it, so the regex engine can skip to capitals.
_NAME = re.compile(
    rf"{_UP}(?<!\w.)\w*\s+[a-zà-ỹđ]\w*\s+\d+(?![\d/])"
    rf"|{_UP}(?<!\w.)\w*(?:\s+(?:{_UP}\w*|&\w+))+"
    rf"|{_UP}(?<!\w.){_UP}+\w*"
)
_NUM = r"\d{1,3}(?:[.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_YEAR = r"(?:19|20)\d{2}"
_DASH = r"\s*[-–—]\s*"
_PERIOD = re.compile(
    rf"(?:từ\s+(?:năm\s+)?(?P<a1>{_YEAR})\s+(?:đến|tới)\s+(?:năm\s+)?(?P<b1>{_YEAR}))"
    rf"|(?:(?P<a2>{_YEAR}){_DASH}(?P<b2>{_YEAR}))",
    re.IGNORECASE,
)
_DATE = re.compile(r"(?<![\d/])(?P<d>\d{1,2})[/-](?P<m>\d{1,2})(?:[/-](?P<y>(?:19|20)\d{2}))?(?![\d/])")
_AMOUNT = re.compile(
    rf"(?P<n>{_NUM})\s*(?P<mult>nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?P<cur>đồng|VNĐ|VND|USD|đô la|euro|EUR)", re.IGNORECASE
)
_PERCENT = re.compile(rf"(?P<n>{_NUM})\s*(?:%|phần trăm)", re.IGNORECASE)
_RATIO = re.compile(r"(?<![\d/])(?P<a>\d+)/(?P<b>\d+)(?![\d/])\s+(?P<unit>[a-zà-ỹđ]\w*)")
_COUNT = re.compile(rf"(?<![\w.,/])(?P<n>{_NUM})\s+(?P<unit>[a-zà-ỹđ]\w*(?:\s+[a-zà-ỹđ]\w*)?)")
_MULT = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_CURRENCY_CUES = ("đồng", "vnđ", "vnd", "usd", "đô la", "eur")  # lowercased: what _AMOUNT needs
_CUR = {"đồng": "VND", "vnđ": "VND", "vnd": "VND", "usd": "USD", "đô la": "USD", "euro": "EUR", "eur": "EUR"}
_DATE_CUE = re.compile(r"(?:ngày|từ|đến|sáng|chiều|tối|trưa|đêm|hôm|tháng)\s*$", re.IGNORECASE)


def _num(s: str) -> float:
    """Vietnamese number: "5.000.000" → 5000000, "15,47" → 15.47."""
    return float(s.replace(".", "").replace(",", "."))


def _fmt(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


def _key(phrase: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(phrase)).strip("-")


@dataclass(slots=True, frozen=True)
class Fact:
    kind: str  # period | date | amount | percent | ratio | count
    value: str  # normalized, comparable: "2025-2030", "5000000 VND", "33/34"
    unit: str  # what is counted ("doanh nghiệp", "tỉnh"); "" when the kind says it
    subject: str  # key of the sentence's first named phrase: "su-doan-968"
    names: frozenset[str]  # keys of all named phrases of the sentence
    text: str  # the matched words as published
    sentence: Span  # the sentence as published
    # What question the value answers (see `_same_role`), computed once per
    # fact: comparing is pairwise, so per-pair folding dominated the cost.
    role: frozenset[str] = frozenset()
    target: bool = False
    words: frozenset[str] = frozenset()  # the sentence's content words, folded
    subject_name: str = ""  # the subject as written: "Sư đoàn 968"


@dataclass(slots=True, frozen=True)
class Conflict:
    kind: str
    subject: str
    a: Fact
    b: Fact

    def to_dict(self) -> dict:
        name = next((f.subject_name for f in (self.a, self.b) if f.subject == self.subject), "")
        return {"kind": self.kind, "subject": self.subject, "subject_name": name or self.subject,
                "a": {"value": self.a.value, **self.a.sentence.to_dict()},
                "b": {"value": self.b.value, **self.b.sentence.to_dict()}}


_DIGIT = re.compile(r"\d")


def _sentence_facts(sent: str) -> list[tuple[str, str, str, str, int, int]]:
    """(kind, value, unit, matched text, start, end) in one sentence."""
    if not _DIGIT.search(sent):  # every kind of fact is written with digits
        return []
    found: list[tuple[str, str, str, str, int, int]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add(kind, value, unit, m):
        a, b = m.span()
        if free(a, b):
            taken.append((a, b))
            found.append((kind, value, unit, m.group(0), a, b))

    # Each kind's regex runs only when the sentence holds what it needs (a
    # substring test is far cheaper than a regex scan).
    low = sent.lower()
    has_slash, has_dash = "/" in sent, "-" in sent or "–" in sent or "—" in sent
    years = "19" in sent or "20" in sent
    for m in (_PERIOD.finditer(sent) if years else ()):
        a = m.group("a1") or m.group("a2")
        b = m.group("b1") or m.group("b2")
        if int(a) <= int(b):
            add("period", f"{a}-{b}", "", m)
    for m in (_RATIO.finditer(sent) if has_slash else ()):
        a, b = int(m.group("a")), int(m.group("b"))
        if a <= b and not _DATE_CUE.search(sent[: m.start()]) and m.group("unit") not in DURATION_UNITS:
            add("ratio", f"{a}/{b}", m.group("unit"), m)
    for m in (_DATE.finditer(sent) if has_slash or has_dash else ()):
        d, mo, y = int(m.group("d")), int(m.group("m")), m.group("y")
        if 1 <= d <= 31 and 1 <= mo <= 12:
            add("date", f"{y}-{mo:02d}-{d:02d}" if y else f"--{mo:02d}-{d:02d}", "", m)
    for m in (_AMOUNT.finditer(sent) if any(c in low for c in _CURRENCY_CUES) else ()):
        v = _num(m.group("n")) * _MULT.get((m.group("mult") or "").lower(), 1.0)
        add("amount", f"{_fmt(v)} {_CUR[m.group('cur').lower()]}", "", m)
    for m in (_PERCENT.finditer(sent) if "%" in sent or "phần trăm" in low else ()):
        add("percent", f"{_fmt(_num(m.group('n')))}%", "", m)
    for m in _COUNT.finditer(sent):
        unit = m.group("unit")
        first = unit.split()[0]
        if first in DURATION_UNITS or first in _MULT or re.fullmatch(_YEAR, m.group("n")):
            continue
        add("count", _fmt(_num(m.group("n"))), unit, m)
    return found


@per_article()
def extract_facts(article: Article) -> tuple[Fact, ...]:
    """Facts of ``article.text`` with their sentences and subjects."""
    text = article.text
    out: list[Fact] = []
    for s, e in sentence_spans(text):
        sent = text[s:e]
        raw = _sentence_facts(sent)
        if not raw:
            continue
        name_spans = [m.span() for m in _NAME.finditer(sent)]
        keyed = [(k, a, b) for k, (a, b) in
                 ((_key(sent[a:b]), (a, b)) for a, b in name_spans) if k]
        names = [k for k, _, _ in keyed]
        subject, subject_name = (keyed[0][0], _written_name(sent, keyed)) if keyed else ("", "")
        span = Span(article.id, s, e, sent)
        folded = fold(sent)
        target = bool(_TARGET.search(folded))
        words = frozenset(w for w in _LETTERS.findall(folded) if w not in _FILLER)
        for kind, value, unit, mtext, a, _b in raw:
            if kind == "count" and any(x <= a < y for x, y in name_spans):
                continue  # the number of a name: "Sư đoàn 968", "Nghị quyết 57"
            out.append(Fact(kind, value, unit, subject, frozenset(names), mtext, span,
                            _role(sent, mtext), target, words, subject_name))
    return tuple(out)


_ADMIN = re.compile(r"\s+(?:tỉnh|thành phố|huyện|quận|xã|phường|thị xã)\s+$")


def _written_name(sent: str, keyed: list[tuple[str, int, int]]) -> str:
    """The subject as a reader wants it: "UBND tỉnh Tuyên Quang" rather than
    "UBND" when the first name is a body of the unit named next."""
    _, a, b = keyed[0]
    if len(keyed) > 1 and _ADMIN.fullmatch(" " + sent[b:keyed[1][1]]):
        b = keyed[1][2]
    return sent[a:b]


def _same_subject(a: Fact, b: Fact) -> bool:
    if a.subject and a.subject == b.subject:
        return True
    if not a.names or not b.names:
        return False
    return len(a.names & b.names) / min(len(a.names), len(b.names)) >= MIN_NAME_OVERLAP


_WORD = re.compile(r"\w+")
_LETTERS = re.compile(r"[^\W\d_]+")

# Words that say nothing about a value's role, date cues included ("ngày",
# "sáng": every date has one).
_FILLER = frozenset("va cua la cac nhung mot cho voi tai trong duoc da dang se nay do hon "
                    "khoang gan chi moi con len xuong ngay sang chieu toi trua dem hom "
                    "luc vao nam thang".split())
ROLE_WORDS = 3  # words before a value that say what it is


def _role(sent: str, value_text: str) -> frozenset[str]:
    """The content words just before the value in its sentence: "khai mạc
    sáng 6/11" and "kéo dài đến 8/11" state different facts."""
    at = sent.find(value_text)
    words = [w for w in _WORD.findall(fold(sent[: max(at, 0)])) if not w.isdigit()]
    return frozenset(w for w in words[-ROLE_WORDS:] if w not in _FILLER)


# A target is not a result: "phấn đấu đạt 95%" and "mới đạt 71,4%" agree.
_TARGET = re.compile(r"\b(phan dau|muc tieu|chi tieu|du kien|ke hoach|se|dat ra|nham)\b")


def _same_role(a: Fact, b: Fact) -> bool:
    """Two values can only disagree when they answer the same question. A
    period ("từ năm 2025 đến 2030") carries its role; a single date, amount,
    percentage or count needs the same cue words before it (the opening day
    and the closing day of one event are not a conflict, nor is a rate
    reached and a rate targeted)."""
    if a.kind == "period":
        # "2025–2030" and "2025–2027" tell one plan's span differently;
        # periods that do not even overlap are about different things.
        (a0, a1), (b0, b1) = (map(int, f.value.split("-")) for f in (a, b))
        return a0 <= b1 and b0 <= a1
    if len(a.words & b.words) < MIN_SENTENCE_OVERLAP * len(a.words | b.words):
        return False  # told differently: likely not the same fact (two episodes, two days)
    if a.target != b.target:
        return False
    # Both bare ("Sáng 22/10, …"): the day of the reported event itself.
    return a.role == b.role or bool(a.role & b.role)


def _zeros(n: int) -> int:
    s = str(n)
    return len(s) - len(s.rstrip("0")) if n else 0


def _agree(a: Fact, b: Fact) -> bool:
    """Same value, or a round number and an exact one that rounds to it
    ("hơn 1.159 tỷ đồng" and 1.159.463.561.503 đồng)."""
    if a.value == b.value:
        return True
    if a.kind not in ("amount", "count") or a.value.split()[1:] != b.value.split()[1:]:
        return False
    x, y = (float(f.value.split()[0]) for f in (a, b))
    if x != int(x) or y != int(y):
        return False
    (r, zr), (e, ze) = sorted(((int(v), _zeros(int(v))) for v in (x, y)), key=lambda t: -t[1])
    return zr >= MIN_ROUND_ZEROS and ze < zr and round(e, -zr) == r


def _sharing_a_name(facts: list[tuple[int, str, Fact]]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of facts with a name in common: `_same_subject`
    needs one, so the other pairs (most, in a long story) are never tried."""
    by_name: dict[str, list[int]] = {}
    for i, (_, _, f) in enumerate(facts):
        for name in f.names:
            by_name.setdefault(name, []).append(i)
    out: set[tuple[int, int]] = set()
    for idx in by_name.values():
        for k, i in enumerate(idx):
            out.update((i, j) for j in idx[k + 1:])
    return sorted(out)


def find_conflicts(articles: Sequence[Article]) -> list[Conflict]:
    """Facts of different articles (one story) that disagree about one subject."""
    # Only facts of one kind and unit can disagree: pairs are looked for
    # within those groups, then taken in reading order (article, then fact).
    groups: dict[tuple[str, str], list[tuple[int, str, Fact]]] = {}
    n = 0
    for a in articles:
        for f in extract_facts(a):
            groups.setdefault((f.kind, f.unit), []).append((n, a.id, f))
            n += 1
    pairs: list[tuple[int, int, Fact, Fact]] = []
    per_pair: dict[tuple[str, str], set] = {}
    for facts in groups.values():
        for i, j in _sharing_a_name(facts):
            (ia, ida, fa), (ib, idb, fb) = facts[i], facts[j]
            if (ida != idb and not _agree(fa, fb) and _same_subject(fa, fb)
                    and _same_role(fa, fb)):
                pairs.append((ia, ib, fa, fb))
                per_pair.setdefault(tuple(sorted((ida, idb))), set()).add(
                    (fa.kind, *sorted((fa.value, fb.value))))
    # Two reports of one event mostly agree: when they "disagree" on many
    # values (two days' market reports, two matches' scores), they report
    # different things, and none of it is a conflict.
    unlike = {k for k, v in per_pair.items() if len(v) > MAX_PAIR_CONFLICTS}
    out: list[Conflict] = []
    seen: set[tuple] = set()
    for _, _, fa, fb in sorted(pairs, key=lambda p: p[:2]):
        if tuple(sorted((fa.sentence.article_id, fb.sentence.article_id))) in unlike:
            continue
        key = (fa.kind, fa.subject or fb.subject, *sorted((fa.value, fb.value)))
        if key not in seen:
            seen.add(key)
            out.append(Conflict(fa.kind, fa.subject or fb.subject, fa, fb))
            if len(out) == MAX_CONFLICTS:
                break
    return out
