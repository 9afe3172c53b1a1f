"""Entity queries of the store on the demo corpus: entity pages, filters,
per-story and per-article entity lists."""

import pytest

from bantin.store import open_store
from bantin.store.db import QUANTITY_KINDS, _mention_snippet


@pytest.fixture(scope="module")
def demo(demo_db):
    s = open_store(demo_db, create=False)
    yield s
    s.close()


def mentions(store, kind, key) -> tuple[set[str], set[str]]:
    """(article ids, story ids) that mention (kind, key), from each article's
    own entity list: independent of the queries under test."""
    arts, stories = set(), set()
    for a in store.iter_articles():
        if any((e["kind"], e["key"]) == (kind, key) for e in store.article_entities(a.id)):
            arts.add(a.id)
            stories.add(store.article_row(a.id)["story_id"])
    return arts, stories


ENTITIES = [("province", "dien-bien"), ("province", "tuyen-quang"), ("province", "can-tho"),
            ("legal", "215/2026/nd-cp"), ("agency", "bo-khoa-hoc-va-cong-nghe")]


@pytest.mark.parametrize("kind,key", ENTITIES)
def test_entity_story_ids_are_every_mentioning_story_newest_first(demo, kind, key):
    _, expected = mentions(demo, kind, key)
    assert expected, f"the demo corpus should mention {kind}:{key}"
    ids = demo.entity_story_ids(kind, key, limit=1000)
    assert len(ids) == len(set(ids))
    assert set(ids) == expected
    last = [s["last_seen"] for s in demo.stories(ids)]
    assert last == sorted(last, reverse=True)


def test_entity_story_ids_paginate_without_gaps(demo):
    full = demo.entity_story_ids("province", "can-tho", limit=1000)
    assert len(full) >= 3
    pages = [demo.entity_story_ids("province", "can-tho", limit=2, offset=o)
             for o in range(0, len(full), 2)]
    assert [i for p in pages for i in p] == full
    assert demo.entity_story_ids("province", "can-tho", limit=2, offset=len(full)) == []


@pytest.mark.parametrize("kind,key", ENTITIES)
def test_entity_story_ids_walk_for_a_common_entity_gives_the_same_pages(demo, kind, key,
                                                                       monkeypatch):
    """A common entity's stories are found by walking stories newest first;
    the pages must be those of the sorted range scan."""
    full = demo.entity_story_ids(kind, key, limit=1000)
    pages = [demo.entity_story_ids(kind, key, limit=2, offset=o) for o in range(0, 6, 2)]
    monkeypatch.setattr(type(demo), "ENTITY_SORT_MAX", 1)
    assert demo.entity_story_ids(kind, key, limit=1000) == full
    assert [demo.entity_story_ids(kind, key, limit=2, offset=o)
            for o in range(0, 6, 2)] == pages


def test_entity_story_walk_reads_stories_in_date_order_without_sorting(demo, monkeypatch):
    monkeypatch.setattr(type(demo), "ENTITY_SORT_MAX", 1)
    seen = []
    demo.conn.set_trace_callback(seen.append)
    try:
        demo.entity_story_ids("province", "dien-bien")
    finally:
        demo.conn.set_trace_callback(None)
    sql = next(s for s in seen if "EXISTS" in s)
    plan = " ".join(r[3] for r in demo.conn.execute("EXPLAIN QUERY PLAN " + sql))
    assert "stories_last" in plan, plan
    assert "TEMP B-TREE" not in plan, plan  # newest first straight from the index


def test_story_entities_follow_merges_and_restory(demo, tmp_path):
    """story_entities is derived: after any relabelling it equals what the
    mentions say."""
    import shutil

    from bantin.pipeline.maintain import restory
    from bantin.store import open_store

    db = tmp_path / "copy.db"
    shutil.copy(demo.path, db)
    store = open_store(db, create=False)

    def derived():
        return sorted(tuple(r) for r in store.conn.execute(
            """SELECT e.kind, e.key, a.story_id, COUNT(DISTINCT e.article_id), COUNT(*), MIN(e.name)
               FROM entities e JOIN articles a ON a.id = e.article_id
               GROUP BY e.kind, e.key, a.story_id"""))

    def kept():
        return sorted(tuple(r) for r in store.conn.execute(
            "SELECT kind, key, story_id, n_articles, mentions, name FROM story_entities"))

    assert kept() == derived()
    ids = [r[0] for r in store.conn.execute("SELECT id FROM stories ORDER BY id LIMIT 2")]
    with store.transaction():
        store.merge_stories({ids[1]: ids[0]})
    assert ids[1] not in {r[2] for r in kept()}
    restory(store)
    assert kept() == derived()
    store.close()


