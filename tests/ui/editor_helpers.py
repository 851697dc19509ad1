"""What the editor tests share: open an editor as the main window would, type like a clerk, answer dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from secretariat_app.ui.context import UiContext
from secretariat_app.ui.editors import RecordEditor, editor_for
from secretariat_app.ui.widgets.langmap_edit import LangMapEdit
from secretariat_app.ui.widgets.pickers import RecordPicker


def open_editor(qtbot: Any, ctx: UiContext, kind: str, record_id: str | None) -> RecordEditor:
    editor = editor_for(kind, ctx, record_id)
    qtbot.addWidget(editor)
    editor.resize(1100, 760)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def type_keys(qtbot: Any, widget: Any, text: str) -> None:
    """Key presses for Latin text; Korean and Chinese arrive as an input method's commit, as they do
    from a real IME (QTest cannot press keys that are not on an ASCII keyboard)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_text(qtbot: Any, field: LangMapEdit, lang: str, text: str) -> None:
    """Type into one language of a multilingual field, as a clerk does (not setText)."""
    editor = field.editors[lang]
    editor.setFocus()
    editor.selectAll()
    type_keys(qtbot, editor, text)


def pick(qtbot: Any, picker: RecordPicker, typed: str, wanted_id: str) -> None:
    """Type part of a name, wait for the type-ahead list, and take the wanted record from it."""
    picker.edit.setFocus()
    picker.edit.clear()
    type_keys(qtbot, picker.edit, typed)
    qtbot.waitUntil(lambda: any(picker.model.item(r).data(Qt.ItemDataRole.UserRole + 1) == wanted_id
                                for r in range(picker.model.rowCount())), timeout=3000)
    row = next(r for r in range(picker.model.rowCount())
               if picker.model.item(r).data(Qt.ItemDataRole.UserRole + 1) == wanted_id)
    picker.choose(row)


def answer_questions(monkeypatch: Any, *answers: QMessageBox.StandardButton) -> list[str]:
    """Answer the next QMessageBox.question calls in turn; returns the questions' texts."""
    asked: list[str] = []
    queue = list(answers)

    def question(parent: Any, title: str, text: str, *args: Any, **kw: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def click_in_next_dialog(button_name: str, seen: list[str] | None = None) -> None:
    """When the next modal dialog opens, record its text and click the button of that object name."""

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, click)
            return
        if seen is not None and isinstance(dialog, QMessageBox):
            seen.append(dialog.text())
        button = dialog.findChild(QAbstractButton, button_name)
        assert button is not None, f"no button {button_name!r} in {dialog!r}"
        button.click()

    QTimer.singleShot(0, click)


def click_standard_button_in_next_dialog(which: QMessageBox.StandardButton, seen: list[str] | None = None) -> None:
    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(20, click)
            return
        if seen is not None:
            seen.append(dialog.text())
        dialog.button(which).click()

    QTimer.singleShot(0, click)


def wait_for_message(qtbot: Any, get: Callable[[], str], contains: str) -> str:
    qtbot.waitUntil(lambda: contains in get(), timeout=3000)
    return get()


def writes_done() -> None:
    """Let the writes the clerk started (operations on the write thread) finish and their results
    reach the widgets (queued signals are delivered by the event loop)."""
    from PySide6.QtCore import QCoreApplication

    from secretariat_app.ui.operations import wait_for_writes

    assert wait_for_writes()
    for _ in range(3):
        QCoreApplication.processEvents()


def type_date(qtbot: Any, field: Any, text: str) -> None:
    """Type a date into a date field as a clerk does, and leave it with Enter."""
    field.edit.setFocus()
    field.edit.selectAll()
    type_keys(qtbot, field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def type_time(qtbot: Any, field: Any, text: str) -> None:
    """Type a time into a time box as a clerk does, and leave it with Enter."""
    field.setFocus()
    field.selectAll()
    type_keys(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
