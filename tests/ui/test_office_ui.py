"""The office's formats in the window: exporting a list as it stands, a meeting to the calendar, the
calendar file kept up to date after saves, minutes saved as Word, a contact sheet imported through its
mapping and preview, and two people merged."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import docx
import icalendar
import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import QSettings

from secretariat_app.ui import office_tasks
from secretariat_app.ui.briefing_dialog import open_print_preview
from secretariat_app.ui.contact_import import open_contact_import
from secretariat_app.ui.main_window import MainWindow
from secretariat_app.ui.merge_dialog import MergeDialog

from .shell_helpers import list_view, settle, wait_loaded


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    """The save dialog answers with a file of the test's folder."""
    chosen: dict[str, Path] = {}

    def answer(name: str) -> None:
        chosen["path"] = tmp_path / name
        monkeypatch.setattr(office_tasks, "save_file_name", lambda *a, **k: (str(chosen["path"]), ""))
        import secretariat_app.ui.briefing_dialog as dialog_module

        monkeypatch.setattr(dialog_module, "save_file_name", lambda *a, **k: (str(chosen["path"]), ""))

    return answer


def test_export_list_as_it_stands(window: MainWindow, qtbot: Any, tmp_path: Path, save_to: Any) -> None:
    view = list_view(window, "meeting")
    wait_loaded(qtbot, view)
    view.filter.setText("환경")
    view.filter_now()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    save_to("env")  # the suffix is added
    task = window.export_current_list()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    sheet = openpyxl.load_workbook(tmp_path / "env.xlsx").active
    assert [r[-1] for r in sheet.iter_rows(min_row=2, values_only=True)] == ["mtg-env-1"]
    assert "env.xlsx" in window.statusBar().currentMessage()


def test_add_a_meeting_to_the_calendar(window: MainWindow, qtbot: Any, tmp_path: Path, save_to: Any) -> None:
    editor = window.open_record("meeting", "mtg-gc-2")
    save_to("gc2.ics")
    task = editor.add_to_calendar()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    events = icalendar.Calendar.from_ical((tmp_path / "gc2.ics").read_bytes()).walk("VEVENT")
    uids = sorted(str(e["uid"]).split("@")[0] for e in events)
    # the meeting and its open action items with a due date (act-2015-001 and -002 are done)
    assert uids == ["action-act-2015-003", "action-act-2015-004", "action-act-2015-005", "meeting-mtg-gc-2"]


def test_the_subscribed_calendar_follows_saves(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    feed = window.calendar_feed
    feed.settings.setValue(office_tasks.FEED_SETTING, str(tmp_path / "feed" / "council.ics"))
    feed.timer.setInterval(10)
    soon = (date.today() + timedelta(days=10)).isoformat()
    with qtbot.waitSignal(feed.written, timeout=10_000):
        window.ctx.records.create("meeting", {"id": "mtg-soon", "kind": "team_meeting", "title": {"en": "Soon"},
                                              "starts_at": f"{soon}T10:00:00+09:00", "city": "seoul"})
    events = icalendar.Calendar.from_ical((tmp_path / "feed" / "council.ics").read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Soon"]  # the demo's meetings are years ago
    assert [p.name for p in (tmp_path / "feed").iterdir()] == ["council.ics"]  # no temporary file left


def test_minutes_saved_as_word(window: MainWindow, qtbot: Any, tmp_path: Path, save_to: Any) -> None:
    dialog = open_print_preview(window.ctx, "minutes", "mtg-gc-2", window)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=30_000)
    assert dialog.word_button.isVisible()
    save_to("minutes.docx")
    task = dialog.save_word_dialog()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert any(p.style.name == "Heading 1" for p in docx.Document(str(tmp_path / "minutes.docx")).paragraphs)
    dialog.close()


def test_contact_import_mapping_preview_and_decisions(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("이름,메일,기관,도시\r\n김민준,kmj@seoul.go.kr,,\r\n박하늘,sky@seoul.go.kr,서울관광재단,서울\r\n"
                     .encode("cp949"))
    settings = QSettings(str(tmp_path / "contacts.ini"), QSettings.Format.IniFormat)
    dialog = open_contact_import(window.ctx, settings, window, path)
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=5000)
    assert dialog.mapping() == {"이름": "person.name.ko", "메일": "person.email", "기관": "organization.name.ko",
                                "도시": "organization.city"}
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5000)
    assert "already kept: 1." in dialog.summary.text()
    dialog.decide("person:2", "skip")
    assert "skip 1" in dialog.summary.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=10_000)  # closed once it is done
    settle()
    assert window.ctx.records.get("person", "person-kim-min-jun").doc.get("email") is None  # skipped
    assert window.ctx.app.lookup().search("person", "박하늘", "ko")
    # The same layout again: the mapping the clerk confirmed is offered.
    again = open_contact_import(window.ctx, settings, window, path)
    qtbot.waitUntil(lambda: again.table is not None, timeout=5000)
    again.set_field("메일", "")
    task = again.make_plan()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    again.close()
    third = open_contact_import(window.ctx, settings, window, path)
    qtbot.waitUntil(lambda: third.table is not None, timeout=5000)
    assert "메일" not in third.mapping()
    third.close()


def test_contact_import_names_the_refused_cell(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Name,E-mail\nWen Li,wen.li(at)bj.cn\n", encoding="utf-8")
    dialog = open_contact_import(window.ctx, QSettings(str(tmp_path / "c.ini"), QSettings.Format.IniFormat),
                                 window, path)
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=5000)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.problems.count() > 0, timeout=10_000)
    assert dialog.problems.item(0).text().startswith("Row 2, column “E-mail”: 'wen.li(at)bj.cn' is not an e-mail")
    dialog.close()


def test_merge_two_people(window: MainWindow, qtbot: Any) -> None:
    window.ctx.records.create("person", {"id": "person-kim-2", "name": {"en": "Kim Min-jun"}, "phone": "010"})
    window.show_section("people")
    view = window.views["people"]
    wait_loaded(qtbot, view.people)
    dialog = MergeDialog(window.ctx, "person", "person-kim-2", "person-kim-min-jun", view)
    dialog.findChild(type(dialog.keep.button(1)), "keep-2").setChecked(True)
    assert dialog.kept() == ("person-kim-min-jun", "person-kim-2")
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        dialog.merge_button.click()
    assert window.ctx.records.get("person", "person-kim-min-jun").doc["phone"] == "010"
    assert window.ctx.records.get("person", "person-kim-2", include_trash=True).deleted_at is not None
    assert "Merge" in window.act_undo.text()
