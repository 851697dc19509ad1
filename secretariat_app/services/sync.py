"""The exchange as a two-way sync: this site and its counterparts, a counterpart's revisions applied or
kept aside as conflicts, what a package for a counterpart holds, and settling a conflict.

For every record in a package, its clock is compared with ours (domain/clocks.py):

- ours descends from theirs, or is it: skipped (we have it);
- theirs descends from ours: applied -- their content, revision, who and when; their deletion moves the
  record to the trash (never further);
- both changed: if both say the same, the clocks are merged and nothing else changes; otherwise ours
  stays and theirs is kept as a pending conflict (with a row in the audit trail), until a clerk settles
  it with a revision that descends from both.

Every write goes through ``store`` (audit trail, search index) inside the import's one transaction.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain import clocks, documents, lifecycle, stand_ins
from ..domain import models as m
from ..domain.clocks import Meta, Order
from ..domain.documents import Doc
from ..domain.vocab import COLLECTIONS
from ..errors import NotFoundError, PackageError, Problem, SecretariatError
from . import store
from .bulk import BulkWriter
from .store import Context, Revision, Written

# --- sites -------------------------------------------------------------------------------------------


def self_site(session: Session) -> m.Site:
    site = session.scalar(select(m.Site).where(m.Site.is_self.is_(True)))
    if site is None:  # pragma: no cover - migration 0008 makes it
        raise SecretariatError("This database has no site identity; run `secretariat upgrade`.")
    return site


def counterparts(session: Session) -> list[m.Site]:
    return list(session.scalars(select(m.Site).where(m.Site.is_self.is_(False)).order_by(m.Site.name, m.Site.id)))


def find_site(session: Session, name_or_id: str) -> m.Site | None:
    """A counterpart by its id, the start of its id, or its name (any case)."""
    wanted = name_or_id.strip()
    sites = counterparts(session)
    for test in (lambda s: s.id == wanted, lambda s: s.name.casefold() == wanted.casefold(),
                 lambda s: len(wanted) >= 4 and s.id.startswith(wanted)):
        found = [s for s in sites if test(s)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise SecretariatError(f"{len(found)} counterpart sites match {name_or_id!r}; name one by its id "
                                   f"({', '.join(s.id for s in found)}).")
    return None


def counterpart(session: Session, site_id: str, name: str) -> m.Site:
    site = session.get(m.Site, site_id)
    if site is None:
        site = m.Site(id=site_id, name=name or "", is_self=False, seq=0, sent_upto=0, received=[])
        session.add(site)
        session.flush()
    elif name and site.name != name:
        site.name = name  # they renamed themselves
    return site


def received_upto(site: m.Site) -> int:
    """The end of the first unbroken run of a counterpart's change numbers imported here."""
    ranges = sorted(site.received or [])
    end = 0
    for since, upto in ranges:
        if since > end:
            break
        end = max(end, upto)
    return end


def add_received(site: m.Site, since: int, upto: int) -> bool:
    """Note a package's numbers; False when one before it has not been imported (a gap before it)."""
    merged: list[list[int]] = []
    for lo, hi in sorted([*(site.received or []), [since, upto]]):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    site.received = merged
    return merged[0][0] == 0


