"""The record lists' queries on any backend (SQLite file or PostgreSQL URL): the ids in order and the
first page of rows, for each list, default order, by name in English and in Chinese, and with a filter.

    .venv/bin/python bench/bench_lists.py --db bench/data/scale20.sqlite3
    .venv/bin/python bench/bench_lists.py --database-url postgresql+psycopg://…/bench20

Reports the median and the worst of --repeat runs per case (the UI runs these on a worker thread; see
bench_ui.py for what the window itself costs). Each case is what a list's first opening asks: the ids in
order with the count of all (``lists.run``) and the rows of the first page (``lists.rows``), CPU and wall.
On SQLite, beside it, the same ORDER BY (the id query's SQL, written out) in plain sqlite3 on the same
file, and the ratio of the two (issue 16: within 1.5× for meetings and people).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from secretariat_app.domain import models as m  # noqa: E402
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


def measure(db: Database, q: ListQuery, repeat: int) -> dict[str, float]:
    wall, cpu, n = [], [], 0
    for _ in range(repeat):
        started, used = time.perf_counter(), time.process_time()
        found = lists.run(db, q)
        lists.rows(db, q.kind, found.ids[:PAGE])
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
        n = len(found.ids)
    return {"rows": n, "median": statistics.median(wall), "worst": max(wall), "cpu": statistics.median(cpu)}


def plain(db: Database, path: Path, q: ListQuery, repeat: int) -> float:
    """CPU milliseconds (median) of the list's id query, as SQL, in plain sqlite3 (read-only)."""
    cls = m.RECORD_CLASSES[q.kind]
    query = lists._base(q, [cls.id]).order_by(*lists._order(q))
    sql = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        cpu = []
        for _ in range(repeat):
            used = time.process_time()
            conn.execute(sql).fetchall()
            cpu.append((time.process_time() - used) * 1000)
    finally:
        conn.close()
    return statistics.median(cpu)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", type=Path)
    where.add_argument("--database-url")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--kinds", nargs="+", default=list(NAME), help="lists to measure (default: all)")
    args = p.parse_args()
    url = args.database_url or sqlite_url(args.db)
    db = Database(Settings(url, "bench"), migrate=False)  # (a benchmark never migrates the file it reads)
    print(f"# lists on {db.dialect} ({db.settings.display_name}); load average {os.getloadavg()[0]:.1f}")
    print(f"{'list':<10} {'case':<24} {'rows':>7} {'median ms':>10} {'worst ms':>9} {'cpu ms':>7} "
          f"{'plain cpu':>10} {'ratio':>6}")
    for kind in args.kinds:
        for label, fields in CASES:
            fields = {k: (NAME[kind] if v == "NAME" else v) for k, v in fields.items()}
            q = ListQuery(kind=kind, **fields)
            r = measure(db, q, args.repeat)
            bare = plain(db, args.db, q, args.repeat) if args.db else None
            ratio = f"{r['cpu'] / bare:6.2f}" if bare else f"{'-':>6}"
            print(f"{kind:<10} {label:<24} {r['rows']:>7} {r['median']:>10.0f} {r['worst']:>9.0f} {r['cpu']:>7.0f} "
                  f"{(f'{bare:.0f}' if bare is not None else '-'):>10} {ratio}")
    db.close()


if __name__ == "__main__":
    main()
