"""A date-time at a venue, in the venue's own time zone, with the other council city's time beside it.

"10:00 Beijing = 11:00 Seoul": the clerk types the date and the time as they are on the invitation (the
venue's wall clock: ``2026-12-15`` Tab ``14:00``, or ``2pm``); the value carries the venue's UTC offset, as the
exchange format wants.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...domain.vocab import KNOWN_CITIES
from ..date_text import NotATime, parse_time
from ..formatting import zone_label, zone_name
from . import names
from .fields import DateField


def offset_of(city: str | None) -> int | None:
    """The city's UTC offset in minutes, if the council knows it."""
    zone = KNOWN_CITIES.get(city or "")
    if zone is None:
        return None
    delta = zone.utcoffset(None)
    return int(delta.total_seconds() // 60) if delta is not None else None


def offset_text(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "−"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h}" + (f":{m:02d}" if m else "")


def other_cities_text(at: datetime, city: str | None) -> str:
    """The same instant on the other council city's clock: "= 11:00 Seoul" (both cities for a third one)."""
    parts = []
    for code, zone in KNOWN_CITIES.items():
        if code == city:
            continue
        local = at.astimezone(zone)
        day = "" if local.date() == at.date() else f" ({names.format_date(local.date())})"
        clock = QTime(local.hour, local.minute).toString(names.time_format())
        parts.append(f"= {clock} {zone_name(code)}{day}")
    return "  ".join(parts)


class TimeField(QLineEdit):
    """A time of day typed as the clerk writes it (``14:00``, ``1400``, ``2pm``, ``오후 2시``); shown as the
    locale's clock once she leaves the box. What cannot be read stays as typed (the rules say so)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. %1").replace("%1", QTime(14, 0).toString(names.time_format())))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000000") + 24)
        self.textEdited.connect(lambda _text: self.changed.emit())
        self.editingFinished.connect(self._finished)

    def time(self) -> time | None:
        """The time typed; None when empty. Raises NotATime when it is not a time."""
        return parse_time(self.text())

    def set_time(self, at: time | None) -> None:
        self.setText("" if at is None else QTime(at.hour, at.minute).toString(names.time_format()))

    def _finished(self) -> None:
        try:
            at = self.time()
        except NotATime:
            return
        self.set_time(at)


class ZonedDateTimeEdit(QWidget):
    """A date and a time at the venue. ``optional``: an empty date or time means "not set" (a meeting's
    end); otherwise the rules ask for both."""

    changed = Signal()

    def __init__(self, optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._city: str | None = None
        self._offset = 0
        self._optional = optional
        self.date_field = DateField(optional=optional)
        self.date_field.today_button.setVisible(False)  # a meeting is rarely today; "today" can be typed
        self.time_field = TimeField()
        self.date_field.changed.connect(self._edited)
        self.time_field.changed.connect(self._edited)
        self.zone_label = QLabel()
        self.offset_box = QDoubleSpinBox()  # only for a city the council does not know
        self.offset_box.setRange(-12, 14)
        self.offset_box.setSingleStep(0.5)
        self.offset_box.setDecimals(1)
        self.offset_box.setPrefix("UTC ")
        self.offset_box.setToolTip(self.tr("The venue's offset from UTC, in hours"))
        self.offset_box.valueChanged.connect(self._offset_typed)
        self.other_label = QLabel()
        self.other_label.setStyleSheet("color: palette(mid);")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_field)
        row.addWidget(self.time_field)
        row.addWidget(self.zone_label)
        row.addWidget(self.offset_box)
        row.addWidget(self.other_label, 1)
        self.setFocusProxy(self.date_field)
        self.set_city(None, 0)

    # --- the zone --------------------------------------------------------------------------------

    def set_city(self, city: str | None, fallback_offset: int | None = None) -> None:
        """Show times at ``city``; a city the council does not know keeps ``fallback_offset`` (editable)."""
        known = offset_of(city)
        self._city = city
        if known is not None:
            self._offset = known
        elif fallback_offset is not None:
            self._offset = fallback_offset
        self.offset_box.setVisible(known is None)
        self.offset_box.blockSignals(True)
        self.offset_box.setValue(self._offset / 60)
        self.offset_box.blockSignals(False)
        where = names.city_name(city) if city else self.tr("Venue")
        self.zone_label.setText(zone_label(city, offset_text(self._offset)) if known is not None
                                else self.tr("%1 time").replace("%1", where))
        self._update_other()

    def offset(self) -> int:
        return self._offset

    def set_reference(self, reference: Any) -> None:
        """Where the date's calendar opens when it is empty (an end opens at its start's day)."""
        self.date_field.set_reference(reference)

    # --- the value -------------------------------------------------------------------------------

    def local(self) -> datetime | None:
        """The venue's wall-clock time with its offset; None when not set or not readable."""
        day = self.date_field.value()
        try:
            at = self.time_field.time()
            on = date.fromisoformat(day) if day else None
        except ValueError:  # NotATime, or a date that is not one
            return None
        if at is None or on is None:
            return None
        return datetime.combine(on, at, tzinfo=timezone(timedelta(minutes=self._offset)))

    def value(self) -> str | None:
        """The ISO date-time; None when empty (or, for an optional time, when either half is empty);
        what cannot be read is handed on as typed, for the rules to name."""
        at = self.local()
        if at is not None:
            return at.isoformat(timespec="seconds")
        day, clock = self.date_field.value(), self.time_field.text().strip()
        if not day and not clock or self._optional and (not day or not clock):
            return None
        return f"{day or ''} {clock}".strip()

    def set_value(self, value: Any) -> None:
        """An ISO date-time; shown on the clock of its own offset (a city given later may re-zone it)."""
        self.blockSignals(True)
        try:
            try:
                at = datetime.fromisoformat(value) if isinstance(value, str) and value else None
            except ValueError:
                at = None
            if at is not None and at.utcoffset() is not None:
                minutes = int(at.utcoffset().total_seconds() // 60)  # type: ignore[union-attr]
                if offset_of(self._city) is None:
                    self.set_city(self._city, minutes)
                elif minutes != self._offset:  # stored at another offset: show it on the venue's clock
                    at = at.astimezone(timezone(timedelta(minutes=self._offset)))
            self._show(at)
        finally:
            self.blockSignals(False)

    def set_local(self, at: datetime | None) -> None:
        """Set the wall-clock time (its tzinfo, if any, is ignored), as if the clerk had typed it."""
        self._show(at)
        self.changed.emit()

    def _show(self, at: datetime | None) -> None:
        for widget in (self.date_field, self.time_field):
            widget.blockSignals(True)
        try:
            self.date_field.set_value(at.date().isoformat() if at else None)
            self.time_field.set_time(at.time() if at else None)
        finally:
            for widget in (self.date_field, self.time_field):
                widget.blockSignals(False)
        self._update_other()

    def set_read_only(self, read_only: bool) -> None:
        self.date_field.set_read_only(read_only)
        self.time_field.setReadOnly(read_only)
        self.offset_box.setReadOnly(read_only)

    # --- reactions -------------------------------------------------------------------------------

    def _offset_typed(self, hours: float) -> None:
        self._offset = round(hours * 60)
        self._update_other()
        self.changed.emit()

    def _edited(self) -> None:
        self._update_other()
        self.changed.emit()

    def _update_other(self) -> None:
        at = self.local()
        self.other_label.setText(other_cities_text(at, self._city) if at else "")
