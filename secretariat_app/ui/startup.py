"""What the app sets up before its first window: the bundled CJK fonts, the translations, and the
language records are shown in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from .. import fonts
from ..settings import UI_SETTINGS_FILE, data_dir
from ..shipped import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
ICONS = RESOURCES / "icons"
SETTINGS_FILE = UI_SETTINGS_FILE  # the command line reads the clerk's display name from it too
_families: dict[str, str] = {}


def load_fonts() -> dict[str, str]:
    """Register Noto Sans KR and SC with Qt (once), so Korean and Chinese draw without system fonts.
    Returns language → family."""
    if _families:
        return dict(_families)
    try:  # the editors' per-field fonts register the same files: one registration serves both
        from .widgets import lang_fonts
    except ImportError:
        for lang in ("ko", "zh"):
            for bold in (False, True):
                font_id = QFontDatabase.addApplicationFont(str(fonts.font_for_language(lang, bold)))
                found = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                if found:
                    _families.setdefault(lang, found[0])
    else:
        lang_fonts.install()
        plain = QFont().families()
        for lang in ("ko", "zh"):
            family = lang_fonts.font_for(lang).families()[0]
            if family not in plain:
                _families[lang] = family
    return dict(_families)


def app_icon() -> QIcon:
    """The application icon at every size drawn (resources/icons/: rendered from secretariat.svg)."""
    icon = QIcon()
    for png in sorted(ICONS.glob("secretariat-*.png")):
        icon.addFile(str(png))
    return icon


def apply_record_font(lang: str) -> None:
    """The app's font: the system's for Latin text, then the bundled CJK fonts as fallbacks, the one of
    the record language first (the same Han character is drawn differently in Korean and Chinese)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    families = load_fonts()
    order = ["zh", "ko"] if lang == "zh" else ["ko", "zh"]
    font = QFont(app.font())
    base = [f for f in font.families() if f not in families.values()]
    font.setFamilies([*base, *[families[x] for x in order if x in families]])
    app.setFont(font)


def window_settings() -> QSettings:
    """Window layout, list columns, the languages and the clerk's display name, kept in the data folder."""
    return QSettings(str(data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def install_translations(app: QCoreApplication) -> str:
    """The UI language (the clerk's choice, else the system's): our translation, Qt's own (standard
    buttons and dialogs) and the default locale. Returns the language applied."""
    from . import i18n

    return i18n.apply_language(app, i18n.chosen_language(window_settings()))


def record_language(settings: QSettings) -> str:
    """The language records are shown in: the clerk's last choice, else the system's (ko, zh or en)."""
    saved = settings.value("view/lang")
    if saved in ("ko", "zh", "en"):
        return str(saved)
    language = QLocale().language()
    if language == QLocale.Language.Korean:
        return "ko"
    if language == QLocale.Language.Chinese:
        return "zh"
    return "en"