def check_trust(session: Session, sender: Mapping[str, Any], signed_key: str | None, trust: bool | str,
                where: str) -> m.Site | None:
    """The sending site, its key trusted (now, if ``trust`` allows); refuses a package signed by another
    key than the one trusted for its site, and an unsigned file claiming a site whose packages are signed.
    ``trust``: True trusts a first key; a key's fingerprint trusts that key even in place of another."""
    from ..exchange.signing import fingerprint  # here: the dashboard reads this module at start-up

    me = self_site(session)
    site_id = sender.get("id")
    if not site_id:
        return None
    if site_id == me.id:
        if signed_key is not None and me.public_key and signed_key != me.public_key:
            raise PackageError(Problem(where, "package_key_changed", {
                "site": me.name or me.id, "key": fingerprint(signed_key), "trusted": fingerprint(me.public_key)}))
        return None  # our own package (back from a copy): every record in it is ours already
    known = session.get(m.Site, site_id)
    name = sender.get("name") or site_id
    if signed_key is None:
        if known is not None and known.public_key:
            raise PackageError(Problem(where, "package_unsigned", {"site": known.name or name}))
        return counterpart(session, site_id, sender.get("name") or "")
    shown = fingerprint(signed_key)
    if known is not None and known.public_key == signed_key:
        return counterpart(session, site_id, sender.get("name") or "")
    accepted = trust is True and (known is None or not known.public_key) or \
        isinstance(trust, str) and trust.replace(" ", "").upper() == shown.replace(" ", "")
    if not accepted:
        if known is not None and known.public_key:
            raise PackageError(Problem(where, "package_key_changed", {
                "site": known.name or name, "key": shown, "trusted": fingerprint(known.public_key)}))
        raise PackageError(Problem(where, "package_key_untrusted", {"site": name, "key": shown}))
    site = counterpart(session, site_id, sender.get("name") or "")
    site.public_key, site.trusted_at = signed_key, datetime.now().astimezone()
    return site


# --- applying a package ------------------------------------------------------------------------------


@dataclass
class Tally:
    """What an import did to each record, by collection (and the conflicts by record)."""

    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    trashed: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)  # the same content (a clock may have moved on)
    skipped: dict[str, int] = field(default_factory=dict)  # we had it already, or a later version of it
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    pending: set[tuple[str, str]] | None = None  # the conflicts waiting here (read once per import)

    def count(self, bucket: dict[str, int], collection: str) -> None:
        bucket[collection] = bucket.get(collection, 0) + 1


def pseudo_meta(digest: str, at: datetime, by: str) -> Meta:
    """A record without revision data counts as one change made by the file's sender: a site named after
    the file, so that the same file imported twice is the same change, and another file another one."""
    site = f"file-{digest[:12]}"
    return Meta(f"{site}:1", {site: 1}, at, by, None)


def document_digest(document: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True, ensure_ascii=False, default=str)
                          .encode("utf-8")).hexdigest()


def _theirs(ctx: Context, meta: Meta, ours: str | None, source: str | None) -> Revision:
    _, seq = ctx.change_number()
    return Revision(meta.revision, dict(meta.clock), seq, (ours,) if ours else (), meta.at, meta.by,
                    meta.by_name, meta.trashed, source)


def _adopt(ctx: Context, kind: str, record_id: str, rev: Revision) -> None:
    """Take a revision's clock and who-and-when for a record whose content is already the same."""
    cls = store.model(kind)
    values: dict[str, Any] = {"revision": rev.revision, "clock": rev.clock, "seq": rev.seq, "received_from": rev.source,
                              "updated_at": rev.at, "updated_by": rev.by,
                              "updated_by_name": dict(rev.by_name) if rev.by_name else None}
    if rev.trashed is not None:
        values.update(deleted_at=rev.trashed[0], deleted_by=rev.trashed[1])
    ctx.session.execute(update(cls).where(cls.id == record_id).values(**values),
                        execution_options={"synchronize_session": False})
    obj = ctx.session.get(cls, record_id)
    if obj is not None:
        ctx.session.refresh(obj)


def same_content(session: Session, kind: str, obj: m.RecordMixin, doc: Doc) -> bool:
    """Would saving ``doc`` leave the record as it is? (The one normal form of a record is what
    ``documents.write`` makes of it.)"""
    return documents.normalized(kind, doc) == documents.to_doc(kind, obj)


