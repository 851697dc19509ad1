"""The clerk's display name beside the login, on every backend: every save path writes it (create, edit,
trash, restore, undo, import), the record's "last changed by" and the audit trail keep it in columns of
their own (migration 0006), a name changed in the session applies to the next write, old rows keep the
login only. On PostgreSQL the audit rows come through the server's function, which takes the name too.
Settings: the command line reads the name the desktop app keeps."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from secretariat_app import bootstrap, settings
from secretariat_app.errors import ConflictError
from secretariat_app.services import maintenance
from secretariat_app.settings import Settings, sqlite_url
from secretariat_app.storage import migrations, postgres_roles
from secretariat_app.storage.engine import open_engine
from tests import factories as f
from tests.conftest import POSTGRES_URL, _postgres_database

MINJI = {"ko": "김민지", "zh": "金敏智", "en": "Kim Minji"}
RECORD_TABLES = ("organizations", "people", "teams", "agreements", "meetings", "visits")


@pytest.fixture
def minji(database_url: str) -> Iterator[bootstrap.App]:
    """The app of a clerk whose login is "root" and who set her name (every backend)."""
    app = bootstrap.open_app(Settings(database_url=database_url, user="root", names=MINJI))
    yield app
    app.close()


def audit(app: bootstrap.App, record_id: str) -> list[tuple[str, str, Any]]:
    """(login, action, display name) of every audit row about a record, read with plain SQL."""
    with app.db.reading() as uow:
        rows = uow.session.execute(text(
            'SELECT "user", action, user_name FROM audit_log WHERE record_id = :r ORDER BY id'), {"r": record_id})
        return [(r[0], r[1], _json(r[2])) for r in rows]


def last_changed(app: bootstrap.App, table: str, record_id: str) -> tuple[str, Any]:
    with app.db.reading() as uow:
        row = uow.session.execute(text(f"SELECT updated_by, updated_by_name FROM {table} WHERE id = :r"),
                                  {"r": record_id}).one()
        return row[0], _json(row[1])


def _json(value: Any) -> Any:
    """A JSON column as plain SQL gives it back: text on SQLite, parsed on PostgreSQL."""
    import json

    return json.loads(value) if isinstance(value, str) else value


def test_every_save_path_writes_the_name_beside_the_login(minji):
    records = minji.records
    records.create("organization", f.organization("org-a"))
    assert last_changed(minji, "organizations", "org-a") == ("root", MINJI)
    loaded = records.get("organization", "org-a")
    assert (loaded.updated_by, loaded.updated_by_name) == ("root", MINJI)
    records.update("organization", {**loaded.doc, "city": "beijing"}, loaded.version)
    records.delete([("organization", "org-a")])
    records.restore([("organization", "org-a")])
    records.undo()  # back to the trash
    minji.exchange.import_bundle(_bundle(f.revised(minji, f.document(organizations=[
        f.organization("org-a", city="busan")]))))
    assert audit(minji, "org-a") == [("root", a, MINJI) for a in
                                      ("create", "update", "delete", "restore", "undo", "import")]
    # The record says who changed it last (at the counterpart); the audit trail who imported it here.
    assert last_changed(minji, "organizations", "org-a") == ("counterpart", None)
    records.update("organization", {**records.get("organization", "org-a").doc, "city": "seoul"},
                   records.get("organization", "org-a").version)
    assert last_changed(minji, "organizations", "org-a") == ("root", MINJI)
    history = records.history("organization", "org-a")
    assert {(h.user, tuple(sorted((h.user_name or {}).items()))) for h in history} == \
        {("root", tuple(sorted(MINJI.items())))}


def test_no_name_is_null_and_a_new_name_applies_to_the_next_write(database_url):
    app = bootstrap.open_app(Settings(database_url=database_url, user="root"))
    try:
        app.records.create("person", f.person("person-a"))
        assert last_changed(app, "people", "person-a") == ("root", None)
        with app.db.reading() as uow:  # SQL NULL, not a JSON null
            assert uow.session.scalar(text("SELECT count(*) FROM audit_log WHERE user_name IS NULL")) == 1
        app.set_clerk_names({"en": "  Kim Minji ", "zh": "   "})  # Preferences: trimmed, blanks dropped
        assert app.clerk_names == {"en": "Kim Minji"}
        loaded = app.records.get("person", "person-a")
        app.records.update("person", {**loaded.doc, "notes": "met in Seoul"}, loaded.version)
        assert audit(app, "person-a") == [("root", "create", None), ("root", "update", {"en": "Kim Minji"})]
        assert app.records.get("person", "person-a").updated_by_name == {"en": "Kim Minji"}
    finally:
        app.close()


def test_a_name_over_the_limit_never_reaches_the_audit_trail(database_url):
    """A hand-edited settings file: the language over the limit is left out, the others kept."""
    names = {"ko": "김" * 501, "en": "Kim Minji"}
    app = bootstrap.open_app(Settings(database_url=database_url, user="root", names=names))
    try:
        assert app.clerk_names == {"en": "Kim Minji"}
        app.records.create("person", f.person("person-a"))
        assert audit(app, "person-a") == [("root", "create", {"en": "Kim Minji"})]
    finally:
        app.close()


def test_someone_elses_save_is_named_with_their_display_name(minji, database_url):
    minji.records.create("person", f.person("person-a"))
    mine = minji.records.get("person", "person-a")
    other = bootstrap.open_app(Settings(database_url=database_url, user="bob", names={"zh": "王波"}))
    try:
        other.records.update("person", {**mine.doc, "notes": "theirs"}, mine.version)
    finally:
        other.close()
    with pytest.raises(ConflictError) as caught:
        minji.records.update("person", {**mine.doc, "notes": "mine"}, mine.version)
    assert (caught.value.by, caught.value.by_name) == ("bob", {"zh": "王波"})
    assert "changed by 王波 (bob)" in str(caught.value)


def test_dashboard_history_and_trash_carry_the_name(minji, database_url):
    minji.records.create("person", f.person("person-a"))
    minji.records.delete([("person", "person-a")])
    recent = minji.dashboard.load().recent
    assert [(e.record_id, e.user, e.user_name) for e in recent] == [("person-a", "root", MINJI)]
    trashed = minji.records.trash()
    assert [(t.deleted_by, t.deleted_by_name) for t in trashed] == [("root", MINJI)]


def _bundle(document: dict[str, Any]) -> Any:
    from secretariat_app.exchange.files import Bundle

    return Bundle(document, {})


# --- PostgreSQL: through the server's function ------------------------------------------------------


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from _postgres_database()


@pytest.mark.postgres
@pytest.mark.skipif(not POSTGRES_URL, reason="needs SECRETARIAT_TEST_POSTGRES_URL (PostgreSQL)")
def test_an_editor_on_a_server_writes_the_name_through_the_servers_function(pg_url):
    owner = bootstrap.open_app(Settings(database_url=pg_url, user="owner"))
    role = "clerk_names_editor"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        postgres_roles.create_roles(conn)
        postgres_roles.apply_grants(conn)
        conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'pw' IN ROLE {postgres_roles.EDITOR}"))
        functions = conn.execute(text(
            "SELECT pg_get_function_identity_arguments(oid) FROM pg_proc WHERE proname = 'secretariat_audit'")).all()
    assert len(functions) == 1 and functions[0][0].endswith("p_after json, p_user_name json, p_revision text, p_parents json")  # replaced
    url = make_url(pg_url).set(username=role, password="pw").render_as_string(hide_password=False)
    clerk = bootstrap.open_app(Settings(database_url=url, user="root", names=MINJI))
    try:
        clerk.records.create("person", f.person("person-a"))
        with owner.db.reading() as uow:
            row = uow.session.execute(text(
                "SELECT \"user\", user_name, db_user FROM audit_log WHERE record_id = 'person-a'")).one()
        assert (row[0], row[1], row[2]) == ("root", MINJI, role)  # the name beside the login the server saw
        assert last_changed(owner, "people", "person-a") == ("root", MINJI)
    finally:
        clerk.close()
        owner.close()
        with admin.connect() as conn:
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))
        admin.dispose()


# --- the migration, on an existing demo database ----------------------------------------------------


def _to(engine: Any, revision: str, down: bool = False) -> None:
    cfg = migrations.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def _columns(engine: Any) -> dict[str, set[str]]:
    found = inspect(engine)
    return {t: {c["name"] for c in found.get_columns(t)} for t in (*RECORD_TABLES, "audit_log")}


def test_migration_0006_on_an_existing_demo_database(tmp_path: Path, demo_template: Path):
    """A demo database as the previous version left it (0005): upgraded on opening, a copy taken first,
    every record and audit row kept, the old rows without a name (the login is shown), new saves with."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    engine = open_engine(sqlite_url(path))
    _to(engine, "0005", down=True)
    assert all("updated_by_name" not in cols and "user_name" not in cols for cols in _columns(engine).values())
    with engine.connect() as conn:
        counts = {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in (*RECORD_TABLES, "audit_log")}
    engine.dispose()

    app = bootstrap.open_app(Settings(database_url=sqlite_url(path), user="root", names=MINJI))
    try:
        head = migrations.head_revision()  # 0006 and any migration after it
        assert migrations.current_revision(app.db.engine) == head and head >= "0006"
        assert Path(app.db.pre_migration_copy).name.startswith(f"demo.sqlite3.before-{head}-")  # type: ignore[attr-defined]
        cols = _columns(app.db.engine)
        assert all("updated_by_name" in cols[t] for t in RECORD_TABLES) and "user_name" in cols["audit_log"]
        with app.db.engine.connect() as conn:
            assert {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in counts} == counts
            assert conn.scalar(text("SELECT count(*) FROM audit_log WHERE user_name IS NOT NULL")) == 0
        old = app.records.get("agreement", "agr-2015-env-mou")
        assert (old.updated_by, old.updated_by_name) == ("tester", None)
        assert all(h.user_name is None for h in app.records.history("agreement", "agr-2015-env-mou"))
        app.records.update("agreement", {**old.doc, "reference": "SBIC-2015-001-R"}, old.version)
        assert audit(app, "agr-2015-env-mou")[-1] == ("root", "update", MINJI)
        assert maintenance.check(app.db).ok  # type: ignore[arg-type]
    finally:
        app.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_migration_0006_up_and_down_on_every_backend(database_url):
    """With the demo records: down to 0005 (the old function back on PostgreSQL), up again."""
    app = bootstrap.open_app(Settings(database_url=database_url, user="tester"))
    bootstrap.load_demo(app)
    app.close()
    engine = open_engine(database_url)
    try:
        _to(engine, "0005", down=True)
        assert "user_name" not in _columns(engine)["audit_log"]
        if engine.dialect.name == "postgresql":
            with engine.connect() as conn:
                assert conn.scalar(text("SELECT to_regprocedure(:f)"), {"f": postgres_roles.SERVER_FUNCTIONS[0]}) is None
                assert conn.scalar(text("SELECT to_regprocedure(:f)"), {
                    "f": "secretariat_audit(text, timestamp, text, text, text, text, text, json, json)"}) is not None
        _to(engine, "head")
        assert "user_name" in _columns(engine)["audit_log"]
    finally:
        engine.dispose()
    again = bootstrap.open_app(Settings(database_url=database_url, user="root", names=MINJI))
    try:
        loaded = again.records.get("person", "person-li-ming")
        again.records.update("person", {**loaded.doc, "notes": "after the round trip"}, loaded.version)
        assert audit(again, "person-li-ming")[-1] == ("root", "update", MINJI)
    finally:
        again.close()


