"""Entity pages, entity filters (search, topic pages, CLI) and entities in the
JSON twins, on the demo corpus."""

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from markupsafe import escape

from bantin.render.pages import format_filter, parse_filters
from bantin.store import open_store
from bantin.web.app import create_app


@pytest.fixture(scope="module")
def client(demo_db):
    return TestClient(create_app(demo_db))


@pytest.fixture(scope="module")
def truth(demo_db):
    """(kind, key) → (article ids, story ids) mentioning it, read from every
    article's own JSON twin: independent of the entity queries."""
    c = TestClient(create_app(demo_db))
    store = open_store(demo_db, create=False)
    ids = [a.id for a in store.iter_articles()]
    store.close()
    out: dict[tuple[str, str], tuple[set, set]] = {}
    for aid in ids:
        art = c.get(f"/articles/{aid}.json").json()
        for e in art["entities"]:
            arts, stories = out.setdefault((e["kind"], e["key"]), (set(), set()))
            arts.add(aid)
            stories.add(art["story_id"])
    return out


def article_mentions(client, aid: str, kind: str, key: str) -> bool:
    ents = client.get(f"/articles/{aid}.json").json()["entities"]
    return any((e["kind"], e["key"]) == (kind, key) for e in ents)


def story_mentions(client, sid: str, kind: str, key: str) -> bool:
    story = client.get(f"/stories/{sid}.json").json()
    return any(article_mentions(client, a["id"], kind, key) for a in story["articles"])


# --- the filter grammar --------------------------------------------------------

@pytest.mark.parametrize("q,text,filters", [
    ("chuyen doi so tinh:dien-bien", "chuyen doi so", [("province", "dien-bien")]),
    ("tinh:dien-bien chuyen doi so", "chuyen doi so", [("province", "dien-bien")]),
    ("van-ban:179/2025/nd-cp", "", [("legal", "179/2025/nd-cp")]),
    ("van-ban:179/2025/NĐ-CP", "", [("legal", "179/2025/nd-cp")]),
    ('văn-bản:"Nghị định 179/2025/NĐ-CP"', "", [("legal", "179/2025/nd-cp")]),
    ("van-ban:57-NQ/TW", "", [("legal", "57-nq/tw")]),
    ("co-quan:bo-khoa-hoc-va-cong-nghe", "", [("agency", "bo-khoa-hoc-va-cong-nghe")]),
    ("to-chuc:vingroup", "", [("organization", "vingroup")]),
    ("nguoi:pham-minh-chinh", "", [("person", "pham-minh-chinh")]),
    # Diacritics and case in the prefix and the value are optional.
    ("Tỉnh:Điện-Biên", "", [("province", "dien-bien")]),
    ('tinh:"Điện Biên" y te', "y te", [("province", "dien-bien")]),
    # Several filters, in order, without repeats.
    ("tinh:can-tho co-quan:bo-y-te tinh:can-tho", "",
     [("province", "can-tho"), ("agency", "bo-y-te")]),
    # Unknown prefixes and empty values stay plain text.
    ("foo:bar baz", "foo:bar baz", []),
    ("province:dien-bien", "province:dien-bien", []),
    ("10:30 http://example.vn", "10:30 http://example.vn", []),
    ("tinh: dien bien", "tinh: dien bien", []),
    # Quoted phrases are kept whole, colons and all.
    ('"tinh:dien-bien" x', '"tinh:dien-bien" x', []),
    ('"chuyển đổi số" tinh:dien-bien', '"chuyển đổi số"', [("province", "dien-bien")]),
    ("", "", []),
])
def test_parse_filters(q, text, filters):
    assert parse_filters(q) == (text, filters)


@pytest.mark.parametrize("kind,key", [("province", "dien-bien"), ("legal", "179/2025/nd-cp"),
                                      ("agency", "bo-y-te"), ("organization", "vingroup"),
                                      ("person", "pham-minh-chinh")])
def test_format_filter_round_trips(kind, key):
    assert parse_filters(format_filter(kind, key)) == ("", [(kind, key)])


def test_quantities_have_no_filter_prefix():
    assert format_filter("date", "2026-01-01") is None


# --- entity pages ----------------------------------------------------------------

