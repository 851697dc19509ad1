"""On PostgreSQL the audit trail could be forged: an editor could insert audit rows in anyone's name, the
CLI recorded whatever SECRETARIAT_USER said, and plain SQL changes to records left no trace. Now the
server writes who: audit rows come through its function and carry the login it saw; editors cannot
insert, change or delete them; every statement that changes a record table is in the server's log."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from secretariat_app import bootstrap
from secretariat_app.settings import Settings
from secretariat_app.storage import postgres_roles
from tests import factories as f

from ..conftest import POSTGRES_URL, _postgres_database

pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="needs SECRETARIAT_TEST_POSTGRES_URL (PostgreSQL)")


@pytest.fixture
def pg_demo():  # type: ignore[no-untyped-def]
    """The demo records on a fresh PostgreSQL database (a local file is the clerk's own: no server)."""
    for url in _postgres_database():
        app = bootstrap.open_app(Settings(database_url=url, user="owner"))
        bootstrap.load_demo(app)
        yield app
        app.close()


@pytest.fixture
def editor_url(pg_demo) -> str:  # type: ignore[no-untyped-def]
    url = pg_demo.settings.database_url
    name = f"clerk_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        postgres_roles.create_roles(conn)
        postgres_roles.apply_grants(conn)
        conn.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD 'pw' IN ROLE {postgres_roles.EDITOR}"))
    admin.dispose()
    return make_url(url).set(username=name, password="pw").render_as_string(hide_password=False)


def test_an_editor_cannot_write_the_audit_trail_past_the_server(editor_url):
    login = make_url(editor_url).username
    engine = create_engine(editor_url)
    for statement in (
        "INSERT INTO audit_log (change_id, at, \"user\", kind, record_id, action) "
        "VALUES ('x', now(), 'mayor', 'person', 'p', 'update')",
        "UPDATE audit_log SET \"user\" = 'mayor'",
        "DELETE FROM audit_log",
        "DELETE FROM server_log",
        "INSERT INTO server_log (table_name, operation, rows, keys) VALUES ('people', 'UPDATE', 1, '')",
    ):
        with engine.begin() as conn, pytest.raises(ProgrammingError, match="permission denied"):
            conn.execute(text(statement))
    with engine.begin() as conn:  # the server's function is the way in: it notes the login, whatever is claimed
        conn.execute(text("SELECT secretariat_audit('x', now()::timestamp, 'mayor', 'person', 'p', 'update', NULL, "
                          "NULL, NULL)"))
        claimed, actual = conn.execute(text(
            "SELECT \"user\", db_user FROM audit_log WHERE change_id = 'x'")).one()
    assert (claimed, actual) == ("mayor", login)
    engine.dispose()


def test_the_apps_audit_rows_carry_the_login_the_server_saw(editor_url):
    login = make_url(editor_url).username
    app = bootstrap.open_app(Settings(database_url=editor_url, user="someone-else"))  # SECRETARIAT_USER lies
    try:
        app.records.create("person", f.person("person-audited"))
        with app.db.reading() as uow:
            rows = uow.session.execute(text(
                "SELECT \"user\", db_user FROM audit_log WHERE record_id = 'person-audited'")).all()
    finally:
        app.close()
    assert rows == [("someone-else", login)]  # the claim is kept beside the truth, which is the server's


def test_plain_sql_past_the_app_leaves_a_trace(editor_url, pg_demo):
    login = make_url(editor_url).username
    engine = create_engine(editor_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE people SET notes = 'changed behind the app' WHERE id = 'person-li-ming'"))
        conn.execute(text("DELETE FROM agreement_teams"))
    engine.dispose()
    with pg_demo.db.reading() as uow:
        log = uow.session.execute(text(
            "SELECT db_user, table_name, operation, rows, keys FROM server_log WHERE db_user = :u ORDER BY id"),
            {"u": login}).all()
    assert [(r[0], r[1], r[2]) for r in log] == [(login, "people", "UPDATE"), (login, "agreement_teams", "DELETE")]
    assert log[0].rows == 1 and "person-li-ming" in log[0].keys and log[1].rows >= 1


def test_a_temporary_table_cannot_stand_in_for_the_servers_log(editor_url, pg_demo):
    login = make_url(editor_url).username
    engine = create_engine(editor_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TEMP TABLE server_log (LIKE pg_class)"))  # would swallow the log row
        conn.execute(text("CREATE TEMP TABLE audit_log (LIKE pg_class)"))
        conn.execute(text("UPDATE people SET notes = 'hidden?' WHERE id = 'person-li-ming'"))
        conn.execute(text("SELECT secretariat_audit('t', now()::timestamp, 'x', 'person', 'p', 'update', NULL, "
                          "NULL, NULL)"))
    engine.dispose()
    with pg_demo.db.reading() as uow:
        logged = uow.session.scalar(text("SELECT count(*) FROM server_log WHERE db_user = :u AND table_name = "
                                         "'people'"), {"u": login})
        audited = uow.session.scalar(text("SELECT db_user FROM audit_log WHERE change_id = 't'"))
    assert logged == 1 and audited == login
