"""The app restarts (after a change of language) however it was started."""

from __future__ import annotations

import sys
from pathlib import Path


def test_the_restart_command_starts_the_app_however_it_was_started(tmp_path):
    """Changing the language restarted ``sys.executable sys.argv``: from scripts/run that is
    ``python …/__main__.py``, which fails (relative import with no known parent package)."""
    import os
    import subprocess

    from secretariat_app.ui.preferences_dialog import restart_command

    root = Path(__file__).resolve().parents[2]
    for argv0 in (str(root / "secretariat_app" / "__main__.py"), str(Path(sys.executable).parent / "secretariat")):
        program, arguments = restart_command([argv0, "--db", str(tmp_path / "x.sqlite3")])
        assert arguments[:2] == ["-m", "secretariat_app"] and arguments[-2:] == ["--db", str(tmp_path / "x.sqlite3")]
        done = subprocess.run([program, *arguments, "--help"], cwd=tmp_path, capture_output=True, text=True,
                              timeout=60, env={**os.environ, "PYTHONPATH": str(root)})
        assert done.returncode == 0 and "secretariat" in done.stdout, done.stderr


def test_without_a_display_the_app_says_so_in_one_line(tmp_path):
    import os
    import subprocess

    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "secretariat_app", "--db", str(tmp_path / "x.sqlite3")], cwd=root,
                          env={**env, "SECRETARIAT_HOME": str(tmp_path)}, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "no display" in done.stderr
    assert "xcb" not in done.stderr and not (tmp_path / "x.sqlite3").exists()
