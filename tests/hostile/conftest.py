"""Hostile tests: each reproduces a way found to lose data, impersonate a clerk or surprise one, and
checks that it is refused (or harmless) with a clear message, on a real database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secretariat_app import bootstrap, cli
from secretariat_app.settings import Settings, sqlite_url


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: Path) -> Path:
    """A SQLite file with the demo records (a copy of the session's template)."""
    import shutil

    path = tmp_path / "council.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def open_file() -> Callable[..., bootstrap.App]:
    opened: list[bootstrap.App] = []

    def open_(path: Path, user: str = "tester") -> bootstrap.App:
        app = bootstrap.open_app(Settings(database_url=sqlite_url(path), user=user))
        opened.append(app)
        return app

    yield open_  # type: ignore[misc]
    for app in opened:
        app.close()


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Any]:
    """``secretariat ARGS`` in this process: (exit code, stdout, stderr); never a traceback."""

    def run(*args: str | Path) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err and "unexpected error" not in err, err
        return code, out, err

    return run


from tests.ui.shell_helpers import window  # noqa: E402, F401 - the main window fixture, for UI reproductions
