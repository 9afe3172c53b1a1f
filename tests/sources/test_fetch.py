"""fetch() against a real local HTTP server, and decode() of page bytes."""

from __future__ import annotations

import threading
import time
import unicodedata
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from bantin.sources.errors import SourceError
from bantin.sources.fetch import USER_AGENT, Fetched, decode, fetch
from bantin.text.legacy import to_legacy

FIXTURES = Path(__file__).parent / "fixtures"
SENTENCE = "Hà Nội: người dân được hướng dẫn cài đặt ứng dụng dịch vụ công trực tuyến."
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 keeps the tone as a separate combining byte."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
            out += base.encode("cp1258") + "".join(c for c in d if c in _TONES).encode("cp1258")
    return bytes(out)


LEGACY_PAGE = (
    "<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
    "<title>{t}</title></head><body><h1>{t}</h1>{ps}</body></html>"
)


def legacy_page(encoding: str) -> bytes:
    title = to_legacy("Bản tin nông nghiệp đồng bằng", encoding)
    paras = "".join(
        f"<p>{to_legacy(p, encoding)}</p>"
        for p in (
            "Giá lúa tại các tỉnh miền tây tăng nhẹ trong tuần qua, nông dân phấn khởi.",
            "Nhiều hợp tác xã ký hợp đồng bao tiêu với doanh nghiệp xuất khẩu gạo thơm.",
            "Sở nông nghiệp khuyến cáo người dân không xuống giống ồ ạt để tránh rầy nâu.",
        )
    )
    return LEGACY_PAGE.format(t=title, ps=paras).encode("latin-1")


class _Handler(BaseHTTPRequestHandler):
    seen_agents: ClassVar[list[str]] = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, code: int, body: bytes, ctype: str | None, extra: dict | None = None):
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        _Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        path = self.path.split("?", 1)[0]
        if path.startswith("/fixtures/"):
            f = FIXTURES / path.removeprefix("/fixtures/")
            if not f.is_file():
                return self._send(404, b"not found", "text/plain")
            ctype = {
                ".html": "text/html; charset=utf-8",
                ".xml": "application/rss+xml",
                ".json": "application/feed+json",
            }.get(f.suffix, "application/octet-stream")
            return self._send(200, f.read_bytes(), ctype)
        if path == "/missing":
            return self._send(404, b"<h1>Not Found</h1>", "text/html")
        if path == "/server-error":
            return self._send(503, b"busy", "text/plain")
        if path == "/slow":
            time.sleep(1.0)
            return self._send(200, b"<html>late</html>", "text/html")
        if path == "/redirect":
            return self._send(302, b"", None, {"Location": "/fixtures/vnexpress_like.html"})
        if path == "/loop":
            return self._send(302, b"", None, {"Location": "/loop"})
        if path == "/big":
            return self._send(200, b"x" * 5000, "text/plain")
        if path == "/big-unsized":
            # No Content-Length: the limit must hold while streaming.
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Connection", "close")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"y" * 1000)
            self.close_connection = True
            return None
        if path == "/image.png":
            return self._send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
        if path == "/tcvn3.html":
            return self._send(200, legacy_page("tcvn3"), "text/html; charset=ISO-8859-1")
        if path == "/vni.html":
            return self._send(200, legacy_page("vni"), "text/html")
        if path == "/cp1258.html":
            body = b"<html><body><p>" + to_cp1258(SENTENCE) + b"</p></body></html>"
            return self._send(200, body, "text/html; charset=windows-1258")
        return self._send(404, b"no route", "text/plain")


