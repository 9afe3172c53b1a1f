"""Legal documents: "Nghị định 179/2025/NĐ-CP", "Luật Đất đai 2024", ... (part of `pipeline.entities`)."""

from __future__ import annotations

import re
from functools import lru_cache

from bantin.pipeline.entity_text import (
    _NAME_STOP,
    _NOT_NAME_STARTS_SET,
    _TOKEN_RE,
    _UPSET,
    _WORD_RE,
    Entity,
    _first_words,
    _norm_low,
    _old_style,
    _prev_starts,
    _prev_word,
    normalize,
    slugify,
)
from bantin.text.normalize import tone

# --- legal documents ------------------------------------------------------------

_LEGAL_TYPES = {
    "bộ luật": "Bộ luật", "luật": "Luật", "nghị định": "Nghị định", "nghị quyết": "Nghị quyết",
    "thông tư liên tịch": "Thông tư liên tịch", "thông tư": "Thông tư",
    "quyết định": "Quyết định", "chỉ thị": "Chỉ thị", "công văn": "Công văn",
    "công điện": "Công điện", "thông báo": "Thông báo", "kế hoạch": "Kế hoạch",
    "kết luận": "Kết luận", "quy định": "Quy định", "hướng dẫn": "Hướng dẫn",
    "pháp lệnh": "Pháp lệnh", "hiến pháp": "Hiến pháp", "văn bản": "Văn bản",
    "tờ trình": "Tờ trình", "lệnh": "Lệnh", "đạo luật": "Đạo luật", "nđ": "Nghị định",
    "nq": "Nghị quyết",
    "qđ": "Quyết định", "tt": "Thông tư", "ct": "Chỉ thị", "cv": "Công văn",
}
_CODE_TYPES = {
    "NĐ": "Nghị định", "NQ": "Nghị quyết", "QĐ": "Quyết định", "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch", "CT": "Chỉ thị", "KH": "Kế hoạch", "TB": "Thông báo",
    "KL": "Kết luận", "CĐ": "Công điện", "HD": "Hướng dẫn", "QĐi": "Quy định",
    "BC": "Báo cáo", "TTr": "Tờ trình", "PL": "Pháp lệnh", "L": "Lệnh", "CV": "Công văn",
}
_TYPE_ALT = "|".join(sorted((re.escape(k) for k in _LEGAL_TYPES), key=len, reverse=True))
# Numbered documents: "179/2025/NĐ-CP", "57-NQ/TW", "1234/QĐ-TTg", "202/2025/QH15".
_CODE_RE = re.compile(
    r"(?P<num>\d{1,5}[a-z]?)(?:/(?P<year>(?:19|20)\d{2}))?(?P<sep>[/-])"
    r"(?P<code>[A-ZĐ][A-ZĐa-zđ0-9&]*(?:[-/][A-ZĐ0-9][A-ZĐa-zđ0-9&]*)*)(?![\w/])")
_TYPE_BEFORE = re.compile(rf"(?<!\w)(?P<type>{_TYPE_ALT})\s+(?:số\s+)?$")
# Document words that take a bare number or a name ("Nghị quyết 57", "Luật Đất đai").
_DOC_WORD_RE = re.compile(
    r"\b(?:bộ luật|đạo luật|luật|hiến pháp|pháp lệnh|nghị định|nghị quyết|thông tư|quyết định|chỉ thị"
    r"|công văn|kết luận|kế hoạch|quy định|công điện|thông báo)(?= )")
_BARE_NUM = re.compile(r" (?:số )?(\d{1,5}(?:/(?:19|20)\d{2})?)(?![\d/,.]\d|[\w/%-])")
_LAW_TYPES = {"bộ luật", "luật", "hiến pháp", "pháp lệnh", "đạo luật"}
# Lower-case types that still take a bare number ("nghị định 35"); "quyết định
# 3" or "kế hoạch 2" in lower case are too often not documents.
_LOWER_NUM_TYPES = re.compile(r"(?<!\w)(nghị định|nghị quyết|thông tư|chỉ thị)\s+(?:số\s+)?$")
# VietNews spaces its slashes: "quyết định 367 / TTg" (only after a type word).
_CODE_SP_RE = re.compile(
    r"(?P<num>\d{1,5})(?: ?/ ?(?P<year>(?:19|20)\d{2}))? ?(?P<sep>[/-]) ?"
    r"(?P<code>[A-ZĐ][A-ZĐa-zđ0-9&]*(?:[-/][A-ZĐ0-9][A-ZĐa-zđ0-9&]*)*)(?![\w/])")
