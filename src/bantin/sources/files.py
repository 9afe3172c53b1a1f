"""JSONL and CSV exports (gzip too), in the layout of ../shared/data/README.md.

Known fields: id, title, text, url, source, author, published_at, summary
(the sapo as published: kept as the article's lead), category and topics
(source tags). A `story` field is ignored: bantin groups stories itself.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from bantin.models import Article
from bantin.sources.errors import SourceError

csv.field_size_limit(50_000_000)


def record_article(rec: dict[str, Any], origin: str) -> Article | SourceError:
    if not isinstance(rec, dict):
        return SourceError(origin, f"expected a JSON object, got {type(rec).__name__}")
    title = _str(rec.get("title"))
    text = _str(rec.get("text") or rec.get("content") or rec.get("body"))
    if not title and not text:
        return SourceError(origin, "record has neither 'title' nor 'text'")
    tags: list[str] = []
    for key in ("category", "topic"):
        if _str(rec.get(key)):
            tags.append(_str(rec[key]))
    topics = rec.get("topics") or rec.get("tags")
    if isinstance(topics, str):
        topics = [t for t in topics.split("|") if t.strip()]
    if isinstance(topics, list):
        tags.extend(_str(t) for t in topics if _str(t))
    return Article(
        title=title,
        text=text,
        url=_str(rec.get("url")) or None,
        source=_str(rec.get("source")) or None,
        author=_str(rec.get("author")) or None,
        published_at=_str(rec.get("published_at") or rec.get("date")) or None,
        lead=_str(rec.get("summary") or rec.get("lead") or rec.get("sapo")) or None,
        tags=tuple(dict.fromkeys(tags)),
        ext_id=_str(rec.get("id")) or None,
        origin=origin,
    )


def _str(v: Any) -> str:
    if v is None:
        return ""
    return v if isinstance(v, str) else str(v)


def read_jsonl(text: str, origin: str) -> Iterator[Article | SourceError]:
    for lineno, line in enumerate(io.StringIO(text), 1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield SourceError(where, f"invalid JSON: {e.msg.removesuffix(' at')} (column {e.colno})")
            continue
        yield record_article(rec, where)


def read_csv(text: str, origin: str) -> Iterator[Article | SourceError]:
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if not ({"title", "text"} & set(fields)):
        raise SourceError(origin, "CSV header needs a 'title' or 'text' column")
    reader.fieldnames = fields
    try:
        for row in reader:
            where = f"{origin}:{reader.line_num}"
            if None in row:
                yield SourceError(where, "more fields than the header has")
                continue
            yield record_article(row, where)
    except csv.Error as e:
        raise SourceError(f"{origin}:{reader.line_num}", f"broken CSV ({e})") from None
