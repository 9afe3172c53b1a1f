"""Fetch a URL over http(s), and decode page bytes to text.

`fetch` is the only place in the sources layer that touches the network. It
returns the bytes as sent plus what the server declared; `decode` turns bytes
into text (BOM, declared charset, ``<meta charset>``, then UTF-8, then the
Vietnamese/Western Windows code pages), repairing legacy Vietnamese 8-bit
text (TCVN3, VNI) typed into a Latin-1 page.

Tests point `fetch` at a local server simply by using 127.0.0.1 URLs: loopback
hosts never go through an environment proxy. `CLIENT_OPTIONS` is the
module-level hook for anything else (e.g. a ``transport`` for a mock).
"""

from __future__ import annotations

import codecs
import re
import time
import unicodedata
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from bantin import __version__
from bantin.sources.errors import SourceError
from bantin.text.legacy import detect_legacy, from_legacy, is_vietnamese_syllable

__all__ = ["CLIENT_OPTIONS", "USER_AGENT", "Fetched", "decode", "fetch"]

USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    f"Chrome/126.0 Safari/537.36 bantin/{__version__} (Vietnamese news by topic)"
)
HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,"
    "application/rss+xml,application/atom+xml,application/feed+json,*/*;q=0.8",
    "Accept-Language": "vi,en;q=0.8",
}
# Extra keyword arguments for `httpx.Client` (tests may set "transport").
CLIENT_OPTIONS: dict[str, Any] = {}
MAX_REDIRECTS = 10
_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


@dataclass(slots=True, frozen=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str | None  # media type, lowercased, no parameters: "text/html"
    encoding: str | None  # charset the server declared, if any

    @property
    def text(self) -> str:
        return decode(self.content, self.encoding)


def _client(timeout: float, host: str) -> httpx.Client:
    opts: dict[str, Any] = {
        "headers": HEADERS,
        "follow_redirects": True,
        "max_redirects": MAX_REDIRECTS,
        "timeout": httpx.Timeout(timeout),
        # A proxy from the environment must not capture local addresses.
        "trust_env": host not in _LOOPBACK,
    }
    opts.update(CLIENT_OPTIONS)
    return httpx.Client(**opts)


def _split_content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    parts = [p.strip() for p in value.split(";")]
    media = parts[0].lower() or None
    charset = None
    for p in parts[1:]:
        k, _, v = p.partition("=")
        if k.strip().lower() == "charset" and v.strip():
            charset = v.strip().strip("\"'").lower()
    return media, charset


def fetch(url: str, *, timeout: float = 20.0, max_bytes: int = 20_000_000) -> Fetched:
    """GET ``url`` (redirects followed); raise `SourceError` naming the URL on
    any failure: non-http scheme, connection error, timeout (``timeout`` is
    also the limit for the whole download), HTTP error status, or a body over
    ``max_bytes``."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise SourceError(url, "only http:// and https:// URLs can be fetched")
    deadline = time.monotonic() + timeout
    try:
        with (
            _client(timeout, parts.hostname.lower()) as client,
            client.stream("GET", url) as resp,
        ):
            if resp.status_code >= 400:
                reason = resp.reason_phrase or ""
                raise SourceError(url, f"HTTP {resp.status_code} {reason}".strip())
            length = resp.headers.get("content-length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise SourceError(
                    url, f"too large: {int(length):,} bytes (limit {max_bytes:,})"
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise SourceError(url, f"too large: over {max_bytes:,} bytes")
                if time.monotonic() > deadline:
                    raise SourceError(url, f"timed out after {timeout:g} s")
                chunks.append(chunk)
            media, charset = _split_content_type(resp.headers.get("content-type"))
            return Fetched(str(resp.url), b"".join(chunks), media, charset)
    except SourceError:
        raise
    except httpx.TimeoutException:
        raise SourceError(url, f"timed out after {timeout:g} s") from None
    except httpx.TooManyRedirects:
        raise SourceError(url, f"too many redirects (over {MAX_REDIRECTS})") from None
    except httpx.UnsupportedProtocol as e:
        raise SourceError(url, f"unsupported URL ({e})") from None
    except httpx.InvalidURL as e:
        raise SourceError(url, f"invalid URL ({e})") from None
    except httpx.ConnectError as e:
        raise SourceError(url, f"cannot connect ({e or 'connection refused'})") from None
    except httpx.HTTPError as e:
        raise SourceError(url, f"download failed ({type(e).__name__}: {e})") from None


# --- decoding ----------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
# As browsers do (WHATWG): these labels mean windows-1252.
_AS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
            "iso-8859-15", "cp819", "ibm819"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    if label in _AS_1252:
        return "cp1252"
    if label in ("utf8", "unicode-1-1-utf-8", "x-unicode20utf8"):
        return "utf-8"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _sniff_charset(content: bytes) -> str | None:
    head = content[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii") if m else None


_VN_ONLY = re.compile("[ĂăĐđƠơƯư\u1ea0-\u1ef9]")
_WORDS = re.compile(r"\w+")


def _vietnamese_words(text: str) -> int:
    """How many words use letters only Vietnamese has and are real syllables."""
    return sum(
        1 for w in _WORDS.findall(text) if _VN_ONLY.search(w) and is_vietnamese_syllable(w)
    )


def _latin1_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    return "".join(chr(b) for b in err.object[err.start:err.end]), err.end


# Python's cp1252 leaves five bytes undefined; browsers map them to C1 controls.
codecs.register_error("bantin.latin1", _latin1_fallback)


def _cp1252(content: bytes) -> str:
    return content.decode("cp1252", errors="bantin.latin1")


def _repair_legacy(text: str) -> str:
    enc = detect_legacy(text)
    return from_legacy(text, enc) if enc else text


def decode(content: bytes, declared: str | None = None) -> str:
    """Bytes of a page or file → text.

    Order: a BOM; the ``declared`` charset (HTTP header); an XML declaration or
    ``<meta charset>`` in the first 4 KB; UTF-8; then windows-1258 when that
    reads as Vietnamese, else windows-1252. Text that reads as TCVN3 or VNI
    mojibake is converted to Unicode (`bantin.text.legacy`).
    """
    for bom, name in _BOMS:
        if content.startswith(bom):
            return _repair_legacy(content[len(bom):].decode(name, errors="replace"))
    for label in (declared, _sniff_charset(content)):
        codec = _codec(label)
        if codec is None:
            continue
        try:
            text = content.decode(codec)
        except UnicodeDecodeError:
            continue  # the declaration lies; fall through to guessing
        if codec in ("cp1252", "cp1258"):
            break  # a Latin-1 declaration is often wrong for Vietnamese: guess below
        return _repair_legacy(text)
    try:
        return _repair_legacy(content.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    western = _cp1252(content)
    legacy = detect_legacy(western)
    if legacy:
        return from_legacy(western, legacy)
    try:
        vietnamese = unicodedata.normalize("NFC", content.decode("cp1258"))
    except UnicodeDecodeError:
        vietnamese = None
    if vietnamese is not None and _vietnamese_words(vietnamese) >= max(
        3, _vietnamese_words(western)
    ):
        return vietnamese
    return western