@pytest.fixture(scope="session")
def local_server():
    """Base URL of a real HTTP server on 127.0.0.1 (random port)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# --- fetch ---------------------------------------------------------------------


def test_fetch_returns_bytes_type_and_charset(local_server):
    got = fetch(f"{local_server}/fixtures/vnexpress_like.html")
    assert isinstance(got, Fetched)
    assert got.content == (FIXTURES / "vnexpress_like.html").read_bytes()
    assert got.content_type == "text/html"
    assert got.encoding == "utf-8"
    assert "Hà Nội mở thêm 12 tuyến xe buýt điện" in got.text


def test_fetch_sends_a_browser_like_user_agent_naming_bantin(local_server):
    fetch(f"{local_server}/fixtures/rss_vn.xml")
    agent = _Handler.seen_agents[-1]
    assert agent == USER_AGENT
    assert agent.startswith("Mozilla/5.0") and "bantin/" in agent


def test_fetch_follows_redirects_and_reports_final_url(local_server):
    got = fetch(f"{local_server}/redirect")
    assert got.url == f"{local_server}/fixtures/vnexpress_like.html"
    assert b"title-detail" in got.content


@pytest.mark.parametrize(
    "path,kwargs,problem",
    [
        ("/missing", {}, "HTTP 404 Not Found"),
        ("/server-error", {}, "HTTP 503 Service Unavailable"),
        ("/slow", {"timeout": 0.2}, "timed out after 0.2 s"),
        ("/loop", {}, "too many redirects"),
        ("/big", {"max_bytes": 1000}, "too large: 5,000 bytes (limit 1,000)"),
        ("/big-unsized", {"max_bytes": 10_000}, "too large: over 10,000 bytes"),
    ],
    ids=["404", "503", "timeout", "redirect-loop", "too-large-declared", "too-large-streamed"],
)
def test_fetch_errors_name_the_url_and_the_problem(local_server, path, kwargs, problem):
    url = f"{local_server}{path}"
    started = time.monotonic()
    with pytest.raises(SourceError) as err:
        fetch(url, **kwargs)
    assert err.value.origin == url
    assert problem in err.value.problem
    assert str(err.value) == f"{url}: {err.value.problem}"
    assert time.monotonic() - started < 5


def test_fetch_timeout_does_not_wait_for_the_slow_server(local_server):
    started = time.monotonic()
    with pytest.raises(SourceError):
        fetch(f"{local_server}/slow", timeout=0.2)
    assert time.monotonic() - started < 0.9  # the server sleeps 1.0 s


def test_fetch_connection_refused():
    # Port 9 on loopback: nothing listens there in the test environment.
    with pytest.raises(SourceError) as err:
        fetch("http://127.0.0.1:9/", timeout=1)
    assert "cannot connect" in err.value.problem or "timed out" in err.value.problem


@pytest.mark.parametrize(
    "url", ["ftp://127.0.0.1/file", "file:///etc/hostname", "javascript:alert(1)", "/tmp/x.html",
            "http://"]
)
def test_fetch_refuses_non_http_urls(url):
    with pytest.raises(SourceError) as err:
        fetch(url)
    assert err.value.origin == url
    assert "http" in err.value.problem


def test_fetch_non_html_content_keeps_its_type(local_server):
    got = fetch(f"{local_server}/image.png")
    assert got.content_type == "image/png"
    assert got.content.startswith(b"\x89PNG")


@pytest.mark.parametrize("path", ["/tcvn3.html", "/vni.html"])
def test_fetched_legacy_page_decodes_to_unicode(local_server, path):
    got = fetch(f"{local_server}{path}")
    text = decode(got.content, got.encoding)
    assert "Giá lúa tại các tỉnh miền tây tăng nhẹ" in text
    assert "rầy nâu" in text


def test_fetched_windows_1258_page_decodes(local_server):
    got = fetch(f"{local_server}/cp1258.html")
    assert got.encoding == "windows-1258"
    assert SENTENCE in got.text


# --- decode --------------------------------------------------------------------------

DECODE_CASES = [
    ("utf-8", SENTENCE.encode("utf-8"), None),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), "windows-1252"),
    ("utf-16 with BOM", SENTENCE.encode("utf-16"), None),
    ("declared windows-1258", to_cp1258(SENTENCE), "windows-1258"),
    ("undeclared windows-1258", to_cp1258(SENTENCE), None),
    ("meta charset", b"<meta charset='windows-1258'><p>" + to_cp1258(SENTENCE), None),
    ("meta http-equiv", b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
     + SENTENCE.encode("utf-8"), None),
    ("declared latin-1 but really utf-8", SENTENCE.encode("utf-8"), "iso-8859-1"),
    ("tcvn3 bytes", to_legacy(SENTENCE, "tcvn3").encode("latin-1"), None),
    ("tcvn3 declared latin-1", to_legacy(SENTENCE, "tcvn3").encode("latin-1"), "iso-8859-1"),
    ("vni bytes", to_legacy(SENTENCE, "vni").encode("latin-1"), None),
    ("vni typed into utf-8 page", to_legacy(SENTENCE, "vni").encode("utf-8"), "utf-8"),
]


@pytest.mark.parametrize("name,data,declared", DECODE_CASES, ids=[c[0] for c in DECODE_CASES])
def test_decode_vietnamese(name, data, declared):
    assert SENTENCE in decode(data, declared)


@pytest.mark.parametrize(
    "text",
    ["Crème brûlée à la façade, naïve Zürich, señor", "Plain ASCII text about Ha Noi, 2025."],
)
def test_decode_western_text_is_left_alone(text):
    assert decode(text.encode("cp1252")) == text
    assert decode(text.encode("utf-8")) == text


def test_decode_unknown_declared_charset_falls_back():
    assert decode(SENTENCE.encode("utf-8"), "x-no-such-charset") == SENTENCE


def test_decode_lying_declaration_falls_back_to_utf8():
    assert decode(SENTENCE.encode("utf-8"), "ascii") == SENTENCE


def test_decode_bytes_undefined_in_cp1252_do_not_fail():
    assert decode(b"abc \x81\x8d\x9d def") == "abc \x81\x8d\x9d def"
