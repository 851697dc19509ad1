"""Attachment bytes: kept in the database once per content, addressed by their SHA-256.

Adding a file stores its bytes at once, in its own small transaction, and returns the attachment's
metadata for the agreement document; the agreement itself is saved later with the record (or not at
all: bytes nobody refers to are harmless and travel nowhere, since exports only take referred ones).
"""

from __future__ import annotations

import hashlib
import mimetypes
from datetime import datetime
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..domain import filenames
from ..domain import models as m
from ..errors import NotFoundError, ReadOnlyError, SecretariatError
from ..storage.database import Database
from . import trail

# Same ceiling as an exchange bundle's member: larger files would not travel to the other secretariat.
MAX_BYTES = 512 * 1024 * 1024

AttachmentDoc = dict[str, Any]  # {"name", "media_type", "size", "sha256"}, as in the exchange format


# What kind of file an attachment is, in the words a clerk uses (the UI names each kind in its language):
# by the file's extension first (Hangul files have no media type most systems know), then its media type.
FILE_KINDS = ("pdf", "word", "hangul", "excel", "image", "text", "file")
_KIND_OF_EXTENSION = {
    "pdf": "pdf", "doc": "word", "docx": "word", "docm": "word", "dot": "word", "dotx": "word", "rtf": "word",
    "hwp": "hangul", "hwpx": "hangul", "hwt": "hangul",
    "xls": "excel", "xlsx": "excel", "xlsm": "excel", "xlsb": "excel", "xlt": "excel", "xltx": "excel",
    "jpg": "image", "jpeg": "image", "png": "image", "gif": "image", "bmp": "image", "tif": "image", "tiff": "image",
    "webp": "image", "heic": "image", "txt": "text", "md": "text", "csv": "text",
}
_KIND_OF_MEDIA_TYPE = {
    "application/pdf": "pdf", "application/msword": "word", "application/rtf": "word", "text/rtf": "word",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "word",
    "application/x-hwp": "hangul", "application/haansofthwp": "hangul", "application/vnd.hancom.hwp": "hangul",
    "application/vnd.hancom.hwpx": "hangul", "application/hwp+zip": "hangul",
    "application/vnd.ms-excel": "excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "excel",
    "text/plain": "text", "text/markdown": "text", "text/csv": "text", "text/tab-separated-values": "text",
}


def file_kind(name: str, media_type: str | None = None) -> str:
    """One of :data:`FILE_KINDS`: "pdf", "word", "hangul", "excel", "image", "text", else "file"."""
    kind = _KIND_OF_EXTENSION.get(PurePath(name or "").suffix.lower().lstrip("."))
    if kind:
        return kind
    media = (media_type or "").split(";")[0].strip().lower()
    if media in _KIND_OF_MEDIA_TYPE:
        return _KIND_OF_MEDIA_TYPE[media]
    return "image" if media.startswith("image/") else "file"


def added_at(db: Database, agreement_id: str) -> dict[str, datetime]:
    """When each file the agreement lists now (by SHA-256) came to be listed, read from its audit trail:
    the change after which its document lists the file while the one before did not. A file removed and
    added again (or brought back by Undo) counts from its return."""
    with db.reading() as uow:
        rows = [(v.entry.at, v.after) for v in trail.versions(uow.session, "agreement", agreement_id)]
    listed: dict[str, datetime] = {}
    for at, after in rows:
        if after is None:  # moved to the trash or purged: the list is what it was
            continue
        now = {a.get("sha256") for a in after.get("attachments") or [] if isinstance(a, dict)}
        listed = {sha: listed.get(sha, at) for sha in now if isinstance(sha, str)}
    return listed


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
