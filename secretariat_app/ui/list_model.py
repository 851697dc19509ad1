"""A table model that holds only the ids of a list and fetches rows by pages as they are shown.

The id query (filter, sort, counts) runs on a worker thread; the model swaps the new ids in on the UI
thread. Rows are read a page at a time when the view first paints them and kept in a small cache, so
a list of 100 000 meetings costs one id query and a few page reads, however far the clerk scrolls.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from ..errors import SecretariatError
from ..services import lists
from . import formatting as fmt
from . import labels
from .context import UiContext
from .workers import Task

PAGE = 100
MAX_PAGES = 80  # rows kept in memory: 8 000, whatever the list's length

Index = QModelIndex | QPersistentModelIndex
CODE_COLUMNS = {"status", "kind", "city", "destination_city"}
COUNT_COLUMNS = {"members", "delegation"}
ID_ROLE = Qt.ItemDataRole.UserRole
DISPLAY, TOOLTIP, FONT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.FontRole)
ALIGNMENT, ID = int(Qt.ItemDataRole.TextAlignmentRole), int(ID_ROLE)
ANSWERED = frozenset({DISPLAY, TOOLTIP, FONT, ALIGNMENT, ID})
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Cells = list[tuple[str, str | None]]  # per column: the text shown, and the language it fell back to
Found = tuple[lists.ListResult, dict[str, lists.Row]]  # a query's ids, and the rows of its first page


class LazyRecordModel(QAbstractTableModel):
    loaded = Signal(object)  # the ListResult now shown
    counts_loaded = Signal(object)  # {facet value: count} for the current query (after the ids)
    busy_changed = Signal(bool)
    failed = Signal(object)  # an exception from a query (the view shows it)

    def __init__(self, ctx: UiContext, kind: str, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.spec = lists.spec(kind)
        self.keys = self.spec.keys
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, Cells]] = OrderedDict()
        self._query = lists.ListQuery(kind, lang=ctx.lang)
        self._generation = 0
        self._pending = 0
        self.result: lists.ListResult | None = None
        self.facet_counts: dict[str, int] = {}
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- queries ---------------------------------------------------------------------------------

    @property
    def query(self) -> lists.ListQuery:
        return self._query

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def prepare(self, query: lists.ListQuery) -> None:
        """Set the query the next load runs (restored settings), without running it."""
        self._query = query

    def set_query(self, query: lists.ListQuery, wait: bool = False) -> None:
        """Show the records of ``query``: now (``wait``, for the first paint) or when the worker is done."""
        self._query = query
        self._generation += 1
        generation = self._generation
        found_in, kind = self.ctx.app.lists, self.kind

        def work(_progress: object = None) -> Found:
            # The first page comes with the ids, so showing them reads nothing more on the UI thread.
            result = found_in.run(query)
            return result, found_in.rows(kind, result.ids[:PAGE])

        if wait:
            try:
                found = work()
            except SecretariatError as exc:
                self.failed.emit(exc)
                return
            self._apply(generation, found)
            return
        task = Task(work)
        task.succeeded.connect(functools.partial(self._on_result, generation))
        task.failed.connect(functools.partial(self._on_failure, generation))
        self._set_pending(+1)
        task.start()

    def refresh(self, wait: bool = False) -> None:
        """Run the current query again (records changed, or the record language did)."""
        self.set_query(replace(self._query, lang=self.ctx.lang), wait=wait)

    def _set_pending(self, delta: int) -> None:
        before = self.busy
        self._pending += delta
        if before != self.busy:
            self.busy_changed.emit(self.busy)

    def _on_result(self, generation: int, found: Found) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_pending(-1)
        self._apply(generation, found)

    def _on_failure(self, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_pending(-1)
        if generation == self._generation:
            self.failed.emit(exc)

    def _apply(self, generation: int, found: Found) -> None:
        if generation != self._generation:
            return  # an older query finished after a newer one was asked for
        result, first_page = found
        self._pages.clear()
        self._pages[0] = self._format(first_page)
        if result.ids == self._ids:
            # Same records in the same order (an edit): repaint, keeping selection and scroll position.
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.keys) - 1))
        else:
            self.beginResetModel()
            self._ids = result.ids
            self.endResetModel()
        self.result = result
        self.loaded.emit(result)
        self._ask_counts(generation, result.query)

    def _ask_counts(self, generation: int, query: lists.ListQuery) -> None:
        if self.spec.facet is None:
            return
        found_in = self.ctx.app.lists
        task = Task(lambda _progress: found_in.counts(query))
        task.succeeded.connect(functools.partial(self._on_counts, generation))
        task.start()

    def _on_counts(self, generation: int, counts: dict[str, int]) -> None:
        if shiboken6.isValid(self) and generation == self._generation:
            self.facet_counts = counts
            self.counts_loaded.emit(counts)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.keys) and self.spec.columns[column].sort is not None:
            self.set_query(replace(self._query, sort=self.keys[column],
                                   descending=order == Qt.SortOrder.DescendingOrder))

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column and direction the current query sorts by (for the header's indicator)."""
        key = self._query.sort or self.spec.default_sort
        col = self.spec.column(key)
        descending = col.descending_first if self._query.descending is None else self._query.descending
        return self.keys.index(key), Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

    # --- ids ---------------------------------------------------------------------------------------

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    @property
    def ids(self) -> list[str]:
        return self._ids

    # --- rows ------------------------------------------------------------------------------------

    def _cells(self, row: int) -> Cells | None:
        """The row's cells as shown, read with its page the first time one of them is drawn."""
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            chunk = self._ids[page_no * PAGE:(page_no + 1) * PAGE]
            try:
                rows = self.ctx.app.lists.rows(self.kind, chunk)
            except SecretariatError as exc:
                rows = {}
                self.failed.emit(exc)
            page = self._format(rows)
            self._pages[page_no] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def _format(self, rows: dict[str, lists.Row]) -> dict[str, Cells]:
        """Formatted once per page: painting asks for each cell many times."""
        return {rid: [self._text(key, values.get(key)) for key in self.keys] for rid, values in rows.items()}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.keys):
            return None
        col = self.spec.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.column_name(col.key)
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return Qt.SortOrder.DescendingOrder if col.descending_first else Qt.SortOrder.AscendingOrder
        if role == Qt.ItemDataRole.ToolTipRole and col.sort is None:
            return self.tr("This column cannot be sorted")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Painting asks for every cell and many roles: plain int comparisons, the cheap refusals first.
        if role not in ANSWERED:
            return None
        row = index.row()
        if role == ID:
            return self._ids[row] if 0 <= row < len(self._ids) else None
        column = index.column()
        if role == ALIGNMENT:
            return RIGHT if self.keys[column] in COUNT_COLUMNS else None
        if not 0 <= row < len(self._ids):
            return None
        cells = self._cells(row)
        if cells is None:  # gone since the ids were read; the next refresh drops it
            return self.tr("(removed)") if role == DISPLAY and column == 0 else None
        text, fallback = cells[column]
        if role == DISPLAY:
            return text
        if role == FONT:
            return self._italic if fallback else None
        # Tooltip: the whole text (long titles are cut in the cell) and any language fallback.
        note = fmt.fallback_note(fallback, self.ctx.lang)
        return "\n".join(x for x in (text, note) if x) or None

    def _text(self, key: str, value: Any) -> tuple[str, str | None]:
        lang = self.ctx.lang
        if value is None:
            return "", None
        if key == "minutes":
            return labels.minutes_state(value), None
        if key in CODE_COLUMNS:
            return labels.value_name(value), None
        if isinstance(value, dict):
            return fmt.lm(value, lang)
        if isinstance(value, list):
            return "; ".join(fmt.lm_text(v, lang) for v in value), None
        if isinstance(value, datetime):
            return fmt.local_datetime_text(value), None
        if isinstance(value, date):
            return fmt.date_text(value), None
        if isinstance(value, int):
            return fmt.number_text(value), None
        return str(value), None
