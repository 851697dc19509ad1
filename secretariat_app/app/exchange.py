"""The exchange with the counterpart secretariat: packages out (all records, or what changed for one
counterpart, signed) and in (all or nothing, each record applied, skipped or kept aside as a conflict),
the sites, and settling conflicts.

An import reads the document twice as a stream, a record at a time (a 20-year archive is never held
whole): once to learn what it holds, once to check each batch of records and -- while nothing was found
wrong -- write it (``services/bulk.py`` for many records, the audit trail and the search index as for a
save), all in one transaction that a problem anywhere rolls back, with every problem told at once. It
reports what it did as a :class:`~secretariat_app.services.changes.Change` like any other write. A dry run really applies the
import and rolls it back, so what it reports is exactly what an import would do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..domain import clocks
from ..domain import models as m
from ..domain.clocks import Meta
from ..domain.vocab import COLLECTIONS
from ..errors import ExchangeError, ValidationError
from ..exchange import export, files, importer, packages, signing
from ..exchange.importer import ImportReport
from ..services import bulk, sync
from ..services.changes import Change, ChangeTally
from ..services.records import Records
from ..services.references import DbRefs
from ..services.store import Context, Written
from ..settings import data_dir
from ..storage.database import Database, defer_constraints

__all__ = ["Exchange", "ImportReport", "Imported", "SiteInfo"]

Progress = Callable[[int, int], None]
FLUSH_EVERY = 500
# Records created or replaced by an import are written as rows in bulk (services/bulk.py); False writes each
# through a single save instead -- the same result, which the tests check by running the import tests on both.
WRITE_IN_BULK = True
# An import's bar, in thousandths: the first reading of the file (by its bytes) fills the first tenth (about
# its share of the time), the second (by its records, checked and written) the rest.
BAR, FIRST_READING = 1000, 100
IMPORT_LOCK = 0x5EC_1A7  # the advisory lock imports take on PostgreSQL


@dataclass(frozen=True)
class Imported:
    report: ImportReport  # per collection: added, changed, trashed, skipped, unchanged; the conflicts
    change: Change  # what the views hear of (a dry run's is told to nobody)


@dataclass(frozen=True)
class SiteInfo:
    """A site as the clerk sees it: this one, or a counterpart met in packages."""

    id: str
    name: str
    is_self: bool
    fingerprint: str | None  # of its signing key (ours once made; theirs once trusted)
    trusted_at: datetime | None
    confirmed: int  # a counterpart: how far it confirmed our changes; ours: our last change number
    received: int  # a counterpart: its change numbers we have (unbroken from the start)
    sent_at: datetime | None
    received_at: datetime | None


class Exchange:
    def __init__(self, db: Database, records: Records):
        self._db = db
        self._records = records

    # --- import ---------------------------------------------------------------------------------------

    def import_file(self, path: Path | str, dry_run: bool = False, progress: Progress | None = None,
                    initiator: Any = None, trust: bool | str = False) -> Imported:
        """``trust``: True trusts the signing key of a site met for the first time; a fingerprint trusts
        that key (also in place of one trusted before). Without it such a package is refused
        (:class:`~secretariat_app.errors.PackageError`, code ``package_key_untrusted``)."""
        return self.import_bundle(files.read(Path(path)), dry_run, progress, initiator, trust)

    def import_bundle(self, bundle: files.Bundle, dry_run: bool = False, progress: Progress | None = None,
                      initiator: Any = None, trust: bool | str = False) -> Imported:
        reading, writing = _bar(progress, bundle.size)
        scanned = importer.scan(bundle, reading)  # the first reading: what the document holds and refers to
        report = ImportReport(dry_run=dry_run)

        def work(ctx: Context, tally: ChangeTally) -> None:
            _apply(ctx, bundle, scanned, report, tally, writing, trust)

        change = self._records.run_bulk("import", work, label="import", dry_run=dry_run, initiator=initiator)
        return Imported(report, change)

    # --- export ---------------------------------------------------------------------------------------

    def export(self, path: Path | str, progress: Progress | None = None, for_site: str | None = None,
               everything: bool = False) -> dict[str, int]:
        """Write every record (``.json``, or ``.zip`` with the attachments' bytes, signed), or -- ``for_site``
        -- a package of what that counterpart has not confirmed having (``everything``: all records, for
        it). Counts per collection, and ``purged``."""
        path = Path(path)
        if for_site is not None and path.suffix.lower() != ".zip":
            raise ExchangeError(f"{path}: a package for a counterpart is a .zip file (it is signed)")
        with self._db.reading() as uow:
            me = sync.self_site(uow.session)
            target = None
            if for_site is not None:
                target = sync.find_site(uow.session, for_site)
                if target is None:
                    raise ExchangeError(
                        f"No counterpart site is called {for_site!r}: a site becomes known here with the first "
                        f"package it sends. Send a first package of everything with `export {path.name} --all`.")
            site_id, target_id = me.id, target.id if target else None
        key = signing.load_or_make(key_path(site_id)) if path.suffix.lower() == ".zip" else None
        public = signing.public_text(key) if key is not None else None

        def choose(session: Session) -> export.Selection:
            me = sync.self_site(session)
            since = 0 if everything or target_id is None else (session.get(m.Site, target_id).seq or 0)
            upto = me.seq
            if since == 0 and target_id is None:
                selection = export.full_selection(session)
            else:
                selection = export.Selection({kind: sync.changed_since(session, kind, since, target_id)
                                              for kind in COLLECTIONS},
                                             sync.tombstones_since(session, since, target_id))
            selection.site = {"id": me.id, "name": me.name, "key": public or me.public_key}
            selection.package = {"for": target_id, "since": since, "upto": upto}
            selection.received = {s.id: sync.received_upto(s) for s in sync.counterparts(session)
                                  if s.received}
            chosen["upto"] = upto
            return selection

        chosen: dict[str, int] = {}
        counts = export.export(self._db, path, progress, choose,
                               files.Signer(site_id, key) if key is not None else None)
        if not self._db.read_only:
            self._note_sent(site_id, public, target_id, chosen.get("upto", 0))
        return counts

    def _note_sent(self, site_id: str, public: str | None, target_id: str | None, upto: int) -> None:
        with self._db.writing() as uow:
            me = uow.session.get(m.Site, site_id)
            if me is not None and public and me.public_key != public:
                me.public_key = public  # the key the counterparts see (made on this first signed export)
            target = uow.session.get(m.Site, target_id) if target_id else None
            if target is not None:
                target.sent_at, target.sent_upto = datetime.now(UTC), upto
            uow.commit()

    # --- sites ------------------------------------------------------------------------------------------

    def sites(self) -> list[SiteInfo]:
        """This site first, then the counterparts."""
        with self._db.reading() as uow:
            me = sync.self_site(uow.session)
            return [_info(me), *(_info(s) for s in sync.counterparts(uow.session))]

    def name_site(self, name: str) -> SiteInfo:
        name = " ".join(name.split())
        if not name or len(name) > 200:
            raise ExchangeError("A site's name is 1 to 200 characters, e.g. \"Seoul secretariat\".")
        self._records._writable()
        with self._db.writing() as uow:
            me = sync.self_site(uow.session)
            me.name = name
            uow.commit()
            return _info(me)

    def fingerprint(self) -> str:
        """This site's key fingerprint (the key is made if there is none yet), to read to the counterpart."""
        with self._db.reading() as uow:
            site_id = sync.self_site(uow.session).id
        return signing.fingerprint(signing.public_text(signing.load_or_make(key_path(site_id))))

    # --- conflicts -------------------------------------------------------------------------------------

    def conflicts(self) -> list[sync.Conflict]:
        with self._db.reading() as uow:
            return sync.pending(uow.session)

    def conflict_count(self) -> int:
        with self._db.reading() as uow:
            return sync.pending_count(uow.session)

    def resolve(self, kind: str, record_id: str, take: str, doc: dict[str, Any] | None = None,
                trashed: bool = False, initiator: Any = None) -> Change:
        """Settle one conflict (ours, theirs, or the clerk's mix); one undoable action."""
        def step(ctx: Context) -> list[Written]:
            return sync.resolve(ctx, kind, record_id, take, doc, trashed)

        return self._records.run("resolve", step, label="resolve", initiator=initiator)


def key_path(site_id: str) -> Path:
    """The site's private signing key: in the clerk's data folder, owner-only (docs/exchange-format.md)."""
    return data_dir() / "keys" / f"{site_id}.ed25519.pem"


def _info(site: m.Site) -> SiteInfo:
    return SiteInfo(site.id, site.name, site.is_self,
                    signing.fingerprint(site.public_key) if site.public_key else None, site.trusted_at,
                    site.seq, sync.received_upto(site), site.sent_at, site.received_at)


def _bar(progress: Progress | None, size: int) -> tuple[Callable[[int], None] | None, Progress | None]:
    """An import's two readings as one bar of ``BAR`` steps (see ``FIRST_READING``): what the first is told
    (bytes read), and what the second is (records done of all). Each may raise to cancel."""
    if progress is None:
        return None, None

    def reading(done: int) -> None:
        progress(FIRST_READING * min(done, size) // size if size else 0, BAR)

    def writing(done: int, total: int) -> None:
        progress(FIRST_READING + (BAR - FIRST_READING) * done // total if total else BAR, BAR)

    return reading, writing


def _apply(ctx: Context, bundle: files.Bundle, scanned: importer.Scan, report: ImportReport, tally: ChangeTally,
           progress: Progress | None, trust: bool | str) -> None:
    """The second reading of the document: each batch of records checked, then -- as long as nothing
    in the document was found wrong -- applied; any problem anywhere raises at the end, so that every
    problem is told at once and the transaction leaves nothing behind."""
    session = ctx.session
    for bucket in (report.added, report.changed, report.unchanged, report.trashed, report.skipped):
        bucket.clear()  # a retried attempt counts afresh
    report.conflicts.clear()
    report.attachments_added = 0
    if session.get_bind().dialect.name == "postgresql":
        # One import at a time on a server: a second waits for the first to commit, then sees its records
        # (two at once both inserted the same ids; one got "duplicate key value violates …").
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK})
    header = scanned.header
    sender = packages.sender(header)
    where = bundle.source or "the file"
    signed_key = bundle.signed_by.key if bundle.signed_by else None
    site = sync.check_trust(session, sender, signed_key, trust, where)
    report.sender = sender.get("name") or sender.get("id") or ""
    report.fingerprint = signing.fingerprint(signed_key) if signed_key else None
    problems = importer.header_problems(header)
    purged = packages.purged_of(header, problems)
    defer_constraints(session)
    sent_at = packages.moment(header.get("exported_at")) or ctx.stamp()
    digest = bundle.digest or sync.document_digest(bundle.whole())
    fallback = sync.pseudo_meta(digest, sent_at, ctx.user)
    site_id = site.id if site is not None else (sender.get("id") or clocks.made_by(fallback.revision))
    applying = _Applying(ctx, site_id, fallback, scanned.total + len(purged), tally, progress)
    checker = importer.Checker(session, scanned.refs.over(DbRefs(session, include_trash=True)))
    held = importer.held_back(session, scanned.refs)
    later: list[tuple[int, dict[str, Any], Meta]] = []  # meetings that take over another's actions
    batch: list[tuple[int, Any]] = []
    batch_kind = ""

    def run(kind: str, items: list[tuple[int, Any]]) -> None:
        collection = COLLECTIONS[kind]
        clean = [(i, *packages.without_sync(collection, i, record, problems)) for i, record in items]
        problems.extend(checker.check(kind, [(i, record) for i, record, _ in clean]))
        if kind == "agreement":
            for i, record, _ in clean:
                problems.extend(importer.missing_bytes(session, i, record, bundle))
        if problems:  # nothing more is written; the rest is only checked, to tell every problem
            return
        now = []
        for i, record, meta in clean:
            (later if kind == "meeting" and record["id"] in held else now).append((i, record, meta or fallback))
        applying.apply(kind, now)

    for key, index, value in bundle.entries():
        if index is None:
            continue  # (the header, read by the scan)
        kind = importer.KINDS[key]
        if batch and (kind != batch_kind or len(batch) >= FLUSH_EVERY):
            run(batch_kind, batch)
            batch = []
        batch_kind = kind
        batch.append((index, value))
    if batch:
        run(batch_kind, batch)
    if problems:
        raise ValidationError(problems)
    later.sort(key=lambda entry: held[entry[1]["id"]])
    applying.apply("meeting", later)
    applying.done()
    written: list[Written] = []
    for kind, record_id, meta in purged:
        sync.apply_purge(ctx, kind, record_id, meta, site_id, applying.outcome, written)
    for w in written:
        tally.add(w)
    for sha, data in bundle.blobs.items():
        if session.get(m.Blob, sha) is None:
            session.add(m.Blob(sha256=sha, size=len(data), data=data))
            report.attachments_added += 1
    if site is not None:
        _note_received(session, session.get(m.Site, site.id), header, report)  # (the session was emptied)
    session.flush()
    outcome = applying.outcome
    for name in ImportReport.BUCKETS:
        getattr(report, name).update(getattr(outcome, name))
    report.conflicts.extend(outcome.conflicts)
    if tally.records or report.conflicts:  # (an import that changed nothing leaves no trace)
        bulk.change_entry(ctx, Path(bundle.source).name if bundle.source else "", digest,
                          {name: sum(getattr(report, name).values()) for name in ImportReport.BUCKETS}
                          | {"conflicts": len(report.conflicts)})
    if progress:
        progress(applying.total, applying.total)


class _Applying:
    """Records applied a batch at a time: the stored versions of a batch read at once, the rows written in
    bulk, the session emptied between batches (records refer to each other by id, never through loaded
    objects), so memory stays bounded however large the document."""

    def __init__(self, ctx: Context, site_id: str, fallback: Meta, total: int, tally: ChangeTally,
                 progress: Progress | None):
        self.ctx, self.site_id, self.fallback, self.total = ctx, site_id, fallback, total
        self.tally, self.progress = tally, progress
        self.outcome = sync.Tally()
        self.rows = bulk.BulkWriter(ctx, total) if WRITE_IN_BULK else None
        self.done_count = 0

    def apply(self, kind: str, items: list[tuple[int, dict[str, Any], Meta]]) -> None:
        if not items:
            return
        session = self.ctx.session
        collection = COLLECTIONS[kind]
        if self.rows is not None:
            self.rows.flush()
        session.flush()
        session.expunge_all()
        stored = sync.Batch.read(session, kind, [record["id"] for _, record, _ in items])
        written: list[Written] = []
        for _, record, meta in items:
            sync.apply_record(self.ctx, kind, collection, record, meta, self.site_id, self.outcome, written,
                              self.rows, stored)
        for w in written:
            self.tally.add(w)
        before = self.done_count
        self.done_count += len(items)
        if self.progress and self.done_count // FLUSH_EVERY != before // FLUSH_EVERY:
            self.progress(self.done_count, self.total)

    def done(self) -> None:
        if self.rows is not None:
            self.rows.flush()


def _note_received(session: Session, site: m.Site, header: dict[str, Any], report: ImportReport) -> None:
    """What this package tells of the exchange with its sender: its numbers we now have, ours it has."""
    numbers = packages.numbers(header)
    if numbers is not None:
        report.gap = not sync.add_received(site, *numbers)
    confirmed = packages.acknowledged(header, sync.self_site(session).id)
    if confirmed is not None:
        site.seq = max(site.seq or 0, confirmed)
    site.received_at = datetime.now(UTC)
