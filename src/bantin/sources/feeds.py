"""RSS 2.0 / RSS 1.0, Atom and JSON Feed → Articles.

Each entry becomes an `Article` whose text is the entry's content (or its
summary) as plain paragraphs; with ``fetch_full`` the entry's page is fetched
and read with `bantin.sources.html.read_html` for the full text. Problems are
yielded, not raised, one `SourceError` per entry (origin "feed.xml#entry 3",
numbered from 1), so the rest of the feed still goes in. Only a feed that
cannot be read at all raises, when `read_feed` is called.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import feedparser

from bantin.models import Article
from bantin.sources.errors import SourceError
from bantin.sources.fetch import Fetched, fetch
from bantin.sources.html import _iso, html_to_text, read_url

__all__ = ["looks_like_feed", "looks_like_html", "read_feed"]

Fetcher = Callable[[str], Fetched]
_JSONFEED_VERSIONS = ("https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1",
                      "http://jsonfeed.org/version/1", "http://jsonfeed.org/version/1.1")


# --- sniffing -----------------------------------------------------------------

_PROLOG = re.compile(rb"^(?:\s+|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.DOTALL | re.IGNORECASE)


def _head(data: bytes) -> bytes:
    head = data[:8192]
    for bom in (b"\xef\xbb\xbf",):
        head = head.removeprefix(bom)
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            head = head.decode("utf-16").encode("utf-8", "replace")
        except UnicodeDecodeError:
            pass
    return head


def looks_like_feed(data: bytes) -> bool:
    """RSS (0.9x/1.0/2.0), Atom or JSON Feed, judged by the first root element."""
    head = _head(data)
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        return re.search(rb'"version"\s*:\s*"https?://jsonfeed\.org/version/', head) is not None
    rest = head[_PROLOG.match(head).end():].lower()
    return rest.startswith((b"<rss", b"<rdf:rdf", b"<feed", b"<channel")) or bool(
        re.match(rb"<[a-z0-9_-]+:(rss|feed|rdf)\b", rest)
    )


def looks_like_html(data: bytes) -> bool:
    """An HTML page (not a feed): a doctype or one of the usual first elements."""
    head = _head(data).lower()
    if looks_like_feed(data):
        return False
    start = head.lstrip()
    if start.startswith(b"<!doctype html") or re.search(rb"<html[\s>]", head):
        return True
    rest = head[_PROLOG.match(head).end():]
    return bool(re.match(rb"<(head|body|meta|title|div|article|p|section|main|h1|table)[\s>/]",
                         rest))


# --- dates --------------------------------------------------------------------


def _date(raw: str | None, parsed: Any = None) -> str | None:
    """A feed date (RFC 822, ISO 8601, or a Vietnamese "14/07/2025 08:30") as
    ISO 8601, keeping the zone it was written with."""
    if raw:
        raw = raw.strip()
        try:
            dt = parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            dt = None
        if dt is not None:
            return dt.isoformat()
        iso = _iso(raw)
        if iso:
            return iso
    if parsed:
        try:
            return datetime(*parsed[:6], tzinfo=UTC).isoformat().replace("+00:00", "Z")
        except (TypeError, ValueError):
            return None
    return None


# --- entries --------------------------------------------------------------------


def _text_of(value: str | None, html: bool = True) -> str:
    if not value:
        return ""
    return html_to_text(value) if html else "\n\n".join(
        p for p in (" ".join(x.split()) for x in value.split("\n\n")) if p
    )


def _is_html(detail: Any, value: str) -> bool:
    kind = (detail or {}).get("type", "") if isinstance(detail, dict) else ""
    if kind in ("text/plain",):
        return "<" in value and ">" in value and bool(re.search(r"<(p|br|div)\b", value))
    return True


def _rss_atom_entry(entry: Any, feed_title: str | None, where: str) -> Article | SourceError:
    title_raw = entry.get("title") or ""
    title = _text_of(title_raw, _is_html(entry.get("title_detail"), title_raw)).replace(
        "\n\n", " "
    )
    content_html = ""
    for c in entry.get("content") or []:
        if c.get("value"):
            content_html = c["value"]
            if "html" in (c.get("type") or ""):
                break
    summary_raw = entry.get("summary") or ""
    summary = _text_of(summary_raw, _is_html(entry.get("summary_detail"), summary_raw))
    text = _text_of(content_html) if content_html else summary
    lead = None
    if content_html and summary and not text.startswith(summary[:60]):
        lead = summary
    if not title and not text:
        return SourceError(where, "entry has neither a title nor any text")
    link = entry.get("link")
    if not link:
        for lk in entry.get("links") or []:
            if lk.get("href") and lk.get("rel", "alternate") == "alternate":
                link = lk["href"]
                break
    tags = tuple(dict.fromkeys(
        t.get("term", "").strip() for t in entry.get("tags") or [] if t.get("term", "").strip()
    ))
    return Article(
        title=title,
        text=text,
        url=link or None,
        source=feed_title,
        author=(entry.get("author") or "").strip() or None,
        published_at=_date(entry.get("published"), entry.get("published_parsed"))
        or _date(entry.get("updated"), entry.get("updated_parsed")),
        lead=lead,
        tags=tags,
        ext_id=(entry.get("id") or "").strip() or None,
        origin=where,
    )


def _json_author(obj: dict) -> str | None:
    names = []
    authors = obj.get("authors")
    if isinstance(authors, list):
        names = [a.get("name", "").strip() for a in authors if isinstance(a, dict)]
    elif isinstance(obj.get("author"), dict):
        names = [obj["author"].get("name", "").strip()]
    names = [n for n in names if n]
    return ", ".join(names) or None


def _json_entry(item: Any, feed_title: str | None, where: str) -> Article | SourceError:
    if not isinstance(item, dict):
        return SourceError(where, f"item is not a JSON object ({type(item).__name__})")
    for key in ("title", "content_html", "content_text", "summary", "url", "id"):
        if item.get(key) is not None and not isinstance(item[key], (str, int)):
            return SourceError(where, f"item field {key!r} is not a string")
    title = " ".join(str(item.get("title") or "").split())
    if item.get("content_html"):
        text = html_to_text(item["content_html"])
    else:
        text = _text_of(item.get("content_text"), html=False)
    summary = " ".join(str(item.get("summary") or "").split())
    if not text:
        text, summary = summary, ""
    if not title and not text:
        return SourceError(where, "item has neither a title nor any text")
    tags = item.get("tags") if isinstance(item.get("tags"), list) else []
    return Article(
        title=title,
        text=text,
        url=str(item.get("url") or item.get("external_url") or "") or None,
        source=feed_title,
        author=_json_author(item),
        published_at=_date(item.get("date_published")) or _date(item.get("date_modified")),
        lead=summary or None,
        tags=tuple(dict.fromkeys(str(t).strip() for t in tags if str(t).strip())),
        ext_id=str(item["id"]) if item.get("id") is not None else None,
        origin=where,
    )


def _with_full_text(article: Article, fetcher: Fetcher, where: str) -> Iterator[Article | SourceError]:
    try:
        page = read_url(article.url, fetcher=fetcher, origin=where)
    except SourceError as e:
        yield SourceError(where, f"full text not read from {article.url}: {e.problem}")
        yield article
        return
    article.text = page.text
    article.title = article.title or page.title
    article.author = article.author or page.author
    article.published_at = article.published_at or page.published_at
    article.source = article.source or page.source
    if page.lead:
        article.lead = page.lead
    yield article


def _parse_json_feed(data: bytes, origin: str) -> tuple[str | None, list]:
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as e:
        raise SourceError(origin, f"broken JSON Feed ({e})") from None
    if not isinstance(obj, dict):
        raise SourceError(origin, "broken JSON Feed (not a JSON object)")
    version = str(obj.get("version") or "")
    if version.rstrip("/") not in _JSONFEED_VERSIONS:
        raise SourceError(origin, f"unsupported JSON Feed version {version!r}")
    items = obj.get("items")
    if not isinstance(items, list):
        raise SourceError(origin, "broken JSON Feed ('items' is not a list)")
    title = obj.get("title")
    return (title.strip() or None) if isinstance(title, str) else None, items


def read_feed(
    data: bytes | str,
    origin: str,
    *,
    fetch_full: bool = False,
    fetcher: Fetcher | None = fetch,
) -> Iterator[Article | SourceError]:
    """Read a feed. Raises `SourceError` now when the feed cannot be read at
    all; returns an iterator of Articles and per-entry SourceErrors."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    fetcher = fetcher or fetch
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        title, items = _parse_json_feed(data, origin)
        entries = [(item, _json_entry) for item in items]
    else:
        parsed = feedparser.parse(data)  # bytes: feedparser never goes to the network
        if not parsed.entries:
            if parsed.bozo:
                err = parsed.get("bozo_exception")
                why = getattr(err, "getMessage", lambda: str(err))() if err else "unreadable"
                raise SourceError(origin, f"broken feed ({why})")
            if not parsed.version:
                raise SourceError(origin, "not an RSS or Atom feed")
        title = (parsed.feed.get("title") or "").strip() or None
        entries = [(e, _rss_atom_entry) for e in parsed.entries]
    return _iter_entries(entries, title, origin, fetch_full, fetcher)


def _iter_entries(entries, title, origin, fetch_full, fetcher) -> Iterator[Article | SourceError]:
    for i, (entry, reader) in enumerate(entries, 1):
        where = f"{origin}#entry {i}"
        try:
            got = reader(entry, title, where)
        except Exception as e:  # noqa: BLE001  (a malformed entry must not stop the feed)
            got = SourceError(where, f"unreadable entry ({type(e).__name__}: {e})")
        if isinstance(got, Article) and fetch_full and got.url:
            yield from _with_full_text(got, fetcher, where)
        else:
            yield got
