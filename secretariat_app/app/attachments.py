"""An agreement's files: keep a file's bytes (before the record that lists it is saved), read them back,
and say when each file came to be listed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ..services import attachments, extraction
from ..services.extraction import FileState
from ..storage.database import Database


class Attachments:
    def __init__(self, db: Database):
        self._db = db

    def store_file(self, path: Path | str) -> attachments.AttachmentDoc:
        return attachments.store_file(self._db, path)

    def read_bytes(self, sha256: str, name: str = "") -> bytes:
        return attachments.read_bytes(self._db, sha256, name)

    def added_at(self, agreement_id: str) -> dict[str, datetime]:
        """SHA-256 → when the agreement came to list that file (from its history)."""
        return attachments.added_at(self._db, agreement_id)

    def text_states(self, shas: list[str]) -> dict[str, FileState]:
        """SHA-256 → whether the file's text was read for search (how, or why not), or waits to be."""
        return extraction.states(self._db, shas)

    @staticmethod
    def kind(name: str, media_type: str | None = None) -> str:
        """"pdf", "word", "hangul", "excel", "image", "text" or "file"."""
        return attachments.file_kind(name, media_type)
