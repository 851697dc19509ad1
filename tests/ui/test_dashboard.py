"""The dashboard: coming meetings and visits, agreements running out, overdue and due-soon actions by
owner, recent changes; every entry opens its record."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from secretariat_app.domain import lifecycle
from secretariat_app.ui.context import UiContext
from secretariat_app.ui.dashboard import TARGET_ROLE, DashboardView

from .shell_helpers import window

__all__ = ["window"]


def texts(view: DashboardView, card) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{item.text(0)} | {item.text(1)}" for item in view.entries(card)]


def make_dashboard(qtbot, app, today: date) -> DashboardView:  # type: ignore[no-untyped-def]
    view = DashboardView(UiContext(app, "en"), today=lambda: today)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.data is not None and not view.busy)  # read on a worker
    return view


def test_expiring_agreement_and_overdue_action(qtbot, sqlite_demo_app) -> None:  # type: ignore[no-untyped-def]
    # 1 September 2018: the Environment Team MOU runs out on 3 November 2018 (63 days later).
    view = make_dashboard(qtbot, sqlite_demo_app, date(2018, 9, 1))
    expiring = texts(view, view.expiring)
    assert len(expiring) == 1 and expiring[0].startswith("MOU on the Establishment of the Environment Team")
    assert "2018-11-03" in expiring[0] and "in 2 months" in expiring[0]
    assert view.expiring.title.text() == "Agreements expiring within 90 days  (1)"
    assert texts(view, view.expired) == ["No agreement is past its expiry date while marked in force. | "]
    actions = texts(view, view.actions)
    # Owners first, most overdue work first; each owner's open actions under them.
    assert actions[:2] == ["Kang Do-hyun | 1 overdue",
                           "Set up the monthly exchange of air quality data | 2016-05-31 (2 years ago)"]
    assert "Lee Seo-yeon | 1 overdue" in actions
    assert "Prepare the third general conference (Seoul) | 2017-06-30 (14 months ago)" in actions
    assert not any("Exchange the teams' contact lists" in a for a in actions)  # done, so not listed


def test_expired_but_in_force_today(qtbot, sqlite_demo_app) -> None:  # type: ignore[no-untyped-def]
    view = make_dashboard(qtbot, sqlite_demo_app, date(2026, 11, 28))
    assert texts(view, view.expired)[0].startswith("MOU on the Establishment of the Environment Team")
    assert "8 years ago" in texts(view, view.expired)[0]
    assert texts(view, view.meetings) == ["No meetings in the next 60 days. | "]


def test_coming_meetings_and_visits(qtbot, sqlite_demo_app) -> None:  # type: ignore[no-untyped-def]
    view = make_dashboard(qtbot, sqlite_demo_app, date(2015, 10, 20))
    meetings = texts(view, view.meetings)
    assert meetings[0].startswith("Second General Conference") and "2015-11-04 10:30 CST · Beijing" in meetings[0]
    assert texts(view, view.visits)[0].startswith("Official visit of Seoul Mayor Park Won Soon to Beijing")
    assert "2015-11-01 – 2015-11-05 · Beijing" in texts(view, view.visits)[0]
    assert texts(view, view.recent)[0].endswith("· tester")


def test_each_entry_opens_its_record(qtbot, sqlite_demo_app) -> None:  # type: ignore[no-untyped-def]
    view = make_dashboard(qtbot, sqlite_demo_app, date(2018, 9, 1))
    opened: list[tuple[str, str, str]] = []
    view.open_requested.connect(lambda *args: opened.append(args))
    action = next(i for i in view.entries(view.actions) if i.text(0) == "Set up the monthly exchange of air quality data")
    view.actions.tree.setFocus()
    view.actions.tree.setCurrentItem(action)
    qtbot.keyClick(view.actions.tree, Qt.Key.Key_Return)
    assert opened == [("meeting", "mtg-env-1", "minutes.actions[1]")]  # the meeting, at that action
    agreement = view.entries(view.expiring)[0]
    view.expiring.tree.itemActivated.emit(agreement, 0)
    assert opened[-1] == ("agreement", "agr-2015-env-mou", "")
    assert agreement.data(0, TARGET_ROLE) == ("agreement", "agr-2015-env-mou", "")


def test_window_dashboard_follows_changes_and_opens_the_action(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Today's dashboard in the window: an agreement made to expire in 30 days appears at once; an
    overdue action opens its meeting's editor at the minutes."""
    view = window.views["dashboard"]
    qtbot.waitUntil(lambda: view.data is not None and not view.busy)
    assert view.expiring.tree.topLevelItemCount() == 1 and not view.entries(view.expiring)[0].data(0, TARGET_ROLE)
    records = window.ctx.records
    loaded = records.get("agreement", "agr-2015-env-mou")
    soon = date.today() + timedelta(days=30)
    extended = {"kind": "extended", "date": date.today().isoformat(), "meeting": None, "document": None,
                "note": None, "status": None, "expires_on": soon.isoformat()}  # its expiry follows its timeline
    records.update("agreement", lifecycle.with_event(loaded.doc, extended), loaded.version)
    qtbot.waitUntil(lambda: view.entries(view.expiring)[0].data(0, TARGET_ROLE) is not None)
    assert "in 30 days" in view.entries(view.expiring)[0].text(1)
    # Its 90 days' notice ran out 60 days ago: ranked first, flagged as passed, with its owners in both cities.
    notice = view.entries(view.notices)[0]
    assert notice.data(0, TARGET_ROLE) == ("agreement", "agr-2015-env-mou", "notice_days")
    assert "(passed, 2 months ago)" in notice.text(1)
    assert "Kang Do-hyun" in notice.toolTip(0) and "Li Ming" in notice.toolTip(0)
    assert view.entries(view.recent)[0].text(0).startswith("MOU on the Establishment of the Environment Team")
    overdue = next(i for i in view.entries(view.actions) if i.text(0) == "Set up the monthly exchange of air quality data")
    view.actions.tree.itemActivated.emit(overdue, 0)
    editor = window.tabs.current_editor()
    assert (editor.kind, editor.record_id) == ("meeting", "mtg-env-1")