@pytest.mark.parametrize("kind,key,name", [
    ("province", "dien-bien", "Điện Biên"),
    ("province", "tuyen-quang", "Tuyên Quang"),
    ("legal", "215/2026/nd-cp", "Nghị định 215/2026/NĐ-CP"),
])
def test_entity_page_lists_every_story_that_mentions_it(client, truth, kind, key, name):
    html = client.get(f"/entities/{kind}/{key}")
    data = client.get(f"/entities/{kind}/{key}.json").json()
    assert html.status_code == 200 and "text/html" in html.headers["content-type"]
    e = data["entity"]
    assert (e["kind"], e["key"], e["name"]) == (kind, key, name)
    arts, stories = truth[(kind, key)]
    assert e["n_articles"] == len(arts) and e["n_stories"] == len(stories)
    ids = [it["story_id"] for it in data["items"]]
    assert set(ids) == stories and len(ids) == len(stories)
    last = [it["last_seen"] for it in data["items"]]
    assert last == sorted(last, reverse=True)
    # The HTML page shows what its twin holds.
    assert f"<h1>{escape(name)}</h1>" in html.text
    for it in data["items"]:
        assert str(escape(it["headline"])) in html.text
        assert f'id="{it["story_id"]}"' in html.text
        assert it["summary"] and it["sources"] and it["n_articles"] >= 1
    for f in e["forms"]:
        assert f"<q>{escape(f['text'])}</q>" in html.text
    assert f'href="/entities/{kind}/{key}.json"' in html.text


def test_entity_page_says_how_it_was_written(client):
    forms = client.get("/entities/province/dien-bien.json").json()["entity"]["forms"]
    assert {"Điện Biên", "tỉnh Điện Biên"} <= {f["text"] for f in forms}


def test_legal_key_with_slashes_routes(client):
    r = client.get("/entities/legal/215/2026/nd-cp.json")
    assert r.status_code == 200
    assert r.json()["entity"]["key"] == "215/2026/nd-cp"
    assert r.json()["entity"]["filter"] == "van-ban:215/2026/nd-cp"
    # Written as in the text, the key still finds it.
    again = client.get("/entities/legal/215/2026/NĐ-CP.json").json()
    assert again["entity"]["key"] == "215/2026/nd-cp"
    assert [i["story_id"] for i in again["items"]] == [i["story_id"] for i in r.json()["items"]]


def test_entity_kind_may_be_a_filter_prefix(client):
    a = client.get("/entities/tinh/dien-bien.json").json()
    b = client.get("/entities/province/dien-bien.json").json()
    assert a == b


def test_entity_page_offset_pages_the_stories(client, truth):
    _, stories = truth[("province", "da-nang")]
    assert len(stories) >= 3
    first = client.get("/entities/province/da-nang.json").json()
    assert first["next_offset"] is None and len(first["items"]) == len(stories)
    rest = client.get("/entities/province/da-nang.json", params={"offset": 1}).json()
    assert [i["story_id"] for i in rest["items"]] == [i["story_id"] for i in first["items"]][1:]
    assert client.get("/entities/province/da-nang", params={"offset": -1}).status_code == 422


def test_entity_page_paginates_with_small_pages(demo_db, truth):
    from bantin.render.pages import entity_page

    _, stories = truth[("province", "da-nang")]
    store = open_store(demo_db, create=False)
    try:
        seen, offset, pages = [], 0, 0
        while offset is not None:
            page = entity_page(store, "province", "da-nang", limit=2, offset=offset)
            assert len(page["items"]) <= 2
            seen += [it["story_id"] for it in page["items"]]
            offset, pages = page["next_offset"], pages + 1
        full = entity_page(store, "province", "da-nang", limit=100)
    finally:
        store.close()
    assert pages >= 2
    assert seen == [it["story_id"] for it in full["items"]]
    assert set(seen) == stories


@pytest.mark.parametrize("path", [
    "/entities/province/khong-co", "/entities/province/khong-co.json",
    "/entities/legal/179/2025/nd-cp", "/entities/legal/179/2025/nd-cp.json",
    "/entities/person/dien-bien.json", "/entities/planet/mars", "/entities/planet/mars.json",
])
def test_unknown_entity_is_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    if path.endswith(".json"):
        assert "error" in r.json()


