"""The first start: a clerk starts the app from the launcher and nothing is set up yet — no database in
the data folder (the folder itself is made on the way), no shared server chosen.

One window (a wizard) asks the questions, in the order of ``STEPS``:

1. ``DatabaseStep`` — where the records live: the demo records (to try the app), an empty database (the
   secretariat's own records, from scratch), or the shared server the other clerks already use. Leaving
   this page makes or opens the database, so a mistyped server or password is said here, on the page;
   a server chosen here is what every later start opens.
2. ``SiteStep`` — which secretariat this database is (Seoul's, Beijing's, another): the name the
   counterpart sees on the packages; not asked when the database has one (a shared server).
3. ``ClerkNameStep`` — the clerk's display name (the form of clerk_name.py). Left empty, it is asked
   again at the next start, as after "Later".

Each step is a page with two duties: ``wanted()`` says, when the wizard comes to it, whether it is asked
(so a step can depend on the database the first step opened: ``self.state.app``), and ``keep()`` keeps
its answer when the clerk clicks Finish. A new question is one more ``Step`` class, named in ``STEPS``.

Cancel ends the app. What a finished step made stays (the database): the next start opens it, and asks
the name then.
"""

from __future__ import annotations

import dataclasses
import importlib.util
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from .. import bootstrap
from ..errors import SecretariatError
from ..services.connections import ServerAddress, stored_password
from ..settings import Settings
from . import clerk_name, opening
from .connect_dialog import SETTINGS_GROUP, ServerFields, ask_database, remembered_server

AT_START_KEY = f"{SETTINGS_GROUP}/at_start"  # "server": every start opens the remembered server
CHOICES = ("demo", "empty", "server")


@dataclass
class FirstStart:
    """What the steps share: the default database (the data folder's file), the per-user UI settings,
    and the database once the first step has made or opened it."""

    where: Settings
    ui_settings: QSettings
    app: bootstrap.App | None = None