# "luật" as the second half of a word or inside a name: "kỷ luật", "pháp luật",
# "công ty luật", "Trường ĐH Luật", "Khoa Luật"; "Luật Sư" is a lawyer.
_NOT_LAW_BEFORE = frozenset(["kỷ", "pháp", "ty", "phòng", "đh", "học", "khoa", "viện", "nữ",
                             "đoàn", "hãng", "ngành", "trường", "sinh", "cử", "thạc", "tiến"])
_LAW_STOP = _NAME_STOP | {"quy", "sửa", "bổ", "số", "năm", "sắp", "chưa", "cần", "phải", "giúp", "tạo", "đưa", "đặt", "cấm", "gồm", "dự", "trình", "ban", "áp", "yêu", "nêu", "hiện", "hành", "chính", "thức", "có", "hiệu", "lực", "đề", "xuất", "cho", "phép", "được", "qua", "mà", "này", "mới", "ngày", "đối", "lần", "tiếp", "thì", "cũng"} - {"thông", "chính"}
_LAW_NAME_OK = {"Đất", "Thuế", "Giao", "Đầu", "Nhà", "Tổ", "Công", "Bảo", "Thủ", "Đảng",
                "Thanh", "Quốc", "Trưởng"}
_YEAR_AFTER = re.compile(r"\s+(?:năm\s+)?((?:19|20)\d{2})(?![\d/])")


def slugify_code(ident: str) -> str:
    """ "179/2025/NĐ-CP" → "179/2025/nd-cp" (slashes kept: they carry the number)."""
    from bantin.text.normalize import fold
    return re.sub(r"[^a-z0-9/\-]+", "", fold(ident))


_DOC_FIRST = frozenset(_first_words(
    ["bộ luật", "đạo luật", "luật", "hiến pháp", "pháp lệnh", "nghị định", "nghị quyết", "thông tư",
     "quyết định", "chỉ thị", "công văn", "kết luận", "kế hoạch", "quy định", "công điện",
     "thông báo"]))
_LAW_LAST = frozenset(["luật", "pháp", "lệnh"])
# Law names with a comma inside: "Luật Phòng, chống tham nhũng", "Luật Cán bộ,
# công chức".
_LAW_COMMA = (", chống", ", công chức")


@lru_cache(maxsize=1)
def _law_lexicon() -> dict:
    """type word → first word of a name → names (lower case, both tone
    styles), longest first."""
    from bantin.pipeline.gazetteer.laws import BO_LUAT_NAMES, LAW_NAMES, PHAP_LENH_NAMES
    lex: dict = {}
    for typ, block in (("luật", LAW_NAMES), ("bộ luật", BO_LUAT_NAMES),
                       ("pháp lệnh", PHAP_LENH_NAMES)):
        names = set()
        for line in block.splitlines():
            for n in line.split("|"):
                if n.strip():
                    n = _norm_low(n.strip())
                    names.update((n, _old_style(n)))
        by_first: dict = {}
        for n in names:
            by_first.setdefault(n.split(" ", 1)[0].rstrip(","), []).append(n)
        lex[typ] = {k: sorted(v, key=len, reverse=True) for k, v in by_first.items()}
    return lex


def _known_law_end(low: str, typ: str, p: int) -> int | None:
    """End of a listed law name starting at ``p`` (after "Luật "), or None."""
    table = _law_lexicon().get(typ)
    if not table:
        return None
    wm = _WORD_RE.match(low, p)
    if not wm:
        return None
    for name in table.get(wm.group(), ()):
        if low.startswith(name, p):
            e = p + len(name)
            if e == len(low) or not low[e].isalnum():
                return e
    return None


def _doc_words(low: str, caps: list) -> list:
    out = []
    last = 0
    for s, _e, w, pw in caps:
        if s < last:
            continue
        m = None
        if pw in _LAW_LAST:
            for st in reversed(_prev_starts(low, s, 2)):
                if st >= last:
                    m = _DOC_WORD_RE.match(low, st)
                    if m:
                        break
        if m is None and w in _DOC_FIRST:
            m = _DOC_WORD_RE.match(low, s)
        if m:
            out.append(m)
            last = m.end()
    return out


