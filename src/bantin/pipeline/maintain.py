"""Maintenance of a store: topics applied again after definitions change,
topics defined or removed, a classifier kept, stories rebuilt from scratch.

Thin over `bantin.pipeline.run`, whose stages and indexes these reuse.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bantin.models import Topic
from bantin.pipeline import dedupe as dedupe_stage
from bantin.pipeline import topics as topics_stage
from bantin.pipeline.run import (
    MODEL_STATE,
    Pipeline,
    default_topics_file,
    now_iso,
    user_topics_file,
)
from bantin.settings import Settings
from bantin.store.db import Store


def save_model(store: Store, model) -> Path:
    """Keep a trained classifier beside the store and make ingest use it."""
    folder = Path(f"{store.path}.models")
    folder.mkdir(exist_ok=True)
    path = model.save(folder / model.filename)
    with store.transaction():
        store.save_state(MODEL_STATE, str(Path(path).resolve()).encode("utf-8"))
    return Path(path)



def apply_topics(store: Store, settings: Settings | None = None,
                 progress: Callable[[str], None] | None = None) -> dict:
    """Recompute topic membership of every article after topic definitions
    changed (`bantin topics apply`). Source tags (digest pages, feeds) stay."""
    settings = settings or Settings()
    pipe = Pipeline(store, settings)
    now = now_iso()
    changed = 0
    with store.transaction():
        store.upsert_topics(pipe.topics, now)
        tagged = store.reset_computed_topics()
        links = []
        for a in store.iter_articles():
            keep = tagged.get(a.id, set())
            for m in topics_stage.assign_topics(a, pipe.topic_index, pipe.model):
                if m.slug not in keep:
                    links.append((a.id, m.slug, m.score, m.reason, None))
            if len(links) > 5000:
                store.link_topics(links)
                changed += len(links)
                links = []
        store.link_topics(links)
        changed += len(links)
        story_ids = store.refresh_story_topics(now)
    if progress:
        progress(f"{changed} topic links over {len(story_ids)} stories")
    return {"links": changed, "stories": len(story_ids), "topics": len(pipe.topics)}


def restory(store: Store, settings: Settings | None = None,
            progress: Callable[[str], None] | None = None) -> dict:
    """Rebuild every story from scratch (`bantin restory`).

    Duplicates and stories are recomputed by replaying all articles, in the
    order they arrived, through fresh indexes, which later ingests continue
    from. Returns how closely the rebuilt stories agree with the previous
    ones (B-cubed of one labelling against the other).
    """
    from bantin.eval.metrics import bcubed

    settings = settings or Settings()
    say = progress or (lambda _m: None)
    before = store.story_labels()
    now = now_iso()
    with store.writer(), Pipeline(store, settings) as pipe:
        pipe.reset_indexes()
        labels: dict[str, str] = {}
        duplicates: dict[str, str | None] = {}
        n = 0
        for a in store.iter_articles():
            sig = dedupe_stage.signature(a)
            dup = pipe.dedupe.add_signature(a.id, sig) if sig else None
            duplicates[a.id] = dup.of if dup else None
            placed = pipe.stories.assign(a, duplicate_of=duplicates[a.id])
            labels[a.id] = placed.story_id
            for gone in placed.merged:
                pipe.merges[gone] = placed.story_id
            n += 1
            if n % 10_000 == 0:
                say(f"{n} articles replayed")
        pipe.bind_exact_keys()
        merges = pipe.take_merges()
        labels = {aid: merges.get(sid, sid) for aid, sid in labels.items()}
        with store.transaction():
            store.replace_stories(labels, duplicates)
            rows = [pipe.story_row(sid, {}) for sid in sorted(set(labels.values()))]
            store.write_stories([r for r in rows if r], now)
        pipe.written()
        pipe.refresh_stale(say)
        pipe.save_indexes(force=True)
    return {
        "articles": len(labels),
        "stories_before": len(set(before.values())),
        "stories_after": len(set(labels.values())),
        "agreement_bcubed": bcubed(labels, before) if before else None,
    }


class TopicDefinitionError(ValueError):
    """A topic that cannot be defined; the message says why."""


def _user_topics(store: Store, settings: Settings) -> tuple[Path, list[Topic]]:
    """The user's topics file (where `define_topic` writes) and its topics."""
    path = user_topics_file(store, settings) or default_topics_file(store)
    if not path.exists():
        return path, []
    return path, topics_stage.parse_topics(path.read_text(encoding="utf-8"), str(path))


def define_topic(store: Store, settings: Settings, topic: Topic) -> dict:
    """Add or replace a user topic (in the user's topics file), then recompute
    membership. Raises TopicDefinitionError for a bad query."""
    from bantin.pipeline import query as query_lang

    if not topic.name.strip():
        raise TopicDefinitionError("a topic needs a name")
    if topic.query:
        try:
            query_lang.parse(topic.query)
        except query_lang.QueryError as e:
            raise TopicDefinitionError(f"query: {e}") from None
    path, mine = _user_topics(store, settings)
    mine = [t for t in mine if t.slug != topic.slug] + [topic]
    path.write_text(topics_stage.dump_topics(mine), encoding="utf-8")
    result = apply_topics(store, settings)
    return {"slug": topic.slug, "file": str(path), **result}


def remove_topic(store: Store, settings: Settings, slug: str) -> dict:
    """Remove a user topic and its computed links; built-in topics stay."""
    path, mine = _user_topics(store, settings)
    if not any(t.slug == slug for t in mine):
        raise TopicDefinitionError(f"{slug!r} is not a user topic in {path}")
    path.write_text(topics_stage.dump_topics([t for t in mine if t.slug != slug]),
                    encoding="utf-8")
    builtin = {t.slug for t in topics_stage.load_topics(None)}
    if slug not in builtin:
        with store.transaction():
            store.delete_topic(slug)
    return {"slug": slug, **apply_topics(store, settings)}
