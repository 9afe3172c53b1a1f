"""End-to-end ingest throughput: vietnews-bench into a fresh store.

    python benchmarks/ingest_throughput.py [--limit N] [--db PATH] [--no-entities]

Reads ../shared/data/vietnews-bench/articles.jsonl.gz (40,000 articles) with
the real JSONL source reader, ingests it with every stage on (dedupe, stories,
topics, briefs, entities, search index) and prints articles per second, peak
memory (max RSS) and the time to add one more article at the end, against
the same into an empty store.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bantin.models import Article
from bantin.pipeline.run import ingest
from bantin.settings import Settings
from bantin.sources import read
from bantin.store import open_store

BENCH = ROOT.parent / "shared" / "data" / "vietnews-bench" / "articles.jsonl.gz"


def _one(i: int) -> Article:
    return Article(title=f"Bài kiểm tra số {i} về chuyển đổi số ở Điện Biên",
                   text="Tỉnh Điện Biên triển khai 12 dịch vụ công trực tuyến mới. "
                        f"Đây là bài thứ {i}. Người dân có thể nộp hồ sơ qua VNeID.",
                   url=f"https://bench.example.vn/{i}")


def _add_one_ms(store, settings, start: int, n: int = 20) -> float:
    times = []
    for i in range(start, start + n):
        t0 = time.perf_counter()
        ingest(store, [_one(i)], settings)
        times.append(time.perf_counter() - t0)
    times.sort()
    return 1000 * times[len(times) // 2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--db", default=None)
    ap.add_argument("--no-entities", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not BENCH.exists():
        sys.exit(f"skip: {BENCH} not found (../shared/data beside the repo)")
    settings = Settings(entities=not args.no_entities)
    tmp = tempfile.TemporaryDirectory()
    db = args.db or str(Path(tmp.name) / "bench.db")
    empty_db = str(Path(tmp.name) / "empty.db")

    empty = open_store(empty_db)
    empty_ms = _add_one_ms(empty, settings, 0)

    def items():
        for n, item in enumerate(read(str(BENCH))):
            if args.limit is not None and n >= args.limit:
                return
            yield item

    store = open_store(db)
    last = [time.perf_counter()]

    def progress(r):
        now = time.perf_counter()
        if now - last[0] > 5:
            print(f"  {r.total} articles, {r.total / (now - t0):,.0f}/s", file=sys.stderr)
            last[0] = now

    t0 = time.perf_counter()
    report = ingest(store, items(), settings, progress=progress)
    elapsed = time.perf_counter() - t0
    full_ms = _add_one_ms(store, settings, 10_000)
    result = {
        "articles": report.total,
        "new": report.new,
        "duplicates": report.duplicates,
        "seconds": round(elapsed, 1),
        "articles_per_s": round(report.total / elapsed, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "add_one_ms_empty_store": round(empty_ms, 1),
        "add_one_ms_full_store": round(full_ms, 1),
        "store_articles": store.count_articles(),
        "db_mb": round(Path(db).stat().st_size / 2**20),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:>24}: {v}")


if __name__ == "__main__":
    main()
