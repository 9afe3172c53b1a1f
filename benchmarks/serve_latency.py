"""Page and search latency of `bantin serve` over a real HTTP connection.

    python benchmarks/serve_latency.py --db PATH          # an existing store
    python benchmarks/serve_latency.py --limit 10000      # build one from vietnews-bench first

Starts the real server (uvicorn, one process) on a free port and requests,
one at a time as a reader would: the home page, every topic page (first and
second page), story, article and entity pages, their JSON twins and
searches (words with and without diacritics, phrases, entity filters, and
misses). Prints p50 / p95 / max per kind of request in milliseconds, measured
at the client (includes HTTP). The mission's target is p95 under 50 ms.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bantin.store import open_store  # noqa: E402
from bantin.web.app import running_server  # noqa: E402

BENCH = ROOT.parent / "shared" / "data" / "vietnews-bench" / "articles.jsonl.gz"
QUERIES = [
    "chuyển đổi số", "chuyen doi so", "Hà Nội", "ha noi", "bóng đá", "giá vàng",
    "\"thủ tướng\"", "covid", "học sinh", "tai nạn giao thông", "xuất khẩu gạo",
    "điện biên", "ngân hàng", "thị trường chứng khoán", "World Cup", "zzzkhongcodau",
    "tinh:ha-noi", "giáo dục tinh:ha-noi", "bệnh viện tinh:thanh-pho-ho-chi-minh",
]


def _build(limit: int) -> str:
    from bantin.pipeline.run import ingest
    from bantin.settings import Settings
    from bantin.sources import read

    if not BENCH.exists():
        sys.exit(f"skip: {BENCH} not found (../shared/data beside the repo)")
    db = str(Path(tempfile.mkdtemp()) / "serve.db")
    store = open_store(db)
    t = time.perf_counter()
    items = read(str(BENCH))
    report = ingest(store, (x for _, x in zip(range(limit), items)), Settings())
    store.close()
    print(f"built {db}: {report.summary()} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return db


def _paths(db: str, n: int) -> dict[str, list[str]]:
    store = open_store(db, create=False)
    c = store.conn
    topics = [r[0] for r in c.execute("SELECT slug FROM topics")]
    stories = [r[0] for r in c.execute("SELECT id FROM stories ORDER BY random() LIMIT ?", (n,))]
    articles = [r[0] for r in c.execute("SELECT id FROM articles ORDER BY random() LIMIT ?", (n,))]
    ents = [(r[0], r[1]) for r in c.execute(
        "SELECT kind, key FROM entities GROUP BY kind, key ORDER BY count(*) DESC LIMIT ?", (n,))]
    store.close()
    q = [httpx.QueryParams({"q": x}) for x in QUERIES]
    return {
        "home": ["/"] * 10,
        "topic page": [f"/topics/{t}" for t in topics] + [f"/topics/{t}?page=2" for t in topics],
        "topic json": [f"/topics/{t}.json" for t in topics],
        "story page": [f"/stories/{s}" for s in stories],
        "article page": [f"/articles/{a}" for a in articles],
        "entity page": [f"/entities/{k}/{v}" for k, v in ents],
        "search": [f"/search?{p}" for p in q] * 3,
        "search json": [f"/search.json?{p}" for p in q] * 3,
    }


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="an existing store (else one is built from vietnews-bench)")
    ap.add_argument("--limit", type=int, default=10000, help="articles to build a store from")
    ap.add_argument("--n", type=int, default=100, help="stories, articles and entities sampled")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    db = args.db or _build(args.limit)
    paths = _paths(db, args.n)
    out = {}
    with running_server(db) as url, httpx.Client(base_url=url, timeout=30) as client:
        for p in paths["home"][:2]:  # warm-up: templates, caches, the first connection
            client.get(p)
        for kind, ps in paths.items():
            times, bad = [], 0
            for p in ps:
                t = time.perf_counter()
                r = client.get(p)
                times.append(1000 * (time.perf_counter() - t))
                bad += r.status_code >= 400
            if times:
                out[kind] = {"n": len(times), "p50": round(_pct(times, .5), 1),
                             "p95": round(_pct(times, .95), 1), "max": round(max(times), 1),
                             "errors": bad}
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"{'request':14s} {'n':>4s} {'p50 ms':>8s} {'p95 ms':>8s} {'max ms':>8s} errors")
    for kind, m in out.items():
        print(f"{kind:14s} {m['n']:4d} {m['p50']:8.1f} {m['p95']:8.1f} {m['max']:8.1f} {m['errors']}")


if __name__ == "__main__":
    main()
