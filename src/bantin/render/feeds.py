"""A topic page as a feed: RSS 2.0, Atom 1.0 or JSON Feed 1.1, one entry per story."""

from __future__ import annotations

import datetime as dt
import json
from email.utils import format_datetime
from xml.sax.saxutils import escape

FORMATS = ("rss", "atom", "jsonfeed")


def _when(iso: str | None) -> dt.datetime:
    if iso:
        try:
            d = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
            return d if d.tzinfo else d.replace(tzinfo=dt.UTC)
        except ValueError:
            pass
    return dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _entries(page: dict, base: str) -> list[dict]:
    out = []
    for it in page["items"]:
        out.append({
            "id": f"{base}/stories/{it['story_id']}",
            "title": it["headline"],
            "link": it["url"] or f"{base}/stories/{it['story_id']}",
            "summary": it["summary"],
            "authors": it["authors"] or it["sources"],
            "updated": _when(it["last_seen"]),
            "published": _when(it["first_seen"]),
        })
    return out


def to_feed(page: dict, fmt: str, base_url: str = "http://127.0.0.1:8000") -> str:
    base = base_url.rstrip("/")
    slug, name = page["topic"]["slug"], page["topic"]["name"]
    home = f"{base}/topics/{slug}"
    entries = _entries(page, base)
    updated = max((e["updated"] for e in entries), default=_when(None))
    if fmt == "jsonfeed":
        return json.dumps({
            "version": "https://jsonfeed.org/version/1.1",
            "title": name, "home_page_url": home, "feed_url": f"{home}/feed.json",
            "description": page["lead"], "language": "vi",
            "items": [{"id": e["id"], "url": e["link"], "title": e["title"],
                       "content_text": e["summary"], "date_published": e["published"].isoformat(),
                       "date_modified": e["updated"].isoformat(),
                       "authors": [{"name": a} for a in e["authors"]]} for e in entries],
        }, ensure_ascii=False, indent=2)
    if fmt == "atom":
        items = "".join(
            f"<entry><id>{escape(e['id'])}</id><title>{escape(e['title'])}</title>"
            f"<link href=\"{escape(e['link'])}\"/><updated>{e['updated'].isoformat()}</updated>"
            f"<published>{e['published'].isoformat()}</published>"
            + "".join(f"<author><name>{escape(a)}</name></author>" for a in e["authors"])
            + f"<summary>{escape(e['summary'])}</summary></entry>"
            for e in entries
        )
        return ('<?xml version="1.0" encoding="utf-8"?>\n'
                '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">'
                f"<id>{escape(home)}</id><title>{escape(name)}</title>"
                f"<subtitle>{escape(page['lead'])}</subtitle>"
                f"<link href=\"{escape(home)}\"/><link rel=\"self\" "
                f"href=\"{escape(home)}/feed.atom\"/><updated>{updated.isoformat()}</updated>"
                f"{items}</feed>\n")
    if fmt == "rss":
        items = "".join(
            f"<item><guid isPermaLink=\"false\">{escape(e['id'])}</guid>"
            f"<title>{escape(e['title'])}</title><link>{escape(e['link'])}</link>"
            f"<description>{escape(e['summary'])}</description>"
            f"<pubDate>{format_datetime(e['updated'])}</pubDate>"
            + (f"<author>{escape(', '.join(e['authors']))}</author>" if e["authors"] else "")
            + "</item>"
            for e in entries
        )
        return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
                f"<title>{escape(name)}</title><link>{escape(home)}</link>"
                f"<description>{escape(page['lead'])}</description><language>vi</language>"
                f"<lastBuildDate>{format_datetime(updated)}</lastBuildDate>{items}"
                "</channel></rss>\n")
    raise ValueError(f"unknown feed format {fmt!r} (one of {', '.join(FORMATS)})")
