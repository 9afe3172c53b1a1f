"""Stage 7: named entities and quantities, by gazetteers and rules.

`extract_entities(text)` returns `Entity` objects whose ``start``/``end`` are
offsets into the text as given (``text[start:end]`` is the mention as
written). Kinds:

* ``province``: the 34 provinces and cities after the 2025 merger; old names
  ("Bình Dương", "Hà Giang") map to today's unit (`gazetteer.provinces_old`).
* ``agency``: ministries (current and pre-2025), central bodies, local bodies
  ("UBND tỉnh X", "Công an TP X", "Sở Y tế Hà Nội").
* ``organization``: companies, banks, international bodies, schools,
  hospitals: a gazetteer plus heads such as "Tập đoàn X", "Công ty X".
* ``person``: titles and honorifics ("Thủ tướng", "ông") before a
  capitalized run, or a 3–4 syllable run that starts with a surname; the
  title is kept apart in ``role``.
* ``legal``: numbered documents ("Nghị định 179/2025/NĐ-CP", "57-NQ/TW") and
  named laws ("Luật Đất đai 2024").
* ``date``, ``amount`` (money), ``percent``, ``ratio``.

How it matches. One scan with a class-prefixed pattern (which ``re`` runs in
C without trying every position) finds the anchors: capitalized words and
numbers. Gazetteers are compiled into trie-shaped regular expressions over
``text.lower()`` (both tone styles, "hoà"/"hòa"; lower-casing keeps offsets)
and tried only at anchors whose word opens one of their entries; lower-case
cues ("ông", "thủ tướng", "công ty", "luật", "ngày") are found by looking back
from the anchor they introduce; numbers, dates and documents are matched at
number anchors. Case is checked on the original (a name needs its capitals:
"Hòa Bình" the province, not "hòa bình" peace). Layers are resolved by
priority: legal > date > amount > percent > ratio for numbers; provinces may
sit inside agency and organization names ("UBND thành phố Đà Nẵng" yields
both), never inside a person's name. Beyond the gazetteers: heads of bodies
("Cục", "Bệnh viện", "CTCP", "Câu lạc bộ") with the name after them, which
goes on over lower-case name words ("Cục Chuyển đổi số", "Ban Chỉ đạo": a
lexicon in `gazetteer.agencies`), acronyms spelled out in
parentheses after a body's name, team names ("Gwangju FC"), names without a
cue (a surname and 2-4 capitalized syllables, romanized Korean/Chinese
surnames) and later mentions of a name already found ("Mansoor").
Not underthesea's NER: it was slower
(~5 s per 1,000 sentences) and worse on news (it tags Viettel as a person).
After the rules, a small trained classifier (`entity_model`, logistic
regression shipped as ``bantin/data/entity_model.json.gz``) labels the
capitalized runs no rule touched as person/organization/agency ("Khaosod",
"PvcomBank", a bare later "Hương"); ~0.12 ms per article.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from bantin.pipeline import entity_crf as _entity_crf
from bantin.pipeline import entity_model as _entity_model
from bantin.pipeline.entity_legal import _find_legal
from bantin.pipeline.entity_numbers import _find_amounts, _find_dates, _find_percents, _find_ratios
from bantin.pipeline.entity_text import (
    _AGENCY_HEADS_SET,
    _CAPRUN_RE,
    _FOREIGN_GIVEN,
    _FOREIGN_SUR,
    _NAME_STOP,
    _NOT_NAME_STARTS_SET,
    _NOT_ORG_ACRONYMS,
    _NOT_PERSONS,
    _PLACE_CUES,
    _STRONG_SURNAMES,
    _TOKEN_RE,
    _UP,
    _UPSET,
    _WEAK_SURNAMES_SET,
    _WORD_RE,
    KINDS,
    Entity,
    _anchors,
    _at_sentence_start,
    _case_checks,
    _case_ok,
    _first_words,
    _LazyTrie,
    _lk,
    _lowered,
    _norm_low,
    _old_style,
    _pipe,
    _prev_starts,
    _prev_word,
    _resolve,
    _trie_regex,
    _tsv,
    _word_pair,
    _word_start,
    normalize,
    slugify,
)
from bantin.text.legacy import is_vietnamese_syllable
from bantin.text.normalize import tone

# --- provinces ------------------------------------------------------------------

_ADMIN_PREFIX = r"(?:tỉnh|thành phố|tp\.|tp|t\.p\.|t\.p)"
_PROVINCE_BLOCKERS = ["thái bình dương", "điện biên phủ", "hà nội mới"]
_MIDDLE_NAMES = {"Văn", "Thị", "Đức", "Hữu", "Minh", "Thanh", "Ngọc", "Quang", "Xuân", "Hồng", "Thu", "Kim", "Bảo", "Đình", "Công", "Quốc", "Thế", "Trọng", "Mạnh", "Tuấn", "Việt", "Hoài", "Thúy", "Thùy", "Mai", "Phương", "Lan", "Hương", "Hải", "Trung", "Tiến", "Duy", "Khánh", "Gia", "Phúc", "Anh", "Tất", "Bá", "Doãn", "Như", "Diệu", "Cẩm", "Thái", "Nhật", "Ánh", "Bích", "Trường", "Chí", "Đăng", "Hoàng", "Vĩnh"}
_HONORIFIC_WORDS = {"ông", "bà", "anh", "chị", "cô", "chú", "bác", "em", "cháu", "cụ", "bé", "cậu", "thầy"}


@lru_cache(maxsize=1)
def _provinces():
    from vietnam_provinces import Province

    from bantin.pipeline.gazetteer.provinces_old import (
        CURRENT_VARIANTS,
        PREFIX_ONLY,
        PROVINCES_OLD_TSV,
    )

    units = {}
    for p in Province.iter_all():
        units[p.codename] = (p.name, int(p.code))
    table: dict[str, tuple] = {}  # low spelling -> (codename, old name or None, checks)

    def add(spelling: str, codename: str, old: str | None):
        low = _norm_low(spelling)
        if low in table and table[low][1] is None:
            return  # today's name wins over an old one
        table[low] = (codename, old, _case_checks(spelling), low in PREFIX_ONLY)

    for codename, (name, _code) in units.items():
        short = re.sub(r"^(Thành phố|Tỉnh) ", "", name)
        add(short, codename, None)
        for v in CURRENT_VARIANTS.get(codename, ()):
            add(v, codename, None)
    for row in _tsv(PROVINCES_OLD_TSV):
        old, codename = row[0], row[1]
        assert codename in units, codename
        cur_short = _norm_low(re.sub(r"^(Thành phố|Tỉnh) ", "", units[codename][0]))
        is_old = None if _norm_low(old) == cur_short else normalize(old)
        add(old, codename, is_old)
        for v in _pipe(row[2] if len(row) > 2 else ""):
            add(v, codename, is_old)
    words = list(table) + _PROVINCE_BLOCKERS
    trie = _trie_regex(words)
    rx = re.compile(rf"\b(?P<pre>{_ADMIN_PREFIX}\s?)?(?P<name>{trie})(?![\w])")
    name_rx = re.compile(rf"(?:{trie})(?![\w])")
    return units, table, rx, name_rx, frozenset(_first_words(words))


@lru_cache(maxsize=1)
def _ward_names() -> frozenset:
    """Today's communes and wards by name, lower-cased ("dương minh châu",
    "hồ thị kỷ"): places named after people."""
    from vietnam_provinces import Ward
    return frozenset(_norm_low(w.name.split(" ", 1)[1]) for w in Ward.iter_all())


_PRE_BEFORE = re.compile(rf"(?<![\w]){_ADMIN_PREFIX}\s?$")


def _province_entity(text, codename, old, units, s, e, name_s) -> Entity:
    name, code = units[codename]
    value = {"code": code}
    if old:
        value["old_name"] = old
    return Entity("province", codename.replace("_", "-"), name, s, e, value)


def _match_province(text: str, low: str, pos: int, need_prefix_ok=True):
    """A province mention starting at ``pos``: (codename, old, start, end) or None."""
    _units, table, rx, _nrx, _fw = _provinces()
    m = rx.match(low, pos)
    if not m:
        return None
    info = _lk(table, m.group("name"))
    if info is None:
        return None
    codename, old, checks, prefix_only = info
    if not _case_ok(text, m.start("name"), checks):
        return None
    if prefix_only and not m.group("pre"):
        return None
    return codename, old, m.start(), m.end(), m.group("pre") is not None


def _find_provinces(text: str, low: str, caps: list) -> list[Entity]:
    units, table, _rx, name_rx, first = _provinces()
    out = []
    last = 0
    for s, _e, w, _pw in caps:
        if s < last:
            continue
        ns = s
        if w not in first:
            if w[:2] == "tp" and w[2:] in first:
                ns = s + 2  # "TPHCM"
            else:
                continue
        m = name_rx.match(low, ns)
        if not m:
            continue
        info = _lk(table, m.group())
        if info is None:
            last = m.end()
            continue  # a blocker ("Thái Bình Dương")
        codename, old, checks, prefix_only = info
        if not _case_ok(text, ns, checks):
            continue
        if ns != s:
            start = s
        else:
            pm = _PRE_BEFORE.search(low, max(0, s - 12), s)
            start = pm.start() if pm else s
        if start == ns:
            if prefix_only:
                continue
            if low.endswith(("xa lộ ", "đại lộ "), 0, ns):
                continue  # a road: "xa lộ Hà Nội"
            pw = _prev_word(text, ns)
            if pw:
                w = pw[0]
                if w in _HONORIFIC_WORDS or w in _MIDDLE_NAMES or w in _surnames():
                    continue  # part of a person's name: "Nguyễn Khánh Hòa", "chị Huế"
                if " " not in text[ns:m.end()] and w[:1] in _UPSET and \
                        text[pw[1] + len(w):ns] == " ":
                    pw2 = _prev_word(text, pw[1])
                    if pw2 and pw2[0] in _STRONG_SURNAMES and \
                            text[pw2[1] + len(pw2[0]):pw[1]] == " ":
                        continue  # "luật sư Nguyễn Danh Huế": a given name
        last = m.end()
        out.append(_province_entity(text, codename, old, units, start, m.end(), ns))
    return out



# --- agencies and organizations -----------------------------------------------

class _GEntry:
    """A gazetteer entry; its case checks are worked out from its spellings
    when first needed (19,000 spellings: a quarter second per process)."""

    __slots__ = ("kind", "key", "name", "value", "local", "lax", "spellings", "_checks")

    def __init__(self, kind: str, key: str, name: str, value: object = None,
                 local: str | None = None, lax: bool = False):
        self.kind, self.key, self.name, self.value = kind, key, name, value
        self.local = local  # key prefix when a place may follow ("so-y-te")
        self.lax = lax  # a state body's name: its words after the first may be lower case
        self.spellings: list[str] = []  # those that lower-case alike, in order
        self._checks: tuple | None = None

    @property
    def checks(self) -> tuple:
        if self._checks is None:
            checks = _case_checks(self.spellings[0])
            for sp in self.spellings[1:]:
                c = _case_checks(sp)
                if len(c) < len(checks):
                    checks = c  # the laxer spelling decides
                elif c != checks:
                    # "HoSE" and "HOSE": either case, a capital first
                    checks = tuple((off, tok, False) for off, tok, _x in checks)
            self._checks = checks
        return self._checks


_SUBJECT_SEP = re.compile(r"(, | và | - | & )")


def _acronym_spelling(sp: str) -> bool:
    """A subject written as its acronym, joined or spaced ("GD&ĐT", "LĐ - TB & XH")."""
    return sp.replace("-", "").replace("&", "").replace(" ", "").isupper()


def _subject_variants(spellings: list[str]) -> list[str]:
    """A ministry's subject as news writes it: "Văn hóa - thể thao và du lịch",
    "Lao động Thương binh Xã hội", "Kế hoạch & Đầu tư" for "Lao động,
    Thương binh và Xã hội"; an acronym spaced out ("GD & ĐT", "VH - TT & DL",
    "VH, TT & DL")."""
    out = list(spellings)
    for sp in spellings:
        if " " not in sp:
            if ("&" in sp or "-" in sp) and _acronym_spelling(sp):
                spaced = re.sub(r"\s*([&-])\s*", r" \1 ", sp)
                out += [spaced, spaced.replace(" - ", ", ")]
            continue
        parts = _SUBJECT_SEP.split(sp)
        if len(parts) < 3:
            continue
        words, seps = parts[::2], parts[1::2]
        for combo in itertools.product((", ", " và ", " - ", " & ", " "), repeat=len(seps)):
            if list(combo) != seps:
                out.append("".join(w + c for w, c in zip(words, combo)) + words[-1])
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _gazetteer():
    from bantin.pipeline.gazetteer.agencies import AGENCIES_TSV, LOCAL_HEADS_TSV, SUBJECTS_TSV
    from bantin.pipeline.gazetteer.organizations import AGENCY_HEADS, ORGANIZATIONS_TSV
    from bantin.pipeline.gazetteer.organizations import ORG_HEADS as _OH
    from bantin.pipeline.gazetteer.organizations_vn import ORGANIZATIONS_VN_TSV
    from bantin.pipeline.gazetteer.organizations_world import (
        AGENCIES_WORLD_TSV,
        ORGANIZATIONS_WORLD_TSV,
    )
    ORG_HEADS = list(_OH) + AGENCY_HEADS

    table: dict[str, _GEntry] = {}

    def add(spelling: str, entry: _GEntry):
        if "-" in spelling and " - " not in spelling and not spelling.isupper() and \
                re.search(r"[a-z]-[A-Za-z]", spelling):
            add(re.sub(r"(?<=\w)-(?=\w)", " - ", spelling), entry)  # "al - Qaeda" as news
        low = _norm_low(spelling)
        old = table.get(low)
        if old is not None:
            if old.key == entry.key:
                old.spellings.append(spelling)
            return
        new = table[low] = _GEntry(entry.kind, entry.key, entry.name, entry.value, entry.local,
                                   entry.lax)
        new.spellings.append(spelling)

    for row in _tsv(SUBJECTS_TSV):
        subject = row[0]
        spellings = [subject] + _pipe(row[1] if len(row) > 1 else "")
        successor = row[2].lstrip("> ").strip() if len(row) > 2 and row[2] else None
        name = "Bộ " + subject
        key = slugify(name)
        value = {"successor": successor} if successor else None
        for sp in _subject_variants(spellings):
            add("Bộ " + sp, _GEntry("agency", key, name, value, lax=True))
            add("Sở " + sp, _GEntry("agency", slugify("Sở " + subject), "Sở " + subject,
                                    None, slugify("Sở " + subject), lax=True))
            if _acronym_spelling(sp):
                # "Phòng LĐ - TB & XH huyện Yên Thành": a district's division, by its acronym
                add("Phòng " + sp, _GEntry("agency", slugify("Phòng " + subject),
                                           "Phòng " + subject, None,
                                           slugify("Phòng " + subject), lax=True))
    for row in _tsv(AGENCIES_TSV):
        name = row[0]
        key = slugify(name)
        local = key if len(row) > 2 and row[2] == "+place" else None
        for sp in [name] + _pipe(row[1] if len(row) > 1 else ""):
            add(sp, _GEntry("agency", key, name, None, local, lax=" " in sp))
    # the curated lists first: a spelling keeps its first entry
    for kind, block in (("organization", ORGANIZATIONS_TSV), ("agency", AGENCIES_WORLD_TSV),
                        ("organization", ORGANIZATIONS_VN_TSV),
                        ("organization", ORGANIZATIONS_WORLD_TSV)):
        for row in _tsv(block):
            name = row[0]
            key = slugify(name)
            for sp in [name] + _pipe(row[1] if len(row) > 1 else ""):
                # an agency's name in any case after its capital; a long organization's
                # too ("Sở Giao dịch chứng khoán TP.HCM"), not a paper's two words ("Nhân dân")
                add(sp, _GEntry(kind, key, name, lax=" " in sp and (
                    kind == "agency" or sp.count(" ") >= 3)))
    heads: dict[str, tuple] = {}
    for row in _tsv(LOCAL_HEADS_TSV):
        canonical, prefix = row[0], row[2]
        kind = row[3] if len(row) > 3 and row[3] else "agency"
        for sp in [canonical] + _pipe(row[1]):
            # any case after the capital ("Ban chỉ huy quân sự xã X"); acronyms exactly
            heads[_norm_low(sp)] = (canonical, prefix, kind,
                                    tuple(c for c in _case_checks(sp) if c[2]))
    gaz_rx = _LazyTrie(table, r"\b", r"(?![\w&])")
    head_rx = re.compile(rf"\b(?:{_trie_regex(heads)})(?=\s)")
    org_head_rx = re.compile(rf"\b(?:{_trie_regex(ORG_HEADS)})(?=\s)")
    org_alias = {}
    for low, e in table.items():
        org_alias[low] = e
    org_last: dict[str, tuple] = {}  # last word → the lower-case heads it ends
    for h in ORG_HEADS:
        if h in _COMPANY_HEADS or h in _LOWER_HEADS or h in _LOWER_AGENCY_HEADS or \
                h in _TITLED_LOWER_HEADS:
            last = h.split(" ")[-1]
            org_last[last] = tuple(sorted(org_last.get(last, ()) + (h,), key=len, reverse=True))
    return (table, gaz_rx, heads, head_rx, org_head_rx, org_alias, frozenset(_first_words(table)),
            frozenset(_first_words(heads)), frozenset(_first_words(ORG_HEADS)),
            org_last)


_LEVELS = ["tỉnh", "thành phố", "tp.", "tp", "huyện", "quận", "thị xã", "xã", "phường",
           "thị trấn", "thôn", "tx.", "tx"]
_PLACE_LEVEL_WORDS = frozenset(["xã", "huyện", "quận", "phường", "tỉnh", "trấn", "thôn", "ấp",
                                "làng"])
_LEVEL_RX = re.compile(r"(?:tỉnh|thành phố|tp\.|tp|huyện|quận|thị xã|xã|phường|thị trấn"
                       r"|t ?x\.|tx|q\.(?= ?\w)|p\.(?= ?\w)|h\.(?= ?[^\W\d]))(?=[ .\w]) *")
# a body's short name in parentheses before its place: "(GTVT) TP. HCM"
_PAREN_SHORT_RE = re.compile(r" \([A-ZĐ][A-ZĐ&\- ]{1,10}\)(?= )")
_LEVEL_ABBR = {"q.": "quận", "p.": "phường", "h.": "huyện", "tx.": "thị xã", "t x.": "thị xã"}
_LEVEL_SLUG = {"tỉnh": "", "thành phố": "", "tp.": "", "tp": "", "huyện": "huyen",
               "quận": "quan", "thị xã": "thi-xa", "xã": "xa", "phường": "phuong",
               "thị trấn": "thi-tran", "tx.": "thi-xa", "tx": "thi-xa"}


_WARD_NUMBER = re.compile(r"\d{1,2}(?![\d\w]|[.,/]\d)")


def _place_after(text: str, low: str, pos: int):
    """A place right after ``pos`` (one space): a province (with or without
    "tỉnh"/"TP") or a lower level with its capitalized name.

    Returns (end, key part, display) or None."""
    if pos >= len(text) or text[pos] != " ":
        return None
    p = pos + 1
    prov = _match_province(text, low, p)
    if prov:
        codename, old, _s, e, _pre = prov
        part = slugify(old) if old else codename.replace("_", "-")
        return e, part, text[p:e]
    m = _LEVEL_RX.match(low, p)
    if not m:
        return None
    level = m.group().strip()
    if level == "tỉnh":
        return None  # provinces are a closed list, matched above
    q = m.end()
    level = _LEVEL_ABBR.get(level, level)  # "UBND Q. 1", "UBND H.Bình Chánh", "Công an TX.Phú Mỹ"
    if level in ("quận", "phường"):
        dm = _WARD_NUMBER.match(text, q)
        if dm:  # "quận 5", "phường 22": numbered districts and wards
            return dm.end(), f"{_LEVEL_SLUG[level]}-{dm.group()}", text[p:dm.end()]
    run = _CAPRUN_RE.match(text, q)
    if not run:
        return None
    # Stop the place name at a title or another body ("xã Thiệu Dương Nguyễn Văn A").
    toks = run.group().split(" ")
    if len(toks) >= 3 and toks[0] in _STRONG_SURNAMES and toks[0] not in _WEAK_SURNAMES_SET:
        ward = next((k for k in (4, 3) if _norm_low(" ".join(toks[:k])) in _ward_names()), 0)
        if not ward:
            # "UBND tỉnh Nguyễn Văn Minh" is the committee's officer, not a place;
            # "huyện Dương Minh Châu", "xã Hồ Thị Kỷ" are places named after people
            return None
        e = q + len(" ".join(toks[:ward]))
        lvl = _LEVEL_SLUG.get(level, "")
        return e, (lvl + "-" if lvl else "") + slugify(text[q:e]), text[p:e]
    keep = []
    for t in toks[:min(4, _before_full_name(toks))]:
        if keep and t in _MID_STOP and not _place_end(text, t, len(keep), toks, run.end()):
            break
        keep.append(t)
    name = " ".join(keep)
    e = _apos_tail(text, q + len(name)) if len(keep) == len(toks) else q + len(name)
    if len(keep) == len(toks) and text.startswith(" - ", e):
        hm = _CAPRUN_RE.match(text, e + 3)
        if hm and hm.group().count(" ") <= 1 and hm.group().split(" ")[0] not in _surnames() \
                and not text.startswith(_BODY_STARTS, hm.start()):
            e = hm.end()  # "thành phố Phan Rang - Tháp Chàm": one place, two names
    name = text[q:e]
    lvl = _LEVEL_SLUG.get(level, "")
    part = (lvl + "-" if lvl else "") + slugify(name)
    return e, part, text[p:e]


# Syllables that end places and names and also open a title or a body: "TP Uông Bí",
# "xã Khánh Hội", "Nguyễn Xuân Tổng" against "Bí thư", "Hội Nông dân", "Tổng giám đốc".
_PLACE_LAST = frozenset(["Bí", "Hội", "Tổng"])
_TITLE_ON = (" thư", " đồng", " nông", " liên", " cựu", " phụ", " chữ", " người", " doanh",
             " thống", " giám", " cục", " công", " biên", " tham", " lãnh", " kiểm", " tư", " hội",
             " chỉ", " kế", " bí", " trưởng")


def _place_end(text: str, t: str, i: int, toks: list[str], run_end: int) -> bool:
    """Whether ``t``, the i-th word of a capitalized run ending at ``run_end``,
    ends the place's name though it may open a title or a body."""
    return t in _PLACE_LAST and i == len(toks) - 1 and \
        not text[run_end:run_end + 8].lower().startswith(_TITLE_ON)


def _before_full_name(toks: list[str]) -> int:
    """How many words of a capitalized run after a body's head are its place:
    all but a full name that ends the run ("Huyện ủy Ba Vì Hà Xuân Trường",
    "Hội Cựu chiến binh huyện Ba Vì Nguyễn Văn Mễ": the officer)."""
    for i in range(len(toks) - 3, 0, -1):
        if len(toks) - i in (3, 4) and (toks[i] in _STRONG_SURNAMES or toks[i] in _surnames()
                                         and toks[i + 1] in ("Văn", "Thị", "Xuân")) \
                and not any(t in _MID_STOP for t in toks[i:]):
            return i
    return len(toks)


# Lower-case heads that still start a name ("bệnh viện Chợ Rẫy"): kept in the span.
_LOWER_HEADS = {"bệnh viện", "bệnh viện đa khoa", "trường đại học", "đại học", "học viện",
                "câu lạc bộ", "clb", "hãng thông tấn", "đảng", "tập đoàn", "liên đoàn",
                "ngân hàng tmcp", "trường trung cấp", "trường cao đẳng", "trường", "quỹ",
                "hiệp hội", "đội tuyển", "tuyển", "doanh nghiệp tư nhân", "bảo tàng", "nhà sách",
                "nhà xuất bản", "phòng khám", "phòng khám đa khoa", "văn phòng luật sư",
                "công ty luật", "viện", "cơ sở mầm non", "nhóm mầm non", "nhóm trẻ"}
_COMPANY_HEADS = {"tờ", "hãng tin", "kênh", "kênh truyền hình", "đảng", "nhà xe", "trang tin", "ctcp", "công ty thhh", "ngân hàng thương mại", "tập đoàn", "tổng công ty", "công ty cổ phần", "công ty cp", "công ty tnhh",
                  "công ty tnhh một thành viên", "công ty tnhh mtv", "công ty",
                  "ngân hàng tmcp", "ngân hàng thương mại cổ phần", "ngân hàng", "hãng",
                  "hãng hàng không", "báo", "đài", "tạp chí", "hợp tác xã", "htx", "nhà máy",
                  "trang", "xí nghiệp"}
# Lower-case company heads kept in the span, as the annotation sets have it
# ("công ty TNHH Vàng Kim Mai", "ngân hàng Eximbank"); the key is the name's.
_KEEP_LOWER_HEADS = frozenset(["công ty", "công ty cổ phần", "công ty cp", "công ty tnhh",
                               "công ty tnhh một thành viên", "công ty tnhh mtv", "công ty thhh",
                               "ngân hàng", "ngân hàng thương mại", "ngân hàng thương mại cổ phần",
                               "tổng công ty", "hợp tác xã", "nhà máy", "xí nghiệp"])
# Lower-case agency heads before a capitalized name ("cục Quản lý thị trường",
# "chi cục Quản lý thị trường TP. HCM"), unless the word before makes another
# word of them ("bố cục").
_LOWER_AGENCY_HEADS = frozenset(["cục", "chi cục", "tổng cục", "bộ tư lệnh"])
# heads a title before them ends in lower case ("Trưởng phòng X")
_TITLED_LOWER_HEADS = frozenset(["phòng", "ban", "trạm", "văn phòng", "trung tâm"])
_TITLED_BODY_RX = re.compile(r"(?:huyện|quận|thị xã|thành phố|tỉnh|tp|xã|phường) |trung ương|"
                             r"quốc gia|[ủu]ỷ |ủy ")
# words that end in a head's syllable: "thông báo", "lâu đài", "thời trang"
_COMPOUND_TAILS = {"báo": ("thông ", "cảnh ", "dự ", "tình ", "họp ", "công ", "nhà "),
                   "đài": ("lâu ", "khán ", "lễ ", "vũ ", "võ ", "đền ", "tượng "),
                   "trang": ("thời ", "cải ", "nghĩa ", "vũ ", "hóa ", "hoá ", "giả "),
                   "viện": ("nhập ", "xuất ", "chuyển ", "bệnh ", "học ", "thư ", "nghị ", "tu ",
                            "hạ ", "thượng ", "lâm ", "phân ", "trở ", "nhạc ", "thiền ", "kịch ",
                            "hàn lâm ")}
_NOT_BEFORE_LOWER_HEAD = frozenset(["bố", "kết", "đại", "thô", "hỗn", "cán", "toàn", "nội", "đảng",
                                    "chi", "đồng", "tiến", "sơ", "trụ", "cơ", "phân", "đi", "quân",
                                    "bách", "lục", "cục", "thủ", "bản", "tuyệt", "hữu", "vô",
                                    "trọn", "từng", "khắp", "bắc", "nam", "trung", "tây", "đông"])
_ORG_BLOCK = {"hội an", "trường sa", "trường sơn", "trường chinh", "trường giang", "hội nghị",
              "hãng tin", "báo cáo", "quỹ đạo", "viện trợ", "đài loan", "đài bắc", "ban nha",
              "ban lãnh"}


_ORG_NAME_STOP = frozenset(["Khóa", "Khoá", "Chủ", "Phó", "Giám", "Bí", "Thủ", "Theo", "Tại", "Khi", "Sau", "Trước", "Ngày", "Tháng", "UBND", "HĐND", "Sở", "Bộ", "Ông", "Bà", "Anh", "Chị"])


_NEW_BODY = ("Cảng", "Trung tâm", "Cơ quan", "Đài ", "Cục", "Ủy ban", "Uỷ ban", "Ban ", "Công ty", "Tập đoàn", "Tổng công ty", "Tổng Công ty", "Ngân hàng", "Bộ ", "Sở ",
             "UBND", "Hãng", "Trường", "Bệnh viện", "Viện", "Hội ", "Quỹ", "Đại học", "Học viện",
             "Hội đồng", "Văn phòng", "Tổng cục", "Chi cục", "Thanh tra", "Tòa án", "Toà án",
             "Mặt trận", "Xí nghiệp", "Công an ", "Viện kiểm sát", "Viện KSND", "TAND", "VKSND")


