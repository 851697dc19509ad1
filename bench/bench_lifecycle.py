"""Agreements' timelines on the 20-year archive: migration 0010 on a database made before it (every
agreement gets its events from its fields), then the dashboard (with its notice deadlines), a year's
calendar of expiries and notice deadlines, and one extension recorded through the service. Wall and CPU
time of each (the process's own CPU) and the peak memory.

    .venv/bin/python bench/bench_lifecycle.py --db bench/data/scale20.sqlite3

The given file is copied (SQLite's backup) to bench/out/lifecycle.sqlite3 first; only the copy changes.
Made before 0010 (a `scale20.sqlite3` from an older checkout), the copy is migrated when opened; made
after, the first step measures opening only.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alembic import command  # noqa: E402
from sqlalchemy import func, select, text  # noqa: E402

from secretariat_app import bootstrap  # noqa: E402
from secretariat_app.demo.generate import REFERENCE_TODAY  # noqa: E402
from secretariat_app.domain import models as m  # noqa: E402
from secretariat_app.services import agreements, calendar_feed  # noqa: E402
from secretariat_app.settings import Settings, sqlite_url  # noqa: E402
from secretariat_app.storage import migrations  # noqa: E402
from secretariat_app.storage.engine import open_engine  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"


def measure(label: str, work):  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<44} wall {wall:7.2f} s  CPU {cpu:7.2f} s  peak RSS {peak:,.0f} MiB", flush=True)
    return result


def upgrade(engine, revision: str) -> None:  # type: ignore[no-untyped-def]
    cfg = migrations.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, type=Path)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    copy = OUT / "lifecycle.sqlite3"
    for leftover in OUT.glob("lifecycle.sqlite3*"):
        leftover.unlink()
    with sqlite3.connect(args.db) as source, sqlite3.connect(copy) as target:
        measure("copy of the archive", lambda: source.backup(target))
    with sqlite3.connect(copy) as conn:
        before = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    if before < "0009":  # the steps before timelines, on their own (not what this measures)
        engine = open_engine(sqlite_url(copy))
        measure(f"migrations {before} → 0009", lambda: upgrade(engine, "0009"))
        engine.dispose()
    app = measure("open, migrating 0009 → 0010 (timelines)" if before <= "0009" else "open",
                  lambda: bootstrap.open_app(Settings(database_url=sqlite_url(copy), user="bench")))
    try:
        assert migrations.current_revision(app.db.engine) == migrations.head_revision()
        with app.db.engine.begin() as conn:  # notice periods as a generator of this version gives them
            conn.execute(text("UPDATE agreements SET notice_days = 90, auto_renews = 1, renews_for_months = 36 "
                              "WHERE renewal_terms IS NOT NULL AND notice_days IS NULL"))
        with app.db.reading() as uow:
            s = uow.session
            counts = (s.scalar(select(func.count()).select_from(m.Agreement)),
                      s.scalar(select(func.count()).select_from(m.AgreementEvent)))
        print(f"{counts[0]:,} agreements, {counts[1]:,} events", flush=True)
        today = REFERENCE_TODAY
        board = measure("dashboard (with notice deadlines)", lambda: app.dashboard.load(today))
        print(f"  notice deadlines within 90 days: {len(board.notices.entries) + board.notices.more}, "
              f"expiring: {len(board.expiring.entries) + board.expiring.more}", flush=True)
        year = date(today.year, 1, 1)
        events = measure("calendar, a year of expiries and notices", lambda: calendar_feed.events(
            app.db, calendar_feed.CalendarQuery(kinds=("expiries",), date_from=year,
                                                date_to=year.replace(month=12, day=31))))
        print(f"  {sum(e.kind == 'notice' for e in events)} notice deadlines, "
              f"{sum(e.kind == 'expiry' for e in events)} expiries", flush=True)
        with app.db.reading() as uow:
            target = uow.session.scalar(select(m.Agreement.id).where(m.Agreement.status == "in_force",
                                                                     m.Agreement.expires_on.is_not(None))
                                        .order_by(m.Agreement.id).limit(1))
            meeting = uow.session.scalar(select(m.Meeting.id).where(m.Meeting.starts_at <= datetime(
                today.year, today.month, today.day, tzinfo=UTC)).order_by(m.Meeting.starts_at.desc()).limit(1))
        assert target and meeting
        measure("one extension recorded (service, one save)", lambda: agreements.extend(
            app.records, target, meeting, until=date(today.year + 5, 12, 31)))
    finally:
        app.close()


if __name__ == "__main__":
    main()
