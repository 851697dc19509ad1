"""Records a bulk change (an import) queued for the search index, indexed after it commits: by a
background worker of the desktop app (at start, and woken by every committed change), or in the
foreground by the command line before it exits. Searching meanwhile says how far it is
(``SearchResults.built_percent``); see search/index.py and search/queue.py.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from ..search import index
from ..services.changes import Change
from ..storage.database import Database

log = logging.getLogger(__name__)
Listener = Callable[[int, int], None]  # (records indexed, records queued when it started): on the worker's thread


class Indexing:
    def __init__(self, db: Database):
        self._db = db
        self.listeners: list[Listener] = []
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Index every queued record now; how many."""
        def told(done: int, total: int) -> None:
            if progress:
                progress(done, total)
            for listener in list(self.listeners):
                listener(done, total)

        return index.build_queued(self._db, told, stop=self._stop.is_set)

    def start(self) -> None:
        """Index queued records in the background from now on (a database this account may not write: never)."""
        if self._db.read_only or (self._thread is not None and self._thread.is_alive()):
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._work, name="search-index", daemon=True)
        self._thread.start()
        self._wake.set()  # what a killed process left queued

    def heard(self, change: Change) -> None:
        """A records listener: an import may have queued records."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the batch being written (it commits; the rest stays queued for the next start)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _work(self) -> None:
        while not self._stop.is_set():
            self._wake.wait()
            self._wake.clear()
            try:
                self.run()
            except Exception:  # noqa: BLE001 - a server gone away: try again at the next change
                log.exception("indexing queued records stopped; it starts again with the next change")
