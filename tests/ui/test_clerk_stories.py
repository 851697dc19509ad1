"""A clerk's day by keyboard alone, in Korean, Chinese and English: a team, an MOU, a meeting with its
agenda, and its minutes, each entered from the main window with the keys a clerk would press. Every
key that is not part of the typed text is counted (Tab, Enter, arrows, shortcuts, a click on the
sidebar) and each story has a budget. The finished forms are saved as screenshots
(``SECRETARIAT_STORY_SHOTS`` names a folder to keep them; the counts are written there too)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from secretariat_app.ui import i18n
from secretariat_app.ui.editors import RecordEditor
from secretariat_app.ui.main_window import MainWindow

from .clerk_keyboard import Clerk
from .editor_helpers import writes_done
from .shell_helpers import make_window, settle

CTRL = Qt.KeyboardModifier.ControlModifier
BUDGETS = {"team": 12, "mou": 30, "meeting": 30, "minutes": 20}
RECORDS_LANG = {"ko": "ko", "zh": "zh", "en": "en"}


@pytest.fixture(params=["ko", "zh", "en"])
def ui(request, qtbot, qapp, sqlite_demo_app, tmp_path, monkeypatch) -> Iterator[tuple[MainWindow, str, Path]]:  # type: ignore[no-untyped-def]
    lang = request.param
    # A story that fails leaves its text in the editor: closing must not wait for an answer.
    monkeypatch.setattr(RecordEditor, "maybe_close", lambda self: True)
    i18n.apply_language(qapp, lang)
    window = make_window(qtbot, sqlite_demo_app, tmp_path / "window.ini", lang=RECORDS_LANG[lang])
    shots = Path(os.environ.get("SECRETARIAT_STORY_SHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    yield window, lang, shots
    settle()
    window.close()
    i18n.apply_language(qapp, "en")


def finish(clerk: Clerk, story: str, lang: str, editor: Any, shots: Path) -> None:
    """Ctrl+S, wait for the save, keep the screenshot and the count, and hold the count to its budget."""
    clerk.press(Qt.Key.Key_S, CTRL)
    writes_done()
    clerk.qtbot.waitUntil(lambda: editor.last_save_ok and not editor.is_dirty(), timeout=5000)
    assert editor.grab().save(str(shots / f"story-{story}-{lang}.png"))
    counts = shots / "story-counts.json"
    known = json.loads(counts.read_text()) if counts.exists() else {}
    known[f"{story}-{lang}"] = clerk.presses
    counts.write_text(json.dumps(known, indent=1, sort_keys=True))
    assert clerk.presses <= BUDGETS[story], f"{story} in {lang}: {clerk.presses} keys: {clerk.log}"


def new_record(clerk: Clerk, window: MainWindow, section: str) -> Any:
    window.show_section(section)  # a click on the sidebar
    clerk.presses += 1
    clerk.press(Qt.Key.Key_N, CTRL)
    editor = window.tabs.current_editor()
    assert editor is not None and editor.record_id is None
    return editor


def test_a_team(qtbot, ui) -> None:  # type: ignore[no-untyped-def]
    window, lang, shots = ui
    clerk = Clerk(qtbot)
    editor = new_record(clerk, window, "team")
    clerk.type_languages(editor.field("name"), "교통팀", "交通组", "Transport Team")
    leads = editor.field("lead_organizations")
    clerk.tab_to(leads.picker)
    clerk.choose(leads.picker, "Seoul Metropolitan", "org-smg")
    clerk.choose(leads.picker, "Beijing Municipal People", "org-bmpg")
    clerk.tab_to(editor.field("established_on"))
    clerk.type("2026-03-10")
    finish(clerk, "team", lang, editor, shots)
    doc = window.ctx.records.get("team", editor.record_id).doc
    assert doc["name"] == {"ko": "교통팀", "zh": "交通组", "en": "Transport Team"}
    assert (doc["established_on"], doc["lead_organizations"]) == ("2026-03-10", ["org-smg", "org-bmpg"])


def test_an_mou(qtbot, ui) -> None:  # type: ignore[no-untyped-def]
    window, lang, shots = ui
    clerk = Clerk(qtbot)
    editor = new_record(clerk, window, "agreement")
    clerk.type_languages(editor.field("title"), "도시 교통 협력 양해각서", "城市交通合作谅解备忘录", "MOU on Urban Transport")
    clerk.tab_to(editor.field("status"))
    clerk.press(Qt.Key.Key_Down)  # draft → negotiating → signed
    clerk.press(Qt.Key.Key_Down)
    clerk.tab_to(editor.field("signed_on"))
    clerk.type("2026-03-10")
    clerk.tab_to(editor.field("expires_on"))
    clerk.type("2029-03-09")
    clerk.type_languages(editor.field("summary"), "서울과 베이징의 버스 자료 교환", "首尔与北京交换公交数据",
                         "Seoul and Beijing exchange bus data")
    clerk.press(Qt.Key.Key_Tab, CTRL)  # the next page: signing
    city = editor.field("signed_city")
    clerk.tab_to(city)
    clerk.type({"ko": "서울", "zh": "首尔", "en": "Seoul"}[lang])
    clerk.tab_to(editor.field("signed_venue").editors["ko"])
    clerk.type("서울시청")
    clerk.press(Qt.Key.Key_Tab, CTRL)  # the next page: parties and signatories
    parties = editor.field("parties")
    clerk.tab_to(parties.picker)
    clerk.choose(parties.picker, "Seoul Metropolitan", "org-smg")
    clerk.choose(parties.picker, "Beijing Municipal People", "org-bmpg")
    signatories = editor.signatories
    clerk.tab_to(signatories.tree)
    for typed, person in (("park won", "person-park-won-soon"), ("王安顺", "person-wang-anshun")):
        clerk.press(Qt.Key.Key_Insert)  # a new signatory; the cursor goes to "Signed by"
        picker = signatories.form.field("person")
        clerk.tab_to(picker)
        clerk.choose(picker, typed, person)  # "For" follows from the person's organization
    finish(clerk, "mou", lang, editor, shots)
    doc = window.ctx.records.get("agreement", editor.record_id).doc
    assert doc["title"]["zh"] == "城市交通合作谅解备忘录" and doc["summary"]["en"] == "Seoul and Beijing exchange bus data"
    assert (doc["status"], doc["signed_on"], doc["expires_on"], doc["signed_city"]) == \
        ("signed", "2026-03-10", "2029-03-09", "seoul")
    assert doc["signed_venue"] == {"ko": "서울시청"} and doc["parties"] == ["org-smg", "org-bmpg"]
    assert doc["signatories"] == [{"person": "person-park-won-soon", "organization": "org-smg"},
                                  {"person": "person-wang-anshun", "organization": "org-bmpg"}]



def _agenda_meeting(clerk: Clerk, window: MainWindow) -> Any:
    """A meeting of the Environment Team with three agenda items, by keyboard; returns its editor."""
    editor = new_record(clerk, window, "meeting")
    clerk.type_languages(editor.field("title"), "환경팀 회의", "环境组会议", "Environment Team meeting")
    team = editor.field("team")
    clerk.tab_to(team)
    clerk.choose(team, "Environment", "team-environment")
    clerk.tab_to(editor.starts.date_field)
    clerk.type("2026-12-15")
    clerk.press(Qt.Key.Key_Tab)
    clerk.type("14:00")  # the end follows: two hours
    clerk.press(Qt.Key.Key_Tab, CTRL)  # participants
    clerk.press(Qt.Key.Key_Tab, CTRL)  # the agenda
    agenda = editor.agenda
    for title_ko, minutes in (("개회", "10"), ("대기질 자료 교환", "40"), ("다음 단계", "20")):
        clerk.press(Qt.Key.Key_Insert)  # a new item; the cursor in its title
        clerk.type(title_ko)
        clerk.tab_to(agenda.form.field("duration_minutes"))  # Tab selects the number: typing replaces it
        clerk.type(minutes)
    return editor


def test_a_meeting_with_its_agenda(qtbot, ui) -> None:  # type: ignore[no-untyped-def]
    window, lang, shots = ui
    clerk = Clerk(qtbot)
    editor = _agenda_meeting(clerk, window)
    finish(clerk, "meeting", lang, editor, shots)
    doc = window.ctx.records.get("meeting", editor.record_id).doc
    assert (doc["starts_at"], doc["ends_at"], doc["team"]) == \
        ("2026-12-15T14:00:00+09:00", "2026-12-15T16:00:00+09:00", "team-environment")
    assert [(x["title"]["ko"], x["duration_minutes"]) for x in doc["agenda"]] == \
        [("개회", 10), ("대기질 자료 교환", 40), ("다음 단계", 20)]


def test_its_minutes(qtbot, ui) -> None:  # type: ignore[no-untyped-def]
    window, lang, shots = ui
    editor = _agenda_meeting(Clerk(qtbot), window)
    clerk = Clerk(qtbot)  # the minutes are counted on their own, from the saved meeting
    clerk.press(Qt.Key.Key_S, CTRL)
    writes_done()
    qtbot.waitUntil(lambda: editor.last_save_ok, timeout=5000)
    clerk.presses = 0
    clerk.log.clear()
    clerk.press(Qt.Key.Key_Tab, CTRL)  # the minutes page
    minutes = editor.minutes
    clerk.tab_to(minutes.start_button)
    clerk.press(Qt.Key.Key_Space)  # start them: everyone present, a note per agenda item
    clerk.press(Qt.Key.Key_Tab, CTRL)  # roll call → guests
    clerk.press(Qt.Key.Key_Tab, CTRL)  # → notes
    clerk.press(Qt.Key.Key_Tab, CTRL)  # → decisions
    clerk.tab_to(minutes.decisions.tree)
    clerk.press(Qt.Key.Key_Insert)
    clerk.type("대기질 자료를 매월 교환한다")
    clerk.press(Qt.Key.Key_Tab, CTRL)  # → action items
    clerk.tab_to(minutes.actions.tree)
    clerk.press(Qt.Key.Key_Insert)  # owned by the team's first member until said otherwise
    clerk.type("자료 교환 절차 초안 작성")
    clerk.tab_to(minutes.actions.form.field("due_on"))
    clerk.type("2027-01-31")
    finish(clerk, "minutes", lang, editor, shots)
    doc = window.ctx.records.get("meeting", editor.record_id).doc["minutes"]
    assert [d["text"]["ko"] for d in doc["decisions"]] == ["대기질 자료를 매월 교환한다"]
    [action] = doc["actions"]
    assert (action["text"]["ko"], action["due_on"], action["status"]) == ("자료 교환 절차 초안 작성", "2027-01-31", "open")
    assert action["owner"] == window.ctx.records.get("team", "team-environment").doc["members"][0]["person"]
