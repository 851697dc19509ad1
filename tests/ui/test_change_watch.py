"""Another clerk's save shows up in this clerk's views on its own (no F5)."""

from secretariat_app import bootstrap
from secretariat_app.settings import Settings
from secretariat_app.ui.change_watch import ChangeWatch
from secretariat_app.ui.context import UiContext


def test_another_clerks_save_refreshes_the_views(qtbot, sqlite_demo_app):
    ctx = UiContext(sqlite_demo_app, "en")
    watch = ChangeWatch(ctx, interval_ms=50)
    qtbot.waitUntil(lambda: watch._last is not None)
    refreshed: list[object] = []
    ctx.changed.connect(refreshed.append)

    # This clerk's own save is announced by the change itself, not by the watch.
    own = sqlite_demo_app.records.get("person", "person-park-won-soon")
    sqlite_demo_app.records.update("person", dict(own.doc, phone="+82-2-120"), own.version)
    qtbot.wait(300)
    assert [c.action for c in refreshed] == ["update"]  # heard once, as the save it was

    other = bootstrap.open_app(Settings(sqlite_demo_app.settings.database_url, "wang"))
    try:
        loaded = other.records.get("person", "person-park-won-soon")
        other.records.update("person", dict(loaded.doc, phone="+82-2-121"), loaded.version)
    finally:
        other.close()
    qtbot.waitUntil(lambda: any(c.everything for c in refreshed), timeout=5000)  # "anything may have changed"
    assert refreshed[-1].action == "refresh"
    watch.timer.stop()
