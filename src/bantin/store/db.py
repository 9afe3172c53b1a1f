"""The SQLite store: the one database layer.

One connection, WAL mode, schema from numbered migrations. Every write of an
ingest batch goes through `Store.write_batch` in a single transaction, so an
interrupted ingest leaves the store as it was before the batch.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bantin.models import Article, Span, Topic
from bantin.store.migrations import migrate
from bantin.text.normalize import fold, normalize, slugify, tone


class StoreError(Exception):
    """A store that cannot be opened or used; the message names the file."""


@dataclass(slots=True)
class ArticleRow:
    """What the pipeline hands the store for one new or updated article."""

    article: Article
    story_id: str | None = None
    duplicate_of: str | None = None
    brief: list[Span] = field(default_factory=list)
    topics: list[tuple[str, float, str]] = field(default_factory=list)  # slug, score, reason
    # `Entity.row()` tuples: (kind, key, name, start, end, value JSON, role)
    entities: list[tuple] = field(default_factory=list)
    updated: bool = False
    # (title, body) as the search index holds them; `search_fields` of the
    # article when None (the pipeline folds in its workers, off the writer)
    search: tuple[str, str] | None = None
    exact_key: int | None = None  # the dedupe stage's exact key (signed 64-bit)


@dataclass(slots=True)
class StoryRow:
    id: str
    headline: str
    headline_article: str | None
    first_seen: str | None
    last_seen: str | None
    n_articles: int
    n_sources: int
    summary: list[Span] = field(default_factory=list)  # 1–3 sentences, for topic pages
    conflicts: list[dict] = field(default_factory=list)
    rewrite: str | None = None  # an accepted abstractive rewrite of ``summary``
    stale: bool = False  # summary and conflicts still to be recomputed


def open_store(path: str | Path = "bantin.db", *, create: bool = True) -> Store:
    return Store(path, create=create)


class Store:
    def __init__(self, path: str | Path = "bantin.db", *, create: bool = True):
        self.path = str(path)
        if self.path != ":memory:":
            p = Path(self.path)
            if not p.exists() and not create:
                raise StoreError(f"{self.path}: no such store (run `bantin ingest` first)")
            if p.exists() and p.is_dir():
                raise StoreError(f"{self.path}: is a directory, not a store file")
            if not p.parent.exists():
                raise StoreError(f"{self.path}: folder {p.parent} does not exist")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA busy_timeout=5000")
            migrate(self.conn)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a bantin store ({e})") from None

    @property
    def key(self) -> str:
        """Which store this is, for caches kept across Store objects: the
        file's real path (an in-memory store is only ever itself)."""
        return f"memory:{id(self)}" if self.path == ":memory:" else os.path.realpath(self.path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- state of pipeline stages ------------------------------------------

    def get_state(self, name: str) -> bytes | None:
        row = self.conn.execute("SELECT value FROM state WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def data_version(self) -> int:
        """A number that changes with every committed write transaction."""
        row = self.conn.execute("SELECT value FROM state WHERE name = 'data-version'").fetchone()
        return int(row[0]) if row else 0

    # --- ingest --------------------------------------------------------------

    def known(self, ids: Sequence[str]) -> dict[str, str]:
        """id → content hash of the given ids already in the store."""
        return self._by_id("content_hash", ids)

    def _by_id(self, column: str, ids: Sequence[str]) -> dict:
        """id → ``column`` of the given article ids that exist."""
        return dict(self._in_chunks(f"SELECT id, {column} FROM articles WHERE id IN (?*)", ids))

    def _in_chunks(self, sql: str, ids: Sequence, extra: Sequence = ()) -> Iterator[sqlite3.Row]:
        """The rows of ``sql`` for all of ``ids``, bound 500 at a time (SQLite
        caps bound variables): ``?*`` in ``sql`` stands for one chunk's
        placeholders, ``extra`` are bound after them."""
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            yield from self.conn.execute(sql.replace("?*", ",".join("?" * len(chunk))),
                                         [*chunk, *extra])

    def next_seq(self) -> int:
        return (self.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0]) + 1

    @contextmanager
    def writer(self) -> Iterator[None]:
        """Be the only ingest on this store: the stage indexes are snapshots,
        and two writers interleaving would each miss the other's articles."""
        if self.path == ":memory:":
            yield
            return
        with open(f"{self.path}.lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError(f"{self.path}: another ingest is writing to this store") from None
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of writes: all of it lands or none of it."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            # Readers cache what they derive from the store (topic leads)
            # under this number: every commit changes it.
            self.conn.execute(
                "INSERT INTO state (name, value) VALUES ('data-version', 1) "
                "ON CONFLICT(name) DO UPDATE SET value = value + 1")
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def write_articles(self, rows: Sequence[ArticleRow], now: str) -> None:
        """Insert or update a batch of articles with their search rows,
        topic links and entity mentions: one statement per table for the
        whole batch (per-row statements were most of the writer's time)."""
        if not rows:
            return
        c, seq = self.conn, self.next_seq()
        c.executemany(
            """INSERT INTO articles (id, ext_id, url, source, author, title, text, lead,
                   published_at, ingested_at, seq, content_hash, origin, story_id,
                   duplicate_of, brief, exact_key)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
               ON CONFLICT(id) DO UPDATE SET ext_id=excluded.ext_id, url=excluded.url,
                   source=excluded.source, author=excluded.author, title=excluded.title,
                   text=excluded.text, lead=excluded.lead, published_at=excluded.published_at,
                   content_hash=excluded.content_hash, origin=excluded.origin,
                   story_id=excluded.story_id, duplicate_of=excluded.duplicate_of,
                   brief=excluded.brief, exact_key=excluded.exact_key""",
            [(r.article.id, r.article.ext_id, r.article.url, r.article.source,
              r.article.author, r.article.title, r.article.text, r.article.lead,
              r.article.published_at, now, seq + i, r.article.content_hash, r.article.origin,
              r.story_id, r.duplicate_of,
              json.dumps([s.to_dict() for s in r.brief], ensure_ascii=False), r.exact_key)
             for i, r in enumerate(rows)],
        )
        ids = [r.article.id for r in rows]
        rowid = self._by_id("rowid", ids)
        updated = [r.article.id for r in rows if r.updated]
        if updated:
            for table, column in (("entities", "article_id"), ("article_topics", "article_id")):
                c.executemany(f"DELETE FROM {table} WHERE {column} = ?", [(i,) for i in updated])
            c.executemany("DELETE FROM search WHERE rowid = ?", [(rowid[i],) for i in updated])
        c.executemany("INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)",
                      [(rowid[r.article.id], *(r.search or search_fields(r.article)))
                       for r in rows])
        links = []
        for r in rows:
            a = r.article
            tagged = {slugify(t) for t in a.tags}
            links += [(a.id, slug, score, reason, a.rank if slug in tagged else None)
                      for slug, score, reason in r.topics]
        self.link_topics(links)
        c.executemany(
            "INSERT INTO entities (article_id, kind, key, name, start, end, value, role) "
            "VALUES (?,?,?,?,?,?,?,?)",
            [(r.article.id, *e) for r in rows for e in r.entities],
        )

    def link_topics(self, links: Iterable[tuple[str, str, float, str, int | None]]) -> None:
        """(article id, slug, score, reason, rank) rows, e.g. for an unchanged
        article that a new digest page tags."""
        self.conn.executemany(
            "INSERT INTO article_topics (article_id, topic_slug, score, reason, rank) "
            "VALUES (?,?,?,?,?) ON CONFLICT(article_id, topic_slug) DO UPDATE SET "
            "score=excluded.score, reason=excluded.reason, rank=excluded.rank",
            list(links),
        )

    def write_stories(self, stories: Iterable[StoryRow], now: str, *,
                      members_changed: bool = True,
                      added: dict[str, list[ArticleRow]] | None = None) -> None:
        """Upsert story rows. ``members_changed=False`` (a new summary of the
        same reports) leaves the story's topic and entity links as they are;
        ``added``: story id → the new reports that are its only change (just
        written), whose entities top up its links instead of a recount."""
        added = added or {}
        for s in stories:
            self._write_story(s, now, members_changed, added.get(s.id))

    def save_state(self, name: str, value: bytes) -> None:
        self.conn.execute(
            "INSERT INTO state (name, value) VALUES (?, ?) "
            "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            (name, value),
        )

    def _write_story(self, s: StoryRow, now: str, members_changed: bool = True,
                     added: list[ArticleRow] | None = None) -> None:
        c = self.conn
        c.execute(
            """INSERT INTO stories (id, headline, headline_article, first_seen, last_seen,
                   n_articles, n_sources, summary, conflicts, updated_at, rewrite, stale)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
               ON CONFLICT(id) DO UPDATE SET headline=excluded.headline,
                   headline_article=excluded.headline_article, first_seen=excluded.first_seen,
                   last_seen=excluded.last_seen, n_articles=excluded.n_articles,
                   n_sources=excluded.n_sources, summary=excluded.summary,
                   conflicts=excluded.conflicts, updated_at=excluded.updated_at,
                   rewrite=excluded.rewrite, stale=excluded.stale""",
            (s.id, s.headline, s.headline_article, s.first_seen, s.last_seen, s.n_articles,
             s.n_sources, json.dumps([x.to_dict() for x in s.summary], ensure_ascii=False),
             json.dumps(s.conflicts, ensure_ascii=False), now,
             s.rewrite, int(s.stale)),
        )
        if members_changed:
            if added is None:
                self._set_story_topics(s.id, s.last_seen or now)
                self._set_story_entities(s.id)
            else:
                self._add_story_topics(s.id, s.last_seen or now, added)
                self._add_story_entities(s.id, added)

    def reset_computed_topics(self) -> dict[str, set[str]]:
        """Drop computed topic links; return the source tags that remain."""
        self.conn.execute("DELETE FROM article_topics WHERE reason NOT LIKE 'source:%'")
        tagged: dict[str, set[str]] = {}
        for aid, slug in self.conn.execute("SELECT article_id, topic_slug FROM article_topics"):
            tagged.setdefault(aid, set()).add(slug)
        return tagged

    def refresh_story_topics(self, now: str) -> list[str]:
        """Recompute every story's topics from its articles'; returns the story ids."""
        rows = self.conn.execute("SELECT id, last_seen FROM stories").fetchall()
        for sid, last_seen in rows:
            self._set_story_topics(sid, last_seen or now)
        return [r[0] for r in rows]

    def _set_story_topics(self, story_id: str, last_seen: str) -> None:
        """A story belongs to every topic one of its reports belongs to."""
        self.conn.execute("DELETE FROM story_topics WHERE story_id = ?", (story_id,))
        self.conn.execute(
            """INSERT INTO story_topics (story_id, topic_slug, last_seen, rank, score)
               SELECT ?, t.topic_slug, ?, MIN(t.rank), MAX(t.score)
               FROM article_topics t JOIN articles a ON a.id = t.article_id
               WHERE a.story_id = ? GROUP BY t.topic_slug""",
            (story_id, last_seen, story_id),
        )

    def _add_story_topics(self, story_id: str, last_seen: str,
                          rows: Sequence[ArticleRow]) -> None:
        """`_set_story_topics` for a story whose only change is ``rows`` (new
        reports): their topic links are added and the story's date moved,
        without reading its older reports (a long story has thousands)."""
        self.conn.execute("UPDATE story_topics SET last_seen = ? WHERE story_id = ?",
                          (last_seen, story_id))
        self.conn.executemany(
            """INSERT INTO story_topics (story_id, topic_slug, last_seen, rank, score)
               SELECT ?, t.topic_slug, ?, MIN(t.rank), MAX(t.score)
               FROM article_topics t WHERE t.article_id = ? GROUP BY t.topic_slug
               ON CONFLICT(topic_slug, story_id) DO UPDATE SET
                   rank = CASE WHEN story_topics.rank IS NULL THEN excluded.rank
                               WHEN excluded.rank IS NULL THEN story_topics.rank
                               ELSE MIN(story_topics.rank, excluded.rank) END,
                   score = MAX(story_topics.score, excluded.score)""",
            [(story_id, last_seen, r.article.id) for r in rows])

    def _set_story_entities(self, story_id: str) -> None:
        """The entities a story's reports mention, for entity pages."""
        self.conn.execute("DELETE FROM story_entities WHERE story_id = ?", (story_id,))
        self.conn.execute(
            """INSERT INTO story_entities (kind, key, story_id, n_articles, mentions, name)
               SELECT e.kind, e.key, ?, COUNT(DISTINCT e.article_id), COUNT(*), MIN(e.name)
               FROM entities e JOIN articles a ON a.id = e.article_id
               WHERE a.story_id = ? GROUP BY e.kind, e.key""",
            (story_id, story_id),
        )

    def _add_story_entities(self, story_id: str, rows: Sequence[ArticleRow]) -> None:
        """`_set_story_entities` for a story whose only change is ``rows``
        (new reports): their entities are added without recounting its older
        reports. The rows carry no date (entity pages order stories by the
        story's own row), so an older entity row is never rewritten."""
        counts: dict[tuple[str, str], list] = {}  # -> [articles, mentions, name]
        for r in rows:
            seen = set()
            for kind, key, name, *_ in r.entities:
                c = counts.setdefault((kind, key), [0, 0, name])
                c[1] += 1
                c[2] = min(c[2], name)
                if (kind, key) not in seen:
                    seen.add((kind, key))
                    c[0] += 1
        self.conn.executemany(
            """INSERT INTO story_entities (kind, key, story_id, n_articles, mentions, name)
               VALUES (?,?,?,?,?,?) ON CONFLICT(kind, key, story_id) DO UPDATE SET
                   n_articles = n_articles + excluded.n_articles,
                   mentions = mentions + excluded.mentions,
                   name = MIN(name, excluded.name)""",
            [(k, key, story_id, n, m, name) for (k, key), (n, m, name) in counts.items()])

    def _upsert_topic(self, t: Topic, now: str) -> None:
        self.conn.execute(
            """INSERT INTO topics (slug, name, description, query, parent, lead, lead_source,
                   definition, updated_at) VALUES (?,?,?,?,?,?,?,?,?)
               ON CONFLICT(slug) DO UPDATE SET name=excluded.name,
                   description=CASE WHEN excluded.description != '' THEN excluded.description
                               ELSE topics.description END,
                   query=CASE WHEN excluded.query != '' THEN excluded.query ELSE topics.query END,
                   parent=COALESCE(excluded.parent, topics.parent),
                   lead=COALESCE(excluded.lead, topics.lead),
                   lead_source=COALESCE(excluded.lead_source, topics.lead_source),
                   definition=COALESCE(excluded.definition, topics.definition),
                   updated_at=excluded.updated_at""",
            (t.slug, t.name, t.description, t.query, t.parent, t.lead, t.lead_source,
             json.dumps({"examples": list(t.examples)}, ensure_ascii=False) if t.examples
             else None, now),
        )

    def upsert_topics(self, topics: Iterable[Topic], now: str) -> None:
        for t in topics:
            self._upsert_topic(t, now)

    # --- reads -----------------------------------------------------------------

    def count_articles(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def articles(self, ids: Sequence[str] | None = None) -> list[Article]:
        """Articles by id (in the given order), or all in ingest order."""
        if ids is None:
            rows = self.conn.execute("SELECT * FROM articles ORDER BY seq").fetchall()
        else:
            by_id = {r["id"]: r for r in self._in_chunks(
                "SELECT * FROM articles WHERE id IN (?*)", ids)}
            rows = [by_id[i] for i in ids if i in by_id]
        return [row_to_article(r) for r in rows]

    def article_row(self, article_id: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()

    def iter_articles(self, batch: int = 1000) -> Iterator[Article]:
        """Every article in the order it was stored."""
        for a, _ in self.articles_after(0, batch):
            yield a

    def first_with_exact_key(self, key: int) -> str | None:
        """The earliest stored article whose body has the exact-duplicate ``key``."""
        row = self.conn.execute(
            "SELECT id FROM articles WHERE exact_key = ? ORDER BY seq LIMIT 1", (key,)).fetchone()
        return row[0] if row else None

    def set_exact_keys(self, pairs: Sequence[tuple[int, str]]) -> None:
        """Fill the exact key of articles written before the column existed."""
        sql = "UPDATE articles SET exact_key = ? WHERE id = ? AND exact_key IS NULL"
        if self.conn.in_transaction:
            self.conn.executemany(sql, pairs)
        else:
            with self.transaction():
                self.conn.executemany(sql, pairs)

    def articles_after(self, seq: int, batch: int = 1000) -> Iterator[tuple[Article, str | None]]:
        """Articles stored after ``seq``, in order, with what each duplicates."""
        while True:
            rows = self.conn.execute(
                "SELECT * FROM articles WHERE seq > ? ORDER BY seq LIMIT ?", (seq, batch)
            ).fetchall()
            if not rows:
                return
            for r in rows:
                yield row_to_article(r), r["duplicate_of"]
            seq = rows[-1]["seq"]

    def merge_stories(self, merges: dict[str, str]) -> None:
        """Move the articles of each folded-away story into the story it
        joined and drop the old story; the caller rewrites the survivor."""
        for gone, into in merges.items():
            self.conn.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", (into, gone))
            self._forget_story(gone)

    def drop_stories(self, ids: Sequence[str]) -> None:
        """Remove story rows that no article belongs to any more."""
        for sid in ids:
            self._forget_story(sid)

    def _forget_story(self, sid: str) -> None:
        for table, column in (("stories", "id"), ("story_topics", "story_id"),
                              ("story_entities", "story_id")):
            self.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (sid,))

    def delete_topic(self, slug: str) -> None:
        """A topic, its article links and its story links."""
        self.conn.execute("DELETE FROM article_topics WHERE topic_slug = ?", (slug,))
        self.conn.execute("DELETE FROM story_topics WHERE topic_slug = ?", (slug,))
        self.conn.execute("DELETE FROM topics WHERE slug = ?", (slug,))

    def stale_story_ids(self, limit: int = 500, after: str = "") -> list[str]:
        """Stories whose summary and conflicts are still to be recomputed, by
        id, the first ``limit`` of those after ``after``."""
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM stories WHERE stale = 1 AND id > ? ORDER BY id LIMIT ?",
            (after, limit))]

    def story_labels(self) -> dict[str, str]:
        """article id → story id for every article."""
        return dict(self.conn.execute("SELECT id, story_id FROM articles").fetchall())

    def replace_stories(self, labels: dict[str, str], duplicates: dict[str, str | None]) -> None:
        """Set every article's story (and duplicate) and drop the old stories;
        the caller writes the new story rows in the same transaction."""
        self.conn.executemany(
            "UPDATE articles SET story_id = ?, duplicate_of = ? WHERE id = ?",
            [(sid, duplicates.get(aid), aid) for aid, sid in labels.items()],
        )
        for table in ("stories", "story_topics", "story_entities"):
            self.conn.execute(f"DELETE FROM {table}")

    def story_article_meta(self, story_id: str) -> list[dict]:
        """id, dates, source and author of a story's articles, oldest first."""
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT id, published_at, ingested_at, source, author FROM articles "
                "WHERE story_id = ? ORDER BY COALESCE(published_at, ingested_at), seq",
                (story_id,),
            )
        ]

    def recent_story_articles(self, story_id: str, limit: int) -> list[Article]:
        """A story's ``limit`` most recent reports, oldest first."""
        return [row_to_article(r) for r in self.recent_story_rows(story_id, limit)]

    def recent_story_rows(self, story_id: str, limit: int) -> list[dict]:
        """`recent_story_articles` as plain rows, for `row_to_article` in
        another process (it normalizes the texts: worth doing off the writer)."""
        rows = self.conn.execute(
            "SELECT * FROM articles WHERE story_id = ? "
            "ORDER BY COALESCE(published_at, ingested_at) DESC, seq DESC LIMIT ?",
            (story_id, limit),
        ).fetchall()
        return [dict(r) for r in reversed(rows)]

    def list_topics(self) -> list[dict]:
        rows = self.conn.execute(
            """SELECT t.slug, t.name, t.description, t.query, t.parent, t.lead,
                      (SELECT COUNT(*) FROM article_topics at WHERE at.topic_slug = t.slug)
                        AS n_articles,
                      (SELECT COUNT(*) FROM story_topics st WHERE st.topic_slug = t.slug)
                        AS n_stories,
                      (SELECT MAX(last_seen) FROM story_topics st WHERE st.topic_slug = t.slug)
                        AS last_seen
               FROM topics t ORDER BY n_stories DESC, t.name"""
        ).fetchall()
        return [dict(r) for r in rows]

    def find_topic(self, slug_or_name: str) -> dict | None:
        """A topic by slug or by name ("chuyen-doi-so" or "Chuyển đổi số")."""
        slug = slugify(slug_or_name)
        row = self.conn.execute("SELECT * FROM topics WHERE slug = ?", (slug,)).fetchone()
        return dict(row) if row else None

    def story_topic_slugs(self, story_ids: Sequence[str]) -> set[str]:
        """The topics these stories are listed under."""
        return {r[0] for r in self._in_chunks(
            "SELECT DISTINCT topic_slug FROM story_topics WHERE story_id IN (?*)", story_ids)}

    def topic_story_ids(self, slug: str, limit: int = 50, offset: int = 0, *,
                        entities: Sequence[tuple[str, str]] = ()) -> list[str]:
        """A topic's stories, newest first; with ``entities`` ((kind, key)
        pairs) only the stories with an article mentioning each of them."""
        where, args = _story_entity_filter("story_id", entities)
        return [
            r[0]
            for r in self.conn.execute(
                f"""SELECT story_id FROM story_topics WHERE topic_slug = ?{where}
                   ORDER BY last_seen DESC, rank IS NULL, rank, story_id LIMIT ? OFFSET ?""",
                (slug, *args, limit, offset),
            )
        ]

    def stories(self, ids: Sequence[str]) -> list[dict]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = {
            r["id"]: _story_dict(r)
            for r in self.conn.execute(f"SELECT * FROM stories WHERE id IN ({marks})", list(ids))
        }
        return [rows[i] for i in ids if i in rows]

    def story_articles(self, story_id: str, *, with_text: bool = True) -> list[dict]:
        """A story's articles, oldest first; ``with_text=False`` leaves out the
        bodies (a topic page lists reports, it does not quote them)."""
        cols = "*" if with_text else (
            "id, title, url, source, author, published_at, ingested_at, story_id, "
            "duplicate_of, brief, lead, ext_id, origin")
        rows = self.conn.execute(
            f"""SELECT {cols} FROM articles WHERE story_id = ?
               ORDER BY COALESCE(published_at, ingested_at), seq""",
            (story_id,),
        ).fetchall()
        # the input a report came from names an unsourced one (not shown whole:
        # it is a path on the machine that ingested it)
        return [article_dict(r) | {"origin": r["origin"]} for r in rows]

    def article_topics(self, article_id: str) -> list[dict]:
        return [
            dict(r)
            for r in self.conn.execute(
                """SELECT t.slug, t.name, at.score, at.reason FROM article_topics at
                   JOIN topics t ON t.slug = at.topic_slug WHERE at.article_id = ?
                   ORDER BY at.score DESC""",
                (article_id,),
            )
        ]

    def article_entities(self, article_id: str) -> list[dict]:
        return [
            {**dict(r), "value": json.loads(r["value"]) if r["value"] else None}
            for r in self.conn.execute(
                "SELECT kind, key, name, start, end, value, role FROM entities "
                "WHERE article_id = ? ORDER BY start",
                (article_id,),
            )
        ]

    def entity(self, kind: str, key: str, *, forms: int = 20,
               sample: int = 500) -> dict | None:
        """One entity: its display name, how many articles and stories mention
        it, and how it was written (the distinct surface forms of its latest
        ``sample`` mentions, most frequent first). None when never mentioned."""
        c = self.conn
        row = c.execute(
            """SELECT SUM(mentions) AS mentions, SUM(n_articles) AS n_articles,
                      COUNT(*) AS n_stories
               FROM story_entities WHERE kind = ? AND key = ?""",
            (kind, key),
        ).fetchone()
        if not row["mentions"]:
            return None
        latest = c.execute(
            """SELECT e.name, substr(a.text, e.start + 1, e.end - e.start) AS form
               FROM entities e JOIN articles a ON a.id = e.article_id
               WHERE e.kind = ? AND e.key = ? ORDER BY e.rowid DESC LIMIT ?""",
            (kind, key, sample),
        ).fetchall()
        names = Counter(r[0] for r in latest)
        name = min(names, key=lambda n: (-names[n], n))
        counts = Counter(r[1] for r in latest if r[1])
        written = sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:forms]
        return {"kind": kind, "key": key, "name": name, "mentions": row["mentions"],
                "n_articles": row["n_articles"], "n_stories": row["n_stories"],
                "forms": [{"text": f, "n": n} for f, n in written]}

    # Below this many stories an entity's are sorted by date after a range
    # scan; above it, stories are walked newest first and probed for the
    # entity, which meets ``limit`` of them after ~limit·stories/n probes.
    ENTITY_SORT_MAX = 5000

    def entity_story_ids(self, kind: str, key: str, limit: int = 50,
                         offset: int = 0) -> list[str]:
        """The stories with an article mentioning the entity, newest first
        (by the story's last_seen, then id)."""
        c = self.conn
        n = c.execute("SELECT COUNT(*) FROM (SELECT 1 FROM story_entities "
                      "WHERE kind = ? AND key = ? LIMIT ?)",
                      (kind, key, self.ENTITY_SORT_MAX)).fetchone()[0]
        if n < self.ENTITY_SORT_MAX:
            sql = """SELECT s.id FROM story_entities se JOIN stories s ON s.id = se.story_id
                     WHERE se.kind = ? AND se.key = ?
                     ORDER BY s.last_seen DESC, s.id DESC LIMIT ? OFFSET ?"""
        else:
            sql = """SELECT s.id FROM stories s INDEXED BY stories_last
                     WHERE EXISTS (SELECT 1 FROM story_entities se WHERE se.kind = ?
                                   AND se.key = ? AND se.story_id = s.id)
                     ORDER BY s.last_seen DESC, s.id DESC LIMIT ? OFFSET ?"""
        return [r[0] for r in c.execute(sql, (kind, key, limit, offset))]

    def story_entities(self, story_ids: Sequence[str], k: int = 8) -> dict[str, list[dict]]:
        """story id → its top ``k`` named entities (by articles mentioning
        them, then by mentions): the first rows of the story_entities_top
        index for each story, however many entities a big story has."""
        out: dict[str, list[dict]] = {}
        for sid in story_ids:
            out[sid] = [dict(r) for r in self.conn.execute(
                f"""SELECT kind, key, name, n_articles AS n FROM story_entities
                    INDEXED BY story_entities_top
                    WHERE story_id = ? AND kind NOT IN ({_QUANTITY_MARKS})
                    ORDER BY n_articles DESC, mentions DESC, name LIMIT ?""",
                (sid, *QUANTITY_KINDS, k))]
        return out

    def articles_entities(self, article_ids: Sequence[str]) -> dict[str, list[dict]]:
        """article id → its distinct named entities (kind, key, name, mentions),
        in order of first mention."""
        out: dict[str, list[dict]] = {aid: [] for aid in article_ids}
        for r in self._in_chunks(
                f"""SELECT article_id, kind, key, MIN(name) AS name, COUNT(*) AS n,
                           MIN(start) AS first
                    FROM entities WHERE article_id IN (?*)
                      AND kind NOT IN ({_QUANTITY_MARKS})
                    GROUP BY article_id, kind, key ORDER BY article_id, first""",
                article_ids, QUANTITY_KINDS):
            out[r["article_id"]].append({"kind": r["kind"], "key": r["key"],
                                         "name": r["name"], "n": r["n"]})
        return out

    def search(self, query: str, limit: int = 20, offset: int = 0, *,
               entities: Sequence[tuple[str, str]] = ()) -> list[dict]:
        """Diacritic-insensitive full-text search; returns article dicts with rank.

        ``entities`` ((kind, key) pairs) keeps only the articles that mention
        every one of them; with entities and no words, those articles newest
        first, each with a snippet around its first mention."""
        match = fts_query(query)
        if not match and not entities:
            return []
        where, args = _article_entity_filter("a.id", entities)
        if match:
            # Rank on rowids and scores alone, then read the page's rows: the
            # columns and snippets of every match (thousands for "hà nội")
            # cost 10x the ranking.
            join = " JOIN articles a ON a.rowid = search.rowid" if where else ""
            top = self.conn.execute(
                f"""SELECT search.rowid, bm25(search, 3.0, 1.0) AS score FROM search{join}
                   WHERE search MATCH ?{where} ORDER BY score LIMIT ? OFFSET ?""",
                (match, *args, limit, offset),
            ).fetchall()
            if not top:
                return []
            ids = [r[0] for r in top]
            marks = ",".join("?" * len(ids))
            rows = {r["rowid"]: r for r in self.conn.execute(
                f"""SELECT a.rowid AS rowid, a.*, snippet(search, 1, '[', ']', '…', 12) AS snippet
                   FROM search JOIN articles a ON a.rowid = search.rowid
                   WHERE search MATCH ? AND search.rowid IN ({marks})""", (match, *ids))}
            return [{**article_dict(rows[i]), "score": score, "snippet": rows[i]["snippet"]}
                    for i, score in top if i in rows]
        kind, key = entities[0]
        # Order narrow rows first (thousands mention "Hà Nội"), then read the page.
        ids = [r[0] for r in self.conn.execute(
            f"""SELECT a.rowid FROM articles a WHERE 1{where}
               ORDER BY COALESCE(a.published_at, a.ingested_at) DESC, a.seq DESC
               LIMIT ? OFFSET ?""", (*args, limit, offset))]
        marks = ",".join("?" * len(ids))
        found = {r["rowid"]: r for r in self.conn.execute(
            f"""SELECT a.rowid AS rowid, a.*,
                      (SELECT start || ',' || end FROM entities m
                       WHERE m.article_id = a.id AND +m.kind = ? AND +m.key = ?
                       ORDER BY m.start LIMIT 1) AS mention
               FROM articles a WHERE a.rowid IN ({marks})""", (kind, key, *ids))}
        # ("+": look the mention up by article, not among every mention of the entity)
        rows = [found[i] for i in ids if i in found]
        return [{**article_dict(r), "score": None,
                 "snippet": _mention_snippet(r["text"] or "", r["mention"])} for r in rows]


