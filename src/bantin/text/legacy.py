"""Legacy Vietnamese 8-bit encodings: detect them and convert to Unicode NFC.

Before Unicode, Vietnamese text was typed in font-based encodings. A page or
file written that way and later read as windows-1252/latin-1 shows mojibake:

* **TCVN3** (TCVN 5712:1993 VN3, the "ABC" keyboard, ".VnTime" fonts): one byte
  per letter; "Hà Nội" reads "Hµ Néi", "Việt Nam" reads "ViÖt Nam". VN3 has
  no toned capitals (headings used the ".VnTimeH" fonts, i.e. capital glyphs on
  the lowercase codes), so those come back lowercase.
* **VNI** (VNI-Windows, "VNI-Times" fonts): a base letter followed by one
  modifier byte; "Hà Nội" reads "Haø Noäi", "Việt Nam" reads "Vieät Nam".
* **VIQR** (ASCII, RFC 1456): "Vie^.t Nam", "Ha` No^.i", "dd" for đ.
  Converted on request; `detect_legacy` never guesses it (ASCII punctuation
  is too ambiguous).

`detect_legacy` converts each word that carries a non-ASCII character with
every candidate encoding and checks that the results are Vietnamese
syllables; ordinary Unicode Vietnamese (which has ă, đ, ơ, ư, ạ…) and English
or other Latin-1 text are never flagged.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ENCODINGS", "detect_legacy", "from_legacy", "is_vietnamese_syllable", "to_legacy"]

ENCODINGS = ("tcvn3", "vni", "viqr")

# Tone marks in the order used to build the tables below.
_GRAVE, _HOOK, _TILDE, _ACUTE, _DOT = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# --- TCVN3 -----------------------------------------------------------------
# Each row: the toneless letter's code (or None when it is plain ASCII), then
# the codes for grave, hook, tilde, acute, dot below (TCVN3 order).
_TCVN3_ROWS = {
    "a": (None, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (None, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (None, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (None, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (None, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (None, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_TONES = (_GRAVE, _HOOK, _TILDE, _ACUTE, _DOT)

_TCVN3_TO_UNI: dict[str, str] = {"\xae": "đ", "\xa7": "Đ"}
for _base, (_plain, *_toned) in _TCVN3_ROWS.items():
    if _plain is not None:
        _TCVN3_TO_UNI[chr(_plain)] = _base
    for _mark, _code in zip(_TCVN3_TONES, _toned):
        _TCVN3_TO_UNI[chr(_code)] = _nfc(_base + _mark)
# The only capitals VN3 has: Ă Â Ê Ô Ơ Ư (and Đ above).
for _code, _cap in zip(range(0xA1, 0xA7), "ĂÂÊÔƠƯ"):
    _TCVN3_TO_UNI[chr(_code)] = _cap
_TCVN3_TABLE = str.maketrans(_TCVN3_TO_UNI)
_UNI_TO_TCVN3 = {u: t for t, u in _TCVN3_TO_UNI.items()}

# --- VNI -------------------------------------------------------------------
# Tone modifiers after a vowel (lowercase; the uppercase forms are the
# Latin-1 capitals of the same letters).
_VNI_TONE = {_ACUTE: "ù", _GRAVE: "ø", _HOOK: "û", _TILDE: "õ", _DOT: "ï"}
# Circumflex (â ê ô) alone and with each tone, as one modifier byte.
_VNI_CIRC = {"": "â", _ACUTE: "á", _GRAVE: "à", _HOOK: "å", _TILDE: "ã", _DOT: "ä"}
# Breve (ă) alone and with each tone.
_VNI_BREVE = {"": "ê", _ACUTE: "é", _GRAVE: "è", _HOOK: "ú", _TILDE: "ü", _DOT: "ë"}
# i has single-byte forms.
_VNI_I = {_ACUTE: "í", _GRAVE: "ì", _HOOK: "æ", _TILDE: "ó", _DOT: "ò"}


def _build_vni() -> dict[str, str]:
    """Unicode letter → VNI string, lowercase and uppercase."""
    table: dict[str, str] = {}
    tones = (_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT)
    for base in "aeouy":
        for t in tones:
            table[_nfc(base + t)] = base + _VNI_TONE[t]
    for base, mod in (("a", _VNI_CIRC), ("e", _VNI_CIRC), ("o", _VNI_CIRC)):
        for t, m in mod.items():
            table[_nfc(base + "\u0302" + t)] = base + m
    for t, m in _VNI_BREVE.items():
        table[_nfc("a\u0306" + t)] = "a" + m
    for base, vni in (("ơ", "ô"), ("ư", "ö")):
        table[base] = vni
        for t in tones:
            table[_nfc(base + t)] = vni + _VNI_TONE[t]
    for t, m in _VNI_I.items():
        table[_nfc("i" + t)] = m
    table["ỵ"] = "î"
    table["đ"] = "ñ"
    upper = {u.upper(): v.upper() for u, v in table.items()}
    table.update(upper)
    return table


_UNI_TO_VNI = _build_vni()
_VNI_TO_UNI: dict[str, str] = {v: u for u, v in _UNI_TO_VNI.items()}
# Tolerated variants: "yï" for ỵ, and a lowercase modifier after a capital
# base letter (mixed-case typing), e.g. "Vieät" is fine but so is "VIeät".
_VNI_TO_UNI["yï"] = "ỵ"
_VNI_TO_UNI["YÏ"] = "Ỵ"
for _u, _v in list(_UNI_TO_VNI.items()):
    if len(_v) == 2 and _v[0].isupper():
        _VNI_TO_UNI.setdefault(_v[0] + _v[1].lower(), _u)
_VNI_RE = re.compile("|".join(re.escape(k) for k in sorted(_VNI_TO_UNI, key=len, reverse=True)))

# --- VIQR ------------------------------------------------------------------
_VIQR_TONE = {_ACUTE: "'", _GRAVE: "`", _HOOK: "?", _TILDE: "~", _DOT: "."}
_VIQR_SHAPE = {"\u0302": "^", "\u0306": "(", "\u031b": "+"}


def _build_viqr() -> dict[str, str]:
    table: dict[str, str] = {"đ": "dd", "Đ": "DD"}
    shapes = {"a": ("", "\u0302", "\u0306"), "e": ("", "\u0302"), "o": ("", "\u0302", "\u031b"),
              "u": ("", "\u031b"), "i": ("",), "y": ("",)}
    for base, shs in shapes.items():
        for sh in shs:
            for t in ("", *_VIQR_TONE):
                if not sh and not t:
                    continue
                uni = _nfc(base + sh + t)
                viqr = base + _VIQR_SHAPE.get(sh, "") + _VIQR_TONE.get(t, "")
                table[uni] = viqr
                table[uni.upper()] = base.upper() + viqr[1:]
    return table


_UNI_TO_VIQR = _build_viqr()
_VIQR_TO_UNI = {v: u for u, v in _UNI_TO_VIQR.items()}
_VIQR_TO_UNI["Dd"] = "Đ"
# A modifier applies only right after a letter; "\" escapes a literal mark.
_VIQR_RE = re.compile(
    r"\\([\^(+'`?~.])"
    + "|" + "|".join(re.escape(k) for k in sorted(_VIQR_TO_UNI, key=len, reverse=True))
)


def _viqr_sub(m: re.Match[str]) -> str:
    if m.group(1):
        return m.group(1)
    return _VIQR_TO_UNI[m.group(0)]


# A "." or "?" after a final vowel is sentence punctuation, not a tone, when
# the text ends there, a capital (a new sentence) follows, or other closing
# punctuation does: "Ha` No^.i?" is "Hà Nội?", "tha`nh pho^'." is "thành phố.".
_VIQR_FINAL_PUNCT = re.compile(
    r"(?<=[AEIOUYaeiouy^(+`'~])(?<!\\)([.?])"
    r"(?=\s*$|[\s\"'”’»)\].,;:!?…]*\s+[\"'“‘«(\[]*[A-ZĐ]|[\"'”’»)\]]|\.\.)"
)


def _viqr_to_unicode(text: str) -> str:
    # Marks count only right after a vowel (the table keys), so "Nam." keeps
    # its full stop. Elsewhere a final "." or "?" is a tone ("di. ho.c" is
    # "dị học"); write "di\\." for a literal stop there, as RFC 1456 says.
    text = _VIQR_FINAL_PUNCT.sub(r"\\\1", text)
    return _VIQR_RE.sub(_viqr_sub, text)


# --- syllable check --------------------------------------------------------
_ONSETS = (
    "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|q|r|s|t|v|x"
)
_NUCLEI = (
    "iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uyê|uya|uyu|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iu|iê|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|"
    "ưa|ưi|ưu|ươ|yê|"
    "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y"
)
_CODAS = "ch|ng|nh|c|m|n|p|t"
_SYLLABLE = re.compile(f"^(?:{_ONSETS})?(?:{_NUCLEI})(?:{_CODAS})?$")
_TONE_SET = set(_TCVN3_TONES)


def _tone_count(word: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFD", word) if c in _TONE_SET)


def is_vietnamese_syllable(word: str) -> bool:
    """True for one well-formed Vietnamese syllable ("nghiêng", "Việt", "khuỷu").

    Checks the shape (onset, vowel nucleus, coda) and at most one tone mark,
    not whether the syllable is in use.
    """
    if not word:
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(1 for c in decomposed if c in _TONE_SET) > 1:
        return False
    bare = _nfc("".join(c for c in decomposed if c not in _TONE_SET))
    return bool(_SYLLABLE.match(bare))


# --- conversion --------------------------------------------------------------


def from_legacy(text: str, encoding: str) -> str:
    """Convert mojibake of a legacy encoding ("tcvn3", "vni", "viqr") to Unicode NFC."""
    enc = encoding.lower().replace("-", "").replace("_", "")
    if enc in ("tcvn3", "tcvn", "abc", "vn3"):
        out = text.translate(_TCVN3_TABLE)
    elif enc in ("vni", "vniwindows"):
        out = _VNI_RE.sub(lambda m: _VNI_TO_UNI[m.group(0)], text)
    elif enc == "viqr":
        out = _viqr_to_unicode(text)
    else:
        raise ValueError(f"unknown legacy encoding: {encoding!r}")
    return _nfc(out)


def to_legacy(text: str, encoding: str) -> str:
    """Unicode → the legacy form (as it reads when decoded as latin-1).

    For tests and fixtures. TCVN3 has no toned capitals: they are written as
    the lowercase codes, as the ".VnTimeH" fonts did.
    """
    text = _nfc(text)
    enc = encoding.lower()
    if enc == "tcvn3":
        out = []
        for ch in text:
            if ch in _UNI_TO_TCVN3:
                out.append(_UNI_TO_TCVN3[ch])
            elif ch.lower() in _UNI_TO_TCVN3 and ch.lower() != ch:
                out.append(_UNI_TO_TCVN3[ch.lower()])
            else:
                out.append(ch)
        return "".join(out)
    if enc == "vni":
        return "".join(_UNI_TO_VNI.get(ch, ch) for ch in text)
    if enc == "viqr":
        return "".join(_UNI_TO_VIQR.get(ch, ch) for ch in text)
    raise ValueError(f"unknown legacy encoding: {encoding!r}")


# --- detection ---------------------------------------------------------------

# Latin-1 letters that ordinary Unicode Vietnamese uses; everything else in
# U+00A1–U+00FF is evidence of mojibake.
_VN_LATIN1 = set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
# Letters only Unicode Vietnamese has (ă đ ơ ư and the U+1EA0 block).
_VN_UNICODE = re.compile("[ĂăĐđƠơƯư\u1ea0-\u1ef9]")
# A "word" for detection: ASCII letters and anything in U+00A1–U+00FF (TCVN3
# puts letters on «, », ×, ÷, the soft hyphen…).
_WORD = re.compile(r"[A-Za-z\u00a1-\u00ff]+")
_HIGH = re.compile(r"[\u00a1-\u00ff]")
_TCVN3_EVIDENCE = set(_TCVN3_TO_UNI) - _VN_LATIN1
_VNI_SINGLE_EVIDENCE = {c for c in "".join(_VNI_TO_UNI) if "\xa0" < c <= "\xff"} - _VN_LATIN1

_MIN_WORDS = 3
_MIN_SCORE = 0.8


def _score(words: list[str], encoding: str) -> tuple[float, int]:
    """(share of words that convert to Vietnamese syllables, evidence count)."""
    good = evidence = 0
    for w in words:
        if encoding == "tcvn3":
            conv = w.translate(_TCVN3_TABLE)
            evidence += sum(1 for c in w if c in _TCVN3_EVIDENCE)
        else:
            conv = _VNI_RE.sub(lambda m: _VNI_TO_UNI[m.group(0)], w)
            evidence += sum(1 for m in _VNI_RE.finditer(w) if len(m.group(0)) > 1)
            evidence += sum(1 for c in w if c in _VNI_SINGLE_EVIDENCE)
        conv = _nfc(conv)
        if not _HIGH.search(conv.translate(_VN_KEEP)) and is_vietnamese_syllable(conv):
            good += 1
    return (good / len(words) if words else 0.0), evidence


# After conversion a word may keep Latin-1 letters that Vietnamese uses (á, ô…);
# anything else left over means the conversion did not account for it.
_VN_KEEP = {ord(c): None for c in _VN_LATIN1}


def detect_legacy(text: str) -> str | None:
    """"tcvn3" or "vni" when ``text`` reads like that encoding's mojibake, else None.

    Never flags normal Unicode Vietnamese or English. VIQR is not guessed.
    """
    if not text:
        return None
    words = [w for w in _WORD.findall(text) if _HIGH.search(w)]
    if len(words) < _MIN_WORDS:
        return None
    vn_unicode = len(_VN_UNICODE.findall(text))
    high = sum(len(_HIGH.findall(w)) for w in words)
    if vn_unicode > 0.1 * high:
        return None  # real Unicode Vietnamese (perhaps with a stray symbol)
    # Words that are only Vietnamese-style Latin-1 letters ("cá", "bán") say
    # nothing either way once the text has no Vietnamese-only letters.
    best, best_score = None, 0.0
    for enc in ("tcvn3", "vni"):
        score, evidence = _score(words, enc)
        if evidence >= max(2, len(words) // 4) and score >= _MIN_SCORE and score > best_score:
            best, best_score = enc, score
    return best
