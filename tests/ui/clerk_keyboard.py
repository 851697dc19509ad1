"""A clerk at the keyboard, for the story tests: every key press that is not part of the text typed is
counted (Tab, Enter, arrows, shortcuts); typed words are not. Keys go where Qt sends them: to the open
popup (a type-ahead list) if there is one, else to the widget with the keyboard focus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from secretariat_app.ui.widgets.form import holds

MAX_TABS = 40  # more Tabs than this to reach a field is a form no clerk could use


class Clerk:
    def __init__(self, qtbot: Any):
        self.qtbot = qtbot
        self.presses = 0
        self.log: list[str] = []  # each counted key and where it went (for a budget's failure message)

    def target(self) -> QWidget:
        if QApplication.activeWindow() is None:
            # Offscreen, a window does not get the keyboard back by itself after a short-lived window
            # (a popup, a dialog) closed; on a desktop it does. Give it back, as the desktop would.
            shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
            if shown:
                shown[0].activateWindow()
                self.qtbot.waitUntil(lambda: QApplication.activeWindow() is not None, timeout=2000)
        widget = QApplication.activePopupWidget() or QApplication.focusWidget() or QApplication.activeWindow()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.presses += 1
        target = self.target()
        self.log.append(f"{key.name} → {type(target).__name__} {target.objectName() or ''}".strip())
        QTest.keyClick(target, key, modifier)
        QApplication.processEvents()

    def type(self, text: str) -> None:
        """The text itself (not counted): Latin as keys, Korean and Chinese as an input method's commit."""
        widget = self.target()
        if text.isascii():
            QTest.keyClicks(widget, text)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(text)
            QApplication.sendEvent(widget, event)
        QApplication.processEvents()

    def type_languages(self, field: Any, *texts: str) -> None:
        """Tab to a field's Korean box and type its Korean, Chinese and English (a Tab between each)."""
        self.tab_to(field.editors["ko"])
        for index, text in enumerate(texts):
            if index:
                self.press(Qt.Key.Key_Tab)
            self.type(text)

    def tab_to(self, widget: QWidget) -> None:
        """Tab until the focus is in ``widget`` (each Tab counted)."""
        for _ in range(MAX_TABS):
            self.target()  # (the window has the keyboard)
            if holds(widget, QApplication.focusWidget()):
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"{MAX_TABS} Tabs did not reach {widget!r}: {self.log}")

    def choose(self, picker: Any, typed: str, wanted: str) -> None:
        """Type part of a name into a picker, wait for its list, and take the entry with Down and Enter."""
        self.type(typed)
        model = picker.model

        def ids() -> list[str]:
            return [model.item(r).data(Qt.ItemDataRole.UserRole + 1) for r in range(model.rowCount())]

        self.qtbot.waitUntil(lambda: picker.completer.popup().isVisible() and wanted in ids(), timeout=5000)
        ids = ids()
        for _ in range(ids.index(wanted)):  # the first entry is ready: Enter takes it
            self.press(Qt.Key.Key_Down)
        self.press(Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: not picker.completer.popup().isVisible(), timeout=3000)
