"""A rebuild reads records with plain SQL; it must index exactly what the full documents index."""

from __future__ import annotations

from secretariat_app.domain.vocab import RECORD_KINDS
from secretariat_app.exchange.export import iter_docs, live_ids
from secretariat_app.search.entries import entries_of, facets_of
from secretariat_app.search.loader import load
from tests.integration.search_helpers import add_corpus


def _same_entries(app) -> int:
    compared = 0
    with app.db.reading() as uow:
        s = uow.session
        for kind in RECORD_KINDS:
            ids = live_ids(s, kind)
            if not ids:
                continue
            full = {d["id"]: d for d in iter_docs(s, kind, ids)}
            partial = load(s.connection(), kind, ids[0], ids[-1])
            assert [d["id"] for d in partial] == ids
            for doc in partial:
                assert entries_of(kind, doc) == entries_of(kind, full[doc["id"]]), (kind, doc["id"])
                assert facets_of(kind, doc) == facets_of(kind, full[doc["id"]]), (kind, doc["id"])
                compared += 1
    return compared


def test_loader_gives_the_same_entries_as_full_documents(demo_app):
    add_corpus(demo_app)
    demo_app.records.delete([("visit", "visit-a")])  # the trash is not indexed
    assert _same_entries(demo_app) == 37 + 10
