"""``secretariat extract [--all]``: read the text of the attached files that wait (or of every file), in
the foreground, each in a child process with time and memory limits, and put it in the search index."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from ..english import file_reason

Opener = Callable[[argparse.Namespace], AbstractContextManager[Any]]


def add_parser(sub: Any) -> None:
    s = sub.add_parser("extract", help="read the text of attached files for search (Hangul, Word, Excel, PDF, "
                       "and scans by OCR); the desktop app does it by itself in the background")
    s.add_argument("--all", action="store_true", help="read every stored file again, not only those that wait")
    s.add_argument("--seconds", type=float, metavar="S", help="time limit per file (default 50: a scan of about "
                   "8–12 A4 pages; a longer one is cut off, with the reason); give more to read long scans whole")


def cmd_extract(args: argparse.Namespace, open_app: Opener, progress: Callable[[str], Any]) -> int:
    if args.seconds is not None and not 1 <= args.seconds <= 86400:
        from ..errors import SecretariatError

        raise SecretariatError("--seconds must be between 1 and 86400")
    with open_app(args) as app:
        part = app.extraction
        if args.seconds is not None:
            from dataclasses import replace

            part.limits = replace(part.limits, seconds=args.seconds)
        if not part.ocr_available():
            print("secretariat: Tesseract OCR is not installed: scanned files are not read (install tesseract-ocr "
                  "with tesseract-ocr-kor, -chi-sim, -chi-tra and -eng); the other files are.", file=sys.stderr)
        def heard(sha: str, result: Any) -> None:
            how = {"text": "text", "ocr": "OCR", "none": "no text"}[result.state]
            if result.state == "ocr" and result.confidence is not None:
                how += f" ({result.confidence:.0f} % confidence)"
            why = f": {file_reason(result.reason, result.detail)}" if result.reason else ""
            print(f"{part.file_name(sha)}: {how}, {len(result.pages)} page(s){why}  [{result.seconds:.1f} s]")

        part.listeners.append(heard)
        report = part.run(args.all, progress("Reading files"))
    states = ", ".join(f"{n} {state}" for state, n in sorted(report.by_state.items())) or "nothing waited"
    print(f"Read {report.files} file(s): {states}; {report.pages} page(s), {report.ocr_pages} by OCR; "
          f"{report.seconds:.1f} s ({report.cpu_seconds:.1f} s CPU).")
    return 0
