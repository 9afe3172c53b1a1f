import sqlite3

import pytest

from bantin.models import Article, Topic
from bantin.pipeline.prepare import prepare
from bantin.store.db import ArticleRow, Store, StoreError, StoryRow, fts_query
from bantin.store.migrations import MIGRATIONS


def _row(title, text, **kw):
    return ArticleRow(article=prepare(Article(title=title, text=text, **kw)), story_id="s1")


def test_new_store_is_wal_and_fully_migrated(tmp_path):
    s = Store(tmp_path / "x.db")
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    done = [r[0] for r in s.conn.execute("SELECT id FROM migrations ORDER BY id")]
    assert done == [m[0] for m in MIGRATIONS]
    s.close()
    # Reopening applies nothing twice.
    s = Store(tmp_path / "x.db")
    assert s.conn.execute("SELECT COUNT(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)


def test_open_errors_name_the_file(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.db", create=False)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match=r"junk\.db: not a bantin store"):
        Store(junk)
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "nodir" / "x.db")


def test_transaction_rolls_back_everything_on_error(store):
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.write_articles([_row("Một", "Nội dung một.")], "2026-01-01T00:00:00+00:00")
        store.link_topics([("a-missing", "no-such-topic", 1.0, "x", None)])
    assert store.count_articles() == 0
    assert store.search("mot") == []


@pytest.mark.parametrize(
    "query, expected_title",
    [
        ("chuyen doi so", "Chuyển đổi số ở Điện Biên"),
        ("dien bien", "Chuyển đổi số ở Điện Biên"),
        ("Điện Biên", "Chuyển đổi số ở Điện Biên"),
        ("ĐIỆN BIÊN", "Chuyển đổi số ở Điện Biên"),
        ('"doi moi sang tao"', "Đổi mới sáng tạo tại Hà Nội"),
        ("hoa", "Đổi mới sáng tạo tại Hà Nội"),  # "Hoà" in the body, folded
    ],
    ids=["no_marks", "d_folds_to_d", "with_marks", "upper_case", "phrase", "old_tone_style"],
)
def test_search_is_diacritic_insensitive(store, query, expected_title):
    with store.transaction():
        store.write_articles(
            [_row("Chuyển đổi số ở Điện Biên", "Tỉnh triển khai dịch vụ công."),
             _row("Đổi mới sáng tạo tại Hà Nội", "Anh Trần Đăng Hoà phát biểu.")],
            "2026-01-01T00:00:00+00:00",
        )
    titles = [r["title"] for r in store.search(query)]
    assert titles == [expected_title]


@pytest.mark.parametrize("query", ['"', "AND OR", "*", "NEAR(", "-", "()"])
def test_search_survives_fts_syntax_in_user_input(store, query):
    assert store.search(query) == []


def test_fts_query_quotes_every_word():
    assert fts_query('Điện Biên "đổi mới"') == '"dien" AND "bien" AND "doi moi"'


def test_updated_article_replaces_its_search_entry(store):
    now = "2026-01-01T00:00:00+00:00"
    with store.transaction():
        store.write_articles([_row("Bản đầu", "Nội dung cũ.", url="https://x.vn/1")], now)
    row = _row("Bản sửa", "Nội dung mới.", url="https://x.vn/1")
    row.updated = True
    with store.transaction():
        store.write_articles([row], now)
    assert store.count_articles() == 1
    assert store.search("cu") == []
    assert [r["title"] for r in store.search("moi")] == ["Bản sửa"]


def test_topic_pages_list_stories_newest_first(store):
    now = "2026-01-01T00:00:00+00:00"
    rows = []
    for i, day in enumerate(["2026-01-02", "2026-01-05", "2026-01-03"]):
        r = _row(f"Tin {i}", f"Nội dung {i}.", published_at=day)
        r.story_id = f"s{i}"
        r.topics = [("kinh-te", 1.0, "test")]
        rows.append(r)
    with store.transaction():
        store.upsert_topics([Topic(slug="kinh-te", name="Kinh tế")], now)
        store.write_articles(rows, now)
        store.write_stories(
            [StoryRow(id=f"s{i}", headline=f"Tin {i}", headline_article=r.article.id,
                      first_seen=r.article.published_at, last_seen=r.article.published_at,
                      n_articles=1, n_sources=1) for i, r in enumerate(rows)],
            now,
        )
    assert store.topic_story_ids("kinh-te") == ["s1", "s2", "s0"]
    assert store.find_topic("Kinh tế")["slug"] == "kinh-te"
    assert store.find_topic("kinh-te")["name"] == "Kinh tế"


def test_a_store_from_an_older_version_is_upgraded_in_place(tmp_path):
    import sqlite3

    from bantin.store import migrations

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    real = migrations.MIGRATIONS
    try:
        migrations.MIGRATIONS = real[:1]
        migrations.migrate(conn)
    finally:
        migrations.MIGRATIONS = real
    conn.execute("INSERT INTO stories (id, headline, updated_at) VALUES ('s1', 'Tin', 'x')")
    conn.close()
    s = Store(path)
    assert s.stories(["s1"])[0]["stale"] is False
    assert [r[0] for r in s.conn.execute("SELECT id FROM migrations")] == [m[0] for m in real]