# --- topic pages: chips and filters ---------------------------------------------

def test_topic_chips_link_to_entity_pages(client):
    data = client.get("/topics/kinh-te.json").json()
    html = client.get("/topics/kinh-te").text
    assert data["entities"]
    for e in data["entities"]:
        href = f'/entities/{e["kind"]}/{e["key"]}'
        assert f'href="{href}"' in html
        assert client.get(href + ".json").status_code == 200
    assert 'class="entity' in html and "/search?q=" not in html.split("<ol")[0].split("<h1>")[1]


def test_topic_chips_reach_a_legal_entity_page(client):
    slug = next(t["slug"] for t in client.get("/index.json").json()["topics"]
                if any(e["key"] == "215/2026/nd-cp" for e in
                       client.get(f"/topics/{t['slug']}.json").json()["entities"]))
    assert 'href="/entities/legal/215/2026/nd-cp"' in client.get(f"/topics/{slug}").text


@pytest.mark.parametrize("flt,kind,key", [
    ("tinh:dien-bien", "province", "dien-bien"),
    ("tinh:can-tho", "province", "can-tho"),
    ("van-ban:215/2026/nd-cp", "legal", "215/2026/nd-cp"),
    ("co-quan:bo-khoa-hoc-va-cong-nghe", "agency", "bo-khoa-hoc-va-cong-nghe"),
])
def test_topic_filter_keeps_only_stories_that_mention_it(client, truth, flt, kind, key):
    _, stories = truth[(kind, key)]
    narrowed = 0
    for t in client.get("/index.json").json()["topics"]:
        if not t["n_stories"]:
            continue
        every = [it["story_id"] for it in client.get(f"/topics/{t['slug']}.json").json()["items"]]
        data = client.get(f"/topics/{t['slug']}.json", params={"filter": flt}).json()
        only = [it["story_id"] for it in data["items"]]
        assert only == [s for s in every if s in stories]
        for sid in only:
            assert story_mentions(client, sid, kind, key)
        assert [(f["kind"], f["key"]) for f in data["filter"]["entities"]] == [(kind, key)]
        narrowed += 0 < len(only) < len(every)
    assert narrowed >= 1


def test_topic_filter_html_and_twin_agree(client):
    html = client.get("/topics/suc-khoe", params={"filter": "tinh:dien-bien"}).text
    data = client.get("/topics/suc-khoe.json", params={"filter": "tinh:dien-bien"}).json()
    every = client.get("/topics/suc-khoe.json").json()["items"]
    assert data["items"] and len(data["items"]) < len(every)
    for it in data["items"]:
        assert f'id="{it["story_id"]}"' in html
    for it in every:
        if it not in data["items"]:
            assert f'id="{it["story_id"]}"' not in html
    assert 'class="filters"' in html and 'href="/entities/province/dien-bien"' in html
    assert "filter=tinh%3Adien-bien" in html  # the JSON and feed links keep the filter


def test_topic_filter_on_unknown_entity_is_empty_not_404(client):
    r = client.get("/topics/suc-khoe.json", params={"filter": "tinh:khong-co"})
    assert r.status_code == 200
    assert r.json()["items"] == []
    assert r.json()["filter"]["entities"][0]["name"] is None
    assert client.get("/topics/suc-khoe", params={"filter": "tinh:khong-co"}).status_code == 200


def test_topic_filter_plain_words_are_reported_not_applied(client):
    data = client.get("/topics/suc-khoe.json", params={"filter": "y te"}).json()
    every = client.get("/topics/suc-khoe.json").json()
    assert data["filter"]["ignored"] == "y te" and data["filter"]["entities"] == []
    assert [i["story_id"] for i in data["items"]] == [i["story_id"] for i in every["items"]]


def test_topic_feed_takes_the_filter(client):
    items = client.get("/topics/suc-khoe/feed.json", params={"filter": "tinh:dien-bien"}).json()
    every = client.get("/topics/suc-khoe/feed.json").json()
    assert 0 < len(items["items"]) < len(every["items"])


# --- search filters --------------------------------------------------------------

