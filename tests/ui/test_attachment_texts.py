"""The attachment list says, per file, whether its text was read for search — "Text read", "OCR, 94%
confidence", "No text: protected by a password", "Waiting to be read…" — in Korean, Chinese and English,
and follows the background worker; a search hit inside a scan opens the agreement at that file, with the
snippet and its page.

Screenshots (ko, zh) go to SECRETARIAT_SCREENSHOTS when it is set (docs/screenshots/), else to a
temporary folder:

    SECRETARIAT_SCREENSHOTS=docs/screenshots QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/python -m pytest tests/ui/test_attachment_texts.py
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from secretariat_app.services import attachments
from secretariat_app.ui.context import UiContext
from secretariat_app.ui.operations import wait
from tests import attachment_files as files

from .editor_helpers import open_editor
from .shell_helpers import make_window, settle

AGREEMENT = "agr-2015-env-mou"
COLUMN = {"en": "Text for search", "ko": "검색용 텍스트", "zh": "检索文本"}
WAITING = {"en": "Waiting to be read…", "ko": "읽기 대기 중…", "zh": "等待读取…"}
READ = {"en": "Text read", "ko": "텍스트 읽음", "zh": "已读取文本"}
OCR = {"en": "OCR, {}% confidence", "ko": "OCR, 신뢰도 {}%", "zh": "OCR，置信度 {}%"}
PASSWORD = {"en": "No text: protected by a password", "ko": "텍스트 없음: 암호로 보호됨", "zh": "无文本：受密码保护"}
BOMB = {"en": "No text: would unpack to 320 MB, far more than a document (refused as a zip bomb)",
        "ko": "텍스트 없음: 압축을 풀면 320MB로, 문서라기엔 너무 큼(압축 폭탄으로 거부)",
        "zh": "无文本：解压后达 320 MB，远超文档应有大小（作为压缩炸弹拒绝）"}


def _shot(widget, name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = Path(os.environ.get("SECRETARIAT_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / name))
    image = QImage(str(folder / name))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
    assert len(colours) > 20


def test_the_list_says_how_each_files_text_was_read(qtbot, sqlite_demo_app, tmp_path, ui_language) -> None:  # type: ignore[no-untyped-def]
    ctx = UiContext(sqlite_demo_app, "ko")
    editor = open_editor(qtbot, ctx, "agreement", AGREEMENT)
    editor.resize(1180, 560)
    editor.focus_part("attachments")
    made = {"협정문.hwpx": files.hwpx(files.MOU_KO), "서명본-스캔.png": files.png(files.scan(files.MOU_KO, "ko")),
            "협정문(암호).hwp": files.protected_hwp(files.MOU_KO, 1 << 1), "budget.xlsx": files.zip_bomb_xlsx()}
    for name, data in made.items():
        (tmp_path / name).write_bytes(data)
        wait(editor.attachments.add_file(tmp_path / name))
    tree = editor.attachments.tree
    column = [tree.topLevelItem(r).text(4) for r in range(tree.topLevelItemCount())]
    assert column == [WAITING["en"]] * 4  # stored, not read yet: the save does not wait for it
    assert editor.save_and_wait()

    heard: list[str] = []
    ctx.file_read.connect(lambda sha, reason: heard.append(reason))
    ctx.app.extraction.run()  # what the background worker does after the save
    qtbot.waitUntil(lambda: len(heard) == 4)
    assert sorted(heard) == ["", "", "password", "zip_bomb"]
    confidence = round(ctx.app.extraction.states([editor.attachments.items[1]["sha256"]])
                       [editor.attachments.items[1]["sha256"]].confidence)
    assert editor.attachments.tree.topLevelItem(2).text(4) == PASSWORD["en"]  # the open list followed
    for lang in ("en", "ko", "zh"):
        ui_language(lang)
        editor = open_editor(qtbot, UiContext(sqlite_demo_app, lang), "agreement", AGREEMENT)
        editor.resize(1180, 560)
        editor.focus_part("attachments")
        tree = editor.attachments.tree
        assert tree.headerItem().text(4) == COLUMN[lang]
        assert [tree.topLevelItem(r).text(4) for r in range(4)] == [
            READ[lang], OCR[lang].format(confidence), PASSWORD[lang], BOMB[lang]], lang
        assert "1" in tree.topLevelItem(1).toolTip(4)  # "1 page(s) read by OCR"
        if lang != "en":
            tree.setCurrentItem(tree.topLevelItem(1))
            _shot(editor, f"attachments-{lang}.png", tmp_path)


def test_a_hit_inside_a_scan_opens_the_file_with_its_snippet_and_page(qtbot, sqlite_demo_app, tmp_path, ui_language) -> None:  # type: ignore[no-untyped-def]
    app = sqlite_demo_app
    copy = files.scanned_pdf([files.scan(files.MOU_KO, "ko"), files.scan(files.MOU_ZH, "zh")])
    listed = [attachments.store_bytes(app.db, "서명본.pdf", copy)]
    loaded = app.records.get("agreement", AGREEMENT)
    app.records.update("agreement", {**loaded.doc, "attachments": listed}, loaded.version)
    app.extraction.run()
    ui_language("zh")
    window = make_window(qtbot, app, tmp_path / "window.ini", lang="zh", resize=False)
    window.resize(1500, 860)
    window.set_language("zh")
    window.search.focus()
    panel = window.search.panel
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        panel.box.setText("监测站")
    panel.box.setFocus()
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)  # Enter: opens the first result
    editor = window.tabs.currentWidget()
    assert editor.record_id == AGREEMENT
    assert editor.tabs.currentWidget() is editor._tab_keys["attachments"]
    found = editor.attachments.found
    assert found.isVisible() and "第 2 页" in found.text() and "监测站" in found.text()
    assert editor.attachments.tree.currentItem().text(0) == "서명본.pdf"
    qtbot.wait(100)
    _shot(window, "search-hit-in-scan-zh.png", tmp_path)
    window.close()
    settle()


def test_a_missing_tesseract_is_said_once(qtbot, sqlite_demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    window = make_window(qtbot, sqlite_demo_app, tmp_path / "window.ini")
    ctx = window._test_ctx  # type: ignore[attr-defined]
    shown = []
    for _ in range(3):
        ctx.file_read.emit("a" * 64, "no_ocr")
        qtbot.wait(20)
        shown = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(shown) == 1 and "Tesseract" in shown[0].text()
    assert not shown[0].isModal()  # the clerk goes on working
    shown[0].close()
    window.close()
    settle()
