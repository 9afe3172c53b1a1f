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
    authors = list(dict.fromkeys(a["author"] for a in articles if a["author"]))
    item = {
        "story_id": story["id"],
        "headline": story["headline"],
        "headline_is_title": bool(head["title"]),
        "summary": _summary_text(story["summary"]),
        "summary_spans": story["summary"],
        "url": head["url"],
        "source": head["source"],
        "author": head["author"],
        "sources": sources,
        "authors": authors,
        "date": _date(story["last_seen"]),
        "first_seen": story["first_seen"],
        "last_seen": story["last_seen"],
        "n_articles": story["n_articles"],
        "n_sources": story["n_sources"],
        "conflicts": story["conflicts"],
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
    return [summarize.as_dict(x) for x in sentences]


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
