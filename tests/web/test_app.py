import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from bantin.web.app import create_app


@pytest.fixture(scope="module")
def client(demo_db):
    return TestClient(create_app(demo_db))


def test_home_lists_topics_with_links(client):
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert 'href="/topics/chuyen-doi-so"' in r.text
    twin = client.get("/index.json").json()
    assert any(t["slug"] == "chuyen-doi-so" for t in twin["topics"])


def test_topic_page_and_its_json_twin_agree(client):
    html = client.get("/topics/chuyen-doi-so")
    data = client.get("/topics/chuyen-doi-so.json").json()
    assert html.status_code == 200 and data["topic"]["name"] == "Chuyển đổi số"
    assert data["items"]
    for it in data["items"]:
        assert str(escape(it["headline"])) in html.text
    assert "/topics/chuyen-doi-so.json" in html.text


def test_summary_sentences_link_to_their_source(client):
    data = client.get("/topics/chuyen-doi-so.json").json()
    spans = [s for it in data["items"] for s in it["summary_spans"]]
    assert spans
    for span in spans:
        art = client.get(f"/articles/{span['article_id']}.json").json()
        assert art[span["field"]][span["start"]:span["end"]] == span["text"]
    page = client.get(f"/articles/{span['article_id']}",
                      params={"hl": f"{span['start']}-{span['end']}", "field": span["field"]})
    assert f'<mark id="hl">{escape(span["text"])}</mark>' in page.text


def test_story_and_article_pages_and_twins(client):
    data = client.get("/topics/chuyen-doi-so.json").json()
    sid = data["items"][0]["story_id"]
    story = client.get(f"/stories/{sid}.json").json()
    assert story["story_id"] == sid and story["articles"]
    assert client.get(f"/stories/{sid}").status_code == 200
    aid = story["articles"][0]["id"]
    assert client.get(f"/articles/{aid}").status_code == 200
    assert client.get(f"/articles/{aid}.json").json()["id"] == aid


@pytest.mark.parametrize("q", ["chuyen doi so", "Chuyển đổi số", "CHUYỂN ĐỔI SỐ"])
def test_search_is_diacritic_insensitive(client, q):
    results = client.get("/search.json", params={"q": q}).json()["results"]
    assert results
    baseline = client.get("/search.json", params={"q": "chuyen doi so"}).json()["results"]
    assert [r["id"] for r in results] == [r["id"] for r in baseline]
    assert client.get("/search", params={"q": q}).status_code == 200


def test_search_folds_d(client):
    plain = client.get("/search.json", params={"q": "dien bien"}).json()["results"]
    marked = client.get("/search.json", params={"q": "Điện Biên"}).json()["results"]
    assert [r["id"] for r in plain] == [r["id"] for r in marked]


@pytest.mark.parametrize("path", ["/topics/khong-co", "/topics/khong-co.json",
                                  "/stories/nope", "/articles/nope.json"])
def test_unknown_pages_are_404(client, path):
    assert client.get(path).status_code == 404
