"""Attachment bytes: kept in the database once per content, addressed by their SHA-256.

Adding a file stores its bytes at once, in its own small transaction, and returns the attachment's
metadata for the agreement document; the agreement itself is saved later with the record (or not at
all: bytes nobody refers to are harmless and travel nowhere, since exports only take referred ones).
"""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..domain import filenames
from ..domain import models as m
from ..errors import NotFoundError, ReadOnlyError, SecretariatError
from ..storage.database import Database

# Same ceiling as an exchange bundle's member: larger files would not travel to the other secretariat.
MAX_BYTES = 512 * 1024 * 1024

AttachmentDoc = dict[str, Any]  # {"name", "media_type", "size", "sha256"}, as in the exchange format


def media_type_of(name: str) -> str:
    guessed, _ = mimetypes.guess_type(name, strict=False)
    return guessed or "application/octet-stream"


def store_file(db: Database, path: Path | str) -> AttachmentDoc:
    """Read a file and keep its bytes; the metadata names it by its own file name."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SecretariatError(
                f"{path.name} is {size / 2**20:.0f} MiB; attachments can be at most {MAX_BYTES // 2**20} MiB."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise SecretariatError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    return store_bytes(db, filenames.plain(path.name), data)


def store_bytes(db: Database, name: str, data: bytes, media_type: str | None = None) -> AttachmentDoc:
    if len(data) > MAX_BYTES:
        raise SecretariatError(f"{name} is too large for an attachment (at most {MAX_BYTES // 2**20} MiB).")
    sha = hashlib.sha256(data).hexdigest()
    if db.read_only:
        raise ReadOnlyError(db.read_only)
    with db.writing() as uow:
        if uow.session.scalar(select(m.Blob.sha256).where(m.Blob.sha256 == sha)) is None:
            uow.session.add(m.Blob(sha256=sha, size=len(data), data=data))
            try:
                uow.commit()
            except IntegrityError:
                pass  # another clerk stored the same bytes a moment ago: they are there either way
    return {"name": name, "media_type": media_type or media_type_of(name), "size": len(data), "sha256": sha}


def read_bytes(db: Database, sha256: str, name: str = "") -> bytes:
    """The stored bytes, checked against their hash (a damaged file is refused, not shown)."""
    what = name or f"attachment {sha256[:12]}…"
    with db.reading() as uow:
        data = uow.session.scalar(select(m.Blob.data).where(m.Blob.sha256 == sha256))
    if data is None:
        raise NotFoundError(
            f"This database does not hold the file {what} (it came without its bytes, e.g. from a .json "
            f"export). Import the .zip bundle that has it, or add the file again."
        )
    if hashlib.sha256(data).hexdigest() != sha256:
        raise SecretariatError(f"The stored bytes of {what} are damaged (their SHA-256 does not match).")
    return bytes(data)
