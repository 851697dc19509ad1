"""A form of fields bound to keys of a document, with the rules' messages shown under each field.

Each message has a line reserved under its field (an :class:`ElidedLabel` of one line), so nothing moves
under the clerk's mouse when a message comes or goes.

``FieldForm.add("expires_on", DateField(), tr("Expires on"))`` binds a widget to ``doc["expires_on"]``;
dotted keys reach into parts (``"minutes.summary"``). The editor routes each problem (place, message) to the
field whose key is the longest prefix of its place: ``minutes.actions[2].due_on`` goes to the field
``minutes.actions`` with the rest (``[2].due_on``) for the widget to mark the row.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QSize, Signal, SignalInstance
from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from .elided import ElidedLabel

ERROR_STYLE = "color: #b00020;"


class Field(Protocol):
    changed: SignalInstance

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...

    def set_read_only(self, read_only: bool) -> None: ...


def get_path(doc: Any, key: str) -> Any:
    for part in key.split("."):
        if not isinstance(doc, dict):
            return None
        doc = doc.get(part)
    return doc


def set_path(doc: dict[str, Any], key: str, value: Any) -> None:
    parts = key.split(".")
    for part in parts[:-1]:
        if not isinstance(doc.get(part), dict):
            doc[part] = {}
        doc = doc[part]
    doc[parts[-1]] = value


def rest_of(place: str, key: str) -> str | None:
    """``rest_of("minutes.actions[2].due_on", "minutes.actions")`` → ``"[2].due_on"``; None if no match."""
    if place == key:
        return ""
    if place.startswith(key) and place[len(key)] in ".[":
        return place[len(key):].lstrip(".") if place[len(key)] == "." else place[len(key):]
    return None


class MessageLine(ElidedLabel):
    """A problem's message in a line of its own that is there whether or not it says anything (one line,
    cut with "…" to the width it has, the whole text in its tooltip then)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(lines=1, parent=parent)
        self.setStyleSheet(ERROR_STYLE)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.lines: list[str] = []
        self.setVisible(False)

    def set_lines(self, lines: list[str]) -> None:
        self.lines = list(lines)
        self.setText("  ·  ".join(self.lines))
        self.setVisible(bool(self.lines))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, self.fontMetrics().height())  # the same line, empty or not

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()


def error_label() -> MessageLine:
    return MessageLine()


@dataclass
class _Binding:
    key: str
    widget: Any
    caption: str
    message: MessageLine


