"""Shared fixtures. ../shared (evaluation data and seed pages) sits beside
the project root; tests that need it skip with a clear message when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir() or not list(SEEDS.glob("*.txt")):
        pytest.skip(f"seed pages not found at {SEEDS} (../shared/seeds beside the repo)")
    return SEEDS


@pytest.fixture
def seed_pages(seeds_dir) -> list[Path]:
    return sorted(seeds_dir.glob("*.txt"))


def dataset(name: str) -> Path:
    d = DATA / name
    if not d.is_dir():
        pytest.skip(f"evaluation set {name} not found at {d} (../shared/data beside the repo)")
    return d


@pytest.fixture
def store(tmp_path):
    from bantin.store import open_store

    s = open_store(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """A store built once from the demo corpus shipped with bantin."""
    from bantin.demo import demo_sources
    from bantin.pipeline.run import ingest
    from bantin.sources import read
    from bantin.store import open_store

    db = tmp_path_factory.mktemp("demo") / "demo.db"
    store = open_store(db)
    ingest(store, (item for src in demo_sources() for item in read(str(src))))
    store.close()
    return db
