"""Generated topic leads are kept (in the store and in the reading process)
until the stories they are drawn from change or the day turns."""

from __future__ import annotations

import datetime as dt
import shutil

from bantin.models import Article
from bantin.pipeline import leads
from bantin.pipeline.run import ingest
from bantin.render import pages
from bantin.settings import Settings
from bantin.store import open_store


def test_topic_lead_is_reused_until_its_stories_change_or_a_new_day(demo_db, tmp_path, monkeypatch):
    db = tmp_path / "copy.db"
    shutil.copy(demo_db, db)
    store = open_store(db, create=False)
    settings = Settings()
    slug = "chuyen-doi-so"
    calls = []
    real = leads.compute
    monkeypatch.setattr(leads, "compute", lambda *a: calls.append(a[1]) or real(*a))
    monkeypatch.setattr(leads, "_CACHE", type(leads._CACHE)())
    day = dt.date(2025, 7, 20)

    first = pages.topic_lead(store, slug, settings, day)
    assert first and calls == [slug]
    first[0]["text"] = "changed by a caller"
    again = pages.topic_lead(store, slug, settings, day)
    assert calls == [slug] and again[0]["text"] != "changed by a caller"

    pages.topic_lead(store, slug, settings, day + dt.timedelta(days=1))
    assert len(calls) == 2  # relative dates depend on the day

    # A small ingest leaves the lead to its first reader (adding one
    # article stays cheap) ...
    monkeypatch.setattr(leads, "SAVE_MIN_ARTICLES", 2)
    ingest(store, [Article(title="Chuyển đổi số ở Điện Biên: 12 dịch vụ công mới",
                           text="Tỉnh Điện Biên đưa 12 dịch vụ công trực tuyến mới vào chuyển đổi số.",
                           url="https://lead.example.vn/1", published_at="2025-07-19")], settings)
    assert len(calls) == 2
    # ... a larger one stores the new leads of the topics it touched (for today) ...
    ingest(store, [Article(title=f"Chuyển đổi số ở Lai Châu: bài {i}",
                           text=f"Tỉnh Lai Châu đưa {i} dịch vụ công trực tuyến vào chuyển đổi số.",
                           url=f"https://lead.example.vn/2{i}", published_at="2025-07-19")
                   for i in range(2)], settings)
    assert set(calls[2:]) >= {slug}
    n = len(calls)
    leads._CACHE.clear()
    stored = pages.topic_lead(store, slug, settings, dt.date.today())
    assert len(calls) == n and stored  # ... which a new reader uses as is
    # and the lead for the old day is stale: its stories changed
    pages.topic_lead(store, slug, settings, day)
    assert len(calls) == n + 1
    store.close()


def test_home_page_counts_follow_writes(demo_db, tmp_path):
    db = tmp_path / "home.db"
    shutil.copy(demo_db, db)
    store = open_store(db, create=False)
    before = pages.home_page(store)
    assert pages.home_page(store) == before
    ingest(store, [Article(title="Bài mới về giáo dục", text="Học sinh Hà Nội bước vào năm học mới.",
                           url="https://home.example.vn/1")], Settings())
    after = pages.home_page(store)
    assert after["articles"] == before["articles"] + 1
    # each topic shows its newest story: the one the topic page lists first
    for t in after["topics"]:
        if t["n_stories"]:
            first = pages.topic_page(store, t["slug"], limit=1)["items"][0]
            assert t["latest"] == {"story_id": first["story_id"], "headline": first["headline"]}
    store.close()


def test_top_entities_of_a_page_sum_the_stories_lists():
    items = [
        {"entities": [{"kind": "province", "key": "ha-noi", "name": "Hà Nội", "n": 3},
                      {"kind": "agency", "key": "bo-y-te", "name": "Bộ Y tế", "n": 1}]},
        {"entities": [{"kind": "province", "key": "ha-noi", "name": "Hà Nội", "n": 2},
                      {"kind": "person", "key": "a", "name": "A", "n": 4}]},
        {"entities": []},
    ]
    top = pages.top_entities(items, k=2)
    assert [(e["key"], e["n"]) for e in top] == [("ha-noi", 5), ("a", 4)]
