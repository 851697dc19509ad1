"""Benchmark: a 100-page briefing pack from the 20-year synthetic archive.

Prepare the archive once (both files are git-ignored; the import takes several minutes):

    secretariat generate --scale 20 -o bench/data/archive-20.json
    secretariat --db bench/data/pack-20.sqlite3 import bench/data/archive-20.json

then ``python bench/bench_pack.py``. It picks the most recent visit to Beijing, widens the pack's limits
(agreements listed, action items, agreements printed in full in the appendix) so that the pack is about
100 pages (ko with the ko | zh side-by-side layout, so all four fonts are used), and times reading the data, drawing the PDF and writing it, in a fresh process (the first
run pays for loading the fonts) and again warm. Peak memory: the process's maximum resident set, and
Python's own peak allocation while drawing (tracemalloc, measured in a separate run).

Target (issue 4): the 100-page pack in at most 3 s on this machine.

Issue 16: the whole process against plain ReportLab. ``--vs-plain N`` runs, in turn, N processes that
each make one pack (imports, database, data, fonts, drawing, writing; nothing else) and N processes that
make a plain platypus document of the same paragraphs (every Paragraph the pack made, with its markup,
font and size, one after the other; recorded from a pack first) in the same four fonts, and compares
their CPU time (user + system, from the operating system). The pack's own overhead is the difference.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT / "bench" / "data"
OUT = ROOT / "bench" / "out"
TARGET_S = 3.0


def _limits(appendix: int):  # type: ignore[no-untyped-def]
    from secretariat_app.services.briefing import Limits

    return Limits(expiring=30, in_force=40, negotiating=30, recent_meetings=8, actions=100), appendix


def pick_visit(db) -> str:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from secretariat_app.domain import models as m

    with db.reading() as uow:
        return uow.session.scalar(
            select(m.Visit.id).where(m.Visit.deleted_at.is_(None), m.Visit.destination_city == "beijing")
            .order_by(m.Visit.starts_on.desc(), m.Visit.id).limit(1))


def appendix_ids(db, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The most recently signed agreements in force that have a full text."""
    from sqlalchemy import select

    from secretariat_app.domain import models as m

    A = m.Agreement
    with db.reading() as uow:
        return list(uow.session.scalars(
            select(A.id).where(A.deleted_at.is_(None), A.status == "in_force", A.text.is_not(None))
            .order_by(A.signed_on.desc(), A.id).limit(count)))


