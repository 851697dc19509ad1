"""The ``secretariat search`` and ``secretariat reindex`` commands (wired into ``cli.py``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from ..domain.langmap import text as pick
from ..domain.vocab import LANGUAGES
from .terminal import plain

Opener = Callable[[argparse.Namespace], AbstractContextManager[Any]]  # the command line's app, closed after use


def add_parsers(sub: Any) -> None:
    s = sub.add_parser("search", help="search every record offline (Korean, Chinese, English); e.g. "
                       "'미세먼지 status:in_force', 'kind:action due:<today'")
    s.add_argument("query", help="terms (all must match), OR, -term, \"a phrase\", prefix*, and filters: "
                   "kind: status: team: party: city: lang: signed: expires: due: has:attachment has:text has:ocr "
                   "in:attachment")
    s.add_argument("--json", action="store_true", help="print the results as a JSON array")
    s.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (default 20)")
    s.add_argument("--lang", choices=LANGUAGES, default="en", help="language of titles and preferred snippets")
    r = sub.add_parser("reindex", help="rebuild the search index from the records")
    r.add_argument("--workers", type=int, metavar="N", help="processes that read and split the records while "
                   "this one writes (default: one per core, up to 4, from 5,000 records on; 0: none)")


def cmd_search(args: argparse.Namespace, open_app: Opener) -> int:
    if args.limit < 1:
        from ..errors import SecretariatError

        raise SecretariatError("--limit must be at least 1")
    with open_app(args) as app:
        found = app.search.search(args.query, args.limit, args.lang)
    for message in found.messages:
        print(f"secretariat: {plain(message)}", file=sys.stderr)
    if found.built_percent is not None:
        print(f"secretariat: the search index is {found.built_percent} % built: records of the latest import may be "
              f"missing from these results (it was finished just now; search again)", file=sys.stderr)
    if args.json:
        json.dump([r.to_json(args.lang) for r in found.results], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    bold = sys.stdout.isatty()
    for r in found.results:
        where = f" → {r.record.kind} {r.record.id} at {r.part}" if r.part else ""
        where += f", page {r.page}" if r.page else ""
        facts = ", ".join(x for x in (r.date.isoformat() if r.date else "", r.status or "") if x)
        print(f"{r.kind:<12} {r.id}  {plain(pick(r.title, args.lang))}{f'  ({facts})' if facts else ''}{where}")
        if r.snippet and r.snippet.text:
            print(f"             {_marked(r.snippet.text, r.snippet.highlights, bold)}")
    print(f"{len(found.results)} result(s) in {found.seconds * 1000:.0f} ms.")
    return 0


def _marked(text: str, spans: tuple[tuple[int, int], ...], bold: bool) -> str:
    opening, closing = ("\033[1m", "\033[0m") if bold else ("[", "]")
    out, last = [], 0
    for start, end in spans:  # the record's text made plain, our own bold added around the matches
        out += [plain(text[last:start]), opening, plain(text[start:end]), closing]
        last = end
    out.append(plain(text[last:]))
    return "".join(out)


def cmd_reindex(args: argparse.Namespace, open_app: Opener, progress: Callable[[str], Any]) -> int:
    if args.workers is not None and args.workers < 0:
        from ..errors import SecretariatError

        raise SecretariatError("--workers must be 0 or more")
    with open_app(args) as app:
        report = app.search.rebuild(progress("Indexing"), workers=args.workers)
    size = f"; index {report.size_bytes / 1e6:.1f} MB" if report.size_bytes is not None else ""
    print(f"Indexed {report.records} records ({report.entries} entries) in {report.seconds:.1f} s{size}.")
    return 0