@pytest.mark.parametrize("words,flt,kind,key", [
    ("chuyen doi so", "tinh:dien-bien", "province", "dien-bien"),
    ("benh vien", "tinh:can-tho", "province", "can-tho"),
    ("can bo", "van-ban:215/2026/nd-cp", "legal", "215/2026/nd-cp"),
])
def test_search_filter_narrows_results(client, truth, words, flt, kind, key):
    plain = client.get("/search.json", params={"q": words}).json()["results"]
    data = client.get("/search.json", params={"q": f"{words} {flt}"}).json()
    got = [r["id"] for r in data["results"]]
    arts, _ = truth[(kind, key)]
    assert got == [r["id"] for r in plain if r["id"] in arts]
    assert got and len(got) < len(plain)
    for aid in got:
        assert article_mentions(client, aid, kind, key)
    assert data["text"] == words
    assert [(f["kind"], f["key"]) for f in data["filters"]] == [(kind, key)]


def test_search_by_filter_alone_lists_every_mentioning_article(client, truth):
    data = client.get("/search.json", params={"q": "tinh:dien-bien"}).json()
    arts, _ = truth[("province", "dien-bien")]
    assert {r["id"] for r in data["results"]} == arts
    for r in data["results"]:
        assert ("province", "dien-bien") in {(e["kind"], e["key"]) for e in r["entities"]}
    html = client.get("/search", params={"q": "tinh:dien-bien"})
    assert html.status_code == 200
    for r in data["results"]:
        assert f'href="/articles/{r["id"]}"' in html.text
    assert 'href="/entities/province/dien-bien"' in html.text


def test_search_with_two_filters_needs_both(client, truth):
    data = client.get("/search.json", params={"q": "tinh:can-tho co-quan:bo-y-te"}).json()
    a, _ = truth[("province", "can-tho")]
    b, _ = truth[("agency", "bo-y-te")]
    assert {r["id"] for r in data["results"]} == a & b
    assert len(a & b) < len(a)


def test_search_unknown_entity_finds_nothing(client):
    assert client.get("/search.json", params={"q": "chuyen doi so tinh:khong-co"}
                      ).json()["results"] == []


def test_search_unknown_prefix_is_plain_text(client, demo_db):
    q = "chuyen doi so nam:2026"
    data = client.get("/search.json", params={"q": q}).json()
    assert data["filters"] == [] and data["text"] == q
    store = open_store(demo_db, create=False)
    try:
        assert [r["id"] for r in data["results"]] == [r["id"] for r in store.search(q)]
    finally:
        store.close()


def test_cli_search_takes_filters(demo_db, truth):
    from bantin.cli import main

    r = CliRunner().invoke(main, ["search", "--db", str(demo_db), "--json", "--limit", "50",
                                  "tinh:dien-bien"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert {x["id"] for x in data["results"]} == truth[("province", "dien-bien")][0]


# --- entities in every JSON twin -------------------------------------------------

def test_story_json_has_its_top_entities(client, truth):
    _, stories = truth[("legal", "215/2026/nd-cp")]
    for sid in stories:
        story = client.get(f"/stories/{sid}.json").json()
        keys = {(e["kind"], e["key"]) for e in story["entities"]}
        assert ("legal", "215/2026/nd-cp") in keys
        for e in story["entities"]:
            assert e["kind"] not in ("date", "amount", "percent", "ratio")
            assert sid in truth[(e["kind"], e["key"])][1]
        assert 'href="/entities/legal/215/2026/nd-cp"' in client.get(f"/stories/{sid}").text


def test_topic_items_have_their_entities(client, truth):
    items = client.get("/topics/chuyen-doi-so.json").json()["items"]
    assert any(it["entities"] for it in items)
    for it in items:
        for e in it["entities"]:
            assert it["story_id"] in truth[(e["kind"], e["key"])][1]
        counts = [e["n"] for e in it["entities"]]
        assert counts == sorted(counts, reverse=True)


def test_entity_page_items_have_the_story_entities(client):
    items = client.get("/entities/province/dien-bien.json").json()["items"]
    assert items
    for it in items:
        assert it["entities"]
        assert it["entities"] == client.get(f"/stories/{it['story_id']}.json").json()["entities"]


def test_article_page_links_its_entities(client, truth):
    aid = sorted(truth[("province", "dien-bien")][0])[0]
    assert 'href="/entities/province/dien-bien"' in client.get(f"/articles/{aid}").text
