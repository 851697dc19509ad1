"""The main-window fixtures for every UI test module, a clerk's display name already set, and the
application in English as the app starts it (English has a catalogue too: its plural forms).

The desktop app asks for the clerk's display name at its first start (ui/clerk_name.py). Every UI test
runs with one already kept in the data folder's settings, so that the question never opens over a
test that did not ask for it; a test that starts the app on a data folder of its own sets one there
with :func:`preset_clerk_name` (or leaves it empty to test the question itself)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from secretariat_app import settings
from secretariat_app.ui import clerk_name

from .shell_helpers import empty_window, window  # noqa: F401 - fixtures

CLERK = {"ko": "이서연", "zh": "李书妍", "en": "Lee Seo-yeon"}


def preset_clerk_name(home: Path | None = None, names: dict[str, str] | None = None) -> QSettings:
    """Keep a display name in the UI settings of ``home`` (the current data folder if None)."""
    folder = home if home is not None else settings.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stored = QSettings(str(folder / settings.UI_SETTINGS_FILE), QSettings.Format.IniFormat)
    clerk_name.save_names(stored, CLERK if names is None else names)
    return stored


@pytest.fixture(autouse=True)
def english_ui(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from secretariat_app.ui import i18n

    if i18n.current_language() != "en" or not i18n._installed:
        i18n.apply_language(qapp, "en")
    yield


@pytest.fixture
def ui_language(qapp) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """Switch the UI language for a test; back to English (the system's) after it."""
    from secretariat_app.ui import i18n

    yield lambda lang: i18n.apply_language(qapp, lang)
    i18n.apply_language(qapp, "en")


@pytest.fixture(autouse=True)
def clerk_named(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    stored = preset_clerk_name()
    clerk_name.forget_asking()
    yield
    clerk_name.save_names(stored, {})  # the folder is shared with the tests of the other layers
    clerk_name.forget_asking()


@pytest.fixture(autouse=True)
def _collect_on_the_ui_thread() -> Iterator[None]:
    """Python's cycle collector runs on whichever thread allocates when it is due: left to chance, a worker
    reading the dashboard collected a finished test's widgets off the UI thread, and Qt crashed. Collected
    here, on the UI thread, after every test; what survives is then left out of later collections
    (``gc.freeze``), so that each test's collection looks at its own objects, not at everything the suite
    made before it (~2 s a test late in a whole run). Frozen objects are still freed when nothing refers
    to them; only a cycle among them is never collected -- nowhere, so on no worker thread either."""
    yield
    gc.collect()
    gc.freeze()
