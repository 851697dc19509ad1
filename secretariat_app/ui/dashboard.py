"""The dashboard: what needs the clerk's attention today. Every entry opens its record (Enter or
double-click); an action item opens its meeting at that action."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import SecretariatError
from ..services import dashboard
from . import formatting as fmt
from . import labels
from .clerk_name import who
from .context import UiContext
from .follows_changes import FollowsChanges
from .workers import Task

TARGET_ROLE = Qt.ItemDataRole.UserRole
OVERDUE = QColor("#b3261e")
SOON = QColor("#8a5a00")


class Card(QFrame):
    """A titled section with a list of entries."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("card", True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName(f"{name}-entries")
        self.tree.setAccessibleName(title)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)

    def set_title(self, text: str, count: int | None = None) -> None:
        self.title.setText(text if count is None else f"{text}  ({fmt.number_text(count)})")

    def add(self, text: str, when: str, target: tuple[str, str, str] | None, tooltip: str = "",
            color: QColor | None = None, parent: QTreeWidgetItem | None = None,
            italic: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, when])
        item.setData(0, TARGET_ROLE, target)
        item.setToolTip(0, "\n".join(x for x in (text, tooltip) if x))
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if color is not None:
            item.setForeground(1, QBrush(color))
        if italic:
            font = QFont(item.font(0))
            font.setItalic(True)
            item.setFont(0, font)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def fit(self, max_rows: int = 12) -> None:
        """As tall as its entries (up to ``max_rows``, then it scrolls): short sections stay short."""
        rows, i = 0, 0
        while i < self.tree.topLevelItemCount():
            top = self.tree.topLevelItem(i)
            rows += 1 + (top.childCount() if top.isExpanded() else 0)
            i += 1
        row_height = self.tree.sizeHintForRow(0) if rows else -1
        if row_height <= 0:
            row_height = self.tree.fontMetrics().height() + 2
        shown = max(2, min(rows, max_rows))
        self.tree.setFixedHeight(shown * row_height + 2 * self.tree.frameWidth() + 4)

    def empty(self, text: str) -> None:
        item = QTreeWidgetItem([text, ""])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.tree.addTopLevelItem(item)

    def more(self, n: int) -> None:
        if n:
            self.empty(self.tr("… and %1 more").replace("%1", fmt.number_text(n)))


