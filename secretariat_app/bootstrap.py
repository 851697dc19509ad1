"""The composition root: settings → database → the application façade. The CLI and the desktop app
both start here.

The database layer (SQLAlchemy, the mapped models, the façade) is imported by :func:`open_app`, not with
this module: the desktop app draws its first window while a worker opens the database."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import SecretariatError
from .settings import Settings
from .shipped import RESOURCES

if TYPE_CHECKING:
    from .app.exchange import Imported
    from .app.facade import App

log = logging.getLogger(__name__)
DEMO_FILE = RESOURCES / "demo" / "seoul-beijing-council.json"

__all__ = ["DEMO_FILE", "App", "load_demo", "open_app", "opened"]


def __getattr__(name: str) -> Any:
    """``bootstrap.App``, imported when first asked for (see the module's note)."""
    if name == "App":
        from .app.facade import App

        return App
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_app(settings: Settings, progress: Callable[[int, int], None] | None = None) -> App:
    """``progress(done, total)`` hears of a search index (re)build, which a new version can need."""
    from .app.facade import App
    from .search.index import SearchIndex, ensure_current
    from .services.records import Records
    from .services.store import WriteObserver
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
