"""read_feed: RSS 2.0, Atom and JSON Feed; per-entry errors; full text via a local server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bantin.models import Article
from bantin.sources.errors import SourceError
from bantin.sources.feeds import looks_like_feed, looks_like_html, read_feed
from bantin.sources.fetch import Fetched

from .test_fetch import local_server  # noqa: F401  (pytest fixture)

FIXTURES = Path(__file__).parent / "fixtures"


def items(name: str, **kw) -> list:
    return list(read_feed((FIXTURES / name).read_bytes(), name, **kw))


def no_network(url: str) -> Fetched:
    raise AssertionError(f"fetched {url} without fetch_full")


# --- RSS 2.0 --------------------------------------------------------------------


def test_rss_entries_become_articles():
    got = items("rss_vn.xml", fetcher=no_network)
    assert [type(x) for x in got] == [Article, Article, Article]
    assert [a.title for a in got] == [
        "Cần Thơ khánh thành cầu vượt nút giao Cái Răng",
        "Giá cà phê Tây Nguyên lập đỉnh mới",
        "Quảng Ninh đón 1,5 triệu lượt khách dịp hè",
    ]
    assert {a.source for a in got} == {"Tin Nhanh Mô Phỏng - Thời sự"}
    assert [a.origin for a in got] == [f"rss_vn.xml#entry {i}" for i in (1, 2, 3)]


def test_rss_entry_fields():
    first, second, third = items("rss_vn.xml")
    assert first.url == "https://tinnhanh.example/thoi-su/can-tho-khanh-thanh-cau-vuot-1001.html"
    assert first.author == "Hoàng Nam"
    assert first.ext_id == "tn-1001"
    assert first.tags == ("Giao thông", "Đồng bằng sông Cửu Long")
    assert first.published_at == "2025-07-14T08:30:00+07:00"
    assert second.published_at == "2025-07-15T01:05:00+00:00"
    assert third.published_at == "2025-07-16T19:20:00+07:00"  # "16/07/2025 19:20"
    assert third.author is None and third.ext_id is None


def test_rss_content_encoded_wins_and_html_becomes_paragraphs():
    first = items("rss_vn.xml")[0]
    assert first.text == (
        "Sau 18 tháng thi công, cầu vượt nút giao Cái Răng chính thức thông xe sáng 14/7, "
        "giảm ùn tắc cho cửa ngõ phía nam thành phố.\n\n"
        "Công trình dài 1,2 km, có bốn làn xe, tổng vốn hơn 900 tỷ đồng.\n\n"
        "Ban quản lý dự án cho biết cầu hoàn thành sớm hai tháng so với kế hoạch."
    )
    assert "trackView" not in first.text and "<" not in first.text


def test_rss_escaped_html_description_is_stripped():
    second = items("rss_vn.xml")[1]
    assert second.text == (
        "Giá cà phê nhân xô tại Đắk Lắk lên 128.000 đồng một ký, mức cao nhất từ trước đến nay."
        "\n\nNhiều nông hộ giữ hàng chờ giá tăng thêm."
    )


# --- Atom and JSON Feed ----------------------------------------------------------


def test_atom_entries():
    first, second = items("atom_vn.xml")
    assert first.title == "Học sinh Huế được miễn học phí năm học mới"  # type="html" title
    assert first.url == "https://nhatbao.example/giao-duc/hue-mien-hoc-phi-2001.html"
    assert first.author == "Phan Thảo"
    assert first.published_at == "2025-08-01T07:00:00+07:00"  # published, not updated
    assert first.text.startswith("Hội đồng nhân dân thành phố Huế thông qua nghị quyết")
    assert first.text.count("\n\n") == 1
    assert first.lead == ("Thành phố Huế miễn học phí cho học sinh từ mầm non đến trung học "
                          "phổ thông.")
    assert first.ext_id == "urn:nhatbao:2001"
    assert first.source == "Nhật Báo Mô Phỏng - Giáo dục"
    assert second.published_at == "2025-08-02T08:15:00Z"  # only <updated>
    assert second.text.startswith("Trường tuyển 60 chỉ tiêu")


def test_json_feed_items_and_the_broken_item():
    first, second, third = items("jsonfeed_vn.json")
    assert first.title == "TP HCM tiêm vắc xin sởi cho trẻ từ 6 tháng tuổi"
    assert first.text == (
        "Sở Y tế TP HCM triển khai tiêm bổ sung vắc xin sởi tại 312 trạm y tế phường, xã.\n\n"
        "Đối tượng: trẻ từ 6 đến 9 tháng tuổi.\n\nThời gian: từ 5/9 đến 30/9."
    )
    assert first.author == "Lê Phương, Thu Trang"  # version 1.1 "authors"
    assert first.lead == "Chiến dịch kéo dài ba tuần, miễn phí cho mọi trẻ trong độ tuổi."
    assert first.tags == ("Y tế", "Trẻ em")
    assert first.published_at == "2025-09-04T16:00:00+07:00"
    assert first.source == "Bản Tin Mô Phỏng - Sức khỏe"
    assert second.author == "Minh Khôi"  # version 1 "author"
    assert second.published_at == "2025-09-05T06:30:00+07:00"  # date_modified fallback
    assert second.text.split("\n\n")[1] == "Các bác sĩ khuyên nên ngủ từ bảy đến tám tiếng."
    assert isinstance(third, SourceError)
    assert third.origin == "jsonfeed_vn.json#entry 3"
    assert "not a JSON object" in third.problem


def test_json_feed_version_1_accepted_and_unknown_version_refused():
    feed = {"version": "https://jsonfeed.org/version/1", "title": "T",
            "items": [{"id": "1", "title": "Tin một", "content_text": "Nội dung tin một."}]}
    [a] = read_feed(json.dumps(feed), "f.json")
    assert (a.title, a.text, a.source) == ("Tin một", "Nội dung tin một.", "T")
    feed["version"] = "https://jsonfeed.org/version/9"
    with pytest.raises(SourceError) as err:
        read_feed(json.dumps(feed), "f.json")
    assert "version" in err.value.problem


# --- broken input ---------------------------------------------------------------------


def test_entry_without_link_and_entry_without_anything():
    first, second, third = items("rss_no_link.xml", fetcher=no_network)
    assert isinstance(first, Article)
    assert first.url is None
    assert first.text.startswith("Điện lực quận sẽ ngừng cấp điện")
    assert isinstance(second, SourceError)
    assert second.origin == "rss_no_link.xml#entry 2"
    assert second.problem == "entry has neither a title nor any text"
    assert isinstance(third, Article) and third.title == "Mở lại chợ đêm ven sông"


def test_fetch_full_skips_entries_without_link():
    asked: list[str] = []

    def fetcher(url: str) -> Fetched:
        asked.append(url)
        raise SourceError(url, "HTTP 404 Not Found")

    got = items("rss_no_link.xml", fetch_full=True, fetcher=fetcher)
    assert asked == ["https://diaphuong.example/tin/cho-dem-ven-song"]
    assert isinstance(got[0], Article) and got[0].url is None  # kept, not fetched
    assert [type(x).__name__ for x in got] == ["Article", "SourceError", "SourceError", "Article"]
    assert got[2].origin == "rss_no_link.xml#entry 3"
    assert got[3].text == "Chợ đêm hoạt động từ 18 giờ đến 23 giờ mỗi tối thứ sáu, thứ bảy."


def test_broken_feed_raises_when_called():
    with pytest.raises(SourceError) as err:
        read_feed((FIXTURES / "broken_feed.xml").read_bytes(), "broken_feed.xml")
    assert err.value.origin == "broken_feed.xml"
    assert err.value.problem.startswith("broken feed")


@pytest.mark.parametrize(
    "data,problem",
    [
        (b"<html><body><p>Trang web</p></body></html>", "feed"),
        (b"{not json", "broken JSON Feed"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": 3}', "'items' is not a list"),
        (b"<?xml version='1.0'?><note><to>An</to></note>", "feed"),
    ],
    ids=["html", "bad-json", "items-not-list", "other-xml"],
)
def test_unreadable_feeds_raise(data, problem):
    with pytest.raises(SourceError) as err:
        read_feed(data, "x")
    assert problem in err.value.problem


def test_empty_but_valid_feed_yields_nothing():
    rss = b"<?xml version='1.0'?><rss version='2.0'><channel><title>Rong</title></channel></rss>"
    assert list(read_feed(rss, "empty.xml")) == []


# --- fetch_full against a local server ------------------------------------------------------


RSS_LOCAL = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tin địa phương</title>
<item><title>Xe buýt điện</title><link>{base}/fixtures/vnexpress_like.html</link>
  <description>Tóm tắt ngắn trong feed.</description></item>
<item><title>Bài đã gỡ</title><link>{base}/missing</link>
  <description>Bài này đã bị gỡ khỏi trang.</description></item>
<item><title>Ảnh đẹp</title><link>{base}/image.png</link>
  <description>Chỉ có một tấm ảnh.</description></item>
<item><title>Tin không có đường dẫn</title>
  <description>Không có liên kết để tải.</description></item>
</channel></rss>"""