class DashboardView(FollowsChanges, QScrollArea):
    open_requested = Signal(str, str, str)  # kind, id, part
    loaded = Signal()  # a reading arrived and is shown (or its failure is)
    merge_requested = Signal()  # the clerk wants to settle the records changed on both sides

    def __init__(self, ctx: UiContext, today: Callable[[], date] = date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.data: dashboard.Dashboard | None = None
        self._generation = 0  # the newest reading asked for; an older one arriving late is dropped
        self._pending = 0
        self.setObjectName("dashboard")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(self)
        page.setObjectName("dashboardPage")

        self.heading = QLabel(page)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.heading.setFont(font)
        self.subheading = QLabel(page)
        self.subheading.setObjectName("subheading")
        refresh = QPushButton(self.tr("Refresh"), page)
        refresh.setToolTip(self.tr("Read the dashboard again (F5)"))
        refresh.clicked.connect(self.reload)
        # Records changed here and at the counterpart wait for a clerk: said first, where it is seen.
        self.conflicts = QPushButton(page)
        self.conflicts.setObjectName("conflictsBanner")
        self.conflicts.setStyleSheet("QPushButton { text-align: left; padding: 6px 10px; background: #fff4ce; "
                                     "border: 1px solid #e0b400; border-radius: 3px; }")
        self.conflicts.clicked.connect(self.merge_requested)
        self.conflicts.hide()
        calendar = QPushButton(self.tr("Add to calendar…"), page)
        calendar.setObjectName("addToCalendar")
        calendar.setToolTip(self.tr("The next 90 days (meetings, visits, due dates, expiry dates and the last days "
                                    "to give notice) as a calendar file (.ics)"))
        calendar.clicked.connect(self.add_to_calendar)

        self.meetings = Card(self.tr("Coming meetings"), "meetingsCard", page)
        self.visits = Card(self.tr("Coming visits"), "visitsCard", page)
        self.notices = Card(self.tr("Last days to give notice, within 90 days"), "noticesCard", page)
        self.expiring = Card(self.tr("Agreements expiring within 90 days"), "expiringCard", page)
        self.expired = Card(self.tr("Expired, but still marked in force"), "expiredCard", page)
        self.actions = Card(self.tr("Action items overdue or due soon, by owner"), "actionsCard", page)
        self.actions.tree.setRootIsDecorated(True)
        self.recent = Card(self.tr("Recently changed"), "recentCard", page)
        self.cards = [self.meetings, self.visits, self.notices, self.expiring, self.expired, self.actions, self.recent]
        for card in self.cards:
            card.tree.itemActivated.connect(self._activated)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        head.addLayout(titles, 1)
        head.addWidget(calendar, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(refresh, 0, Qt.AlignmentFlag.AlignTop)
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.meetings, 0, 0)
        grid.addWidget(self.visits, 0, 1)
        # Notice deadlines before expiries: by the expiry date it is too late to decide anything.
        grid.addWidget(self.notices, 1, 0, Qt.AlignmentFlag.AlignTop)
        ends = QVBoxLayout()
        ends.setSpacing(12)
        ends.addWidget(self.expiring)
        ends.addWidget(self.expired)
        grid.addLayout(ends, 1, 1)
        grid.addWidget(self.actions, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.recent, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(3, 1)  # the rest of the page stays empty below the sections
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addLayout(head)
        layout.addWidget(self.conflicts)
        layout.addLayout(grid, 1)
        self.setWidget(page)
        self.setFocusProxy(self.meetings.tree)
        self.follow_changes(ctx)

    def add_to_calendar(self) -> Task | None:
        from .office_tasks import add_coming_to_calendar

        return add_coming_to_calendar(self, self.ctx, self.today())

    # --- loading -------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A reading is out (the entries shown may be older)."""
        return self._pending > 0

    def show_records(self) -> None:
        """The entries are read on a worker: the window is usable (and drawn) while they are read, at
        start-up too, and fill in when they arrive."""
        today = self.today()
        app = self.ctx.app
        self._generation += 1
        generation = self._generation
        if self.data is None:  # the first reading: the heading now, the entries when they come
            self._show_heading(today, app.settings.display_name)
        task = Task(lambda _progress: app.dashboard.load(today))
        task.succeeded.connect(lambda data: self._arrived(generation, today, app.settings.display_name, data))
        task.failed.connect(lambda exc: self._not_read(generation, exc))
        self._pending += 1
        task.start()

    def _show_heading(self, today: date, where: str) -> None:
        self.heading.setText(self.tr("Today, %1").replace("%1", fmt.date_text(today, long=True)))
        self.subheading.setText(where)

    def _arrived(self, generation: int, today: date, where: str, data: dashboard.Dashboard) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed meanwhile
        self._pending -= 1
        if generation == self._generation:
            self.data = data
            self._show_heading(today, where)
            self._fill(data)
        self.loaded.emit()

    def _not_read(self, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._pending -= 1
        if generation == self._generation and isinstance(exc, SecretariatError):
            self.heading.setText(self.tr("The dashboard cannot be read"))
            self.subheading.setText(str(exc))
        self.loaded.emit()
        if not isinstance(exc, SecretariatError):
            raise exc  # a bug: the app's error dialog and log, as for any other

    # --- drawing ---------------------------------------------------------------------------------------

    def _title(self, entry: dashboard.Entry) -> tuple[str, str]:
        text, fallback = fmt.lm(entry.title, self.ctx.lang)
        return text or entry.record_id, fmt.fallback_note(fallback, self.ctx.lang)

    def _fill(self, d: dashboard.Dashboard) -> None:
        for card in self.cards:
            card.tree.clear()
        self.conflicts.setVisible(d.conflicts > 0)
        self.conflicts.setText(self.tr("%n record(s) changed on both sides (here and at the counterpart): "
                                       "compare and settle…", "", d.conflicts))
        self._fill_meetings(d)
        self._fill_visits(d)
        self._fill_notices(d)
        self._fill_agreements(d)
        self._fill_actions(d)
        self._fill_recent(d)
        for card in self.cards:
            card.fit(16 if card is self.actions else dashboard.RECENT)

    def _fill_meetings(self, d: dashboard.Dashboard) -> None:
        card = self.meetings
        card.set_title(self.tr("Coming meetings"), len(d.meetings.entries) + d.meetings.more)
        for e in d.meetings.entries:
            text, note = self._title(e)
            assert isinstance(e.when, datetime)
            zone = fmt.zone_name(e.city)  # the venue's clock, named: KST, 北京时间 …
            when = f"{fmt.local_datetime_text(e.when)} {zone}".strip() + f" · {labels.value_name(e.city)}"
            card.add(text, when, (e.kind, e.record_id, ""), f"{note}\n{fmt.days_text(e.days or 0)}".strip(),
                     italic=bool(note))
        if not d.meetings.entries:
            card.empty(self.tr("No meetings in the next %n day(s).", "", dashboard.UPCOMING_DAYS))
        card.more(d.meetings.more)

    def _fill_visits(self, d: dashboard.Dashboard) -> None:
        card = self.visits
        card.set_title(self.tr("Coming visits"), len(d.visits.entries) + d.visits.more)
        for e in d.visits.entries:
            text, note = self._title(e)
            assert isinstance(e.when, date)
            when = f"{fmt.date_text(e.when)} – {fmt.date_text(e.until)} · {labels.value_name(e.city)}"
            card.add(text, when, (e.kind, e.record_id, ""), note, italic=bool(note))
        if not d.visits.entries:
            card.empty(self.tr("No visits in the next %n day(s).", "", dashboard.UPCOMING_DAYS))
        card.more(d.visits.more)

    def _fill_notices(self, d: dashboard.Dashboard) -> None:
        card, section = self.notices, d.notices
        card.set_title(self.tr("Last days to give notice, within 90 days"), len(section.entries) + section.more)
        for e in section.entries:
            text, note = self._title(e)
            assert isinstance(e.when, date) and isinstance(e.until, date)
            days = e.days or 0
            if e.flag == 0:
                when = self.tr("%1 (passed, %2)").replace("%1", fmt.date_text(e.when)).replace(
                    "%2", fmt.days_text(days))
            else:
                when = self.tr("%1 (%2) · the %3-day mark").replace("%1", fmt.date_text(e.when)).replace(
                    "%2", fmt.days_text(days)).replace("%3", fmt.number_text(e.flag or 0))
            lines = [self.tr("Expires on %1").replace("%1", fmt.date_text(e.until))]
            if e.owners:
                lines.append(self.tr("Owners: %1").replace(
                    "%1", ", ".join(fmt.lm_text(o, self.ctx.lang) for o in e.owners)))
            if note:
                lines.append(note)
            color = OVERDUE if e.flag is not None and e.flag <= 30 else SOON
            card.add(text, when, (e.kind, e.record_id, "notice_days"), "\n".join(lines), color, italic=bool(note))
        if not section.entries:
            card.empty(self.tr("No notice is due in the next 90 days."))
        card.more(section.more)

    def _fill_agreements(self, d: dashboard.Dashboard) -> None:
        for card, section, title, none in (
                (self.expiring, d.expiring, self.tr("Agreements expiring within 90 days"),
                 self.tr("No agreement expires in the next 90 days.")),
                (self.expired, d.expired_in_force, self.tr("Expired, but still marked in force"),
                 self.tr("No agreement is past its expiry date while marked in force."))):
            card.set_title(title, len(section.entries) + section.more)
            for e in section.entries:
                text, note = self._title(e)
                assert isinstance(e.when, date)
                color = OVERDUE if (e.days or 0) < 0 else SOON
                when = f"{fmt.date_text(e.when)} ({fmt.days_text(e.days or 0)})"
                card.add(text, when, (e.kind, e.record_id, ""), note, color, italic=bool(note))
            if not section.entries:
                card.empty(none)
            card.more(section.more)

    def _fill_actions(self, d: dashboard.Dashboard) -> None:
        card = self.actions
        total = sum(len(o.overdue) + len(o.due_soon) for o in d.actions) + d.actions_more
        card.set_title(self.tr("Action items overdue or due soon, by owner"), total)
        for owner in d.actions:
            name = fmt.lm_text(owner.owner, self.ctx.lang) if owner.owner else self.tr("(no owner)")
            counts = []
            if owner.overdue:
                counts.append(self.tr("%1 overdue").replace("%1", fmt.number_text(len(owner.overdue))))
            if owner.due_soon:
                counts.append(self.tr("%1 due soon").replace("%1", fmt.number_text(len(owner.due_soon))))
            head = card.add(name, ", ".join(counts), ("person", owner.owner_id, "") if owner.owner_id else None,
                            color=OVERDUE if owner.overdue else SOON)
            font = QFont(head.font(0))
            font.setBold(True)
            head.setFont(0, font)
            for e in owner.overdue + owner.due_soon:
                text, note = self._title(e)
                assert isinstance(e.when, date)
                color = OVERDUE if (e.days or 0) < 0 else SOON
                when = f"{fmt.date_text(e.when)} ({fmt.days_text(e.days or 0)})"
                card.add(text, when, (e.kind, e.record_id, e.part or ""), note, color, parent=head,
                         italic=bool(note))
            head.setExpanded(True)
        if not d.actions:
            card.empty(self.tr("No open action item is overdue or due in the next %n day(s).", "",
                               dashboard.DUE_SOON_DAYS))
        card.more(d.actions_more)

    def _fill_recent(self, d: dashboard.Dashboard) -> None:
        card = self.recent
        card.set_title(self.tr("Recently changed"))
        for e in d.recent:
            text, note = self._title(e)
            assert isinstance(e.when, datetime)
            what = f"{labels.kind_name(e.kind)} {labels.audit_action(e.action or '')}"
            card.add(text, f"{fmt.instant_text(e.when)} · {who(e.user, e.user_name)}", (e.kind, e.record_id, ""),
                     f"{what}\n{note}".strip(), italic=bool(note))
        if not d.recent:
            card.empty(self.tr("Nothing has been changed yet."))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, TARGET_ROLE)
        if target:
            kind, record_id, part = target
            self.open_requested.emit(kind, record_id, part)

    def entries(self, card: Card) -> list[QTreeWidgetItem]:
        """Every entry of a card, owners' children included (for tests and screen readers' summaries)."""
        out: list[QTreeWidgetItem] = []
        for i in range(card.tree.topLevelItemCount()):
            top = card.tree.topLevelItem(i)
            out.append(top)
            out += [top.child(j) for j in range(top.childCount())]
        return out
