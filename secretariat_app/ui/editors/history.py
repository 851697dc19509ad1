"""The History tab: the record's audit trail, newest first, and what each change did to each field."""

from __future__ import annotations

import html
import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...domain import minutes_cycle
from ...services.records import HistoryEntry, Records
from ..clerk_name import who
from ..formatting import text_date_format, time_format
from ..widgets import names

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def format_moment(at: datetime) -> str:
    """An instant in the user's locale and time zone."""
    qdt = QDateTime.fromSecsSinceEpoch(int(at.timestamp()))
    return QLocale().toString(qdt, f"{text_date_format()} {time_format()}")


def plain(value: Any) -> str:
    """A field's value as a clerk reads it: language maps as "ko: …", lists one entry a line."""
    if value is None or value == [] or value == {}:
        return "—"
    if isinstance(value, dict) and value and set(value) <= {"ko", "zh", "en"}:
        return "\n".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, list):
        return "\n".join(plain(v) if not isinstance(v, dict) else _compact(v) for v in value)
    if isinstance(value, dict):
        return _compact(value)
    return str(value)


def _compact(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


class HistoryView(QWidget):
    def __init__(self, records: Records, kind: str, caption: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.records, self.kind = records, kind
        self.caption = caption or (lambda key: key)  # a field's label, as its form shows it
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Fields changed")])
        self.tree.currentItemChanged.connect(self._show_entry)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.entries: list[HistoryEntry] = []

    def load(self, record_id: str | None) -> None:
        self.entries = list(reversed(self.records.history(self.kind, record_id))) if record_id else []
        self.tree.clear()
        for entry in self.entries:
            item = QTreeWidgetItem([format_moment(entry.at), who(entry.user, entry.user_name),
                                    self.describe(entry), ", ".join(self.caption(f) for f in entry.fields)])
            item.setToolTip(1, self.tr("Login: %1").replace("%1", entry.user))  # the name is the clerk's word
            item.setData(0, ENTRY_ROLE, entry)
            self.tree.addTopLevelItem(item)
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        if self.entries:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        else:
            self.detail.setPlainText(self.tr("No changes recorded yet."))

    def describe(self, entry: HistoryEntry) -> str:
        """What happened, in words: "Edited", "Approved the minutes", "Undo"…"""
        words = {
            "create": self.tr("Created"), "update": self.tr("Edited"), "delete": self.tr("Moved to the trash"),
            "restore": self.tr("Restored from the trash"), "import": self.tr("Imported"),
            "undo": self.tr("Undo"), "redo": self.tr("Redo"),
            # The exchange as sync: the counterpart's other version, kept aside; and its settling.
            "conflict": self.tr("Changed at the counterpart too (their version, kept aside)"),
            "resolve": self.tr("Changed on both sides: settled"),
        }
        text = words.get(entry.action, entry.action)
        if entry.source:  # an import names the file it read
            text += " — " + self.tr("from %1").replace("%1", entry.source)
        step = self._minutes_step((entry.before or {}).get("minutes"), (entry.after or {}).get("minutes"))
        return text + " — " + step if step and entry.action != "delete" else text

    def _minutes_step(self, before: Any, after: Any) -> str:
        """The minutes' step in this change, if it made one: circulated, a city's approval, final, reopened."""
        if not isinstance(before, dict) or not isinstance(after, dict):
            return ""
        old, new = minutes_cycle.state(before), minutes_cycle.state(after)
        if new == "locked" and old != "locked":
            return self.tr("minutes final (approved)")
        if new == "draft" and old != "draft":
            return self.tr("minutes reopened")
        if new == "circulated" and old == "draft":
            return self.tr("minutes circulated")
        added = set(minutes_cycle.approved_by(after)) - set(minutes_cycle.approved_by(before))
        if added:
            return self.tr("approved by %1").replace("%1", ", ".join(names.city_name(c) for c in sorted(added)))
        return ""

    def _show_entry(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        entry: HistoryEntry | None = item.data(0, ENTRY_ROLE) if item is not None else None
        if entry is None:
            self.detail.clear()
            return
        rows = []
        before, after = entry.before or {}, entry.after or {}
        for name in entry.fields:
            rows.append(
                f"<tr><td valign='top'><b>{html.escape(self.caption(name))}</b></td>"
                f"<td valign='top' style='color:#8a1c1c'>{_cell(before.get(name))}</td>"
                f"<td valign='top'>→</td><td valign='top' style='color:#1c5e20'>{_cell(after.get(name))}</td></tr>"
            )
        heading = html.escape(f"{self.describe(entry)} · {who(entry.user, entry.user_name)} · "
                              f"{format_moment(entry.at)}")
        if not rows and entry.action == "resolve":
            body = html.escape(self.tr("This version was kept as it is; the counterpart's version is in the entry "
                                       "“Changed at the counterpart too”."))
        elif not rows:
            body = html.escape(self.tr("No field changed (the record was moved to or from the trash)."))
        else:
            was, now = html.escape(self.tr("Before")), html.escape(self.tr("After"))  # (lupdate reads no f-string)
            body = (f"<table cellspacing='6'><tr><th></th><th align='left'>{was}</th>"
                    f"<th></th><th align='left'>{now}</th></tr>{''.join(rows)}</table>")
        self.detail.setHtml(f"<p><b>{heading}</b></p>{body}")


def _cell(value: Any) -> str:
    text = plain(value)
    if len(text) > 600:
        text = text[:600] + " …"
    return html.escape(text).replace("\n", "<br>")
