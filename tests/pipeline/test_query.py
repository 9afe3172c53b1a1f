"""The topic query language: parsing, errors, matching."""

from __future__ import annotations

import pytest

from bantin.pipeline.query import QueryError, fold_for_match, parse


def m(query: str, text: str) -> list[str]:
    return parse(query).match(fold_for_match(text))


MATCH_CASES = [
    # (case, query, text, expected reason)
    ("phrase with diacritics", '"chuyển đổi số"', "Tỉnh đẩy mạnh chuyển đổi số.", ["chuyển đổi số"]),
    ("phrase without diacritics", '"chuyển đổi số"', "chuyen doi so toan dien", ["chuyển đổi số"]),
    ("folded query vs accented text", '"chuyen doi so"', "Chuyển Đổi Số", ["chuyen doi so"]),
    ("abbreviation with đ", "CĐS", "Đẩy nhanh CĐS cấp xã", ["CĐS"]),
    ("abbreviation folded in text", "CĐS", "day nhanh cds", ["CĐS"]),
    ("no match inside a word", "CĐS", "mcds và cdsx", []),
    ("bare term not a substring", "AI", "mai sau ai cũng", ["AI"]),
    ("bare term not inside mai", "AI", "ngày mai trời mưa", []),
    ("phrase must end at word end", '"chuyển đổi số"', "chuyển đổi sốt", []),
    ("separator punctuation", '"khoa học công nghệ"', "Khoa học - Công nghệ", ["khoa học công nghệ"]),
    ("dotted abbreviation", '"TP HCM"', "TP.HCM mưa to", ["TP HCM"]),
    ("adjacent bare words are one phrase", "giáo dục OR học sinh", "các học sinh", ["học sinh"]),
    ("bare phrase not scattered", "giáo dục", "dục vọng và giáo án", []),
    ("OR reports all true branches", '"a b" OR "c d"', "a b và c d", ["a b", "c d"]),
    ("AND both", '"ngân hàng" AND "lãi suất"', "Ngân hàng tăng lãi suất", ["ngân hàng", "lãi suất"]),
    ("AND one missing", '"ngân hàng" AND "lãi suất"', "Ngân hàng mới", []),
    ("juxtaposed quoted phrases AND", '"ngân hàng" "lãi suất"', "lãi suất, ngân hàng", ["ngân hàng", "lãi suất"]),
    ("NOT excludes", '"kinh tế" AND NOT "kinh tế số"', "kinh tế số phát triển", []),
    ("NOT lets through", '"kinh tế" AND NOT "giá vàng"', "kinh tế ổn định", ["kinh tế"]),
    ("minus is NOT", '"kinh tế" -"giá vàng"', "giá vàng và kinh tế", []),
    ("hyphen inside word is not NOT", "Covid-19", "ca Covid 19 mới", ["Covid-19"]),
    ("parentheses", '("bóng đá" OR "quần vợt") AND "vô địch"', "Quần vợt: ai vô địch?",
     ["quần vợt", "vô địch"]),
    ("precedence AND over OR", '"x y" OR "p q" AND "r s"', "x y", ["x y"]),
    ("precedence AND over OR, false", '"p q" OR "x y" AND "r s"', "x y", []),
    ("prefix star", "covid*", "Covid-19 và covidien", ["covid*"]),
    ("prefix does not match earlier", "covid*", "anticovid", []),
    ("lowercase or is a word", "rock or roll", "rock or roll", ["rock or roll"]),
    ("lowercase or does not split", "rock or roll", "rock", []),
    ("overlapping phrases both seen", '"chuyển đổi số" AND "đổi số"', "chuyển đổi số", ["chuyển đổi số", "đổi số"]),
    ("longer and shorter phrase", '"kinh tế" OR "kinh tế số"', "kinh tế số", ["kinh tế", "kinh tế số"]),
    ("tone convention hoà = hòa", '"hòa bình"', "Hoà Bình", ["hòa bình"]),
]


@pytest.mark.parametrize("query,text,expected", [c[1:] for c in MATCH_CASES],
                         ids=[c[0] for c in MATCH_CASES])
def test_match(query, text, expected):
    assert m(query, text) == expected


ERROR_CASES = [
    # (case, query, position, words in the message)
    ("empty", "", 0, "empty"),
    ("blank", "   ", 0, "empty"),
    ("dangling AND", "a AND", 5, "AND needs a term"),
    ("dangling OR", "a OR", 4, "OR needs a term"),
    ("double OR", "a OR OR b", 5, "OR needs a term"),
    ("unclosed paren", "x AND (a OR b", 6, "unclosed '('"),
    ("unmatched paren", "a OR b)", 6, "unmatched ')'"),
    ("empty parens", "a AND ()", 7, "empty parentheses"),
    ("unclosed quote", 'a OR "chuyển đổi', 5, "unclosed quote"),
    ("only negative", "NOT a", 0, "only negative"),
    ("punctuation phrase", 'a OR "..."', 6, "no letters"),
    ("star in middle", '"co*vid"', 1, "only allowed at the end"),
    ("operator first", "OR a", 0, "OR where a term"),
]


@pytest.mark.parametrize("query,pos,words", [c[1:] for c in ERROR_CASES],
                         ids=[c[0] for c in ERROR_CASES])
def test_errors_name_the_position(query, pos, words):
    with pytest.raises(QueryError) as e:
        parse(query)
    assert e.value.pos == pos
    assert words in str(e.value)
    assert f"position {pos}" in str(e.value)


def test_str_shows_structure():
    assert str(parse('a OR b AND NOT c')) == '("a" OR ("b" AND NOT "c"))'
    assert str(parse('a OR b OR "c d"')) == '("a" OR "b" OR "c d")'


def test_regex_for_highlighting():
    q = parse('"chuyển đổi số" OR CĐS')
    text = fold_for_match("Đẩy mạnh CĐS, chuyển đổi số")
    assert [mm.group(1) for mm in q.regex.finditer(text)] == ["cds", "chuyen doi so"]


def test_query_parse_is_cached():
    assert parse('"a b" OR c') is parse('"a b" OR c')