# --- where the command line finds the name ----------------------------------------------------------


def test_the_command_line_reads_the_name_the_desktop_app_keeps(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("SECRETARIAT_HOME", str(home))
    assert settings.resolve().names == {}  # no settings file yet
    home.mkdir(parents=True, exist_ok=True)
    (home / settings.UI_SETTINGS_FILE).write_text(
        "[clerk]\nname_en=\" Kim, \\\"Minji\\\" \"\nname_ko=김민지\nname_zh=\n\n[view]\nlang=ko\n", encoding="utf-8")
    resolved = settings.resolve(db=str(tmp_path / "x.sqlite3"))
    assert resolved.names == {"ko": "김민지", "en": 'Kim, "Minji"'}
    assert resolved == Settings(resolved.database_url, resolved.user)  # the name is not part of which database


@pytest.mark.parametrize(("raw", "value"), [
    ("김민지", "김민지"), ('" Kim Minji "', " Kim Minji "), ('"a, b"', "a, b"), ("a, b", None),
    ('"\\\\ \\" \\t"', '\\ " \t'), ("@@at", "@at"), ("@Variant(\\0\\0)", None), ("@Invalid()", None),
    ("\\x42\\x30\\x43", "B0C"), ("\\x1f600", "😀"), ("", ""),
])
def test_qt_ini_strings_are_read_as_qsettings_writes_them(raw, value):
    assert settings.qt_ini_string(raw) == value
