"""The exchange as sync in the window: the first package from a counterpart asks to trust its key; the
import's summary names what was added, updated, moved to the trash, skipped and in conflict; the
dashboard says how many records changed on both sides; the merge view settles one, piece by piece, as one
undoable action."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from secretariat_app import bootstrap
from secretariat_app.settings import Settings, sqlite_url
from secretariat_app.ui.dashboard import DashboardView
from secretariat_app.ui.main_window import MainWindow
from secretariat_app.ui.merge_view import MergeView

from .editor_helpers import click_standard_button_in_next_dialog
from .shell_helpers import settle, window

__all__ = ["window"]
MOU = "agr-2015-env-mou"


@pytest.fixture
def beijing(tmp_path: Path) -> Iterator[bootstrap.App]:
    app = bootstrap.open_app(Settings(database_url=sqlite_url(tmp_path / "beijing.sqlite3"), user="wang"))
    app.exchange.name_site("Beijing secretariat")
    yield app
    app.close()


def _edit(app: Any, kind: str, rid: str, **fields: Any) -> None:
    loaded = app.records.get(kind, rid)
    app.records.update(kind, {**loaded.doc, **fields}, loaded.version)


def _import(qtbot: Any, window: MainWindow, path: Path, answer: QMessageBox.StandardButton | None = None,
            seen: list[str] | None = None) -> QMessageBox | None:
    if answer is not None:
        click_standard_button_in_next_dialog(answer, seen)
    with qtbot.waitSignal(window.tasks.task_done, timeout=30_000):
        window.tasks.import_file(path)
    if answer is not None:  # the import runs again, trusted
        qtbot.waitUntil(lambda: not window.tasks.busy and window.findChild(QMessageBox, "messageDialog") is not None,
                        timeout=30_000)
    return window.findChild(QMessageBox, "messageDialog")


def _both_changed(qtbot: Any, window: MainWindow, beijing: bootstrap.App, tmp_path: Path) -> QMessageBox:
    """Seoul (the window) and Beijing start from one package, then both change the MOU; Beijing's package
    arrives in the window."""
    seoul = window.ctx.app
    seoul.exchange.name_site("Seoul secretariat")
    seoul.exchange.export(tmp_path / "start.zip")
    beijing.exchange.import_file(tmp_path / "start.zip", trust=True)
    beijing.exchange.export(tmp_path / "hello.zip", for_site="Seoul secretariat")
    seen: list[str] = []
    box = _import(qtbot, window, tmp_path / "hello.zip", QMessageBox.StandardButton.Yes, seen)
    assert "This is the first package from Beijing secretariat" in seen[0]
    assert beijing.exchange.fingerprint() in seen[0]
    assert box is not None
    box.close()
    settle()
    _edit(seoul, "agreement", MOU, summary={"en": "Seoul's summary"}, reference="SBIC-2015-ENV-01")
    _edit(beijing, "agreement", MOU, title={"ko": "대기질 개선 협력 양해각서 (베이징 수정)", "zh": "北京修订的标题",
                                          "en": "Air quality MOU"}, reference="SBIC-2015-ENV-01-BJ")
    beijing.records.create("visit", {"id": "visit-bj", "title": {"zh": "北京访问"}, "destination_city": "seoul",
                                     "starts_on": "2027-03-02", "ends_on": "2027-03-04"})
    beijing.exchange.export(tmp_path / "b1.zip", for_site="Seoul secretariat")
    box = _import(qtbot, window, tmp_path / "b1.zip")
    assert box is not None
    return box


def test_a_refused_key_imports_nothing(qtbot, window, beijing, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.ctx.app.exchange.export(tmp_path / "start.zip")
    beijing.exchange.import_file(tmp_path / "start.zip", trust=True)
    beijing.records.create("organization", {"id": "org-x", "name": {"zh": "某机构"}, "city": "beijing",
                                            "kind": "other"})
    beijing.exchange.export(tmp_path / "b.zip", for_site=window.ctx.app.exchange.sites()[0].id)
    click_standard_button_in_next_dialog(QMessageBox.StandardButton.Cancel)
    with qtbot.waitSignal(window.tasks.task_done, timeout=30_000):
        window.tasks.import_file(tmp_path / "b.zip")
    qtbot.waitUntil(lambda: "Not imported" in window.statusBar().currentMessage())
    assert not window.ctx.app.records.exists("organization", "org-x")


def test_the_summary_names_the_conflict_and_opens_the_merge_view(qtbot, window, beijing, tmp_path) -> None:  # type: ignore[no-untyped-def]
    box = _both_changed(qtbot, window, beijing, tmp_path)
    text = box.text()
    assert text.startswith("Added 1, updated 0, moved to the trash 0; already here 0, unchanged 0.")
    assert "1 record was changed here and at the counterpart" in text
    assert "From Beijing secretariat, signed with key" in text
    assert "Agreement · " in box.detailedText()
    compare = box.findChild(type(box.buttons()[0]), "compare")
    compare.click()
    view = window.findChild(MergeView, "mergeView")
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: view.records.count() == 1)
    captions = [view.table.cellWidget(r, 0).text() for r in range(view.table.rowCount())]
    assert captions[:4] == ["Reference", "Title · Korean", "Title · Chinese", "Title · English"]
    assert {"Summary · Korean", "Summary · Chinese", "Summary · English"} <= set(captions)
    assert view.sides.text().splitlines()[1].startswith("Theirs (Beijing secretariat): wang, ")
    assert view.table.horizontalHeaderItem(2).text() == "Theirs"
    dashboard = window.views["dashboard"]
    assert isinstance(dashboard, DashboardView)
    window.show_section("dashboard")
    dashboard.reload()
    qtbot.waitUntil(lambda: dashboard.conflicts.isVisible())
    assert dashboard.conflicts.text().startswith("1 record changed on both sides")


def test_settling_piece_by_piece_is_one_undoable_action(qtbot, window, beijing, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _both_changed(qtbot, window, beijing, tmp_path).close()
    window.open_merge_view()
    view = window.merge_view
    qtbot.waitUntil(lambda: view.records.count() == 1)
    rows = {view.table.cellWidget(r, 0).text(): r for r in range(view.table.rowCount())}
    view.table.cellWidget(rows["Title · Chinese"], 2).click()  # theirs for the Chinese title
    view.table.cellWidget(rows["Reference"], 3).setText("SBIC-2015-ENV-01-A")  # a text typed by the clerk
    with qtbot.waitSignal(view.settled, timeout=20_000) as said:
        view.settle()
    assert said.args[0].startswith("Settled: ")
    qtbot.waitUntil(lambda: view.records.count() == 0)
    assert view.intro.text() == "No record is changed on both sides."
    doc = window.ctx.app.records.get("agreement", MOU).doc
    assert doc["title"]["zh"] == "北京修订的标题" and doc["title"]["ko"] != "대기질 개선 협력 양해각서 (베이징 수정)"
    assert doc["reference"] == "SBIC-2015-ENV-01-A" and doc["summary"]["en"] == "Seoul's summary"
    assert window.ctx.app.records.next_undo.action == "resolve"
    # The next package settles Beijing's side, with no new conflict.
    window.ctx.app.exchange.export(tmp_path / "s.zip", for_site="Beijing secretariat")
    report = beijing.exchange.import_file(tmp_path / "s.zip").report
    assert report.conflicts == [] and beijing.exchange.conflicts() == []
    assert beijing.records.get("agreement", MOU).doc["reference"] == "SBIC-2015-ENV-01-A"


def test_a_package_for_the_counterpart_from_the_file_menu(qtbot, window, beijing, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def get_item(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        asked.append(label)
        return items[0], True

    monkeypatch.setattr("secretariat_app.ui.file_tasks.QInputDialog.getItem", staticmethod(get_item))
    assert window.tasks.export_package(tmp_path / "p.zip") is None  # nobody to send to yet: said, not written
    refusal = window.findChild(QMessageBox)
    assert refusal is not None and "No counterpart has sent a package yet" in refusal.text()
    refusal.close()
    assert asked == ["The counterpart sees this name on your packages:"]  # the site named once, first
    assert window.ctx.app.exchange.sites()[0].name == "서울 사무국 · Seoul secretariat"
    window.ctx.app.exchange.export(tmp_path / "start.zip")
    beijing.exchange.import_file(tmp_path / "start.zip", trust=True)
    beijing.records.create("organization", {"id": "org-bj-new", "name": {"zh": "北京新机构"}, "city": "beijing",
                                            "kind": "other"})
    beijing.exchange.export(tmp_path / "b.zip", for_site=window.ctx.app.exchange.sites()[0].id)
    window.ctx.app.exchange.import_file(tmp_path / "b.zip", trust=True)
    _edit(window.ctx.app, "person", "person-li-ming", phone="+86 10 6519 0000")
    with qtbot.waitSignal(window.tasks.task_done, timeout=30_000) as done:
        window.tasks.export_package(tmp_path / "for-beijing.zip")
    assert done.args == ["export", True] and len(asked) == 1  # named already: not asked again
    assert "Wrote 1 change for Beijing secretariat" in window.statusBar().currentMessage()
    assert beijing.exchange.import_file(tmp_path / "for-beijing.zip").report.changed == {"people": 1}