QUANTITY_KINDS = ("date", "amount", "percent", "ratio")
_QUANTITY_MARKS = ",".join("?" * len(QUANTITY_KINDS))


def _article_entity_filter(column: str, entities: Sequence[tuple[str, str]]
                           ) -> tuple[str, list[str]]:
    """SQL (to AND onto a WHERE) keeping the articles ``column`` that mention
    every (kind, key): each is one range scan of the entities(kind, key) index."""
    sql = "".join(
        f" AND {column} IN (SELECT article_id FROM entities WHERE kind = ? AND key = ?)"
        for _ in entities
    )
    return sql, [x for kk in entities for x in kk]


def _story_entity_filter(column: str, entities: Sequence[tuple[str, str]]
                         ) -> tuple[str, list[str]]:
    """As `_article_entity_filter` for stories: some article of the story
    mentions each (kind, key) (not necessarily the same article)."""
    sql = "".join(
        f" AND {column} IN (SELECT story_id FROM story_entities WHERE kind = ? AND key = ?)"
        for _ in entities
    )
    return sql, [x for kk in entities for x in kk]


def _mention_snippet(text: str, mention: str | None, width: int = 60) -> str:
    """The words around a mention, the mention in [brackets] as FTS snippets."""
    if not mention:
        return text[: 2 * width].strip()
    start, end = (int(x) for x in mention.split(","))
    lo, hi = max(0, start - width), min(len(text), end + width)
    if lo > 0 and " " in text[lo:start]:
        lo = text.index(" ", lo, start) + 1
    if hi < len(text) and " " in text[end:hi]:
        hi = text.rindex(" ", end, hi)
    body = f"{text[lo:start]}[{text[start:end]}]{text[end:hi]}".replace("\n", " ")
    return ("…" if lo > 0 else "") + body.strip() + ("…" if hi < len(text) else "")


