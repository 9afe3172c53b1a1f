"""Readers for the evaluation sets in the ../shared/data layout.

`load_articles` returns Articles with every gold field removed, and
`load_gold` the gold fields apart, so the pipeline cannot read them by
accident.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bantin.models import Article

GOLD_FIELDS = ("summary", "story", "category")


def shared_data_dir() -> Path:
    """``../shared/data`` beside the project root, or $BANTIN_DATA."""
    env = os.environ.get("BANTIN_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared" / "data"


def articles_path(dataset_dir: str | Path) -> Path:
    d = Path(dataset_dir)
    for name in ("articles.jsonl", "articles.jsonl.gz"):
        if (d / name).exists():
            return d / name
    raise FileNotFoundError(f"{d}: no articles.jsonl or articles.jsonl.gz")


def iter_records(dataset_dir: str | Path) -> Iterator[dict]:
    path = articles_path(dataset_dir)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def record_to_article(rec: dict) -> Article:
    """An Article from a dataset record, gold fields left out."""
    return Article(
        title=rec.get("title") or "",
        text=rec.get("text") or "",
        url=rec.get("url") or None,
        source=rec.get("source") or None,
        published_at=rec.get("published_at") or None,
        ext_id=str(rec["id"]) if rec.get("id") is not None else None,
    )


def load_articles(dataset_dir: str | Path, limit: int | None = None) -> list[Article]:
    out = []
    for i, rec in enumerate(iter_records(dataset_dir)):
        if limit is not None and i >= limit:
            break
        out.append(record_to_article(rec))
    return out


@dataclass
class Gold:
    summary: dict[str, str]  # article id -> sapo
    story: dict[str, str]  # article id -> story id
    category: dict[str, str]  # article id -> category
    references: dict[str, list[str]]  # story id -> human summaries


def load_gold(dataset_dir: str | Path) -> Gold:
    g = Gold({}, {}, {}, {})
    for rec in iter_records(dataset_dir):
        aid = str(rec.get("id"))
        for name in GOLD_FIELDS:
            if rec.get(name):
                getattr(g, name)[aid] = rec[name]
    stories = Path(dataset_dir) / "stories.jsonl"
    if stories.exists():
        with open(stories, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    rec = json.loads(line)
                    g.references[str(rec["story"])] = list(rec.get("references") or [])
    return g
