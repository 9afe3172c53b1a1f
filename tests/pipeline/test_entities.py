"""Entities stage: table-driven cases, values, speed sanity, and a quality gate."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from bantin.pipeline.entities import Entity, extract_entities, rule_entities

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
GOLD = ROOT / "tests" / "data" / "entities_gold.jsonl"


def _handwritten():
    rows = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x]
    return [pytest.param(r["text"], [tuple(s) for s in r["spans"]], id=r["id"])
            for r in rows if r["dataset"] == "handwritten"]


@pytest.mark.parametrize(("text", "expected"), _handwritten())
def test_handwritten_gold(text, expected):
    got = {(e.start, e.end, e.kind, e.key) for e in extract_entities(text)}
    missing = [(text[s:e], k, key) for s, e, k, key in expected if (s, e, k, key) not in got]
    assert not missing, f"missing {missing}; got {sorted(got)}"
    # nothing extra of the kinds the case speaks about, on these short sentences
    extra = [(text[s:e], k) for s, e, k, _ in got if (s, e, k) not in
             {(a, b, c) for a, b, c, _ in expected}]
    assert not extra, f"unexpected {extra}"


def _one(text, kind):
    ents = [e for e in extract_entities(text) if e.kind == kind]
    assert len(ents) == 1, ents
    return ents[0]


@pytest.mark.parametrize(("text", "kind", "key", "value"), [
    pytest.param("Nghị định 179/2025/NĐ-CP", "legal", "179/2025/nd-cp",
                 {"type": "Nghị định", "number": "179", "year": 2025, "issuer": "NĐ-CP"},
                 id="legal_value_nghi_dinh"),
    pytest.param("theo 57-NQ/TW", "legal", "57-nq/tw",
                 {"type": "Nghị quyết", "number": "57", "year": None, "issuer": "NQ/TW"},
                 id="legal_bare_code_infers_type"),
    pytest.param("mức 5 triệu đồng/tháng", "amount", "5000000-dong-thang",
                 {"value": 5000000, "unit": "đồng/tháng"}, id="amount_value_trieu"),
    pytest.param("lãi 1.234,5 tỷ đồng", "amount", "1234500000000-dong",
                 {"value": 1234500000000, "unit": "đồng"}, id="amount_vn_separators"),
    pytest.param("khoảng 3-5 triệu đồng", "amount", "3000000-dong",
                 {"value": 3000000, "value_to": 5000000, "unit": "đồng"}, id="amount_range"),
    pytest.param("giá 20 USD", "amount", "20-usd", {"value": 20, "unit": "USD"},
                 id="amount_usd"),
    pytest.param("tăng 12,5%", "percent", "12.5%", 12.5, id="percent_decimal_comma"),
    pytest.param("ngày 15 tháng 7 năm 2025", "date", "2025-07-15", "2025-07-15",
                 id="date_words"),
    pytest.param("quý I/2025", "date", "2025-Q1", "2025-Q1", id="date_quarter"),
    pytest.param("đến năm 2030", "date", "2030", "2030", id="date_year"),
    pytest.param("tỉnh Bình Dương cũ", "province", "ho-chi-minh",
                 {"code": 79, "old_name": "Bình Dương"}, id="province_old_value"),
])
def test_values(text, kind, key, value):
    e = _one(text, kind)
    assert (e.key, e.value) == (key, value)


@pytest.mark.parametrize(("text", "name", "role"), [
    pytest.param("Thủ tướng Phạm Minh Chính chỉ đạo", "Phạm Minh Chính", "Thủ tướng",
                 id="role_pm"),
    pytest.param("Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Mạnh Hùng cho biết",
                 "Nguyễn Mạnh Hùng", "Bộ trưởng Bộ Khoa học và Công nghệ", id="role_minister"),
    pytest.param("Chủ tịch UBND tỉnh Hà Nam Nguyễn Văn An ký", "Nguyễn Văn An",
                 "Chủ tịch UBND tỉnh Hà Nam", id="role_local_chair"),
    pytest.param("Tổng thống Mỹ Donald Trump tuyên bố", "Donald Trump", "Tổng thống Mỹ",
                 id="role_with_country"),
    pytest.param("ông Nguyễn Việt Thắng nói", "Nguyễn Việt Thắng", None, id="honorific_no_role"),
])
def test_people_roles(text, name, role):
    e = _one(text, "person")
    assert (e.name, e.role) == (name, role)


@pytest.mark.parametrize(("text", "kind", "mention"), [
    pytest.param("Ông N.D.H. (47 tuổi) bị phạt.", "person", "N.D.H", id="initials"),
    pytest.param("Ông VÕ TRỌNG NAM phát biểu.", "person", "VÕ TRỌNG NAM", id="all_caps_name"),
    pytest.param("HLV người Hàn Quốc Chun Jae-ho đã nói.", "person", "Chun Jae-ho",
                 id="foreign_after_cue_and_nationality"),
    pytest.param("Cảnh sát bắt giữ Kwon Yonggil hôm qua.", "person", "Kwon Yonggil",
                 id="korean_surname_no_cue"),
    pytest.param("ông Ngân không thi hành quyết định", "person", "Ngân", id="given_name_ngan"),
    pytest.param("Đất của CTCP Hoàng Anh Gia Lai bị thu hồi.", "organization",
                 "CTCP Hoàng Anh Gia Lai", id="ctcp_head_with_known_name"),
    pytest.param("Hôm qua, Cục Lãnh sự, Bộ Ngoại giao cho biết.", "agency", "Cục Lãnh sự",
                 id="agency_head_lowercase_tail"),
    pytest.param("Trận gặp Gwangju FC chiều nay.", "organization", "Gwangju FC", id="team_fc"),
    pytest.param("theo Nghị định 86/2014 tại TP. HCM", "legal", "Nghị định 86/2014",
                 id="legal_number_year"),
    pytest.param("Vietcombank tăng thêm 10 đồng so với hôm qua.", "amount", "10 đồng",
                 id="amount_small_dong"),
    pytest.param("giá gas giảm 1.500 đồng/bình 12kg", "amount", "1.500 đồng/bình",
                 id="amount_per_bottle"),
    pytest.param("tỷ giá ở mức 22.127 VND / USD.", "amount", "22.127 VND / USD",
                 id="amount_exchange_rate"),
    pytest.param("diễn ra hôm nay 22/5.", "date", "22/5", id="date_after_hom_nay"),
])
def test_recall_cases(text, kind, mention):
    got = [text[e.start:e.end] for e in extract_entities(text) if e.kind == kind]
    assert mention in got, got


@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("Anh mua 3 đồng hồ cũ.", "amount", id="dong_ho_is_not_money"),
    pytest.param("Hiệp định FTA và TPP được bàn.", "organization", id="agreements_not_orgs"),
    pytest.param("Kỳ họp thứ XII của Đảng.", "organization", id="roman_numeral"),
])
def test_precision_cases(text, kind):
    assert [e for e in extract_entities(text) if e.kind == kind] == []


def test_acronym_defined_after_a_body_and_reused():
    text = ("Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP) cho biết, "
            "VASEP đề nghị các tỉnh báo cáo.")
    got = [text[e.start:e.end] for e in extract_entities(text) if e.kind == "organization"]
    assert got.count("VASEP") == 2


# Agency names go on in lower case after the first capitalized syllable of the
# name proper ("Cục Chuyển đổi số"); seen cut short on topic pages ("Ban Chỉ").
AGENCY_LOWER_CASES = [
    pytest.param("Phiên họp của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo "
                 "và chuyển đổi số tỉnh Tuyên Quang.", "agency",
                 "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
                 "tỉnh Tuyên Quang", id="ban_chi_dao_local"),
    pytest.param("Phiên họp thứ ba của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới "
                 "sáng tạo, chuyển đổi số và Đề án 06.", "agency",
                 "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số "
                 "và Đề án 06", id="ban_chi_dao_chinh_phu"),
    pytest.param("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
                 "chuyển đổi số đã họp.", "agency",
                 "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
                 "chuyển đổi số", id="ban_chi_dao_trung_uong"),
    pytest.param("Ban Chỉ đạo Tây Nguyên làm việc.", "agency", "Ban Chỉ đạo Tây Nguyên",
                 id="ban_chi_dao_head_rule"),
    pytest.param("Cục Chuyển đổi số – Cơ yếu, Văn phòng Trung ương Đảng tổ chức Hội nghị.",
                 "agency", "Cục Chuyển đổi số – Cơ yếu", id="cuc_chuyen_doi_so_co_yeu"),
    pytest.param("Cục Chuyển đổi số – Cơ yếu, Văn phòng Trung ương Đảng tổ chức Hội nghị.",
                 "agency", "Văn phòng Trung ương Đảng", id="van_phong_tw_dang_before_verb"),
    pytest.param("Theo Cục Xuất nhập khẩu (Bộ Công Thương), giá gạo tăng.", "agency",
                 "Cục Xuất nhập khẩu", id="cuc_xuat_nhap_khau"),
    pytest.param("Chi bộ Vụ Chuyển đổi số đang xây dựng Quốc hội số.", "agency",
                 "Vụ Chuyển đổi số", id="vu_chuyen_doi_so"),
    pytest.param("Viện Công nghệ số và Chuyển đổi số quốc gia dẫn đầu.", "agency",
                 "Viện Công nghệ số và Chuyển đổi số quốc gia", id="vien_cong_nghe_so"),
    pytest.param("Trung tâm Đổi mới sáng tạo quốc gia phối hợp với Google.", "agency",
                 "Trung tâm Đổi mới sáng tạo quốc gia", id="trung_tam_doi_moi_sang_tao"),
    pytest.param("Sở Khoa học và Công nghệ tỉnh Tuyên Quang tổ chức hội thảo.", "agency",
                 "Sở Khoa học và Công nghệ tỉnh Tuyên Quang", id="so_khcn_tuyen_quang"),
    pytest.param("Ủy ban nhân dân tỉnh Điện Biên ban hành kế hoạch.", "agency",
                 "Ủy ban nhân dân tỉnh Điện Biên", id="ubnd_dien_bien"),
    pytest.param("Hội Phụ nữ tỉnh Tuyên Quang hỗ trợ các nhóm sinh kế.", "agency",
                 "Hội Phụ nữ tỉnh Tuyên Quang", id="hoi_phu_nu_tuyen_quang"),
    pytest.param("Techcombank và Viện Huyết học – Truyền máu Trung ương hợp tác.", "organization",
                 "Viện Huyết học – Truyền máu Trung ương", id="vien_huyet_hoc_truyen_mau"),
    pytest.param("Học viện Chính trị quốc gia Hồ Chí Minh hợp tác với Tập đoàn Google.", "agency",
                 "Học viện Chính trị quốc gia Hồ Chí Minh", id="hoc_vien_chinh_tri"),
    pytest.param("Khu công nghệ cao Hòa Lạc thu hút đầu tư.", "agency",
                 "Khu công nghệ cao Hòa Lạc", id="khu_cnc_hoa_lac"),
    pytest.param("Viettel đầu tư tại Khu Công nghệ cao Hòa Lạc và các khu công nghiệp.", "agency",
                 "Khu Công nghệ cao Hòa Lạc", id="khu_cnc_hoa_lac_capitalized"),
    pytest.param("Cục Chuyển đổi số quốc gia cho biết.", "agency", "Cục Chuyển đổi số quốc gia",
                 id="cuc_chuyen_doi_so_quoc_gia"),
    pytest.param("Vụ Pháp chế, Bộ Tư pháp góp ý.", "agency", "Vụ Pháp chế", id="vu_phap_che"),
    pytest.param("Cục Công nghiệp công nghệ thông tin vừa công bố.", "agency",
                 "Cục Công nghiệp công nghệ thông tin", id="cuc_cong_nghiep_cntt"),
    pytest.param("Cục Khởi nghiệp và Doanh nghiệp công nghệ hỗ trợ.", "agency",
                 "Cục Khởi nghiệp và Doanh nghiệp công nghệ", id="cuc_khoi_nghiep"),
    pytest.param("Cục Bưu điện Trung ương bảo đảm thông tin.", "agency",
                 "Cục Bưu điện Trung ương", id="cuc_buu_dien_tw"),
    pytest.param("Cục An toàn thông tin khuyến cáo người dân.", "agency",
                 "Cục An toàn thông tin", id="cuc_an_toan_thong_tin"),
    pytest.param("Cảng vụ Hàng không miền Nam đã lập biên bản.", "agency",
                 "Cảng vụ Hàng không miền Nam", id="head_rule_compound_with_khong"),
    pytest.param("Cục Cảnh sát hình sự cho biết.", "agency",
                 "Cục Cảnh sát hình sự", id="head_rule_lowercase_tail"),
    pytest.param("Chi cục Kiểm lâm vùng 4 cho biết.", "agency", "Chi cục Kiểm lâm vùng 4",
                 id="head_rule_numbered_unit"),
]


@pytest.mark.parametrize(("text", "kind", "mention"), AGENCY_LOWER_CASES)
def test_agency_names_go_on_in_lower_case(text, kind, mention):
    """The rules' reading (the whole extractor's is checked with the other
    written cases in `test_the_crf_keeps_almost_every_written_case`)."""
    got = [text[e.start:e.end] for e in rule_entities(text) if e.kind == kind]
    assert mention in got, got


@pytest.mark.parametrize(("text", "kind", "mention"), [
    pytest.param("Cục trưởng Cục Xuất nhập khẩu Trần Thanh Hải cho biết.", "agency",
                 "Cục Xuất nhập khẩu", id="name_stops_before_a_person"),
    pytest.param("Cục trưởng Cục Xuất nhập khẩu Trần Thanh Hải cho biết.", "person",
                 "Trần Thanh Hải", id="person_after_a_lowercase_name"),
    pytest.param("Cục Thuế số hóa toàn bộ hóa đơn.", "agency", "Cục Thuế",
                 id="one_syllable_needs_a_boundary"),
    pytest.param("Công ty Sen Đỏ thông tin thêm.", "organization", "Công ty Sen Đỏ",
                 id="no_lowercase_words_after_a_proper_name"),
    pytest.param("Uỷ ban Kiểm tra Trung ương thông báo bà Thanh vi phạm.", "agency",
                 "Uỷ ban Kiểm tra Trung ương", id="verb_after_the_name"),
    pytest.param("Hội đồng An ninh Quốc gia Hàn Quốc dự kiến bắt đầu lúc 8h50.", "agency",
                 "Hội đồng An ninh Quốc gia Hàn Quốc", id="number_after_lowercase_words"),
])
def test_agency_name_boundaries(text, kind, mention):
    got = [text[e.start:e.end] for e in extract_entities(text) if e.kind == kind]
    assert got == [mention], got


@pytest.mark.parametrize("text", [
    pytest.param("Hội nghị nối đến điểm cầu xã Vụ Bản.", id="xa_vu_ban_is_a_place"),
    pytest.param("Đội tuyển Tây Ban Nha thắng.", id="tay_ban_nha_is_a_country"),
])
def test_no_agency(text):
    assert [e for e in extract_entities(text) if e.kind == "agency"] == []


def test_later_mentions_of_a_name():
    text = ("Mỹ nhắm mục tiêu là thủ lĩnh Mullah Akhtar Mansoor tại Pakistan. "
            "Lầu Năm Góc cho biết Mansoor là mối đe dọa.")
    got = [text[e.start:e.end] for e in extract_entities(text) if e.kind == "person"]
    assert got == ["Mullah Akhtar Mansoor", "Mansoor"] or got == ["Akhtar Mansoor", "Mansoor"]


def test_offsets_point_into_original_text():
    text = "Ông Trần Đăng Hoà (Khánh Hoà) nhận 1,5 tỷ đồng ngày 2/9/2025 từ Bộ Y tế."
    ents = extract_entities(text)
    assert ents
    for e in ents:
        assert isinstance(e, Entity)
        assert 0 <= e.start < e.end <= len(text)
    mentions = {text[e.start:e.end] for e in ents}
    assert {"Trần Đăng Hoà", "Khánh Hoà", "1,5 tỷ đồng", "ngày 2/9/2025", "Bộ Y tế"} <= mentions
    person = next(e for e in ents if e.kind == "person")
    assert person.name == "Trần Đăng Hòa" and person.key == "tran-dang-hoa"


def test_all_old_provinces_map_to_current_units():
    from vietnam_provinces import Province

    from bantin.pipeline.gazetteer.provinces_old import PROVINCES_OLD_TSV
    codenames = {p.codename for p in Province.iter_all()}
    rows = [r.split("\t") for r in PROVINCES_OLD_TSV.splitlines() if r.strip()]
    old = {r[0] for r in rows} - {"Hà Tây"}
    assert len(old) == 63
    assert {r[1] for r in rows} == codenames  # every one of the 34 units is reached
    for r in rows:
        e = _one(f"Đoàn công tác đến tỉnh {r[0]} hôm qua.", "province")
        assert e.key == r[1].replace("_", "-"), r[0]


def test_empty_and_no_entities():
    assert extract_entities("") == []
    assert extract_entities("trời hôm nay đẹp, mọi người vui vẻ.") == []


def _quality_module():
    spec = importlib.util.spec_from_file_location(
        "entities_quality", ROOT / "benchmarks" / "entities_quality.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# Floors slightly below the values measured on the gold set (40 hand-written
# sentences + 47 real articles, 35 legal and 107 amount spans): province
# 1.00/0.963, legal 0.914/0.914, date 1.00/1.00, amount 0.991/0.991, person
# 0.960/0.932, agency+organization 0.947/0.925 (lenient 0.976/0.954; 0.923/0.897
# before names went on over lower-case words: floors kept, not raised).
FLOORS_ALL = {"province": (0.97, 0.94), "legal": (0.89, 0.89), "date": (0.97, 0.97),
              "amount": (0.97, 0.97), "person": (0.94, 0.91),
              "agency+organization": (0.90, 0.87)}
FLOORS_LENIENT = {"amount": (0.97, 0.97), "legal": (0.97, 0.97),
                  "agency+organization": (0.95, 0.92)}


@pytest.mark.gate
def test_gold_quality_gate():
    q = _quality_module()
    items = q.load_gold(data_dir=SHARED)
    if not any(i[0] != "handwritten" for i in items):
        pytest.skip(f"{SHARED} is absent: only the hand-written gold can be scored")
    res = q.score(items)
    for kind, (p, r) in FLOORS_ALL.items():
        assert res[kind]["p"] >= p and res[kind]["r"] >= r, (kind, res[kind])
    for kind, (p, r) in FLOORS_LENIENT.items():
        assert res[kind]["p_lenient"] >= p and res[kind]["r_lenient"] >= r, (kind, res[kind])


def test_handwritten_gold_scores_without_shared_data(tmp_path):
    q = _quality_module()
    items = q.load_gold(data_dir=tmp_path / "absent")
    assert items and all(i[0] == "handwritten" for i in items)
    res = q.score(items)
    assert res["legal"]["f1"] >= 0.95 and res["province"]["f1"] >= 0.95


def test_officer_after_an_unnamed_committee_is_a_person_not_a_place():
    found = [(e.kind, e.name, e.role) for e in
             extract_entities("Phó Chủ tịch UBND tỉnh Nguyễn Văn Minh cho biết.")]
    assert found == [("person", "Nguyễn Văn Minh", "Phó Chủ tịch UBND tỉnh")]


@pytest.mark.parametrize("text, name", [
    ("Sửa đổi Luật Cán bộ, công chức và Luật Viên chức.", "Luật Cán bộ, công chức"),
    ("Luật Phòng, chống tham nhũng 2018 có hiệu lực.", "Luật Phòng, chống tham nhũng 2018"),
], ids=["can_bo_cong_chuc", "phong_chong"])
def test_law_names_with_a_comma_inside(text, name):
    assert [e.name for e in extract_entities(text) if e.kind == "legal"][0] == name


# --- fixes found through the held-out set's misses (written sentences, not its texts) ---

@pytest.mark.parametrize("text, kind, mention", [
    # listed law names go on over words that end other names ("hiện", "hành", "số")
    ("Quốc hội thông qua Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ vào tuần trước.",
     "legal", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
    ("Luật Thi hành án dân sự có hiệu lực từ năm 2009.", "legal", "Luật Thi hành án dân sự"),
    ("Theo Pháp lệnh Chi phí tố tụng, đương sự phải nộp phí.", "legal",
     "Pháp lệnh Chi phí tố tụng"),
    # "Đạo luật" (a foreign act) is a law type
    ("Theo Đạo luật Giảm lạm phát, Mỹ chi 369 tỷ USD.", "legal", "Đạo luật Giảm lạm phát"),
    # a lower-case decree or resolution with a bare number
    ("Chính phủ ban hành nghị định 15 về xử phạt.", "legal", "nghị định 15"),
    # VietNews spacing around the slash of a document code
    ("Thủ tướng ký quyết định 1234 / QĐ-TTg hôm qua.", "legal", "quyết định 1234 / QĐ-TTg"),
    # day ranges
    ("Hội chợ diễn ra từ 12-14/9 tại Cần Thơ.", "date", "12-14/9"),
    ("Lễ hội kéo dài ngày 20-22/11 năm nay.", "date", "ngày 20-22/11"),
    # "TP. HCM" at the end of a body's name
    ("Giảng viên Trường Đại học Kinh tế TP. HCM cho biết.", "organization",
     "Trường Đại học Kinh tế TP. HCM"),
    ("Giảng viên Trường Đại học Kinh tế TP. HCM cho biết.", "province", "TP. HCM"),
    # a party term ("khóa XIII") is not part of the body's name
    ("Ban Chấp hành Trung ương Đảng khóa XIII họp.", "agency", "Ban Chấp hành Trung ương Đảng"),
], ids=["law_lexicon_pccc", "law_lexicon_thi_hanh_an", "phap_lenh_lexicon", "dao_luat",
        "lower_nghi_dinh_bare_number", "spaced_code", "day_range", "day_range_ngay",
        "tp_dot_in_body_name", "tp_dot_province_inside", "khoa_term_not_in_name"])
def test_heldout_fix_cases(text, kind, mention):
    found = [(e.kind, text[e.start:e.end]) for e in extract_entities(text)]
    assert (kind, mention) in found, found


@pytest.mark.parametrize("text", [
    "Sinh viên Trường Đại học Luật Hà Nội bị kỷ luật Đảng.",
    "Công ty luật Minh Khuê tư vấn miễn phí.",
    "Nữ Luật Sư Kỳ Lạ là phim ăn khách.",
    "Báo Pháp luật TP HCM đưa tin.",
], ids=["school_and_discipline", "law_firm", "lawyer_title", "newspaper"])
def test_luat_inside_other_words_is_not_a_law(text):
    assert not [e for e in extract_entities(text) if e.kind == "legal"]


def test_road_named_after_a_city_is_not_the_province():
    assert not [e for e in extract_entities("Kẹt xe kéo dài trên xa lộ Hà Nội.")
                if e.kind == "province"]


# Held-out set 1 (tests/data/entities_heldout.jsonl: 47 real articles annotated
# blind, first ~1,500 characters each; retired to development in session 4,
# so its figures are in-sample since and these floors are regression floors). Measured after the fixes above
# (which were chosen from its misses, so these are a little optimistic):
# province 0.988/1.000, legal 0.982/0.964, date 0.991/0.991, amount
# 1.000/0.983, percent 1.000/1.000, person 0.876/0.685, agency+organization
# 0.853/0.661. Floors ~0.02 below. With the trained candidate classifier
# (entity_model, trained on gold + dev2 + dev3 only): person 0.865/0.739,
# agency+organization 0.861/0.686 (before it: 0.880/0.709 and 0.868/0.682);
# the recall floors raised to ~0.01 below. With the dev3 boundary rules
# (lower-case heads, "Bộ tư lệnh", committees of towns, bank branches, chosen on
# gold/dev2/dev3 misses only): agency+organization 0.876/0.704, person unchanged.
# With the initials / Ê Đê / "Đoàn" / given-name-alone person rules, the
# hospital-place, media and business-line organization rules (chosen on
# gold/dev2/dev3 misses only) and the model retrained on them: person
# 0.883/0.776, agency+organization 0.872/0.707; the person floors raised.
# With the dev4 set (48 more articles, rich in organizations), the rules and
# gazetteer entries chosen on its misses (and gold/dev2/dev3; never the
# held-out misses) and the model retrained on gold + dev2 + dev3 + dev4:
# person 0.909/0.788, agency+organization 0.889/0.714 (organization alone
# 0.827/0.534, agency 0.893/0.817); floors raised to ~0.01 below.
# With the head-word rules (national teams, lower-case "trường", press names,
# quoted club names, federations/funds opening in lower case, state vs other
# "Trung tâm", "Chính phủ" + country; chosen on dev4/gold/dev2/dev3 misses only)
# and the model retrained (organization/agency threshold 0.5 by CV):
# agency+organization 0.883/0.725 (organization 0.797/0.543, agency
# 0.901/0.829), person unchanged; the recall floor raised. After the title + lone
# given name, parenthesized-name, listed-foreign-name, unseen-foreign-name, country +
# weak-surname and title + place + name rules (model retrained, person threshold 0.6):
# person 0.925/0.818, agency+organization unchanged; the person floors raised.
# Mined organization lexicon (benchmarks/mine_names.py, held-out articles, their
# stories and titles left out of the mining): organization 0.797/0.543 →
# 0.800/0.552, agency+organization 0.883/0.725 → 0.883/0.729; the recall floor
# raised.
HELDOUT_FLOORS = {"province": (0.96, 0.98), "legal": (0.96, 0.94), "date": (0.97, 0.97),
                  "amount": (0.98, 0.96), "percent": (0.98, 0.98), "person": (0.915, 0.805),
                  "agency+organization": (0.873, 0.719), "organization": (0.79, 0.542)}


@pytest.mark.gate
def test_heldout_quality_gate():
    q = _quality_module()
    items = q.load_heldout(data_dir=SHARED)
    if not items:
        pytest.skip(f"{SHARED} is absent: the held-out articles cannot be read")
    res = q.score(items)
    for kind, (p, r) in HELDOUT_FLOORS.items():
        assert res[kind]["p"] >= p and res[kind]["r"] >= r, (kind, res[kind])


def test_heldout_offsets_match_their_surface_strings():
    q = _quality_module()
    for _ds, _id, _text, spans, window in q.load_heldout(data_dir=SHARED):
        assert all(e <= window for _s, e, *_ in spans)
    rows = [json.loads(line) for line in
            (ROOT / "tests" / "data" / "entities_heldout.jsonl").read_text(
                encoding="utf-8").splitlines() if line]
    assert len(rows) >= 40 and all(len(s) == 5 for r in rows for s in r["spans"])
    for _ds, _id, text, _spans, _w in q.load_heldout(data_dir=SHARED):
        row = next(r for r in rows if r["id"] == _id)
        assert all(text[s:e] == surface for s, e, _k, _key, surface in row["spans"])


# Fixes made on the dev2 set (tests/data/entities_dev2.jsonl): written sentences.
DEV2_FOUND = [
    # foreign names without a title: a common given name opens them
    ("Vấn đề này Justin Bieber cũng đang gặp phải.", "person", "Justin Bieber"),
    ("Matt Carney, ở Bedford, lần đầu gặp triệu chứng lạ.", "person", "Matt Carney"),
    ("Tom Marzec-Manser, chuyên gia phân tích, cho biết.", "person", "Tom Marzec-Manser"),
    ("Phát ngôn viên cảnh sát Israel Micky Rosenfeld cho hay.", "person", "Micky Rosenfeld"),
    # particles and spaced hyphens inside foreign names
    ("Tổng thống Syria Bashar al - Assad trả lời phỏng vấn.", "person", "Bashar al - Assad"),
    ("Tài xế là Fadi Ahmad Al - Qanbar, 28 tuổi.", "person", "Fadi Ahmad Al - Qanbar"),
    # one word after "Sir", "Mr.", "võ sư", a profession when the word is foreign
    ("Sau đó Sir Charlton nói rằng ông rất vui.", "person", "Charlton"),
    ("Khán giả sẽ cùng Mr. Đàm thưởng thức bữa tối.", "person", "Đàm"),
    ("Trận đấu giữa võ sư Flores và võ sĩ Lưu Cường.", "person", "Flores"),
    # later mentions: a foreign first name, a Vietnamese given name after a cue
    ("Taylor Swift nhận tin nhắn đe dọa. Kẻ này gửi tin nhắn đến Taylor với nội dung xấu.",
     "person", "Taylor"),
    ("Nghi can là Nguyễn Văn Thắng, SN 1993. Sau khi gây án, đối tượng Thắng đã bỏ trốn.",
     "person", "Thắng"),
    # a body's name stops before the person after it
    ("Thường trực Ban Bí thư Võ Văn Thưởng phát biểu tại hội nghị.", "person", "Võ Văn Thưởng"),
    ("Thường trực Ban Bí thư Võ Văn Thưởng phát biểu tại hội nghị.", "agency", "Ban Bí thư"),
    # media after a classifier (not kept when it is capitalized as a sentence opens)
    ("Hãng tin Pravda cho biết sự việc xảy ra chiều qua.", "organization", "Pravda"),
    ("Tạp chí BizLIVE đưa tin ngân hàng sẽ tăng vốn.", "organization", "BizLIVE"),
    ("Ông trả lời trên kênh truyền hình NTV vào ngày 24/6.", "organization", "NTV"),
    ("Theo TASS, việc tái thiết sẽ do chính đất nước này thực hiện.", "organization", "TASS"),
    # parties, lower-case heads that stay in the span
    ("Theo thông báo của đảng Bảo thủ, ông Sunak về nhất.", "organization", "đảng Bảo thủ"),
    ("Lãnh đạo Vietjet Air và tập đoàn Airbus đã ký hợp đồng.", "organization", "tập đoàn Airbus"),
    ("Lãnh đạo Vietjet Air và tập đoàn Airbus đã ký hợp đồng.", "organization", "Vietjet Air"),
    ("Theo ngân hàng TMCP Á Châu, vốn điều lệ sẽ tăng.", "organization", "ngân hàng TMCP Á Châu"),
    ("Ông từng công tác nhiều năm tại liên đoàn Xiếc Việt Nam.", "organization",
     "liên đoàn Xiếc Việt Nam"),
    # a company's name alone after it was given with its head
    ("Tập đoàn Lộc Trời đầu tư chuỗi giá trị. Nhờ đó, gạo của Lộc Trời vào được EU.",
     "organization", "Lộc Trời"),
    ("Tòa xử Công ty I-connect thắng kiện. Tòa không chấp nhận yêu cầu I-connect phải trả lãi.",
     "organization", "I-connect"),
    # either case of a gazetteer spelling ("HoSE" / "HOSE")
    ("Ngân hàng ACB (HOSE - mã ACB) vừa tăng vốn.", "organization", "HOSE"),
    ("Bệnh viện Quân y 175 tổ chức hội nghị khoa học.", "organization", "Bệnh viện Quân y 175"),
    ("Ban chấp hành Trung ương Đảng Khóa XIII họp.", "agency", "Ban chấp hành Trung ương Đảng"),
    ("Sở Giáo dục TP HCM cho biết đã nhận công văn.", "agency", "Sở Giáo dục TP HCM"),
    ("Quốc vụ khanh Bộ Tài chính CHLB Đức tiếp đoàn.", "agency", "Bộ Tài chính CHLB Đức"),
]


DEV2_NOT_FOUND = [
    ("Ảnh chụp bởi kính viễn vọng James Webb trị giá 10 tỷ USD.", "person", "James Webb"),
    ("Ông sống ở bản Phương Tiến, xã Tiền Phong, huyện Quế Phong.", "organization", "Tiền Phong"),
    ("Nhiều nghệ sĩ, diễn viên Hương vị tình thân tái ngộ.", "person", "Hương"),
    ("Đàm Vĩnh Hưng là nghệ sĩ Việt đầu tiên làm việc này.", "person", "Việt"),
    ("Nguyễn Hoài Nam kể về chuyến đi. Ở miền Nam trời mưa.", "person", "Nam"),
    ("Nghị quyết của Ban Chấp hành Trung ương Đảng Khóa XIII.", "organization", "Đảng Khóa XIII"),
    ("Hội đồng xét tặng danh hiệu Nghệ sĩ Nhân dân (NSND) họp.", "organization", "NSND"),
    ("Học viện Chính trị quốc gia Hồ Chí Minh tổ chức lễ.", "person", "Hồ Chí Minh"),
]


def test_dev2_offsets_match_their_surface_strings():
    q = _quality_module()
    path = ROOT / "tests" / "data" / "entities_dev2.jsonl"
    rows = {json.loads(x)["id"]: json.loads(x) for x in
            path.read_text(encoding="utf-8").splitlines() if x}
    assert len(rows) >= 40
    for _ds, _id, text, _spans, window in q.load_heldout(path, data_dir=SHARED):
        assert all(text[s:e] == surface and e <= window
                   for s, e, _k, _key, surface in rows[_id]["spans"])


@pytest.mark.parametrize("name,n", [("dev3", 47), ("dev4", 48)])
def test_dev_sets_offsets_and_kinds(name, n):
    """dev3/dev4 rows: only person/agency/organization, offsets on their surfaces."""
    q = _quality_module()
    path = ROOT / "tests" / "data" / f"entities_{name}.jsonl"
    rows = {json.loads(x)["id"]: json.loads(x) for x in
            path.read_text(encoding="utf-8").splitlines() if x}
    assert len(rows) == n
    assert all(set(r["kinds"]) == {"agency", "organization", "person"} and
               {s[2] for s in r["spans"]} <= set(r["kinds"]) for r in rows.values())
    for _ds, _id, text, _spans, window, _k in q.load_heldout(path, data_dir=SHARED):
        assert all(text[s:e] == surface and e <= window
                   for s, e, _kind, _key, surface in rows[_id]["spans"])


# Rules added on dev4 misses (gold/dev2/dev3/dev4 only, never the held-out set).
DEV4_CASES = [
    # "X và Y" after a company head: two companies
    ("Lãnh đạo Công ty Kim Phát và Việt Hưng Phát đã đến thăm.",
     [("organization", "Công ty Kim Phát"), ("organization", "Việt Hưng Phát")],
     [("organization", "Công ty Kim Phát và Việt Hưng Phát")]),
    # ... but a business line after "và" stays in the name
    ("Ông A là giám đốc Công ty Xây dựng và Thương mại Hòa Bình.",
     [("organization", "Công ty Xây dựng và Thương mại Hòa Bình")], []),
    # a generic office before a body: the body only
    ("Bà Như, Phó Chánh Văn phòng Sở Y tế TP.HCM cảnh báo.",
     [("agency", "Sở Y tế TP.HCM")], [("agency", "Văn phòng Sở Y tế TP.HCM")]),
    # a hospital opens a new body after a centre's name
    ("Trung tâm Cấp cứu A9 Bệnh viện Bạch Mai tiếp nhận bệnh nhân.",
     [("organization", "Bệnh viện Bạch Mai")], []),
    # "bệnh viện" before a full name: the director, not a hospital
    ("Xem xét trách nhiệm nguyên giám đốc bệnh viện Trương Quý Dương để làm rõ.",
     [], [("organization", "bệnh viện Trương Quý Dương")]),
    # "Anh" ending a company's name
    ("Hợp đồng được bán cho Công ty Trâm Anh là trái pháp luật.",
     [("organization", "Công ty Trâm Anh")], []),
    # a capitalized "Công ty" before lower-case words of its name
    ("Đoàn yêu cầu Công ty kim loại màu Nghệ Tĩnh cung cấp hồ sơ.",
     [("organization", "Công ty kim loại màu Nghệ Tĩnh")], []),
    # a full name after an acronym or a country in one capitalized run
    ("Phát biểu tại tọa đàm, ĐBQH Vũ Tiến Lộc cho rằng.", [("person", "Vũ Tiến Lộc")], []),
    ("Phó chủ tịch UBND TP. HCM Trần Vĩnh Tuyến vừa giao Sở Tài nguyên và Môi trường.",
     [("person", "Trần Vĩnh Tuyến")], []),
    # a one-word province as a given name after a surname and a middle name
    ("Luật sư Nguyễn Danh Huế - đại diện cho bệnh viện - nhắc lại.",
     [("person", "Nguyễn Danh Huế")], [("province", "Huế")]),
    # places shaped like names are not people
    ("Đầu tư vào Trung Quốc và Hong Kong tăng; chủ quyền với Hoàng Sa là rõ ràng.", [],
     [("person", "Hong Kong"), ("person", "Hoàng Sa")]),
    # foreign central banks and agencies are agencies
    ("Cục Dự trữ liên bang Mỹ (FED) nâng lãi suất. FED cũng dự kiến tăng tiếp.",
     [("agency", "Cục Dự trữ liên bang Mỹ"), ("agency", "FED")], [("organization", "FED")]),
]


# --- the trained candidate classifier (entity_model) --------------------------

@pytest.fixture
def rules_only():
    """Run a test body with the run model and the CRF off (the body may put
    the model back), then restore both."""
    from bantin.pipeline import entity_crf as ec
    from bantin.pipeline import entity_model as em
    m, t = em.model(), ec._tagger()
    em.set_model(None)
    ec.set_tagger(None)
    yield m
    em.set_model(m)
    ec.set_tagger(t)


def test_model_ships_inside_the_package_and_is_small():
    from importlib import resources

    from bantin.pipeline import entity_model as em
    f = resources.files("bantin").joinpath(em.MODEL_FILE)
    assert f.is_file() and len(f.read_bytes()) < 2_000_000
    m = em.Model.load()
    assert set(m.thresholds) == {"person", "organization", "agency"}
    assert m.weights and m.capratio["theo"] <= 1 and m.capratio["nguyễn"] >= 8


def test_model_finds_a_bare_later_mention_of_a_name(rules_only):
    from bantin.pipeline import entity_model as em
    text = "Hôm qua, Nguyễn Tiến Hương đến nhà ông Phú. Sau một hồi, Hương và Phú ngà ngà say."
    s = text.index("Hương và")
    assert not [e for e in extract_entities(text) if e.start == s]  # the rules miss it
    em.set_model(rules_only)
    got = [e for e in extract_entities(text) if e.start == s]
    # found, and known as the person named in full before
    assert [(e.kind, e.end - e.start, e.key) for e in got] == [("person", 5, "nguyen-tien-huong")]


def test_model_finds_an_untitled_media_name(rules_only):
    from bantin.pipeline import entity_model as em
    text = "Tuy nhiên, CoinGecko nhận định bitcoin sẽ tăng."
    assert not [e for e in extract_entities(text) if e.kind == "organization"]
    em.set_model(rules_only)
    got = [(text[e.start:e.end], e.kind) for e in extract_entities(text)]
    assert ("CoinGecko", "organization") in got


# --- the CRF over the rules (entity_crf) ---------------------------------------

class _WordTagger:
    """Labels tokens by their word alone, so that `refine`'s merging is
    tested apart from what the shipped model learned."""

    def __init__(self, labels: dict[str, str]):
        self.labels = labels

    def tag(self, feats):
        return [self.labels.get(f[0].removeprefix("w="), "O") for f in feats]


def test_crf_keeps_the_rules_entity_it_agrees_with(rules_only):
    from bantin.pipeline import entity_crf as ec
    from bantin.pipeline.entities import rule_entities
    text = "Hôm qua, Thủ tướng Phạm Minh Chính gặp đại diện tổ chức LiNK tại Hà Nội."
    rules = rule_entities(text)
    pm = next(e for e in rules if e.kind == "person")
    assert pm.role == "Thủ tướng" and not any(text[e.start:e.end] == "LiNK" for e in rules)
    got = ec.refine(text, rules, _WordTagger({"phạm": "B-person", "minh": "I-person",
                                               "chính": "I-person", "link": "B-organization"}))
    assert pm in got  # the same entity: key and role kept
    link = [e for e in got if text[e.start:e.end] == "LiNK"]
    assert [(e.kind, e.key) for e in link] == [("organization", "link")]
    # the province inside a tagged stretch is not the CRF's to drop
    assert any(e.kind == "province" and text[e.start:e.end] == "Hà Nội" for e in got)


def test_crf_rebounds_a_person_and_keeps_the_role(rules_only):
    from bantin.pipeline import entity_crf as ec
    from bantin.pipeline.entities import rule_entities
    text = "Hôm qua, Thủ tướng Phạm Minh Chính gặp đại diện tổ chức LiNK tại Hà Nội."
    got = ec.refine(text, rule_entities(text), _WordTagger({"minh": "B-person",
                                                             "chính": "I-person"}))
    people = [(text[e.start:e.end], e.role) for e in got if e.kind == "person"]
    assert people == [("Minh Chính", "Thủ tướng")]


def test_crf_drops_what_it_does_not_label_inside_its_stretches(rules_only):
    from bantin.pipeline import entity_crf as ec
    from bantin.pipeline.entities import rule_entities
    text = "Hôm qua, Thủ tướng Phạm Minh Chính gặp đại diện tổ chức LiNK tại Hà Nội."
    rules = rule_entities(text)
    got = ec.refine(text, rules, _WordTagger({}))
    assert not [e for e in got if e.kind == "person"]
    # with the CRF off (`set_tagger(None)`, as here) the rules stand unchanged
    assert ec.refine(text, rules) is rules


@pytest.mark.parametrize("text, place", [
    ("Các đại biểu thảo luận về dự thảo nghị quyết trên cơ sở đề xuất của TP. HCM và "
     "TP đã làm việc với các bộ, ngành.", "HCM"),
    ("Ông Quốc Khánh, Chỉ huy trưởng bộ Chỉ huy bộ đội Biên phòng TP. Đà Nẵng cho biết "
     "thêm, vợ chồng Nam bị bắt.", "Đà Nẵng"),
])
def test_crf_puts_no_body_on_a_city_after_its_abbreviation(text, place):
    """The dot of "TP." ends a stretch, so the CRF read the city alone as a
    body; its own names there are vetoed."""
    got = [(text[e.start:e.end], e.kind) for e in extract_entities(text)]
    assert (place, "agency") not in got and (place, "organization") not in got, got


def test_crf_ships_trained_on_the_development_sets_only():
    import gzip
    from importlib import resources

    from bantin.pipeline import entity_crf as ec
    q = _quality_module()
    raw = resources.files("bantin").joinpath(ec.MODEL_FILE).read_bytes()
    assert len(raw) < 1_000_000
    trained = json.loads(gzip.decompress(raw))["trained_on"]
    blind = {p.name for p in q.HELDOUTS.values()}
    assert trained and not blind & set(trained)
    # the shipped model is the one trained on today's files (re-train after editing them)
    expected = {p.name for p in [q.GOLD, *q.DEV_SETS.values(), q.HELDOUT]}
    assert set(trained) == expected
    for name, digest in trained.items():
        path = ROOT / "tests" / "data" / name
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, name
    assert isinstance(ec._tagger(), ec.Tagger)


def _best_path_by_brute_force(tagger, em):
    import itertools
    n_lab = len(tagger.labels)
    best = max(itertools.product(range(n_lab), repeat=len(em)),
               key=lambda p: sum(em[i][k] for i, k in enumerate(p)) +
               sum(tagger.transitions[a][b] for a, b in zip(p, p[1:])))
    return [tagger.labels[k] for k in best]


def test_crf_viterbi_finds_the_best_path_of_every_stretch_at_once():
    import numpy as np

    from bantin.pipeline import entity_crf as ec
    tagger = ec._tagger()
    rng = np.random.default_rng(7)
    lens = [1, 3, 2, 4, 3]
    em = rng.normal(0, 3, (sum(lens), len(tagger.labels)))
    got = tagger.viterbi(em, lens)
    at = np.cumsum([0] + lens)
    assert [len(p) for p in got] == lens
    for k, path in enumerate(got):
        assert path == _best_path_by_brute_force(tagger, em[at[k]:at[k + 1]])


def test_crf_weights_summed_per_word_equal_the_feature_strings():
    """`Tagger.emissions` (cached vectors and tables) gives the labels that the
    feature strings of `features`, looked up one by one, give."""
    from bantin.pipeline import entity_crf as ec
    text = ("Chiều 5/3, ông Nguyễn Văn Nam, Giám đốc Công ty CP Sữa Việt Nam (Vinamilk), "
            "cho biết tổ chức LiNK và Bộ Khoa học và Công nghệ đã ký kết tại TP. Hồ Chí Minh. "
            "Theo Reuters, Apple và Samsung cũng tham gia.")
    tagger = ec._tagger()
    ents = rule_entities(text)
    toks = ec.tokens(text)
    stretches = ec.segments(text, toks)
    fast = tagger.viterbi(tagger.emissions(text, toks, stretches, ents),
                          [b - a for a, b in stretches])
    slow = [tagger.tag(ec.features(text, toks, a, b, ents)) for a, b in stretches]
    assert len(stretches) >= 3 and fast == slow
    assert any(lab != "O" for path in fast for lab in path)


@pytest.mark.parametrize("text,expected", [
    # initials without a cue before a birth year, then the last initial alone
    ("Nguyễn Hoài Thâm (SN 2001) và T. H. N. (SN 2001) cùng ngụ xã. Sau đó N. bỏ về.",
     [("person", "Nguyễn Hoài Thâm"), ("person", "T. H. N"), ("person", "N")]),
    ("Đức chở bạn gái là T.T. S.\n(SN 2002) về nhà. Trên đường đi, anh đưa S. vào quán.",
     [("person", "T.T. S"), ("person", "S")]),
    ("Kết quả giám định tử thi cháu V.A ngày 20/01/2022 được công bố.", [("person", "V.A")]),
    # a given name alone opening a clause, after the full name
    ("Trần Văn Đức đi xe máy. Khoảng 23h cùng ngày, Đức chở bạn về nhà.",
     [("person", "Trần Văn Đức"), ("person", "Đức")]),
    ("Nguyễn Hoài Thâm đến. Sau đó Thâm cũng về nhà.",
     [("person", "Nguyễn Hoài Thâm"), ("person", "Thâm")]),
    # Ê Đê names run to five syllables
    ("Theo đó, ông Y Thanh Hà Niê Kđăm, uỷ viên dự khuyết.", [("person", "Y Thanh Hà Niê Kđăm")]),
    # "Đoàn" as a surname before a common middle name
    ("Hai người là Nguyễn Đình Cường (44 tuổi) và Đoàn Trọng Quân (37 tuổi).",
     [("person", "Nguyễn Đình Cường"), ("person", "Đoàn Trọng Quân")]),
    # hospitals with their place and level word, minority place names, media
    ("Anh được chuyển đến Bệnh viện Đa khoa thị xã La Gi cấp cứu.",
     [("organization", "Bệnh viện Đa khoa thị xã La Gi")]),
    ("Ông là bí thư Huyện uỷ Cư M ’ Gar.", [("agency", "Huyện uỷ Cư M ’ Gar")]),
    ("Theo Bangkok Post, xác nhận với Tuổi Trẻ Online, Zing.vn đưa tin.",
     [("organization", "Bangkok Post"), ("organization", "Tuổi Trẻ Online"),
      ("organization", "Zing.vn")]),
    ("Tại showroom của Tập đoàn cà phê Trung Nguyên số 45 đường Lý Tự Trọng.",
     [("organization", "Tập đoàn cà phê Trung Nguyên")]),
    ("Ông là Phó Giám đốc công ty TNHH Vận tải, Thương mại, Dịch vụ Minh Phúc ở quận 3.",
     [("organization", "công ty TNHH Vận tải, Thương mại, Dịch vụ Minh Phúc")]),
])
def test_person_and_org_rules_dev3(rules_only, text, expected):
    got = [(e.kind, text[e.start:e.end]) for e in extract_entities(text)
           if e.kind in ("person", "organization", "agency")]
    assert got == expected


@pytest.mark.parametrize("text", [
    "Các nước Mỹ, Đức và Pháp ủng hộ. Ông Lê Văn Đức nói.",  # a country, not the person
    "Đoàn Thanh Niên tổ chức hội thao.",  # the youth union, not a person
])
def test_person_rules_dev3_negatives(rules_only, text):
    got = [text[e.start:e.end] for e in extract_entities(text) if e.kind == "person"]
    assert "Đức" not in got and not any(g.startswith("Đoàn") for g in got)


@pytest.mark.parametrize("text", [
    "Theo đó, các hộ dân phải di dời. Trong khi đó, Tổng cục đã có ý kiến.",
    "Trung tâm thương mại mở cửa. Sau đó, Biển Đông có mưa. Tết này vui.",
    "Mỹ, Nga và Trung Quốc đã họp. Nhà máy ngừng chạy.",
])
def test_model_leaves_capitalized_common_words_alone(text):
    assert not [e for e in extract_entities(text)
                if e.kind in ("person", "organization", "agency")]


# dev3 boundary rules (conventions of dev2/dev3/held-out: a lower-case head that
# belongs to the name stays in the span)
DEV3_FOUND = [
    ("Anh đã nhận tiền của công ty Khải Tuấn rồi.", "organization", "công ty Khải Tuấn"),
    ("Giám đốc công ty TNHH Vàng Kim Mai, Q. 1 cho biết.", "organization",
     "công ty TNHH Vàng Kim Mai"),
    ("Theo cáo trạng, công ty TNHH tư vấn thiết kế xây dựng KTT vay vốn.", "organization",
     "công ty TNHH tư vấn thiết kế xây dựng KTT"),
    ("Anh nộp tiền tại ngân hàng Eximbank rồi về.", "organization", "ngân hàng Eximbank"),
    ("Báo cáo gửi cục Quản lý thị trường (bộ Công Thương) ngay.", "agency",
     "cục Quản lý thị trường"),
    ("Báo cáo gửi cục Quản lý thị trường (bộ Công Thương) ngay.", "agency", "bộ Công Thương"),
    ("Chiều 2/7, sở Du lịch tỉnh Quảng Bình đã tổ chức họp báo.", "agency",
     "sở Du lịch tỉnh Quảng Bình"),
    ("Ông từng là chi cục trưởng chi cục Quản lý thị trường TP. HCM và cục Quản lý thị trường.",
     "agency", "chi cục Quản lý thị trường TP. HCM"),
    ("Theo Bộ tư lệnh Vùng Cảnh sát biển 3, tàu đã bị bắt.", "agency",
     "Bộ tư lệnh Vùng Cảnh sát biển 3"),
    ("Cục phối hợp với Bộ tư lệnh Cảnh sát biển Việt Nam bắt tàu.", "agency",
     "Bộ tư lệnh Cảnh sát biển Việt Nam"),
    ("Theo Bộ Quốc phòng Litva, cuộc tập trận sẽ diễn ra.", "agency", "Bộ Quốc phòng Litva"),
    ("Ông là bí thư Thành uỷ Buôn Ma Thuột, tỉnh Đắk Lắk.", "agency", "Thành uỷ Buôn Ma Thuột"),
    ("Tại Hà Nội, Đảng uỷ Khối doanh nghiệp trung ương công bố quyết định.", "agency",
     "Đảng uỷ Khối doanh nghiệp trung ương"),
    ("Ba bị cáo nguyên là cán bộ Agribank Bình Chánh là Nguyễn Văn Lợi.", "organization",
     "Agribank Bình Chánh"),
    ("Lực lượng Cảnh sát PCCC quận Gò Vấp đã có mặt.", "agency", "Cảnh sát PCCC quận Gò Vấp"),
    ("Theo Hạt kiểm lâm huyện Tân Kỳ, trăn bị cấm săn bắt.", "agency",
     "Hạt kiểm lâm huyện Tân Kỳ"),
    ("Người dân đã gọi điện đến Cơ quan Phòng vệ Dân sự để hỏi.", "agency",
     "Cơ quan Phòng vệ Dân sự"),
    ("Ngày 24/8, Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình cho biết.", "agency",
     "Công an tỉnh Hòa Bình"),
]


DEV3_NOT_FOUND = [
    ("Ông thôi tham gia Ban Chấp hành, Ban Thường vụ từ năm ngoái.", "agency", "Ban Chấp hành"),
    ("Ông thôi tham gia Ban Chấp hành, Ban Thường vụ từ năm ngoái.", "agency", "Ban Thường vụ"),
    ("Anh là cán bộ Công an huyện từ lâu.", "agency", "bộ Công an"),
    ("Toàn bộ Công Thương đều biết.", "agency", "bộ Công Thương"),
    ("Ngày 24/8, Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình cho biết.", "agency",
     "Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình"),
    ("Cán bộ thị trường ra quân hôm nay.", "agency", "bộ thị trường"),
]


# --- head-word rules after dev4 (teams, schools, press, clubs, centres) ---------

HEAD_WORD_CASES = [
    # a national team: the head and the country
    ("Đội tuyển Argentina thắng, còn đội tuyển Brazil thua. Sức mạnh của tuyển Argentina.",
     [("organization", "Đội tuyển Argentina"), ("organization", "đội tuyển Brazil"),
      ("organization", "tuyển Argentina")], []),
    # a lower-case "trường" before a name is a school, not in "thị trường", "hội trường"
    ("Học sinh lớp 1 trường Gateway tử vong.", [("organization", "trường Gateway")], []),
    ("Xuất khẩu vào thị trường Anh tăng; họp tại hội trường Thống Nhất.", [],
     [("organization", "trường Anh"), ("organization", "trường Thống Nhất")]),
    # newspapers: the name only, going on in lower case ("Tin tức")
    ("Vào sáng cùng ngày, báo Tin tức đã đưa tin. Trao đổi với PV Báo Giao thông, chị Lan nói.",
     [("organization", "Tin tức"), ("organization", "Giao thông")],
     [("organization", "Báo Giao thông")]),
    ("Tờ Guardian đưa tin, báo Người đưa tin đã viết.",
     [("organization", "Guardian"), ("organization", "Người đưa tin")],
     [("organization", "Guardian đưa tin")]),
    # a club's name in quotes; a federation's name opening in lower case
    ('Chương trình do CLB "Vì Hoàng Sa – Trường Sa thân yêu" thực hiện.',
     [("organization", 'CLB "Vì Hoàng Sa – Trường Sa thân yêu"')], []),
    ("HLV Đinh Thế Nam cùng Liên đoàn bóng đá Việt Nam (VFF) đang nỗ lực.",
     [("organization", "Liên đoàn bóng đá Việt Nam")], []),
    # a company's name with lower-case name words; a country between head and name
    ("Tổ chức phát hành là Công ty CP Đầu tư kinh doanh bất động sản Hà An với giá trị lớn.",
     [("organization", "Công ty CP Đầu tư kinh doanh bất động sản Hà An")], []),
    ("Công ty Đài Loan TSMC, nhà sản xuất chip lớn nhất.", [("organization", "TSMC")],
     [("organization", "Công ty Đài Loan TSMC")]),
    # a government with its country; "TN - MT" spaced
    ("Chính phủ Hàn Quốc đã nhiều lần nhấn mạnh lập trường này.",
     [("agency", "Chính phủ Hàn Quốc")], [("agency", "Chính phủ")]),
    ("Sở đã xin ý kiến Bộ TN - MT hướng dẫn.", [("agency", "Bộ TN - MT")], []),
    # a school academy is an organization; a hospital centre is one too, a
    # department of a named hospital is not a body of its own
    ("Bãi gửi xe Học viện Báo chí và Tuyên truyền ở Hà Nội.",
     [("organization", "Học viện Báo chí và Tuyên truyền")],
     [("agency", "Học viện Báo chí và Tuyên truyền")]),
    ("Theo số liệu từ Trung tâm Điều độ Hệ thống điện Quốc gia, phụ tải tăng.",
     [("organization", "Trung tâm Điều độ Hệ thống điện Quốc gia")], []),
    ("Ngày 29-6, Trung tâm Quản lý giao thông công cộng cho biết.",
     [("agency", "Trung tâm Quản lý giao thông công cộng")], []),
    ("Ngày 11/7, Trung tâm Bệnh nhiệt đới Bệnh viện Bạch Mai tiếp nhận ca bệnh.",
     [("organization", "Bệnh viện Bạch Mai")],
     [("agency", "Trung tâm Bệnh"), ("organization", "Trung tâm Bệnh nhiệt đới")]),
]


PERSON_CASES = [
    # a title and one given name ("luật sư Hùng", "PV Tuấn"), a sports cue and a
    # foreign word, a given name that opens bodies after a cue ("HLV Quốc Tuấn")
    ("Luật sư Hùng cho biết, PV Tuấn hỏi lại.", [("person", "Hùng"), ("person", "Tuấn")], []),
    ("Đội bóng mất ngoại binh Osmar vì chấn thương khiến HLV Quốc Tuấn đau đầu.",
     [("person", "Osmar"), ("person", "Quốc Tuấn")], []),
    ("Trưởng phòng Kinh doanh nói, Giám đốc Tài chính nói.", [],
     [("person", "Kinh"), ("person", "Tài")]),
    # a title, a place, then the name; a country, then a weak surname
    ("Hôm 21/8, Thống đốc bang Indiana Eric Holcomb đã đến Đài Bắc.",
     [("person", "Eric Holcomb")], [("person", "Indiana Eric Holcomb")]),
    ("Ông gặp nhà lãnh đạo Đài Loan Thái Anh Văn, người đứng đầu.",
     [("person", "Thái Anh Văn")], []),
    # an actor's name in parentheses after the role's
    ("Đại tá Giang (NSND Trung Anh) đẩy nhanh tốc độ.",
     [("person", "Giang"), ("person", "Trung Anh")], []),
    ("Ông Nguyễn Văn Hùng (Hà Nội) nói.", [("person", "Nguyễn Văn Hùng")],
     [("person", "Hà Nội")]),
    # foreign names no news article capitalizes as common words; not a quoted title
    ("Bởi thế ngoài việc để Moses Oloya đá trụ, chúng tôi cũng có phương án khác.",
     [("person", "Moses Oloya")], []),
    ("Hãng tung bộ ảnh “Sisterhood Original” kỷ niệm hành trình.", [],
     [("person", "Sisterhood Original")]),
    # single foreign words listed next to a person
    ("Chân sút như Lionel Messi, Higuain, Aguero đều vắng mặt.",
     [("person", "Higuain"), ("person", "Aguero")], []),
]


# --- the organization lexicon mined from unlabelled news (mine_names.py) ------

def _mine_module():
    spec = importlib.util.spec_from_file_location("mine_names", ROOT / "benchmarks" / "mine_names.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _tiny_corpus(tmp_path):
    data = tmp_path / "data"
    arts = {
        "vietnews-bench": [
            {"id": "b1", "title": "Tin một", "text": "Công ty Zentrix vừa báo lãi. Zentrix tăng vốn."},
            {"id": "b2", "title": "Tin hai", "text": "Theo hãng Zentrix, giá điện tăng."},
            {"id": "b3", "title": "Tin ba", "text": "Ông Bửu Lâm nói công ty Qorvane sẽ đến."},
            # the held-out article again under the same id, and under another id
            {"id": "h1", "title": "Tin mật", "text": "Tập đoàn Heldovia mua lại hãng Heldovia."},
            {"id": "b9", "title": "Tin mật", "text": "Tập đoàn Heldovia mua lại hãng Heldovia."},
        ],
        "vims-dev": [
            {"id": "v1", "story": "s1", "title": "Tin bốn", "text": "Tờ Storiva cho biết."},
            {"id": "v2", "story": "s1", "title": "Tin năm", "text": "Theo báo Storiva, tờ Storiva."},
            {"id": "v3", "story": "s2", "title": "Tin sáu", "text": "Báo Qorvane đưa tin; công ty Zentrix."},
        ],
    }
    for ds, rows in arts.items():
        (data / ds).mkdir(parents=True)
        name = "articles.jsonl.gz" if ds == "vietnews-bench" else "articles.jsonl"
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        if name.endswith(".gz"):
            import gzip
            (data / ds / name).write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))
        else:
            (data / ds / name).write_text(body, encoding="utf-8")
    held = tmp_path / "entities_heldout.jsonl"
    held.write_text(json.dumps({"dataset": "vietnews-bench", "id": "h1", "spans": []}) + "\n"
                    + json.dumps({"dataset": "vims-dev", "id": "v1", "spans": []}) + "\n",
                    encoding="utf-8")
    return data, held


def test_mining_counts_cues_and_leaves_out_annotated_articles(tmp_path):
    mn = _mine_module()
    data, held = _tiny_corpus(tmp_path)
    rows, n = mn.mine(data, [held], min_org=1)
    got = {r[0]: r[1:] for r in rows}
    # h1 (annotated), b9 (same title), v1 (annotated), v2 (same story) are left out
    assert n == 4
    assert "Heldovia" not in got and "Storiva" not in got
    assert got["Zentrix"][0] == 3  # after "Công ty", "hãng", "công ty": 3 articles
    assert got["Qorvane"][0] == 2 and got["Zentrix"][3] == 3  # as a whole run: 3
    out1, out2 = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    mn.write(rows, out1)
    mn.write(mn.mine(data, [held], min_org=1)[0], out2)
    assert out1.read_bytes() == out2.read_bytes()  # reproducible, byte for byte


def test_name_evidence_counts_name_endings_places_and_companies(tmp_path):
    mn = _mine_module()
    data, held = _tiny_corpus(tmp_path)
    extra = [
        {"id": "n1", "title": "Tin bảy", "text": "Ông Nguyễn Bảo Khuê và chị Trần Bảo Khuê đến."},
        {"id": "n2", "title": "Tin tám", "text": "Hôm qua anh Lê Bảo Khuê ở phường Tân Xuyên, xã Tân Xuyên."},
        {"id": "n3", "title": "Tin chín", "text": "Về xã Tân Xuyên; công ty Minh Zet báo lãi."},
    ]
    p = data / "vims-dev" / "articles.jsonl"
    p.write_text(p.read_text(encoding="utf-8") + "".join(
        json.dumps(r, ensure_ascii=False) + "\n" for r in extra), encoding="utf-8")
    got = mn.mine_given(data, [held], min_count=1)
    assert got["Bảo Khuê"] == (2, 0, 0)  # ends full names in two articles (counted once each)
    assert got["Khuê"][0] == 2
    assert got["Tân Xuyên"] == (0, 2, 0)  # after "phường", "xã": a place
    assert got["Minh Zet"] == (0, 0, 1)
    assert "Storiva" not in got  # annotated articles are left out
    from bantin.pipeline.entity_model import name_code
    assert name_code(2, 0, 0) == "100" and name_code(0, 60, 12) == "043"


def test_model_reads_stage_names_by_how_news_uses_them():
    from bantin.pipeline import entity_model as em
    m = em.model()
    assert m.names["Hoài Phương"][0] >= "2" and m.names["Tân Phú"][1] >= "3"
    text = ("Rời khỏi cuộc hẹn, Bảo Huy và Minh Ngọc đánh lẻ. Minh Ngọc cố gắng đòi hôn "
            "nhưng đã bị Bảo Huy chặn lại. Khi đến phường Tân Phú, quận 7 thì trời mưa.")
    got = {(e.kind, text[e.start:e.end]) for e in extract_entities(text)}
    assert {("person", "Bảo Huy"), ("person", "Minh Ngọc")} <= got
    assert not any(k == "person" and s == "Tân Phú" for k, s in got)


def test_mining_cues():
    mn = _mine_module()
    assert mn._cue_before("trụ sở công ty Abc", len("trụ sở công ty ")) == "org"
    assert mn._cue_before("lâu đài Windsor", len("lâu đài ")) is None
    assert mn._cue_before("nhà báo Jamal", len("nhà báo ")) == "per"
    assert mn._cue_before("ông Jamal", len("ông ")) == "per"
    assert mn._cue_before("tỉnh Abc", len("tỉnh ")) == "loc"
    assert mn._strip_head("Công ty Cổ phần Vinamilk") == "Vinamilk"
    assert mn._strip_head("Đài Loan") is None


def test_lexicon_ships_small_and_excludes_annotated_names():
    from importlib import resources

    from bantin.pipeline import entities as ents
    f = resources.files("bantin").joinpath(ents.LEX_FILE)
    assert f.is_file() and len(f.read_bytes()) < 2_000_000
    lex = ents._org_lexicon()
    assert "Reuters" in lex and "Vingroup" in lex
    # common words, legal forms, places and blocked names stay out
    for w in ("Cổ", "Người", "TNHH", "Việt Nam", "Mỹ", "World Cup", "France"):
        assert w not in lex, w


@pytest.mark.parametrize("text,mention", [
    ("Lợi nhuận sau thuế của Kido đạt 340 tỉ đồng.", "Kido"),
    ("Theo Reuters, cuộc họp kéo dài hai giờ.", "Reuters"),
    ("Một hôm, họ nhận được fax từ American Airlines.", "American Airlines"),
])
def test_lexicon_tags_bare_organization_names(text, mention):
    got = [text[e.start:e.end] for e in extract_entities(text) if e.kind == "organization"]
    assert mention in got


@pytest.mark.gate
def test_shipped_lexicon_is_the_mining_output(tmp_path):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent: cannot re-mine")
    mn = _mine_module()
    rows, _n = mn.mine(SHARED, mn.ANNOTATED)
    out = tmp_path / "lex.tsv.gz"
    mn.write(rows, out)
    assert out.read_bytes() == mn.OUT.read_bytes()


# session 5: rules chosen on the misses of the development sets (written
# sentences, not their texts)
SESSION5_CASES = [
    # a one-syllable country before a Vietnamese given name is part of the name
    ("Trên sân khấu, NSƯT Đức Hùng chia sẻ rằng anh vui.", [("person", "Đức Hùng")],
     [("person", "Hùng")]),
    ("Sau trận đấu, HLV Đức Thịnh đã có những chia sẻ.", [("person", "Đức Thịnh")], []),
    ("Thủ tướng Đức Olaf Scholz đến Hà Nội.", [("person", "Olaf Scholz")], []),
    ("Tổng thống Mỹ Trump nói.", [("person", "Trump")], [("person", "Mỹ Trump")]),
    ("Thủ tướng Campuchia Hun Sen phát biểu.", [("person", "Hun Sen")], []),
    ("Đại sứ Việt Nam tại Mỹ Hà Kim Ngọc dự lễ.", [("person", "Hà Kim Ngọc")], []),
    # a field between the role and the country
    ("Theo người phát ngôn cảnh sát Na Uy Tore Barstad, 14 người bị thương.",
     [("person", "Tore Barstad")], []),
    ("Chuyên gia quân sự Nga Vasily Kashin cho biết.", [("person", "Vasily Kashin")], []),
    ("Ông cho biết, Tướng Valdemaras Rupsys, chỉ huy lực lượng, nói.",
     [("person", "Valdemaras Rupsys")], []),
    # no name ends in "Văn" or "Thị"
    ("Theo ông Phạm Văn Tổng, Phó giám đốc Sở Giao thông.", [("person", "Phạm Văn Tổng")], []),
    ("Bà Nguyễn Thị Tại (một người dân) nói.", [("person", "Nguyễn Thị Tại")], []),
    # a minister's middle name is no country of the ministry
    ("Bộ trưởng Bộ Tài chính Hồ Đức Phớc cho biết.",
     [("agency", "Bộ Tài chính"), ("person", "Hồ Đức Phớc")], []),
    ("Bộ Thương mại Mỹ cho biết.", [("agency", "Bộ Thương mại Mỹ")], []),
    # ministries and departments as news writes them
    ("Theo Bộ tài chính, thuế sẽ tăng.", [("agency", "Bộ tài chính")], []),
    ("Sáng 3/7, sở GD & ĐT TP. HCM tổ chức họp.", [("agency", "sở GD & ĐT TP. HCM")], []),
    ("Năm 2013 Bộ VH - TT & DL đã phối hợp.", [("agency", "Bộ VH - TT & DL")], []),
    ("Lãnh đạo bộ VH, TT & DL phản ứng.", [("agency", "bộ VH, TT & DL")], []),
    ("Gửi Bộ Lao động - thương binh và xã hội văn bản.",
     [("agency", "Bộ Lao động - thương binh và xã hội")], []),
    ("Giám đốc Sở Tài nguyên Môi trường tỉnh Quảng Ninh nói.",
     [("agency", "Sở Tài nguyên Môi trường tỉnh Quảng Ninh")], []),
    ("Tại cuộc họp của Bộ Giao thông ngày 4/11.", [("agency", "Bộ Giao thông")], []),
    ("Lãnh đạo Bộ Kế hoạch & Đầu tư làm việc.", [("agency", "Bộ Kế hoạch & Đầu tư")], []),
    # a lower-case subject needs its capital "Bộ": other "bộ ..." are no ministry
    ("Ông mua một bộ công cụ và bộ tài chính cá nhân.", [], [("agency", "bộ tài chính")]),
    # state bodies in lower case after their capital
    ("Cục đăng kiểm Việt Nam phối hợp với lực lượng.", [("agency", "Cục đăng kiểm Việt Nam")], []),
    # bodies named by their place, in any case after the head
    ("Lực lượng của Bộ Chỉ huy quân sự tỉnh Hà Tĩnh phối hợp.",
     [("agency", "Bộ Chỉ huy quân sự tỉnh Hà Tĩnh")], []),
    ("Ông nói tại Ban chỉ huy quân sự xã Thạnh Phú hôm qua.",
     [("agency", "Ban chỉ huy quân sự xã Thạnh Phú")], []),
    ("Chị Chi, phó bí thư Thành đoàn Đà Nẵng, thông tin.", [("agency", "Thành đoàn Đà Nẵng")], []),
    ("Ngày 31/10, TAND cấp cao tại Hà Nội đưa bị cáo ra xét xử.",
     [("agency", "TAND cấp cao tại Hà Nội")], []),
    ("Phát ra trước cổng Trạm Y tế xã Kỳ Sơn hôm qua.",
     [("organization", "Trạm Y tế xã Kỳ Sơn")], []),
    ("Theo CDC Hà Nội, số ca tăng.", [("organization", "CDC Hà Nội")], []),
    ("Bí thư Huyện uỷ Tuy Đức bị kỷ luật.", [("agency", "Huyện uỷ Tuy Đức")], []),
    # the officer after a body's place is no part of the place
    ("Bí thư Huyện uỷ Ba Vì Hà Xuân Trường nói.", [("agency", "Huyện uỷ Ba Vì")], []),
    # a place does not run over a line break
    ("Báo cáo gửi UBND TP.\nĐoàn công tác đến sau.", [], [("agency", "UBND TP.\nĐoàn")]),
    # a country's cabinet and marines
    ("Chánh văn phòng Nội các Nhật Bản Yoshihide Suga phát biểu.",
     [("agency", "Nội các Nhật Bản"), ("person", "Yoshihide Suga")], []),
    ("Thuỷ quân lục chiến Hàn Quốc trong cuộc tập trận.",
     [("agency", "Thuỷ quân lục chiến Hàn Quốc")], []),
    # names with a hyphen, spaced out as some outlets write them
    ("Chiếc xe dùng khung gầm Mercedes - Benz, thân xe bọc thép.",
     [("organization", "Mercedes - Benz")], []),
    # a company's brand after its full name
    ("Cổ phiếu hãng Suzuki Motor Corp. lao dốc. Lời thú tội của Suzuki gây sốc.",
     [("organization", "Suzuki")], []),
    # a place named after a person is a place wherever the article names it
    ("Cầu vượt nút giao Nguyễn Kiệm - Nguyễn Thái Sơn dài 367 m. Nguyễn Kiệm sẽ thông xe.",
     [], [("person", "Nguyễn Kiệm"), ("person", "Nguyễn Thái Sơn")]),
    ("Cấm xe ở các tuyến đường như Đinh Bộ Lĩnh, Nguyễn Xí và Phan Đăng Lưu.",
     [], [("person", "Nguyễn Xí"), ("person", "Phan Đăng Lưu")]),
    ("Ông Nguyễn Huệ nói. Tại đường Nguyễn Huệ có hoa.", [("person", "Nguyễn Huệ")], []),
    ("Bà xã Phan Anh kể. Phan Anh là MC.", [("person", "Phan Anh")], []),
    # foreign names: a middle initial, a patronymic, a regnal number, a Korean given name
    ("Giám đốc FBI, ông Christopher A. Wray, điều trần.", [("person", "Christopher A. Wray")], []),
    ("Ngoại trưởng Bahrain Khalid bin Ahmed al - Khalifa viết.",
     [("person", "Khalid bin Ahmed al - Khalifa")], []),
    ("Cháu nội của Nữ hoàng Anh Elizabeth II đính hôn.", [("person", "Elizabeth II")], []),
    ("Đó là ông An Chong - bum và Jeong Ho - seong.", [("person", "Jeong Ho - seong")], []),
    # more roles before a name; a body or an unlisted country between them
    ("Lăng vua Dục Đức xuống cấp.", [("person", "Dục Đức")], []),
    ("Thẩm phán Collin Lawrence chủ trì phiên toà.", [("person", "Collin Lawrence")], []),
    ("Khi MC Thuỳ Linh đặt câu hỏi, khán giả cười.", [("person", "Thuỳ Linh")], []),
    ("AFP dẫn lời người phát ngôn Điện Kremlin Dmitry Peskov nói.",
     [("person", "Dmitry Peskov")], []),
    ("Ngoại trưởng Arab Saudi Adel al - Jubeir phát biểu.", [("person", "Adel al - Jubeir")], []),
    # a title that ends inside the body the rules found
    ("Bán được, Chủ tịch UBND xã Đất Mũi Võ Công Trường nói với báo.",
     [("agency", "UBND xã Đất Mũi"), ("person", "Võ Công Trường")], []),
    # a head, lower-case words that say what kind, then the name
    ("Người dân bị Hợp tác xã dịch vụ Minh Anh ép đóng phí.",
     [("organization", "Hợp tác xã dịch vụ Minh Anh")], [("person", "Minh Anh")]),
    ("Đội cơ khí công ty dệt kim Eclat Fabrics được khen.",
     [("organization", "công ty dệt kim Eclat Fabrics")], []),
    ("Ban giám hiệu Trường tiểu học Vĩnh Thành cho biết.",
     [("organization", "Trường tiểu học Vĩnh Thành")], []),
    ("Nguyên giáo viên trường tiểu học số 1 xã Quảng Phú kể lại.",
     [("organization", "trường tiểu học số 1 xã Quảng Phú")], []),
    ("Chiều 9/7, Bảo tàng Lịch sử quốc gia bắt đầu khai quật.",
     [("organization", "Bảo tàng Lịch sử quốc gia")], []),
    # ... but not a description of a company, nor a "case" (trường hợp)
    ("Chỉ số của 225 công ty niêm yết lớn nhất Tokyo tăng.", [],
     [("organization", "công ty niêm yết lớn nhất Tokyo")]),
    ("Trong trường hợp Nguyễn Văn An vắng mặt, phiên toà hoãn.", [("person", "Nguyễn Văn An")],
     [("organization", "trường hợp Nguyễn Văn An")]),
    # a short name in parentheses takes the body's kind, there and later
    ("Uỷ ban Kiểm tra (UBKT) Tỉnh uỷ Đắk Nông vừa họp. UBKT đề nghị kỷ luật.",
     [("agency", "UBKT")], [("organization", "UBKT")]),
    ("Công ty CP Cấp nước Đà Nẵng (Dawaco) cho biết. Dawaco sẽ cấp nước.",
     [("organization", "Dawaco")], []),
    ("Như báo Guardian (Anh) chỉ ra, giá tăng.", [], [("organization", "Anh")]),
    # a title that took the capital of a local body's head
    ("Ông Nam, Trưởng phòng Giáo dục và Đào tạo huyện Bố Trạch, nói.",
     [("agency", "phòng Giáo dục và Đào tạo huyện Bố Trạch")], []),
    ("Thượng tá Dương, Trưởng phòng Tham mưu Công an TP. Cần Thơ thông tin.",
     [("agency", "Công an TP. Cần Thơ")], [("agency", "phòng Tham mưu Công an TP. Cần Thơ")]),
    ("Chủ tịch UBND TP Hải Phòng Nguyễn Văn Tùng chủ trì.", [("agency", "UBND TP Hải Phòng")],
     [("agency", "Phòng Nguyễn Văn Tùng")]),
    # a website by its foreign name; not a byline or a cemetery
    ("Ông trả lời trên trang Quora vào tháng 4.", [("organization", "Quora")], []),
    ("Đi thăm nghĩa trang Bab al - Saghir gần đó.", [], [("organization", "Bab")]),
    ("Kết quả thi sẽ công bố sau.\nTrang Dung (t / h)", [], [("organization", "Dung")]),
    # a company's name with its business lines in lower case, joined by "và"
    ("Chuyển nhượng cho Công ty CP Sản xuất chế biến và phân phối nông nghiệp Thadi (99%).",
     [("organization", "Công ty CP Sản xuất chế biến và phân phối nông nghiệp Thadi")], []),
    ("HĐQT của Công ty CP Nông nghiệp quốc tế Hoàng Anh Gia Lai đã quyết định.",
     [("organization", "Công ty CP Nông nghiệp quốc tế Hoàng Anh Gia Lai")], []),
    ("Vào ngày 5.10, Tập đoàn TTC và GEC cũng ký kết.", [("organization", "Tập đoàn TTC")],
     [("organization", "Tập đoàn TTC và GEC")]),
    ("Tập đoàn Google xây dựng mô hình đào tạo ứng dụng AI cho nông dân.",
     [("organization", "Tập đoàn Google")], []),
    # an organization's acronym or a profession's field between the role and the name
    ("Phát ngôn viên LHQ Stephane Dujarric gọi hiệp ước là lịch sử.",
     [("person", "Stephane Dujarric")], []),
    ("Theo chuyên gia kinh tế Nguyễn Trí Hiếu, lãi suất tăng.", [("person", "Nguyễn Trí Hiếu")], []),
    ("Giáo sư tâm thần học Dilip Jeste cho biết.", [("person", "Dilip Jeste")], []),
    ("Thủ tướng yêu cầu Nguyễn Văn An báo cáo.", [], [("person", "yêu cầu Nguyễn Văn An")]),
    ("Người dẫn chương trình NBC Nightly News thu hút khán giả.", [],
     [("person", "Nightly News")]),
    # a full name joined to a person's by "và"
    ("Cảnh sát xác định Alexander Petrov và Ruslan Boshirov là nghi phạm.",
     [("person", "Alexander Petrov"), ("person", "Ruslan Boshirov")], []),
    ("Dẫn chương trình là MC Danh Tùng và Thuỳ Linh.", [("person", "Thuỳ Linh")], []),
    ("Cô dùng Microsoft Word và Microsoft PowerPoint.", [],
     [("person", "Microsoft PowerPoint")]),
    # a name with its age after a comma
    ("Cảnh sát bắt giữ Yasumasa Shibuya, 46 tuổi, hội trưởng.", [("person", "Yasumasa Shibuya")], []),
    # a journalist is no newspaper; a foreign surname right after a role is a person
    ("Nhà báo Jim Acosta của Đài CNN bị cấm cửa.", [("person", "Jim Acosta")],
     [("organization", "Jim Acosta")]),
    ("Tại phiên toà, thẩm phán Gaynor xét đến hoàn cảnh.", [("person", "Gaynor")], []),
    ("Thị trưởng thành phố Gujo cùng dự.", [], [("person", "Gujo")]),
    ("Chủ tịch Đặng Thị Hoàng Yến (Maya Dangelas) cho biết.", [("person", "Maya Dangelas")], []),
    # "thông báo", "cảnh báo" end in "báo" but are no newspaper
    ("Nhà Trắng thông báo Tổng thống Trump chấp nhận.", [("person", "Trump")],
     [("organization", "Tổng thống Trump")]),
    # children, friends, Xi Jinping, Uncle Ho; a head inside a known body
    ("Bé Nhật Linh mất tích ở Matsudo.", [("person", "Nhật Linh")], []),
    ("Bạn Hà Phương Dung (ĐH Ngoại ngữ) cho biết.", [("person", "Hà Phương Dung")], []),
    ("Các bạn Việt Nam đến dự.", [], [("person", "Việt Nam")]),
    ("Ông Tập cho rằng kinh tế tăng trưởng.", [("person", "Tập")], []),
    ("Dâng hoa lên tượng đài Bác Hồ.", [("person", "Hồ")], [("organization", "Bác Hồ")]),
    ("Hội nghị nghe Trưởng Ban Tổ chức Trung ương Tô Huy Rứa đọc tờ trình.",
     [("agency", "Ban Tổ chức Trung ương"), ("person", "Tô Huy Rứa")], []),
    # a navy's fleet; clubs in a squad list
    ("Khu vực hoạt động của Hạm đội 5 hải quân Mỹ.", [("agency", "Hạm đội 5")], []),
    ("Tiền vệ: Lamela (Tottenham), Mascherano (Barcelona), Simon Church (Aberdeen).",
     [("organization", "Tottenham"), ("organization", "Barcelona"),
      ("organization", "Aberdeen")], []),
]

SESSION6_CASES = [
    # a word in sentence case ends a name's part ("Thống nhất", "Hạ viện", "Liên quân")
    ("Viện có liên hệ với Ban Công tác Mặt trận Thống nhất (UFW), tổ chức của đảng.",
     [("agency", "Ban Công tác Mặt trận Thống nhất"), ("agency", "UFW")], []),
    ("Bà ra điều trần trước Uỷ ban Tình báo Thượng viện, không loại bỏ.",
     [("agency", "Uỷ ban Tình báo Thượng viện")], []),
    ("Giám đốc Công ty Đầu tư Tư nhân Nước ngoài (OPIC) của Mỹ nói.",
     [("organization", "Công ty Đầu tư Tư nhân Nước ngoài")], []),
    # ... but not across a place: "Hà Nội" then "thành lập"
    ("Đại học Y Hà Nội thành lập năm 1902.", [("organization", "Đại học Y Hà Nội")], []),
    # verbs after a body end its name
    ("Uỷ ban Thường vụ Quốc hội thống nhất thông qua Nghị quyết 10.",
     [("agency", "Uỷ ban Thường vụ Quốc hội")], []),
    # Arabic names go on over "al" before a given name
    ("Ông Putin khen ngợi tướng Suheil al - Hassan, chỉ huy đơn vị.",
     [("person", "Suheil al - Hassan")], [("person", "Suheil")]),
    # a lone initial before a lower-case word is a person; not a ward, a district
    # or a letter after a company word
    ("Do mâu thuẫn, V. đã xô xát với em T. ngay tại trường. V. thừa nhận.",
     [("person", "V")], []),
    ("Ở số 60 Hoàng Văn Thụ, P. 9, Q. Phú Nhuận, tôi vào website hãng bay J. để mua vé.",
     [], [("person", "P"), ("person", "Q"), ("person", "J")]),
    ("Trần Văn T. sinh năm 1995 ở Nghệ An.", [("person", "Trần Văn T")], [("person", "T")]),
    # the source of a report: the subject of "đưa tin", the name after a closing ", theo"
    ("Nga nâng cấp tên lửa trong tương lai, Livejournal đưa tin.\nGói nâng cấp mới.",
     [("organization", "Livejournal")], []),
    ("Tàu bị hỏng động cơ, RHBT ngày 28/9 đưa tin.", [("organization", "RHBT")], []),
    ("Quân Đức bị chặn suốt 59 ngày đêm, theo War History.\nTrung sĩ giữ nhà.",
     [("organization", "War History")], []),
    ("Mỹ phản đối, Thổ Nhĩ Kỳ đưa tin.", [], [("organization", "Thổ Nhĩ Kỳ")]),
    ("Nhiều người chết, theo Igor Sechin.", [], [("organization", "Igor Sechin")]),
    # a word in sentence case opening a sentence is no short name ("Bình luận")
    ("Ông Nguyễn Văn Bình nói. Bình luận về phát ngôn này, chuyên gia cho rằng.",
     [("person", "Nguyễn Văn Bình")], [("person", "Bình")]),
    # a company by the last word of its name, a subsidiary's country with it
    ("Tuần trước, Voyager Digital cũng nộp đơn. TNR Holdings Việt Nam giành giải.",
     [("organization", "Voyager Digital"), ("organization", "TNR Holdings Việt Nam")], []),
    # troupes, theatres acting as companies, law offices, hospitals with their kind
    ("Đoàn múa lân sư rồng Huế, Đoàn nghệ thuật dân tộc Lào Cai, Đoàn múa Belogorie (Nga) "
     "biểu diễn.", [("organization", "Đoàn múa lân sư rồng Huế"),
                    ("organization", "Đoàn nghệ thuật dân tộc Lào Cai"),
                    ("organization", "Đoàn múa Belogorie")], []),
    ("Chương trình do Nhà hát dân ca quan họ Bắc Ninh tổ chức.",
     [("organization", "Nhà hát dân ca quan họ Bắc Ninh")], []),
    ("Lễ diễn ra tại Nhà hát lớn Hà Nội vào tối nay.", [],
     [("organization", "Nhà hát lớn Hà Nội")]),
    ("Luật sư Bùi Quốc Tuấn, Trưởng văn phòng luật sư Quốc Tuấn, nói. Theo VPLS Nguyễn Anh, "
     "luật đã rõ.", [("organization", "văn phòng luật sư Quốc Tuấn"),
                     ("organization", "VPLS Nguyễn Anh")], [("person", "Quốc Tuấn")]),
    ("Anh được đưa vào Bệnh viện quân y K120, rồi Bệnh viện đa khoa khu vực Củ Chi.",
     [("organization", "Bệnh viện quân y K120"),
      ("organization", "Bệnh viện đa khoa khu vực Củ Chi")], []),
    ("Ông được cấp cứu tại BV tỉnh Bạc Liêu, sau đó tại bệnh viện Đa khoa tỉnh Bình Dương.",
     [("organization", "BV tỉnh Bạc Liêu"), ("organization", "bệnh viện Đa khoa tỉnh Bình Dương")],
     []),
    ("Xe chở xuống Bệnh viện Đa khoa huyện An Phú rồi trình báo Công an xã Quốc Thái.",
     [("organization", "Bệnh viện Đa khoa huyện An Phú"), ("agency", "Công an xã Quốc Thái")],
     []),
    # national teams: the kind of team and the age between the head and the country
    ("Thủ tướng chúc mừng Đội tuyển bóng đá quốc gia Việt Nam và đội tuyển U -23 VN. "
     "Các cầu thủ U23 Việt Nam đã thi đấu tại giải U23 Châu Á.",
     [("organization", "Đội tuyển bóng đá quốc gia Việt Nam"),
      ("organization", "đội tuyển U -23 VN"), ("organization", "U23 Việt Nam")],
     [("person", "U"), ("organization", "U23 Châu Á")]),
    # armed groups whose names open with a lower-case particle
    ("Các nhóm liên quan đến al - Qaeda, trong đó có al-Shabaab và al - Nusra Front.",
     [("organization", "al - Qaeda"), ("organization", "al-Shabaab"),
      ("organization", "al - Nusra Front")], []),
    # a platform in lower case where a page or a post is on it
    ("Dũng lập trang facebook “Vũ Văn Dũng”. Ông viết trên twitter rằng sẽ đến.",
     [("organization", "facebook"), ("organization", "twitter")], []),
    # local bodies: border guards, the party committee's commissions, by their place
    ("Chỉ huy trưởng Bộ đội biên phòng tỉnh Long An và Bộ đội Biên phòng Bình Thuận nói.",
     [("agency", "Bộ đội biên phòng tỉnh Long An"), ("agency", "Bộ đội Biên phòng Bình Thuận")],
     []),
    ("Uỷ ban kiểm tra Tỉnh uỷ Bình Phước nhận thấy; trưởng Ban nội chính Tỉnh uỷ Bình Dương nói.",
     [("agency", "Uỷ ban kiểm tra Tỉnh uỷ Bình Phước"),
      ("agency", "Ban nội chính Tỉnh uỷ Bình Dương")], [("agency", "Tỉnh uỷ Bình Phước")]),
    ("Ông là Uỷ viên Trung ương Đảng, Bí thư Tỉnh uỷ.", [("agency", "Trung ương Đảng")], []),
    # a short name in parentheses, then the place; "Q. 1"; a place's name over a dash
    ("Chiều 23/1, sở Giao thông Vận tải (GTVT) TP. HCM đã tổ chức. UBND Q. 1 kiến nghị.",
     [("agency", "sở Giao thông Vận tải (GTVT) TP. HCM"), ("agency", "UBND Q. 1")], []),
    ("Gửi cho Chi cục Kiểm lâm tỉnh Thừa Thiên - Huế. Công an thành phố Phan Rang - Tháp Chàm "
     "đã lấy lời khai.", [("agency", "Chi cục Kiểm lâm tỉnh Thừa Thiên - Huế"),
                          ("agency", "Công an thành phố Phan Rang - Tháp Chàm")], []),
    # lower-case name words after "và" up to a boundary; the investigating police
    ("Vụ trưởng Vụ Khoa học và công nghệ (Bộ Công Thương) nói. Cục Cảnh sát điều tra tội "
     "phạm ma túy đã xác lập chuyên án.",
     [("agency", "Vụ Khoa học và công nghệ"),
      ("agency", "Cục Cảnh sát điều tra tội phạm ma túy")], []),
    ("Bộ Công an và quân đội phối hợp.", [("agency", "Bộ Công an")],
     [("agency", "Bộ Công an và quân đội")]),
    # a person's last name after a sentence-opening word ("Theo Kashin, ...")
    ("Chuyên gia quân sự Nga Vasily Kashin cho biết.\nTheo Kashin, không quân hiện đại.",
     [("person", "Kashin")], [("organization", "Kashin")]),
    # a medium at a sentence's start: one word, or a name ending in a media word
    ("Nhiều chủ nhà cho thuê.\nTheo Bristol Live, nhiều chủ nhà bỏ đi.",
     [("organization", "Bristol Live")], []),
    ("Anh ta bị bắt.\nTheo Elias Groll, bình luận viên an ninh, vụ này lạ.", [],
     [("organization", "Elias Groll")]),
    ("Nhóm bị theo dõi.\nTheo PC45, qua công tác trinh sát, nhóm bị bắt.", [],
     [("organization", "PC45")]),
    # the Communist Party is an organization, its committees agencies
    ("Khi Đảng Cộng sản Việt Nam được thành lập; Ban Chấp hành Trung ương Đảng Cộng sản Việt "
     "Nam họp.", [("organization", "Đảng Cộng sản Việt Nam"),
                  ("agency", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam")], []),
    # a paper named like a police force; "báo" as the verb "report to" is no paper
    ("Thông tin trên báo Công an nhân dân. Ông đã trình báo Công an phường 6 (quận 8).",
     [("organization", "Công an nhân dân"), ("agency", "Công an phường 6")], []),
    # a known place or body between a role and a foreign name; not a ship, not one name
    ("Nữ trợ lý truyền thông Nhà Trắng Kelly Sadler nói. Cố vấn Điện Kremlin Alexander "
     "Nekrassov nói.", [("person", "Kelly Sadler"), ("person", "Alexander Nekrassov")], []),
    ("Tàu sân bay USS Carl Vinson đến Đà Nẵng. Ảnh Saida Ahmad Baghili nằm viện.", [],
     [("person", "Carl Vinson"), ("person", "Ahmad Baghili")]),
    # a known body's acronym before its officer's name is the body; before a product
    # or an event's name it is no entity of its own
    ("Tổng Thư ký NATO Jens Stoltenberg cho rằng. Bộ LĐ-TB-XH đang hoàn tất hồ sơ.",
     [("organization", "NATO"), ("person", "Jens Stoltenberg"), ("agency", "Bộ LĐ-TB-XH")], []),
    ("Việt Nam vô địch AFF Suzuki Cup 2018. Ông mua Apple Watch mới.", [],
     [("organization", "AFF"), ("organization", "Apple")]),
    # a government named after "Chính phủ"; not what it is handed
    ("Lực lượng trung thành với Chính phủ Hiệp định Quốc gia (GNA). Bộ trình Chính phủ Đề án.",
     [("agency", "Chính phủ Hiệp định Quốc gia"), ("agency", "Chính phủ")],
     [("agency", "Chính phủ Đề án")]),
    # a committee with the body it belongs to is one body
    ("Hội thảo do Uỷ ban Tư pháp của Quốc hội tổ chức. Quốc hội họp.",
     [("agency", "Uỷ ban Tư pháp của Quốc hội"), ("agency", "Quốc hội")],
     [("agency", "Uỷ ban Tư pháp")]),
    # "Hãng" and "Hãng hàng không" are classifiers; an aircraft by maker and model is a product
    ("Hãng United Airlines tuyên bố. Máy bay Boeing 737 MAX 8 rơi. Nhà sản xuất máy bay "
     "Boeing nói.", [("organization", "United Airlines"), ("organization", "Boeing")],
     [("organization", "Hãng United Airlines")]),
    # the level a body works at, in lower case after its proper name
    ("Cháu được chuyển về Viện Bỏng trung ương. Theo Liên đoàn Robot quốc tế (IFR), số robot "
     "tăng. Học sinh các trường THPT quốc tế học tiếng Anh.",
     [("organization", "Viện Bỏng trung ương"), ("organization", "Liên đoàn Robot quốc tế")],
     [("organization", "trường THPT quốc tế")]),
    # a company's second name part after a dash; not a title, a person, another body
    ("Khi tìm hiểu, công ty Volvo - Eicher đồng ý. CTCP Bia Sài Gòn - Lâm Đồng và Công ty "
     "ABC - Giám đốc Nguyễn Văn A nói. Tập đoàn Dầu khí - PVN lỗ.",
     [("organization", "công ty Volvo - Eicher"), ("organization", "CTCP Bia Sài Gòn - Lâm Đồng"),
      ("organization", "Công ty ABC"), ("person", "Nguyễn Văn A")],
     [("organization", "Tập đoàn Dầu khí - PVN")]),
    # the Inspector General's title took the capital: the body is "thanh tra Chính phủ"
    ("Quốc hội miễn nhiệm Tổng thanh tra Chính phủ Phan Văn Sáu.",
     [("agency", "thanh tra Chính phủ"), ("person", "Phan Văn Sáu")], []),
    # a ship named after a person; foreign places that read like names
    ("Nhóm tàu sân bay USS Ronald Reagan tập trận. Tổng thống Ronald Reagan nói. Tàu John S. "
     "McCain bị hư hại.", [("person", "Ronald Reagan")], [("person", "McCain")]),
    ("Nga, Trung Quốc cùng với Nam Phi phản đối. Damascus cáo buộc Israel.", [],
     [("person", "Nam Phi"), ("person", "Damascus")]),
    ("Bài: Hồ Nam", [("person", "Hồ Nam")], []),
    # "al" before a surname alone belongs to the name
    ("Ông Putin khen tướng Suheil al - Hassan. Thành tích của tướng al - Hassan rất lớn.",
     [("person", "Suheil al - Hassan"), ("person", "al - Hassan")], [("person", "Hassan")]),
    # clubs named by their city, in a football article, not after a place word
    ("Tiền đạo Reus giúp Dortmund thắng 2-0 trước Brighton. Trận đấu diễn ra tại Dortmund.",
     [("organization", "Dortmund"), ("organization", "Brighton")], []),
    ("Du khách đến Dortmund vào mùa đông.", [], [("organization", "Dortmund")]),
    # a listed company's ticker, where given and again later
    ("CTCP Tập đoàn Yeah1 (HoSE: YEG) vừa ra thông báo. Số cổ phiếu YEG sẽ giảm.",
     [("organization", "YEG")], []),
    # local bodies by a district without its level word, or with its abbreviation;
    # not a minister's name after "Bộ Công an"
    ("Theo Công an Bình Chánh, vụ việc đang điều tra. UBND H.Bình Chánh cho biết. Chủ tịch "
     "UBND P. Sông Bằng nói. Bộ trưởng Bộ Công an Tô Lâm dự.",
     [("agency", "Công an Bình Chánh"), ("agency", "UBND H.Bình Chánh"),
      ("agency", "UBND P. Sông Bằng"), ("agency", "Bộ Công an"), ("person", "Tô Lâm")],
     [("agency", "Công an Tô Lâm")]),
    # lower-case words that the short name in parentheses spells out
    ("Ngày 21-6, Hội Doanh nghiệp hàng Việt Nam chất lượng cao (HVNCLC) cho biết.",
     [("organization", "Hội Doanh nghiệp hàng Việt Nam chất lượng cao")], []),
    # "giảng viên" is a role; "chủ tàu" an owner, not a ship
    ("Sự việc của giảng viên Nguyễn Hồng Nhung và trường cao đẳng.",
     [("person", "Nguyễn Hồng Nhung")], [("person", "Hồng Nhung")]),
    ("Hai tàu cá của chủ tàu Nguyễn Văn Hải bị nạn.", [("person", "Nguyễn Văn Hải")], []),
    # a language is not the last word of a name found earlier
    ("Phương Anh nói tiếng Anh lưu loát. Phương Anh cười.", [("person", "Phương Anh")],
     [("person", "Anh")]),
]

# session 7: rules chosen on the misses of dev28-dev32 (written sentences)
SESSION7_CASES = [
    # a company's short name of two or three words in parentheses, then on its own
    ("Công ty TNHH quản lý nợ và khai thác tài sản Agribank (Agribank AMC) sẽ bán. Sau đó "
     "Agribank AMC cho biết. Trường THPT Nguyễn Trãi (TP Thanh Hoá) họp.",
     [("organization", "Agribank AMC")], [("organization", "TP Thanh Hoá")]),
    # a given name that is also a place word is the person again in a person's context
    ("Anh Nguyễn Văn An hành hung chị Giang. An dùng điện thoại đánh vào đầu. Quan hệ Mỹ - "
     "Trung căng thẳng; ông Lê Văn Trung nói.", [("person", "An")],
     [("person", "Trung")]),
    # in a film article, a role and its actor in parentheses; not a place and its country
    ("Trong tập 72 của phim, Thư (Bảo Thanh) và Mạnh (Tiến Lộc) cãi nhau. Thư bỏ đi. Cảnh "
     "quay ở Hà Nội (Việt Nam) và Hạ Vy (Ngọc Quyên) đến.",
     [("person", "Thư"), ("person", "Bảo Thanh"), ("person", "Mạnh"), ("person", "Tiến Lộc")],
     [("person", "Hà Nội"), ("person", "Việt Nam"), ("person", "Vy")]),
    # a name may end in "Hội"; a dash and a kinship word end a Korean name; "Hàn" is Korea
    ("Trung gây ra cái chết anh Võ Tấn Hội. Nhà lãnh đạo Kim Jong Un - con trai ông Kim Jong "
     "Il. Hội đàm với Tổng thống Hàn Moon Jae - in hôm qua.",
     [("person", "Võ Tấn Hội"), ("person", "Kim Jong Un"), ("person", "Moon Jae - in")],
     [("person", "Kim Jong Un - con"), ("person", "Hàn Moon Jae")]),
    # a foreign name after a profession and its field
    ("Theo chuyên gia công nghệ Ian Wilson, máy bay rơi. Chuyên gia kinh tế Shen Jianguang "
     "nhận định.", [("person", "Ian Wilson"), ("person", "Shen Jianguang")], []),
    # after an honorific, a surname that also opens a body still opens a name
    ("Chiều 10/5, ông Lữ Cẩm Khường - Phó giám đốc nói. Bà Văn Nguyệt Ánh, Chủ tịch UBND "
     "phường, và ông Từ Quý Thành đến.",
     [("person", "Lữ Cẩm Khường"), ("person", "Văn Nguyệt Ánh"), ("person", "Từ Quý Thành")],
     []),
    # a name may end in "Tổng", not before a title it opens
    ("Hai con là Nguyễn Xuân Tổng (lớp 6) và Lê Thị Hoa. Ông Đỗ Mười Tổng bí thư đến.",
     [("person", "Nguyễn Xuân Tổng"), ("person", "Đỗ Mười")], [("person", "Đỗ Mười Tổng")]),
    # Chinese and Korean names later by the surname; a person by "họ" and a surname
    ("Tỷ phú Lưu Cường Đông bị bắt. Lưu được thả vào sáng hôm sau. Lưu ý rằng người Thái "
     "và nhà Hồ không liên quan. Nhạc sĩ họ Trịnh cùng người tình.",
     [("person", "Lưu Cường Đông"), ("person", "Lưu"), ("person", "Trịnh")],
     [("person", "Thái"), ("person", "Hồ")]),
    # a commune or district named after a person is a place; an officer after a bare body is not
    ("Công an huyện Dương Minh Châu cho biết. Chủ tịch UBND phường Phạm Ngũ Lão Lê Thanh Tuấn "
     "nói. Chủ tịch UBND tỉnh Nguyễn Văn Minh nói.",
     [("agency", "Công an huyện Dương Minh Châu"), ("agency", "UBND phường Phạm Ngũ Lão"),
      ("person", "Lê Thanh Tuấn"), ("person", "Nguyễn Văn Minh")], []),
    # places ending in a word that also opens a title or a body
    ("Công an TP Uông Bí phối hợp. Chủ tịch UBND xã Khánh Hội, huyện U Minh nói.",
     [("agency", "Công an TP Uông Bí"), ("agency", "UBND xã Khánh Hội")], []),
    ("Ông A, Bí thư Thành ủy Uông Bí, nói. UBND xã Tân Hội Nông dân thăm hỏi.",
     [("agency", "Thành ủy Uông Bí"), ("agency", "UBND xã Tân")],
     [("agency", "UBND xã Tân Hội")]),
    # a head, a lower-case description and the place served
    ("Theo Ban Quản lý các khu công nghiệp tỉnh Bình Dương, trạm y tế xã Kỳ Sơn đã nhận.",
     [("agency", "Ban Quản lý các khu công nghiệp tỉnh Bình Dương"),
      ("organization", "trạm y tế xã Kỳ Sơn")], []),
    ("Quyết định của cục thuế tỉnh Gia Lai; viện KSND thị xã Phổ Yên gia hạn.",
     [("agency", "cục thuế tỉnh Gia Lai"), ("agency", "viện KSND thị xã Phổ Yên")], []),
    ("Ban chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn huyện đảo Phú Quý họp. "
     "Trưởng Đoàn đại biểu QH tỉnh Quảng Ninh nói. Lenta dẫn Sở tình trạng khẩn cấp tỉnh Omsk.",
     [("agency", "Ban chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn huyện đảo Phú Quý"),
      ("agency", "Đoàn đại biểu QH tỉnh Quảng Ninh"),
      ("agency", "Sở tình trạng khẩn cấp tỉnh Omsk")], []),
    ("Chủ tịch Uỷ ban bầu cử TP HCM Nguyễn Thị Quyết Tâm đề nghị.",
     [("agency", "Uỷ ban bầu cử TP HCM"), ("person", "Nguyễn Thị Quyết Tâm")], []),
    # not a body: a market, a city pair, a clause, a police unit, a delegation
    ("Giá ở thị trường TP. HCM tăng. Bay từ Hải Phòng đi TP. HCM. Phòng cảnh sát PCCC quận "
     "Cầu Giấy đã điều xe. Ban chỉ đạo Trung ương cũng lưu ý các tỉnh Tây Nguyên. Đoàn đại "
     "biểu cấp cao TP. HCM thăm Lào.", [],
     [("organization", "trường TP. HCM"), ("agency", "Phòng đi TP. HCM"),
      ("agency", "Phòng cảnh sát PCCC quận Cầu Giấy"),
      ("agency", "Ban chỉ đạo Trung ương cũng lưu ý các tỉnh Tây Nguyên"),
      ("agency", "Đoàn đại biểu cấp cao TP. HCM")]),
    # a lower-case head may go on in sentence case; a rejected head does not hide a later one
    ("Bé đến trạm Y tế xã Nghĩa Bình khám. Phó phòng Giáo dục quận Bình Thạnh nói. Đơn của "
     "Công ty Triệu Khánh gửi ban quản lý nghĩa trang xã Phú Hội.",
     [("organization", "trạm Y tế xã Nghĩa Bình"), ("agency", "phòng Giáo dục quận Bình Thạnh"),
      ("agency", "ban quản lý nghĩa trang xã Phú Hội")], []),
    # a head and a lower-case description before a country
    ("Ed Cliff - Giám đốc Cơ quan lâm nghiệp Mỹ nói. Rodong Sinmun, cơ quan ngôn luận của "
     "đảng lao động Triều Tiên. Trang CGTN thuộc Đài truyền hình trung ương Trung Quốc.",
     [("agency", "Cơ quan lâm nghiệp Mỹ"), ("organization", "đảng lao động Triều Tiên"),
      ("organization", "Đài truyền hình trung ương Trung Quốc")], []),
    ("Gần 90 triệu đảng viên Trung Quốc. Lực lượng an ninh Argentina tuần tra. Ông phụ "
     "trách Bộ chỉ huy Ấn Độ Dương - Thái Bình Dương. Hai đảng lớn nhất Mỹ.", [],
     [("organization", "đảng viên Trung Quốc"), ("agency", "Lực lượng an ninh Argentina"),
      ("agency", "Bộ chỉ huy Ấn Độ"), ("organization", "đảng lớn nhất Mỹ")]),
    # a unit inside the police is not a body; the police it belongs to is
    ("Phòng Cảnh sát hình sự Công an Hà Nội cho biết. Phòng CSGT Công an Quảng Bình xử lý. "
     "Trưởng Phòng CSHS, Công an tỉnh Thừa Thiên Huế nói.",
     [("agency", "Công an Hà Nội"), ("agency", "Công an Quảng Bình")],
     [("agency", "Phòng Cảnh sát hình sự Công an Hà Nội"), ("agency", "Phòng CSHS"),
      ("agency", "Phòng CSGT Công an Quảng Bình")]),
    # a committee by "Ban", a description and its place, past the office before it; tickers
    # after "mã cổ phiếu là"
    ("Báo cáo của văn phòng Ban an toàn giao thông tỉnh Bình Phước. Tại cuộc giao ban báo chí "
     "tỉnh Phú Yên. HOSE đưa mã cổ phiếu là HNG vào diện cảnh báo; HNG báo lãi.",
     [("agency", "Ban an toàn giao thông tỉnh Bình Phước"), ("organization", "HNG")],
     [("agency", "ban báo chí tỉnh Phú Yên")]),
    # a sector's trade union
    ("Theo Công đoàn y tế, lương thấp. Báo cáo của Công đoàn ngành Y tế chỉ ra.",
     [("agency", "Công đoàn y tế"), ("agency", "Công đoàn ngành Y tế")], []),
    # national bodies by a lower-case description; not a clause, nor a foreign one's part
    ("Theo Trung tâm tìm kiếm cứu nạn quốc gia, tối 18-11. Hội đồng tiền lương quốc gia họp. "
     "Uỷ ban lưu ý rằng quốc gia này. Trung tâm bão quốc gia Mỹ cảnh báo.",
     [("agency", "Trung tâm tìm kiếm cứu nạn quốc gia"),
      ("agency", "Hội đồng tiền lương quốc gia")],
     [("agency", "Uỷ ban lưu ý rằng quốc gia"), ("agency", "Trung tâm bão quốc gia")]),
    # central committees in any case
    ("Trưởng ban dân vận trung ương Trương Thị Mai dự. Phó chủ nhiệm Uỷ ban dân tộc trung ương "
     "nói. Chủ tịch Hội đồng lý luận Trung ương.",
     [("agency", "ban dân vận trung ương"), ("person", "Trương Thị Mai"),
      ("agency", "Uỷ ban dân tộc trung ương"), ("agency", "Hội đồng lý luận Trung ương")],
     [("agency", "Uỷ ban dân tộc")]),
    # the party's bodies with a lower-case "ban"
    ("Thay mặt Bộ Chính trị, ban Bí thư phát biểu. Trưởng ban Tổ chức Trung ương Tô Huy Rứa "
     "nói.", [("agency", "ban Bí thư"), ("agency", "ban Tổ chức Trung ương"),
              ("person", "Tô Huy Rứa")], []),
    # a parliament in lower case, by its country; not its building
    ("Thoả thuận phải được quốc hội Hàn Quốc phê duyệt. Bên trong toà nhà quốc hội Papua New "
     "Guinea. Chính phủ Việt Nam và quốc hội Việt Nam.", [("agency", "quốc hội Hàn Quốc")],
     [("agency", "quốc hội Papua New Guinea"), ("agency", "quốc hội Việt Nam")]),
    # a university's lower-case "trường" belongs to its name; a lower-case part after a dash;
    # an office before the police's investigators is no body
    ("Tổ chức tại trường ĐH Kinh tế quốc dân. Mã trường Đại học Công nghiệp Hà Nội là DCN. "
     "Phòng Tài nguyên - môi trường thị xã Phú Mỹ cho biết. Văn phòng Cơ quan cảnh sát điều "
     "tra Công an tỉnh Thanh Hoá cho biết.",
     [("organization", "trường ĐH Kinh tế quốc dân"),
      ("organization", "Đại học Công nghiệp Hà Nội"),
      ("agency", "Phòng Tài nguyên - môi trường thị xã Phú Mỹ"),
      ("agency", "Công an tỉnh Thanh Hoá")],
     [("organization", "trường Đại học Công nghiệp Hà Nội")]),
    # gold of a brand is the product
    ("Giá vàng SJC giao dịch tại thị trường TP. HCM do Công ty SJC niêm yết.",
     [("organization", "Công ty SJC")], [("organization", "SJC")]),
    # schools listed after "các trường" are schools though named after people
    ("Tuyển vào lớp chuyên tại các trường: Lê Hồng Phong, Trần Đại Nghĩa và Gia Định. Các "
     "trường ĐH công lập tuyển sinh.",
     [("organization", "Lê Hồng Phong"), ("organization", "Trần Đại Nghĩa"),
      ("organization", "Gia Định")], [("person", "Lê Hồng Phong"), ("organization", "ĐH")]),
    # a department named without its body or place is none; with its place it is
    ("Vi phạm tại Phòng Kế hoạch - Tài chính và Phòng Đào tạo. Ông Tâm, phó Phòng NN & PTNT "
     "huyện An Phú nói. Báo cáo của Phòng Tình báo Hải quân Mỹ.",
     [("agency", "Phòng NN & PTNT huyện An Phú"), ("agency", "Phòng Tình báo Hải quân Mỹ")],
     [("agency", "Phòng Kế hoạch - Tài chính"), ("agency", "Phòng Đào tạo")]),
    # a ministry's or department's inspectorate
    ("Đảng bộ Thanh tra bộ Xây dựng họp. Theo Thanh tra sở Du lịch TP. Đà Nẵng, 20 cơ sở "
     "bị phạt.", [("agency", "Thanh tra bộ Xây dựng"),
                   ("agency", "Thanh tra sở Du lịch TP. Đà Nẵng")], [("agency", "bộ Xây dựng")]),
    # a school by its level's abbreviation alone, not the exam; "và trường" opens another
    ("Thí sinh 3 trường: THCS & THPT Hồng Vân, THPT Hương Lâm và THCS xã Minh Thành. Kỳ thi "
     "THPT Quốc gia 2018. Trường THPT Lê Lợi và trường THCS Võ Trường Toản.",
     [("organization", "THCS & THPT Hồng Vân"), ("organization", "THPT Hương Lâm"),
      ("organization", "THCS xã Minh Thành"), ("organization", "Trường THPT Lê Lợi"),
      ("organization", "trường THCS Võ Trường Toản")],
     [("person", "Hồng Vân"), ("organization", "THPT Quốc gia 2018")]),
    # companies and hospitals named by a number; not a count or a quantity
    ("Cấp cứu tại bệnh viện 198 trong đêm. Phúc Gia Bảo 68 (Công ty 68) và Công ty 868. "
     "Công ty 20 năm tuổi lỗ 1,5 tỷ.",
     [("organization", "bệnh viện 198"), ("organization", "Công ty 68"),
      ("organization", "Công ty 868")], [("organization", "Công ty 20")]),
    # lower-case name words up to a short name from another language
    ("Hội thảo do Viện Nghiên cứu quản lý kinh tế trung ương (CIEM) tổ chức. Theo Viện "
     "Nghiên cứu tổ chức hội thảo (ABC) hôm qua.",
     [("organization", "Viện Nghiên cứu quản lý kinh tế trung ương")],
     [("organization", "Viện Nghiên cứu tổ chức hội thảo")]),
    # a foreign channel is named without "Đài"; a Vietnamese one keeps its head
    ("Theo Đài CNN, vụ việc xảy ra. Ông nói với Đài Truyền hình Việt Nam. Tới sân bay Đài "
     "Trung bà bị giữ lại.", [("organization", "CNN"), ("agency", "Đài Truyền hình Việt Nam")],
     [("organization", "Đài CNN"), ("organization", "Trung")]),
    # an event named after a group is no mention of the group
    ("Hai ông gặp nhau tại hội nghị G20 ở Argentina. Phục vụ Tuần lễ cấp cao APEC 2017.", [],
     [("organization", "G20"), ("organization", "APEC")]),
    ("Theo ông, G20 là nhóm 20 nền kinh tế lớn.", [("organization", "G20")], []),
    # a country's army or police in general is no named body, even capitalized
    ("Quân đội Israel cho biết có hai quả rocket. Cảnh sát Malaysia xác định 11 nghi phạm. "
     "Cảnh sát bang Florida bắt giữ.", [("agency", "Cảnh sát bang Florida")],
     [("agency", "Quân đội Israel"), ("agency", "Cảnh sát Malaysia")]),
    # after a country, a foreign name is a person, not more of the body's name
    ("Theo Văn phòng Thủ tướng Ethiopia Abiy Ahmed, cuộc họp diễn ra. Người phát ngôn Uỷ ban "
     "Điều tra Nga Svetlana Petrenko nói. Họ thoả thuận với câu lạc bộ Anh Arsenal FC.",
     [("agency", "Văn phòng Thủ tướng Ethiopia"), ("person", "Abiy Ahmed"),
      ("agency", "Uỷ ban Điều tra Nga"), ("person", "Svetlana Petrenko")],
     [("agency", "Văn phòng Thủ tướng Ethiopia Abiy Ahmed")]),
    # a foreign court by its city, not a country's courts
    ("Ông nhận tội tại toà án Toronto. Toà án Tanzania đã triệu tập.",
     [("agency", "toà án Toronto")], [("agency", "Toà án Tanzania")]),
    # a state's police or court; "hàng không" (aviation) in a description
    ("Cảnh sát bang Florida bắt giữ. Theo toà án bang Victoria, vụ án kéo dài. Thống đốc bang "
     "Texas nói. Theo Tập đoàn hàng không Trung Quốc (AVIC), công ty lỗ.",
     [("agency", "Cảnh sát bang Florida"), ("agency", "toà án bang Victoria"),
      ("organization", "Tập đoàn hàng không Trung Quốc")], [("agency", "Thống đốc bang Texas")]),
    # a state body's long name is not cut at its place
    ("Chi cục Hải quan cửa khẩu sân bay quốc tế Tân Sơn Nhất cho biết.",
     [("agency", "Chi cục Hải quan cửa khẩu sân bay quốc tế Tân Sơn Nhất")], []),
    # a region's "Bộ" goes on a name; "và" before a new body or a person ends one; ten words
    ("Phó chủ tịch Hiệp hội Chăn nuôi gia cầm Đông Nam Bộ nói. Viện KSND quận Cầu Giấy và Cơ "
     "quan CSĐT Công an quận Cầu Giấy gửi giấy. CTCP Hàng không Hải Âu và doanh nhân Trần Trọng "
     "Kiên lập hãng. Công ty CP Xây dựng và phát triển nhà Hoàng Anh Gia Lai bán cổ phần.",
     [("organization", "Hiệp hội Chăn nuôi gia cầm Đông Nam Bộ"),
      ("agency", "Viện KSND quận Cầu Giấy"), ("agency", "Công an quận Cầu Giấy"),
      ("organization", "CTCP Hàng không Hải Âu"), ("person", "Trần Trọng Kiên"),
      ("organization", "Công ty CP Xây dựng và phát triển nhà Hoàng Anh Gia Lai")], []),
    # an association by its kind and place; not a conference
    ("Ngày 10-7, Hội người cao tuổi xã Điện Phương họp. Hội nghị xúc tiến đầu tư tỉnh Quảng "
     "Ngãi mở màn. Hội nông dân huyện Ba Vì dự.",
     [("organization", "Hội người cao tuổi xã Điện Phương"),
      ("agency", "Hội nông dân huyện Ba Vì")],
     [("organization", "Hội nghị xúc tiến đầu tư tỉnh Quảng Ngãi")]),
    # a clip's source by a foreign one-word name
    ("Video do Theaviationist đăng tải ghi lại cảnh máy bay. Clip do Tuấn đăng tải.",
     [("organization", "Theaviationist")], [("organization", "Tuấn")]),
    # a museum by its province; an emergency centre by its number; the police's party committee
    ("Theo Bảo tàng tỉnh Vĩnh Long, hiện vật quý. Gọi Trung tâm cấp cứu 115 đến. Đảng uỷ Công "
     "an trung ương họp.",
     [("organization", "Bảo tàng tỉnh Vĩnh Long"), ("organization", "Trung tâm cấp cứu 115"),
      ("agency", "Đảng uỷ Công an trung ương")], []),
    # a country between a news agency's or an airline's head and its name says whose
    ("Theo hãng thông tấn Lào KPL hôm nay, sự cố xảy ra. Máy bay của hãng hàng không "
     "Ethiopia Airlines rơi. Hãng hàng không Malaysia AirAsia mua máy bay.",
     [("organization", "KPL"), ("organization", "AirAsia")],
     [("organization", "Lào KPL"), ("organization", "Airlines")]),
    # a ticker after "cổ phiếu", wherever it recurs; not a currency
    ("Vingroup tăng, đặc biệt là VHM và VRE. Giá cổ phiếu VHM của Vinhomes tăng; cổ phiếu VRE "
     "cũng vậy. Giá cổ phiếu VND giảm.",
     [("organization", "VHM"), ("organization", "VRE")], [("organization", "VND")]),
    # well-known agencies, outlets, exchanges and platforms by their short names
    ("Anadolu dẫn lời ông. Mật vụ Mỹ bảo vệ. Giá dầu sàn Nymex giảm. Tài khoản WeChat.",
     [("organization", "Anadolu"), ("agency", "Mật vụ Mỹ"), ("organization", "Nymex"),
      ("organization", "WeChat")], []),
    # a company's legal form, lower-case trades joined by "và", then its name
    ("Đối với Công ty cổ phần đầu tư xây dựng và giáo dục Minh Sang, sai phạm lớn. Giám đốc "
     "công ty cổ phần đường sắt Phú Khánh nói.",
     [("organization", "Công ty cổ phần đầu tư xây dựng và giáo dục Minh Sang"),
      ("organization", "công ty cổ phần đường sắt Phú Khánh")], []),
]

# session 8: rules chosen on the misses of the development sets (written sentences)
SESSION8_CASES = [
    # a body spelled out in lower-case words before its short name; the short name again
    ("Theo Trung tâm dự báo thời tiết chung (JWFC), bão mạnh lên. Sau đó JWFC cảnh báo. "
     "Ông A là thành viên đảng Tự do Dân chủ Lào (LDP) từ năm 2010.",
     [("agency", "Trung tâm dự báo thời tiết chung"), ("agency", "JWFC"),
      ("organization", "đảng Tự do Dân chủ Lào")], []),
    # a capitalized head before a lower-case one that only describes: the whole name
    ("Bộ tư lệnh lực lượng Mỹ ở Thái Bình Dương (INDOPACOM) cho biết tàu đã rời cảng.",
     [("agency", "Bộ tư lệnh lực lượng Mỹ ở Thái Bình Dương"), ("agency", "INDOPACOM")], []),
    # not a body: a code of conduct, a summit, a panel of judges, an index, a short name for
    # the last words only, a lower-case classifier before a name found on its own
    ("Hai bên bàn về Bộ Quy tắc ứng xử trên biển (COC). Hội nghị Bộ trưởng Kinh tế (AEM) "
     "họp. Hội đồng xét xử (HĐXX) tuyên án. Chỉ số Khối cơ thể (BMI) cao. Quỹ Bảo hiểm y tế "
     "chi trả khám chữa bệnh (KCB). Lực lượng của tổ chức Nhà nước Hồi giáo tự xưng (IS) rút.",
     [("organization", "Nhà nước Hồi giáo")],
     [("agency", "Bộ Quy tắc ứng xử trên biển"), ("organization", "Bộ Quy tắc ứng xử trên biển"),
      ("organization", "Hội nghị Bộ trưởng Kinh tế"), ("agency", "Hội đồng xét xử"),
      ("organization", "Khối cơ thể"), ("organization", "Quỹ Bảo hiểm y tế chi trả khám chữa bệnh"),
      ("organization", "tổ chức Nhà nước Hồi giáo tự xưng")]),
    # "Xí nghiệp" heads a company, with lower-case trades before its name or number
    ("Giám đốc Xí nghiệp chế biến thuỷ sản Cà Mau cho biết. Xí nghiệp Sông Đà 5 thi công. "
     "Ông B, giám đốc xí nghiệp may Công ty cổ phần Dệt Hoà Bình, nói.",
     [("organization", "Xí nghiệp chế biến thuỷ sản Cà Mau"), ("organization", "Xí nghiệp Sông Đà 5"),
      ("organization", "Công ty cổ phần Dệt Hoà Bình")],
     [("organization", "xí nghiệp may Công ty cổ phần Dệt Hoà Bình")]),
    # a capitalized head in mid-sentence, then a name of lower-case name words only; not
    # a bare "Ủy ban nhân dân", a list going on, many bodies, a country's bank "of this country"
    ("Ông A cho biết Tổng cục phòng chống thiên tai đã nhận. Văn phòng đăng ký đất đai rất "
     "bận. Họp có Ủy ban nhân dân, các Cục nghiệp vụ và Trung tâm nghiên cứu, sản xuất giống. "
     "Ngân hàng trung ương nước này (PBOC) bơm tiền; các công ty nhỏ và vừa (SME) vay.",
     [("agency", "Tổng cục phòng chống thiên tai")],
     [("agency", "Văn phòng đăng ký đất đai"), ("agency", "Ủy ban nhân dân"),
      ("agency", "Cục nghiệp vụ"), ("agency", "Trung tâm nghiên cứu"),
      ("organization", "Ngân hàng trung ương nước này"), ("organization", "công ty nhỏ và vừa")]),
    # a title, a body, then the person who holds it; not a school named after a person
    ("Giám đốc Công ty CP Bến xe Miền Tây Nguyễn Văn Hùng cho biết. Chủ tịch tập đoàn Hanwha "
     "Kim Seung Youn xin lỗi. Hiệu trưởng Trường THPT Trần Phú nói.",
     [("organization", "Công ty CP Bến xe Miền Tây"), ("person", "Nguyễn Văn Hùng"),
      ("organization", "tập đoàn Hanwha"), ("organization", "Trường THPT Trần Phú")],
     [("organization", "Công ty CP Bến xe Miền Tây Nguyễn Văn Hùng"), ("person", "Trần Phú")]),
    # "và" before another body ends the first; a lower-case "viện" before its capitalized
    # name (not "nhập viện"); a company's years, a ride-hailing app; well-known short names
    ("Cục Cảnh sát kinh tế và Công an tỉnh Hà Giang triệt phá đường dây. Ông thuộc viện Kinh "
     "tế Quốc tế, bệnh nhân nhập viện Trung ương. Sau 5 năm GHN mở rộng; tôi đi xe Grab. "
     "Theo CAAV, chuyến bay hạ cánh. Ảnh: VNA.",
     [("agency", "Cục Cảnh sát kinh tế"), ("agency", "Công an tỉnh Hà Giang"),
      ("organization", "viện Kinh tế Quốc tế"), ("organization", "GHN"),
      ("organization", "Grab"), ("agency", "CAAV")],
     [("organization", "viện Trung ương"), ("agency", "Cục Cảnh sát kinh tế và Công an tỉnh "
                                                      "Hà Giang")]),
    # a brand with a capital or a digit inside, listed next to a company; not a list of words
    ("Khách vay ở Vietcombank, TiensoBank và DongABank. Ông đi Grab, Uber, XeMay24... Hãng "
     "nổi tiếng như Vietcombank, Lexus, Porsche.",
     [("organization", "TiensoBank"), ("organization", "XeMay24")],
     [("organization", "Lexus")]),
    # a tunnel, a car's or a watch's make, ministers of several ministries: no company, no body
    ("Xe qua hầm Hải Vân an toàn. Chiếc ôtô hiệu Mazda màu đen đỗ lại; thương hiệu Vinamilk "
     "tăng giá. Bộ trưởng các bộ Tài chính, Nội vụ dự họp.",
     [("organization", "Vinamilk")],
     [("organization", "Mazda"), ("agency", "bộ Tài chính"), ("organization", "Hải Vân")]),
    # a name whose initials end a line, as the texts break lines after a dot
    ("Cố vấn Mỹ là tướng H.R.\nMcMaster, cùng ông John F.\nKennedy. Bà Nguyễn Thị T.H.\n"
     "Sau đó, cựu tổng thống George H.W.\nTổng thống Putin nói.",
     [("person", "H.R.\nMcMaster"), ("person", "John F.\nKennedy"),
      ("person", "Nguyễn Thị T.H"), ("person", "George H.W")],
     [("person", "George H.W.\nTổng")]),
    # more foreign given names (general knowledge), none a country's or a city's name
    ("Chuyên gia Brett Olsen của Viện A nói; đầu bếp Kenji Sato kể. Nhà vua Jordan Abdullah "
     "đến Milan.", [("person", "Brett Olsen"), ("person", "Kenji Sato")],
     [("person", "Jordan Abdullah")]),
    # a source named at a sentence's start is a medium ("Theo" itself is no name's first word)
    ("Tai nạn xảy ra tối qua.\nTheo Telegraph, hai người bị thương. Chuyên gia Vasily Kashin "
     "nói.\nTheo Kashin, đó là lỗi.",
     [("organization", "Telegraph"), ("person", "Kashin")], [("organization", "Kashin")]),
    # lower-case name words ending a body's name; a site by its domain, keyed as the company
    ("Trung tâm Phát triển quỹ đất tỉnh đề xuất. Ông mua trên Tiki.vn hôm qua.",
     [("agency", "Trung tâm Phát triển quỹ đất"), ("organization", "Tiki.vn")],
     [("agency", "Trung tâm Phát triển")]),
    # two countries' short names joined by a dash go on a name; "khám chữa bệnh" is a name word
    ("Bệnh nhân chuyển về Bệnh viện Hữu nghị Việt - Lào, sau đó Viện Nghiên cứu Á - Âu nói. "
     "Ông A, cục trưởng Cục Quản lý khám chữa bệnh, cho biết.",
     [("organization", "Bệnh viện Hữu nghị Việt - Lào"), ("organization", "Viện Nghiên cứu Á - Âu"),
      ("agency", "Cục Quản lý khám chữa bệnh")], []),
    # a short name in parentheses with a gloss after it; not a dashed acronym; "Nhóm" heads
    ("Phạt Công ty TNHH Xử lý rác Hoà Bình (XRH - chủ đầu tư bãi rác) 2 tỷ. Sau đó XRH nộp. "
     "Bộ Tài nguyên và môi trường (TN - MT) họp. Thượng đỉnh Nhóm các nước công nghiệp mới "
     "(NIC) họp.",
     [("organization", "XRH"), ("organization", "Nhóm các nước công nghiệp mới")],
     [("organization", "TN"), ("agency", "TN")]),
    # a district's division by its ministry's acronym, spaced as news spaces it; fronts
    ("Bà C đến Phòng TN - MT huyện Quỳnh Lưu hỏi. Trước đó là Mặt trận Liên Việt và Mặt trận "
     "Dân tộc thống nhất.",
     [("agency", "Phòng TN - MT huyện Quỳnh Lưu"), ("organization", "Mặt trận Liên Việt")], []),
]


WRITTEN_CASES = (
    [(t, [(k, m)], []) for t, k, m in DEV2_FOUND + DEV3_FOUND]
    + [(t, [], [(k, m)]) for t, k, m in DEV2_NOT_FOUND + DEV3_NOT_FOUND]
    + DEV4_CASES + HEAD_WORD_CASES + PERSON_CASES + SESSION5_CASES + SESSION6_CASES
    + SESSION7_CASES + SESSION8_CASES)


@pytest.mark.parametrize("text,expected,absent", WRITTEN_CASES)
def test_rules_chosen_from_dev_misses(text, expected, absent):
    """(kind, surface) pairs the rules must find in each text, and ones they
    must not (the CRF that re-reads them is checked on all the cases at once
    below, and on the held-out sets)."""
    got = {(e.kind, text[e.start:e.end]) for e in rule_entities(text)}
    assert [x for x in expected if x not in got] == [], got
    assert [x for x in absent if x in got] == [], got


def test_the_crf_keeps_almost_every_written_case():
    """The whole extractor on the written cases: the CRF, trained on real
    articles, reads a few one-sentence cases otherwise ("Toà án Tanzania"
    at a sentence's start, "Công an phường 6" next to the newspaper "Công an
    nhân dân"); more than a handful means a retrain lost what the rules
    know."""
    cases = WRITTEN_CASES + [(p.values[0], [(p.values[1], p.values[2])], [])
                             for p in AGENCY_LOWER_CASES]
    differ = []
    for text, expected, absent in cases:
        got = {(e.kind, text[e.start:e.end]) for e in extract_entities(text)}
        if any(x not in got for x in expected) or any(x in got for x in absent):
            differ.append(text)
    assert len(cases) > 300 and len(differ) <= 6, differ


def test_a_person_named_later_by_the_last_word_of_the_full_name_is_the_same_person():
    text = ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Minh cho biết tỷ lệ đạt 71%. "
            "Ông Minh nói thêm. Hai cầu thủ Lionel Messi và Luis Suárez ghi bàn; Messi rời sân.")
    people = {text[e.start:e.end]: e.key for e in extract_entities(text) if e.kind == "person"}
    assert people["Minh"] == people["Nguyễn Văn Minh"] == "nguyen-van-minh"
    assert people["Messi"] == "lionel-messi"
    # two full names ending alike: a bare "Minh" could be either, so it stays apart
    text2 = "Ông Nguyễn Văn Minh và bà Trần Thị Minh dự họp. Ông Minh phát biểu."
    at = text2.rindex("Minh")
    bare = [e.key for e in extract_entities(text2) if e.kind == "person" and e.start == at]
    assert bare and bare[0] not in ("nguyen-van-minh", "tran-thi-minh")


# --- session 4: gazetteers of well-known people and organizations, rules chosen
# on dev5 and the retired first held-out set (written sentences, not their texts) ---

@pytest.mark.parametrize("text, kind, mention, key", [
    ("Putin nói rằng Nga sẵn sàng đàm phán.", "person", "Putin", "vladimir-putin"),
    ("Ông Trump cho biết sẽ đánh thuế.", "person", "Trump", "donald-trump"),
    ("Messi ghi bàn thứ hai.", "person", "Messi", "lionel-messi"),
    ("Hạ nghị sĩ nói Quốc hội Mỹ đang nghỉ.", "agency", "Quốc hội Mỹ", "quoc-hoi-my"),
    ("Quốc hội Việt Nam thông qua luật.", "agency", "Quốc hội Việt Nam", "quoc-hoi"),
    ("Thuyền viên được Hải quân Philippines cứu.", "agency", "Hải quân Philippines",
     "hai-quan-philippines"),
    ("Dự luật gặp phản đối trong Hạ viện.", "agency", "Hạ viện", "ha-vien"),
    ("Chiều qua, Goo Hye Sun đến bệnh viện.", "person", "Goo Hye Sun", "goo-hye-sun"),
    ("Chánh án Lee Jung - mi trả lời.", "person", "Lee Jung - mi", "lee-jung-mi"),
    ("Theo đó, Mark Meadows cho biết.", "person", "Mark Meadows", "mark-meadows"),
    ("Phát ngôn viên Hội đồng An ninh quốc gia Mỹ John Kirby cho biết.", "person",
     "John Kirby", "john-kirby"),
    ("Học sinh sẽ chuyển về trường THCS Quảng Vọng.", "organization",
     "trường THCS Quảng Vọng", "truong-thcs-quang-vong"),
    ("Kết quả cho thấy tài xế Tr.V.X vi phạm nồng độ cồn.", "person", "Tr.V.X", "tr-v-x"),
    ("Tài khoản có tên B.N.T cho biết.", "person", "B.N.T", "b-n-t"),
    ("Công an đang tạm giữ La Khánh (21 tuổi).", "person", "La Khánh", "la-khanh"),
    ("Sinh viên ĐH Yale tham gia.", "organization", "ĐH Yale", "dai-hoc-yale"),
    ("Buổi lễ tổ chức tại Học viện Hải quân.", "organization", "Học viện Hải quân",
     "hoc-vien-hai-quan"),
    ("Các đoàn thể Hội Nông dân, Mặt trận tổ quốc đã đến.", "agency", "Hội Nông dân",
     "hoi-nong-dan-viet-nam"),
    ("Theo hãng thông tấn TASS, cuộc gặp đã diễn ra.", "organization", "TASS", "tass"),
    ("Bộ Thông tin - truyền thông phát hành bộ tem.", "agency", "Bộ Thông tin - truyền thông",
     "bo-thong-tin-va-truyen-thong"),
    ("Hãng xe Toyota công bố doanh số.", "organization", "Toyota", "toyota"),
    ("Bộ Ngoại giao Guyana phản đối.", "agency", "Bộ Ngoại giao Guyana",
     "bo-ngoai-giao-guyana"),
    ("Theo Hãng tin RIA Novosti, cuộc họp kết thúc.", "organization", "RIA Novosti",
     "ria-novosti"),
    ("Ông gặp lãnh đạo đảng Lao động Triều Tiên.", "organization",
     "đảng Lao động Triều Tiên", "lao-dong-trieu-tien"),
    ("Hộ chiếu mang tên Kim Chol.", "person", "Kim Chol", "kim-chol"),
    ("Tay súng Seth Ator bị bắn hạ.", "person", "Seth Ator", "seth-ator"),
    ("Công an quận 7 đã bắt giữ nghi phạm.", "agency", "Công an quận 7", "cong-an-quan-7"),
    ("Chủ tịch UBND phường 12 cho biết.", "agency", "UBND phường 12", "ubnd-phuong-12"),
    ("Ban An toàn giao thông TP cho biết.", "agency", "Ban An toàn giao thông",
     "ban-an-toan-giao-thong"),
    ("Liên quân tấn công IS ở Syria.", "organization", "IS", "nha-nuoc-hoi-giao"),
    ("Bộ Thương mại Mỹ đề nghị áp thuế.", "agency", "Bộ Thương mại Mỹ", "bo-thuong-mai-my"),
    ("Chủ tịch UBND TP Hải Phòng Nguyễn Văn Tùng cho biết.", "person", "Nguyễn Văn Tùng",
     "nguyen-van-tung"),
    ("Phó Thống đốc Ngân hàng Nhà nước Lê Minh Châu cho biết.", "person", "Lê Minh Châu",
     "le-minh-chau"),
    ("Phó Thống đốc Ngân hàng Nhà nước Lê Minh Châu cho biết.", "agency", "Ngân hàng Nhà nước",
     "ngan-hang-nha-nuoc-viet-nam"),
], ids=["famous_surname_alone", "famous_key_for_rule_name", "famous_footballer",
        "congress_of_a_country", "vietnam_congress_is_the_gazetteers", "navy_of_a_country",
        "chamber_alone", "korean_name", "korean_spaced_given_name", "common_given_name",
        "person_after_a_body", "school_after_ve", "digraph_initials", "initials_after_ten",
        "weak_surname_before_age", "dh_head", "dictionary_word_opens_name",
        "mass_organization_is_agency", "news_agency_classifier_left_out", "lower_case_dash_field",
        "car_maker_as_company", "any_country_after_a_ministry", "capitalized_news_agency_word",
        "party_with_its_country", "korean_kim", "gunman_cue", "numbered_district",
        "numbered_ward", "bare_tp_left_out", "islamic_state_acronym", "any_ministry_of_a_country",
        "no_head_inside_a_province", "officer_after_a_known_body", "known_body_before_officer"])
def test_session4_finds(text, kind, mention, key):
    found = [(e.kind, text[e.start:e.end], e.key) for e in extract_entities(text)]
    assert (kind, mention, key) in found, found


@pytest.mark.parametrize("text, kind", [
    ("Người đàn ông Mỹ đi lại trên phố.", "person"),
    ("Nông dân xã Vĩnh Thành bàn tán về vụ việc.", "person"),
    ("Dự án trồng rừng cho Vườn quốc gia Vũ Quang.", "person"),
    ("Trump Tower nằm ở New York.", "person"),
    ("Anh lái chiếc Mazda đi làm.", "organization"),
    ("Giải ba là đồng hồ Apple Watch.", "organization"),
    ("Nghị quyết của ĐH XIII được quán triệt.", "organization"),
    ("Theo Công ước Liên Hợp Quốc về Luật Biển năm 1982.", "organization"),
    ("Điểm chuẩn của các trường THPT khác thấp hơn.", "organization"),
    ("Cháy lớn ở rừng Amazon.", "organization"),
    ("Chị Kim Mai bán hàng ở chợ.", "agency"),
    ("Chiều qua, ôtô BMW màu đỏ gây tai nạn.", "organization"),
    ("Hãng tung bộ ảnh “Summer Vibes” mới.", "person"),
], ids=["dan_ong_is_not_ong", "commune_after_a_cue", "national_park", "famous_name_in_a_longer_run",
        "car_model", "product_of_a_company", "party_congress_number", "treaty_name",
        "schools_unnamed", "rainforest", "vietnamese_kim_is_no_body", "car_brand_as_product",
        "quoted_english_title"])
def test_session4_leaves_out(text, kind):
    assert not [e for e in extract_entities(text) if e.kind == kind], extract_entities(text)


def test_after_a_persons_title_comes_their_organization_not_another_person():
    text = "Bà Đinh Ngọc Mai, Tổng giám đốc Sao Việt, cho biết."
    assert [e.name for e in extract_entities(text) if e.kind == "person"] == ["Đinh Ngọc Mai"]


# Session 9: every held-out floor below was reset to about 0.01 under the
# figures of the rules + the CRF (`entity_crf`), which raised recall on every
# set and lowered agency precision on some (pooled over 3-13: agency 0.908/0.854
# → 0.899/0.876, organization 0.880/0.839 → 0.893/0.854), and reset again after
# its retrain on dev2-dev62, which moved single sets by up to 0.025 (pooled the
# same); the history of each set follows.

# Held-out set 3 (tests/data/entities_heldout3.jsonl: 50 real articles annotated
# blind for person/agency/organization in session 4, after held-out set 1 and
# dev5 were retired to development). Measured once after each round of
# session 4 (P/R): the session's starting code person 0.867/0.672, agency +
# organization 0.854/0.573; end of session 4 0.885/0.789, 0.909/0.769. Session
# 5 (dev15-dev21 and rules from their misses, the model on 1,119 articles):
# 0.870/0.789, 0.918/0.783 (organization 0.928/0.740). Session 6 (measured again after
# each rule group): 0.871/0.828, 0.939/0.860 (organization 0.946/0.846). Floors ~0.01 below.
HELDOUT3_FLOORS = {"person": (0.895, 0.81), "agency+organization": (0.92, 0.87),
                   "organization": (0.915, 0.855)}
# Held-out 4 (99 articles, blind since session 5; see `benchmarks/entities_quality.py`):
# session 5 start person 0.905/0.855, agency+organization 0.902/0.749 (agency
# 0.883/0.707); end 0.935/0.875, 0.899/0.799 (agency 0.887/0.787); end of session 6
# 0.933/0.892, 0.908/0.827 (agency 0.890/0.807, organization 0.889/0.812).
HELDOUT4_FLOORS = {"person": (0.93, 0.9), "agency+organization": (0.935, 0.87),
                   "agency": (0.91, 0.86), "organization": (0.925, 0.845)}
# Held-out 5 (100 articles), drawn and annotated at the end of session 5 and measured
# once: the session's starting code person 0.908/0.804, agency+organization
# 0.884/0.795; the end of session 5 0.954/0.849, 0.892/0.833 (agency 0.912/0.858,
# organization 0.846/0.786); the end of session 6 0.963/0.871, 0.917/0.882 (agency
# 0.956/0.900, organization 0.890/0.869).
HELDOUT5_FLOORS = {"person": (0.96, 0.885), "agency+organization": (0.93, 0.9),
                   "agency": (0.935, 0.88), "organization": (0.905, 0.885)}
# Held-out 6 (100 articles), drawn at the start of session 6 and measured once, in its
# middle: the session's starting code person 0.943/0.875, agency+organization
# 0.877/0.784 (organization 0.800/0.710); the code of that moment 0.951/0.885,
# 0.892/0.797. Re-measured at the end of the session: 0.954/0.882, 0.889/0.800
# (agency 0.953/0.865, organization 0.828/0.740).
HELDOUT6_FLOORS = {"person": (0.95, 0.89), "agency+organization": (0.895, 0.85),
                   "agency": (0.935, 0.875), "organization": (0.86, 0.82)}
# Held-out 7 (99 articles), drawn after held-out 6 was measured and measured once, at
# the end of session 6: the session's starting code person 0.950/0.862,
# agency+organization 0.873/0.746; the code at held-out 6's measurement 0.952/0.896,
# 0.896/0.795; the final code 0.941/0.893, 0.897/0.800 (agency 0.897/0.808,
# organization 0.860/0.760).
HELDOUT7_FLOORS = {"person": (0.935, 0.91), "agency+organization": (0.89, 0.84),
                   "agency": (0.88, 0.88), "organization": (0.855, 0.775)}
# Held-out 8 (100 articles), drawn at the start of session 7 and measured in its middle:
# the session's starting code person 0.951/0.830, agency+organization 0.892/0.832; the code
# of that moment 0.956/0.836, 0.913/0.849; the end of session 7 0.957/0.864, 0.920/0.846
# (agency 0.925/0.860, organization 0.917/0.837).
HELDOUT8_FLOORS = {"person": (0.955, 0.89), "agency+organization": (0.925, 0.865),
                   "agency": (0.925, 0.885), "organization": (0.93, 0.85)}
# Held-out 9 (99 articles), drawn in the middle of session 7 and measured once, at its
# end: the session's starting code person 0.966/0.935, agency+organization 0.865/0.821;
# the final code 0.966/0.935, 0.891/0.834 (agency 0.873/0.769, organization 0.880/0.860).
HELDOUT9_FLOORS = {"person": (0.97, 0.93), "agency+organization": (0.905, 0.855),
                   "agency": (0.84, 0.795), "organization": (0.915, 0.865)}
# Held-out 10 (100 articles from vietnews-bench), drawn late in session 7 and measured
# once, at its end: the session's starting code person 0.971/0.902, agency+organization
# 0.881/0.863; the final code 0.971/0.916, 0.892/0.869 (agency 0.888/0.861,
# organization 0.873/0.853).
HELDOUT10_FLOORS = {"person": (0.975, 0.93), "agency+organization": (0.89, 0.89),
                    "agency": (0.89, 0.875), "organization": (0.87, 0.885)}
# Held-out 11 (100 articles from vietnews-bench), drawn for session 7's third round and
# measured once, at its end: the session's starting code person 0.946/0.896,
# agency+organization 0.820/0.833; the final code 0.945/0.917, 0.860/0.863 (agency
# 0.873/0.861, organization 0.818/0.833).
HELDOUT11_FLOORS = {"person": (0.93, 0.91), "agency+organization": (0.895, 0.89),
                    "agency": (0.915, 0.87), "organization": (0.835, 0.865)}
# Held-out 12 (100 articles from vietnews-bench), drawn at the start of session 8 and
# measured once, at its end: the session's starting code person 0.930/0.858,
# agency+organization 0.881/0.837; the final code 0.930/0.858, 0.886/0.856 (agency
# 0.872/0.859, organization 0.871/0.833).
HELDOUT12_FLOORS = {"person": (0.915, 0.86), "agency+organization": (0.89, 0.855),
                    "agency": (0.865, 0.87), "organization": (0.875, 0.815)}
# Held-out 13 (100 articles from vietnews-bench), drawn for session 8's second round and
# measured once, at its end: the session's starting code person 0.944/0.889,
# agency+organization 0.890/0.835; the code at the round's start (2a8f770) and the final
# code 0.946/0.891, 0.894/0.844 (agency 0.918/0.835, organization 0.845/0.815).
HELDOUT13_FLOORS = {"person": (0.945, 0.9), "agency+organization": (0.895, 0.855),
                    "agency": (0.91, 0.87), "organization": (0.85, 0.81)}

# Held-out 14 (100 articles from vietnews-bench, `sample_entity_set.py --seed 20699`),
# drawn at the start of session 9 and measured once, at its end: the session's
# starting code person 0.950/0.794, agency+organization 0.951/0.881, organization
# 0.897/0.882; with the CRF 0.941/0.800, 0.975/0.894, 0.933/0.893 (28 of its person
# spans are the speaker labels "Đá:" / "Đen:" of two dialogue columns, which its
# annotator marked without a precedent in the other sets).
HELDOUT14_FLOORS = {"person": (0.93, 0.79), "agency+organization": (0.965, 0.87),
                    "agency": (0.97, 0.81), "organization": (0.925, 0.875)}

# Held-out 15 (100 articles, `sample_entity_set.py --seed 20710`), drawn late in
# session 9 and measured once, at its end: the session's starting code person
# 0.961/0.906, agency+organization 0.929/0.836, organization 0.918/0.824; the final
# code 0.964/0.906, 0.933/0.860, 0.923/0.828.
HELDOUT15_FLOORS = {"person": (0.95, 0.9), "agency+organization": (0.92, 0.85),
                    "agency": (0.9, 0.865), "organization": (0.91, 0.82)}

# Held-out 16 (100 articles, `sample_entity_set.py --seed 20721`), drawn with dev57-dev62
# at the end of session 9 and measured once, with the CRF retrained on them: the
# session's starting code person 0.953/0.850, agency+organization 0.897/0.867,
# organization 0.913/0.865; the final code 0.964/0.862, 0.900/0.870, 0.918/0.870.
HELDOUT16_FLOORS = {"person": (0.95, 0.85), "agency+organization": (0.89, 0.86),
                    "agency": (0.845, 0.835), "organization": (0.905, 0.86)}


@pytest.mark.gate
@pytest.mark.parametrize("name, floors", [("heldout3", HELDOUT3_FLOORS),
                                          ("heldout4", HELDOUT4_FLOORS),
                                          ("heldout5", HELDOUT5_FLOORS),
                                          ("heldout6", HELDOUT6_FLOORS),
                                          ("heldout7", HELDOUT7_FLOORS),
                                          ("heldout8", HELDOUT8_FLOORS),
                                          ("heldout9", HELDOUT9_FLOORS),
                                          ("heldout10", HELDOUT10_FLOORS),
                                          ("heldout11", HELDOUT11_FLOORS),
                                          ("heldout12", HELDOUT12_FLOORS),
                                          ("heldout13", HELDOUT13_FLOORS),
                                          ("heldout14", HELDOUT14_FLOORS),
                                          ("heldout15", HELDOUT15_FLOORS),
                                          ("heldout16", HELDOUT16_FLOORS)])
def test_heldout_quality_gates(name, floors):
    q = _quality_module()
    items = q.load_heldout(q.HELDOUTS[name], data_dir=SHARED)
    if not items:
        pytest.skip(f"{SHARED} is absent: the held-out articles cannot be read")
    res = q.score(items)
    for kind, (p, r) in floors.items():
        assert res[kind]["p"] >= p and res[kind]["r"] >= r, (kind, res[kind])


# All the blind sets pooled (3-16, 1,347 articles), the issue's goal of 0.85
# recall for people and for organizations: session 9's starting code (the rules
# alone) person 0.950/0.884, organization 0.887/0.843; the final code (the CRF
# trained on dev2-dev62) 0.956/0.895 and 0.902/0.854, agency + organization
# 0.911/0.860 → 0.921/0.876.
POOLED_HELDOUT_FLOORS = {"person": (0.945, 0.89), "organization": (0.89, 0.85),
                         "agency+organization": (0.905, 0.87)}


@pytest.mark.gate
def test_pooled_heldout_quality_gate():
    q = _quality_module()
    items = [it for path in q.HELDOUTS.values() for it in q.load_heldout(path, data_dir=SHARED)]
    if not items:
        pytest.skip(f"{SHARED} is absent: the held-out articles cannot be read")
    res = q.score(items)
    for kind, (p, r) in POOLED_HELDOUT_FLOORS.items():
        assert res[kind]["p"] >= p and res[kind]["r"] >= r, (kind, res[kind])


@pytest.mark.parametrize("name, n", [("entities_heldout3.jsonl", 50), ("entities_dev5.jsonl", 50),
                                     ("entities_heldout4.jsonl", 99), ("entities_heldout5.jsonl", 100),
                                     ("entities_dev15.jsonl", 50),
                                     ("entities_dev16.jsonl", 50), ("entities_dev17.jsonl", 50),
                                     ("entities_dev18.jsonl", 50), ("entities_dev19.jsonl", 50),
                                     ("entities_dev20.jsonl", 50), ("entities_dev21.jsonl", 50),
                                     ("entities_dev22.jsonl", 50), ("entities_dev23.jsonl", 50),
                                     ("entities_dev24.jsonl", 50), ("entities_dev25.jsonl", 50),
                                     ("entities_dev26.jsonl", 50), ("entities_dev27.jsonl", 50),
                                     ("entities_dev28.jsonl", 50), ("entities_dev29.jsonl", 50),
                                     ("entities_dev30.jsonl", 50), ("entities_dev31.jsonl", 50),
                                     ("entities_dev32.jsonl", 49),
                                     ("entities_dev33.jsonl", 50), ("entities_dev34.jsonl", 50),
                                     ("entities_dev35.jsonl", 50), ("entities_dev36.jsonl", 10),
                                     ("entities_dev37.jsonl", 50), ("entities_dev38.jsonl", 50),
                                     ("entities_dev39.jsonl", 50), ("entities_dev40.jsonl", 50),
                                     ("entities_dev41.jsonl", 50), ("entities_dev42.jsonl", 50),
                                     ("entities_dev43.jsonl", 50), ("entities_dev44.jsonl", 50),
                                     ("entities_dev45.jsonl", 50), ("entities_dev46.jsonl", 50),
                                     ("entities_dev47.jsonl", 50), ("entities_dev48.jsonl", 50),
                                     ("entities_dev49.jsonl", 50), ("entities_dev50.jsonl", 50),
                                     ("entities_dev51.jsonl", 50), ("entities_dev52.jsonl", 50),
                                     ("entities_dev53.jsonl", 50), ("entities_dev54.jsonl", 50),
                                     ("entities_dev55.jsonl", 50), ("entities_dev56.jsonl", 50),
                                     ("entities_dev57.jsonl", 50), ("entities_dev58.jsonl", 50),
                                     ("entities_dev59.jsonl", 50), ("entities_dev60.jsonl", 50),
                                     ("entities_dev61.jsonl", 50), ("entities_dev62.jsonl", 50),
                                     ("entities_heldout6.jsonl", 100),
                                     ("entities_heldout7.jsonl", 99),
                                     ("entities_heldout8.jsonl", 100),
                                     ("entities_heldout9.jsonl", 99),
                                     ("entities_heldout10.jsonl", 100),
                                     ("entities_heldout11.jsonl", 100),
                                     ("entities_heldout12.jsonl", 100),
                                     ("entities_heldout13.jsonl", 100),
                                     ("entities_heldout14.jsonl", 100),
                                     ("entities_heldout15.jsonl", 100),
                                     ("entities_heldout16.jsonl", 100)])
def test_blind_sets_offsets_match_their_surface_strings(name, n):
    q = _quality_module()
    path = ROOT / "tests" / "data" / name
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) == n and all(len(s) == 5 for r in rows for s in r["spans"])
    by_id = {r["id"]: r for r in rows}
    for _ds, _id, text, _spans, window, *_ in q.load_heldout(path, data_dir=SHARED):
        assert all(text[s:e] == surface and e <= window
                   for s, e, _k, _key, surface in by_id[_id]["spans"])
