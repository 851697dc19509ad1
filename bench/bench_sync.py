"""The exchange as sync on the 20-year archive: a package of 1,000 changed records, out and in.

    .venv/bin/python bench/bench_sync.py --db bench/data/scale20.sqlite3 [--changes 1000] [--runs 3]

Two copies of the archive stand for the two secretariats after their first exchange: Seoul (the
archive's own site) and Beijing (the same records, a site of its own), each knowing the other and
having confirmed everything so far. Seoul then saves ``--changes`` meetings (a clerk's saves, in
batches), and each run measures, every step the ``secretariat`` command in a child process of its own
(wall time, CPU time, peak memory):

1. ``export delta.zip --for Beijing``  the delta package (target ≤ 2 s: not a scan of 100k records),
2. ``import delta.zip``                into a fresh copy of Beijing's database (target ≤ 5 s).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_core import DATA, ROOT, Step, compile_code, measure  # noqa: E402

sys.path.insert(0, str(ROOT))
from sqlalchemy import select  # noqa: E402

from secretariat_app import bootstrap  # noqa: E402
from secretariat_app.domain import models as m  # noqa: E402
from secretariat_app.settings import Settings, sqlite_url  # noqa: E402


def _open(path: Path) -> bootstrap.App:
    return bootstrap.open_app(Settings(database_url=sqlite_url(path), user="bench"))


def prepare(archive: Path, folder: Path, changes: int) -> tuple[Path, Path]:
    """Seoul and Beijing as after their first exchange; then Seoul's changes."""
    seoul_db, beijing_db = folder / "seoul.sqlite3", folder / "beijing.sqlite3"
    shutil.copyfile(archive, seoul_db)
    seoul = _open(seoul_db)  # migrates the copy, if it is older
    seoul.exchange.name_site("Seoul secretariat")
    seoul_key = seoul.exchange.fingerprint()  # makes the key
    seoul.close()
    shutil.copyfile(seoul_db, beijing_db)
    beijing = _open(beijing_db)
    with beijing.db.writing() as uow:
        s = uow.session
        me = s.execute(select(m.Site.id, m.Site.public_key, m.Site.seq).where(m.Site.is_self.is_(True))).one()
        s.execute(m.Site.__table__.update().where(m.Site.is_self.is_(True))
                  .values(id="beijing-bench-01", name="Beijing secretariat", public_key=None))
        s.add(m.Site(id=me.id, name="Seoul secretariat", is_self=False, public_key=me.public_key, seq=0,
                     sent_upto=0, received=[[0, me.seq]]))
        uow.commit()
    beijing.close()
    seoul = _open(seoul_db)
    with seoul.db.writing() as uow:
        s = uow.session
        upto = s.scalar(select(m.Site.seq).where(m.Site.is_self.is_(True)))
        s.add(m.Site(id="beijing-bench-01", name="Beijing secretariat", is_self=False, seq=upto, sent_upto=upto,
                     received=[]))
        uow.commit()
    with seoul.db.reading() as uow:
        ids = list(uow.session.scalars(select(m.Meeting.id).order_by(m.Meeting.id).limit(changes)))
    for rid in ids:  # a clerk's saves: one change each
        loaded = seoul.records.get("meeting", rid)
        title = dict(loaded.doc["title"])
        title["en"] = (title.get("en") or "Meeting") + " (revised)"
        seoul.records.update("meeting", {**loaded.doc, "title": title}, loaded.version)
    seoul.close()
    print(f"Seoul key {seoul_key}; {len(ids)} meetings changed", file=sys.stderr)
    return seoul_db, beijing_db


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=DATA / "scale20.sqlite3")
    ap.add_argument("--changes", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    compile_code(ROOT)
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-", dir=DATA))
    os.environ["SECRETARIAT_HOME"] = str(folder / "home")  # the sites' keys
    try:
        seoul_db, beijing_db = prepare(args.db, folder, args.changes)
        steps: dict[str, list[Step]] = {"export --for": [], "import": []}
        for run in range(args.runs):
            package = folder / f"delta-{run}.zip"
            steps["export --for"].append(measure("export --for", ["--db", str(seoul_db), "export", str(package),
                                                                  "--for", "Beijing secretariat"]))
            target = folder / f"beijing-{run}.sqlite3"
            shutil.copyfile(beijing_db, target)
            steps["import"].append(measure("import", ["--db", str(target), "import", str(package),
                                                      "--trust"]))
            print(steps["import"][-1].output, file=sys.stderr)
        print(f"{'step':<14} {'wall median':>12} {'CPU median':>11} {'peak MiB':>9}   (runs: {args.runs})")
        for name, runs in steps.items():
            print(f"{name:<14} {statistics.median(s.seconds for s in runs):>10.2f} s "
                  f"{statistics.median(s.cpu for s in runs):>9.2f} s {max(s.peak_mib for s in runs):>9.0f}"
                  f"   {runs[-1].output}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
