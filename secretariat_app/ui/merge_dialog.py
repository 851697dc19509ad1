"""Merging two records of one person or organization: both side by side, the clerk keeps one; every
record that refers to the other then refers to the kept one, which takes what it lacks from the other,
and the other goes to the trash. One action: Ctrl+Z takes it all back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.langmap import pick
from ..domain.vocab import LANGUAGES
from ..services.changes import Change
from . import labels
from .context import UiContext
from .errors import show_error
from .fact_text import change_text
from .formatting import LANGUAGE_NAMES
from .operations import operation


class MergeDialog(QDialog):
    merged = Signal(object)  # the Change

    def __init__(self, ctx: UiContext, kind: str, first: str, second: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.kind, self.ids = ctx, kind, (first, second)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge duplicates: %1").replace("%1", labels.kind_plural(kind)))
        lookup = ctx.app.lookup()
        docs = [ctx.records.get(kind, rid).doc for rid in self.ids]
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.keep = QButtonGroup(self)
        for col, rid in enumerate(self.ids, 1):
            button = QRadioButton(self.tr("Keep this one"), self)
            button.setObjectName(f"keep-{col}")
            button.setChecked(col == 1)
            self.keep.addButton(button, col - 1)
            grid.addWidget(button, 0, col)
            users = lookup.linked(kind, rid, ctx.lang)
            grid.addWidget(QLabel(self.tr("Referred to by %n record(s)", "", len(users)), self), 1, col)
        for row, (caption, values) in enumerate(self._rows(docs, lookup), 2):
            head = QLabel(caption, self)
            head.setStyleSheet("font-weight: bold;")
            grid.addWidget(head, row, 0, Qt.AlignmentFlag.AlignTop)
            differ = values[0] != values[1]
            for col, value in enumerate(values, 1):
                cell = QLabel(value or "—", self)
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if differ:
                    cell.setStyleSheet("background: #fff4ce;")
                grid.addWidget(cell, row, col)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        note = QLabel(self.tr("Everything that refers to the other record (teams, agreements, meetings, minutes, "
                              "visits) will refer to the one kept; it takes from the other what it lacks. The "
                              "other goes to the trash. Undo with Ctrl+Z."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(720)

    def _rows(self, docs: list[dict[str, Any]], lookup: Any) -> list[tuple[str, list[str]]]:
        def lm(key: str, lang: str) -> list[str]:
            return [(d.get(key) or {}).get(lang, "") for d in docs]

        def linked(key: str, kind: str) -> list[str]:
            out = []
            for d in docs:
                choice = lookup.choice(kind, d[key], self.ctx.lang) if d.get(key) else None
                out.append(choice.label if choice else (d.get(key) or ""))
            return out

        name = self.tr("Name")
        rows = [(f"{name} ({LANGUAGE_NAMES[lang]})", lm("name", lang)) for lang in LANGUAGES]
        if self.kind == "person":
            rows += [(self.tr("Position"), [pick(d.get("position"), self.ctx.lang)[0] for d in docs]),
                     (self.tr("Organization"), linked("organization", "organization")),
                     (self.tr("E-mail"), [d.get("email") or "" for d in docs]),
                     (self.tr("Phone"), [d.get("phone") or "" for d in docs]),
                     (self.tr("Notes"), [d.get("notes") or "" for d in docs])]
        else:
            rows += [(self.tr("Short name"), [pick(d.get("short_name"), self.ctx.lang)[0] for d in docs]),
                     (self.tr("City"), [labels.value_name(d.get("city")) for d in docs]),
                     (self.tr("Kind"), [labels.value_name(d.get("kind")) for d in docs]),
                     (self.tr("Part of"), linked("parent", "organization"))]
        rows.append((self.tr("Id"), list(self.ids)))
        return rows

    def kept(self) -> tuple[str, str]:
        keep = self.keep.checkedId()
        return self.ids[keep], self.ids[1 - keep]

    def merge(self) -> Any:
        keep, other = self.kept()
        contacts, kind = self.ctx.app.contacts, self.kind
        self.merge_button.setEnabled(False)

        def done(change: Change) -> None:
            self.merged.emit(change)
            window = self.parent().window() if self.parent() else None
            if window is not None and hasattr(window, "show_message"):
                window.show_message(self.tr("%1. Undo with Ctrl+Z.").replace("%1", change_text(change, self.ctx.lang)))
            self.accept()

        def failed(exc: BaseException) -> None:
            self.merge_button.setEnabled(True)
            show_error(self, exc, self.tr("Not merged"))

        return operation(lambda: contacts.merge(kind, keep, other, initiator=self), self, done, failed)


def open_merge(ctx: UiContext, kind: str, first: str, second: str, parent: QWidget | None = None) -> MergeDialog:
    dialog = MergeDialog(ctx, kind, first, second, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
