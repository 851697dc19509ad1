"""The commitments register: every action of the council's minutes, where it stands today, with its owners
in Seoul and in Beijing, the agreement it carries out and its history across meetings.

Filters (since a general conference, team, agreement, status, owner) narrow the list at once; Enter or a
double-click opens the meeting at the action; "Progress report…" prints the report since the conference
chosen. Every control is reached with Tab, or with its Alt+letter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.documents import parse_datetime
from ..errors import SecretariatError
from ..services.changes import Change
from ..services.commitments import Commitment, Conference, Filter, Register
from . import formatting as fmt
from .context import UiContext
from .follows_changes import FollowsChanges
from .widgets import names
from .workers import Task

ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LATE = QColor("#fde2e1")
STANDINGS = ("open", "late", "done", "cancelled")
COLUMNS = ("action", "agreement", "seoul", "beijing", "due", "status", "raised", "reviewed", "closed")


class _Item(QTreeWidgetItem):
    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is not None and theirs is not None:
            return str(mine) < str(theirs)
        return self.text(column).lower() < other.text(column).lower()


class CommitmentsView(FollowsChanges, QWidget):
    open_requested = Signal(str, str, str)
    report_requested = Signal(str)  # the meeting (a general conference) the progress report runs since

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("commitmentsView")
        self.register: Register | None = None
        self.conferences: list[Conference] = []
        self.task: Task | None = None
        self.shown: list[Commitment] = []

        self.since = self._combo("since")
        self.team = self._combo("team")
        self.agreement = self._combo("agreement")
        self.status = self._combo("status")
        self.owner = self._combo("owner")
        grid = QGridLayout()
        for column, (text, combo) in enumerate((
                (self.tr("&Since:"), self.since), (self.tr("&Team:"), self.team),
                (self.tr("A&greement:"), self.agreement), (self.tr("Stat&us:"), self.status),
                (self.tr("O&wner:"), self.owner))):
            label = QLabel(text, self)
            label.setBuddy(combo)
            grid.addWidget(label, 0, column)
            grid.addWidget(combo, 1, column)
            grid.setColumnStretch(column, 1)
        self.report_button = QPushButton(self.tr("&Progress report…"), self)
        self.report_button.setObjectName("progressReport")
        self.report_button.setToolTip(self.tr("Print what was committed since the general conference chosen "
                                              "under Since, and where each stands (PDF)"))
        self.report_button.clicked.connect(self.request_report)
        grid.addWidget(self.report_button, 1, 5)

        self.count = QLabel(self)
        self.count.setObjectName("count")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("commitments")
        self.tree.setAccessibleName(self.tr("Commitments"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Agreement"), self.tr("Owner in Seoul"),
                                   self.tr("Owner in Beijing"), self.tr("Due"), self.tr("Status"),
                                   self.tr("Raised at"), self.tr("Last reviewed"), self.tr("Closed at")])
        # The action keeps a readable width (the list scrolls sideways in a narrow window rather than
        # squeezing it); the last column takes what is left over.
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 320), (1, 150), (2, 100), (3, 100), (4, 115), (5, 80), (6, 150), (7, 150)):
            self.tree.setColumnWidth(column, width)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # as the meetings raised them
        self.tree.itemActivated.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(grid)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)
        self.follow_changes(ctx)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        return combo

    # --- loading -----------------------------------------------------------------------------------------

    def show_records(self) -> None:
        """Read the register on a worker (thousands of actions on a large archive), then fill the list."""
        if self.task is not None:
            self.task.cancel()
        app, today = self.ctx.app, date.today()
        task = Task(lambda _progress: (app.commitments.register(today), app.commitments.conferences()), self)
        task.succeeded.connect(self._loaded)
        task.failed.connect(self._failed)
        self.task = task.start()
        self.count.setText(self.tr("Loading…"))

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.count.setText(str(exc) if isinstance(exc, SecretariatError) else self.tr("The register could not be read."))

    def _loaded(self, result: tuple[Register, list[Conference]]) -> None:
        self.task = None
        self.register, self.conferences = result
        self._fill_filters()
        self._show()

    def concerns(self, change: Change) -> bool:
        # Rows show the meetings' actions and the names of people, teams and agreements (and people's cities).
        return change.touches("meeting", "person", "team", "agreement", "organization")

    # --- filters -----------------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        assert self.register is not None
        reg, lang = self.register, self.ctx.lang

        def refill(combo: QComboBox, entries: list[tuple[str, Any]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in entries:
                combo.addItem(text, data)
            found = combo.findData(current)
            combo.setCurrentIndex(found if found >= 0 else 0)
            combo.blockSignals(False)

        def by_name(ids: set[str], name_of: Callable[[str], str]) -> list[tuple[str, str]]:
            return sorted(((name_of(i), i) for i in ids), key=lambda x: x[0].lower())

        refill(self.since, [(self.tr("All meetings"), None)] + [
            (self._conference_name(c), c.id) for c in self.conferences])
        teams = {c.team_id for c in reg.rows if c.team_id}
        refill(self.team, [(self.tr("All teams"), None), (self.tr("The council as a whole"), "")]
               + by_name(teams, lambda t: fmt.lm_text(reg.names.teams.get(t), lang) or t))
        agreements = {c.agreement_id for c in reg.rows if c.agreement_id}
        refill(self.agreement, [(self.tr("All agreements"), None), (self.tr("No agreement named"), "")]
               + by_name(agreements, self._agreement_name))
        refill(self.status, [(self.tr("All"), None), (self.tr("Not finished (open or late)"), "unfinished")]
               + [(names.name(s), s) for s in STANDINGS])
        people = {p for c in reg.rows for p in (c.owner, c.counterpart_owner) if p}
        refill(self.owner, [(self.tr("Anyone"), None)] + by_name(people, self._person_name))

    def _conference_name(self, c: Conference) -> str:
        title = fmt.lm_text(c.title, self.ctx.lang) or c.id
        return f"{title} ({fmt.date_text(parse_datetime(c.starts_at).date())})"

    def _person_name(self, person: str | None) -> str:
        if not person or self.register is None:
            return "—"
        return fmt.lm_text(self.register.names.people.get(person), self.ctx.lang) or person

    def _agreement_name(self, agreement: str | None) -> str:
        if not agreement or self.register is None:
            return ""
        found = self.register.names.agreements.get(agreement) or {}
        return found.get("reference") or fmt.lm_text(found.get("title"), self.ctx.lang) or agreement

    def _meeting_name(self, meeting: str | None) -> str:
        if not meeting or self.register is None:
            return ""
        found = self.register.names.meetings.get(meeting) or {}
        when = fmt.date_text(parse_datetime(found["starts_at"]).date()) if found.get("starts_at") else ""
        return f"{when} {fmt.lm_text(found.get('title'), self.ctx.lang) or meeting}".strip()

    def current_filter(self) -> Filter:
        return Filter(team=self.team.currentData(), agreement=self.agreement.currentData(),
                      standing=self.status.currentData(), owner=self.owner.currentData())

    def set_filter(self, **chosen: Any) -> None:
        """Choose filters by their values (since=meeting id, team=, agreement=, status=, owner=)."""
        combos = {"since": self.since, "team": self.team, "agreement": self.agreement, "status": self.status,
                  "owner": self.owner}
        for key, value in chosen.items():
            combo = combos[key]
            found = combo.findData(value)
            if found >= 0:
                combo.setCurrentIndex(found)

    def _filter_changed(self) -> None:
        if self.register is not None:
            self._show()

    # --- the list ----------------------------------------------------------------------------------------

    def _show(self) -> None:
        assert self.register is not None
        keep = self.current_filter()
        since = self.since.currentData()
        start = next((parse_datetime(c.starts_at) for c in self.conferences if c.id == since), None)
        self.shown = [c for c in self.register.rows if keep.keeps(c)
                      and (start is None or parse_datetime(c.starts_at) >= start)]
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        lang = self.ctx.lang
        for c in self.shown:
            text, fallback = fmt.lm(c.text, lang)
            last = c.reviews[-1] if c.reviews else None
            agreement = self._agreement_name(c.agreement_id)
            if agreement and c.article:
                agreement += f" · {c.article}"
            item = _Item([text or c.id, agreement, self._person_name(c.owner_seoul),
                          self._person_name(c.owner_beijing), fmt.date_text(c.due_on) if c.due_on else "—",
                          names.name(c.standing), self._meeting_name(c.meeting_id),
                          self._meeting_name(last.meeting_id) if last else "", self._meeting_name(c.closed_at)])
            item.setData(0, ROW_ROLE, (c.meeting_id, c.position))
            item.setData(4, SORT_ROLE, c.due_on.isoformat() if c.due_on else "9999")
            item.setData(5, SORT_ROLE, STANDINGS.index(c.standing) if c.standing in STANDINGS else 9)
            item.setData(6, SORT_ROLE, c.starts_at)
            item.setToolTip(0, "\n".join(x for x in (text, fmt.fallback_note(fallback, lang),
                                                     *self._history(c)) if x))
            if c.standing == "late":
                for column in range(len(COLUMNS)):
                    item.setBackground(column, QBrush(LATE))
            self.tree.addTopLevelItem(item)
        self.tree.setSortingEnabled(True)
        late = sum(1 for c in self.shown if c.standing == "late")
        text = self.tr("%n commitment(s)", "", len(self.shown))
        if late:
            text += " · " + self.tr("%n late", "", late)
        self.count.setText(text)
        if self.tree.topLevelItemCount() and self.tree.currentItem() is None:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _history(self, c: Commitment) -> list[str]:
        lines = [self.tr("Raised at %1").replace("%1", self._meeting_name(c.meeting_id))]
        for r in c.reviews:
            note = fmt.lm_text(r.note, self.ctx.lang)
            line = self.tr("Reviewed at %1: %2").replace("%1", self._meeting_name(r.meeting_id)).replace(
                "%2", names.name(r.status))
            lines.append(f"{line} — {note}" if note else line)
        if c.closed_at:
            lines.append(self.tr("Closed at %1").replace("%1", self._meeting_name(c.closed_at)))
        return lines

    def rows(self) -> list[list[str]]:
        """The list as shown, in its order (for tests and screen readers' summaries)."""
        return [[self.tree.topLevelItem(i).text(c) for c in range(len(COLUMNS))]
                for i in range(self.tree.topLevelItemCount())]

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        meeting, position = item.data(0, ROW_ROLE)
        self.open_requested.emit("meeting", meeting, f"minutes.actions[{position - 1}]")

    def request_report(self) -> None:
        since = self.since.currentData() or (self.conferences[-1].id if self.conferences else None)
        if since is None:
            self.count.setText(self.tr("The progress report runs since a general conference; there is none yet."))
            return
        self.report_requested.emit(since)
