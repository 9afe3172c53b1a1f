import pytest

from bantin.sources import SourceError
from bantin.sources.digest import (
    DigestItem,
    digest_articles,
    parse_digest,
    split_byline,
    write_digest,
)


@pytest.mark.parametrize(
    "line, author, summary",
    [
        ("bởi LinhĐến 15/7/2025, 33/34 tỉnh", "Linh", "Đến 15/7/2025, 33/34 tỉnh"),
        ("bởi LinhFPT đẩy mạnh chuyển đổi số", "Linh", "FPT đẩy mạnh chuyển đổi số"),
        ("bởi Minh AnhBộ Khoa học và Công nghệ", "Minh Anh", "Bộ Khoa học và Công nghệ"),
        ("bởi Linh", "Linh", ""),
        ("bởi Trần Hà – Chính phủ ban hành", "Trần Hà", "Chính phủ ban hành"),
        ("Không có byline", None, "Không có byline"),
    ],
    ids=["glued_to_digit_sentence", "glued_to_acronym", "two_word_name_glued",
         "author_only", "dash_separated", "no_byline"],
)
def test_split_byline(line, author, summary):
    assert split_byline(line) == (author, summary)


PAGE = """Dẫn đầu trang chủ đề.
Chuyển đổi số
-
-
Một mục chỉ có tóm tắt.
-

-
Tiêu đề mục hai
bởi LinhĐến 15/7/2025, mục hai có tác giả.
-
Tiêu đề mục ba
Tóm tắt mục ba không có tác giả."""


def test_parse_digest_reads_lead_topic_and_items():
    d = parse_digest(PAGE)
    assert d.lead == "Dẫn đầu trang chủ đề."
    assert d.topic == "Chuyển đổi số"
    assert d.items == [
        DigestItem(summary="Một mục chỉ có tóm tắt."),
        DigestItem(summary="Đến 15/7/2025, mục hai có tác giả.", headline="Tiêu đề mục hai",
                   author="Linh"),
        DigestItem(summary="Tóm tắt mục ba không có tác giả.", headline="Tiêu đề mục ba"),
    ]


def test_digest_items_become_tagged_articles_in_page_order():
    topic, articles = digest_articles(parse_digest(PAGE), "page.txt")
    assert topic.slug == "chuyen-doi-so" and topic.lead == "Dẫn đầu trang chủ đề."
    assert [a.rank for a in articles] == [0, 1, 2]
    assert all(a.tags == ("Chuyển đổi số",) for a in articles)
    assert articles[1].author == "Linh" and articles[1].title == "Tiêu đề mục hai"
    assert articles[0].title == "" and articles[0].lead == articles[0].text
    assert articles[2].origin == "page.txt:item 3"


def test_write_digest_round_trips():
    d = parse_digest(PAGE)
    again = parse_digest(write_digest(d.topic, d.lead, d.items))
    assert again == d


@pytest.mark.parametrize(
    "text, problem",
    [
        ("chỉ một dòng văn bản", "no '-' item separator"),
        ("-\nmục", "expected a lead paragraph and a topic name"),
    ],
    ids=["no_separator", "no_lead_or_topic"],
)
def test_parse_digest_rejects_non_digests(text, problem):
    with pytest.raises(SourceError) as e:
        parse_digest(text, origin="x.txt")
    assert e.value.origin == "x.txt" and problem in e.value.problem


def test_seed_pages_parse(seed_pages):
    for path in seed_pages:
        d = parse_digest(path.read_text(encoding="utf-8"), str(path))
        assert d.lead and d.topic and len(d.items) >= 10
        with_author = [i for i in d.items if i.author]
        assert with_author, f"{path.name}: expected some 'bởi <author>' items"
        for item in with_author:
            assert item.author == "Linh"
            assert item.summary and not item.summary.startswith("Linh")
