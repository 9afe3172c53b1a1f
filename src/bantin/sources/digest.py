"""Topic-digest text, the layout of a published topic page (see ../shared/seeds).

::

    <lead paragraph>
    <topic name>
    -
    <item>
    -
    <item>

Items are separated by lines holding only "-"; empty items are skipped. An
item is either one paragraph (a summary with no headline), or a headline line
followed by the summary; a summary may start with a byline glued to it:
"bởi LinhĐến 15/7/2025, …" is author "Linh", summary "Đến 15/7/2025, …".

Each item becomes an Article tagged with the page's topic; its summary is
both its text and its published lead. `write_digest` writes the same layout,
so a page read and written back gives the same lead, topic and items.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bantin.models import Article, Topic
from bantin.sources.errors import SourceError
from bantin.text.normalize import clean, slugify

SEPARATOR = "-"
BYLINE = "bởi "
_MAX_NAME_WORDS = 5


@dataclass(slots=True)
class DigestItem:
    summary: str
    headline: str | None = None
    author: str | None = None


@dataclass(slots=True)
class Digest:
    topic: str
    lead: str
    items: list[DigestItem] = field(default_factory=list)


def split_byline(line: str) -> tuple[str | None, str]:
    """ "bởi LinhĐến 15/7…" → ("Linh", "Đến 15/7…"). Lines without "bởi " → (None, line)."""
    if not line.lower().startswith(BYLINE):
        return None, line
    rest = line[len(BYLINE):]
    glue = _glue_point(rest)
    if glue and len(rest[:glue].split()) <= _MAX_NAME_WORDS:
        return rest[:glue].strip(), rest[glue:].strip()
    # Not glued: "bởi Linh" alone, or "bởi Linh – summary".
    parts = re.split(r"\s+[-–—:]\s+", rest, maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) <= _MAX_NAME_WORDS:
        return parts[0].strip(), parts[1].strip()
    if len(rest.split()) <= _MAX_NAME_WORDS:
        return rest.strip(), ""
    return None, line


def _glue_point(s: str) -> int | None:
    """Where a byline is glued to the summary: a lowercase letter directly
    followed by an uppercase one ("LinhĐến", "LinhFPT")."""
    for i in range(1, len(s)):
        if s[i].isupper() and s[i - 1].islower():
            return i
    return None


def parse_digest(text: str, origin: str = "<digest>") -> Digest:
    """Parse a topic page; raises SourceError naming ``origin`` when it is not one."""
    lines = clean(text).split("\n")
    try:
        first_sep = next(i for i, ln in enumerate(lines) if ln.strip() == SEPARATOR)
    except StopIteration:
        raise SourceError(origin, "not a topic digest: no '-' item separator line") from None
    if first_sep < 2:
        raise SourceError(
            origin, "not a topic digest: expected a lead paragraph and a topic name "
            "before the first '-' line"
        )
    topic = lines[first_sep - 1].strip()
    lead = "\n".join(ln for ln in lines[: first_sep - 1] if ln.strip())
    if not topic or len(topic) > 120:
        raise SourceError(origin, f"line {first_sep}: not a topic name: {topic[:60]!r}")
    items: list[DigestItem] = []
    block: list[str] = []
    for ln in lines[first_sep:] + [SEPARATOR]:
        if ln.strip() == SEPARATOR:
            item = _item(block)
            if item:
                items.append(item)
            block = []
        elif ln.strip():
            block.append(ln.strip())
    return Digest(topic=topic, lead=lead, items=items)


def _item(block: list[str]) -> DigestItem | None:
    if not block:
        return None
    if len(block) == 1:
        return DigestItem(summary=block[0])
    headline, rest = block[0], block[1:]
    author, first = split_byline(rest[0])
    summary = "\n".join([first, *rest[1:]] if first else rest[1:]).strip()
    return DigestItem(summary=summary, headline=headline, author=author)


def digest_articles(d: Digest, origin: str) -> tuple[Topic, list[Article]]:
    """The page's topic (with its published lead) and one Article per item."""
    topic = Topic(slug=slugify(d.topic), name=d.topic, lead=d.lead or None, lead_source=origin)
    articles = [
        Article(
            title=item.headline or "",
            text=item.summary,
            lead=item.summary,
            author=item.author,
            tags=(d.topic,),
            rank=i,
            origin=f"{origin}:item {i + 1}",
        )
        for i, item in enumerate(d.items)
    ]
    return topic, articles


def looks_like_digest(text: str) -> bool:
    lines = text.lstrip("\ufeff").split("\n", 40)
    seps = [i for i, ln in enumerate(lines) if ln.strip() == SEPARATOR]
    return bool(seps) and seps[0] >= 2


def write_digest(topic: str, lead: str, items: Iterable[DigestItem]) -> str:
    """The seed layout: lead, topic, then items between '-' lines."""
    out = [lead.strip(), topic.strip(), SEPARATOR]
    for item in items:
        if item.headline:
            byline = f"{BYLINE}{item.author}" if item.author else ""
            out.append(item.headline.strip())
            out.append(byline + item.summary.strip())
        else:
            out.append(" ".join(item.summary.split("\n")).strip())
        out.append(SEPARATOR)
    return "\n".join(out) + "\n"
