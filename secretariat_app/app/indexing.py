"""Records a bulk change (an import) queued for the search index, indexed after it commits: by a
background worker of the desktop app (at start, and woken by every committed change), or in the
foreground by the command line before it exits. Searching meanwhile says how far it is
(``SearchResults.built_percent``); see search/index.py and search/queue.py.
"""

from __future__ import annotations

from collections.abc import Callable

from ..search import index
from ..services.changes import Change
from ..storage.database import Database
from .background import Background

Listener = Callable[[int, int], None]  # (records indexed, records queued when it started): on the worker's thread


class Indexing(Background):
    name = "search-index"

    def __init__(self, db: Database):
        super().__init__(db)
        self.listeners: list[Listener] = []

    def run(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Index every queued record now (until stopped: the batch being written commits, the rest
        waits for the next start); how many."""
        def told(done: int, total: int) -> None:
            if progress:
                progress(done, total)
            for listener in list(self.listeners):
                listener(done, total)

        return index.build_queued(self._db, told, stop=lambda: self.stopping)

    def heard(self, change: Change) -> None:
        """A records listener: an import may have queued records."""
        self.wake()

    def work(self) -> None:
        self.run()
