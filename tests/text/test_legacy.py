"""Legacy Vietnamese encodings (TCVN3, VNI, VIQR): detection and conversion."""

from __future__ import annotations

import unicodedata

import pytest

from bantin.text.legacy import detect_legacy, from_legacy, is_vietnamese_syllable, to_legacy

# Sentences written for these tests. Capitals are untoned or Đ, because TCVN3
# has no toned capitals (see test_tcvn3_has_no_toned_capitals).
SENTENCES = [
    "Sáng nay, Hà Nội mưa lớn khiến nhiều tuyến phố ngập sâu, người dân phải dắt xe về nhà.",
    "Đà Nẵng đón hơn ba triệu lượt khách trong sáu tháng đầu năm, tăng gần một phần tư.",
    "Giá lúa ở đồng bằng sông Cửu Long tiếp tục giảm; nông dân chờ thương lái quay lại.",
    "Thủ tướng yêu cầu các bộ, ngành đẩy nhanh giải ngân vốn đầu tư công trước quý bốn.",
    "Những đứa trẻ vùng cao được tặng áo ấm, sách vở và học bổng để tiếp tục đến trường.",
    "Bác sĩ khuyên người cao tuổi uống đủ nước, nghỉ ngơi hợp lý và tránh ra nắng buổi trưa.",
    "Khuya rồi mà quán phở nhỏ vẫn đông khách; ông chủ nói giữ nghề là giữ kỷ niệm của cha.",
    "Nghiêm cấm khai thác cát trái phép trên sông Hồng; đội tuần tra làm việc suốt đêm.",
    "Khuỷu tay bị thương nhưng vận động viên vẫn giành huy chương vàng ở nội dung bơi ếch.",
    "Đường ven biển nối Quảng Ngãi với Bình Định sẽ thông xe vào dịp Tết năm tới.",
]

# Every vowel with every tone, plus đ, in both encodings; so the tables are
# checked against text written by hand, not only against themselves.
TCVN3_BY_HAND = [
    ("Hµ Néi", "Hà Nội"),
    ("ViÖt Nam", "Việt Nam"),
    ("§µ N½ng", "Đà Nẵng"),
    ("Thõa Thiªn HuÕ", "Thừa Thiên Huế"),
    ("Ng\xadêi d©n", "Người dân"),
    ("Qu¶ng Ng·i", "Quảng Ngãi"),
    ("Kh¸nh Hßa", "Khánh Hòa"),
    ("L¹ng S¬n", "Lạng Sơn"),
    ("Hµ TÜnh", "Hà Tĩnh"),
    ("Ninh ThuËn", "Ninh Thuận"),
    ("Hßa B×nh", "Hòa Bình"),
    ("Qu¶ng TrÞ", "Quảng Trị"),
    ("VÜnh Phóc", "Vĩnh Phúc"),
    ("§¾k L¾k", "Đắk Lắk"),
    ("b»ng th¼ng ®Æc", "bằng thẳng đặc"),
    ("cÇn chuÈn dÉn nhÊt", "cần chuẩn dẫn nhất"),
    ("nghÌo trÎ vÏ vÐ ®Ñp", "nghèo trẻ vẽ vé đẹp"),
    ("vÒ ®Ó dÔ tØnh", "về để dễ tỉnh"),
    ("häc kháe bæ chç bét", "học khỏe bổ chỗ bột"),
    ("mêi më gióp ®ì hîp", "mời mở giúp đỡ hợp"),
    ("tïy còng dông sö chøc thùc tr÷", "tùy cũng dụng sử chức thực trữ"),
    ("kú ý kü Mþ thñy", "kỳ ý kỹ Mỵ thủy"),
    ("¡ ¢ £ ¤ ¥ ¦", "Ă Â Ê Ô Ơ Ư"),
]
VNI_BY_HAND = [
    ("Vieät Nam", "Việt Nam"),
    ("Haø Noäi", "Hà Nội"),
    ("Ñaø Naüng", "Đà Nẵng"),
    ("Thöøa Thieân Hueá", "Thừa Thiên Huế"),
    ("ngöôøi daân", "người dân"),
    ("khoûe Quaûng Ngaõi", "khỏe Quảng Ngãi"),
    ("Hoøa Bình", "Hòa Bình"),
    ("Vónh Phuùc Quaûng Trò tænh", "Vĩnh Phúc Quảng Trị tỉnh"),
    ("aên baét baèng thaúng ñaëc", "ăn bắt bằng thẳng đặc"),
    ("caàn chuaån daãn nhaát caäp", "cần chuẩn dẫn nhất cập"),
    ("hôïp ôû môùi", "hợp ở mới"),
    ("kyø yù kyõ Mî", "kỳ ý kỹ Mỵ"),
    ("ÑAØ NAÜNG, ÖÔÙC", "ĐÀ NẴNG, ƯỚC"),
]


