"""The search panel with real widgets on a real database: results as you type (off the UI thread),
grouped by kind, highlighted snippets, Enter and clicks open the record at the part; a screenshot."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from secretariat_app import bootstrap
from secretariat_app.ui import workers
from secretariat_app.ui.context import UiContext
from secretariat_app.ui.search_panel import SearchPanel, shown_results


@pytest.fixture
def panel(qtbot: Any, sqlite_demo_app: bootstrap.App) -> Iterator[SearchPanel]:
    ctx = UiContext(sqlite_demo_app, "en")
    widget = SearchPanel(ctx, debounce_ms=50)
    widget.resize(520, 640)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    workers.wait_for_all()


def type_and_wait(qtbot: Any, panel: SearchPanel, text: str) -> Any:
    with qtbot.waitSignal(panel.results_shown, timeout=10_000) as shown:
        panel.box.setText(text)
    return shown.args[0]


def test_results_as_you_type_grouped_with_highlights(qtbot, panel, tmp_path):
    found = type_and_wait(qtbot, panel, "fine dust")
    assert found.results
    headers = [panel.list.item(r).text() for r in range(panel.list.count())
               if not panel.list.item(r).flags() & Qt.ItemFlag.ItemIsSelectable]
    assert any(h.startswith("Agenda items (") for h in headers)
    label = panel.list.itemWidget(panel.list.item(1))
    assert "<b style='background:#fff3a8'>" in label.text()
    panel.grab().save(str(tmp_path / "search-panel.png"))


def test_only_the_newest_query_is_shown(qtbot, panel):
    panel.box.setText("北京")
    with qtbot.waitSignal(panel.results_shown, timeout=10_000) as shown:
        panel.box.setText("환경팀")
    assert shown.args[0].query == "환경팀"
    assert all("환경팀" in (r.snippet.text if r.snippet else "") or r.kind == "agreement"
               for r in shown_results(panel))


def test_enter_opens_the_first_result_at_its_part(qtbot, panel):
    type_and_wait(qtbot, panel, "미세먼지 현황")
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert opened.args == ["meeting", "mtg-env-1", "agenda-2"]
    assert panel.history.recent()[0] == "미세먼지 현황"


def test_down_arrow_and_click_open_other_results(qtbot, panel):
    type_and_wait(qtbot, panel, "kind:action")
    first = panel.current_result()
    qtbot.keyClick(panel.box, Qt.Key.Key_Down)
    second = panel.current_result()
    assert second is not None and second.id != first.id
    item = panel.list.currentItem()
    with qtbot.waitSignal(panel.open_requested) as opened:
        panel.list.itemClicked.emit(item)
    assert opened.args == ["meeting", second.record.id, second.part]


def test_malformed_filter_shows_a_message_not_an_error(qtbot, panel):
    found = type_and_wait(qtbot, panel, "expires:<2027-13-01")
    assert found.messages and panel.message.isVisible()
    assert "expires" in panel.message.text()


def _action(menu: Any, text: str) -> Any:
    found = [a for a in menu.actions() if a.text() == text]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def test_save_a_search_run_it_from_the_menu_and_remove_it(qtbot, panel, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    type_and_wait(qtbot, panel, "fine dust")
    panel.fill_saved_menu()
    assert not [a for a in panel.saved_menu.actions() if a.text() == "Dust & air"]

    def name_it() -> None:  # the real dialog: type a name, press OK
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(50, name_it)
            return
        assert dialog.textValue() == "fine dust"  # the query is the suggested name
        dialog.setTextValue("Dust & air")
        dialog.accept()

    QTimer.singleShot(50, name_it)
    _action(panel.saved_menu, "Save This Search…").trigger()
    assert [(s.name, s.query) for s in panel.history.saved()] == [("Dust & air", "fine dust")]

    type_and_wait(qtbot, panel, "환경팀")
    panel.fill_saved_menu()
    panel.saved_menu.popup(panel.saved_button.mapToGlobal(panel.saved_button.rect().bottomLeft()))
    panel.saved_menu.grab().save(str(tmp_path / "saved-searches-menu.png"))
    panel.saved_menu.hide()
    with qtbot.waitSignal(panel.results_shown, timeout=10_000) as shown:
        _action(panel.saved_menu, "Dust && air").trigger()  # "&" doubled, or a menu takes it for a mark
    assert shown.args[0].query == "fine dust" and panel.box.text() == "fine dust"

    remove = _action(panel.saved_menu, "Remove a Saved Search").menu()
    _action(remove, "Dust && air").trigger()
    assert panel.history.saved() == []


def test_saving_needs_a_search_and_recent_ones_can_be_forgotten(qtbot, panel):
    panel.fill_saved_menu()
    assert not _action(panel.saved_menu, "Save This Search…").isEnabled()
    panel.history.add_recent("北京")
    panel.fill_saved_menu()
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        _action(panel.saved_menu, "北京").trigger()
    _action(panel.saved_menu, "Clear Recent Searches").trigger()
    assert panel.history.recent() == []
    assert panel.completer.model().stringList() == []


@pytest.mark.parametrize("lang, says", [("en", "The search index is 0 % built"), ("ko", "검색 색인이 0 % 만들어졌습니다"),
                                        ("zh", "搜索索引已建成 0 %")])
def test_a_search_while_an_import_is_indexed_says_how_far_and_reads_again_when_done(
        qtbot, sqlite_demo_app, ui_language, lang, says, tmp_path):
    from secretariat_app.search.index import SearchIndex

    ui_language(lang)
    with sqlite_demo_app.db.writing() as uow:  # what the bulk path does with an import's records
        SearchIndex("sqlite").bulk_written(uow.session, "organization", ["org-bj-epb", "org-bj-culture"])
        uow.commit()
    ctx = UiContext(sqlite_demo_app, lang)
    widget = SearchPanel(ctx, debounce_ms=50)
    widget.resize(520, 640)
    qtbot.addWidget(widget)
    widget.show()
    found = type_and_wait(qtbot, widget, "kind:organization")
    assert found.built_percent == 0 and widget.message.isVisible() and says in widget.message.text()
    assert "org-bj-epb" not in {r.id for r in found.results}
    widget.grab().save(str(tmp_path / f"search-building-{lang}.png"))
    with qtbot.waitSignal(widget.results_shown, timeout=10_000) as shown:  # the worker's last batch reruns it
        sqlite_demo_app.indexing.run()
    assert shown.args[0].built_percent is None and not widget.message.isVisible()
    assert "org-bj-epb" in {r.id for r in shown.args[0].results}
    workers.wait_for_all()
