"""Use cases on records: open, check, save, delete to the trash, restore, purge, undo and redo, history.

Every method is one user action: one unit of work, one transaction, one entry group in the audit
trail, and a :class:`Change` saying what changed (so that every open view can refresh). Undo and
redo live here, in the core: the UI only shows them.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select

from ..domain import documents
from ..domain import models as m
from ..domain.documents import Doc
from ..domain.langmap import LangMap
from ..errors import NotFoundError, Problem, ReadOnlyError, SecretariatError
from ..storage.database import Database
from ..storage.db_errors import BusyError
from . import store, trail
from .changes import Change, ChangeTally
from .store import Context, WriteObserver, Written

UNDO_LIMIT = 100


@dataclass(frozen=True)
class Loaded:
    kind: str
    doc: Doc
    version: int
    created_at: datetime
    updated_at: datetime
    updated_by: str
    deleted_at: datetime | None
    updated_by_name: LangMap | None = None  # the display name of whoever changed it last, if they set one


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user: str  # the login
    action: str
    fields: tuple[str, ...]  # the top-level fields that changed
    before: Doc | None
    after: Doc | None
    user_name: LangMap | None = None  # the clerk's display name beside the login (None on old rows)
    source: str | None = None  # the file an import it was part of came from


@dataclass(frozen=True)
class TrashEntry:
    kind: str
    record_id: str
    title: LangMap
    deleted_at: datetime
    deleted_by: str
    deleted_by_name: LangMap | None = None  # a trashed record was last changed by whoever trashed it


def title_of(kind: str, doc: Doc) -> LangMap:
    """A record's display name: ``name`` for organizations, people and teams, ``title`` otherwise."""
    return doc.get("name") or doc.get("title") or {"en": doc.get("id", "")}


def changed_fields(before: Doc | None, after: Doc | None) -> tuple[str, ...]:
    before, after = before or {}, after or {}
    return tuple(k for k in dict.fromkeys([*before, *after]) if before.get(k) != after.get(k))


BUSY_RETRIES = 3  # a write that met a lock held past the busy timeout is tried again, a few times


def retried(attempt: Callable[[], Any]) -> Any:
    """Run a whole unit of work again when the database stayed busy (many clerks saving at once on a
    SQLite file): each try rolled back completely, so trying again is safe; the last refusal is said."""
    for n in range(BUSY_RETRIES):
        try:
            return attempt()
        except BusyError:
            if n == BUSY_RETRIES - 1:
                raise
            time.sleep(0.05 * (2 ** n) * (1 + random.random()))  # apart, so the writers do not meet again
    raise AssertionError("unreachable")


