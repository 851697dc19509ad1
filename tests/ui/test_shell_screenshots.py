"""Screenshots of the main window from the demo data: the dashboard and the lists.

For docs/screenshots/, run under Xvfb with the X11 platform:

    LANG=en_GB.UTF-8 SECRETARIAT_SCREENSHOTS=docs/screenshots QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m pytest tests/ui/test_shell_screenshots.py

(``LANG`` gives the dates a clerk's locale; without one they are ISO dates.)

Otherwise (offscreen) they go to a temporary folder. Either way the test checks that something was drawn.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from .shell_helpers import make_window, settle, wait_loaded

SHOTS = [
    ("dashboard.png", "dashboard", "en"),
    ("meetings-list.png", "meeting", "en"),
    ("people-organizations.png", "people", "en"),
    ("agreements-list-ko.png", "agreement", "ko"),
]


@pytest.mark.parametrize(("name", "section", "lang"), SHOTS)
def test_main_window_screenshot(qtbot, sqlite_demo_app, tmp_path, name, section, lang) -> None:  # type: ignore[no-untyped-def]
    folder = Path(os.environ.get("SECRETARIAT_SCREENSHOTS") or tmp_path)
    window = make_window(qtbot, sqlite_demo_app, tmp_path / "window.ini", lang=lang, resize=False)
    window.resize(1360, 820)
    window.set_language(lang)
    window.show_section(section)
    view = window.views[section]
    if section == "people":
        view.select_organization("org-smg")
        view = view.people
    if section == "dashboard":
        qtbot.waitUntil(lambda: view.data is not None and not view.busy)  # read on a worker
    if hasattr(view, "model"):
        wait_loaded(qtbot, view)
        qtbot.waitUntil(lambda: not view.model.busy)
        if section == "meeting":
            view.select_id("mtg-gc-2")
    qtbot.wait(100)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1360, 820)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
    assert len(colours) > 40
    window.close()
    settle()
