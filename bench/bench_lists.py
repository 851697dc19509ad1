"""The record lists' queries on any backend (SQLite file or PostgreSQL URL): the ids in order and the
first page of rows, for each list, default order, by name in English and in Chinese, and with a filter.

    .venv/bin/python bench/bench_lists.py --db bench/data/scale20.sqlite3
    .venv/bin/python bench/bench_lists.py --database-url postgresql+psycopg://…/bench20

Reports the median and the worst of --repeat runs per case (the UI runs these on a worker thread; see
bench_ui.py for what the window itself costs).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from secretariat_app.services import lists  # noqa: E402
from secretariat_app.services.lists import ListQuery  # noqa: E402
from secretariat_app.settings import Settings, sqlite_url  # noqa: E402
from secretariat_app.storage.database import Database  # noqa: E402

PAGE = 100
CASES = [
    ("default order", {}),
    ("by name, en", {"sort": "NAME", "lang": "en"}),
    ("by name, zh (pinyin)", {"sort": "NAME", "lang": "zh"}),
    ("filter 'beijing'", {"text": "beijing"}),
    ("filter '환경'", {"text": "환경"}),
]
NAME = {"team": "name", "agreement": "title", "meeting": "title", "visit": "title", "person": "name"}


def measure(db: Database, q: ListQuery, repeat: int) -> tuple[float, float, int]:
    times, n = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        with db.reading() as uow:
            found = lists.ids(uow.session, q)
        lists.rows(db, q.kind, found[:PAGE])
        times.append((time.perf_counter() - started) * 1000)
        n = len(found)
    return statistics.median(times), max(times), n


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", type=Path)
    where.add_argument("--database-url")
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    url = args.database_url or sqlite_url(args.db)
    db = Database(Settings(url, "bench"))
    print(f"# lists on {db.dialect} ({db.settings.display_name}); load average {os.getloadavg()[0]:.1f}")
    print(f"{'list':<10} {'case':<24} {'rows':>7} {'median ms':>10} {'worst ms':>9}")
    for kind in NAME:
        for label, fields in CASES:
            fields = {k: (NAME[kind] if v == "NAME" else v) for k, v in fields.items()}
            med, worst, n = measure(db, ListQuery(kind=kind, **fields), args.repeat)
            print(f"{kind:<10} {label:<24} {n:>7} {med:>10.0f} {worst:>9.0f}")
    db.close()


if __name__ == "__main__":
    main()
