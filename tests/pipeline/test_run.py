import json

import pytest

from bantin.models import Article
from bantin.pipeline.run import ingest
from bantin.sources import SourceError, read


def _articles(n=5, **kw):
    return [
        Article(title=f"Tỉnh {i} đẩy mạnh chuyển đổi số", text=f"Nội dung bài {i} về dịch vụ công "
                f"trực tuyến số {i}. Câu thứ hai của bài {i}.", url=f"https://x.example.vn/{i}",
                source="Báo A", published_at=f"2026-11-0{i + 1}T08:00:00+07:00", **kw)
        for i in range(n)
    ]


def test_reingest_changes_nothing(store):
    first = ingest(store, _articles())
    assert (first.new, first.updated, first.unchanged) == (5, 0, 0)
    snapshot = store.conn.execute("SELECT id, story_id, brief FROM articles ORDER BY id").fetchall()
    again = ingest(store, _articles())
    assert (again.new, again.updated, again.unchanged) == (0, 0, 5)
    assert again.summary().startswith("0 new, 0 updated, 5 unchanged")
    assert store.conn.execute(
        "SELECT id, story_id, brief FROM articles ORDER BY id").fetchall() == snapshot


def test_changed_text_at_same_url_is_an_update_keeping_its_story(store):
    ingest(store, _articles(2))
    story_before = store.conn.execute(
        "SELECT story_id FROM articles WHERE url = 'https://x.example.vn/1'").fetchone()[0]
    changed = _articles(2)
    changed[1].text += " Cập nhật: thêm một câu."
    r = ingest(store, changed)
    assert (r.new, r.updated, r.unchanged) == (0, 1, 1)
    row = store.conn.execute(
        "SELECT text, story_id FROM articles WHERE url = 'https://x.example.vn/1'").fetchone()
    assert row[0].endswith("Cập nhật: thêm một câu.") and row[1] == story_before


def test_errors_are_reported_and_the_rest_goes_in(store):
    items = [_articles(1)[0], SourceError("bad.jsonl:2", "invalid JSON"),
             Article(title="", text="", origin="x.csv:3")]
    seen = []
    r = ingest(store, items, on_error=seen.append)
    assert r.new == 1 and store.count_articles() == 1
    assert seen == ["bad.jsonl:2: invalid JSON", "x.csv:3: article has no title and no text"]


def test_every_stage_leaves_its_result(store):
    ingest(store, _articles(1))
    row = store.conn.execute("SELECT * FROM articles").fetchone()
    assert row["story_id"]
    brief = json.loads(row["brief"])
    assert brief and all(row["text"][s["start"]:s["end"]] == s["text"] for s in brief)
    assert store.stories([row["story_id"]])[0]["headline"] == row["title"]
    assert store.search("chuyen doi so")


def test_digest_topic_keeps_published_lead_and_order(store, seed_pages):
    for page in seed_pages:
        ingest(store, read(str(page)))
    for t in store.list_topics():
        if t["lead"]:
            assert t["n_stories"] >= 10


def test_near_copy_is_flagged_as_duplicate_and_shares_the_story(store):
    body = ("TTXVN - Bệnh viện Đa khoa Cần Thơ đưa trợ lý ảo vào khám bệnh từ ngày 15/11. "
            "Hệ thống giúp rút ngắn thời gian chờ của người bệnh khoảng 30%. "
            "Giám đốc bệnh viện cho biết sẽ mở rộng sang 5 khoa trong năm 2027. "
            "Người dân có thể đặt lịch qua ứng dụng của bệnh viện.")
    a = Article(title="Cần Thơ: bệnh viện dùng trợ lý ảo", text=body, url="https://a.vn/1",
                source="Báo A")
    b = Article(title="Trợ lý ảo khám bệnh ở Cần Thơ", text=body.removeprefix("TTXVN - ")
                + "\nThu Hà", url="https://b.vn/2", source="Báo B")
    r = ingest(store, [a, b])
    assert r.duplicates == 1
    rows = store.conn.execute("SELECT story_id, duplicate_of FROM articles ORDER BY seq").fetchall()
    assert rows[0][0] == rows[1][0] and rows[1][1] is not None


@pytest.mark.parametrize("batch_size", [1, 3, 1000])
def test_batch_size_does_not_change_results(tmp_path, batch_size):
    from bantin.settings import Settings
    from bantin.store import open_store

    s = open_store(tmp_path / f"b{batch_size}.db")
    ingest(s, _articles(5), Settings(batch_size=batch_size))
    assert s.count_articles() == 5
    assert s.conn.execute("SELECT COUNT(*) FROM search").fetchone()[0] == 5


