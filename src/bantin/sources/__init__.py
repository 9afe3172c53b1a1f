"""Read inputs into Articles.

`read(spec)` takes what a user passes to `bantin ingest`: a file, a directory
(every file in it), "-" (standard input) or an http(s) URL, and yields
Articles, Topics (a digest page's topic and lead) and SourceErrors (one per
broken record, so the rest of a batch still goes in).
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from bantin.models import Article, Topic
from bantin.sources.digest import digest_articles, looks_like_digest, parse_digest
from bantin.sources.errors import SourceError
from bantin.sources.files import read_csv, read_jsonl

Item = Article | Topic | SourceError

__all__ = ["Item", "SourceError", "read", "read_bytes"]


def read(spec: str, *, fetch_full: bool = False, fetcher: Callable | None = None) -> Iterator[Item]:
    if spec == "-":
        yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", fetch_full=fetch_full,
                              fetcher=fetcher)
        return
    if spec.startswith(("http://", "https://")):
        yield from _read_url(spec, fetch_full=fetch_full, fetcher=fetcher)
        return
    path = Path(spec)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
        if not files:
            yield SourceError(spec, "directory holds no files")
        for p in files:
            yield from _read_file(p, fetch_full=fetch_full, fetcher=fetcher)
        return
    if not path.exists():
        yield SourceError(spec, "no such file, directory or URL")
        return
    yield from _read_file(path, fetch_full=fetch_full, fetcher=fetcher)


def _hidden(p: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in p.relative_to(root).parts)


def _read_file(path: Path, **kw) -> Iterator[Item]:
    try:
        data = path.read_bytes()
    except OSError as e:
        yield SourceError(str(path), f"cannot read ({e.strerror})")
        return
    yield from read_bytes(data, str(path), name=path.name, **kw)


def _read_url(url: str, *, fetch_full: bool, fetcher: Callable | None) -> Iterator[Item]:
    from bantin.sources.fetch import fetch

    try:
        got = (fetcher or fetch)(url)
    except SourceError as e:
        yield e
        return
    yield from read_bytes(got.content, url, name="", url=got.url, declared=got.encoding,
                          fetch_full=fetch_full, fetcher=fetcher)


def read_bytes(
    data: bytes,
    origin: str,
    *,
    name: str = "",
    url: str | None = None,
    declared: str | None = None,
    fetch_full: bool = False,
    fetcher: Callable | None = None,
) -> Iterator[Item]:
    """Read one input's bytes, choosing the reader by name and content."""
    lower = name.lower()
    if lower.endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as e:
            yield SourceError(origin, f"broken gzip ({e})")
            return
        lower = lower.removesuffix(".gz")
    if not data.strip():
        yield SourceError(origin, "empty input")
        return
    kind = _kind(lower, data)
    try:
        if kind in ("feed", "html"):
            from bantin.sources import feeds, html

            if kind == "feed":
                yield from feeds.read_feed(data, origin, fetch_full=fetch_full,
                                           **({"fetcher": fetcher} if fetcher else {}))
            else:
                yield html.read_html(data, url=url, origin=origin, encoding=declared)
            return
        text = _decode(data, origin, declared)
        if kind == "jsonl":
            yield from read_jsonl(text, origin)
        elif kind == "csv":
            yield from read_csv(text, origin)
        elif kind == "digest":
            topic, articles = digest_articles(parse_digest(text, origin), origin)
            yield topic
            yield from articles
        else:
            yield SourceError(
                origin, "unknown input format (expected JSONL, CSV, topic digest text, "
                "HTML or an RSS/Atom/JSON feed)"
            )
    except SourceError as e:
        yield e


def _kind(lower: str, data: bytes) -> str:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lower.endswith(".csv"):
        return "csv"
    if head.startswith(b"{") and b"jsonfeed.org" in head:
        return "feed"
    if lower.endswith((".rss", ".atom", ".xml")):
        return "feed"
    if lower.endswith((".html", ".htm")):
        return "html"
    if head.startswith(b"{") or (lower.endswith(".json") and head.startswith(b"[")):
        return "jsonl"
    if head.startswith(b"<"):
        low = head.lower()
        if b"<rss" in low or b"<feed" in low or b"<rdf:rdf" in low:
            return "feed"
        return "html"
    text = head.decode("utf-8", "ignore")
    if lower.endswith((".txt", ".md")) or looks_like_digest(text):
        return "digest"
    first = text.split("\n", 1)[0].lower()
    if "," in first and ("title" in first or "text" in first):
        return "csv"
    return "unknown"


def _decode(data: bytes, origin: str, declared: str | None) -> str:
    try:
        return data.decode(declared or "utf-8-sig")
    except (UnicodeDecodeError, LookupError):
        pass
    try:
        from bantin.sources.fetch import decode
    except ImportError:  # pragma: no cover
        raise SourceError(origin, "not UTF-8 text") from None
    return decode(data, declared)
