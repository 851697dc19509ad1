"""The composition root: settings → database → the application façade. The CLI and the desktop app
both start here."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .app.facade import App
from .errors import SecretariatError
from .services.records import Records
from .services.store import WriteObserver
from .settings import Settings
from .shipped import RESOURCES

if TYPE_CHECKING:
    from .app.exchange import Imported

log = logging.getLogger(__name__)
DEMO_FILE = RESOURCES / "demo" / "seoul-beijing-council.json"

__all__ = ["DEMO_FILE", "App", "load_demo", "open_app", "opened"]


def open_app(settings: Settings, progress: Callable[[int, int], None] | None = None) -> App:
    """``progress(done, total)`` hears of a search index (re)build, which a new version can need."""
    from .search.index import SearchIndex, ensure_current
    from .storage.database import Database
    from .storage.files import sweep_unfinished

    sweep_unfinished()  # what a killed export or backup left behind
    db = Database(settings)
    observers: tuple[WriteObserver, ...] = (SearchIndex(db.dialect),)  # the index, in every write's transaction
    ensure_current(db, progress)  # builds the index once after an upgrade that changed it
    # The login and the clerk's display name go together to every writer (and to "prepared by").
    return App(settings, db, Records(db, settings.user, observers, names=settings.names), observers)


@contextmanager
def opened(db: str | None = None, database_url: str | None = None,
           indexing: Callable[[int, int], None] | None = None) -> Iterator[App]:
    """The app on the database the command line names (or the default), closed however it ends — after
    indexing what an import queued for search (``indexing(done, total)`` hears how far)."""
    from .settings import resolve

    app = open_app(resolve(db=db, database_url=database_url))
    try:
        yield app
    finally:
        try:
            app.indexing.run(indexing)  # what an import of this command (or a killed one) queued for search
        except SecretariatError as exc:  # an account that may only read: whoever writes next finishes it
            log.warning("records queued for the search index were not indexed: %s", exc)
        finally:
            app.close()


def load_demo(app: App, path: Path = DEMO_FILE) -> Imported:
    return app.exchange.import_file(path)
