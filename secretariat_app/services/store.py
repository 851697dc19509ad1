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

from ..domain import clocks, documents, rules
from ..domain import models as m
from ..domain.documents import Doc
from ..errors import ConflictError, NotFoundError, Problem, SecretariatError, ValidationError
from .references import DbRefs, references_of, referrers

ANY_VERSION = -1  # imports update whatever version is stored


class WriteObserver(Protocol):
    """Told of every write in its transaction. An observer may also have ``bulk_written(session, kind,
    ids)``, which the bulk path (services/bulk.py) calls instead, once per kind and batch, after the rows
    are written."""

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
    revision: str | None = None  # the revision it made (services/sync.py)
    parents: tuple[str, ...] = ()  # the revision(s) it descends from


@dataclass(frozen=True)
class Revision:
    """What a write makes of a record's revision: its id, clock and local change number, and, for a
    counterpart's version applied by an import, who changed it there and when (kept as they were)."""

    revision: str
    clock: dict[str, int]
    seq: int
    parents: tuple[str, ...] = ()
    at: datetime | None = None
    by: str | None = None
    by_name: Mapping[str, str] | None = None
    trashed: tuple[datetime, str] | None = None  # when and by whom they moved it to the trash
    source: str | None = None  # the counterpart site it came from (None: made here)


@dataclass
class Context:
    session: Session
    user: str  # the login
    change_id: str
    action_label: str | None = None  # what the audit trail calls the step (import, undo, ...)
    observers: tuple[WriteObserver, ...] = ()
    now: datetime | None = None
    names: Mapping[str, str] | None = None  # the clerk's display name by language, kept beside the login
    site: str | None = None  # this database's site id, once the transaction numbered its change
    seq: int | None = None  # the transaction's local change number (one for all it writes)

    @property
    def user_name(self) -> dict[str, str] | None:
        """The display name as stored (None when the clerk set none)."""
        return dict(self.names) if self.names else None

    def stamp(self) -> datetime:
        if self.now is None:
            self.now = datetime.now(UTC)
        return self.now

    def change_number(self) -> tuple[str, int]:
        """This site's id and the transaction's change number, taken from the site's counter on the first
        write: the counter's row stays locked until the commit, so numbers are committed in order (a
        package that reads "changes after n" can never miss one committed late under a smaller number)."""
        if self.seq is None:
            row = self.session.execute(
                update(m.Site).where(m.Site.is_self.is_(True)).values(seq=m.Site.seq + 1)
                .returning(m.Site.id, m.Site.seq), execution_options={"synchronize_session": False}).one()
            self.site, self.seq = row[0], row[1]
        assert self.site is not None
        return self.site, self.seq

    def next_revision(self, clock: Mapping[str, int] | None, revision: str | None,
                      also: tuple[str, ...] = ()) -> Revision:
        """This site's next revision of a record now at ``revision`` (``also``: more parents)."""
        site, seq = self.change_number()
        rev, new_clock = clocks.advanced(clock, site)
        return Revision(rev, new_clock, seq, tuple(p for p in (revision, *also) if p))


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


