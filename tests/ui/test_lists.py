"""The record lists: a lazy model (ids, rows fetched by pages), sortable columns, filter, status filter,
counts, open on Enter, multi-select Delete to the trash."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from secretariat_app.services import lists
from secretariat_app.ui import list_model
from secretariat_app.ui.list_view import RecordListView

from .editor_helpers import click_standard_button_in_next_dialog
from .shell_helpers import column_texts, list_view, wait_loaded, window

__all__ = ["window"]


def titles(view: RecordListView) -> list[str]:
    return column_texts(view, 0)


def test_a_list_shows_counts_and_rows(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = list_view(window, "team")
    wait_loaded(qtbot, view)
    assert view.count.text() == "4 teams"
    assert titles(view) == ["Culture Team", "Economy Team", "Education Team", "Environment Team"]
    keys = view.model.keys
    env = view.model.row_of("team-environment")
    assert view.model.index(env, keys.index("status")).data() == "Active"
    assert view.model.index(env, keys.index("members")).data() == "4"
    assert "Climate & Environment Headquarters" in view.model.index(env, keys.index("leads")).data()
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_sort_by_clicking_a_header(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = list_view(window, "meeting")
    wait_loaded(qtbot, view)
    # Newest first by default.
    assert view.model.ids == ["mtg-env-1", "mtg-gc-2", "mtg-gc-1"]
    header = view.table.horizontalHeader()
    title = view.model.keys.index("title")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(title) + 20, header.height() // 2))
    qtbot.waitUntil(lambda: view.model.query.sort == "title" and not view.model.busy)
    assert view.model.ids == ["mtg-gc-1", "mtg-env-1", "mtg-gc-2"]  # "First General…", "First Meeting…", "Second…"
    assert titles(view) == sorted(titles(view), key=str.lower)
    view.model.sort(title, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: view.model.ids[0] == "mtg-gc-2" and not view.model.busy)
    # A column that cannot be sorted leaves the order and the indicator as they were.
    minutes = view.model.keys.index("minutes")
    header.setSortIndicator(minutes, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == title and view.model.query.sort == "title"


def test_filter_in_any_language_runs_off_the_ui_thread(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = list_view(window, "agreement")
    wait_loaded(qtbot, view)
    for typed, expected in (("환경", ["agr-2015-env-mou"]), ("环保", ["agr-2015-env-mou"]),
                            ("friendship", ["agr-2013-council-mou"]), ("SBIC-2013", ["agr-2013-council-mou"]),
                            ("mou seoul", ["agr-2015-env-mou", "agr-2013-council-mou"])):
        view.filter.clear()
        view.filter.setFocus()
        if typed.isascii():
            qtbot.keyClicks(view.filter, typed)
        else:  # QTest has no Hangul keys; an input method commits the text at once
            view.filter.setText(typed)
        # The query waits for a pause in the typing, then runs on a worker; the table follows.
        qtbot.waitUntil(lambda e=expected: view.model.ids == e and not view.model.busy, timeout=5000)
    assert view.count.text() == "2 agreements"
    view.filter.setText("no such words")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 and not view.model.busy)
    assert view.count.text() == "0 of 2 agreements" and "match" in view.table.empty_text


def test_status_filter_with_counts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = list_view(window, "agreement")
    wait_loaded(qtbot, view)
    qtbot.waitUntil(lambda: view.facet.findText("In force (2)") >= 0)
    assert view.facet.itemText(0) == "All statuses" and view.facet.findText("Draft (0)") >= 0
    view.facet.setCurrentIndex(view.facet.findText("Draft (0)"))
    view.facet.activated.emit(view.facet.currentIndex())
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 and not view.model.busy)
    assert view.count.text() == "0 of 2 agreements"
    meetings = list_view(window, "meeting")
    wait_loaded(qtbot, meetings)
    qtbot.waitUntil(lambda: meetings.facet.findText("Minutes draft (1)") >= 0)
    meetings.facet.setCurrentIndex(meetings.facet.findText("Minutes approved (2)"))
    meetings.facet.activated.emit(meetings.facet.currentIndex())
    qtbot.waitUntil(lambda: meetings.model.ids == ["mtg-gc-2", "mtg-gc-1"] and not meetings.model.busy)


def test_rows_are_fetched_by_pages_as_they_are_shown(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fetched: list[int] = []
    real_rows = lists.rows

    def counting_rows(db, kind, page):  # type: ignore[no-untyped-def]
        fetched.append(len(page))
        return real_rows(db, kind, page)

    monkeypatch.setattr(lists, "rows", counting_rows)
    monkeypatch.setattr(list_model, "PAGE", 4)
    window.show_section("people")
    view = window.views["people"].people
    wait_loaded(qtbot, view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 14 and not view.model.busy)
    view.model._pages.clear()
    fetched.clear()
    assert view.model.index(0, 0).data() == "Chen Jing"
    assert view.model.index(3, 0).data() == "Kang Do-hyun"
    assert fetched == [4]  # one page read for the first four rows
    assert view.model.index(13, 0).data() == "Zhao Lei"
    assert fetched == [4, 2]  # the last page: rows 12 and 13 only
    assert view.model.index(1, 0).data() == "Choi Yu-jin" and fetched == [4, 2]  # cached


def test_enter_opens_and_multi_select_delete_goes_to_the_trash(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    records = window.ctx.records
    for rid, name in (("person-temp-a", "Temp A"), ("person-temp-b", "Temp B")):
        records.create("person", {"id": rid, "name": {"en": name}})
    window.show_section("people")
    view = window.views["people"].people
    qtbot.waitUntil(lambda: view.model.rowCount() == 16 and not view.model.busy)
    opened: list[tuple[str, str, str]] = []
    view.open_requested.connect(lambda *args: opened.append(args))
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(view.model.row_of("person-temp-a"), 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Enter)
    assert opened[0] == ("person", "person-temp-a", "")
    window.show_section("people")
    view.table.clearSelection()
    for rid in ("person-temp-a", "person-temp-b"):
        view.table.selectionModel().select(view.model.index(view.model.row_of(rid), 0),
                                           view.table.selectionModel().SelectionFlag.Select
                                           | view.table.selectionModel().SelectionFlag.Rows)
    assert sorted(view.selected_ids()) == ["person-temp-a", "person-temp-b"]
    view.table.setFocus()
    asked: list[str] = []
    click_standard_button_in_next_dialog(QMessageBox.StandardButton.Yes, asked)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked[0].startswith("Move these 2 records to the trash?\n\nPerson “")  # each one named
    qtbot.waitUntil(lambda: view.model.rowCount() == 14 and not view.model.busy)
    assert {(e.kind, e.record_id) for e in records.trash()} == {("person", "person-temp-a"), ("person", "person-temp-b")}
    assert window.act_undo.text() == "&Undo Delete 2 records"
    window.act_undo.trigger()  # one undo brings both back
    qtbot.waitUntil(lambda: view.model.rowCount() == 16 and not view.model.busy)
    window.tabs.close_tab(window.tabs.indexOf(window.tabs.find("person", "person-temp-a")))


def test_an_edit_elsewhere_repaints_and_keeps_the_selection(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = list_view(window, "agreement")
    wait_loaded(qtbot, view)
    view.select_id("agr-2013-council-mou")
    loaded = window.ctx.records.get("agreement", "agr-2013-council-mou")
    doc = dict(loaded.doc, title=dict(loaded.doc["title"], en="MOU on Friendship (revised title)"))
    window.ctx.records.update("agreement", doc, loaded.version)
    qtbot.waitUntil(lambda: "MOU on Friendship (revised title)" in titles(view) and not view.model.busy)
    assert view.selected_ids() == ["agr-2013-council-mou"]


def test_a_missing_translation_is_shown_in_another_language_and_marked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.ctx.records.create("team", {"id": "team-transport", "name": {"ko": "교통팀"}, "status": "active"})
    view = list_view(window, "team")
    qtbot.waitUntil(lambda: view.model.row_of("team-transport") >= 0 and not view.model.busy)
    index = view.model.index(view.model.row_of("team-transport"), 0)
    assert index.data() == "교통팀"
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "No English text; shown in 한국어." in index.data(Qt.ItemDataRole.ToolTipRole)
