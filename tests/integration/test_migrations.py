"""The schema comes from the Alembic migrations: a fresh database equals the models, an old database is
upgraded with its data kept (and copied first), a newer one is refused untouched, files are owner-only.

Written for any number of revisions: the upgrade test starts at the first one and appends a test-only
revision after the newest, so that there is always something to migrate."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from secretariat_app import bootstrap
from secretariat_app.domain.models import Base
from secretariat_app.errors import DatabaseError
from secretariat_app.services import maintenance
from secretariat_app.settings import Settings, sqlite_url
from secretariat_app.storage import migrations, postgres_roles
from secretariat_app.storage.engine import open_engine
from tests import factories as f
from tests.conftest import POSTGRES_URL, _postgres_database

# The search index's tables are made by its migration and used through SQL of their own (SQLite FTS5
# virtual tables have no model); the search index's tests cover them. Every other table must match.
UNMAPPED_PREFIX = "search_"
FUTURE = "9999_from_a_newer_version"
LIST_ORDER_INDEX = re.compile(r"ix_(meetings|people)_live_(sort_zh|name_en|name_ko)")


def first_revision() -> str:
    revisions = list(ScriptDirectory.from_config(migrations.alembic_config()).walk_revisions())
    return revisions[-1].revision


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def wide_umask() -> Iterator[None]:
    """A umask that would make new files world-readable: owner-only must not depend on it."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def upgrade_to(engine: Engine, revision: str) -> None:
    cfg = migrations.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def stamp(engine: Engine, revision: str) -> None:
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


# --- fresh database -----------------------------------------------------------------------------


def test_fresh_database_by_migrations_equals_the_models(app):
    def ours(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
        table = obj if type_ == "table" else getattr(obj, "table", None)
        table_name = name if type_ == "table" else getattr(table, "name", "")
        # The search tables and the server's own log (PostgreSQL, written by its triggers) have no models.
        unmapped = str(table_name).startswith(UNMAPPED_PREFIX) or table_name == "server_log"
        # The lists' order indexes (migration 0007) differ by backend and are not in the models;
        # test_lists_and_dashboard checks that they serve.
        if type_ == "index" and LIST_ORDER_INDEX.fullmatch(str(name)):
            return False
        return not (reflected and compare_to is None and unmapped)

    with app.db.engine.connect() as conn:
        assert migrations.current_revision(app.db.engine) == migrations.head_revision()
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": ours})
        differences = compare_metadata(ctx, Base.metadata)
    assert differences == []


def test_opening_an_up_to_date_database_migrates_nothing(app):
    assert app.db.pre_migration_copy is None
    again = bootstrap.open_app(app.settings)
    try:
        assert again.db.pre_migration_copy is None  # type: ignore[attr-defined]
    finally:
        again.close()


# --- upgrade with data kept ---------------------------------------------------------------------


@pytest.fixture
def with_test_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The real migrations plus one test-only revision after the newest; returns its id."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrations.head_revision()
    (scripts / "versions" / "9000_test_revision.py").write_text(
        f'"""test-only revision: a column added to organizations"""\n'
        f"import sqlalchemy as sa\nfrom alembic import op\n\n"
        f'revision = "9000_test"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n\n\n'
        f"def upgrade() -> None:\n"
        f'    with op.batch_alter_table("organizations") as batch:\n'
        f'        batch.add_column(sa.Column("test_note", sa.String(20), nullable=True))\n\n\n'
        f"def downgrade() -> None:\n    pass\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", scripts)
    return "9000_test"


def _fill_first_revision(engine: Engine) -> None:
    """Records written with plain SQL in the first revision's columns (they never change)."""
    now = "2015-11-04 02:30:00"
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO organizations (id, version, created_at, updated_at, updated_by, name, city, kind) "
            "VALUES ('org-smg', 3, :now, :now, 'kim', :name, 'seoul', 'city_government')"),
            {"now": now, "name": '{"ko": "서울특별시", "zh": "首尔特别市", "en": "Seoul Metropolitan Government"}'})
        conn.execute(text(
            "INSERT INTO people (id, version, created_at, updated_at, updated_by, name, organization_id, notes) "
            "VALUES ('person-park', 1, :now, :now, 'kim', :name, 'org-smg', 'Mayor')"),
            {"now": now, "name": '{"ko": "박원순", "en": "Park Won Soon"}'})


