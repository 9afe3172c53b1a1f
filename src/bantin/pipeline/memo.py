"""Per-article results remembered across calls in one process.

A story's summary and conflicts are recomputed whenever it gains a report,
from up to `story_lead_max_reports` of its reports: without a memory, a
server that adds one report to a 50-report story re-reads the other 49
(~1 ms each for facts alone). An article's stored content hash names its
text, so (id, content hash) is a safe key; articles without one (built in
code, not prepared) are not remembered.

It pays only where the same reports come back: a process adding a few
reports at a time. Summarizing many stories once (a bulk ingest's worker
pool) runs ~20% slower with it (keeping and dropping the results costs more
than it saves), so the pool's workers call `disable`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from bantin.models import Article

T = TypeVar("T")

_enabled = True


def disable() -> None:
    """Stop remembering in this process (results are computed each call)."""
    global _enabled
    _enabled = False


def per_article(maxsize: int = 1024) -> Callable[[Callable[[Article], T]], Callable[[Article], T]]:
    """Decorate ``f(article)`` to remember its result by (id, content hash),
    least recently used first out. The result is shared: keep it immutable."""

    def wrap(f: Callable[[Article], T]) -> Callable[[Article], T]:
        seen: OrderedDict[tuple[str, str], T] = OrderedDict()

        @wraps(f)
        def cached(article: Article) -> T:
            if not _enabled or not article.id or not article.content_hash:
                return f(article)
            key = (article.id, article.content_hash)
            if key in seen:
                seen.move_to_end(key)
                return seen[key]
            out = seen[key] = f(article)
            if len(seen) > maxsize:
                seen.popitem(last=False)
            return out

        return cached

    return wrap
