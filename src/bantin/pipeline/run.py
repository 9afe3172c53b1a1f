"""The orchestrator: the order of the stages, and the store at the edges.

`ingest` runs, for each batch of articles read from the sources:

1. **prepare**: clean, normalize, content-derived id and hash (`prepare`).
2. **known**: ask the store which ids exist; unchanged articles stop here
   (re-ingesting the same input changes nothing).
3. **dedupe**: exact and near duplicates of earlier articles (`dedupe`).
4. **stories**: place the article in an existing or a new story (`stories`).
5. **topics**: source tags, keyword queries and the classifier (`topics`).
6. **briefs**: the 1–3 sentence extractive brief (`summarize.brief`).
7. **entities**: provinces, agencies, people, laws, dates, amounts (`entities`).
8. **write**: one transaction: articles, topics, search index, then the
   affected stories (headline, lead, conflicts) and the stage state.

Stages 3–7 are pure functions of the article (and the stage's own index);
only this module and `bantin.store` touch the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from bantin.models import Article, Span, Topic
from bantin.pipeline import dedupe as dedupe_stage
from bantin.pipeline import entities as entities_stage
from bantin.pipeline import facts as facts_stage
from bantin.pipeline import stories as stories_stage
from bantin.pipeline import summarize
from bantin.pipeline import topics as topics_stage
from bantin.pipeline.prepare import prepare
from bantin.settings import Settings
from bantin.sources import SourceError
from bantin.store.db import ArticleRow, Store, StoryRow
from bantin.text.normalize import slugify
from bantin.text.segment import sentence_spans

DEDUPE_STATE = "dedupe-v1"
STORIES_STATE = "stories-v1"


@dataclass
class IngestReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)
    topics: set[str] = field(default_factory=set)

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged

    def summary(self) -> str:
        parts = [f"{self.new} new", f"{self.updated} updated", f"{self.unchanged} unchanged"]
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicates of earlier reports")
        if self.errors:
            parts.append(f"{len(self.errors)} failed")
        return ", ".join(parts)

    def to_dict(self) -> dict:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged,
                "duplicates": self.duplicates, "failed": len(self.errors),
                "errors": self.errors, "topics": sorted(self.topics)}


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


class Pipeline:
    """The stages with their state, loaded from a store once per ingest."""

    def __init__(self, store: Store, settings: Settings):
        self.store = store
        self.settings = settings
        blob = store.get_state(DEDUPE_STATE)
        self.dedupe = dedupe_stage.DedupeIndex.from_bytes(blob) if blob else \
            dedupe_stage.DedupeIndex()
        blob = store.get_state(STORIES_STATE)
        self.stories = stories_stage.StoryIndex.from_bytes(blob) if blob else \
            stories_stage.StoryIndex()
        self.topics = topics_stage.load_topics(settings.topics_file or None)
        self.model = stored_model(store) if settings.topics_auto else None

    def process(self, a: Article, updated: bool, story_id: str | None) -> ArticleRow:
        """Stages 3–7 for one prepared article."""
        dup = None
        if story_id is None:
            dup = self.dedupe.add(a)
            story_id = self.stories.assign(a).story_id
        matches: list[tuple[str, float, str]] = [
            (slugify(t), 1.0, f"source: {a.origin or 'tag'}") for t in a.tags
        ]
        if self.settings.topics_auto:
            tagged = {m[0] for m in matches}
            matches += [
                (m.slug, m.score, m.reason)
                for m in topics_stage.assign_topics(a, self.topics, self.model)
                if m.slug not in tagged
            ]
        brief = summarize.brief(
            a, max_words=self.settings.brief_max_words,
            max_sentences=self.settings.brief_max_sentences,
        )
        ents = entities_stage.extract_entities(a.text) if self.settings.entities else []
        return ArticleRow(
            article=a, story_id=story_id, duplicate_of=dup.of if dup else None, brief=brief,
            topics=matches, entities=ents, updated=updated,
        )

    def story_row(self, story_id: str) -> StoryRow | None:
        """Headline, dates, sources, lead and conflicts of a story, from the store."""
        ids = self.store.story_article_ids(story_id)
        if not ids:
            return None
        recent = ids[-self.settings.story_lead_max_reports:]
        articles = self.store.articles(recent)
        rows = {r["id"]: r for r in self.store.story_articles(story_id)}
        times = [rows[i]["published_at"] or rows[i]["ingested_at"] for i in ids]
        sources = {rows[i]["source"] or rows[i]["author"] or "" for i in ids}
        head_id = stories_stage.headline(articles) if len(articles) > 1 else articles[0].id
        head = next(a for a in articles if a.id == head_id)
        if len(articles) == 1:
            summary = single_summary(head, self.settings)
            conflicts: list[dict] = []
        else:
            summary = summarize.story_lead(articles, target_words=self.settings.story_lead_words)
            conflicts = [c.to_dict() for c in facts_stage.find_conflicts(articles)]
        return StoryRow(
            id=story_id, headline=display_title(head), headline_article=head.id,
            first_seen=min(times), last_seen=max(times), n_articles=len(ids),
            n_sources=len(sources), summary=summary, conflicts=conflicts,
        )

    def state(self) -> dict[str, bytes]:
        return {DEDUPE_STATE: self.dedupe.to_bytes(), STORIES_STATE: self.stories.to_bytes()}


MODEL_STATE = "category-model"


def stored_model(store: Store):
    """The category classifier trained with `bantin topics train`, if any."""
    path = store.get_state(MODEL_STATE)
    if not path:
        return None
    from bantin.pipeline import classifier

    return classifier.load_model(path.decode("utf-8"))


def single_summary(a: Article, settings: Settings) -> list[Span]:
    """A one-report story is summarized by its published lead when it has one
    (quoted whole, as the outlet wrote it), else by its brief."""
    if a.lead:
        return [Span(a.id, 0, len(a.lead), a.lead, field="lead")]
    return summarize.brief(a, max_words=settings.brief_max_words,
                           max_sentences=settings.brief_max_sentences)


def display_title(a: Article) -> str:
    """The title, or for an untitled report (a digest item) its first sentence."""
    if a.title:
        return a.title
    spans = sentence_spans(a.text)
    return a.text[spans[0][0]:spans[0][1]] if spans else a.text[:120]


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    store: Store,
    items: Iterable[Article | Topic | SourceError],
    settings: Settings | None = None,
    *,
    on_error: Callable[[str], None] | None = None,
    progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Run the pipeline over the items of one or more sources; see the module doc."""
    settings = settings or Settings()
    report = IngestReport()
    pipe = Pipeline(store, settings)
    with store.transaction():
        # Topics must exist before articles link to them.
        store.upsert_topics(pipe.topics, now_iso())
    for batch in _batches(items, settings.batch_size):
        _ingest_batch(pipe, batch, report, on_error)
        if progress:
            progress(report)
    return report


