"""Shared fixtures: a fresh real database per test — SQLite always, PostgreSQL when a server is given.

Set ``SECRETARIAT_TEST_POSTGRES_URL`` (e.g. ``postgresql+psycopg://secretariat@127.0.0.1:54329/postgres``)
to run every backend-parametrised test against PostgreSQL too; each test then gets its own database.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Qt without a display: must be set before any Qt import (otherwise it aborts looking for xcb).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the real data folder from tests.
os.environ["SECRETARIAT_HOME"] = tempfile.mkdtemp(prefix="secretariat-test-home-")
os.environ.pop("SECRETARIAT_DATABASE_URL", None)
os.environ.pop("SECRETARIAT_DB", None)

import pytest  # noqa: E402

from secretariat_app import bootstrap  # noqa: E402
from secretariat_app.settings import Settings, sqlite_url  # noqa: E402

POSTGRES_URL = os.environ.get("SECRETARIAT_TEST_POSTGRES_URL", "")
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]


def pytest_report_header(config: pytest.Config) -> str:
    if POSTGRES_URL:
        return "database backends: sqlite, postgresql (SECRETARIAT_TEST_POSTGRES_URL is set)"
    return "database backends: sqlite only — PostgreSQL tests SKIPPED (set SECRETARIAT_TEST_POSTGRES_URL)"


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    if not POSTGRES_URL:
        terminalreporter.write_line(
            "NOTE: the PostgreSQL half of the suite was skipped: no SECRETARIAT_TEST_POSTGRES_URL given "
            "(.ci/run starts a server and gives one).", yellow=True)


def _postgres_database() -> Iterator[str]:
    """A throw-away database on the test server, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n AND pid <> pg_backend_pid()"
            ), {"n": name})
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A URL of an empty database, once per backend."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "test.sqlite3")
    else:
        yield from _postgres_database()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The migrated SQLite database with the demo records, built once per test session: each test that
    needs it gets a copy of the file (migrating and importing for every test took a third of the suite)."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
    application = bootstrap.open_app(Settings(database_url=sqlite_url(path), user="tester"))
    try:
        bootstrap.load_demo(application)
    finally:
        application.close()
    return path


def _sqlite_copy(template: Path, path: Path) -> bootstrap.App:
    shutil.copyfile(template, path)
    return bootstrap.open_app(Settings(database_url=sqlite_url(path), user="tester"))


_PG_TEMPLATES: dict[str, str] = {}  # "migrated" / "demo" → a database on the test server to copy


def _pg_admin() -> Any:
    from sqlalchemy import create_engine

    return create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")


def _pg_close_sessions(conn: Any, name: str) -> None:
    from sqlalchemy import text

    conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = :n AND pid <> pg_backend_pid()"), {"n": name})


def _pg_template(kind: str) -> str:
    """A database on the test server migrated once per session ("migrated"), or holding the demo records
    too ("demo"): a test's database is made as a copy of it (CREATE DATABASE … TEMPLATE), as SQLite's are
    copies of a file -- migrating each of them took most of the PostgreSQL half of the suite."""
    if kind not in _PG_TEMPLATES:
        from sqlalchemy import text
        from sqlalchemy.engine import make_url

        name = f"template_{kind}_{uuid.uuid4().hex[:8]}"
        admin = _pg_admin()
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0'))
        url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
        application = bootstrap.open_app(Settings(database_url=url, user="tester"))
        try:
            if kind == "demo":
                bootstrap.load_demo(application)
        finally:
            application.close()
        with admin.connect() as conn:
            _pg_close_sessions(conn, name)
        admin.dispose()
        _PG_TEMPLATES[kind] = name
    return _PG_TEMPLATES[kind]


@pytest.fixture(scope="session", autouse=True)
def _drop_pg_templates() -> Iterator[None]:
    yield
    if _PG_TEMPLATES:
        from sqlalchemy import text

        admin = _pg_admin()
        with admin.connect() as conn:
            for name in _PG_TEMPLATES.values():
                _pg_close_sessions(conn, name)
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


_PG_COPIES: set[str] = set()  # the tests' databases made as copies (a test's fixtures share one)


def _pg_copy_of(kind: str, url: str, again: bool = True) -> None:
    """The test's (empty) PostgreSQL database made again as a copy of a template; with ``again`` False,
    left as it is if a fixture of the test made it already (``app`` beside ``demo_app`` opens the demo
    records, as on SQLite it opens the copied file)."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    template, name = _pg_template(kind), make_url(url).database
    if not again and name in _PG_COPIES:
        return
    _PG_COPIES.add(name)
    admin = _pg_admin()
    with admin.connect() as conn:
        _pg_close_sessions(conn, name)
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    admin.dispose()


@pytest.fixture
def app(database_url: str) -> Iterator[bootstrap.App]:
    """The app's services on a fresh, migrated database (every backend)."""
    if not database_url.startswith("sqlite"):
        _pg_copy_of("migrated", database_url, again=False)
    application = bootstrap.open_app(Settings(database_url=database_url, user="tester"))
    yield application
    application.close()


@pytest.fixture
def demo_app(database_url: str, tmp_path: Path, demo_template: Path) -> Iterator[bootstrap.App]:
    """The demo records on a fresh database, once per backend (a copy of the session's template at the
    test's database URL, so that other fixtures of the test open the same database)."""
    if database_url.startswith("sqlite"):
        shutil.copyfile(demo_template, tmp_path / "test.sqlite3")
    else:
        _pg_copy_of("demo", database_url)
    application = bootstrap.open_app(Settings(database_url=database_url, user="tester"))
    yield application
    application.close()


@pytest.fixture
def empty_app(app: bootstrap.App, tmp_path: Path) -> Iterator[bootstrap.App]:
    """A second, empty database on the same backend as ``app``."""
    if app.settings.is_sqlite:
        urls: Iterator[str] = iter([sqlite_url(tmp_path / "second.sqlite3")])
    else:
        urls = _postgres_database()
    for url in urls:
        other = bootstrap.open_app(Settings(database_url=url, user="counterpart"))
        try:
            yield other
        finally:
            other.close()


@pytest.fixture
def sqlite_app(tmp_path) -> Iterator[bootstrap.App]:  # type: ignore[no-untyped-def]
    """SQLite only: for the desktop UI and PDF tests, which do not depend on the backend."""
    application = bootstrap.open_app(Settings(database_url=sqlite_url(tmp_path / "ui.sqlite3"), user="tester"))
    yield application
    application.close()


@pytest.fixture
def sqlite_demo_app(tmp_path: Path, demo_template: Path) -> Iterator[bootstrap.App]:
    application = _sqlite_copy(demo_template, tmp_path / "ui.sqlite3")
    yield application
    application.close()


@pytest.fixture(params=["rows", "objects"])
def write_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """An import's records written as rows in bulk, and through single saves: the import tests run on both
    (they must give the same results)."""
    from secretariat_app.app import exchange

    monkeypatch.setattr(exchange, "WRITE_IN_BULK", request.param == "rows")
    return str(request.param)
