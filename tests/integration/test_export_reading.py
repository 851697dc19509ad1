"""The export reads records as plain rows (domain/stand_ins.py, which packs and sheets read by too), not ORM objects: for every record it
must give exactly the document (and ``sync`` data) that ``documents.to_doc`` gives from the models --
records with every kind of part, in the trash, saved by a clerk with a display name, and a generated
year of the council's records -- on every backend."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from secretariat_app import bootstrap
from secretariat_app.demo.generate import generate_document
from secretariat_app.domain import documents
from secretariat_app.domain import models as m
from secretariat_app.domain.vocab import COLLECTIONS
from secretariat_app.exchange import export, packages
from secretariat_app.settings import Settings

Docs = dict[str, list[dict[str, Any]]]


def _load_options(cls: type, parent: Any = None) -> list[Any]:
    """Every part of a model, and their parts, loaded with it: read off the models' relationships."""
    out = []
    for rel in documents.part_relationships(sa_inspect(cls)):
        attr = getattr(cls, rel.key)
        option = selectinload(attr) if parent is None else parent.selectinload(attr)
        out += [option, *_load_options(rel.mapper.class_, option)]
    return out


def by_models(app: bootstrap.App) -> Docs:
    """Every record's document as the models give it (the ORM's objects, every part loaded)."""
    out: Docs = {}
    with app.db.reading() as uow:
        for kind in COLLECTIONS:
            ids = export.all_ids(uow.session, kind)
            cls = m.RECORD_CLASSES[kind]
            loaded = {r.id: r for r in uow.session.scalars(select(cls).options(*_load_options(cls)))}
            out[kind] = [{**documents.to_doc(kind, loaded[i]), packages.SYNC: packages.meta_doc(loaded[i])}
                         for i in ids]
    return out


def by_export(app: bootstrap.App) -> Docs:
    with app.db.reading() as uow:
        return {kind: list(export.iter_docs(uow.session, kind, export.all_ids(uow.session, kind), with_sync=True))
                for kind in COLLECTIONS}


def assert_read_alike(app: bootstrap.App) -> Docs:
    expected, got = by_models(app), by_export(app)
    for kind in COLLECTIONS:
        assert [d["id"] for d in got[kind]] == [d["id"] for d in expected[kind]]
        for ours, theirs in zip(got[kind], expected[kind], strict=True):
            assert ours == theirs, (kind, ours["id"])
            # The same values of the same types: the file written from them is the same, byte for byte.
            assert json.dumps(ours, sort_keys=True) == json.dumps(theirs, sort_keys=True)
    return got


def part_counts(app: bootstrap.App) -> dict[str, int]:
    from sqlalchemy import func, select

    with app.db.reading() as uow:
        return {table.name: uow.session.scalar(select(func.count()).select_from(table))
                for kind in COLLECTIONS for table, _ in documents.part_tables(kind)}


def test_every_demo_record_reads_as_the_models_give_it(demo_app, database_url):
    app = demo_app
    # What the demo lacks: a template with its items, a file attached, guests in minutes, a clerk's
    # display name, a record in the trash, a meeting without an end.
    app.records.create("template", {
        "id": "tpl-standing", "kind": "general_conference", "name": {"ko": "표준 의사일정", "en": "Standing agenda"},
        "title": {"zh": "全体会议"}, "city": "seoul",
        "items": [{"title": {"en": "Opening"}, "duration_minutes": 10, "presenter_role": {"en": "Host co-chair"}},
                  {"title": {"ko": "폐회"}, "description": {"en": "Closing words"}}]})
    agreement = app.records.get("agreement", "agr-2015-env-mou")
    app.records.update("agreement", {**agreement.doc, "attachments": [
        {"name": "협약서.pdf", "media_type": "application/pdf", "size": 12345, "sha256": "ab" * 32}]},
        agreement.version)
    named = bootstrap.open_app(Settings(database_url=database_url, user="kim",
                                        names={"ko": "김민지", "en": "Kim Minji"}))
    try:
        meeting = named.records.get("meeting", "mtg-env-1")
        minutes = {**meeting.doc["minutes"], "guests": [{"name": "Dr. Lee", "affiliation": "Seoul Institute"},
                                                        {"name": "Ms. Wang", "affiliation": None}]}
        named.records.update("meeting", {**meeting.doc, "minutes": minutes, "ends_at": None}, meeting.version)
    finally:
        named.close()
    app.records.create("organization", {"id": "org-gone", "name": {"en": "Closed office"}, "city": "seoul",
                                        "kind": "department"})
    app.records.delete([("organization", "org-gone"), ("visit", "visit-2015-beijing")])

    got = assert_read_alike(app)

    assert all(part_counts(app).values()), part_counts(app)  # every kind of part was read
    trashed = {d["id"] for kind in COLLECTIONS for d in got[kind] if d[packages.SYNC]["trashed"]}
    assert trashed == {"org-gone", "visit-2015-beijing"}
    env1 = next(d for d in got["meeting"] if d["id"] == "mtg-env-1")
    assert env1[packages.SYNC]["by_name"] == {"ko": "김민지", "en": "Kim Minji"} and env1["ends_at"] is None
    assert env1["minutes"]["guests"][1] == {"name": "Ms. Wang", "affiliation": None}


def test_a_generated_year_reads_as_the_models_give_it(app, tmp_path):
    document = generate_document(1, seed=11)
    # A lighter year: 150 of its meetings and 60 of its visits (what referred to the others, no longer).
    document["meetings"], document["visits"] = document["meetings"][:150], document["visits"][:60]
    kept = {g["id"] for g in document["meetings"]}
    for agreement in document["agreements"]:
        for part in (agreement, *(agreement.get("events") or [])):
            if part.get("meeting") not in kept:
                part["meeting"] = None
    for visit in document["visits"]:
        visit["meetings"] = [g for g in visit.get("meetings") or [] if g in kept]
    path = tmp_path / "year.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    app.exchange.import_file(path)

    got = assert_read_alike(app)

    assert len(got["meeting"]) == 150 and len(got["visit"]) == 60 and len(got["agreement"]) > 500
    assert sum(len(g["agenda"]) + len((g["minutes"] or {}).get("attendees") or []) for g in got["meeting"]) > 500
