"""The language of the interface: Korean, Chinese or English.

The clerk's choice is kept in the settings (``ui/language``); before there is one, the system locale
decides. Applying a language installs our translation and Qt's own (standard buttons, file, print and
colour dialogs) and makes it the default locale, so dates and numbers follow it too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..settings import RESOURCES

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
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang
