"""The Linux launcher: `secretariat launcher` puts a desktop entry that starts this installation, the icon at
every size and the AppStream entry into the user's data folders; both files pass the freedesktop
validators (desktop-file-validate, appstreamcli), and --remove takes everything away again."""

from __future__ import annotations

import shlex
import subprocess
import sys

from secretariat_app import launcher
from secretariat_app.cli import main


def test_exec_line_quotes_what_the_specification_says():
    assert launcher.exec_line(["/opt/Secretariat/secretariat"]) == "/opt/Secretariat/secretariat"
    line = launcher.exec_line(["/home/kim/My Apps/python", "-m", "secretariat_app", '50%$"'])
    assert line == '"/home/kim/My Apps/python" -m secretariat_app "50%%\\$\\""'


def test_the_launcher_is_valid_starts_this_installation_and_goes_again(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["launcher"]) == 0
    entry = tmp_path / "share" / "applications" / f"{launcher.APP_ID}.desktop"
    metainfo = tmp_path / "share" / "metainfo" / f"{launcher.APP_ID}.metainfo.xml"
    lines = dict(line.split("=", 1) for line in entry.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert shlex.split(lines["Exec"]) == [sys.executable, "-m", "secretariat_app"]
    assert lines["Icon"] == launcher.APP_ID and lines["Terminal"] == "false"
    icons = sorted((tmp_path / "share" / "icons" / "hicolor").glob("*/apps/*"))
    assert [p.parent.parent.name for p in icons] == sorted(
        ["16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512", "scalable"])
    checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stdout == "", checked.stdout
    checked = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    started = subprocess.run([*shlex.split(lines["Exec"]), "--version"], capture_output=True, text=True,
                             cwd=tmp_path, timeout=60)
    assert started.returncode == 0 and started.stdout.startswith("secretariat ")  # the Exec line runs

    assert main(["launcher", "--remove"]) == 0
    assert "Removed 11 file(s)" in capsys.readouterr().out
    assert not entry.exists() and not metainfo.exists() and not any((tmp_path / "share").rglob("*.png"))
