"""Stage 1: clean the published text, derive normalized forms, ids and hashes."""

from __future__ import annotations

import hashlib

from bantin.models import Article
from bantin.text.normalize import clean, tone


def _digest(*parts: str | None) -> str:
    h = hashlib.sha1()
    for p in parts:
        h.update((p or "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def article_id(url: str | None, norm_title: str, norm_text: str) -> str:
    """Content-derived id: the URL when there is one (a page keeps its id when
    its text is corrected), else the normalized title and text."""
    if url:
        return "a" + _digest("url", url.strip())[:16]
    return "a" + _digest("text", norm_title, norm_text)[:16]


def prepare(article: Article) -> Article:
    """Clean in place and set ``id``, ``content_hash``, ``norm_title``, ``norm_text``."""
    article.title = clean(article.title)
    article.text = clean(article.text)
    if article.lead:
        article.lead = clean(article.lead)
    if article.author:
        article.author = clean(article.author)
    # Already clean: only the tone-mark convention is left of `normalize`.
    article.norm_title = tone(article.title)
    article.norm_text = tone(article.text)
    if not article.id:
        article.id = article_id(article.url, article.norm_title, article.norm_text)
    article.content_hash = _digest(
        article.norm_title, article.norm_text, article.author, article.published_at,
        article.lead, article.source,
    )[:16]
    return article
