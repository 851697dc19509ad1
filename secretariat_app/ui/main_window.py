"""The clerk's workspace: a sidebar of sections (dashboard, lists, people, trash), a tabbed document
area (the section first, then one tab per open record), standard menus, a toolbar and a status bar.

Every change goes through the core's services; the window only asks and shows. Long work (import,
export, backup, restore, opening a database) runs on a worker behind a progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from ..errors import SecretariatError
from ..services.changes import Change
from . import file_tasks, labels, office_tasks, workers
from .about_dialog import show_about
from .clerk_name import who
from .context import UiContext
from .dialogs import ShortcutsDialog, ask
from .editor_host import EditorTabs
from .errors import show_error
from .fact_text import change_text
from .formatting import LANGUAGE_NAMES
from .opening import OpeningInBackground, OpeningPage
from .operations import operation
from .search_slot import SearchSlot
from .widgets import names as kind_names

if TYPE_CHECKING:  # the sections' views read the database: imported when the first is made
    from .list_view import RecordListView

SECTIONS = ("dashboard", "team", "agreement", "meeting", "visit", "people", "template", "commitments", "trash")
LIST_SECTIONS = ("team", "agreement", "meeting", "visit", "template")
NEW_KINDS = ("team", "agreement", "meeting", "visit", "person", "organization", "template")
PRINTABLE = ("agreement", "meeting", "visit")
STATUS_MS = 6000
TRASH_NAMES_SHOWN = 10  # a question naming more would not fit on the screen


class MainWindow(QMainWindow):
    section_changed = Signal(str)

    def __init__(self, ctx: UiContext, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.setObjectName("mainWindow")
        self.views: dict[str, QWidget] = {}
        self.section = ""
        self.tasks = file_tasks.FileTasks(self)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(1)
        self.sidebar.setMinimumWidth(170)
        self.sidebar.setMaximumWidth(260)
        for key in SECTIONS:
            item = QListWidgetItem(self._section_icon(key), self.section_name(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 34))
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(lambda row: self.show_section(SECTIONS[row]) if row >= 0 else None)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("sections")
        self.tabs = EditorTabs(ctx, self.stack, self)
        self.tabs.record_saved.connect(self._on_saved)
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())
        self.tabs.editors_changed.connect(self._update_actions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([190, 1100])
        self.setCentralWidget(self.splitter)

        self.search = SearchSlot(ctx, self)
        self.search.open_requested.connect(self.open_record)
        self.search.hit_opened.connect(self.show_hit)
        ctx.file_read.connect(self._file_read)
        self._said_no_ocr = False
        self.search.filter_requested.connect(self.filter_lists)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.calendar_feed = office_tasks.CalendarFeed(ctx, settings, self)
        self.calendar_feed.failed.connect(lambda text: self.show_message(
            self.tr("The calendar file was not updated: %1").replace("%1", text)))
        ctx.changed.connect(lambda _change: self._update_actions())
        ctx.undo_state_changed.connect(self._update_undo)
        self._update_title()
        self.opening_page: OpeningPage | None = None
        self.opening: OpeningInBackground | None = None  # the start-up's worker opening the database
        if not ctx.is_open:  # drawn now; the sections are made when the worker has opened the database
            self.opening_page = OpeningPage(ctx.settings.display_name, self.stack)
            self.stack.addWidget(self.opening_page)
            ctx.opened.connect(self._database_opened)
        self._restore_window()
        self._update_undo()
        self._update_actions()
        if ctx.is_open:
            self.calendar_feed.update_soon()  # colleagues may have saved since the last time

    # --- building ------------------------------------------------------------------------------------

    def section_name(self, key: str) -> str:
        names = {
            "dashboard": self.tr("Dashboard"),
            "team": self.tr("Teams"),
            "agreement": self.tr("Agreements"),
            "meeting": self.tr("Meetings"),
            "visit": self.tr("Visits"),
            "people": self.tr("People & Organizations"),
            "template": self.tr("Meeting templates"),
            "commitments": self.tr("Commitments"),
            "trash": self.tr("Trash"),
        }
        return names[key]

    def _section_icon(self, key: str) -> QIcon:
        pixmaps = {
            "dashboard": QStyle.StandardPixmap.SP_DesktopIcon,
            "team": QStyle.StandardPixmap.SP_DirHomeIcon,
            "agreement": QStyle.StandardPixmap.SP_FileDialogDetailedView,
            "meeting": QStyle.StandardPixmap.SP_FileDialogListView,
            "visit": QStyle.StandardPixmap.SP_DriveNetIcon,
            "people": QStyle.StandardPixmap.SP_DirIcon,
            "template": QStyle.StandardPixmap.SP_FileDialogContentsView,
            "commitments": QStyle.StandardPixmap.SP_DialogApplyButton,
            "trash": QStyle.StandardPixmap.SP_TrashIcon,
        }
        return self.style().standardIcon(pixmaps[key])

    def _action(self, name: str, text: str, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None,
                icon: QStyle.StandardPixmap | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work while the menu bar is hidden, too
        return action

    def _build_actions(self) -> None:
        SP = QStyle.StandardPixmap
        Key = QKeySequence.StandardKey
        self.new_actions = {
            kind: self._action(f"new-{kind}", labels.kind_name(kind) + "…", lambda k=kind: self.new_record(k))
            for kind in NEW_KINDS
        }
        self.act_new = self._action("new", self.tr("&New record"), self.new_record_here, Key.New, SP.SP_FileIcon,
                                    self.tr("A new record of the kind shown (Ctrl+N)"))
        self.act_new_from = self._action("new-meeting-from", self.tr("New &meeting from…"), self.new_meeting_from,
                                         "Ctrl+Shift+N", None,
                                         self.tr("The next meeting from the meeting in view (or the one chosen in "
                                                 "the list), or from a template"))
        # The editors save on Ctrl+S themselves; the menu shows the key but leaves it to them (one owner).
        self.act_save = self._action("save", self.tr("&Save"), self.save_current, None, SP.SP_DialogSaveButton)
        self.act_save.setShortcut(QKeySequence(Key.Save))
        self.act_save.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.removeAction(self.act_save)
        self.act_close_tab = self._action("close-tab", self.tr("&Close tab"), self.tabs.close_current, Key.Close)
        self.act_import = self._action("import", self.tr("&Import…"), self.tasks.import_file, None, SP.SP_ArrowDown,
                                       self.tr("Add or update records from an exchange file (.json or .zip)"))
        self.act_export = self._action("export", self.tr("&Export…"), self.tasks.export_file, None, SP.SP_ArrowUp,
                                       self.tr("Write every record to an exchange file"))
        self.act_package = self._action("send-package", self.tr("Package for the &counterpart…"),
                                        self.tasks.export_package, None, None,
                                        self.tr("Write what the counterpart secretariat does not have yet (signed)"))
        self.act_conflicts = self._action("conflicts", self.tr("Changed on &both sides…"), self.open_merge_view,
                                          None, None, self.tr("Compare and settle records changed here and at "
                                                              "the counterpart"))
        self.act_calendar = self._action("export-calendar", self.tr("Export calen&dar…"), self.export_calendar, None,
                                         None, self.tr("Meetings, visits, due dates and expiry dates as a "
                                                       "calendar file (.ics)"))
        self.act_export_list = self._action("export-list", self.tr("Export &list…"), self.export_current_list, None,
                                            None, self.tr("The list as it stands (filter, status, order) as a "
                                                          "spreadsheet (.xlsx)"))
        self.report_actions = {name: self._action(f"report-{name}", text + "…", lambda n=name: self.export_report(n))
                               for name, text in office_tasks.report_names().items()}
        self.act_import_contacts = self._action("import-contacts", self.tr("Import con&tacts…"), self.import_contacts,
                                                None, None, self.tr("People and organizations from a spreadsheet "
                                                                    "or CSV file"))
        self.act_backup = self._action("backup", self.tr("&Backup…"), self.tasks.backup)
        self.act_restore = self._action("restore", self.tr("&Restore from backup…"), self.tasks.restore)
        self.act_open_db = self._action("open-database", self.tr("&Open database…"), self.tasks.open_database,
                                        Key.Open, SP.SP_DirOpenIcon)
        self.act_print = self._action("print", self.tr("&Print…"), self.print_current, Key.Print, None,
                                      self.tr("Print the current record (briefing pack or minutes)"))
        self.act_quit = self._action("quit", self.tr("&Quit"), self.close, Key.Quit)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_preferences = self._action("preferences", self.tr("&Preferences…"), self.edit_preferences,
                                            QKeySequence.StandardKey.Preferences)
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.act_undo = self._action("undo", self.tr("&Undo"), self.undo, Key.Undo, SP.SP_ArrowBack)
        self.act_redo = self._action("redo", self.tr("&Redo"), self.redo, "Ctrl+Shift+Z", SP.SP_ArrowForward)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # Delete acts on the lists and the trash only: in an editor it must stay the text's own key.
        self.act_delete = self._action("delete", self.tr("&Move to trash"), self.delete_selected, Key.Delete,
                                       SP.SP_TrashIcon)
        self.removeAction(self.act_delete)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.stack.addAction(self.act_delete)
        self.act_find = self._action("find", self.tr("&Filter list"), self.focus_filter, Key.Find)
        self.act_search = self._action("search", self.tr("&Search records"), self.search.focus, "Ctrl+K")

        self.section_actions: dict[str, QAction] = {}
        for i, key in enumerate(SECTIONS, 1):
            action = self._action(f"section-{key}", self.section_name(key), lambda k=key: self.show_section(k),
                                  f"Ctrl+{i}")
            action.setCheckable(True)
            self.section_actions[key] = action
        self.section_group = QActionGroup(self)
        for action in self.section_actions.values():
            self.section_group.addAction(action)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in ("ko", "zh", "en"):
            action = self._action(f"lang-{lang}", LANGUAGE_NAMES[lang], lambda code=lang: self.set_language(code))
            action.setCheckable(True)
            action.setChecked(lang == self.ctx.lang)
            self.language_group.addAction(action)
            self.language_actions[lang] = action
        self.act_refresh = self._action("refresh", self.tr("Re&fresh"), self.refresh, Key.Refresh, SP.SP_BrowserReload)
        self.act_next_tab = self._action("next-tab", self.tr("Next tab"), lambda: self._step_tab(1), "Ctrl+PgDown")
        self.act_prev_tab = self._action("previous-tab", self.tr("Previous tab"), lambda: self._step_tab(-1),
                                         "Ctrl+PgUp")
        self.act_shortcuts = self._action("shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                                          Key.HelpContents)
        self.act_about = self._action("about", self.tr("&About Secretariat"), self.about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_menu = QMenu(self.tr("New"), self)
        self.new_menu.setObjectName("newMenu")
        for action in self.new_actions.values():
            self.new_menu.addAction(action)
        file_menu.addAction(self.act_new)
        file_menu.addMenu(self.new_menu)
        file_menu.addAction(self.act_new_from)
        file_menu.addAction(self.act_save)
        file_menu.addAction(self.act_close_tab)
        file_menu.addSeparator()
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_export)
        file_menu.addAction(self.act_package)
        file_menu.addAction(self.act_conflicts)
        file_menu.addAction(self.act_import_contacts)
        file_menu.addSeparator()
        file_menu.addAction(self.act_calendar)
        file_menu.addAction(self.act_export_list)
        self.reports_menu = file_menu.addMenu(self.tr("Spre&adsheet reports"))
        self.reports_menu.setObjectName("reportsMenu")
        for action in self.report_actions.values():
            self.reports_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.act_backup)
        file_menu.addAction(self.act_restore)
        file_menu.addAction(self.act_open_db)
        file_menu.addSeparator()
        file_menu.addAction(self.act_print)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_delete)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_find)
        edit_menu.addAction(self.act_search)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_preferences)

        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.section_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("Record &language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)
        view_menu.addSeparator()
        self.act_show_sidebar = view_menu.addAction(self.tr("Sidebar"))
        self.act_show_sidebar.setCheckable(True)
        self.act_show_sidebar.setChecked(True)
        self.act_show_sidebar.toggled.connect(self.sidebar.setVisible)
        self.view_menu = view_menu
        view_menu.addSeparator()
        view_menu.addAction(self.act_next_tab)
        view_menu.addAction(self.act_prev_tab)
        view_menu.addAction(self.act_refresh)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_shortcuts)
        help_menu.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(18, 18))
        self.act_new.setMenu(self.new_menu)
        toolbar.addAction(self.act_new)
        toolbar.addAction(self.act_save)
        toolbar.addSeparator()
        toolbar.addAction(self.act_undo)
        toolbar.addAction(self.act_redo)
        toolbar.addAction(self.act_delete)
        toolbar.addSeparator()
        toolbar.addAction(self.act_print)
        toolbar.addAction(self.act_refresh)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search.add_to(toolbar)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.view_menu.insertAction(self.act_show_sidebar, toolbar.toggleViewAction())
        if self.search.dock is not None:
            self.view_menu.insertAction(self.act_show_sidebar, self.search.dock.toggleViewAction())

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        self.database_label = QLabel(self)
        self.database_label.setObjectName("databaseLabel")
        self.language_label = QLabel(self)
        status.addPermanentWidget(self.language_label)
        status.addPermanentWidget(self.database_label)
        self._update_status_labels()

    # --- sections --------------------------------------------------------------------------------------

    def view(self, key: str) -> QWidget:
        """The section's view, made when first shown (start-up builds only the first one)."""
        if key not in self.views:
            # The views read the database: their modules load with the first of them, not with the window.
            from .dashboard import DashboardView
            from .list_view import RecordListView
            from .people_view import PeopleOrganizationsView
            from .trash_view import TrashView

            view: QWidget
            if key == "dashboard":
                view = DashboardView(self.ctx, parent=self.stack)
                view.merge_requested.connect(self.open_merge_view)
            elif key in LIST_SECTIONS:
                view = RecordListView(self.ctx, key, self.settings, self.stack)
                view.new_requested.connect(self.new_record)
                view.selection_changed.connect(self._update_actions)
            elif key == "people":
                view = PeopleOrganizationsView(self.ctx, self.settings, self.stack)
                view.restore_state()
                view.new_requested.connect(self.new_record)
                view.people.selection_changed.connect(self._update_actions)
            elif key == "commitments":
                from .commitments_view import CommitmentsView  # the first window needs none of the register

                view = CommitmentsView(self.ctx, self.stack)
                view.report_requested.connect(self.print_progress)
            else:
                view = TrashView(self.ctx, self.stack)
                view.status_message.connect(self.show_message)
            view.open_requested.connect(self.open_record)  # type: ignore[attr-defined]
            self.stack.addWidget(view)
            self.views[key] = view
        return self.views[key]

    def show_section(self, key: str) -> None:
        self.section = key
        if self.opening_page is not None:  # shown once the database is open
            self.stack.setCurrentWidget(self.opening_page)
        else:
            self.stack.setCurrentWidget(self.view(key))
        self.tabs.setTabText(0, self.section_name(key).replace("&", "&&"))  # "&" is not a mnemonic here
        self.tabs.setCurrentIndex(0)
        row = SECTIONS.index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)
        self.section_actions[key].setChecked(True)
        self._update_actions()
        self.section_changed.emit(key)

    def current_list(self) -> RecordListView | None:
        """The list shown on the browsing page, if any (the people list in People & Organizations)."""
        if self.tabs.current_editor() is not None:
            return None
        view = self.views.get(self.section)
        if view is None:
            return None
        from .list_view import RecordListView
        from .people_view import PeopleOrganizationsView

        if isinstance(view, RecordListView):
            return view
        if isinstance(view, PeopleOrganizationsView):
            return view.people
        return None

    # --- records -----------------------------------------------------------------------------------------

    def open_record(self, kind: str, record_id: str, part: str = "") -> Any | None:
        editor = self.tabs.open_record(kind, record_id, part)
        self._update_actions()
        return editor

    def show_hit(self, result: Any) -> None:
        """A search result just opened: an editor that can show where in a file the words are does."""
        editor = self.tabs.find(result.record.kind, result.record.id)
        if editor is not None and hasattr(editor, "show_hit") and result.part and result.snippet is not None:
            editor.show_hit(result.part, result.page, result.snippet.text, result.snippet.highlights)

    def _file_read(self, _sha: str, reason: str) -> None:
        """A scan could not be read because Tesseract is missing: said once, the other files are read."""
        if reason == "no_ocr" and not self._said_no_ocr:
            self._said_no_ocr = True
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Scans are not searchable"), self.tr(
                "Tesseract OCR is not installed on this computer, so the words of scanned files (signed copies, "
                "images) are not found by search. The other files are read as usual.\n\nInstall tesseract-ocr "
                "with its Korean and Chinese languages (on Debian or Ubuntu: tesseract-ocr-kor, "
                "tesseract-ocr-chi-sim, tesseract-ocr-chi-tra); the scans are then read by themselves."), parent=self)
            box.setWindowModality(Qt.WindowModality.NonModal)  # said, not asked: the clerk goes on working
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.show()

    def new_record(self, kind: str) -> Any | None:
        editor = self.tabs.new_record(kind)
        self._update_actions()
        return editor

    def new_record_here(self) -> None:
        """Ctrl+N: a record of the kind in view; elsewhere, the clerk picks the kind."""
        editor = self.tabs.current_editor()
        kind = editor.kind if editor is not None else {"people": "person"}.get(self.section, self.section)
        if kind in NEW_KINDS:
            self.new_record(kind)
        else:
            self.new_menu.popup(self.mapToGlobal(self.tabs.geometry().topLeft()))

    def new_meeting_from(self) -> None:
        """Ctrl+Shift+N: a new meeting from the meeting (or template) in view or chosen in its list."""
        from .meeting_dialogs import new_meeting_from

        editor = self.tabs.current_editor()
        source = {"meeting": None, "template": None}
        if editor is not None and editor.kind in source:
            source[editor.kind] = editor.record_id
        elif editor is None and self.section in source:
            view = self.current_list()
            chosen = view.selected_ids() if view is not None else []
            source[self.section] = chosen[0] if chosen else None
        new_meeting_from(self, self.ctx, source["meeting"], self.open_record, source["template"])

    def save_current(self) -> None:
        editor = self.tabs.current_editor()
        if editor is not None:
            editor.save()

    def delete_selected(self) -> None:
        """Move the records selected in the current list (or the current editor's record) to the trash."""
        if self.section == "trash" and self.tabs.current_editor() is None:
            self.views["trash"].purge_selected()  # type: ignore[attr-defined]
            return
        editor = self.tabs.current_editor()
        if editor is not None:
            items = [(editor.kind, editor.record_id)] if editor.record_id else []
        else:
            view = self.current_list()
            items = [(view.kind, rid) for rid in view.selected_ids()] if view is not None else []
        if not items or not self._trash_asked(items):
            return
        operation(lambda: self.ctx.records.delete(items, initiator=self), self,
                  lambda change: self.show_message(self.tr("Moved to the trash: %1. Undo with Ctrl+Z.")
                                                   .replace("%1", change_text(change, self.ctx.lang))),
                  lambda exc: show_error(self, exc, self.tr("Not moved to the trash")))

    def _trash_asked(self, items: list[tuple[str, str]]) -> bool:
        """Ask before anything goes to the trash, naming what goes (a Delete key can be pressed by mistake)."""
        lookup = self.ctx.app.lookup()
        shown = [f"{kind_names.kind_name(kind)} “{c.label if c else rid}”"
                 for kind, rid in items[:TRASH_NAMES_SHOWN]
                 for c in [lookup.choice(kind, rid, self.ctx.lang)]]
        if len(items) == 1:
            text = self.tr("Move %1 to the trash?").replace("%1", shown[0])
        else:
            text = self.tr("Move these %n record(s) to the trash?", "", len(items)) + "\n\n" + "\n".join(shown)
            if len(items) > len(shown):
                text += "\n" + self.tr("…and %n more", "", len(items) - len(shown))
        text += "\n\n" + self.tr("You can restore them from the trash, or undo with Ctrl+Z.")
        yes, cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel
        return ask(self, self.tr("Move to trash"), text, yes | cancel, yes) == yes

    def undo(self) -> None:
        self._undo_redo(self.ctx.records.undo, self.ctx.records.next_undo, self.tr("Undone: %1"),
                        self.tr("Cannot undo"))

    def redo(self) -> None:
        self._undo_redo(self.ctx.records.redo, self.ctx.records.next_redo, self.tr("Redone: %1"),
                        self.tr("Cannot redo"))

    def _undo_redo(self, step: Callable[..., Change], offered: Change | None, message: str, refused: str) -> None:
        # Off the UI thread like any write. It takes back what the menu offered when the clerk clicked, or
        # nothing (a save still on its way when Ctrl+Z was pressed is not undone in its place).
        if offered is None:
            return
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)

        def done(change: Change) -> None:
            self._update_undo()  # the core moves the change between its stacks after telling the listeners
            self.show_message(message.replace("%1", change_text(change, self.ctx.lang)))
            subject = change.subject or change
            if subject.count == 1:  # show the clerk the record that changed back, wherever it is
                kind, record_id = next(iter(subject.records))
                self.open_record(kind, record_id)

        def failed(exc: BaseException) -> None:
            self._update_undo()
            show_error(self, exc, refused)

        operation(lambda: step(initiator=self, expected=offered), self, done, failed)

    def print_current(self) -> None:
        """Ctrl+P: an agreement's summary sheet, a meeting's agenda or minutes, a visit's briefing pack."""
        if self.tabs.current_editor() is None and self.section == "commitments":
            self.views["commitments"].request_report()  # type: ignore[attr-defined]
            return
        target = self._current_record()
        if target is None or target[0] not in PRINTABLE:
            self.show_message(self.tr("Open or select an agreement, a meeting or a visit to print it."))
            return
        kind, record_id = target
        if kind != "meeting":
            self.print_document("pack" if kind == "visit" else "agreement", record_id)
            return
        menu = QMenu(self)
        menu.setObjectName("printMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        menu.addAction(self.tr("Agenda"), lambda: self.print_document("agenda", record_id))
        minutes = menu.addAction(self.tr("Minutes"), lambda: self.print_document("minutes", record_id))
        try:
            minutes.setEnabled(self.ctx.records.get("meeting", record_id).doc.get("minutes") is not None)
        except SecretariatError:
            minutes.setEnabled(False)
        menu.popup(self.mapToGlobal(self.tabs.geometry().topLeft()))
        self.print_menu = menu

    def print_document(self, document: str, record_id: str) -> Any | None:
        """Open the print preview of one document ("agenda", "minutes", "agreement", or a visit's "pack")."""
        try:
            from .briefing_dialog import open_briefing_dialog, open_print_preview
        except ImportError:
            show_error(self, SecretariatError(self.tr("Printing is not available in this version.")))
            return None
        if document == "pack":
            return open_briefing_dialog(self.ctx, record_id, self)
        return open_print_preview(self.ctx, document, record_id, self)

    def print_progress(self, since: str) -> Any | None:
        """The progress report on the commitments since a general conference (its meeting id)."""
        try:
            from .briefing_dialog import open_progress_report
        except ImportError:
            show_error(self, SecretariatError(self.tr("Printing is not available in this version.")))
            return None
        return open_progress_report(self.ctx, since, self)

    def _current_record(self) -> tuple[str, str] | None:
        editor = self.tabs.current_editor()
        if editor is not None:
            return (editor.kind, editor.record_id) if editor.record_id else None
        view = self.current_list()
        if view is not None and view.current_id():
            return view.kind, view.current_id()  # type: ignore[return-value]
        return None

    # --- the office's formats ----------------------------------------------------------------------------

    def export_calendar(self) -> Any:
        return office_tasks.export_calendar(self, self.ctx)

    def export_current_list(self) -> Any:
        view = self.current_list()
        if view is None:
            self.show_message(self.tr("Show a list (agreements, meetings, visits, teams or people) to export it."))
            return None
        name = labels.kind_plural(view.kind).lower().replace(" ", "-")
        return office_tasks.export_list(self, self.ctx, view.model.query, name)

    def export_report(self, report: str) -> Any:
        record_id = None
        if report == "attendance":
            current = self._current_record()
            if current is None or current[0] != "meeting":
                self.show_message(self.tr("Open or select a meeting for its attendance."))
                return None
            record_id = current[1]
        return office_tasks.export_report(self, self.ctx, report, record_id)

    def import_contacts(self) -> Any:
        from .contact_import import open_contact_import

        return open_contact_import(self.ctx, self.settings, self)

    def focus_filter(self) -> None:
        if self.tabs.current_editor() is not None or self.current_list() is None:
            if self.section not in LIST_SECTIONS and self.section != "people":
                self.show_section("agreement" if self.section in ("dashboard", "trash", "") else self.section)
            self.tabs.setCurrentIndex(0)
        from .list_view import RecordListView
        from .people_view import PeopleOrganizationsView

        view = self.views.get(self.section)
        if isinstance(view, RecordListView | PeopleOrganizationsView):
            view.focus_filter()

    def filter_lists(self, text: str) -> None:
        """Show the list in view (or the agreements) filtered by ``text``."""
        if self.current_list() is None:
            self.show_section(self.section if self.section in LIST_SECTIONS else "agreement")
        view = self.current_list()
        if view is not None:
            view.filter.setText(text)
            view.filter_now()
            view.table.setFocus()

    def refresh(self) -> None:
        self.ctx.refresh_all()
        self.show_message(self.tr("Refreshed."))

    def set_language(self, lang: str) -> None:
        self.ctx.lang = lang
        self.language_actions[lang].setChecked(True)
        self.settings.setValue("view/lang", lang)
        from .startup import apply_record_font

        apply_record_font(lang)
        for index in range(self.tabs.count()):  # the tab bar keeps sizes measured in the old font
            self.tabs.setTabText(index, self.tabs.tabText(index))
        self._update_status_labels()
        self.ctx.refresh_all()

    def open_merge_view(self) -> None:
        """The records changed on both sides, side by side (one window, raised if it is open)."""
        from .merge_view import MergeView

        view = getattr(self, "merge_view", None)
        if view is None:
            view = self.merge_view = MergeView(self.ctx, self)
            view.settled.connect(self.show_message)
            view.finished.connect(lambda _result: setattr(self, "merge_view", None))
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        view.show()
        view.raise_()
        view.activateWindow()

    def edit_preferences(self) -> None:
        from .preferences_dialog import edit_preferences

        edit_preferences(self, self.settings, self.ctx.lang, names_changed=self.clerk_names_changed)
        self.calendar_feed.update_soon()  # a new calendar file is written at once

    def clerk_names_changed(self, names: dict[str, str]) -> None:
        """The clerk set another display name (Preferences, or the first-start question): the saves
        from now on carry it; what was saved before keeps the name it was saved with."""
        self.ctx.app.set_clerk_names(names)
        self._update_status_labels()

    def _step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    # --- state of actions and labels -------------------------------------------------------------------

    def _update_undo(self) -> None:
        next_undo, next_redo = (self.ctx.records.next_undo, self.ctx.records.next_redo) if self.ctx.is_open \
            else (None, None)
        undo = change_text(next_undo, self.ctx.lang) if next_undo is not None else None
        redo = change_text(next_redo, self.ctx.lang) if next_redo is not None else None
        self.act_undo.setEnabled(undo is not None)
        self.act_undo.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.act_undo.setToolTip(self.act_undo.text().replace("&", "") + " (Ctrl+Z)")
        self.act_redo.setEnabled(redo is not None)
        self.act_redo.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))
        self.act_redo.setToolTip(self.act_redo.text().replace("&", "") + " (Ctrl+Shift+Z)")

    def _update_actions(self) -> None:
        editor = self.tabs.current_editor()
        view = self.current_list()
        self.act_save.setEnabled(editor is not None)
        self.act_close_tab.setEnabled(editor is not None)
        if editor is not None:
            self.act_delete.setEnabled(bool(editor.record_id))
        elif self.section == "trash":
            self.act_delete.setEnabled(True)
        else:
            self.act_delete.setEnabled(view is not None and bool(view.selected_ids()))
        current = self._current_record()
        self.act_print.setEnabled(current is not None and current[0] in PRINTABLE
                                  or editor is None and self.section == "commitments")
        self.act_export_list.setEnabled(view is not None)
        self.report_actions["attendance"].setEnabled(current is not None and current[0] == "meeting")
        sqlite = self.ctx.settings.sqlite_path is not None
        self.act_backup.setEnabled(sqlite)
        self.act_restore.setEnabled(sqlite)
        if not self.ctx.is_open:  # still opening: what reads or writes records waits for it
            for action in self._database_actions():
                action.setEnabled(False)
        elif self.ctx.app.read_only:  # search, print, export and back up; change nothing
            for action in (self.act_new, self.act_save, self.act_delete, self.act_import, self.act_restore,
                           self.act_undo, self.act_redo, self.act_import_contacts):
                action.setEnabled(False)

    def _database_actions(self) -> list[QAction]:
        """Every action that reads or writes the database (all but quitting, the view, help)."""
        actions = [self.act_new, *self.new_actions.values(), self.act_save, self.act_import, self.act_export,
                   self.act_package, self.act_conflicts, self.act_calendar, self.act_export_list,
                   *self.report_actions.values(), self.act_import_contacts, self.act_backup, self.act_restore,
                   self.act_open_db, self.act_print, self.act_preferences, self.act_undo, self.act_redo,
                   self.act_delete, self.act_find, self.act_search, self.act_refresh]
        if self.search.dock is not None:
            actions.append(self.search.dock.toggleViewAction())
        return actions

    def _update_title(self) -> None:
        # The file alone: Qt adds the application's display name ("council.sqlite3 — Secretariat"); our own
        # "Secretariat — " made it "Secretariat — council.sqlite3 — Secretariat".
        self.setWindowTitle(self.ctx.settings.display_name)

    def _update_status_labels(self) -> None:
        settings = self.ctx.settings
        clerk = who(None, settings.names)
        self.database_label.setText(f"{settings.display_name} · {clerk} ({settings.user})" if clerk
                                    else f"{settings.display_name} · {settings.user}")
        if self.ctx.is_open and self.ctx.app.read_only:
            self.database_label.setText(self.tr("Read-only: %1").replace("%1", self.database_label.text()))
            self.database_label.setToolTip(self.tr("This database cannot be written here (%1): you may search, "
                                                   "print, export and back it up; nothing can be changed.")
                                           .replace("%1", self.ctx.app.read_only))
            return
        self.database_label.setToolTip(self.tr("Database: %1").replace("%1", settings.database_url.split("@")[-1]))
        self.language_label.setText(self.tr("Records in %1").replace("%1", LANGUAGE_NAMES[self.ctx.lang]))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def _on_saved(self, change: Change) -> None:
        self._update_actions()

    def _database_opened(self) -> None:
        """The worker opened the database the window was drawn without: the sections fill in."""
        if self.opening_page is None:
            return
        page, self.opening_page = self.opening_page, None
        for action in self._database_actions():  # as a window made on an open database has them
            action.setEnabled(True)
        self.show_section(self.section or "dashboard")
        self.stack.removeWidget(page)
        page.deleteLater()
        self.database_switched()  # and what this database allows (read-only, a server, undo)
        self.calendar_feed.update_soon()  # colleagues may have saved since the last time

    def database_switched(self) -> None:
        """The context now holds another database (opened or restored): show its records."""
        self._update_title()
        self._update_status_labels()
        self._update_undo()  # the views heard of the new content from the context (a "replace" change)
        self._update_actions()

    # --- dialogs -----------------------------------------------------------------------------------------

    def show_shortcuts(self) -> ShortcutsDialog:
        groups = [
            (self.tr("File"), [self.act_new, self.act_save, self.act_close_tab, self.act_open_db, self.act_print,
                               self.act_quit]),
            (self.tr("Edit"), [self.act_undo, self.act_redo, self.act_delete, self.act_find, self.act_search]),
            (self.tr("View"), [*self.section_actions.values(), self.act_next_tab, self.act_prev_tab,
                               self.act_refresh]),
            (self.tr("Help"), [self.act_shortcuts]),
        ]
        dialog = ShortcutsDialog(groups, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    def about(self) -> None:
        show_about(self, self.ctx.settings.display_name)

    # --- remembered between runs -----------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        sidebar = self.settings.value("window/sidebar", True)
        self.act_show_sidebar.setChecked(sidebar not in (False, "false"))
        section = str(self.settings.value("window/section", "dashboard"))
        self.show_section(section if section in SECTIONS else "dashboard")

    def save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/sidebar", self.act_show_sidebar.isChecked())
        self.settings.setValue("window/section", self.section or "dashboard")
        for view in self.views.values():
            if hasattr(view, "save_state"):
                view.save_state()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tasks.busy:  # asked first: the tabs stay as they are
            self.show_message(self.tr("Wait for the work in progress to finish (or cancel it) before quitting."))
            event.ignore()
            return
        if not self.tabs.close_all():
            event.ignore()
            return
        self.save_window_state()
        workers.wait_for_all(10_000)
        event.accept()
