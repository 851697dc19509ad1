"""The office's formats out: calendars (.ics), spreadsheets (.xlsx) and editable agendas and minutes
(.docx). Each reads in one read transaction and writes its file whole or not at all.

The command line and the desktop app both come here; neither knows icalendar, xlsxwriter or python-docx.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..errors import SecretariatError
from ..reports.data import SheetOptions
from ..services import briefing, calendar_feed, lists, spreadsheets
from ..services.calendar_feed import CalendarQuery
from ..storage.database import Database
from ..storage.files import atomic_output
from .printing import check_language, display_name

WORD_DOCUMENTS = ("agenda", "minutes")


def check_suffix(path: Path, suffix: str, what: str) -> Path:
    """Refuse an output name before any work is done."""
    path = Path(path)
    if path.suffix.lower() != suffix:
        raise SecretariatError(f"{path}: write {what} to a {suffix} file")
    return path


def write_whole(path: Path, data: bytes, what: str) -> None:
    """``data`` appears at ``path`` complete or not at all (temp file, then rename)."""
    try:
        with atomic_output(Path(path)) as out:
            out.write(data)
    except OSError as exc:
        raise SecretariatError(f"{path}: cannot write {what}: {exc.strerror or exc}") from exc


class Office:
    def __init__(self, db: Database, user: str, names: Mapping[str, str] | None = None):
        self._db = db
        self.user = user
        self.names: dict[str, str] = dict(names or {})

    # --- calendars -------------------------------------------------------------------------------------

    def calendar(self, query: CalendarQuery) -> tuple[bytes, int]:
        """The iCalendar file's bytes and how many events it holds."""
        from ..reports.calendar import build_calendar

        check_language(query.lang)
        events = calendar_feed.events(self._db, query)
        return build_calendar(events, query.lang), len(events)

    def write_calendar(self, path: Path, query: CalendarQuery) -> int:
        path = check_suffix(path, ".ics", "a calendar")
        data, count = self.calendar(query)
        write_whole(path, data, "the calendar")
        return count

    # --- spreadsheets ----------------------------------------------------------------------------------

    def export_list(self, path: Path, query: lists.ListQuery, lang: str) -> int:
        """The list as the query shows it (filter, facet, order) as XLSX; returns the rows written."""
        check_language(lang)
        lists.spec(query.kind)  # an unknown list is refused before a file is made
        return self._write_sheet(path, lambda session: spreadsheets.list_sheet(session, query, lang), lang)

    def export_report(self, path: Path, report: str, lang: str, record_id: str | None = None,
                      as_of: date | None = None) -> int:
        """A named report (register, actions, attendance of ``record_id``, contacts) as XLSX."""
        check_language(lang)
        if report not in spreadsheets.REPORTS:
            raise SecretariatError(f"Unknown report {report!r}; choose from: {', '.join(spreadsheets.REPORT_NAMES)}")
        if report == "attendance" and not record_id:
            raise SecretariatError("The attendance report needs a meeting: name its id")
        make = spreadsheets.REPORTS[report]
        return self._write_sheet(path, lambda session: make(session, lang, as_of or date.today(), record_id), lang)

    def _write_sheet(self, path: Path, make: object, lang: str) -> int:
        from ..reports.spreadsheet import write_xlsx

        path = check_suffix(path, ".xlsx", "a spreadsheet")
        author = display_name(self.names, lang) or self.user
        try:
            with self._db.reading() as uow:
                sheet = make(uow.session)  # type: ignore[operator]
                with atomic_output(path) as out:
                    return write_xlsx(out, [sheet], title=sheet.name, author=author)
        except OSError as exc:
            raise SecretariatError(f"{path}: cannot write the spreadsheet: {exc.strerror or exc}") from exc

    # --- editable agendas and minutes ------------------------------------------------------------------

    def word(self, document: str, meeting_id: str, options: SheetOptions, as_of: date) -> bytes:
        """A meeting's agenda or minutes as a Word document (.docx)."""
        from ..reports import word

        check_language(options.lang)
        if document not in WORD_DOCUMENTS:
            raise SecretariatError(f"{document!r} is not made as a Word document; choose from: "
                                   f"{', '.join(WORD_DOCUMENTS)}")
        if not (options.prepared_by or options.prepared_by_names):
            names = dict(self.names)
            options = replace(options, prepared_by=display_name(names, options.lang) or self.user,
                              prepared_by_names=names or None)
        data = briefing.meeting_data(self._db, meeting_id, as_of)
        build = word.build_agenda if document == "agenda" else word.build_minutes
        return build(data, options)

    def write_word(self, path: Path, document: str, meeting_id: str, options: SheetOptions, as_of: date) -> None:
        path = check_suffix(path, ".docx", "a Word document")
        write_whole(path, self.word(document, meeting_id, options, as_of), "the Word document")
