"""The main-window fixtures for every UI test module, and the application in English as the app starts
it (English has a catalogue too: its plural forms)."""

from typing import Any

import pytest

from .shell_helpers import empty_window, window  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def english_ui(qapp: Any) -> Any:
    from secretariat_app.ui import i18n

    if i18n.current_language() != "en" or not i18n._installed:
        i18n.apply_language(qapp, "en")
    yield
