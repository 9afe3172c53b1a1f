"""Numbered schema migrations; each commits together with its bookkeeping row."""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "articles, topics, stories, search",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            ext_id TEXT,
            url TEXT,
            source TEXT,
            author TEXT,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            lead TEXT,
            published_at TEXT,
            ingested_at TEXT NOT NULL,
            seq INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            origin TEXT,
            story_id TEXT,
            duplicate_of TEXT,
            brief TEXT,
            data TEXT
        );
        CREATE INDEX articles_story ON articles(story_id);
        CREATE INDEX articles_ext ON articles(ext_id);
        CREATE INDEX articles_time ON articles(published_at);
        CREATE INDEX articles_seq ON articles(seq);

        CREATE TABLE topics (
            slug TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            query TEXT NOT NULL DEFAULT '',
            parent TEXT,
            lead TEXT,
            lead_source TEXT,
            definition TEXT,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE article_topics (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            topic_slug TEXT NOT NULL REFERENCES topics(slug) ON DELETE CASCADE,
            score REAL NOT NULL,
            reason TEXT NOT NULL,
            rank INTEGER,
            PRIMARY KEY (article_id, topic_slug)
        );
        CREATE INDEX article_topics_topic ON article_topics(topic_slug);

        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            headline TEXT NOT NULL,
            headline_article TEXT,
            first_seen TEXT,
            last_seen TEXT,
            n_articles INTEGER NOT NULL DEFAULT 0,
            n_sources INTEGER NOT NULL DEFAULT 0,
            summary TEXT,
            conflicts TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX stories_last ON stories(last_seen);

        -- A topic page lists stories: kept per topic so a page is one index
        -- range scan however large the store grows.
        CREATE TABLE story_topics (
            story_id TEXT NOT NULL,
            topic_slug TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            rank INTEGER,
            score REAL NOT NULL DEFAULT 0,
            PRIMARY KEY (topic_slug, story_id)
        );
        CREATE INDEX story_topics_order ON story_topics(topic_slug, last_seen DESC, rank);

        CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            value TEXT,
            role TEXT
        );
        CREATE INDEX entities_key ON entities(kind, key);
        CREATE INDEX entities_article ON entities(article_id);

        CREATE TABLE state (
            name TEXT PRIMARY KEY,
            value BLOB
        );

        -- Folded text (no diacritics, đ → d), so "dien bien" finds "Điện Biên":
        -- FTS5's remove_diacritics does not fold đ.
        -- rowid = articles.rowid.
        CREATE VIRTUAL TABLE search USING fts5(
            title, body, tokenize='unicode61 remove_diacritics 2'
        );
        """,
    ),
    (
        2,
        "stale stories, story rewrites, story_topics by story",
        """
        -- A story whose reports changed and whose summary and conflicts are
        -- still to be recomputed (done once per ingest, not per batch).
        ALTER TABLE stories ADD COLUMN stale INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX stories_stale ON stories(id) WHERE stale = 1;
        -- An accepted abstractive rewrite of the summary (optional, guarded).
        ALTER TABLE stories ADD COLUMN rewrite TEXT;
        -- Rewriting a story's topics must not scan the table.
        CREATE INDEX story_topics_story ON story_topics(story_id);
        """,
    ),
    (
        3,
        "story_entities: an entity's stories newest first without scanning its mentions",
        """
        -- Kept with each story row (as story_topics): the entities its
        -- articles mention, so an entity page is one index range scan
        -- however many times "Hà Nội" was mentioned.
        CREATE TABLE story_entities (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            story_id TEXT NOT NULL,
            last_seen TEXT,
            n_articles INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (kind, key, story_id)
        ) WITHOUT ROWID;
        CREATE INDEX story_entities_order ON story_entities(kind, key, last_seen DESC, story_id);
        CREATE INDEX story_entities_story ON story_entities(story_id);
        INSERT INTO story_entities (kind, key, story_id, last_seen, n_articles, mentions)
            SELECT e.kind, e.key, a.story_id, s.last_seen, COUNT(DISTINCT e.article_id), COUNT(*)
            FROM entities e JOIN articles a ON a.id = e.article_id
            JOIN stories s ON s.id = a.story_id
            GROUP BY e.kind, e.key, a.story_id;
        """,
    ),
    (
        4,
        "story_entities.name: entity chips on pages read one row per story and entity",
        """
        -- The table is derived: rebuilt in one pass (a per-row update is slow).
        ALTER TABLE story_entities ADD COLUMN name TEXT;
        DELETE FROM story_entities;
        INSERT INTO story_entities (kind, key, story_id, last_seen, n_articles, mentions, name)
            SELECT e.kind, e.key, a.story_id, s.last_seen, COUNT(DISTINCT e.article_id), COUNT(*),
                   MIN(e.name)
            FROM entities e JOIN articles a ON a.id = e.article_id
            JOIN stories s ON s.id = a.story_id
            GROUP BY e.kind, e.key, a.story_id;
        """,
    ),
    (
        5,
        "a story's top entities straight from an index",
        """
        -- A big story mentions thousands of entities; its top few are the
        -- first rows of this (covering) index.
        CREATE INDEX story_entities_top
            ON story_entities(story_id, n_articles DESC, mentions DESC, name, kind, key);
        """,
    ),
    (
        6,
        "story links without per-report rewrites: entity pages order by the story row",
        """
        -- story_entities.last_seen made every report a long story gained
        -- rewrite all of its entity rows (thousands): entity pages now order
        -- an entity's stories by the stories table, walked newest first
        -- through (last_seen, id). story_entities_top leads with story_id,
        -- so the plain story_id index was a second copy.
        DROP INDEX story_entities_order;
        DROP INDEX story_entities_story;
        ALTER TABLE story_entities DROP COLUMN last_seen;
        DROP INDEX stories_last;
        CREATE INDEX stories_last ON stories(last_seen, id);
        """,
    ),
    (
        7,
        "exact-duplicate keys in the articles table",
        """
        -- The dedupe snapshot held the exact key of every article ever
        -- stored (8 bytes and an id each): loading it grew with the store.
        -- The key is now a column, looked up through its index when the
        -- in-memory window does not have it. NULL for rows written before
        -- this migration until the pipeline backfills them from the snapshot.
        ALTER TABLE articles ADD COLUMN exact_key INTEGER;
        CREATE INDEX articles_exact ON articles(exact_key, seq) WHERE exact_key IS NOT NULL;
        """,
    ),
]


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply pending migrations; return the numbers applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
    )
    done = {row[0] for row in conn.execute("SELECT id FROM migrations")}
    applied = []
    for number, name, sql in MIGRATIONS:
        if number in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, datetime('now'))",
                (number, name),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied


def _statements(sql: str) -> list[str]:
    # Our migrations hold no semicolons inside literals or triggers.
    lines = [ln for ln in sql.splitlines() if not ln.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
