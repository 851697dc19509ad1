"""The bulk path builds records of plain twins of the models (no ORM events); their rows and their
documents must be exactly those of the mapped classes the same writers fill for a single save."""

from __future__ import annotations

import json

import pytest

from secretariat_app import bootstrap
from secretariat_app.demo.generate import generate_document
from secretariat_app.domain import documents
from secretariat_app.domain import models as m
from secretariat_app.domain.vocab import COLLECTIONS


def _mapped(kind: str, doc: dict) -> m.RecordMixin:
    record = m.RECORD_CLASSES[kind](id=doc["id"])
    documents.write(documents._SCRATCH, kind, record, doc)
    return record


def _rows(record: object) -> dict:
    rows: documents.Rows = {}
    documents.rows_of(record, rows)
    return {table.name: found for table, found in rows.items()}


def _records():
    demo = json.loads(bootstrap.DEMO_FILE.read_text("utf-8"))
    generated = generate_document(1, seed=5)
    for source in (demo, generated):
        for kind, collection in COLLECTIONS.items():
            for doc in (source.get(collection) or [])[:150]:
                yield kind, {k: v for k, v in doc.items() if k != "sync"}
    # Parts neither holds: a file, a guest, a template's items.
    agreement = dict(demo["agreements"][0], attachments=[
        {"name": "mou.pdf", "media_type": "application/pdf", "size": 3, "sha256": "0" * 64}])
    yield "agreement", agreement
    meeting = next(g for g in demo["meetings"] if g.get("minutes"))
    yield "meeting", dict(meeting, minutes=dict(meeting["minutes"], guests=[{"name": "Guest", "affiliation": "KOTRA"}]))
    yield "template", {"id": "tpl", "name": {"en": "Team meeting"}, "kind": "team_meeting",
                       "items": [{"title": {"en": "Opening"}, "duration_minutes": 10}]}


def test_every_record_has_the_rows_and_document_of_the_mapped_classes() -> None:
    seen = set()
    for kind, doc in _records():
        twin, mapped = documents.built(kind, doc), _mapped(kind, doc)
        assert type(twin) is not type(mapped)
        assert _rows(twin) == _rows(mapped), (kind, doc["id"])
        assert documents.to_doc(kind, twin) == documents.to_doc(kind, mapped), (kind, doc["id"])
        seen.update(_rows(twin))
    # Every table of a record or a part was met (the demo and a generated year hold each).
    parts = {table.name for kind in COLLECTIONS for table, _ in documents.part_tables(kind)}
    assert parts - seen == set(), "no record had these parts"


def test_a_twin_has_the_attributes_of_its_model_and_nothing_of_the_orm() -> None:
    twin = documents.built("meeting", {"id": "g", "kind": "team_meeting", "title": {"en": "T"}, "city": "seoul",
                                       "starts_at": "2014-07-03T10:00:00+09:00"})
    assert twin.agenda == [] and twin.minutes is None and twin.ends_at is None and twin.city == "seoul"
    assert not hasattr(twin, "_sa_instance_state")
    with pytest.raises(AttributeError):
        _ = twin.no_such_field
