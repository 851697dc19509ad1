"""A worker thread of the desktop app that does its work when woken (and once when started), until
stopped: reading attached files (extraction.py), indexing what an import queued (indexing.py)."""

from __future__ import annotations

import logging
import threading

from ..storage.database import Database

log = logging.getLogger(__name__)


class Background:
    name = "background"  # the thread's name, and what the log calls the work

    def __init__(self, db: Database):
        self._db = db
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def work(self) -> None:
        """Everything there is to do now (asking ``stopping`` between steps)."""
        raise NotImplementedError

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def start(self) -> None:
        """Work in the background from now on (a database this account may not write: never)."""
        if self._db.read_only or (self._thread is not None and self._thread.is_alive()):
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
        self._thread.start()
        self._wake.set()  # what waits from before (another clerk's saves, an upgrade, a killed process)

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.wait()
            self._wake.clear()
            try:
                self.work()
            except Exception:  # noqa: BLE001 - a server gone away: try again at the next change
                log.exception("%s stopped; it starts again with the next change", self.name)