def test_upgrade_keeps_the_data_and_copies_the_file_first(tmp_path, with_test_revision, wide_umask):
    path = tmp_path / "old.sqlite3"
    engine = open_engine(sqlite_url(path))
    upgrade_to(engine, first_revision())
    _fill_first_revision(engine)
    engine.dispose()
    old_bytes = path.read_bytes()

    app = bootstrap.open_app(Settings(database_url=sqlite_url(path), user="tester"))
    try:
        assert migrations.current_revision(app.db.engine) == with_test_revision
        org = app.records.get("organization", "org-smg")
        assert (org.version, org.updated_by, org.doc["name"]["ko"]) == (3, "kim", "서울특별시")
        assert app.records.get("person", "person-park").doc["organization"] == "org-smg"
        copy = Path(app.db.pre_migration_copy)  # type: ignore[attr-defined]
    finally:
        app.close()
    assert copy.parent == path.parent and copy.name.startswith(f"{path.name}.before-{with_test_revision}-")
    assert mode(copy) == 0o600
    with sqlite3.connect(copy) as conn:  # the copy is the database as it was before the migration
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == first_revision()
        assert conn.execute("SELECT id FROM people").fetchall() == [("person-park",)]
    assert copy.stat().st_size == len(old_bytes)


def test_upgrade_keeps_the_data_on_every_backend(database_url, with_test_revision):
    engine = open_engine(database_url)
    upgrade_to(engine, first_revision())
    _fill_first_revision(engine)
    engine.dispose()
    app = bootstrap.open_app(Settings(database_url=database_url, user="tester"))
    try:
        assert migrations.current_revision(app.db.engine) == with_test_revision
        assert app.records.get("person", "person-park").doc["name"] == {"ko": "박원순", "en": "Park Won Soon"}
        bootstrap.load_demo(app)  # and the upgraded database works as a new one
        assert maintenance.check(app.db).ok  # type: ignore[arg-type]
    finally:
        app.close()


# --- refusals -----------------------------------------------------------------------------------


def test_database_from_a_newer_version_is_refused_untouched_sqlite(tmp_path):
    path = tmp_path / "newer.sqlite3"
    app = bootstrap.open_app(Settings(database_url=sqlite_url(path), user="tester"))
    bootstrap.load_demo(app)
    stamp(app.db.engine, FUTURE)  # type: ignore[attr-defined]
    app.close()
    before = path.read_bytes()
    files_before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(DatabaseError) as caught:
        bootstrap.open_app(Settings(database_url=sqlite_url(path), user="tester"))
    message = str(caught.value)
    assert "made by a newer version of Secretariat" in message
    assert FUTURE in message and migrations.head_revision() in message
    assert "was not changed" in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == files_before


def test_database_from_a_newer_version_is_refused_on_every_backend(app):
    stamp(app.db.engine, FUTURE)  # type: ignore[attr-defined]
    with pytest.raises(DatabaseError, match="newer version of Secretariat"):
        bootstrap.open_app(app.settings)
    assert migrations.current_revision(app.db.engine) == FUTURE  # type: ignore[attr-defined]


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from _postgres_database()


