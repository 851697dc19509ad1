"""Small valid records and documents for the core's tests, and a snapshot that says "nothing changed".

Each factory returns a fresh, minimal, valid record document (only the required fields plus what is
named); tests add or break one thing at a time, so that a refusal can only come from that one thing.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import func, select

from secretariat_app import bootstrap
from secretariat_app.domain import models as m
from secretariat_app.domain.vocab import COLLECTIONS
from secretariat_app.exchange import export
from secretariat_app.exchange.files import FORMAT, VERSION

Doc = dict[str, Any]
FIXED_STAMP = datetime(2026, 1, 1, tzinfo=UTC)


@cache
def _demo_text() -> str:
    return bootstrap.DEMO_FILE.read_text(encoding="utf-8")


def demo_document() -> Doc:
    """A fresh copy of the demo exchange document (resources/demo/)."""
    return json.loads(_demo_text())


def in_todays_shape(doc: Doc) -> Doc:
    """An older exchange document as an import stores it and an export writes it: its meetings with
    every field of today (a roll call for the attendee ids, the approval of approved minutes by both
    cities), and the collections it did not know, empty."""
    from secretariat_app.domain import documents
    from secretariat_app.domain.vocab import COLLECTIONS

    out = {**doc, "meetings": [documents.normalized("meeting", g) for g in doc.get("meetings") or []]}
    return {**out, **{c: out.get(c, []) for c in COLLECTIONS.values()}}


def demo_record(collection: str, record_id: str) -> Doc:
    return next(r for r in demo_document()[collection] if r["id"] == record_id)


def document(**collections: list[Doc]) -> Doc:
    """An exchange document holding these collections (organizations=[...], people=[...], ...)."""
    unknown = set(collections) - set(COLLECTIONS.values())
    assert not unknown, unknown
    return {"format": FORMAT, "version": VERSION, "exported_at": "2026-01-01T00:00:00+00:00", **collections}


def organization(rid: str = "org-a", **kw: Any) -> Doc:
    return {"id": rid, "name": {"en": f"Organization {rid}"}, "city": "seoul", "kind": "department", **kw}


def person(rid: str = "person-a", **kw: Any) -> Doc:
    return {"id": rid, "name": {"ko": "김민준", "en": f"Person {rid}"}, **kw}


def team(rid: str = "team-a", **kw: Any) -> Doc:
    return {"id": rid, "name": {"zh": "环保组", "en": "Environment Team"}, "status": "active", **kw}


def agreement(rid: str = "agr-a", parties: tuple[str, ...] = ("org-a", "org-b"), **kw: Any) -> Doc:
    return {"id": rid, "kind": "mou", "title": {"en": f"MOU {rid}"}, "status": "draft", "parties": list(parties), **kw}


def meeting(rid: str = "mtg-a", **kw: Any) -> Doc:
    return {"id": rid, "kind": "working_meeting", "title": {"en": f"Meeting {rid}"},
            "starts_at": "2015-11-04T10:30:00+08:00", "city": "beijing", **kw}


def visit(rid: str = "visit-a", **kw: Any) -> Doc:
    return {"id": rid, "title": {"en": f"Visit {rid}"}, "destination_city": "beijing",
            "starts_on": "2015-11-01", "ends_on": "2015-11-05", **kw}


def agenda_item(position: int, **kw: Any) -> Doc:
    return {"position": position, "title": {"en": f"Item {position}"}, **kw}


def minutes(status: str = "draft", **kw: Any) -> Doc:
    if status == "approved":
        kw.setdefault("approved_on", "2015-11-20")
    return {"status": status, **kw}


def action(aid: str, **kw: Any) -> Doc:
    return {"id": aid, "text": {"en": f"Action {aid}"}, "status": "open", **kw}


def basics() -> Doc:
    """Two organizations (one per city) and a person: enough for most records to refer to."""
    return document(
        organizations=[organization("org-a"), organization("org-b", city="beijing")],
        people=[person("person-a", organization="org-a")],
    )


def snapshot(app: bootstrap.App) -> Doc:
    """Everything a refused action must leave as it was: live records, the trash, the audit trail."""
    doc = export.build_document(app.db, exported_at=FIXED_STAMP)  # type: ignore[arg-type]
    with app.db.reading() as uow:  # type: ignore[attr-defined]
        s = uow.session
        doc["_audit"] = s.scalar(select(func.count()).select_from(m.AuditEntry))
        doc["_blobs"] = sorted(s.scalars(select(m.Blob.sha256)))
        doc["_versions"] = {kind: sorted(s.execute(select(cls.id, cls.version, cls.deleted_at)).all())
                            for kind, cls in m.RECORD_CLASSES.items()}
    return copy.deepcopy(doc)


COUNTERPART = "site-counterpart"  # the site a test's hand-made "newer version" comes from


def revised(app: bootstrap.App, doc: Doc, site: str = COUNTERPART) -> Doc:
    """The document as a counterpart's package: each record a change of theirs made on top of the version
    stored here (a new record: their first change), so that an import applies it rather than keeping it
    aside as a conflict."""
    from datetime import UTC, datetime

    from secretariat_app.domain import clocks
    from secretariat_app.domain.vocab import COLLECTIONS

    out = copy.deepcopy(doc)
    with app.db.reading() as uow:  # type: ignore[attr-defined]
        for kind, collection in COLLECTIONS.items():
            cls = m.RECORD_CLASSES[kind]
            for record in out.get(collection) or []:
                row = uow.session.get(cls, record["id"])
                revision, clock = clocks.advanced(row.clock if row is not None else None, site)
                record["sync"] = {"revision": revision, "clock": clock,
                                  "at": datetime(2026, 12, 1, 9, 0, tzinfo=UTC).isoformat(), "by": "counterpart",
                                  "by_name": None, "trashed": None}
    return out


def without_sync(doc: Doc) -> Doc:
    """A document's records without their revisions (and without the removed-for-good list)."""
    from secretariat_app.domain.vocab import COLLECTIONS

    out = {k: v for k, v in doc.items() if k != "purged"}
    for collection in COLLECTIONS.values():
        if collection in out:
            out[collection] = [{k: v for k, v in r.items() if k != "sync"} for r in out[collection]]
    return out