def _merged_meta(ours: m.RecordMixin, meta: Meta) -> Meta:
    """Two versions that say the same: one clock descending from both, and the same who-and-when on both
    sides whichever merges first (the greater revision id's), so that both sides end equal."""
    clock = clocks.merged(ours.clock, meta.clock)
    revision = "merge:" + hashlib.sha256(json.dumps(clock, sort_keys=True).encode()).hexdigest()[:16]
    if (ours.revision or "") > meta.revision:
        trashed = (ours.deleted_at, ours.deleted_by or "") if ours.deleted_at else None
        return Meta(revision, clock, ours.updated_at, ours.updated_by, ours.updated_by_name or None, trashed)
    return Meta(revision, clock, meta.at, meta.by, meta.by_name, meta.trashed)


@dataclass
class Batch:
    """The stored records of a batch of a package's records, and the tombstones of those removed for good,
    each read at once (not a query per record): what :func:`apply_record` compares with."""

    records: Mapping[str, Any]  # stand-ins of the stored records (domain/stand_ins.py)
    stones: Mapping[str, m.Tombstone]

    @classmethod
    def read(cls, session: Session, kind: str, ids: list[str]) -> Batch:
        records = stand_ins.load(session, kind, ids)  # (plain rows: read, compared, never written back)
        absent = [i for i in ids if i not in records]
        stones = {s.record_id: s for s in session.scalars(
            select(m.Tombstone).where(m.Tombstone.kind == kind, m.Tombstone.record_id.in_(absent)))} if absent else {}
        return cls(records, stones)


def apply_record(ctx: Context, kind: str, collection: str, doc: Doc, meta: Meta, site: str,
                 tally: Tally, written: list[Written], bulk: BulkWriter | None = None,
                 batch: Batch | None = None) -> None:
    """One record of a package (see the module's description). ``bulk``: records created or replaced
    (not those moved to the trash) are collected there and written as rows with many others; ``batch``:
    the stored record and tombstone, read before for many records."""
    session = ctx.session
    cls = store.model(kind)
    record_id = doc["id"]
    obj = batch.records.get(record_id) if batch is not None else session.get(cls, record_id)
    if obj is None:
        stone = batch.stones.get(record_id) if batch is not None else session.get(m.Tombstone, (kind, record_id))
        order = clocks.compare(stone.clock, meta.clock) if stone else Order.OLDER
        if order in (Order.SAME, Order.NEWER):
            tally.count(tally.skipped, collection)  # removed here for good after their version
        elif order is Order.CONCURRENT:
            _keep_conflict(ctx, kind, record_id, doc, meta, site, stone.revision if stone else None, tally)
        else:
            rev = _theirs(ctx, meta, stone.revision if stone else None, site)
            if bulk is not None and meta.trashed is None:
                w = bulk.create(kind, doc, rev)
            else:
                w = store.save(ctx, kind, doc, None, checked=True, is_new=stone is None, revision=rev)
            if w is not None:
                written.append(w)
            if meta.trashed is not None:
                session.flush()
                written.append(store.trash(ctx, kind, record_id, revision=rev, force=True))
            if stone is not None:
                session.delete(stone)
            tally.count(tally.trashed if meta.trashed else tally.added, collection)
        return
    order = clocks.compare(obj.clock, meta.clock)
    if order in (Order.SAME, Order.NEWER):
        tally.count(tally.skipped, collection)
        return
    theirs_trashed = meta.trashed is not None
    if order is Order.CONCURRENT:
        if (obj.deleted_at is not None) == theirs_trashed and same_content(session, kind, obj, doc):
            merged = _merged_meta(obj, meta)
            _adopt(ctx, kind, record_id, _theirs(ctx, merged, obj.revision, None))  # new to both sides
            _settled(session, kind, record_id, merged.clock, tally)
            tally.count(tally.unchanged, collection)
        else:
            _keep_conflict(ctx, kind, record_id, doc, meta, site, obj.revision, tally)
        return
    rev = _theirs(ctx, meta, obj.revision, site)  # theirs descends from ours: apply it
    was_trashed = obj.deleted_at is not None
    if theirs_trashed and not was_trashed:
        written.append(store.trash(ctx, kind, record_id, content=doc, revision=rev, force=True))
        tally.count(tally.trashed, collection)
    elif theirs_trashed:  # in the trash on both sides: their content, still in the trash
        if same_content(session, kind, obj, doc):
            _adopt(ctx, kind, record_id, rev)
            tally.count(tally.unchanged, collection)
        else:
            written += [w for w in (store.save(ctx, kind, doc, store.ANY_VERSION, checked=True, revision=rev),
                                    store.trash(ctx, kind, record_id, revision=rev, force=True)) if w]
            tally.count(tally.changed, collection)
    else:
        w = bulk.replace(kind, obj, doc, rev) if bulk is not None else \
            store.save(ctx, kind, doc, store.ANY_VERSION, checked=True, revision=rev)
        if w is None:
            _adopt(ctx, kind, record_id, rev)
            tally.count(tally.unchanged, collection)
        else:
            written.append(w)
            tally.count(tally.changed, collection)
    _settled(session, kind, record_id, meta.clock, tally)


