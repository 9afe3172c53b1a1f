"""`bantin ingest URL`: the dispatcher fetches a URL and picks the reader,
against a real HTTP server on 127.0.0.1 serving the fixtures."""

import functools
import http.server
import threading
from pathlib import Path

import pytest

from bantin.models import Article
from bantin.sources import SourceError, read

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def base_url():
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(FIXTURES))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_article_url_is_read_as_an_article(base_url):
    [a] = list(read(f"{base_url}/vnexpress_like.html"))
    assert isinstance(a, Article)
    assert a.title and a.text and a.published_at
    assert a.url.startswith("http")


@pytest.mark.parametrize("name", ["rss_vn.xml", "atom_vn.xml", "jsonfeed_vn.json"])
def test_feed_url_gives_one_article_per_entry(base_url, name):
    items = list(read(f"{base_url}/{name}"))
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) >= 2
    assert all(a.origin.startswith(f"{base_url}/{name}#entry") for a in articles)


def test_missing_url_is_an_error_naming_it(base_url):
    [e] = list(read(f"{base_url}/nope.html"))
    assert isinstance(e, SourceError) and "nope.html" in str(e) and "404" in str(e)
