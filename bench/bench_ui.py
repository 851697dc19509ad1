"""Benchmarks of the desktop app on a large archive: start-up, opening each list, filter typing.

Prepare the archive once (about 10 minutes; both files are git-ignored):

    secretariat generate --scale 20 -o bench/data/scale20.json
    secretariat --db bench/data/scale20.sqlite3 import bench/data/scale20.json

then run ``python bench/bench_ui.py`` (offscreen Qt). ``--with-100k`` also copies the database and
doubles its meetings to 100 000 (plain SQL on the copy) to time a list of 100 000 rows.

Targets (issue 3): a usable window within 1.5 s; a list of 100 000 rows open within 150 ms; typing in
a filter never blocks the UI for more than 100 ms. Issue 16: a usable window within 1.0 s; beside it, in
the same run (turn about), a bare PySide6 window with a QTableView of the same file's meetings.

The start-up is timed twice per run: the first frame drawn (the window, its menus and sidebar; the
database may still be opening behind it) and the window filled in (the database open and the first
section's reading shown). ``--compare DIR`` starts another checkout of the code (the code before a
change) in turn with this one and the bare window, on the same file.

``--startup-only`` times the start-up alone, and the imports' time per package (``python -X importtime``,
the median of the runs), the ten largest of which are in bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "bench"))
from bench_core import compile_code  # noqa: E402

DATA = ROOT / "bench" / "data"
OUT = ROOT / "bench" / "out"

STARTUP_CHILD = """
import argparse, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from secretariat_app.ui.app import start_gui
qapp, window = start_gui(argparse.Namespace(db={db!r}, database_url=None))
def usable():
    window.repaint()  # the first frame is drawn
    cpu = time.process_time()  # this process's own CPU (all threads), whatever else the machine runs
    print("USABLE", time.time(), cpu, flush=True)
    filled()
def filled():  # the database open (code before 2026-12: always) and the section's first reading shown
    view = window.views.get(window.section)
    if getattr(window.ctx, "is_open", True) and view is not None and not getattr(view, "busy", False):
        window.repaint()
        print("FILLED", time.time(), time.process_time(), flush=True)
        window.close()
        qapp.quit()
    else:
        QTimer.singleShot(10, filled)
QTimer.singleShot(0, usable)
qapp.exec()
window.ctx.app.close()
"""


# The yardstick: a bare PySide6 window with a QTableView of the same file's newest meetings.
BARE_CHILD = """
import os, sqlite3, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
qapp = QApplication([])
conn = sqlite3.connect("file:{db}?mode=ro", uri=True)
model = QStandardItemModel()
for row in conn.execute("SELECT id, title, starts_at FROM meetings ORDER BY starts_at DESC LIMIT 100"):
    model.appendRow([QStandardItem(str(x)) for x in row])
view = QTableView()
view.setModel(model)
view.resize(1400, 900)
view.show()
def usable():
    view.repaint()
    print("USABLE", time.time(), time.process_time(), flush=True)
    view.close()
    qapp.quit()
