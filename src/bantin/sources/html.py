"""One news article page → `Article`.

Main text, title, author and site name come from trafilatura. Two things it
gets wrong on Vietnamese news sites are fixed here:

* **The date.** Site headers show today's date ("Thứ Bảy, 22/11/2026") and
  sidebars list other stories' dates; a generic date finder may take either.
  The article's own date is taken, in order, from: its meta tags
  (``article:published_time``, ``itemprop=datePublished``, ``pubdate``…),
  JSON-LD ``NewsArticle.datePublished``; a time/date/byline element in the
  article region (the element that holds both the headline and the body,
  minus nav/header/footer/sidebar/related boxes), with Vietnamese date formats
  ("Thứ hai, 14/7/2025, 08:30 (GMT+7)"); then htmldate with
  ``original_date=True`` and no extensive search.
* **The byline at the end.** Vietnamese articles sign off with a short last
  paragraph: "Minh Anh", "NGUYỄN VĂN A", "Theo Linh (VnExpress)". It is
  removed from the text and used as the author when the page names none.

Times without a zone in Vietnamese bylines are Vietnam time (+07:00).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from htmldate import find_date
from lxml import etree

from bantin.models import Article
from bantin.sources.errors import SourceError
from bantin.sources.fetch import Fetched, decode, fetch
from bantin.text.legacy import detect_legacy, from_legacy

__all__ = [
    "HTML_TYPES",
    "html_to_text",
    "parse_vietnamese_date",
    "read_html",
    "read_url",
    "split_trailing_byline",
]

HTML_TYPES = ("text/html", "application/xhtml+xml")
VN_OFFSET = "+07:00"


# --- dates -------------------------------------------------------------------

_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_YMD = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_WORDY = re.compile(
    r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*|\s+)(\d{4})", re.IGNORECASE
)
_HM = re.compile(r"(?<![\d/.:-])(\d{1,2})\s*[:hH]\s*(\d{2})(?:\s*:\s*(\d{2}))?(?![\d/])")
_TZ = re.compile(r"(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)
_ISO_TZ = re.compile(r"[+-]\d{2}:?\d{2}$|Z$")


def _valid_ymd(y: int, m: int, d: int) -> bool:
    if not 1990 <= y <= 2100:
        return False
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def parse_vietnamese_date(text: str, *, default_tz: str = VN_OFFSET) -> str | None:
    """The first date in a Vietnamese byline, as ISO 8601.

    "Thứ hai, 14/7/2025, 08:30 (GMT+7)" → "2025-07-14T08:30:00+07:00";
    "14/07/2025 08:30" → "2025-07-14T08:30:00+07:00"; "ngày 5 tháng 3 năm
    2025" → "2025-03-05". A time found next to the date is kept; with no
    "GMT+x" the time is taken as ``default_tz``.
    """
    if not text:
        return None
    text = " ".join(text.split())
    m = _DMY.search(text)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _WORDY.search(text) or None
        if m:
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            m = _YMD.search(text)
            if not m:
                return None
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not _valid_ymd(y, mo, d):
        return None
    day = f"{y:04d}-{mo:02d}-{d:02d}"
    # A time within a few characters before or after the date.
    window = text[max(0, m.start() - 25): m.end() + 25]
    hm = None
    for cand in _HM.finditer(window):
        h, mi = int(cand.group(1)), int(cand.group(2))
        if h < 24 and mi < 60:
            hm = (h, mi, int(cand.group(3) or 0))
            break
    if hm is None:
        return day
    tz = default_tz
    z = _TZ.search(text)
    if z:
        sign, hh, mm = z.group(1), int(z.group(2)), int(z.group(3) or 0)
        tz = f"{sign}{hh:02d}:{mm:02d}"
    return f"{day}T{hm[0]:02d}:{hm[1]:02d}:{hm[2]:02d}{tz}"


def _iso(value: str | None) -> str | None:
    """A machine date (meta tag, JSON-LD, ``datetime`` attribute) as ISO 8601."""
    if not value:
        return None
    value = value.strip()
    try:
        dt = datetime.fromisoformat(value.replace(" ", "T", 1) if re.match(
            r"\d{4}-\d{2}-\d{2} \d", value) else value)
    except ValueError:
        return parse_vietnamese_date(value)
    if not _valid_ymd(dt.year, dt.month, dt.day):
        return None
    if len(value) <= 10:
        return dt.date().isoformat()
    out = dt.isoformat()
    if dt.tzinfo is not None and out.endswith("+00:00") and value.endswith("Z"):
        out = out[:-6] + "Z"
    return out


_META_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
)
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenews", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "webpage", "liveblogposting"}


def _meta_date(tree) -> str | None:
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = el.get("content")
        if key in _META_DATE_KEYS and value and key not in found:
            found[key] = value
        ip = (el.get("itemprop") or "").strip().lower()
        if ip == "datepublished" and value and "datepublished" not in found:
            found["datepublished"] = value
    for key in _META_DATE_KEYS:
        iso = _iso(found.get(key))
        if iso:
            return iso
    # itemprop="datePublished" on a <time> element
    for el in tree.xpath('//*[translate(@itemprop,"DP","dp")="datepublished"]'):
        iso = _iso(el.get("datetime") or el.get("content")) or parse_vietnamese_date(
            el.text_content()
        )
        if iso:
            return iso
    return _jsonld_date(tree)


def _walk_jsonld(node) -> Iterable[dict]:
    if isinstance(node, list):
        for x in node:
            yield from _walk_jsonld(x)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if key in node:
                yield from _walk_jsonld(node[key])


def _jsonld_date(tree) -> str | None:
    best = None
    for script in tree.xpath('//script[contains(translate(@type,"LDJSON","ldjson"),"ld+json")]'):
        raw = script.text or ""
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        for obj in _walk_jsonld(data):
            types = obj.get("@type")
            types = types if isinstance(types, list) else [types]
            kinds = {str(t).lower() for t in types if t}
            if not kinds & _ARTICLE_TYPES:
                continue
            iso = _iso(obj.get("datePublished")) or _iso(obj.get("dateCreated"))
            if iso and (best is None or "webpage" not in kinds):
                best = iso
                if "webpage" not in kinds:
                    return best
    return best


# Elements that hold other things than the article: menus, sidebars,
# related-story boxes, footers, the page header.
_OUTSIDE_TAGS = {"nav", "aside", "footer", "form", "menu"}
_OUTSIDE_CLASS = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|sidebar-?2|side-?bar|aside|footer|widget|banner|"
    r"breadcrumbs?|related|relate|most|box-?news|list-?news|item-?news|tin-?lien-?quan|"
    r"tin-?moi|xem-?nhieu|comment|ads?|advert|tags?|weather|clock|today|top-?bar|topbar)"
    r"($|[\s_-])",
    re.IGNORECASE,
)
# "header" is ambiguous: the site's header (logo, menu, today's date) or the
# article's own header (breadcrumb, date, headline). The site's has a menu.
_HEADER_CLASS = re.compile(r"(^|[\s_-])(header|masthead)($|[\s_-])", re.IGNORECASE)
_DATE_CLASS = re.compile(r"date|time|publish|posted|byline|meta|ngay|info|author", re.IGNORECASE)


def _classes(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _site_header(node) -> bool:
    if node.tag != "header" and not _HEADER_CLASS.search(_classes(node)):
        return False
    return bool(node.xpath(".//nav|.//ul[count(li)>=4]")) or len(node.xpath(".//a")) >= 5


def _is_outside(el, region, keep) -> bool:
    """True when ``el`` sits in a menu/sidebar/related box/site header inside
    ``region`` that does not hold the headline or body (``keep``)."""
    node = el
    while node is not None and node is not region:
        if not any(_contains(node, k) for k in keep):
            if node.tag in _OUTSIDE_TAGS or _OUTSIDE_CLASS.search(_classes(node)):
                return True
            if _site_header(node):
                return True
            if node.tag in ("article", "li") and node is not el:
                return True  # a teaser of another story
        node = node.getparent()
    return False


def _contains(parent, child) -> bool:
    node = child
    while node is not None:
        if node is parent:
            return True
        node = node.getparent()
    return False


def _body_element(tree):
    """The element with the most paragraph text: the article body."""
    best, best_len = None, 0
    counts: dict = {}
    for p in tree.iter("p"):
        n = len(" ".join(p.text_content().split()))
        if n < 40:
            continue
        parent = p.getparent()
        if parent is not None:
            counts[parent] = counts.get(parent, 0) + n
    for el, n in counts.items():
        if n > best_len:
            best, best_len = el, n
    return best


def _headline(tree, title: str | None):
    h1s = tree.xpath("//h1")
    if not h1s:
        return None
    if title:
        want = " ".join(title.split()).lower()
        for h in h1s:
            got = " ".join(h.text_content().split()).lower()
            if got and (got in want or want in got):
                return h
    return h1s[0] if len(h1s) == 1 else None


def _region(body, headline):
    if body is None:
        return headline
    if headline is None:
        return body
    node = body
    while node is not None and not _contains(node, headline):
        node = node.getparent()
    return node if node is not None else body


def _byline_date(tree, title: str | None) -> str | None:
    body = _body_element(tree)
    headline = _headline(tree, title)
    region = _region(body, headline)
    if region is None:
        return None
    keep = [x for x in (body, headline) if x is not None]
    for el in region.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        if el.tag == "time":
            iso = _iso(el.get("datetime")) or parse_vietnamese_date(el.text_content())
        elif el.tag != "p" and _DATE_CLASS.search(_classes(el)) and len(el) <= 6:
            text = el.text_content()
            iso = parse_vietnamese_date(text) if len(text) < 200 else None
        else:
            continue
        if iso and not _is_outside(el, region, keep):
            return iso
    return None


def _pruned_for_dates(tree, title: str | None):
    """A copy of the page without menus, site header, sidebars, related boxes
    and footer (those that hold neither the headline nor the body)."""
    tree = lxml.html.document_fromstring(lxml.html.tostring(tree))
    body = _body_element(tree)
    headline = _headline(tree, title)
    keep = [x for x in (body, headline) if x is not None]
    drop = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "head", "meta"):
            continue
        if any(_contains(el, k) for k in keep):
            continue
        if (el.tag in _OUTSIDE_TAGS or el.tag == "header"
                or _OUTSIDE_CLASS.search(_classes(el)) or _site_header(el)):
            drop.append(el)
    for el in drop:
        if el.getparent() is not None and not any(_contains(d, el) for d in drop if d is not el):
            el.drop_tree()
    return tree


def _htmldate(tree, title: str | None, url: str | None) -> str | None:
    try:
        found = find_date(
            _pruned_for_dates(tree, title),
            url=url,
            extensive_search=False,
            original_date=True,
            max_date=date.today().isoformat(),
        )
    except Exception:  # noqa: BLE001  (htmldate is defensive but not infallible)
        return None
    return _iso(found)


# --- bylines -----------------------------------------------------------------

_UPPER = "A-ZÀ-ỸĐ"
_NAME_WORD = rf"[{_UPPER}][\w'’.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}"
_BYLINE = re.compile(
    rf"^(?:(?:Theo|Bài(?: và ảnh)?|Tin(?:,? ảnh)?|Ghi chép|Nhóm phóng viên)[:\s]\s*)?"
    rf"(?P<name>{_NAME}(?:\s*[-–,&/]\s*{_NAME})*"
    r"(?:\s*\((?P<credit>[^()]{2,40})\))?)$"
)
_PHOTO = re.compile(r"^(Ảnh|Video|Đồ họa|Đồ hoạ|Nguồn|Clip)\s*:", re.IGNORECASE)
# A caption that ends with its photo credit: "Nông dân thu hoạch xoài - Ảnh: Thanh Tùng".
_CAPTION = re.compile(r"(^|[.\-–—|]\s*|\()(Ảnh|Video|Đồ họa|Đồ hoạ|Clip)\s*:\s*[^.:]{1,60}\)?\.?$")
_NOT_NAMES = {"việt nam", "hà nội", "tp hcm", "tp.hcm", "kết luận", "xem thêm",
              "tin liên quan", "đọc thêm", "video", "ảnh"}


def _byline_name(line: str) -> str | None:
    line = " ".join(line.split()).strip(" .")
    if not line or len(line) > 70 or _PHOTO.match(line):
        return None
    m = _BYLINE.match(line)
    if not m:
        return None
    name = m.group("name")
    words = re.sub(r"\([^)]*\)", " ", name).split()
    prefixed = line != name
    if line.lower() in _NOT_NAMES:
        return None
    if len(words) < 2 and not prefixed:
        return None  # one capitalized word is too weak
    if any(ch.isdigit() for ch in name):
        return None
    return name


def split_trailing_byline(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """Remove a signature paragraph at the end; return (paragraphs, author).

    Photo credits ("Ảnh: …") after the signature are dropped too.
    """
    paras = list(paragraphs)
    while paras and _PHOTO.match(paras[-1].strip()) and len(paras[-1]) < 120:
        paras.pop()
    if len(paras) >= 2:
        name = _byline_name(paras[-1])
        if name:
            return paras[:-1], name
    return paras, None


# --- text ----------------------------------------------------------------------

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
           "table", "tr", "section", "article", "figure", "figcaption", "pre", "dd", "dt", "hr"}


def html_to_text(fragment: str) -> str:
    """An HTML fragment (feed content, a summary) → plain paragraphs joined by a blank line."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment and "&" not in fragment:
        return "\n\n".join(p for p in (" ".join(x.split()) for x in fragment.split("\n\n")) if p)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return " ".join(fragment.split())
    for bad in root.xpath(".//script|.//style|.//noscript|.//iframe"):
        bad.drop_tree()
    parts: list[str] = []
    buf: list[str] = []

    def flush():
        text = " ".join("".join(buf).split())
        if text:
            parts.append(text)
        buf.clear()

    def walk(el):
        if not isinstance(el.tag, str):  # comment, processing instruction
            if el.tail:
                buf.append(el.tail)
            return
        block = el.tag in _BLOCKS
        if block:
            flush()
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            buf.append(el.tail)

    if root.text:
        buf.append(root.text)
    for child in root:
        walk(child)
    flush()
    return "\n\n".join(parts)


