"""The dialogs of a meeting's cycle: a new meeting from the previous one or a template; circulating
the minutes; a city's approval. Each asks what the step needs and nothing more; the editor or the main
window saves the step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.vocab import APPROVING_CITIES, KNOWN_CITIES
from .widgets import names
from .widgets.fields import CityField, DateField
from .widgets.pickers import RecordPicker


def _read_date(field: DateField) -> date | None:
    try:
        value = field.value()
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


class _StepDialog(QDialog):
    """A small form with OK and Cancel; OK stays off until what is asked is given."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setStyleSheet("color: #a4262c;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def problem(self) -> str:
        """What is missing or wrong, in words ("" when the step can go ahead)."""
        return ""

    def _accept(self) -> None:
        problem = self.problem()
        self.message.setText(problem)
        if not problem:
            self.accept()


@dataclass(frozen=True)
class NewMeetingChoice:
    source: str  # "meeting" or "template"
    record_id: str
    on: date
    city: str | None


class NewMeetingDialog(_StepDialog):
    """"New meeting from…": the previous meeting (the one in view, or the latest of its kind) or a
    template; the day of the new meeting and its city."""

    def __init__(self, lookup: Any, lang: str, meeting: str | None, default_city: str | None,
                 parent: QWidget | None = None, template: str | None = None):
        super().__init__(self.tr("New meeting from…"), self.tr(
            "The new meeting takes the agenda, participants and title of the meeting or template you choose; "
            "its number goes up by one and the dates move to the day you pick. The minutes stay behind."), parent)
        self.from_meeting = QRadioButton(self.tr("The previous meeting"))
        self.from_template = QRadioButton(self.tr("A template"))
        group = QButtonGroup(self)
        group.addButton(self.from_meeting)
        group.addButton(self.from_template)
        self.meeting = RecordPicker(lookup, "meeting", lang)
        self.meeting.set_value(meeting)
        self.template = RecordPicker(lookup, "template", lang)
        self.template.set_value(template)
        self.on = DateField(optional=False)
        self.city = CityField(optional=True)
        self.city.set_value(default_city)
        self.form.addRow(self.from_meeting, self.meeting)
        self.form.addRow(self.from_template, self.template)
        self.form.addRow(self.tr("On"), self.on)
        self.form.addRow(self.tr("City"), self.city)
        self.city.setToolTip(self.tr("Empty: a general conference goes to the other city; other meetings stay "
                                     "where the previous one was."))
        self.from_meeting.toggled.connect(self._source_changed)
        (self.from_template if template or not meeting else self.from_meeting).setChecked(True)
        self._source_changed()

    def _source_changed(self) -> None:
        self.meeting.setEnabled(self.from_meeting.isChecked())
        self.template.setEnabled(self.from_template.isChecked())

    def choice(self) -> NewMeetingChoice:
        source = "meeting" if self.from_meeting.isChecked() else "template"
        picked = self.meeting.value() if source == "meeting" else self.template.value()
        return NewMeetingChoice(source, picked or "", _read_date(self.on) or date.today(), self.city.value())

    def problem(self) -> str:
        picked = self.meeting.value() if self.from_meeting.isChecked() else self.template.value()
        if not picked:
            return self.tr("Choose the meeting or the template to start from.")
        if _read_date(self.on) is None:
            return self.tr("Give the day of the new meeting.")
        return ""


class CirculateDialog(_StepDialog):
    """Circulating the draft minutes: to which city, on which day."""

    def __init__(self, meeting_name: str, counterpart: str | None, parent: QWidget | None = None):
        super().__init__(self.tr("Circulate minutes"), self.tr(
            "Send the draft minutes of %1 to the counterpart city for approval. Once a city approves them, "
            "their text can only change by reopening them.").replace("%1", meeting_name), parent)
        self.to = QComboBox()
        for city in KNOWN_CITIES:
            self.to.addItem(names.city_name(city), city)
        self.to.setCurrentIndex(max(self.to.findData(counterpart), 0))
        self.on = DateField(optional=False)
        self.on.set_value(date.today().isoformat())
        self.form.addRow(self.tr("To"), self.to)
        self.form.addRow(self.tr("On"), self.on)

    def values(self) -> tuple[date, str]:
        return _read_date(self.on) or date.today(), str(self.to.currentData())

    def problem(self) -> str:
        return "" if _read_date(self.on) else self.tr("Give the day the minutes were sent.")


class ApprovalDialog(_StepDialog):
    """A city's approval of the circulated minutes: which city, who approved for it, when."""

    def __init__(self, lookup: Any, lang: str, meeting_name: str, cities: list[str],
                 parent: QWidget | None = None):
        super().__init__(self.tr("Record approval"), self.tr(
            "Record a city's approval of the minutes of %1. When both cities have approved, the minutes can "
            "be made final.").replace("%1", meeting_name), parent)
        self.city = QComboBox()
        for city in APPROVING_CITIES:
            if city in cities:
                self.city.addItem(names.city_name(city), city)
        self.by = RecordPicker(lookup, "person", lang)
        self.on = DateField(optional=False)
        self.on.set_value(date.today().isoformat())
        self.form.addRow(self.tr("City"), self.city)
        self.form.addRow(self.tr("Approved by"), self.by)
        self.form.addRow(self.tr("On"), self.on)

    def values(self) -> tuple[str, str | None, date]:
        return str(self.city.currentData()), self.by.value(), _read_date(self.on) or date.today()

    def problem(self) -> str:
        if not self.by.value():
            return self.tr("Name who approved the minutes for the city.")
        if _read_date(self.on) is None:
            return self.tr("Give the day of the approval.")
        return ""


def new_meeting_from(parent: QWidget, ctx: Any, meeting: str | None, opened: Any,
                     template: str | None = None) -> NewMeetingDialog | None:
    """Ask where a new meeting comes from, make it (one undoable change) and hand its id to ``opened``.
    ``meeting``: the meeting in view, offered as the one to start from; ``template``: the template in view."""
    from .errors import show_error
    from .operations import operation

    # No city chosen: the core's default (a general conference goes to the other city).
    dialog = NewMeetingDialog(ctx.app.lookup(), ctx.lang, meeting, None, parent, template)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return dialog
    choice = dialog.choice()
    meetings = ctx.app.meetings
    if choice.source == "meeting":
        def work() -> Any:
            return meetings.new_from_meeting(choice.record_id, choice.on, choice.city, initiator=parent)
    else:
        def work() -> Any:
            return meetings.new_from_template(choice.record_id, choice.on, choice.city, initiator=parent)
    operation(work, parent, lambda result: opened("meeting", result[1]),
              lambda exc: show_error(parent, exc, QCoreApplication.translate("NewMeetingDialog", "No new meeting")))
    return dialog
