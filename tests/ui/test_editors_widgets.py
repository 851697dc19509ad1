"""The editors' pieces, on the demo data: times on the venue's clock, type-ahead, drag and drop,
attachments, the briefing-pack button, going to a part, and the rules' messages in place."""

from __future__ import annotations

import hashlib
import sys
import types

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent, QFontInfo
from PySide6.QtWidgets import QApplication, QMessageBox

from secretariat_app.ui.context import UiContext
from secretariat_app.ui.editors import visit as visit_module
from secretariat_app.ui.operations import wait
from secretariat_app.ui.widgets.zoned_time import ZonedDateTimeEdit

from .editor_helpers import answer_questions, open_editor, pick, type_date, type_time, wait_for_message


@pytest.fixture
def ctx(sqlite_demo_app, qapp):  # type: ignore[no-untyped-def]
    return UiContext(sqlite_demo_app)


@pytest.fixture
def warnings(monkeypatch):  # type: ignore[no-untyped-def]
    """The texts of the warning and information boxes the editors show (instead of showing them)."""
    shown: list[str] = []

    def record(parent, title, text, *args, **kw):  # type: ignore[no-untyped-def]
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(record))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(record))
    return shown


def test_a_time_at_the_venue_shows_the_other_citys_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = ZonedDateTimeEdit()
    qtbot.addWidget(edit)
    edit.set_city("beijing")
    edit.set_value("2015-11-04T10:00:00+08:00")
    assert edit.other_label.text() == "= 11:00 KST"
    assert edit.value() == "2015-11-04T10:00:00+08:00"
    edit.set_city("seoul")  # same wall clock, now in Seoul
    assert edit.value() == "2015-11-04T10:00:00+09:00" and edit.other_label.text() == "= 09:00 CST"
    type_time(qtbot, edit.time_field, "0:30")
    assert edit.other_label.text() == "= 23:30 CST (2015-11-03)"  # the day before, over there
    edit.set_city("Tokyo", 9 * 60)  # a city the council does not know: its offset is typed
    assert not edit.offset_box.isHidden() and edit.value() == "2015-11-04T00:30:00+09:00"
    assert edit.other_label.text() == "= 00:30 KST  = 23:30 CST (2015-11-03)"


def test_a_stored_time_is_shown_on_the_venues_clock_and_kept_unchanged(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "meeting", "mtg-gc-2")
    assert editor.starts.time_field.text() == "10:30" and editor.starts.other_label.text() == "= 11:30 KST"
    assert not editor.is_dirty()
    editor.city.set_value("seoul")  # moved to Seoul: the typed 10:30 is now Seoul time
    assert editor.starts.value() == "2015-11-04T10:30:00+09:00"
    assert editor.starts.other_label.text() == "= 09:30 CST"
    assert "(Seoul time)" in editor.agenda.timing.text()


def test_type_ahead_with_the_keyboard(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "person", "person-li-ming")
    picker = editor.field("organization")
    picker.edit.setFocus()
    picker.edit.selectAll()
    qtbot.keyClicks(picker.edit, "commerce")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert picker.model.rowCount() == 1
    assert picker.model.item(0).text().startswith("Beijing Municipal Commission of Commerce — ")
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the first entry is ready: Enter takes it
    assert picker.value() == "org-bj-commerce" and editor.is_dirty()
    assert picker.edit.text() == "Beijing Municipal Commission of Commerce"
    picker.edit.selectAll()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Backspace)  # emptied: no organization any more
    assert picker.value() is None