def test_seed_pages_together_put_the_968_reports_in_one_story_and_flag_the_conflict(
        store, seed_pages):
    from bantin.render.pages import topic_page

    for page in seed_pages:
        ingest(store, read(str(page)))
    stories_968 = {r[0] for r in store.conn.execute(
        "SELECT story_id FROM articles WHERE text LIKE '%Sư đoàn 968%'")}
    assert len(stories_968) == 1
    [sid] = stories_968
    story = store.stories([sid])[0]
    assert story["n_articles"] == 2
    [conflict] = story["conflicts"]
    quoted = conflict["a"]["text"] + conflict["b"]["text"]
    assert "2030" in quoted and "2027" in quoted
    # No other story built from the seeds raises a conflict.
    others = store.conn.execute(
        "SELECT COUNT(*) FROM stories WHERE id != ? AND conflicts NOT IN ('[]', '')", (sid,)
    ).fetchone()[0]
    assert others == 0
    for topic in ("Chuyển đổi số", "Đổi mới sáng tạo"):
        item = next(it for it in topic_page(store, topic, limit=100)["items"]
                    if it["story_id"] == sid)
        assert item["conflicts"][0]["sides"][0]["source"]


NEAR_COPY_BODY = ("Bệnh viện Đa khoa Cần Thơ đưa trợ lý ảo vào khám bệnh từ ngày 15/11. "
                  "Hệ thống giúp rút ngắn thời gian chờ của người bệnh khoảng 30%. "
                  "Giám đốc bệnh viện cho biết sẽ mở rộng sang 5 khoa trong năm 2027. "
                  "Người dân có thể đặt lịch qua ứng dụng của bệnh viện.")


def _copy(n):
    return Article(title=f"Bản {n}: trợ lý ảo ở Cần Thơ", text=NEAR_COPY_BODY + f"\nPV {n}",
                   url=f"https://copy.example.vn/{n}")


def test_indexes_carry_over_between_ingests(store):
    ingest(store, _articles(3) + [_copy(1)])
    r = ingest(store, [_copy(2)])
    assert r.duplicates == 1


def test_a_lost_snapshot_is_caught_up_from_the_stored_articles(store):
    from bantin.pipeline.run import forget_indexes

    ingest(store, [_copy(1)])
    # As if the ingest was cut short before its snapshot, in another process:
    # no snapshot, and nothing held in memory.
    with store.transaction():
        store.conn.execute("DELETE FROM state")
    forget_indexes(store)
    r = ingest(store, [_copy(2)])
    assert r.duplicates == 1
    stories = {r[0] for r in store.conn.execute("SELECT story_id FROM articles")}
    assert len(stories) == 1


def test_restory_rebuilds_the_same_stories_for_an_unchanged_store(store, seed_pages):
    from bantin.pipeline.maintain import restory

    for page in seed_pages:
        ingest(store, read(str(page)))
    before = store.story_labels()
    result = restory(store)
    assert result["agreement_bcubed"]["f1"] == pytest.approx(1.0)
    assert store.story_labels() == before
    assert store.conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0] == \
        result["stories_after"]


def test_only_one_writer_at_a_time(tmp_path):
    from bantin.store import open_store
    from bantin.store.db import StoreError

    a, b = open_store(tmp_path / "w.db"), open_store(tmp_path / "w.db")
    with a.writer(), pytest.raises(StoreError, match="another ingest"), b.writer():
        pass
    with b.writer():
        pass


def test_story_summaries_are_rewritten_only_when_the_guard_accepts(tmp_path):
    """With llm_url set, a multi-report story's summary goes through the chat
    endpoint; a faithful answer is kept, one with an invented number is not."""
    import http.server
    import threading

    from bantin.render.pages import story_page
    from bantin.settings import Settings
    from bantin.store import open_store

    answers = []

    class Chat(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            body = json.dumps({"choices": [{"message": {"content": answers[0]}}]})
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Chat)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings = Settings(llm_url=f"http://127.0.0.1:{server.server_address[1]}/v1",
                        llm_model="test")
    body = ("Bệnh viện Đa khoa Cần Thơ đưa trợ lý ảo vào khám bệnh từ ngày 15/11. "
            "Hệ thống giúp rút ngắn thời gian chờ của người bệnh khoảng 30%.")
    reports = [Article(title=f"Cần Thơ: trợ lý ảo khám bệnh ({i})", text=body + f" Bài {i}.",
                       url=f"https://r.example.vn/{i}") for i in range(2)]
    try:
        for case, answer, kept in [("faithful", "Từ ngày 15/11, Bệnh viện Đa khoa Cần Thơ "
                                    "dùng trợ lý ảo, giảm 30% thời gian chờ.", True),
                                   ("invented", "Bệnh viện Đa khoa Cần Thơ giảm 70% thời gian "
                                    "chờ.", False)]:
            answers[:] = [answer]
            store = open_store(tmp_path / f"{case}.db")
            ingest(store, reports, settings)
            [sid] = {r[0] for r in store.conn.execute("SELECT story_id FROM articles")}
            page = story_page(store, sid)
            assert (page["rewrite"] == answer) is kept, case
            assert page["summary_spans"]
            store.close()
    finally:
        server.shutdown()


