"""The ``brief`` and ``print`` subcommands of ``secretariat`` (registered in :mod:`secretariat_app.cli`).

    secretariat brief VISIT_ID -o OUT.pdf [--lang ko|zh|en] [--bilingual ko,zh] [--sections ...]
    secretariat print agenda|minutes|agreement ID -o OUT.pdf [--lang ...]
    secretariat progress N|MEETING_ID -o OUT.pdf [--lang ...] [--bilingual ko,zh]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..app import printing
from ..domain.vocab import LANGUAGES
from ..reports.data import DOCUMENT_KINDS, SECTIONS, PackOptions, ProgressOptions, SheetOptions
from .terminal import plain

if TYPE_CHECKING:  # the drawing modules import ReportLab (half a second): only when a command runs
    from ..reports.document import Progress, Rendered

Opener = Callable[[argparse.Namespace], AbstractContextManager[Any]]  # the command line's app, closed after use


def _common(s: argparse.ArgumentParser) -> None:
    s.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf",
                   help="the PDF to write (written whole or not at all); for print agenda|minutes, a .docx "
                        "file is the editable Word document")
    s.add_argument("--lang", choices=LANGUAGES, default="en", help="the document's language (default: en)")
    s.add_argument("--as-of", type=_iso_date, metavar="YYYY-MM-DD",
                   help="the 'prepared on' date, which also decides what is overdue or expiring (default: today)")
    s.add_argument("--prepared-by", metavar="NAME", help="who prepared it (default: the user name)")
    s.add_argument("--marking", metavar="TEXT", help="the handling marking (default: 'For official use' in --lang)")
    s.add_argument("--reproducible", action="store_true",
                   help="the same data and date give byte-identical PDFs (ReportLab's invariant mode)")


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("brief", help="write the briefing pack of a visit as a PDF")
    s.add_argument("visit_id", metavar="VISIT_ID")
    _common(s)
    s.add_argument("--bilingual", metavar="A,B", help="agreements, talking points and appendix in two "
                   "languages side by side, e.g. ko,zh")
    s.add_argument("--sections", nargs="+", metavar="SECTION",
                   help=f"the sections to include (default: all): {', '.join(SECTIONS)}")
    s.add_argument("--appendix", metavar="ID,ID", help="agreements to print in full in the appendix "
                   "(default: the visit's own agreements)")

    s = sub.add_parser("print", help="write a meeting's agenda or minutes, or an agreement sheet, as a PDF")
    s.add_argument("document", choices=DOCUMENT_KINDS)
    s.add_argument("record_id", metavar="ID", help="the meeting (agenda, minutes) or agreement id")
    _common(s)


    s = sub.add_parser("progress", help="write the progress report on the commitments since a general conference")
    s.add_argument("since", metavar="N|MEETING_ID", help="the general conference's number (2) or a meeting's id")
    _common(s)
    s.add_argument("--bilingual", metavar="A,B", help="the actions in two languages side by side, e.g. ko,zh")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2015-10-26") from None


def _report(args: argparse.Namespace, what: str, rendered: Rendered) -> None:
    for problem in rendered.missing:
        print(f"warning: {plain(problem)}", file=sys.stderr)
    pages = f"{rendered.pages} page{'s' if rendered.pages != 1 else ''}"
    print(f"Wrote {what} ({pages}, {len(rendered.pdf) // 1024} KB) to {args.output}")


def cmd_brief(args: argparse.Namespace, open_app: Opener) -> int:
    printing.check_output(args.output)
    options = PackOptions(lang=args.lang, bilingual=printing.parse_pair(args.bilingual),
                          sections=printing.parse_sections(args.sections), marking=args.marking or "",
                          prepared_by=args.prepared_by or "", reproducible=args.reproducible)
    appendix = [x.strip() for x in args.appendix.split(",") if x.strip()] if args.appendix else None
    with open_app(args) as app:
        rendered = app.printing.pack(args.visit_id, options, args.as_of or date.today(), appendix, _progress())
    printing.write_pdf(args.output, rendered.pdf)
    _report(args, f"the briefing pack of {args.visit_id}", rendered)
    return 0


def cmd_print(args: argparse.Namespace, open_app: Opener) -> int:
    printing.check_output(args.output)
    options = SheetOptions(lang=args.lang, marking=args.marking or "", prepared_by=args.prepared_by or "",
                           reproducible=args.reproducible)
    with open_app(args) as app:
        rendered = app.printing.sheet(args.document, args.record_id, options, args.as_of or date.today(),
                                      _progress())
    printing.write_pdf(args.output, rendered.pdf)
    _report(args, f"the {args.document} of {args.record_id}", rendered)
    return 0


def cmd_progress(args: argparse.Namespace, open_app: Opener) -> int:
    printing.check_output(args.output)
    options = ProgressOptions(lang=args.lang, bilingual=printing.parse_pair(args.bilingual),
                              marking=args.marking or "", prepared_by=args.prepared_by or "",
                              reproducible=args.reproducible)
    with open_app(args) as app:
        rendered = app.printing.progress(args.since, options, args.as_of or date.today(), _progress())
    printing.write_pdf(args.output, rendered.pdf)
    _report(args, f"the progress report since {args.since}", rendered)
    return 0


def _progress() -> Progress | None:
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        print(f"\rDrawing: {done}/{total}", end="" if done < total else "\n", file=sys.stderr)

    return report

