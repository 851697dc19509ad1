"""The shared-server mode under real conditions: clerks in parallel processes, and the reader role
enforced by the server's grants. These need PostgreSQL (SECRETARIAT_TEST_POSTGRES_URL; .ci/run sets it)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from secretariat_app import bootstrap
from secretariat_app.domain import models as m
from secretariat_app.errors import DatabaseError
from secretariat_app.settings import Settings
from secretariat_app.shipped import RESOURCES
from secretariat_app.storage import postgres_roles
from secretariat_app.storage.migrations import head_revision

from ..conftest import POSTGRES_URL, _postgres_database

pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="needs SECRETARIAT_TEST_POSTGRES_URL (PostgreSQL)")
ROOT = Path(__file__).resolve().parents[2]
CLERKS, EDITS, RECORDS = 8, 200, 5


@pytest.fixture
def pg_url():
    yield from _postgres_database()


@pytest.fixture
def pg_demo(pg_url):
    app = bootstrap.open_app(Settings(database_url=pg_url, user="owner"))
    bootstrap.load_demo(app)
    with app.db.engine.begin() as conn:
        postgres_roles.create_roles(conn)
        postgres_roles.apply_grants(conn)
    app.close()
    return pg_url


def _login_role(pg_url: str, group: str) -> str:
    """A clerk's login role, member of ``group``; returns the URL to connect as that clerk."""
    name = f"clerk_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD 'pw' IN ROLE {group}"))
    admin.dispose()
    return make_url(pg_url).set(username=name, password="pw").render_as_string(hide_password=False)


