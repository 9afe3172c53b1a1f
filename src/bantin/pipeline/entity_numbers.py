"""Dates, amounts, percentages and ratios (part of `pipeline.entities`)."""

from __future__ import annotations

import re

from bantin.pipeline.entity_text import (
    Entity,
    _resolve,
    _word_start,
    slugify,
)

# --- numbers: dates, amounts, percents, ratios --------------------------------------

def _num(s: str) -> float | None:
    """Vietnamese number: "." thousands, "," decimals ("5.000.000", "12,5")."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", s):  # "1,000,000" (English style)
        s = s.replace(",", "")
    elif re.fullmatch(r"\d+,\d+", s):
        s = s.replace(",", ".")
    elif not re.fullmatch(r"\d+(?:\.\d+)?", s):  # "12.5": a decimal point
        return None
    try:
        return float(s)
    except ValueError:
        return None


def _clean_number(x: float):
    if x == int(x):
        return int(x)
    return round(x, 6)


_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_DATE_CUE = (r"ngày|hôm nay|hôm qua|ấn định|hôm|sáng|trưa|chiều|tối|đêm|rạng sáng|từ|đến|tới|trước|sau|vào|hết|"
             r"thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|chủ nhật|thứ 2|thứ 3|thứ 4|"
             r"thứ 5|thứ 6|thứ 7|cn|đầu|cuối|giữa|tuần|dịp|kể từ|tính đến|và|hoặc|lúc")
_DATE_CUE_BEFORE = re.compile(rf"(?:^|[\s(,])(?:{_DATE_CUE})\s*[(]?\s*$|[(,]\s*$")
# Forms that start with a digit (scanned fast): year ranges, d/m/y, d/m.
_DATE_NUM_RE = re.compile(
    r"(?P<y1>(?:19|20)\d{2})(?:\s*[-–—]\s*|\s+(?:đến|tới)\s+(?:năm\s+)?)"
    r"(?P<y2>(?:19|20)\d{2})(?![\d/])"
    r"|(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>(?:19|20)\d{2}))?"
    r"(?![\d/]|[.,-]\d)")
# Forms that start with a word (on lower-cased text).
_DATE_KW_RE = re.compile(
    r"\b(?:ngày (?P<d2>\d{1,2}) tháng (?P<m2>\d{1,2})(?:,? năm (?P<y4>(?:19|20)\d{2}))?"
    r"|tháng (?P<m3>\d{1,2})(?:\s*[/-]\s*|\s+năm\s+)(?P<y5>(?:19|20)\d{2})"
    r"|tháng (?P<m4>\d{1,2})"
    r"|quý (?P<qn>iv|i{1,3}|[1-4])\s*(?:[/-]\s*|năm\s+)(?P<y6>(?:19|20)\d{2})"
    r"|năm (?P<y7>(?:19|20)\d{2})"
    r"|(?:đến|tới|trước|sau|cuối|đầu|giữa|hết) (?P<y8>(?:19|20)\d{2}))(?![\d/%]|[.,]\d)")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_DAY_BEFORE = re.compile(r"(?<![\w/.,-])(\d{1,2})-$")


_DATE_KW_WORDS = frozenset(["ngày", "tháng", "quý", "năm", "đến", "tới", "trước", "sau",
                            "cuối", "đầu", "giữa", "hết"])


def _date_kw_matches(low: str, caps: list, nums: list) -> list:
    out = []
    last = 0
    starts = [s for s, _e in nums]
    if "quý" in low:
        starts += [c[0] for c in caps if c[3] == "quý"]
        starts.sort()
    for s in starts:
        j = s - 1
        if j <= 0 or low[j] != " ":
            continue
        k = _word_start(low, j)
        if k < last or low[k:j] not in _DATE_KW_WORDS:
            continue
        m = _DATE_KW_RE.match(low, k)
        if m:
            out.append(m)
            last = m.end()
    return out


def _number_matches(src: str, nums: list, rx: re.Pattern):
    """Matches of ``rx`` at the number anchors ``nums`` of ``src``, skipping
    anchors inside the previous match (each finder's candidates, in order)."""
    last = 0
    for s0, _e0 in nums:
        if s0 < last:
            continue
        m = rx.match(src, s0)
        if m:
            last = m.end()
            yield m


def _find_dates(text: str, low: str, caps: list, nums: list) -> list[Entity]:
    cands: list[tuple[int, Entity]] = []
    for m in _number_matches(low, nums, _DATE_NUM_RE):
        s, e = m.start(), m.end()
        d1 = None
        if s and low[s - 1] == "-" and m.group("d") and not m.group("y"):
            # a day range: "3-5/6", "ngày 10-15/10"
            dm = _DAY_BEFORE.search(low, max(0, s - 4), s)
            if dm and int(dm.group(1)) < int(m.group("d")):
                d1, s = int(dm.group(1)), dm.start()
        if s and (low[s - 1].isalnum() or low[s - 1] in "/.,-"):
            continue
        g = m.group
        before = low[max(0, s - 16):s]
        if g("y1"):
            y1, y2 = int(g("y1")), int(g("y2"))
            if y2 <= y1 or y2 - y1 > 100:
                continue
            value = f"{y1}/{y2}"
            for pre in ("từ năm ", "từ ", "năm "):
                if before.endswith(pre) and (pre != "từ " or "đến" in g(0) or "tới" in g(0)):
                    s -= len(pre)
                    break
        else:
            d, mo = int(g("d")), int(g("m"))
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                continue
            if g("y"):
                value = f"{int(g('y')):04d}-{mo:02d}-{d:02d}"
            else:
                if g("sep") == ".":
                    continue
                if not before.endswith("ngày ") and not _DATE_CUE_BEFORE.search(before):
                    continue  # "33/34 tỉnh" is a ratio, "1/2" a fraction
                value = f"--{mo:02d}-{d:02d}"
                if d1:
                    value = f"--{mo:02d}-{d1:02d}/{value}"
            if before.endswith("ngày "):
                s -= 5
        cands.append((0, Entity("date", value, text[s:e], s, e, value)))
    for m in _date_kw_matches(low, caps, nums):
        g = m.group
        s, e = m.start(), m.end()
        if g("d2"):
            d, mo = int(g("d2")), int(g("m2"))
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                continue
            value = f"{int(g('y4')):04d}-{mo:02d}-{d:02d}" if g("y4") else f"--{mo:02d}-{d:02d}"
        elif g("m3"):
            mo = int(g("m3"))
            if not 1 <= mo <= 12:
                continue
            value = f"{int(g('y5')):04d}-{mo:02d}"
        elif g("m4"):
            mo = int(g("m4"))
            if not 1 <= mo <= 12:
                continue
            value = f"--{mo:02d}"
        elif g("qn"):
            qn = g("qn")
            value = f"{g('y6')}-Q{_ROMAN.get(qn) or int(qn)}"
        elif g("y7"):
            value = g("y7")
        else:
            value = g("y8")
            s = m.start("y8")
        cands.append((1, Entity("date", value, text[s:e], s, e, value)))
    return sorted(_resolve(cands), key=lambda e: e.start)


_MAG = {"nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "nghìn tỉ": 1e12, "ngàn tỉ": 1e12, "tỷ": 1e9,
        "tỉ": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3, "trăm triệu": 1e8,
        "trăm nghìn": 1e5, "trăm ngàn": 1e5}
_BIG_MAG = {"tỷ", "tỉ", "nghìn tỷ", "ngàn tỷ", "nghìn tỉ", "ngàn tỉ"}
_CUR = {"đồng": "đồng", "vnđ": "đồng", "vnd": "đồng", "đ": "đồng", "usd": "USD",
        "đô la mỹ": "USD", "đôla mỹ": "USD", "đô la": "USD", "đôla": "USD", "đô": "USD",
        "eur": "EUR", "euro": "EUR", "bảng anh": "GBP", "yên": "JPY", "yên nhật": "JPY",
        "nhân dân tệ": "CNY", "ndt": "CNY", "won": "KRW", "bạt": "THB", "baht": "THB",
        "rúp": "RUB", "sgd": "SGD", "aud": "AUD", "đô la úc": "AUD", "đô la singapore": "SGD"}
_MAG_ALT = "|".join(sorted(map(re.escape, _MAG), key=len, reverse=True))
_CUR_ALT = "|".join(sorted(map(re.escape, _CUR), key=len, reverse=True))
_PER = (r"tháng|năm|ngày|tuần|giờ|người|kg|tấn|lít|bình|usd|m2|m²|ha|suất|lượt|hộ|căn|chiếc|cổ phiếu|"
        r"cp|con|km|vé|gói|sản phẩm|học sinh|lao động|thùng|bao|mét|m")
_AMOUNT_RE = re.compile(
    rf"(?P<n1>{_NUM})(?:\s*[-–]\s*(?P<n2x>{_NUM}))?"
    rf"(?:\s+(?P<m1>{_MAG_ALT}))?(?:\s+(?P<n2>\d{{1,3}})\s+(?P<m2>triệu|nghìn|ngàn))?"
    rf"(?:\s*(?P<cur>(?:{_CUR_ALT})(?![\w])))?"
    rf"(?:\s*/\s*(?P<per>(?:{_PER})(?![\w])))?")
_PCT_RE = re.compile(
    rf"(?:(?P<n0>{_NUM})\s*[-–]\s*)?(?P<n>{_NUM})\s?(?:%|(?P<w>phần trăm)(?![\w]))")
_RATIO_RE = re.compile(r"(?P<a>\d{1,5})/(?P<b>\d{1,5})(?![\w/%]|[.,]\d)(?= +\S)")


# After "N đồng" with N < 100: what makes it money rather than "đồng hồ", "đồng chí".
_SMALL_DONG_OK = re.compile(r"(?:[.,;)]|$| (?:so|cả|lên|xuống|tại|mỗi|một|trên|và|cho|với|"
                            r"thì|là|nhưng|khi|từ|đến)\b)")


def _find_amounts(text: str, low: str, nums: list) -> list[Entity]:
    out = []
    for m in _number_matches(low, nums, _AMOUNT_RE):
        g = m.group
        s = m.start()
        if s and (low[s - 1].isalnum() or low[s - 1] in ".,/"):
            continue
        dollar = low[max(0, s - 3):s].rstrip().endswith("$")
        if dollar:
            s = low.rindex("$", 0, s)
            if low[max(0, s - 2):s] == "us":
                s -= 2
        cur = g("cur")
        if not (cur or dollar):
            # "5 tỷ." counts as money (đồng); "5 triệu người" does not
            if g("m1") not in _BIG_MAG:
                continue
            nxt = low[m.end():m.end() + 2]
            if nxt and not (nxt[0] in ".,;)" or nxt.startswith(" (")):
                continue
        if cur in ("đ", "đô", "yên", "won", "đồng") and not g("m1"):
            # bare small numbers: "2 đồng" is rare, "3 đô" ambiguous; keep "3.000 đồng"
            if cur != "đồng" and cur != "đ" or (cur == "đ" and "." not in g("n1")):
                continue
            if cur == "đồng" and _num(g("n1")) is not None and _num(g("n1")) < 100 and not (
                    g("per") or _SMALL_DONG_OK.match(low, m.end())):
                continue  # "3 đồng hồ", "2 đồng chí"; "tăng 10 đồng." is money
        n1 = _num(g("n1"))
        if n1 is None:
            continue
        mag = _MAG.get(g("m1"), 1) if g("m1") else 1
        unit = _CUR.get(cur, "USD" if dollar else "đồng")
        if g("per"):
            unit += "/" + g("per")
        if g("n2x"):
            n2x = _num(g("n2x"))
            if n2x is None:
                continue
            value = {"value": _clean_number(n1 * mag), "value_to": _clean_number(n2x * mag),
                     "unit": unit}
        else:
            val = n1 * mag
            if g("n2"):
                val += int(g("n2")) * _MAG[g("m2")]
            value = {"value": _clean_number(val), "unit": unit}
        key = f"{value['value']}-{slugify(unit)}"
        out.append(Entity("amount", key, text[s:m.end()], s, m.end(), value))
    return out


def _find_percents(text: str, low: str, nums: list) -> list[Entity]:
    if "%" not in text and "phần trăm" not in low:
        return []
    out = []
    for m in _number_matches(low, nums, _PCT_RE):
        s = m.start()
        if s and (low[s - 1].isalnum() or low[s - 1] in ".,/"):
            continue
        n = _num(m.group("n"))
        if n is None:
            continue
        value: object = _clean_number(n)
        key = f"{value}%"
        if m.group("n0"):
            n0 = _num(m.group("n0"))
            if n0 is not None:
                value = {"from": _clean_number(n0), "to": value}
                key = f"{value['from']}-{value['to']}%"
        out.append(Entity("percent", key, text[s:m.end()], s, m.end(), value))
    return out


def _find_ratios(text: str, nums: list) -> list[Entity]:
    out = []
    for m in _number_matches(text, nums, _RATIO_RE):
        s = m.start()
        if s and (text[s - 1].isalnum() or text[s - 1] in ".,/-"):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if b == 0 or a > b:
            continue
        nxt = text[m.end():m.end() + 2].strip()
        if not nxt or not (nxt[0].islower() or nxt[0] in "(“\""):
            continue
        before = text[max(0, s - 16):s].lower()
        if b <= 12 and _DATE_CUE_BEFORE.search(before):
            continue
        out.append(Entity("ratio", f"{a}/{b}", f"{a}/{b}", s, m.end(), {"num": a, "den": b}))
    return out