def apply_purge(ctx: Context, kind: str, record_id: str, meta: Meta, site: str, tally: Tally,
                written: list[Written]) -> None:
    """A record they removed for good: here it goes to the trash (recoverable), never further."""
    session = ctx.session
    obj = session.get(store.model(kind), record_id)
    if obj is None:
        stone = session.get(m.Tombstone, (kind, record_id))
        if stone is None or clocks.compare(stone.clock, meta.clock) in (Order.OLDER, Order.CONCURRENT):
            clock = clocks.merged(stone.clock if stone else None, meta.clock)
            _, seq = ctx.change_number()
            store.keep_tombstone(session, kind, record_id, Revision(meta.revision, clock, seq), meta.at, meta.by,
                                 meta.by_name)
        tally.count(tally.skipped, COLLECTIONS[kind])
        return
    order = clocks.compare(obj.clock, meta.clock)
    if order in (Order.SAME, Order.NEWER):
        tally.count(tally.skipped, COLLECTIONS[kind])
    elif order is Order.CONCURRENT:
        _keep_conflict(ctx, kind, record_id, None, meta, site, obj.revision, tally)
    else:
        rev = _theirs(ctx, Meta(meta.revision, meta.clock, meta.at, meta.by, meta.by_name,
                                (meta.at, meta.by)), obj.revision, site)
        if obj.deleted_at is None:
            written.append(store.trash(ctx, kind, record_id, revision=rev, force=True))
        else:
            _adopt(ctx, kind, record_id, rev)
        tally.count(tally.trashed, COLLECTIONS[kind])
        _settled(session, kind, record_id, meta.clock, tally)


def _keep_conflict(ctx: Context, kind: str, record_id: str, doc: Doc | None, meta: Meta, site: str,
                   ours_revision: str | None, tally: Tally) -> None:
    session = ctx.session
    pending = session.get(m.SyncConflict, (kind, record_id))
    tally.conflicts.append((kind, record_id))
    if tally.pending is not None:
        tally.pending.add((kind, record_id))
    if pending is not None and clocks.compare(pending.clock, meta.clock) in (Order.SAME, Order.NEWER):
        return  # this version (or a later one of theirs) is already waiting
    if pending is None:
        pending = m.SyncConflict(kind=kind, record_id=record_id)
        session.add(pending)
    pending.doc, pending.trashed = doc, meta.trashed is not None
    pending.revision, pending.clock, pending.site_id = meta.revision, dict(meta.clock), site
    pending.at, pending.by, pending.by_name = meta.at, meta.by, meta.by_name
    pending.ours_revision, pending.found_at = ours_revision, ctx.stamp()
    # Their version goes into the audit trail too (nothing else is written): no version is ever lost. Beside
    # ours as it stays, so that the history names the fields the two versions differ in.
    obj = session.get(store.model(kind), record_id)
    ours = documents.to_doc(kind, obj) if obj is not None else None
    store.audit_row(ctx, Written(kind, record_id, "conflict", ours, doc, 0, meta.revision), "conflict")


