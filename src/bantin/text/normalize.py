"""Unicode and orthography normalization for Vietnamese.

Three forms of one text:

* **published** (`clean`): NFC, invisible and odd whitespace removed. This is
  what pages, briefs and exports quote; nothing visible is changed.
* **normalized** (`normalize`): `clean` plus one tone-mark convention, so that
  "Hoà" and "Hòa" are the same string. Used for ids, matching, clustering.
* **folded** (`fold`): normalized, lowercased, all diacritics removed and
  đ → d. Used for diacritic-insensitive search and slugs.

Tone-mark convention: bantin writes the tone of the open diphthongs *oa*,
*oe*, *uy* on the first vowel ("hòa", "khỏe", "thủy"). It is the style of most
Vietnamese news sites today and the default of the common keyboards (Unikey,
the phone keyboards), so normalizing towards it changes the fewest published
words. Closed syllables ("hoàn", "thuyền") and "qu" + vowel ("quý", "quả")
are written the same in both conventions and are left alone.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width and bidi marks, soft hyphen, BOM: invisible, and they break
# matching ("chuyển\u200bđổi" must equal "chuyểnđổi").
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061,
     0x2062, 0x2063, 0x2064, 0xFEFF, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E],
    None,
)
# C0/C1 control characters other than tab and newline.
_INVISIBLE.update({c: None for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)})
_INVISIBLE.update({c: None for c in range(0x7F, 0xA0)})
_ODD_SPACES = {c: " " for c in (0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, 0x0009)}
_ODD_SPACES.update({c: " " for c in range(0x2000, 0x200B)})
_ODD_SPACES.update({0x2028: "\n", 0x2029: "\n"})
_CLEAN_TABLE = {**_INVISIBLE, **_ODD_SPACES}
# str.translate with a dict walks every character in Python-level lookups;
# most text needs none of it, so look for a character to replace first.
_NEEDS_TABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_CLEAN_TABLE)) + "]")

_SPACES = re.compile(r"[ ]{2,}")
_SPACE_AROUND_NL = re.compile(r" *\n *")
_MANY_NL = re.compile(r"\n{3,}")


def clean(text: str) -> str:
    """NFC, invisible characters dropped, odd spaces made plain, lines trimmed.

    Paragraph breaks (single and double newlines) are kept.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _NEEDS_TABLE.search(text):
        text = text.translate(_CLEAN_TABLE)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    text = _SPACE_AROUND_NL.sub("\n", text)
    text = _MANY_NL.sub("\n\n", text)
    return text.strip()


# --- tone-mark convention -------------------------------------------------

_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook, tilde, dot below


def _toned(base: str) -> str:
    return "".join(unicodedata.normalize("NFC", base + m) for m in _TONE_MARKS)


_A, _E, _Y = _toned("a"), _toned("e"), _toned("y")
_A_UP, _E_UP, _Y_UP = _toned("A"), _toned("E"), _toned("Y")
# An open syllable ends at the diphthong: no letter follows.
_OPEN_DIPHTHONG = re.compile(
    "(?<![qQ])([uU])([" + _Y + _Y_UP + "])(?!\\w)"
    "|([oO])([" + _A + _E + _A_UP + _E_UP + "])(?!\\w)"
)


def _move_tone(m: re.Match[str]) -> str:
    first = m.group(1) or m.group(3)
    second = m.group(2) or m.group(4)
    decomposed = unicodedata.normalize("NFD", second)
    base, mark = decomposed[0], decomposed[1:]
    return unicodedata.normalize("NFC", first + mark) + base


def tone(text: str) -> str:
    """Rewrite "hoà"-style tone placement to bantin's "hòa" convention."""
    return _OPEN_DIPHTHONG.sub(_move_tone, text)


def normalize(text: str) -> str:
    """`clean` plus the one tone-mark convention: the form used for matching."""
    return tone(clean(text))


# --- folding ---------------------------------------------------------------

_MARKS = re.compile(r"[\u0300-\u036f]")


def _fold_table() -> dict[int, str]:
    # Every precomposed lowercase letter to its base without marks, so that
    # folding NFC text is one translate, not NFD + a regex (~2x faster).
    table: dict[int, str] = {}
    for c in range(0xC0, 0x2000):
        ch = chr(c)
        base = _MARKS.sub("", unicodedata.normalize("NFD", ch))
        if ch.lower() == ch and base != ch and len(base) == 1:
            table[c] = base
    table.update({ord("đ"): "d", ord("ð"): "d"})
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lowercase, no diacritics, đ → d: "Điện Biên" → "dien bien"."""
    if not text:
        return ""
    text = text.lower()
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = text.translate(_FOLD)
    if _MARKS.search(text):  # a mark no precomposed letter holds
        text = _MARKS.sub("", unicodedata.normalize("NFD", text))
    return text


def fold_in_place(text: str) -> str:
    """`fold`, keeping every character's offset (one character for one):
    positions in the result are positions in ``text``."""
    out = text.lower().translate(_FOLD)
    if len(out) == len(text) and not _MARKS.search(out):
        return out
    return "".join(fold(c)[:1] or c for c in text)  # decomposed or odd text: slow path


_WORD = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Lowercased syllables and numbers of the normalized text (keeps diacritics)."""
    return _WORD.findall(normalize(text).lower())


def folded_tokens(text: str) -> list[str]:
    """Syllables and numbers of the folded text."""
    return _WORD.findall(fold(text))


_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """ "Chuyển đổi số" → "chuyen-doi-so"; "Văn hóa - Xã hội" → "van-hoa-xa-hoi"."""
    return _NON_SLUG.sub("-", fold(normalize(name))).strip("-")
