"""Reading the text of attached files, off the clerk's path: a background worker reads every stored file
that waits (after each save or import that touched agreements, and once at start), one at a time, each
in a child process with time and memory limits; ``secretariat extract`` does the same in the foreground.

A save never waits for it: the save only stores the bytes and lists the file; the worker is woken
afterwards and puts the text in the index in a transaction of its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..extraction import ocr
from ..extraction.result import Extracted, Limits
from ..services import extraction
from ..services.changes import Change
from ..storage.database import Database
from .background import Background

log = logging.getLogger(__name__)
Listener = Callable[[str, Extracted], None]  # (SHA-256, what was read): on the worker's thread


@dataclass
class ExtractReport:
    files: int = 0
    by_state: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, int] = field(default_factory=dict)
    pages: int = 0
    ocr_pages: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0


class Extraction(Background):
    name = "attachment-text"

    def __init__(self, db: Database, limits: Limits | None = None):
        super().__init__(db)
        self.limits = limits or Limits()
        self.listeners: list[Listener] = []

    # --- facts --------------------------------------------------------------------------------------

    @staticmethod
    def ocr_available() -> bool:
        """Tesseract is installed (with at least one of the council's languages)."""
        return ocr.tesseract() is not None and bool(ocr.installed_languages() & {"kor", "chi_sim", "chi_tra", "eng"})

    def states(self, shas: Iterable[str]) -> dict[str, extraction.FileState]:
        return extraction.states(self._db, shas)

    def file_name(self, sha256: str) -> str:
        """A name the file is attached under (for messages)."""
        return extraction.name_of(self._db, sha256) or sha256[:12]

    def waiting(self) -> list[str]:
        return extraction.waiting(self._db, retry_without_ocr=self.ocr_available())

    # --- reading in the foreground ----------------------------------------------------------------------

    def read(self, sha256: str) -> Extracted | None:
        result = extraction.read_file(self._db, sha256, self.limits)
        if result is not None:
            for listener in list(self.listeners):
                listener(sha256, result)
        return result

    def run(self, everything: bool = False, progress: Callable[[int, int], None] | None = None) -> ExtractReport:
        """Read the files that wait (every stored file with ``everything``), one after the other."""
        shas = extraction.waiting(self._db, everything, retry_without_ocr=self.ocr_available())
        report = ExtractReport()
        for done, sha in enumerate(shas):
            if progress:
                progress(done, len(shas))
            result = self.read(sha)
            if result is None:
                continue
            report.files += 1
            report.by_state[result.state] = report.by_state.get(result.state, 0) + 1
            if result.reason:
                report.reasons[result.reason] = report.reasons.get(result.reason, 0) + 1
            report.pages += len(result.pages)
            report.ocr_pages += result.ocr_pages
            report.seconds += result.seconds
            report.cpu_seconds += result.cpu_seconds
        if progress:
            progress(len(shas), len(shas))
        return report

    # --- the background worker ----------------------------------------------------------------------------

    def heard(self, change: Change) -> None:
        """A records listener: a change that touched agreements may list new files."""
        if change.touches("agreement"):
            self._wake.set()

    def work(self) -> None:
        for sha in self.waiting():
            if self.stopping:
                return
            self.read(sha)