def _settled(session: Session, kind: str, record_id: str, clock: Mapping[str, int], tally: Tally) -> None:
    """A pending conflict that the version now here descends from is settled by it."""
    if tally.pending is None:
        tally.pending = {(k, i) for k, i in session.execute(select(m.SyncConflict.kind, m.SyncConflict.record_id))}
    if (kind, record_id) not in tally.pending:
        return
    pending = session.get(m.SyncConflict, (kind, record_id))
    if pending is not None and clocks.compare(clock, pending.clock) in (Order.SAME, Order.NEWER):
        session.delete(pending)


# --- what a package for a counterpart holds ----------------------------------------------------------


def changed_since(session: Session, kind: str, since: int, target: str | None) -> list[str]:
    """Ids of the records changed here after change number ``since`` (live or in the trash), except those
    whose version the target made itself (it has them)."""
    cls = store.model(kind)
    query = select(cls.id, cls.revision, cls.received_from).where(cls.seq > since).order_by(cls.id)
    return [rid for rid, revision, source in session.execute(query)
            if target is None or (source != target and clocks.made_by(revision) != target)]


def tombstones_since(session: Session, since: int, target: str | None) -> list[m.Tombstone]:
    rows = session.scalars(select(m.Tombstone).where(m.Tombstone.seq > since)
                           .order_by(m.Tombstone.kind, m.Tombstone.record_id))
    return [s for s in rows if target is None or clocks.made_by(s.revision) != target]


# --- conflicts -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    """A record changed on both sides: ours as it is now, theirs as it waits; who changed each and when."""

    kind: str
    record_id: str
    ours: Doc | None  # None: removed here for good
    ours_trashed: bool
    ours_at: datetime | None
    ours_by: str
    ours_by_name: Mapping[str, str] | None
    theirs: Doc | None  # None: they removed it for good
    theirs_trashed: bool
    theirs_at: datetime
    theirs_by: str
    theirs_by_name: Mapping[str, str] | None
    site: str  # the counterpart's name (or id)
    fields: tuple[str, ...]  # the top-level fields that differ

    @property
    def title(self) -> Mapping[str, str]:
        doc = self.ours or self.theirs or {}
        return doc.get("name") or doc.get("title") or {"en": self.record_id}


def pending_count(session: Session) -> int:
    from sqlalchemy import func

    return int(session.scalar(select(func.count()).select_from(m.SyncConflict)) or 0)


def pending(session: Session, only: Iterable[tuple[str, str]] | None = None) -> list[Conflict]:
    wanted = set(only) if only is not None else None
    out = []
    names = {s.id: s.name or s.id for s in session.scalars(select(m.Site))}
    for c in session.scalars(select(m.SyncConflict).order_by(m.SyncConflict.found_at, m.SyncConflict.kind,
                                                             m.SyncConflict.record_id)):
        if wanted is not None and (c.kind, c.record_id) not in wanted:
            continue
        obj = session.get(store.model(c.kind), c.record_id)
        ours = documents.to_doc(c.kind, obj) if obj is not None else None
        keys = dict.fromkeys([*(ours or {}), *(c.doc or {})])
        fields = tuple(k for k in keys if (ours or {}).get(k) != (c.doc or {}).get(k))
        if obj is not None and (obj.deleted_at is not None) != c.trashed:
            fields = ("trash", *fields)
        out.append(Conflict(
            c.kind, c.record_id, ours, obj is not None and obj.deleted_at is not None,
            obj.updated_at if obj is not None else None, obj.updated_by if obj is not None else "",
            (obj.updated_by_name or None) if obj is not None else None,
            c.doc, c.trashed, c.at, c.by, c.by_name, names.get(c.site_id, c.site_id), fields))
    return out


