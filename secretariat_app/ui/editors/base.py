"""What every record editor does: load a document, edit a copy, show the rules' problems next to the
fields (a field's once the clerk has left it, all of them once Save is pressed), save as one unit of work, refuse to overwrite someone else's save, and
follow changes made elsewhere (another editor, undo, the trash).

Editors never touch ORM objects: they speak documents with :class:`~secretariat_app.services.records.Records`.
A subclass builds its tabs of :class:`FieldForm` s in :meth:`RecordEditor.build`.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.documents import Doc
from ...domain.langmap import LangMap, pick
from ...errors import ConflictError, NotFoundError, Problem, SecretariatError, ValidationError
from ...services.changes import Change
from ...services.lookup import Choice
from ...services.records import Loaded, title_of
from ...services.references import references_of
from ..clerk_name import who
from ..context import UiContext
from ..errors import show_error
from ..fact_text import problem_line, problem_message
from ..operations import operation, wait
from ..widgets import names
from ..widgets.form import FieldForm, MessageLine, holds, rest_of, reveal
from ..widgets.parts import PartsEditor
from ..workers import Task
from .history import HistoryView, format_moment, plain

VALIDATE_PAUSE_MS = 350
PLACEHOLDER_ID = "new-record"  # stands in for an id not chosen yet, while the rules check the rest


class Banner(QFrame):
    """A strip above the tabs for what the clerk must know now: a conflict, the trash, a locked part."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Banner { background: #fff4ce; border: 1px solid #e0c46c; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(self.buttons)
        self.setVisible(False)

    def show_message(self, text: str, actions: list[tuple[str, str, Any]] = ()) -> None:  # type: ignore[assignment]
        """``actions``: (object name, caption, slot) for the banner's buttons."""
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.text.setText(text)
        for name, caption, slot in actions:
            button = QPushButton(caption)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.buttons.addWidget(button)
        self.setVisible(True)

    def clear(self) -> None:
        self.setVisible(False)
        self.text.clear()

    def button(self, name: str) -> QPushButton | None:
        return self.findChild(QPushButton, name)


