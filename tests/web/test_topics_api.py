"""Topics defined through the JSON API: the same library function as the CLI."""

import shutil

import pytest
from fastapi.testclient import TestClient

from bantin.web.app import create_app


@pytest.fixture
def client(demo_db, tmp_path):
    db = tmp_path / "api.db"
    shutil.copy(demo_db, db)
    return TestClient(create_app(db))


def test_define_list_and_remove_a_topic(client):
    r = client.post("/api/topics", json={"name": "Định danh điện tử",
                                         "query": '"định danh điện tử" OR VNeID'})
    assert r.status_code == 201 and r.json()["slug"] == "dinh-danh-dien-tu"
    listed = {t["slug"]: t for t in client.get("/api/topics").json()}
    assert listed["dinh-danh-dien-tu"]["n_stories"] >= 2
    page = client.get("/topics/dinh-danh-dien-tu.json").json()
    assert page["items"]
    for it in page["items"]:
        reasons = [t["reason"] for a in it["articles"]
                   for t in client.get(f"/articles/{a['id']}.json").json()["topics"]
                   if t["slug"] == "dinh-danh-dien-tu"]
        assert reasons and all(r.startswith("query:") for r in reasons)
    assert client.delete("/api/topics/dinh-danh-dien-tu").status_code == 200
    assert "dinh-danh-dien-tu" not in {t["slug"] for t in client.get("/api/topics").json()}
    assert client.get("/topics/dinh-danh-dien-tu.json").status_code == 404


@pytest.mark.parametrize("body, problem", [
    ({"name": "X", "query": '"chưa đóng'}, "query"),
    ({"name": "X", "query": "a AND"}, "query"),
    ({"name": "  ", "query": "a"}, "needs a name"),
])
def test_bad_definitions_are_400_with_the_reason(client, body, problem):
    r = client.post("/api/topics", json=body)
    assert r.status_code == 400 and problem in r.json()["error"]


def test_removing_a_builtin_or_unknown_topic_is_refused(client):
    assert client.delete("/api/topics/kinh-te").status_code == 404
    assert client.delete("/api/topics/khong-co").status_code == 404
