"""`bantin eval`: run the pipeline on a dataset and score it.

The pipeline runs through a real store (a temporary SQLite file), exactly as
`bantin ingest` would, on articles whose gold fields were removed on
reading. Only `score` reads the gold.

Outputs (the contract outside scorers read):
- ``predictions.jsonl``: per article ``{"id", "story", "summary",
  "category"?, "topics"}``.
- ``stories.jsonl``: for each GOLD story id, ``{"story", "summary"}``: a lead
  written from exactly that story's articles, so summaries are scored apart
  from clustering.
- ``metrics.json``: every metric of ../shared/data/README.md the gold allows.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from bantin.eval import metrics as M
from bantin.eval.datasets import load_articles, load_gold
from bantin.pipeline import summarize
from bantin.pipeline.prepare import prepare
from bantin.pipeline.run import ingest
from bantin.settings import Settings
from bantin.store.db import Store


def evaluate(dataset_dir: str | Path, out_dir: str | Path, *, train_dir: str | Path | None = None,
             db: str | Path | None = None, settings: Settings | None = None,
             progress: Callable[[str], None] | None = None) -> dict:
    say = progress or (lambda _m: None)
    settings = settings or Settings()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    # Prepared here (ids set) so predictions can be matched to store rows.
    articles = [prepare(a) for a in load_articles(dataset_dir)]
    say(f"{len(articles)} articles from {dataset_dir}")
    timings: dict[str, float] = {}

    model = None
    if train_dir:
        from bantin.pipeline import classifier

        t0 = time.perf_counter()
        train_articles = load_articles(train_dir)
        gold_train = load_gold(train_dir).category
        labelled = [(a, gold_train[a.ext_id]) for a in train_articles if a.ext_id in gold_train]
        if not labelled:
            raise FileNotFoundError(f"{train_dir}: no 'category' labels to train on")
        model = classifier.train([prepare(a) for a, _ in labelled], [c for _, c in labelled])
        timings["train_s"] = time.perf_counter() - t0
        say(f"trained the category classifier on {len(labelled)} articles")

    with tempfile.TemporaryDirectory() as tmp:
        if db and Path(db).exists():
            raise FileNotFoundError(f"{db}: already exists; eval builds a fresh store")
        store = Store(db or Path(tmp) / "eval.db")
        t0 = time.perf_counter()
        ingest(store, articles, settings)
        timings["ingest_s"] = time.perf_counter() - t0
        timings["articles_per_s"] = len(articles) / max(timings["ingest_s"], 1e-9)
        say(f"ingested in {timings['ingest_s']:.1f} s")
        predictions = []
        categories = model.predict(list(articles)) if model else None
        for i, a in enumerate(articles):
            # An exact copy of an earlier article shares that article's row.
            r = store.article_row(a.id)
            pred = {
                "id": a.ext_id,
                "story": r["story_id"],
                "summary": " ".join(s["text"] for s in json.loads(r["brief"] or "[]")),
                "topics": [t["slug"] for t in store.article_topics(r["id"])],
            }
            if categories:
                pred["category"] = categories[i][0]
            predictions.append(pred)
        store.close()

    # Story leads from exactly the articles of each gold story.
    gold = load_gold(dataset_dir)
    members: dict[str, list] = defaultdict(list)
    for a in articles:
        if a.ext_id in gold.story:
            members[gold.story[a.ext_id]].append(a)
    t0 = time.perf_counter()
    story_out = []
    for sid, arts in members.items():
        spans = summarize.story_lead(arts, target_words=settings.story_lead_words or None)
        story_out.append({"story": sid, "summary": " ".join(s.text for s in spans)})
    timings["story_leads_s"] = time.perf_counter() - t0

    _write_jsonl(out / "predictions.jsonl", predictions)
    _write_jsonl(out / "stories.jsonl", story_out)
    result = score(predictions, story_out, gold)
    result["timing"] = timings
    result["dataset"] = str(dataset_dir)
    (out / "metrics.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")
    return result


def score(predictions: list[dict], stories: list[dict], gold) -> dict:
    """Every metric of ../shared/data/README.md that the gold allows."""
    result: dict = {"articles": len(predictions)}
    if gold.story:
        pred = {p["id"]: p["story"] for p in predictions}
        result["stories_bcubed"] = M.bcubed(pred, gold.story)
        result["stories_pairwise"] = M.pairwise(pred, gold.story)
    if gold.summary:
        pairs = [(p["summary"], gold.summary[p["id"]]) for p in predictions
                 if p["id"] in gold.summary]
        result["briefs_rouge"] = M.mean_rouge(pairs)
    if gold.references:
        pairs = [(s["summary"], gold.references[s["story"]]) for s in stories
                 if gold.references.get(s["story"])]
        result["story_leads_rouge"] = M.mean_rouge(pairs)
    if gold.category and any("category" in p for p in predictions):
        labelled = [p for p in predictions if p["id"] in gold.category]
        result["category"] = M.classification(
            [p.get("category", "") for p in labelled], [gold.category[p["id"]] for p in labelled]
        )
    return result


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
