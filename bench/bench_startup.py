"""Start-up of the desktop app as installed, to its first window: `scripts/run`'s way (the project's venv,
`python -m secretariat_app`) beside the desktop bundle (`scripts/build-bundle`'s `dist/Secretariat/`).

Each run is a fresh process on a copy of the demo database, started with SECRETARIAT_FIRST_WINDOW_SHOT
(the app draws its main window, saves it and ends at once), so the time is from exec to a drawn window,
plus a few milliseconds of exit. Wall time and the process's CPU time (all threads) are given.

"cold": the first run after the program's own files were dropped from the page cache (posix_fadvise
DONTNEED on every file of the bundle, or of the venv, the app's sources and Python's standard library).
Pages another process has mapped stay cached, so on a machine where others run the same venv its cold
run is warmer than a new computer's; the bundle's files are its own. "warm": the median of the runs after.

    .venv/bin/python bench/bench_startup.py [--bundle dist/Secretariat] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_PYTHON = Path(sys.executable)


def drop_from_cache(folders: list[Path]) -> int:
    """Ask the kernel to forget the cached pages of every file under ``folders``; the number of files."""
    count = 0
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                try:
                    fd = os.open(path, os.O_RDONLY)
                except OSError:
                    continue
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                    count += 1
                finally:
                    os.close(fd)
    return count


def one_start(command: list[str], db: Path, home: Path, shot: Path) -> tuple[float, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SECRETARIAT_", "QT_"))}
    env.update(SECRETARIAT_HOME=str(home), SECRETARIAT_FIRST_WINDOW_SHOT=str(shot), QT_QPA_PLATFORM="offscreen")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([*command, "--db", str(db)], env=env, capture_output=True, text=True, timeout=300)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0 or '"mainWindow"' not in done.stdout:
        raise SystemExit(f"{command[0]} did not reach its main window:\n{done.stdout}\n{done.stderr}")
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def measure(name: str, command: list[str], cached: list[Path], db: Path, work: Path, runs: int) -> None:
    home = work / f"home-{name}"
    home.mkdir()
    (home / "secretariat-ui.ini").write_text("[ui]\nlanguage=en\n[clerk]\nname_en=Bench\n", encoding="utf-8")
    copy = work / f"{name}.sqlite3"
    shutil.copyfile(db, copy)
    files = drop_from_cache(cached)
    cold = one_start(command, copy, home, work / f"{name}-cold.png")
    warm = [one_start(command, copy, home, work / f"{name}-warm.png") for _ in range(runs)]
    print(f"{name:<12} cold {cold[0]:.2f} s (CPU {cold[1]:.2f} s, {files} files dropped from the cache)   "
          f"warm median {statistics.median(w for w, _ in warm):.2f} s (CPU {statistics.median(c for _, c in warm):.2f} s, "
          f"min {min(w for w, _ in warm):.2f} s) over {runs} runs")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Secretariat")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="secretariat-startup-") as tmp:
        work = Path(tmp)
        db = work / "demo.sqlite3"
        env = {**os.environ, "SECRETARIAT_HOME": str(work / "init-home"), "PYTHONPATH": str(ROOT)}
        subprocess.run([str(VENV_PYTHON), "-m", "secretariat_app", "--db", str(db), "init", "--demo"], env=env,
                       check=True, capture_output=True)
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        stdlib = Path(sysconfig.get_paths()["stdlib"])
        venv = VENV_PYTHON.parent.parent
        os.environ["PYTHONPATH"] = str(ROOT)  # scripts/run's code: this checkout
        measure("scripts-run", [str(VENV_PYTHON), "-m", "secretariat_app"],
                [venv, ROOT / "secretariat_app", ROOT / "resources", stdlib], db, work, args.runs)
        os.environ.pop("PYTHONPATH")
        program = args.bundle / "secretariat"
        if program.is_file():
            measure("bundle", [str(program)], [args.bundle], db, work, args.runs)
        else:
            print(f"no bundle at {args.bundle}: scripts/build-bundle makes it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
