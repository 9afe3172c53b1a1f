"""read_html on pages laid out like Vietnamese news sites."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.sources.errors import SourceError
from bantin.sources.html import (
    html_to_text,
    parse_vietnamese_date,
    read_html,
    read_url,
    split_trailing_byline,
)
from bantin.text.legacy import to_legacy

from .test_fetch import local_server  # noqa: F401  (pytest fixture)

FIXTURES = Path(__file__).parent / "fixtures"
HEADER_DATE = "2026-11-22"  # "Thứ Bảy, 22/11/2026" in every fixture's site header


def page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# --- whole pages ---------------------------------------------------------------

PAGES = [
    # fixture, title, source, author, published_at (the article's own date)
    ("vnexpress_like.html", "Hà Nội mở thêm 12 tuyến xe buýt điện nối ngoại thành",
     "VnExpress", "Minh Anh", "2025-07-14T08:30:00+07:00"),
    ("tuoitre_like.html", "Nông dân Đồng Tháp trúng mùa xoài cát Hòa Lộc",
     "TUOI TRE ONLINE", "NGUYỄN THỊ THU HÀ", "2025-03-05T06:15:00+07:00"),
    ("jsonld_article.html", "Đà Nẵng thử nghiệm thu phí đỗ xe qua ứng dụng",
     "Báo Phố Biển", "Linh (VnExpress)", "2024-09-02T19:45:00+07:00"),
]


@pytest.mark.parametrize("name,title,source,author,published", PAGES, ids=[p[0] for p in PAGES])
def test_reads_title_source_author_and_the_articles_own_date(name, title, source, author,
                                                             published):
    a = read_html(page(name), url=f"https://example.vn/{name}", origin=name)
    assert a.title == title
    assert a.source == source
    assert a.author == author
    assert a.published_at == published
    assert not a.published_at.startswith(HEADER_DATE)
    assert a.url == f"https://example.vn/{name}"
    assert a.origin == name


@pytest.mark.parametrize("name", [p[0] for p in PAGES])
def test_text_has_no_byline_caption_header_or_sidebar(name):
    a = read_html(page(name))
    for junk in ("Ảnh:", "22/11/2026", "Xem nhiều", "Tin liên quan", "Tin mới", "Thời sự",
                 "Minh Anh", "NGUYỄN THỊ THU HÀ", "Theo Linh", "bản quyền", "Cơ quan chủ quản"):
        assert junk not in a.text, junk
    assert a.title not in a.text
    assert len(a.text.split("\n\n")) >= 3


def test_vnexpress_like_text_and_sapo():
    a = read_html(page("vnexpress_like.html"))
    paras = a.text.split("\n\n")
    assert paras[0].startswith("Sở Giao thông vận tải Hà Nội cho biết 12 tuyến mới")
    assert paras[-1].endswith("gần 400 xe chạy điện hoặc khí nén.")
    assert a.lead.startswith("Từ tháng 8, người dân các huyện phía tây Hà Nội")
    # no url given: the canonical link is used
    assert a.url == "https://vnexpress.example/ha-noi-mo-them-12-tuyen-xe-buyt-dien-4900001.html"


def test_tuoitre_like_sapo_is_the_lead():
    a = read_html(page("tuoitre_like.html"))
    assert a.lead == ("Vụ xoài năm nay ở huyện Cao Lãnh được mùa lẫn được giá, nhiều nhà vườn "
                      "thu lãi gấp đôi năm trước.")


def test_byline_date_used_when_page_has_no_date_meta():
    # The VnExpress-like fixture has no date meta tags at all: the date comes
    # from the byline span, not the header's "Thứ Bảy, 22/11/2026" nor the
    # sidebar's 21/11/2026 and <time datetime="2026-11-20...">.
    html = page("vnexpress_like.html").decode()
    assert "published_time" not in html and "datePublished" not in html
    assert read_html(html).published_at == "2025-07-14T08:30:00+07:00"


def test_meta_date_wins_over_a_different_body_date():
    html = page("tuoitre_like.html").decode().replace(
        "05/03/2025 06:15 GMT+7", "07/03/2025 09:00 GMT+7")
    assert read_html(html).published_at == "2025-03-05T06:15:00+07:00"


def test_header_date_alone_is_not_taken_as_the_articles_date():
    html = """<html><head><title>Tin ngắn về thời tiết</title></head><body>
    <header class="header"><span class="date">Thứ Bảy, 22/11/2026</span>
      <nav><a href="/1">Một</a><a href="/2">Hai</a><a href="/3">Ba</a></nav></header>
    <div class="content"><h1>Tin ngắn về thời tiết</h1>
      <p>Không khí lạnh tăng cường khiến nhiệt độ ở vùng núi phía bắc giảm xuống dưới mười độ.</p>
      <p>Cơ quan khí tượng khuyến cáo người dân giữ ấm cho trẻ nhỏ và người già khi ra ngoài.</p>
    </div>
    <aside class="sidebar"><time datetime="2026-11-21T10:00:00+07:00">21/11/2026</time></aside>
    </body></html>"""
    a = read_html(html)
    assert a.published_at is None
    assert "Không khí lạnh tăng cường" in a.text


def test_time_element_in_article_region():
    html = """<html><body><div class="top-bar">Thứ Bảy, 22/11/2026</div>
    <article><h1>Khánh thành bệnh viện mới ở Thanh Hóa</h1>
      <time datetime="2025-01-09T07:45:00+07:00">09/01/2025</time>
      <p>Bệnh viện có 500 giường, tập trung vào tim mạch và ung bướu, giảm tải cho tuyến trên.</p>
      <p>Người bệnh ở các huyện miền núi sẽ không phải ra Hà Nội để điều trị nhiều bệnh nặng.</p>
    </article></body></html>"""
    assert read_html(html).published_at == "2025-01-09T07:45:00+07:00"


def test_meta_author_is_kept_and_signature_still_stripped():
    html = page("vnexpress_like.html").decode().replace(
        '<meta property="og:type"', '<meta name="author" content="Trần Quốc Việt"><meta property="og:type"')
    a = read_html(html)
    assert a.author == "Trần Quốc Việt"
    assert "Minh Anh" not in a.text


def test_source_falls_back_to_the_domain():
    html = page("jsonld_article.html").decode().replace(
        '<meta property="og:site_name" content="Báo Phố Biển">', "")
    html = html.replace('"name": "Báo Phố Biển", ', "")
    a = read_html(html, url="https://www.phobien.example/tin/1.html")
    assert a.source in ("phobien.example", "Phobien")  # trafilatura may name it from the URL


def test_tcvn3_page_is_converted():
    paras = ["Giá lúa tại các tỉnh miền tây tăng nhẹ trong tuần qua, nông dân phấn khởi.",
             "Nhiều hợp tác xã ký hợp đồng bao tiêu với doanh nghiệp xuất khẩu gạo thơm.",
             "Sở nông nghiệp khuyến cáo người dân không xuống giống ồ ạt để tránh rầy nâu."]
    body = "".join(f"<p>{to_legacy(p, 'tcvn3')}</p>" for p in paras)
    html = (f"<html><head><meta charset='iso-8859-1'><title>{to_legacy('Bản tin nhà nông', 'tcvn3')}"
            f"</title></head><body><article>{body}<p>Thanh B×nh</p></article></body></html>")
    a = read_html(html.encode("latin-1"))
    assert a.title == "Bản tin nhà nông"
    assert a.text == "\n\n".join(paras)
    assert a.author == "Thanh Bình"


@pytest.mark.parametrize(
    "html",
    ["", "   ", "<html><head><title>Trống</title></head><body></body></html>",
     "<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>", b"\x00\x01\x02"],
    ids=["empty", "blank", "empty-body", "only-nav", "binary"],
)
def test_page_without_article_text_is_an_error(html):
    with pytest.raises(SourceError) as err:
        read_html(html, origin="trang.html")
    assert err.value.origin == "trang.html"
    assert "no article text found" in err.value.problem


# --- read_url (fetch + read) ---------------------------------------------------------


def test_read_url_from_local_server(local_server):  # noqa: F811
    a = read_url(f"{local_server}/fixtures/tuoitre_like.html")
    assert a.title == "Nông dân Đồng Tháp trúng mùa xoài cát Hòa Lộc"
    assert a.url == f"{local_server}/fixtures/tuoitre_like.html"
    assert a.published_at == "2025-03-05T06:15:00+07:00"


def test_read_url_refuses_non_html(local_server):  # noqa: F811
    with pytest.raises(SourceError) as err:
        read_url(f"{local_server}/image.png")
    assert err.value.problem == "not an HTML page (image/png)"


# --- bylines ------------------------------------------------------------------------

BODY = ["Đoạn một của bài viết, đủ dài để là một đoạn văn thật sự.", "Đoạn hai kết thúc bài."]
BYLINES = [
    ("Minh Anh", "Minh Anh"),
    ("NGUYỄN VĂN A", "NGUYỄN VĂN A"),
    ("Nguyễn Thị Thu Hà", "Nguyễn Thị Thu Hà"),
    ("Theo Linh (VnExpress)", "Linh (VnExpress)"),
    ("Theo TTXVN", "TTXVN"),
    ("Minh Anh - Hoàng Long", "Minh Anh - Hoàng Long"),
    ("Bài và ảnh: Quốc Tuấn", "Quốc Tuấn"),
    ("  Lê Hồng Phúc.  ", "Lê Hồng Phúc"),
]


@pytest.mark.parametrize("line,author", BYLINES, ids=[b[0].strip() for b in BYLINES])
def test_trailing_byline_is_detected_and_removed(line, author):
    paras, found = split_trailing_byline([*BODY, line])
    assert found == author
    assert paras == BODY


def test_photo_credit_after_byline_is_dropped_too():
    paras, found = split_trailing_byline([*BODY, "Minh Anh", "Ảnh: Ngọc Thành"])
    assert (paras, found) == (BODY, "Minh Anh")


NOT_BYLINES = [
    "Người dân rất vui mừng.",  # a sentence
    "Hà Nội",  # a place, not a signature
    "Linh",  # one word is too weak
    "Xem thêm: Giá vàng hôm nay",
    "Ảnh: Ngọc Thành",
    "Cuộc thi kéo dài đến 30/9",
    "Đường dây nóng của Sở Y tế là 1900 9095",
]


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_ordinary_last_paragraph_is_not_a_byline(line):
    paras, found = split_trailing_byline([*BODY, line])
    assert found is None
    if not line.startswith("Ảnh"):
        assert paras[-1] == line


def test_single_paragraph_is_never_taken_as_byline():
    assert split_trailing_byline(["Minh Anh"]) == (["Minh Anh"], None)


# --- dates ----------------------------------------------------------------------------

DATES = [
    ("Thứ hai, 14/7/2025, 08:30 (GMT+7)", "2025-07-14T08:30:00+07:00"),
    ("14/07/2025 08:30", "2025-07-14T08:30:00+07:00"),
    ("08:30 14/07/2025", "2025-07-14T08:30:00+07:00"),
    ("05/03/2025 06:15 GMT+7", "2025-03-05T06:15:00+07:00"),
    ("Chủ nhật, 1/6/2025 - 21h05", "2025-06-01T21:05:00+07:00"),
    ("Cập nhật: 03-09-2024 17:20:45 GMT+0700", "2024-09-03T17:20:45+07:00"),
    ("14/07/2025", "2025-07-14"),
    ("ngày 5 tháng 3 năm 2025", "2025-03-05"),
    ("2025-07-14", "2025-07-14"),
    ("Thứ Bảy, 31/02/2025", None),  # no such day
    ("Giá 12/34/5678", None),
    ("không có ngày", None),
    ("", None),
]


@pytest.mark.parametrize("text,iso", DATES, ids=[d[0] or "empty" for d in DATES])
def test_parse_vietnamese_date(text, iso):
    assert parse_vietnamese_date(text) == iso


# --- html_to_text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fragment,text",
    [
        ("<p>Một.</p><p>Hai.</p>", "Một.\n\nHai."),
        ("Dòng một<br>dòng hai", "Dòng một\n\ndòng hai"),
        ("<ul><li>Mục A</li><li>Mục B</li></ul>", "Mục A\n\nMục B"),
        ("<p>Có <b>chữ đậm</b> và <a href='#'>liên kết</a>.</p>", "Có chữ đậm và liên kết."),
        ("<img src='a.jpg'><script>x()</script><p>Chỉ chữ &amp; thôi</p>", "Chỉ chữ & thôi"),
        ("Văn bản   thường,\n không thẻ", "Văn bản thường, không thẻ"),
        ("", ""),
    ],
)
def test_html_to_text(fragment, text):
    assert html_to_text(fragment) == text


def test_htmldate_fallback_uses_the_url_date():
    html = """<html><body><div class="content"><h1>Chợ hoa xuân mở cửa</h1>
      <p>Chợ hoa bên bến Bình Đông mở cửa đón khách từ sáng nay, nhiều nhà vườn chở hoa từ miền tây lên.</p>
      <p>Giá mai vàng năm nay giảm nhẹ so với năm ngoái, trong khi cúc và vạn thọ tăng giá.</p>
    </div></body></html>"""
    a = read_html(html, url="https://tin.example/2025/01/20/cho-hoa-xuan.html")
    assert a.published_at == "2025-01-20"
