"""The office's formats from the desktop app: File → Export calendar…, Export list…, the spreadsheet
reports, "Add to calendar" on a meeting, a visit and the dashboard, and the calendar file kept up to date
for a calendar program that subscribes to it.

Each file is made on a worker (the window stays usable) by the same code as the command line, and
appears whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..domain.vocab import LANGUAGES
from ..errors import SecretariatError
from ..services.changes import Change
from .context import UiContext
from .errors import show_error
from .file_dialogs import save_file_name
from .formatting import LANGUAGE_NAMES
from .workers import Task

if TYPE_CHECKING:  # the calendar's modules load when a calendar is made, not with the first window
    from ..services.calendar_feed import CalendarQuery
    from ..services.lists import ListQuery

FEED_SETTING = "calendar/feed_path"
FEED_DELAY_MS = 1500  # saves in a row (an import, a merge) rewrite the file once
FEED_PAST_DAYS = 365  # a subscribed calendar shows the past year and everything ahead
FEED_KINDS = ("meeting", "visit", "agreement", "team", "person")  # what its entries show
KINDS = ("meetings", "visits", "actions", "expiries")


# lupdate reads translate("<context>", "<text>") calls: the context is written at every call.
translate = QCoreApplication.translate


def kind_names() -> dict[str, str]:
    return {"meetings": translate("OfficeTasks", "Meetings and general conferences"), "visits": translate("OfficeTasks", "Visits and their itineraries"),
            "actions": translate("OfficeTasks", "Action items' due dates"), "expiries": translate("OfficeTasks", "Agreements' expiry dates")}


def run_file_task(parent: QWidget, work: Callable[[], Any], done: Callable[[Any], None], title: str) -> Task:
    """Make a file on a worker; say where it went (or why not) back on the UI thread."""
    task = Task(lambda _progress: work(), parent)
    task.succeeded.connect(done)
    task.failed.connect(lambda exc: show_error(parent, exc, title))
    return task.start()


def _said(parent: QWidget, text: str) -> None:
    window = parent.window()
    if hasattr(window, "show_message"):
        window.show_message(text)


def _ask_path(parent: QWidget, caption: str, name: str, filter_: str, suffix: str) -> Path | None:
    chosen, _ = save_file_name(parent, caption, name, filter_)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


# --- calendars -----------------------------------------------------------------------------------------


class CalendarDialog(QDialog):
    """File → Export calendar…: the language of the titles, the days, what to include, one team or all."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calendarDialog")
        self.setWindowTitle(self.tr("Export calendar"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(ctx.lang) if ctx.lang in LANGUAGES else 2)
        today = QDate.currentDate()
        self.use_from, self.use_to = QCheckBox(self.tr("From"), self), QCheckBox(self.tr("To"), self)
        self.date_from, self.date_to = QDateEdit(today.addYears(-1), self), QDateEdit(today.addYears(1), self)
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            check.setChecked(True)
            check.toggled.connect(edit.setEnabled)
        self.team = QComboBox(self)
        self.team.setObjectName("team")
        self.team.addItem(self.tr("All teams"), None)
        for choice in ctx.app.lookup().search("team", "", ctx.lang, limit=200):
            self.team.addItem(choice.label, choice.id)
        self.kinds: dict[str, QCheckBox] = {}
        kinds_box = QVBoxLayout()
        for kind, name in kind_names().items():
            box = QCheckBox(name, self)
            box.setChecked(True)
            self.kinds[kind] = box
            kinds_box.addWidget(box)
        form = QFormLayout()
        form.addRow(self.tr("Titles in"), self.language)
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            form.addRow(check, row)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Include"), kinds_box)
        note = QLabel(self.tr("Calendar programs (Outlook, Google Calendar, Apple Calendar, Thunderbird) import "
                              "the file; importing it again updates the entries instead of adding them twice."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def query(self) -> CalendarQuery:
        def day(edit: QDateEdit) -> date:
            d = edit.date()
            return date(d.year(), d.month(), d.day())

        from ..services.calendar_feed import CalendarQuery

        kinds = tuple(k for k, box in self.kinds.items() if box.isChecked())
        if not kinds:
            raise SecretariatError(self.tr("Choose at least one kind of entry."))
        return CalendarQuery(lang=self.language.currentData(), team=self.team.currentData(),
                             date_from=day(self.date_from) if self.use_from.isChecked() else None,
                             date_to=day(self.date_to) if self.use_to.isChecked() else None, kinds=kinds)


def write_calendar(parent: QWidget, ctx: UiContext, query: CalendarQuery, name: str) -> Task | None:
    path = _ask_path(parent, translate("OfficeTasks", "Save the calendar"), name, translate("OfficeTasks", "Calendar files (*.ics)"), ".ics")
    if path is None:
        return None
    office = ctx.app.office

    def done(count: int) -> None:
        _said(parent, translate("OfficeTasks", "Wrote %n calendar entry(s) to %1.", None, count).replace("%1", str(path)))

    return run_file_task(parent, lambda: office.write_calendar(path, query), done, translate("OfficeTasks", "The calendar was not saved"))


def export_calendar(parent: QWidget, ctx: UiContext) -> CalendarDialog:
    dialog = CalendarDialog(ctx, parent)

    def accepted() -> None:
        try:
            query = dialog.query()
        except SecretariatError as exc:
            show_error(parent, exc, translate("OfficeTasks", "The calendar was not saved"))
            return
        write_calendar(parent, ctx, query, "council-calendar.ics")

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def add_to_calendar(parent: QWidget, ctx: UiContext, kind: str, record_id: str) -> Task | None:
    """A meeting (with its action items' due dates) or a visit (with its itinerary) as a calendar file."""
    from ..services.calendar_feed import CalendarQuery

    query = CalendarQuery(lang=ctx.lang, record=(kind, record_id))
    return write_calendar(parent, ctx, query, f"{record_id}.ics")


def add_coming_to_calendar(parent: QWidget, ctx: UiContext, today: date, days: int = 90) -> Task | None:
    """The dashboard's "Add to calendar": everything in the coming weeks."""
    from ..services.calendar_feed import CalendarQuery

    query = CalendarQuery(lang=ctx.lang, date_from=today, date_to=today + timedelta(days=days))
    return write_calendar(parent, ctx, query, f"council-{today.isoformat()}.ics")


class CalendarFeed(QObject):
    """One .ics file kept up to date for a calendar program that subscribes to it (Preferences): written
    again, whole, a moment after each save that touches what it shows."""

    written = Signal(str)  # the path (tests wait for it)
    failed = Signal(str)

    def __init__(self, ctx: UiContext, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx, self.settings = ctx, settings
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FEED_DELAY_MS)
        self.timer.timeout.connect(self.write_now)
        self.task: Task | None = None
        self._again = False
        ctx.changed.connect(self._changed)

    @property
    def path(self) -> Path | None:
        value = self.settings.value(FEED_SETTING, "")
        return Path(str(value)) if value else None

    def _changed(self, change: Change) -> None:
        if self.path is not None and change.touches(*FEED_KINDS):
            self.timer.start()

    def update_soon(self) -> None:
        if self.path is not None:
            self.timer.start()

    def write_now(self) -> Task | None:
        path = self.path
        if path is None:
            return None
        if self.task is not None and not self.task.done:
            self._again = True  # a save came while the file was written: once more after it
            return self.task
        from ..services.calendar_feed import CalendarQuery

        query = CalendarQuery(lang=self.ctx.lang, date_from=date.today() - timedelta(days=FEED_PAST_DAYS))
        office = self.ctx.app.office
        task = Task(lambda _progress: office.write_calendar(path, query), self)
        task.succeeded.connect(lambda _count: self.written.emit(str(path)))
        task.failed.connect(lambda exc: self.failed.emit(str(exc)))
        task.finished.connect(self._finished)
        self.task = task.start()
        return self.task

    def _finished(self) -> None:
        if self._again:
            self._again = False
            self.timer.start()


# --- spreadsheets --------------------------------------------------------------------------------------


def report_names() -> dict[str, str]:
    return {"register": translate("OfficeTasks", "Agreement register"), "actions": translate("OfficeTasks", "Action items by owner and status"),
            "contacts": translate("OfficeTasks", "Contact list"), "attendance": translate("OfficeTasks", "Attendance of this meeting")}


def export_list(parent: QWidget, ctx: UiContext, query: ListQuery, name: str) -> Task | None:
    """The list as it stands (its filter, status and order) as a spreadsheet."""
    path = _ask_path(parent, translate("OfficeTasks", "Export the list"), f"{name}.xlsx", translate("OfficeTasks", "Excel workbooks (*.xlsx)"), ".xlsx")
    if path is None:
        return None
    office, lang = ctx.app.office, ctx.lang

    def done(rows: int) -> None:
        _said(parent, translate("OfficeTasks", "Wrote %n row(s) to %1.", None, rows).replace("%1", str(path)))

    return run_file_task(parent, lambda: office.export_list(path, query, lang), done, translate("OfficeTasks", "The list was not exported"))


def export_report(parent: QWidget, ctx: UiContext, report: str, record_id: str | None = None) -> Task | None:
    name = f"{report}-{record_id}" if record_id else report
    path = _ask_path(parent, report_names()[report], f"{name}.xlsx", translate("OfficeTasks", "Excel workbooks (*.xlsx)"), ".xlsx")
    if path is None:
        return None
    office, lang = ctx.app.office, ctx.lang

    def done(rows: int) -> None:
        _said(parent, translate("OfficeTasks", "Wrote %n row(s) to %1.", None, rows).replace("%1", str(path)))

    return run_file_task(parent, lambda: office.export_report(path, report, lang, record_id), done,
                         translate("OfficeTasks", "The report was not exported"))
