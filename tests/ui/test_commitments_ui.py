"""The commitments register, "Add open commitments…" and the progress report, driven as a clerk does.

Screenshots of the register in ko, zh and en go to $SECRETARIAT_SCREENSHOTS (else a temporary folder)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from secretariat_app.ui.commitments_view import CommitmentsView
from secretariat_app.ui.editors.open_commitments import add_open_commitments, take_into_agenda
from secretariat_app.ui.main_window import MainWindow

from .shell_helpers import make_window, settle


def register(qtbot: Any, window: MainWindow) -> CommitmentsView:
    window.show_section("commitments")
    view = window.views["commitments"]
    assert isinstance(view, CommitmentsView)
    qtbot.waitUntil(lambda: view.register is not None and view.task is None, timeout=10_000)
    return view


def test_the_register_filters_and_opens_the_meeting_at_the_action(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = register(qtbot, window)
    assert len(view.rows()) == 9 and view.count.text() == "9 commitments · 5 late"
    view.set_filter(since="mtg-gc-2", status="late", team="team-economy")
    rows = view.rows()
    assert [r[:6] for r in rows] == [["Draft a proposal for a joint start-up support programme", "SBIC-2013-001 · Art. 2",
                                      "Yoon Ji-hoon", "Wang Fang", rows[0][4], "Late"]]
    view.set_filter(team=None, owner="person-liu-yang")  # an owner in either city
    assert [r[0] for r in view.rows()] == ["Draw up a joint tourism promotion plan"]
    view.set_filter(owner=None, status="done", agreement="agr-2015-env-mou")
    assert {r[0] for r in view.rows()} == {"Designate and exchange the Environment Team's contacts",
                                           "Prepare the first Environment Team meeting"}
    # The keyboard: the list, a row, Enter opens the meeting on the minutes' action.
    view.set_filter(status="late", agreement=None)
    view.tree.setFocus()
    view.tree.setCurrentItem(next(view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())
                                  if view.tree.topLevelItem(i).text(0).startswith("Draw up a joint tourism")))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    editor = window.tabs.current_editor()
    assert editor is not None and (editor.kind, editor.record_id) == ("meeting", "mtg-gc-2")
    assert editor.tabs.currentWidget() is editor._tab_keys["minutes"]
    assert editor.minutes.actions.current() == 3  # act-2015-004, the fourth action of the minutes


def test_add_open_commitments_to_the_next_conferences_agenda(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.new_record("meeting")
    editor = window.tabs.current_editor()
    editor.field("starts_at").set_value("2017-11-02T10:00:00+09:00")
    assert editor.agenda.commitments_button.isEnabled()
    dialog = add_open_commitments(editor, datetime.fromisoformat("2017-11-02T10:00:00+09:00"), exec_dialog=False)
    assert dialog is not None and dialog.list.count() == 5
    dialog.list.item(4).setCheckState(Qt.CheckState.Unchecked)  # the clerk leaves one out
    assert take_into_agenda(editor, dialog) == 4
    agenda = editor.agenda.value()
    assert [x["position"] for x in agenda] == [1, 2, 3, 4]
    assert all(x["agreement"] in ("agr-2013-council-mou", "agr-2015-env-mou") for x in agenda)
    assert agenda[0]["title"]["en"].startswith("Review of action: ")
    dialog.close()
    editor.field("title").set_value({"en": "Third General Conference"})
    assert editor.save_and_wait()
    saved = window.ctx.records.get("meeting", editor.record_id).doc
    assert [x["agreement"] for x in saved["agenda"]] == [x["agreement"] for x in agenda]


def test_the_progress_report_in_the_print_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = register(qtbot, window)
    view.set_filter(since="mtg-gc-2")
    window.act_print.trigger()  # Ctrl+P on the register: the progress report since the conference chosen
    dialog = window.findChild(object, "printPreviewDialog")
    assert dialog is not None and dialog.kind == "progress" and dialog.since.currentData() == "mtg-gc-2"
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20_000)
    assert dialog.pages >= 3 and dialog.default_file_name() == "progress-since-mtg-gc-2-en.pdf"
    dialog.set_bilingual(("ko", "zh"))
    first = dialog.pdf
    dialog.generate()
    qtbot.waitUntil(lambda: dialog.pdf is not first and dialog.task is None, timeout=20_000)
    assert dialog.pdf[:5] == b"%PDF-"
    dialog.close()


@pytest.mark.parametrize(("lang", "title"), [("en", "Commitments"), ("ko", "조치 사항 관리"), ("zh", "事项落实")])
def test_register_screenshot(qtbot, ui_language, sqlite_demo_app, tmp_path, lang, title) -> None:  # type: ignore[no-untyped-def]
    ui_language(lang)
    folder = Path(os.environ.get("SECRETARIAT_SCREENSHOTS") or tmp_path)
    window = make_window(qtbot, sqlite_demo_app, tmp_path / "window.ini", lang=lang, resize=False)
    window.resize(1500, 820)
    view = register(qtbot, window)
    view.set_filter(since="mtg-gc-2")
    assert window.tabs.tabText(0) == title
    qtbot.wait(100)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"commitments-register-{lang}.png"
    assert window.grab().save(str(path))
    image = QImage(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
    assert len(colours) > 40
    window.close()
    settle()


def test_a_review_recorded_in_a_later_meetings_minutes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = window.open_record("meeting", "mtg-env-1", "minutes.reviews")
    reviews = editor.minutes.forms[-1].field("reviews")
    choice = reviews.action
    row = reviews.parts.add()
    # Only earlier meetings' actions are offered: conference 1's and 2's, not this meeting's own.
    offered = {choice.itemData(i) for i in range(1, choice.count())}
    assert "act-2015-003" in offered and "act-2016-001" not in offered
    choice.setCurrentIndex(choice.findData("act-2015-003"))
    status = reviews.parts.form.field("status")
    status.setCurrentIndex(status.findData("done"))
    reviews.parts.form.field("note").set_value({"en": "Launched in May."})
    assert row == 2 and reviews.value()[2]["action"] == "act-2015-003"
    assert editor.save_and_wait()
    view = register(qtbot, window)
    view.set_filter(owner="person-yoon-ji-hoon")
    [start_up] = [r for r in view.rows() if r[0].startswith("Draft a proposal")]
    assert start_up[5] == "Done" and "First Meeting of the Environment Team" in start_up[8]
