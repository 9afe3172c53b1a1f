"""Jinja2 rendering shared by the web app and `bantin page --format html`."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape


@lru_cache(maxsize=1)
def env() -> Environment:
    e = Environment(loader=PackageLoader("bantin.web", "templates"),
                    autoescape=select_autoescape(["html"]))
    e.filters["q"] = lambda s: quote(str(s or ""), safe="")
    return e


def render(template: str, **context) -> str:
    return env().get_template(template).render(**context)


def render_topic_html(page: dict, *, standalone: bool = True) -> str:
    """A topic page as HTML; ``standalone`` inlines the stylesheet for a file."""
    css = None
    if standalone:
        from importlib.resources import files

        css = (files("bantin.web") / "static" / "style.css").read_text(encoding="utf-8")
    return render("topic.html", page=page, inline_css=css)