class FieldForm(QWidget):
    """Fields in a form layout; :meth:`fill` and :meth:`collect` move values to and from a document."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.bindings: dict[str, _Binding] = {}
        self.left: set[str] = set()  # the keys of the fields the clerk has left (their problems show)
        self._item: Any = {}
        self._filling = False

    def add(self, key: str, widget: Any, caption: str, tip: str = "") -> Any:
        """Bind ``widget`` to ``key`` under the label ``caption``; returns the widget."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = error_label()
        column.addWidget(message)
        if tip:
            widget.setToolTip(tip)
        if caption:
            label = QLabel(caption)
            label.setBuddy(widget)
            label.setToolTip(tip)
            self.layout_.addRow(label, box)
        else:  # a widget that fills the page (a list of parts) needs no label
            self.layout_.addRow(box)
        self.bindings[key] = _Binding(key, widget, caption.rstrip(":"), message)
        if len(self.bindings) == 1:
            self.setFocusProxy(widget)  # focusing the form (a part just added) puts the cursor in its first field
        widget.changed.connect(self._edited)
        return widget

    def add_row(self, caption: str | QWidget, widget: QWidget | None = None) -> None:
        """A row that is not a field (a note, a button, a computed value)."""
        if widget is None:
            self.layout_.addRow(caption)  # type: ignore[arg-type]
        else:
            self.layout_.addRow(caption, widget)  # type: ignore[arg-type]

    def field(self, key: str) -> Any:
        return self.bindings[key].widget

    def keys(self) -> Iterable[str]:
        return self.bindings.keys()

    # --- values ----------------------------------------------------------------------------------

    def fill(self, doc: Any) -> None:
        self._filling = True
        try:
            for b in self.bindings.values():
                b.widget.blockSignals(True)
                try:
                    b.widget.set_value(get_path(doc, b.key))
                finally:
                    b.widget.blockSignals(False)
                b.message.set_lines([])
        finally:
            self._filling = False

    def collect(self, doc: dict[str, Any]) -> dict[str, Any]:
        """``doc`` with this form's values set (changed in place and returned)."""
        for b in self.bindings.values():
            set_path(doc, b.key, b.widget.value())
        return doc

    # As a parts editor's item form: the item is kept whole, the fields change what they show.
    def set_item(self, item: Any) -> None:
        self._item = copy.deepcopy(item) if item is not None else {}
        self.fill(self._item)

    def item(self) -> Any:
        return self.collect(copy.deepcopy(self._item))

    def set_read_only(self, read_only: bool, keys: Iterable[str] | None = None) -> None:
        for key in keys if keys is not None else self.bindings:
            self.bindings[key].widget.set_read_only(read_only)

    def _edited(self) -> None:
        if not self._filling:
            self.changed.emit()

    # --- problems --------------------------------------------------------------------------------

    def claim(self, place: str) -> tuple[int, str] | None:
        """(how well, key) when one of this form's fields is where ``place`` points."""
        best: tuple[int, str] | None = None
        for key in self.bindings:
            if rest_of(place, key) is not None and (best is None or len(key) > best[0]):
                best = (len(key), key)
        return best

    def show_problems(self, problems: list[tuple[str, str]]) -> list[str]:
        """Show (place, message) pairs under their fields; return the lines for problems no field took."""
        by_key: dict[str, list[tuple[str, str]]] = {k: [] for k in self.bindings}
        stray: list[str] = []
        for place, message in problems:
            claimed = self.claim(place)
            if claimed is None:
                stray.append(f"{place}: {message}" if place else message)
            else:
                by_key[claimed[1]].append((rest_of(place, claimed[1]) or "", message))
        for key, found in by_key.items():
            self._show(self.bindings[key], found)
        return stray

    def _show(self, b: _Binding, found: list[tuple[str, str]]) -> None:
        sub = [(s, msg) for s, msg in found if s]
        if hasattr(b.widget, "show_problems"):  # it marks its rows; it returns what to say here
            lines = b.widget.show_problems(sub)
        else:
            lines = [f"{s}: {msg}" for s, msg in sub]
        b.message.set_lines([msg for s, msg in found if not s] + list(lines))

    def messages(self, key: str) -> str:
        """The message shown under a field, one problem a line ("" when none; for tests and screen readers)."""
        b = self.bindings[key]
        return "\n".join(b.message.lines) if not b.message.isHidden() else ""

    def key_holding(self, widget: QWidget) -> str | None:
        """The key of the field ``widget`` belongs to (its popups too: they are children, not descendants
        in the same window)."""
        for key, b in self.bindings.items():
            if holds(b.widget, widget):
                return key
        return None


def holds(outer: QWidget, widget: QWidget | None) -> bool:
    """``widget`` is ``outer`` or inside it, following parents across windows (a calendar's menu)."""
    while widget is not None:
        if widget is outer:
            return True
        widget = widget.parentWidget()
    return False


def reveal(widget: QWidget) -> None:
    """Bring ``widget`` into view: select every tab it sits in, outermost first, then focus it."""
    tab_widgets: list[QTabWidget] = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            tab_widgets.append(parent)
        parent = parent.parentWidget()
    for tabs in reversed(tab_widgets):
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is widget or page.isAncestorOf(widget):
                tabs.setCurrentIndex(index)
                break
    widget.setFocus()
