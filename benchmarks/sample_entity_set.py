"""Draw a new set of articles to annotate for the entity benchmark.

    PYTHONPATH=src python benchmarks/sample_entity_set.py --seed 20290 --n 50 --out FILE

Articles come from abmusu-train, abmusu-val, vims-dev, vietnews-dev and
(since session 7 spent those) vietnews-bench after its first 20,000 articles,
which the run model's capitalization table reads; none
is in an existing annotated file (``tests/data/entities_*.jsonl``), nor in the
story of one, nor the same text under another id; at most one per story, at
least 600 characters. Each row is
``{"dataset", "id", "window": [0, W]}`` with W the first sentence or line end
at or after 1,000 characters of the `clean`-ed text (the whole text when
shorter): the rows an annotator fills with ``"spans"``.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from entities_quality import articles  # noqa: E402

from bantin.text.normalize import clean  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
SETS = ("abmusu-train", "abmusu-val", "vims-dev", "vietnews-dev", "vietnews-bench")
# vietnews-bench articles before this one feed the run model's capitalization table
BENCH_FROM = 20000
_END = re.compile(r"[.!?…](?=\s)|\n")


def window_end(text: str, at: int = 1000) -> int:
    if len(text) <= at:
        return len(text)
    m = _END.search(text, at)
    return m.end() if m else len(text)


def _stories(ds: str) -> dict[str, str]:
    """article id → story id ("" when the set has none)."""
    p = DATA / ds / "stories.jsonl"
    out: dict[str, str] = {}
    if p.exists():
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                for aid in r.get("articles") or r.get("article_ids") or []:
                    out[str(aid)] = f"{ds}:{r.get('id') or r.get('story')}"
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"sample_entity_set: {DATA} is absent", file=sys.stderr)
        return 1
    taken: set[tuple[str, str]] = set()
    for f in sorted((ROOT / "tests" / "data").glob("entities_*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                taken.add((r["dataset"], str(r["id"])))
    pool: list[tuple[str, str, str, int, str]] = []
    banned_stories: set[str] = set()
    taken_texts: set[str] = set()  # an article repeated under another id is taken too
    for ds in SETS:
        story_of = _stories(ds)
        rows = list(articles(ds, DATA))
        if ds == "vietnews-bench":
            rows = rows[BENCH_FROM:]
        for r in rows:
            aid = str(r["id"])
            sid = r.get("story") and f"{ds}:{r['story']}" or story_of.get(aid) or f"{ds}:{aid}"
            text = clean(r.get("text") or "")
            if (ds, aid) in taken:
                banned_stories.add(sid)
                taken_texts.add(text[:300])
            if len(text) >= 600:
                pool.append((ds, aid, sid, window_end(text), text[:300]))
    rng = random.Random(args.seed)
    rng.shuffle(pool)
    seen = set(banned_stories)
    out = []
    for ds, aid, sid, w, head in pool:
        if (ds, aid) in taken or sid in seen or head in taken_texts:
            continue
        seen.add(sid)
        out.append({"dataset": ds, "id": aid, "window": [0, w]})
        if len(out) == args.n:
            break
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out),
                        encoding="utf-8")
    print(f"{len(out)} articles → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
