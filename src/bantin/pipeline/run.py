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
8. **write**: one transaction per batch: articles, topics, entities, search
   index and the affected stories' rows.

Then, once per ingest: stories that gained reports get their summary,
headline and conflicting facts (`refresh_stale`), and the stage indexes are
snapshotted when enough has changed (`save_indexes`).

Stage 1 and the article-only parts of 3–7 run in a worker pool; placement
(3–4) and writing run here. The two are pipelined: the workers analyze the
next batch while this process places and writes the current one. The stages
are pure functions of the article (and the stage's own index); only this
module and `bantin.store` touch the database. Maintenance operations
(restory, topics apply/define) are in `bantin.pipeline.maintain`.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bantin.models import Article, Span, Topic
from bantin.pipeline import dedupe as dedupe_stage
from bantin.pipeline import entities as entities_stage
from bantin.pipeline import facts as facts_stage
from bantin.pipeline import leads, memo, summarize
from bantin.pipeline import rewrite as rewrite_stage
from bantin.pipeline import stories as stories_stage
from bantin.pipeline import topics as topics_stage
from bantin.pipeline.prepare import prepare
from bantin.settings import Settings
from bantin.sources import SourceError
from bantin.store.db import ArticleRow, Store, StoryRow, row_to_article, search_fields
from bantin.text.normalize import slugify
from bantin.text.segment import sentence_spans

DEDUPE_STATE = "dedupe-v1"
STORIES_STATE = "stories-v1"
INDEX_SEQ = "index-seq"  # the last article seq the saved indexes hold
STALE_CHUNK = 256  # stale stories summarized per transaction
SNAPSHOT_EVERY = 1000  # articles between index snapshots: a cold start replays at most
#   this many (~2 ms each) instead of rewriting the whole snapshot every ingest


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


@dataclass(slots=True)
class Analysis:
    """What the stages that need only the article itself found."""

    article: Article
    signature: dedupe_stage.Signature | None
    brief: list[Span]
    entities: list[tuple]  # `Entity.row()` of each entity: what the store writes
    topics: list[tuple[str, float, str]]  # slug, score, reason
    search: tuple[str, str]  # folded title and body for the search index
    story_terms: stories_stage.Terms  # the article-only half of story placement


class Analyzer:
    """Stages 3–7 as far as they need only the article: the dedupe
    signature, the story terms, topics, brief and entities. Pure, so batches of it run in
    worker processes while the main process places articles and writes."""

    def __init__(self, settings: Settings, topic_index, model):
        self.settings = settings
        self.topic_index = topic_index
        self.model = model

    def analyze(self, articles: list[Article]) -> list[Analysis]:
        s = self.settings
        auto = (topics_stage.assign_topics_batch(articles, self.topic_index, self.model)
                if s.topics_auto else [[] for _ in articles])
        out = []
        for a, found in zip(articles, auto):
            tags = [(slugify(t), 1.0, f"source: {a.origin or 'tag'}") for t in a.tags]
            tagged = {t[0] for t in tags}
            out.append(Analysis(
                article=a,
                signature=dedupe_stage.signature(a),
                brief=brief_of(a, s),
                entities=([e.row() for e in entities_stage.extract_entities(a.text)]
                          if s.entities else []),
                topics=tags + [(m.slug, m.score, m.reason) for m in found
                               if m.slug not in tagged],
                search=search_fields(a),
                story_terms=stories_stage.article_terms(a),
            ))
        return out


# Worker processes get the analyzer by fork, not by pickling it each call.
_ANALYZER: Analyzer | None = None


def _set_analyzer(analyzer: Analyzer) -> None:
    global _ANALYZER
    _ANALYZER = analyzer


def _analyze_chunk(articles: list[Article]) -> list[Analysis]:
    assert _ANALYZER is not None
    out = _ANALYZER.analyze(articles)
    for x in out:  # the caller has the article: don't pickle its texts back
        x.article = None  # type: ignore[assignment]
    return out


def _chunks(items: list, workers: int) -> list[list]:
    size = -(-len(items) // (workers * 4))
    return [items[i:i + size] for i in range(0, len(items), size)]


def _prepare_chunk(articles: list[Article]) -> list[Article]:
    return [prepare(a) for a in articles]


@dataclass(slots=True)
class StorySummary:
    """What a story with several reports shows: computed from its reports."""

    headline: str
    headline_article: str
    summary: list[Span]
    conflicts: list[dict]
    texts: list[str]  # the reports' texts, what a rewrite must stay within


def summarize_story(articles: list[Article], settings: Settings) -> StorySummary:
    """Headline (the most central title), a 1–3 sentence summary across the
    reports, and the facts on which they disagree."""
    head_id = stories_stage.headline(articles)
    head = next(a for a in articles if a.id == head_id)
    return StorySummary(
        headline=display_title(head), headline_article=head.id,
        summary=summarize.story_lead(articles, target_words=settings.brief_max_words),
        conflicts=[c.to_dict() for c in facts_stage.find_conflicts(articles)],
        texts=[a.text for a in articles],
    )


def _summarize_chunk(jobs: list[tuple[str, list[dict]]]) -> list[StorySummary]:
    """Summaries of (story id, its recent article rows) jobs, in a worker."""
    assert _ANALYZER is not None
    return _summarize_rows(jobs, _ANALYZER.settings)


def _summarize_rows(jobs: list[tuple[str, list[dict]]], settings: Settings) -> list[StorySummary]:
    return [summarize_story([row_to_article(r) for r in rows], settings) for _, rows in jobs]


@dataclass
class _Live:
    """A store's stage indexes as this process holds them."""

    dedupe: dedupe_stage.DedupeIndex
    stories: stories_stage.StoryIndex
    seq: int  # the last article seq they hold
    snapshot_seq: int  # the last seq of the snapshot saved in the store


# Kept across ingests in one process (a server, a watcher, a benchmark), so
# adding one article does not reload the indexes; checked against the store
# each time and topped up from the articles other processes wrote.
_LIVE: dict[str, _Live] = {}


def forget_indexes(store: Store) -> None:
    """Drop this process's copy of a store's indexes (the next ingest loads
    the snapshot and replays what came after it)."""
    _LIVE.pop(store.key, None)


class Pipeline:
    """The stages of one ingest with their indexes and worker pool."""

    # Below this many articles a batch is analyzed in-process: a pool's
    # round trip costs more than it saves.
    MIN_PARALLEL = 64

    def __init__(self, store: Store, settings: Settings):
        self.store = store
        self.settings = settings
        self.topics = topics_stage.load_topics(user_topics_file(store, settings))
        self.topic_index = topics_stage.compile_topics(self.topics)
        self.model = stored_model(store) if settings.topics_auto else None
        self.analyzer = Analyzer(settings, self.topic_index, self.model)
        self.rewriter = rewrite_stage.client_from_settings(settings)
        self.merges: dict[str, str] = {}  # story folded away -> the story it joined
        self.touched_topics: set[str] = set()  # topics whose stories changed: their leads
        self._pool = None
        self._dedupe: dedupe_stage.DedupeIndex | None = None
        self._stories: stories_stage.StoryIndex | None = None
        self._live: _Live | None = None

    # --- the stateful indexes ---------------------------------------------------
    #
    # The dedupe and story indexes are saved as snapshots, with the seq of the
    # last article they hold. Loading replays any article stored after it
    # (a snapshot is written once per ingest, not per batch, so a batch costs
    # the same however large the indexes are; an ingest cut short is caught
    # up on the next start).

    @property
    def dedupe(self) -> dedupe_stage.DedupeIndex:
        if self._dedupe is None:
            self._load_indexes()
        assert self._dedupe is not None
        return self._dedupe

    @property
    def stories(self) -> stories_stage.StoryIndex:
        if self._stories is None:
            self._load_indexes()
        assert self._stories is not None
        return self._stories

    def reset_indexes(self) -> None:
        """Start from empty indexes (the caller replays every article, then
        calls `bind_exact_keys`: the replay keeps every exact key in memory,
        as rows written before migration 7 have none in the store)."""
        live = _LIVE[self.store.key] = _Live(
            dedupe_stage.DedupeIndex(), stories_stage.StoryIndex(), 0, 0)
        self._dedupe, self._stories, self._live = live.dedupe, live.stories, live

    def _load_indexes(self) -> None:
        live = _LIVE.get(self.store.key)
        last = self.store.next_seq() - 1
        if live is None or live.seq > last:  # none yet, or a different store file now
            live = _LIVE[self.store.key] = self._read_snapshot()
        self._dedupe, self._stories, self._live = live.dedupe, live.stories, live
        self.bind_exact_keys()
        # Articles stored after what the indexes hold: since the snapshot, or
        # by another process since this one last wrote.
        replayed = []
        for a, duplicate_of in self.store.articles_after(live.seq):
            sig = dedupe_stage.signature(a)
            if sig:
                live.dedupe.add_signature(a.id, sig)
                replayed.append((dedupe_stage.exact_int(sig.exact), a.id))
            placed = live.stories.assign(a, duplicate_of=duplicate_of)
            for gone in placed.merged:  # applied to the store with the next batch
                self.merges[gone] = placed.story_id
        if replayed:  # written before the store kept exact keys, or by another process
            self.store.set_exact_keys(replayed)
        live.seq = last

    def bind_exact_keys(self) -> None:
        """Exact keys outside the dedupe window are looked up in this store.
        An index that kept them all (a snapshot from before migration 7, a
        replay) hands them to the store once and keeps its window's only."""
        store, dedupe = self.store, self.dedupe

        def lookup(key: bytes) -> str | None:
            return store.first_with_exact_key(dedupe_stage.exact_int(key))

        if dedupe.exact_lookup is None:
            items = [] if dedupe.keys_stored else dedupe.exact_items()
            if items:
                store.set_exact_keys([(dedupe_stage.exact_int(k), i) for k, i in items])
                if self._live is not None:  # the next snapshot drops the keys it held
                    self._live.snapshot_seq = -SNAPSHOT_EVERY
            dedupe.use_lookup(lookup)
        else:
            dedupe.exact_lookup = lookup  # this process's current connection

    def _read_snapshot(self) -> _Live:
        seq_blob = self.store.get_state(INDEX_SEQ)
        dedupe_blob = self.store.get_state(DEDUPE_STATE)
        stories_blob = self.store.get_state(STORIES_STATE)
        if seq_blob and dedupe_blob and stories_blob:
            seq = int(seq_blob)
            return _Live(dedupe_stage.DedupeIndex.from_bytes(dedupe_blob),
                         stories_stage.StoryIndex.from_bytes(stories_blob), seq, seq)
        return _Live(dedupe_stage.DedupeIndex(), stories_stage.StoryIndex(), 0, 0)

    def written(self) -> None:
        """The last batch is stored: the indexes hold everything up to it."""
        if self._live is not None:
            self._live.seq = self.store.next_seq() - 1

    def save_indexes(self, force: bool = False) -> None:
        """Snapshot the indexes (in their own transaction) when enough has
        changed since the last snapshot: a cold start replays the rest."""
        live = self._live
        if live is None or (not force and live.seq - live.snapshot_seq < SNAPSHOT_EVERY):
            return
        with self.store.transaction():
            self.store.save_state(DEDUPE_STATE, live.dedupe.to_bytes())
            self.store.save_state(STORIES_STATE, live.stories.to_bytes())
            self.store.save_state(INDEX_SEQ, str(live.seq).encode())
        live.snapshot_seq = live.seq

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None

    def _workers_for(self, n: int) -> int | None:
        """How many workers to split ``n`` items over, or None to stay in-process
        (one worker configured, or too few items for a pool round trip)."""
        workers = self.settings.workers or os.cpu_count() or 1
        return None if workers <= 1 or n < self.MIN_PARALLEL else workers

    def _map_async(self, fn, local, items: list) -> Callable[[], list]:
        """``fn`` over chunks of ``items`` in the worker pool (in order), or
        ``local`` in-process; the returned function waits for the result."""
        workers = self._workers_for(len(items))
        if workers is None:
            done = local(items)
            return lambda: done
        pending = self._pool_for(workers).map_async(fn, _chunks(items, workers))
        return lambda: [x for part in pending.get() for x in part]

    def _pool_for(self, workers: int):
        if self._pool is None:
            _set_analyzer(self.analyzer)
            # Loaded once here and shared by fork, not once per worker (~1.5 s
            # each): the workers need it for story headlines.
            stories_stage.background_df()
            self._pool = multiprocessing.get_context("fork").Pool(workers, initializer=memo.disable)
        return self._pool

    def prepare_async(self, articles: list[Article]) -> Callable[[], list[Article]]:
        return self._map_async(_prepare_chunk, _prepare_chunk, articles)

    def analyze_async(self, articles: list[Article]) -> Callable[[], list[Analysis]]:
        """Start analyzing in the pool; the returned function waits for it."""
        pending = self._map_async(_analyze_chunk, self.analyzer.analyze, articles)

        def done() -> list[Analysis]:
            out = pending()
            for a, x in zip(articles, out):
                x.article = a
            return out
        return done

    def place(self, x: Analysis, updated: bool, story_id: str | None) -> ArticleRow:
        """The stateful part of stages 3–4: duplicates and the story."""
        a, dup = x.article, None
        if story_id is None:
            dup = self.dedupe.add_signature(a.id, x.signature) if x.signature else None
            placed = self.stories.assign(a, duplicate_of=dup.of if dup else None,
                                         terms=x.story_terms)
            story_id = placed.story_id
            for gone in placed.merged:
                self.merges[gone] = story_id
        return ArticleRow(
            article=a, story_id=story_id, duplicate_of=dup.of if dup else None,
            brief=x.brief, topics=x.topics, entities=x.entities, updated=updated,
            search=x.search,
            exact_key=dedupe_stage.exact_int(x.signature.exact) if x.signature else None,
        )

    def take_merges(self) -> dict[str, str]:
        """Stories folded into others since the last call, each mapped to the
        story it finally belongs to (merges can chain)."""
        out = {}
        for gone in self.merges:
            target = self.merges[gone]
            while target in self.merges:
                target = self.merges[target]
            out[gone] = target
        self.merges = {}
        return out

    def story_row(self, story_id: str, fresh: dict[str, ArticleRow],
                  summarized: StorySummary | None = None) -> StoryRow | None:
        """A story's row: headline, dates, sources, summary and conflicts.

        A one-report story is summarized at once (cheap). A story with more
        reports gets its counts and dates now and keeps the summary it had,
        marked stale: `refresh_stale` rewrites it once at the end of the
        ingest rather than at every batch that adds to it; ``summarized``
        is that result. ``fresh``: the rows of this batch by article id (their
        articles and briefs need no read back).
        """
        meta = self.store.story_article_meta(story_id)
        if not meta:
            return None
        times = [m["published_at"] or m["ingested_at"] for m in meta]
        sources = {m["source"] or m["author"] or "" for m in meta}
        row = StoryRow(id=story_id, headline="", headline_article=None,
                       first_seen=min(times), last_seen=max(times), n_articles=len(meta),
                       n_sources=len(sources))
        if len(meta) == 1 or summarized is None:
            old = self.store.stories([story_id]) if len(meta) > 1 else []
            if old:
                o = old[0]
                row.headline, row.headline_article = o["headline"], o["headline_article"]
                row.summary = [Span(**x) for x in o["summary"]]
                row.conflicts, row.rewrite = o["conflicts"], o["rewrite"]
            else:
                new = fresh.get(meta[0]["id"])
                first = new.article if new else self.store.articles([meta[0]["id"]])[0]
                row.headline, row.headline_article = display_title(first), first.id
                # a new report's brief was written by the workers already
                row.summary = (new.brief if new and not first.lead
                               else single_summary(first, self.settings))
            row.stale = len(meta) > 1
            return row
        row.headline, row.headline_article = summarized.headline, summarized.headline_article
        row.summary, row.conflicts = summarized.summary, summarized.conflicts
        if self.rewriter is not None:
            r = rewrite_stage.rewrite(row.summary, summarized.texts, self.rewriter,
                                      purpose=f"story {story_id}")
            row.rewrite = r.text if r.abstractive else None
        return row

    def refresh_stale(self, progress: Callable[[str], None] | None = None) -> int:
        """Summarize every stale story (in the worker pool); returns how many.

        Stale flags live in the store, so an ingest cut short leaves them for
        the next one to finish. Chunks are pipelined: the pool summarizes one
        while this process reads the next and writes the one before."""
        done, after = 0, ""
        running: tuple[list[str], Callable[[], list[StorySummary]]] | None = None
        while True:
            ids = self.store.stale_story_ids(STALE_CHUNK, after=after)
            nxt = None
            if ids:
                after = ids[-1]
                jobs = [(sid, self.store.recent_story_rows(
                    sid, self.settings.story_lead_max_reports)) for sid in ids]
                nxt = (ids, self._map_async(_summarize_chunk, self._summarize_local, jobs))
            if running is not None:
                self._write_summaries(*running)
                done += len(running[0])
                if progress:
                    progress(f"{done} stories summarized")
            if nxt is None:
                return done
            running = nxt

    def _write_summaries(self, ids: list[str],
                         results: Callable[[], list[StorySummary]]) -> None:
        summaries = results()
        now = now_iso()
        with self.store.transaction():
            rows = [self.story_row(sid, {}, res) for sid, res in zip(ids, summaries)]
            # the same reports as at their batch: only the summary is new
            self.store.write_stories([r for r in rows if r], now, members_changed=False)
            self.store.drop_stories([sid for sid, r in zip(ids, rows) if r is None])

    def _summarize_local(self, jobs: list[tuple[str, list[dict]]]) -> list[StorySummary]:
        return _summarize_rows(jobs, self.settings)


MODEL_STATE = "category-model"


def user_topics_file(store: Store, settings: Settings) -> Path | None:
    """The user's topics: the `topics_file` setting, else ``<db>.topics.toml``
    when it exists (where `bantin topics add` writes)."""
    if settings.topics_file:
        return Path(settings.topics_file)
    beside = default_topics_file(store)
    return beside if beside.exists() else None


def default_topics_file(store: Store) -> Path:
    return Path(f"{store.path}.topics.toml")


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
    return brief_of(a, settings)


def brief_of(a: Article, settings: Settings) -> list[Span]:
    """The article's brief, at the lengths the settings ask for."""
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
    with store.writer(), Pipeline(store, settings) as pipe:
        with store.transaction():
            # Topics must exist before articles link to them.
            store.upsert_topics(pipe.topics, now_iso())
        def fail(msg: str) -> None:
            report.errors.append(msg)
            if on_error:
                on_error(msg)

        # Pipelined three deep: while the main process places and writes
        # batch N, the workers analyze batch N+1 and prepare batch N+2.
        read: _Read | None = None
        staged: _Staged | None = None

        def finish() -> None:
            if staged is not None:
                _finish_batch(pipe, staged, report)
                if progress:
                    progress(report)

        try:
            for batch in _batches(items, settings.batch_size):
                nxt = _read_batch(pipe, batch, fail)  # prepare N+2 starts
                ahead = _stage_batch(pipe, read, report, fail) if read else None  # analyze N+1
                finish()  # place and write N
                staged, read = ahead, nxt
            finish()
            staged = _stage_batch(pipe, read, report, fail) if read else None
            finish()
        except BaseException:
            # The indexes may hold articles whose batch was rolled back.
            forget_indexes(store)
            raise
        pipe.refresh_stale()
        if report.new + report.updated >= leads.SAVE_MIN_ARTICLES:
            leads.save_topic_leads(store, pipe.touched_topics, settings)
        pipe.save_indexes()
    return report


@dataclass
class _Staged:
    """A batch read, prepared and sorted, its analysis running in the pool."""

    topics: dict[str, Topic]
    todo: list[Article]
    retag: list[tuple[str, str, float, str, int | None]]
    existing_story: dict[str, str | None]
    analyses: Callable[[], list[Analysis]]


@dataclass
class _Read:
    """A batch read from the sources, its articles being prepared."""

    topics: dict[str, Topic]
    prepared: Callable[[], list[Article]]


def _read_batch(pipe: Pipeline, batch: list, fail: Callable[[str], None]) -> _Read:
    """Stage 1, started: sort the items and prepare the articles in the pool."""
    topics: dict[str, Topic] = {}
    raw: list[Article] = []
    for item in batch:
        if isinstance(item, SourceError):
            fail(str(item))
        elif isinstance(item, Topic):
            topics[item.slug] = item
        else:
            raw.append(item)
    return _Read(topics, pipe.prepare_async(raw))


def _stage_batch(pipe: Pipeline, read: _Read, report: IngestReport,
                 fail: Callable[[str], None]) -> _Staged:
    """Stage 2 and the start of 3–7: what needs no placement."""
    store, topics = pipe.store, read.topics
    articles: dict[str, Article] = {}
    for a in read.prepared():
        if not a.title and not a.text:
            fail(f"{a.origin or '<input>'}: article has no title and no text")
            continue
        for tag in a.tags:
            topics.setdefault(slugify(tag), Topic(slug=slugify(tag), name=tag))
        articles[a.id] = a  # the same article twice in a batch counts once
    known = store.known(list(articles))
    todo: list[Article] = []
    retag: list[tuple[str, str, float, str, int | None]] = []
    existing_story: dict[str, str | None] = {}
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
        todo.append(a)
    return _Staged(topics, todo, retag, existing_story, pipe.analyze_async(todo))


def _finish_batch(pipe: Pipeline, st: _Staged, report: IngestReport) -> None:
    """Stages 3–4 (placement) and 8 (the write), in one transaction."""
    store, now = pipe.store, now_iso()
    analyses = st.analyses()
    # The batch before this one was written after this one was sorted: an
    # article given twice in a row is now known.
    known = store.known([x.article.id for x in analyses])
    kept = []
    for x in analyses:
        a = x.article
        if a.id in known and a.id not in st.existing_story:
            report.new -= 1
            if known[a.id] == a.content_hash:
                report.unchanged += 1
                continue
            report.updated += 1
            row = store.article_row(a.id)
            st.existing_story[a.id] = row["story_id"] if row else None
        kept.append(x)
    with store.transaction():
        store.upsert_topics(st.topics.values(), now)
        rows = [pipe.place(x, updated=x.article.id in st.existing_story,
                           story_id=st.existing_story.get(x.article.id)) for x in kept]
        report.duplicates += sum(1 for r in rows if r.duplicate_of)
        merges = pipe.take_merges()
        for r in rows:
            r.story_id = merges.get(r.story_id, r.story_id)
        store.write_articles(rows, now)
        store.merge_stories(merges)
        store.link_topics(st.retag)
        affected = {r.story_id for r in rows if r.story_id} | set(merges.values())
        affected |= {s for s in (store.article_row(x[0])["story_id"] for x in st.retag) if s}
        fresh = {r.article.id: r for r in rows}
        pipe.touched_topics |= {slug for r in rows for slug, _, _ in r.topics}
        pipe.touched_topics |= {x[1] for x in st.retag}
        if merges:
            pipe.touched_topics |= store.story_topic_slugs(sorted(set(merges.values())))
        # Stories that only gained new reports get their entity links topped
        # up from those reports; the others (updated reports, merges, retags)
        # are recounted from the store.
        recount = set(merges.values()) | {r.story_id for r in rows if r.updated}
        added: dict[str, list[ArticleRow]] = {}
        for r in rows:
            if r.story_id and r.story_id not in recount:
                added.setdefault(r.story_id, []).append(r)
        store.write_stories(
            [s for s in (pipe.story_row(sid, fresh) for sid in sorted(affected)) if s], now,
            added=added,
        )
    pipe.written()
    report.topics |= set(st.topics)
