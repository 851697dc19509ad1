"""Reading a record's audit trail as the versions it went through.

A single save keeps the record before and after. A bulk change (an import) keeps less, on purpose: a
created record's row holds no copy of it and a changed record's holds only its prior version
(``services/bulk.py``). The version such a row made is the one the record's next row started from, or,
for its last row, the record as stored now; and the file it came from is named by the change's own entry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import documents
from ..domain import models as m
from ..domain.documents import Doc
from .bulk import CHANGE_KIND


@dataclass(frozen=True)
class Version:
    entry: m.AuditEntry
    after: Doc | None  # as the entry made it (for a bulk change's row: read from what followed)
    source: str | None  # the file of the bulk change that made it (None: not from a file)


def versions(session: Session, kind: str, record_id: str) -> list[Version]:
    rows = list(session.scalars(select(m.AuditEntry)
                                .where(m.AuditEntry.kind == kind, m.AuditEntry.record_id == record_id)
                                .order_by(m.AuditEntry.id)))
    slim = {r.change_id for r in rows if r.after is None and r.action not in ("purge",)}
    files: dict[str, str] = {}
    if slim:
        for change_id, summary in session.execute(
                select(m.AuditEntry.change_id, m.AuditEntry.summary)
                .where(m.AuditEntry.kind == CHANGE_KIND, m.AuditEntry.change_id.in_(slim))):
            files[change_id] = _file(summary)
    out = []
    for i, r in enumerate(rows):
        after = r.after
        if after is None and r.change_id in slim:
            later = next((x.before for x in rows[i + 1:] if x.before is not None), None)
            after = later if later is not None else _stored(session, kind, record_id)
        out.append(Version(r, after, files.get(r.change_id)))
    return out


def _stored(session: Session, kind: str, record_id: str) -> Doc | None:
    obj = session.get(m.RECORD_CLASSES[kind], record_id)
    return documents.to_doc(kind, obj) if obj is not None else None


def _file(summary: str | None) -> str:
    try:
        value: Any = json.loads(summary or "{}").get("file")
    except (ValueError, AttributeError):
        value = None
    return value if isinstance(value, str) else ""