QTimer.singleShot(0, usable)
qapp.exec()
"""


def _start_once(code: str, importtime: bool = False, mark: str = "USABLE") -> tuple[float, float, str]:
    """(wall seconds to the line ``mark`` (the first frame), the process's CPU seconds by then, stderr)."""
    marks, err = _start_marks(code, importtime)
    if mark not in marks:
        raise RuntimeError(f"start-up failed: {err[-2000:]}")
    return marks[mark][0], marks[mark][1], err


def _start_marks(code: str, importtime: bool = False) -> tuple[dict[str, tuple[float, float]], str]:
    """Every mark the child printed (USABLE: the first frame; FILLED: the database open and the first
    section shown) as (wall seconds since the start, the process's CPU seconds by then), and stderr."""
    home = tempfile.mkdtemp(prefix="bench-home-")
    env = dict(os.environ, SECRETARIAT_HOME=home)
    started = time.time()
    out = subprocess.run([sys.executable, *(["-X", "importtime"] if importtime else []), "-c", code], env=env,
                         capture_output=True, text=True, timeout=300)
    shutil.rmtree(home, ignore_errors=True)
    marks = {}
    for line in out.stdout.splitlines():
        name, *values = line.split()
        if name in ("USABLE", "FILLED"):
            marks[name] = (float(values[0]) - started, float(values[1]))
    return marks, out.stderr


def _summary(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def startup(db: Path | None, runs: int, bare: bool = False, compare: Path | None = None) -> dict[str, Any]:
    """Seconds from starting the process to a drawn first frame (imports, window, first paint) and to the
    window filled in (the database open, the first section read). ``bare``: the yardstick window is
    started in turn with ours, run for run; ``compare``: so is another checkout of the code."""
    codes = {"ours": STARTUP_CHILD.format(root=str(ROOT), db=str(db) if db else None)}
    compile_code(ROOT)
    if compare is not None:
        compile_code(compare)
        codes["compared"] = STARTUP_CHILD.format(root=str(compare.resolve()), db=str(db) if db else None)
    if bare and db is not None:
        codes["bare_qt"] = BARE_CHILD.format(db=db.resolve())
    seen: dict[str, dict[str, list[float]]] = {name: {} for name in codes}
    for _ in range(runs):
        for name, code in codes.items():  # in turn, so the machine's load falls on each alike
            marks, err = _start_marks(code)
            if "USABLE" not in marks:
                raise RuntimeError(f"start-up failed ({name}): {err[-2000:]}")
            for mark, (wall, cpu) in marks.items():
                seen[name].setdefault(f"{mark.lower()}_wall_s", []).append(wall)
                seen[name].setdefault(f"{mark.lower()}_cpu_s", []).append(cpu)
    out: dict[str, Any] = {"runs": runs}
    for name, measures in seen.items():
        out[name] = {key: _summary(values) for key, values in measures.items()}
    # The names of earlier reports: ours, to the first frame.
    out["median_s"] = out["ours"]["usable_wall_s"]["median"]
    out["median_cpu_s"] = out["ours"]["usable_cpu_s"]["median"]
    return out


# What the start-up imports, on one thread: -X importtime cannot tell apart imports made at the same
# time on two threads (the database is opened on a worker), so here everything runs on the main thread.
IMPORTS_CHILD = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {root!r})
from secretariat_app import bootstrap, settings
from secretariat_app.ui import app as ui_app
qapp = ui_app.application()
app = bootstrap.open_app(settings.resolve(db={db!r}))
window = ui_app.MainWindow(ui_app.UiContext(app, "en", qapp), ui_app.window_settings())
print("USABLE", time.time(), time.process_time(), flush=True)
"""


# What the first frame imports: the window drawn on a context whose database is not open yet.
FRAME_IMPORTS_CHILD = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {root!r})
from secretariat_app import settings
from secretariat_app.ui import app as ui_app
qapp = ui_app.application()
ctx = ui_app.UiContext.opening(settings.resolve(db={db!r}), "en", qapp)
window = ui_app.MainWindow(ctx, ui_app.window_settings())
window.show()
window.repaint()
print("USABLE", time.time(), time.process_time(), flush=True)
"""


def import_times(db: Path, runs: int, root: Path = ROOT, child: str = IMPORTS_CHILD) -> dict[str, Any]:
    """``python -X importtime`` of the start-up (median of the runs, milliseconds): the ten modules whose
    own import takes longest, the imports' own time summed per top-level package, and the total."""
    code = child.format(root=str(root), db=str(db))
    compile_code(root)
    per_run: list[dict[str, float]] = []
    for _ in range(runs):
        _wall, _cpu, err = _start_once(code, importtime=True)
        own_ms: dict[str, float] = {}
        for line in err.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            own, _cumulative, name = line[len("import time:"):].split("|")
            own_ms[name.strip()] = own_ms.get(name.strip(), 0.0) + int(own) / 1000
        per_run.append(own_ms)

    def median_of(keyed: list[dict[str, float]]) -> list[tuple[str, float]]:
        keys = {k for run in keyed for k in run}
        medians = {k: statistics.median(run.get(k, 0.0) for run in keyed) for k in keys}
        return sorted(medians.items(), key=lambda kv: -kv[1])

    packages = []
    for run in per_run:
        sums: dict[str, float] = {}
        for module, ms in run.items():
            sums[module.split(".")[0]] = sums.get(module.split(".")[0], 0.0) + ms
        packages.append(sums)
    return {"runs": runs, "total_ms": statistics.median(sum(run.values()) for run in per_run),
            "top_modules_ms": dict(median_of(per_run)[:10]), "top_packages_ms": dict(median_of(packages)[:10])}


class Heartbeat:
    """A 5 ms timer on the UI thread. The longest gap between its ticks is the longest the UI was
    blocked (wall clock); the most CPU the UI thread used between two ticks is that block's own work,
    which does not grow when other programs keep the machine's cores busy."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.cpu_gaps: list[float] = []
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps.append(now - self.last)
        self.cpu_gaps.append(cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu

    def start(self) -> None:
        self.gaps.clear()
        self.cpu_gaps.clear()
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.timer.start()

    def stop(self) -> tuple[float, float]:
        """(longest wall-clock gap, most UI-thread CPU in one gap), in seconds."""
        self.timer.stop()
        self.tick()
        return (max(self.gaps) if self.gaps else 0.0), (max(self.cpu_gaps) if self.cpu_gaps else 0.0)


def pump(qapp: Any, until: Any, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not until():
        qapp.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there in time")
        time.sleep(0.001)


def open_window(db: Path) -> tuple[Any, Any]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from secretariat_app import bootstrap
    from secretariat_app.settings import Settings, sqlite_url
    from secretariat_app.ui.context import UiContext
    from secretariat_app.ui.main_window import MainWindow
    from secretariat_app.ui.startup import apply_record_font

    qapp = QApplication.instance() or QApplication([])
    apply_record_font("en")
    app = bootstrap.open_app(Settings(sqlite_url(db), "bench"))
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    window = MainWindow(UiContext(app, "en"), settings)
    window.resize(1400, 900)
    window.show()
    pump(qapp, lambda: window.isVisible())
    return qapp, window


def open_lists(db: Path, kinds: list[str]) -> dict[str, Any]:
    """Time from asking for a section to its first page of rows drawn (first opening, then again)."""
    from secretariat_app.ui.list_view import RecordListView

    qapp, window = open_window(db)
    results: dict[str, Any] = {}
    for kind in kinds:
        timings = []
        for attempt in range(2):
            window.show_section("dashboard")
            qapp.processEvents()
            started, started_cpu = time.perf_counter(), time.thread_time()
            window.show_section(kind)
            view = window.views[kind]
            table = view.people.table if kind == "people" else view.table  # type: ignore[attr-defined]
            model = table.model()
            pump(qapp, lambda m=model: m.result is not None and not m.busy)
            table.viewport().repaint()  # draws the visible rows: their page is read now
            timings.append((time.perf_counter() - started, time.thread_time() - started_cpu))
            if attempt == 0:
                rows = model.rowCount()
        view = window.views[kind]
        list_view = view.people if kind == "people" else view  # type: ignore[attr-defined]
        assert isinstance(list_view, RecordListView)
        # A jump to the middle of the list: one page read on the UI thread.
        started = time.perf_counter()
        list_view.table.scrollTo(list_view.model.index(list_view.model.rowCount() // 2, 0))
        list_view.table.viewport().repaint()
        jump = time.perf_counter() - started
        results[kind] = {"rows": rows, "first_open_ms": timings[0][0] * 1000,
                         "first_open_ui_cpu_ms": timings[0][1] * 1000, "reopen_ms": timings[1][0] * 1000,
                         "scroll_to_middle_ms": jump * 1000}
    window.close()
    window.ctx.app.close()
    return results


def typing(db: Path, kind: str, words: list[str], key_interval_ms: int = 120) -> dict[str, Any]:
    """Type words into a list's filter key by key; the longest UI stall while typing and until the
    rows are shown, and how long the last query took to arrive."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    qapp, window = open_window(db)
    window.show_section(kind)
    view = window.views[kind]
    pump(qapp, lambda: view.model.result is not None and not view.model.busy)
    beat = Heartbeat()
    out: dict[str, Any] = {}
    for word in words:
        view.filter.clear()
        pump(qapp, lambda: not view.model.busy)
        view.filter.setFocus()
        beat.start()
        for ch in word:
            if ch.isascii():
                QTest.keyClick(view.filter, ch)
            else:  # an input method commits non-ASCII text
                view.filter.insert(ch)
            end = time.perf_counter() + key_interval_ms / 1000
            while time.perf_counter() < end:
                qapp.processEvents()
                time.sleep(0.001)
        typed = time.perf_counter()
        pump(qapp, lambda w=word: view.model.query.text == w and not view.model.busy)
        view.table.viewport().repaint()
        shown = time.perf_counter() - typed
        stall, stall_cpu = beat.stop()
        out[word] = {"rows": view.model.rowCount(), "max_ui_stall_ms": stall * 1000,
                     "max_ui_cpu_block_ms": stall_cpu * 1000, "result_after_last_key_ms": shown * 1000}
    # Sorting by title (a text sort over every row) also runs on the worker.
    beat.start()
    started = time.perf_counter()
    view.filter.clear()
    pump(qapp, lambda: view.model.query.text == "" and not view.model.busy)
    title = view.model.keys.index("title")
    view.table.horizontalHeader().setSortIndicator(title, Qt.SortOrder.AscendingOrder)
    pump(qapp, lambda: view.model.query.sort == "title" and not view.model.busy)
    view.table.viewport().repaint()
    stall, stall_cpu = beat.stop()
    out["sort by title"] = {"rows": view.model.rowCount(), "max_ui_stall_ms": stall * 1000,
                            "max_ui_cpu_block_ms": stall_cpu * 1000,
                            "result_after_last_key_ms": (time.perf_counter() - started) * 1000}
    window.close()
    window.ctx.app.close()
    return out


def make_100k(source: Path) -> Path:
    """A copy of the archive with its 50 000 meetings doubled (the copies have no parts or minutes)."""
    target = DATA / "scale20-100k-meetings.sqlite3"
    if target.exists():
        return target
    shutil.copyfile(source, target)
    with sqlite3.connect(target) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(meetings)")]
        picked = ", ".join("id || '-copy'" if c == "id" else c for c in columns)
        conn.execute(f"INSERT INTO meetings ({', '.join(columns)}) SELECT {picked} FROM meetings")
        conn.execute("PRAGMA journal_mode=DELETE")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DATA / "scale20.sqlite3")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs per case")
    parser.add_argument("--with-100k", action="store_true", help="also time a list of 100 000 meetings")
    parser.add_argument("--startup-only", action="store_true", help="start-up and import times alone")
    parser.add_argument("--compare", type=Path, help="another checkout of the code, started in turn with this one")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"{args.db} is missing: see the top of {__file__} for how to make it", file=sys.stderr)
        return 2
    report: dict[str, Any] = {"database": str(args.db), "cpus": os.cpu_count(),
                              "load_average_before": os.getloadavg()}
    if args.startup_only:
        report["startup_scale20"] = startup(args.db, args.runs, bare=True, compare=args.compare)
        report["imports_scale20"] = import_times(args.db, args.runs)
        report["imports_first_frame"] = import_times(args.db, args.runs, child=FRAME_IMPORTS_CHILD)
        if args.compare is not None:
            report["imports_scale20_compared"] = import_times(args.db, args.runs, root=args.compare)
        report["load_average_after"] = os.getloadavg()
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    report["startup_first_run_demo"] = startup(None, args.runs)
    report["startup_scale20"] = startup(args.db, args.runs, bare=True)
    report["lists_scale20"] = open_lists(args.db, ["team", "agreement", "meeting", "visit", "people"])
    report["typing_meetings_scale20"] = typing(args.db, "meeting", ["seoul", "fine dust", "환경", "xyzzy"])
    if args.with_100k:
        big = make_100k(args.db)
        report["lists_100k_meetings"] = open_lists(big, ["meeting"])
        report["typing_100k_meetings"] = typing(big, "meeting", ["seoul", "환경"])
    report["load_average_after"] = os.getloadavg()  # other work on the machine slows every number
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "ui.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
