"""Qt's own texts in the UI language: the standard buttons of a message box, the labels and buttons of
Qt's file dialog, the context menu of a text field. Qt's translations come with PySide6 (they travel with
it into a bundle); a change of language replaces them, and English keeps Qt's own English."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from secretariat_app.ui import i18n

BUTTONS = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
           | QMessageBox.StandardButton.Cancel)


def message_box_buttons() -> dict[str, str]:
    box = QMessageBox(QMessageBox.Icon.Question, "", "", BUTTONS)
    try:
        return {name: box.button(getattr(QMessageBox.StandardButton, name)).text().replace("&", "")
                for name in ("Save", "Discard", "Cancel")}
    finally:
        box.deleteLater()


def file_dialog_texts() -> dict[str, str]:
    """The labels of Qt's own (non-native) save dialog, by object name."""
    dialog = QFileDialog(None, "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    try:
        return {label.objectName(): label.text() for label in dialog.findChildren(QLabel) if label.objectName()}
    finally:
        dialog.deleteLater()


def context_menu(widget_class: type) -> list[str]:
    widget = widget_class()
    menu = widget.createStandardContextMenu()
    try:
        return [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    finally:
        menu.deleteLater()
        widget.deleteLater()


def test_qt_s_translations_come_with_pyside6() -> None:
    folder = i18n.qt_translations_folder()
    for name in ("qtbase_ko.qm", "qtbase_zh_CN.qm"):
        assert os.path.isfile(os.path.join(folder, name)), f"{name} is not in PySide6's {folder}"


@pytest.mark.parametrize(("lang", "buttons", "look_in", "file_type", "undo"), [
    ("ko", {"Save": "저장", "Discard": "무시", "Cancel": "취소"}, "다음에서 찾기(&L):", "파일 형식(&T):",
     "실행 취소(&U)"),
    ("zh", {"Save": "保存", "Discard": "丢弃", "Cancel": "取消"}, "查找范围(&L)：", "文件类型(&T)：", "撤消(&U)"),
    ("en", {"Save": "Save", "Discard": "Discard", "Cancel": "Cancel"}, "&Look in:", "Files of &type:", "&Undo"),
])
def test_qt_s_own_texts_are_in_the_ui_language(ui_language, lang, buttons, look_in, file_type, undo) -> None:  # type: ignore[no-untyped-def]
    ui_language(lang)
    assert message_box_buttons() == buttons
    labels = file_dialog_texts()
    assert labels["lookInLabel"] == look_in and labels["fileTypeLabel"] == file_type
    assert context_menu(QLineEdit)[0] == undo and context_menu(QPlainTextEdit)[0] == undo


def test_every_text_of_qt_s_file_dialog_is_translated(ui_language) -> None:  # type: ignore[no-untyped-def]
    """Nothing of Qt's file dialog stays English in Korean or Chinese (its catalogs lack "&Look in:" and
    "Files of &type:", which the app finds under their older text)."""
    def texts() -> list[str]:
        dialog = QFileDialog(None, "")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        found = [w.text() for w in dialog.findChildren(QLabel)]
        found += [w.toolTip() for w in dialog.findChildren(QLabel)]
        found += [w.text() or w.toolTip() for w in dialog.findChildren(QAbstractButton)]
        dialog.deleteLater()
        return found

    english = texts()
    for lang in ("ko", "zh"):
        ui_language(lang)
        same = [e for e, t in zip(english, texts(), strict=True) if e and e == t and any(c.isalpha() for c in e)]
        assert same == [], f"{lang}: still English: {same}"
        ui_language("en")


def test_a_change_of_language_replaces_qt_s_texts(ui_language) -> None:  # type: ignore[no-untyped-def]
    ui_language("ko")
    assert message_box_buttons()["Cancel"] == "취소"
    ui_language("zh")
    assert message_box_buttons()["Cancel"] == "取消" and file_dialog_texts()["lookInLabel"] == "查找范围(&L)："
    qt = [t.filePath() for t in i18n._installed if t.filePath()]
    assert [os.path.basename(p) for p in qt] == ["secretariat_zh_CN.qm", "qtbase_zh_CN.qm"]
    assert os.path.dirname(qt[1]) == i18n.qt_translations_folder()
    ui_language("en")
    assert message_box_buttons()["Cancel"] == "Cancel"
    assert not any("qtbase" in t.filePath() or isinstance(t, i18n.AcceleratorBridge) for t in i18n._installed)


def test_what_no_catalog_has_stays_as_written(ui_language) -> None:  # type: ignore[no-untyped-def]
    ui_language("ko")
    assert QCoreApplication.translate("Nowhere", "In no catalog") == "In no catalog"
    assert QCoreApplication.translate("Nowhere", "&In no catalog") == "&In no catalog"
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "다음에서 찾기(&L):"
