"""Pathological queries on the 20-year archive: the same chunk or term asked hundreds of times.

    .venv/bin/python bench/bench_pathological_search.py --db bench/data/scale20.sqlite3 [--unbounded]

``--unbounded`` lifts the bound on a term's words (MAX_TERM_WORDS), for comparison; the collapsing of
repeats cannot be lifted from here. Target (issue 13): ≤ 100 ms each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = {
    "a* ×300 as one term": "a*" * 300,
    "a* ×1500 as one term": "a*" * 1500,
    "환경* ×300 as one term": "환경*" * 300,
    "a* ×300 as separate terms": "a* " * 300,
    "a* OR … ×300": " OR ".join(["a*"] * 300),
    "400 different words": " ".join(f"w{i}" for i in range(400)),
}


def main() -> None:
    from secretariat_app import bootstrap
    from secretariat_app.search import query
    from secretariat_app.settings import Settings, sqlite_url

    p = argparse.ArgumentParser()
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--unbounded", action="store_true")
    args = p.parse_args()
    if args.unbounded:
        query.MAX_TERM_WORDS = 10**6
    app = bootstrap.open_app(Settings(database_url=sqlite_url(args.db), user="bench"))
    try:
        for name, text in QUERIES.items():
            walls, cpus = [], []
            for _ in range(args.runs):
                wall, cpu = time.perf_counter(), time.process_time()
                app.search.search(text, 20)
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
            print(f"{name:<28} wall {statistics.median(walls) * 1000:7.0f} ms   CPU {statistics.median(cpus) * 1000:7.0f} ms")
    finally:
        app.close()


if __name__ == "__main__":
    main()