# Photo captions are not article text.
_PRUNE = [
    "//figcaption",
    '//*[contains(translate(@class,"CAPTION","caption"),"caption")]',
    '//*[@class="Image" or contains(@class," Image") or @type="Photo"]//p',
]


def _is_caption(p: str) -> bool:
    return len(p) < 250 and bool(_PHOTO.match(p) or _CAPTION.search(p))


_LEAD_CLASS = re.compile(r"(^|[\s_-])(sapo|description|lead|summary|chapeau|detail-sapo)($|[\s_-])",
                         re.IGNORECASE)


def _lead(tree, body_text: str, title: str, description: str | None) -> str | None:
    """The sapo: an element marked as such near the headline, else the meta
    description when it is not just the start of the text."""
    body_el = _body_element(tree)
    region = _region(body_el, _headline(tree, title))
    if region is not None:
        for el in region.iter():
            if not isinstance(el.tag, str) or el.tag in ("meta", "script", "style"):
                continue
            if _LEAD_CLASS.search(_classes(el)) and (body_el is None or not _contains(el, body_el)):
                text = " ".join(el.text_content().split())
                if 20 <= len(text) <= 800:
                    return text
    description = " ".join((description or "").split())
    if len(description) >= 20 and description[:60] not in body_text:
        return description
    return None


