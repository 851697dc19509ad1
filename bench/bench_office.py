"""The office's formats on the 20-year archive: the meetings list (50,000 meetings) as XLSX, the
agreement register and the action items as XLSX, and the whole calendar as .ics. Wall and CPU time of
each (the process's own CPU), the file's size and the peak memory; the target is the meetings list in
≤ 15 s.

    .venv/bin/python bench/bench_office.py --db bench/data/scale20.sqlite3

The database file is only read (opened as the app opens it, then written to bench/out/).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from secretariat_app import bootstrap  # noqa: E402
from secretariat_app.services.calendar_feed import CalendarQuery  # noqa: E402
from secretariat_app.services.lists import ListQuery  # noqa: E402
from secretariat_app.settings import Settings, sqlite_url  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"


def measure(label: str, work, path: Path) -> None:  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    count = work(path)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<34} {count:>8,} rows  wall {wall:6.2f} s  CPU {cpu:6.2f} s  "
          f"{path.stat().st_size / 2**20:6.1f} MiB  peak RSS {peak:,.0f} MiB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--lang", default="ko")
    parser.add_argument("--whole-calendar", action="store_true", help="also all twenty years as one .ics")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    app = bootstrap.open_app(Settings(database_url=sqlite_url(args.db), user="bench"))
    office, lang = app.office, args.lang
    try:
        measure("meetings list, newest first", lambda p: office.export_list(p, ListQuery("meeting", lang=lang), lang),
                OUT / "meetings.xlsx")
        measure("meetings list, by title (pinyin)",
                lambda p: office.export_list(p, ListQuery("meeting", sort="title", lang="zh"), "zh"),
                OUT / "meetings-zh.xlsx")
        measure("agreement register", lambda p: office.export_report(p, "register", lang), OUT / "register.xlsx")
        measure("action items by owner", lambda p: office.export_report(p, "actions", lang), OUT / "actions.xlsx")
        measure("contact list", lambda p: office.export_report(p, "contacts", lang), OUT / "contacts.xlsx")
        year = date(2032, 1, 1)  # the generated archive runs 2013–2033: its last full year, as a subscribed file
        measure("calendar, one year", lambda p: office.write_calendar(
            p, CalendarQuery(lang=lang, date_from=year, date_to=year.replace(month=12, day=31))), OUT / "year.ics")
        if args.whole_calendar:  # minutes: every event of twenty years in one file
            measure("calendar, everything", lambda p: office.write_calendar(p, CalendarQuery(lang=lang)),
                    OUT / "calendar.ics")
    finally:
        app.close()


if __name__ == "__main__":
    main()
