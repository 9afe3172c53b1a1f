"""Stage 6 (briefs) and the story / topic leads: extractive summaries with spans.

Everything here is extractive: every returned sentence is a `Span` whose
``text == article.text[start:end]`` (or ``article.title[...]`` with
``field="title"``), so a reader can always be shown where a sentence came from.

Three entry points, all pure (prepared Articles in, spans out):

* `brief(article)`: the 1-3 sentence brief of one article (~60 syllables max),
  run on every ingested article, so it is regex-only (no word segmenter):
  two small linear models over position, overlap with the title, similarity
  to and frequencies in the top of the article and shape (length, quotes,
  connectives, time openers) predict how much of each sentence the sapo
  would share; the brief is the combination of 1-3 of the best sentences
  with the highest predicted ROUGE F1 (so its length follows from the
  predictions and the article's size). Agency prefixes ("TTO -", "(Dân trí) -") and
  datelines are trimmed (the span starts after them); photo captions
  ("... Ảnh: Reuters") and bare sub-headings are skipped.
* `story_lead(articles)`: a ~200-240 syllable multi-document summary of a story's
  reports: sentences scored by similarity to the story centroid, by how many
  reports repeat them (agreement between outlets) and by their position,
  chosen with MMR against redundancy (and, for stories of 5+ reports, for
  covering the bigrams several reports repeat), output by report time then
  position.
* `topic_lead(stories)`: a 2-4 sentence paragraph on what is happening in a
  topic: the most important recent stories (reports, sources, recency), one
  sentence each (two for a dominating story), each its story's best sentence;
  given the page's day, date mentions near it are written relative to it
  ("Sáng 20/11, ..." → "Sáng hôm qua, ...": `relative_dates`), the sentence
  keeps its span and the edits are recorded (`LeadSentence.edits`).

The scoring weights are module constants with the reason they have their
value; `benchmarks/summaries_quality.py` re-measures them.

Tried for the briefs and left out (R1 on abmusu-train unless said; all
measured with the refit scorer): extra features (open quote carried over
from the sentence before, a closing attribution ``"...", ông X nói.``, a
quote mark first, a question, "cho biết" verbs, share of capitalised
syllables, first-paragraph flag, commas per syllable, parentheses, a
lowercase start, a trailing "...") each moved cross-validated R1 by
±0.001 (noise), all of them together -0.001; a gradient-boosted scorer on
the same features fitted abmusu-train far better (0.345) but lost on
abmusu-val (0.319 vs 0.320): the features, not the linear form, are the
ceiling (the best single sentence would give 0.41). Trimming a time opener
("Chiều 28/6, ...": ~8% of its syllables are in the sapo) gained +0.001 but
drops when the news happened; cutting parentheticals, "Theo X," leads or
attribution tails loses (their syllables are in the sapo at about the
sentence's F1/2 or more). Longer briefs (reference length x 0.7-1.0), less
or more redundancy (0.25-1.0), bigram weight 0-1, a pool of 4-8: no better
on all three sets.

Tried for the story leads (vims-dev R2 first): a quote penalty 0.05-0.2
(+0.0015, abmusu-val -0.005), a length preference in MMR (value x
(30/length)^±0.1-0.3: worse everywhere), content-word-only agreement
(=), a unigram redundancy term (+0.002, abmusu -0.005 to -0.01), position
or agreement weights that depend on the report count (±0.001), concept
coverage from 3 or 4 reports (abmusu-val -0.005) or ramped in from 4 to 6
(0.418).
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import pairwise
from operator import mul

from bantin.models import Article, Span
from bantin.pipeline.memo import per_article
from bantin.text.segment import sentence_spans

__all__ = [
    "LeadSentence",
    "StoryInput",
    "apply_edits",
    "brief",
    "candidate_sentences",
    "lead_target_words",
    "relative_dates",
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


# A line this short that ends in a photo credit is a caption as a whole.
_CAPTION_LINE_CHARS = 200

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

    Agency tags and datelines are trimmed from the start, photo captions (a
    credit run into the text is cut off; a short line ending in a credit is
    dropped whole) and sub-headings (a short line without final punctuation)
    are skipped.
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
            # A credit ending a short line: the sentences before it on that
            # line are the caption ("Cây cầu cũ. Ảnh: Minh Hải").
            if start - nl < _CAPTION_LINE_CHARS:
                while out and out[-1][2] == para:
                    out.pop()
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

# Two linear models over the features of `_brief_features` predict, for one
# sentence, the share of its syllables (BRIEF_W_UNIGRAM) and of its syllable
# pairs (BRIEF_W_BIGRAM) that the sapo contains (ridge, lambda 1, fitted on
# vietnews-dev + abmusu-train: `benchmarks/summaries_quality.py --fit`).
# The fit weighs each sentence by its length squared (`brief` multiplies the
# prediction by the length: least squares on predicted matches, not on the
# noisy precision of short fragments) and each set the same in total
# (vietnews-dev's 2,000 articles from a few outlets drowned AbMuSu's 618).
# Against the plain fit: abmusu-train R1/R2 0.330/0.185 -> 0.335/0.190,
# abmusu-val 0.320/0.178 -> 0.327/0.185, vietnews-dev 0.331/0.182 -> 0.330/0.182
# (5-fold cross-validated over the two fit sets: +0.002 R1 on abmusu-train,
# -0.000 on vietnews-dev); the paragraph index as a feature is in that.
BRIEF_W_UNIGRAM = (0.2631, 0.0863, 0.0224, 0.0128, -0.1288, -0.0026, 0.0889, -0.0795, 0.1670, -0.0261, -0.0069, -0.0126, 0.0407, 0.0066, 0.0067, -0.0141, 0.0350, -0.0506, 0.0000, -0.0042, -0.0513, 0.0079, 0.3558, 0.0282, 0.0742, 0.2861, 0.0225, -0.0694)
BRIEF_W_BIGRAM = (0.0629, 0.0258, 0.0146, 0.0103, -0.0567, 0.0011, 0.0383, 0.0019, 0.0259, -0.0003, -0.0033, -0.0063, 0.0452, 0.0066, 0.0056, 0.0029, 0.0835, -0.0109, 0.0083, -0.0006, 0.0641, -0.0088, 0.1140, 0.0330, 0.0628, 0.4771, 0.0294, -0.0237)
# The brief is the combination of 1-3 of the best candidates that maximizes
# the predicted ROUGE-1 F1 + BRIEF_BIGRAM_WEIGHT x ROUGE-2 F1, i.e.
# 2 x expected matches / (brief length + reference length): a sentence is
# worth adding when its predicted precision beats half the current F1, so the
# length follows from the predictions instead of a fixed target.
BRIEF_BIGRAM_WEIGHT = 0.25
# Reference length in syllables: sapos are longer for longer articles
# (least squares on the tuning sets: 10.0 x ln(chars) - 38.4), scaled by 0.6
# (swept 0.4-1.2): ridge shrinks the predicted precisions toward the mean,
# which overstates what a further sentence costs; at least BRIEF_MIN_REF.
BRIEF_REF_SLOPE = 6.0
BRIEF_REF_INTERCEPT = -23.0
BRIEF_MIN_REF = 12.0
# Syllables shared by two chosen sentences are counted once: each shared
# syllable removes this many predicted matches (0.5 swept against 0-2).
BRIEF_REDUNDANCY = 0.5
# Combinations are searched among the BRIEF_POOL best single sentences
# (5: the same ROUGE as all 8 candidates at a third of the cost).
BRIEF_POOL = 5


# A sentence that leans on the one before it ("Tuy nhiên, ...") reads badly
# first and is rarely what the sapo says.
_CONNECTIVE = re.compile(
    r"(?:Tuy nhiên|Ngoài ra|Trước đó|Theo đó|Cụ thể|Đồng thời|Bên cạnh đó|Trong khi đó|"
    r"Do đó|Vì vậy|Vì thế|Sau đó|Ngoài|Còn|Hiện|Thế nhưng|Nhưng|Mặt khác|Trong đó|"
    r"Đặc biệt|Riêng|Tương tự|Như vậy|Dù vậy|Khi đó|Lúc đó|Ông|Bà|Anh|Chị)\b"
)
# A news lead often opens on when it happened ("Sáng 5/9, ...").
_TIME_START = re.compile(
    r"(?:Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Ngày|Hôm|Cuối|Đầu|Mới đây|Vừa qua)\b"
)
_QUOTE = re.compile(r"[\"“”]")
_DIGIT = re.compile(r"\d")

BRIEF_FEATURES = (
    "bias", "pos0", "pos1", "pos2", "1/(1+pos)", "first_in_paragraph", "title_recall",
    "title_bigram_recall", "centroid_cos", "short(<10)", "long(>45)", "pos0_short(<16)",
    "no_final_punct", "digit", "connective", "title_recall/(1+pos)", "cos/(1+pos)",
    "ln(1+syllables)", "time_start", "quote", "content_share", "ln(1+chars)",
    "title_share_all", "tf>=2_share", "tf>=4_share", "title_bigram_share",
    "(title_hits+tf>=3)_share", "paragraph(<=5)/5",
)


def _brief_features(pos: int, para: int, first_in_para: bool, toks: list[str], title_set: set[str],
                    title_all: set[str], title_bi: set[tuple[str, str]], centroid: Counter,
                    cnorm: float, s: str, log_chars: float) -> list[float]:
    n = len(toks)
    tset = set(toks)
    cset = tset - STOPWORDS
    t_hit = len(cset & title_set)
    t_rec = t_hit / len(title_set) if title_set else 0.0
    b_hit = len(title_bi.intersection(pairwise(toks)))
    b_rec = b_hit / len(title_bi) if title_bi else 0.0
    nc = len(cset)
    if nc:
        # Frequencies in the top of the article (0 for a word past it).
        vals = list(map(centroid.__getitem__, cset))
        cos = sum(vals) / (cnorm * math.sqrt(nc)) if cnorm else 0.0
        ge2 = nc - vals.count(0) - vals.count(1)
        ge3 = ge2 - vals.count(2)
        tf2 = ge2 / nc
        tf4 = (ge3 - vals.count(3)) / nc
        key = (t_hit + ge3) / nc
    else:
        cos = tf2 = tf4 = key = 0.0
    ip = 1.0 / (1 + pos)
    return [
        1.0,
        1.0 if pos == 0 else 0.0,
        1.0 if pos == 1 else 0.0,
        1.0 if pos == 2 else 0.0,
        ip,
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
        t_rec * ip,
        cos * ip,
        math.log1p(n),
        1.0 if _TIME_START.match(s) else 0.0,
        1.0 if _QUOTE.search(s) else 0.0,
        len(cset) / len(tset) if tset else 0.0,
        log_chars,
        len(tset & title_all) / len(tset) if tset else 0.0,
        tf2,
        tf4,
        b_hit / (n - 1) if n > 1 else 0.0,
        key,
        min(para, 5) / 5.0,
    ]


def _brief_table(article: Article) -> list[tuple[int, int, list[str], list[float]]]:
    """(start, end, tokens, features) of the candidate sentences of an article."""
    text = article.text
    cands = candidate_sentences(text, BRIEF_CANDIDATES)
    if not cands:
        return []
    title_toks = _WORD.findall((article.title or "").lower())
    title_all = set(title_toks)
    title_set = title_all - STOPWORDS
    title_bi = set(pairwise(title_toks))
    # One lowercased copy of the top of the article serves the centroid and
    # every candidate (findall with pos/endpos: no slicing, no re-lowering).
    top = max(CENTROID_CHARS, cands[-1][1])
    low = text[:top].lower()
    if len(low) != min(top, len(text)):  # a character changed length when lowercased
        low = None
    centroid = Counter(_WORD.findall(low if low is not None else text[:CENTROID_CHARS].lower(),
                                     0, CENTROID_CHARS))
    counts = list(centroid.values())
    sq = sum(map(mul, counts, counts))
    for w in STOPWORDS.intersection(centroid):
        sq -= centroid[w] ** 2
    cnorm = math.sqrt(sq) if sq > 0 else 0.0
    log_chars = math.log1p(len(text))
    rows = []
    for pos, (a, b, para, first) in enumerate(cands):
        s = text[a:b]
        toks = _WORD.findall(low, a, b) if low is not None else _WORD.findall(s.lower())
        rows.append((a, b, toks, _brief_features(pos, para, first, toks, title_set, title_all,
                                                  title_bi, centroid, cnorm, s, log_chars)))
    return rows


def _dot(w: Sequence[float], f: Sequence[float]) -> float:
    return sum(map(mul, w, f))


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
    ref = max(BRIEF_REF_SLOPE * math.log1p(len(article.text)) + BRIEF_REF_INTERCEPT, BRIEF_MIN_REF)
    beta = BRIEF_BIGRAM_WEIGHT
    # Predicted matches of each sentence: unigram + beta x bigram (the F1
    # denominators differ by one per sentence: ignored).
    cand = []
    for i, (_a, _b, toks, f) in enumerate(rows):
        n = len(toks)
        m = max(_dot(BRIEF_W_UNIGRAM, f), 0.0) * n + beta * max(_dot(BRIEF_W_BIGRAM, f), 0.0) * (n - 1)
        cand.append((m / (n + ref), m, n, i))
    cand.sort(key=lambda t: (-t[0], t[3]))
    pool = cand[:BRIEF_POOL]
    best_val, chosen = pool[0][0], (pool[0][3],)
    if max_sentences > 1 and len(pool) > 1:
        sets = [set(rows[c[3]][2]) for c in pool]
        red = BRIEF_REDUNDANCY
        k = len(pool)
        for x in range(k):
            _, mx, nx, ix = pool[x]
            sx = sets[x]
            for y in range(x + 1, k):
                _, my, ny, iy = pool[y]
                n2 = nx + ny
                if n2 > max_words:
                    continue
                ov = len(sx & sets[y])
                m2 = mx + my - red * ov
                val = m2 / (n2 + ref)
                if val > best_val:
                    best_val, chosen = val, (ix, iy)
                if max_sentences > 2:
                    for z in range(y + 1, k):
                        _, mz, nz, iz = pool[z]
                        if n2 + nz > max_words:
                            continue
                        sz = sets[z]
                        val = (m2 + mz - red * (len(sx & sz) + len(sets[y] & sz))) / (n2 + nz + ref)
                        if val > best_val:
                            best_val, chosen = val, (ix, iy, iz)
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
# A sentence whose syllable bigrams are more than this share already covered
# is a near repeat of the chosen ones and is skipped.
LEAD_NEAR_REPEAT = 0.5
LEAD_MAX_WORDS = 70
# Default length (syllables) of a lead: BASE + PER_REPORT x reports, at most
# MAX. Human summaries run 200-230 syllables; ViMs stories (6.5 reports on
# average) are covered by longer ones than AbMuSu's (3 reports). Swept on
# vims-dev + abmusu-train (base 170-190, per report 6-10, cap 240-260):
# +0.007 R2 on vims-dev and +0.002 on abmusu-train over a flat 200.
LEAD_TARGET_BASE = 190
LEAD_TARGET_PER_REPORT = 6
LEAD_TARGET_MAX = 240
# Sentences considered per report: ViMs summaries copy sentences from deep in
# the reports too (a fifth from position 10+); 60 vs 25: +0.004 R2 on vims-dev.
LEAD_SENTENCES_PER_REPORT = 60
# Stories of COVERAGE_MIN_REPORTS+ reports: "how many reports carry this
# bigram" is then a fine-grained signal, so the selection also rewards the
# bigrams at least two reports carry that the lead does not cover yet
# (concept coverage, as in Gillick & Favre 2009: COVERAGE x their report
# counts / (bigrams x reports)), with less static agreement and a milder
# redundancy penalty (that is now partly in the coverage gain). Swept on
# vims-dev + abmusu-train: vims-dev R2 0.415 -> 0.421 with abmusu unchanged
# (at 3-4 reports, a bigram in 2 of 3 reports is mostly the story's name:
# coverage from 3 or 4 reports lowered abmusu-val R2 by 0.005-0.006, and a
# ramp from 4 to 6 reports gave vims-dev only 0.418).
LEAD_COVERAGE_MIN_REPORTS = 5
LEAD_COVERAGE = 1.0
LEAD_COVERAGE_AGREEMENT = 1.0
LEAD_COVERAGE_REDUNDANCY = 0.5
# Tried and left out: a cross-report support term (share of the other
# reports with a sentence sharing >= half of a sentence's bigrams), weight
# 0.1-2, overlap 0.3-0.7, with agreement 0.5-1.5, also only for 5+ reports:
# vims-dev R2 0.415 -> at best 0.4157, abmusu-train 0.356 -> 0.339-0.355
# (it duplicates AGREEMENT and favours sentences outlets copy verbatim).


@dataclass(slots=True)
class _Sent:
    doc: int
    pos: int
    start: int
    end: int
    toks: list[str]
    bigrams: frozenset
    score: float = 0.0


def _norm_source(article: Article) -> str:
    """The text to tokenize: the normalized form when it aligns with the
    published one (same length: `normalize` only moves tone marks), so the
    reports of different outlets match; else the published text."""
    nt = article.norm_text
    return nt if nt and len(nt) == len(article.text) else article.text


def _story_sentences(articles: Sequence[Article]) -> list[_Sent]:
    return [_Sent(d, pos, s, e, toks, bigrams) for d, a in enumerate(articles)
            for pos, s, e, toks, bigrams in _report_sentences(a)]


@per_article()
def _report_sentences(a: Article) -> tuple[tuple[int, int, int, list[str], frozenset], ...]:
    """(position, start, end, tokens, bigrams) of the sentences a story lead
    may quote from one report."""
    src = _norm_source(a).lower()
    out = []
    for pos, (s, e, _p, _f) in enumerate(candidate_sentences(a.text, LEAD_SENTENCES_PER_REPORT)):
        toks = _WORD.findall(src, s, e)
        if LEAD_MIN_WORDS <= len(toks) <= LEAD_MAX_WORDS:
            out.append((pos, s, e, toks, frozenset(pairwise(toks))))
    return tuple(out)


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
    coverage = docs >= LEAD_COVERAGE_MIN_REPORTS
    w_agree = LEAD_COVERAGE_AGREEMENT if coverage else LEAD_W_AGREEMENT
    w_red = LEAD_COVERAGE_REDUNDANCY if coverage else LEAD_REDUNDANCY
    w_cov = LEAD_COVERAGE / docs if coverage else 0.0
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
        s.score = (LEAD_W_CENTROID * cent + w_agree * agree
                   + LEAD_W_POSITION / (1 + s.pos) ** LEAD_POSITION_POWER
                   + LEAD_W_TITLE * title + LEAD_W_EARLY / (1 + doc_rank[s.doc]))
    ranked = sorted(sents, key=lambda s: -s.score)[:200]
    # Coverage weight of each bigram: its report count when 2+ reports carry it.
    cw = {b: c for b, c in bdf.items() if c >= 2} if coverage else {}
    gain = {id(s): sum(map(cw.get, s.bigrams & cw.keys())) for s in ranked} if coverage else {}
    chosen: list[_Sent] = []
    covered: set = set()
    words = 0

    def value(s: _Sent) -> float:
        nb = len(s.bigrams) or 1
        seen = s.bigrams & covered
        val = s.score - w_red * len(seen) / nb
        if coverage:
            val += w_cov * (gain[id(s)] - sum(cw.get(b, 0) for b in seen)) / nb
        return val

    # Lazy greedy: a sentence's value only falls as ``covered`` grows, so a
    # value computed earlier bounds it; the pick (highest value, first in
    # rank order on a tie) is the one a full rescan would make.
    heap = [(-value(s), i) for i, s in enumerate(ranked)]
    heapq.heapify(heap)
    while heap and words < target_words:
        while True:
            _, i = heapq.heappop(heap)
            entry = (-value(ranked[i]), i)
            if not heap or entry <= heap[0]:
                break
            heapq.heappush(heap, entry)
        best = ranked[i]
        n = len(best.toks)
        if len(best.bigrams & covered) > LEAD_NEAR_REPEAT * (len(best.bigrams) or 1):
            continue  # a near repeat of a chosen sentence
        if chosen and words + n - target_words > LEAD_OVERSHOOT * (target_words - words):
            continue  # ends farther past the target than it is short of it now
        chosen.append(best)
        covered |= best.bigrams
        words += n
    return chosen


def lead_target_words(n_reports: int) -> int:
    """The default length of a story lead: LEAD_TARGET_BASE + LEAD_TARGET_PER_REPORT
    syllables per report, at most LEAD_TARGET_MAX (a story many outlets cover
    has more facts to tell)."""
    return min(LEAD_TARGET_MAX, LEAD_TARGET_BASE + LEAD_TARGET_PER_REPORT * n_reports)


def story_lead(articles: Sequence[Article], target_words: int | None = None) -> list[Span]:
    """A ~``target_words`` syllable extractive summary of the reports of one story
    (default `lead_target_words`: ~210 for 3 reports, 230 for 7, at most 240),
    ordered by report time (then report order) and position in the report."""
    arts = list(articles)
    if not arts:
        return []
    if target_words is None:
        target_words = lead_target_words(len(arts))
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
    """A sentence of a lead with where it comes from: ``spans[0]`` is the
    sentence as published; ``edits`` are the replacements ``(start, end, new)``
    (offsets into ``spans[0].text``, sorted, non-overlapping) that turn it into
    ``text`` (`relative_dates`), so a page can show what was changed:
    ``apply_edits(spans[0].text, edits) == text``."""

    text: str
    spans: tuple[Span, ...]
    edits: tuple[tuple[int, int, str], ...] = ()


def apply_edits(text: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, new)`` replacement applied (sorted, non-overlapping)."""
    out, pos = [], 0
    for a, b, new in sorted(edits):
        out.append(text[pos:a])
        out.append(new)
        pos = b
    out.append(text[pos:])
    return "".join(out)


