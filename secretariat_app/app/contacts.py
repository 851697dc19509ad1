"""Contact sheets in (read, map, plan, import: all or nothing, dry runs) and merging two records of one
person or organization (one undoable action)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..services import contact_sheets, contacts, merge
from ..services.changes import Change, ChangeTally
from ..services.contact_sheets import ContactTable
from ..services.contacts import Plan
from ..services.records import Records
from ..services.store import Context
from ..storage.database import Database


@dataclass(frozen=True)
class ContactsImported:
    counts: dict[str, int]  # add, update, unchanged, skip
    change: Change
    dry_run: bool = False

    def summary(self) -> str:
        c = self.counts
        verb = ("Would add", "would update") if self.dry_run else ("Added", "updated")
        return (f"{verb[0]} {c['add']} and {verb[1]} {c['update']} records; {c['unchanged']} unchanged, "
                f"{c['skip']} skipped.")


class Contacts:
    def __init__(self, db: Database, records: Records):
        self._db = db
        self._records = records

    def read(self, path: Path, encoding: str | None = None) -> ContactTable:
        return contact_sheets.read_table(Path(path), encoding)

    def guess_mapping(self, table: ContactTable) -> dict[str, str]:
        return contact_sheets.guess_mapping(table.headers)

    def plan(self, table: ContactTable, mapping: Mapping[str, Any]) -> Plan:
        checked = contact_sheets.check_mapping(mapping, table.headers)
        with self._db.reading() as uow:
            return contacts.plan(uow.session, table, checked)

    def import_plan(self, plan: Plan, dry_run: bool = False, initiator: Any = None) -> ContactsImported:
        """Write what the plan says (with the clerk's decisions on its duplicates), or nothing at all."""
        counts: dict[str, int] = {}

        def work(ctx: Context, tally: ChangeTally) -> None:
            counts.clear()
            counts.update(contacts.apply(ctx, plan, tally))

        change = self._records.run_bulk("import", work, label="import", dry_run=dry_run, initiator=initiator)
        return ContactsImported(counts, change, dry_run)

    def merge(self, kind: str, keep_id: str, other_id: str, initiator: Any = None) -> Change:
        """``other_id`` into ``keep_id``: references move, the other goes to the trash; undoable."""
        return self._records.run("merge", lambda ctx: merge.merge(ctx, kind, keep_id, other_id), label="merge",
                                 initiator=initiator)
