"""The ``import-contacts`` and ``merge`` subcommands of ``secretariat`` (registered in :mod:`secretariat_app.cli`).

    secretariat import-contacts FILE [--mapping JSON] [--encoding E] [--duplicates merge|keep|skip] [--dry-run]
    secretariat merge person|organization KEEP_ID OTHER_ID
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from ..domain.langmap import text
from ..errors import SecretariatError
from ..services.contact_sheets import FIELDS
from ..services.contacts import CHOICES, MERGE, ContactSheetRefused
from .terminal import plain

Opener = Callable[[argparse.Namespace], AbstractContextManager[Any]]


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("import-contacts", help="add and update people and organizations from a contact sheet "
                       "(.xlsx or .csv): all or nothing")
    s.add_argument("file", type=Path)
    s.add_argument("--mapping", metavar="JSON", help="column header → field, as a JSON object or a file holding "
                   f"one (default: guessed from the headers); fields: {', '.join(FIELDS)}")
    s.add_argument("--encoding", metavar="E", help="a CSV file's encoding (default: UTF-8, CP949 or GB18030, "
                   "whichever reads it)")
    s.add_argument("--duplicates", choices=CHOICES, default=MERGE, help="what to do with a row that matches a "
                   "person already kept: merge (fill in what the record lacks; default), keep both, or skip it")
    s.add_argument("--dry-run", action="store_true", help="say what would be added and updated; change nothing")

    s = sub.add_parser("merge", help="merge two records of one person or organization: references move to "
                       "KEEP_ID, OTHER_ID goes to the trash")
    s.add_argument("kind", choices=("person", "organization"))
    s.add_argument("keep_id", metavar="KEEP_ID")
    s.add_argument("other_id", metavar="OTHER_ID")


def _mapping(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    source = text
    if not text.lstrip().startswith("{"):
        try:
            source = Path(text).read_text(encoding="utf-8")
        except OSError as exc:
            raise SecretariatError(f"--mapping {text!r}: neither a JSON object nor a readable file "
                                   f"({exc.strerror or exc})") from exc
    try:
        value = json.loads(source)
    except json.JSONDecodeError as exc:
        raise SecretariatError(f"--mapping: not valid JSON ({exc.msg}, column {exc.colno})") from exc
    if not isinstance(value, dict):
        raise SecretariatError("--mapping: give a JSON object of column header → field")
    return value


def cmd_import_contacts(args: argparse.Namespace, open_app: Opener) -> int:
    mapping = _mapping(args.mapping)
    with open_app(args) as app:
        table = app.contacts.read(args.file, args.encoding)
        if mapping is None:
            mapping = app.contacts.guess_mapping(table)
            shown = ", ".join(f"{plain(h)!r} → {f}" for h, f in mapping.items())
            print(f"Columns: {shown or 'none recognised'}" + (f" (read as {table.encoding})" if table.encoding else ""))
        plan = app.contacts.plan(table, mapping)
        plan.decide({s.key: args.duplicates for s in plan.duplicates})
        for step in plan.duplicates:
            existing = step.existing or {}
            name = text(existing.get("name"), "en")
            print(f"row {step.row}: same {' and '.join(step.reasons)} as person {existing.get('id')} "
                  f"({plain(name)}): {step.choice}")
        try:
            done = app.contacts.import_plan(plan, args.dry_run)
        except ContactSheetRefused as exc:
            print(f"secretariat: refused; nothing was changed. {len(exc.row_problems)} problem(s):", file=sys.stderr)
            for problem in exc.row_problems[:50]:
                print(plain(problem), file=sys.stderr)
            return 2
    print(done.summary())
    return 0


def cmd_merge(args: argparse.Namespace, open_app: Opener) -> int:
    with open_app(args) as app:
        change = app.contacts.merge(args.kind, args.keep_id, args.other_id)
    moved = change.count - 2
    print(f"Merged {args.kind} {args.other_id} into {args.keep_id}; {moved} record(s) referring to it now refer "
          f"to {args.keep_id}. {args.other_id} is in the trash.")
    return 0