def _ingest_batch(pipe: Pipeline, batch: list, report: IngestReport,
                  on_error: Callable[[str], None] | None) -> None:
    store, now = pipe.store, now_iso()
    topics: dict[str, Topic] = {}
    articles: dict[str, Article] = {}
    for item in batch:
        if isinstance(item, SourceError):
            report.errors.append(str(item))
            if on_error:
                on_error(str(item))
        elif isinstance(item, Topic):
            topics[item.slug] = item
        else:
            a = prepare(item)
            if not a.title and not a.text:
                msg = f"{a.origin or '<input>'}: article has no title and no text"
                report.errors.append(msg)
                if on_error:
                    on_error(msg)
                continue
            for tag in a.tags:
                topics.setdefault(slugify(tag), Topic(slug=slugify(tag), name=tag))
            articles[a.id] = a  # the same article twice in a batch counts once
    known = store.known(list(articles))
    rows: list[ArticleRow] = []
    retag: list[tuple[str, str, float, str, int | None]] = []
    existing_story: dict[str, str] = {}
    for a in articles.values():
        old_hash = known.get(a.id)
        if old_hash == a.content_hash:
            report.unchanged += 1
            retag += [(a.id, slugify(t), 1.0, f"source: {a.origin or 'tag'}", a.rank)
                      for t in a.tags]
            continue
        if old_hash is not None:
            report.updated += 1
            row = store.article_row(a.id)
            existing_story[a.id] = row["story_id"] if row else None
        else:
            report.new += 1
    with store.transaction():
        store.upsert_topics(topics.values(), now)
        for a in articles.values():
            if a.id in known and known[a.id] == a.content_hash:
                continue
            row = pipe.process(a, updated=a.id in existing_story,
                               story_id=existing_story.get(a.id))
            if row.duplicate_of:
                report.duplicates += 1
            rows.append(row)
        store.write_articles(rows, now)
        store.link_topics(retag)
        affected = {r.story_id for r in rows if r.story_id}
        affected |= {s for s in (store.article_row(x[0])["story_id"] for x in retag) if s}
        store.write_stories(
            [s for s in (pipe.story_row(sid) for sid in sorted(affected)) if s], now
        )
        for name, blob in pipe.state().items():
            store.save_state(name, blob)
    report.topics |= set(topics)