def run_once(db_path: Path, visit: str | None, appendix: int, out: Path, memory: bool) -> dict[str, object]:
    """One pack, timed step by step (called in a fresh process by :func:`main`)."""
    started = time.perf_counter()
    from secretariat_app import bootstrap
    from secretariat_app.app import printing as jobs
    from secretariat_app.reports import typeface
    from secretariat_app.reports.data import PackOptions
    from secretariat_app.reports.pack import build_pack
    from secretariat_app.services import briefing
    from secretariat_app.settings import Settings, sqlite_url

    app = bootstrap.open_app(Settings(database_url=sqlite_url(db_path), user="bench"))
    imported, cpu_before_fonts = time.perf_counter(), time.process_time()
    typeface.register()
    fonts_loaded, fonts_cpu = time.perf_counter(), time.process_time() - cpu_before_fonts
    visit = visit or pick_visit(app.db)
    limits, count = _limits(appendix)
    extra = appendix_ids(app.db, count)
    runs = []
    for n in range(3):
        c0 = time.process_time()
        t0 = time.perf_counter()
        data = briefing.pack_data(app.db, visit, date(2026, 11, 28), appendix=extra, limits=limits)
        t1 = time.perf_counter()
        options = PackOptions(lang="ko", bilingual=("ko", "zh"), prepared_by="bench", reproducible=True)
        if memory and n == 0:
            tracemalloc.start()
        rendered = build_pack(data, options)
        peak_python = tracemalloc.get_traced_memory()[1] if tracemalloc.is_tracing() else None
        tracemalloc.stop()
        t2 = time.perf_counter()
        jobs.write_pdf(out, rendered.pdf)
        t3 = time.perf_counter()
        runs.append({"cpu_s": time.process_time() - c0, "read_s": t1 - t0, "draw_s": t2 - t1, "write_s": t3 - t2, "pack_s": t3 - t0,
                     "pages": rendered.pages, "bytes": len(rendered.pdf), "missing_glyphs": len(rendered.missing),
                     "python_peak_mib": peak_python / 2**20 if peak_python else None})
        if memory:
            break
    app.close()
    return {
        "visit": visit, "appendix_agreements": len(extra),
        "imports_and_open_s": imported - started, "font_registration_s": fonts_loaded - imported,
        "font_registration_cpu_s": fonts_cpu, "load_average_1min": os.getloadavg()[0],
        "runs": runs, "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


PARAGRAPHS = OUT / "pack-paragraphs.json"


def one_pack(db_path: Path, visit: str | None, appendix: int, out: Path, record: Path | None) -> None:
    """One pack in this process and nothing more (the whole process is timed from outside).
    ``record``: also write every Paragraph the pack made (markup, font, size, leading) to that file."""
    recorded: list[tuple[str, str, float, float]] = []
    if record is not None:
        from reportlab.platypus import Paragraph

        plain_init = Paragraph.__init__

        def remembering(self, text, style=None, *args, **kw):  # type: ignore[no-untyped-def]
            plain_init(self, text, style, *args, **kw)
            if text is not None:  # (None: the second half of a split paragraph, which is not new text)
                recorded.append((text, self.style.fontName, self.style.fontSize, self.style.leading))

        Paragraph.__init__ = remembering  # type: ignore[method-assign]
    from secretariat_app import bootstrap
    from secretariat_app.app import printing as jobs
    from secretariat_app.reports.data import PackOptions
    from secretariat_app.reports.pack import build_pack
    from secretariat_app.services import briefing
    from secretariat_app.settings import Settings, sqlite_url

    app = bootstrap.open_app(Settings(database_url=sqlite_url(db_path), user="bench"))
    visit = visit or pick_visit(app.db)
    limits, count = _limits(appendix)
    data = briefing.pack_data(app.db, visit, date(2026, 11, 28), appendix=appendix_ids(app.db, count),
                              limits=limits)
    rendered = build_pack(data, PackOptions(lang="ko", bilingual=("ko", "zh"), prepared_by="bench",
                                            reproducible=True))
    jobs.write_pdf(out, rendered.pdf)
    app.close()
    if record is not None:
        record.write_text(json.dumps({"pages": rendered.pages, "paragraphs": recorded}, ensure_ascii=False),
                          encoding="utf-8")
    from secretariat_app import collector

    collector.ending()  # the process ends here, as after a command of `secretariat` (cli.run)


def plain_document(paragraphs: Path, out: Path) -> None:
    """The yardstick: the pack's paragraphs as one plain platypus story, in the same registered fonts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from secretariat_app import fonts

    faces = {"NotoSansKR": fonts.KR_REGULAR, "NotoSansKR-Bold": fonts.KR_BOLD, "NotoSansSC": fonts.SC_REGULAR,
             "NotoSansSC-Bold": fonts.SC_BOLD}
    for name, path in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    for regular in ("NotoSansKR", "NotoSansSC"):
        bold = f"{regular}-Bold"
        pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
    styles: dict[tuple[str, float, float], ParagraphStyle] = {}
    story = []
    for text, font, size, leading in json.loads(paragraphs.read_text(encoding="utf-8"))["paragraphs"]:
        key = (font, size, leading)
        if key not in styles:
            styles[key] = ParagraphStyle(f"s{len(styles)}", fontName=font, fontSize=size, leading=leading)
        story.append(Paragraph(re.sub(r"</?a\b[^>]*>", "", text), styles[key]))  # no links to the pack's headings
    doc = SimpleDocTemplate(str(out), pagesize=A4, invariant=1)
    doc.build(story)


def _cpu_of(cmd: list[str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of a child process, from the operating system's accounting."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONHASHSEED": "0"})
    _pid, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({status})")
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - started


def versus_plain(args: argparse.Namespace, runs: int) -> dict[str, object]:
    base = [sys.executable, __file__, "--db", str(args.db), "--appendix", str(args.appendix)]
    if args.visit:
        base += ["--visit", args.visit]
    _cpu_of([*base, "--out", str(args.out), "--one", "--record", str(PARAGRAPHS)])
    ours, plain = [], []
    for _ in range(runs):
        ours.append(_cpu_of([*base, "--out", str(args.out), "--one"]))
        plain.append(_cpu_of([*base, "--out", str(OUT / "pack-plain.pdf"), "--plain", str(PARAGRAPHS)]))
    median = statistics.median
    result = {"runs": runs, "pack_cpu_s": median(c for c, _ in ours), "pack_wall_s": median(w for _, w in ours),
              "plain_cpu_s": median(c for c, _ in plain), "plain_wall_s": median(w for _, w in plain),
              "paragraphs": len(json.loads(PARAGRAPHS.read_text(encoding="utf-8"))["paragraphs"])}
    result["overhead_cpu_s"] = result["pack_cpu_s"] - result["plain_cpu_s"]  # type: ignore[operator]
    result["ratio_cpu"] = result["pack_cpu_s"] / result["plain_cpu_s"]  # type: ignore[operator]
    return result


def child(args: argparse.Namespace, memory: bool) -> dict[str, object]:
    cmd = [sys.executable, __file__, "--child", "--db", str(args.db), "--appendix", str(args.appendix),
           "--out", str(args.out)]
    if args.visit:
        cmd += ["--visit", args.visit]
    if memory:
        cmd.append("--memory")
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(done.stdout.splitlines()[-1])


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--db", type=Path, default=DATA / "pack-20.sqlite3")
    p.add_argument("--visit", help="the visit (default: the most recent one to Beijing)")
    p.add_argument("--appendix", type=int, default=8, help="agreements printed in full (default 8)")
    p.add_argument("--out", type=Path, default=OUT / "pack-100.pdf")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--memory", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--record", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--plain", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--vs-plain", type=int, metavar="N", help="N packs and N plain documents, whole processes, in turn")
    args = p.parse_args()
    if args.child:
        print(json.dumps(run_once(args.db, args.visit, args.appendix, args.out, args.memory)))
        return 0
    if args.one:
        one_pack(args.db, args.visit, args.appendix, args.out, args.record)
        return 0
    if args.plain:
        plain_document(args.plain, args.out)
        return 0
    if not args.db.exists():
        print(f"{args.db} is missing; prepare it as the docstring of {Path(__file__).name} says.", file=sys.stderr)
        return 2
    if args.vs_plain:
        OUT.mkdir(parents=True, exist_ok=True)
        versus = versus_plain(args, args.vs_plain)
        print(json.dumps(versus, indent=2))
        print(f"whole process, CPU: pack {versus['pack_cpu_s']:.2f} s, plain ReportLab {versus['plain_cpu_s']:.2f} s "
              f"({versus['ratio_cpu']:.2f}×; the pack's own overhead {versus['overhead_cpu_s']:.2f} s); wall "
              f"{versus['pack_wall_s']:.2f} s / {versus['plain_wall_s']:.2f} s")
        return 0
    timing = child(args, memory=False)
    memory = child(args, memory=True)
    runs = timing["runs"]  # type: ignore[index]
    cold, warm = runs[0], min(runs[1:], key=lambda r: r["pack_s"])  # type: ignore[index]
    report = {"timing": timing, "memory": memory, "target_s": TARGET_S}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "pack.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    first = cold["pack_s"] + timing["font_registration_s"]  # type: ignore[operator]
    print(f"visit {timing['visit']}: {cold['pages']} pages, {cold['bytes'] / 2**20:.2f} MiB "
          f"({timing['appendix_agreements']} agreements in full)")
    print(f"first pack in a fresh process: {first:.2f} s (fonts {timing['font_registration_s']:.2f} s, "
          f"read {cold['read_s']:.2f} s, draw {cold['draw_s']:.2f} s, write {cold['write_s']:.2f} s); "
          f"CPU {cold['cpu_s'] + timing['font_registration_cpu_s']:.2f} s")
    print(f"next packs: {warm['pack_s']:.2f} s (read {warm['read_s']:.2f} s, draw {warm['draw_s']:.2f} s, "
          f"write {warm['write_s']:.2f} s) = {warm['pages'] / warm['pack_s']:.0f} pages/s; "
          f"CPU {warm['cpu_s']:.2f} s")
    print(f"(the machine's load average while measuring: {timing['load_average_1min']:.1f} on "
          f"{os.cpu_count()} cores; with other work running, wall time exceeds CPU time)")
    print(f"peak memory: {timing['max_rss_mib']:.0f} MiB resident (whole process); Python allocations while "
          f"drawing {memory['runs'][0]['python_peak_mib']:.0f} MiB")  # type: ignore[index]
    ok = first <= TARGET_S
    print(f"target ≤ {TARGET_S:.0f} s for the first pack: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