def test_fetch_full_reads_each_page_and_reports_failures(local_server):  # noqa: F811
    feed = RSS_LOCAL.format(base=local_server).encode()
    got = list(read_feed(feed, "local.xml", fetch_full=True))
    kinds = [type(x).__name__ for x in got]
    assert kinds == ["Article", "SourceError", "Article", "SourceError", "Article", "Article"]
    full, err404, fallback404, err_png, fallback_png, no_link = got
    # 1: the page's full text replaces the feed summary; feed title is kept.
    assert full.text.startswith("Sở Giao thông vận tải Hà Nội cho biết 12 tuyến mới")
    assert "Tóm tắt ngắn" not in full.text
    assert full.title == "Xe buýt điện"
    assert full.author == "Minh Anh" and full.published_at == "2025-07-14T08:30:00+07:00"
    assert full.source == "Tin địa phương"
    assert full.url == f"{local_server}/fixtures/vnexpress_like.html"
    # 2: 404 → an error naming the entry, then the entry with its feed text.
    assert err404.origin == "local.xml#entry 2"
    assert "HTTP 404" in err404.problem and "/missing" in err404.problem
    assert fallback404.text == "Bài này đã bị gỡ khỏi trang."
    # 3: not HTML → same.
    assert err_png.origin == "local.xml#entry 3"
    assert "not an HTML page (image/png)" in err_png.problem
    assert fallback_png.text == "Chỉ có một tấm ảnh."
    # 4: nothing to fetch.
    assert no_link.text == "Không có liên kết để tải."