class Step(QWizardPage):
    def __init__(self, state: FirstStart, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state

    def wanted(self) -> bool:
        return True

    def keep(self) -> None:
        """The answer, kept when the clerk clicks Finish."""


class DatabaseStep(Step):
    def __init__(self, state: FirstStart, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.setObjectName("databaseStep")
        self.setTitle(self.tr("Welcome to Secretariat"))
        self.setSubTitle(self.tr("Where should the council's records be kept? You can open another database "
                                 "later (File → Open database…)."))
        self.buttons = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        texts = {
            "demo": (self.tr("&Try it with the demo records"),
                     self.tr("The Seoul–Beijing council's sample teams, agreements, meetings and a mayoral visit, "
                             "to look around and practise.")),
            "empty": (self.tr("Start an &empty database"),
                      self.tr("For the secretariat's own records, on this computer.")),
            "server": (self.tr("Open the &shared server"),
                       self.tr("The PostgreSQL database the other clerks already use (ask the administrator for "
                               "its address and your login).")),
        }
        for choice in CHOICES:
            radio = QRadioButton(texts[choice][0])
            radio.setObjectName(f"choose_{choice}")
            caption = QLabel(texts[choice][1])
            caption.setWordWrap(True)
            caption.setIndent(24)
            caption.setBuddy(radio)
            self.buttons.addButton(radio)
            self.radios[choice] = radio
            layout.addWidget(radio)
            layout.addWidget(caption)
        self.server = ServerFields(state.where.user)
        self.server.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.server)
        if importlib.util.find_spec("psycopg") is None:  # installed without the "postgres" extra
            self.radios["server"].setEnabled(False)
            self.radios["server"].setToolTip(self.tr("This installation has no PostgreSQL driver."))
        self.folder = QLabel(self.tr("The demo records or the empty database are kept in %1.")
                             .replace("%1", str(state.where.sqlite_path)))
        self.folder.setObjectName("databaseFile")
        self.folder.setWordWrap(True)
        layout.addWidget(self.folder)
        self.message = QLabel()
        self.message.setObjectName("databaseProblem")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.radios["demo"].setChecked(True)
        self.buttons.buttonToggled.connect(lambda *_: self._update())
        self._update()
        # Past this page the database exists: there is no going back to choose another one here.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Continue"))

    def choice(self) -> str:
        return next(choice for choice, radio in self.radios.items() if radio.isChecked())

    def choose(self, choice: str) -> None:
        self.radios[choice].setChecked(True)

    def _update(self) -> None:
        self.server.setEnabled(self.choice() == "server")
        self.message.clear()

    def validatePage(self) -> bool:
        choice = self.choice()
        if choice == "server":
            chosen, note = self.server.take()
            if chosen is None:
                self.message.setText(note)
                return False
            where = dataclasses.replace(chosen, names=self.state.where.names)
        else:
            where = self.state.where
        try:
            self.state.app = opening.open_database(where, demo_if_empty=choice == "demo")
        except SecretariatError as exc:
            self.message.setText(self.tr("The database cannot be opened:\n%1").replace("%1", str(exc)))
            return False
        if choice == "server":
            QSettings().setValue(AT_START_KEY, "server")
        return True


class ClerkNameStep(Step):
    def __init__(self, state: FirstStart, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.setObjectName("clerkNameStep")
        self.setTitle(self.tr("Your name"))
        self.setSubTitle(self.tr("Shown instead of your login in the history, on the dashboard and on the "
                                 "briefing packs you prepare."))
        self.form: clerk_name.ClerkNameForm | None = None
        self.setLayout(QVBoxLayout())

    def wanted(self) -> bool:
        return not clerk_name.stored_names(self.state.ui_settings)

    def initializePage(self) -> None:
        if self.form is None:  # the login is the database's (a server has its own): known only now
            login = self.state.app.user if self.state.app is not None else self.state.where.user
            self.form = clerk_name.ClerkNameForm(login, self)
            self.layout().addWidget(self.form)
            self.layout().addStretch(1)
        self.form.fields.setFocus()

    def validatePage(self) -> bool:
        return self.form is None or self.form.fields.check()

    def keep(self) -> None:
        clerk_name.asked()  # asked now; left empty, it is asked again at the next start
        names = self.form.fields.value() if self.form is not None else {}
        if names:
            kept = clerk_name.save_names(self.state.ui_settings, names)
            if self.state.app is not None:
                self.state.app.set_clerk_names(kept)


# The names a site is most likely to have, in both cities' languages so that either secretariat reads them.
SITE_NAMES = ("서울 사무국 · Seoul secretariat", "北京秘书处 · Beijing secretariat")


class SiteStep(Step):
    """Which secretariat this database is: the name the counterpart sees on its packages (issue of the
    exchange as sync). Not asked when the database opened has a name already (a shared server)."""

    def __init__(self, state: FirstStart, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.setObjectName("siteStep")
        self.setTitle(self.tr("Your secretariat"))
        self.setSubTitle(self.tr("The counterpart secretariat sees this name on the packages of records you send "
                                 "it."))
        layout = QVBoxLayout(self)
        self.buttons = QButtonGroup(self)
        self.radios: list[QRadioButton] = []
        for i, name in enumerate(SITE_NAMES):
            radio = QRadioButton(name)
            radio.setObjectName(f"site{i}")
            self.buttons.addButton(radio)
            self.radios.append(radio)
            layout.addWidget(radio)
        self.other_radio = QRadioButton(self.tr("&Another name:"))
        self.other_radio.setObjectName("siteOther")
        self.buttons.addButton(self.other_radio)
        self.other = QLineEdit()
        self.other.setObjectName("siteName")
        self.other.setMaxLength(200)
        self.other.textEdited.connect(lambda _text: self.other_radio.setChecked(True))
        row = QHBoxLayout()
        row.addWidget(self.other_radio)
        row.addWidget(self.other, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.radios[0].setChecked(True)

    def wanted(self) -> bool:
        app = self.state.app
        if app is None:  # asked before the database is open: it may be wanted (asked again once it is open)
            return True
        return not app.read_only and not app.exchange.sites()[0].name

    def name(self) -> str:
        if self.other_radio.isChecked():
            return " ".join(self.other.text().split())
        return next(r.text() for r in self.radios if r.isChecked())

    def validatePage(self) -> bool:
        if not self.name():
            self.other.setFocus()
            self.other.setPlaceholderText(self.tr("Type the name, e.g. Busan secretariat"))
            return False
        return True

    def keep(self) -> None:
        if self.state.app is not None:
            self.state.app.exchange.name_site(self.name())


# The questions, in order. The site comes after DatabaseStep: it names the database that step opened.
STEPS: tuple[type[Step], ...] = (DatabaseStep, SiteStep, ClerkNameStep)


class FirstStartWizard(QWizard):
    def __init__(self, state: FirstStart, steps: tuple[type[Step], ...] = STEPS, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstStart")
        self.setWindowTitle(self.tr("Secretariat"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, QApplication.windowIcon().pixmap(48, 48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.state = state
        self.steps: list[Step] = [step(state) for step in steps]
        for number, page in enumerate(self.steps):
            self.setPage(number, page)
        self.setMinimumWidth(620)

    def nextId(self) -> int:
        """The next step that is wanted, asked when the clerk gets there (it may depend on the database)."""
        for number in range(self.currentId() + 1, len(self.steps)):
            if self.steps[number].wanted():
                return number
        return -1

    def accept(self) -> None:
        for number in self.visitedIds():
            self.steps[number].keep()
        super().accept()


def needed(where: Settings) -> bool:
    """A first start: the default database file is not there and no shared server is chosen."""
    return server_at_start() is None and where.sqlite_path is not None and not where.sqlite_path.exists()


def run(state: FirstStart) -> bootstrap.App | None:
    """Ask the first start's questions; the database chosen, or None when the clerk cancelled."""
    wizard = FirstStartWizard(state)
    if wizard.exec() == QWizard.DialogCode.Accepted:
        return state.app
    if state.app is not None:
        state.app.close()
    return None


def server_at_start() -> ServerAddress | None:
    """The shared server every start opens, if one was chosen at the first start."""
    return remembered_server() if QSettings().value(AT_START_KEY) == "server" else None


def open_server(address: ServerAddress, where: Settings) -> bootstrap.App | None:
    """Open the server chosen at the first start: the password from the keyring, else the clerk types
    it in File → Open database's window, which also offers another database when the server cannot be
    reached. None when the clerk gives up."""
    password = stored_password(address)
    chosen = Settings(address.url(password), address.user) if password else ask_database(where.user)
    while chosen is not None:
        try:
            return opening.open_database(dataclasses.replace(chosen, names=where.names))
        except SecretariatError as exc:
            QMessageBox.critical(None, QApplication.translate("App", "Secretariat"),
                                 QApplication.translate("App", "The database cannot be opened:\n\n{error}")
                                 .format(error=exc))
            chosen = ask_database(where.user)
    return None