def _drop(tree, row: int, below: bool) -> None:  # type: ignore[no-untyped-def]
    """Drop the selected row onto the upper or lower half of ``row``, as a mouse drag ends."""
    rect = tree.visualRect(tree.model().index(row, 0))
    y = rect.bottom() - 2 if below else rect.top() + 2
    mime = tree.model().mimeData([tree.currentIndex()]) or QMimeData()
    event = QDropEvent(QPoint(rect.center().x(), y).toPointF(), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(event)


def test_agenda_items_move_by_drag_and_drop_and_the_minutes_follow(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Approved minutes fix the agenda's order: the demo's must be reopened first.
    editor = open_editor(qtbot, ctx, "meeting", "mtg-gc-2")
    editor.focus_part("agenda")
    tree = editor.agenda.parts.tree
    tree.setCurrentItem(tree.topLevelItem(0))
    _drop(tree, 3, below=True)
    assert tree.topLevelItem(0).text(3) == "Opening remarks"  # locked: nothing moved
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert editor.reopen_minutes()
    wait(editor.save_task)
    editor.focus_part("agenda")
    tree = editor.agenda.parts.tree
    tree.setCurrentItem(tree.topLevelItem(3))  # "Signing of the MOU…", item 4
    _drop(tree, 0, below=False)  # dropped above the first row
    assert [tree.topLevelItem(r).text(3)[:10] for r in range(3)] == ["Signing of", "Opening re", "Report on "]
    assert [tree.topLevelItem(r).text(1) for r in range(3)] == ["10:30", "10:40", "10:50"]
    tree.setCurrentItem(tree.topLevelItem(0))
    _drop(tree, 5, below=True)  # and below the last one
    assert tree.topLevelItem(5).text(3).startswith("Signing of")
    assert editor.save_and_wait()
    doc = ctx.records.get("meeting", "mtg-gc-2").doc
    signing = next(x for x in doc["agenda"] if x["agreement"] == "agr-2015-env-mou")
    assert signing["position"] == 6
    notes = {x["agenda_item"]: x["notes"]["en"] for x in doc["minutes"]["items"]}
    assert notes[6] == "MOU SBIC-2015-001 signed." and notes[1] == "Mayor Wang welcomed the Seoul delegation."
    decisions = {x["text"]["en"][:20]: x["agenda_item"] for x in doc["minutes"]["decisions"]}
    assert decisions == {"An Environment Team ": 3, "The Economy Team str": 2, "The third general co": 5}


def test_attachments_add_open_and_save_a_copy(qtbot, ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    data = "제1조 목적 / 第一条 目的\n".encode() * 200
    source = tmp_path / "signed-copy.pdf"
    source.write_bytes(data)
    editor = open_editor(qtbot, ctx, "agreement", "agr-2015-env-mou")
    editor.focus_part("attachments")
    files = editor.attachments
    wait(files.add_file(source))  # the bytes are kept off the UI thread
    [entry] = files.items
    assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert files.tree.topLevelItem(0).text(0) == "signed-copy.pdf" and editor.is_dirty()
    shown = files.open_current()
    assert opened == [QUrl.fromLocalFile(str(shown))] and shown.read_bytes() == data
    copy_path = tmp_path / "out" / "copy.pdf"
    assert files.save_copy(entry, copy_path) and copy_path.read_bytes() == data
    assert editor.save_and_wait()
    stored = ctx.records.get("agreement", "agr-2015-env-mou").doc["attachments"]
    assert stored == [{"name": "signed-copy.pdf", "media_type": "application/pdf", "size": len(data),
                       "sha256": entry["sha256"]}]
    again = open_editor(qtbot, ctx, "agreement", "agr-2015-env-mou")
    assert again.attachments.value() == stored


def test_an_attachment_without_its_bytes_says_so(qtbot, ctx, warnings) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "agreement", "agr-2015-env-mou")
    editor.attachments.set_value([{"name": "lost.pdf", "media_type": "application/pdf", "size": 3,
                                   "sha256": "a" * 64}])
    editor.attachments.tree.setCurrentItem(editor.attachments.tree.topLevelItem(0))
    assert editor.attachments.open_current() is None
    assert "does not hold the file lost.pdf" in warnings[0]


def test_briefing_pack_button(qtbot, ctx, warnings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "visit", "visit-2015-beijing")
    monkeypatch.setattr(visit_module, "BRIEFING_MODULE", "secretariat_app.ui.no_such_module")
    qtbot.mouseClick(editor.briefing_button, Qt.MouseButton.LeftButton)
    assert warnings == ["Briefing packs are not available in this version of Secretariat."]
    calls = []
    fake = types.ModuleType("fake_briefing")
    fake.open_briefing_dialog = lambda *args: calls.append(args)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_briefing", fake)
    monkeypatch.setattr(visit_module, "BRIEFING_MODULE", "fake_briefing")
    qtbot.mouseClick(editor.briefing_button, Qt.MouseButton.LeftButton)
    assert calls == [(ctx, "visit-2015-beijing", editor)]
    new = open_editor(qtbot, ctx, "visit", None)
    qtbot.mouseClick(new.briefing_button, Qt.MouseButton.LeftButton)
    assert "Save the visit first" in warnings[-1] and len(calls) == 1


def test_itinerary_times_are_on_the_destinations_clock(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "visit", "visit-2015-beijing")
    editor.focus_part("itinerary")
    first = editor.itinerary.items[0]["starts_at"]
    assert first.endswith("+08:00") and "Beijing time" in editor.item_time.zone_label.text()
    assert editor.item_time.other_label.text().startswith("= ")
    editor.destination.set_value("seoul")
    doc = editor.collect()
    assert doc["itinerary"][0]["starts_at"] == first.replace("+08:00", "+09:00")  # same wall clock
    assert "Seoul time" in editor.item_time.zone_label.text()


def test_focus_part_goes_to_an_action_item_of_the_minutes(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "meeting", "mtg-gc-2")
    editor.focus_part("minutes.actions[2]")
    assert editor.tabs.currentWidget() is editor._tab_keys["minutes"]
    assert editor.minutes.inner.currentIndex() == 4 and editor.minutes.actions.current() == 2  # (after the guests)
    assert editor.minutes.actions.form.field("text").value()["en"].startswith("Draft a proposal")
    editor.focus_part("expires_on")  # not a meeting field: nothing happens, nothing breaks
    editor.focus_part("history")
    assert editor.tabs.currentWidget() is editor.history


def test_rule_messages_sit_next_to_their_field_and_mark_the_tab(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "meeting", "mtg-env-1")
    type_time(qtbot, editor.ends.time_field, "9")  # before the start
    editor.validate_now()
    assert editor.messages("ends_at") == ""  # said once the clerk leaves the field, not while she types
    editor.field_left("ends_at")
    message = wait_for_message(qtbot, lambda: editor.messages("ends_at"), "must be after the start")
    assert "T" not in message.split("(")[1] and "+09:00" not in message  # the time as a clerk reads it
    assert not editor.tabs.tabIcon(0).isNull() and editor.tabs.tabIcon(2).isNull()
    assert not editor.save_and_wait()
    editor.ends.time_field.clear()  # no end time at all is fine
    editor.ends.time_field.changed.emit()
    qtbot.waitUntil(lambda: editor.messages("ends_at") == "")
    assert editor.tabs.tabIcon(0).isNull()


def test_an_organization_cannot_become_its_own_ancestor(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "organization", "org-smg")
    parent = editor.field("parent")
    picked = parent.lookup.search("organization", "", "en", exclude=parent._exclude())
    assert "org-smg" not in [c.id for c in picked]  # not offered as its own parent
    pick(qtbot, parent, "Climate", "org-smg-cehq")  # a department of org-smg
    qtbot.keyClick(parent.edit, Qt.Key.Key_Tab)  # on to the next field: now the rules speak
    message = wait_for_message(qtbot, lambda: editor.messages("parent"), "makes a cycle")
    assert "org-smg-cehq" in message or "org-smg" in message


def test_history_shows_who_changed_what(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "person", "person-zhang-wei")
    editor.field("phone").setText("+86 10 5555 0101")
    assert editor.save_and_wait()
    editor.focus_part("history")
    top = editor.history.tree.topLevelItem(0)
    assert (top.text(1), top.text(2), top.text(3)) == ("tester", "Edited", "Phone")  # the label, not the key
    detail = editor.history.detail.toPlainText()
    assert "Phone" in detail and "phone" not in detail
    assert "+86 10 5555 0101" in editor.history.detail.toPlainText()
    # The import names its file; its version is what the edit started from (the trail keeps no copy of it).
    assert editor.history.tree.topLevelItem(1).text(2) == "Imported — from seoul-beijing-council.json"
    editor.history.tree.setCurrentItem(editor.history.tree.topLevelItem(1))
    assert "Phone" not in editor.history.detail.toPlainText()


def test_korean_and_chinese_fields_use_the_bundled_fonts(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "team", "team-environment")
    name = editor.field("name")
    assert QFontInfo(name.editors["ko"].font()).family() == "Noto Sans KR"
    assert QFontInfo(name.editors["zh"].font()).family() == "Noto Sans SC"
    assert name.editors["ko"].text() == "환경팀"


def test_linked_records_open_on_request(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "team", "team-environment")
    assert editor.linked.count() >= 2
    with qtbot.waitSignal(editor.open_record) as opened:
        editor.linked.itemActivated.emit(editor.linked.item(0))
    assert opened.args[0] in ("agreement", "meeting")


def test_tab_goes_through_the_fields_in_order_then_to_save(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "agreement", None)
    editor.setFocus()  # as the main window does when it opens an editor
    title = editor.field("title")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title.editors["ko"])
    visited = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        if visited[-1] is editor.save_button:
            break
    expected = [title.editors["zh"], title.editors["en"], editor.field("kind"), editor.field("reference"),
                editor.field("status"), editor.field("signed_on").edit]
    assert visited[:len(expected)] == expected
    assert visited[-1] is editor.save_button
    assert visited.index(editor.field("supersedes").edit) < len(visited) - 1  # the page's fields come before Save
    assert "id" not in [k for form in editor.forms for k in form.keys()]  # no id to type: the app makes it


def test_briefing_pack_button_opens_the_briefing_dialog(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from secretariat_app.ui.briefing_dialog import DocumentDialog

    editor = open_editor(qtbot, ctx, "visit", "visit-2015-beijing")
    qtbot.mouseClick(editor.briefing_button, Qt.MouseButton.LeftButton)
    [dialog] = editor.findChildren(DocumentDialog)
    assert dialog.isVisible()
    dialog.close()


def test_removing_an_agenda_item_with_minutes_on_it_asks_first(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "meeting", "mtg-gc-2")
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert editor.reopen_minutes()
    wait(editor.save_task)
    parts = editor.agenda.parts
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
    parts.remove(2)  # item 3 has notes and a decision
    assert len(parts.items) == 6 and "notes or decisions on item 3" in asked[0]
    parts.remove(2)
    assert len(parts.items) == 5
    minutes = editor.collect()["minutes"]
    assert [x["agenda_item"] for x in minutes["items"]] == [1, 2, 3, 4, 5]  # item 3's notes went, later ones moved up
    assert [d["agenda_item"] for d in minutes["decisions"]] == [None, 2, 5]
    asked.clear()
    answer_questions(monkeypatch)  # a question now would fail the test: the last item has notes…
    parts.add()
    parts.remove(5)  # …but a new item has none: no question
    assert len(parts.items) == 5


def test_a_problem_deep_in_the_minutes_is_shown_on_its_row_and_field(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "meeting", "mtg-env-1")
    editor.focus_part("minutes")
    minutes = editor.minutes
    if minutes.value() is None:
        minutes.start()
    row = minutes.actions.add()  # an action with no text yet
    problems = editor.validate_now()
    assert [p.place for p in problems] == [f"minutes.actions[{row}].text"]
    # A row just added is not yet a mistake: nothing is said on it...
    assert minutes.actions.form.messages("text") == "" and minutes.actions.tree.topLevelItem(row).icon(0).isNull()
    assert not editor.save_and_wait()  # ...until Save, which shows it where it is
    assert minutes.actions.form.messages("text") == "is required"
    assert not minutes.actions.tree.topLevelItem(row).icon(0).isNull()
    assert not minutes.inner.tabIcon(4).isNull() and minutes.inner.tabIcon(3).isNull()  # action items, not decisions
    assert not editor.tabs.tabIcon(3).isNull()  # the Minutes tab says there is something to see
    assert editor.messages("minutes") == ""  # said where it is, not repeated above
    editor.focus_part("general")
    editor.focus_part(problems[0].place)  # as the "Not saved" jump does
    assert editor.tabs.currentIndex() == 3 and minutes.inner.currentIndex() == 4
    assert minutes.actions.current() == row


def test_sensible_defaults_for_a_new_agreement_its_signatories_and_a_new_action(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "agreement", None)
    from datetime import date
    assert editor.field("reference").value() == f"SBIC-{date.today().year}-001"  # the demo's pattern, this year
    type_date(qtbot, editor.field("signed_on"), "2015-05-04")  # an old MOU entered today: its year's number
    assert editor.field("reference").value() == "SBIC-2015-002"
    editor.field("reference").setText("SBIC-2015-XYZ")  # the clerk's own choice stays
    type_date(qtbot, editor.field("signed_on"), "2016-05-04")
    assert editor.field("reference").value() == "SBIC-2015-XYZ"
    editor.parties.set_value(["org-smg", "org-bmpg"])
    editor.parties.changed.emit()
    editor.signatories.add()
    pick(qtbot, editor.signatories.form.field("person"), "park won", "person-park-won-soon")
    assert editor.signatories.value()[0] == {"person": "person-park-won-soon", "organization": "org-smg"}

    meeting = open_editor(qtbot, ctx, "meeting", "mtg-env-1")
    meeting.focus_part("minutes")
    if meeting.minutes.value() is None:
        meeting.minutes.start()
    row = meeting.minutes.actions.add()
    team = ctx.records.get("team", meeting.field("team").value()).doc
    assert meeting.minutes.actions.value()[row]["owner"] == team["members"][0]["person"]


def test_after_a_refused_save_a_new_row_still_waits_its_turn_and_a_bad_time_is_said_in_words(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "agreement", None)
    assert not editor.save_and_wait()  # refused: every problem shown
    assert editor.messages("parties")
    row = editor.signatories.add()
    editor.validate_now()
    assert editor.signatories.tree.topLevelItem(row).icon(0).isNull()  # the new row: not yet a mistake
    assert editor.signatories.form.messages("person") == ""

    meeting = open_editor(qtbot, ctx, "meeting", "mtg-env-1")
    type_time(qtbot, meeting.starts.time_field, "25:00")
    meeting.field_left("starts_at")
    message = wait_for_message(qtbot, lambda: meeting.messages("starts_at"), "is not a date and a time")
    assert "UTC" not in message and "T10" not in message
