"""FastAPI app: thin routes over `bantin.render.pages`.

Every HTML page has a JSON twin built from the same dict:
``/topics/chuyen-doi-so`` and ``/topics/chuyen-doi-so.json``.

Entities: ``/entities/{kind}/{key}`` (and ``….json``) lists every story that
mentions one; the key may hold slashes (``/entities/legal/179/2025/nd-cp``).
Entity filters use one query grammar (`pages.parse_filters`):
``/search?q=chuyen doi so tinh:dien-bien`` and, on topic pages and their
feeds, ``?filter=tinh:dien-bien`` (prefixes tinh, van-ban, co-quan, to-chuc,
nguoi).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel

from bantin.render import pages
from bantin.render.feeds import to_feed
from bantin.settings import Settings
from bantin.store.db import Store
from bantin.web.views import render


def create_app(db: str | Path, settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    local = threading.local()

    def store() -> Store:
        # SQLite connections are per thread; FastAPI runs sync routes in a pool.
        s = getattr(local, "store", None)
        if s is None:
            s = local.store = Store(db, create=False)
        return s

    app = FastAPI(title="bantin", docs_url="/api/docs", openapi_url="/api/openapi.json")
    app.mount("/static", StaticFiles(packages=[("bantin.web", "static")]), name="static")

    def respond(request: Request, as_json: bool, template: str, build, **extra):
        try:
            data = build()
        except pages.NotFound as e:
            if as_json:
                return JSONResponse({"error": str(e)}, status_code=404)
            return HTMLResponse(render("error.html", message=str(e)), status_code=404)
        if as_json:
            return JSONResponse(data)
        return HTMLResponse(render(template, page=data, request=request, **extra))

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request):
        return respond(request, False, "home.html", lambda: pages.home_page(store()))

    @app.get("/index.json")
    def home_json(request: Request):
        return respond(request, True, "", lambda: pages.home_page(store()))

    @app.get("/topics/{slug}")
    def topic(request: Request, slug: str, offset: int = Query(0, ge=0),
              filter_: str = Query("", alias="filter")):
        as_json = slug.endswith(".json")
        slug = slug.removesuffix(".json")
        return respond(request, as_json, "topic.html",
                       lambda: pages.topic_page(store(), slug, settings, offset=offset,
                                                filter=filter_))

    @app.get("/topics/{slug}/feed.{fmt}")
    def topic_feed(request: Request, slug: str, fmt: str,
                   filter_: str = Query("", alias="filter")):
        kinds = {"rss": ("rss", "application/rss+xml"), "atom": ("atom", "application/atom+xml"),
                 "json": ("jsonfeed", "application/feed+json")}
        if fmt not in kinds:
            return JSONResponse({"error": f"no feed format {fmt!r}"}, status_code=404)
        kind, media = kinds[fmt]
        try:
            data = pages.topic_page(store(), slug, settings, filter=filter_)
        except pages.NotFound as e:
            return JSONResponse({"error": str(e)}, status_code=404)
        body = to_feed(data, kind, str(request.base_url))
        return Response(body, media_type=f"{media}; charset=utf-8")

    @app.get("/stories/{story_id}")
    def story(request: Request, story_id: str):
        as_json = story_id.endswith(".json")
        sid = story_id.removesuffix(".json")
        return respond(request, as_json, "story.html", lambda: pages.story_page(store(), sid, settings))

    @app.get("/entities/{kind}/{key:path}")
    def entity(request: Request, kind: str, key: str, offset: int = Query(0, ge=0)):
        # Keys never hold a dot, so a trailing ".json" always asks for the twin.
        as_json = key.endswith(".json")
        key = key.removesuffix(".json")
        return respond(request, as_json, "entity.html",
                       lambda: pages.entity_page(store(), kind, key, settings, offset=offset))

    @app.get("/articles/{article_id}")
    def article(request: Request, article_id: str, hl: str | None = None, field: str = "text"):
        as_json = article_id.endswith(".json")
        aid = article_id.removesuffix(".json")
        return respond(request, as_json, "article.html",
                       lambda: pages.article_page(store(), aid), hl=_span(hl),
                       hl_field=field)

    @app.get("/search")
    def search(request: Request, q: str = "", offset: int = Query(0, ge=0)):
        return respond(request, False, "search.html",
                       lambda: pages.search_page(store(), q, offset=offset))

    @app.get("/search.json")
    def search_json(request: Request, q: str = "", offset: int = Query(0, ge=0)):
        return respond(request, True, "", lambda: pages.search_page(store(), q, offset=offset))

    @app.get("/api/topics")
    def api_topics():
        """Every topic definition, built-in and the user's, with its counts."""
        from bantin.pipeline import topics as topics_stage
        from bantin.pipeline.run import user_topics_file

        counts = {t["slug"]: t for t in store().list_topics()}
        defs = topics_stage.load_topics(user_topics_file(store(), settings))
        return [{"slug": t.slug, "name": t.name, "description": t.description,
                 "query": t.query, "parent": t.parent, "examples": list(t.examples),
                 "n_stories": counts.get(t.slug, {}).get("n_stories", 0)} for t in defs]

    @app.post("/api/topics", status_code=201)
    def api_define_topic(body: TopicIn):
        """Add or replace a user topic; membership is recomputed."""
        from bantin.models import Topic
        from bantin.pipeline.maintain import TopicDefinitionError, define_topic
        from bantin.text.normalize import slugify

        topic = Topic(slug=body.slug or slugify(body.name), name=body.name,
                      description=body.description, query=body.query,
                      examples=tuple(body.examples), parent=body.parent)
        try:
            with _write_lock:
                return define_topic(store(), settings, topic)
        except TopicDefinitionError as e:
            return JSONResponse({"error": str(e)}, status_code=400)

    @app.delete("/api/topics/{slug}")
    def api_remove_topic(slug: str):
        from bantin.pipeline.maintain import TopicDefinitionError, remove_topic

        try:
            with _write_lock:
                return remove_topic(store(), settings, slug)
        except TopicDefinitionError as e:
            return JSONResponse({"error": str(e)}, status_code=404)

    return app


class TopicIn(BaseModel):
    name: str
    slug: str | None = None
    query: str = ""
    description: str = ""
    parent: str | None = None
    examples: list[str] = []


# Writes from request threads go one at a time.
_write_lock = threading.Lock()


def _span(hl: str | None) -> tuple[int, int] | None:
    """ "120-245" → (120, 245): the sentence a summary links to."""
    try:
        a, b = (hl or "").split("-")
        return int(a), int(b)
    except ValueError:
        return None


@contextmanager
def running_server(db: str | Path, settings: Settings | None = None) -> Iterator[str]:
    """The app on a free local port, served from a background thread (real
    HTTP, for browser tests and latency benchmarks); yields its base URL."""
    import socket
    import time

    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, settings), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    else:
        raise RuntimeError(f"the server for {db} did not start")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(5)