def test_entity_has_name_counts_and_surface_forms(demo):
    e = demo.entity("province", "dien-bien")
    arts, stories = mentions(demo, "province", "dien-bien")
    assert e["name"] == "Điện Biên" and e["kind"] == "province"
    assert e["n_articles"] == len(arts) and e["n_stories"] == len(stories)
    forms = {f["text"] for f in e["forms"]}
    assert "Điện Biên" in forms
    # Every form is text the articles really contain.
    texts = [a.text for a in demo.articles(sorted(arts))]
    for f in forms:
        assert any(f in t for t in texts), f
    assert sum(f["n"] for f in e["forms"]) == e["mentions"]


def test_entity_forms_show_old_names_mapped_to_todays_province(demo):
    # "Hậu Giang"/"Sóc Trăng" were merged into Cần Thơ in 2025.
    forms = {f["text"] for f in demo.entity("province", "can-tho")["forms"]}
    assert len(forms) >= 2
    assert any("Cần Thơ" in f for f in forms)


@pytest.mark.parametrize("kind,key", [("province", "khong-co"), ("person", "dien-bien"),
                                      ("legal", "179/2025/nd-cp")])
def test_unknown_entity_is_none(demo, kind, key):
    assert demo.entity(kind, key) is None
    assert demo.entity_story_ids(kind, key) == []


def test_search_with_entity_filter_keeps_only_mentioning_articles(demo):
    plain = [r["id"] for r in demo.search("chuyen doi so", limit=100)]
    arts, _ = mentions(demo, "province", "dien-bien")
    filtered = [r["id"] for r in demo.search("chuyen doi so", limit=100,
                                             entities=[("province", "dien-bien")])]
    assert filtered == [i for i in plain if i in arts]
    assert filtered and len(filtered) < len(plain)


