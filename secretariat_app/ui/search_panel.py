"""The search panel: results as you type, grouped by kind, each with its title, a highlighted snippet
of the original text, its date and status. Enter or a click opens the record at the matching part.

The search runs off the UI thread (a :class:`workers.Task`); typing restarts a short timer, and only
the answer to the newest query is shown. Recent and saved searches come from
:class:`search.history.SearchHistory`: as completions in the box, and in the menu of the button beside
it (save this search, run a saved or recent one, remove one, forget the recent ones).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.langmap import pick
from ..search.history import SearchHistory
from . import labels
from .context import UiContext
from .workers import Task

if TYPE_CHECKING:  # (the search itself is loaded with the first search, not with the window)
    from ..search.service import SearchResult, SearchResults

DEBOUNCE_MS = 200
LIMIT = 50
RECENT_IN_MENU = 10
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1

PART_GROUPS = {
    "action": QT_TRANSLATE_NOOP("SearchPanel", "Actions"),
    "agenda_item": QT_TRANSLATE_NOOP("SearchPanel", "Agenda items"),
    "decision": QT_TRANSLATE_NOOP("SearchPanel", "Decisions"),
    "statement": QT_TRANSLATE_NOOP("SearchPanel", "Statements"),
    "itinerary_item": QT_TRANSLATE_NOOP("SearchPanel", "Itinerary"),
    "attachment": QT_TRANSLATE_NOOP("SearchPanel", "Attached files"),
    "minutes": QT_TRANSLATE_NOOP("SearchPanel", "Minutes"),
}


class SearchPanel(QWidget):
    open_requested = Signal(str, str, str)  # record kind, record id, part ('' for the record itself)
    hit_opened = Signal(object)  # the SearchResult just opened (after open_requested): a file's hit shows its snippet
    results_shown = Signal(object)  # SearchResults, once they are on screen (for tests and status bars)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, debounce_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._shown: SearchResults | None = None
        self.history = SearchHistory.for_database(ctx.settings.display_name)
        if not ctx.is_open:  # the window is drawn while the database opens: searching waits for it
            self.setEnabled(False)
            ctx.opened.connect(lambda: self.setEnabled(True))

        self.box = QLineEdit(self)
        self.box.setObjectName("searchPanelBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Search: 미세먼지, 北京, fine dust, kind:action due:<today …"))
        self.box.setAccessibleName(self.tr("Search records"))
        self.box.installEventFilter(self)
        self.completer = QCompleter(self.history.recent(), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.box.setCompleter(self.completer)

        self.saved_menu = QMenu(self)
        self.saved_menu.setObjectName("savedSearchesMenu")
        self.saved_menu.aboutToShow.connect(self.fill_saved_menu)
        self.saved_button = QToolButton(self)
        self.saved_button.setObjectName("savedSearches")
        self.saved_button.setText(self.tr("Saved"))
        self.saved_button.setToolTip(self.tr("Saved and recent searches"))
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_button.setMenu(self.saved_menu)

        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.list = QListWidget(self)
        self.list.setObjectName("searchResults")
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setStyleSheet("QListWidget::item:selected { background: #dbe8fb; }")
        self.list.itemActivated.connect(self._open_item)
        self.list.itemClicked.connect(self._open_item)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.box, 1)
        row.addWidget(self.saved_button)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(debounce_ms)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _text: self.timer.start())
        self.box.returnPressed.connect(self._enter)
        ctx.changed.connect(lambda change: change.touches() and self.box.text().strip() and self.timer.start())
        ctx.indexed.connect(self._index_grew)

    # --- searching off the UI thread ----------------------------------------------------------------

    def run_search(self) -> None:
        query = self.box.text().strip()
        self._generation += 1
        generation = self._generation
        if not query:
            from ..search.service import SearchResults

            self._show(SearchResults(""), generation)
            return
        search, lang = self.ctx.app.search, self.ctx.lang
        task = Task(lambda _progress: search.search(query, LIMIT, lang), self)
        task.succeeded.connect(lambda found: self._show(found, generation))
        task.failed.connect(lambda exc: self._fail(exc, generation))
        task.start()

    def _fail(self, exc: BaseException, generation: int) -> None:
        if generation == self._generation:
            self._set_message(self.tr("The search could not run: {0}").format(exc))

    def _show(self, found: SearchResults, generation: int) -> None:
        if generation != self._generation:  # an answer to a query typed over since
            return
        self._shown = found
        self.list.clear()
        self._set_message("\n".join([*found.messages, *self._building(found)]))
        groups: dict[str, list[SearchResult]] = found.grouped()
        for kind, results in groups.items():
            header = QListWidgetItem(f"{self._group_name(kind)} ({len(results)})")
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown plainly, never selected
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.list.addItem(header)
            for result in results:
                item = QListWidgetItem()
                item.setData(RESULT_ROLE, result)
                label = QLabel(self._html(result))
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setWordWrap(True)
                label.setContentsMargins(12, 2, 4, 4)
                width = max(200, self.list.viewport().width() - 4)
                item.setSizeHint(QSize(width, label.heightForWidth(width) + 2))
                self.list.addItem(item)
                self.list.setItemWidget(item, label)
        first = self._first_result_row()
        if first is not None:
            self.list.setCurrentRow(first)
        if found.query and not found.results and not found.messages:
            self._set_message("\n".join([self.tr("Nothing found for {0}").format(found.query), *self._building(found)]))
        self.results_shown.emit(found)

    def _building(self, found: SearchResults) -> list[str]:
        if found.built_percent is None:
            return []
        return [self.tr("The search index is %1 % built: records of the latest import may be missing from "
                        "these results until it is done.").replace("%1", str(found.built_percent))]

    def _index_grew(self, done: int, total: int) -> None:
        """More of an import's records were indexed: results shown while it was being built are read again
        (every 20 % or so, and at the end)."""
        shown = self._shown
        if shown is None or shown.built_percent is None or not self.box.text().strip():
            return
        if done >= total or 100 * done // max(total, 1) >= shown.built_percent + 20:
            self.timer.start()

    def _group_name(self, kind: str) -> str:
        return self.tr(PART_GROUPS[kind]) if kind in PART_GROUPS else labels.kind_plural(kind)

    def _html(self, result: SearchResult) -> str:
        title, _fallback = pick(result.title, self.ctx.lang)
        page = self.tr("page %1").replace("%1", str(result.page)) if result.page else ""  # in a file's text
        facts = " · ".join(x for x in (result.date.isoformat() if result.date else "",
                                        labels.value_name(result.status), page) if x)
        snippet = ""
        if result.snippet is not None:
            parts, last = [], 0
            for start, end in result.snippet.highlights:
                parts += [html.escape(result.snippet.text[last:start]),
                          f"<b style='background:#fff3a8'>{html.escape(result.snippet.text[start:end])}</b>"]
                last = end
            parts.append(html.escape(result.snippet.text[last:]))
            snippet = f"<br><span style='color:#444'>{''.join(parts)}</span>"
        meta = f" <span style='color:#777'>{html.escape(facts)}</span>" if facts else ""
        return f"<b>{html.escape(title)}</b>{meta}{snippet}"

    def _set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- opening ---------------------------------------------------------------------------------------

    def current_result(self) -> SearchResult | None:
        item = self.list.currentItem()
        return item.data(RESULT_ROLE) if item is not None else None

    def _first_result_row(self) -> int | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(RESULT_ROLE) is not None:
                return row
        return None

    def _enter(self) -> None:
        if self.timer.isActive():  # Enter before the results came: search now, open the first
            self.timer.stop()
            self.run_search()
            return
        result = self.current_result()
        if result is not None:
            self._open(result)

    def _open_item(self, item: QListWidgetItem) -> None:
        result = item.data(RESULT_ROLE)
        if result is not None:
            self._open(result)

    def _open(self, result: SearchResult) -> None:
        self.history.add_recent(self.box.text())
        self.completer.model().setStringList(self.history.recent())  # type: ignore[attr-defined]
        self.open_requested.emit(result.record.kind, result.record.id, result.part or "")
        self.hit_opened.emit(result)

    # --- saved and recent searches ----------------------------------------------------------------------

    def fill_saved_menu(self) -> None:
        """The button's menu, made afresh each time it opens (another panel may have saved meanwhile)."""
        menu = self.saved_menu
        menu.clear()
        save = menu.addAction(self.tr("Save This Search…"), self.ask_to_save)
        save.setEnabled(bool(self.box.text().strip()))
        saved, recent = self.history.saved(), self.history.recent()
        if saved:
            menu.addSection(self.tr("Saved searches"))
            for search in saved:
                menu.addAction(_menu_text(search.name), lambda q=search.query: self.use_query(q)).setToolTip(search.query)
        if recent:
            menu.addSection(self.tr("Recent searches"))
            for query in recent[:RECENT_IN_MENU]:
                menu.addAction(_menu_text(query), lambda q=query: self.use_query(q))
        if saved or recent:
            menu.addSeparator()
        if saved:
            remove = menu.addMenu(self.tr("Remove a Saved Search"))
            for search in saved:
                remove.addAction(_menu_text(search.name), lambda n=search.name: self.history.remove(n))
        if recent:
            menu.addAction(self.tr("Clear Recent Searches"), self._clear_recent)

    def use_query(self, query: str) -> None:
        """Put a saved or recent query in the box and run it now."""
        self.box.setText(query)
        self.timer.stop()
        self.run_search()
        self.box.setFocus()

    def ask_to_save(self) -> None:
        query = self.box.text().strip()
        if not query:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save Search"), self.tr("Name of this search:"),
                                        QLineEdit.EchoMode.Normal, query)
        if ok:
            self.save_current_search(name)

    def save_current_search(self, name: str = "") -> None:
        if self.box.text().strip():
            self.history.save(name, self.box.text())

    def _clear_recent(self) -> None:
        self.history.clear_recent()
        self.completer.model().setStringList([])  # type: ignore[attr-defined]

    # --- keys: Up/Down move through the results while typing ---------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        for _ in range(self.list.count()):
            row = (row + step) % self.list.count()
            if self.list.item(row).data(RESULT_ROLE) is not None:
                self.list.setCurrentRow(row)
                return


def _menu_text(text: str) -> str:
    return text.replace("&", "&&")  # a menu would take "&" for a shortcut mark


def shown_results(panel: SearchPanel) -> list[Any]:
    """The results on screen, in order (for tests)."""
    return [panel.list.item(r).data(RESULT_ROLE) for r in range(panel.list.count())
            if panel.list.item(r).data(RESULT_ROLE) is not None]