_syl = lru_cache(maxsize=1 << 14)(lambda t: tone(t.lower()))
# Capitalized words that open another body, never a part of the name before them.
_BODY_STARTS = ("Tổng công ty", "Tổng Công ty", "Công ty", "Tập đoàn", "Bộ ", "Sở ", "UBND", "Cục ",
                "Bệnh viện ",
                "Tổng cục", "Ủy ban", "Uỷ ban")
# Lower-case words that take a number in a name: "Chi cục Kiểm lâm vùng 4", "Viện KSND quận 10".
_NUMBERED = frozenset(["vùng", "vực", "quận", "lộ", "đội", "số", "phường", "đoàn", "trung",
                       "biển"])
# Capitalized words that start something else than the name: "... Đảng tổ chức Hội nghị".
_CAP_STOP = frozenset([("hội", "nghị"), ("hội", "thảo"), ("đề", "án"), ("phiên", "họp"),
                       ("kỳ", "họp")])


@lru_cache(maxsize=1)
def _name_lexicon():
    """{first syllable: [(syllables, capped only)]} (longest first) of the words
    that go on a body's name, and {first syllable: [syllables]} of those that
    end it (`gazetteer.agencies.NAME_WORDS`, `NAME_WORDS_CAPPED`, `NAME_ENDS`)."""
    from bantin.pipeline.gazetteer.agencies import NAME_ENDS, NAME_WORDS, NAME_WORDS_CAPPED

    def words(block):
        return [tuple(_norm_low(w).split()) for line in block.splitlines()
                for w in line.split("|") if w.strip()]
    lex: dict[str, list] = {}
    for capped, block in ((False, NAME_WORDS), (True, NAME_WORDS_CAPPED)):
        for syl in words(block):
            lex.setdefault(syl[0], []).append((syl, capped))
    for v in lex.values():
        v.sort(key=lambda x: -len(x[0]))
    ends: dict[str, list] = {}
    for syl in words(NAME_ENDS):
        ends.setdefault(syl[0], []).append(syl)
    return lex, ends


def _seq_at(toks: list, i: int, syl: tuple) -> bool:
    """``toks[i:]`` spell ``syl`` (the words after the first in lower case)."""
    if i + len(syl) > len(toks):
        return False
    for j in range(1, len(syl)):
        t = toks[i + j][2]
        if t[0] in _UPSET or _syl(t) != syl[j]:
            return False
    return True


def _compound_at(toks: list, i: int, lex: dict) -> tuple[int, bool]:
    """Length in words and "capped only" flag of the name word at ``toks[i]``."""
    for syl, capped in lex.get(_syl(toks[i][2]), ()):
        if _seq_at(toks, i, syl):
            return len(syl), capped
    return 0, False


_LOWER_ORG_STARTS = ("tập đoàn ", "công ty ", "hãng ", "ngân hàng ", "tổng công ty ", "nhà máy ",
                     "cục ", "chi cục ", "tổng cục ", "trường ", "bệnh viện ", "đại học ",
                     "viện ", "sở ", "bộ ", "trung tâm ", "doanh nhân ", "ông ", "bà ")


def _person_at(toks: list, i: int) -> bool:
    """A full Vietnamese name at token ``i`` that ends the run: a surname (not
    "Hồ": "Hồ Chí Minh") and two or three capitalized given names ("Ban Bí thư
    Võ Văn Thưởng", "Văn phòng Chính phủ Mai Tiến Dũng")."""
    t = toks[i][2]
    if t not in _surnames() or t == "Hồ" or t in _NOT_NAME_STARTS_SET:
        return False
    k = i + 1
    while k < len(toks) and toks[k][2][0] in _UPSET and toks[k][2] not in _MID_STOP:
        k += 1
    return 3 <= k - i <= 4 and (k == len(toks) or toks[k][2][0] not in _UPSET)


def _sentence_case_word_at(toks: list, i: int) -> bool:
    """``toks[i]`` opens a two-syllable word written in sentence case that
    ends a name's part ("Thống nhất", "Hạ viện", "Liên quân", "Hi vọng"): the
    pair is a dictionary word and a boundary (the end of the run, a capital,
    a digit, a dash, a function word or a verb that ends names) follows it."""
    if i + 1 >= len(toks):
        return False
    t, nt = toks[i][2], toks[i + 1][2]
    if i and toks[i - 1][2][0] in _UPSET and _provinces()[3].fullmatch(
            f"{toks[i - 1][2]} {t}".lower()):
        return False  # "Đại học Y Hà Nội thành lập": "Nội" ends a place
    if not nt[0].islower() or not t[1:].islower() or \
            not _word_pair(t, nt):
        return False
    if i + 2 >= len(toks):
        return True
    t2 = toks[i + 2][2]
    return t2[0] in _UPSET or t2[0].isdigit() or t2 == "–" or _syl(t2) in _NAME_STOP or \
        any(_seq_at(toks, i + 2, syl) for syl in _name_lexicon()[1].get(_syl(t2), ()))


# the level a body works at, in lower case after its proper name
_LEVEL_TAILS = frozenset(["trung ương", "quốc gia", "quốc tế", "toàn cầu"])


def _name_words_to_boundary(toks: list, i: int, lex: dict) -> int:
    """End index of lower-case name words (`gazetteer.agencies.NAME_WORDS`, not
    the capped ones) from ``toks[i]`` when a boundary follows them (the end of
    the run, a capital, a dash or a function word); 0 otherwise."""
    j = i
    while j < len(toks) and toks[j][2][0].islower():
        k, capped = _compound_at(toks, j, lex)
        if not k or capped:
            break
        j += k
    if j == i:
        return 0
    if j < len(toks):
        t = toks[j][2]
        if not (t[0] in _UPSET or t == "–" or _syl(t) in _NAME_STOP):
            return 0
    return j


def _country_ends(text: str, toks: list, i: int) -> bool:
    """A country's name ends right before ``toks[i]`` (one to three words)."""
    end = toks[i - 1][1]
    for j in range(i - 1, max(i - 4, -1), -1):
        low = _norm_low(text[toks[j][0]:end])
        if low in _COUNTRIES_LOW():
            return True
    return False


# countries and continents by the one word that names them in a pair ("Việt - Đức")
_PAIRED_SHORT = frozenset(["Việt", "Đức", "Mỹ", "Hàn", "Triều", "Nhật", "Trung", "Nga", "Pháp",
                           "Anh", "Lào", "Úc", "Ấn", "Thái", "Á", "Âu", "Phi"])


def _name_after(text: str, pos: int, max_tokens=8, tail=False, split_and=False) -> int | None:
    """End of a proper name starting at ``pos``: capitalized words, with
    lower-case words allowed between capitalized ones ("Liên hiệp Phụ nữ"),
    and the lower-case words that go on a name after its capitalized first
    syllable ("Cục Chuyển đổi số", "Cục Xuất nhập khẩu", "Ban Chỉ đạo"), also
    over a dash to a second part ("Cục Chuyển đổi số – Cơ yếu"). With
    ``split_and`` (a company head), "và" before a capitalized word that is not
    a business line ends the name: "Công ty Kim Phát và Việt Hưng Phát" is two
    companies, "Công ty Xây dựng và Thương mại X" one."""
    toks = []
    p = pos
    n = len(text)
    while len(toks) < 2 * max_tokens + 6:
        m = _TOKEN_RE.match(text, p)
        if not m:
            if toks and p + 1 < n and text[p] in "–-" and text[p - 1] == " " \
                    and text[p + 1] == " ":
                toks.append((p, p + 1, "–"))
                p += 2
                continue
            break
        toks.append((m.start(), m.end(), m.group()))
        p = m.end()
        if p < n and text[p] == " ":
            p += 1
        elif p + 1 < n and text[p] == "&":
            continue
        elif m.group() in ("TP", "Tp") and text.startswith(". ", p) and p + 2 < n \
                and text[p + 2] in _UPSET:
            p += 2  # "Trường ĐH Luật TP. HCM"
        else:
            break
    if not toks or not (toks[0][2][0] in _UPSET or toks[0][2][0].isdigit() and len(toks[0][2]) > 1
                        and any(c.isalpha() for c in toks[0][2])):
        return None
    if toks[0][2] == "–":
        return None
    lex, ends = _name_lexicon()
    low = text[pos:toks[-1][1] + 16].lower()
    ntok = len(toks)
    k, _capped = _compound_at(toks, 0, lex)
    if k == 0 and ntok > 1 and toks[1][2][0].islower() and toks[0][2][1:].islower() and \
            _word_pair(toks[0][2], toks[1][2]):
        k = 2  # a common word in sentence case opens the name: "Hội Nông dân", "Học viện Hải quân"
    i = max(k, 1)
    end = toks[i - 1][1]
    count = 1
    pending = 0
    # After a name word in sentence case ("Chuyển đổi", "Nhi") lower-case name
    # words may follow; not after a proper name ("Công ty Sen Đỏ thông tin").
    cont = k > 0
    cased = k > 0  # the name is in sentence case: a dash may go on ("Chuyển đổi số – Cơ yếu")
    while i < ntok:
        s, e, t = toks[i]
        if t == "–":
            # a second part of the name: "Viện Huyết học – Truyền máu Trung ương"
            if pending or not cased or i + 1 >= ntok or toks[i + 1][2] in _MID_STOP:
                break
            k, _capped = _compound_at(toks, i + 1, lex)
            if not k and toks[i - 1][2] in _PAIRED_SHORT and toks[i + 1][2] in _PAIRED_SHORT:
                k = 1  # "Hữu nghị Việt - Đức", "Viện Nghiên cứu Mỹ - Triều", "Á - Âu"
            if not k or toks[i + 1][2][0] not in _UPSET and (k < 2 or tail is False):
                break  # "Phòng Tài nguyên - môi trường": a lower-case part, a state body's only
            i += 1
            s, e, t = toks[i]
        else:
            k = 0
        if t[0] in _UPSET or t[0].isdigit():
            region = t == "Bộ" and toks[i - 1][2] in ("Nam", "Bắc", "Trung") and (
                i + 1 >= ntok or toks[i + 1][2][0] not in _UPSET)  # "Đông Nam Bộ"
            if t in _ORG_NAME_STOP and not region and not (
                    t == "Anh" and i and toks[i - 1][2][0] in _UPSET and toks[i - 1][2] not in
                    _ORG_NAME_STOP and (i + 1 >= ntok or toks[i + 1][2][0] not in _UPSET or
                                        not _person_at(toks, i + 1))) or \
                    pending and t[0].isdigit() and _syl(toks[i - 1][2]) not in _NUMBERED:
                # a title or an honorific opens; not "Công ty Trâm Anh", a name's last word
                break  # "... dự kiến bắt đầu lúc 8h50"; not "Chi cục Kiểm lâm vùng 4"
            if i + 1 < ntok and (_syl(t), _syl(toks[i + 1][2])) in _CAP_STOP:
                break
            if (t in _FOREIGN_GIVEN or t in _FOREIGN_SUR) and t.isascii() and i + 1 < ntok \
                    and toks[i + 1][2][0] in _UPSET and toks[i + 1][2].isascii() \
                    and not toks[i - 1][2].isascii() and (
                        t != "Kim" or _KOREAN_SYLLABLE.search(toks[i + 1][2].lower())):
                break  # a person after the body: "Đại sứ quán Trung Quốc Liu Pengyu"
            if i + 1 < ntok and t.isascii() and toks[i + 1][2][0] in _UPSET and \
                    toks[i + 1][2].isascii() and not is_vietnamese_syllable(t.lower()) and \
                    t.lower() not in _BRAND_STOP and toks[i + 1][2] not in _ORG_SUFFIXES and \
                    toks[i + 1][2] not in _TEAM_SUFFIX and \
                    _country_ends(text, toks, i):
                break  # "Văn phòng Thủ tướng Ethiopia Abiy Ahmed": the country's, then a person
            if text.startswith(_BODY_STARTS, s) and not region:
                break  # another body: "Ban An ninh ... Tổng công ty Cảng hàng không"
            pt = toks[i - 1][2]
            if tail and pt[0] not in _UPSET and i + 1 < ntok and toks[i + 1][2][0] in _UPSET \
                    and _syl(pt) not in _PLACE_LEVEL_WORDS and (
                        cased and t in _STRONG_SURNAMES or _person_at(toks, i)):
                low_s = text[s:s + 40].lower()
                if not _provinces()[3].match(low_s) and not _people()[2].match(low_s):
                    break  # "Cục trưởng Cục Quản lý ... Thủy sản Nguyễn Như Tiệp": a person
            if not k:
                k, _capped = _compound_at(toks, i, lex)
            if not k and _sentence_case_word_at(toks, i):
                k = 2  # "Mặt trận Thống nhất", "Ủy ban Đối ngoại Hạ viện", "Tư nhân Nước ngoài"
            cont = k > 0
            if k:
                cased = True
            i += max(k, 1)
            end = toks[i - 1][1]
            count += 1 + pending
            pending = 0
        else:
            low_t = _syl(t)
            if t == "và" and cased and not pending:
                j = _name_words_to_boundary(toks, i + 1, lex)
                if j:
                    # "Vụ Khoa học và công nghệ (Bộ Công Thương)": name words in lower
                    # case after "và", up to a boundary
                    i = j
                    end = toks[j - 1][1]
                    count += 2
                    if count >= max_tokens:
                        break
                    continue
            if any(_seq_at(toks, i, syl) for syl in ends.get(low_t, ())):
                break  # a verb: "... tổ chức", "... cho biết"
            k, capped = _compound_at(toks, i, lex)
            if k == 2 and not pending and not cont and i and toks[i - 1][2][0] in _UPSET and \
                    not toks[i - 1][2].isupper() and \
                    f"{low_t} {_syl(toks[i + 1][2])}" in _LEVEL_TAILS and \
                    _name_words_to_boundary(toks, i, lex) == i + 2:
                i += 2  # "Viện Bỏng trung ương", "Liên đoàn Robot quốc tế (IFR)"
                end = toks[i - 1][1]
                count += 1
                if count >= max_tokens:
                    break
                continue
            if k and not capped and not pending and cont:
                nt = toks[i + 1][2] if k == 1 and i + 1 < ntok else ""
                # one syllable goes on only before a boundary: not "số hóa", "cao tốc"
                if not nt or nt[0] in _UPSET or nt[0].isdigit() or nt == "–" or \
                        _syl(nt) in _NAME_STOP or _compound_at(toks, i + 1, lex)[0]:
                    i += k
                    end = toks[i - 1][1]
                    count += 1
                    cased = True
                    if count >= max_tokens:
                        break
                    continue
            i += 1
            if t.lower() in _NAME_STOP and t.lower() != "và" or low_t in ("khóa", "khoá"):
                break  # "Ban Chấp hành Trung ương Đảng khóa XIII": the term is not the name
            if t.lower() == "và" and (text.startswith(_NEW_BODY, e + 1) or low.startswith(_LOWER_ORG_STARTS, e + 1 - pos) or (
                    text[e + 1:e + 2] in _UPSET and text[e + 2:e + 3] in _UPSET)):
                break  # "Vingroup và Công ty X": two names
            if split_and and t == "và" and i < ntok and toks[i][2][0] in _UPSET and \
                    not _compound_at(toks, i, lex)[0]:
                break  # "Công ty Kim Phát và Việt Hưng Phát": two companies
            pending += 1
            if pending > (6 if tail else 4):
                break
            if tail and not cased and e == toks[-1][1] and (e >= n or text[e] in ",;:()"):
                end = e  # "Cục Lãnh sự, Bộ Ngoại giao": lower-case words end the name
        if count >= max_tokens:
            break
    if end - pos > 3 and text[end - 3:end] in (" TP", " Tp"):
        end -= 3  # "Ban An toàn giao thông TP": a bare "TP" names no city
    return end


def _find_agencies_orgs(text: str, low: str, caps: list) -> list[Entity]:
    (table, gaz_rx, heads, head_rx, org_head_rx, org_alias, fw_gaz, fw_head, fw_org,
     org_last) = _gazetteer()
    gaz_ms, head_ms, org_ms = [], [], []
    lower_gaz = set()  # starts of gazetteer matches with a lower-case head ("bộ Công Thương")
    lg = lh = lo = 0
    for s, _e, w, pw in caps:
        if pw == "tra" and low.startswith("tổng thanh tra ", s - 15) and s - 10 >= lg:
            m = gaz_rx.match(low, s - 10)  # "Tổng thanh tra Chính phủ": the title took the capital
            if m and (e := _lk(table, m.group())) is not None and e.kind == "agency":
                gaz_ms.append(m)
                lower_gaz.add(s - 10)
                lg = m.end()
        if (pw == "bộ" or pw == "sở" or pw == "ban") and s - 3 - len(pw) >= lg - 1 and \
                low[s - 1] == " ":
            st = s - 1 - len(pw)
            ppw = _prev_word(low, st)
            if st >= lg and not (ppw and (ppw[0] in _NOT_BEFORE_LOWER_HEAD or
                                          pw == "bộ" and ppw[0] in ("các", "những"))):
                m = gaz_rx.match(low, st)
                if m:
                    e = _lk(table, m.group())
                    if e is not None and e.kind == "agency" and (
                            e.key[:3] in ("bo-", "so-") or e.key[:4] == "ban-"):
                        gaz_ms.append(m)
                        lower_gaz.add(st)
                        lg = m.end()
        if s >= 3 and low[s - 2] in "-l" and (low.startswith("al - ", s - 5) or
                                               low.startswith("al-", s - 3)):
            st = s - 3 if low[s - 1] == "-" else s - 5
            m = gaz_rx.match(low, st) if st >= lg and (
                st == 0 or not low[st - 1].isalnum()) else None
            if m and _lk(table, m.group()) is not None:
                gaz_ms.append(m)  # "al - Qaeda", "al-Shabaab": a lower-case particle first
                lower_gaz.add(st)
                lg = m.end()
                continue
        if s >= lg and w in fw_gaz:
            m = gaz_rx.match(low, s, w)
            if m:
                gaz_ms.append(m)
                lg = m.end()
        if s >= lh and w in fw_head:
            m = head_rx.match(low, s)
            if m:
                head_ms.append(m)
                lh = m.end()
        if s < lo:
            continue
        if w in fw_org:
            m = org_head_rx.match(low, s)
            if m and pw and text[s - len(pw) - 1] in _UPSET and \
                    (pm := _provinces()[3].match(low, s - len(pw) - 1)) and pm.end() > s:
                m = None  # "TP Hải Phòng Nguyễn Văn Tùng": "Phòng" ends a province here
            if m:
                org_ms.append(m)
                lo = m.end()
                continue
        # a lower-case company head before the name: "công ty Vinamilk"
        heads_here = org_last.get(pw) if pw else None
        if heads_here:
            for h in heads_here:
                st = s - 1 - len(h)
                # capitalized heads are found above ("Hải Phòng" is none)
                if st < lo or not low.startswith(h, st) or text[st] in _UPSET or \
                        st and low[st - 1].isalnum():
                    continue
                m = org_head_rx.match(low, st)
                if m and m.end() >= s - 1:
                    org_ms.append(m)
                    lo = m.end()
                    break
    # a lower-case head, lower-case words, then the name: "công ty dệt kim Eclat
    # Fabrics", "trường tiểu học số 1 xã Quảng Phú" (a head the scan above, which
    # looks one word back from a capital, does not reach)
    added = False
    for h in _DESC_HEADS:
        i = low.find(h)
        while i >= 0:
            if (i == 0 or not low[i - 1].isalnum()) and text[i] not in _UPSET:
                hm = _DESC_HEAD_RX.match(low, i)
                if hm and not any(x.start() <= i < x.end() for x in org_ms):
                    m = org_head_rx.match(low, i)
                    if m and m.end() == hm.end() - 1:
                        org_ms.append(m)
                        added = True
            i = low.find(h, i + len(h))
    if added:
        org_ms.sort(key=lambda x: x.start())
    cands: list[tuple[int, Entity]] = []  # (priority, entity)
    cores: list[tuple[int, int]] = []  # names after a company head, for later bare mentions
    for m in gaz_ms:
        if m.start() and text[m.start() - 1] == "&":
            continue
        e = _lk(table, m.group())
        if e is None:
            continue
        if m.start() in lower_gaz:
            if not _case_ok(text, m.start(), e.checks[1:]):
                continue
        elif not _case_ok(text, m.start(), e.checks):
            if not (e.lax and text[m.start()] in _UPSET and
                    _case_ok(text, m.start(), tuple(c for c in e.checks if c[2]))):
                continue  # "Bộ tài chính", "Cục đăng kiểm Việt Nam": a state body in lower case
        if e.kind == "organization" and m.start() > 1 and text[m.start() - 1] == " ":
            pw = _prev_word(low, m.start())
            if pw and (pw[0] in _PLACE_LEVEL_WORDS or pw[0] in _NATURE_WORDS):
                continue  # "xã Tiền Phong", "rừng Amazon": a place
            if pw and (pw[0] in _PRODUCT_WORDS or pw[0] == "hiệu" and not low.endswith(
                    ("thương hiệu", "ký hiệu", "tín hiệu"), 0, m.start() - 1) or
                    pw[0] == "xe" and not low.endswith(
                    "hãng xe", 0, m.start() - 1) and m.group() not in _RIDE_HAILING or
                    pw[0] in _AIRCRAFT_WORDS and _MODEL_NO.match(text, m.end())):
                continue  # "chiếc Mazda", "xe Toyota", "máy bay Boeing 737", "giá vàng SJC": the product
            if low.endswith(_TREATY_WORDS, 0, m.start() - 1) or (
                    text[m.start():m.end()].isupper() and low.endswith(_EVENT_WORDS, 0, m.start() - 1)
                    and not _DURATION_RE.search(low, max(0, m.start() - 12), m.start())):
                continue  # "Công ước Liên Hợp Quốc về Luật Biển": a treaty's name; "hội
                # nghị G20", "mùa AFF": an event named after a group
        if e.kind == "organization" and " " not in m.group() and m.group().isascii() and \
                not (text[m.start():m.end()].isupper() and _officer_after(text, m.end())):
            nx = _CAPTOK_RE.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
            if nx and nx.group().isascii() and nx.group().isalpha() and \
                    nx.group() not in _ORG_SUFFIXES and nx.group() not in _FOREIGN_GIVEN and \
                    _lk(_people()[0], nx.group().lower()) is None:
                continue  # "Apple Watch", "Google Maps": a product of the company
        if text[m.start()] not in _UPSET and not text[m.start()].isdigit() and \
                m.start() not in lower_gaz:
            continue
        end, key, name = m.end(), e.key, e.name
        if e.kind == "organization" and ("bank" in key or key.startswith("ngan-hang")):
            br = _branch_after(text, low, end)
            if br:
                key = f"{key}-{slugify(text[end + 1:br])}"
                name = f"{name} {normalize(text[end + 1:br])}"
                end = br
        if e.kind == "agency" and (key.startswith("bo-") or key == "chinh-phu") and \
                end < len(text) - 1:
            cm = _people()[2].match(low, end + 1)
            if cm and text[end] == " " and text[end + 1] in _UPSET and not low.startswith(
                    "việt nam", end + 1):
                end = cm.end()  # "Bộ Ngoại giao Mỹ": a foreign ministry
                key = f"{key}-{slugify(text[m.end() + 1:end])}"
                name = f"{name} {normalize(text[m.end() + 1:end])}"
            elif key == "chinh-phu" and text[end:end + 1] == " " and \
                    text[end + 1:end + 2] in _UPSET and \
                    (ge := _name_after(text, end + 1, max_tokens=4)) and \
                    _named_government(text[end + 1:ge]):
                # "Chính phủ Hiệp định Quốc gia", "Chính phủ GNA" of Libya
                key = f"{key}-{slugify(text[end + 1:ge])}"
                name = f"{name} {normalize(text[end + 1:ge])}"
                end = ge
        if e.local:
            pl = _place_after(text, low, end)
            am = None if pl else _PAREN_SHORT_RE.match(text, end)
            if am:
                # "sở Giao thông Vận tải (GTVT) TP. HCM": its short name, then its place
                pl = _place_after(text, low, am.end())
            if pl:
                end, part, disp = pl
                key = f"{e.local}-{part}"
                name = f"{e.name} {normalize(disp)}"
        cands.append((0, Entity(e.kind, key, name, m.start(), end, e.value)))
    gaz_spans = [(g.start(), g.end()) for g in gaz_ms]
    for m in head_ms:
        canonical, prefix, kind, checks = _lk(heads, m.group())
        if not _case_ok(text, m.start(), checks) or text[m.start()] not in _UPSET:
            continue
        pl = _place_after(text, low, m.end())
        if not pl and prefix in _COMMITTEE_HEADS:
            pl = _town_after(text, m.end())  # "Thành uỷ Buôn Ma Thuột"
        elif not pl and prefix in _TOWN_HEADS:
            pl = _town_after(text, m.end())  # "Công an Bình Chánh"; not "Bộ Công an Tô Lâm"
            if pl and (pl[2].split(" ")[0] in _surnames() or len(pl[2]) < 4 or
                       _norm_low(pl[2]) in _COUNTRIES_LOW() or
                       any(a <= m.start() < b for a, b in gaz_spans)):
                pl = None
        if not pl:
            continue
        end, part, disp = pl
        cands.append((1, Entity(kind, f"{prefix}-{part}", f"{canonical} {normalize(disp)}",
                                m.start(), end)))
    for m in org_ms:
        head = m.group()
        if any(a < m.start() < b for a, b in gaz_spans):
            continue  # "Ban Tổ chức Trung ương Tô Huy Rứa": a head inside a known body
        cap = text[m.start()] in _UPSET
        company = head in _COMPANY_HEADS
        lower_head = head in _LOWER_HEADS
        lower_agency = not cap and head in _LOWER_AGENCY_HEADS
        if lower_agency:
            pw = _prev_word(low, m.start())
            if pw and pw[0] in _NOT_BEFORE_LOWER_HEAD:
                continue
        elif not cap and head in _TITLED_LOWER_HEADS:
            # "Trưởng phòng Giáo dục và Đào tạo huyện X", "Giám đốc trung tâm Tình
            # nguyện Quốc gia": the title took the body's capital
            pw = _prev_word(low, m.start())
            lower_agency = bool(pw) and pw[0] in ("trưởng", "đốc", "tịch", "nhiệm")
        if not cap and not company and not lower_head and not lower_agency:
            continue
        if not cap and head in _COMPOUND_TAILS and \
                low.endswith(_COMPOUND_TAILS[head], 0, m.start()):
            continue  # "thông báo Tổng thống Trump", "khán đài B": a word, no head
        if not cap and head == "trường":
            pw = _prev_word(low, m.start())
            if pw and (pw[0] in _NOT_BEFORE_TRUONG or pw[0] in _PLACE_LEVEL_WORDS) and \
                    not text.startswith(_SCHOOL_LEVELS, m.end() + 1):
                continue  # "thị trường Anh", "hội trường Thống Nhất": not a school
        agency = head in _AGENCY_HEADS_SET
        if cap and m.start() > 1 and text[m.start() - 1] == " ":
            pw = _prev_word(low, m.start())
            if pw and pw[0] in _PLACE_LEVEL_WORDS:
                continue  # "xã Vụ Bản", "huyện Ba Vì": a place, not a body
        ns = m.end() + 1
        if head == "đh" and _CONGRESS_NO_RE.match(text, ns):
            continue  # "ĐH XIII": a party congress (Đại hội), not a university
        if head == "viện" and not cap and (low.startswith(("ksnd", "kiểm sát"), ns) or
                                           text.startswith("Các ", ns)):
            continue  # "viện KSND thị xã X": a procuracy, which the described-body pass
            # names; "viện Các quân chủng ...": no name opens with "Các"
        if head == "cơ quan" and low.startswith(_NOT_AFTER_CO_QUAN, ns):
            continue  # "Cơ quan Cảnh sát điều tra Công an tỉnh X": the body is the last part
        if head == "văn phòng" and cap and text.startswith(_OFFICE_OF, ns):
            continue  # "Văn phòng Sở Y tế TP.HCM": the body is the one after the office
        if head == "bệnh viện" and not cap and _SURNAME_PERSON_RE.match(text, ns) and \
                _person_at([(0, 0, w) for w in _TOKEN_RE.findall(text, ns, ns + 40)[:5]], 0):
            continue  # "giám đốc bệnh viện Trương Quý Dương": the director, not a hospital
        if head in _TEAM_HEADS:
            # "đội tuyển Brazil", "tuyển Argentina", "Đội tuyển bóng đá quốc gia Việt
            # Nam", "đội tuyển U -23 VN": a country's team only
            tm = _TEAM_WORDS_RE.match(text, ns)
            tp = tm.end() if tm else ns
            cm = _team_country(text, low, tp)
            if cm is None:
                continue
            cands.append((2, Entity("organization", slugify(f"{head} {text[ns:cm]}"),
                                    normalize(text[m.start():cm]), m.start(), cm)))
            continue
        if head in _QUOTED_NAME_HEADS and text[ns:ns + 1] in "\"“":
            q = text.find("”" if text[ns] == "“" else '"', ns + 1, ns + 80)
            if q > ns + 1 and text[ns + 1] in _UPSET and "\n" not in text[ns:q]:
                # 'CLB "Vì Hoàng Sa – Trường Sa thân yêu"': the quoted name
                name = normalize(text[ns + 1:q])
                cands.append((2, Entity("organization", slugify(name), name, m.start(), q + 1)))
                continue
        split_and = head in _SPLIT_AND_HEADS
        ne = _name_after(text, ns, max_tokens=10, tail=agency,
                         split_and=split_and)
        if split_and and ne is not None and low.startswith(" và ", ne):
            # the second company of "Công ty X và Y"
            run = _CAPRUN_RE.match(text, ne + 4)
            if run and 1 <= run.group().count(" ") <= 3 and \
                    run.group().split(" ")[0] not in _NOT_NAME_STARTS_SET and \
                    run.group().split(" ")[0] not in _surnames() and \
                    _norm_low(run.group()) not in _COUNTRIES_LOW() and \
                    not _provinces()[3].fullmatch(low[run.start():run.end()]):
                name2 = normalize(run.group())
                cands.append((2, Entity("organization", slugify(name2), name2, run.start(),
                                        run.end())))
        if ne is None and (head in _LEGAL_FORM_HEADS or head in _LOWER_START_HEADS or
                           head in _LOWER_WORD_HEADS and not low.startswith(_PLACE_TAIL_LEVELS, ns)
                           and not (head == "nhà hát" and low.startswith("lớn ", ns)) or
                           head == "quỹ" and low.startswith(_FUND_WORDS, ns)):
            # ("Bệnh viện Đa khoa huyện X" is the place's; "Nhà hát lớn" a building)
            ns2 = _lower_words_to_name(text, ns, head in _LEGAL_FORM_HEADS)
            if ns2 is not None:
                ne = _name_after(text, ns2)
                if head == "tập đoàn" and ne is not None:
                    # "Tập đoàn cà phê Trung Nguyên": the capitalized name only
                    ne = min(ne, _CAPRUN_RE.match(text, ns2).end())
        if ne is None and head == "trường":
            sm = _SCHOOL_LEVEL_RX.match(low, ns)
            if sm and sm.end() < len(text):
                if text[sm.end()] in _UPSET:
                    ne = _name_after(text, sm.end())
                else:
                    pl = _place_after(text, low, sm.end() - 1)
                    ne = pl[0] if pl else None
        if head in _PLACE_TAIL_HEADS and (cap or lower_head):
            # "Bệnh viện Đa khoa tỉnh Quảng Ninh", "Bệnh viện Đa khoa thị xã La Gi":
            # a level word and its place close a hospital's name
            pl = _place_after(text, low, m.end() if ne is None else ne)
            if pl and low[(m.end() if ne is None else ne) + 1:pl[0]].startswith(_PLACE_TAIL_LEVELS):
                ne = pl[0]
        if ne is None:
            continue
        if text.startswith(" - ", ne):
            ne = _province_tail(text, low, ns, ne)
        if not agency and (company or head in _DASH_NAME_HEADS):
            ne = _dash_tail(text, ne)  # "Công ty Kwong Lung - Meko", "CTCP Bia Sài Gòn - Lâm Đồng"
        if text[ne:ne + 1] == " " and text[ne + 1:ne + 2].islower():
            ne = _acronym_tail(text, m.start(), ne)
        if head == "trang" and not (
                text[ns:ne].isascii() and text[ns] in _UPSET and
                not is_vietnamese_syllable(text[ns:ne].split(" ")[0])):
            continue  # "trang Quora", "Trang Avia": a website by its foreign name; no byline
        if lower_agency and head in _TITLED_LOWER_HEADS and (
                any(w in low[ns:ne] for w in ("công an", "cảnh sát", "quân", "trường", "viện")) or
                not _TITLED_BODY_RX.search(low, ns, ne)):
            # "Trưởng phòng Tham mưu Công an TP X", "Trưởng phòng Vật tư": a unit
            # inside a body; a local or national one names its place
            continue
        if company and head in _LEGAL_FORM_HEADS:
            # "công ty TNHH Vận tải, Thương mại, Dịch vụ Minh Phúc": business lines
            while low.startswith(_BUSINESS_LINES, ne) and ne - ns < 120:
                ne2 = _name_after(text, ne + 2)
                if ne2 is None:
                    break
                ne = ne2
        if head in _LEGAL_FORM_HEADS and ne < len(text) - 1 and text[ne] == " " and \
                text[ne + 1] not in _UPSET:
            # "Công ty CP Đầu tư kinh doanh bất động sản Hà An": name words in lower case;
            # after a business line, any and "và" ("Công ty CP Sản xuất chế biến và phân
            # phối nông nghiệp Thadi"; not "Tập đoàn Google xây dựng mô hình ... AI")
            ne2 = _lex_words_to_name(text, ne + 1) or (
                _lower_words_to_name(text, ne + 1, True)
                if low.startswith(_BUSINESS_WORDS, ns) else None)
            if ne2 is not None:
                ne3 = _name_after(text, ne2)
                if ne3 is not None:
                    ne = ne3
        if (company or head in _NEWS_AGENCY_HEADS) and text[ns] in _UPSET and (
                cap or _foreign_name_at(text, ns, ne) or head in _NEWS_AGENCY_HEADS):
            cm = _people()[2].match(low, ns)
            if cm and cm.end() + 1 < ne and text[cm.end() + 1] in _UPSET and \
                    _CAPRUN_RE.match(text, ns).end() >= ne and \
                    text[cm.end() + 1:ne] not in _ORG_SUFFIXES | _BRAND_TAILS:
                # "Công ty Đài Loan TSMC", "hãng thông tấn Lào KPL": the country says
                # whose; the name is after it
                name = normalize(text[cm.end() + 1:ne])
                cands.append((2, Entity("organization", slugify(name), name, cm.end() + 1, ne)))
                continue
        gm = gaz_rx.match(low, ns)
        if gm and gm.end() > ne and _lk(table, gm.group()) is not None:
            ne = gm.end()  # "CTCP Hoàng Anh Gia Lai": a known name after the head
        whole = gaz_rx.match(low, m.start()) if cap else None
        if whole and whole.end() < ne and text[whole.end():whole.end() + 1] == " " and \
                _lk(table, whole.group()) is not None and _person_at(
                    [(0, 0, w) for w in _TOKEN_RE.findall(text, whole.end() + 1, ne)], 0):
            continue  # "Ngân hàng Nhà nước Lê Minh Châu": the known body, then its officer
        if head == "đảng":
            pm = _party_rx().match(low, ns)
            if pm and text[ns] in _UPSET:
                ne = pm.end()
                cm = _people()[2].match(low, ne + 1) if text[ne:ne + 1] == " " else None
                if cm and text[ne + 1] in _UPSET:
                    ne = cm.end()  # "đảng Lao động Triều Tiên": whose party
            elif not text[ns:ne].isascii() or text[ns:ne].isupper() and ne - ns < 2:
                continue  # "Đảng Khóa XIII", "Đảng bộ": not a party's name
        core = text[ns:ne]
        if core + " " in _SCHOOL_LEVELS:
            continue  # "các trường THPT": no school named
        core_low = tone(low[ns:ne])
        if head not in _ORG_BLOCK and " ".join(f"{head} {core_low}".split()[:2]) in _ORG_BLOCK:
            continue
        if core_low in _COUNTRIES_LOW():
            continue
        if head == "ban" and core_low in _BARE_BAN:
            continue  # "tham gia Ban Chấp hành, Ban Thường vụ": whose is not said
        if head == "trung tâm":
            if low.startswith((" bệnh viện", ", bệnh viện"), ne):
                continue  # "Trung tâm Bệnh nhiệt đới Bệnh viện Bạch Mai": a department
            # a state centre ("Trung tâm Quản lý giao thông công cộng") is an agency; a
            # hospital's, a lab's, a dispatcher's ("Trung tâm Điều độ ...") an organization
            agency = core_low.startswith(_STATE_CENTRES)
        alias = org_alias.get(core_low)
        if alias is not None and alias.kind == "organization":
            key, name = alias.key, alias.name
        elif company:
            key, name = slugify(core), normalize(core)
        else:
            canon_head = normalize(text[m.start():m.end()])
            canon_head = canon_head[0].upper() + canon_head[1:]
            key = slugify(canon_head + " " + core)
            if key.startswith("truong-dai-hoc-"):
                key = key[len("truong-"):]
            name = canon_head + " " + normalize(core)
        start = m.start() if cap or lower_head or lower_agency or head in _KEEP_LOWER_HEADS \
            else ns
        if head in _NEWS_AGENCY_HEADS or head in _CLASSIFIER_HEADS or \
                not cap and head in _MEDIA_HEADS:
            start = ns  # "hãng thông tấn TASS", "Hãng tin RIA Novosti", "tờ Politico"
        if cap and head in _MEDIA_HEADS and (_at_sentence_start(text, m.start()) or
                                             head in _PRESS_HEADS or _foreign_name_at(text, ns, ne)):
            start = ns  # "Tạp chí BizLIVE đưa tin", "PV Báo Giao thông", "theo Đài CNN"
        if head in _PRESS_HEADS and start == ns:
            ne2 = _press_tail(text, ns, ne)
            if ne2 != ne:
                ne = ne2
                core = text[ns:ne]
                key, name = slugify(core), normalize(core)
        cands.append((2, Entity("agency" if agency else "organization", key, name, start, ne)))
        if company and not agency and head not in _LOWER_HEADS:
            cores.append((ns, ne))
    _find_acronyms(text, caps, cands)
    out = _resolve(cands)
    if " của " in text:
        _committees_of(text, out)
    for i, e in enumerate(out):
        if e.kind == "agency" and e.start > 4 and low.startswith(("báo ", "tờ "), e.start - 4) \
                and (pw := _prev_word(low, e.start)) and pw[0] in ("báo", "tờ") and \
                (text[pw[1]] == "B" or (ppw := _prev_word(low, pw[1])) and
                 ppw[0] in _PAPER_BEFORE):
            # "trên báo Công an nhân dân", "phóng viên báo Công an TP Đà Nẵng": a paper
            out[i] = Entity("organization", e.key, e.name, e.start, e.end, e.value)
    if " (" in text:
        _names_before_acronyms(text, low, out)
        _paren_acronyms(text, out)
    for e in out:
        # a well-known company named in full gives its brand for later mentions:
        # "Suzuki" after "Suzuki Motor Corp.", "Exxon" after "Exxon Mobil"
        if e.kind == "organization" and " " in text[e.start:e.end]:
            first, second = text[e.start:e.end].split(" ")[:2]
            if second.rstrip(".") in _CORPORATE and len(first) >= 4 and first.isascii() and \
                    first.isalpha() and \
                    first[0].isupper() and first[1:].islower() and \
                    first.lower() not in _BRAND_STOP and first not in _FOREIGN_GIVEN and \
                    _norm_low(first) not in _COUNTRIES_LOW() and _capr(first) in (None, 9):
                cores.append((e.start, e.start + len(first)))
    if cores:
        _propagate_orgs(text, low, cores, out)
    return out


