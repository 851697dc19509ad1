"""Records changed on both sides: ours and theirs side by side, piece by piece, and the clerk settles.

Each record changed here and at the counterpart since they last agreed is listed on the left. On the
right, every piece that differs (a field; one language of a text; one entry of a list: an agenda item,
an action) shows our version and theirs, with who changed each and when. The clerk takes ours or theirs
per piece, or types a text; "Settle" saves the record so put together as one undoable action, a
revision descending from both versions (the next package settles the other side too).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import merging
from ..domain.vocab import LANGUAGES
from ..errors import SecretariatError, ValidationError
from ..services.changes import Change
from . import formatting as fmt
from . import labels
from .clerk_name import who
from .context import UiContext
from .errors import show_error
from .fact_text import problem_line
from .follows_changes import FollowsChanges
from .operations import operation
from .widgets import names
from .workers import Task

ENTRY_ROLE = Qt.ItemDataRole.UserRole
TRASH = ("trash",)  # the piece "in the trash or not", when the two sides differ on it
LINKED_KINDS = ("organization", "person", "team", "agreement", "meeting")
SHOWN_CHARS = 160


class MergeView(FollowsChanges, QDialog):
    settled = Signal(str)  # what the status bar says

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mergeView")
        self.setWindowTitle(self.tr("Changed on both sides"))
        self.conflicts: list[Any] = []
        self.current: Any = None
        self.pieces: list[merging.Piece] = []
        self.groups: list[QButtonGroup] = []
        self.edits: dict[tuple[Any, ...], QLineEdit] = {}
        self._labels: dict[str, str] = {}

        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.records = QListWidget(self)
        self.records.setObjectName("conflicts")
        self.records.setWordWrap(True)  # a long title wraps rather than hiding behind a scroll bar
        self.records.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.records.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.sides = QLabel(self)  # who changed each version, and when
        self.sides.setObjectName("sides")
        self.sides.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("pieces")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        for col in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.whole = QLabel(self)  # for a record removed for good on one side: no pieces, one choice
        self.whole.setObjectName("whole")
        self.whole.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        self.all_ours = QPushButton(self.tr("Keep &ours everywhere"), self)
        self.all_ours.setObjectName("allOurs")
        self.all_ours.clicked.connect(lambda: self._choose_all(0))
        self.all_theirs = QPushButton(self.tr("Take &theirs everywhere"), self)
        self.all_theirs.setObjectName("allTheirs")
        self.all_theirs.clicked.connect(lambda: self._choose_all(1))
        self.settle_button = QPushButton(self.tr("&Settle this record"), self)
        self.settle_button.setObjectName("settle")
        self.settle_button.setDefault(True)
        self.settle_button.clicked.connect(self.settle)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.heading)
        side.addWidget(self.sides)
        side.addWidget(self.table, 1)
        side.addWidget(self.whole)
        side.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.all_ours)
        row.addWidget(self.all_theirs)
        row.addStretch(1)
        row.addWidget(self.settle_button)
        side.addLayout(row)
        split = QSplitter(self)
        split.addWidget(self.records)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        self.resize(1250, 680)
        self.follow_changes(ctx)

    # --- reading -----------------------------------------------------------------------------------------

    def concerns(self, change: Change) -> bool:
        return change.everything or change.action in ("import", "resolve", "undo", "redo") or bool(
            self.current is not None and change.has(self.current.kind, self.current.record_id))

    def show_records(self) -> None:
        keep = (self.current.kind, self.current.record_id) if self.current is not None else None
        try:
            self.conflicts = self.ctx.app.exchange.conflicts()
        except SecretariatError as exc:
            self.intro.setText(str(exc))
            return
        self._labels = self._names()
        self.records.blockSignals(True)
        self.records.clear()
        for c in self.conflicts:
            title = fmt.lm(c.title, self.ctx.lang)[0] or c.record_id
            item = QListWidgetItem(f"{names.kind_name(c.kind)} · {title}", self.records)
            item.setData(ENTRY_ROLE, (c.kind, c.record_id))
        self.records.blockSignals(False)
        n = len(self.conflicts)
        self.intro.setText(self.tr("No record is changed on both sides.") if n == 0 else self.tr(
            "%n record(s) were changed here and at the counterpart since the last exchange. Ours is kept "
            "until you settle each one: take ours or theirs for each part, or type the text.", "", n))
        rows = [i for i in range(self.records.count()) if self.records.item(i).data(ENTRY_ROLE) == keep]
        self.records.setCurrentRow(rows[0] if rows else 0 if n else -1)
        if n == 0:
            self._show(None)

    def _names(self) -> dict[str, str]:
        """Names of the records the versions link to, so that a piece reads "Park Won-soon", not an id."""
        ids = {v for c in self.conflicts for doc in (c.ours, c.theirs) if doc for v in _strings(doc)}
        lookup = self.ctx.app.lookup()
        found: dict[str, str] = {}
        for kind in LINKED_KINDS:
            found.update({rid: choice.label for rid, choice in lookup.choices(kind, ids, self.ctx.lang).items()})
        return found

    # --- showing one record ----------------------------------------------------------------------------------

    def _show(self, item: QListWidgetItem | None) -> None:
        key = item.data(ENTRY_ROLE) if item is not None else None
        self.current = next((c for c in self.conflicts if (c.kind, c.record_id) == key), None)
        self.message.clear()
        self.table.setRowCount(0)
        self.groups, self.edits = [], {}
        c = self.current
        for widget in (self.all_ours, self.all_theirs, self.settle_button):
            widget.setEnabled(c is not None)
        if c is None:
            self.heading.clear()
            self.sides.clear()
            self.whole.hide()
            return
        title = fmt.lm(c.title, self.ctx.lang)[0] or c.record_id
        self.heading.setText(f"{names.kind_name(c.kind)} · {title}")
        ours_head = self.tr("Ours: %1, %2").replace("%1", who(c.ours_by, c.ours_by_name, self.ctx.lang)) \
            .replace("%2", fmt.instant_text(c.ours_at))
        theirs_head = self.tr("Theirs (%1): %2, %3").replace("%1", c.site) \
            .replace("%2", who(c.theirs_by, c.theirs_by_name, self.ctx.lang)).replace("%3", fmt.instant_text(c.theirs_at))
        self.sides.setText(f"{ours_head}\n{theirs_head}")
        self.table.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Ours"), self.tr("Theirs"), self.tr("Result")])
        if c.ours is None or c.theirs is None:
            self.pieces = []
            self.table.hide()
            self.whole.show()
            self.whole.setText(self.tr("Ours was removed for good here; theirs was changed.") if c.ours is None
                               else self.tr("They removed it for good; ours was changed here. Taking theirs moves "
                                            "it to the trash here (it can be restored)."))
            return
        self.table.show()
        self.whole.hide()
        self.pieces = merging.pieces(c.ours, c.theirs)
        if c.ours_trashed != c.theirs_trashed:
            self.pieces.insert(0, merging.Piece(TRASH, c.ours_trashed, c.theirs_trashed))
        for piece in self.pieces:
            self._add_row(piece)
        # The parts' names are labels (cell widgets), which the header cannot measure: fit the column to them.
        widths = [self.table.cellWidget(r, 0).sizeHint().width() for r in range(self.table.rowCount())]
        self.table.setColumnWidth(0, max([*widths, self.table.horizontalHeader().sectionSizeHint(0)]) + 12)
        self.table.resizeRowsToContents()

    def _add_row(self, piece: merging.Piece) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        caption = QLabel(self._caption(piece.path))
        caption.setObjectName(f"caption{row}")
        caption.setContentsMargins(4, 2, 8, 2)
        self.table.setCellWidget(row, 0, caption)
        group = QButtonGroup(self.table)
        for side, value in enumerate((piece.ours, piece.theirs)):
            text = self._shown(piece.path, value)
            button = QRadioButton(_cut(text))
            button.setObjectName(f"{'ours' if side == 0 else 'theirs'}{row}")
            button.setToolTip(text)
            group.addButton(button, side)
            self.table.setCellWidget(row, 1 + side, button)
        group.button(0).setChecked(True)
        self.groups.append(group)
        if piece.path != TRASH and merging.is_text_piece(piece):
            edit = QLineEdit(piece.ours or "")
            edit.setCursorPosition(0)  # the start of a long text, not its end
            edit.setObjectName(f"result{row}")
            edit.setPlaceholderText(self.tr("(none)"))
            self.edits[piece.path] = edit
            group.idClicked.connect(lambda side, p=piece, e=edit: (e.setText((p.theirs if side else p.ours) or ""),
                                                                   e.setCursorPosition(0)))
            self.table.setCellWidget(row, 3, edit)
        else:
            result = QLabel()
            result.setObjectName(f"result{row}")
            result.setContentsMargins(4, 2, 4, 2)
            result.setWordWrap(True)
            group.idClicked.connect(lambda side, p=piece, r=result: r.setText(
                _cut(self._shown(p.path, p.theirs if side else p.ours))))
            result.setText(_cut(self._shown(piece.path, piece.ours)))
            self.table.setCellWidget(row, 3, result)

    def _caption(self, path: tuple[Any, ...]) -> str:
        if path == TRASH:
            return self.tr("In the trash")
        parts = [labels.field_name(str(path[0]))]
        for step in path[1:]:
            if step in LANGUAGES:
                parts.append(names.language_name(step))
            elif isinstance(step, int):
                parts.append(self.tr("entry %1").replace("%1", str(step + 1)))
            elif isinstance(step, str):
                parts.append(labels.field_name(step) if step.isidentifier() and "-" not in step else step)
        return " · ".join(parts)

    def _shown(self, path: tuple[Any, ...], value: Any) -> str:
        """A piece's value in words: "—" for nothing, names for ids, texts in the clerk's language."""
        if path == TRASH:
            return self.tr("yes") if value else self.tr("no")
        return _words(value, self.ctx.lang, self._labels) or "—"

    # --- choosing and settling --------------------------------------------------------------------------------

    def _choose_all(self, side: int) -> None:
        for group in self.groups:
            group.button(side).click()

    def choice(self, row: int) -> int:
        return self.groups[row].checkedId()

    def settle(self) -> Task | None:
        c = self.current
        if c is None:
            return None
        take_theirs = {p.path for p, g in zip(self.pieces, self.groups, strict=True) if g.checkedId() == 1}
        typed = {path: e.text() for path, e in self.edits.items()}
        chosen = {p.path: (p.theirs if p.path in take_theirs else p.ours) or "" for p in self.pieces}
        edited = {path: text for path, text in typed.items() if text.strip() != chosen.get(path, "").strip()}
        content = [p.path for p in self.pieces if p.path != TRASH]
        if c.ours is None or c.theirs is None:  # removed for good on one side: the choice is whole
            take, doc, trashed = "ours", None, False
        elif not edited and not take_theirs:
            take, doc, trashed = "ours", None, False
        elif not edited and take_theirs >= set(content) and (TRASH in take_theirs or c.ours_trashed == c.theirs_trashed):
            take, doc, trashed = "theirs", None, False
        else:
            take = "mix"
            doc = merging.combined(c.ours, c.theirs, take_theirs)
            for path, text in edited.items():
                doc = merging.with_text(doc, path, text)
            trashed = c.theirs_trashed if TRASH in take_theirs else c.ours_trashed
        return self._resolve(c, take, doc, trashed)

    def take_whole(self, take: str) -> Task | None:
        """Keep ours or take theirs for the whole record (also where one side removed it for good)."""
        return self._resolve(self.current, take, None, False) if self.current is not None else None

    def _resolve(self, c: Any, take: str, doc: Any, trashed: bool) -> Task:
        exchange = self.ctx.app.exchange
        title = fmt.lm(c.title, self.ctx.lang)[0] or c.record_id
        self.settle_button.setEnabled(False)

        def done(_change: Change) -> None:
            self.settled.emit(self.tr("Settled: %1. Undo with Ctrl+Z; the next package settles it at the "
                                      "counterpart too.").replace("%1", title))

        def refused(exc: BaseException) -> None:
            self.settle_button.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.message.setText("\n".join(problem_line(p) for p in exc.problems[:8]))
            else:
                show_error(self, exc, self.tr("Not settled"))

        return operation(lambda: exchange.resolve(c.kind, c.record_id, take, doc, trashed, initiator=self), self,
                         done, refused)


def _strings(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(_strings(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_strings(v) for v in value)) if value else set()
    return set()


def _words(value: Any, lang: str, linked: dict[str, str]) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("MergeView", "yes") if value else QCoreApplication.translate("MergeView", "no")
    if isinstance(value, str):
        return linked.get(value) or labels.value_name(value)
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict) and set(value) <= set(LANGUAGES):
        return fmt.lm(value, lang)[0]
    if isinstance(value, dict):
        first = [_words(value[k], lang, linked) for k in ("title", "text", "name") if value.get(k)]
        rest = [_words(v, lang, linked) for k, v in value.items()
                if k not in ("title", "text", "name", "id", "position") and v not in (None, "", [], {})]
        return " — ".join([*first, ", ".join(x for x in rest if x)][:2]).strip(" —")
    if isinstance(value, list):
        return "; ".join(w for w in (_words(v, lang, linked) for v in value) if w)
    return str(value)


def _cut(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"