def claim(ctx: Context, kind: str, record_id: str, expected: int, rev: Revision) -> None:
    """Compare-and-set the version: the one statement that makes concurrent saves safe."""
    cls = model(kind)
    query = update(cls).where(cls.id == record_id)
    if expected != ANY_VERSION:
        query = query.where(cls.version == expected)
    result = ctx.session.execute(
        query.values(version=cls.version + 1, revision=rev.revision, clock=rev.clock, seq=rev.seq,
                     received_from=rev.source,
                     updated_at=rev.at or ctx.stamp(), updated_by=rev.by or ctx.user,
                     updated_by_name=(dict(rev.by_name) if rev.by_name else None) if rev.by else ctx.user_name),
        execution_options={"synchronize_session": False},
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise _conflict(ctx.session, kind, record_id)


AUDIT_ON_SERVER = text("SELECT secretariat_audit(:change_id, CAST(:at AS timestamp), :user, :kind, :record_id, :action, :summary, "
                       "CAST(:before AS json), CAST(:after AS json), CAST(:user_name AS json), :revision, "
                       "CAST(:parents AS json))")


def _audit(ctx: Context, w: Written, summary: str | None = None) -> None:
    audit_row(ctx, w, ctx.action_label or w.action, summary)
    for observer in ctx.observers:
        observer.record_written(ctx.session, w.kind, w.record_id, w.after if w.action != "delete" else None)


def audit_row(ctx: Context, w: Written, action: str, summary: str | None = None) -> None:
    """The audit trail's row of one change (a counterpart's version kept aside as a conflict has one too,
    with nothing else written: every version of a record stays in the trail)."""
    row = {"change_id": ctx.change_id, "at": ctx.stamp(), "user": ctx.user, "user_name": ctx.user_name,
           "kind": w.kind, "record_id": w.record_id, "action": action, "summary": summary,
           "before": w.before, "after": w.after, "revision": w.revision, "parents": list(w.parents) or None}
    if ctx.session.get_bind().dialect.name == "postgresql":
        # Through the server's function: editors may not insert audit rows themselves, and the server
        # notes the login that wrote each one (migrations 0005, 0006: the display name beside it; 0008:
        # the revision and its parents).
        ctx.session.execute(AUDIT_ON_SERVER, {**row, "before": _json(w.before), "after": _json(w.after),
                                              "user_name": _json(ctx.user_name),
                                              "parents": _json(row["parents"])})
    else:
        ctx.session.add(m.AuditEntry(**row))


def _json(doc: Any) -> str | None:
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
         is_new: bool = False, revision: Revision | None = None) -> Written | None:
    """Create (``expected_version`` None) or update a record. None if nothing changed.

    ``checked`` skips validation for a caller (the importer) that validated a whole document first;
    ``is_new`` says the caller knows the id is not stored yet: the record is then only added to the
    session, and the caller's next flush sends the INSERTs of many records in batches. ``revision``: a
    counterpart's revision that an import applies (else this site makes the next one).
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
        rev = revision or _first_revision(ctx, kind, record_id, is_new)
        obj = cls(id=record_id, version=1, created_at=now, updated_at=rev.at or now, updated_by=rev.by or ctx.user,
                  updated_by_name=(dict(rev.by_name) if rev.by_name else None) if rev.by else ctx.user_name,
                  revision=rev.revision, clock=rev.clock, seq=rev.seq, received_from=rev.source)
        session.add(obj)
        documents.write(session, kind, obj, doc)
        if not is_new:
            session.flush()
        written = Written(kind, record_id, "create", None, documents.to_doc(kind, obj), 1, rev.revision, rev.parents)
        _audit(ctx, written)
        return written
    before = documents.to_doc(kind, existing)
    was_trashed = existing.deleted_at is not None
    # Numbered before the savepoint: the site's counter must not go back with it (see change_number).
    rev = revision or ctx.next_revision(existing.clock, existing.revision)
    # A savepoint, so that a save that changes nothing leaves no trace (no version bump, no audit).
    nested = session.begin_nested()
    try:
        claim(ctx, kind, record_id, ANY_VERSION if expected_version is None else expected_version, rev)
        session.refresh(existing, ["version", "updated_at", "updated_by", "updated_by_name", "revision", "clock",
                                   "seq"])
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
    written = Written(kind, record_id, "restore" if was_trashed else "update", before, after, existing.version,
                      rev.revision, rev.parents)
    _audit(ctx, written)
    return written


def _first_revision(ctx: Context, kind: str, record_id: str, is_new: bool) -> Revision:
    """A new record's first revision; an id removed for good before starts after its tombstone, so that
    the new record is not taken for an older copy of the removed one."""
    gone = None if is_new else ctx.session.get(m.Tombstone, (kind, record_id))
    return ctx.next_revision(gone.clock if gone else None, gone.revision if gone else None)


def trash(ctx: Context, kind: str, record_id: str, expected_version: int | None = None,
          content: Doc | None = None, revision: Revision | None = None, force: bool = False) -> Written:
    """Move a record to the trash; with ``content``, it goes there holding that content (the undo of a
    save that brought it back from the trash with new content). ``revision``: a counterpart's deletion
    (else this site makes the next revision); ``force``: even where records here still refer to it (an
    import applies the counterpart's deletion, where none did; the import's summary says so)."""
    obj = load(ctx.session, kind, record_id)
    users = [] if force else referrers(ctx.session, kind, record_id)
    if users:
        names = ", ".join(f"{k} {i!r}" for k, i in users[:5]) + (" …" if len(users) > 5 else "")
        raise SecretariatError(
            f"The {kind} {record_id!r} cannot go to the trash: {len(users)} record(s) refer to it ({names})."
        )
    doc = documents.to_doc(kind, obj)
    rev = revision or ctx.next_revision(obj.clock, obj.revision)
    claim(ctx, kind, record_id, ANY_VERSION if expected_version is None else expected_version, rev)
    ctx.session.refresh(obj, ["version", "revision", "clock", "seq"])
    if content is not None:
        documents.write(ctx.session, kind, obj, content)
    obj.deleted_at, obj.deleted_by = rev.trashed or (rev.at or ctx.stamp(), rev.by or ctx.user)
    ctx.session.flush()
    after = doc if content is None else documents.to_doc(kind, obj)
    written = Written(kind, record_id, "delete", doc, after, obj.version, rev.revision, rev.parents)
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
    rev = ctx.next_revision(obj.clock, obj.revision)
    claim(ctx, kind, record_id, ANY_VERSION if expected_version is None else expected_version, rev)
    ctx.session.refresh(obj, ["version", "revision", "clock", "seq"])
    obj.deleted_at = obj.deleted_by = None
    ctx.session.flush()
    written = Written(kind, record_id, "restore", doc, doc, obj.version, rev.revision, rev.parents)
    _audit(ctx, written)
    return written


def purge(ctx: Context, kind: str, record_id: str) -> Written:
    """Remove a record in the trash for good (no audit entry: the trail keeps its last state). A tombstone
    keeps its last revision, so that the removal travels to the counterpart."""
    obj = load(ctx.session, kind, record_id, include_trash=True)
    if obj.deleted_at is None:
        raise SecretariatError(f"The {kind} {record_id!r} is not in the trash.")
    users = referrers(ctx.session, kind, record_id, live_only=False)
    if users:
        raise SecretariatError(f"The {kind} {record_id!r} is still referred to by {users[0][0]} {users[0][1]!r}.")
    version = obj.version
    rev = ctx.next_revision(obj.clock, obj.revision)
    keep_tombstone(ctx.session, kind, record_id, rev, ctx.stamp(), ctx.user, ctx.user_name)
    files = set(ctx.session.scalars(select(m.Attachment.sha256).where(m.Attachment.agreement_id == record_id))) \
        if kind == "agreement" else set()
    ctx.session.delete(obj)
    ctx.session.flush()  # its search entries went when it went to the trash
    remove_unlisted_files(ctx.session, files)  # its files' bytes go with it, unless another record lists them
    return Written(kind, record_id, "purge", None, None, version, rev.revision, rev.parents)


def keep_tombstone(session: Session, kind: str, record_id: str, rev: Revision, at: datetime, by: str,
                   by_name: Mapping[str, str] | None) -> None:
    stone = session.get(m.Tombstone, (kind, record_id))
    if stone is None:
        stone = m.Tombstone(kind=kind, record_id=record_id)
        session.add(stone)
    stone.revision, stone.clock, stone.seq = rev.revision, rev.clock, rev.seq
    stone.at, stone.by, stone.by_name = at, by, dict(by_name) if by_name else None


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
