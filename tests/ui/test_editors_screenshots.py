"""Screenshots of the editors from the demo data, for docs/screenshots/ and for a look by eye.

For docs/screenshots/, run under Xvfb with the X11 platform (as the other screenshots are made):

    SECRETARIAT_SCREENSHOTS=docs/screenshots QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
        .venv/bin/python -m pytest tests/ui/test_editors_screenshots.py

Otherwise (offscreen) they go to a temporary folder. Either way the test checks that something was drawn:
a blank or box-only window would have few colours.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from secretariat_app.ui.context import UiContext

from .editor_helpers import open_editor

SHOTS = [
    ("agreement-editor.png", "agreement", "agr-2015-env-mou", "general"),
    ("agenda-editor.png", "meeting", "mtg-gc-2", "agenda[3]"),
    ("minutes-editor.png", "meeting", "mtg-gc-2", "minutes.actions[2]"),
]


@pytest.mark.parametrize(("name", "kind", "record_id", "part"), SHOTS)
def test_editor_screenshot(qtbot, sqlite_demo_app, qapp, tmp_path, name, kind, record_id, part) -> None:  # type: ignore[no-untyped-def]
    folder = Path(os.environ.get("SECRETARIAT_SCREENSHOTS") or tmp_path)
    editor = open_editor(qtbot, UiContext(sqlite_demo_app), kind, record_id)
    editor.resize(1180, 800)
    editor.focus_part(part)
    qtbot.wait(50)
    path = folder / name
    folder.mkdir(parents=True, exist_ok=True)
    assert editor.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1180, 800)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 40
