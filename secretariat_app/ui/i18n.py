"""The language of the interface: Korean, Chinese or English.

The clerk's choice is kept in the settings (``ui/language``); before there is one, the system locale
decides. Applying a language installs our translation and Qt's own (standard buttons, file, print and
colour dialogs, the context menus of text fields) and makes it the default locale, so dates and numbers
follow it too.

Qt's own translations (``qtbase_ko.qm``, ``qtbase_zh_CN.qm``) come with PySide6, in
``QLibraryInfo.path(TranslationsPath)``: they travel with it into any bundle, so the app ships none of
its own. Two labels of Qt's file dialog have gained a keyboard accelerator since those catalogs were
translated ("&Look in:", "Files of &type:"); :class:`AcceleratorBridge` finds them under their old text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..shipped import RESOURCES

LANGUAGES = ("ko", "zh", "en")
SETTING = "ui/language"
TRANSLATIONS = RESOURCES / "translations"
# The locale each language stands for: Seoul's Korean, mainland Chinese (Simplified), British English
# (day before month: "24 Jul 2014", as the council's English papers write dates).
LOCALES = {"ko": "ko_KR", "zh": "zh_CN", "en": "en_GB"}
# English has a catalogue of its plural forms only ("1 page" / "2 pages"): its other texts are the sources.
CATALOGS = {"ko": "secretariat_ko", "zh": "secretariat_zh_CN", "en": "secretariat_en"}  # resources/translations/<name>.qm

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    language = QLocale.system().language()
    if language == QLocale.Language.Korean:
        return "ko"
    if language == QLocale.Language.Chinese:
        return "zh"
    return "en"


def chosen_language(settings: QSettings) -> str:
    """The clerk's choice if there is one, else the system's."""
    saved = settings.value(SETTING)
    return str(saved) if saved in LANGUAGES else system_language()


def save_language(settings: QSettings, lang: str) -> None:
    settings.setValue(SETTING, lang)
    settings.sync()


def current_language() -> str:
    return _current


def _locale_for(lang: str) -> QLocale:
    """English keeps the system's own English locale (or none: a bare machine shows ISO dates)."""
    system = QLocale.system()
    if lang == "en" and system.language() in (QLocale.Language.English, QLocale.Language.C):
        return system
    return QLocale(LOCALES[lang])


def _forget_translated_names() -> None:
    """Tables of translated names are built once per language; a new language builds them again."""
    from . import labels
    from .widgets import names

    for cached in (labels.__dict__.values(), names.__dict__.values()):
        for value in cached:
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def apply_language(app: QCoreApplication, lang: str) -> str:
    """Install the translations of ``lang`` (replacing any installed before) and make its locale the
    default. Returns the language applied (English when asked for an unknown one)."""
    global _current
    lang = lang if lang in LANGUAGES else "en"
    _forget_translated_names()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = _locale_for(lang)
    QLocale.setDefault(locale)
    _current = lang
    own = QTranslator(app)
    if own.load(CATALOGS[lang], str(TRANSLATIONS)):
        app.installTranslator(own)
        _installed.append(own)
    if lang == "en":
        return lang  # Qt's own strings are English already
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", qt_translations_folder()):
        # Installed last, asked first: Qt's catalog, then the bridge (for what it lacks), then ours.
        for translator in (AcceleratorBridge(qt, app), qt):
            app.installTranslator(translator)
            _installed.append(translator)
    return lang


def qt_translations_folder() -> str:
    """Where PySide6 keeps Qt's own translations (in a bundle too: they are part of PySide6)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


_ACCELERATOR = re.compile(r"(?<!&)&(\w)")


class AcceleratorBridge(QTranslator):
    """Qt's texts that its Korean and Chinese catalogs know only without their keyboard accelerator.

    Qt 6 wrote two labels of its file dialog anew as "&Look in:" and "Files of &type:"; the catalogs
    still translate "Look in:" and "Files of type:", so the labels stayed English. Asked after Qt's
    catalog (for what it lacks), this looks the text up without its "&" in that catalog and puts the
    accelerator back as Korean and Chinese write it, before a closing colon: "다음에서 찾기(&L):",
    "查找范围(&L)：". It knows no text of its own: whatever Qt's catalog lacks stays as it was (our own
    texts are in contexts Qt's catalog does not have, so they go on to our catalog)."""

    def __init__(self, qt: QTranslator, parent: QCoreApplication | None = None):
        super().__init__(parent)
        self._qt = qt

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        # None (a null string) when there is nothing to say: "" would be taken as the translation.
        if "&" not in source:  # most texts: at once (every text of ours that Qt's catalog lacks comes by)
            return None
        found = _ACCELERATOR.findall(source)
        if len(found) != 1 or "&&" in source:
            return None
        translated = self._qt.translate(context, _ACCELERATOR.sub(r"\1", source), disambiguation, n)
        if not translated:
            return None
        colon = translated[-1] if translated[-1] in ":：" else ""
        return f"{translated[: len(translated) - len(colon)].rstrip()}(&{found[0].upper()}){colon}"
