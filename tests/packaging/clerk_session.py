"""What a clerk does first with an installed Secretariat, run as she would, from a folder of her own: the
version, a database with the demo records, a search in Korean, the visit's briefing pack, an export read
back into a second database, and the desktop app started to its first window (offscreen) — once on the
demo database in Korean, once on a new data folder (the first start's questions) — and the desktop's menu
entry made for it. The wheel test and the
desktop bundle's test both run it, on the ``secretariat`` they installed or built."""

from __future__ import annotations

import json
import os
import resource
import shlex
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

from secretariat_app import __version__

VISIT = "visit-2015-beijing"  # the demo data's mayoral visit
KOREAN_UI = "[ui]\nlanguage=ko\n[view]\nlang=ko\n"


@dataclass
class Session:
    secretariat: list[str]  # the command, e.g. [".../venv/bin/secretariat"] or [".../Secretariat/secretariat"]
    folder: Path  # her own folder: the working directory, the data folders, the files she makes
    timings: dict[str, tuple[float, float]] = field(default_factory=dict)  # step -> (wall s, CPU s)
    launcher: list[str] = field(default_factory=list)  # what the desktop's menu entry starts

    def env(self, home: Path, **extra: str) -> dict[str, str]:
        """A clean environment: nothing pointing at the checkout, her own data folder, no display."""
        keep = {k: v for k, v in os.environ.items()
                if not k.startswith(("PYTHON", "SECRETARIAT_", "VIRTUAL_ENV", "QT_"))}
        return {**keep, "SECRETARIAT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **extra}

    def run(self, step: str, *args: str, home: Path | None = None, **env: str) -> str:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run([*self.secretariat, *args], cwd=self.folder, capture_output=True, text=True,
                              timeout=300, env=self.env(home or self.folder / "home", **env))
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.timings[step] = (wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        assert done.returncode == 0, f"{step}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
        assert "unexpected error" not in done.stderr, f"{step}: {done.stderr}"
        return done.stdout

    def first_window(self, step: str, *args: str, home: Path) -> dict[str, object]:
        shot = self.folder / f"{step}.png"
        out = self.run(step, *args, home=home, SECRETARIAT_FIRST_WINDOW_SHOT=str(shot))
        facts = json.loads(out.strip().splitlines()[-1])
        assert facts["saved"] and shot.stat().st_size > 10_000, facts  # a window was drawn, not a blank
        facts["shot"] = str(shot)
        return facts


def play(session: Session) -> Session:
    assert session.run("version", "--version").strip() == f"secretariat {__version__}"

    out = session.run("init --demo", "--db", "council.sqlite3", "init", "--demo")
    assert "37 added" in out  # migrations, the exchange schema and the demo file were all found

    out = session.run("search", "--db", "council.sqlite3", "search", "환경", "--json")
    found = {hit["id"] for hit in json.loads(out)}
    assert {"team-environment", "agr-2015-env-mou"} <= found  # the search tables and Korean matching
    out = session.run("reindex", "--db", "council.sqlite3", "reindex", "--workers", "2")
    assert "Indexed 37 records" in out  # by worker processes: the installed program starts them as its own

    session.run("brief", "--db", "council.sqlite3", "brief", VISIT, "-o", "pack.pdf", "--lang", "ko")
    pack = PdfReader(session.folder / "pack.pdf")
    assert len(pack.pages) >= 3 and "베이징" in pack.pages[0].extract_text()  # the bundled Korean font drew it

    out = session.run("export", "--db", "council.sqlite3", "export", "council.json")
    assert "Exported 37 records" in out
    session.run("init other", "--db", "other.sqlite3", "init")
    out = session.run("import", "--db", "other.sqlite3", "import", "council.json")
    assert "37 added" in out
    again = json.loads(session.run("search again", "--db", "other.sqlite3", "search", "환경", "--json"))
    assert {hit["id"] for hit in again} == found

    korean = session.folder / "home-ko"
    korean.mkdir()
    (korean / "secretariat-ui.ini").write_text(KOREAN_UI + "[clerk]\nname_ko=김민지\n", encoding="utf-8")
    window = session.first_window("gui", "--db", "council.sqlite3", home=korean)
    assert window["window"] == "mainWindow" and window["title"] == "council.sqlite3" and window["icon"]
    assert window["language"] == "ko" and "파일(&F)" in window["menus"]  # the translations were found

    first = session.first_window("gui first start", home=session.folder / "new-home")
    assert first["window"] == "firstStart" and first["icon"]

    share = session.folder / "share"
    session.run("launcher", "launcher", XDG_DATA_HOME=str(share))
    entry = (share / "applications" / "org.seoulbeijingcouncil.Secretariat.desktop").read_text(encoding="utf-8")
    command = shlex.split(next(line[5:] for line in entry.splitlines() if line.startswith("Exec=")))
    assert Path(command[0]).is_file() and Path(command[0]).parent.parent != Path(__file__).parents[2]
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "org.seoulbeijingcouncil.Secretariat.png").is_file()
    session.launcher = command
    return session
