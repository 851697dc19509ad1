"""The UI thread while a clerk saves: the longest stall of the window from Ctrl+S until the editor shows
the saved record, for a meeting with 30 agenda items, on SQLite and on PostgreSQL behind added latency.

    .venv/bin/python bench/bench_save.py                       # SQLite (a copy of the demo database)
    .venv/bin/python bench/bench_save.py --database-url URL    # PostgreSQL, through a proxy adding
                                                               # --latency-ms (default 50) per round trip

Reported per run: the longest gap between ticks of a 5 ms timer on the UI thread (wall), the UI
thread's own CPU in that gap, and the save's whole duration. ``--inline`` times the same save run on
the UI thread (how every write ran before operations), for comparison. Target (issue 12): ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
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
os.environ.setdefault("SECRETARIAT_HOME", tempfile.mkdtemp(prefix="bench-save-home-"))

MEETING = "mtg-bench-30-items"


def meeting(items: int) -> dict[str, Any]:
    return {
        "id": MEETING, "kind": "team_meeting", "team": "team-environment",
        "title": {"en": "Environment team meeting (30 items)", "ko": "환경팀 회의", "zh": "环境组会议"},
        "starts_at": "2026-11-20T10:00:00+09:00", "ends_at": "2026-11-20T17:00:00+09:00",
        "venue": {"en": "Seoul City Hall"}, "city": "seoul",
        "agenda": [{"position": i, "title": {"en": f"Item {i}: fine dust monitoring", "ko": f"안건 {i}: 미세먼지",
                                             "zh": f"议题 {i}：细颗粒物"},
                    "duration_minutes": 10, "description": {"en": "Report and discussion " * 5}}
                   for i in range(1, items + 1)],
    }


def proxy(url: str, latency_ms: float) -> tuple[str, subprocess.Popen[str]]:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    port = 55400 + os.getpid() % 500
    child = subprocess.Popen([sys.executable, str(ROOT / "bench" / "latency_proxy.py"), str(port),
                              parsed.host or "127.0.0.1", str(parsed.port or 5432), str(latency_ms)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "READY"
    return parsed.set(host="127.0.0.1", port=port).render_as_string(hide_password=False), child


def run(url: str, runs: int, inline: bool) -> dict[str, Any]:
    from bench_ui import Heartbeat, pump

    from secretariat_app import bootstrap
    from secretariat_app.settings import Settings
    from secretariat_app.ui.app import application
    from secretariat_app.ui.context import UiContext
    from secretariat_app.ui.editors import editor_for

    qapp = application()  # as the app starts (with its work-arounds for the Qt bindings)
    app = bootstrap.open_app(Settings(database_url=url, user="bench"))
    if not app.records.exists("meeting", MEETING):
        app.records.create("meeting", meeting(30))
    ctx = UiContext(app, "en")
    editor = editor_for("meeting", ctx, MEETING)
    editor.resize(1200, 900)
    editor.show()
    beat = Heartbeat()
    stalls, cpu, whole = [], [], []
    for n in range(runs):
        doc = editor.collect()
        doc["title"]["en"] = f"Environment team meeting (30 items), take {n}"
        beat.start()
        started = time.perf_counter()
        if inline:  # the old way: the write on the UI thread, then the editor shows the record
            change = app.records.save("meeting", doc, editor.stored().version)
            loaded = app.records.get("meeting", MEETING)
            editor._saved(change, loaded, None)
        else:
            task = editor.save_doc(doc)
            assert task is not None
            pump(qapp, lambda task=task: task.done)
        pump(qapp, lambda: "Saved" in editor.status.text())
        qapp.processEvents()
        whole.append(time.perf_counter() - started)
        stall, stall_cpu = beat.stop()
        stalls.append(stall)
        cpu.append(stall_cpu)
        assert editor.last_save_ok or inline, editor.status.text()
    editor.close()
    app.close()
    ms = lambda xs: {"median": round(statistics.median(xs) * 1000, 1), "max": round(max(xs) * 1000, 1)}  # noqa: E731
    return {"runs": runs, "way": "inline (UI thread)" if inline else "operation (write thread)",
            "max_ui_stall_ms": ms(stalls), "ui_cpu_in_that_stall_ms": ms(cpu), "save_until_shown_ms": ms(whole)}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--database-url", help="a PostgreSQL server's URL (a database the bench may write to)")
    p.add_argument("--latency-ms", type=float, default=50.0)
    p.add_argument("--runs", type=int, default=15)
    p.add_argument("--inline", action="store_true", help="also time the save on the UI thread, for comparison")
    args = p.parse_args()
    child = None
    folder = Path(tempfile.mkdtemp(prefix="bench-save-"))
    try:
        if args.database_url:
            url, child = proxy(args.database_url, args.latency_ms)
            where = f"PostgreSQL + {args.latency_ms:g} ms per round trip"
        else:
            from secretariat_app import bootstrap
            from secretariat_app.settings import Settings, sqlite_url

            url = sqlite_url(folder / "bench.sqlite3")
            demo = bootstrap.open_app(Settings(database_url=url, user="bench"))
            bootstrap.load_demo(demo)
            demo.close()
            where = "SQLite file"
        results = [run(url, args.runs, False)]
        if args.inline:
            results.append(run(url, args.runs, True))
        print(json.dumps({"database": where, "results": results}, indent=2, ensure_ascii=False))
    finally:
        if child is not None:
            child.kill()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
