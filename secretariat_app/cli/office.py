"""The ``calendar``, ``export-list`` and ``export-report`` subcommands of ``secretariat`` (registered in
:mod:`secretariat_app.cli`), and the Word half of ``print``.

    secretariat calendar -o FILE.ics [--lang ko|zh|en] [--team ID] [--from DATE] [--to DATE]
                         [--kinds meetings,visits,actions,expiries]
    secretariat export-list KIND -o FILE.xlsx [--query Q] [--status S] [--sort COLUMN [--descending]] [--lang …]
    secretariat export-report register|actions|attendance|contacts [MEETING_ID] -o FILE.xlsx [--lang …]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import Any

from ..app.office import check_suffix
from ..domain.vocab import LANGUAGES
from ..errors import SecretariatError
from ..reports.calendar import KINDS
from ..reports.data import SheetOptions
from ..services.calendar_feed import CalendarQuery, parse_kinds
from ..services.lists import LIST_KINDS, ListQuery, spec
from ..services.spreadsheets import REPORT_NAMES

Opener = Callable[[argparse.Namespace], AbstractContextManager[Any]]


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2015-10-26") from None


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("calendar", help="write meetings, visits, due dates and expiry dates as an iCalendar file")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.ics")
    s.add_argument("--lang", choices=LANGUAGES, default="en", help="the titles' language (default: en)")
    s.add_argument("--team", metavar="ID", help="only this team's meetings, their actions and its agreements")
    s.add_argument("--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD", help="first day")
    s.add_argument("--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD", help="last day")
    s.add_argument("--kinds", metavar="K,K", help=f"what to include (default: all): {','.join(KINDS)}")

    s = sub.add_parser("export-list", help="write a list (filtered and sorted as in the app) as an XLSX spreadsheet")
    s.add_argument("kind", choices=LIST_KINDS)
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    s.add_argument("--query", default="", metavar="Q", help="the list's filter: words that must all appear")
    s.add_argument("--status", metavar="VALUE", help="the list's status filter (a meeting's minutes: none, "
                   "draft, circulated, approved; a template's meeting kind; a visit's destination city)")
    s.add_argument("--sort", metavar="COLUMN", help="the column to sort by (default: the list's own order)")
    s.add_argument("--descending", action="store_true", help="sort from the largest or latest")
    s.add_argument("--lang", choices=LANGUAGES, default="en", help="headers and names' order (default: en)")

    s = sub.add_parser("export-report", help="write a named report as an XLSX spreadsheet")
    s.add_argument("report", choices=REPORT_NAMES)
    s.add_argument("record_id", nargs="?", metavar="MEETING_ID", help="the meeting (attendance only)")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    s.add_argument("--lang", choices=LANGUAGES, default="en")
    s.add_argument("--as-of", type=_iso_date, metavar="YYYY-MM-DD", help="what is overdue is judged on this day")


def cmd_calendar(args: argparse.Namespace, open_app: Opener) -> int:
    check_suffix(args.output, ".ics", "a calendar")
    query = CalendarQuery(lang=args.lang, team=args.team, date_from=args.date_from, date_to=args.date_to,
                          kinds=parse_kinds(args.kinds))
    with open_app(args) as app:
        count = app.office.write_calendar(args.output, query)
    print(f"Wrote {count} calendar entr{'y' if count == 1 else 'ies'} to {args.output}")
    return 0


def cmd_export_list(args: argparse.Namespace, open_app: Opener) -> int:
    check_suffix(args.output, ".xlsx", "a spreadsheet")
    columns = spec(args.kind).keys
    if args.sort and args.sort not in columns:
        raise SecretariatError(f"The {args.kind} list has no column {args.sort!r}; its columns: {', '.join(columns)}")
    query = ListQuery(args.kind, text=args.query.strip(), facet=args.status, sort=args.sort,
                      descending=True if args.descending else None, lang=args.lang)
    with open_app(args) as app:
        rows = app.office.export_list(args.output, query, args.lang)
    print(f"Wrote {rows} row{'s' if rows != 1 else ''} to {args.output}")
    return 0


def cmd_export_report(args: argparse.Namespace, open_app: Opener) -> int:
    check_suffix(args.output, ".xlsx", "a spreadsheet")
    with open_app(args) as app:
        rows = app.office.export_report(args.output, args.report, args.lang, args.record_id, args.as_of)
    print(f"Wrote the {args.report} report ({rows} row{'s' if rows != 1 else ''}) to {args.output}")
    return 0


def print_word(args: argparse.Namespace, open_app: Opener) -> int:
    """``print agenda|minutes ID -o FILE.docx``: the editable Word document instead of the PDF."""
    check_suffix(args.output, ".docx", "a Word document")
    options = SheetOptions(lang=args.lang, marking=args.marking or "", prepared_by=args.prepared_by or "")
    with open_app(args) as app:
        app.office.write_word(args.output, args.document, args.record_id, options, args.as_of or date.today())
    print(f"Wrote the {args.document} of {args.record_id} (Word) to {args.output}")
    return 0
