"""Page building: generated topic leads are cached until the store changes."""

from __future__ import annotations

import datetime as dt
import shutil

from bantin.models import Article
from bantin.pipeline.run import ingest
from bantin.render import pages
from bantin.settings import Settings
from bantin.store import open_store


def test_topic_lead_is_reused_until_a_write_or_a_new_day(demo_db, tmp_path, monkeypatch):
    db = tmp_path / "copy.db"
    shutil.copy(demo_db, db)
    store = open_store(db, create=False)
    settings = Settings()
    slug = "chuyen-doi-so"
    calls = []
    real = pages._topic_lead
    monkeypatch.setattr(pages, "_topic_lead", lambda *a: calls.append(a) or real(*a))
    day = dt.date(2025, 7, 20)

    first = pages.topic_lead(store, slug, settings, day)
    assert first and len(calls) == 1
    first[0]["text"] = "changed by a caller"
    again = pages.topic_lead(store, slug, settings, day)
    assert len(calls) == 1 and again[0]["text"] != "changed by a caller"

    pages.topic_lead(store, slug, settings, day + dt.timedelta(days=1))
    assert len(calls) == 2  # relative dates depend on the day

    before = store.data_version()
    ingest(store, [Article(title="Chuyển đổi số ở Điện Biên: 12 dịch vụ công mới",
                           text="Tỉnh Điện Biên đưa 12 dịch vụ công trực tuyến mới vào chuyển đổi số.",
                           url="https://lead.example.vn/1")], settings)
    assert store.data_version() > before
    pages.topic_lead(store, slug, settings, day)
    assert len(calls) == 3  # the store changed
    store.close()
