"""The data of every page, built once from the store.

Each function returns a plain dict; the HTML templates, the JSON twins, the
Markdown and the digest writers all render that same dict, so the formats
cannot drift apart.
"""

from __future__ import annotations

from bantin.settings import Settings
from bantin.store.db import Store


class NotFound(LookupError):
    pass


def _date(iso: str | None) -> str | None:
    return iso[:10] if iso else None


def _summary_text(spans: list[dict]) -> str:
    return " ".join(s["text"].strip() for s in spans)


def story_item(store: Store, story: dict, *, with_articles: bool = True) -> dict:
    """One story as a topic page shows it: headline, summary, sources, bylines, date."""
    articles = store.story_articles(story["id"])
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
        "lead": _summary_text(story["lead"] or story["summary"]),
        "lead_spans": story["lead"] or story["summary"],
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
                              or a.get("title") or side.get("article_id")})
        out.append({**c, "sides": sides})
    return out


def topic_page(store: Store, topic: str, settings: Settings | None = None, *,
               limit: int | None = None, offset: int = 0) -> dict:
    """A topic page: the lead paragraph, then its stories newest first."""
    settings = settings or Settings()
    t = store.find_topic(topic)
    if t is None:
        raise NotFound(f"no topic {topic!r} (see `bantin topics`)")
    ids = store.topic_story_ids(t["slug"], limit=limit or settings.page_size, offset=offset)
    items = [story_item(store, s) for s in store.stories(ids)]
    lead, lead_spans, lead_kind = t["lead"], [], "published"
    if not lead:
        lead_spans = topic_lead(store, t["slug"], settings)
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
        "entities": store.top_entities(ids),
    }


def topic_lead(store: Store, slug: str, settings: Settings) -> list[dict]:
    """A generated lead from the topic's most recent stories."""
    from bantin.pipeline import summarize

    ids = store.topic_story_ids(slug, limit=12)
    inputs = []
    for s in store.stories(ids):
        art_ids = store.story_article_ids(s["id"])[-10:]
        inputs.append(summarize.StoryInput(story_id=s["id"], articles=store.articles(art_ids),
                                           last_seen=s["last_seen"]))
    if not inputs:
        return []
    sentences = summarize.topic_lead(inputs, max_sentences=settings.topic_lead_sentences)
    # A lead sentence quotes its first span; the span carries the provenance.
    return [{**s.spans[0].to_dict(), "text": s.text} for s in sentences]


def home_page(store: Store) -> dict:
    return {"topics": [t for t in store.list_topics()], "articles": store.count_articles()}


def story_page(store: Store, story_id: str) -> dict:
    stories = store.stories([story_id])
    if not stories:
        raise NotFound(f"no story {story_id!r}")
    return story_item(store, stories[0])


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


def search_page(store: Store, q: str, *, limit: int = 20, offset: int = 0) -> dict:
    results = store.search(q, limit=limit, offset=offset) if q.strip() else []
    for r in results:
        r.pop("text", None)
    return {"q": q, "results": results, "offset": offset}
