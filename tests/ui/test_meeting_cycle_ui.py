"""The meeting's cycle as a clerk works it: the roll call, the minutes' way from draft to final (both
cities approve), and "New meeting from…". Screenshots of each in Korean, Chinese and English go to
SECRETARIAT_SCREENSHOTS (or a temporary folder) to be looked at."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from secretariat_app.domain import minutes_cycle
from secretariat_app.ui import meeting_dialogs
from secretariat_app.ui.context import UiContext

from .editor_helpers import open_editor


def _conference_3(app) -> str:  # type: ignore[no-untyped-def]
    """Conference 3, made from conference 2, with draft minutes that have a roll call."""
    _, mid = app.meetings.new_from_meeting("mtg-gc-2", date(2017, 10, 26))
    loaded = app.records.get("meeting", mid)
    doc = loaded.doc
    people = doc["participants"]
    doc["minutes"] = {"status": "draft", "recorded_by": people[4], "summary": {"en": "Agreed."},
                      "attendees": [{"person": p, "status": "present"} for p in people[:8]],
                      "guests": [{"name": "Dr. Lee Jae-won", "affiliation": "Seoul Institute"}]}
    doc["minutes"]["attendees"][1] = {"person": people[1], "status": "represented",
                                      "represented_by": "person-liu-yang"}
    doc["minutes"]["attendees"][5]["status"] = "excused"
    app.records.update("meeting", doc, loaded.version)
    return mid


def _accepting(monkeypatch, fill) -> None:  # type: ignore[no-untyped-def]
    """Dialogs answer as the clerk would: ``fill(dialog)`` then OK."""
    def exec_(self) -> int:  # type: ignore[no-untyped-def]
        fill(self)
        self._accept()
        return self.result()
    monkeypatch.setattr(meeting_dialogs._StepDialog, "exec", exec_)


def _saved(qtbot, editor, app, mid, check) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: check(app.records.get("meeting", mid).doc["minutes"]), timeout=10_000)
    qtbot.waitUntil(lambda: check(editor.minutes.value()) and not editor.is_dirty(), timeout=10_000)


def test_the_roll_call_takes_each_persons_attendance(qtbot, sqlite_demo_app):
    mid = _conference_3(sqlite_demo_app)
    editor = open_editor(qtbot, UiContext(sqlite_demo_app), "meeting", mid)
    roll = editor.minutes.attendance
    assert roll.table.rowCount() == len(sqlite_demo_app.records.get("meeting", mid).doc["participants"])
    # the 9th participant is not recorded yet: answered absent, added at the end
    roll.table.cellWidget(8, 1).setCurrentIndex(roll.table.cellWidget(8, 1).findData("absent"))
    value = roll.value()
    assert value[-1]["status"] == "absent" and len(value) == 9
    # the represented one's deputy is named; another answer drops the deputy
    assert value[1]["represented_by"] == "person-liu-yang"
    roll.table.cellWidget(1, 1).setCurrentIndex(roll.table.cellWidget(1, 1).findData("present"))
    assert roll.value()[1] == {"person": value[1]["person"], "status": "present", "represented_by": None}
    assert "1 absent or excused" not in roll.count.text() and "2 absent or excused" in roll.count.text()


def test_minutes_go_from_draft_to_final_by_the_buttons(qtbot, sqlite_demo_app, monkeypatch):
    app = sqlite_demo_app
    mid = _conference_3(app)
    editor = open_editor(qtbot, UiContext(app), "meeting", mid)
    minutes = editor.minutes
    assert not minutes.circulate_button.isHidden() and minutes.approve_button.isHidden()

    _accepting(monkeypatch, lambda d: d.on.set_value("2017-10-30"))
    editor.circulate_minutes()
    _saved(qtbot, editor, app, mid, lambda m: m["status"] == "circulated" and m["circulated_to"] == "beijing")
    assert not minutes.approve_button.isHidden() and minutes.circulate_button.isHidden()

    def seoul(d):  # type: ignore[no-untyped-def]
        d.by.set_value("person-park-won-soon")
        d.on.set_value("2017-11-02")
    _accepting(monkeypatch, seoul)
    editor.record_approval()
    _saved(qtbot, editor, app, mid, lambda m: minutes_cycle.state(m) == "approved_seoul")
    assert minutes.is_locked()  # Seoul approved this text: it is read-only now
    assert "Park Won Soon" in minutes.status_label.text() and "Beijing: awaiting" in minutes.status_label.text()

    def beijing(d):  # type: ignore[no-untyped-def]
        assert [d.city.itemData(i) for i in range(d.city.count())] == ["beijing"]  # Seoul has approved
        d.by.set_value("person-wang-anshun")
    _accepting(monkeypatch, beijing)
    editor.record_approval()
    _saved(qtbot, editor, app, mid, lambda m: minutes_cycle.state(m) == "approved_both")
    assert not minutes.lock_button.isHidden()

    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor.lock_minutes()
    _saved(qtbot, editor, app, mid, lambda m: m["status"] == "approved")
    assert not minutes.reopen_button.isHidden() and minutes.lock_button.isHidden()
    editor.reopen_minutes()
    _saved(qtbot, editor, app, mid, lambda m: m["status"] == "draft")
    stored = app.records.get("meeting", mid).doc["minutes"]
    assert len(stored["approvals"]) == 2 and all(a["withdrawn_on"] for a in stored["approvals"])
    assert not minutes.is_locked() and "2 earlier approval" in minutes.status_label.text()


def test_a_dialog_refuses_an_approval_without_who(qtbot, sqlite_demo_app):
    dialog = meeting_dialogs.ApprovalDialog(sqlite_demo_app.lookup(), "en", "Conference", ["seoul", "beijing"])
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "Name who approved" in dialog.message.text()


def test_new_meeting_from_this_makes_and_opens_the_next_conference(qtbot, sqlite_demo_app, monkeypatch):
    app = sqlite_demo_app
    editor = open_editor(qtbot, UiContext(app), "meeting", "mtg-gc-2")
    opened: list[tuple[str, str]] = []
    editor.open_record.connect(lambda kind, rid: opened.append((kind, rid)))

    def fill(d):  # type: ignore[no-untyped-def]
        assert d.from_meeting.isChecked() and d.meeting.value() == "mtg-gc-2"
        d.on.set_value("2017-10-26")
    _accepting(monkeypatch, fill)
    editor.new_meeting_from()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    new = app.records.get("meeting", opened[0][1]).doc
    assert new["number"] == 3 and new["city"] == "seoul" and new["minutes"] is None


SHOTS = os.environ.get("SECRETARIAT_SCREENSHOTS")  # a folder to keep the screenshots in (else thrown away)


@pytest.mark.parametrize("lang", ["ko", "zh", "en"])
def test_screenshots_of_the_roll_call_the_approval_and_the_new_from_dialog(qtbot, sqlite_demo_app, tmp_path,
                                                                           ui_language, lang):
    app = sqlite_demo_app
    ui_language(lang)
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    mid = _conference_3(app)
    app.meetings.circulate(mid, date(2017, 10, 30), "beijing")
    app.meetings.approve(mid, "seoul", "person-park-won-soon", date(2017, 11, 2))
    ctx = UiContext(app, lang)
    editor = open_editor(qtbot, ctx, "meeting", mid)
    editor.resize(1180, 800)
    editor.focus_part("minutes.attendees[1]")
    qtbot.wait(100)
    for name, widget in ((f"roll-call-{lang}.png", editor),):
        assert widget.grab().save(str(folder / name))
    dialog = meeting_dialogs.NewMeetingDialog(app.lookup(), lang, mid, None)
    qtbot.addWidget(dialog)
    dialog.on.set_value("2019-11-07")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(folder / f"new-meeting-from-{lang}.png"))
    approval = meeting_dialogs.ApprovalDialog(app.lookup(), lang, editor.display_name(), ["beijing"])
    qtbot.addWidget(approval)
    approval.show()
    qtbot.waitExposed(approval)
    assert approval.grab().save(str(folder / f"record-approval-{lang}.png"))


def test_ctrl_shift_n_in_the_templates_list_starts_from_the_chosen_template(qtbot, window, monkeypatch):
    from tests.integration.test_meeting_cycle import GENERAL_CONFERENCE

    from .shell_helpers import list_view, wait_loaded

    window.ctx.records.create("template", GENERAL_CONFERENCE)
    view = list_view(window, "template")
    wait_loaded(qtbot, view)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(view.model.row_of("tpl-general-conference"), 0))

    def fill(d):  # type: ignore[no-untyped-def]
        assert d.from_template.isChecked() and d.template.value() == "tpl-general-conference"
        d.on.set_value("2019-11-07")
    _accepting(monkeypatch, fill)
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.tabs.current_editor() is not None, timeout=10_000)
    editor = window.tabs.current_editor()
    assert editor.kind == "meeting" and editor.record_id
    doc = window.ctx.records.get("meeting", editor.record_id).doc
    assert doc["number"] == 3 and [a["duration_minutes"] for a in doc["agenda"]] == [10, 60, 20]
