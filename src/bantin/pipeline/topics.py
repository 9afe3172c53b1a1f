"""Stage 5: topics — definitions, and which topics an article belongs to.

Topics are defined in TOML (`load_topics`, `dump_topics`): the packaged
``bantin/topics.toml`` first, a user file on top (a topic with the same slug
replaces the built-in one)::

    [[topic]]
    name = "Chuyển đổi số"             # required
    slug = "chuyen-doi-so"             # default: slugify(name)
    description = "…"
    query = '"chuyển đổi số" OR CĐS'   # see pipeline.query
    examples = ["a0123456789abcdef", "Tỉnh X đẩy mạnh số hóa …"]
    parent = "khoa-hoc-cong-nghe"

An article may belong to several topics (`assign_topics`); each membership
has a score in [0, 1] and a human-readable reason. Evidence, combined as a
noisy OR (any strong piece suffices, weak pieces add up):

* **source tag** — the source filed it under the topic's name: 1.0.
* **query** — ``q = 1 - 0.5 ** (TITLE_WEIGHT * title_hits + body_hits)``:
  one body hit gives 0.5, a headline hit 0.75. Hits are counted in the
  headline and in the lead plus the first `BODY_CHARS` characters: news is
  written as an inverted pyramid, so the subject is stated early, while
  passing mentions further down are the main source of false matches (and
  of matching time).
* **examples** — cosine of hashed syllable-bigram vectors of the article and
  the topic's examples; ``e = clip((cos - 0.1) / 0.3)``.
* **classifier** — the category model's probability for the label whose slug
  is the topic's slug (the sections). For those topics the query is
  secondary evidence (weighted by `SECTION_QUERY_WEIGHT`): section queries
  are broad, and the trained model knows the sections better.

Membership: ``score >= THRESHOLD`` (0.5).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from bantin.models import Article, Topic
from bantin.pipeline.query import Query, QueryError, Scanner, fold_for_match, parse
from bantin.text.normalize import fold, normalize, slugify

__all__ = [
    "BODY_CHARS",
    "SECTION_QUERY_WEIGHT",
    "THRESHOLD",
    "TITLE_WEIGHT",
    "TopicIndex",
    "TopicMatch",
    "assign_topics",
    "assign_topics_batch",
    "compile_topics",
    "dump_topics",
    "load_topics",
    "match_parts",
    "match_text",
    "parse_topics",
]

THRESHOLD = 0.6  # membership: a hit in the headline or opening, or two further down;
#   at 0.5 one passing mention deep in a long article was enough (demo corpus:
#   a coffee-price report in "Chuyển đổi số" for one "số hóa")
TITLE_WEIGHT = 2.0  # a headline hit counts as two body hits
OPENING_WEIGHT = 2.0  # so does a hit in the opening: news states its subject early
OPENING_CHARS = 300  # the opening: the lead and this much of the text
SHORT_TEXT = 800  # a text this short (a digest item, a feed summary) is all opening
BODY_CHARS = 1000  # body characters matched (after the lead)
MAX_HITS_PER_PHRASE = 3  # repetitions beyond this add nothing
SECTION_QUERY_WEIGHT = 0.5  # query evidence for topics the classifier knows
EXAMPLE_FLOOR, EXAMPLE_SPAN = 0.1, 0.3  # cosine → score: clip((cos - floor) / span)

_ARTICLE_ID = re.compile(r"^a[0-9a-f]{16}$")


@dataclass(slots=True, frozen=True)
class TopicMatch:
    slug: str
    score: float
    reason: str


# --- definitions ---------------------------------------------------------------


def _topic_from_dict(d: Mapping, where: str) -> Topic:
    if not isinstance(d, Mapping):
        raise ValueError(f"{where}: a topic must be a table")  # noqa: TRY004 - a file error
    unknown = set(d) - {"name", "slug", "description", "query", "examples", "parent",
                        "lead", "lead_source"}
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    name = d.get("name")
    if not name or not isinstance(name, str):
        raise ValueError(f"{where}: a topic needs a name")
    slug = d.get("slug") or slugify(name)
    query = " ".join((d.get("query") or "").split())
    if query:
        try:
            parse(query)
        except QueryError as e:
            raise ValueError(f"{where} ({slug}): bad query: {e}") from None
    examples = d.get("examples") or []
    if isinstance(examples, str):
        examples = [examples]
    return Topic(
        slug=slug, name=name, description=(d.get("description") or "").strip(),
        query=query, examples=tuple(str(x) for x in examples),
        parent=d.get("parent") or None, lead=d.get("lead") or None,
        lead_source=d.get("lead_source") or None,
    )


def parse_topics(text: str, where: str = "<topics>") -> list[Topic]:
    """Topics from TOML text (``[[topic]]`` tables)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ValueError(f"{where}: {e}") from None
    items = data.get("topic", [])
    return [_topic_from_dict(d, f"{where}: topic {i + 1}") for i, d in enumerate(items)]