@pytest.mark.postgres
@pytest.mark.skipif(not POSTGRES_URL, reason="needs SECRETARIAT_TEST_POSTGRES_URL (PostgreSQL)")
def test_newer_schema_is_called_newer_for_a_clerk_who_may_not_migrate(pg_url):
    """A clerk's login role may not migrate; a newer schema must still be reported as newer."""
    database_url = pg_url
    app = bootstrap.open_app(Settings(database_url=database_url, user="owner"))
    with app.db.engine.begin() as conn:  # type: ignore[attr-defined]
        postgres_roles.create_roles(conn)
        postgres_roles.apply_grants(conn)
    stamp(app.db.engine, FUTURE)  # type: ignore[attr-defined]
    app.close()
    role = f"clerk_{uuid.uuid4().hex[:8]}"
    admin = create_engine(database_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'pw' IN ROLE {postgres_roles.EDITOR}"))
    clerk_url = make_url(database_url).set(username=role, password="pw").render_as_string(hide_password=False)
    try:
        with pytest.raises(DatabaseError, match="made by a newer version of Secretariat"):
            bootstrap.open_app(Settings(database_url=clerk_url, user="clerk"))
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))
        admin.dispose()


def test_a_database_of_another_program_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="tables that Secretariat did not create; it was not changed"):
        bootstrap.open_app(Settings(database_url=sqlite_url(path), user="tester"))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall() == [("invoices",)]
    conn.close()
    assert len(path.read_bytes()) == len(before)


# --- owner-only files ---------------------------------------------------------------------------


def test_database_and_backups_are_owner_only(tmp_path, wide_umask):
    path = tmp_path / "data" / "secretariat.sqlite3"
    app = bootstrap.open_app(Settings(database_url=sqlite_url(path), user="tester"))
    try:
        app.records.create("organization", f.organization())  # the WAL file now exists too
        for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            assert mode(file) == 0o600, file
        backup = maintenance.make_backup(app.db)  # type: ignore[arg-type]
        chosen = maintenance.make_backup(app.db, tmp_path / "elsewhere" / "copy.sqlite3")  # type: ignore[arg-type]
        safety = maintenance.restore_backup(app.db, chosen)  # type: ignore[arg-type]
    finally:
        app.close()
    for file in (backup, chosen, safety):
        assert mode(file) == 0o600, file
    assert backup.parent == path.parent / "backups"


def test_the_data_folder_is_owner_only(tmp_path, monkeypatch, wide_umask):
    from secretariat_app import settings

    monkeypatch.setenv("SECRETARIAT_HOME", str(tmp_path / "home" / "Secretariat"))
    folder = settings.data_dir()
    assert mode(folder) == 0o700


def test_alembic_env_runs_from_a_url_too(tmp_path):
    """`alembic upgrade` by an administrator (no connection handed over) makes the same schema."""
    path = tmp_path / "admin.sqlite3"
    cfg = migrations.alembic_config()
    cfg.set_main_option("sqlalchemy.url", sqlite_url(path))
    command.upgrade(cfg, "head")
    engine = create_engine(sqlite_url(path))
    try:
        assert migrations.current_revision(engine) == migrations.head_revision()
    finally:
        engine.dispose()
    app = bootstrap.open_app(Settings(database_url=sqlite_url(path), user="tester"))
    app.close()


# --- the schema check at start-up -------------------------------------------------------------------


def test_the_head_read_from_the_files_is_alembics_head():
    """Opening a current database compares its revision with the head read from db/versions without
    Alembic; both must name the same revisions and the same head."""
    scripts = ScriptDirectory.from_config(migrations.alembic_config())
    assert migrations.head_revision() == scripts.get_current_head()
    assert migrations.known_revisions() == {r.revision for r in scripts.walk_revisions()}


def test_a_test_revision_after_the_head_is_the_new_head(with_test_revision):
    assert migrations.head_revision() == with_test_revision
    assert with_test_revision in migrations.known_revisions()


def test_opening_a_current_database_loads_no_alembic(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "current.sqlite3"
    bootstrap.open_app(Settings(database_url=sqlite_url(path), user="tester")).close()
    root = Path(__file__).resolve().parents[2]
    code = ("import sys; from secretariat_app import bootstrap; from secretariat_app.settings import Settings, "
            f"sqlite_url; app = bootstrap.open_app(Settings(database_url=sqlite_url({str(path)!r}), user='t')); "
            "print(app.db.pre_migration_copy, sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["None", "[]"]
