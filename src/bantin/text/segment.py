"""Sentences and words.

Sentence splitting is rule-based and fast (it runs on every article); it
returns character spans into the text it is given, so every summary sentence
can point back at its source. Word segmentation (multi-syllable words such as
"chuyển_đổi_số") uses underthesea when it is installed; it is ~80 articles/s,
so it serves analysis, not the ingest hot path.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Abbreviations that end in a period but do not end a sentence.
_ABBREVIATIONS = frozenset(
    ["tp", "tt", "tx", "q", "p", "h", "ths", "ts", "pgs", "gs", "bs", "ks", "ls", "nxb", "st", "mr", "mrs", "ms", "dr", "no", "tr", "vs", "v.v", "vv", "th.s", "pgs.ts", "gs.ts", "ncs", "ct", "hn", "hcm", "btc", "btv", "nsnd", "nsut"]
)
# A sentence ends at . ! ? … (maybe with closing quotes or brackets) followed
# by space and something that can start a sentence.
_BOUNDARY = re.compile(
    r"([.!?…]+[\"'”’»)\]]*)\s+(?=[\"'“‘«(\[\-–—]?\s*[A-ZÀ-Ỹ0-9Đ])"
)
_LAST_WORD = re.compile(r"([\w.]+)[.!?…]+[\"'”’»)\]]*$")


def _is_abbreviation(chunk: str) -> bool:
    m = _LAST_WORD.search(chunk)
    if not m:
        return False
    word = m.group(1).lower()
    if word in _ABBREVIATIONS:
        return True
    # Initials: "Nguyễn V. A.", "Chị P. T.T. Ngân".
    return all(len(part) == 1 and part.isalpha() for part in word.split("."))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences of ``text``.

    Lines are split first (underthesea's splitter ignores newlines; news
    bodies use them between paragraphs), then sentence boundaries within a
    line. Spans exclude surrounding whitespace.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        start = 0
        for m in _BOUNDARY.finditer(line):
            end = m.end(1)
            if _is_abbreviation(line[start:end]):
                continue
            _add_span(spans, line, line_start, start, end)
            start = m.end()
        _add_span(spans, line, line_start, start, len(line))
    return spans


def _add_span(spans: list[tuple[int, int]], line: str, offset: int, start: int, end: int) -> None:
    chunk = line[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    spans.append((offset + start + lead, offset + start + lead + len(stripped)))


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings."""
    return [text[a:b] for a, b in sentence_spans(text)]


@lru_cache(maxsize=1)
def _underthesea_tokenize():
    try:
        from underthesea import word_tokenize
    except ImportError:  # pragma: no cover - exercised only without the extra
        return None
    return word_tokenize


def words(text: str) -> list[str]:
    """Vietnamese words ("chuyển đổi số" → ["chuyển đổi", "số"]) via underthesea.

    Falls back to syllables when underthesea is not installed.
    """
    tokenize = _underthesea_tokenize()
    if tokenize is None:
        return re.findall(r"\w+", text)
    return tokenize(text)
