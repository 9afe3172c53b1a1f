"""Facts and conflicts: table-driven extraction cases, and the seed digests."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from bantin.models import Article
from bantin.pipeline.facts import extract_facts, find_conflicts
from bantin.pipeline.prepare import prepare
from bantin.pipeline.stories import cluster

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
SEED_FILES = ("000_04bff52508161c17.txt", "004_65d543c69929fe67.txt")


def art(text: str, title: str = "t") -> Article:
    return prepare(Article(title=title, text=text))


def _pair(a: str, b: str) -> list:
    """The conflicts between two one-sentence reports of one story."""
    arts = [prepare(Article(title="", text=t, url=f"https://g.example.vn/{i}"))
            for i, t in enumerate((a, b))]
    return find_conflicts(arts)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Sư đoàn 968 phát động phong trào thi đua từ năm 2025 đến 2030.", "period", "2025-2030"),
        ("Viện phấn đấu đến 2025-2030 trở thành đơn vị hàng đầu.", "period", "2025-2030"),
        ("Kế hoạch giai đoạn 2025–2027 được phê duyệt.", "period", "2025-2027"),
        ("Mức hỗ trợ là 5.000.000 đồng/tháng.", "amount", "5000000 VND"),
        ("Người làm công tác này được hỗ trợ 5 triệu đồng mỗi tháng.", "amount", "5000000 VND"),
        ("Giá vàng tăng 1,5 tỷ USD.", "amount", "1500000000 USD"),
        ("Gần 96% nhiệm vụ đã hoàn thành.", "percent", "96%"),
        ("Việt Nam có thêm 739 doanh nghiệp số mới.", "count", "739"),
        ("Đến 15/7/2025, 33/34 tỉnh đã đạt trạng thái xanh.", "ratio", "33/34"),
        ("Đến 15/7/2025, 33/34 tỉnh đã đạt trạng thái xanh.", "date", "2025-07-15"),
        ("Thông báo ngày 16-07-2025 của Văn phòng Chính phủ.", "date", "2025-07-16"),
    ],
)
def test_extracts_fact_kind_and_normalized_value(text, kind, value):
    facts = extract_facts(art(text))
    assert (kind, value) in {(f.kind, f.value) for f in facts}


def test_number_inside_a_name_is_not_a_count():
    facts = extract_facts(art("Sư đoàn 968 phát động phong trào thi đua."))
    assert [f for f in facts if f.kind == "count"] == []


def test_fact_sentence_span_points_into_text_and_subject_is_the_named_phrase():
    a = art("Mở đầu bài viết. Sư đoàn 968 phát động thi đua từ năm 2025 đến 2030. Hết.")
    (f,) = [f for f in extract_facts(a) if f.kind == "period"]
    assert a.text[f.sentence.start : f.sentence.end] == f.sentence.text
    assert f.sentence.text.startswith("Sư đoàn 968")
    assert f.subject == "su-doan-968" and f.subject_name == "Sư đoàn 968"


@pytest.mark.parametrize(
    "a, b, conflicts",
    [
        ("Sư đoàn 968 phát động thi đua từ năm 2025 đến 2030.",
         "Sư đoàn 968 phát động thi đua từ năm 2025 đến 2027.", 1),
        ("Sư đoàn 968 phát động thi đua từ năm 2025 đến 2030.",
         "Sư đoàn 968 phát động thi đua giai đoạn 2025-2030.", 0),  # same value
        ("Đại học Quốc gia Hà Nội đặt mục tiêu nhiệm kỳ 2025-2030.",
         "Sư đoàn 968 phát động thi đua từ năm 2025 đến 2027.", 0),  # different subjects
        ("Tỉnh Thái Nguyên có 739 doanh nghiệp số.", "Tỉnh Thái Nguyên có 740 doanh nghiệp số.", 1),
        ("Tỉnh Thái Nguyên có 739 doanh nghiệp số.", "Tỉnh Thái Nguyên có 740 hợp tác xã.", 0),  # other unit
    ],
)
def test_conflict_needs_same_subject_kind_unit_and_different_value(a, b, conflicts):
    assert len(find_conflicts([art(a, "a"), art(b, "b")])) == conflicts


def test_facts_of_one_article_never_conflict_with_each_other():
    a = art("Sư đoàn 968 thi đua từ năm 2025 đến 2030. Sư đoàn 968 sơ kết từ năm 2025 đến 2027.")
    assert find_conflicts([a]) == []


def seed_items(path: Path) -> list[Article]:
    """Items of a topic digest page: lead, topic name, then items between "-"
    lines; an item whose second line starts with "bởi <author>" has its first
    line as headline, else the headline is its first sentence."""
    lines = path.read_text(encoding="utf-8").split("\n")
    chunks, cur = [], []
    for ln in lines[lines.index("-"):]:
        if ln.strip() == "-":
            if cur:
                chunks.append(cur)
            cur = []
        elif ln.strip():
            cur.append(ln)
    if cur:
        chunks.append(cur)
    out = []
    for c in chunks:
        if len(c) >= 2 and c[1].startswith("bởi "):
            m = re.match(r"bởi \S+?(?=[A-ZĐÀ-Ỹ])", c[1])
            title, text = c[0], "\n".join([c[1][m.end() if m else 4 :], *c[2:]])
        else:
            text = "\n".join(c)
            title = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
        out.append(prepare(Article(title=title, text=text, origin=f"{path.name}#{len(out)}")))
    return out


@pytest.fixture(scope="module")
def seed_stories():
    if not all((SEEDS / f).exists() for f in SEED_FILES):
        pytest.skip(f"seed digests not found in {SEEDS} (../shared/seeds beside the repo)")
    arts = [a for f in SEED_FILES for a in seed_items(SEEDS / f)]
    labels = cluster(arts)
    by = defaultdict(list)
    for a in arts:
        by[labels[a.id]].append(a)
    return arts, by


def test_seed_sư_đoàn_968_reports_form_one_story_alone(seed_stories):
    arts, by = seed_stories
    s968 = [a for a in arts if a.text.startswith("Sư đoàn 968 phát động")]
    assert len(s968) == 2
    (story,) = {sid for sid, m in by.items() if any(a in m for a in s968)}
    assert sorted(a.id for a in by[story]) == sorted(a.id for a in s968)


def test_seed_conflict_is_flagged_exactly_once_and_only_there(seed_stories):
    arts, by = seed_stories
    found = {sid: find_conflicts(m) for sid, m in by.items()}
    flagged = {sid: c for sid, c in found.items() if c}
    assert len(flagged) == 1
    (conflicts,) = flagged.values()
    assert len(conflicts) == 1
    c = conflicts[0]
    assert c.kind == "period"
    assert {c.a.value, c.b.value} == {"2025-2030", "2025-2027"}
    # pages name the subject as written, not by its key
    assert c.to_dict()["subject_name"] == "Sư đoàn 968"
    for f in (c.a, c.b):
        assert "Sư đoàn 968" in f.sentence.text
        owner = next(a for a in arts if a.id == f.sentence.article_id)
        assert owner.text[f.sentence.start : f.sentence.end] == f.sentence.text


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        ("Ngày hội khai mạc sáng 6/11 tại Đà Nẵng.", "Ngày hội khai mạc sáng 7/11 tại Đà Nẵng.", True),
        ("Ngày hội khai mạc sáng 6/11 tại Đà Nẵng.",
         "Ngày hội tại Đà Nẵng kéo dài đến 8/11.", False),
        ("Tỷ lệ của Tuyên Quang mới đạt 71,4%.", "Tuyên Quang phấn đấu đạt 95% trước ngày 31/12.", False),
        ("Tuyên Quang triển khai từ năm 2026 đến năm 2030.",
         "Tuyên Quang thực hiện từ năm 2026 đến năm 2028.", True),
    ],
    ids=["same_event_day_differs", "opening_vs_closing_day", "rate_reached_vs_target",
         "period_with_different_verbs"],
)
def test_only_values_with_the_same_role_conflict(a, b, conflict):
    assert bool(_pair(a, b)) is conflict


def test_demo_corpus_flags_only_its_planted_conflict(demo_db):
    import json as _json

    from bantin.store import open_store

    store = open_store(demo_db, create=False)
    flagged = [(_json.loads(c), h) for c, h in store.conn.execute(
        "SELECT conflicts, headline FROM stories WHERE conflicts != '[]'")]
    assert len(flagged) == 1
    [(conflicts, headline)] = flagged
    assert "Tuyên Quang" in headline
    assert [(c["kind"], sorted((c["a"]["value"], c["b"]["value"]))) for c in conflicts] == \
        [("period", ["2026-2028", "2026-2030"])]


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        ("Vụ án gây thiệt hại hơn 1.159 tỷ đồng cho Nhà nước, theo VKS Đà Nẵng.",
         "Vụ án gây thiệt hại 1.159.463.561.503 đồng cho Nhà nước, theo VKS Đà Nẵng.", False),
        ("Vụ án gây thiệt hại hơn 1.159 tỷ đồng cho Nhà nước, theo VKS Đà Nẵng.",
         "Vụ án gây thiệt hại 1.259.463.561.503 đồng cho Nhà nước, theo VKS Đà Nẵng.", True),
        ("Hội Luật gia Việt Nam nhiệm kỳ 2019-2024 họp phiên đầu tiên.",
         "Hội Luật gia Việt Nam hoạt động mạnh trong giai đoạn 1964-1973.", False),
        ("Tập 72 phim Gạo nếp gạo tẻ lên sóng ngày 17/10 trên HTV 2.",
         "Gạo nếp gạo tẻ: khán giả HTV 2 chờ đón diễn biến mới sau ngày 2/1 khi nhiều nhân vật trở lại"
         " và câu chuyện gia đình bước sang chương khác.", False),
    ],
    ids=["round_number_agrees_with_exact", "round_number_far_from_exact",
         "periods_that_do_not_overlap", "dates_told_in_unlike_sentences"],
)
def test_values_that_are_not_the_same_fact_do_not_conflict(a, b, conflict):
    assert bool(_pair(a, b)) is conflict


def test_reports_that_disagree_on_many_values_report_different_things():
    day1 = ("Giá vàng SJC sáng nay mua vào 36,50 triệu đồng, bán ra 36,70 triệu đồng. "
            "Giá vàng thế giới ở mức 1.301,9 USD/ounce, tăng 0,5%. Vàng 9999 tăng 50.000 đồng.")
    day2 = ("Giá vàng SJC sáng nay mua vào 36,20 triệu đồng, bán ra 36,45 triệu đồng. "
            "Giá vàng thế giới ở mức 1.278,4 USD/ounce, tăng 0,2%. Vàng 9999 tăng 30.000 đồng.")
    assert _pair(day1, day2) == []
    # one value told differently, the rest alike: that one is flagged
    other = day1.replace("36,70 triệu", "36,90 triệu")
    (c,) = _pair(day1, other)
    assert {c.a.value, c.b.value} == {"36700000 VND", "36900000 VND"}


def test_conflicts_per_story_are_capped_in_reading_order():
    from bantin.pipeline.facts import MAX_CONFLICTS

    # 8 reports, each with its own count: 28 disagreeing pairs
    arts = [prepare(Article(title="", url=f"https://h.example.vn/{k}",
                            text=f"Sư đoàn 968 tổ chức {10 + k} buổi huấn luyện trong tuần."))
            for k in range(8)]
    found = find_conflicts(arts)
    assert len(found) == MAX_CONFLICTS
    assert found[0].a.sentence.article_id == arts[0].id


def test_subject_is_written_with_the_unit_a_body_belongs_to():
    a = art("Sáng 22/10, UBND tỉnh Tuyên Quang phát động mục tiêu 95% người dân có tài khoản.")
    (f,) = [f for f in extract_facts(a) if f.kind == "percent"]
    assert f.subject == "ubnd" and f.subject_name == "UBND tỉnh Tuyên Quang"