# words before "báo" when it is a paper ("trên báo Công an nhân dân"), not the verb
# ("trình báo Công an phường 6", "đều báo Công an")
_PAPER_BEFORE = frozenset(["trên", "theo", "với", "của", "viên", "pv", "tờ", "đăng", "cho"])
# Heads a name spelled out before its short name in parentheses may start with, beyond
# the organization and agency heads: "Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương
# (APEC)", "tổ chức Cấm vũ khí hoá học (OPCW)", "Quân đội Quốc gia Libya (LNA)".
_ACRONYM_ORG_HEADS = frozenset(["diễn đàn", "liên minh", "sáng kiến", "phái đoàn", "mặt trận",
                                "đơn vị", "cao uỷ", "cao ủy", "nhóm"])
# (not "Bộ", "Chương trình": "Bộ Quy tắc ứng xử ở Biển Đông (COC)", a programme)
_ACRONYM_AGENCY_HEADS = frozenset(["quân đội", "lực lượng", "lực lượng vũ trang", "chính quyền",
                                   "toà", "tòa", "toà án", "tòa án", "bộ tư lệnh"])
# lower-case heads that still open a name before its short name: not "vụ", "ban", "trường",
# "báo", whose other senses run through every article, nor "lực lượng", "quân đội" before
# a country or a group's name ("lực lượng Chính phủ Syria (SAA)")
_ACRONYM_LOWER_HEADS = frozenset([
    "tổ chức", "công ty", "tổng công ty", "tập đoàn", "hiệp hội", "liên minh", "đảng",
    "trung tâm", "cơ quan", "ngân hàng", "diễn đàn", "liên đoàn", "viện", "uỷ ban", "ủy ban",
    "hội đồng", "quỹ", "công ty cổ phần", "công ty tnhh"])
# words that end a name read back from its short name: a clause's verbs and particles
_NOT_IN_SPELLED_NAME = frozenset([
    "là", "đã", "được", "cho", "với", "tại", "này", "có", "sẽ", "đang", "theo", "khi", "thì",
    "mà", "nhưng", "cũng", "vừa", "bị", "do", "để", "nói", "biết", "rằng", "những", "từ",
    "nhằm", "gồm", "như", "hay", "hoặc", "sau", "trước", "đến", "vào", "ra", "lên", "thuộc",
    "xưng"])
# words before a head that make it many bodies, no one body ("các công ty")
_PLURAL_WORDS = frozenset(["các", "những", "nhiều", "mọi", "từng", "mỗi", "hai", "ba", "một"])
_SPELLED_ACRONYM = re.compile(r" \(([A-ZĐ][A-ZĐ0-9&]{1,8})\)")
_SPELLED_STOP = re.compile(r"[,;:.!?\"“”()\[\]\n]")


@lru_cache(maxsize=1)
def _spelled_heads() -> dict:
    """Head (lower-case, its words) → kind, for `_names_before_acronyms`."""
    from bantin.pipeline.gazetteer.organizations import AGENCY_HEADS, ORG_HEADS
    heads = {h: "organization" for h in ORG_HEADS}
    heads.update((h, "organization") for h in _ACRONYM_ORG_HEADS)
    heads.update((h, "agency") for h in AGENCY_HEADS)
    heads.update((h, "agency") for h in _ACRONYM_AGENCY_HEADS)
    for h in _MEDIA_HEADS | _CLASSIFIER_HEADS | _TEAM_HEADS | {"nhà xe"}:
        heads.pop(h, None)  # a medium, a team: named without the head
    return heads


def _names_before_acronyms(text: str, low: str, out: list) -> None:
    """A body's name spelled out before its short name in parentheses:
    "Trung tâm cảnh báo bão chung (JTWC)", "Công ty thu phí tự động (VETC)",
    "Bộ tư lệnh quân đội Mỹ ở châu Phi (AFRICOM)". The short name vouches for
    the lower-case words between the head and it, which the head rules do not
    take; the name runs back to the nearest head within the clause."""
    heads = _spelled_heads()
    for m in _SPELLED_ACRONYM.finditer(text):
        acr, p = m.group(1), m.start()
        if acr in _NOT_ORG_ACRONYMS or sum(c.isupper() for c in acr) < 2 or _ROMAN_RE.fullmatch(acr):
            continue
        stop = max((x.end() for x in _SPELLED_STOP.finditer(text, max(0, p - 160), p)),
                   default=max(0, p - 160))
        toks = [(t.start(), t.end()) for t in re.finditer(r"\S+", text[stop:p])]
        toks = [(a + stop, b + stop) for a, b in toks][-14:]
        words = [low[a:b] for a, b in toks]
        best = None  # (token index, head length in tokens)
        for i in range(len(toks) - 1, -1, -1):
            if words[i] in _NOT_IN_SPELLED_NAME and (
                    words[i] == "xưng" or not (i and _word_pair(words[i - 1], words[i]))):
                break  # (not "Tự do"; "tự xưng": self-proclaimed, no name's word)
            if i == len(toks) - 1:
                continue  # a head needs a name after it
            for n in (4, 3, 2, 1):
                if i + n < len(toks) and " ".join(words[i:i + n]) in heads:
                    break
            else:
                continue
            if best is None:
                if n == 1 and _word_pair(words[i], words[i + 1]):
                    continue  # "Hội nghị", "quỹ đạo": another word
                best = (i, n)
            elif i + n > best[0]:
                best = (i, n)  # "Tổng công ty" over its "công ty"
            elif i + n == best[0] and text[toks[i][0]] in _UPSET and \
                    text[toks[best[0]][0]] not in _UPSET:
                best = (i, n)  # "Bộ tư lệnh quân đội Mỹ": the lower-case head describes
            else:
                break
        if best is None:
            continue
        i, n = best
        head = " ".join(words[i:i + n])
        a = toks[i][0]
        lower = text[a] not in _UPSET
        if lower and (head not in _ACRONYM_LOWER_HEADS or text[toks[i + n][0]] not in _UPSET
                      and any(text[x] in _UPSET for x, _y in toks[i + n + 1:])):
            continue  # "đảng cầm quyền Công lý và Phát triển (AK)": the name is its own
        if lower and (pw := _prev_word(low, a)) and pw[0] in _PLURAL_WORDS or \
                _norm_low(text[toks[i + n][0]:p]) in _COUNTRIES_LOW():
            continue  # "các công ty nhỏ và vừa (SME)"; "bộ chỉ huy trung tâm Mỹ (CENTCOM)"
        after = words[i + n:]
        if any("".join(_initial(w) for w in after[k:]) == acr for k in range(1, len(after))) \
                or _LEVEL_RX.match(low, m.end() + 1) or \
                text[m.end():m.end() + 1] == " " and text[m.end() + 1:m.end() + 2] in _UPSET:
            continue  # "Quỹ ... khám chữa bệnh (KCB)": short for the last words; "(BVĐK) tỉnh",
            # "(CHKQT) Nội Bài": the name goes on after the short name
        span = (a, p)
        inside, clash = [], False
        for x in out:
            if x.end <= a or x.start >= p:
                continue
            if x.start == a and x.end == p:
                clash = True  # found already
            elif x.start < a or x.end > p:
                clash = clash or x.kind in ("agency", "organization", "person", "legal")
            else:
                inside.append(x)
        if clash or lower and any(x.start > a and x.kind in ("agency", "organization")
                                  for x in inside):
            continue  # "tổ chức Nhà nước Hồi giáo (IS)": the head only classifies
        kind = heads[head]
        for x in inside:
            if x.start == a and x.kind in ("agency", "organization"):
                kind = x.kind  # the head rules judged this head in its context
        if kind == "agency" and head == "trung tâm" and \
                not tone(low[toks[i + n][0]:p]).startswith(_STATE_CENTRES):
            kind = "organization"
        for x in inside:
            if x.kind in ("agency", "organization", "person"):
                out.remove(x)
        name = normalize(text[a:p])
        out.append(Entity(kind, slugify(name), name, *span))
    out.sort(key=lambda x: x.start)


_PAREN_ACRONYM = re.compile(r" \(([A-ZĐ0-9][A-ZĐ0-9&]{1,7}|[A-Z][a-z]+[A-Z]?[a-z]*)\)")
_PAREN_SHORT_NAME = re.compile(r" \(([A-ZĐ][\w&]+(?: [A-ZĐ][\w&]+){1,2})\)")
# the short name, then a gloss: "(VWS - chủ đầu tư bãi rác)", "(NLA, tức Quốc hội Thái Lan)"
_PAREN_ACRONYM_GLOSS = re.compile(r" \(([A-ZĐ][A-ZĐ0-9&]{1,7})(?: [-–]|,) (?=\S*[a-zđà-ỹ])")  # not "(TN - MT)"


# words of the names of events, shows, places and products ("AFF Suzuki Cup",
# "MBC Drama Awards", "FLC Quy Nhon Golf Links")
_EVENT_WORDS_EN = frozenset(["Awards", "Award", "Cup", "Show", "Festival", "Resort", "Golf",
                             "Links", "Forecast", "Morning", "Holding", "Managers", "Apartment",
                             "Tower", "Plaza", "Center", "Centre", "Park", "Games", "Open",
                             "Championship", "League", "Series", "Drama", "Music", "Summit"])


def _officer_after(text: str, e: int) -> bool:
    """A person's name right after an acronym ending at ``e`` ("NATO Jens
    Stoltenberg"), not the rest of a product's or an event's name."""
    rm = _CAPRUN_RE.match(text, e + 1) if text[e:e + 1] == " " else None
    if not rm:
        return False
    toks = rm.group().split(" ")[:3]
    return _looks_like_name(toks) and not any(
        t in _EVENT_WORDS_EN or t in _ORG_SUFFIXES or t in _MEDIA_WORDS_EN for t in toks)


# what a government is handed, not a part of its name ("trình Chính phủ Đề án ...")
_DOCUMENT_WORDS = frozenset(["Đề", "Nghị", "Quyết", "Chỉ", "Luật", "Báo", "Tờ", "Kế", "Chương",
                             "Dự", "Thông", "Công", "Văn", "Danh", "Phương"])


_COMMITTEE_OF = re.compile(r" của (?:Quốc hội|Liên Hợp Quốc|Liên hợp quốc|LHQ)(?![\w])")


def _committees_of(text: str, out: list) -> None:
    """A committee named with the body it belongs to: "Uỷ ban Tư pháp của Quốc
    hội", "Uỷ ban Nhân quyền của Liên Hợp Quốc" (one body, not two)."""
    merged = []
    for e in out:
        m = _COMMITTEE_OF.match(text, e.end) if e.kind == "agency" and text.startswith(
            ("Ủy ban", "Uỷ ban", "Hội đồng"), e.start) else None
        if m:
            name = normalize(text[e.start:m.end()])
            merged.append((e, Entity("agency", slugify(name), name, e.start, m.end())))
    for old, new in merged:
        # the committee over its parent body's own span
        out[:] = [new if x is old else x for x in out
                  if x is old or not (old.end < x.end <= new.end)]


def _named_government(run: str) -> bool:
    """A name after "Chính phủ" that names that government ("Hiệp định Quốc
    gia", "GNA"): one to four words, not a person, a place, a body."""
    toks = run.split(" ")
    return len(toks) <= 4 and toks[0] not in _SENTENCE_OPENERS and toks[0] not in _MID_STOP and \
        toks[0] not in _DOCUMENT_WORDS and \
        toks[0] not in _STRONG_SURNAMES and toks[0] not in _FOREIGN_GIVEN and \
        not _provinces()[3].match(run.lower()) and not run.startswith(_BODY_STARTS) and \
        (len(toks) > 1 or run.isupper())


def _paren_acronyms(text: str, out: list) -> None:
    """The short name a body is given in parentheses right after its name,
    "Chính phủ Hiệp định Quốc gia (GNA)", "Công ty CP Cấp nước Đà Nẵng
    (Dawaco)": the same kind as the body, there and wherever it recurs."""
    for e in list(out):
        if e.kind not in ("agency", "organization"):
            continue
        m = _PAREN_ACRONYM.match(text, e.end) or _PAREN_ACRONYM_GLOSS.match(text, e.end)
        if not m and e.kind == "organization":
            m = _PAREN_SHORT_NAME.match(text, e.end)
            if m and (not any(len(t) >= 2 and t.isupper() or _foreign_word(t)
                              for t in m.group(1).split(" ")) or
                      _LEVEL_RX.match(m.group(1).lower()) or
                      _match_province(text, text.lower(), m.start(1))):
                m = None  # "(Agribank AMC)", "(Minh Hải Jostoco)": a brand's words; not "(TP Cần Thơ)"
        if not m:
            continue
        tok = m.group(1)
        if tok in _NOT_ORG_ACRONYMS or _ROMAN_RE.fullmatch(tok) or tok.isdigit() or \
                " " not in text[e.start:e.end] or _norm_low(tok) in _COUNTRIES_LOW() or \
                _provinces()[3].fullmatch(_norm_low(tok)):
            continue  # "báo Guardian (Anh)": whose; "EU (Brexit)": not a short name
        found = [x for x in out if text[x.start:x.end] == tok]
        for x in found:
            if x.kind != e.kind and x.kind in ("agency", "organization"):
                out[out.index(x)] = Entity(e.kind, x.key, x.name, x.start, x.end, x.value)
        if found:
            continue
        taken = [(x.start, x.end) for x in out]
        for tm in re.finditer(rf"(?<![\w&-]){re.escape(tok)}(?![\w&])", text):
            a, b = tm.span()
            if not any(a < y and x < b for x, y in taken):
                out.append(Entity(e.kind, slugify(tok), tok, a, b))
    out.sort(key=lambda x: x.start)


# what follows a brand in a company's full name ("Suzuki Motor Corp.", "Sunshine Group"):
# not "Airlines", "Bank", whose first word is as often a place ("Alaska Airlines")
_CORPORATE = frozenset(["Motor", "Motors", "Corp", "Corporation", "Inc", "Group", "Holdings",
                        "Electronics", "Mobil", "Co", "Ltd", "Company", "Industries", "Pharma",
                        "Technologies", "Technology"])
# first words of company names that are no brand alone ("General Motors")
_BRAND_STOP = frozenset(["general", "united", "american", "national", "international", "royal",
                         "first", "global", "world", "asia", "asian", "china", "japan", "korea",
                         "vietnam", "saigon", "hanoi", "new", "north", "south", "east", "west",
                         "central", "pacific", "atlantic", "european", "british", "french",
                         "german", "indian", "russian", "the", "bank", "group", "capital",
                         "trade", "energy", "media", "news", "digital", "smart", "green", "golden",
                         "star", "real", "city", "home", "life", "best", "super", "mega", "grand",
                         "great", "young", "metro", "power", "tech", "data", "cloud", "mobile",
                         "total", "standard", "state", "federal", "union", "english", "dutch",
                         "swiss", "deutsche", "air", "sun", "blue", "red", "black", "white",
                         "open", "free", "post", "daily", "times", "radio", "press"])


_BARE_BAN = frozenset(["chấp hành", "thường vụ"])
_STATE_CENTRES = ("quản lý", "hành chính", "phục vụ hành chính", "dịch vụ hành chính", "xúc tiến",
                  "lưu trữ", "dự báo", "đăng kiểm", "giám sát", "điều hành", "phát triển quỹ đất",
                  "trợ giúp pháp lý", "dịch vụ việc làm", "khuyến nông", "thông tin", "báo chí",
                  "huấn luyện", "tìm kiếm", "cứu nạn", "chỉ huy", "tin học", "kỹ thuật",
                  "công nghệ thông tin", "chuyển đổi số", "đổi mới", "quy hoạch", "văn hóa",
                  "văn hoá", "phát thanh", "truyền thông", "giáo dục thường xuyên",
                  "giáo dục nghề nghiệp", "quan trắc", "nước sạch", "bảo trợ", "công tác xã hội")
# Words before a lower-case "trường" that make another word of it ("thị trường").
_PRODUCT_WORDS = frozenset(["chiếc", "mẫu", "dòng", "model", "ôtô", "tô", "vàng", "miếng"])
# an aircraft by its maker and model: "máy bay Boeing 737", "phi cơ Airbus A330"
_AIRCRAFT_WORDS = frozenset(["bay", "cơ", "thăng"])
_MODEL_NO = re.compile(r" [A-Z]?\d{2,4}(?![\w])")
_NATURE_WORDS = frozenset(["rừng", "sông", "lưu", "vùng", "đảo", "núi", "biển", "hầm", "đèo"])
_TREATY_WORDS = ("công ước", "hiệp ước", "hiệp định", "nghị định thư")
_EVENT_WORDS = ("hội nghị", "thượng đỉnh", "sự kiện", "mùa", "năm", "tuần lễ cấp cao")
_DURATION_RE = re.compile(r"\d+ (?:mùa|năm) $")  # "9 năm GHTK đồng hành": years of a company
# ride-hailing apps: "đi xe Grab" is the company's service, not a car's make
_RIDE_HAILING = frozenset(["grab", "uber", "goviet", "gojek", "be", "xanh sm"])
_CAPTOK_RE = re.compile(rf"[{_UP}]\w+")
# words that go on a company's name rather than name its product
_ORG_SUFFIXES = frozenset(["Group", "Corp", "Corporation", "Inc", "Ltd", "Co", "Company",
                           "Holdings", "Vietnam", "International", "Global", "Bank", "Foundation",
                           "Technology", "Technologies", "Motors", "Airlines", "Securities",
                           "Capital", "Partners", "Media", "Entertainment", "Pharma", "Energy"])
