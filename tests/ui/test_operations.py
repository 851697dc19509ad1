"""Writes from the UI run as operations off the UI thread, come back as one Change that every view
hears once, and leave the window responsive however slow the database is."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from secretariat_app.errors import SecretariatError
from secretariat_app.services.changes import Change
from secretariat_app.ui.main_window import MainWindow
from secretariat_app.ui.operations import wait

from .editor_helpers import open_editor, type_text, writes_done
from .shell_helpers import list_view


class Gate:
    """A write observer (like the search index, it runs inside every write's transaction) that holds the
    write until the test lets it go, and notes the thread the write ran on."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.entered = threading.Event()
        self.threads: list[threading.Thread] = []

    def record_written(self, session: Any, kind: str, record_id: str, doc: Any) -> None:
        self.threads.append(threading.current_thread())
        self.entered.set()
        assert self.open.wait(30), "the test never let the write go"


def test_a_slow_save_leaves_the_window_responsive(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    gate = Gate()
    records = window.ctx.records
    records.observers = (*records.observers, gate)
    heard: list[Change] = []
    window.ctx.changed.connect(heard.append)
    editor = open_editor(qtbot, window.ctx, "visit", "visit-2015-beijing")
    type_text(qtbot, editor.field("title"), "en", "Mayor Park's visit to Beijing")

    task = editor.save()
    assert task is not None and not task.done
    assert gate.entered.wait(10)  # the write is under way, held inside its transaction …
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)  # … and the UI thread goes on with its events
    assert not task.done and "Saving" in editor.status.text() and not editor.save_button.isEnabled()
    assert editor.save() is None  # a second Ctrl+S while the first save is out starts nothing
    title = editor.field("title").editors["en"]
    assert title.isReadOnly()  # what is being saved stays on screen: nothing typed now would be lost
    gate.open.set()
    wait(task)
    timer.stop()

    assert editor.last_save_ok and editor.status.text() == "Saved." and not title.isReadOnly()
    assert gate.threads and all(t is not threading.main_thread() for t in gate.threads)
    assert [c.action for c in heard] == ["update"]  # heard once
    assert heard[0].records == {("visit", "visit-2015-beijing")} and heard[0].initiator is editor
    assert records.get("visit", "visit-2015-beijing").doc["title"]["en"] == "Mayor Park's visit to Beijing"


def test_a_refused_save_comes_back_with_its_problems(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, window.ctx, "visit", "visit-2015-beijing")
    doc = editor.collect()
    doc["ends_on"] = "2000-01-01"
    before = window.ctx.records.get("visit", "visit-2015-beijing").version
    task = editor.save_doc(doc)
    wait(task)
    assert not editor.last_save_ok and editor.messages("ends_on")  # next to the field, in words
    assert "None" not in editor.messages("ends_on") and "starts_on" not in editor.messages("ends_on").split()[:1]
    assert window.ctx.records.get("visit", "visit-2015-beijing").version == before  # nothing was written


def test_views_decide_on_the_change_and_reload_only_what_it_touched(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    meetings = list_view(window, "meeting")
    visits = list_view(window, "visit")  # shown now; the meetings list is hidden
    qtbot.waitUntil(lambda: visits.model.rowCount() == 1 and not visits.model.busy)
    reloads = {"meeting": 0, "visit": 0}
    for kind, view in (("meeting", meetings), ("visit", visits)):
        shown = view.show_records
        view.show_records = lambda shown=shown, kind=kind: (reloads.__setitem__(kind, reloads[kind] + 1), shown())  # type: ignore[method-assign]
    meetings._stale = False  # as after it was last shown

    editor = open_editor(qtbot, window.ctx, "visit", "visit-2015-beijing")
    type_text(qtbot, editor.field("title"), "en", "Another title")
    assert editor.save_and_wait()
    writes_done()
    assert reloads == {"meeting": 0, "visit": 1} and not meetings._stale  # a visit's save: not the meetings

    window.act_undo.trigger()
    writes_done()
    assert reloads["visit"] == 2 and reloads["meeting"] == 0
    assert window.tabs.current_editor().record_id == "visit-2015-beijing"  # the undo shows its record
    assert window.tabs.close_current()  # back to the list

    window.ctx.refresh_all()  # F5 (or another clerk's save): every view
    assert reloads["visit"] == 3 and meetings._stale


def test_a_save_checks_the_rules_once(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from secretariat_app.domain import rules

    checked: list[str] = []
    check = rules.check

    def counting(kind: str, *args: Any, **kwargs: Any) -> Any:
        checked.append(kind)
        return check(kind, *args, **kwargs)

    monkeypatch.setattr(rules, "check", counting)
    editor = open_editor(qtbot, window.ctx, "visit", "visit-2015-beijing")
    type_text(qtbot, editor.field("title"), "en", "Checked once")
    checked.clear()
    assert editor.save_and_wait()
    assert checked == ["visit"]  # in the save's own transaction, not once before it as well


def test_undo_takes_back_what_the_menu_offered_or_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z pressed while a save is still on its way must not undo that save in place of what the
    menu said."""
    records = window.ctx.records
    records.delete([("visit", "visit-2015-beijing")])
    offered = records.next_undo
    loaded = records.get("person", "person-li-ming")
    records.update("person", dict(loaded.doc, phone="+86 10 1"), loaded.version)  # arrives first
    with pytest.raises(SecretariatError, match="Something else was saved before the undo ran"):
        records.undo(expected=offered)
    assert records.get("person", "person-li-ming").doc["phone"] == "+86 10 1"  # nothing was undone
    assert records.get("visit", "visit-2015-beijing", include_trash=True).deleted_at is not None
    records.undo(expected=records.next_undo)  # what the menu offers now
    assert records.get("person", "person-li-ming").doc.get("phone") == loaded.doc.get("phone")
    assert records.next_undo is not None and records.next_undo.change_id == offered.change_id
