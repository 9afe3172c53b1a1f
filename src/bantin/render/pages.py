"""The data of every page, built once from the store.

Each function returns a plain dict; the HTML templates, the JSON twins, the
Markdown and the digest writers all render that same dict, so the formats
cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bantin.pipeline import leads
from bantin.settings import Settings
from bantin.store.db import Store
from bantin.text.normalize import fold, fold_in_place, normalize, slugify


class NotFound(LookupError):
    pass


def _date(iso: str | None) -> str | None:
    return iso[:10] if iso else None


def _summary_text(spans: list[dict]) -> str:
    return " ".join(s["text"].strip() for s in spans)


# --- entity filters ----------------------------------------------------------
#
# One grammar for every query box (web search, topic pages, `bantin search`):
# "chuyen doi so tinh:dien-bien van-ban:179/2025/nd-cp". A filter is a
# Vietnamese prefix (diacritics optional: "tỉnh:" is "tinh:"), a colon and an
# entity key; a value may be quoted ('tinh:"Điện Biên"') and is normalized to
# the key form (slug; legal keys keep their slashes). Words with any other
# prefix ("10:30", "http://…") stay plain text.

FILTER_PREFIXES = {
    "tinh": "province",
    "van-ban": "legal",
    "co-quan": "agency",
    "to-chuc": "organization",
    "nguoi": "person",
}
PREFIX_OF = {kind: prefix for prefix, kind in FILTER_PREFIXES.items()}

KIND_LABELS = {
    "province": "Tỉnh, thành phố",
    "agency": "Cơ quan",
    "organization": "Tổ chức",
    "person": "Người",
    "legal": "Văn bản",
    "date": "Ngày",
    "amount": "Số tiền",
    "percent": "Phần trăm",
    "ratio": "Tỷ lệ",
}

_TOKEN = re.compile(r'"[^"]*(?:"|$)|([^\s":]+):("[^"]*(?:"|$)|[^\s"]*)|[^\s"]+')


def entity_key(kind: str, value: str) -> str:
    """A filter value as the store's key: "Điện-Biên" → "dien-bien",
    "179/2025/NĐ-CP" → "179/2025/nd-cp"."""
    if kind == "legal":
        words = fold(normalize(value)).split()
        # "Nghị định 179/2025/NĐ-CP": a numbered document's key is its number.
        coded = [w for w in words if "/" in w and any(ch.isdigit() for ch in w)]
        v = coded[-1] if coded else "-".join(words)
        return re.sub(r"[^a-z0-9/\-]+", "", v).strip("-/")
    return slugify(value)


def parse_filters(q: str) -> tuple[str, list[tuple[str, str]]]:
    """A query → (its plain text, [(kind, key), …] of its entity filters).

    >>> parse_filters("chuyen doi so tinh:dien-bien")
    ('chuyen doi so', [('province', 'dien-bien')])
    """
    text: list[str] = []
    filters: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(q or ""):
        prefix, value = m.group(1), m.group(2)
        kind = FILTER_PREFIXES.get(fold(prefix)) if prefix else None
        key = entity_key(kind, value.strip('"')) if kind and value else ""
        if key:
            if (kind, key) not in filters:
                filters.append((kind, key))
        else:
            text.append(m.group(0))
    return " ".join(text), filters


def format_filter(kind: str, key: str) -> str | None:
    """(kind, key) → its query form, "tinh:dien-bien"; None for kinds with no prefix."""
    prefix = PREFIX_OF.get(kind)
    return f"{prefix}:{key}" if prefix else None


def _filter_chips(store: Store, filters: Sequence[tuple[str, str]]) -> list[dict]:
    """The active filters as the pages show them: name (None when the store
    has never seen the entity), query form and entity page."""
    out = []
    for kind, key in filters:
        e = store.entity(kind, key, forms=0)
        out.append({"kind": kind, "key": key, "name": e["name"] if e else None,
                    "filter": format_filter(kind, key), "url": entity_url(kind, key)})
    return out


def entity_url(kind: str, key: str) -> str:
    return f"/entities/{kind}/{key}"


def story_item(store: Store, story: dict, *, with_articles: bool = True,
               entities: list[dict] | None = None) -> dict:
    """One story as a topic page shows it: headline, summary, sources, bylines,
    date, and its top entities (looked up unless the caller batched them)."""
    articles = store.story_articles(story["id"], with_text=False)
    head = next((a for a in articles if a["id"] == story["headline_article"]), articles[0])
    sources = list(dict.fromkeys(a["source"] for a in articles if a["source"]))
    published = [a["published_at"] for a in articles if a["published_at"]]
    summary = _summary_text(story["summary"])
    # An untitled report (a digest item) is headed by its first sentence: show
    # the rest under it rather than the same sentence twice.
    rest = summary
    if not head["title"] and summary.startswith(story["headline"]):
        rest = summary[len(story["headline"]):].strip()
    authors = list(dict.fromkeys(a["author"] for a in articles if a["author"]))
    item = {
        "story_id": story["id"],
        "headline": story["headline"],
        "headline_is_title": bool(head["title"]),
        "summary": summary,
        "summary_rest": rest,
        "summary_spans": story["summary"],
        # An accepted abstractive rewrite (off by default); the spans above
        # stay its provenance.
        "rewrite": story.get("rewrite"),
        "url": head["url"],
        "source": head["source"],
        "author": head["author"],
        "sources": sources,
        "authors": authors,
        # Only a publication date is shown; undated reports sort by when
        # bantin learned of them but show no date.
        "date": _date(max(published)) if published else None,
        "first_seen": story["first_seen"],
        "last_seen": story["last_seen"],
        "n_articles": story["n_articles"],
        "n_sources": story["n_sources"],
        "conflicts": _conflicts(story["conflicts"], articles),
        "entities": (entities if entities is not None
                     else store.story_entities([story["id"]], k=STORY_ENTITIES)[story["id"]]),
    }
    if with_articles:
        item["articles"] = [
            {k: a[k] for k in ("id", "title", "url", "source", "author", "published_at")}
            | {"date": _date(a["published_at"] or a["ingested_at"]),
               "duplicate_of": a["duplicate_of"],
               "brief": _summary_text(a["brief"])}
            for a in articles
        ]
    return item


STORY_ENTITIES = 8  # top entities shown per story


def _items(store: Store, ids: Sequence[str]) -> list[dict]:
    """Story items for these ids (in order), entities looked up in one query."""
    ents = store.story_entities(ids, k=STORY_ENTITIES)
    return [story_item(store, s, entities=ents[s["id"]]) for s in store.stories(ids)]


TOP_ENTITIES = 12  # entities shown at the head of a topic or filter page


def top_entities(items: Sequence[dict], k: int = TOP_ENTITIES) -> list[dict]:
    """The entities most reported across these story items: the sum of the
    articles mentioning each, over the stories whose top entities it is in
    (the stories' own lists, not another pass over every mention)."""
    total: dict[tuple[str, str], dict] = {}
    for it in items:
        for e in it.get("entities") or []:
            t = total.setdefault((e["kind"], e["key"]), {**e, "n": 0})
            t["n"] += e["n"]
            t["name"] = min(t["name"], e["name"])
    return sorted(total.values(), key=lambda e: (-e["n"], e["name"]))[:k]


def _origin_label(origin: str | None) -> str:
    """Where an untitled, unsourced report came from, shortly: the input's
    file name and the item ("trang.txt:item 3"), not its whole path."""
    return origin.replace("\\", "/").rsplit("/", 1)[-1] if origin else ""


def _conflicts(conflicts: list[dict], articles: list[dict]) -> list[dict]:
    """Each conflict with its two sides named by outlet (or author)."""
    by_id = {a["id"]: a for a in articles}
    out = []
    for c in conflicts:
        sides = []
        for side in (c.get("a"), c.get("b")):
            if side:
                a = by_id.get(side.get("article_id"), {})
                sides.append({**side, "source": a.get("source") or a.get("author")
                              or a.get("title") or _origin_label(a.get("origin"))
                              or side.get("article_id")})
        # conflicts stored before subjects kept their written form show the key
        out.append({**c, "subject_name": c.get("subject_name") or c.get("subject", ""),
                    "sides": sides})
    return out


def topic_page(store: Store, topic: str, settings: Settings | None = None, *,
               limit: int | None = None, offset: int = 0, filter: str = "",
               today: dt.date | None = None) -> dict:
    """A topic page: the lead paragraph, then its stories newest first.

    ``filter`` takes the query grammar of `parse_filters`
    ("tinh:dien-bien van-ban:215/2026/nd-cp"): only the stories with an
    article mentioning every entity are listed. Plain words do not filter a
    topic page; they come back in ``filter.ignored``.
    """
    settings = settings or Settings()
    t = store.find_topic(topic)
    if t is None:
        raise NotFound(f"no topic {topic!r} (see `bantin topics`)")
    ignored, filters = parse_filters(filter)
    ids = store.topic_story_ids(t["slug"], limit=limit or settings.page_size, offset=offset,
                                entities=filters)
    items = _items(store, ids)
    lead, lead_spans, lead_kind = t["lead"], [], "published"
    if not lead:
        lead_spans = topic_lead(store, t["slug"], settings, today or dt.date.today())
        lead = _summary_text(lead_spans)
        lead_kind = "generated"
    return {
        "topic": {"slug": t["slug"], "name": t["name"], "description": t["description"],
                  "query": t["query"], "parent": t["parent"]},
        "lead": lead or "",
        "lead_kind": lead_kind,
        "lead_spans": lead_spans,
        "items": items,
        "offset": offset,
        "entities": top_entities(items),
        "filter": {"q": filter, "entities": _filter_chips(store, filters), "ignored": ignored},
    }


def topic_lead(store: Store, slug: str, settings: Settings,
               today: dt.date | None = None) -> list[dict]:
    """A generated lead from the topic's most recent stories; dates near
    ``today`` (the page's date) read as "hôm qua", "sáng nay"…"""
    return leads.topic_lead(store, slug, settings, today or dt.date.today())


# The home page counts every topic's articles and stories: cached until the
# next write to the store (one entry per store).
_HOME: dict[str, tuple[int, dict]] = {}


def home_page(store: Store) -> dict:
    """The topics, busiest first, each with its newest story's headline."""
    version = store.data_version()
    hit = _HOME.get(store.key)
    if hit is None or hit[0] != version:
        topics = store.list_topics()
        for t in topics:
            newest = store.stories(store.topic_story_ids(t["slug"], limit=1)) \
                if t["n_stories"] else []
            t["latest"] = ({"story_id": newest[0]["id"], "headline": newest[0]["headline"]}
                           if newest else None)
        hit = _HOME[store.key] = (version, {"topics": topics,
                                        "articles": store.count_articles()})
    return {"topics": [dict(t) for t in hit[1]["topics"]], "articles": hit[1]["articles"]}


def story_page(store: Store, story_id: str, settings: Settings | None = None) -> dict:
    """A story with all its reports and its longer lead (~200 syllables),
    written here from its most recent reports: only a story page needs it."""
    from bantin.pipeline import summarize

    settings = settings or Settings()
    stories = store.stories([story_id])
    if not stories:
        raise NotFound(f"no story {story_id!r}")
    item = story_item(store, stories[0])
    item["lead_spans"] = item["summary_spans"]
    if item["n_articles"] > 1:
        recent = store.recent_story_articles(story_id, settings.story_lead_max_reports)
        spans = summarize.story_lead(recent,
                                     target_words=settings.story_lead_words or None)
        item["lead_spans"] = [x.to_dict() for x in spans]
    item["lead"] = _summary_text(item["lead_spans"])
    return item


def entity_page(store: Store, kind: str, key: str, settings: Settings | None = None, *,
                limit: int | None = None, offset: int = 0) -> dict:
    """Every story that mentions an entity, newest first, with the entity's
    name and how the articles wrote it. ``kind`` may also be a filter prefix
    ("tinh" for "province"); ``key`` is normalized as a filter value is."""
    settings = settings or Settings()
    kind = FILTER_PREFIXES.get(fold(kind), kind)
    if kind not in KIND_LABELS:
        raise NotFound(f"no entity kind {kind!r} (one of {', '.join(KIND_LABELS)})")
    e = store.entity(kind, key) or store.entity(kind, entity_key(kind, key))
    if e is None:
        raise NotFound(f"no {kind} {key!r} is mentioned in the store")
    limit = limit or settings.page_size
    ids = store.entity_story_ids(kind, e["key"], limit=limit + 1, offset=offset)
    more = len(ids) > limit
    ids = ids[:limit]
    return {
        "entity": {**e, "kind_label": KIND_LABELS[kind],
                   "filter": format_filter(kind, e["key"]), "url": entity_url(kind, e["key"])},
        "items": _items(store, ids),
        "offset": offset,
        "limit": limit,
        "next_offset": offset + limit if more else None,
    }


def article_page(store: Store, article_id: str) -> dict:
    row = store.article_row(article_id)
    if row is None:
        raise NotFound(f"no article {article_id!r}")
    from bantin.store.db import article_dict

    a = article_dict(row)
    a["topics"] = store.article_topics(article_id)
    a["entities"] = store.article_entities(article_id)
    a["paragraphs"] = [p for p in (a["text"] or "").split("\n") if p.strip()]
    return a


SNIPPET_CHARS = 160


def snippet(text: str, words: list[str], width: int = SNIPPET_CHARS) -> str | None:
    """An excerpt of the published text around the first of ``words``
    (folded), with the matched words in [brackets]."""
    folded = fold_in_place(text)
    hits = [(m.start(), m.end()) for w in words
            for m in re.finditer(r"\b" + re.escape(w) + r"\b", folded)]
    if not hits:
        return None
    first = min(hits)[0]
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    out, pos = [], start
    for a, b in sorted(h for h in hits if start <= h[0] and h[1] <= end):
        if a < pos:
            continue
        out += [text[pos:a], "[", text[a:b], "]"]
        pos = b
    out.append(text[pos:end])
    return ("…" if start > 0 else "") + "".join(out).replace("\n", " ") + \
        ("…" if end < len(text) else "")


def search_page(store: Store, q: str, *, limit: int = 20, offset: int = 0) -> dict:
    """Search results for a query in the `parse_filters` grammar: the words
    are matched diacritic-insensitively, and the entity filters keep only
    the articles that mention every one of them."""
    text, filters = parse_filters(q)
    results = store.search(text, limit=limit, offset=offset, entities=filters) \
        if text.strip() or filters else []
    ents = store.articles_entities([r["id"] for r in results])
    words = [w for w in fold(text).replace('"', " ").split() if w]
    for r in results:
        body = r.pop("text", None) or ""
        if words:
            r["snippet"] = snippet(body, words) or r.get("snippet")
        r["entities"] = ents[r["id"]]
    return {"q": q, "text": text, "filters": _filter_chips(store, filters),
            "results": results, "offset": offset}