def _paragraphs(text: str) -> list[str]:
    return [p for p in (" ".join(x.split()) for x in text.split("\n")) if p]


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def _as_text(html: str | bytes, encoding: str | None) -> str:
    if isinstance(html, bytes):
        return decode(html, encoding)
    return html


def read_html(
    html: str | bytes,
    url: str | None = None,
    origin: str | None = None,
    *,
    encoding: str | None = None,
) -> Article:
    """Read one article page. ``encoding`` is the charset the server declared
    (bytes only). Raises `SourceError` ("no article text found") for a page
    without article text."""
    where = origin or url or "<html>"
    text_in = _as_text(html, encoding)
    if not text_in.strip():
        raise SourceError(where, "no article text found (empty page)")
    try:
        tree = lxml.html.document_fromstring(text_in)
    except (etree.ParserError, ValueError) as e:
        raise SourceError(where, f"no article text found (unparseable HTML: {e})") from None
    today = date.today().isoformat()
    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            favor_precision=True,
            prune_xpath=_PRUNE,
            date_extraction_params={
                "original_date": True,
                "extensive_search": False,
                "max_date": today,
            },
        )
    except Exception as e:  # noqa: BLE001  (trafilatura raises assorted errors)
        raise SourceError(where, f"no article text found ({type(e).__name__})") from None
    # trafilatura may modify the tree; parse again for our own look-ups.
    tree = lxml.html.document_fromstring(text_in)
    if doc is None or not (doc.text or "").strip():
        raise SourceError(where, "no article text found")
    title = (doc.title or "").strip()
    paras = [p for p in _paragraphs(doc.text) if not _is_caption(p)]
    if paras and title and " ".join(paras[0].split()).lower() == " ".join(title.split()).lower():
        paras = paras[1:]  # the headline repeated as the first line
    paras, signed = split_trailing_byline(paras)
    if not paras:
        raise SourceError(where, "no article text found")
    body = "\n\n".join(paras)
    if sum(ch.isalpha() for ch in body) < 20:
        raise SourceError(where, "no article text found (too little text)")
    legacy = detect_legacy(f"{title}\n{body}")
    if legacy:
        title, body = from_legacy(title, legacy), from_legacy(body, legacy)
        signed = from_legacy(signed, legacy) if signed else None
    author = (doc.author or "").strip() or signed
    lead = _lead(tree, body, title, doc.description)
    if lead and legacy:
        lead = from_legacy(lead, legacy)
    published = (
        _meta_date(tree) or _byline_date(tree, title) or _htmldate(tree, title, url or doc.url)
    )
    page_url = url or doc.url
    return Article(
        title=title or paras[0][:120],
        text=body,
        url=page_url,
        source=(doc.sitename or "").strip() or _domain(page_url),
        author=author or None,
        published_at=published,
        lead=lead,
        origin=origin or url,
    )


def read_url(
    url: str, *, fetcher: Callable[..., Fetched] = fetch, origin: str | None = None
) -> Article:
    """Fetch one article page and read it; `SourceError` when it is not HTML."""
    got = fetcher(url)
    if got.content_type and got.content_type not in HTML_TYPES:
        raise SourceError(origin or url, f"not an HTML page ({got.content_type})")
    return read_html(got.content, url=got.url, origin=origin or url, encoding=got.encoding)
