"""Property: whatever two sites do to the same records (edit, trash, restore) and in whatever order their
packages arrive (twice, late, out of order), after the conflicts are settled and one more round both
hold the same records, and no change was lost silently: every version either site made is an ancestor
of the final one."""

from __future__ import annotations

import json
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretariat_app import bootstrap
from secretariat_app.domain import clocks
from secretariat_app.domain import models as m
from secretariat_app.domain.clocks import Order
from secretariat_app.domain.vocab import COLLECTIONS
from secretariat_app.exchange import export
from secretariat_app.settings import Settings, sqlite_url
from tests import factories as f

# Every import test runs on both ways of writing an import's records (tests/conftest.py: write_path).
pytestmark = pytest.mark.usefixtures("write_path")

ORGS = ("org-1", "org-2", "org-3")
SITES = ("A", "B")
OTHER = {"A": "B", "B": "A"}

steps = st.lists(st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(SITES), st.sampled_from(ORGS), st.sampled_from("wxyz")),
    st.tuples(st.just("trash"), st.sampled_from(SITES), st.sampled_from(ORGS)),
    st.tuples(st.just("restore"), st.sampled_from(SITES), st.sampled_from(ORGS)),
    st.tuples(st.just("send"), st.sampled_from(SITES)),
    st.tuples(st.just("deliver"), st.integers(0, 20)),
), max_size=16)


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sync-template") / "empty.sqlite3"
    bootstrap.open_app(Settings(database_url=sqlite_url(path), user="tester")).close()
    return path


def _site(template: Path, folder: Path, name: str) -> bootstrap.App:
    path = folder / f"{name}.sqlite3"
    shutil.copyfile(template, path)
    app = bootstrap.open_app(Settings(database_url=sqlite_url(path), user=f"clerk-{name.lower()}"))
    with app.db.writing() as uow:  # a copy of one file would share its site id: each site gets its own
        uow.session.execute(m.Site.__table__.update().where(m.Site.is_self.is_(True))
                            .values(id=f"{name}-{uuid.uuid4().hex[:8]}"))
        uow.commit()
    app.exchange.name_site(f"Site {name}")
    return app


def _records(app: bootstrap.App) -> str:
    doc = export.build_document(app.db)
    return json.dumps({k: v for k, v in doc.items() if k in (*COLLECTIONS.values(), "purged")}, sort_keys=True)


def _clock(app: bootstrap.App, record_id: str) -> dict[str, int]:
    with app.db.reading() as uow:
        return dict(uow.session.get(m.Organization, record_id).clock)


class Council:
    def __init__(self, template: Path, folder: Path):
        self.folder = folder
        self.sites = {name: _site(template, folder, name) for name in SITES}
        self.made: list[tuple[str, dict[str, int]]] = []  # every version a site made: (record, clock)
        self.packages: list[tuple[str, Path]] = []  # (for whom, file)
        a, b = self.sites["A"], self.sites["B"]
        for rid in ORGS:
            a.records.create("organization", f.organization(rid))
            self.made.append((rid, _clock(a, rid)))
        a.exchange.export(folder / "start.zip")
        b.exchange.import_file(folder / "start.zip", trust=True)
        b.exchange.export(folder / "hello.zip", for_site="Site A")
        a.exchange.import_file(folder / "hello.zip", trust=True)

    def close(self) -> None:
        for app in self.sites.values():
            app.close()

    def step(self, op: tuple[Any, ...]) -> None:
        if op[0] in ("edit", "trash", "restore"):
            name, rid = op[1], op[2]
            app = self.sites[name]
            loaded = app.records.get("organization", rid, include_trash=True)
            trashed = loaded.deleted_at is not None
            if op[0] == "edit" and not trashed:
                new = {"en": f"Organization {op[3]} ({name})"}
                if loaded.doc["name"] == new:
                    return
                app.records.update("organization", {**loaded.doc, "name": new}, loaded.version)
            elif op[0] == "trash" and not trashed:
                app.records.delete([("organization", rid)])
            elif op[0] == "restore" and trashed:
                app.records.restore([("organization", rid)])
            else:
                return
            self.made.append((rid, _clock(app, rid)))
        elif op[0] == "send":
            path = self.folder / f"p{len(self.packages)}.zip"
            self.sites[op[1]].exchange.export(path, for_site=f"Site {OTHER[op[1]]}")
            self.packages.append((OTHER[op[1]], path))
        elif op[0] == "deliver" and self.packages:
            to, path = self.packages[op[1] % len(self.packages)]
            self.sites[to].exchange.import_file(path)

    def round(self) -> None:
        for name in SITES:
            self.step(("send", name))
            self.step(("deliver", len(self.packages) - 1))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=steps, takes=st.lists(st.sampled_from(["ours", "theirs"]), min_size=3, max_size=3))
def test_two_sites_converge_and_lose_nothing(empty_template, ops, takes):
    folder = Path(tempfile.mkdtemp(prefix="sync-property-"))
    council = Council(empty_template, folder)
    try:
        for op in ops:
            council.step(op)
        for to, path in list(council.packages):  # every package arrives at last (some twice)
            council.sites[to].exchange.import_file(path)
        for _round in range(4):
            council.round()
            a = council.sites["A"]
            pending = a.exchange.conflicts() + council.sites["B"].exchange.conflicts()
            if not pending:
                break
            for i, c in enumerate(a.exchange.conflicts()):  # settled on one side only
                a.exchange.resolve(c.kind, c.record_id, takes[i % len(takes)])
        a, b = council.sites["A"], council.sites["B"]
        assert a.exchange.conflicts() == [] and b.exchange.conflicts() == []
        assert _records(a) == _records(b)
        for rid, clock in council.made:
            final = _clock(a, rid)
            assert clocks.compare(final, clock) in (Order.SAME, Order.NEWER), (rid, clock, final)
    finally:
        council.close()
        shutil.rmtree(folder, ignore_errors=True)


def test_the_property_sees_conflicts(empty_template, tmp_path):
    """The property's steps do reach a conflict (so its settling is exercised, not only its happy path)."""
    council = Council(empty_template, tmp_path)
    try:
        council.step(("edit", "A", "org-1", "x"))
        council.step(("edit", "B", "org-1", "y"))
        council.step(("send", "A"))
        council.step(("deliver", 0))
        assert [c.record_id for c in council.sites["B"].exchange.conflicts()] == ["org-1"]
    finally:
        council.close()