class RecordEditor(QWidget):
    """The editor of one record of one kind (``record_id`` None: a new record)."""

    saved = Signal(object)  # the services' Change
    title_changed = Signal(str)
    open_record = Signal(str, str)  # kind, id: the clerk asked to open a linked record

    def __init__(self, kind: str, ctx: UiContext, record_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind, self.ctx, self.record_id = kind, ctx, record_id
        self.records = ctx.records
        self.lang = ctx.lang
        self.lookup = ctx.app.lookup()
        self.forms: list[FieldForm] = []
        self._tab_keys: dict[str, QWidget] = {}
        self._loaded: Loaded | None = None
        self._doc: Doc = {}
        self._baseline: Doc = {}
        self._read_only_reason: str | None = None
        self._saving = False
        self._pending: Task | None = None
        self.last_save_ok = False
        self._filling = False
        self._last_title = ""

        self.banner = Banner()
        from ..widgets.elided import ElidedLabel  # here: the import block above is often edited

        self.heading = ElidedLabel(lines=2)  # a 500-character name: two lines, "…", the whole in the tooltip
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        self.meta.setStyleSheet("color: palette(mid);")
        self.tabs = QTabWidget()
        self.tabs.currentChanged.connect(self._tab_shown)
        self.problems_label = MessageLine()  # problems no field shows (its line is always there)
        self._save_tried = False  # Save was pressed and refused: every problem shows, wherever it is
        style = self.style()
        self.save_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_DialogResetButton),
                                         self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Throw away your changes and show the saved record"))
        self.revert_button.clicked.connect(self.revert)
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(mid);")
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.save_button)
        self.button_row.addWidget(self.revert_button)
        self.extra_buttons = QHBoxLayout()
        self.button_row.addLayout(self.extra_buttons)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.status)

        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.meta, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems_label)

        self.build()
        self.history = HistoryView(self.records, kind, self.caption_of)
        self.add_tab("history", self.tr("History"), self.history)
        # Added last, so that Tab goes through the fields first, then Save and Revert.
        layout.addLayout(self.button_row)
        first = next((f.field(k) for f in self.forms for k in f.keys()), None)
        if first is not None:
            self.setFocusProxy(first)  # the main window focuses the editor: the cursor goes to the first field

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_PAUSE_MS)
        self._validate_timer.timeout.connect(self.validate_now)
        save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)
        ctx.changed.connect(self._on_changed)
        QApplication.instance().focusChanged.connect(self._focus_moved)
        self.reload()

    # --- for subclasses ----------------------------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def new_doc(self) -> Doc:
        """The document of a new record (before the clerk fills it in)."""
        raise NotImplementedError

    def after_fill(self, doc: Doc) -> None:
        """Called after the widgets show ``doc`` (for what depends on several fields)."""

    def adjust(self, doc: Doc) -> None:
        """Called on the collected document before it is compared, checked or saved."""

    def id_hint(self, doc: Doc) -> tuple[LangMap | None, str]:
        """The names and extra words a new id is made of."""
        return title_of(self.kind, doc), ""

    def add_form(self, form: FieldForm) -> FieldForm:
        self.forms.append(form)
        form.changed.connect(self._edited)
        return form

    def add_tab(self, key: str, title: str, page: QWidget) -> QWidget:
        self.tabs.addTab(page, title)
        self._tab_keys[key] = page
        return page

    def add_calendar_button(self, tip: str) -> QPushButton:
        """"Add to calendar…" beside Save: the saved record as a calendar file (meetings, visits)."""
        button = QPushButton(self.tr("Add to calendar…"))
        button.setObjectName("addToCalendar")
        button.setToolTip(tip)
        button.clicked.connect(self.add_to_calendar)
        self.extra_buttons.addWidget(button)
        return button

    def add_to_calendar(self) -> Task | None:
        from ..office_tasks import add_to_calendar

        if self.record_id is None or self.stored() is None:
            QMessageBox.information(self, self.tr("Add to calendar"),
                                    self.tr("Save it first: the calendar file is made from the saved record."))
            return None
        return add_to_calendar(self, self.ctx, self.kind, self.record_id)

    def set_read_only(self, read_only: bool) -> None:
        for form in self.forms:
            form.set_read_only(read_only)

    # --- the contract with the main window ---------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.collect() != self._baseline

    def maybe_close(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True if the editor may close."""
        if not self.is_dirty() or self._read_only_reason:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save your changes to %1?").replace("%1", self.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_and_wait()
        if answer == QMessageBox.StandardButton.Discard:
            self.reload()  # what stays on screen (if the window keeps the editor) is the saved record
            return True
        return False

    def save(self) -> Task | None:
        return self.save_doc(self.collect())

    def reload(self) -> None:
        """Show the record as stored now (or a new record), dropping unsaved changes."""
        self.banner.clear()
        if self.record_id is None:
            self._apply(None, self.new_doc())
            return
        try:
            loaded = self.records.get(self.kind, self.record_id, include_trash=True)
        except NotFoundError as exc:
            self._gone(str(exc))
            return
        self._apply(loaded, loaded.doc)

    def focus_part(self, part: str) -> None:
        """Show a tab (``"agenda"``, ``"minutes"``, ``"history"``…) or a field (``"expires_on"``,
        ``"minutes.actions[2]"``) and put the cursor there."""
        page = self._tab_keys.get(part)
        if page is not None:
            self.tabs.setCurrentWidget(page)
            page.setFocus()
            return
        found = self._field_for(part)
        if found is None:
            return
        form, key = found
        widget = form.field(key)
        reveal(widget)
        rest = rest_of(part, key) or ""
        if rest and hasattr(widget, "focus_sub"):
            widget.focus_sub(rest)

    def field(self, key: str) -> Any:
        """The widget bound to a document key (``"expires_on"``, ``"minutes"``), whatever tab it is on."""
        for form in self.forms:
            if key in form.bindings:
                return form.field(key)
        raise KeyError(key)

    def caption_of(self, key: str) -> str:
        """A field's label as the form shows it ("Signed on", not ``signed_on``); a whole page's title
        for a list that fills a page (the agenda, the minutes)."""
        for form in self.forms:
            binding = form.bindings.get(key)
            if binding is not None and binding.caption:
                return binding.caption
        page = self._tab_keys.get(key)
        if page is not None:
            return self.tabs.tabText(self.tabs.indexOf(page)).replace("&", "")
        return key

    def messages(self, key: str) -> str:
        """The rules' message shown under a field ("" when there is none)."""
        for form in self.forms:
            if key in form.bindings:
                return form.messages(key)
        raise KeyError(key)

    # --- values ------------------------------------------------------------------------------------

    def collect(self) -> Doc:
        doc = copy.deepcopy(self._doc)
        for form in self.forms:
            form.collect(doc)
        if self._loaded is not None:
            doc["id"] = self._loaded.doc["id"]
        self.adjust(doc)
        return doc

    def stored(self) -> Loaded | None:
        return self._loaded

    def display_name(self) -> str:
        doc = self.collect() if self.forms else self._doc
        text, _ = pick(title_of(self.kind, doc) if doc.get("name") or doc.get("title") else {}, self.lang)
        return text or (self.tr("New %1").replace("%1", names.kind_name(self.kind).lower()))

    def title(self) -> str:
        return f"{names.kind_name(self.kind)}: {self.display_name()}" + (" *" if self.is_dirty() else "")

    # --- saving ------------------------------------------------------------------------------------

    def save_doc(self, doc: Doc, done_text: str | None = None) -> Task | None:
        """Save ``doc`` as one operation off the UI thread (the rules run once, in its transaction); show
        what stops it when it comes back. None when it cannot even start (read-only, a save under way)."""
        if self._read_only_reason:
            self.say(self._read_only_reason)
            return None
        if self._pending is not None and not self._pending.done:
            return None
        self._validate_timer.stop()
        self._saving = True
        self.last_save_ok = False
        # What is on screen is what is being saved: the fields wait for the answer, so nothing typed
        # meanwhile is lost when the saved record is shown.
        self.set_read_only(True)
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        self.say(self.tr("Saving…"))
        kind, version, records, lookup = self.kind, self._loaded.version if self._loaded else None, self.records, \
            self.lookup
        names_, extra = self.id_hint(doc) if version is None and not doc.get("id") else (None, "")

        def work() -> tuple[Change, Loaded | None]:  # on the write thread: plain values in and out
            if version is None and not doc.get("id"):
                doc["id"] = lookup.new_id(kind, names_, extra)
            change = records.save(kind, doc, version, initiator=self)
            try:
                return change, records.get(kind, doc["id"], include_trash=True)
            except SecretariatError:  # saved; reading it back failed (the connection dropped): reload later
                return change, None

        self._pending = operation(work, self, lambda result: self._saved(*result, done_text, doc["id"]),
                                  self._save_failed)
        return self._pending

    @property
    def save_task(self) -> Task | None:
        """The save under way or the last one (its ``done`` says which)."""
        return self._pending

    def save_and_wait(self) -> bool:
        """Save and wait for the answer, the window painting meanwhile (closing a tab: "Save"). A save
        already on its way is waited for (the fields were locked meanwhile: it holds what is shown)."""
        pending = self._pending if self._pending is not None and not self._pending.done else None
        task = pending or self.save()
        if task is None:
            return False
        wait(task)
        return self.last_save_ok and (pending is None or not self.is_dirty())

    def _saved(self, change: Change, loaded: Loaded | None, done_text: str | None, record_id: str) -> None:
        self._saving = False
        self.last_save_ok = True
        self.record_id = record_id
        if loaded is None:
            self.reload()
        else:
            self._apply(loaded, loaded.doc)
        self.say(done_text or (self.tr("Saved.") if change.count else self.tr("Nothing to save: no field changed.")))
        self.saved.emit(change)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.set_read_only(self._read_only_reason is not None)
        self._update_buttons()
        self.say("")
        if isinstance(exc, ConflictError):
            self.on_conflict(exc)
        elif isinstance(exc, ValidationError):
            self._refused(exc.problems)
        elif isinstance(exc, SecretariatError):  # the database is gone, a reference went to the trash meanwhile…
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
        else:
            show_error(self, exc, self.tr("Not saved"))

    def revert(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Revert"), self.tr("Throw away your changes to %1?").replace("%1", self.display_name()),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.reload()
        self.say(self.tr("Reverted to the saved record."))

    def _refused(self, problems: list[Problem]) -> None:
        self._save_tried = True
        for parts in self.findChildren(PartsEditor):  # Save was pressed: the rows added so far may speak
            parts.moved_on()
        self.show_problems(problems)
        # Not self.tr: for a subclass PySide looks up its own class first, and a plural text counts as
        # translated there once %n is filled in, so the English would stay.
        self.say(QCoreApplication.translate("RecordEditor", "Not saved: %n problem(s), shown next to the fields.",
                                            None, len(problems)))
        first = self._field_for(problems[0].place)
        if first is not None:
            reveal(first[0].field(first[1]))

    # --- someone else's change ---------------------------------------------------------------------

    def on_conflict(self, exc: ConflictError) -> None:
        """Our save was refused: tell who changed the record and when; reload, or keep our text."""
        by = who(exc.by, exc.by_name)
        saved_by = self.tr("%1 saved this record on %2, after you opened it.").replace("%1", by).replace(
            "%2", format_moment(exc.at))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changed by someone else"),
                          saved_by + "\n" + self.tr("Your save was refused so that their change is not overwritten."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr(
            "Reload shows their version (your changes are dropped). Keep my text leaves your changes on "
            "screen so that you can copy them; reload when you are ready."))
        reload_button = box.addButton(self.tr("Reload their version"), QMessageBox.ButtonRole.AcceptRole)
        reload_button.setObjectName("reload")
        keep_button = box.addButton(self.tr("Keep my text"), QMessageBox.ButtonRole.RejectRole)
        keep_button.setObjectName("keep")
        box.setDefaultButton(keep_button)
        box.exec()
        if box.clickedButton() is reload_button:
            self.reload()
            self.say(self.tr("Reloaded: this is the version %1 saved.").replace("%1", by))
        else:
            self._show_stale(by, exc.at)

    def _show_stale(self, by: str, at: Any) -> None:
        self.banner.show_message(
            self.tr("%1 changed this record on %2 while you were editing it; saving now would be refused. "
                    "Copy what you need, then reload.").replace("%1", by).replace("%2", format_moment(at)),
            [("copy", self.tr("Copy my changes"), self.copy_changes),
             ("reload", self.tr("Reload their version"), self.reload)])

    def copy_changes(self) -> str:
        """Put the fields the clerk changed, as readable text, on the clipboard (and return it)."""
        mine = self.collect()
        lines = []
        for key, value in mine.items():
            if value != self._baseline.get(key):
                lines.append(f"{key}:\n{plain(value)}\n")
        text = "\n".join(lines) or self.tr("(no changes)")
        QGuiApplication.clipboard().setText(text)
        self.say(self.tr("Your changes are on the clipboard."))
        return text

    def _on_changed(self, change: Change) -> None:
        if change.initiator is self or self._saving or self.record_id is None:
            return
        if not change.has(self.kind, self.record_id):
            if self._loaded is not None:
                self._refresh_labels()
            return
        try:
            loaded = self.records.get(self.kind, self.record_id, include_trash=True)
        except NotFoundError as exc:
            self._gone(str(exc))
            return
        except SecretariatError as exc:
            self.say(str(exc))
            return
        before = self._loaded
        if before is not None and (loaded.version, loaded.deleted_at) == (before.version, before.deleted_at):
            return
        if not self.is_dirty() or self._read_only_reason:
            self._apply(loaded, loaded.doc)
            self.say(self.tr("Updated: changed by %1 on %2.").replace(
                "%1", who(loaded.updated_by, loaded.updated_by_name)).replace("%2", format_moment(loaded.updated_at)))
        else:
            self._show_stale(who(loaded.updated_by, loaded.updated_by_name), loaded.updated_at)

    def _refresh_labels(self) -> None:
        """Another record changed: a linked record's name shown here may have changed too."""
        self.lookup.forget()

    def choice_of(self, kind: str, record_id: str | None) -> Choice | None:
        """A linked record as pickers show it (remembered: list cells redraw often)."""
        return self.lookup.choice(kind, record_id, self.lang) if record_id else None

    def name_of(self, kind: str, record_id: str | None) -> str:
        """A linked record's name in the interface language."""
        choice = self.choice_of(kind, record_id)
        return choice.label if choice else (record_id or "")

    def _gone(self, message: str) -> None:
        self._read_only_reason = message
        self.set_read_only(True)
        self.banner.show_message(message)
        self._update_buttons()

    # --- showing a document -----------------------------------------------------------------------

    def _apply(self, loaded: Loaded | None, doc: Doc) -> None:
        self._loaded = loaded
        self._doc = copy.deepcopy(doc)
        self.lookup.prefetch(references_of(doc, self.kind), self.lang)  # one query per kind of link
        self._filling = True
        try:
            for form in self.forms:
                form.fill(self._doc)
            self.after_fill(self._doc)
        finally:
            self._filling = False
        trashed = loaded is not None and loaded.deleted_at is not None
        self._read_only_reason = (
            self.tr("This record is in the trash; restore it to edit it.") if trashed else
            self.tr("This database cannot be written here (%1); nothing can be changed.")
            .replace("%1", self.ctx.app.read_only) if self.ctx.app.read_only else None)
        self.set_read_only(self._read_only_reason is not None)
        self.banner.clear()
        if self.ctx.app.read_only and not trashed:
            self.banner.show_message(self._read_only_reason)  # type: ignore[arg-type]
        if trashed:
            self.banner.show_message(
                self.tr("In the trash since %1.").replace("%1", format_moment(loaded.deleted_at)) + " " +
                self.tr("Restore it to edit it."),
                [("restore", self.tr("Restore"), self.restore)])
        self._baseline = self.collect()
        self._save_tried = False
        for form in self.forms:
            form.left.clear()
        self.show_problems([])
        self._update_meta()
        self._update_buttons()
        if self.tabs.currentWidget() is self.history:
            self.history.load(self.record_id)

    def restore(self) -> None:
        items = [(self.kind, self.record_id)]
        # Not marked as this editor's: it follows the change like any other view and leaves read-only mode.
        operation(lambda: self.records.restore(items), self,
                  failed=lambda exc: show_error(self, exc, self.tr("Not restored")))

    def _update_meta(self) -> None:
        self.heading.setText(self.display_name())
        loaded = self._loaded
        if loaded is None:
            self.meta.setText(self.tr("New %1, not saved yet").replace("%1", names.kind_name(self.kind).lower()))
        else:
            self.meta.setText(self.tr("%1 · version %2 · last changed by %3 on %4")
                              .replace("%1", loaded.doc["id"]).replace("%2", str(loaded.version))
                              .replace("%3", who(loaded.updated_by, loaded.updated_by_name))
                              .replace("%4", format_moment(loaded.updated_at)))
        self._emit_title()

    def _emit_title(self) -> None:
        title = self.title()
        if title != self._last_title:
            self._last_title = title
            self.title_changed.emit(title)

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        writable = self._read_only_reason is None
        self.save_button.setEnabled(writable and (dirty or self._loaded is None))
        self.revert_button.setEnabled(writable and dirty)

    def say(self, text: str) -> None:
        self.status.setText(text)

    # --- checking as the clerk types --------------------------------------------------------------

    def _edited(self) -> None:
        if self._filling:
            return
        self._update_buttons()
        self._emit_title()
        self.heading.setText(self.display_name())
        self._validate_timer.start()

    def validate_now(self) -> list[Problem]:
        """Run the rules on what is on screen and show their messages next to the fields."""
        self._validate_timer.stop()
        doc = self.collect()
        if not doc.get("id"):
            doc["id"] = PLACEHOLDER_ID
        try:
            problems = self.records.validate(self.kind, doc)
        except SecretariatError as exc:  # e.g. the server is unreachable: say so, keep the clerk's text
            self.say(self.tr("Cannot check the record now: %1").replace("%1", str(exc)))
            return []
        self.show_problems(problems)
        return problems

    def field_left(self, key: str) -> None:
        """The clerk has left the field bound to ``key``: its problems show from now on (checked at once)."""
        for form in self.forms:
            if key in form.bindings:
                form.left.add(key)
        if not self._filling and self._read_only_reason is None:
            self.validate_now()

    def _focus_moved(self, old: QWidget | None, now: QWidget | None) -> None:
        # ``now`` None: the window lost the focus (another program, a menu) — the clerk did not move on.
        if old is None or now is None or not holds(self, old):
            return
        for parts in self.findChildren(PartsEditor):
            if holds(parts, old) and not holds(parts, now):
                parts.moved_on()
        for form in self.forms:
            key = form.key_holding(old)
            if key is not None and not holds(form.field(key), now):
                self.field_left(key)

    def show_problems(self, problems: list[Problem]) -> None:
        """Show the problems of the fields the clerk has left — all of them once Save was refused."""
        everything = self._save_tried  # (a row added after a refused Save still waits its turn)
        per_form: dict[int, list[tuple[str, str]]] = {id(f): [] for f in self.forms}
        stray: list[str] = []
        for p in problems:  # the core gives facts; the message is written in the UI language here
            found = self._field_for(p.place)
            if found is None:
                if everything:
                    stray.append(problem_line(p))
            elif everything or found[1] in found[0].left:
                per_form[id(found[0])].append((p.place, problem_message(p)))
        for form in self.forms:
            stray += form.show_problems(per_form[id(form)])
        self.problems_label.set_lines(stray)
        self._mark_tabs({id(f) for f in self.forms if per_form[id(f)]})

    def _mark_tabs(self, forms_with_problems: set[int]) -> None:
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            bad = any(id(f) in forms_with_problems and (page is f or page.isAncestorOf(f)) for f in self.forms)
            self.tabs.setTabIcon(index, warn if bad else QIcon())

    def _field_for(self, place: str) -> tuple[FieldForm, str] | None:
        best: tuple[int, FieldForm, str] | None = None
        for form in self.forms:
            claim = form.claim(place)
            if claim is not None and (best is None or claim[0] > best[0]):
                best = (claim[0], form, claim[1])
        return (best[1], best[2]) if best else None

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is getattr(self, "history", None):
            self.history.load(self.record_id)