class Records:
    def __init__(self, db: Database, user: str, observers: Sequence[WriteObserver] = (),
                 names: Mapping[str, str] | None = None):
        self.db = db
        self.user = user  # the login, on every audit row and record this writes
        # The clerk's display name by language, kept beside the login; the app changes it when the clerk
        # sets another in Preferences (it applies to the writes that start after that).
        self.names: dict[str, str] = dict(names or {})
        self.observers = tuple(observers)
        self._undo: list[Change] = []
        self._redo: list[Change] = []
        # The stacks are changed on the write thread and read for the menu on the UI thread.
        self._stacks = threading.Lock()
        self.read_only = db.read_only  # why nothing may be written here, or None
        self.listeners: list[Callable[[Change], None]] = []  # told after every committed change

    # --- reading ---------------------------------------------------------------------------------

    def get(self, kind: str, record_id: str, include_trash: bool = False) -> Loaded:
        with self.db.reading() as uow:
            obj = store.load(uow.session, kind, record_id, include_trash)
            return Loaded(kind, documents.to_doc(kind, obj), obj.version, obj.created_at, obj.updated_at,
                          obj.updated_by, obj.deleted_at, obj.updated_by_name or None)

    def exists(self, kind: str, record_id: str) -> bool:
        with self.db.reading() as uow:
            cls = store.model(kind)
            return uow.session.scalar(select(cls.id).where(cls.id == record_id)) is not None

    def validate(self, kind: str, doc: Doc) -> list[Problem]:
        """Every problem of a document as it would be saved now (for inline messages in editors)."""
        with self.db.reading() as uow:
            return store.validate(uow.session, kind, doc)

    def history(self, kind: str, record_id: str) -> list[HistoryEntry]:
        with self.db.reading() as uow:
            return [
                HistoryEntry(v.entry.at, v.entry.user, v.entry.action, changed_fields(v.entry.before, v.after),
                             v.entry.before, v.after, v.entry.user_name or None, v.source)
                for v in trail.versions(uow.session, kind, record_id)
            ]

    def trash(self) -> list[TrashEntry]:
        out: list[TrashEntry] = []
        with self.db.reading() as uow:
            for kind, cls in m.RECORD_CLASSES.items():
                name_col = cls.name if hasattr(cls, "name") else cls.title  # type: ignore[attr-defined]
                rows = uow.session.execute(
                    select(cls.id, name_col, cls.deleted_at, cls.deleted_by, cls.updated_by_name)
                    .where(cls.deleted_at.is_not(None))
                )
                out += [TrashEntry(kind, r[0], r[1], r[2], r[3] or "", r[4] or None) for r in rows]
        return sorted(out, key=lambda e: e.deleted_at, reverse=True)

    # --- writing ---------------------------------------------------------------------------------

    def run(self, action: str, step: Callable[[Context], Iterable[Written | None]], *, label: str | None = None,
            undoable: bool = True, initiator: Any = None, subject: Change | None = None,
            committed: Callable[[Change], None] | None = None) -> Change:
        """Run one user action in one transaction; record it for undo; tell the listeners.
        ``committed`` runs after the commit and before the listeners hear of it (undo moves its stacks)."""
        self._writable()
        names = dict(self.names)  # as the action started, for every try of it

        def attempt() -> tuple[Context, tuple[Written, ...]]:
            with self.db.writing() as uow:
                ctx = Context(uow.session, self.user, str(uuid.uuid4()), label, self.observers, names=names)
                written = tuple(w for w in step(ctx) if w is not None)
                uow.commit()
            return ctx, written

        ctx, written = retried(attempt)
        change = Change.of(action, written, change_id=ctx.change_id, subject=subject, initiator=initiator,
                           keep=action != "purge")
        with self._stacks:
            if undoable and written:
                self._undo.append(replace(change, initiator=None))  # the stack keeps facts, not the views
                del self._undo[:-UNDO_LIMIT]
                self._redo.clear()
            if committed is not None:
                committed(change)
        self._notify(change)
        return change

    def run_bulk(self, action: str, work: Callable[[Context, ChangeTally], None], *, label: str | None = None,
                 dry_run: bool = False, initiator: Any = None) -> Change:
        """A write of many records (an import) in one transaction: the change keeps ids and counts, not
        the records' content, and cannot be undone. A dry run rolls back and tells nobody."""
        self._writable()
        names = dict(self.names)

        def attempt() -> tuple[Context, ChangeTally]:
            tally = ChangeTally()
            with self.db.writing() as uow:
                ctx = Context(uow.session, self.user, str(uuid.uuid4()), label, self.observers, names=names)
                work(ctx, tally)
                if not dry_run:
                    uow.commit()
            return ctx, tally

        ctx, tally = retried(attempt)
        change = tally.change(action, ctx.change_id, initiator)
        if not dry_run:
            self._notify(change)
        return change

    def save(self, kind: str, doc: Doc, version: int | None, initiator: Any = None) -> Change:
        """Create (``version`` None) or update a record; the rules run once, inside the transaction."""
        return self.run("create" if version is None else "update",
                        lambda ctx: [store.save(ctx, kind, doc, version)], initiator=initiator)

    def create(self, kind: str, doc: Doc, initiator: Any = None) -> Change:
        return self.save(kind, doc, None, initiator)

    def update(self, kind: str, doc: Doc, version: int, initiator: Any = None) -> Change:
        return self.save(kind, doc, version, initiator)

    def delete(self, items: Sequence[tuple[str, str]], initiator: Any = None) -> Change:
        return self.run("delete", lambda ctx: [store.trash(ctx, k, i) for k, i in items], initiator=initiator)

    def restore(self, items: Sequence[tuple[str, str]], initiator: Any = None) -> Change:
        return self.run("restore", lambda ctx: [store.restore(ctx, k, i) for k, i in items], initiator=initiator)

    def purge(self, items: Sequence[tuple[str, str]], initiator: Any = None) -> Change:
        """Remove records from the trash for good (not undoable; the audit trail keeps their last state)."""
        return self.run("purge", lambda ctx: [store.purge(ctx, k, i) for k, i in items], undoable=False,
                        initiator=initiator)

    # --- undo and redo ---------------------------------------------------------------------------

    @property
    def next_undo(self) -> Change | None:
        """The change Undo would take back (as the clerk made it), for the menu's label."""
        with self._stacks:
            return (self._undo[-1].subject or self._undo[-1]) if self._undo else None

    @property
    def next_redo(self) -> Change | None:
        with self._stacks:
            return (self._redo[-1].subject or self._redo[-1]) if self._redo else None

    def undo(self, initiator: Any = None, expected: Change | None = None) -> Change:
        """Take back the newest change. ``expected``: what the menu offered (``next_undo`` when the clerk
        clicked); if another change came first, the undo is refused rather than taking back that one."""
        return self._step_back("undo", self._undo, self._redo, initiator, expected)

    def redo(self, initiator: Any = None, expected: Change | None = None) -> Change:
        return self._step_back("redo", self._redo, self._undo, initiator, expected)

    def _step_back(self, action: str, source: list[Change], target: list[Change], initiator: Any,
                   expected: Change | None) -> Change:
        with self._stacks:
            if not source:
                raise SecretariatError(f"There is nothing to {action}.")
            change = source[-1]
        if expected is not None and (change.subject or change).change_id != expected.change_id:
            raise SecretariatError(f"Something else was saved before the {action} ran; nothing was changed. "
                                   f"Look at the {action} menu again.")

        def moved(result: Change) -> None:  # under the stacks' lock, before anyone hears of the result
            source.pop()
            target.append(replace(result, initiator=None))

        return self.run(action, lambda ctx: _reverse(ctx, change), label=action, undoable=False,
                        subject=change.subject or change, initiator=initiator, committed=moved)

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(self.read_only)

    def _notify(self, change: Change) -> None:
        for listener in list(self.listeners):
            listener(change)