# --- relative dates ------------------------------------------------------------
#
# A topic lead is read on the page's day, the sentences were written on their
# report's day: "Sáng 20/11, ..." reads better as "Sáng hôm qua, ..." on 21/11.
# Only date mentions that cannot be something else are touched: a day/month
# (day <= 31, month <= 12, a real calendar date) right after a date cue
# ("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "rạng sáng", "hôm"), in
# parentheses ("thứ Hai (20/11)", "sáng nay (20/11)", "(20/11)"), or a full
# d/m/yyyy; never inside a larger number, a range ("20/11-25/11"), a legal
# document number ("179/2025/NĐ-CP", "12/3/2024/QĐ-UBND") or a ratio ("33/34
# tỉnh", "(3/4 số hộ)"). A date without a year is the nearest such date to
# the page's day.

# Days either side of the page's day whose mentions are rewritten at all:
# farther dates stay as published (year included).
REL_DATE_WINDOW_DAYS = 7
# Days either side said in words ("hôm kia" ... "ngày kia"); the rest of the
# window keeps the date without its year when it is the page's year.
REL_DATE_WORDS_DAYS = 2

_D = r"(?P<d>[0-3]?\d)"
_M = r"(?P<m>[01]?\d)"
_Y = r"(?P<y>(?:19|20)\d\d)"
_CUE = r"rạng sáng|sáng|chiều|tối|trưa|đêm|hôm|ngày"
_WEEKDAY = r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|CN"
_REL = r"hôm\s+nay|hôm\s+qua|nay|qua|mai"
# "thứ Hai (20/11)", "sáng nay (20/11)", "chiều thứ Ba (21/11/2026)", "(20/11)".
_DATE_NOTE = re.compile(
    rf"(?<!\w)(?:(?P<cue>{_CUE})\s+)?(?:(?P<wd>{_WEEKDAY})\s*)?(?:(?P<rel>{_REL})\s*)?"
    rf"\({_D}/{_M}(?:/{_Y})?\)",
    re.IGNORECASE,
)
# "ngày 20/11", "sáng 21/11/2026", "hôm 18/11", "ngày 20 tháng 11 (năm 2026)".
_DATE_CUED = re.compile(
    rf"(?<!\w)(?P<cue>{_CUE})\s+(?:{_D}/{_M}(?:/{_Y})?(?![\w/]|[.,]\d|\s*[-–]\s*\d)"
    rf"|(?P<d2>[0-3]?\d)\s+tháng\s+(?P<m2>[01]?\d)(?:\s+năm\s+(?P<y2>(?:19|20)\d\d))?(?!\w))",
    re.IGNORECASE,
)
# A bare full date "20/11/2026" (not part of a longer number or a document number).
_DATE_FULL = re.compile(rf"(?<![\w/.,–-]){_D}/{_M}/{_Y}(?![\w/]|[-–]\w|[.,]\d|\s*[-–]\s*\d)")
# The end of a range ("15/6 - 15/7"): left alone like its start.
_RANGE_BEFORE = re.compile(r"\d\s*[-–]\s*$")
# "ngày 25/9 tới", "tối 19/7 vừa qua": the word placing the date goes with it.
_PLACING_AFTER = re.compile(r"\s+(?:sắp tới|tới đây|tới|này|vừa qua)(?!\w)", re.IGNORECASE)
# A holiday named by its date ("dịp 20/11", "kỷ niệm ngày 2/9"): not a day of the news.
_HOLIDAY_BEFORE = re.compile(r"(?:dịp|kỷ niệm|kỉ niệm|mừng|lễ|nhân)\s+(?:ngày\s+)?$", re.IGNORECASE)
_WEEKDAY_NUM = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "4": 2, "năm": 3, "5": 3,
                "sáu": 4, "6": 4, "bảy": 5, "7": 5}
