"""Stage 6 (briefs) and the story / topic leads: extractive summaries with spans.

Everything here is extractive: every returned sentence is a `Span` whose
``text == article.text[start:end]`` (or ``article.title[...]`` with
``field="title"``), so a reader can always be shown where a sentence came from.

Three entry points, all pure (prepared Articles in, spans out):

* `brief(article)`: the 1-3 sentence brief of one article (~60 syllables max),
  run on every ingested article, so it is regex-only (no word segmenter):
  the sentences are scored by a small linear model over position, overlap with
  the title, similarity to the article's centroid and shape (length, quotes,
  headings, captions), then the best are taken while the brief is shorter than
  an adaptive length target. Agency prefixes ("TTO -", "(Dân trí) -") and
  datelines are trimmed (the span starts after them); photo captions
  ("... Ảnh: Reuters") and bare sub-headings are skipped.
* `story_lead(articles)`: a ~200 syllable multi-document summary of a story's
  reports: sentences scored by similarity to the story centroid, by how many
  reports repeat them (agreement between outlets) and by their position,
  chosen with MMR against redundancy, output by report time then position.
* `topic_lead(stories)`: a 2-4 sentence paragraph on what is happening in a
  topic: the most important recent stories (reports, sources, recency), one
  sentence each (two for a dominating story), each its story's best sentence.

The scoring weights are module constants with the reason they have their
value; `benchmarks/summaries_quality.py` re-measures them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import pairwise

from bantin.models import Article, Span
from bantin.text.segment import sentence_spans

__all__ = [
    "LeadSentence",
    "StoryInput",
    "brief",
    "candidate_sentences",
    "story_lead",
    "topic_lead",
]

_WORD = re.compile(r"\w+")

# Very frequent function syllables: they carry no topic, so they are left out
# of the title overlap and of the centroid (no idf table on the hot path).
STOPWORDS = frozenset(
    ["và", "của", "là", "có", "được", "các", "những", "trong", "cho", "với", "này", "đã", "không", "người", "một", "để", "khi", "ngày", "năm", "từ", "theo", "tại", "về", "đến", "ra", "sẽ", "cũng", "đó", "như", "thì", "mà", "nhưng", "nhiều", "vào", "lại", "bị", "do", "còn", "trên", "sau", "rằng", "nên", "vì", "hay", "hơn", "chỉ", "đang", "đi", "ở", "tới", "qua", "nay", "hiện", "cùng", "việc", "nhất", "đều", "vẫn", "nếu", "thế", "mới", "phải", "rất", "ông", "bà", "anh", "chị", "em", "họ", "chúng", "tôi", "ta", "mình", "này", "kia", "ấy", "nào", "gì", "ai", "sự", "cái", "con", "chiếc", "những", "lúc", "vừa", "đây", "thành", "làm", "nói", "cho", "biết", "thể", "hoặc", "hoặc", "trước", "giữa", "tháng", "giờ", "bởi"]
)

# --- sentence candidates ---------------------------------------------------

# "TTO - ", "VOV.VN - ", "(Dân trí) - ", "Hà Nội (TTXVN) - ", "HÀ NỘI - ",
# "* ": a source tag or a dateline before the first real word.
_PREFIX = re.compile(r"^(?P<p>[^\n]{1,40}?)\s*[-–—]+\s+(?=\S)")
_DASHES = re.compile(r"[-–—]")
_BULLET = re.compile(r"^[*•·+>\-–—]+\s*")
# Photo/video credits that end a caption run into the text.
_CAPTION = re.compile(
    r"\(?\b(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Video|Clip|Nguồn ảnh|Đồ họa|Đồ hoạ)\s*[:：]"
    r"|\(Ảnh[^)]{0,60}\)|\bẢnh minh h[oọ][aạ]\b",
)
_ENDS_SENTENCE = re.compile(r"[.!?…:;\"'”’»)\]]$")
_END_CHARS = ".!?…:;\"'”’»)]"
_SENTENCE_START = re.compile(r"[\"'“‘«(\[]?\s*[A-ZÀ-ỸĐ0-9]")


def _is_tag(prefix: str) -> bool:
    """An agency tag or dateline: all capitals ("TTO", "VOV.VN", "HÀ NỘI"),
    or a parenthesised source ("(Dân trí)", "Hà Nội (TTXVN)")."""
    p = prefix.strip()
    if not p or len(p.split()) > 5:
        return False
    if p.endswith(")") and "(" in p:
        return len(p.split()) <= 5
    letters = [c for c in p if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _caption_end(s: str) -> int:
    """Where the real text starts after a caption credit run into it
    ("... Ảnh: REUTERSSo với ..." → the index of "So"), or -1 when the
    sentence is a caption with nothing after it (or not a caption: -2)."""
    m = _CAPTION.search(s)
    if not m:
        return -2
    i = m.end()
    n = len(s)
    limit = min(n - 1, i + 45)
    j = i
    while j < limit:
        c = s[j]
        if c.isupper() and j > i + 1:
            prev, nxt = s[j - 1], s[j + 1]
            if prev.isalpha() and (prev.islower() or nxt.islower()) and not prev.isspace():
                return j
        j += 1
    return -1


# With a limit, sentences are split a chunk of lines at a time (lines split
# independently, so this is exact): briefs need the top of the article only.
_CHUNK_CHARS = 1500


def _spans(text: str, limit: int | None) -> Iterable[tuple[int, int]]:
    if limit is None:
        yield from sentence_spans(text)
        return
    pos, n, seen = 0, len(text), 0
    while pos < n:
        cut = text.find("\n", pos + _CHUNK_CHARS)
        cut = n if cut == -1 else cut
        for a, b in sentence_spans(text[pos:cut]):
            yield pos + a, pos + b
            seen += 1
        if seen >= 2 * limit + 4:  # enough even after captions and headings are skipped
            return
        pos = cut + 1


def candidate_sentences(text: str, limit: int | None = None) -> list[tuple[int, int, int, bool]]:
    """The quotable sentences of ``text``: ``(start, end, paragraph, first_in_paragraph)``.

    Agency tags and datelines are trimmed from the start, photo captions and
    sub-headings (a short line without final punctuation) are skipped.
    """
    out: list[tuple[int, int, int, bool]] = []
    para = -1
    last_line_end = -1
    for start, end in _spans(text, limit):
        nl = text.rfind("\n", 0, start)
        new_para = nl != last_line_end or para < 0
        if nl != last_line_end:
            last_line_end = nl
            para += 1
        elif para < 0:
            para = 0
        s = text[start:end]
        # A sub-heading: a short line with no final punctuation.
        line_end = text.find("\n", end)
        whole_line = new_para and (line_end == -1 or line_end == end or not text[end:line_end].strip())
        if whole_line and not _ENDS_SENTENCE.search(s) and len(s) < 120:
            continue
        cut = _caption_end(s) if ("Ảnh" in s or ":" in s) else -2
        if cut == -1:
            continue
        if cut >= 0:
            start += cut
            s = text[start:end]
        m = _BULLET.match(s)
        if m and m.end() < len(s):
            start += m.end()
            s = s[m.end():]
        m = _PREFIX.match(s) if new_para and _DASHES.search(s, 0, 45) else None
        if m and _is_tag(m.group("p")) and _SENTENCE_START.match(s, m.end()):
            start += m.end()
        if end - start < 12:
            continue
        out.append((start, end, para, new_para))
        if limit is not None and len(out) >= limit:
            break
    return out


def _toks(s: str) -> list[str]:
    return _WORD.findall(s.lower())


def _content(toks: Iterable[str]) -> list[str]:
    return [t for t in toks if t not in STOPWORDS]


# --- brief ------------------------------------------------------------------

# How many leading sentences can be chosen: the sapo paraphrases the top of
# the article; beyond 8 the chance that a sentence is the best is ~nil.
BRIEF_CANDIDATES = 8
# Centroid text: the first N characters (the top of the article weighs more
# and it bounds the cost on long reports).
CENTROID_CHARS = 2500  # 4000 vs 2500: same ROUGE (±0.001), 15% faster

# Linear scorer over the features of `_brief_features` (fitted by ridge on
# vietnews-dev + abmusu-train, label = ROUGE-1/2 F1 of the sentence alone
# against the sapo; see benchmarks/summaries_quality.py --fit).
BRIEF_WEIGHTS = (-0.0133, -0.0626, -0.0172, -0.001, 0.0688, 0.0024, 0.1151, 0.136, 0.1939, -0.0097, -0.0153, -0.0044, -0.0046, 0.0051, 0.0036, 0.0009, 0.0865)
# Length target in syllables: a further sentence is taken when it brings the
# brief closer to the target (the sapo is 30-60 syllables and F1 peaks near
# the reference length). Longer articles have longer sapos (r = 0.33 between
# sapo length and log article length): target = WORDS + SLOPE * ln(chars / 2500).
BRIEF_TARGET_WORDS = 45
BRIEF_TARGET_SLOPE = 8.0
# A further sentence must score at least this fraction of the best one.
BRIEF_MIN_RELATIVE = 0.7
# Sentences sharing more than this fraction of syllables with a chosen one are
# redundant.
BRIEF_MAX_OVERLAP = 0.6


# A sentence that leans on the one before it ("Tuy nhiên, ...") reads badly
# first and is rarely what the sapo says.
_CONNECTIVE = re.compile(
    r"(?:Tuy nhiên|Ngoài ra|Trước đó|Theo đó|Cụ thể|Đồng thời|Bên cạnh đó|Trong khi đó|"
    r"Do đó|Vì vậy|Vì thế|Sau đó|Ngoài|Còn|Hiện|Thế nhưng|Nhưng|Mặt khác|Trong đó|"
    r"Đặc biệt|Riêng|Tương tự|Như vậy|Dù vậy|Khi đó|Lúc đó|Ông|Bà|Anh|Chị)\b"
)


_DIGIT = re.compile(r"\d")


def _brief_features(pos: int, first_in_para: bool, toks: list[str], title_set: set[str],
                    title_bi: set[tuple[str, str]], centroid: Counter, cnorm: float,
                    s: str) -> list[float]:
    n = len(toks)
    cset = set(toks)
    cset.difference_update(STOPWORDS)
    t_rec = len(cset & title_set) / len(title_set) if title_set else 0.0
    b_rec = len(title_bi.intersection(pairwise(toks))) / len(title_bi) if title_bi else 0.0
    if cset and cnorm:
        dot = sum(centroid[w] for w in cset)
        cos = dot / (cnorm * math.sqrt(len(cset)))
    else:
        cos = 0.0
    return [
        1.0,
        1.0 if pos == 0 else 0.0,
        1.0 if pos == 1 else 0.0,
        1.0 if pos == 2 else 0.0,
        1.0 / (1 + pos),
        1.0 if first_in_para else 0.0,
        t_rec,
        b_rec,
        cos,
        1.0 if n < 10 else 0.0,
        1.0 if n > 45 else 0.0,
        1.0 if pos == 0 and n < 16 else 0.0,
        0.0 if s[-1:] in _END_CHARS else 1.0,
        1.0 if _DIGIT.search(s) else 0.0,
        1.0 if _CONNECTIVE.match(s) else 0.0,
        t_rec / (1 + pos),
        cos / (1 + pos),
    ]


def _brief_table(article: Article) -> list[tuple[int, int, list[str], list[float]]]:
    """(start, end, tokens, features) of the candidate sentences of an article."""
    text = article.text
    cands = candidate_sentences(text, BRIEF_CANDIDATES)
    if not cands:
        return []
    title_toks = _toks(article.title or "")
    title_set = set(_content(title_toks))
    title_bi = set(pairwise(title_toks))
    centroid = Counter(_WORD.findall(text[:CENTROID_CHARS].lower()))
    for w in STOPWORDS.intersection(centroid):
        del centroid[w]
    cnorm = math.sqrt(sum(v * v for v in centroid.values()))
    rows = []
    for pos, (a, b, _para, first) in enumerate(cands):
        s = text[a:b]
        toks = _toks(s)
        rows.append((a, b, toks, _brief_features(pos, first, toks, title_set, title_bi,
                                                  centroid, cnorm, s)))
    return rows


def brief(article: Article, max_words: int = 60, max_sentences: int = 3) -> list[Span]:
    """The 1-``max_sentences`` sentence brief of ``article``, at most ``max_words``
    syllables (one sentence is always given even if longer), in text order."""
    rows = _brief_table(article)
    if not rows:
        title = article.title or ""
        if title.strip():
            a = len(title) - len(title.lstrip())
            b = len(title.rstrip())
            return [Span(article.id, a, b, title[a:b], "title")]
        return []
    w = BRIEF_WEIGHTS
    scored = sorted(
        ((sum(x * y for x, y in zip(w, f)), i) for i, (_, _, _, f) in enumerate(rows)),
        key=lambda t: (-t[0], t[1]),
    )
    best = scored[0][0]
    chosen = [scored[0][1]]
    words = len(rows[scored[0][1]][2])
    target = BRIEF_TARGET_WORDS + BRIEF_TARGET_SLOPE * math.log((len(article.text) + 1) / 2500)
    target = min(target, max_words)
    for sc, i in scored[1:]:
        if len(chosen) >= max_sentences or words >= target:
            break
        if best > 0 and sc < BRIEF_MIN_RELATIVE * best:
            break
        n = len(rows[i][2])
        if words + n > max_words or abs(words + n - target) >= abs(words - target):
            continue
        ti = set(rows[i][2])
        if any(len(ti & set(rows[j][2])) > BRIEF_MAX_OVERLAP * min(len(ti), len(rows[j][2]) or 1)
               for j in chosen):
            continue
        chosen.append(i)
        words += n
    text = article.text
    return [Span(article.id, rows[i][0], rows[i][1], text[rows[i][0]:rows[i][1]])
            for i in sorted(chosen)]


# --- story lead ----------------------------------------------------------------

# Score of a sentence of a story = CENTROID * similarity to the story centroid
# + AGREEMENT * share of reports that carry its bigrams (outlets repeating a
# fact) + POSITION / (1 + index in its report) + TITLE * overlap with the
# reports' titles + EARLY / (1 + rank of its report in time). Swept on
# vims-dev + abmusu-train (centroid 0.5-2, agreement 0-2, position 0.1-0.6,
# title 0-1, early 0-0.4): vims-dev wants agreement and early reports,
# AbMuSu position and titles; this is the best joint R2.
LEAD_W_CENTROID = 0.5
LEAD_W_AGREEMENT = 1.5
LEAD_W_POSITION = 0.3
LEAD_W_TITLE = 1.0
# The earliest report usually broke the news; later ones follow up: a prior
# of EARLY / (1 + rank of the report in time order).
LEAD_W_EARLY = 0.3
LEAD_POSITION_POWER = 1.0  # 0.5 swept: no better
# MMR: penalty on the syllable-bigram overlap with what is already chosen
# (swept 0.3-2: 1.0 best on both tuning sets).
LEAD_REDUNDANCY = 1.0
# A last sentence may end past the target by OVERSHOOT x what is still missing
# (1 = "closest to the target"; human summaries run 200-230 syllables and
# ROUGE F1 on vims-dev / abmusu-train rises to ~1.5 x, then flattens).
LEAD_OVERSHOOT = 2.0
# Sentences shorter than this (syllables) carry little; longer ones are rare
# in leads (human summaries quote 15-45 syllable sentences).
LEAD_MIN_WORDS = 8
LEAD_MAX_WORDS = 70
# Sentences considered per report: ViMs summaries copy sentences from deep in
# the reports too (a fifth from position 10+); 60 vs 25: +0.004 R2 on vims-dev.
LEAD_SENTENCES_PER_REPORT = 60


@dataclass(slots=True)
class _Sent:
    doc: int
    pos: int
    start: int
    end: int
    toks: list[str]
    bigrams: set
    score: float = 0.0


def _norm_source(article: Article) -> str:
    """The text to tokenize: the normalized form when it aligns with the
    published one (same length: `normalize` only moves tone marks), so the
    reports of different outlets match; else the published text."""
    nt = article.norm_text
    return nt if nt and len(nt) == len(article.text) else article.text


def _story_sentences(articles: Sequence[Article]) -> list[_Sent]:
    out: list[_Sent] = []
    for d, a in enumerate(articles):
        src = _norm_source(a).lower()
        for pos, (s, e, _p, _f) in enumerate(candidate_sentences(a.text, LEAD_SENTENCES_PER_REPORT)):
            toks = _WORD.findall(src, s, e)
            if not LEAD_MIN_WORDS <= len(toks) <= LEAD_MAX_WORDS:
                continue
            out.append(_Sent(d, pos, s, e, toks, set(pairwise(toks))))
    return out


def _doc_ranks(arts: Sequence[Article]) -> list[int]:
    """Rank of each report in time order (input order among equal or unknown times)."""
    order = sorted(range(len(arts)), key=lambda i: (arts[i].published_at or "", i))
    rank = [0] * len(arts)
    for k, i in enumerate(order):
        rank[i] = k
    return rank


def _select_story(sents: list[_Sent], doc_rank: Sequence[int], titles: list[list[str]],
                  target_words: int) -> list[_Sent]:
    """Score the sentences of a story and pick them by MMR up to ``target_words``."""
    if not sents:
        return []
    # Centroid over the reports: each report's content syllables count once
    # per report (document frequency), so a word the reports share weighs more.
    df: Counter = Counter()
    by_doc: dict[int, set[str]] = {}
    for s in sents:
        by_doc.setdefault(s.doc, set()).update(t for t in s.toks if t not in STOPWORDS)
    for words in by_doc.values():
        df.update(words)
    bdf: Counter = Counter()
    bi_by_doc: dict[int, set] = {}
    for s in sents:
        bi_by_doc.setdefault(s.doc, set()).update(s.bigrams)
    for bis in bi_by_doc.values():
        bdf.update(bis)
    docs = max(len(by_doc), 1)
    title_words = Counter()
    for t in titles:
        title_words.update(set(_content(t)))
    norm = math.sqrt(sum(v * v for v in df.values())) or 1.0
    tnorm = max(len(titles), 1)
    for s in sents:
        cont = set(_content(s.toks))
        cent = sum(df[w] for w in cont) / (norm * math.sqrt(len(cont))) if cont else 0.0
        agree = (sum(bdf[b] for b in s.bigrams) / (len(s.bigrams) * docs)) if s.bigrams else 0.0
        title = sum(title_words[w] for w in cont) / (tnorm * (len(cont) + 5)) if cont else 0.0
        s.score = (LEAD_W_CENTROID * cent + LEAD_W_AGREEMENT * agree
                   + LEAD_W_POSITION / (1 + s.pos) ** LEAD_POSITION_POWER
                   + LEAD_W_TITLE * title + LEAD_W_EARLY / (1 + doc_rank[s.doc]))
    ranked = sorted(sents, key=lambda s: -s.score)[:200]
    chosen: list[_Sent] = []
    covered: set = set()
    words = 0
    while ranked and words < target_words:
        best, best_val = None, -1e9
        for s in ranked:
            nb = len(s.bigrams) or 1
            val = s.score - LEAD_REDUNDANCY * len(s.bigrams & covered) / nb
            if val > best_val:
                best, best_val = s, val
        ranked.remove(best)
        n = len(best.toks)
        if len(best.bigrams & covered) > 0.5 * (len(best.bigrams) or 1):
            continue  # a near repeat of a chosen sentence
        if chosen and words + n - target_words > LEAD_OVERSHOOT * (target_words - words):
            continue  # ends farther past the target than it is short of it now
        chosen.append(best)
        covered |= best.bigrams
        words += n
    return chosen


def story_lead(articles: Sequence[Article], target_words: int = 200) -> list[Span]:
    """A ~``target_words`` syllable extractive summary of the reports of one story,
    ordered by report time (then report order) and position in the report."""
    arts = list(articles)
    if not arts:
        return []
    sents = _story_sentences(arts)
    titles = [_WORD.findall(_title_lower(a)) for a in arts]
    rank = _doc_ranks(arts)
    chosen = _select_story(sents, rank, titles, target_words)
    chosen.sort(key=lambda s: (rank[s.doc], s.pos))
    return [Span(arts[s.doc].id, s.start, s.end, arts[s.doc].text[s.start:s.end]) for s in chosen]


def _title_lower(article: Article) -> str:
    return (article.norm_title or article.title or "").lower()


# --- topic lead ------------------------------------------------------------------

@dataclass(slots=True)
class StoryInput:
    """A story of a topic as `topic_lead` needs it: its reports and when it
    was last seen (ISO 8601; the newest ``published_at`` when None)."""

    story_id: str
    articles: list[Article] = field(default_factory=list)
    last_seen: str | None = None


@dataclass(slots=True, frozen=True)
class LeadSentence:
    """A sentence of a lead with where it comes from. `topic_lead` quotes
    sentences as published (``text == spans[0].text``); the type leaves room
    for a rewritten sentence that keeps its provenance."""

    text: str
    spans: tuple[Span, ...]


# Importance of a story = log(1 + reports) + SOURCES * log(1 + distinct
# outlets) + RECENCY * 0.5 ** (age in days / HALF_LIFE_DAYS): a story many
# outlets carry today outranks an old one with more reports.
TOPIC_W_SOURCES = 0.5
TOPIC_W_RECENCY = 1.5
TOPIC_HALF_LIFE_DAYS = 3.0
# A story dominates (two sentences) when its importance is at least this many
# times the next story's.
TOPIC_DOMINANCE = 1.5
# Sentences of a topic lead stay readable: at most this many syllables.
TOPIC_MAX_SENTENCE_WORDS = 45


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None


def _last_day(story: StoryInput) -> date | None:
    day = _parse_day(story.last_seen)
    if day is not None:
        return day
    days = [d for d in (_parse_day(a.published_at) for a in story.articles) if d]
    return max(days) if days else None


def story_importance(story: StoryInput, today: date | None) -> float:
    """Reports, distinct outlets and recency of a story (see TOPIC_*)."""
    n = len(story.articles)
    sources = {a.source for a in story.articles if a.source}
    score = math.log1p(n) + TOPIC_W_SOURCES * math.log1p(len(sources))
    day = _last_day(story)
    if today is not None and day is not None:
        age = max((today - day).days, 0)
        score += TOPIC_W_RECENCY * 0.5 ** (age / TOPIC_HALF_LIFE_DAYS)
    elif today is None or day is None:
        score += TOPIC_W_RECENCY * 0.5  # unknown age: middling
    return score


def topic_lead(stories: Sequence[StoryInput], today: date | str | None = None,
               max_sentences: int = 4) -> list[LeadSentence]:
    """2-``max_sentences`` sentences on what is happening in a topic now.

    The stories are ranked by `story_importance` (``today`` defaults to the
    newest day seen among them); each of the top stories gives its best
    sentence (scored as in `story_lead`), a dominating first story two.
    Sentences are quoted as published (no rewriting), most important story
    first, a story's two sentences in text order.
    """
    if isinstance(today, str):
        today = _parse_day(today)
    live = [s for s in stories if s.articles]
    if not live:
        return []
    if today is None:
        days = [d for d in (_last_day(s) for s in live) if d]
        today = max(days) if days else None
    ranked = sorted(live, key=lambda s: -story_importance(s, today))
    imps = [story_importance(s, today) for s in ranked]
    quota = [1] * len(ranked)
    if len(ranked) == 1 or imps[0] >= TOPIC_DOMINANCE * imps[1]:
        quota[0] = 2
    out: list[LeadSentence] = []
    covered: set = set()
    for story, q in zip(ranked, quota):
        if len(out) >= max_sentences:
            break
        arts = story.articles
        sents = [s for s in _story_sentences(arts) if len(s.toks) <= TOPIC_MAX_SENTENCE_WORDS]
        if not sents:
            sents = _story_sentences(arts)
        if not sents:
            continue
        titles = [_WORD.findall(_title_lower(a)) for a in arts]
        _select_story(sents, _doc_ranks(arts), titles, 1)  # sets .score
        picked: list[_Sent] = []
        for s in sorted(sents, key=lambda s: -s.score):
            if len(picked) >= min(q, max_sentences - len(out)):
                break
            if s.bigrams and len(s.bigrams & covered) > 0.5 * len(s.bigrams):
                continue
            picked.append(s)
            covered |= s.bigrams
        picked.sort(key=lambda s: (s.doc, s.pos))
        for s in picked:
            a = arts[s.doc]
            span = Span(a.id, s.start, s.end, a.text[s.start:s.end])
            out.append(LeadSentence(span.text, (span,)))
    return out
