"""The agreement editor's list of attachments speaks the clerk's words: the file's name, its kind ("PDF
document", "Hangul document"…), its size ("1.2 MB") and the day it was added, in the UI language; the
SHA-256 only in a tooltip, as the file's fingerprint. No media type, no hash in a column."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from secretariat_app.ui import formatting, i18n
from secretariat_app.ui.context import UiContext
from secretariat_app.ui.operations import wait

from .editor_helpers import open_editor

AGREEMENT = "agr-2015-env-mou"
FILES = [  # name, size: a scan, the Korean text in Hangul, a Word draft, a budget, a photo, notes, a bundle
    ("signed-copy.pdf", 1_234_567), ("협정문.hwp", 52_000), ("draft.docx", 18_400), ("budget.xlsx", 9_100),
    ("signing.jpg", 2_500_000), ("notes.txt", 532), ("annexes.zip", 130_000),
]
WORDS = {
    "en": ["PDF document", "Hangul document", "Word document", "Excel spreadsheet", "Image", "Text", "File"],
    "ko": ["PDF 문서", "한글 문서", "Word 문서", "Excel 스프레드시트", "이미지", "텍스트", "파일"],
    "zh": ["PDF 文档", "韩文 HWP 文档", "Word 文档", "Excel 电子表格", "图片", "文本", "文件"],
}
SIZES = {
    "en": ["1.2 MB", "52.0 kB", "18.4 kB", "9.1 kB", "2.5 MB", "532 bytes", "130.0 kB"],
    "ko": ["1.2 MB", "52.0 kB", "18.4 kB", "9.1 kB", "2.5 MB", "532 바이트", "130.0 kB"],
    "zh": ["1.2 MB", "52.0 kB", "18.4 kB", "9.1 kB", "2.5 MB", "532 字节", "130.0 kB"],
}


@pytest.fixture
def ctx(sqlite_demo_app: Any, qapp: QApplication) -> Iterator[UiContext]:
    yield UiContext(sqlite_demo_app, "en")
    i18n.apply_language(qapp, "en")


def make_files(folder: Path) -> list[Path]:
    paths = []
    for i, (name, size) in enumerate(FILES):
        path = folder / name
        path.write_bytes(bytes([i]) * size)
        paths.append(path)
    return paths


def rows(editor: Any) -> list[list[str]]:
    tree = editor.attachments.tree
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())] for r in range(tree.topLevelItemCount())]


@pytest.mark.parametrize("lang", ["en", "ko", "zh"])
def test_the_list_in_the_clerks_words(qtbot, ctx, qapp, tmp_path, lang) -> None:  # type: ignore[no-untyped-def]
    i18n.apply_language(qapp, lang)
    if lang == "en":
        QLocale.setDefault(QLocale("en_GB"))  # as on a machine set to English (this one may have no locale)
    editor = open_editor(qtbot, ctx, "agreement", AGREEMENT)
    editor.focus_part("attachments")
    for path in make_files(tmp_path):
        wait(editor.attachments.add_file(path))
    today = formatting.date_text(date.today())
    assert today == {"en": date.today().strftime("%-d %b %Y"), "ko": f"{date.today():%Y}년 {date.today().month}월 "
                     f"{date.today().day}일", "zh": f"{date.today():%Y}年{date.today().month}月{date.today().day}日"}[lang]

    shown = rows(editor)
    assert [r[0] for r in shown] == [name for name, _ in FILES]
    assert [r[1] for r in shown] == WORDS[lang]
    assert [r[2] for r in shown] == SIZES[lang]
    assert [r[3] for r in shown] == [today] * len(FILES)  # added just now, not saved yet
    tree = editor.attachments.tree
    header = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    assert header == {"en": ["File", "Type", "Size", "Added", "Text for search"],
                      "ko": ["파일", "형식", "크기", "추가일", "검색용 텍스트"],
                      "zh": ["文件", "类型", "大小", "添加日期", "检索文本"]}[lang]
    waiting = {"en": "Waiting to be read…", "ko": "읽기 대기 중…", "zh": "等待读取…"}[lang]
    assert [r[4] for r in shown] == [waiting] * len(FILES)  # read after the save, in the background
    fingerprint = {"en": "Fingerprint (SHA-256): ", "ko": "파일 지문(SHA-256): ", "zh": "文件指纹（SHA-256）："}[lang]
    for row, (name, size) in enumerate(FILES):
        sha = hashlib.sha256(bytes([row]) * size).hexdigest()
        item = tree.topLevelItem(row)
        assert item.toolTip(0) == f"{name}\n{fingerprint}{sha}" and item.toolTip(3) == item.toolTip(0)
        texts = " ".join(item.text(c) for c in range(tree.columnCount()))
        assert sha[:8] not in texts and "/" not in texts  # neither hash nor media type ("application/pdf")

    assert editor.save_and_wait()  # saved: the day comes from the agreement's history now
    again = open_editor(qtbot, ctx, "agreement", AGREEMENT)
    assert [r[3] for r in rows(again)] == [today] * len(FILES)
    assert set(again.attachments.added) == {x["sha256"] for x in again.attachments.items}


def test_the_day_added_is_the_day_of_the_save_that_listed_the_file(qtbot, ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An attachment listed since an earlier save shows that save's day (its date in the history), and a
    file added since shows today's until it is saved."""
    editor = open_editor(qtbot, ctx, "agreement", AGREEMENT)
    first, second = make_files(tmp_path)[:2]
    wait(editor.attachments.add_file(first))
    assert editor.save_and_wait()
    sha = editor.attachments.items[0]["sha256"]
    saved_at = ctx.records.history("agreement", AGREEMENT)[-1].at
    assert editor.attachments.added == {sha: saved_at}
    # As if that save had been made on 24 July 2014: the list reads the day from the history.
    monkeypatch.setattr(ctx.app.attachments, "added_at", lambda record_id: {sha: saved_at.replace(2014, 7, 24)})
    editor.reload()
    assert rows(editor)[0][3] == formatting.date_text(date(2014, 7, 24))
    wait(editor.attachments.add_file(second))
    assert [r[3] for r in rows(editor)] == [formatting.date_text(date(2014, 7, 24)), formatting.date_text(date.today())]
