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