def test_search_with_entities_and_no_words_lists_mentions_newest_first(demo):
    arts, _ = mentions(demo, "province", "dien-bien")
    rows = demo.search("", limit=100, entities=[("province", "dien-bien")])
    assert {r["id"] for r in rows} == arts
    dates = [r["published_at"] or r["ingested_at"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    for r in rows:
        assert r["score"] is None
        assert "[" in r["snippet"] and "]" in r["snippet"]
    assert demo.search("", entities=[]) == []


def test_search_with_two_entities_is_their_intersection(demo):
    a, _ = mentions(demo, "province", "can-tho")
    b, _ = mentions(demo, "agency", "bo-y-te")
    both = demo.search("", limit=100, entities=[("province", "can-tho"), ("agency", "bo-y-te")])
    assert {r["id"] for r in both} == a & b
    assert len(a & b) < len(a)


def test_topic_story_ids_with_entity_filter(demo):
    narrowed = False
    _, stories = mentions(demo, "province", "dien-bien")
    for t in demo.list_topics():
        every = demo.topic_story_ids(t["slug"], limit=1000)
        only = demo.topic_story_ids(t["slug"], limit=1000, entities=[("province", "dien-bien")])
        assert only == [s for s in every if s in stories]
        narrowed |= 0 < len(only) < len(every)
    assert narrowed


def test_story_entities_are_each_storys_most_reported_and_skip_quantities(demo):
    ids = demo.entity_story_ids("legal", "215/2026/nd-cp") + \
        demo.entity_story_ids("province", "dien-bien")
    per_story = demo.story_entities(ids, k=5)
    assert set(per_story) == set(ids)
    for sid in ids:
        # derived from the mentions themselves, not from story_entities
        top = [tuple(r) for r in demo.conn.execute(
            f"""SELECT e.kind, e.key, COUNT(DISTINCT e.article_id) AS n
                FROM entities e JOIN articles a ON a.id = e.article_id
                WHERE a.story_id = ? AND e.kind NOT IN ({",".join("?" * len(QUANTITY_KINDS))})
                GROUP BY e.kind, e.key ORDER BY n DESC, COUNT(*) DESC, MIN(e.name) LIMIT 5""",
            (sid, *QUANTITY_KINDS))]
        assert [(e["kind"], e["key"], e["n"]) for e in per_story[sid]] == top
        assert all(e["kind"] not in QUANTITY_KINDS for e in per_story[sid])
    legal_story = ids[0]
    assert ("legal", "215/2026/nd-cp") in {(e["kind"], e["key"]) for e in per_story[legal_story]}


def test_articles_entities_are_distinct_named_entities(demo):
    arts, _ = mentions(demo, "province", "dien-bien")
    got = demo.articles_entities(sorted(arts))
    for aid, ents in got.items():
        raw = demo.article_entities(aid)
        named = {(e["kind"], e["key"]) for e in raw if e["kind"] not in QUANTITY_KINDS}
        assert [(e["kind"], e["key"]) for e in ents] == \
            list(dict.fromkeys((e["kind"], e["key"]) for e in raw
                               if e["kind"] not in QUANTITY_KINDS))
        assert {(e["kind"], e["key"]) for e in ents} == named
        assert ("province", "dien-bien") in named


@pytest.mark.parametrize("text,mention,expected", [
    ("Tại tỉnh Điện Biên hôm qua", "4,18", "Tại [tỉnh Điện Biên] hôm qua"),
    ("Điện Biên", "0,9", "[Điện Biên]"),
    ("x " * 100 + "Điện Biên" + " y" * 100, "200,209", None),
])
def test_mention_snippet_brackets_the_mention(text, mention, expected):
    out = _mention_snippet(text, mention, width=20)
    if expected is not None:
        assert out == expected
    else:
        assert "[Điện Biên]" in out and out.startswith("…") and out.endswith("…")
        assert len(out) < 60


def test_story_entities_topped_up_batch_by_batch_equal_a_recount(tmp_path):
    """Stories that only gain reports get their links topped up, not
    recounted; over small batches, an updated report and a re-ingest the
    result must equal what the mentions say."""
    import dataclasses

    from bantin.demo import demo_sources
    from bantin.pipeline.run import ingest
    from bantin.settings import Settings
    from bantin.sources import read
    from bantin.store import open_store

    items = [x for src in demo_sources() for x in read(str(src))]
    store = open_store(tmp_path / "batches.db")
    settings = Settings(batch_size=4, workers=1)
    ingest(store, items, settings)
    arts = [x for x in items if hasattr(x, "text") and getattr(x, "url", None)]
    changed = dataclasses.replace(arts[0], id=None, content_hash=None,
                                  text=arts[0].text + " Bộ Y tế và tỉnh Điện Biên cùng theo dõi.")
    ingest(store, [changed], settings)
    kept = sorted(tuple(r) for r in store.conn.execute(
        "SELECT kind, key, story_id, n_articles, mentions, name FROM story_entities"))
    derived = sorted(tuple(r) for r in store.conn.execute(
        """SELECT e.kind, e.key, a.story_id, COUNT(DISTINCT e.article_id), COUNT(*), MIN(e.name)
           FROM entities e JOIN articles a ON a.id = e.article_id
           GROUP BY e.kind, e.key, a.story_id"""))
    assert kept == derived and len(kept) > 50
    # The story topic links, topped up the same way, equal a recount too.
    kept = sorted(tuple(r) for r in store.conn.execute(
        "SELECT story_id, topic_slug, last_seen, rank, score FROM story_topics"))
    derived = sorted(tuple(r) for r in store.conn.execute(
        """SELECT a.story_id, t.topic_slug, s.last_seen, MIN(t.rank), MAX(t.score)
           FROM article_topics t JOIN articles a ON a.id = t.article_id
           JOIN stories s ON s.id = a.story_id GROUP BY a.story_id, t.topic_slug"""))
    assert kept == derived and len(kept) > 20
    store.close()