def resolve(ctx: Context, kind: str, record_id: str, take: str, doc: Doc | None = None,
            trashed: bool = False) -> list[Written]:
    """Settle a conflict: keep ours (``take="ours"``), take theirs, or save ``doc`` (``take="mix"``, a clerk's
    field-by-field choice; ``trashed``: it goes to the trash). The result is a new revision descending from
    both versions, so the next package settles the other side too, without a new conflict."""
    session = ctx.session
    pending_row = session.get(m.SyncConflict, (kind, record_id))
    if pending_row is None:
        raise NotFoundError(f"There is no pending conflict for {kind} {record_id!r}.")
    if take not in ("ours", "theirs", "mix"):
        raise SecretariatError(f"Take ours, theirs or a mix, not {take!r}.")
    obj = session.get(store.model(kind), record_id)
    stone = session.get(m.Tombstone, (kind, record_id)) if obj is None else None
    ours_clock = obj.clock if obj is not None else (stone.clock if stone else None)
    ours_revision = obj.revision if obj is not None else (stone.revision if stone else None)
    rev = ctx.next_revision(clocks.merged(ours_clock, pending_row.clock), ours_revision,
                            also=(pending_row.revision,))
    out: list[Written | None] = []
    if take == "mix" and doc is None:
        raise SecretariatError("A mix of both versions needs the record as the clerk put it together.")
    # (A mix is checked by the rules when it is saved, as any save is.)
    if take == "ours":
        target_doc = documents.to_doc(kind, obj) if obj is not None else None
        trashed = obj is None or obj.deleted_at is not None
    elif take == "theirs":
        target_doc, trashed = pending_row.doc, pending_row.trashed or pending_row.doc is None
    else:
        # A mix of our timeline and their dates (or the reverse) is made to say what its timeline says:
        # the clerk chose the events; the fields that follow from them follow (domain/lifecycle.py).
        target_doc = lifecycle.apply(doc) if kind == "agreement" and isinstance(doc, dict) else doc
    if obj is None and target_doc is None:  # removed for good on both sides: one tombstone for both
        store.keep_tombstone(session, kind, record_id, rev, ctx.stamp(), ctx.user, ctx.user_name)
    elif obj is None:
        out.append(store.save(ctx, kind, target_doc, None, revision=rev))  # brought back: theirs lives on
        if stone is not None:
            session.delete(stone)
        if trashed:
            session.flush()
            out.append(store.trash(ctx, kind, record_id, revision=rev))
    else:
        out += _settle_existing(ctx, kind, obj, target_doc, trashed, rev)
    session.delete(pending_row)
    return [w for w in out if w is not None]


def _settle_existing(ctx: Context, kind: str, obj: m.RecordMixin, doc: Doc | None, trashed: bool,
                     rev: Revision) -> list[Written | None]:
    record_id = obj.id
    was_trashed = obj.deleted_at is not None
    if doc is None:
        doc = documents.to_doc(kind, obj)  # they removed it for good: here it goes to the trash as it is
    if was_trashed and trashed:
        if same_content(ctx.session, kind, obj, doc):
            return [_bump(ctx, kind, obj, rev)]
        return [store.save(ctx, kind, doc, store.ANY_VERSION, revision=rev),
                store.trash(ctx, kind, record_id, revision=rev)]
    if trashed:
        return [store.trash(ctx, kind, record_id, content=doc, revision=rev)]
    w = store.save(ctx, kind, doc, store.ANY_VERSION, revision=rev)  # brings it back if it was in the trash
    return [w if w is not None else _bump(ctx, kind, obj, rev)]


def _bump(ctx: Context, kind: str, obj: m.RecordMixin, rev: Revision) -> Written:
    """A new revision of unchanged content (ours kept as it is): it must still descend from both."""
    doc = documents.to_doc(kind, obj)
    store.claim(ctx, kind, obj.id, store.ANY_VERSION, rev)
    ctx.session.refresh(obj)
    w = Written(kind, obj.id, "update", doc, doc, obj.version, rev.revision, rev.parents)
    store.audit_row(ctx, w, ctx.action_label or "update")
    return w
