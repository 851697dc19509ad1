"""An ordered list of a record's parts (agenda items, action items, signatories…) with a form for the
selected one: add, remove, move up/down (Alt+↑/↓) or drag and drop; the rules' messages mark the rows.

A row just added says nothing about what it still lacks until the clerk moves on from it (to another
row, or out of the list) or presses Save: an empty row is not yet a mistake.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QDropEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .form import error_label


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[list[Any], int], str]  # (all items, row) → cell text; rows may depend on earlier ones
    stretch: bool = False


class ItemForm(Protocol):
    changed: SignalInstance

    def set_item(self, item: Any) -> None: ...

    def item(self) -> Any: ...

    def set_read_only(self, read_only: bool) -> None: ...

    def show_problems(self, problems: list[tuple[str, str]]) -> list[str]: ...


class PartsTree(QTreeWidget):
    """A flat list whose rows move by drag and drop; the owner moves its data, then redraws."""

    move_requested = Signal(int, int)  # from row, to row (its index after the move)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDropIndicatorShown(True)

    def set_reorderable(self, on: bool) -> None:
        self.setDragEnabled(on)
        self.setAcceptDrops(on)
        self.viewport().setAcceptDrops(on)

    def drop_row(self, event: QDropEvent) -> int:
        """The row a dropped row lands on, counted after it has left its old place."""
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        if not index.isValid():
            return self.topLevelItemCount() - 1
        rect = self.visualRect(index)
        to = index.row() + (1 if pos.y() > rect.center().y() else 0)
        return to - 1 if to > self.currentIndex().row() else to

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().dragMoveEvent(event)
        if event.source() in (self, None):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        source = event.source()
        row = self.currentIndex().row()
        if source not in (self, None) or row < 0 or not self.dragEnabled():
            event.ignore()
            return
        to = max(0, min(self.drop_row(event), self.topLevelItemCount() - 1))
        # Copy, not move: the rows are redrawn from the owner's data, so Qt must not delete the dragged one.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if to != row:
            self.move_requested.emit(row, to)


class PartsEditor(QWidget):
    changed = Signal()
    moved = Signal(int, int)  # from row, to row
    removed = Signal(int)  # the row that was removed
    added = Signal(int)
    current_changed = Signal(int)

    def __init__(self, columns: list[Column], form: Any, new_item: Callable[[], Any], noun: str,
                 reorderable: bool = True, horizontal: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns, self.form, self.new_item, self.noun = columns, form, new_item, noun
        self.items: list[Any] = []
        self._problems: dict[int, list[tuple[str, str]]] = {}
        self._fresh: set[int] = set()  # rows added that the clerk has not yet moved on from
        self._read_only = False
        self._locked = False  # the list's shape is fixed (e.g. the agenda of approved minutes)
        self._reorderable = reorderable
        # Asked before a row goes, when removing it loses more than the row (notes that refer to it).
        self.confirm_remove: Callable[[int], bool] | None = None
        self.tree = PartsTree()
        self.tree.setHeaderLabels([c.title for c in columns])
        header = self.tree.header()
        header.setStretchLastSection(False)
        for i, c in enumerate(columns):
            mode = QHeaderView.ResizeMode.Stretch if c.stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(i, mode)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.move_requested.connect(self.move)
        self.tree.installEventFilter(self)
        style = self.style()
        self.add_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder),
                                      self.tr("Add %1").replace("%1", noun))
        self.add_button.clicked.connect(lambda: self.add())
        self.remove_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton),
                                         self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected %1 (Delete)").replace("%1", noun))
        self.remove_button.clicked.connect(lambda: self.remove(self.current()))
        self.up_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), self.tr("Up"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move(self.current(), self.current() - 1))
        self.down_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), self.tr("Down"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move(self.current(), self.current() + 1))
        self.add_button.setToolTip(self.tr("Add %1 (Insert)").replace("%1", noun))
        add_key = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)  # anywhere in the list or its form
        add_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_key.activated.connect(lambda: self.add())
        for key, button in (("Alt+Up", self.up_button), ("Alt+Down", self.down_button)):
            shortcut = QShortcut(QKeySequence(key), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(button.click)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(mid);")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tree, 1)
        top_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        if form is not None:
            # In a scroll area: a long item form (each field with its message line) must not make the
            # whole editor taller than a laptop's screen.
            scroll = QScrollArea()
            scroll.setWidget(form)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.splitter.addWidget(scroll)
            form.changed.connect(self._form_edited)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.tree.set_reorderable(reorderable)
        # Only once they have a parent: shown before, a button opens as a window of its own for a moment.
        self.up_button.setVisible(reorderable)
        self.down_button.setVisible(reorderable)
        self._render()

    # --- value -----------------------------------------------------------------------------------

    def value(self) -> list[Any]:
        return copy.deepcopy(self.items)

    def set_value(self, value: Any) -> None:
        self.items = copy.deepcopy(list(value or []))
        self._problems = {}
        self._fresh = set()
        self._render()
        self.select(0 if self.items else -1)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if self.form is not None:
            self.form.set_read_only(read_only)
        self._update_buttons()

    def set_structure_locked(self, locked: bool) -> None:
        """Keep the rows where they are (no add, remove or move) while their fields stay editable."""
        self._locked = locked
        self._update_buttons()

    # --- rows ------------------------------------------------------------------------------------

    def current(self) -> int:
        item = self.tree.currentItem()
        return self.tree.indexOfTopLevelItem(item) if item is not None else -1

    def select(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.tree.setCurrentItem(self.tree.topLevelItem(row))
        else:
            self.tree.setCurrentItem(None)  # type: ignore[arg-type]
            self._show_form(-1)

    def add(self, item: Any = None) -> int:
        if not self._can_reshape():
            return -1
        self.items.append(self.new_item() if item is None else item)
        row = len(self.items) - 1
        self._fresh.add(row)
        self._render()
        self.select(row)
        self.added.emit(row)
        self.changed.emit()
        if self.form is not None:
            self.form.setFocus()
        return row

    def remove(self, row: int) -> None:
        if not self._can_reshape() or not 0 <= row < len(self.items):
            return
        if self.confirm_remove is not None and not self.confirm_remove(row):
            return
        del self.items[row]
        self._problems = {}
        self._fresh = {r - (r > row) for r in self._fresh if r != row}
        self._render()
        self.select(min(row, len(self.items) - 1))
        self.removed.emit(row)
        self.changed.emit()

    def move(self, row: int, to: int) -> None:
        if not self._can_reshape() or not self._reorderable:
            return
        if not (0 <= row < len(self.items) and 0 <= to < len(self.items)) or row == to:
            return
        self.items.insert(to, self.items.pop(row))
        self._problems = {}
        self._fresh = set()
        self._render()
        self.select(to)
        self.moved.emit(row, to)
        self.changed.emit()

    def refresh(self) -> None:
        """Redraw the cells (computed ones, such as start times, may depend on other fields)."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            for col, c in enumerate(self.columns):
                item.setText(col, c.text(self.items, row))
        self._update_summary()

    # --- problems --------------------------------------------------------------------------------

    def show_problems(self, problems: list[tuple[str, str]]) -> list[str]:
        """Mark the rows named by ``[i]…`` places; return readable lines for the field's message."""
        self._problems = {}
        lines: list[str] = []
        for sub, message in problems:
            row, rest = _split_row(sub)
            if row is None:
                lines.append(message)
                continue
            if row in self._fresh:
                continue
            self._problems.setdefault(row, []).append((rest, message))
            caption = self._caption(rest)
            lines.append(f"{self.noun} {row + 1}{' · ' + caption if caption else ''}: {message}")
        self._mark_rows()
        self._show_form_problems(self.current())
        return lines

    def _caption(self, rest: str) -> str:
        bindings = getattr(self.form, "bindings", {})
        key = rest.split("[", 1)[0].split(".", 1)[0]
        b = bindings.get(key)
        return b.caption if b is not None else rest

    def _mark_rows(self) -> None:
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            found = self._problems.get(row)
            item.setIcon(0, warn if found else QIcon())
            item.setToolTip(0, "\n".join(m for _, m in found) if found else "")

    # --- drawing and the form --------------------------------------------------------------------

    def _render(self) -> None:
        current = self.current()
        self.tree.blockSignals(True)
        self.tree.clear()
        flags = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDragEnabled)
        for row in range(len(self.items)):
            item = QTreeWidgetItem([c.text(self.items, row) for c in self.columns])
            item.setFlags(flags)  # not a drop target: rows go between rows, never inside one
            self.tree.addTopLevelItem(item)
        if 0 <= current < len(self.items):
            self.tree.setCurrentItem(self.tree.topLevelItem(current))
        self.tree.blockSignals(False)
        self._mark_rows()
        self._update_buttons()
        self._update_summary()

    def _update_summary(self) -> None:
        self.summary.setText(self.tr("%n item(s)", "", len(self.items)))

    def moved_on(self) -> bool:
        """The clerk left the list (or pressed Save): its new rows may now say what they lack. True if
        there were any."""
        had = bool(self._fresh)
        self._fresh = set()
        return had

    def _current_changed(self, *_: Any) -> None:
        row = self.current()
        self._fresh &= {row}  # the row the clerk moved on from has had its chance
        self._show_form(row)
        self._update_buttons()
        self.current_changed.emit(row)

    def _show_form(self, row: int) -> None:
        if self.form is None:
            return
        valid = 0 <= row < len(self.items)
        self.form.blockSignals(True)
        self.form.set_item(self.items[row] if valid else self.new_item())
        self.form.blockSignals(False)
        self.form.setEnabled(valid)
        self._show_form_problems(row)

    def _show_form_problems(self, row: int) -> None:
        if self.form is not None:
            self.form.show_problems(self._problems.get(row, []))

    def _form_edited(self) -> None:
        row = self.current()
        if not 0 <= row < len(self.items) or self._read_only:
            return
        self.items[row] = self.form.item()
        self.refresh()
        self.changed.emit()

    def _can_reshape(self) -> bool:
        return not (self._read_only or self._locked)

    def _update_buttons(self) -> None:
        row = self.current()
        can = self._can_reshape()
        self.add_button.setEnabled(can)
        self.remove_button.setEnabled(can and row >= 0)
        self.up_button.setEnabled(can and row > 0)
        self.down_button.setEnabled(can and 0 <= row < len(self.items) - 1)
        self.tree.set_reorderable(can and self._reorderable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete and self._can_reshape():  # type: ignore[attr-defined]
                self.remove(self.current())
                return True
        return super().eventFilter(watched, event)


def _split_row(sub: str) -> tuple[int | None, str]:
    """``"[2].due_on"`` → ``(2, "due_on")``; ``"[0]"`` → ``(0, "")``."""
    if not sub.startswith("[") or "]" not in sub:
        return None, sub
    try:
        row = int(sub[1:sub.index("]")])
    except ValueError:
        return None, sub
    return row, sub[sub.index("]") + 1:].lstrip(".")


class ValueForm(QWidget):
    """The item form for parts that are one value each (an area as a language map, a person's id)."""

    changed = Signal()

    def __init__(self, widget: Any, caption: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.widget = widget
        self.message = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if caption:
            layout.addWidget(QLabel(caption))
        layout.addWidget(widget)
        layout.addWidget(self.message)
        layout.addStretch(1)
        widget.changed.connect(self.changed)
        self.setFocusProxy(widget)

    def set_item(self, item: Any) -> None:
        self.widget.blockSignals(True)
        self.widget.set_value(item)
        self.widget.blockSignals(False)

    def item(self) -> Any:
        return self.widget.value()

    def set_read_only(self, read_only: bool) -> None:
        self.widget.set_read_only(read_only)

    def show_problems(self, problems: list[tuple[str, str]]) -> list[str]:
        lines = [m for _, m in problems]
        self.message.set_lines(lines)
        return lines


class PartsField(QWidget):
    """An editor's field that is one :class:`PartsEditor` (``self.parts``, made by the subclass): the field's
    contract -- value, read-only, problems, focus on ``[i]`` -- handed to it."""

    changed = Signal()
    parts: PartsEditor

    def value(self) -> list[dict[str, Any]]:
        return self.parts.value()

    def set_value(self, value: Any) -> None:
        self.parts.set_value(value or [])

    def set_read_only(self, read_only: bool) -> None:
        self.parts.set_read_only(read_only)

    def show_problems(self, problems: list[tuple[str, str]]) -> list[str]:
        return self.parts.show_problems(problems)

    def focus_sub(self, rest: str) -> None:
        if rest.startswith("[") and "]" in rest:
            self.parts.select(int(rest[1:rest.index("]")]))
