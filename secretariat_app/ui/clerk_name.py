"""The clerk's display name: three short fields (Korean, Chinese, English) kept in the per-user UI
settings, asked for once when the desktop app starts without one, and shown instead of the login.

The first-start question: when no name is set, a small window-modal dialog over the main window asks
for it. "Later" (or Esc, or closing it) leaves the name empty and the question is not asked again while
the app runs; it is asked again at the next start, and only while the name is still empty — the name is
what the history, the dashboard and the briefing packs show, so a clerk who put it off is reminded once
a start, never in the middle of work. Preferences… changes it at any time.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.langmap import pick
from ..errors import Problem
from ..settings import CLERK_NAME_KEYS, NAME_LANGUAGES, clean_names
from . import i18n
from .fact_text import problem_message
from .widgets import lang_fonts, names

_asked_this_session = False


# --- kept in the UI settings ------------------------------------------------------------------------


def stored_names(settings: QSettings) -> dict[str, str]:
    """The display name kept in the settings (empty if none)."""
    return clean_names({lang: settings.value(key) for lang, key in CLERK_NAME_KEYS.items()})


def save_names(settings: QSettings, value: Mapping[str, str] | None) -> dict[str, str]:
    """Keep the display name (a blank language is removed); returns what was kept."""
    clean = clean_names(value)
    for lang, key in CLERK_NAME_KEYS.items():
        if lang in clean:
            settings.setValue(key, clean[lang])
        else:
            settings.remove(key)
    settings.sync()
    return clean


def who(login: str | None, value: Mapping[str, str] | None, lang: str | None = None) -> str:
    """A clerk as the interface names them: the display name in the UI language, else in another
    language, else the login (rows written before names were kept have only the login)."""
    text = pick(value, lang or i18n.current_language())[0]
    return text or (login or "")


# --- the three fields ---------------------------------------------------------------------------------


class ClerkNameFields(QWidget):
    """Korean, Chinese and English, each in its own font, and the message when a name breaks a rule."""

    edited = Signal()

    def __init__(self, value: Mapping[str, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        lang_fonts.install()
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        labels = {"ko": self.tr("In &Korean:"), "zh": self.tr("In &Chinese:"), "en": self.tr("In &English:")}
        for lang in NAME_LANGUAGES:
            field = QLineEdit()
            field.setObjectName(f"clerkName_{lang}")
            field.setFont(lang_fonts.font_for(lang, field.font()))
            field.setAccessibleName(names.language_name(lang))
            field.setMinimumWidth(260)
            field.textEdited.connect(self._edited)
            self.fields[lang] = field
            form.addRow(labels[lang], field)
        self.message = QLabel()
        self.message.setObjectName("clerkNameProblem")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.set_value(value)
        self.setFocusProxy(self.fields[_first_field()])

    def value(self) -> dict[str, str]:
        return clean_names({lang: field.text() for lang, field in self.fields.items()})

    def set_value(self, value: Mapping[str, str] | None) -> None:
        for lang, field in self.fields.items():
            field.setText((value or {}).get(lang, ""))

    def check(self) -> bool:
        """Show what is wrong, next to the fields; True when the name may be kept."""
        from ..domain import rules  # with the database layer, which the first window is drawn without

        problems = rules.clerk_name_problems({lang: field.text() for lang, field in self.fields.items()})
        if not problems:
            self.message.hide()
            return True
        self.message.setText("\n".join(self.problem_text(p) for p in problems))
        self.message.show()
        lang = problems[0].values.get("lang")
        if lang in self.fields:  # the cursor to the field, where it was (the clerk shortens, not retypes)
            self.fields[lang].setFocus()
        return False

    def problem_text(self, problem: Problem) -> str:
        lang = problem.values.get("lang")
        language = names.language_name(lang) if lang in self.fields else ""
        if problem.code == "lang_longer_than":
            return (self.tr("Your name in %1 is %2 characters long; at most %3 characters are allowed.")
                    .replace("%1", language).replace("%2", str(problem.values["length"]))
                    .replace("%3", str(problem.values["limit"])))
        return f"{language}: {problem_message(problem)}" if language else problem_message(problem)

    def _edited(self) -> None:
        if self.message.isVisible():
            self.check()  # the message goes as soon as the name is right
        self.edited.emit()


def _first_field() -> str:
    """The field the cursor starts in: the UI language's."""
    current = i18n.current_language()
    return current if current in NAME_LANGUAGES else "ko"


# --- the first-start question -------------------------------------------------------------------------


class ClerkNameForm(QWidget):
    """The question itself: why the name is asked, the three fields, and that the login stays beside it.
    The first-start question below and the first start's window (first_start.py) show it."""

    def __init__(self, login: str, parent: QWidget | None = None):
        super().__init__(parent)
        intro = QLabel(self.tr("Secretariat notes who changes each record and who prepares each briefing "
                               "pack. How should your name appear there? Give it in the languages you use; "
                               "the others fall back to one you gave."))
        intro.setWordWrap(True)
        self.fields = ClerkNameFields(parent=self)
        self.login_note = QLabel(self.tr("Your login (%1) is kept beside it. You can change the name "
                                         "later in Edit → Preferences….").replace("%1", login))
        self.login_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.fields)
        layout.addWidget(self.login_note)
        self.setFocusProxy(self.fields)


class ClerkNameDialog(QDialog):
    """Asked at the first start: the clerk's display name, or Later."""

    def __init__(self, login: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clerkNameDialog")
        self.setWindowTitle(self.tr("Your name"))
        self.form = ClerkNameForm(login, self)
        self.fields, self.login_note = self.form.fields, self.form.login_note
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveName")
        self.later_button: QPushButton = self.buttons.addButton(self.tr("&Later"),
                                                                 QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setObjectName("later")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.fields.setFocus()

    def names(self) -> dict[str, str]:
        return self.fields.value()

    def accept(self) -> None:
        if not self.fields.check():
            return
        if not self.names():  # Save with every field empty: the same as Later
            self.reject()
            return
        super().accept()


def ask_at_start(window: Any, settings: QSettings) -> ClerkNameDialog | None:
    """At the start of the desktop app: when no display name is kept, ask for it (once this session),
    in a dialog over the main window that does not hold up anything else. Returns the dialog, or None
    when there was nothing to ask."""
    global _asked_this_session
    if _asked_this_session or stored_names(settings):
        return None
    _asked_this_session = True
    dialog = ClerkNameDialog(window.ctx.app.user, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def saved() -> None:
        kept = save_names(settings, dialog.names())
        window.clerk_names_changed(kept)

    dialog.accepted.connect(saved)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog


def asked() -> None:
    """The first start's window asked already: not again while the app runs."""
    global _asked_this_session
    _asked_this_session = True


def forget_asking() -> None:
    """For tests: as if the app had just started."""
    global _asked_this_session
    _asked_this_session = False
