"""A date-time at a venue, in the venue's own time zone, with the other council city's time beside it.

"10:00 Beijing = 11:00 Seoul": the clerk types the time as it is on the invitation (the venue's wall
clock); the value carries the venue's UTC offset, as the exchange format wants.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QDoubleSpinBox, QHBoxLayout, QLabel, QWidget

from ...domain.vocab import KNOWN_CITIES
from ..formatting import zone_label, zone_name
from . import names


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


class TabbingDateTimeEdit(QDateTimeEdit):
    """Tab leaves the field instead of walking its sections (the arrow keys do that)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        return QWidget.focusNextPrevChild(self, next)


class ZonedDateTimeEdit(QWidget):
    changed = Signal()

    def __init__(self, optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._city: str | None = None
        self._offset = 0
        self.enabled_box = QCheckBox()
        self.enabled_box.setVisible(optional)
        self.enabled_box.setToolTip(self.tr("Set a time"))
        self.enabled_box.toggled.connect(self._toggled)
        self.edit = TabbingDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(f"{names.date_format()} {names.time_format()}")
        self.edit.setDateTime(QDateTime(QDate.currentDate(), QTime(10, 0)))
        self.edit.dateTimeChanged.connect(self._edited)
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
        row.addWidget(self.enabled_box)
        row.addWidget(self.edit)
        row.addWidget(self.zone_label)
        row.addWidget(self.offset_box)
        row.addWidget(self.other_label, 1)
        self._optional = optional
        self.setFocusProxy(self.edit)
        self.set_city(None, 0)
        if optional:
            self._toggled(False)

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

    # --- the value -------------------------------------------------------------------------------

    def local(self) -> datetime | None:
        """The venue's wall-clock time with its offset (None when an optional time is not set)."""
        if self._optional and not self.enabled_box.isChecked():
            return None
        qdt = self.edit.dateTime()
        d, t = qdt.date(), qdt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(),
                        tzinfo=timezone(timedelta(minutes=self._offset)))

    def value(self) -> str | None:
        at = self.local()
        return at.isoformat(timespec="seconds") if at else None

    def set_value(self, value: Any) -> None:
        """An ISO date-time; shown on the clock of its own offset (a city given later may re-zone it)."""
        self.blockSignals(True)
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
        if at is not None:
            self.edit.setDateTime(QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute, at.second)))
        self.enabled_box.setChecked(at is not None or not self._optional)
        self._toggled(self.enabled_box.isChecked() or not self._optional)
        self.blockSignals(False)

    def set_local(self, at: datetime) -> None:
        """Set the wall-clock time (its tzinfo, if any, is ignored)."""
        self.enabled_box.setChecked(True)
        self.edit.setDateTime(QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute)))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.edit.setCalendarPopup(not read_only)
        self.offset_box.setReadOnly(read_only)
        self.enabled_box.setEnabled(not read_only)

    # --- reactions -------------------------------------------------------------------------------

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on or not self._optional)
        self._update_other()
        self.changed.emit()

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