# Said in words, by days from the page's day, after a time of day / after "ngày", "hôm".
_PART_WORDS = {-2: "{} hôm kia", -1: "{} hôm qua", 0: "{} nay", 1: "{} mai", 2: "{} ngày kia"}
_DAY_WORDS = {-2: "hôm kia", -1: "hôm qua", 0: "hôm nay", 1: "ngày mai", 2: "ngày kia"}
# "sẽ bế mạc vào chiều 26/8" read on 27/8: "sẽ ... hôm qua" does not read, the date stays.
_FUTURE_BEFORE = re.compile(r"(?<!\w)(?:sẽ|sắp|dự kiến)(?!\w)", re.IGNORECASE)
# After these words a day reads "ngày hôm qua" ("trước ngày hôm qua", not "trước hôm qua").
_LONG_DAY_AFTER = frozenset(["trước", "sau", "đến", "tới", "hết", "trong", "suốt", "từ", "vào"])


def _weekday(name: str) -> int:
    n = " ".join(name.lower().split())
    if n in ("chủ nhật", "cn"):
        return 6
    return _WEEKDAY_NUM.get(n.split()[-1], -1)


def _resolve(d: int, m: int, y: int | None, today: date) -> date | None:
    """The date meant by d/m(/y): with no year, the nearest such date to ``today``."""
    if y is not None:
        try:
            return date(y, m, d)
        except ValueError:
            return None
    best = None
    for yy in (today.year - 1, today.year, today.year + 1):
        try:
            cand = date(yy, m, d)
        except ValueError:
            continue
        if best is None or abs((cand - today).days) < abs((best - today).days):
            best = cand
    return best