def builtin_topics_text() -> str:
    return resources.files("bantin").joinpath("topics.toml").read_text(encoding="utf-8")


def load_topics(path: str | Path | None = None) -> list[Topic]:
    """The built-in topics, then those of ``path`` on top (same slug replaces).

    Order: built-in order, replaced topics in place, new ones appended.
    """
    topics = {t.slug: t for t in parse_topics(builtin_topics_text(), "bantin/topics.toml")}
    if path is not None:
        p = Path(path)
        for t in parse_topics(p.read_text(encoding="utf-8"), str(p)):
            topics[t.slug] = t
    return list(topics.values())


def _toml_str(s: str) -> str:
    if "\n" in s and "'''" not in s:
        return "'''\n" + s.strip("\n") + "\n'''"
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{out}"'


def dump_topics(topics: Iterable[Topic]) -> str:
    """TOML text that `parse_topics` reads back to the same topics."""
    chunks = []
    for t in topics:
        lines = ["[[topic]]", f"name = {_toml_str(t.name)}", f"slug = {_toml_str(t.slug)}"]
        if t.parent:
            lines.append(f"parent = {_toml_str(t.parent)}")
        if t.description:
            lines.append(f"description = {_toml_str(t.description)}")
        if t.query:
            lines.append(f"query = {_toml_str(t.query)}")
        if t.examples:
            lines.append("examples = [")
            lines += [f"  {_toml_str(x)}," for x in t.examples]
            lines.append("]")
        if t.lead:
            lines.append(f"lead = {_toml_str(t.lead)}")
        if t.lead_source:
            lines.append(f"lead_source = {_toml_str(t.lead_source)}")
        chunks.append("\n".join(lines))
    return "\n\n".join(chunks) + "\n"


# --- matching -------------------------------------------------------------------


def match_text(article: Article) -> tuple[str, str]:
    """The folded (title, body) that queries run on: headline; lead + first
    `BODY_CHARS` characters of the text."""
    title, opening, rest = match_parts(article)
    return title, (opening + "\n" + rest).strip("\n")


def match_parts(article: Article) -> tuple[str, str, str]:
    """The folded headline, opening and the rest of the matched body."""
    title = article.norm_title or normalize(article.title or "")
    text = article.norm_text or normalize(article.text or "")
    lead = normalize(article.lead) if article.lead and article.lead != article.text else ""
    cut = len(text) if len(text) <= SHORT_TEXT else OPENING_CHARS
    # End the opening at a word boundary.
    while cut < len(text) and text[cut].isalnum():
        cut += 1
    opening = (lead + "\n" + text[:cut]).strip("\n")
    rest = text[cut:BODY_CHARS]
    # Already normalized (above): fold only; `fold_for_match` would clean again.
    return fold(title), fold(opening), fold(rest)


