"""A record's name can be 500 characters: the tab shows about 40 of them (the whole name in its tooltip),
and the editor's heading at most two lines ending in "…" (the whole name in its tooltip), so the editor
keeps its size."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontMetrics

from secretariat_app.ui.widgets.elided import ElidedLabel, elide

from .shell_helpers import settle, window

__all__ = ["window"]

LONG = ("Memorandum of Understanding between the Seoul Metropolitan Government and the Beijing Municipal "
        "People's Government on Cooperation in Air Quality, Water, Waste and Climate Policy, ") * 4
LONG = LONG[:500]


def two_lines(label: ElidedLabel) -> int:
    metrics = QFontMetrics(label.font())
    return 2 * metrics.lineSpacing() + 2 * label.margin() + 2 * label.frameWidth() + 4


def test_elide_keeps_short_texts_and_cuts_long_ones() -> None:
    assert elide("Team: Transport Team") == "Team: Transport Team"
    short = elide(LONG)
    assert short.endswith("…") and len(short) <= 40 and LONG.startswith(short[:-1])
    korean = elide("서울특별시와 베이징시 간의 대기질 개선을 위한 환경 협력에 관한 양해각서")
    assert korean.endswith("…") and len(korean) <= 21  # each character is two columns wide
    assert elide("x" * 39) == "x" * 39 and elide("x" * 41) == "x" * 39 + "…"


def test_a_heading_shows_two_lines_at_most(qtbot: Any) -> None:
    label = ElidedLabel(lines=2)
    qtbot.addWidget(label)
    label.resize(400, 200)
    label.show()
    label.setText(LONG)
    shown = label.text().split("\n")
    assert len(shown) == 2 and shown[1].endswith("…") and label.toolTip() == LONG and label.full_text() == LONG
    metrics = QFontMetrics(label.font())
    assert all(metrics.horizontalAdvance(line) <= 400 for line in shown)
    assert label.sizeHint().height() <= two_lines(label) and label.minimumSizeHint().width() <= 400
    label.resize(2000, 200)  # wide enough for half of it: the cut moves with the width
    assert len(label.text()) > len("".join(shown)) + 50
    label.setText("Transport Team")
    assert label.text() == "Transport Team" and label.toolTip() == ""


def test_a_500_character_name_in_the_tab_and_the_heading(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    editor = window.tabs.open_record("agreement", "agr-2015-env-mou")
    settle()
    before = editor.sizeHint().height()
    index = window.tabs.indexOf(editor)
    editor.field("title").editors["en"].set_text_value(LONG)  # as typed: the title follows at once
    assert editor.display_name() == LONG

    text = window.tabs.tabText(index)
    assert text.startswith("Agreement: Memorandum") and text.endswith("… *") and len(text) <= 42
    assert window.tabs.tabToolTip(index) == f"Agreement: {LONG} *"

    heading = editor.heading
    qtbot.waitUntil(lambda: heading.text().endswith("…"))
    assert heading.full_text() == LONG and heading.toolTip() == LONG
    assert len(heading.text().split("\n")) == 2
    assert heading.height() <= two_lines(heading) and heading.sizeHint().height() <= two_lines(heading)
    # The editor keeps its size: one more line of heading at most, and no wider than the window.
    assert editor.sizeHint().height() <= before + QFontMetrics(heading.font()).lineSpacing() + 4
    assert editor.minimumSizeHint().width() < window.width()
    assert window.tabs.currentWidget() is editor and editor.width() <= window.width()

    assert editor.save_and_wait()
    settle()
    text = window.tabs.tabText(window.tabs.indexOf(editor))
    assert text.endswith("…") and len(text) <= 40 and window.tabs.tabToolTip(window.tabs.indexOf(editor)) == \
        f"Agreement: {LONG}"
    assert heading.full_text() == LONG and heading.text().endswith("…")