_CONGRESS_NO_RE = re.compile(r"[IVXL]+(?![\w])")  # "ĐH XIII"
# what makes "trường" a school whatever comes before it ("về trường THCS X")
_SCHOOL_LEVELS = ("THCS ", "THPT ", "PTDTNT ", "PTDTBT ", "TH ", "ĐH ", "CĐ ", "Tiểu học ",
                  "Mầm non ", "Đại học ", "Cao đẳng ", "Trung cấp ", "Trung học ")
_NOT_BEFORE_TRUONG = frozenset(["thị", "hội", "quảng", "chiến", "lập", "môi", "hiện", "sân",
                                "công", "đấu", "ngư", "điểm", "phi", "thương", "nông", "lâm", "võ",
                                "trại", "tựu", "khai", "mãn", "bãi", "pháp", "đường", "ra",
                                "vào", "đến", "tới", "về", "hiệu", "trưởng", "phân", "lò", "trọng",
                                "sa", "sở", "tràng", "nhà", "đại", "một"])
# Heads of a national team: the span is the head and the country.
_TEAM_HEADS = frozenset(["đội tuyển", "tuyển"])
# what kind of national team: "bóng đá quốc gia", "nữ", "U23", "U -23"
_TEAM_WORDS_RE = re.compile(r"(?:(?:bóng đá|bóng chuyền|bóng rổ|futsal|bóng bàn|cầu lông|"
                            r"quần vợt|điền kinh|bơi|quốc gia|nữ|nam|trẻ|Olympic|"
                            r"U ?-? ?\d{2}) )+")
_CONTINENTS = ("châu á", "châu âu", "châu phi", "châu mỹ", "châu úc", "đông nam á", "thế giới")
_YOUTH_TEAM_RE = re.compile(r"U ?-? ?\d{2} (?=[A-ZĐÚ])")  # preceded by no word or dot


def _team_country(text: str, low: str, pos: int) -> int | None:
    """End of the country a team plays for, named at ``pos`` ("Việt Nam", "VN")."""
    if pos >= len(text) or text[pos] not in _UPSET:
        return None
    if text.startswith("VN", pos) and not text[pos + 2:pos + 3].isalnum():
        return pos + 2
    cm = _people()[2].match(low, pos)
    if cm is None or low.startswith(_CONTINENTS, pos):
        return None  # "giải U23 Châu Á": a tournament
    return cm.end()


# a football article: its words ("bóng đá", "tiền đạo", a league)
_FOOTBALL_WORDS = ("bóng đá", "tiền đạo", "tiền vệ", "hậu vệ", "thủ môn", "ngoại hạng",
                   "premier league", "la liga", "serie a", "bundesliga", "ligue 1",
                   "champions league", "europa league")
_NOT_BEFORE_CLUB = frozenset(["tại", "ở", "đến", "tới", "phố", "tp", "từ", "về", "sang", "thủ"])


def _add_free_body(out: list, spans: list, text: str, a: int, b: int,
                   name: str | None = None, kind: str = "organization") -> None:
    """An organization (or agency) at ``a:b`` unless a span in ``spans``
    overlaps it; its span is then taken too (the passes that find names no
    head introduced)."""
    if any(x < b and a < y for x, y in spans):
        return
    name = name or normalize(text[a:b])
    out.append(Entity(kind, slugify(name), name, a, b))
    spans.append((a, b))


@lru_cache(maxsize=1)
def _city_club_re():
    from bantin.pipeline.gazetteer.organizations import CITY_CLUBS
    return re.compile(rf"(?<![\w.])(?:{'|'.join(sorted(CITY_CLUBS, key=len, reverse=True))})"
                      rf"(?![\w])")


# A body named by its head, a lower-case description and the place it serves:
# "Ban Quản lý các khu công nghiệp tỉnh Bình Dương", "trạm y tế xã Kỳ Sơn", "viện
# KSND thị xã Phổ Yên", "cục thuế tỉnh Gia Lai". Head → kind.
_DESC_BODY_HEADS = {
    "ban quản lý": "agency", "ban chỉ huy": "agency", "ban chỉ đạo": "agency",
    "ban chấp hành": "agency", "chi cục": "agency", "phòng": "agency", "văn phòng": "agency",
    "sở": "agency", "cục": "agency", "uỷ ban": "agency", "ủy ban": "agency",
    "đoàn đại biểu": "agency", "hạt": "agency", "kho bạc": "agency", "toà án": "agency",
    "tòa án": "agency", "viện kiểm sát": "agency", "thanh tra": "agency",
    "bảo hiểm xã hội": "agency", "trạm": "organization", "trung tâm": "organization",
    "viện": "organization", "đài": "organization", "bệnh viện": "organization",
    "trường": "organization", "công ty": "organization", "chi nhánh": "organization",
    "xí nghiệp": "organization", "hội": "organization", "ban": "agency"}
# associations with a place by their first word ("Hội người cao tuổi xã Điện Phương"; not
# "Hội nghị", "Hội chợ"); the political-social ones are agencies (the guide's ruling 2)
_HOI_FIRST = {"người": "organization", "chữ": "organization", "khuyến": "organization",
              "luật": "organization", "nhà": "organization", "doanh": "organization",
              "nông": "agency", "phụ": "agency", "cựu": "agency", "liên": "agency"}
# heads before a country's name that name organizations (the others: agencies)
_FOREIGN_ORG_HEADS = frozenset(["đảng", "đài truyền hình", "đài phát thanh", "truyền hình",
                                "hãng thông tấn", "hiệp hội", "hội", "quỹ", "ngân hàng",
                                "tập đoàn", "mặt trận", "phong trào", "liên minh", "viện",
                                "trung tâm"])
# the levels a described body's place follows (longest first), and their last words,
# which the anchor before the place's capitalized word holds
_DESC_LEVELS = ("thành phố", "huyện đảo", "thị trấn", "thị xã", "huyện", "phường", "quận", "tỉnh",
                "TP.", "TP", "xã")
_DESC_LEVEL_ENDS = frozenset(lv.split(" ")[-1].lower() for lv in _DESC_LEVELS)
# the three "Ban" heads name committees whose description may be capitalized
_BAN_HEADS = ("ban quản lý", "ban chỉ huy", "ban chỉ đạo")
_DESC_WORD = r"(?:[a-zđà-ỹ][\wà-ỹ]*|[A-ZĐ&]{2,}|\([A-ZĐ&]{2,}\)|&|[^\W\d_][a-zđà-ỹ]*)"
_DESC_BODY_RE = re.compile(
    r"(?<![\w])(?:((?i:" + "|".join(_BAN_HEADS) + r"))((?: (?:[\w&]+|\([A-ZĐ&]{2,}\))){1,9}?)"
    r"|((?i:" + "|".join(sorted((h for h in _DESC_BODY_HEADS if h not in _BAN_HEADS),
                                key=len, reverse=True)) + r"))((?: " + _DESC_WORD + r"){1,8}?))"
    r" (?P<lvl>" + "|".join(map(re.escape, _DESC_LEVELS)) + r") \Z")
# the same before a country: "Cơ quan lâm nghiệp Mỹ", "Đài truyền hình trung ương Trung
# Quốc", "đảng lao động Triều Tiên", "Văn phòng thủ tướng Malaysia"
_FOREIGN_DESC_RE = re.compile(
    r"(?<![\w])()()(Cơ quan|Văn phòng|Toà án|Tòa án|Toà phúc thẩm|Tòa phúc thẩm|Đài truyền hình"
    r"|Đài phát thanh|Truyền hình|Hãng thông tấn|Bộ chỉ huy|Bộ [Tt]ư lệnh|Bộ|Tổng cục|Cục|Uỷ ban"
    r"|Ủy ban|Hội đồng|Lực lượng|Sở|Viện|Hiệp hội|Hội|Quỹ|Ngân hàng|Tập đoàn|Trung tâm"
    r"|Mặt trận|Phong trào|Liên minh|Đảng|đảng)((?: [a-zđà-ỹ][\wà-ỹ]*){1,6}) \Z")
_GENERIC_FORCES = frozenset(["an", "phủ", "đội", "quân", "cứu", "chức"])
# words a description has not: verbs and prepositions (the span ran into a clause),
# police units (never annotated), a second level (two places)
_NOT_IN_DESC = frozenset(
    "của tại ở trên cho với đã đang sẽ là được bị có không này đó khi từ theo về nhằm để do "
    "vào ra đến cùng như trong ngoài thuộc phía cũng vừa lưu yêu người ông bà anh chị cảnh "
    "lớn nhất đứng đầu đối lập cầm quyền những một nhiều giữa sang tới thăm là rằng "
    "sát csgt csđt cshs pccc tỉnh huyện xã quận phường thành phố thị trấn hội nghị "
    "thu phí".split())
_NOT_DESC_FIRST = frozenset(["trưởng", "phó", "chống", "cháy", "trọ", "khám", "thí", "ngừa",
                             "tránh", "viên", "trợ", "đội", "nghị", "chức", "thượng", "và",
                             "ngày", "đêm"])
# after "ban": the board of a school, a jury, a band, an organizing committee, "ban hành"
_NOT_AFTER_BAN = frozenset(["giám", "nhạc", "tổ", "hành", "đầu", "sáng", "trưa", "chiều", "tối"])
# "thị trường", "trụ sở", "học viện", "bệnh viện": the head is the end of another word
_NOT_BEFORE_DESC_HEAD = frozenset(["thị", "trụ", "học", "bệnh", "nhà", "môi", "chiến", "quảng",
                                   "hiện", "lập", "nhập", "xuất", "nằm", "thư", "văn", "chi",
                                   "tổng", "giao"])
_SCHOOL_WORDS = frozenset(["tiểu", "mầm", "mẫu", "trung", "đại", "cao", "thcs", "thpt", "ptth",
                           "phổ", "dân", "chuyên", "khiếm", "năng", "dạy"])


_LEVEL_IN_RE = re.compile(r" (?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|"
                          r"q\.|h\.|tx\.?) ")
# Units inside the police are not named bodies (the annotation guide): "Phòng
# CSGT Công an Quảng Bình" is "Công an Quảng Bình"; "Phòng Cảnh sát hình sự" nothing.
# Nor is a country's army or police in general, capitalized or not (ruling 5).
_POLICE_UNIT_RE = re.compile(r"(?:Phòng|Đội|Trung đoàn|Tiểu đoàn) (?:Cảnh sát|cảnh sát|CSGT|CSHS|"
                             r"CSĐT|CSKV|CS|PC ?\d|An ninh|an ninh)(?![\w])")


def _unnamed_units(text: str, low: str, bodies: list) -> list:
    """``bodies`` without the units the annotation guide does not name: a
    department without its body or place, a country's forces in general, a
    unit inside the police (for which the police it belongs to is kept)."""
    out = []
    country_rx = _people()[2]
    for e in bodies:
        if e.kind == "agency" and text.startswith("Phòng ", e.start) and \
                not _LEVEL_IN_RE.search(low, e.start, e.end) and \
                not _provinces()[2].search(low, e.start, e.end) and \
                not low.startswith("phòng thương mại", e.start) and not any(
                    country_rx.match(low, c.start())
                    for c in _WORD_CAP.finditer(text, e.start + 6, e.end)):
            continue  # "Phòng Kế hoạch - Tài chính": a department of whatever body, unnamed
        if e.kind == "agency" and text.startswith(("Quân đội ", "Cảnh sát "), e.start) and \
                (cm := country_rx.match(low, e.start + 9)) and cm.end() == e.end:
            continue  # "Quân đội Israel", "Cảnh sát Hong Kong": a country's forces in general
        if e.kind != "agency" or not _POLICE_UNIT_RE.match(text, e.start):
            out.append(e)
            continue
        i = text.find(" Công an ", e.start, e.end)
        pl = _place_after(text, low, i + 8) if i > 0 else None
        if pl and pl[0] == e.end:
            out.append(Entity("agency", f"cong-an-{pl[1]}", f"Công an {normalize(pl[2])}",
                              i + 1, e.end))
    return out


def _heads_before(text: str, low: str, bodies: list) -> None:
    """Heads written before a body that belong to its name: a ministry's or
    department's inspectorate ("Thanh tra bộ Xây dựng", "Thanh tra sở Du lịch TP.
    Đà Nẵng"), a university's lower-case "trường" ("trường ĐH Kinh tế quốc dân",
    not "Mã trường Đại học ...")."""
    for i, e in enumerate(bodies):
        if e.kind == "agency" and e.start >= 10 and e.key[:3] in ("bo-", "so-") and \
                text.startswith("Thanh tra ", e.start - 10) and \
                (e.start == 10 or not text[e.start - 11].isalnum()):
            bodies[i] = Entity("agency", "thanh-tra-" + e.key, "Thanh tra " + e.name,
                               e.start - 10, e.end)
        elif e.kind == "organization" and e.start >= 7 and \
                text.startswith(("ĐH ", "Đại học "), e.start) and \
                text.startswith("trường ", e.start - 7) and \
                not low.endswith("mã ", 0, e.start - 7) and \
                (e.start == 7 or not text[e.start - 8].isalnum()):
            bodies[i] = Entity("organization", e.key, e.name, e.start - 7, e.end, e.value)


_SCHOOL_ABBR_RE = re.compile(r"(?<![\w])(?:THCS (?:& |và |- )?THPT|THCS|THPT|PTTH|PTCS|PTDTNT|"
                             r"PTDTBT)(?: chuyên)? (?!Quốc|quốc|QUỐC|Việt Nam)")


def _bare_schools(text: str, low: str, bodies: list) -> None:
    """Schools named by their level's abbreviation alone: "THPT Hương Lâm", "THCS
    & THPT Hồng Vân", "THCS xã Minh Thành" ("Trường THPT ..." is found by its
    head; "THPT Quốc gia" is the exam)."""
    spans = [(e.start, e.end) for e in bodies]
    for m in _SCHOOL_ABBR_RE.finditer(text):
        a, ns = m.start(), m.end()
        pw = _prev_word(low, a)
        if pw and pw[0] in ("trường", "các", "những"):
            continue
        if text[ns:ns + 1] in _UPSET:
            b = _name_after(text, ns)
            if b is not None:
                j = text.find(" và ", ns, b)
                b = b if j < 0 else j  # "THCS Ngô Sĩ Liên và hệ THCS ..."
                if b - ns < 2 or text[ns:b].isupper() and " " in text[ns:b]:
                    continue  # "THPT U - Invent"; a headline in capitals
        else:
            pl = _place_after(text, low, ns - 1)
            b = pl[0] if pl else None
        if b is not None:
            _add_free_body(bodies, spans, text, a, b)


_NUMBERED_HEADS = ("Tổng công ty", "Công ty", "Xí nghiệp", "Nhà máy", "Bệnh viện", "bệnh viện",
                   "Trung tâm cấp cứu")
_NUMBERED_BODY_RE = re.compile(r"(?<![\w])(?:" + "|".join(_NUMBERED_HEADS) + r") \Z")
# the heads' last letters: a number is tried only right after one of them
_NUMBERED_HEAD_ENDS = frozenset(h[-1] for h in _NUMBERED_HEADS)
_NOT_AFTER_NUMBER_RE = re.compile(r"[\w%/]|[.,]\d| (?:tháng|năm|ngày|giờ|người|lần|tỷ|tỉ|triệu|"
                                  r"nghìn|ngàn|km|m|ha|tấn|USD|đồng|giường|bệnh|ca|học)(?![\w])")


def _numbered_bodies(text: str, low: str, nums: list, bodies: list) -> None:
    """Companies and hospitals named by a number: "Công ty 68", "bệnh viện 198",
    with the province after it when one follows ("Bệnh viện 115 Nghệ An"); not a
    count ("Công ty 20 năm"). Found back from the number."""
    spans = [(e.start, e.end) for e in bodies]
    for s, b in nums:
        if not 2 <= b - s <= 4 or s < 9 or text[s - 2] not in _NUMBERED_HEAD_ENDS or not text[s:b].isdigit() or \
                not (m := _NUMBERED_BODY_RE.search(text, s - 22 if s > 22 else 0, s)) or \
                _NOT_AFTER_NUMBER_RE.match(text, b):
            continue
        a = m.start()
        prov = _match_province(text, low, b + 1) if text[b:b + 1] == " " else None
        _add_free_body(bodies, spans, text, a, prov[3] if prov else b)


# the party's and the state's central committees, in any case: "ban dân vận trung
# ương", "Ban Tuyên giáo trung ương", "Uỷ ban dân tộc trung ương"
_CENTRAL_RE = re.compile(
    r"(?<![\w])(?:[Bb]an|[UuỦủ][ỷy] ban|Hội đồng|Đảng [uủ][ỷy]) (tổ chức|tuyên giáo|dân vận|"
    r"kinh tế|nội chính|đối ngoại|tiếp dân|tiếp công dân|chấp hành|kiểm tra|dân tộc|lý luận|"
    r"bảo vệ sức khoẻ|bảo vệ sức khỏe|khối doanh nghiệp|khối các cơ quan|công an|quân sự) "
    r"trung ương\Z",
    re.IGNORECASE)


def _central_and_national_bodies(text: str, low: str, bodies: list) -> list:
    """Central and national bodies, found back from each "trung ương" and
    "quốc gia": the party's and the state's central committees in any case,
    over the shorter bodies inside them, and where no body is yet a head with
    a lower-case description ("Hội đồng tiền lương quốc gia", "Trung tâm tìm
    kiếm cứu nạn quốc gia", "Cục thống kê quốc gia")."""
    for tail in (" trung ương", " quốc gia"):
        i = low.find(tail)
        while i >= 0:
            b = i + len(tail)
            i = low.find(tail, b)
            if b < len(text) and text[b].isalnum():
                continue
            m = _CENTRAL_RE.search(text, b - 45 if b > 45 else 0, b) if tail == " trung ương" \
                else None
            if m:
                a = m.start()
                if any(x.start < b and a < x.end and not (a <= x.start and x.end <= b)
                       for x in bodies):
                    continue
                bodies = [x for x in bodies if not (a <= x.start and x.end <= b)]
                name = normalize(text[a:b])
                bodies.append(Entity("agency", slugify(name), name, a, b))
                continue
            if text[b:b + 1] == " " and text[b + 1:b + 2] in _UPSET:
                continue  # a longer name goes on: "Trung tâm bão quốc gia Mỹ"
            m = _NATIONAL_DESC_RE.search(text, b - 70 if b > 70 else 0, b)
            if not m or any(w in _NOT_IN_DESC for w in m.group(2).split()) or \
                    any(x.start < b and m.start() < x.end for x in bodies):
                continue
            name = normalize(m.group())
            kind = "organization" if m.group(1) in ("Viện", "Quỹ") else "agency"
            bodies.append(Entity(kind, slugify(name), name, m.start(), b))
    return bodies


# a head, a lower-case description, then "quốc gia" or "trung ương"
_NATIONAL_DESC_RE = re.compile(
    r"(?<![\w])(Trung tâm|Hội đồng|Uỷ ban|Ủy ban|Ban chỉ đạo|Ban chỉ huy|Cục|Viện|Quỹ|Cơ quan)"
    r"((?: [a-zđà-ỹ][\wà-ỹ]*){1,7}) (?:quốc gia|trung ương)\Z")


@lru_cache(maxsize=1)
def _country_first_words() -> frozenset:
    """First words of country names as anchors hold them (lower-cased, both tone styles)."""
    from bantin.pipeline.gazetteer.people import country_names
    return frozenset(_first_words(c.lower() for c in country_names()))


# a sector's trade union, an agency by the guide's ruling 2: "Công đoàn ngành Y tế"
_UNION_RE = re.compile(r"(?<![\w])Công đoàn (?:ngành )?(?:[Yy] tế|[Gg]iáo dục|[Nn]gân hàng|"
                       r"[Cc]ông [Tt]hương|[Dd]ầu khí|[Đđ]iện lực|[Xx]ây dựng|[Cc]ao su|[Dd]ệt may|"
                       r"[Bb]ưu điện|[Đđ]ường sắt|[Tt]han - [Kk]hoáng sản|[Gg]iao thông vận tải|"
                       r"[Tt]hông tin và [Tt]ruyền thông)(?: Việt Nam)?(?![\w])")


def _trade_unions(text: str, bodies: list) -> None:
    spans = [(e.start, e.end) for e in bodies]
    for m in _UNION_RE.finditer(text):
        _add_free_body(bodies, spans, text, *m.span(), kind="agency")


# Capitalized heads whose name may be all lower-case name words: "Tổng cục đường bộ",
# "Văn phòng đăng ký đất đai", "Hội động vật học" (in the middle of a sentence, where
# the capital marks a name).
_LOWER_NAMED_HEADS = {"Tổng cục": "agency", "Cục": "agency", "Chi cục": "agency", "Vụ": "agency",
                      "Văn phòng": "agency", "Uỷ ban": "agency", "Ủy ban": "agency",
                      "Sở": "agency", "Ban quản lý": "agency", "Trung tâm": "agency",
                      "Viện": "organization", "Hội": "organization", "Hiệp hội": "organization",
                      "Liên đoàn": "organization", "Học viện": "organization"}
_GENERIC_DESCRIPTIONS = frozenset(["nhân dân", "kiểm tra", "quản lý", "thường vụ", "chấp hành",
                                   "nghiên cứu", "điều hành", "hành chính", "thương mại"])
_LOWER_NAMED_FIRST = frozenset(h.split(" ")[0].lower() for h in _LOWER_NAMED_HEADS)
_LOWER_NAMED_RE = re.compile(r"(?<![\w])(" + "|".join(sorted(_LOWER_NAMED_HEADS, key=len,
                                                                 reverse=True)) +
                             r") (?=[a-zđà-ỹ])")


def _lower_named_bodies(text: str, low: str, caps: list, bodies: list) -> None:
    """A capitalized head, in mid-sentence, then a name of lower-case name words
    only, ending at a clause's end or a word no name has ("Tổng cục phòng chống
    thiên tai tiếp nhận", "Trung tâm an ninh hàng không, ...")."""
    spans = [(e.start, e.end) for e in bodies]
    lex, _ends = _name_lexicon()
    for s, _e, w, _pw in caps:
        if w not in _LOWER_NAMED_FIRST or not (m := _LOWER_NAMED_RE.match(text, s)):
            continue
        a = s
        pw = _prev_word(text, a)
        if _at_sentence_start(text, a) or any(x <= a < y for x, y in spans) or \
                pw and pw[0][:1] in _UPSET:
            continue  # (not "xã Tân Hội điều tra": the capital is a place's)
        toks = [(x.start(), x.end(), x.group()) for x in _TOKEN_RE.finditer(text, m.end(),
                                                                          min(len(text), m.end() + 80))]
        i = 0
        while i < len(toks) and toks[i][2].islower() and \
                (not i or toks[i][0] == toks[i - 1][1] + 1):
            k, _capped = _compound_at(toks, i, lex)
            if not k:
                break
            i += k
        if i < 2 or pw and pw[0].lower() in _PLURAL_WORDS:
            continue  # one syllable is no name; "các Cục nghiệp vụ": no one body
        b = toks[i - 1][1]
        if i < len(toks) and toks[i][0] == b + 1:
            nxt = toks[i][2]
            if nxt not in _NAME_STOP or nxt == "và" or nxt in _PLURAL_WORDS:
                continue  # "Trung tâm đăng kiểm xe cơ giới 98": the name goes on
        elif i < len(toks) and (text[b] not in ",.;:!?)\n\"”" or text[b] == "," and
                                toks[i][2].islower() and _compound_at(toks, i, lex)[0]):
            continue  # "Trung tâm nghiên cứu, sản xuất và đào tạo": a list goes on
        if _norm_low(text[m.end():b]) in _GENERIC_DESCRIPTIONS:
            continue  # "Ủy ban nhân dân", "Trung tâm quản lý": whose is not said
        _add_free_body(bodies, spans, text, a, b, kind=_LOWER_NAMED_HEADS[m.group(1)])


def _title_before(low: str, a: int) -> bool:
    """A title ends right before ``a`` ("Giám đốc ", "phát ngôn viên ")."""
    cues = _people()[0]
    words = low[max(0, a - 40):a].split()
    if words and words[-1] in ("trưởng", "phó"):
        return True  # "Trưởng Ban Tổ chức ...", "Phó Văn phòng ..."
    return any(cues.get(" ".join(words[-k:]), ("",))[0] == "title"
               for k in range(1, min(4, len(words)) + 1))


# words that leave a body without a name of its own once a person's name is cut off
_NOT_NAME_REST = frozenset(["công", "ty", "tập", "đoàn", "trường", "bệnh", "viện", "ngân", "hàng"])


def _people_after_titled_bodies(text: str, low: str, bodies: list) -> None:
    """A title, a body, then the person who holds it: "Chủ tịch tập đoàn Lotte
    Shin Dong Bin", "Giám đốc Công ty CP Bến xe Hà Nội Nguyễn Anh Toàn". The
    body's run took the name; it ends before it when the rest still names the
    body (not "Hiệu trưởng Trường THPT Lê Quý Đôn")."""
    for j, b in enumerate(bodies):
        if b.kind not in ("agency", "organization") or b.end - b.start < 12 or \
                text[text.rfind(" ", b.start, b.end) + 1] not in _UPSET or \
                not _title_before(low, b.start):
            continue  # (a holder's name would end the body in a capitalized word)
        toks = [(x.start(), x.end(), x.group()) for x in _TOKEN_RE.finditer(text, b.start, b.end)]
        for k in (4, 3, 2):
            if len(toks) - k < 2:
                continue
            tail = [t for _s, _e, t in toks[-k:]]
            if not all(t[0] in _UPSET and not t.isupper() for t in tail):
                continue
            vn = tail[0] in _STRONG_SURNAMES and k >= 3 and all(
                is_vietnamese_syllable(t.lower()) for t in tail)
            foreign = (tail[0] in _FOREIGN_GIVEN or tail[0] in _FOREIGN_SUR) and k <= 3 and \
                all(t.isascii() for t in tail) and \
                not all(is_vietnamese_syllable(t.lower()) for t in tail)  # not "Vàng Kim Mai"
            if not (vn or foreign):
                continue
            rest = toks[:-k]
            whole = " ".join(tail)
            if any(t[0] in _UPSET and not t.isupper() and _norm_low(t) not in _NOT_NAME_REST
                   for _s, _e, t in rest[1:]) and rest[-1][2] not in _surnames() and \
                    rest[-1][2] not in ("Thị", "Văn") and \
                    not any(x in whole for x in _NOT_PERSONS) and \
                    not any(t in _ORG_SUFFIXES or t in _CORPORATE for t in tail):
                end = rest[-1][1]
                name = normalize(text[b.start:end])
                bodies[j] = Entity(b.kind, slugify(name), name, b.start, end, b.value)
            break  # the longest name's shape decides


# initials, the line break news text puts after their last dot, then a foreign surname
_INITIALS_TAIL_RE = re.compile(r"((?:\.[A-Z](?![\w]))*)\.\n([A-Z][a-z]*[A-Z]?[a-z]{2,})(?![\w])")
_INITIALS_NAME_RE = re.compile(r"(?<![\w.])(?:([A-Z][a-z]+) )?(?:[A-Z]\.){1,3}\n"
                               r"([A-Z][a-z]*[A-Z]?[a-z]{2,})(?![\w])")