def _find_legal(text: str, low: str, caps: list, nums: list) -> list[Entity]:
    out: list[Entity] = []
    last = 0
    lower_docs = "nghị" in low or "thông tư" in low or "chỉ thị" in low
    for s, _e in nums:
        if s < last:
            continue
        m = _CODE_RE.match(text, s)
        if not m and lower_docs and s and not (text[s - 1].isalnum() or text[s - 1] in "/.-"):
            lt = _LOWER_NUM_TYPES.search(low, max(0, s - 22), s)
            if lt:
                m = _CODE_SP_RE.match(text, s)
                if not m:
                    bm = _BARE_NUM.match(low, s - 1)
                    if bm:
                        typ = _LEGAL_TYPES[tone(lt.group(1))]
                        num = bm.group(1)
                        number, _, year = num.partition("/")
                        out.append(Entity("legal", f"{slugify(typ)}-{num}", f"{typ} {num}",
                                          lt.start(), bm.end(),
                                          {"type": typ, "number": number,
                                           "year": int(year) if year else None, "issuer": None}))
                        last = bm.end()
                        continue
        if not m and (" / " in text[s:s + 14] or " - " in text[s:s + 14]):
            m2 = _CODE_SP_RE.match(text, s)
            if m2 and " " in m2.group() and _TYPE_BEFORE.search(low, max(0, s - 30), s):
                m = m2
        if not m:
            continue
        last = m.end()
        if s and (text[s - 1].isalnum() or text[s - 1] in "/.-"):
            continue
        code = m.group("code")
        first = re.split(r"[-/]", code)[0]
        tb = _TYPE_BEFORE.search(low, max(0, s - 30), s)
        if tb:
            s = tb.start()
            typ = _LEGAL_TYPES[tone(tb.group("type"))]
        else:
            typ = None
            # a bare code needs a year or a known document code
            if not (m.group("year") or first in _CODE_TYPES or re.fullmatch(r"QH\d+", first)):
                continue
        t = typ or _CODE_TYPES.get(first) or ("Nghị quyết" if re.fullmatch(r"QH\d+", first)
                                             else None)
        ident = text[m.start():m.end()]
        value = {"type": t, "number": m.group("num"),
                 "year": int(m.group("year")) if m.group("year") else None, "issuer": code}
        out.append(Entity("legal", slugify_code(ident), f"{t} {ident}" if t else ident,
                          s, m.end(), value))
    taken = [(e.start, e.end) for e in out]
    for m in _doc_words(low, caps):
        s = m.start()
        if any(a <= s < b for a, b in taken):
            continue
        word = tone(m.group())
        typ = _LEGAL_TYPES[word]
        if word == "luật":
            pw = _prev_word(low, s)
            if pw and pw[0] in _NOT_LAW_BEFORE or low.startswith(" sư", m.end()):
                continue
        bm = _BARE_NUM.match(low, m.end())
        if bm and word not in _LAW_TYPES:
            if text[s] not in _UPSET:
                continue
            num = bm.group(1)
            number, _, year = num.partition("/")
            out.append(Entity("legal", f"{slugify(typ)}-{num}", f"{typ} {num}", s, bm.end(),
                              {"type": typ, "number": number, "year": int(year) if year else None,
                               "issuer": None}))
            taken.append((s, bm.end()))
            continue
        if word not in _LAW_TYPES:
            continue
        toks = []
        p = m.end() + 1
        known = _known_law_end(low, word, p)
        if known:
            toks = list(_TOKEN_RE.finditer(text, p, known))
        while len(toks) < 8 and not known:
            tm = _TOKEN_RE.match(text, p)
            if not tm:
                break
            w = tm.group()
            if not toks:
                if w[0] not in _UPSET:
                    break
            elif w.lower() in _LAW_STOP or w[0].isdigit() or (
                    w[0] in _UPSET and w in _NOT_NAME_STARTS_SET and w not in _LAW_NAME_OK):
                break
            toks.append(tm)
            p = tm.end()
            if text.startswith(_LAW_COMMA, p):
                p += 2
                continue
            if p < len(text) and text[p] == " ":
                p += 1
            else:
                break
        if not toks and typ != "Hiến pháp":
            continue
        if toks and text[s] not in _UPSET and toks[0].group()[0] not in _UPSET:
            continue
        if typ == "Hiến pháp" and text[s] not in _UPSET:
            continue
        end = toks[-1].end() if toks else m.end()
        year = None
        ym = _YEAR_AFTER.match(text, end)
        if ym:
            year = int(ym.group(1))
            end = ym.end()
        elif not toks:
            continue
        lawname = normalize(text[toks[0].start():toks[-1].end()]) if toks else ""
        full = f"{typ} {lawname}".strip()
        key = slugify(full) + (f"-{year}" if year else "")
        out.append(Entity("legal", key, full + (f" {year}" if year else ""), s, end,
                          {"type": typ, "name": lawname or None, "year": year}))
        taken.append((s, end))
    return out