def test_fetch_full_timeout_is_an_entry_error(local_server):  # noqa: F811
    from bantin.sources.fetch import fetch

    rss = (f"<rss version='2.0'><channel><title>T</title><item><title>Chậm</title>"
           f"<link>{local_server}/slow</link><description>Bản tóm tắt.</description>"
           f"</item></channel></rss>").encode()
    err, art = read_feed(rss, "slow.xml", fetch_full=True,
                         fetcher=lambda url: fetch(url, timeout=0.2))
    assert isinstance(err, SourceError) and "timed out" in err.problem
    assert art.text == "Bản tóm tắt."


# --- sniffers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,feed,html",
    [
        ("rss_vn.xml", True, False),
        ("atom_vn.xml", True, False),
        ("jsonfeed_vn.json", True, False),
        ("rss_no_link.xml", True, False),
        ("vnexpress_like.html", False, True),
        ("tuoitre_like.html", False, True),
        ("jsonld_article.html", False, True),
    ],
)
def test_sniffers_on_fixtures(name, feed, html):
    data = (FIXTURES / name).read_bytes()
    assert looks_like_feed(data) is feed
    assert looks_like_html(data) is html


@pytest.mark.parametrize(
    "data,feed,html",
    [
        (b"\xef\xbb\xbf<?xml version='1.0'?><!-- c --><rss version='2.0'>", True, False),
        (b"<?xml version='1.0'?>\n<?xml-stylesheet href='s.xsl'?>\n<feed xmlns='x'>", True, False),
        (b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>", True, False),
        (b'{"version": "https://jsonfeed.org/version/1", "items": []}', True, False),
        ('{"title": "Tin", "text": "Một bản ghi JSONL"}'.encode(), False, False),
        (b"  <!doctype html><html><body>", False, True),
        ("<div><p>Mảnh HTML</p></div>".encode(), False, True),
        (b"title,text\nTin,Noi dung\n", False, False),
        (b"", False, False),
    ],
    ids=["rss-bom", "atom-stylesheet", "rdf", "jsonfeed", "jsonl", "doctype", "fragment", "csv",
         "empty"],
)
def test_sniffers(data, feed, html):
    assert looks_like_feed(data) is feed
    assert looks_like_html(data) is html
