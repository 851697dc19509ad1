"""Writing records inside a unit of work: save with a version check, trash, restore, audit.

These functions take an open session and never commit: the caller's unit of work decides. Every
write passes through :func:`save`, :func:`trash` or :func:`restore`, which write the audit trail and
tell the observers (the search index) in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from ..domain import documents, rules
from ..domain import models as m
from ..domain.documents import Doc
from ..errors import ConflictError, NotFoundError, Problem, SecretariatError, ValidationError
from .references import DbRefs, references_of, referrers

ANY_VERSION = -1  # imports update whatever version is stored


class WriteObserver(Protocol):
    def record_written(self, session: Session, kind: str, record_id: str, doc: Doc | None) -> None:
        """``doc`` is the record as stored now, or None when it went to the trash."""


@dataclass(frozen=True)
class Written:
    """One record changed by one step: enough to describe, audit and undo it."""

    kind: str
    record_id: str
    action: str  # create, update, delete, restore
    before: Doc | None
    after: Doc | None
    version: int  # the version after the change


@dataclass
class Context:
    session: Session
    user: str  # the login
    change_id: str
    action_label: str | None = None  # what the audit trail calls the step (import, undo, ...)
    observers: tuple[WriteObserver, ...] = ()
    now: datetime | None = None
    names: Mapping[str, str] | None = None  # the clerk's display name by language, kept beside the login

    @property
    def user_name(self) -> dict[str, str] | None:
        """The display name as stored (None when the clerk set none)."""
        return dict(self.names) if self.names else None

    def stamp(self) -> datetime:
        if self.now is None:
            self.now = datetime.now(UTC)
        return self.now


def model(kind: str) -> type[m.RecordMixin]:
    try:
        return m.RECORD_CLASSES[kind]
    except KeyError:
        raise SecretariatError(f"Unknown kind of record {kind!r}") from None


def load(session: Session, kind: str, record_id: str, include_trash: bool = False) -> m.RecordMixin:
    obj = session.get(model(kind), record_id)
    if obj is None or (obj.deleted_at is not None and not include_trash):
        where = " (it is in the trash)" if obj is not None else ""
        raise NotFoundError(f"There is no {kind} {record_id!r}{where}.")
    return obj


def _conflict(session: Session, kind: str, record_id: str) -> ConflictError:
    cls = model(kind)
    row = session.execute(
        select(cls.version, cls.updated_by, cls.updated_at, cls.updated_by_name).where(cls.id == record_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(f"There is no {kind} {record_id!r}; it may have been removed.")
    return ConflictError(kind, record_id, row.updated_by, row.updated_at, row.version, row.updated_by_name)


def _claim(ctx: Context, kind: str, record_id: str, expected: int) -> None:
    """Compare-and-set the version: the one statement that makes concurrent saves safe."""
    cls = model(kind)
    query = update(cls).where(cls.id == record_id)
    if expected != ANY_VERSION:
        query = query.where(cls.version == expected)
    result = ctx.session.execute(
        query.values(version=cls.version + 1, updated_at=ctx.stamp(), updated_by=ctx.user,
                     updated_by_name=ctx.user_name),
        execution_options={"synchronize_session": False},
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise _conflict(ctx.session, kind, record_id)


AUDIT_ON_SERVER = text("SELECT secretariat_audit(:change_id, CAST(:at AS timestamp), :user, :kind, :record_id, :action, :summary, "
                       "CAST(:before AS json), CAST(:after AS json), CAST(:user_name AS json))")


def _audit(ctx: Context, w: Written, summary: str | None = None) -> None:
    row = {"change_id": ctx.change_id, "at": ctx.stamp(), "user": ctx.user, "user_name": ctx.user_name,
           "kind": w.kind, "record_id": w.record_id, "action": ctx.action_label or w.action, "summary": summary,
           "before": w.before, "after": w.after}
    if ctx.session.get_bind().dialect.name == "postgresql":
        # Through the server's function: editors may not insert audit rows themselves, and the server
        # notes the login that wrote each one (migrations 0005, 0006: the display name beside it).
        ctx.session.execute(AUDIT_ON_SERVER, {**row, "before": _json(w.before), "after": _json(w.after),
                                              "user_name": _json(ctx.user_name)})
    else:
        ctx.session.add(m.AuditEntry(**row))
    for observer in ctx.observers:
        observer.record_written(ctx.session, w.kind, w.record_id, w.after if w.action != "delete" else None)


def _json(doc: Doc | None) -> str | None:
    return None if doc is None else json.dumps(doc, ensure_ascii=False)


def validate(session: Session, kind: str, doc: Any, place: str = "") -> list[Any]:
    """The rules, against what the database holds (the stored record for the locked-minutes rule)."""
    before = None
    rid = doc.get("id") if isinstance(doc, dict) else None
    if isinstance(rid, str):
        existing = session.get(model(kind), rid)
        if existing is not None:
            before = documents.to_doc(kind, existing)
    return rules.check(kind, doc, DbRefs(session), place=place, before=before)


def save(ctx: Context, kind: str, doc: Doc, expected_version: int | None, checked: bool = False,
         is_new: bool = False) -> Written | None:
    """Create (``expected_version`` None) or update a record. None if nothing changed.

    ``checked`` skips validation for a caller (the importer) that validated a whole document first;
    ``is_new`` says the caller knows the id is not stored yet: the record is then only added to the
    session, and the caller's next flush sends the INSERTs of many records in batches.
    """
    session = ctx.session
    if not checked:
        problems = validate(session, kind, doc)
        if problems:
            raise ValidationError(problems)
    cls = model(kind)
    record_id = doc["id"]
    existing = None if is_new else session.get(cls, record_id)
    if expected_version is None and existing is not None and existing.deleted_at is None:
        raise ValidationError([Problem("id", "already_exists", {"kind": kind, "id": record_id})])
    if existing is None and expected_version not in (None, ANY_VERSION):
        # An edit of a record someone removed for good: never bring it back behind their back.
        raise NotFoundError(f"There is no {kind} {record_id!r} any more (removed from the trash for good "
                            f"since you opened it); your save was refused.")
    if existing is None:
        now = ctx.stamp()
        obj = cls(id=record_id, version=1, created_at=now, updated_at=now, updated_by=ctx.user,
                  updated_by_name=ctx.user_name)
        session.add(obj)
        documents.write(session, kind, obj, doc)
        if not is_new:
            session.flush()
        written = Written(kind, record_id, "create", None, documents.to_doc(kind, obj), 1)
        _audit(ctx, written)
        return written
    before = documents.to_doc(kind, existing)
    was_trashed = existing.deleted_at is not None
    # A savepoint, so that a save that changes nothing leaves no trace (no version bump, no audit).
    nested = session.begin_nested()
    try:
        _claim(ctx, kind, record_id, ANY_VERSION if expected_version is None else expected_version)
        session.refresh(existing, ["version", "updated_at", "updated_by", "updated_by_name"])
        if was_trashed:  # an import (or a create over a trashed id) brings it back
            existing.deleted_at = existing.deleted_by = None
        documents.write(session, kind, existing, doc)
        session.flush()
        after = documents.to_doc(kind, existing)
    except BaseException:
        nested.rollback()
        raise
    if after == before and not was_trashed:
        nested.rollback()
        return None
    nested.commit()
    written = Written(kind, record_id, "restore" if was_trashed else "update", before, after, existing.version)
    _audit(ctx, written)
    return written


def trash(ctx: Context, kind: str, record_id: str, expected_version: int | None = None,
          content: Doc | None = None) -> Written:
    """Move a record to the trash; with ``content``, it goes there holding that content (the undo of a
    save that brought it back from the trash with new content)."""
    obj = load(ctx.session, kind, record_id)
    users = referrers(ctx.session, kind, record_id)
    if users:
        names = ", ".join(f"{k} {i!r}" for k, i in users[:5]) + (" …" if len(users) > 5 else "")
        raise SecretariatError(
            f"The {kind} {record_id!r} cannot go to the trash: {len(users)} record(s) refer to it ({names})."
        )
    doc = documents.to_doc(kind, obj)
    _claim(ctx, kind, record_id, ANY_VERSION if expected_version is None else expected_version)
    ctx.session.refresh(obj, ["version"])
    if content is not None:
        documents.write(ctx.session, kind, obj, content)
    obj.deleted_at, obj.deleted_by = ctx.stamp(), ctx.user
    ctx.session.flush()
    after = doc if content is None else documents.to_doc(kind, obj)
    written = Written(kind, record_id, "delete", doc, after, obj.version)
    _audit(ctx, written)
    return written


def restore(ctx: Context, kind: str, record_id: str, expected_version: int | None = None) -> Written:
    obj = load(ctx.session, kind, record_id, include_trash=True)
    if obj.deleted_at is None:
        raise SecretariatError(f"The {kind} {record_id!r} is not in the trash.")
    doc = documents.to_doc(kind, obj)
    refs = DbRefs(ctx.session)
    missing = [(k, i) for k, i in references_of(doc, kind) if (k, i) != (kind, record_id) and not refs.exists(k, i)]
    if missing:
        names = ", ".join(f"{k} {i!r}" for k, i in missing[:5])
        raise SecretariatError(
            f"The {kind} {record_id!r} cannot be restored: it refers to records that are gone ({names}). "
            f"Restore those first."
        )
    _claim(ctx, kind, record_id, ANY_VERSION if expected_version is None else expected_version)
    ctx.session.refresh(obj, ["version"])
    obj.deleted_at = obj.deleted_by = None
    ctx.session.flush()
    written = Written(kind, record_id, "restore", doc, doc, obj.version)
    _audit(ctx, written)
    return written


def purge(ctx: Context, kind: str, record_id: str) -> Written:
    """Remove a record in the trash for good (no audit entry: the trail keeps its last state)."""
    obj = load(ctx.session, kind, record_id, include_trash=True)
    if obj.deleted_at is None:
        raise SecretariatError(f"The {kind} {record_id!r} is not in the trash.")
    users = referrers(ctx.session, kind, record_id, live_only=False)
    if users:
        raise SecretariatError(f"The {kind} {record_id!r} is still referred to by {users[0][0]} {users[0][1]!r}.")
    version = obj.version
    files = set(ctx.session.scalars(select(m.Attachment.sha256).where(m.Attachment.agreement_id == record_id))) \
        if kind == "agreement" else set()
    ctx.session.delete(obj)
    ctx.session.flush()  # its search entries went when it went to the trash
    remove_unlisted_files(ctx.session, files)  # its files' bytes go with it, unless another record lists them
    return Written(kind, record_id, "purge", None, None, version)


def unlisted_files(session: Session) -> list[tuple[str, int]]:
    """(sha256, size) of stored file bytes that no attachment of any record (in the trash too) lists."""
    listed = select(m.Attachment.sha256)
    return [(sha, size) for sha, size in session.execute(
        select(m.Blob.sha256, m.Blob.size).where(m.Blob.sha256.not_in(listed)))]


def remove_unlisted_files(session: Session, among: set[str] | None = None) -> tuple[int, int]:
    """Remove stored bytes no record lists (only ``among`` these, if given); returns (files, bytes)."""
    gone = [(sha, size) for sha, size in unlisted_files(session) if among is None or sha in among]
    for start in range(0, len(gone), 500):
        session.execute(delete(m.Blob).where(m.Blob.sha256.in_([sha for sha, _ in gone[start:start + 500]])))
    return len(gone), sum(size for _, size in gone)