def _reverse(ctx: Context, change: Change) -> list[Written | None]:
    """Apply the inverse of every step of a change, last first. A record changed since is refused
    (ConflictError) and the whole undo is rolled back."""
    out: list[Written | None] = []
    for w in reversed(change.written):
        if w.action == "create":
            out.append(store.trash(ctx, w.kind, w.record_id, expected_version=w.version))
        elif w.action == "delete" and w.before == w.after:
            out.append(store.restore(ctx, w.kind, w.record_id, expected_version=w.version))
        elif w.action == "delete":  # it went to the trash with other content: back, with what it had
            out.append(store.save(ctx, w.kind, w.before, expected_version=w.version))  # type: ignore[arg-type]
        elif w.action == "restore" and w.before == w.after:
            out.append(store.trash(ctx, w.kind, w.record_id, expected_version=w.version))
        elif w.action == "restore":  # a save brought it back from the trash with new content
            out.append(store.trash(ctx, w.kind, w.record_id, expected_version=w.version, content=w.before))
        elif w.before is not None:
            out.append(store.save(ctx, w.kind, w.before, expected_version=w.version))
        else:  # pragma: no cover - every Written has a before except "create"
            raise NotFoundError(f"Cannot undo the change to {w.kind} {w.record_id!r}.")
    return out
