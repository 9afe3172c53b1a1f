import pytest

from bantin.text.segment import sentence_spans, sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Câu một. Câu hai.", ["Câu một.", "Câu hai."]),
        ("TP. Hồ Chí Minh phát triển. Hà Nội cũng vậy.",
         ["TP. Hồ Chí Minh phát triển.", "Hà Nội cũng vậy."]),
        ("Giá 5.000 đồng. Tăng 12,5%.", ["Giá 5.000 đồng.", "Tăng 12,5%."]),
        ("Ông nói: “Tốt.” Sau đó về.", ["Ông nói: “Tốt.”", "Sau đó về."]),
        ("Dòng một\nDòng hai", ["Dòng một", "Dòng hai"]),
        ("Đến 15/7/2025, 33/34 tỉnh đạt. Đó là tin vui!", ["Đến 15/7/2025, 33/34 tỉnh đạt.",
                                                           "Đó là tin vui!"]),
        ("PGS.TS. Nguyễn Văn A phát biểu. Hội nghị kết thúc.",
         ["PGS.TS. Nguyễn Văn A phát biểu.", "Hội nghị kết thúc."]),
        ("Chị P. T.T. Ngân cho biết. Sau đó về.", ["Chị P. T.T. Ngân cho biết.", "Sau đó về."]),
    ],
    ids=["two_sentences", "abbreviation_tp", "thousands_separator", "closing_quote",
         "newline_splits", "dates_and_ratios", "academic_titles", "dotted_initials"],
)
def test_sentences(text, expected):
    assert sentences(text) == expected


def test_spans_point_into_the_text():
    text = "  Mở đầu. Tiếp theo!\n\nĐoạn hai?  "
    for a, b in sentence_spans(text):
        assert text[a:b] == text[a:b].strip()
        assert text[a:b]
    assert [text[a:b] for a, b in sentence_spans(text)] == ["Mở đầu.", "Tiếp theo!", "Đoạn hai?"]


def test_words_joins_syllables_of_one_word():
    from bantin.text.segment import words

    found = words("Chuyển đổi số là xu hướng tất yếu")
    assert "Chuyển đổi" in found or "Chuyển đổi số" in found
    assert all(w.strip() for w in found)
