"""The app in Korean, Chinese and English.

The translation files: every source string translated into Korean and Chinese, none unfinished, the same
placeholders, in step with the sources (lupdate run again must find nothing new). The core's messages:
every template the rules can produce is listed for translation. Then the real window, dashboard and
editors in each language: visible texts, dates, time zones, Qt's own buttons, sorting, Preferences.

Screenshots (docs/screenshots/dashboard-ko.png …) are made as the other screenshots are:

    SECRETARIAT_SCREENSHOTS=docs/screenshots QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
        .venv/bin/python -m pytest tests/ui/test_translations.py -k screenshot
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from secretariat_app.english import PROBLEMS
from secretariat_app.errors import Problem, ValidationError
from secretariat_app.services.changes import Change
from secretariat_app.ui import formatting, i18n
from secretariat_app.ui.collation import sorted_by
from secretariat_app.ui.context import UiContext
from secretariat_app.ui.errors import show_error
from secretariat_app.ui.fact_text import TEMPLATES, change_text, problem_message
from secretariat_app.ui.preferences_dialog import PreferencesDialog, edit_preferences
from secretariat_app.ui.startup import apply_record_font

from .editor_helpers import click_standard_button_in_next_dialog, open_editor
from .shell_helpers import make_window, settle

PROJECT_ROOT = Path(__file__).resolve().parents[2]  # the checkout: the sources and the .ts files
TRANSLATIONS = PROJECT_ROOT / "resources" / "translations"
TS_FILES = {"ko": TRANSLATIONS / "secretariat_ko.ts", "zh": TRANSLATIONS / "secretariat_zh_CN.ts"}
EN_PLURALS = TRANSLATIONS / "secretariat_en.ts"
PLACEHOLDER = re.compile(r"%\d|%n|\{\w*\}")
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")  # "&File", not "People & Organizations" or "&&"
CORE_SOURCES = ["secretariat_app/domain/rules.py", "secretariat_app/domain/langmap.py",
                "secretariat_app/services/store.py", "secretariat_app/exchange/importer.py"]


def messages(path: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, unfinished) of every message in a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found.append((name, message.findtext("source") or "", forms, translation.get("type") == "unfinished"))
    return found


# --- the translation files ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "zh"])
def test_every_string_is_translated_with_the_same_placeholders(lang: str) -> None:
    found = messages(TS_FILES[lang])
    assert len(found) > 600
    problems = []
    for context, source, forms, unfinished in found:
        for text in forms:
            if unfinished or not text.strip():
                problems.append(f"{context}: {source!r} is not translated")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} → {text!r}: placeholders differ")
            elif ACCELERATOR.search(source) and not ACCELERATOR.search(text):
                problems.append(f"{context}: {source!r} → {text!r}: the keyboard accelerator is lost")
    assert problems == []


def test_the_translations_are_in_step_with_the_sources(tmp_path: Path) -> None:
    """lupdate run again over the UI finds the same strings: a new tr() without a translation fails."""
    sources = sorted(str(p) for p in (PROJECT_ROOT / "secretariat_app" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-locations", "none", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    wanted = {(c, s) for c, s, _, _ in messages(fresh)}
    for path in TS_FILES.values():
        have = {(c, s) for c, s, _, _ in messages(path)}
        assert wanted - have == set(), f"not in {path.name}: run scripts/update-translations and translate"
        assert have - wanted == set(), f"stale in {path.name}: run scripts/update-translations"


def numerus_sources(path: Path) -> dict[str, list[str]]:
    """Source → forms of every message with plural forms in a .ts file."""
    return {m.findtext("source") or "": [f.text or "" for f in m.iter("numerusform")]
            for m in ET.parse(path).getroot().iter("message") if m.get("numerus") == "yes"}


def test_counted_words_have_plural_forms_in_every_language(tmp_path: Path) -> None:
    """"1 pages" cannot happen: a text that counts ("page(s)") is a plural message, and English has its
    singular and plural forms as Korean and Chinese have their counters."""
    sources = sorted(str(p) for p in (PROJECT_ROOT / "secretariat_app" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-locations", "none", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    root = ET.parse(fresh).getroot()
    counting = [m.findtext("source") for m in root.iter("message") if "(s)" in (m.findtext("source") or "")]
    plural = numerus_sources(fresh)
    assert counting and [s for s in counting if s not in plural] == []
    english = numerus_sources(EN_PLURALS)
    assert set(english) == set(plural)
    for source, (one, many) in english.items():
        assert "(s)" not in one + many and one != many or "(s)" not in source, source


def test_english_counts_read_as_english(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from secretariat_app.ui.i18n import apply_language

    try:
        apply_language(qapp, "en")
        pages = [QCoreApplication.translate("DocumentDialog", "%n page(s).", None, n) for n in (1, 2)]
        assert pages == ["1 page.", "2 pages."]
        apply_language(qapp, "ko")
        assert QCoreApplication.translate("RecordListView", "%Ln visit(s)", None, 1) == "방문 1건"
        apply_language(qapp, "zh")
        assert QCoreApplication.translate("RecordListView", "%Ln visit(s)", None, 2) == "2 次访问"
    finally:
        apply_language(qapp, "en")


def test_the_compiled_translations_are_those_of_the_ts_files(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for path in [*TS_FILES.values(), EN_PLURALS]:
        fresh = tmp_path / path.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(path), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == path.with_suffix(".qm").read_bytes(), "run scripts/update-translations"


# --- the core's messages --------------------------------------------------------------------------


def _core_codes() -> set[str]:
    """Every problem code the core can give, read from its code: the literal after the place in
    ``c.add(place, "code", …)`` and ``Problem(place, "code", …)``, and the codes langmap returns."""
    found = set()
    for path in CORE_SOURCES:
        tree = ast.parse((PROJECT_ROOT / path).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and len(node.args) >= 2 and ast.unparse(node.func).endswith(("c.add", "Problem")):
                code = node.args[1]
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    found.add(code.value)
            if isinstance(node, ast.Tuple) and len(node.elts) == 2 and isinstance(node.elts[1], ast.Dict):
                if isinstance(node.elts[0], ast.Constant):  # langmap.problems: ("code", {values})
                    found.add(node.elts[0].value)
    return found


def test_every_problem_code_has_its_english_and_its_translation_source() -> None:
    core = _core_codes()
    assert len(core) > 45 and "before_signed_on" in core and "langmap_empty" in core
    assert core - PROBLEMS.keys() == set(), "give these codes an English template in secretariat_app/english.py"
    # The UI's list is what lupdate sees: the same templates, or the translations would not be found.
    assert TEMPLATES == PROBLEMS, "keep secretariat_app/ui/fact_text.py's TEMPLATES equal to english.PROBLEMS"


# --- the app in each language ---------------------------------------------------------------------


def test_dates_and_zones_as_each_language_writes_them(ui_language) -> None:  # type: ignore[no-untyped-def]
    day = date(2014, 7, 24)
    ui_language("ko")
    assert formatting.date_text(day) == "2014년 7월 24일"
    assert formatting.zone_name("seoul") == "서울 시간" and formatting.zone_name("beijing") == "베이징 시간"
    ui_language("zh")
    assert formatting.date_text(day) == "2014年7月24日"
    assert formatting.zone_label("beijing", "UTC+8") == "北京时间（UTC+8）" and formatting.zone_name("seoul") == "首尔时间"
    ui_language("en")
    QLocale.setDefault(QLocale("en_GB"))  # as on a machine set to English (this one may have no locale)
    assert formatting.date_text(day) == "24 Jul 2014"
    assert formatting.zone_name("seoul") == "KST" and formatting.zone_label("beijing", "UTC+8") == "Beijing time (CST, UTC+8)"


def test_qt_s_own_buttons_follow_the_language(ui_language) -> None:  # type: ignore[no-untyped-def]
    texts = {}
    for lang in ("ko", "zh", "en"):
        ui_language(lang)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
        texts[lang] = sorted(b.text().replace("&", "") for b in box.buttons())
    assert texts == {"ko": ["저장", "취소"], "zh": ["保存", "取消"], "en": ["Cancel", "Save"]}


def test_core_messages_appear_translated(ui_language, sqlite_demo_app) -> None:  # type: ignore[no-untyped-def]
    doc = sqlite_demo_app.records.get("agreement", "agr-2015-env-mou").doc
    doc = {**doc, "signed_on": "2015-11-04", "expires_on": "2015-01-01", "supersedes": "agr-nowhere"}
    problems = sqlite_demo_app.records.validate("agreement", doc)
    english = {p.message for p in problems}
    assert "is before the signing date (2015-11-04)" in english and "there is no agreement 'agr-nowhere'" in english
    assert {p.code for p in problems} >= {"before_signed_on", "no_such_record"}
    ui_language("ko")
    korean = {problem_message(p) for p in problems}
    assert "서명일(2015년 11월 4일)보다 이릅니다" in korean and "협정 'agr-nowhere'이(가) 없습니다" in korean
    box = show_error(None, ValidationError(problems))  # a refused import or save, in a dialog
    assert "expires_on: 서명일(2015년 11월 4일)보다 이릅니다" in box.detailedText().splitlines()
    box.close()
    ui_language("zh")
    assert problem_message(Problem("name", "required")) == "为必填项"
    assert problem_message(Problem("id", "bad_id", {"id": "x"})).startswith("'x' 不是有效的 ID（")
    # An empty value is said as such, never as a developer's None.
    assert "None" not in problem_message(Problem("signatories[0].organization", "not_a_party", {"organization": None}))


def test_changes_are_named_in_the_ui_language(ui_language, sqlite_demo_app) -> None:  # type: ignore[no-untyped-def]
    records = sqlite_demo_app.records
    deleted = records.delete([("visit", "visit-2015-beijing")])
    ui_language("ko")
    assert change_text(deleted) == "방문 삭제"
    assert change_text(records.undo()) == "방문 삭제"  # the undo of it names what it took back
    ui_language("zh")
    assert change_text(records.next_redo) == "删除访问"
    two = Change("delete", frozenset({("visit", "v-1"), ("person", "p-1")}), {"delete": 2})
    assert change_text(two) == "删除2条记录"
    ui_language("en")
    assert change_text(deleted) == "Delete visit" and change_text(two) == "Delete 2 records"
    # Named in the records' language for the menus, cut to a menu's width.
    assert change_text(deleted, "en") == "Delete visit “Official visit of Seoul Mayor Park Won…”"
    assert change_text(Change("delete", frozenset({("visit", "v-1")}), {"delete": 1})) == "Delete visit"
    ui_language("ko")
    assert change_text(deleted, "ko").startswith("방문 “") and change_text(deleted, "ko").endswith("” 삭제")


def test_names_sort_as_each_language_expects(qapp) -> None:  # type: ignore[no-untyped-def]
    assert sorted_by(["上海", "广州", "北京", "重庆"], str, "zh") == ["北京", "重庆", "广州", "上海"]  # pinyin
    assert sorted_by(["서울", "부산", "가평", "나주"], str, "ko") == ["가평", "나주", "부산", "서울"]
    assert sorted_by(["team 10", "Team 2", "alpha"], str, "en") == ["alpha", "Team 2", "team 10"]


def _menu_titles(window: Any) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.mark.parametrize(("lang", "sidebar", "menus", "heading"), [
    ("ko", ["대시보드", "팀", "협정", "회의", "방문", "인물 및 기관", "회의 템플릿", "조치 사항 관리", "휴지통"],
     ["파일(&F)", "편집(&E)", "보기(&V)", "도움말(&H)"], r"오늘, \d{4}년 \d{1,2}월 \d{1,2}일 \(.\)"),
    ("zh", ["仪表板", "小组", "协议", "会议", "访问", "人员与机构", "会议模板", "事项落实", "回收站"],
     ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"], r"今天，\d{4}年\d{1,2}月\d{1,2}日 \(周.\)"),
])
def test_the_main_window_and_dashboard_in_a_language(qtbot, ui_language, sqlite_demo_app, tmp_path,  # type: ignore[no-untyped-def]
                                                      lang, sidebar, menus, heading) -> None:
    ui_language(lang)
    window = make_window(qtbot, sqlite_demo_app, tmp_path / "window.ini", lang=lang)
    try:
        assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == sidebar
        assert _menu_titles(window)[:2] == menus[:2] and _menu_titles(window)[-1] == menus[-1]
        dashboard = window.views["dashboard"]
        settle()
        assert re.fullmatch(heading, dashboard.heading.text()), dashboard.heading.text()
        labels = " ".join(w.text() for w in dashboard.findChildren(QLabel))
        assert ("예정된 회의" if lang == "ko" else "即将举行的会议") in labels
        assert "Coming meetings" not in labels
    finally:
        window.close()
        settle()


def test_an_editor_in_korean_and_chinese(qtbot, ui_language, sqlite_demo_app) -> None:  # type: ignore[no-untyped-def]
    for lang, wanted, zone in (("ko", "서명일", "베이징 시간"), ("zh", "签署日期", "北京时间")):
        ui_language(lang)
        ctx = UiContext(sqlite_demo_app, lang)
        editor = open_editor(qtbot, ctx, "agreement", "agr-2015-env-mou")
        texts = {w.text() for w in editor.findChildren(QLabel)}
        assert wanted in texts and "Signed on" not in texts
        tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
        assert ("이력" if lang == "ko" else "历史") in tabs
        meeting = open_editor(qtbot, ctx, "meeting", "mtg-gc-2")
        assert meeting.starts.zone_label.text().startswith(zone)
        editor.close()
        meeting.close()


def test_preferences_change_the_language_after_a_restart(qtbot, ui_language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ui_language("ko")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "환경설정" and dialog.language.currentData() == "ko"
    assert [dialog.language.itemText(i) for i in range(3)] == ["한국어", "中文", "English"]

    def choose_chinese() -> None:
        current = QApplication.activeModalWidget()
        if not isinstance(current, PreferencesDialog):
            QTimer.singleShot(20, choose_chinese)
            return
        current.language.setCurrentIndex(1)
        click_standard_button_in_next_dialog(QMessageBox.StandardButton.No, asked)  # "restart now?" no
        current.accept()

    asked: list[str] = []
    QTimer.singleShot(0, choose_chinese)
    assert edit_preferences(None, settings, record_lang="ko") == "zh"  # type: ignore[arg-type]
    assert asked == ["새 언어는 다시 시작한 뒤 적용됩니다. 지금 다시 시작할까요?"]
    assert settings.value("ui/language") == "zh" and i18n.chosen_language(settings) == "zh"
    assert settings.value("view/lang") == "zh"  # the records followed the interface, so they still do


# --- screenshots ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "zh"])
def test_dashboard_screenshot(qtbot, ui_language, sqlite_demo_app, tmp_path, lang) -> None:  # type: ignore[no-untyped-def]
    ui_language(lang)
    apply_record_font(lang)  # as at start-up: the fonts are set before the first window
    window = make_window(qtbot, sqlite_demo_app, tmp_path / "window.ini", lang=lang, resize=False)
    window.resize(1360, 820)
    settle()
    qtbot.wait(100)
    _save(window.grab(), f"dashboard-{lang}.png", tmp_path)
    window.close()
    settle()


@pytest.mark.parametrize("lang", ["ko", "zh"])
def test_agreement_editor_screenshot(qtbot, ui_language, sqlite_demo_app, tmp_path, lang) -> None:  # type: ignore[no-untyped-def]
    ui_language(lang)
    editor = open_editor(qtbot, UiContext(sqlite_demo_app, lang), "agreement", "agr-2015-env-mou")
    editor.resize(1180, 800)
    qtbot.wait(50)
    _save(editor.grab(), f"agreement-editor-{lang}.png", tmp_path)


def _save(pixmap: Any, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("SECRETARIAT_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    assert pixmap.save(str(path))
    image = QImage(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 40


def test_start_up_applies_the_saved_language_and_records_follow_it(qapp, ui_language, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from secretariat_app.ui.startup import install_translations, record_language, window_settings

    monkeypatch.setenv("SECRETARIAT_HOME", str(tmp_path))
    assert i18n.chosen_language(window_settings()) == i18n.system_language()  # first run: the system's
    i18n.save_language(window_settings(), "zh")
    assert install_translations(qapp) == "zh" and i18n.current_language() == "zh"
    assert QLocale().language() == QLocale.Language.Chinese
    assert QApplication.translate("MainWindow", "&File") == "文件(&F)"
    assert record_language(window_settings()) == "zh"  # the clerk has not chosen another record language
    window_settings().setValue("view/lang", "en")
    assert record_language(window_settings()) == "en"


def test_a_refused_save_speaks_korean_with_the_statuss_own_word(qtbot, ui_language, sqlite_demo_app) -> None:  # type: ignore[no-untyped-def]
    from secretariat_app.ui.context import UiContext

    from .editor_helpers import open_editor

    ui_language("ko")
    editor = open_editor(qtbot, UiContext(sqlite_demo_app, "ko"), "agreement", None)
    editor.field("status").set_value("signed")
    assert not editor.save_and_wait()
    # An editor's plural text looked up under its own class (AgreementEditor) stayed English.
    assert editor.status.text() == "저장하지 않았습니다: 문제 3개가 필드 옆에 표시되어 있습니다."
    assert editor.messages("signed_on") == "상태가 서명됨이면 필수입니다"  # the status's word, not "signed"
