"""Topic leads: the generated first paragraph of a topic page, kept ready.

A lead reads a topic's dozen most recent stories and ranks their sentences
(`summarize.topic_lead`): tens of milliseconds, too slow to do on every page
view. It changes only when the store changes or the day turns (dates are
written relative to the page's day), so:

* a lead is stamped with what it was made from: the topic's most recent
  stories and when each story row was last written, the day and the length;
* an ingest of ``SAVE_MIN_ARTICLES`` or more writes the leads of the topics
  it touched into the store (`save_topic_leads`); a smaller one does not
  (a lead costs 10–50 ms: adding one article must stay cheap), and the
  first reader after it computes them;
* a reader uses that copy when its stamp still holds, else computes the
  lead once and keeps it in this process (`topic_lead`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import OrderedDict
from collections.abc import Iterable

from bantin.pipeline import summarize
from bantin.settings import Settings
from bantin.store.db import Store

CACHE_SIZE = 512  # leads kept in a reading process
SAVE_MIN_ARTICLES = 100  # new or updated articles for an ingest to write leads
_CACHE: OrderedDict[tuple, list[dict]] = OrderedDict()


def _state_name(slug: str) -> str:
    return f"topic-lead:{slug}"


STORIES = 12  # recent stories a lead is drawn from
# Part of every stamp: raised when `summarize.topic_lead` picks differently,
# so leads stored by an older version are made again.
VERSION = 2
REPORTS = 10  # most recent reports read per story


def _sources(store: Store, ids: list[str]) -> list[list]:
    """[story id, updated_at, reports, last seen] of the stories a lead
    reads: any change to them rewrites their rows, so this says when a lead
    is stale."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {r[0]: list(r) for r in store.conn.execute(
        f"SELECT id, updated_at, n_articles, last_seen FROM stories WHERE id IN ({marks})", ids)}
    return [rows.get(i, [i]) for i in ids]


def compute(store: Store, slug: str, settings: Settings, today: dt.date,
            ids: list[str] | None = None) -> list[dict]:
    """The lead of one topic from its most recent stories (``ids``, when the
    caller has them), as span dicts with ``text`` and the date ``edits``
    made relative to ``today``."""
    if ids is None:
        ids = store.topic_story_ids(slug, limit=STORIES)
    inputs = [summarize.StoryInput(story_id=s["id"],
                                   articles=store.recent_story_articles(s["id"], REPORTS),
                                   last_seen=s["last_seen"])
              for s in store.stories(ids)]
    if not inputs:
        return []
    sentences = summarize.topic_lead(inputs, today=today,
                                     max_sentences=settings.topic_lead_sentences)
    # A lead sentence quotes its first span, which carries the provenance;
    # "edits" say which dates were rewritten relative to the page's date.
    return [{**s.spans[0].to_dict(), "text": s.text, "edits": [list(e) for e in s.edits]}
            for s in sentences]


def _stamp(store: Store, ids: list[str], today: dt.date, settings: Settings) -> list:
    return [_sources(store, ids), today.isoformat(), settings.topic_lead_sentences, VERSION]


def topic_lead(store: Store, slug: str, settings: Settings, today: dt.date) -> list[dict]:
    """The lead of ``slug`` for a page dated ``today``: cached, else the
    store's copy when still current, else computed."""
    ids = store.topic_story_ids(slug, limit=STORIES)
    stamp = _stamp(store, ids, today, settings)
    key = (store.key, slug, json.dumps(stamp))
    lead = _CACHE.get(key)
    if lead is None:
        saved = store.get_state(_state_name(slug))
        doc = json.loads(saved) if saved else None
        lead = doc["lead"] if doc and doc.get("stamp") == stamp else \
            compute(store, slug, settings, today, ids)
        _CACHE[key] = lead
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(key)
    return [dict(x) for x in lead]  # callers may annotate their copy


def save_topic_leads(store: Store, slugs: Iterable[str], settings: Settings,
                     today: dt.date | None = None) -> int:
    """Compute and store the leads of ``slugs`` (in one transaction, for
    ``today``); returns how many."""
    today = today or dt.date.today()
    slugs = sorted(set(slugs))
    if not slugs:
        return 0
    with store.transaction():
        for slug in slugs:
            ids = store.topic_story_ids(slug, limit=STORIES)
            doc = {"stamp": _stamp(store, ids, today, settings),
                   "lead": compute(store, slug, settings, today, ids)}
            store.save_state(_state_name(slug), json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    return len(slugs)