def _bigram_vector(folded: str) -> dict[str, float]:
    """L2-normalized sublinear counts of folded syllable bigrams (syllables
    alone are too ambiguous in Vietnamese; bigrams are mostly words)."""
    toks = re.findall(r"\w+", folded)
    counts: dict[str, float] = {}
    for a, b in zip(toks, toks[1:], strict=False):  # noqa: RUF007
        k = a + " " + b
        counts[k] = counts.get(k, 0.0) + 1.0
    if not counts:
        return {}
    vals = {k: 1.0 + np.log(v) for k, v in counts.items()}  # sublinear tf
    norm = float(np.sqrt(sum(v * v for v in vals.values())))
    return {k: v / norm for k, v in vals.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


@dataclass(slots=True)
class _Compiled:
    topic: Topic
    query: Query | None
    examples: list[tuple[str, dict[str, float]]]
    name_key: str


class TopicIndex:
    """Topics compiled once: parsed queries, example vectors."""

    def __init__(self, topics: Sequence[Topic], example_texts: Mapping[str, str] | None = None):
        """``example_texts`` resolves examples given as article ids (id → text)."""
        self.topics = list(topics)
        self.items: list[_Compiled] = []
        for t in self.topics:
            q = parse(t.query) if t.query else None
            ex = []
            for e in t.examples:
                text = e
                if _ARTICLE_ID.match(e):
                    if not example_texts or e not in example_texts:
                        continue  # an id we cannot resolve here
                    text = example_texts[e]
                vec = _bigram_vector(fold_for_match(text))
                if vec:
                    ex.append((e, vec))
            self.items.append(_Compiled(t, q, ex, slugify(t.name)))
        # one scanner for the phrases of all queries: one pass per text
        keys: dict[str, None] = {}
        for c in self.items:
            if c.query is not None:
                keys.update(dict.fromkeys(c.query.phrases))
        self.scanner = Scanner(keys)

    def found(self, folded_text: str) -> dict[str, int]:
        """Phrase key → occurrences, for the phrases of all topics."""
        return self.scanner.scan(folded_text) if folded_text else {}


_INDEX_CACHE: dict[tuple, TopicIndex] = {}


def compile_topics(topics: Sequence[Topic] | TopicIndex,
                   example_texts: Mapping[str, str] | None = None) -> TopicIndex:
    """A `TopicIndex`, cached on the topics' definitions."""
    if isinstance(topics, TopicIndex):
        return topics
    if example_texts is not None:
        return TopicIndex(topics, example_texts)
    key = tuple((t.slug, t.name, t.query, t.examples) for t in topics)
    idx = _INDEX_CACHE.get(key)
    if idx is None:
        if len(_INDEX_CACHE) > 64:
            _INDEX_CACHE.clear()
        idx = _INDEX_CACHE[key] = TopicIndex(topics)
    return idx


def _merge(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


def _excerpt(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def assign_topics(article: Article, topics: Sequence[Topic] | TopicIndex, model=None, *,
                  proba: Mapping[str, float] | None = None,
                  threshold: float = THRESHOLD) -> list[TopicMatch]:
    """The topics ``article`` belongs to, best first.

    ``model``: a trained category model (`pipeline.classifier`); its
    probabilities count for the topics whose slug is a label's slug. Pass
    ``proba`` instead when the model already ran over a batch
    (`assign_topics_batch` does). ``threshold=0`` returns every topic with
    any evidence, with its score.
    """
    index = compile_topics(topics)
    if proba is None and model is not None:
        proba = model.predict_proba([article])[0]
    label_by_slug = {slugify(k): (k, v) for k, v in (proba or {}).items()}
    title, opening, rest = match_parts(article)
    tags = {slugify(t) for t in (article.tags or ())}
    vec = None
    ft_all, fo_all, fr_all = index.found(title), index.found(opening), index.found(rest)
    both = _merge(_merge(ft_all, fo_all), fr_all)
    out: list[TopicMatch] = []
    for c in index.items:
        t = c.topic
        parts: list[tuple[float, str]] = []
        if t.slug in tags or c.name_key in tags:
            parts.append((1.0, "source tag"))
        if c.query is not None:
            reason = c.query.evaluate(both) if both else []
            if reason:
                hits = 0.0
                phrases = c.query.phrases
                for key in both:
                    if key in phrases:
                        hits += TITLE_WEIGHT * min(ft_all.get(key, 0), MAX_HITS_PER_PHRASE)
                        hits += OPENING_WEIGHT * min(fo_all.get(key, 0), MAX_HITS_PER_PHRASE)
                        hits += min(fr_all.get(key, 0), MAX_HITS_PER_PHRASE)
                q = 1.0 - 0.5 ** hits
                in_title = [phrases[k].text for k in ft_all if k in phrases]
                if t.slug in label_by_slug:
                    q *= SECTION_QUERY_WEIGHT
                shown = [r + (" (title)" if r in in_title else "") for r in reason[:3]]
                parts.append((q, "query: " + ", ".join(shown)))
        if c.examples:
            if vec is None:
                vec = _bigram_vector(title + "\n" + opening + "\n" + rest)
            best, which = 0.0, ""
            for ex_id, ev in c.examples:
                s = _cosine(vec, ev)
                if s > best:
                    best, which = s, ex_id
            e = min(1.0, max(0.0, (best - EXAMPLE_FLOOR) / EXAMPLE_SPAN))
            if e > 0:
                parts.append((e, f"similar to example {_excerpt(which)!r} ({best:.2f})"))
        if t.slug in label_by_slug:
            label, p = label_by_slug[t.slug]
            if p > 0.05:
                parts.append((float(p), f"classifier: {label} ({p:.2f})"))
        if not parts:
            continue
        miss = 1.0
        for s, _ in parts:
            miss *= 1.0 - s
        score = 1.0 - miss
        if score >= threshold and score > 0:
            parts.sort(key=lambda x: -x[0])
            out.append(TopicMatch(t.slug, round(score, 4), "; ".join(r for _, r in parts)))
    out.sort(key=lambda m: -m.score)
    return out


def assign_topics_batch(articles: Sequence[Article], topics: Sequence[Topic] | TopicIndex,
                        model=None, *, threshold: float = THRESHOLD) -> list[list[TopicMatch]]:
    """`assign_topics` over a batch: the model runs once (and may smooth its
    predictions across similar articles of the batch, see `classifier`)."""
    index = compile_topics(topics)
    probas = model.predict_proba(articles) if model is not None else [None] * len(articles)
    return [assign_topics(a, index, proba=p, threshold=threshold)
            for a, p in zip(articles, probas)]
