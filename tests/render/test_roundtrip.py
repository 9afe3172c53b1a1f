"""The seed pages read in and written back as digest give the same page."""

from bantin.pipeline.run import ingest
from bantin.render.pages import topic_page
from bantin.render.text import to_digest, to_markdown
from bantin.sources import read
from bantin.sources.digest import parse_digest
from bantin.store import open_store


def test_seed_pages_round_trip_through_the_store(tmp_path, seed_pages):
    for i, page in enumerate(seed_pages):
        store = open_store(tmp_path / f"rt{i}.db")
        report = ingest(store, read(str(page)))
        assert not report.errors
        original = parse_digest(page.read_text(encoding="utf-8"))
        data = topic_page(store, original.topic, limit=1000)
        again = parse_digest(to_digest(data))
        assert again.topic == original.topic
        assert again.lead == original.lead
        assert [(i.headline, i.author, i.summary) for i in again.items] == \
               [(i.headline, i.author, i.summary) for i in original.items]
        store.close()


def test_markdown_page_has_lead_and_every_headline(tmp_path, seed_pages):
    store = open_store(tmp_path / "md.db")
    ingest(store, read(str(seed_pages[0])))
    original = parse_digest(seed_pages[0].read_text(encoding="utf-8"))
    md = to_markdown(topic_page(store, original.topic, limit=1000))
    assert md.startswith(f"# {original.topic}\n\n{original.lead}")
    for item in original.items:
        if item.headline:
            assert f"## {item.headline}" in md
    assert "bởi Linh" in md
    # an untitled item is headed by its first sentence, which is not repeated
    untitled = [i for i in original.items if not i.headline]
    assert untitled
    for item in untitled:
        first = item.summary.split(". ")[0]
        assert md.count(first) == 1, first


def test_generated_topic_lead_quotes_its_sources_and_dates_relative_to_the_page(demo_db):
    import datetime as dt

    from bantin.store import open_store

    store = open_store(demo_db, create=False)
    page = topic_page(store, "giao-duc", today=dt.date(2026, 11, 22))
    assert page["lead_kind"] == "generated" and 2 <= len(page["lead_spans"]) <= 4
    for s in page["lead_spans"]:
        row = store.article_row(s["article_id"])
        source = row[s["field"]] if s["field"] != "text" else row["text"]
        original = source[s["start"]:s["end"]]
        rebuilt = original
        for a, b, new in reversed(s["edits"]):
            rebuilt = rebuilt[:a] + new + rebuilt[b:]
        assert rebuilt == s["text"]


def test_search_snippets_quote_the_published_text(demo_db):
    from bantin.render.pages import search_page, snippet

    store = open_store(demo_db, create=False)
    results = search_page(store, "dien bien")["results"]
    assert results
    assert any("[Điện] [Biên]" in (r["snippet"] or "") for r in results)
    assert snippet("Tỉnh Điện Biên triển khai.", ["dien", "bien"]) == \
        "Tỉnh [Điện] [Biên] triển khai."
    assert snippet("Không có gì.", ["dien"]) is None


def test_conflict_sides_name_the_subject_and_where_each_report_came_from(tmp_path, seed_pages):
    """The seed conflict's reports have no outlet, author or title: each side
    is named by its page and item, the subject as written."""
    store = open_store(tmp_path / "both.db")
    for page in seed_pages:
        ingest(store, read(str(page)))
    md = to_markdown(topic_page(store, "chuyen-doi-so", limit=1000))
    lines = [ln for ln in md.splitlines() if ln.startswith("> ")]
    assert lines[0] == "> ⚠ Các nguồn đưa tin khác nhau về Sư đoàn 968:"
    names = {p.name for p in seed_pages}
    sides = [ln.rsplit("(", 1)[1].rstrip(")") for ln in lines[1:3]]
    assert all(s.split(":item ")[0] in names for s in sides), sides
    store.close()
