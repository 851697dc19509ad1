"""The import of the 20-year archive into an empty database, phase by phase, with a plain reference.

    .venv/bin/python bench/bench_import.py [--archive bench/data/scale20.json] [--no-reference] [--keep DB]

(``--keep``: the imported database is kept there, for the benches that read an archive's database.)

1. ``import``: in a child process of its own, ``Exchange.import_file`` (the file read twice as a stream,
   checked, written, committed; its records queued for the search index), then the queue indexed
   (``Indexing.run``, what the command line does before it exits and the app's worker after the commit).
   Wall and CPU time of each phase, the child's peak memory (``ru_maxrss``) after each.
2. The database file: its size and what takes it (``dbstat``): records, audit trail, search texts, FTS5.
3. ``reference`` (same run): the same rows -- made by our code from the same file, untimed -- inserted by
   plain ``sqlite3`` ``executemany`` into the same empty schema, record and part tables only, timed (CPU)
   around the inserts alone: what writing the rows costs without our checks, revisions, audit and index.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_core import DATA, ROOT, compile_code, measure  # noqa: E402

IMPORT = r"""
import json, os, resource, sys, time
from pathlib import Path
from secretariat_app import bootstrap
from secretariat_app.settings import Settings, sqlite_url
db, archive = Path(sys.argv[1]), Path(sys.argv[2])
app = bootstrap.open_app(Settings(database_url=sqlite_url(db), user="bench"))
out = {}
def phase(name, fn):
    w, c = time.perf_counter(), time.process_time()
    result = fn()
    out[name] = {"wall": round(time.perf_counter() - w, 1), "cpu": round(time.process_time() - c, 1),
                 "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}
    return result
report = phase("import", lambda: app.exchange.import_file(archive).report)
out["records"] = sum(sum(getattr(report, b).values()) for b in report.BUCKETS)
phase("index", lambda: app.indexing.run())
app.close()
print(json.dumps(out))
"""

REFERENCE = r"""
import json, sqlite3, sys, time
from pathlib import Path
import orjson
from datetime import date, datetime
from secretariat_app import bootstrap
from secretariat_app.domain import documents
from secretariat_app.domain.vocab import COLLECTIONS
from secretariat_app.exchange import files
from secretariat_app.settings import Settings, sqlite_url
db, archive = Path(sys.argv[1]), Path(sys.argv[2])
bootstrap.open_app(Settings(database_url=sqlite_url(db), user="bench")).close()  # the schema, empty
conn = sqlite3.connect(db)
kinds = {c: k for k, c in COLLECTIONS.items()}
def value(v):
    if isinstance(v, (dict, list)):
        return orjson.dumps(v).decode()
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, date):
        return v.isoformat()
    return v
cpu, rows_total, pending = 0.0, 0, {}
def flush():
    global cpu, pending
    for table, rows in pending.items():
        cols = list(rows[0])
        params = [tuple(value(r[c]) for c in cols) for r in rows]
        sql = f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        started = time.process_time()
        conn.executemany(sql, params)
        cpu += time.process_time() - started
    pending = {}
n = 0
for key, index, record in files.read(archive).entries():
    if index is None:
        continue
    record.pop("sync", None)
    obj = documents.built(kinds[key], record)
    obj.version, obj.seq, obj.revision, obj.clock = 1, 0, "r", {}
    obj.updated_at = obj.created_at = datetime(2026, 1, 1)
    obj.updated_by = "bench"
    documents.rows_of(obj, pending)
    n += 1
    if n % 5000 == 0:
        flush()
flush()
started = time.process_time()
conn.commit()
cpu += time.process_time() - started
print(json.dumps({"records": n, "insert_cpu": round(cpu, 1)}))
"""


def sizes(db: Path) -> dict[str, float]:
    conn = sqlite3.connect(db)
    try:
        pages = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
    finally:
        conn.close()
    mib = 2**20

    def total(test) -> float:  # type: ignore[no-untyped-def]
        return round(sum(v for k, v in pages.items() if test(k)) / mib, 1)

    return {"file": round(db.stat().st_size / mib, 1),
            "audit": total(lambda k: "audit" in k),
            "search_texts": total(lambda k: k.startswith("search_texts")),
            "fts5": total(lambda k: k.startswith("search_fts")),
            "search_other": total(lambda k: k.startswith(("search_", "ix_search_"))
                                  and not k.startswith(("search_texts", "search_fts"))),
            "records": total(lambda k: not k.startswith(("search_", "ix_search_")) and "audit" not in k)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archive", type=Path, default=DATA / "scale20.json")
    parser.add_argument("--no-reference", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the imported database at this path")
    args = parser.parse_args()
    compile_code(ROOT)
    archive = args.archive.resolve()
    with tempfile.TemporaryDirectory(dir=DATA) as folder:
        db = Path(folder) / "import.sqlite3"
        step = measure("import", ["-c", IMPORT, str(db), str(archive)])
        phases = json.loads(step.output)
        result = {"archive_mib": round(archive.stat().st_size / 2**20), "load_average": os.getloadavg(),
                  "process": {"wall": round(step.seconds, 1), "cpu": round(step.cpu, 1), "peak_mib": round(step.peak_mib)},
                  **phases, "sizes": sizes(db)}
        print(json.dumps(result, indent=1), flush=True)
        if args.keep:
            shutil.move(db, args.keep)
        if not args.no_reference:
            plain = Path(folder) / "plain.sqlite3"
            ref = measure("reference", ["-c", REFERENCE, str(plain), str(archive)])
            print(json.dumps({"reference": json.loads(ref.output), "load_average": os.getloadavg()}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