def test_parallel_clerks_lose_no_update(pg_demo):
    app = bootstrap.open_app(Settings(database_url=pg_demo, user="owner"))
    ids = sorted(_people())[:RECORDS]
    started = time.perf_counter()
    procs = [
        subprocess.Popen([sys.executable, "-m", "tests.integration.clerk_worker", pg_demo, f"clerk{i}", str(EDITS), *ids],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for i in range(CLERKS)
    ]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    elapsed = time.perf_counter() - started
    saved = [tuple(s) for r in results for s in r["saved"]]
    conflicts = [tuple(c) for r in results for c in r["conflicts"]]
    assert len(saved) == CLERKS * EDITS
    # Every refusal was a real conflict: someone had saved a newer version in between.
    assert all(found > read for read, found in conflicts)
    app = bootstrap.open_app(Settings(database_url=pg_demo, user="owner"))
    try:
        per_record = Counter(r for r, _ in saved)
        for record_id in ids:
            loaded = app.records.get("person", record_id)
            tokens = set((loaded.doc["notes"] or "").split()) - set((_original_notes(record_id) or "").split())
            assert tokens == {t for r, t in saved if r == record_id}, "an update was lost"
            assert loaded.version == 1 + per_record[record_id]
        with app.db.reading() as uow:
            audited = uow.session.scalar(select(func.count()).select_from(m.AuditEntry).where(
                m.AuditEntry.action == "update", m.AuditEntry.kind == "person"))
        assert audited == len(saved)
    finally:
        app.close()
    print(f"\n{len(saved)} saves by {CLERKS} clerks in {elapsed:.1f} s ({len(saved) / elapsed:.0f}/s), "
          f"{len(conflicts)} conflicts refused and retried")


_DEMO = json.loads((RESOURCES / "demo" / "seoul-beijing-council.json").read_text(encoding="utf-8"))


def _people() -> list[str]:
    return [p["id"] for p in _DEMO["people"]]


def _original_notes(record_id: str) -> str | None:
    return next(p.get("notes") for p in _DEMO["people"] if p["id"] == record_id)


def _with_new_organization(tmp_path) -> Path:  # type: ignore[no-untyped-def]
    """The demo file and one record more (the demo file alone changes nothing in the demo database)."""
    doc = dict(_DEMO, organizations=[*_DEMO["organizations"],
                                     {"id": "org-new", "name": {"en": "New"}, "city": "seoul", "kind": "other"}])
    path = tmp_path / "more.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_reader_role_cannot_change_anything(pg_demo, tmp_path):
    reader = bootstrap.open_app(Settings(database_url=_login_role(pg_demo, postgres_roles.READER), user="reader"))
    try:
        loaded = reader.records.get("agreement", "agr-2015-env-mou")  # reading works
        doc = dict(loaded.doc, reference="CHANGED")
        attempts = {
            "update": lambda: reader.records.update("agreement", doc, loaded.version),
            "create": lambda: reader.records.create("organization", {
                "id": "org-new", "name": {"en": "New"}, "city": "seoul", "kind": "other"}),
            "delete": lambda: reader.records.delete([("visit", "visit-2015-beijing")]),
            "import": lambda: reader.exchange.import_file(_with_new_organization(tmp_path)),
        }
        for name, attempt in attempts.items():
            with pytest.raises(DatabaseError, match="permission denied") as refused:
                attempt()
            assert "editor role" in str(refused.value), name
        assert reader.records.get("agreement", "agr-2015-env-mou").version == loaded.version
    finally:
        reader.close()


def test_editor_can_edit_but_not_rewrite_the_audit_trail(pg_demo):
    url = _login_role(pg_demo, postgres_roles.EDITOR)
    editor = bootstrap.open_app(Settings(database_url=url, user="editor"))
    try:
        loaded = editor.records.get("agreement", "agr-2015-env-mou")
        editor.records.update("agreement", dict(loaded.doc, reference="SBIC-2015-001-A"), loaded.version)
        assert editor.records.get("agreement", "agr-2015-env-mou").doc["reference"] == "SBIC-2015-001-A"
        with pytest.raises(DatabaseError, match="permission denied"):
            with editor.db.writing() as uow:
                uow.session.execute(text("DELETE FROM audit_log"))
                uow.commit()
    finally:
        editor.close()


@pytest.mark.skipif(head_revision() == "0001", reason="needs a schema with two revisions")
def test_clerk_account_cannot_migrate_and_says_so(pg_demo):
    admin = create_engine(pg_demo)
    with admin.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    admin.dispose()
    url = _login_role(pg_demo, postgres_roles.EDITOR)
    with pytest.raises(DatabaseError, match="older than this version"):
        bootstrap.open_app(Settings(database_url=url, user="editor"))


def test_unreachable_server_and_wrong_password_are_explained(pg_demo):
    down = make_url(pg_demo).set(port=1).render_as_string(hide_password=False)
    with pytest.raises(DatabaseError, match="Cannot reach"):
        bootstrap.open_app(Settings(database_url=down, user="x"))
    url = _login_role(pg_demo, postgres_roles.READER)
    wrong = make_url(url).set(password="not-the-password").render_as_string(hide_password=False)
    with pytest.raises(DatabaseError, match="refused the password"):
        bootstrap.open_app(Settings(database_url=wrong, user="x"))
    missing = make_url(pg_demo).set(database="no_such_db").render_as_string(hide_password=False)
    with pytest.raises(DatabaseError, match="does not exist"):
        bootstrap.open_app(Settings(database_url=missing, user="x"))


def test_dropped_connection_is_survived(pg_demo):
    app = bootstrap.open_app(Settings(database_url=pg_demo, user="clerk"))
    try:
        loaded = app.records.get("person", _people()[0])
        admin = create_engine(pg_demo, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:  # the server drops every other connection (a network blip)
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
        admin.dispose()
        # The work in hand is still saved: the pool notices the dead connection and reconnects.
        app.records.update("person", dict(loaded.doc, phone="+82-2-000-0000"), loaded.version)
        assert app.records.get("person", loaded.doc["id"]).doc["phone"] == "+82-2-000-0000"
    finally:
        app.close()
