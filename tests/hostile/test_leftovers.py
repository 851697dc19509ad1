"""A killed reindex left its worker processes running with the database open (24 minutes until killed by
hand). Workers now end with the process that started them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PARENT = """
import multiprocessing, sys, time
from secretariat_app.search import index

def work(url, parent, ready):
    index._worker_start(url, parent)  # what every reindex worker runs first
    ready.set()
    time.sleep(120)

if __name__ == "__main__":
    import os

    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    child = context.Process(target=work, args=(sys.argv[1], os.getpid(), ready))
    child.start()
    assert ready.wait(120)  # the worker has started and opened the database
    print(child.pid, flush=True)
    time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in state  # a zombie has ended; only its parent's bookkeeping is left


def test_reindex_workers_end_when_their_parent_is_killed(demo_file, tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    parent = subprocess.Popen([sys.executable, str(script), f"sqlite:///{demo_file}"], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    worker = int(parent.stdout.readline())
    assert _alive(worker)
    os.kill(parent.pid, signal.SIGKILL)  # kill -9, as in the report
    parent.wait(10)
    deadline = time.monotonic() + 30
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(worker), "the worker outlived its parent"


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from secretariat_app import bootstrap
from secretariat_app.settings import Settings, sqlite_url

app = bootstrap.open_app(Settings(database_url=sqlite_url(sys.argv[1]), user="t"))
what, dest = sys.argv[2], Path(sys.argv[3])

def die(done, total):
    if done:  # half-way: the temporary file exists and holds some of it
        os.kill(os.getpid(), signal.SIGKILL)

if what == "export":
    from secretariat_app.exchange import files

    def half_then_killed(out, document):  # the records are being written when the kill comes
        out.write(b'{"format": ')
        out.flush()
        os.kill(os.getpid(), signal.SIGKILL)

    files._dump_to = half_then_killed
    app.exchange.export(dest)
else:
    app.maintenance.backup(dest, die)
"""


def test_files_a_killed_export_or_backup_left_are_removed_at_the_next_start(demo_file, tmp_path, open_file):
    script = tmp_path / "writer.py"
    script.write_text(KILLED_WRITER)
    out = tmp_path / "out"
    out.mkdir()
    env = dict(os.environ)  # the same data folder as this test's app (SECRETARIAT_HOME)

    def killed(what: str, name: str) -> list[str]:
        proc = subprocess.run([sys.executable, str(script), str(demo_file), what, str(out / name)], cwd=ROOT,
                              env=env, capture_output=True, timeout=120)
        assert proc.returncode == -signal.SIGKILL, proc.stderr
        return sorted(p.name for p in out.iterdir())

    [left] = killed("export", "records.zip")
    assert left.startswith(".records.zip.") and left.endswith(".tmp")  # as reported: a hidden leftover
    [left] = killed("backup", "copy.sqlite3")  # this start removed the export's; the backup leaves its own
    assert left.startswith(".copy.sqlite3.") and left.endswith(".tmp")
    open_file(demo_file)  # the next start of the app (GUI or any command)
    assert sorted(out.iterdir()) == []
