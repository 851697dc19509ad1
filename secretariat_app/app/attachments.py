"""An agreement's files: keep a file's bytes (before the record that lists it is saved), read them back."""

from __future__ import annotations

from pathlib import Path

from ..services import attachments
from ..storage.database import Database


class Attachments:
    def __init__(self, db: Database):
        self._db = db

    def store_file(self, path: Path | str) -> attachments.AttachmentDoc:
        return attachments.store_file(self._db, path)

    def read_bytes(self, sha256: str, name: str = "") -> bytes:
        return attachments.read_bytes(self._db, sha256, name)
