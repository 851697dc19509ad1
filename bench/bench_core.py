"""The core's first benchmark: a synthetic archive, then import, export and check on it.

    .venv/bin/python bench/bench_core.py [--scale 20] [--database-url URL] [--reuse]
    .venv/bin/python bench/bench_core.py --existing bench/data/scale20.sqlite3   # export and check it only

Each step is the ``secretariat`` command in a child process of its own, so its wall time and peak
memory (the child's ``ru_maxrss``) are the step's alone:

1. ``generate --scale N``  the archive (``bench/data/archive-N.json``; ``--reuse`` keeps an existing one),
2. ``import``              into a new empty database (``bench/data/bench-N.sqlite3``, or a URL),
3. ``export``              every record to ``bench/out/export-N.json``,
4. ``check``               integrity (SQLite integrity and foreign keys, attachment hashes), first the
                           core's part alone (``check-core``), then the whole command (with the search
                           index's consistency check).

``--existing DB`` skips the first two steps: the export and the checks run on that database (a copy of
it: opening may migrate it). The results are printed as a table (wall and CPU time, peak memory) and kept
in ``bench/out/results-N-sqlite.json`` (or ``-url``, ``-existing``).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
OUT = ROOT / "bench" / "out"


@dataclass
class Step:
    name: str
    seconds: float
    peak_mib: float
    output: str
    finished: bool = True  # False: stopped at --step-timeout
    cpu: float = 0.0  # the child's user + system CPU seconds (the machine is shared: wall alone misleads)


# The core's own integrity check (maintenance.check, without the search index's extra step).
CORE_CHECK = ("import sys; from secretariat_app import bootstrap, settings; from secretariat_app.services import "
              "maintenance; app = bootstrap.open_app(settings.resolve(*sys.argv[1:])); r = maintenance.check(app.db); "
              "print('No problems found.' if r.ok else f'{len(r.errors)} problem(s) found.')")


def compile_code(root: Path) -> None:
    """Write the package's bytecode, as installing it from a wheel does: a run that compiled every
    module from source (PYTHONDONTWRITEBYTECODE, a read-only checkout) would time the compiler."""
    compileall.compile_dir(str(root / "secretariat_app"), quiet=1)


def measure(name: str, args: list[str], timeout: float | None = None) -> Step:
    """One ``secretariat`` command (or ``-c`` program) in a child process: wall time, its own peak memory."""
    env = {**os.environ, "SECRETARIAT_USER": "bench"}
    argv = [sys.executable, *args] if args[0] == "-c" else [sys.executable, "-m", "secretariat_app", *args]
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        child = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=out, stderr=err, text=True)
        finished = True
        while True:  # wait4: this child's rusage alone (ru_maxrss in KiB on Linux)
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if timeout is not None and time.perf_counter() - started > timeout:
                child.kill()
                finished = False
                _, status, usage = os.wait4(child.pid, 0)
                break
            time.sleep(0.1)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        text, problems = out.read(), err.read()
    code = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    if not finished:
        return Step(name, seconds, usage.ru_maxrss / 1024, f"stopped after {seconds:.0f} s", finished=False, cpu=cpu)
    if code != 0 and not (name.startswith("check") and code == 1):  # 1: check found problems, a result
        raise SystemExit(f"{name} failed (exit {code}):\n{problems}")
    lines = text.strip().splitlines()
    first, last = (lines[0], lines[-1]) if lines else ("", "")
    return Step(name, seconds, usage.ru_maxrss / 1024, last if name.startswith("check") else first, cpu=cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=20, help="years of records (20 ≈ 100k records)")
    parser.add_argument("--database-url", help="import into this (empty) database instead of a new SQLite file")
    parser.add_argument("--reuse", action="store_true", help="keep an archive generated earlier")
    parser.add_argument("--step-timeout", type=float, help="stop a step after this many seconds (reported)")
    parser.add_argument("--existing", type=Path, metavar="DB", help="an SQLite database of an archive: export "
                        "and check a copy of it (no generate, no import)")
    args = parser.parse_args()
    compile_code(ROOT)

    DATA.mkdir(parents=True, exist_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    archive = DATA / f"archive-{args.scale}.json"
    export_file = OUT / f"export-{args.scale}.json"
    if args.existing:
        db = DATA / f"existing-{args.scale}.sqlite3"
        shutil.copyfile(args.existing, db)
        where = ["--db", str(db)]
    elif args.database_url:
        where = ["--database-url", args.database_url]
    else:
        db = DATA / f"bench-{args.scale}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        where = ["--db", str(db)]

    steps: list[Step] = []
    core_where = [None, args.database_url] if args.database_url else [where[1], None]
    work = [("import", [*where, "import", str(archive)]), ("export", [*where, "export", str(export_file)]),
            ("check-core", ["-c", CORE_CHECK, *(w or "" for w in core_where)]), ("check", [*where, "check"])]
    if args.existing:
        work = work[1:]
    elif not (args.reuse and archive.exists()):
        work.insert(0, ("generate", ["generate", "--scale", str(args.scale), "-o", str(archive)]))
    for name, cmd in work:
        steps.append(measure(name, cmd, args.step_timeout))
        print(f"{name:>10}: {steps[-1].seconds:8.1f} s wall {steps[-1].cpu:8.1f} s CPU {steps[-1].peak_mib:8.0f} MiB"
              f"  {steps[-1].output}", flush=True)

    records = sum(len(v) for v in json.loads(export_file.read_text("utf-8")).values() if isinstance(v, list))
    machine = {
        "date": datetime.now().isoformat(timespec="minutes"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "load_average_at_end": os.getloadavg(),
        "archive_mib": round(archive.stat().st_size / 2**20) if archive.exists() else None,
        "database": "url" if args.database_url else "existing" if args.existing else "sqlite",
        "database_mib": None if args.database_url else round(Path(where[1]).stat().st_size / 2**20),
        "records": records,
    }
    result = {"scale": args.scale, "machine": machine, "steps": [asdict(s) for s in steps]}
    (OUT / f"results-{args.scale}-{machine['database']}.json").write_text(json.dumps(result, indent=2) + "\n",
                                                                        "utf-8")
    print()
    print(f"{'step':<10}{'wall time':>12}{'CPU time':>12}{'peak memory':>14}")
    for s in steps:
        print(f"{s.name:<10}{s.seconds:>10.1f} s{s.cpu:>10.1f} s{s.peak_mib:>10.0f} MiB"
              + ("" if s.finished else "  (stopped)"))
    print(f"\n{records} records; archive {machine['archive_mib']} MiB; database {machine['database_mib']} MiB; "
          f"load average at the end {', '.join(f'{x:.1f}' for x in machine['load_average_at_end'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
