"""Benchmark: reading the text of attached files — throughput per format (pages per second), and OCR
separately (seconds per page, wall and CPU, per language set).

Every file is made here with the libraries that write its format (tests/attachment_files.py), and read
as the app reads it: ``extraction.runner.extract`` — a child process per file, with its limits — so the
numbers include starting that process (about 0.25 s a file, the same for every format). CPU is the
child's and its programs' (Tesseract, hwp5txt), from the operating system.

    .venv/bin/python bench/bench_extract.py [--runs 3] [--ocr-pages 4]

Scanned pages are A4 at 200 dpi (1654 × 2339 pixels) with 30 lines of the MOU, grain and dust, in Korean
and in Chinese; a bilingual agreement reads them with kor+chi_sim, a Korean or Chinese one with its
language alone.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from secretariat_app.extraction.result import Extracted, Limits  # noqa: E402
from secretariat_app.extraction.runner import extract  # noqa: E402
from tests import attachment_files as files  # noqa: E402

A4 = (595, 842)
LINES_KO = [f"제{n}조 " + files.MOU_KO[n % 4] for n in range(1, 31)]
LINES_ZH = [f"第{n}条 " + files.MOU_ZH[n % 4] for n in range(1, 31)]


def _pages(lines: list[str], n: int) -> list[list[str]]:
    return [[f"{page + 1}/{n} {line}" for line in lines] for page in range(n)]


def formats() -> dict[str, tuple[str, bytes, int]]:
    """name → (file name, bytes, pages): each about 50 pages' worth of text."""
    paragraphs = [line for page in _pages(LINES_KO[:15] + LINES_ZH[:15], 50) for line in page]
    return {
        "pdf (text layer)": ("plan.pdf", files.text_pdf(_pages(LINES_KO[:20] + LINES_ZH[:10], 50)), 50),
        "hwp 5": ("협정문.hwp", files.hwp5(paragraphs), 50),
        "hwpx": ("협정문.hwpx", files.hwpx(paragraphs), 50),
        "hwp distribution": ("배포용.hwp", files.distribution_hwp(paragraphs), 50),
        "docx": ("draft.docx", files.docx(paragraphs), 50),
        "xlsx (50 sheets × 200 rows)": ("budget.xlsx", files.xlsx(
            {f"시트{s}": [[f"항목{r}", r * 1000, files.MOU_ZH[r % 4]] for r in range(200)] for s in range(50)}), 50),
        "odt": ("minutes.odt", files.odt(paragraphs), 50),
        "text (CP949)": ("notes.txt", "\n".join(p for p in paragraphs if p.isascii() or "제" in p).encode(
            "cp949", "replace"), 50),
    }


def timed(name: str, data: bytes, languages: list[str], runs: int) -> tuple[list[Extracted], float, float]:
    results = [extract(data, name, languages, Limits(seconds=600)) for _ in range(runs)]
    return results, statistics.median(r.seconds for r in results), statistics.median(r.cpu_seconds for r in results)


def row(label: str, pages: int, wall: float, cpu: float, note: str = "") -> None:
    print(f"| {label} | {pages} | {wall:.2f} | {cpu:.2f} | {pages / wall:.1f} | {note} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ocr-pages", type=int, default=4)
    args = parser.parse_args()

    empty = extract(b"x", "empty.txt", [], Limits())
    print(f"A child process that reads a one-byte text file: {empty.seconds:.2f} s wall, {empty.cpu_seconds:.2f} s CPU\n")
    print("| format | pages | wall s (median) | CPU s | pages/s | |")
    print("|---|---|---|---|---|---|")
    for label, (name, data, pages) in formats().items():
        results, wall, cpu = timed(name, data, ["kor", "chi_sim"], args.runs)
        chars = results[0].chars
        row(label, pages, wall, cpu, f"{len(data) / 1e3:.0f} kB, {chars:,} characters, {results[0].state}")

    print("\n| scan (A4, 200 dpi) | languages | pages | wall s per page | CPU s per page | confidence |")
    print("|---|---|---|---|---|---|")
    n = args.ocr_pages
    scans: dict[str, Callable[[], object]] = {
        "Korean": lambda: files.scan(LINES_KO, "ko", size=A4),
        "Chinese": lambda: files.scan(LINES_ZH, "zh", size=A4),
    }
    for label, make in scans.items():
        pdf = files.scanned_pdf([make()], pages=n)
        own = ["kor"] if label == "Korean" else ["chi_sim"]
        for languages in (own, ["kor", "chi_sim"]):
            results, wall, cpu = timed("scan.pdf", pdf, languages, max(1, args.runs - 1))
            r = results[0]
            assert r.ocr_pages == n, r
            print(f"| {label} | {'+'.join(languages)} | {n} | {wall / n:.2f} | {cpu / n:.2f} | {r.confidence:.0f}% |")


if __name__ == "__main__":
    main()