def search_fields(a: Article) -> tuple[str, str]:
    """Title and body as the search index holds them: folded (no marks,
    đ → d), since FTS5's own folding keeps đ."""
    return fold(a.norm_title or normalize(a.title)), fold(a.norm_text or normalize(a.text))


def fts_query(query: str) -> str:
    """A user's words → an FTS5 query over the folded index.

    Every word must match (AND); "quoted phrases" stay phrases. FTS5 syntax
    characters in user input are neutralized, so any input is a valid query.
    """
    parts = []
    for i, chunk in enumerate(query.split('"')):
        words = [w for w in fold(normalize(chunk)).replace("_", " ").split() if w]
        words = ["".join(ch for ch in w if ch.isalnum()) for w in words]
        words = [w for w in words if w]
        if not words:
            continue
        if i % 2 == 1:  # inside quotes
            parts.append('"' + " ".join(words) + '"')
        else:
            parts.extend(f'"{w}"' for w in words)
    return " AND ".join(parts)


def row_to_article(r: sqlite3.Row | dict) -> Article:
    return Article(
        title=r["title"], text=r["text"], url=r["url"], source=r["source"], author=r["author"],
        published_at=r["published_at"], lead=r["lead"], ext_id=r["ext_id"], origin=r["origin"],
        id=r["id"], content_hash=r["content_hash"],
        # Stored texts are cleaned (`prepare`): only the tone convention is left.
        norm_title=tone(r["title"] or ""), norm_text=tone(r["text"] or ""),
    )


def article_dict(r: sqlite3.Row) -> dict:
    keys = r.keys()
    return {
        "id": r["id"],
        "title": r["title"],
        "url": r["url"],
        "source": r["source"],
        "author": r["author"],
        "published_at": r["published_at"],
        "ingested_at": r["ingested_at"],
        "story_id": r["story_id"],
        "duplicate_of": r["duplicate_of"],
        "brief": json.loads(r["brief"]) if r["brief"] else [],
        "lead": r["lead"],
        "text": r["text"] if "text" in keys else None,
        "ext_id": r["ext_id"],
    }


def _story_dict(r: sqlite3.Row) -> dict:
    return {
        "id": r["id"],
        "headline": r["headline"],
        "headline_article": r["headline_article"],
        "first_seen": r["first_seen"],
        "last_seen": r["last_seen"],
        "n_articles": r["n_articles"],
        "n_sources": r["n_sources"],
        "summary": json.loads(r["summary"]) if r["summary"] else [],
        "conflicts": json.loads(r["conflicts"]) if r["conflicts"] else [],
        "rewrite": r["rewrite"],
        "stale": bool(r["stale"]),
    }
