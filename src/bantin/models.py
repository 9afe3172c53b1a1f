"""The carrier objects that flow through the pipeline.

Few and plain: an `Article` is read by a source, prepared once
(`bantin.pipeline.prepare`), then each stage adds its result. Spans point into
the article's published text so every quoted sentence can be traced back.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Article:
    """One report as a source gave it, plus what the pipeline derives.

    ``title``/``text`` are kept as published (after `text.clean`: NFC, no
    invisible characters); ``norm_*`` hold the normalized forms for matching.
    """

    title: str
    text: str
    url: str | None = None
    source: str | None = None  # outlet: "VnExpress", "vnexpress.net"
    author: str | None = None
    published_at: str | None = None  # ISO 8601, as precise as known
    lead: str | None = None  # the sapo as published, when a source has it apart
    tags: tuple[str, ...] = ()  # topic names a source assigns (digest pages)
    rank: int | None = None  # position on the source's page (digest items)
    ext_id: str | None = None  # the id the source file gave it
    origin: str | None = None  # where it was read: "feed.xml#3", "a.jsonl:12"
    # Set by pipeline.prepare:
    id: str = ""
    content_hash: str = ""
    norm_title: str = ""
    norm_text: str = ""


@dataclass(slots=True, frozen=True)
class Span:
    """A quoted sentence: ``text == article.text[start:end]`` (or of the title
    when ``field == "title"``)."""

    article_id: str
    start: int
    end: int
    text: str
    field: str = "text"

    def to_dict(self) -> dict:
        return {"article_id": self.article_id, "start": self.start, "end": self.end,
                "text": self.text, "field": self.field}


@dataclass(slots=True)
class Topic:
    slug: str
    name: str
    description: str = ""
    query: str = ""  # keyword query, see pipeline.topics
    examples: tuple[str, ...] = ()  # article ids or texts that belong
    parent: str | None = None
    lead: str | None = None  # published lead paragraph (digest pages)
    lead_source: str | None = None