def _cap(new: str, old: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def _say(cue: str | None, day: date, delta: int, today: date, before: str, had_year: bool,
         in_words: bool) -> str:
    """``day`` for a mention led by ``cue`` (None: a bare date): in words, or
    as d/m (the year only when it was written and is not the page's)."""
    cue_l = " ".join(cue.lower().split()) if cue else None
    if in_words:
        if cue_l in (None, "ngày", "hôm"):
            words = _DAY_WORDS[delta]
            prev = before.split()[-1].lower() if before.split() else ""
            if (cue_l is None or prev in _LONG_DAY_AFTER) and words.startswith("hôm"):
                words = "ngày " + words
            return words
        return _PART_WORDS[delta].format(cue_l)
    ds = f"{day.day}/{day.month}" + (f"/{day.year}" if had_year and day.year != today.year else "")
    return f"{cue_l} {ds}" if cue_l else ds


def relative_dates(sentence: str, today: date) -> tuple[tuple[int, int, str], ...]:
    """The edits that write the date mentions of ``sentence`` relative to ``today``.

    Mentions within REL_DATE_WINDOW_DAYS of ``today``: up to
    REL_DATE_WORDS_DAYS away they are said in words ("sáng 20/11" → "sáng hôm
    qua", "ngày 22/11" → "ngày mai", "thứ Hai (20/11)" → "hôm qua", "sáng nay
    (20/11)" → "sáng hôm qua"), farther the date stays without its year when
    it is the page's year ("ngày 15/11/2026" → "ngày 15/11"). Other mentions,
    and anything that is not surely a date, are left as published.
    Returns ``(start, end, new)`` sorted, non-overlapping: `apply_edits`.
    """
    if "/" not in sentence and "tháng" not in sentence:
        return ()
    edits: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for pat in (_DATE_NOTE, _DATE_CUED, _DATE_FULL):
        for m in pat.finditer(sentence):
            a, b = m.span()
            if not free(a, b):
                continue
            g = m.groupdict()
            dd, mm, yy = (g.get("d") or g.get("d2")), (g.get("m") or g.get("m2")), (g.get("y") or g.get("y2"))
            taken.append((a, b))  # a date-like mention: a later pattern must not split it
            if not (1 <= int(dd) <= 31 and 1 <= int(mm) <= 12):
                continue
            day = _resolve(int(dd), int(mm), int(yy) if yy else None, today)
            if day is None:
                continue
            delta = (day - today).days
            if abs(delta) > REL_DATE_WINDOW_DAYS:
                continue
            before = sentence[:a]
            if _RANGE_BEFORE.search(before):
                continue
            if _HOLIDAY_BEFORE.search(before) and not g.get("rel") and not g.get("wd"):
                continue  # "dịp 20/11": the holiday, not the day
            cue = g.get("cue")
            in_words = abs(delta) <= REL_DATE_WORDS_DAYS and not (
                delta < 0 and _FUTURE_BEFORE.search(before))
            if pat is _DATE_NOTE:
                wd, rel = g.get("wd"), g.get("rel")
                if wd and _weekday(wd) != day.weekday():
                    continue  # the weekday disagrees: the date is not what we think
                if not (cue or wd or rel):
                    # A bare "(20/11/2026)": only the year can go.
                    # "(hôm qua)" after the words it dates adds nothing: the date stays.
                    if yy and day.year == today.year:
                        edits.append((m.start("d"), m.end("y"), f"{day.day}/{day.month}"))
                    continue
                if not in_words and not rel:
                    # "thứ Hai (18/11/2026)": keep the weekday and date, drop the year.
                    if yy and day.year == today.year:
                        edits.append((m.start("d"), m.end("y"), f"{day.day}/{day.month}"))
                    continue
                new = _say(cue or "ngày", day, delta, today, before, bool(yy), in_words)
            else:
                new = _say(cue, day, delta, today, before, bool(yy), in_words)
                after = _PLACING_AFTER.match(sentence, b) if in_words else None
                if after and free(b, after.end()):
                    b = after.end()
                    taken.append((a, b))
            old = sentence[a:b]
            new = _cap(new, old) if a else new[:1].upper() + new[1:]
            if new != old:
                edits.append((a, b, new))
    edits.sort()
    return tuple(edits)


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
# A lead sentence stands alone on the topic page: a short one that all the
# reports repeat ("Nghị định có hiệu lực từ ngày 1/1/2027.") scores high on
# agreement but says nothing without its story (which decree?).
TOPIC_MIN_SENTENCE_WORDS = 12
# ...and the first one a story gives names who or where: a sentence with no
# proper name past its first word ("Mức hỗ trợ là 5 triệu đồng/tháng ở trung
# ương và cấp tỉnh.") leans on the sentence before it, which the page does not
# show. Such a sentence may follow a named one of its story.
_WORD_START = re.compile(r"\s(\w)")


def _names_something(text: str, start: int, end: int) -> bool:
    return any(m.group(1).isupper() for m in _WORD_START.finditer(text, start, end))


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

    The stories are ranked by `story_importance` (for ranking, ``today``
    defaults to the newest day seen among them); each of the top stories
    gives its best sentence (scored as in `story_lead`), a dominating first
    story two. Most important story first, a story's two sentences in text
    order. With ``today`` given (the page's day), the date mentions near it
    are written relative to it (`relative_dates`: ``text`` is the rewritten
    sentence, ``edits`` what changed, ``spans[0]`` the sentence as
    published); with None, sentences are quoted as published.
    """
    if isinstance(today, str):
        today = _parse_day(today)
    page_day = today
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
        every = _story_sentences(arts)
        sents = [s for s in every
                 if TOPIC_MIN_SENTENCE_WORDS <= len(s.toks) <= TOPIC_MAX_SENTENCE_WORDS]
        if not sents:
            sents = [s for s in every if len(s.toks) <= TOPIC_MAX_SENTENCE_WORDS] or every
        if not sents:
            continue
        named = {id(s) for s in sents if _names_something(arts[s.doc].text, s.start, s.end)}
        titles = [_WORD.findall(_title_lower(a)) for a in arts]
        _select_story(sents, _doc_ranks(arts), titles, 1)  # sets .score
        order = sorted(sents, key=lambda s: -s.score)
        if named:  # the story's first sentence on the page names who or where
            first = next(s for s in order if id(s) in named)
            order = [first] + [s for s in order if s is not first]
        picked: list[_Sent] = []
        for s in order:
            if len(picked) >= min(q, max_sentences - len(out)):
                break
            if s.bigrams and len(s.bigrams & covered) > 0.5 * len(s.bigrams):
                continue
            picked.append(s)
            covered |= s.bigrams
        picked.sort(key=lambda s: (s.doc, s.pos))
        while named and picked and id(picked[0]) not in named:
            picked.pop(0)  # it would open the story's part without its antecedent
        for s in picked:
            a = arts[s.doc]
            span = Span(a.id, s.start, s.end, a.text[s.start:s.end])
            edits = relative_dates(span.text, page_day) if page_day is not None else ()
            out.append(LeadSentence(apply_edits(span.text, edits), (span,), edits))
    return out
