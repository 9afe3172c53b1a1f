"""The sample corpus shipped with bantin (original text, see README.md here)."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path


def demo_sources() -> list[Path]:
    """Paths of the demo inputs: the corpus (JSONL)."""
    root = files("bantin.demo")
    out = []
    for name in ("corpus.jsonl",):
        with as_file(root / name) as p:
            out.append(Path(p))
    return out