_MORE_INITIALS_RE = re.compile(r"(?:\.[A-Z](?![\w]))+")
_INITIAL_LINE_END = re.compile(r"(?<![\w])[A-Z]\.\n")
# a person's span ending in an initial before a dot ("George H" of "George H.W.")
_INITIAL_ENDS = frozenset(f"{c}." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")


def _names_across_initials(text: str, people: list, taken: list) -> None:
    """A name whose initials end a line: "George H.W.\nBush", "H.R.\nMcMaster"
    (the texts break lines after each dot); "George H.W." alone keeps its
    initials."""
    def surname(w: str) -> bool:
        return w.isascii() and not is_vietnamese_syllable(w.lower()) and \
            _capr(w) in (None, 9) and w not in _FOREIGN_GIVEN and w not in _ORG_SUFFIXES

    for i, e in enumerate(people):
        if not (e.end - e.start >= 1 and text[e.end - 1].isupper() and
                (e.end - e.start == 1 or not text[e.end - 2].isalpha())):
            continue
        m = _INITIALS_TAIL_RE.match(text, e.end)
        if m:
            end = m.end() if surname(m.group(2)) else m.end(1)
        elif (m := _MORE_INITIALS_RE.match(text, e.end)):
            end = m.end()
        else:
            continue
        if end > e.end:
            name = normalize(text[e.start:end])
            people[i] = Entity("person", slugify(name), name, e.start, end, e.value, e.role)
    p = text.find(".\n")
    while p > 0:
        # only an initial before the dot ("H.R.\n"), then the regex from the name's start
        if text[p - 1] in _UPSET and (p == 1 or not text[p - 2].isalpha()):
            q = p - 1
            while q >= 2 and text[q - 1] == "." and text[q - 2] in _UPSET:
                q -= 2
            m = _INITIALS_NAME_RE.search(text, max(0, q - 30), p + 40)
            m = m if m and m.start() <= q <= m.end() else None
        else:
            m = None
        p = text.find(".\n", p + 2)
        if m is None:
            continue
        a, b = m.span()
        if m.group(1) and m.group(1) not in _FOREIGN_GIVEN:
            a = m.end(1) + 1  # "James B.\nMills" whole; not a word before the initials
        if surname(m.group(2)) and not any(x < b and a < y for x, y in taken) and \
                not any(x.start < b and a < x.end for x in people):
            name = normalize(text[a:b])
            people.append(Entity("person", slugify(name), name, a, b))


def _described_bodies(text: str, low: str, caps: list, bodies: list) -> None:
    """Bodies named by a head, a description and the place or country they
    serve, found back from that name's capitalized word; added to ``bodies``
    where none is. The farthest head that passes is taken."""
    spans = [(e.start, e.end) for e in bodies]
    country_rx = _people()[2]
    last = -1
    country_first = _country_first_words()
    for s, _e, w, pw in caps:
        if s <= last or not pw:
            continue
        if pw in _DESC_LEVEL_ENDS:
            rx, cm = _DESC_BODY_RE, None
        elif w in country_first and (pw not in _NOT_IN_DESC or low.endswith("hàng không ", 0, s)) \
                and pw.isalpha() and pw.islower() and (cm := country_rx.match(low, s)):
            rx = _FOREIGN_DESC_RE
        else:
            continue
        pos = s - 110 if s > 110 else 0
        while (m := rx.search(text, pos, s)) is not None:
            pos = m.start() + 1
            e = _described_body(text, low, m, cm, s)
            if e is not None:
                if not any(x < e.end and e.start < y for x, y in spans):
                    bodies.append(e)
                    spans.append((e.start, e.end))
                    last = e.end
                break


def _described_body(text: str, low: str, m: re.Match, cm: re.Match | None,
                    s: int) -> Entity | None:
    """The body a `_DESC_BODY_RE` match (or, with ``cm``, a `_FOREIGN_DESC_RE`
    match before a country) names, or None."""
    a = m.start()
    prev = _prev_word(text, a)
    if prev and (prev[0].lower() in _NOT_BEFORE_DESC_HEAD or prev[0][0] in _UPSET and (
            pm := _match_province(text, low, prev[1])) and pm[3] > a):
        return None  # "thị trường TP. HCM", "Hải Phòng đi TP. HCM"
    head = (m.group(1) or m.group(3)).lower()
    if head == "thanh tra" and prev and prev[0].lower() == "phòng":
        return None  # "Văn phòng thanh tra Lao động ...": the office, not found here
    if head in ("văn phòng", "phòng") and m.group(4).split()[0].lower() in ("ban", "sở", "cục",
                                                                          "ubnd"):
        return None  # "văn phòng Ban an toàn giao thông tỉnh X": the body after the office
    words = (m.group(2) or m.group(4)).split()
    first = words[0].lower()
    if first in _NOT_DESC_FIRST or any(
            w.lower() in _NOT_IN_DESC and not (w == "không" and i and words[i - 1] == "hàng")
            and not (head == "hội" and i == 0) or
            w == "an" and i and words[i - 1].lower() == "công" for i, w in enumerate(words)):
        return None  # (not "hàng không": aviation; "Hội người cao tuổi"); no police inside
    if not cm and m.group(3) and any(w[0] in _UPSET and w[1:].islower() for w in words) and (
            m.group(3)[0] in _UPSET or any(w in _surnames() for w in words)):
        return None  # sentence case after a lower-case head only: "trạm Y tế xã Nghĩa Bình"
    if cm:
        b = cm.end()
        if head == "lực lượng" and any(w in _GENERIC_FORCES for w in words) or \
                text.startswith((" - ", "-", " – "), b) or \
                text[b:b + 1] == " " and text[b + 1:b + 2] in _UPSET:
            return None  # "Lực lượng an ninh Argentina"; "Bộ chỉ huy Ấn Độ Dương - ..."
        place = (b, slugify(text[s:b]))
        lvl = s - 1
    else:
        if head == "trường" and first not in _SCHOOL_WORDS or \
                head == "hội" and first not in _HOI_FIRST or \
                head == "ban" and first in _NOT_AFTER_BAN or \
                head == "đoàn đại biểu" and first not in ("qh", "quốc", "hđnd") or \
                head == "trung tâm" and words[:2] == ["hành", "chính"] and words[2:3] != ["công"]:
            return None  # a market, a delegation, a town's centre
        lvl = m.start("lvl") - 1
        place = _place_after(text, low, lvl)
        if place is None and low.startswith(("tỉnh ", "thành phố ", "huyện đảo "), lvl + 1):
            place = _town_after(text, s - 1)  # "tỉnh Omsk": a foreign province
        if place is None:
            return None
    kind = ("organization" if head in _FOREIGN_ORG_HEADS else "agency") if cm else \
        _DESC_BODY_HEADS[head]
    if head == "viện" and first in ("ksnd", "kiểm"):
        kind = "agency"
    elif head == "hội" and not cm:
        kind = _HOI_FIRST[first]
    elif head == "sở" and words[:2] == ["giao", "dịch"]:
        kind = "organization"  # "Sở giao dịch chứng khoán TP. HCM"
    b = place[0]
    return Entity(kind, slugify(normalize(text[a:lvl])) + "-" + place[1], normalize(text[a:b]),
                  a, b)


_LOWER_LEGAL_RE = re.compile(r"(?<![\w])công ty (?:cổ phần|tnhh(?: một thành viên| mtv)?|cp) "
                             r"(?=[a-zđà-ỹ])")


def _lower_legal_companies(text: str, bodies: list) -> None:
    """Companies whose lower-case head and legal form are followed by lower-case
    trades, then the name: "công ty cổ phần đường sắt Phú Khánh" (no capitalized
    word is near enough to the head to find it from there)."""
    spans = [(e.start, e.end) for e in bodies]
    for m in _LOWER_LEGAL_RE.finditer(text):
        ns = _lower_words_to_name(text, m.end(), True)
        ne = _name_after(text, ns) if ns is not None else None
        if ne is not None:  # named by the trades and the name, as after "Công ty"
            _add_free_body(bodies, spans, text, m.start(), ne, normalize(text[m.end():ne]))



def _city_clubs(text: str, low: str, out: list, places: list) -> None:
    """Clubs named by their city in a football article ("Dortmund thắng 2-0",
    "khoác áo Olympiakos"), not the city after a place word ("tại Dortmund")."""
    spans = [(e.start, e.end) for e in out + places]
    for m in _city_club_re().finditer(text):
        a, b = m.span()
        pw = _prev_word(low, a)
        if pw and pw[0] in _NOT_BEFORE_CLUB or \
                text[b:b + 1] == " " and text[b + 1:b + 2] in _UPSET:
            continue  # the city, or part of a longer name ("Leeds United")
        _add_free_body(out, spans, text, a, b, m.group())


def _youth_teams(text: str, low: str, out: list) -> None:
    """A country's youth team named by its age alone: "U23 Việt Nam", "các cầu
    thủ U -23 VN" (with "đội tuyển" it is found with the other teams)."""
    spans = [(e.start, e.end) for e in out]
    for m in _YOUTH_TEAM_RE.finditer(text):
        a = m.start()
        if a and (text[a - 1].isalnum() or text[a - 1] == "."):
            continue
        b = _team_country(text, low, m.end())
        if b is not None:
            _add_free_body(out, spans, text, a, b)
# Heads whose name may be given in quotes: 'CLB "Vì Hoàng Sa – Trường Sa thân yêu"'.
_QUOTED_NAME_HEADS = frozenset(["clb", "câu lạc bộ", "quỹ", "hội", "hiệp hội", "liên đoàn"])
# Heads whose name may open with lower-case words: "Liên đoàn bóng đá Việt Nam".
_LOWER_WORD_HEADS = frozenset(["liên đoàn", "hiệp hội", "câu lạc bộ", "clb", "hợp tác xã", "htx",
                               "doanh nghiệp tư nhân", "dntn", "nhà máy", "bệnh viện",
                               "bệnh viện đa khoa",
                               "đoàn nghệ thuật", "đoàn ca múa", "đoàn ca múa nhạc", "đoàn múa",
                               "đoàn kịch", "đoàn xiếc", "nhà hát", "xí nghiệp"])
_DESC_HEADS = ("công ty ", "hợp tác xã ", "htx ", "nhà máy ", "doanh nghiệp tư nhân ", "trường ",
               "xí nghiệp ")
_DESC_HEAD_RX = re.compile(rf"(?:{'|'.join(h.strip() for h in _DESC_HEADS)})"
                           r" (?=[a-zđà-ỹ]+ (?:[a-zđà-ỹ]+ ){0,3}(?:số \d+ )?[^\W\d_])")
# "Trường tiểu học Vĩnh Thành", "trường mầm non Sơn Trạch", "trường tiểu học số 1 xã
# Quảng Phú": a school's level in lower case, then its name or its place
_SCHOOL_LEVEL_RX = re.compile(
    r"(?:tiểu học|mầm non|mẫu giáo|trung học cơ sở|trung học phổ thông|phổ thông dân tộc nội trú"
    r"|phổ thông dân tộc bán trú|dân tộc nội trú|phổ thông|trung cấp|cao đẳng|đại học)"
    r"(?: số \d+)? ")
_FUND_WORDS = ("học bổng ", "từ thiện ", "khuyến học ", "bảo trợ ")
# Newspaper heads: the span is the name only, which may end in lower-case
# words ("báo Tin tức", "báo Người đưa tin").
_PRESS_HEADS = frozenset(["báo", "tờ", "tạp chí"])
_PRESS_NOT_TAIL = frozenset(["đưa", "viết", "dẫn", "cho", "đăng", "trích", "nêu", "bình",
                             "tiết", "phản", "ghi", "thông", "phỏng", "điện", "mạng", "số",
                             "ra", "in", "giấy", "online", "tin"])


def _foreign_name_at(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is a name in another language ("CNN", "Fox News"; not "Đài Trung")."""
    return text[a:b].isascii() and not all(is_vietnamese_syllable(t.lower())
                                           for t in text[a:b].split(" "))


def _press_tail(text: str, ns: int, ne: int) -> int:
    """End of a newspaper's name that goes on in lower case after one
    capitalized Vietnamese word ("Tin tức", "Người đưa tin"): one or two
    lower-case words up to a function word or punctuation; else ``ne``."""
    if " " in text[ns:ne] or not _syl(text[ns:ne]) or _foreign_word(text[ns:ne]):
        return ne
    p = ne
    for _ in range(2):
        if p >= len(text) or text[p] != " ":
            return ne
        m = _WORD_RE.match(text, p + 1)
        if not m or not m.group().islower() or m.group() in _NAME_STOP or \
                m.group() in _PRESS_NOT_TAIL and p == ne:
            return ne
        p = m.end()
        if p >= len(text) or text[p] in ",.;:)\n":
            return p
        nm = _WORD_RE.match(text, p + 1)
        if text[p] == " " and nm and nm.group() in _NAME_STOP:
            return p
    return ne


def _lex_words_to_name(text: str, pos: int) -> int | None:
    """Start of a capitalized word after lower-case name words only ("kinh
    doanh bất động sản Hà An"), or None."""
    lex, _ends = _name_lexicon()
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text, pos, pos + 80)]
    i = 0
    while i < len(toks) and i < 8:
        if toks[i][2][0] in _UPSET:
            return toks[i][0] if i else None
        k, _c = _compound_at(toks, i, lex)
        if not k or text[toks[i][1]:toks[i][1] + 1] not in (" ", ""):
            return None
        i += k
    return None
# Bodies after "Văn phòng" that are the entity themselves ("Chánh Văn phòng Sở Y tế"
# → "Sở Y tế"); "Văn phòng Chính phủ", "Văn phòng Quốc hội" are in the gazetteer.
_OFFICE_OF = ("Sở ", "Bộ ", "Công an ", "UBND ", "HĐND ", "Cục ", "Tổng cục ", "Chi cục ", "Cơ quan ",
              "Ủy ban nhân dân ", "Uỷ ban nhân dân ", "Bệnh viện ", "Tòa án ", "Toà án ")
# Company heads after which "X và Y" are two companies (`_name_after`).
_SPLIT_AND_HEADS = frozenset(["công ty", "tập đoàn"])
_SURNAME_PERSON_RE = re.compile(rf"[{_UP}]\w* [{_UP}]\w* [{_UP}]\w*")
_COMMITTEE_HEADS = frozenset(["thanh-uy", "huyen-uy", "quan-uy"])
# local bodies also named by a district or town without its level word
_TOWN_HEADS = frozenset(["cong-an", "hat-kiem-lam", "ubnd", "tand", "vksnd"])
_NOT_AFTER_CO_QUAN = ("cảnh sát điều tra", "csđt", "an ninh điều tra", "anđt", "công an", "thuế",
                      "nhà nước", "chức năng", "điều tra")
# Company heads with a legal form, after which the name may open with lower-case
# words: "công ty TNHH tư vấn thiết kế xây dựng KTT".
_LEGAL_FORM_HEADS = frozenset(["công ty tnhh", "công ty cổ phần", "công ty cp", "ctcp",
                               "công ty tnhh mtv", "công ty tnhh một thành viên", "tập đoàn"])
# Capitalized heads whose name may also open with lower-case words: "Công ty kim
# loại màu Nghệ Tĩnh".
_LOWER_START_HEADS = frozenset(["công ty", "tổng công ty"])
# Heads whose name may end with a place given with its level word.
_PLACE_TAIL_HEADS = frozenset(["bệnh viện", "bệnh viện đa khoa", "trung tâm y tế", "bv", "bvđk",
                               "bảo tàng"])
_PLACE_TAIL_LEVELS = ("tỉnh ", "thành phố ", "thị xã ", "huyện ", "quận ", "tp ", "tp. ")
# business lines listed after a company's legal form ("công ty TNHH Vận tải, Thương mại ...")
_LISTED_LINES = ("thương mại", "dịch vụ", "xây dựng", "sản xuất", "đầu tư", "vận tải", "du lịch",
                 "xuất nhập khẩu", "kỹ thuật", "công nghệ", "tư vấn", "phát triển", "chế biến")
_BUSINESS_LINES = tuple(", " + w for w in _LISTED_LINES)
# the words a company's name may run over in lower case ("Sản xuất chế biến và phân phối"):
# those lines and more trades and sectors, each with the space after it
_BUSINESS_WORDS = tuple(w + " " for w in _LISTED_LINES + (
    "xuất khẩu", "nhập khẩu", "phân phối", "khai thác", "kinh doanh", "thiết kế", "quản lý",
    "môi trường", "truyền thông", "giải trí", "giáo dục", "năng lượng", "mỏ", "khoáng sản",
    "thủy sản", "thuỷ sản", "nông nghiệp", "cao su", "dầu khí", "địa ốc", "bất động sản",
    "vật liệu", "hóa chất", "dược phẩm", "thực phẩm"))


def _lower_words_to_name(text: str, pos: int, and_ok: bool = False) -> int | None:
    """Start of the capitalized part of a name that opens with 1-6 lower-case
    words ("tư vấn thiết kế xây dựng KTT"), or None; ``and_ok``: "và" may join
    them ("chế biến và phân phối nông nghiệp Thadi")."""
    p = pos
    prev = ""
    for _ in range(8 if and_ok else 6):
        m = _WORD_RE.match(text, p)
        if not m or m.end() >= len(text) or text[m.end()] != " ":
            return None
        w = m.group()
        if and_ok and w == "và":
            # "... chế biến và phân phối ...": a business line after it, else two names
            # or a new clause ("Tập đoàn TTC và GEC", "... Đại Nam và ngồi ghế ...")
            if not text[m.end() + 1:m.end() + 21].lower().startswith(_BUSINESS_WORDS):
                return None
        elif not w.isalpha() or not w.islower() or w in _NAME_STOP or w in _ORG_LOWER_STOP or \
                f"{prev} {w}" in _ORG_LOWER_PAIRS:
            return None
        prev = w
        p = m.end() + 1
        if p < len(text) and text[p] in _UPSET:
            hm = _gazetteer()[4].match(text[p:p + 40].lower())
            if hm and " " in hm.group():
                return None  # "xí nghiệp sản xuất nước Công ty CP X": another body's name
            return p
    return None


_ORG_LOWER_STOP = frozenset(["tại", "ở", "thuộc", "trụ", "chi", "nhánh", "giám", "đốc", "nhất",
                             "sang", "khác", "cũ", "nào", "nhiều", "ít", "lại", "hơn", "kia", "ấy",
                             "từng", "nằm", "hiện"])
# what describes a company without naming it: "công ty niêm yết lớn nhất Tokyo"
_ORG_LOWER_PAIRS = frozenset(["niêm yết", "giáp ranh", "hàng đầu", "gia đình", "thành viên",
                              "lớn nhất", "nhỏ nhất"])


_DASH_NAME_HEADS = frozenset(["quỹ", "đh", "đại học", "trường đại học", "ctcp"])
_DASH_PART_RE = re.compile(
    rf"(?: [-–] |- )([{_UP}][\w&]*(?:\.[\w&]+)*(?: [{_UP}][\w&]*(?:\.[\w&]+)*){{0,2}})(?![\w])")


_NEXT_LOWER_RE = re.compile(r" ([a-zđà-ỹ]+)")
_LOWER_THEN_ACRONYM = re.compile(r"((?: [a-zđà-ỹ]+){1,7}) \(([A-ZĐ]{3,8})\)")


def _initial(word: str) -> str:
    c = word[0].upper()
    return c if c == "Đ" else unicodedata.normalize("NFD", c)[0]


def _acronym_tail(text: str, a: int, ne: int) -> int:
    """``ne``, or the end of lower-case words that its Vietnamese short name in
    parentheses spells out: "Hội Doanh nghiệp hàng Việt Nam chất lượng cao
    (HVNCLC)" (the short name is the initials of the last words, those
    included)."""
    m = _LOWER_THEN_ACRONYM.match(text, ne)
    if not m:
        return ne
    words = text[a:m.end(1)].split()
    acr, n_low = m.group(2), m.group(1).count(" ")
    for k in range(max(len(acr) - 1, n_low), min(len(acr), len(words)) + 1):
        if "".join(_initial(w) for w in words[-k:]) == acr:
            return m.end(1)
    # a short name from another language ("Viện Nghiên cứu quản lý kinh tế trung ương
    # (CIEM)"): the lower-case words must all be words seen in names
    lex, _ends = _name_lexicon()
    toks = [(x.start(), x.end(), x.group()) for x in _TOKEN_RE.finditer(text, ne, m.end(1))]
    i = 0
    while i < len(toks):
        k, _capped = _compound_at(toks, i, lex)
        if not k:
            return ne
        i += k
    return m.end(1)


def _dash_tail(text: str, ne: int) -> int:
    """``ne``, or the end of a second part of a company's name joined by a dash
    ("Volvo - Eicher", "Xanh Sài Gòn – Thuận Phước"): one to three capitalized
    words, not a title, a body, a person's full name or a new sentence."""
    m = _DASH_PART_RE.match(text, ne)
    if not m:
        return ne
    toks = m.group(1).split(" ")
    if toks[0] in _NOT_NAME_STARTS_SET or toks[0] in _MID_STOP or \
            len(toks) >= 3 and toks[0] in _STRONG_SURNAMES or \
            text.startswith(_BODY_STARTS, m.start(1)) or \
            _lk(_gazetteer()[0], m.group(1).lower()) is not None:
        return ne  # a title, a person, another body ("ĐH Bách khoa - ĐHQG TP. HCM")
    nw = _NEXT_LOWER_RE.match(text, m.end())
    if nw and _word_pair(toks[-1], nw.group(1)) or \
            m.end() < len(text) and text[m.end()] == " " and text[m.end() + 1:m.end() + 2] in _UPSET:
        return ne  # "VTVCab 23 - Thể thao ...": a word in sentence case, not a name
    return m.end()


def _province_tail(text: str, low: str, ns: int, ne: int) -> int:
    """``ne``, or the end of the province a name ends in when its name goes on
    over a dash: "Chi cục Kiểm lâm tỉnh Thừa Thiên - Huế"."""
    q = max(low.rfind(w, ns, ne) for w in ("tỉnh ", "thành phố ", "tp. ", "tp "))
    if q > ns and low[q - 1] == " ":
        pm = _match_province(text, low, q)
        if pm and pm[3] > ne:
            return pm[3]
    return ne


def _town_after(text: str, pos: int):
    """A capitalized place name right after ``pos`` (a city or district that is
    not a province: "Thành ủy Buôn Ma Thuột")."""
    if pos >= len(text) or text[pos] != " ":
        return None
    p = pos + 1
    run = _CAPRUN_RE.match(text, p)
    if not run:
        return None
    toks = run.group().split(" ")
    if toks[0] in _STRONG_SURNAMES and len(toks) >= 3 or \
            toks[0] in _NOT_NAME_STARTS_SET and len(toks) == 1:
        return None  # not "Thành ủy Theo ..."; "Huyện ủy Tuy Đức" is a place
    keep = []
    for t in toks[:min(4, _before_full_name(toks))]:
        if t in _MID_STOP and not (keep and _place_end(text, t, len(keep), toks, run.end())) \
                or len(t) >= 2 and t.isupper():
            break
        keep.append(t)
    if not keep:
        return None
    name = " ".join(keep)
    e = _apos_tail(text, p + len(name)) if len(keep) == len(toks) else p + len(name)
    name = text[p:e]
    return e, slugify(name), name


_APOS_TAIL_RE = re.compile(r"['’](\w+)\b| ['’] ([A-ZĐ]\w*)\b")


def _apos_tail(text: str, e: int) -> int:
    """A place name goes on over an apostrophe, spaced or not: "Cư M ’ Gar",
    "Cư M'gar", "Đắk R’lấp" (minority place names)."""
    m = _APOS_TAIL_RE.match(text, e)
    return m.end() if m else e


def _branch_after(text: str, low: str, pos: int) -> int | None:
    """End of a branch's place after a bank's name ("Agribank Bình Chánh"): a
    province or a 2-3 word Vietnamese place name, else None."""
    if pos + 1 >= len(text) or text[pos] != " " or text[pos + 1] not in _UPSET:
        return None
    prov = _match_province(text, low, pos + 1)
    if prov and not prov[4]:
        return prov[3]
    run = _CAPRUN_RE.match(text, pos + 1)
    toks = run.group().split(" ")
    if not 2 <= len(toks) <= 3 or toks[0] in _surnames() or toks[0] in _NOT_NAME_STARTS_SET or \
            any(t.isascii() or t in _MID_STOP or t.isupper() for t in toks):
        return None
    return run.end()


@lru_cache(maxsize=1)
def _party_rx():
    from bantin.pipeline.gazetteer.organizations import PARTY_NAMES
    return re.compile(rf"(?:{_trie_regex(_norm_low(p) for p in PARTY_NAMES)})(?!\w)")


_NEWS_AGENCY_HEADS = frozenset(["hãng tin", "hãng thông tấn", "tờ", "trang"])
# classifiers that are no part of the name, capitalized or not ("Hãng hàng không VietJet")
_CLASSIFIER_HEADS = frozenset(["hãng", "hãng hàng không"])
_MEDIA_HEADS = frozenset(["tờ", "hãng tin", "báo", "đài", "tạp chí", "kênh", "kênh truyền hình",
                          "hãng thông tấn", "trang tin", "trang"])
_PARTY_HEADS = frozenset(["đảng"])


def _propagate_orgs(text: str, low: str, cores: list, out: list) -> None:
    """Later bare mentions of an organization's name found after a head:
    "Lộc Trời" after "Tập đoàn Lộc Trời", "I-connect" after "Công ty I-connect"."""
    taken = [(e.start, e.end) for e in out]
    n = len(text)
    done = set()
    for ns, ne in cores:
        core = text[ns:ne]
        if core in done or len(core) < 3 or core[0] not in _UPSET or core.isupper() and len(core) < 3:
            continue
        done.add(core)
        first = core.split(" ")[0]
        low_core = low[ns:ne]
        if first in _NOT_NAME_STARTS_SET or _norm_low(core) in _COUNTRIES_LOW() or \
                _provinces()[3].fullmatch(low_core) or _syl(first) in _NAME_STOP:
            continue
        i = text.find(core)
        while i >= 0:
            b = i + len(core)
            ok = (i == 0 or not text[i - 1].isalnum() and text[i - 1] not in "-") and (
                b >= n or not text[b].isalnum() and not (text[b] == " " and b + 1 < n and
                                                         text[b + 1] in _UPSET))
            if ok and i > 1 and text[i - 1] == " " and text[_word_start(text, i - 1)] in _UPSET:
                ok = False  # inside a longer capitalized run
            if ok and (pw := _prev_word(low, i)) and pw[0] in _PRODUCT_WORDS:
                ok = False  # "giá vàng SJC" after "Công ty SJC": the product
            if ok and not any(i < y and x < b for x, y in taken):
                name = normalize(core)
                out.append(Entity("organization", slugify(name), name, i, b))
                taken.append((i, b))
            i = text.find(core, b)
    out.sort(key=lambda e: e.start)



_ROMAN_RE = re.compile(r"[IVXLCDM]+")
_BODY_BEFORE = re.compile(
    r"(?:Cục|Tổng cục|Tổ chức|Ủy ban|Uỷ ban|Hiệp hội|Lực lượng|Cơ quan|Quỹ|Công ty|Ngân hàng|"
    r"Tập đoàn|Liên đoàn|Liên minh|Hội|Viện|Trung tâm|Bộ|Sở|Ban|Hãng|Đài|Quân đội|Phong trào|"
    r"Mặt trận|Đảng|Cảng vụ|Tổng công ty|Học viện|Trường|Câu lạc bộ|Liên hiệp|Hội đồng|"
    r"Văn phòng|Cơ quan|Nhóm|Agency|Organization|Association|Institute|Bank|Company|"
    r"Corporation|Group|Fund|Council|Commission|Forces|Party)\b[^()\n]*$")
_TEAM_SUFFIX = frozenset(["FC", "United", "City", "Club", "SC", "CF"])
# words that end a brand named by its country ("Ethiopia Airlines"): not a name alone
_BRAND_TAILS = frozenset(["Airlines", "Airways", "Air", "Bank", "Post", "Times", "News", "Telecom"])


def _find_acronyms(text: str, caps: list, cands: list) -> None:
    """Acronyms outside the gazetteer (2-6 capitals: "NAFIQAD", "HAGL") that are
    organizations: used twice in the text, or spelled out just before in
    parentheses; and team names ending in "FC"/"United"."""
    seen: dict[str, list] = {}
    stop = _NOT_ORG_ACRONYMS
    for s, e, _w, _pw in caps:
        n = e - s
        if n > 7 or n < 2:
            continue  # neither an acronym nor a team suffix
        tok = text[s:e]
        if tok in _TEAM_SUFFIX and _pw and text[s - 2:s - 1].isalpha():
            # "Gwangju FC", "Incheon United": the capitalized words before
            k = s - 1
            words = 0
            while k > 0 and words < 3:
                j = text.rfind(" ", 0, k - 1) + 1 if text[k] == " " else k
                w = text[j:k]
                if not w or w[0] not in _UPSET or not w.isalpha():
                    break
                words += 1
                k = j - 1
                if k < 0 or text[k] != " ":
                    break
            if words:
                a = k + 1 if k >= 0 and text[k] == " " else 0
                name = normalize(text[a:e])
                cands.append((3, Entity("organization", slugify(name), name, a, e)))
            continue
        if not (2 <= n <= 7) or not tok.isupper() or tok in stop or _ROMAN_RE.fullmatch(tok):
            continue
        if n == 2 and not (text[s - 1:s] == "(" and text[e:e + 1] == ")"):
            continue
        seen.setdefault(tok, []).append((s, e))
    for tok, spans in seen.items():
        # defined in parentheses after the name of a body: "Cục ... (NAFIQAD)"
        if not any(text[a - 1:a] == "(" and text[b:b + 1] in ")-" and
                   _BODY_BEFORE.search(text, max(0, a - 90), a - 1) for a, b in spans):
            continue
        for s, e in spans:
            if e < len(text) and text[e] in "-/" and text[e + 1:e + 2].isdigit():
                continue
            cands.append((4, Entity("organization", slugify(tok), tok, s, e)))


@lru_cache(maxsize=1)
def _capratio() -> dict:
    """The shipped model's capitalization table (also when the model is off, as
    in training: the table is counted the same way on every run)."""
    try:
        return _entity_model.Model.load().capratio
    except (FileNotFoundError, ModuleNotFoundError, OSError, ValueError, KeyError):
        return {}


def _capr(word: str) -> int | None:
    """How often ``word`` is capitalized mid-sentence in news, 0-9, or None when
    unseen; -1 without a table."""
    tab = _capratio()
    if not tab:
        return -1
    return tab.get(word.lower())


_NOT_BEFORE_UNSEEN = frozenset(["clb", "đội", "hãng", "tờ", "báo", "kênh", "tập", "đoàn", "ty",
                                "tại", "ở", "sân", "thành", "phố", "bang", "tỉnh", "vùng", "từ",
                                "đến", "tới", "sang", "về", "dòng", "mẫu", "xe", "tàu", "giải",
                                "cúp", "ứng", "dụng", "trang", "mạng", "website", "thương", "hiệu",
                                "trình", "cư", "phim", "sách", "album", "bài", "khúc", "dịch",
                                "chiến", "dự", "án", "làng", "khu", "sản", "phẩm", "nhãn", "tác"])


def _unseen_name(low: str, s: int, toks: list) -> bool:
    """A two- or three-word foreign name no news article ever capitalizes as a
    common word, each word of foreign shape ("Moses Oloya", "Lamberto
    Giannini"), not after a place, body or product word."""
    if not 2 <= len(toks) <= 3 or not all(
            _capr(t) is None and len(t) >= 3 and _foreign_word(t) for t in toks):
        return False
    if s and low[s - 1] in "\"“'‘":
        return False  # a quoted title: “Sisterhood Original”
    pw = _prev_word(low, s)
    return not (pw and (pw[0] in _NOT_BEFORE_UNSEEN or pw[0] in _PLACE_CUES))


def _given_alone(w: str) -> bool:
    """A word that is a given name alone after a title ("luật sư Hùng", "TS
    Hà"): nearly always capitalized in news, not a country or a place word."""
    c = _capr(w)
    return c is not None and c >= 7 and w not in _NOT_GIVEN_ALONE and \
        _norm_low(w) not in _COUNTRIES_LOW()


@lru_cache(maxsize=1)
def _COUNTRIES_LOW():
    from bantin.pipeline.gazetteer.people import country_names
    return frozenset(map(_norm_low, country_names()))





# --- people ----------------------------------------------------------------------

@lru_cache(maxsize=1)
def _surnames() -> frozenset:
    from bantin.pipeline.gazetteer.people import SURNAMES, WEAK_SURNAMES
    from bantin.text.normalize import fold
    # unaccented spellings too ("Nguyen Van Uoc" in foreign reports)
    plain = {fold(x).capitalize() for x in SURNAMES if x not in WEAK_SURNAMES}
    return frozenset(SURNAMES) | plain


@lru_cache(maxsize=1)
def _people():
    from bantin.pipeline.gazetteer.people import (
        HONORIFICS,
        PROFESSIONS,
        SINGLE_NAME_CUES,
        TITLES,
        WEAK_SURNAMES,
        country_names,
    )

    titles = {}
    for t in TITLES.splitlines():
        t = t.strip()
        if t:
            titles[_norm_low(t)] = ("title", _case_checks(t) if any(
                len(w) > 1 and w.isupper() for w in t.replace(".", " ").split()) else ())
    honor = {}
    for h in HONORIFICS:
        honor[_norm_low(h)] = ("honorific", ())
    for h in (*PROFESSIONS, *SINGLE_NAME_CUES):
        honor.setdefault(_norm_low(h), ("title", ()))  # professions: "nhà báo Mỹ X"
    cues = {**honor, **titles}
    cue_rx = re.compile(rf"\b(?:{_trie_regex(cues)})(?=[\s,])")
    countries = [_norm_low(c) for c in country_names()]
    country_rx = re.compile(rf"(?:{_trie_regex(countries)})(?![\w])")
    chain = {w for c in cues for w in c.split(" ")}
    chain |= {v for w in list(chain) for v in (_old_style(w), tone(w))}
    chain |= {"tỉnh", "thành", "phố", "tp", "tp.", "huyện", "quận", "xã", "phường", "thị", "của",
              "thường", "trực", "kiêm", "tại", "nước", "bang", "phụ", "trách", "nhiệm", "kỳ",
              "người", "gốc", "đội", "tuyển"}
    chain |= {w for f in _ROLE_FIELDS for w in f.split(" ")}
    return (cues, cue_rx, country_rx, frozenset(WEAK_SURNAMES), frozenset(_first_words(cues)),
            frozenset(chain))


_ROLE_LINK = re.compile(r"(?:tỉnh|thành phố|tp\.?|huyện|quận|xã|phường|thị xã|của|"
                        r"thường trực|kiêm|tại|nước|bang|phụ trách|nhiệm kỳ|người|gốc|"
                        r"đội tuyển|tuyển|đội)\s+")


# a profession's field between it and the name ("Giáo sư tâm thần học Dilip Jeste")
_FIELD_RX = re.compile(
    r"(?:(?:\w+ ){0,2}học|kinh tế|tài chính|ngân hàng|chứng khoán|quân sự|an ninh|chính trị|"
    r"pháp lý|luật|giáo dục|y tế|môi trường|năng lượng|nông nghiệp|dinh dưỡng|công nghệ|"
    r"văn hóa|văn hoá|lịch sử|khảo cổ|kiến trúc|quy hoạch|giao thông|bất động sản|du lịch|"
    r"thể thao|bóng đá|âm nhạc|điện ảnh|thời trang|ẩm thực|hàng không|quốc tế|độc lập|"
    r"cao cấp|hàng đầu|nổi tiếng|trưởng|chính|tâm lý|tâm thần|truyền thông|an ninh mạng) ")


def _name_like_run(toks: list[str]) -> bool:
    """A Vietnamese name's shape, or two or three foreign words ("Ian Wilson")."""
    return _looks_like_name(toks) or 2 <= len(toks) <= 3 and all(
        t.isascii() for t in toks) and any(_foreign_word(t) for t in toks)


def _looks_like_name(toks: list[str]) -> bool:
    """A person's full name by its shape: a Vietnamese surname and two or three
    more words, or two or three foreign words opening with a given name."""
    if toks[0] in _STRONG_SURNAMES:
        return 3 <= len(toks) <= 4
    return 2 <= len(toks) <= 3 and all(t.isascii() and t not in _ORG_SUFFIXES and
                                       t not in _MEDIA_WORDS_EN and
                                       (t[1:].islower() or t.startswith(("Mc", "Mac")))
                                       for t in toks) \
        and (toks[0] in _FOREIGN_GIVEN or all(_foreign_word(t) for t in toks))


# words of English names of shows, papers and groups ("NBC Nightly News")
_MEDIA_WORDS_EN = frozenset(["News", "Times", "Post", "Daily", "Weekly", "Journal", "Review",
                             "Magazine", "Radio", "Today", "Show", "Club", "Dogs", "Press",
                             "Herald", "Tribune", "Channel", "Network", "Online", "Live"])


_ACRONYM_BEFORE_NAME = re.compile(rf"([{_UP}]{{2,6}}) (?=[{_UP}][a-z]+ [{_UP}])")
# A field between a role and a country: "chuyên gia quân sự Thổ Nhĩ Kỳ X"
_ROLE_FIELDS = ("cảnh sát", "quân đội", "quân sự", "chính phủ", "an ninh", "tình báo", "hải quân",
                "không quân", "ngoại giao", "liên bang")
_ROLE_FIELD = re.compile(f"(?:{'|'.join(_ROLE_FIELDS)}) ")


# countries by their first syllable, which the country list does not hold
_SHORT_COUNTRY_RE = re.compile(r"(?:Hàn|Triều|Nhật|Trung) ")


def _vn_given_after(text: str, country: str, pos: int) -> bool:
    """The country before ``pos`` is a syllable of the Vietnamese name after
    it ("NSƯT Đức Hùng", "ca sĩ Nhật Kim Anh"), not the country: a
    one-syllable country, then one or two capitalized Vietnamese syllables.
    Foreign names after a country are no Vietnamese syllables ("Đức Olaf
    Scholz", "Mỹ Trump", "Mỹ Don Walsh"), and a full name after it has its own
    surname ("Đại sứ Việt Nam tại Mỹ Hà Kim Ngọc")."""
    if not is_vietnamese_syllable(country):
        return False
    m = _CAPRUN_RE.match(text, pos + 1) if text[pos:pos + 1] == " " else None
    if not m:
        return False
    toks = m.group().split(" ")
    return len(toks) <= 2 and all(
        is_vietnamese_syllable(t) and _norm_low(t) not in _COUNTRIES_LOW() for t in toks)


_MID_STOP = frozenset(["Bộ", "Sở", "Ủy", "Uỷ", "Ban", "Cục", "Viện", "Chủ", "Phó", "Giám", "Bí", "Thủ", "Tổng", "Tỉnh", "Huyện", "Xã", "Phường", "Quận", "Đảng", "Hội", "Tập", "Tòa", "Toà", "Báo", "Đài", "Khu", "UBND", "HĐND", "Theo", "Tại", "Khi", "Sau", "Trước", "Ngày", "Tháng", "Trưởng"])


# Words that open agency names but are also given names: allowed right after
# an honorific ("ông Ngân", "anh Thanh").
_GIVEN_OK = frozenset(["Tập", "Ngân", "Thanh", "Quân", "Trung", "Hạ", "Thông", "Hiệp", "Liên", "Chính",
                       "Quốc", "Đoàn", "Đồng", "Tư", "Lực", "Đạo", "Học", "Trường", "Đại",
                       "Thành", "Thường", "Cảnh", "Kiểm", "Binh", "Sư", "Hai", "Ba", "Năm",
                       "Sáu", "Bảy", "Tám", "Mười", "Thượng", "Lãnh", "Kho", "Chi", "Tiểu"])


def _name_tokens(text: str, pos: int, weak: frozenset, cue: bool, honorific: bool = False):
    """A person's name starting at ``pos``: (start, end) or None."""
    m = _CAPRUN_RE.match(text, pos)
    if not m:
        return None
    toks = m.group().split(" ")
    nn = _NOT_NAME_STARTS_SET
    keep = []
    caps_name = cue and len(toks[0]) >= 2 and toks[0].isupper() and \
        toks[0].capitalize() in _surnames()
    for i, t in enumerate(toks):
        if len(t) >= 2 and t.replace("-", "").isupper() and not caps_name:
            break  # an acronym
        if caps_name and not t.isupper():
            break
        if not t.isalpha() and any(c.isdigit() for c in t):
            break
        if keep and t in _MID_STOP and keep[-1] not in ("Văn", "Thị") and \
                not _place_end(text, t, i, toks, m.end()):
            break  # no name ends in "Văn": "ông Phạm Văn Tổng"; "anh Võ Tấn Hội" does
        keep.append(t)
        if len(keep) == (5 if keep[0] == "Y" else 4):
            break  # "Y Thanh Hà Niê Kđăm": Ê Đê names run longer
    if not keep:
        return None
    if keep[0] in nn and not (honorific and len(keep) == 1 and keep[0] in _GIVEN_OK) and \
            not (honorific and len(keep) >= 2 and keep[0] in _surnames()) and \
            not _nn_surname_name(keep, len(toks)) and not (
                cue and len(keep) == len(toks) == 2 and keep[0] in _GIVEN_OK and
                _given_alone(keep[1])):  # "HLV Quốc Tuấn"

        return None
    if not cue:
        if (keep[0] not in _surnames() or keep[0] in weak or not 2 <= len(keep) <= 4) and \
                not _nn_surname_name(keep, len(toks)):
            return None
        if len(keep) == 2 and (keep[1] in nn or keep[1] in _surnames()):
            return None
        if len(toks) > len(keep) and toks[len(keep)] not in nn:
            return None  # a longer capitalized run: a title-case heading or a place
    return pos, pos + len(" ".join(keep))


# Surnames that also open bodies ("Đoàn công tác", "Đoàn Thanh niên"): a name
# only as surname + a common middle name + one more syllable ("Đoàn Trọng Quân").
_NN_SURNAMES = frozenset(["Đoàn"])


def _nn_surname_name(keep: list, ntoks: int) -> bool:
    return len(keep) == 3 and ntoks == 3 and keep[0] in _NN_SURNAMES and \
        keep[1] in _MIDDLE_NAMES and keep[2][1:].islower() and not (keep[1] == "Thanh" and keep[2] == "Niên")


# initials, also with a Vietnamese digraph ("N.D.H", "Tr.V.X", "Th. H")
_INITIALS_RE = re.compile(rf"[{_UP}](?:h|r|g)?(?:\. ?[{_UP}](?:h|r|g)?)+(?![\w])")
# initials without a cue, before a birth year or an age: "và T. H. N. (SN 2001)"
# (found from the dot before the year: dots are rarer than capitals)
_BARE_INITIALS_TAIL = re.compile(r"\.(?=\s?\((?:SN|sinh|\d)|, (?:SN|sinh|\d+ tuổi))")
# a name of 2-4 capitalized syllables before an age or a birth year
_UNCLE_HO = re.compile(r"(?<![\w])Bác (Hồ)(?! Chí)(?![\w])")
_AGED_NAME_RE = re.compile(rf"(?<![\w])([{_UP}]\w+(?: [{_UP}]\w+){{1,3}})(?: ?\((?:\d{{1,3}} tuổi|SN|sinh)"
                           rf"|(, \d{{1,3}} tuổi))")
# "người đàn ông tên L.N. H", "tài xế tên Tr.V.X", "người tên Cường"
_NAMED_RE = re.compile(rf"(?<![\w])tên ([{_UP}](?:h|r|g)?(?:\. ?[{_UP}](?:h|r|g)?)+(?![\w])"
                       rf"|[{_UP}]\w+(?! [{_UP}\d]))")
_LONE_INITIAL_RE = re.compile(rf"([{_UP}])\. (?=\w)")  # preceded by no word or dot
_NOT_BEFORE_LONE_INITIAL = frozenset(["hãng", "bay", "công", "ty", "bảng", "nhóm", "khu", "lô",
                                      "loại", "hạng", "tòa", "toà", "block", "mục", "điểm",
                                      "vitamin", "quận", "phường", "tổ", "đội", "số", "tầng",
                                      "phòng", "lớp", "cấp", "giải", "chương", "phần", "kế"])
_BARE_INITIALS_RE = re.compile(rf"(?<![\w.])[{_UP}]\.(?: ?[{_UP}]\.)+$")


@lru_cache(maxsize=1)
def _SINGLE_CUES():
    from bantin.pipeline.gazetteer.people import SINGLE_NAME_CUES
    return frozenset(_norm_low(c) for c in SINGLE_NAME_CUES)


@lru_cache(maxsize=1)
def _PARTICLE_RX():
    from bantin.pipeline.gazetteer.people import NAME_PARTICLES
    alt = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
    # " al - Assad", " Al - Qanbar", " de Gaulle", " - Manser": a particle and/or a
    # spaced hyphen, then a capitalized word of Latin letters.
    return re.compile(rf"(?: (?:(?:{alt})|[A-Z][a-z]?)(?= -? ?[A-Z]))?(?: - | )?"
                      rf"(?<=[ -])([A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)\b")


_VOWELS = re.compile(r"[aeiouy]+")


def _foreign_word(w: str) -> bool:
    """A word of Latin letters that is no Vietnamese syllable: more than one
    vowel group ("Adele"), a letter Vietnamese lacks, or a final consonant it
    does not have ("Flores")."""
    if not w.isascii() or not w.isalpha() or len(w) < 3:
        return False
    lw = w.lower()
    if any(c in lw for c in "fjwz") or len(_VOWELS.findall(lw)) > 1:
        return True
    return lw[-1] not in "aeiouycghmnpt"


def _extend_foreign(text: str, a: int, b: int) -> int:
    """Extend a name of Latin letters over particles and spaced hyphens:
    "Bashar al - Assad", "Fadi Ahmad Al - Qanbar"."""
    name = text[a:b]
    if name.isascii() and b - a > 3 and text[b - 2] == " " and text[b - 1] in _UPSET:
        im = _MIDDLE_INITIAL.match(text, b - 2)  # the run stopped at the initial's dot
        if im:
            return im.end()  # "Christopher A. Wray"
    if not name.isascii() or b >= len(text) or text[b] != " ":
        return b
    rx = _PARTICLE_RX()
    nn = _NOT_NAME_STARTS_SET
    for _ in range(3):
        m = rx.match(text, b)
        if not m or m.end() == b:
            break
        mid = text[b:m.start(1)]
        if mid == " ":
            break  # a plain next word: not a particle
        if m.group(1) in nn or m.group(1) in _FOREIGN_GIVEN and \
                mid.strip().split(" ")[0] not in _ARABIC_LINKS:
            break  # another person's given name; not "Khalid bin Ahmed", "Suheil al - Hassan"
        b = m.end()
    rm = _REGNAL.match(text, b)
    if rm:
        return rm.end()  # "Elizabeth II", "Benedict XVI"
    im = _MIDDLE_INITIAL.match(text, b)
    if im:
        b = im.end()  # "Christopher A. Wray", "Teodoro L. Locsin Jr."
    hm = _SPACED_SYLLABLE.match(text, b)
    if hm and name.count(" ") <= 2:
        b = hm.end()  # "Lee Jung - mi", "Choi Soon - sil": a Korean given name spaced out
        # (not "Kim Jong Un - con trai ông ...": a Vietnamese word after a dash)
    return b


# "Kim" is Vietnamese too ("Kim Mai"): Korean given names spell what
# Vietnamese syllables do not ("Jong", "Chol", "Yo", "Seong", "Hye", "Woo")
_KOREAN_SYLLABLE = re.compile(r"j|y|eo|ae|eu|ch|oo|ee|w|-")
_SPACED_SYLLABLE = re.compile(r" - (?!(?:con|cha|anh|em|chu)(?![\w]))[a-z]{1,5}(?![\w])")
# words that join Arabic names: a given name may follow ("Khalid bin Ahmed",
# "Suheil al - Hassan")
_ARABIC_LINKS = frozenset(["bin", "ibn", "bint", "al", "el"])
_SHIP_PREFIXES = frozenset(["USS", "HMS", "INS", "HMAS", "USNS"])


def _known_place_or_body(words: str) -> bool:
    """A country, a province, an acronym (not a ship's prefix), a body the
    gazetteer knows or Vietnamese words news also writes in lower case
    ("Nhà Trắng", "Điện Kremlin"): what may stand between a role and a name."""
    low = _norm_low(words)
    if low in _COUNTRIES_LOW() or _provinces()[3].fullmatch(words.lower()):
        return True
    if words.isupper():
        return words not in _SHIP_PREFIXES
    if _lk(_gazetteer()[0], words.lower()) is not None:
        return True
    return all((c := _capr(t)) is not None and c <= 6 for t in words.split(" "))
_REGNAL = re.compile(r" (?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)(?![\w])")
_MIDDLE_INITIAL = re.compile(r" [A-Z]\. [A-Z][a-z]+(?:-[A-Z]?[a-z]+)*(?: Jr\.?| Sr\.?)?(?![\w])")


def _foreign_name(text: str, low: str, s: int, toks: list) -> tuple[int, int] | None:
    """A foreign name that opens with a common given name ("Justin Bieber"):
    the given name and 1-3 capitalized words of Latin letters, or the given
    name and a particle ("Bashar al - Assad")."""
    nn = _NOT_NAME_STARTS_SET
    keep = [toks[0]]
    for t in toks[1:]:
        if not t.replace("-", "").isalpha() or t in nn or t.isupper() or \
                not t.isascii() and len(keep) > 1:
            break
        keep.append(t)
        if len(keep) == 4:
            break
    if len(toks) > len(keep) and len(keep) == 4:
        return None  # a longer title-case run: a heading
    b = s + len(" ".join(keep))
    if len(keep) == 1:
        b2 = _extend_foreign(text, s, b)
        if b2 == b:
            return None
        b = b2
    elif not all(t.isascii() for t in keep[1:]) and len(keep) == 2 and keep[1] in _surnames():
        return None
    else:
        b = _extend_foreign(text, s, b)
    if text[s:b] in _NOT_PERSONS:
        return None
    pw = _prev_word(low, s)
    if pw and (pw[0] in _PLACE_CUES or pw[0] in ("sân", "giải", "cúp", "sông", "hãng")):
        return None  # "sân vận động Santiago Bernabeu", "đường Nelson Mandela"
    return s, b


# places named like people: "Vườn quốc gia Vũ Quang", "khu đô thị Lê Văn Lương"
_PLACE_PHRASES = ("vườn quốc gia", "khu bảo tồn", "khu du lịch", "khu đô thị", "khu công nghiệp",
                  "khu dân cư", "khu kinh tế", "ngã tư", "ngã ba", "ngã năm", "ngã sáu",
                  "tuyến đường như", "các tuyến đường", "các đường")


def _find_cues(text: str, low: str, caps: list) -> list:
    """Title and honorific matches that come before a capitalized word."""
    _cues, cue_rx, _country_rx, _weak, fw_cue, chain = _people()
    out = []
    lc = 0
    match = cue_rx.match
    failed = set()  # starts already tried in vain (runs of cue words are walked again)
    for s, _e, w, pw in caps:
        if s < lc:
            continue
        if pw in chain:
            for st in reversed(_prev_starts(low, s, 8, chain)):
                if st < lc or st in failed:
                    continue
                m = match(low, st)
                if m:
                    out.append(m)
                    lc = m.end()
                else:
                    failed.add(st)
        if s >= lc and w in fw_cue:
            m = match(low, s)
            if m:
                out.append(m)
                lc = m.end()
    return out


# A country's legislature and armed services, named with the country
# ("Quốc hội Mỹ", "Hải quân Philippines"); the two chambers also alone.
_NATIONAL_BODIES = {"quốc hội": True, "hải quân": True, "không quân": True, "lục quân": True,
                    "thủy quân lục chiến": True, "thuỷ quân lục chiến": True, "nội các": True,
                    "tòa án tối cao": True, "hạ viện": False, "thượng viện": False}
# "Bộ" + a name of up to five words (the first capitalized) + what may be a country
_FOREIGN_MINISTRY = re.compile(rf"Bộ ([{_UP}]\w*(?: \w+){{0,4}}) [{_UP}]\w*(?: [{_UP}]\w*)?")
_WORD_CAP = re.compile(rf"(?<= )[{_UP}]")  # a capitalized word's first letter
_FLEET_RX = re.compile(rf"Hạm đội (?:\d+(?![\w.,/])|phương (?:Bắc|Nam|Đông|Tây)|"
                       rf"[{_UP}]\w*(?: [{_UP}]\w*){{0,3}})")
_NATIONAL_ALT = "|".join(sorted(_NATIONAL_BODIES, key=len, reverse=True) + ["toà án tối cao"])
_NATIONAL_RX = re.compile(rf"(?:{_NATIONAL_ALT})(?![\w])")


_STATE_BODY_RE = re.compile(r"(?<![\w])(?:Cảnh sát|[Tt]o[àa] án(?: tối cao)?|[Tt]òa án(?: tối cao)?|"
                            r"Quốc hội|Hạ viện|Thượng viện) bang \Z")


def _find_national_bodies(text: str, low: str, caps: list) -> list[Entity]:
    out = []
    country_rx = _people()[2]
    for s, _e, w, _pw in caps:
        if _pw == "hội" and s >= 9 and text.startswith("quốc hội ", s - 9) and \
                (cm := country_rx.match(low, s)) and cm.group() != "việt nam" and \
                not low.endswith(("nhà ", "bầu cử "), 0, s - 9):
            # "quốc hội Anh": a parliament in lower case, named by its country (not
            # "chính phủ X", "quân đội X", which the annotation leaves out; not its
            # building or election)
            name = normalize(text[s - 9:cm.end()])
            out.append(Entity("agency", slugify(name), name, s - 9, cm.end()))
            continue
        if _pw == "án" and s >= 7 and low[s - 7:s] in ("toà án ", "tòa án ") and \
                (s == 7 or not text[s - 8].isalnum()) and \
                (run := _CAPRUN_RE.match(text, s)) and run.group().isascii() and \
                not is_vietnamese_syllable(w) and not country_rx.match(low, s):
            # "toà án Toronto", "toà án Clark County": a foreign court by its place (not
            # "toà án Indonesia": a country's courts in general)
            end = s + len(" ".join(run.group().split(" ")[:3]))
            name = normalize(text[s - 7:end])
            out.append(Entity("agency", slugify(name), name, s - 7, end))
            continue
        if _pw == "bang" and (sm := _STATE_BODY_RE.search(text, s - 30 if s > 30 else 0, s)):
            # "Cảnh sát bang Florida", "toà án bang Victoria": a state's police or court
            run = _CAPRUN_RE.match(text, s)
            toks = run.group().split(" ")[:3] if run else []
            if toks and toks[0] not in _NOT_NAME_STARTS_SET:
                end = s + len(" ".join(toks))
                name = normalize(text[sm.start():end])
                out.append(Entity("agency", slugify(name), name, sm.start(), end))
            continue
        if w == "bộ":
            fm = _FOREIGN_MINISTRY.match(text, s)
            if not fm:
                continue
            # "Bộ Thương mại Mỹ", "Bộ An ninh Nội địa Mỹ": any ministry of a country;
            # the country is a capitalized word after the ministry's first word
            for cap in _WORD_CAP.finditer(text, fm.start(1) + 1, fm.end()):
                cm = country_rx.match(low, cap.start())
                pw = _prev_word(text, cap.start())
                if pw and pw[0] in _surnames():
                    break  # "Bộ Tài chính Hồ Đức Phớc": a name, its middle name no country
                if cm and cm.end() <= fm.end() and not text[cm.end():cm.end() + 1].isalnum() \
                        and cm.group() != "việt nam":
                    name = normalize(text[s:cm.end()])
                    out.append(Entity("agency", slugify(name), name, s, cm.end()))
                    break
            continue
        if w == "hạm":
            fm = _FLEET_RX.match(text, s)
            if fm:  # "Hạm đội 5", "Hạm đội Thái Bình Dương": a navy's fleet
                name = normalize(fm.group())
                out.append(Entity("agency", slugify(name), name, s, fm.end()))
            continue
        if w not in ("quốc", "hải", "không", "lục", "tòa", "toà", "hạ", "thượng", "thủy", "thuỷ",
                     "nội"):
            continue
        m = _NATIONAL_RX.match(low, s)
        if not m:
            continue
        body = m.group().replace("toà", "tòa")
        end = m.end()
        cm = country_rx.match(low, end + 1) if low[end:end + 1] == " " else None
        if cm and text[end + 1] in _UPSET:
            if cm.group() == "việt nam":
                continue  # the gazetteer's ("Quốc hội Việt Nam" is "Quốc hội")
            end = cm.end()
        elif _NATIONAL_BODIES[body] or (end < len(text) and text[end] == " " and
                                         end + 1 < len(text) and text[end + 1] in _UPSET):
            continue  # "Hải quân" alone is any navy; "Hạ viện Mỹ" is read above
        name = normalize(text[s:end])
        out.append(Entity("agency", slugify(name), name, s, end))
    return out


@lru_cache(maxsize=1)
def _famous():
    """Well-known people (`gazetteer.people_famous`): spelling (lower case) →
    (key, name, spelling as listed); the trie; the spellings' first words."""
    from bantin.pipeline.gazetteer.people_famous import FAMOUS_PEOPLE_TSV

    table: dict[str, tuple[str, str, tuple]] = {}
    for row in _tsv(FAMOUS_PEOPLE_TSV):
        name = row[0]
        for sp in [name] + _pipe(row[1] if len(row) > 1 else ""):
            table.setdefault(_norm_low(sp), (slugify(name), name, sp))
    return table, _LazyTrie(table, "", r"(?![\w&])"), frozenset(_first_words(table))


def _famous_keys(text: str, people: list[Entity]) -> None:
    """A well-known person found by the rules ("ông Trump") takes the list's
    key and name, so one page gathers "Trump" and "Donald Trump"."""
    table = _famous()[0]
    for e in people:
        entry = _lk(table, _norm_low(text[e.start:e.end]))
        if entry is not None:
            e.key, e.name = entry[0], entry[1]


def _find_famous(text: str, low: str, caps: list, taken: list[tuple[int, int]]) -> list[Entity]:
    """Well-known people named without a cue ("Putin nói", "Messi ghi bàn").
    A match must be a whole capitalized run: "Trump Tower" is not Trump."""
    table, rx, first = _famous()
    out: list[Entity] = []
    last = 0
    n = len(text)
    mask = bytearray(n + 1)  # the rules' spans: most names there are found already
    for a, b in taken:
        mask[a:b] = b"\1" * (b - a)
    for s, _e, w, _pw in caps:
        if s < last or mask[s] or w not in first:
            continue
        m = rx.match(low, s, w)
        if not m:
            continue
        e = m.end()
        entry = _lk(table, m.group())
        if entry is None or not _case_ok(text, s, _case_checks(entry[2])):
            continue
        if e + 1 < n and text[e] == " " and text[e + 1] in _UPSET:
            continue  # the run goes on: another name, a building, a team
        if mask.find(1, s, e) >= 0:
            continue
        pw = _prev_word(low, s)
        if pw and (pw[0] in _PLACE_CUES or pw[0] in ("sân", "giải", "cúp", "sông", "hãng") or
                   pw[0].isdigit()) or \
                low[max(0, s - 16):s].rstrip().endswith(_PLACE_PHRASES):
            continue  # "đường Võ Nguyên Giáp", "59-61 Lý Tự Trọng", "sân vận động Mỹ Đình"
        out.append(Entity("person", entry[0], entry[1], s, e))
        last = e
    return out


_EMPTY_MATCH = re.match("", "")


def _find_people(text: str, low: str, occupied: list[tuple[int, int]], caps: list
                 ) -> list[Entity]:
    cues, cue_rx, country_rx, weak, _fw, _chain = _people()
    occ_start = {}
    for a, b in occupied:
        if b > occ_start.get(a, -1):
            occ_start[a] = b
    # taken characters as a mask: a span is free when no byte in it is set
    mask = bytearray(len(text) + 1)
    for a, b in occupied:
        mask[a:b] = b"\1" * (b - a)
    find = mask.find
    out: list[Entity] = []

    def free(a, b):
        return find(1, a, b) < 0

    n = len(text)
    subj_match = _subjects_rx().match
    for m in _find_cues(text, low, caps):
        s = m.start()
        if s and text[s - 1] == "/":
            continue
        kind, checks = _lk(cues, m.group())
        if kind == "honorific" and (m.end() + 1 >= n or text[m.end() + 1] not in _UPSET):
            continue
        if kind == "honorific" and low.endswith("đàn ", 0, s):
            continue  # "người đàn ông Mỹ": a man, not "ông Mỹ"
        if kind == "title" and text[s - 2:s] == ", " and any(e.end == s - 2 for e in out):
            continue  # "Bà Đinh Ngọc Mai, Tổng giám đốc Sao Việt": her title, then her company
        if checks and not _case_ok(text, s, checks):
            continue
        if kind == "honorific" and text[s] in _UPSET and not _at_sentence_start(text, s):
            continue
        # a title inside an agency name ("Văn phòng Chủ tịch nước") is not a cue
        if not free(s, m.end()) and any(x <= s < y and x != s for x, y in occupied):
            continue
        pos = m.end()
        if kind != "honorific" and not free(s, pos):
            # "Chủ tịch UBND xã Đất Mũi Võ Công Trường": the title ends inside the
            # body the rules found; the name comes after the body
            pos = max([y for x, y in occupied if x < pos < y] or [pos])
        limit = pos + 160
        while pos < len(text) and pos < limit:
            while pos < len(text) and text[pos] == " ":
                pos += 1
            if kind == "honorific":
                break
            if pos in occ_start:
                pos = occ_start[pos]
                continue
            cm = country_rx.match(low, pos)
            if cm and text[pos] in _UPSET:
                if " " not in cm.group() and _vn_given_after(text, text[pos:cm.end()], cm.end()):
                    break  # "NSƯT Đức Hùng", "HLV Đức Thịnh": a name, not Germany
                pos = cm.end()
                continue
            sc = _SHORT_COUNTRY_RE.match(text, pos)
            if sc and (nx := _CAPTOK_RE.match(text, sc.end())) and \
                    not is_vietnamese_syllable(nx.group().lower()):
                pos = sc.end()  # "Tổng thống Hàn Moon Jae - in": Korea's, by its short name
                continue
            fm = _ROLE_FIELD.match(low, pos)
            if fm and text[pos] not in _UPSET and text[fm.end():fm.end() + 1] in _UPSET and \
                    country_rx.match(low, fm.end()):
                pos = fm.end()  # "người phát ngôn cảnh sát Na Uy Tore Barstad"
                continue
            fd = _FIELD_RX.match(low, pos) if text[pos:pos + 1].islower() else None
            if fd and fd.end() < n and text[fd.end()] in _UPSET and \
                    _name_like_run(_CAPRUN_RE.match(text, fd.end()).group().split(" ")):
                pos = fd.end()  # "chuyên gia kinh tế Nguyễn Trí Hiếu": the field, then the name
                continue
            am = _ACRONYM_BEFORE_NAME.match(text, pos)
            if am and _looks_like_name(_CAPRUN_RE.match(text, am.end()).group().split(" ")):
                pos = am.end()  # "Phát ngôn viên LHQ Stephane Dujarric": whose spokesman
                continue
            sm = subj_match(low, pos)
            if sm and text[pos] in _UPSET:
                pos = sm.end()
                continue
            tm = cue_rx.match(low, pos)
            if tm and _lk(cues, tm.group())[0] == "title":
                pos = tm.end()
                continue
            lm = _ROLE_LINK.match(low, pos)
            if lm and text[pos] not in _UPSET:
                pos = lm.end()
                continue
            break
        if pos >= len(text) or text[pos] not in _UPSET:
            continue
        pw = _prev_word(low, pos)
        if pw and (pw[0] in _PLACE_LEVEL_WORDS or pw[0] == "bang" and " " not in (
                _CAPRUN_RE.match(text, pos) or _EMPTY_MATCH).group()) and \
                not any(x <= pw[1] < y for x, y in occupied) \
                and _TOKEN_RE.match(text, pos).group() not in _STRONG_SURNAMES:
            # "nông dân xã Vĩnh Thành": the commune's name (not "... Nông thôn X", not
            # "Phó Chủ tịch UBND tỉnh Nguyễn Văn Minh")
            continue
        im = _INITIALS_RE.match(text, pos)
        if not im:
            rm = _CAPRUN_RE.match(text, pos)
            rt = rm.group().split(" ") if rm else ()
            for i in range(1, len(rt) - 1):
                # "Thống đốc bang Indiana Eric Holcomb", "người phát ngôn Điện Kremlin
                # Dmitry Peskov": a place or a body, then the name
                if rt[i] in _FOREIGN_GIVEN and not any(
                        t in _FOREIGN_GIVEN or t in _surnames() for t in rt[:i]):
                    pos += len(" ".join(rt[:i])) + 1
                    break
        if im:
            nt = im.span()  # "ông N.D.H.": initials, without the final dot
        else:
            nt = _name_tokens(text, pos, weak, cue=True, honorific=kind == "honorific")
        if not nt or not free(*nt):
            continue
        a, b = nt
        if kind == "honorific" and (_norm_low(text[a:b]) in _COUNTRIES_LOW() or
                                    low[s:m.end()] == "bạn" and _provinces()[3].fullmatch(low[a:b])):
            continue  # "các bạn Việt Nam", "các bạn Hà Nội": a place ("chị Huế" is a name)
        b = _extend_foreign(text, a, b)
        if kind == "title" and not im and " " not in text[a:b] and b < n - 1 and text[b] == " " \
                and text[b + 1].islower() and not (
                    _norm_low(m.group()) in _SINGLE_CUES() and (
                        m.group().endswith(".") or low[s:m.end()] == "sir" or
                        _foreign_word(text[a:b]) or _capr(text[a:b]) is None)) and \
                not _given_alone(text[a:b]) and \
                not (a - m.end() <= 1 and _foreign_word(text[a:b]) and text[a + 1:b].islower()
                     and _capr(text[a:b]) in (None, 9) and
                     _norm_low(text[a:b]) not in _COUNTRIES_LOW()):
            # "Trưởng phòng Kinh doanh": one capitalized word is not a name here; a
            # foreign surname news always capitalizes, right after the role, is
            # ("thẩm phán Gaynor xét", not "thị trưởng thành phố Gujo")
            continue
        name = normalize(text[a:b])
        role = None
        if kind == "title":
            role = normalize(text[s:a].strip(" ,"))
            role = role[0].upper() + role[1:] if role else None
        out.append(Entity("person", slugify(name), name, a, b, None, role))
        mask[a:b] = b"\1" * (b - a)
    for tm in _BARE_INITIALS_TAIL.finditer(text):
        w0 = max(0, tm.start() - 24)
        im = _BARE_INITIALS_RE.search(text, w0, tm.end())
        if not im:
            continue
        a, b = im.start(), im.end() - 1  # without the final dot
        if free(a, b):
            name = normalize(text[a:b])
            out.append(Entity("person", slugify(name), name, a, b))
            mask[a:b] = b"\1" * (b - a)
    if "tuổi" in text or "(SN" in text:
        for am in _AGED_NAME_RE.finditer(text):
            a, b = am.span(1)  # "đang tạm giữ La Khánh (21 tuổi)": a weak surname, an age
            toks = text[a:b].split(" ")
            if (toks[0] in _surnames() and toks[0] not in _NOT_NAME_STARTS_SET or
                    am.group(2) and _looks_like_name(toks)) and \
                    _norm_low(text[a:b]) not in _COUNTRIES_LOW() and free(a, b):
                name = normalize(text[a:b])
                out.append(Entity("person", slugify(name), name, a, b))
                mask[a:b] = b"\1" * (b - a)
    if "Bác Hồ" in text:
        for hm in _UNCLE_HO.finditer(text):
            a, b = hm.span(1)  # "Bác Hồ": Hồ Chí Minh, "Bác" an honorific always capitalized
            if free(a, b):
                out.append(Entity("person", "ho-chi-minh", "Hồ Chí Minh", a, b))
                mask[a:b] = b"\1" * (b - a)
    if "tên " in text:
        for im in _NAMED_RE.finditer(text):
            a, b = im.span(1)
            if "." not in text[a:b] and not _given_alone(text[a:b]):
                continue  # "tên Lửa", "mang tên Việt Nam"
            if free(a, b):
                name = normalize(text[a:b])
                out.append(Entity("person", slugify(name), name, a, b))
                mask[a:b] = b"\1" * (b - a)
    # Names without a cue: a 3-4 syllable run that starts with a surname.
    nn = _NOT_NAME_STARTS_SET
    sur = _surnames()
    last = 0
    for s0, _e0, _w, _pw in caps:
        if s0 < last:
            continue
        m = _CAPRUN_RE.match(text, s0)
        if not m:
            continue
        last = m.end()
        run = m.group()
        if " " not in run:
            if run not in _FOREIGN_GIVEN:
                continue
            toks = [run]
        else:
            toks = run.split(" ")
        if len(toks) > 2 and toks[1] in _FOREIGN_GIVEN and _norm_low(toks[0]) in _COUNTRIES_LOW():
            toks = toks[1:]  # "cảnh sát Israel Micky Rosenfeld": the country is no part
        elif 3 <= len(toks) <= 6 and toks[0] not in _FOREIGN_GIVEN:
            for i in range(max(1, len(toks) - 3), len(toks) - 1):
                if toks[i] in _FOREIGN_GIVEN and _looks_like_name(toks[i:]) and \
                        _known_place_or_body(" ".join(toks[:i])) and \
                        not ((pw := _prev_word(low, m.start())) and pw[0] in ("tàu", "bay")):
                    # "nhà lãnh đạo DPR Alexander Zakharchenko", "trợ lý Nhà Trắng Kelly
                    # Sadler": a known place or body, then the name; not "Zaharie
                    # Ahmad Shah" (one name), "USS Carl Vinson" (a ship)
                    toks = toks[i:]
                    break
        if toks[0] in _FOREIGN_GIVEN:
            nt = _foreign_name(text, low, m.end() - len(" ".join(toks)), toks)
            if nt and free(*nt):
                a, b = nt
                name = normalize(text[a:b])
                out.append(Entity("person", slugify(name), name, a, b))
                mask[a:b] = b"\1" * (b - a)
                continue
        if " " not in run:
            continue
        if len(toks) <= 3 and run.isascii() and all(
                t[0] in _UPSET and t[1:].islower() for t in toks[1:]) and (
                toks[0] in _FOREIGN_SUR or _unseen_name(low, m.start(), toks)) and (
                toks[0] != "Kim" or _KOREAN_SYLLABLE.search(" ".join(toks[1:]).lower())):
            a, b = m.start(), _extend_foreign(text, m.start(), m.end())
            if free(a, b):
                out.append(Entity("person", slugify(run), run, a, b))
                mask[a:b] = b"\1" * (b - a)
            continue
        off = 0
        relax = False
        if len(toks) == 4 and len(toks[0]) >= 2 and (toks[0].isupper() or toks[0].isascii() and
                                                     _capr(toks[0]) is None) and \
                toks[0] not in _NOT_NAME_STARTS_SET and toks[1] in _STRONG_SURNAMES and \
                not any(t in _MID_STOP for t in toks[1:]):
            # "ĐBQH Vũ Tiến Lộc", "HCM Trần Vĩnh Tuyến", "Shark Nguyễn Thanh Việt"
            off = len(toks[0]) + 1
        elif toks[0] not in sur and (len(toks) < 3 or toks[1] not in sur):
            # a name after an acronym or a country in one capitalized run: "ĐBQH Vũ
            # Tiến Lộc", "UBND TP. HCM Trần Vĩnh Tuyến", "Đài Loan Thái Anh Văn"
            j = len(toks) - 3
            if j < 1 or toks[j] not in sur or any(t in _MID_STOP for t in toks[j:]):
                continue
            head = " ".join(toks[:j])
            if not (j == 1 and len(head) >= 2 and head.isupper() and toks[j] in _STRONG_SURNAMES
                    or _norm_low(head) in _COUNTRIES_LOW()):
                continue
            off = len(head) + 1
            relax = len(toks) - j == 3 and toks[j + 1] in _MIDDLE_NAMES  # "Đài Loan Thái Anh Văn"
        elif toks[0] in nn and len(toks) > 1 and not _nn_surname_name(toks, len(toks)):
            off = len(toks[0]) + 1
        a = m.start() + off
        if text[a:a + 1] == "" or text[a] not in _UPSET:
            continue
        nt = _name_tokens(text, a, frozenset() if relax else weak, cue=False)
        if not nt or not free(*nt):
            continue
        if off == 0:
            pw = _prev_word(low, a)
            if pw and (pw[0] in _PLACE_CUES or text[pw[1]].isupper() or pw[0].isdigit() and not (
                    len(pw[0]) == 4 and pw[0][:2] in ("19", "20") and len(nt) and
                    text[nt[0]:nt[1]].count(" ") >= 2)) or \
                    low[max(0, a - 16):a].rstrip().endswith(_PLACE_PHRASES):
                continue
        a, b = nt
        name = normalize(text[a:b])
        out.append(Entity("person", slugify(name), name, a, b))
        mask[a:b] = b"\1" * (b - a)
    for lm in _LONE_INITIAL_RE.finditer(text):
        a = lm.start()
        if a and (text[a - 1].isalnum() or text[a - 1] == ".") or lm.group(1) in "PQ" or \
                not text[a + 3:a + 4].islower() or not free(a, a + 1):
            continue  # "P. 7", "Q. Phú Nhuận": a ward, a district
        pw = _prev_word(low, a)
        if pw and (pw[0] in _NOT_BEFORE_LONE_INITIAL or text[pw[1]] in _UPSET):
            continue  # "hãng bay J. để", "bảng E."; "Trần Văn T.", "Thuỳ D." are found whole
        out.append(Entity("person", slugify(lm.group(1)), lm.group(1), a, a + 1))
        mask[a] = 1  # "V. đã xô xát với em T.": a letter, its dot, a lower-case word
    if "phim" in low or "vai " in low:
        _roles_and_actors(text, out, mask)
    for a, b, _w, pw in caps:
        # "nhạc sĩ họ Trịnh", "quản lý họ Mục": a person by the surname alone
        if pw == "họ" and text[a - 3:a - 1] == "họ" and text[a:b] in sur and free(a, b) and \
                not (text[b:b + 1] == " " and text[b + 1:b + 2] in _UPSET):
            out.append(Entity("person", slugify(text[a:b]), text[a:b], a, b))
            mask[a:b] = b"\1" * (b - a)
    if out:
        _propagate_names(text, caps, out, mask, sur, nn)
        _propagate_initials(text, out, mask)
    return out


# a role's given name, then its actor in parentheses: "Thư (Bảo Thanh)", "Mạnh (Tiến Lộc)"
_ROLE_ACTOR_RE = re.compile(rf"(?<![\w.])([{_UP}]\w+) \(((?:NSND|NSƯT) )?([{_UP}]\w+(?: [{_UP}]\w+){{1,2}})\)")


def _roles_and_actors(text: str, out: list, mask: bytearray) -> None:
    """In a film or series article, a one-word role followed by its actor's
    name in parentheses: both are people."""
    for m in _ROLE_ACTOR_RE.finditer(text):
        role, actor = m.group(1), m.group(3)
        a, b = m.span(3)
        toks = actor.split(" ")
        pw = _prev_word(text, m.start(1))
        known = any(x.kind == "person" and x.start == a and x.end == b for x in out)
        if role in _NOT_NAME_STARTS_SET or role in _MID_STOP or role in _NOT_GIVEN_ALONE or \
                not is_vietnamese_syllable(role.lower()) or \
                pw and text[pw[1]] in _UPSET or mask.find(1, m.start(1), m.end(1)) >= 0 or \
                not known and mask.find(1, a, b) >= 0 or \
                _norm_low(actor) in _COUNTRIES_LOW() or _provinces()[3].fullmatch(actor.lower()) or \
                any(t.isupper() or t in _MID_STOP for t in toks) or (_capr(toks[-1]) or 9) < 4:
            continue  # (not "Hạ Vy (Ngọc Quyên)": the role's name is longer)
        for s, e, name in ((m.start(1), m.end(1), role),) + (() if known else ((a, b, actor),)):
            out.append(Entity("person", slugify(name), normalize(name), s, e))
            mask[s:e] = b"\1" * (e - s)


_PAREN_NAME_RE = re.compile(rf" \((?:(?:NSND|NSƯT|NS|ca sĩ|nghệ sĩ|diễn viên) )?"
                            rf"([{_UP}]\w+(?: [{_UP}]\w+){{1,2}})\)")


def _paren_names(text: str, out: list) -> None:
    """A second name in parentheses right after a person's: the actor of a
    role, a stage name ("Khải (Anh Tuấn)", "Đại tá Giang (NSND Trung Anh)")."""
    for e in [e for e in out if e.kind == "person" and text[e.end:e.end + 2] == " ("]:
        m = _PAREN_NAME_RE.match(text, e.end)
        if not m:
            continue
        a, b = m.span(1)
        toks = m.group(1).split(" ")
        inner = [x for x in out if x.start < b and a < x.end]
        # "Đặng Thị Hoàng Yến (Maya Dangelas)": a foreign name, unseen in the news
        foreign = all(t.isascii() for t in toks) and any(_foreign_word(t) for t in toks)
        if any(x.kind != "person" or x.start < a or x.end > b for x in inner) or any(
                t.isupper() or t in _MID_STOP or
                (_capr(t) is None and not foreign or (_capr(t) or 9) < 4) for t in toks) or \
                _norm_low(m.group(1)) in _COUNTRIES_LOW():
            continue
        for x in inner:
            out.remove(x)  # "Tuấn" alone, from the model
        name = normalize(m.group(1))
        out.append(Entity("person", slugify(name), name, a, b))


_LIST_NEXT_RE = re.compile(r"(?:, | và | hay | hoặc )([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?![\w(])"
                           r"(?! [A-ZĐ])")
_LIST_PREV_RE = re.compile(r"(?<![\w.] )(?<![\w])([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?:, | và )$")


# a brand listed next to a company: one ASCII token with a capital or a digit inside
# ("PvcomBank", "GoViet", "VinDS", "Bong88"), not followed by another capitalized word
_ORG_ITEM = r"([A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*|[A-Z][A-Za-z]*[0-9][A-Za-z0-9]*)"
_ORG_LIST_NEXT_RE = re.compile(rf"(?:, | và ){_ORG_ITEM}(?![\w(\-])(?!\.\w)(?! [A-ZĐ0-9&])")
_ORG_LIST_PREV_RE = re.compile(rf"(?<![\w.] )(?<![\w]){_ORG_ITEM}(?:, | và )$")


def _listed_orgs(text: str, out: list) -> None:
    """A brand in a list next to a company ("ABank, PvcomBank, SHB", "Grab,
    Uber, GoViet"): a company too when it is no person's or place's name and
    no word news writes in lower case."""
    _spread_along_lists(
        text, out, [e for e in out if e.kind == "organization" and " " not in text[e.start:e.end]],
        _ORG_LIST_NEXT_RE, _ORG_LIST_PREV_RE,
        lambda w: not (w in _NOT_ORG_ACRONYMS or w in _FOREIGN_GIVEN or w in _FOREIGN_SUR or
                       _capr(w) not in (None, 9) or is_vietnamese_syllable(w.lower()) or
                       _norm_low(w) in _COUNTRIES_LOW()))


def _spread_along_lists(text: str, out: list, seeds: list, next_re: re.Pattern,
                        prev_re: re.Pattern, ok) -> None:
    """The word listed right after or before each seed (``next_re``/``prev_re``
    give it as group 1) is an entity of the seed's kind when ``ok`` takes it and
    no entity holds it; it spreads on in turn."""
    todo = list(seeds)
    while todo:
        e = todo.pop()
        cands = []
        m = next_re.match(text, e.end)
        if m:
            cands.append(m.span(1))
        m = prev_re.search(text, max(0, e.start - 30), e.start)
        if m:
            cands.append(m.span(1))
        for a, b in cands:
            w = text[a:b]
            if not ok(w) or any(x.start < b and a < x.end for x in out):
                continue
            x = Entity(e.kind, slugify(w), w, a, b)
            out.append(x)
            todo.append(x)


def _listed_names(text: str, out: list, places: frozenset = frozenset()) -> None:
    """Single foreign words listed next to a person ("Messi, Higuain, Aguero"):
    people too when news never capitalizes them as a common word. A full name
    joined to a person's by "và" is a person ("Alexander Petrov và Ruslan
    Boshirov", "MC Danh Tùng và Thuỳ Linh")."""
    for e in [e for e in out if e.kind == "person"]:
        if not text.startswith(" và ", e.end):
            continue
        m = _CAPRUN_RE.match(text, e.end + 4)
        if not m or m.group() in places or any(x.start < m.end() and m.start() < x.end
                                                for x in out):
            continue
        toks = m.group().split(" ")
        first = text[e.start:e.end]
        both_vn = " " in first and not first.isascii() and len(toks) == 2 and \
            not m.group().isascii() and all(is_vietnamese_syllable(t) for t in toks) and \
            (_capr(toks[-1]) or 0) >= 5
        if _looks_like_name(toks) or both_vn:
            name = normalize(m.group())
            out.append(Entity("person", slugify(name), name, m.start(), m.end()))
    _spread_along_lists(
        text, out, [e for e in out if e.kind == "person"], _LIST_NEXT_RE, _LIST_PREV_RE,
        lambda w: _capr(w) is None and len(w) >= 4 and w not in _FOREIGN_GIVEN and
        _norm_low(w) not in _COUNTRIES_LOW())


def _propagate_initials(text: str, out: list, mask: bytearray) -> None:
    """Later mentions of a person given by initials, by the last one alone:
    "N." after "T. H. N. (SN 2001)", "chở S. về" after "T.T. S." (without the
    dot, as the initials are annotated)."""
    for e in list(out):
        src = text[e.start:e.end]
        if len(src) < 3 or src[1] not in ". " or not src[-1].isupper() or "." not in src:
            continue
        letter = src[-1]
        i = text.find(letter + ".")
        while i >= 0:
            b = i + 1
            if (i == 0 or text[i - 1] in " (") and mask[i] == 0:
                nx = text[b + 1:b + 2]
                if nx in (".", ",", ";", ")", "\n", "") or nx == " " and (
                        (m := _NEXT_WORD_RE.match(text, b + 1)) and m.group(1).islower()):
                    out.append(Entity("person", e.key, e.name, i, b))
                    mask[i:b] = b"\1"
            i = text.find(letter + ".", b)


def _clause_ends_at(text: str, i: int) -> bool:
    """``text[i]`` ends a clause: a comma, or a full stop after a word of three
    letters or more ("chị Giang. An dùng ..."; not "Donald J. Trump", "St. John")."""
    if text[i] in ",;:!?":
        return True
    if text[i] != ".":
        return False
    k = i
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return i - k >= 3 and not text[k:i].isupper()


def _propagate_names(text, caps, out, mask, sur, nn) -> None:
    """Later mentions of a name already found: the full name again, a foreign
    name's last word ("Mansoor"), a Vietnamese name's last two ("Xuân Trường")."""
    forms: dict[str, list] = {}
    given = _FOREIGN_GIVEN
    single_vn = set()  # Vietnamese given names alone: "Thắng" after "Vi Văn Thắng"
    surnames_alone = set()  # Chinese and Korean names by the surname: "Lưu", "Chủ tịch Tập"
    for e in list(out):
        toks = text[e.start:e.end].split(" ")
        cands = [" ".join(toks)] if len(toks) >= 2 else []
        if len(toks) >= 2 and toks[0] not in sur and len(toks[-1]) >= 3 and toks[-1] not in nn:
            cands.append(toks[-1])
            if toks[0] in given and toks[0] not in nn:
                cands.append(toks[0])  # "Taylor" after "Taylor Swift"
        elif len(toks) >= 3 and toks[0] in sur and toks[-2] not in nn and toks[-2] not in (
                "Văn", "Thị"):
            cands.append(" ".join(toks[-2:]))
        if len(toks) >= 3 and toks[0] in sur and toks[-1] not in nn and len(toks[-1]) >= 2 \
                and toks[-1] not in _DEMONYM_GIVEN:
            cands.append(toks[-1])
            single_vn.add(toks[-1])
        if len(toks) == 3 and toks[1] not in ("Văn", "Thị") and len(toks[0]) >= 2 and \
                toks[0] not in nn and toks[0][1:].islower() and \
                is_vietnamese_syllable(toks[0].lower()):
            cands.append(toks[0])
            surnames_alone.add(toks[0])
        for c in cands:
            lst = forms.setdefault(c.split(" ")[0].lower(), [])
            if (c, e) not in lst:
                lst.append((c, e))
    if not forms:
        return
    n = len(text)
    for s, _e, _w, _pw in caps:
        lst = forms.get(_w)
        if not lst:
            continue
        if s > 1 and text[s - 1] == " " and not _clause_ends_at(text, s - 2) and \
                text[_word_start(text, s - 1)] in _UPSET:
            ws = _word_start(text, s - 1)
            if text[ws:s - 1] not in _SENTENCE_OPENERS or not _at_sentence_start(text, ws):
                continue  # inside a longer capitalized run; not "Theo Kashin, ..."
        for c, src in sorted(lst, key=lambda ce: -len(ce[0])):
            b = s + len(c)
            if not text.startswith(c, s) or (b < n and (text[b].isalnum() or (
                    text[b] == " " and b + 1 < n and text[b + 1] in _UPSET))):
                continue
            one_word = c in single_vn or c in surnames_alone
            if one_word and (s, b) != (src.start, src.end) and \
                    (nx := _WORD_RE.match(text, b + 1)) and text[b:b + 1] == " " and \
                    _word_pair(c, nx.group()):
                continue  # "Bình luận", "Lưu ý": a common word, not the name
            if c in single_vn and (s, b) != (src.start, src.end) and (
                    not _given_ctx(text, s, _pw, b) or c in _NOT_GIVEN_ALONE and (
                        text[s - 2:s] in ("- ", "– ") or text[b:b + 2] in (" -", " –"))):
                continue  # not "Mỹ - Trung": a place word
            if c in surnames_alone and c not in single_vn and (
                    _pw in _NOT_BEFORE_GIVEN or _pw in _NOT_BEFORE_SURNAME):
                continue  # "người Thái", "nhà Hồ", "thời Minh": no person
            if mask.find(1, s, b) >= 0:
                break
            out.append(Entity("person", src.key, src.name, s, b, None, None))
            mask[s:b] = b"\1" * (b - s)
            break


# function words that open a sentence before a name ("Theo Kashin, ...")
_SENTENCE_OPENERS = frozenset(["Theo", "Với", "Khi", "Sau", "Trước", "Tại", "Cho", "Nhưng", "Và",
                               "Còn", "Nếu", "Vì", "Do", "Để", "Từ", "Dù", "Tuy", "Riêng", "Cả"])
# Given names that are also compass points or parts of place names: never alone.
_NOT_GIVEN_ALONE = frozenset(["Nam", "Bắc", "Đông", "Tây", "Việt", "Trung", "Hà", "Sơn", "Giang",
                              "Thành", "An", "Bình", "Hòa", "Hoà", "Phú", "Long", "Hải"])
# of those, the ones that also say "Vietnamese" or a direction: never alone
_DEMONYM_GIVEN = frozenset(["Việt", "Nam", "Bắc", "Đông", "Tây"])
_NOT_BEFORE_GIVEN = frozenset(["miền", "phía", "ở", "tại", "về", "đến", "tới", "từ", "qua", "vùng",
                               "hướng", "tiếng", "người", "nước", "vào", "ra", "lên", "xuống"])


# before a surname that names a people, a dynasty or a genre, not a person
_NOT_BEFORE_SURNAME = frozenset(["thời", "nhà", "triều", "nhạc", "đời", "gia", "đội", "tộc"])


def _given_ctx(text: str, s: int, pw: str, b: int) -> bool:
    """A Vietnamese given name alone is the person after a lower-case word
    ("đối tượng Thắng", "cùng Phúc") or an opening bracket, not at a sentence
    start nor after a place word ("miền Nam", "ở Vinh")."""
    if pw and pw[-1].isalnum():
        return pw.isalpha() and pw.islower() and pw not in _NOT_BEFORE_GIVEN and (
            pw not in _PLACE_CUES or text[max(0, s - 10):s].lower().rstrip() == "đối tượng")
    j = s - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j >= 0 and text[j] in "(“\"'‘":
        return True
    if j < 0 or text[j] in ".,;:!?\n":
        # "Khoảng 23h, Đức chở S. về nhà", "Thâm cũng về nhà": opening a clause,
        # before a lower-case word that is no conjunction ("Mỹ, Đức và Pháp")
        m = _NEXT_WORD_RE.match(text, b)
        return bool(m) and m.group(1).islower() and m.group(1) not in _NOT_AFTER_GIVEN
    return False


_NEXT_WORD_RE = re.compile(r" ([^\W\d_]+)\b")
_NOT_AFTER_GIVEN = frozenset(["và", "hay", "hoặc", "với", "cùng", "ở", "tại", "của", "là", "có",
                              "thì", "mà", "đến", "tới", "sang", "về"])


@lru_cache(maxsize=1)
def _subjects_rx():
    """Fields of ministries alone, as in "Thứ trưởng Tài nguyên và Môi trường"."""
    from bantin.pipeline.gazetteer.agencies import SUBJECTS_TSV
    names = []
    for row in _tsv(SUBJECTS_TSV):
        names += [_norm_low(v) for v in [row[0]] + _pipe(row[1] if len(row) > 1 else "")]
    return re.compile(rf"(?:{_trie_regex(names)})(?![\w&])")



# --- the stage ---------------------------------------------------------------------

# Mined organization names (benchmarks/mine_names.py): kept when seen after an
# organization head in at least LEX_MIN_ORG articles, in at least LEX_PURITY of
# the articles where they follow any cue (organization, person or place), and
# after a head in at least LEX_MIN_SHARE of the articles they appear in at all.
LEX_FILE = "data/name_lexicon.tsv.gz"
LEX_MIN_ORG = 3
LEX_PURITY = 0.8
LEX_MIN_SHARE = 0.1
_LEX_FORMS = frozenset(["TNHH", "CP", "TMCP", "MTV", "CTCP", "JSC"])
# mined names that are mostly something else alone (the tail of "Air France",
# "Tour de France"; a slogan "Hàng Việt Nam chất lượng cao"; car makes)
_LEX_BLOCK = frozenset(["France", "Russia", "Europe", "American", "News", "Journal", "Health",
                        "Open", "Save", "Channel", "Stars", "Star", "Empire", "Delta",
                        "Sunshine", "Science", "Globe", "Nation", "Express", "Hàng Việt Nam",
                        "Mazda", "Honda", "Volvo", "Nissan", "Volkswagen", "World Cup", "BHYT"])


@lru_cache(maxsize=1)
def _org_lexicon() -> dict:
    """Surface → "organization" for the mined names that pass the thresholds."""
    import gzip
    from importlib import resources

    try:
        raw = resources.files("bantin").joinpath(LEX_FILE).read_bytes()
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return {}
    capratio = _capratio()  # the shipped table, also while the run model is off
    out = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        name, o, p, lc, a = line.split("\t")
        o, p, lc, a = int(o), int(p), int(lc), int(a)
        if o < LEX_MIN_ORG or o < LEX_PURITY * (o + p + lc) or o < LEX_MIN_SHARE * a:
            continue
        toks = name.split(" ")
        if toks[0] in _LEX_FORMS or name in _LEX_BLOCK:
            continue
        # a common word capitalized ("Cổ" of "công ty Cổ phần", "Người"):
        # only as part of a longer name whose last word is rarely lower-case
        crs = [capratio.get(t.lower()) for t in toks]
        if crs[-1] is not None and crs[-1] <= 5 or len(toks) == 1 and crs[0] is not None \
                and crs[0] <= 7:
            continue
        out[name] = "organization"
    return out


def _drop_overlapping(cands: list[Entity], blockers: list[tuple[int, int]]) -> list[Entity]:
    out = []
    for e in cands:
        if any(e.start < b and a < e.end for a, b in blockers):
            continue
        out.append(e)
    return out


_OPEN_QUOTES, _CLOSE_QUOTES = frozenset('“"‘\''), frozenset('”"’\'')


def extract_entities(text: str) -> list[Entity]:
    """Entities of ``text`` (published form, NFC), sorted by position: the
    rules' (`rule_entities`), with their people, agencies and organizations
    re-read by the CRF of `entity_crf` where it is shipped."""
    not_people: list[tuple[int, int]] = []
    out = rule_entities(text, not_people)
    refined = _entity_crf.refine(text, out, not_people=not_people)
    if refined is not out:
        out = sorted(refined, key=_position)
    _short_names_to_full(out)
    return out


def _position(e: Entity) -> tuple:
    return (e.start, -e.end, KINDS.index(e.kind))


def rule_entities(text: str, not_people: list | None = None) -> list[Entity]:
    """Entities of ``text`` by the rules, the gazetteers and the run
    classifier alone, sorted by position. ``not_people``, when given,
    receives the spans the rules found to be places named after people
    ("đường Nguyễn Huệ" ... "Nguyễn Huệ"), which no later stage may call
    people."""
    if not text:
        return []
    low = _lowered(text)
    caps, nums = _anchors(text, low)
    legal = _find_legal(text, low, caps, nums)
    spans = [(e.start, e.end) for e in legal]
    dates = _drop_overlapping(_find_dates(text, low, caps, nums), spans)
    spans += [(e.start, e.end) for e in dates]
    amounts = _drop_overlapping(_find_amounts(text, low, nums), spans)
    spans += [(e.start, e.end) for e in amounts]
    percents = _drop_overlapping(_find_percents(text, low, nums), spans)
    spans += [(e.start, e.end) for e in percents]
    ratios = _drop_overlapping(_find_ratios(text, nums), spans)

    legal_spans = [(e.start, e.end) for e in legal]
    provinces = _drop_overlapping(_find_provinces(text, low, caps), legal_spans)
    bodies = _drop_overlapping(_find_agencies_orgs(text, low, caps), legal_spans)
    national = _find_national_bodies(text, low, caps)
    if national:
        # "Quốc hội Mỹ" over the gazetteer's "Quốc hội"
        wide = [(e.start, e.end) for e in national]
        bodies = [b for b in bodies if not any(a <= b.start and b.end <= z for a, z in wide)]
        bodies += _drop_overlapping(national, [(b.start, b.end) for b in bodies])
    if "Phòng " in text or "Đội " in text or "đoàn " in text or "Quân đội " in text or \
            "Cảnh sát " in text:
        bodies = _unnamed_units(text, low, bodies)
    if "Thanh tra " in text or "trường " in text:
        _heads_before(text, low, bodies)
    if "U" in text:
        _youth_teams(text, low, bodies)
    if any(w in low for w in _FOOTBALL_WORDS):
        _city_clubs(text, low, bodies, provinces)
    if "rung ương" in text or "uốc gia" in text:
        bodies = _central_and_national_bodies(text, low, bodies)
    _described_bodies(text, low, caps, bodies)
    _lower_named_bodies(text, low, caps, bodies)
    if "Công đoàn " in text:
        _trade_unions(text, bodies)
    if "TH" in text:
        _bare_schools(text, low, bodies)
    _numbered_bodies(text, low, nums, bodies)
    if "công ty " in text:
        _lower_legal_companies(text, bodies)
    _people_after_titled_bodies(text, low, bodies)
    occupied = [(e.start, e.end) for e in legal + bodies + provinces]
    people = _find_people(text, low, occupied, caps)
    people += _find_famous(text, low, caps, occupied + [(e.start, e.end) for e in people])
    _famous_keys(text, people)
    if any(text[e.end - 1:e.end + 1] in _INITIAL_ENDS for e in people) or "\n" in text and \
            _INITIAL_LINE_END.search(text):
        _names_across_initials(text, people, occupied)
    # "Hoàng Sa", "Trùng Khánh": a surname's shape, a place's name; "tàu sân bay USS
    # Ronald Reagan": a ship named after a person
    people = [e for e in people if text[e.start:e.end] not in _NOT_PERSONS and
              not _ship_before(text, low, e.start)]
    for i, e in enumerate(people):
        a = e.start - 5 if low.startswith("al - ", e.start - 5) else \
            e.start - 3 if low.startswith("al-", e.start - 3) else -1
        if a >= 0 and " " not in text[e.start:e.end] and (a == 0 or not text[a - 1].isalnum()):
            # "tướng al - Hassan", "ông al - Emadi": the particle belongs to the name
            people[i] = Entity("person", e.key, e.name, a, e.end, e.value, e.role)
    places = _place_names(text, low, caps) if people else frozenset()
    if not_people is None:
        not_people = []
    if places:
        # "đường Nguyễn Huệ", "huyện Dương Minh Châu": named after a person, a place
        # in this article wherever it is named, unless a title or "ông" is before it
        keep = []
        for e in people:
            if text[e.start:e.end] in places and not e.role and not _after_honorific(low, e.start):
                not_people.append((e.start, e.end))
            else:
                keep.append(e)
        people = keep
    provinces = _drop_overlapping(provinces, [(e.start, e.end) for e in people])

    out = legal + dates + amounts + percents + ratios + provinces + bodies + people
    if "trường" in low:
        _school_lists(text, out)
    if "đưa tin" in text or "theo " in low or "dẫn nguồn" in text or " đăng tải" in text:
        _media_by_attribution(text, low, out)
    _suffixed_companies(text, caps, out)
    if any(w in text for w in _TICKER_CUES):
        _tickers(text, out)
    if any(w in text for w in _LOWER_PLATFORMS):
        _lower_platforms(text, out)
    mdl = _entity_model.model()
    if mdl is not None:
        # the trained classifier, for the capitalized runs no rule labeled
        taken = [(e.start, e.end) for e in out] + not_people
        for s, e, kind, _p in mdl.predict(text, taken, _entity_model.known_forms(text, out),
                                          _org_lexicon()):
            if kind == "person" and (text[s - 1:s] in _OPEN_QUOTES and text[e:e + 1] in
                                     _CLOSE_QUOTES and text[s:e].isascii() or
                                     text[s:e] in _NOT_PERSONS) or _ship_before(text, low, s):
                continue  # “Sisterhood Original”: a quoted English title; a place; a ship
            name = normalize(text[s:e])
            out.append(Entity(kind, slugify(name), name, s, e))
    _paren_names(text, out)
    _listed_names(text, out, places)
    _listed_orgs(text, out)
    if text.count(")") >= 3:
        _roster_clubs(text, out)
    if ".vn" in text or ".com" in text or ".net" in text or ".org" in text:
        _domain_tails(text, out)
    out.sort(key=_position)
    return out


_MEDIA_NAME = rf"[{_UP}][\w.\-]*(?: [{_UP}0-9][\w.\-]*){{0,3}}"
# "..., Livejournal đưa tin.", "Metro hôm nay đưa tin": who reports is a medium
_REPORTS_RE = re.compile(
    rf"(?:^|(?<=, ))({_MEDIA_NAME}) (?:(?:hôm nay|hôm qua|tuần này|tuần trước|"
    rf"(?:hôm |ngày )\d{{1,2}}[/\-.]\d{{1,2}}) )?(?:đưa tin|dẫn nguồn)(?![\w])", re.M)
# "..., theo Drive.": the source named at a sentence's end; "Theo Express, ..." at its start
_SOURCE_END_RE = re.compile(rf", theo ({_MEDIA_NAME})(?=\.(?:\s|$))")
_SOURCE_START_RE = re.compile(rf"Theo ({_MEDIA_NAME}),")  # at a sentence's start
# "Video do Theaviationist đăng tải": a clip's source, one foreign word
_POSTED_BY_RE = re.compile(r"(?<![\w])(?:[Vv]ideo|[Cc]lip|[Ảả]nh|[Hh]ình ảnh|[Đđ]oạn phim) do "
                           r"([A-Z][a-z]+[A-Za-z]*) đăng tải(?![\w])")


# a company by the last word of its name: "Three Arrows Capital", "Hùng Vương Group"
_COMPANY_SUFFIXES = frozenset([
    "Group", "Corp", "Corporation", "Inc", "Ltd", "Limited", "Holdings", "Capital", "Partners",
    "Airlines", "Airways", "Securities", "Motors", "Pharma", "Technologies", "Ventures",
    "Investment", "Investments", "Foods", "Seafood", "Entertainment", "Digital", "Labs", "Studios",
    "Logistics", "JSC", "Pharmaceuticals", "Industries", "Electronics", "Armory"])
_COMPANY_SUFFIXES_LOW = frozenset(w.lower() for w in _COMPANY_SUFFIXES)  # as `_anchors` gives them
# one to four capitalized words (or "&") before the suffix, read backwards from it
_NAME_BEFORE_SUFFIX = re.compile(rf"(?:(?<![\w.])[{_UP}0-9][\w&.'’\-]* |& ){{1,4}}$")
_SUBSIDIARY_COUNTRY = re.compile(r" (?:Việt Nam|Vietnam|VN)(?![\w])")
_MORE_SUFFIXES = re.compile(rf"(?: (?:{'|'.join(sorted(_COMPANY_SUFFIXES))}))+(?![\w])")


# "các trường: Lê Hồng Phong, Trần Đại Nghĩa và Gia Định", "2 trường Lê Quý Đôn, ..."
_SCHOOL_LIST_RE = re.compile(r" trường(?: THPT| THCS| chuyên)*:? "
                             rf"(?=[{_UP}])")
_LIST_ITEM_RE = re.compile(rf"[{_UP}]\w*(?: [{_UP}]\w*){{0,3}}")


def _school_lists(text: str, out: list) -> None:
    """Schools listed after "các trường": each item is a school, though most
    are named after people."""
    for m in _SCHOOL_LIST_RE.finditer(text):
        pw = _prev_word(text, m.start() + 1)
        if not pw or not (pw[0] in ("các", "những") or pw[0].isdigit()):
            continue
        p = m.end()
        while (im := _LIST_ITEM_RE.match(text, p)) is not None:
            a, b = im.span()
            toks = im.group().split(" ")
            if len(toks) < 2 or not all(t[1:].islower() for t in toks) or \
                    b < len(text) and text[b] not in ",.;)\n" and not text.startswith(" và ", b):
                break  # "các trường ĐH", "các trường Đại học nổi tiếng": no names listed
            inside = [e for e in out if e.start < b and a < e.end]
            if any(e.kind not in ("person", "province") or e.start < a or e.end > b
                   for e in inside):
                break
            for e in inside:
                out.remove(e)
            name = normalize(im.group())
            out.append(Entity("organization", slugify("trường " + name), name, a, b))
            sep = re.match(r", | và ", text[b:b + 4])
            if not sep:
                break
            p = b + sep.end()


def _suffixed_companies(text: str, caps: list, out: list) -> None:
    """Capitalized runs that end in a company's legal or business word (and
    the country of a subsidiary) that no rule took: "Voyager Digital", "Tag Air
    Inc", "TNR Holdings Việt Nam"."""
    spans = None
    for s, e, w, _pw in reversed(caps):  # the last suffix first: "Vina Capital ... Limited"
        if w not in _COMPANY_SUFFIXES_LOW or text[s:e] not in _COMPANY_SUFFIXES or \
                text[s - 1] != " ":
            continue
        m = _NAME_BEFORE_SUFFIX.search(text, max(0, s - 90), s)
        if not m:
            continue
        a, b = m.start(), e
        sm = _MORE_SUFFIXES.match(text, b)
        if sm:
            b = sm.end()  # "Dragon Financial Holdings Ltd"
        cm = _SUBSIDIARY_COUNTRY.match(text, b)
        if cm:
            b = cm.end()
        while " " in text[a:b] and text[a:text.index(" ", a)] in _NOT_NAME_STARTS_SET:
            a = text.index(" ", a) + 1  # "Theo Voyager Digital": the name only
        if a < s:
            if spans is None:
                spans = [(x.start, x.end) for x in out]
            _add_free_body(out, spans, text, a, b)


_LOWER_PLATFORMS = ("facebook", "youtube", "zalo", "tiktok", "instagram", "twitter")
# a platform in lower case where a page or a post is on it: "trang facebook", "trên youtube"
_LOWER_PLATFORM_RE = re.compile(
    rf"(?:(?<=mạng xã hội )|(?<=trang )|(?<=trên )|(?<=qua )|(?<=lên ))"
    rf"({'|'.join(_LOWER_PLATFORMS)})(?![\w.])")


def _lower_platforms(text: str, out: list) -> None:
    spans = [(e.start, e.end) for e in out]
    for m in _LOWER_PLATFORM_RE.finditer(text):
        _add_free_body(out, spans, text, *m.span(1), m.group(1).capitalize())


def _ends_a_longer_name(text: str, word: str) -> bool:
    """``word`` is somewhere the last word of a capitalized run ("Vasily Kashin")."""
    i = text.find(" " + word)
    while i > 0:
        e = i + 1 + len(word)
        ws = _word_start(text, i)
        if (e >= len(text) or not text[e].isalnum()) and text[ws] in _UPSET and \
                text[ws:i] not in _NOT_NAME_STARTS_SET:  # not the "Theo" of "Theo Express"
            return True
        i = text.find(" " + word, e)
    return False


_CURRENCY_CODES = frozenset(["VND", "USD", "EUR", "JPY", "CNY", "GBP", "AUD", "KRW", "SGD", "THB",
                             "RUB", "CHF", "CAD", "HKD", "TWD", "INR"])
_TICKER_CUES = ("HoSE", "HOSE", "HNX", "UPCoM", "UPCOM", "ã chứng khoán", "ã CK", "ổ phiếu")
# a listed company's ticker where the text gives it: "(HoSE: YEG)", "mã chứng khoán: VJC",
# "cổ phiếu VHM"
_TICKER_RE = re.compile(r"(?:(?:HoSE|HOSE|HNX|UPCoM|UPCOM|[Mm]ã chứng khoán|[Mm]ã CK|[Mm]ã cổ phiếu)"
                        r" ?: ?|[Mm]ã cổ phiếu là |[Cc]ổ phiếu )([A-Z]{3})(?![\w])")


def _tickers(text: str, out: list) -> None:
    """Tickers given for a company, there and wherever the article uses them
    again ("cổ phiếu YEG", "phía YEG"): the guide counts a ticker that names
    the company."""
    found = {m.group(1): m.start(1) for m in _TICKER_RE.finditer(text)
             if m.group(1) not in _CURRENCY_CODES}
    if not found:
        return
    spans = [(e.start, e.end) for e in out]
    for tk in found:
        for m in re.finditer(rf"(?<![\w.]){tk}(?![\w])", text):
            _add_free_body(out, spans, text, *m.span(), tk)


def _media_by_attribution(text: str, low: str, out: list) -> None:
    """A name no rule knew, given as the source of a report: the subject of
    "đưa tin" ("RHBT ngày 28/9 đưa tin"), the name after a closing ", theo"
    ("..., theo War History.") or an opening "Theo" ("Theo LiveLeak, ..."). Not a country, a province, a person the article
    names elsewhere or a name opening with a given name or a surname (people are
    quoted with "ông", "bà" or a title)."""
    spans = [(e.start, e.end) for e in out]
    rxs = [rx for rx, cue in ((_REPORTS_RE, "đưa tin"), (_REPORTS_RE, "dẫn nguồn"),
                              (_SOURCE_END_RE, ", theo "), (_SOURCE_START_RE, "Theo "),
                              (_POSTED_BY_RE, " đăng tải"))
           if cue in text]
    for rx in dict.fromkeys(rxs):
        for m in rx.finditer(text):
            if rx is _SOURCE_START_RE and m.start() and text[m.start() - 1] != "\n" and \
                    text[m.start() - 2:m.start()] not in (". ", "! ", "? "):
                continue
            a, b = m.span(1)
            toks = m.group(1).split(" ")
            if toks[0] in _NOT_NAME_STARTS_SET or _norm_low(m.group(1)) in _COUNTRIES_LOW() or \
                    _provinces()[3].fullmatch(low[a:b]) or toks[0] in _FOREIGN_GIVEN or \
                    toks[0] in _STRONG_SURNAMES:
                continue
            if rx is _SOURCE_START_RE and len(toks) > 1 and toks[-1] not in _MEDIA_WORDS_EN:
                continue  # "Theo Elias Groll, bình luận viên ...": people open sentences too
            if len(toks) == 1 and (toks[0].isupper() and any(c.isdigit() for c in toks[0]) or
                                   toks[0] in _NOT_ORG_ACRONYMS or
                                   is_vietnamese_syllable(toks[0].lower()) or
                                   _ends_a_longer_name(text, toks[0])):
                continue  # "Theo PC45", "Theo CSGT": police; "Theo Cường": a given name;
                # "Theo Kashin" after "Vasily Kashin"
            _add_free_body(out, spans, text, a, b)


_SHIP_WORDS = ("tàu sân bay ", "tàu khu trục ", "hàng không mẫu hạm ", "chiến hạm ",
               "khu trục hạm ", "tuần dương hạm ", "tàu ngầm ", "usns ", "uss ", "hms ")
_INITIAL_TOKEN = re.compile(rf"[{_UP}]\. ")


def _ship_before(text: str, low: str, s: int) -> bool:
    """The name at ``s`` is a ship's: "tàu sân bay USS Ronald Reagan", "tàu
    John S. McCain" (the words of its name before it, then a ship word)."""
    j = s
    # a bare "tàu" before a foreign name only: "chủ tàu Nguyễn Văn Hải" is the owner
    fw = _NEXT_WORD_RE.match(text, s - 1) if s else None
    ship_words = _SHIP_WORDS + ("tàu ",) if fw and fw.group(1).isascii() else _SHIP_WORDS
    while not low.endswith(ship_words, 0, j):
        if j < 2 or text[j - 1] != " ":
            return False
        k = text.rfind(" ", 0, j - 1) + 1
        w = text[k:j - 1]
        if not w or not (w[0] in _UPSET and (w.isalpha() or _INITIAL_TOKEN.match(text, k))):
            return False
        j = k  # back over "John S." and "USS"
    return True


# Words before a place named like a person: a street, a junction, a district,
# an address ("số 60A Hoàng Văn Thụ"), a bank's branch ("phòng giao dịch X");
# not "ông xã", "bà xã" (a spouse) nor "trực tuyến".
_PLACE_BEFORE = re.compile(
    r"(?<![\w.])(?<!ông )(?<!bà )(?<!bã )(?<!anh )(?<!trực )(?:"
    r"(?P<list>(?:các (?:tuyến )?(?:đường|phố|huyện|quận|xã|phường)|(?:tuyến )?(?:đường|phố) như"
    r"|tuyến phố)(?: như)?:?)|đường|phố|đại lộ|nút giao(?: thông)?|giao lộ|"
    r"ngã (?:ba|tư|năm|sáu|[3-6])|cầu vượt|huyện|quận|xã|phường|thị xã|thị trấn|thôn|ấp|q\.|"
    r"số \d+[a-z]?(?:/\d+[a-z]?)?|phòng giao dịch|đoạn từ|tuyến) $")
# the last words of those cues (the anchors' previous word), to look only there
_PLACE_PW = frozenset(["đường", "phố", "lộ", "giao", "thông", "ba", "tư", "năm", "sáu", "3", "4",
                       "5", "6", "vượt", "huyện", "quận", "xã", "phường", "trấn", "thôn", "ấp",
                       "q", "q.", "dịch", "từ", "tuyến", "như"])
_PLACE_LINK = re.compile(r" ?[-–] ?| đến ")
_PLACE_AND = re.compile(r", | và ")


def _place_names(text: str, low: str, caps: list) -> frozenset:
    """Capitalized runs this article uses as places: after a street, junction
    or district word, and the runs joined to them ("nút giao Nguyễn Kiệm -
    Nguyễn Thái Sơn", "đoạn từ Lê Văn Linh đến Phan Đình Phùng"), or listed
    after a plural one ("các tuyến đường như Đinh Bộ Lĩnh, Nguyễn Xí")."""
    out = set()
    search = _PLACE_BEFORE.search
    last = 0
    for s, _e, _w, pw in caps:
        if s < last or not (pw in _PLACE_PW or pw[:1].isdigit() or
                            not pw and low[s - 2:s] in (": ", ".", ". ")):
            continue
        cm = search(low, max(0, s - 40), s)
        m = _CAPRUN_RE.match(text, s) if cm else None
        if not m:
            continue
        listed = cm.group("list") is not None
        e = m.end()
        out.add(m.group())
        while True:  # the runs joined to it
            lk = _PLACE_LINK.match(text, e) or (_PLACE_AND.match(text, e) if listed else None)
            nx = _CAPRUN_RE.match(text, lk.end()) if lk else None
            if not nx:
                break
            out.add(nx.group())
            e = nx.end()
        last = e
    return frozenset(out)


def _after_honorific(low: str, s: int) -> bool:
    pw = _prev_word(low, s)
    return bool(pw) and pw[0] in _HONORIFIC_WORDS



_ROSTER_RX = re.compile(r"[A-Z][a-z'’\-]+ \(([A-Z][A-Za-z.\-]*(?: [A-Z][A-Za-z.\-]*){0,3})\)")


def _roster_clubs(text: str, out: list) -> None:
    """A squad list, "Mascherano (Barcelona), Simon Church (Aberdeen), Sam Vokes
    (Burnley)": three or more players with their club in parentheses."""
    found = [m for m in _ROSTER_RX.finditer(text)
             if _norm_low(m.group(1)) not in _COUNTRIES_LOW() and
             not _provinces()[3].fullmatch(_norm_low(m.group(1)))]
    if len(found) < 3:
        return
    taken = [(e.start, e.end) for e in out]
    for m in found:
        a, b = m.span(1)
        if not any(a < y and x < b for x, y in taken):
            name = normalize(m.group(1))
            out.append(Entity("organization", slugify(name), name, a, b))


_DOMAIN_TAIL = re.compile(r"\.(?:com|net|org|vn|co)(?:\.(?:vn|au|uk))?(?![\w.])")


def _domain_tails(text: str, out: list) -> None:
    """A site named by its domain: "Sendo.vn", "Zing.vn" (the name before the dot
    was found as the company)."""
    for i, e in enumerate(out):
        if e.kind == "organization" and (m := _DOMAIN_TAIL.match(text, e.end)):
            name = text[e.start:m.end()]
            out[i] = Entity(e.kind, e.key, name, e.start, m.end(), e.value)


def _short_names_to_full(entities: list[Entity]) -> None:
    """A person named once in full and elsewhere by the last word of that
    name ("Nguyễn Văn Minh" ... "Minh", "Lionel Messi" ... "Messi") is one
    person: the short mentions take the full name's key and name, so entity
    pages and chips count them together. Only when one full name ends so."""
    full: dict[str, set[tuple[str, str]]] = {}
    for e in entities:
        if e.kind == "person" and " " in e.name:
            full.setdefault(e.name.rsplit(" ", 1)[1], set()).add((e.key, e.name))
    if not full:
        return
    for e in entities:
        if e.kind == "person" and " " not in e.name:
            owners = full.get(e.name)
            if owners and len(owners) == 1:
                e.key, e.name = next(iter(owners))
