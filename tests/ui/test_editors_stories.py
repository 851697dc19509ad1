"""The clerk's stories with the real editors on a real database file (offscreen Qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from secretariat_app import bootstrap
from secretariat_app.errors import ValidationError
from secretariat_app.settings import Settings
from secretariat_app.ui import meeting_dialogs
from secretariat_app.ui.context import UiContext
from secretariat_app.ui.operations import wait

from .editor_helpers import (
    answer_questions,
    click_in_next_dialog,
    click_standard_button_in_next_dialog,
    open_editor,
    pick,
    type_date,
    type_text,
    type_time,
    wait_for_message,
    writes_done,
)

Button = QMessageBox.StandardButton


@pytest.fixture
def ctx(sqlite_demo_app, qapp):  # type: ignore[no-untyped-def]
    return UiContext(sqlite_demo_app)


def test_create_a_team(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "team", None)
    assert editor.title() == "Team: New team" and not editor.is_dirty()
    type_text(qtbot, editor.field("name"), "ko", "교통팀")
    type_text(qtbot, editor.field("name"), "en", "Transport Team")
    assert editor.is_dirty() and editor.title().endswith("*")
    assert editor.field("name").marks["zh"].text() == "ZH —"  # not translated yet, and it shows
    leads = editor.field("lead_organizations")
    pick(qtbot, leads.picker, "서울특별시", "org-smg")
    pick(qtbot, leads.picker, "北京市人民政府", "org-bmpg")
    assert leads.value() == ["org-smg", "org-bmpg"]
    qtbot.mouseClick(editor.members.add_button, Qt.MouseButton.LeftButton)
    pick(qtbot, editor.members.form.field("person"), "kim min", "person-kim-min-jun")
    type_text(qtbot, editor.members.form.field("role"), "en", "Coordinator")
    assert editor.members.tree.topLevelItem(0).text(0) == "Kim Min-jun"

    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(editor.members.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert saved.args[0].records == {("team", "team-transport-team")}
    doc = ctx.records.get("team", "team-transport-team").doc
    assert doc["name"] == {"ko": "교통팀", "en": "Transport Team"}
    assert doc["lead_organizations"] == ["org-smg", "org-bmpg"]
    assert doc["members"] == [{"person": "person-kim-min-jun", "role": {"en": "Coordinator"}}]
    assert editor.record_id == "team-transport-team" and not editor.is_dirty()
    assert editor.title() == "Team: Transport Team"
    editor.focus_part("history")
    assert editor.history.tree.topLevelItem(0).text(2) == "Created"


def test_agreement_with_two_parties_and_signatories_and_inline_messages(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "agreement", None)
    type_text(qtbot, editor.field("title"), "en", "MOU on Urban Transport")
    editor.field("status").set_value("signed")
    editor.field("status").changed.emit()
    # Calm while the clerk works: nothing is said about fields she has not reached yet...
    editor.validate_now()
    assert editor.messages("signed_on") == "" and editor.messages("parties") == ""
    assert not editor.save_and_wait()  # ...until Save: refused, every problem shown, the first one focused
    assert "required when the status is signed" in editor.messages("signed_on")
    assert "at least 2" in editor.messages("parties")
    assert "Not saved" in editor.status.text()

    pick(qtbot, editor.parties.picker, "Seoul Metropolitan Government", "org-smg")
    pick(qtbot, editor.parties.picker, "Beijing Municipal People", "org-bmpg")
    for person, org in (("park won", "org-smg"), ("王安顺", "org-bmpg")):
        editor.signatories.add()
        form = editor.signatories.form
        pick(qtbot, form.field("person"), person, {"org-smg": "person-park-won-soon",
                                                    "org-bmpg": "person-wang-anshun"}[org])
        choice = form.field("organization")
        choice.setCurrentIndex(choice.findData(org))  # only the parties are offered
        assert [choice.itemData(i) for i in range(choice.count())] == [None, "org-smg", "org-bmpg"]
    type_date(qtbot, editor.field("signed_on"), "2026-03-10")
    type_date(qtbot, editor.field("expires_on"), "2026-01-01")
    wait_for_message(qtbot, lambda: editor.messages("expires_on"), "is before the signing date (2026-03-10)")
    type_date(qtbot, editor.field("expires_on"), "2029-03-09")

    # A party removed while a signatory still signs for it: the signatory's row is marked.
    editor.parties.list.setCurrentRow(1)
    editor.parties.remove_current()
    message = wait_for_message(qtbot, lambda: editor.messages("signatories"), "is not one of the parties")
    assert message.startswith("signatory 2 · For:")
    pick(qtbot, editor.parties.picker, "BMPG", "org-bmpg")
    qtbot.waitUntil(lambda: editor.messages("signatories") == "" and editor.messages("expires_on") == "")

    assert editor.save_and_wait()
    stored = ctx.records.get("agreement", editor.record_id).doc
    assert editor.record_id == "agr-2026-mou-urban-transport"
    assert stored["parties"] == ["org-smg", "org-bmpg"]
    assert stored["signatories"] == [{"person": "person-park-won-soon", "organization": "org-smg"},
                                     {"person": "person-wang-anshun", "organization": "org-bmpg"}]
    assert (stored["signed_on"], stored["expires_on"], stored["status"]) == ("2026-03-10", "2029-03-09", "signed")


def _add_agenda_item(qtbot, agenda, title: str, minutes: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(agenda.parts.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, agenda.form.field("title"), "en", title)
    agenda.form.field("duration_minutes").setValue(minutes)


def _starts(agenda) -> list[str]:  # type: ignore[no-untyped-def]
    return [agenda.parts.tree.topLevelItem(r).text(1) for r in range(agenda.parts.tree.topLevelItemCount())]


def _titles(agenda) -> list[str]:  # type: ignore[no-untyped-def]
    return [agenda.parts.tree.topLevelItem(r).text(3) for r in range(agenda.parts.tree.topLevelItemCount())]


def test_meeting_with_a_reordered_agenda_minutes_and_approval(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "meeting", None)
    type_text(qtbot, editor.field("title"), "en", "Transport Team kick-off")
    editor.city.set_value("beijing")
    type_date(qtbot, editor.starts.date_field, "2026-03-10")
    type_time(qtbot, editor.starts.time_field, "10")
    assert editor.starts.value() == "2026-03-10T10:00:00+08:00"
    assert editor.ends.value() == "2026-03-10T12:00:00+08:00"  # a new meeting lasts two hours...
    type_time(qtbot, editor.starts.time_field, "2pm")
    assert editor.ends.value() == "2026-03-10T16:00:00+08:00"  # ...and keeps its length when the start moves
    type_time(qtbot, editor.starts.time_field, "10:00")
    assert "Beijing time" in editor.starts.zone_label.text()
    assert editor.starts.other_label.text() == "= 11:00 KST"  # 10:00 Beijing = 11:00 Seoul
    for person in ("person-kim-min-jun", "person-li-ming", "person-zhang-wei"):
        editor.participants.add(person)

    editor.focus_part("agenda")
    agenda = editor.agenda
    for title, minutes in (("Welcome", 10), ("Bus data exchange", 20), ("Next steps", 30)):
        _add_agenda_item(qtbot, agenda, title, minutes)
    assert _starts(agenda) == ["10:00", "10:10", "10:30"]
    assert "agenda ends 11:00" in agenda.timing.text()
    agenda.parts.select(2)
    qtbot.mouseClick(agenda.parts.up_button, Qt.MouseButton.LeftButton)  # Next steps before Bus data
    assert _titles(agenda) == ["Welcome", "Next steps", "Bus data exchange"]
    assert _starts(agenda) == ["10:00", "10:10", "10:40"]

    # Minutes: attendance, notes on an item, a decision on that item, an action item.
    editor.focus_part("minutes")
    minutes = editor.minutes
    qtbot.mouseClick(minutes.start_button, Qt.MouseButton.LeftButton)
    assert [a["person"] for a in minutes.attendance.value()] == ["person-kim-min-jun", "person-li-ming",
                                                                 "person-zhang-wei"]  # all present at first
    minutes.attendance.set_status("person-li-ming", "excused")
    minutes.notes.parts.select(2)  # item 3: Bus data exchange
    type_text(qtbot, minutes.notes.parts.form.field("notes"), "en", "Both cities share GTFS feeds.")
    minutes.decisions.add()
    type_text(qtbot, minutes.decisions.form.field("text"), "en", "Exchange bus data monthly.")
    item_choice = minutes.decisions.form.field("agenda_item")
    item_choice.setCurrentIndex(item_choice.findData(3))
    minutes.actions.add()
    action_form = minutes.actions.form
    type_text(qtbot, action_form.field("text"), "en", "Draft the data-sharing note")
    pick(qtbot, action_form.field("owner"), "zhang", "person-zhang-wei")
    type_date(qtbot, action_form.field("due_on"), "2026-04-30")

    # Reordering the agenda afterwards: notes and decision follow "Bus data exchange" to item 1.
    editor.focus_part("agenda")
    agenda.parts.select(2)
    agenda.parts.move(2, 0)
    assert _titles(agenda) == ["Bus data exchange", "Welcome", "Next steps"]
    assert editor.save_and_wait()
    doc = ctx.records.get("meeting", editor.record_id).doc
    assert [(x["position"], x["title"]["en"]) for x in doc["agenda"]] == [
        (1, "Bus data exchange"), (2, "Welcome"), (3, "Next steps")]
    assert doc["starts_at"] == "2026-03-10T10:00:00+08:00"
    m = doc["minutes"]
    assert m["status"] == "draft" and [(a["person"], a["status"]) for a in m["attendees"]] == [
        ("person-kim-min-jun", "present"), ("person-li-ming", "excused"), ("person-zhang-wei", "present")]
    assert m["items"] == [{"agenda_item": 1, "notes": {"en": "Both cities share GTFS feeds."}}]
    assert m["decisions"] == [{"text": {"en": "Exchange bus data monthly."}, "agenda_item": 1, "agreement": None,
                               "article": None}]
    [action] = m["actions"]
    assert (action["owner"], action["due_on"], action["status"]) == ("person-zhang-wei", "2026-04-30", "open")

    # Circulated to Seoul, approved by both cities, made final: each step saved at once.
    editor.focus_part("minutes")
    answers = iter([lambda d: None, lambda d: d.by.set_value("person-kim-min-jun"),
                    lambda d: d.by.set_value("person-zhang-wei")])

    def exec_(dialog) -> int:  # type: ignore[no-untyped-def]
        next(answers)(dialog)
        dialog._accept()
        return dialog.result()
    monkeypatch.setattr(meeting_dialogs._StepDialog, "exec", exec_)
    qtbot.mouseClick(minutes.circulate_button, Qt.MouseButton.LeftButton)
    writes_done()
    assert ctx.records.get("meeting", editor.record_id).doc["minutes"]["circulated_to"] == "seoul"
    for _city in ("seoul", "beijing"):
        qtbot.mouseClick(minutes.approve_button, Qt.MouseButton.LeftButton)
        writes_done()
    asked = answer_questions(monkeypatch, Button.Yes)
    qtbot.mouseClick(minutes.lock_button, Qt.MouseButton.LeftButton)
    assert "Make them final" in asked[0]
    writes_done()
    stored = ctx.records.get("meeting", editor.record_id).doc["minutes"]
    assert stored["status"] == "approved" and stored["approved_on"]
    assert [(a["city"], a["by"]) for a in stored["approvals"]] == [("seoul", "person-kim-min-jun"),
                                                                   ("beijing", "person-zhang-wei")]
    assert minutes.is_locked() and not minutes.approve_button.isVisible() and minutes.reopen_button.isVisible()
    summary = minutes.head.field("summary").editors["en"]
    assert summary.isReadOnly() and not minutes.decisions.add_button.isEnabled()
    assert not agenda.parts.add_button.isEnabled() and not agenda.locked_note.isHidden()
    # Editing is refused until reopened: the widgets do not take it, the core does not either.
    summary.setPlainText("changed behind the lock")
    assert not editor.is_dirty()
    tampered = ctx.records.get("meeting", editor.record_id)
    tampered.doc["minutes"]["summary"] = {"en": "changed"}
    with pytest.raises(ValidationError, match="approved and locked"):
        ctx.records.update("meeting", tampered.doc, tampered.version)
    task = editor.save_doc(tampered.doc)
    wait(task)
    assert task is not None and not editor.last_save_ok
    assert "reopen them" in editor.messages("minutes")

    answer_questions(monkeypatch, Button.Yes)
    qtbot.mouseClick(minutes.reopen_button, Qt.MouseButton.LeftButton)
    writes_done()
    assert ctx.records.get("meeting", editor.record_id).doc["minutes"]["status"] == "draft"
    assert not minutes.is_locked() and minutes.decisions.add_button.isEnabled()
    editor.focus_part("history")
    whats = [editor.history.tree.topLevelItem(r).text(2) for r in range(editor.history.tree.topLevelItemCount())]
    assert whats[:6] == ["Edited — minutes reopened", "Edited — minutes final (approved)",
                         "Edited — approved by Beijing", "Edited — approved by Seoul", "Edited — minutes circulated",
                         "Created"]


def test_edit_undo_delete_to_trash_and_restore(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "visit", "visit-2015-beijing")
    title = editor.field("title")
    original = title.value()
    type_text(qtbot, title, "en", "Mayor Park's visit to Beijing")
    assert editor.save_and_wait()
    assert ctx.records.get("visit", "visit-2015-beijing").doc["title"]["en"] == "Mayor Park's visit to Beijing"

    ctx.records.undo()  # Edit → Undo in the main window: the open editor follows
    assert title.value() == original and not editor.is_dirty()
    assert "Updated" in editor.status.text()
    ctx.records.redo()
    assert title.value()["en"] == "Mayor Park's visit to Beijing"

    ctx.records.delete([("visit", "visit-2015-beijing")])
    assert editor.banner.isVisible() and "In the trash" in editor.banner.text.text()
    assert title.editors["en"].isReadOnly() and not editor.save_button.isEnabled()
    assert not editor.save_and_wait()
    qtbot.mouseClick(editor.banner.button("restore"), Qt.MouseButton.LeftButton)
    writes_done()
    assert ctx.records.get("visit", "visit-2015-beijing").deleted_at is None
    assert not editor.banner.isVisible() and not title.editors["en"].isReadOnly()
    ctx.records.undo()  # undo the restore: back to the trash
    assert editor.banner.isVisible()


@pytest.mark.parametrize(("answer", "may_close", "saved_name"), [
    (Button.Cancel, False, "Park Won Soon"),
    (Button.Discard, True, "Park Won Soon"),
    (Button.Save, True, "Park Won-soon"),
])
def test_the_unsaved_changes_prompt(qtbot, ctx, monkeypatch, answer, may_close, saved_name) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "person", "person-park-won-soon")
    assert editor.maybe_close()  # nothing changed: no question
    type_text(qtbot, editor.field("name"), "en", "Park Won-soon")
    asked = answer_questions(monkeypatch, answer)
    assert editor.maybe_close() is may_close
    assert asked == ["Save your changes to Park Won-soon?"]
    assert ctx.records.get("person", "person-park-won-soon").doc["name"]["en"] == saved_name
    assert editor.is_dirty() is (answer == Button.Cancel)


def test_the_unsaved_changes_prompt_is_a_real_dialog(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "organization", "org-smg")
    type_text(qtbot, editor.field("short_name"), "en", "Seoul City")
    seen: list[str] = []
    click_standard_button_in_next_dialog(Button.Discard, seen)
    assert editor.maybe_close()
    assert seen == ["Save your changes to Seoul Metropolitan Government?"]
    assert ctx.records.get("organization", "org-smg").doc["short_name"]["en"] == "SMG"
    assert editor.field("short_name").value()["en"] == "SMG" and not editor.is_dirty()


def test_two_editors_on_one_record_the_second_save_is_refused(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    first = open_editor(qtbot, ctx, "agreement", "agr-2015-env-mou")
    second = open_editor(qtbot, ctx, "agreement", "agr-2015-env-mou")
    reference = second.field("reference")
    reference.setText("SBIC-2015-001-B")  # the second clerk starts typing…
    first.field("reference").setText("SBIC-2015-001-A")
    assert first.save_and_wait()  # …the first one saves
    assert second.banner.isVisible() and "while you were editing" in second.banner.text.text()
    assert reference.text() == "SBIC-2015-001-B"  # their text is not touched

    seen: list[str] = []
    click_in_next_dialog("keep", seen)
    assert not second.save_and_wait()
    assert "tester saved this record" in seen[0]
    assert ctx.records.get("agreement", "agr-2015-env-mou").doc["reference"] == "SBIC-2015-001-A"
    assert reference.text() == "SBIC-2015-001-B" and second.is_dirty()
    assert "SBIC-2015-001-B" in second.copy_changes()
    qtbot.mouseClick(second.banner.button("reload"), Qt.MouseButton.LeftButton)
    assert reference.text() == "SBIC-2015-001-A" and not second.is_dirty()


def test_a_save_from_another_program_is_not_overwritten(qtbot, ctx, sqlite_demo_app) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, ctx, "person", "person-li-ming")
    phone = editor.field("phone")
    phone.setText("+86 10 1234 5678")
    # Another clerk, another process: same database file, nothing tells this window.
    other = bootstrap.open_app(Settings(sqlite_demo_app.settings.database_url, "kim"))
    try:
        doc = other.records.get("person", "person-li-ming")
        other.records.update("person", {**doc.doc, "email": "li.ming@example.org"}, doc.version)
    finally:
        other.close()
    seen: list[str] = []
    click_in_next_dialog("reload", seen)
    assert not editor.save_and_wait()
    assert seen and seen[0].startswith("kim saved this record on")
    assert phone.text() == "" and editor.field("email").text() == "li.ming@example.org"
    assert editor.status.text() == "Reloaded: this is the version kim saved."