def test_stories_left_stale_by_a_cut_short_ingest_are_finished_by_the_next(store, seed_pages):
    for page in seed_pages:
        ingest(store, read(str(page)))
    assert store.stale_story_ids() == []
    [sid] = {r[0] for r in store.conn.execute(
        "SELECT story_id FROM articles WHERE text LIKE '%Sư đoàn 968%'")}
    # As if the ingest stopped before its stories were summarized.
    with store.transaction():
        store.conn.execute(
            "UPDATE stories SET stale = 1, conflicts = '[]', summary = '[]' WHERE id = ?", (sid,))
    ingest(store, [])
    story = store.stories([sid])[0]
    assert not story["stale"] and story["summary"] and len(story["conflicts"]) == 1


@pytest.mark.parametrize("batch_size, workers", [(1, 1), (70, 2)],
                         ids=["one_per_batch_in_process", "pooled_and_pipelined"])
def test_an_article_repeated_in_the_next_batch_counts_once(store, batch_size, workers):
    from bantin.settings import Settings

    many = _articles(9) + [
        Article(title=f"Tin số {i} về kinh tế địa phương", text=f"Nội dung riêng của tin {i}. "
                f"Doanh nghiệp {i} mở rộng sản xuất.", url=f"https://k.example.vn/{i}")
        for i in range(130)]
    edited = Article(title=many[0].title, text=many[0].text + " Bản sửa.", url=many[0].url)
    # The same article again right after its batch, then an edit of another.
    stream = many[:batch_size] + [many[batch_size - 1]] + many[batch_size:] + [edited]
    r = ingest(store, stream, Settings(batch_size=batch_size, workers=workers))
    assert (r.new, r.updated, r.unchanged) == (139, 1, 1)
    assert store.count_articles() == 139
    assert store.conn.execute("SELECT COUNT(*) FROM search").fetchone()[0] == 139


def test_articles_stored_behind_this_process_are_caught_up_before_placing(tmp_path):
    from bantin.store import open_store

    path = tmp_path / "shared.db"
    a, b = open_store(path), open_store(path)
    ingest(a, [_copy(1)])  # this process now holds the indexes in memory
    ingest(b, [_copy(2)])  # same process, other connection: reuses and extends them
    # A writer this process never saw: its article goes straight into the table.
    from bantin.pipeline.run import forget_indexes

    forget_indexes(a)
    ingest(a, [_copy(3)])
    rows = a.conn.execute("SELECT story_id, duplicate_of FROM articles ORDER BY seq").fetchall()
    assert len({r[0] for r in rows}) == 1
    assert [r[1] is not None for r in rows] == [False, True, True]


def test_snapshots_are_written_every_so_many_articles(store, monkeypatch):
    from bantin.pipeline import run

    monkeypatch.setattr(run, "SNAPSHOT_EVERY", 3)
    ingest(store, _articles(2))
    assert store.get_state(run.INDEX_SEQ) is None
    ingest(store, _articles(5))
    assert int(store.get_state(run.INDEX_SEQ)) == 5


def test_an_exact_copy_of_an_article_that_left_the_dedupe_window_is_found(store, monkeypatch):
    """Exact keys outside the dedupe window live in the articles table, so a
    new process's snapshot need not carry one key per article ever stored."""
    from bantin.pipeline import dedupe, run

    monkeypatch.setattr(dedupe.DedupeIndex.__init__, "__defaults__", (2,))  # a 2-article window
    monkeypatch.setattr(run, "SNAPSHOT_EVERY", 1)
    first = _articles(1)
    ingest(store, first)
    ingest(store, _articles(4)[1:])  # pushes the first article out of the window
    run.forget_indexes(store)  # a new process: loads the snapshot
    copy = Article(title="Một tiêu đề khác hẳn", text=first[0].text, url="https://y.example.vn/1")
    r = ingest(store, [copy])
    assert r.duplicates == 1
    orig, dup_of = store.conn.execute(
        "SELECT a.id, b.duplicate_of FROM articles a, articles b "
        "WHERE a.url = 'https://x.example.vn/0' AND b.url = 'https://y.example.vn/1'").fetchone()
    assert dup_of == orig
    assert store.conn.execute("SELECT COUNT(*) FROM articles WHERE exact_key IS NULL"
                              ).fetchone()[0] == 0


def test_a_snapshot_from_before_the_key_column_hands_its_keys_to_the_store(store, monkeypatch):
    from bantin.pipeline import run

    monkeypatch.setattr(run, "SNAPSHOT_EVERY", 1)
    ingest(store, _articles(3))
    # As a store written before migration 7: no keys in the table, all in the snapshot.
    idx = run.dedupe_stage.DedupeIndex.from_bytes(store.get_state(run.DEDUPE_STATE))
    idx.exact_lookup = None  # saves every key, as the old format did
    with store.transaction():
        store.conn.execute("UPDATE articles SET exact_key = NULL")
        store.save_state(run.DEDUPE_STATE, idx.to_bytes())
    run.forget_indexes(store)
    ingest(store, _articles(4)[3:])
    assert store.conn.execute("SELECT COUNT(*) FROM articles WHERE exact_key IS NULL"
                              ).fetchone()[0] == 0
