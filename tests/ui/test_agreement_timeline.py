"""The agreement editor's timeline, by keyboard, in Korean, Chinese and English: an extension is added at
the third general conference; the expiry follows (shown read-only), the save is one undoable step, and an
event is removed with Delete. Screenshots of the timeline and the renewal page are kept
(``SECRETARIAT_STORY_SHOTS`` names a folder to keep them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from tests import factories as f

from .clerk_keyboard import Clerk
from .editor_helpers import writes_done
from .test_clerk_stories import ui  # noqa: F401, F811 - the window in each language, as in the stories

ENV_MOU = "agr-2015-env-mou"
CTRL = Qt.KeyboardModifier.ControlModifier


def shot(widget: Any, path: Path) -> None:
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 40  # drawn, not blank or boxes


def test_an_extension_added_by_keyboard_moves_the_expiry(qtbot, ui) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window, lang, shots = ui
    window.ctx.records.create("meeting", f.meeting(
        "mtg-gc-3", kind="general_conference", number=3, city="seoul", starts_at="2026-11-05T10:00:00+09:00",
        title={"ko": "제3차 전체회의", "zh": "第三次全体会议", "en": "Third General Conference"}))
    clerk = Clerk(qtbot)
    window.open_record("agreement", ENV_MOU)
    editor = window.tabs.current_editor()
    editor.resize(1180, 800)
    assert editor.field("expires_on").value() == "2018-11-03"
    assert not editor.field("expires_on").edit.isEnabled() or editor.field("expires_on").edit.isReadOnly()
    editor.focus_part("timeline")
    timeline = editor.timeline
    assert timeline.parts.tree.topLevelItemCount() == 2
    timeline.parts.tree.setFocus()
    clerk.press(Qt.Key.Key_Insert)  # a new event; the cursor in its kind
    kind = timeline.form.field("kind")
    assert kind.hasFocus()
    clerk.press(Qt.Key.Key_Down)  # amended → extended
    assert kind.value() == "extended"
    clerk.tab_to(timeline.form.field("date").edit)
    clerk.press(Qt.Key.Key_A, CTRL)
    clerk.type("2026-11-05")
    clerk.tab_to(timeline.form.field("meeting").edit)
    clerk.choose(timeline.form.field("meeting"), {"ko": "제3차", "zh": "第三次", "en": "Third"}[lang], "mtg-gc-3")
    clerk.tab_to(timeline.form.field("expires_on").edit)
    clerk.type("2029-11-03")
    clerk.press(Qt.Key.Key_Tab)
    assert editor.field("expires_on").value() == "2029-11-03"  # follows at once, before the save
    shot(editor, shots / f"agreement-timeline-{lang}.png")
    clerk.press(Qt.Key.Key_S, CTRL)
    writes_done()
    qtbot.waitUntil(lambda: editor.last_save_ok and not editor.is_dirty(), timeout=5000)
    doc = window.ctx.records.get("agreement", ENV_MOU).doc
    assert doc["expires_on"] == "2029-11-03" and doc["status"] == "in_force"
    assert [(e["kind"], e["date"], e["meeting"], e["expires_on"]) for e in doc["events"]][-1] == \
        ("extended", "2026-11-05", "mtg-gc-3", "2029-11-03")
    assert window.ctx.records.next_undo.kinds == {"agreement"}  # one undoable step

    # Removed again with Delete: the expiry goes back to what the signing said.
    timeline.parts.tree.setFocus()
    timeline.parts.select(2)
    clerk.press(Qt.Key.Key_Delete)
    assert timeline.parts.tree.topLevelItemCount() == 2
    assert editor.field("expires_on").value() == "2018-11-03"

    editor.focus_part("notice_days")
    shot(editor, shots / f"agreement-renewal-{lang}.png")
    assert editor.notice_line.text() not in ("", "—")  # the last day to give notice, computed
