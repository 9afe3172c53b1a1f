"""The `bantin` command: thin wrappers over the library.

Exit codes: 0 success, 1 some input failed (the rest went in), 2 usage
error or unusable store/config.
"""

from __future__ import annotations

import json
import sys
import time
from functools import wraps
from pathlib import Path

import click

from bantin import __version__
from bantin.settings import SettingsError, load_settings, settings_help
from bantin.store.db import StoreError

DEFAULT_DB = "bantin.db"


def _print_settings(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(settings_help())
        ctx.exit()


def store_options(f):
    """--db, --config and --setting, shared by every command that opens a store."""

    @click.option("--db", "db", default=DEFAULT_DB, show_default=True, envvar="BANTIN_DB",
                  help="SQLite store file.")
    @click.option("--config", type=click.Path(dir_okay=False), default=None,
                  help="TOML settings file.")
    @click.option("--setting", "-s", "overrides", multiple=True, metavar="NAME=VALUE",
                  help="Override one setting (see --help-settings).")
    @wraps(f)
    def wrapper(*args, db, config, overrides, **kwargs):
        try:
            settings = load_settings(config, list(overrides))
        except SettingsError as e:
            raise click.UsageError(str(e)) from None
        return f(*args, db=db, settings=settings, **kwargs)

    return wrapper


def _open(db: str, *, create: bool = True):
    from bantin.store import open_store

    try:
        return open_store(db, create=create)
    except StoreError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bantin")
@click.option("--help-settings", is_flag=True, expose_value=False, is_eager=True,
              callback=_print_settings, help="List every setting with its default and exit.")
def main() -> None:
    """bantin: Vietnamese news by topic.

    Ingest news (feeds, pages, JSONL/CSV exports, topic digests) into a store,
    then read it as living topic pages on the web, in the terminal or as files.
    """


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--fetch-full", is_flag=True, help="Fetch each feed entry's page for its full text.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@store_options
def ingest(sources, fetch_full, as_json, quiet, db, settings):
    """Ingest SOURCES: files, directories, '-' (stdin) or http(s) URLs.

    JSONL/CSV (gzip too), topic-digest text, HTML articles and RSS/Atom/JSON
    feeds. Re-ingesting the same input changes nothing. Exits 1 when any input
    failed; the rest still goes in.
    """
    from bantin.pipeline.run import ingest as run_ingest
    from bantin.sources import read

    store = _open(db)
    started = time.perf_counter()
    show = not quiet and not as_json

    def items():
        for spec in sources:
            yield from read(spec, fetch_full=fetch_full)

    def progress(r):
        if show and time.perf_counter() - started > 2:
            rate = r.total / max(time.perf_counter() - started, 1e-9)
            end = "\r" if sys.stderr.isatty() else "\n"
            click.echo(f"… {r.total} articles ({r.summary()}), {rate:,.0f}/s", err=True,
                       nl=False)
            click.echo(end, err=True, nl=False)

    def on_error(msg):
        if not as_json:
            click.echo(f"error: {msg}", err=True)

    try:
        report = run_ingest(store, items(), settings, on_error=on_error, progress=progress)
    except StoreError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        click.echo(f"{report.summary()} ({time.perf_counter() - started:.1f} s) → {db}")
    sys.exit(1 if report.errors else 0)


@main.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@store_options
@click.pass_context
def topics(ctx, as_json, db, settings):
    """List topics (with subcommands to manage them)."""
    ctx.obj = {"db": db, "settings": settings}
    if ctx.invoked_subcommand is not None:
        return
    store = _open(db, create=False)
    rows = store.list_topics()
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("no topics yet: run `bantin ingest SOURCE` first", err=True)
        return
    width = max(len(r["slug"]) for r in rows)
    for r in rows:
        click.echo(f"{r['slug']:<{width}}  {r['n_stories']:>5} stories  {r['name']}")


@topics.command("add")
@click.argument("name")
@click.option("--query", "-q", "query", default="", help='Keyword query: "chuyển đổi số" OR CĐS.')
@click.option("--description", default="")
@click.option("--parent", default=None, help="Slug of the parent topic.")
@click.option("--example", "examples", multiple=True, help="An example article text or id.")
@click.pass_obj
def topics_add(obj, name, query, description, parent, examples):
    """Define (or redefine) topic NAME, then re-apply topics to the store."""
    from bantin.models import Topic
    from bantin.pipeline.maintain import TopicDefinitionError, define_topic
    from bantin.text.normalize import slugify

    store = _open(obj["db"])
    topic = Topic(slug=slugify(name), name=name, description=description, query=query,
                  examples=tuple(examples), parent=parent)
    try:
        result = define_topic(store, obj["settings"], topic)
    except TopicDefinitionError as e:
        raise click.UsageError(str(e)) from None
    click.echo(f"topic {result['slug']} saved in {result['file']}; "
               f"{result['links']} topic links recomputed")


@topics.command("apply")
@click.pass_obj
def topics_apply(obj):
    """Recompute every article's topics after definitions changed."""
    from bantin.pipeline.maintain import apply_topics

    store = _open(obj["db"], create=False)
    result = apply_topics(store, obj["settings"])
    click.echo(f"{result['links']} topic links over {result['stories']} stories "
               f"({result['topics']} topics)")


@topics.command("export")
@click.pass_obj
def topics_export(obj):
    """Print every topic definition (built-in and yours) as TOML."""
    from bantin.pipeline import topics as topics_stage
    from bantin.pipeline.run import user_topics_file

    store = _open(obj["db"])
    click.echo(topics_stage.dump_topics(
        topics_stage.load_topics(user_topics_file(store, obj["settings"]))), nl=False)


@topics.command("train")
@click.option("--data", "data_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="A set in the ../shared/data layout with 'category' labels.")
@click.pass_obj
def topics_train(obj, data_dir):
    """Train the section classifier on a labelled set; ingest then uses it."""
    from bantin.eval.datasets import load_articles, load_gold
    from bantin.pipeline import classifier
    from bantin.pipeline.maintain import apply_topics, save_model
    from bantin.pipeline.prepare import prepare

    articles = load_articles(data_dir)
    labels = load_gold(data_dir).category
    labelled = [(prepare(a), labels[a.ext_id]) for a in articles if a.ext_id in labels]
    if not labelled:
        raise click.UsageError(f"{data_dir}: no 'category' labels to train on")
    model = classifier.train([a for a, _ in labelled], [c for _, c in labelled])
    store = _open(obj["db"])
    path = save_model(store, model)
    click.echo(f"trained {model.version} on {len(labelled)} articles "
               f"({len(set(c for _, c in labelled))} categories) → {path}")
    if store.count_articles():
        result = apply_topics(store, obj["settings"])
        click.echo(f"{result['links']} topic links recomputed")


@main.command()
@click.argument("topic")
@click.option("--format", "fmt",
              type=click.Choice(["html", "md", "json", "digest", "rss", "atom", "jsonfeed"]),
              default="md", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to FILE instead of stdout.")
@click.option("--limit", type=int, default=None, help="Stories on the page.")
@store_options
def page(topic, fmt, output, limit, db, settings):
    """Render the page of TOPIC (a slug or a name: chuyen-doi-so or "Chuyển đổi số")."""
    from bantin.render import text as render_text
    from bantin.render.pages import NotFound, topic_page

    store = _open(db, create=False)
    try:
        data = topic_page(store, topic, settings, limit=limit)
    except NotFound as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    if fmt == "json":
        out = render_text.to_json(data)
    elif fmt == "digest":
        out = render_text.to_digest(data)
    elif fmt == "md":
        out = render_text.to_markdown(data)
    elif fmt in ("rss", "atom", "jsonfeed"):
        from bantin.render.feeds import to_feed

        out = to_feed(data, fmt)
    else:
        from bantin.web.views import render_topic_html

        out = render_topic_html(data)
    if output:
        Path(output).write_text(out, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(out, nl=not out.endswith("\n"))


@main.command()
@click.argument("query")
@click.option("--limit", type=int, default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@store_options
def search(query, limit, as_json, db, settings):
    """Search articles, diacritic-insensitive ("chuyen doi so" finds "Chuyển đổi số")."""
    from bantin.render.pages import search_page

    store = _open(db, create=False)
    data = search_page(store, query, limit=limit)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for r in data["results"]:
        click.echo(f"{r['id']}  {r['published_at'] or '':<10.10}  {r['title'] or r['snippet']}")
    if not data["results"]:
        click.echo("no results", err=True)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@store_options
def restory(as_json, db, settings):
    """Rebuild all stories from scratch and say how far they moved."""
    from bantin.pipeline.maintain import restory as run_restory

    store = _open(db, create=False)
    try:
        result = run_restory(store, settings, progress=lambda m: click.echo(m, err=True))
    except StoreError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    agree = result["agreement_bcubed"]
    click.echo(f"{result['articles']} articles: {result['stories_before']} stories before, "
               f"{result['stories_after']} after"
               + (f"; agreement B³ F1 {agree['f1']:.4f}" if agree else ""))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@store_options
def serve(host, port, db, settings):
    """Serve the topic pages, search and the JSON API."""
    _serve(db, settings, host, port)


def _serve(db: str, settings, host: str, port: int) -> None:
    import uvicorn

    from bantin.web.app import create_app

    _open(db, create=False).close()
    app = create_app(db, settings)
    click.echo(f"bantin: serving {db} at http://{host}:{port}/  (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--no-serve", is_flag=True, help="Build the demo store and exit.")
@click.option("--db", default="bantin-demo.db", show_default=True, help="Demo store file.")
def demo(host, port, no_serve, db):
    """Build a store from the sample corpus shipped with bantin and serve it."""
    from bantin.demo import demo_sources
    from bantin.pipeline.run import ingest as run_ingest
    from bantin.settings import Settings
    from bantin.sources import read

    settings = Settings()
    store = _open(db)
    items = (item for src in demo_sources() for item in read(str(src)))
    report = run_ingest(store, items, settings)
    store.close()
    click.echo(f"demo store {db}: {report.summary()}", err=True)
    if not no_serve:
        _serve(db, settings, host, port)


@main.command(name="eval")
@click.argument("dataset_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for predictions.jsonl, stories.jsonl, metrics.json.")
@click.option("--train", "train_dir", type=click.Path(exists=True, file_okay=False),
              default=None, help="Train the category classifier on this set first.")
@click.option("--db", "db", default=None,
              help="Keep the store the pipeline built here (default: a temporary one).")
@click.option("--json", "as_json", is_flag=True, help="Print metrics as JSON.")
def eval_cmd(dataset_dir, out_dir, train_dir, db, as_json):
    """Run the pipeline on DATASET_DIR (../shared/data layout) and score it."""
    from bantin.eval.run import evaluate

    try:
        metrics = evaluate(dataset_dir, out_dir, train_dir=train_dir, db=db,
                           progress=lambda m: click.echo(m, err=True))
    except FileNotFoundError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    if as_json:
        click.echo(json.dumps(metrics, ensure_ascii=False, indent=2))
    else:
        for section, values in metrics.items():
            if isinstance(values, dict):
                shown = ", ".join(f"{k} {v:.4f}" if isinstance(v, float) else f"{k} {v}"
                                  for k, v in values.items())
                click.echo(f"{section}: {shown}")
            else:
                click.echo(f"{section}: {values}")


if __name__ == "__main__":  # pragma: no cover
    main()
