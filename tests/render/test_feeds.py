"""Topic feeds are read back by bantin's own feed reader with the same stories."""

import pytest

from bantin.models import Article
from bantin.render.feeds import to_feed
from bantin.render.pages import topic_page
from bantin.sources.feeds import read_feed
from bantin.store import open_store


@pytest.fixture(scope="module")
def page(demo_db):
    store = open_store(demo_db, create=False)
    data = topic_page(store, "chuyen-doi-so")
    store.close()
    return data


@pytest.mark.parametrize("fmt", ["rss", "atom", "jsonfeed"])
def test_feed_round_trips_through_the_feed_reader(page, fmt):
    body = to_feed(page, fmt, "http://bantin.test")
    entries = [e for e in read_feed(body.encode("utf-8"), f"feed.{fmt}")
               if isinstance(e, Article)]
    assert [e.title for e in entries] == [it["headline"] for it in page["items"]]
    assert all(e.url for e in entries)
    assert entries[0].published_at is not None


def test_unknown_feed_format_is_an_error(page):
    with pytest.raises(ValueError, match="unknown feed format"):
        to_feed(page, "csv")
