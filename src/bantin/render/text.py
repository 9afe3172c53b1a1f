"""Markdown and topic-digest text of a topic page."""

from __future__ import annotations

import json

from bantin.sources.digest import DigestItem, write_digest


def to_json(page: dict) -> str:
    return json.dumps(page, ensure_ascii=False, indent=2)


def to_digest(page: dict) -> str:
    """The seed layout (see `sources.digest`): lead, topic, items."""
    items = [
        DigestItem(
            summary=it["summary"],
            headline=it["headline"] if it["headline_is_title"] else None,
            author=it["author"],
        )
        for it in page["items"]
    ]
    return write_digest(page["topic"]["name"], page["lead"], items)


def to_markdown(page: dict) -> str:
    out = [f"# {page['topic']['name']}", "", page["lead"], ""]
    for it in page["items"]:
        title = f"[{it['headline']}]({it['url']})" if it["url"] else it["headline"]
        out.append(f"## {title}")
        meta = []
        if it["n_articles"] > 1:
            meta.append(f"{it['n_articles']} bài từ {it['n_sources']} nguồn")
        if it["sources"]:
            meta.append(", ".join(it["sources"]))
        if it["authors"]:
            meta.append("bởi " + ", ".join(it["authors"]))
        if it["date"]:
            meta.append(it["date"])
        if meta:
            out.append("*" + " · ".join(meta) + "*")
        # an untitled report is headed by its first sentence: not twice
        body = it["summary"] if it["headline_is_title"] else it["summary_rest"]
        out += ["", body, ""] if body else [""]
        for c in it.get("conflicts", []):
            out.append(f"> ⚠ Các nguồn đưa tin khác nhau về {c['subject_name']}:")
            for side in c["sides"]:
                out.append(f"> - “{side['text']}” ({side['source']})")
            out.append("")
    return "\n".join(out).rstrip() + "\n"