@pytest.mark.parametrize("legacy,unicode", TCVN3_BY_HAND)
def test_tcvn3_hand_written_text_converts(legacy, unicode):
    assert from_legacy(legacy, "tcvn3") == unicode


@pytest.mark.parametrize("legacy,unicode", VNI_BY_HAND)
def test_vni_hand_written_text_converts(legacy, unicode):
    assert from_legacy(legacy, "vni") == unicode


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viqr"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_round_trip_through_legacy_encoding(encoding, sentence):
    legacy = to_legacy(sentence, encoding)
    assert legacy != sentence
    assert from_legacy(legacy, encoding) == sentence


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_text_survives_latin1_bytes(encoding):
    # The real-world path: legacy bytes in a page read as latin-1.
    text = " ".join(SENTENCES[:3])
    as_read = to_legacy(text, encoding).encode("latin-1").decode("cp1252")
    assert from_legacy(as_read, encoding) == text


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_detects_each_legacy_sentence(encoding, sentence):
    assert detect_legacy(to_legacy(sentence, encoding)) == encoding


def test_output_is_nfc():
    out = from_legacy("ViÖt Nam", "tcvn3")
    assert out == unicodedata.normalize("NFC", out)
    assert len(out) == len("Việt Nam")


def test_tcvn3_has_no_toned_capitals():
    # ".VnTimeH" headings used the lowercase codes: case is lost, letters are not.
    assert from_legacy(to_legacy("Ủy ban Ấn Độ", "tcvn3"), "tcvn3") == "ủy ban ấn Độ"


def test_viqr_keeps_sentence_punctuation_after_consonants():
    assert from_legacy("Vie^.t Nam. Ha` No^.i?", "viqr") == "Việt Nam. Hà Nội?"
    assert from_legacy(r"ddi\.", "viqr") == "đi."


NOT_LEGACY = [
    ("unicode vietnamese", " ".join(SENTENCES)),
    ("unicode short", "Bán cá, bán gà, mua bánh mì, xem phim"),
    ("unicode without vn-only letters", "Cà phê sáng ở Hà Nội: bánh mì, xôi, phở bò tái chín"),
    ("unicode decomposed", unicodedata.normalize("NFD", SENTENCES[0])),
    ("english", "The ministry said on Monday that exports rose 12% in the first half."),
    ("french", "Le café de la rue Pasteur sert une crème brûlée célèbre à Hà Nội."),
    ("german", "Die Straßenbahn fährt über die Brücke; Grüße aus München und Köln."),
    ("latin-1 symbols", "Price: £12 ± 3 ¼ inch, © 2025 ® ½ ¾ ° µm"),
    ("empty", ""),
    ("ascii only", "Ha Noi, Viet Nam, 2025"),
    ("viqr", to_legacy(SENTENCES[0], "viqr")),
]


@pytest.mark.parametrize("name,text", NOT_LEGACY, ids=[n for n, _ in NOT_LEGACY])
def test_does_not_flag(name, text):
    assert detect_legacy(text) is None


def test_does_not_flag_mostly_unicode_page_with_a_stray_symbol():
    text = " ".join(SENTENCES) + " Giá vàng: 85 triệu ± 2%, ¼ tỷ lệ."
    assert detect_legacy(text) is None


@pytest.mark.parametrize("word,ok", [
    ("nghiêng", True), ("Việt", True), ("khuỷu", True), ("quyết", True), ("giữ", True),
    ("người", True), ("oái", True), ("ieọt", False), ("fỹr", False), ("cafộ", False),
    ("hàá", False), ("ngưyt", False),
])
def test_vietnamese_syllable_shape(word, ok):
    assert is_vietnamese_syllable(word) is ok


def test_unknown_encoding_is_an_error():
    with pytest.raises(ValueError):
        from_legacy("abc", "viscii")
