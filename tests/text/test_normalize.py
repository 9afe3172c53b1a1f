import unicodedata

import pytest

from bantin.text.normalize import clean, fold, folded_tokens, normalize, slugify, tokens


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trần Đăng Hoà", "Trần Đăng Hòa"),  # tone_mark_old_style_hoa
        ("HOÀ BÌNH", "HÒA BÌNH"),  # tone_mark_upper_case
        ("sức khoẻ", "sức khỏe"),  # tone_mark_oe
        ("thuỷ điện", "thủy điện"),  # tone_mark_uy
        ("quý I", "quý I"),  # qu_is_a_consonant_left_alone
        ("hoàn thành", "hoàn thành"),  # closed_syllable_left_alone
        ("thuyền", "thuyền"),  # closed_uye_left_alone
        ("Hòa", "Hòa"),  # already_canonical
        ("hoạ sĩ", "họa sĩ"),  # dot_below_moves
    ],
    ids=["old_style_hoa", "upper_case", "oe", "uy", "qu_consonant", "closed_syllable",
         "closed_uye", "already_canonical", "dot_below"],
)
def test_normalize_applies_one_tone_convention(text, expected):
    assert normalize(text) == expected


def test_both_conventions_give_the_same_name():
    assert normalize("Trần Đăng Hoà") == normalize("Trần Đăng Hòa")
    assert normalize("Thuý Kiều") == normalize("Thúy Kiều")


def test_clean_removes_invisible_and_odd_whitespace():
    raw = "Chuyển\u200b đổi\u00a0số\ufeff\r\n\r\n\r\nDòng   hai\x07"
    assert clean(raw) == "Chuyển đổi số\n\nDòng hai"


def test_clean_composes_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Điện Biên")
    assert clean(decomposed) == "Điện Biên"
    assert unicodedata.is_normalized("NFC", clean(decomposed))


def test_clean_keeps_published_tone_marks():
    # Display text is quoted as published: no tone-mark rewriting.
    assert clean("Trần Đăng Hoà") == "Trần Đăng Hoà"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Đổi mới sáng tạo", "doi moi sang tao"),
        ("Điện Biên", "dien bien"),
        ("CĐS", "cds"),
        ("Hoà", "hoa"),
        ("Nghị định 179/2025/NĐ-CP", "nghi dinh 179/2025/nd-cp"),
    ],
)
def test_fold_drops_diacritics_and_maps_d(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize(
    "name, slug",
    [("Chuyển đổi số", "chuyen-doi-so"), ("Văn hóa - Xã hội", "van-hoa-xa-hoi"),
     ("Đổi mới sáng tạo", "doi-moi-sang-tao"), ("Sức khoẻ", "suc-khoe")],
)
def test_slugify(name, slug):
    assert slugify(name) == slug


def test_tokens_keep_diacritics_and_fold_drops_them():
    assert tokens("Chuyển đổi số 2025") == ["chuyển", "đổi", "số", "2025"]
    assert folded_tokens("Chuyển đổi số 2025") == ["chuyen", "doi", "so", "2025"]


def test_fold_in_place_keeps_offsets():
    from bantin.text.normalize import fold, fold_in_place

    for text in ("Đổi mới sáng tạo ở Điện Biên", "Hoà Bình", "Tho\u0309 (decomposed) và Huế"):
        out = fold_in_place(text)
        assert len(out) == len(text)
        i = text.index("Bi") if "Bi" in text else 0
        assert out[i:i + 2] == fold(text[i:i + 2])
    assert fold_in_place("Điện Biên") == "dien bien"
