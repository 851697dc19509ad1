"""The commitments register and the progress report on a generated archive: the whole register (every
action of every meeting, where it stands today), the open ones a new conference could take up, and the
progress report since the last general conference as a PDF. Wall and CPU time (the process's own) of
each, with its size.

    .venv/bin/python bench/bench_commitments.py --db bench/data/scale20.sqlite3

The database file is only read.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from secretariat_app import bootstrap  # noqa: E402
from secretariat_app.domain.documents import parse_datetime  # noqa: E402
from secretariat_app.reports.data import ProgressOptions  # noqa: E402
from secretariat_app.settings import Settings, sqlite_url  # noqa: E402


def measure(label: str, work: Any) -> Any:
    wall, cpu = time.perf_counter(), time.process_time()
    result, size = work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<46} {size:>10}  wall {wall:6.2f} s  CPU {cpu:6.2f} s", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--lang", default="ko")
    args = parser.parse_args()
    app = bootstrap.open_app(Settings(database_url=sqlite_url(args.db), user="bench"))
    today = date.today()
    try:
        reg = measure("the whole register", lambda: (r := app.commitments.register(today), f"{len(r.rows):,} rows"))
        conferences = app.commitments.conferences()
        if not conferences:
            print("no general conference in this archive")
            return
        last = conferences[-1]
        after = parse_datetime(last.starts_at) + timedelta(days=1)
        measure("open ones before the next conference", lambda: (
            r := app.commitments.open_before(after, today), f"{len(r.rows):,} rows"))
        since = [c for c in reg.rows if parse_datetime(c.starts_at) >= parse_datetime(last.starts_at)]
        print(f"since the last conference ({last.id}, {last.starts_at[:10]}): {len(since):,} commitments")
        measure("progress report since the last conference", lambda: (
            p := app.printing.progress(last.id, ProgressOptions(lang=args.lang), today),
            f"{p.pages} pages"))
    finally:
        app.close()


if __name__ == "__main__":
    main()
