"""A list of records: filter box, status filter with counts, the count, a sortable lazy table.

Typing in the filter never waits for the database: the query runs on a worker thread a moment after
the last key, and the table swaps the new ids in when they arrive.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import lists
from ..services.changes import Change
from . import formatting as fmt
from . import labels
from .context import UiContext
from .follows_changes import FollowsChanges
from .list_model import LazyRecordModel

FILTER_DELAY_MS = 200
WIDTHS = {"title": 420, "kind": 140, "name": 260, "position": 260, "organization": 260, "leads": 320, "parties": 200,
          "team": 200, "head": 160, "starts_at": 150, "reference": 130, "email": 200}


class RecordTable(QTableView):
    """The table: Enter opens the current record; an empty list says why it is empty."""

    open_current = Signal()
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty_text = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_current.emit()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             self.empty_text)


NAMED_KINDS = ("organization", "team", "person")  # whose names appear in other kinds' rows


class RecordListView(FollowsChanges, QWidget):
    open_requested = Signal(str, str, str)  # kind, id, part ("" for the whole record)
    new_requested = Signal(str)  # kind
    selection_changed = Signal()

    def __init__(self, ctx: UiContext, kind: str, settings: QSettings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.settings = settings
        self.model = LazyRecordModel(ctx, kind, self)
        self._loaded_once = False
        self._columns_fitted = False
        self.setObjectName(f"list-{kind}")

        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter %1 (Ctrl+F)").replace("%1", labels.kind_plural(kind).lower()))
        self.filter.setAccessibleName(self.tr("Filter"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter.returnPressed.connect(self.filter_now)

        self.facet = QComboBox(self)
        self.facet.setObjectName("facet")
        self.facet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.facet.setVisible(self.model.spec.facet is not None)
        if self.model.spec.facet:
            self.facet.setAccessibleName(labels.facet_name(self.model.spec.facet))
        self.facet.activated.connect(self._apply_facet)
        self._fill_facets(dict.fromkeys(self.model.spec.facet_values))  # the counts follow each query

        self.count = QLabel(self)
        self.count.setObjectName("count")
        self.count.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QLabel(self.tr("Searching…"), self)
        self.busy.setVisible(False)
        self.new_button = QPushButton(self.tr("New %1…").replace("%1", labels.kind_name(kind).lower()), self)
        self.new_button.clicked.connect(lambda: self.new_requested.emit(self.kind))

        self.table = RecordTable(self)
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setTabKeyNavigation(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: the view never measures rows, so 100 000 of them cost nothing to lay out.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, key in enumerate(self.model.keys):
            header.resizeSection(i, WIDTHS.get(key, 110))
        column, order = self.model.sort_column()
        header.setSortIndicator(column, order)
        self._restore_state()
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.open_current.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.model.loaded.connect(self._on_loaded)
        self.model.counts_loaded.connect(self._fill_facets)
        self.model.busy_changed.connect(self.busy.setVisible)
        self.model.modelReset.connect(self.selection_changed)

        top = QHBoxLayout()
        top.addWidget(self.filter, 3)
        top.addWidget(self.facet)
        top.addWidget(self.count, 1)
        top.addWidget(self.busy)
        top.addStretch(0)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        QWidget.setTabOrder(self.filter, self.facet)
        QWidget.setTabOrder(self.facet, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        self.follow_changes(ctx)

    # --- loading -----------------------------------------------------------------------------------

    def concerns(self, change: Change) -> bool:
        # Rows show the names of linked organizations, teams and people besides their own fields.
        return change.touches(self.kind, *NAMED_KINDS)

    def show_records(self) -> None:
        # The first time the rows are waited for, so that the list never shows empty before filling.
        self.model.refresh(wait=not self._loaded_once)
        self._loaded_once = True

    def showEvent(self, event: QShowEvent) -> None:
        if not self._columns_fitted:
            self._columns_fitted = True
            self._fit_columns()
        super().showEvent(event)  # loads the rows if they are out of date

    def _fit_columns(self) -> None:
        """Share the width among the columns (in their usual proportions) so that nothing is cut off
        at first; after that the clerk's own column widths are remembered."""
        header = self.table.horizontalHeader()
        available = self.table.viewport().width() - 2
        wanted = [WIDTHS.get(key, 110) for key in self.model.keys]
        if available <= 0 or sum(wanted) <= available:
            return
        scale = available / sum(wanted)
        for i, width in enumerate(wanted):
            header.resizeSection(i, max(60, int(width * scale)))

    def _on_loaded(self, result: lists.ListResult) -> None:
        shown, total = len(result.ids), result.total
        kinds = labels.kind_plural(self.kind).lower()
        counted = self.counted(total)
        self.count.setText(counted if shown == total else
                           self.tr("%1 of %2").replace("%1", fmt.number_text(shown)).replace("%2", counted))
        if result.query.text or result.query.facet:
            self.table.empty_text = self.tr("No %1 match the filter.").replace("%1", kinds)
        else:
            self.table.empty_text = self.tr("There are no %1 yet. Use “New” (Ctrl+N) to add one.").replace("%1", kinds)
        self.table.viewport().update()

    def counted(self, n: int) -> str:
        """"1 visit", "2 visits" — and each language's own counter word ("방문 2건", "2 次访问")."""
        if self.kind == "team":
            return self.tr("%Ln team(s)", "", n)
        if self.kind == "agreement":
            return self.tr("%Ln agreement(s)", "", n)
        if self.kind == "meeting":
            return self.tr("%Ln meeting(s)", "", n)
        if self.kind == "visit":
            return self.tr("%Ln visit(s)", "", n)
        if self.kind == "template":
            return self.tr("%Ln template(s)", "", n)
        return self.tr("%Ln record(s)", "", n)

    def _fill_facets(self, counts: dict[str, int | None]) -> None:
        facet = self.model.spec.facet
        if facet is None:
            return
        chosen = self.model.query.facet
        self.facet.blockSignals(True)
        self.facet.clear()
        self.facet.addItem(labels.all_values(facet), None)
        for value, n in counts.items():
            name = labels.minutes_state(value) if facet == "minutes" else labels.value_name(value)
            self.facet.addItem(name if n is None else f"{name} ({fmt.number_text(n)})", value)
        self.facet.setCurrentIndex(max(0, self.facet.findData(chosen)) if chosen else 0)
        self.facet.blockSignals(False)

    # --- filter and sort ---------------------------------------------------------------------------

    def filter_now(self) -> None:
        self._filter_timer.stop()
        self._apply_filter()

    def _apply_filter(self) -> None:
        text = self.filter.text().strip()
        if text != self.model.query.text:
            self.model.set_query(replace(self.model.query, text=text, lang=self.ctx.lang))

    def _apply_facet(self, index: int) -> None:
        value = self.facet.itemData(index)
        self.model.set_query(replace(self.model.query, facet=value, lang=self.ctx.lang))

    def set_organizations(self, organizations: tuple[str, ...] | None) -> None:
        """People only: show the members of these organizations (None: everyone)."""
        if organizations == self.model.query.organizations and self._loaded_once:
            return
        query = replace(self.model.query, organizations=organizations, lang=self.ctx.lang)
        if self._loaded_once:
            self.model.set_query(query)
        else:
            self.model.prepare(query)  # the first showing loads it

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.spec.columns[column].sort is None:
            current, current_order = self.model.sort_column()
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(current, current_order)
            header.blockSignals(False)
            return
        self.model.sort(column, order)

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    # --- selection -----------------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows if r < self.model.rowCount()]

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def select_id(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.kind, self.model.id_at(row), "")

    # --- remembered between runs ---------------------------------------------------------------------

    def _restore_state(self) -> None:
        if self.settings is None:
            return
        state = self.settings.value(f"lists/{self.kind}/header")
        if isinstance(state, QByteArray):
            header = self.table.horizontalHeader()
            header.restoreState(state)
            self._columns_fitted = True  # the clerk's widths, as they left them
            column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
            if 0 <= column < len(self.model.keys) and self.model.spec.columns[column].sort is not None:
                self.model.prepare(replace(self.model.query, sort=self.model.keys[column],
                                           descending=order == Qt.SortOrder.DescendingOrder))
            else:
                column, order = self.model.sort_column()
                header.setSortIndicator(column, order)

    def save_state(self) -> None:
        if self.settings is not None:
            self.settings.setValue(f"lists/{self.kind}/header", self.table.horizontalHeader().saveState())
