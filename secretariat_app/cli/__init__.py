"""The ``secretariat`` command: the desktop app by default, subcommands for work without a window.

Each command talks to the application façade (``bootstrap.opened``), never to the database itself.

Errors end with a non-zero exit and a message on stderr naming the problem; never a traceback (an
unexpected one is written to the log file in the data folder).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path

from .. import __version__, bootstrap, collector, settings
from ..domain.langmap import not_text
from ..domain.vocab import COLLECTIONS
from ..errors import SecretariatError, ValidationError
from . import contacts as contact_commands
from . import extract as extract_commands
from . import office as office_commands
from . import reports as report_commands
from . import search as search_commands
from . import sync as sync_commands
from .terminal import plain

log = logging.getLogger("secretariat")
EXIT_REFUSED, EXIT_UNEXPECTED = 2, 3


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="secretariat", description="Records, briefing packs and search for the "
                                "secretariat of the Seoul–Beijing Integration Council. Without a command, "
                                "the desktop app starts.")
    p.add_argument("--version", action="version", version=f"secretariat {__version__}")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="SQLite database file (default: in the data folder; "
                       "or SECRETARIAT_DB)")
    where.add_argument("--database-url", metavar="URL", help="SQLAlchemy URL, e.g. postgresql+psycopg://… "
                       "(or SECRETARIAT_DATABASE_URL)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("init", help="create the database (schema by migrations)")
    s.add_argument("--demo", action="store_true", help="fill it with the demo data from the seed article")

    s = sub.add_parser("import", help="import an exchange file or a counterpart's package (.json or .zip): "
                       "all or nothing; changes made on both sides are kept aside as conflicts")
    s.add_argument("file", type=Path)
    s.add_argument("--dry-run", action="store_true", help="say what would be added and changed; change nothing")
    s.add_argument("--trust", nargs="?", const=True, default=False, metavar="FINGERPRINT",
                   help="trust the signing key of a site met for the first time (compare its fingerprint with "
                   "the counterpart first); with a fingerprint, trust that key even in place of another")

    s = sub.add_parser("export", help="export every record to FILE (.json, or .zip with attachments, signed); "
                       "--for SITE: a package of what that counterpart does not have yet")
    s.add_argument("file", type=Path)
    s.add_argument("--for", dest="for_site", metavar="SITE", help="the counterpart's name or id")
    s.add_argument("--all", action="store_true", help="with --for: every record, not only the changes")

    sub.add_parser("check", help="integrity: database, foreign keys, attachment hashes")

    s = sub.add_parser("backup", help="copy the database to DEST (default: the data folder's backups/)")
    s.add_argument("dest", nargs="?", type=Path)

    s = sub.add_parser("restore", help="replace the database's content with a backup's (a copy is kept)")
    s.add_argument("src", type=Path)

    s = sub.add_parser("trash", help="list the trash, move records to it (add), or restore/purge records from "
                       "it; purge-files removes stored file bytes no record lists")
    s.add_argument("action", nargs="?", choices=["list", "add", "restore", "purge", "purge-files"], default="list")
    s.add_argument("items", nargs="*", metavar="KIND:ID", help="e.g. agreement:agr-2014-env-mou")

    sub.add_parser("upgrade", help="bring the database schema up to date (done on open; for a server's owner)")
    sub.add_parser("roles", help="PostgreSQL: create the reader/editor roles and grant their rights")

    s = sub.add_parser("launcher", help="Linux: put Secretariat in the desktop's menu (a launcher, its icon and "
                       "its AppStream entry in ~/.local/share), starting this installation")
    s.add_argument("--remove", action="store_true", help="take them away again")

    s = sub.add_parser("generate", help="write a synthetic archive (N years of records) for benchmarks")
    s.add_argument("--scale", type=int, default=1, metavar="N", help="years of records (20 ≈ 100k records)")
    s.add_argument("--seed", type=int, default=2013)
    s.add_argument("-o", "--output", type=Path, default=Path("archive.json"))

    report_commands.add_parsers(sub)  # brief, print
    search_commands.add_parsers(sub)  # search, reindex
    sync_commands.add_parsers(sub)  # site, conflicts
    extract_commands.add_parser(sub)
    office_commands.add_parsers(sub)  # calendar, export-list, export-report
    contact_commands.add_parsers(sub)  # import-contacts, merge
    return p


def run() -> int:
    """The command line as a process of its own (the ``secretariat`` command, ``python -m secretariat_app``):
    :func:`main`, then the process ends."""
    return main(ending=True)


def main(argv: Sequence[str] | None = None, ending: bool = False) -> int:
    """``ending``: the process ends after this command (see :func:`collector.ending`)."""
    args = build_parser().parse_args(argv)
    query = getattr(args, "query", None)
    if isinstance(query, str) and not_text(query):
        # Bytes that are not UTF-8 arrive as lone surrogates: no record holds them. (File names may be in
        # another encoding; the system's file functions take them as they are.)
        shown = query.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        print(f"secretariat: the search {shown!r} is not valid UTF-8 text; nothing was searched", file=sys.stderr)
        return EXIT_REFUSED
    try:
        if args.command is None:
            from ..ui.app import run_gui

            return run_gui(args)
        try:
            return COMMANDS[args.command](args)
        finally:
            if ending:
                collector.ending()
    except ValidationError as exc:
        print(f"secretariat: refused; nothing was changed. {len(exc.problems)} problem(s):", file=sys.stderr)
        print(plain(exc), file=sys.stderr)
        return EXIT_REFUSED
    except SecretariatError as exc:
        print(f"secretariat: {plain(exc)}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("secretariat: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130
    except Exception:  # noqa: BLE001 - the last net: log it, say where, no traceback on screen
        path = log_unexpected()
        print(f"secretariat: unexpected error; the details are in {path}", file=sys.stderr)
        return EXIT_UNEXPECTED


def log_unexpected() -> Path:
    path = settings.data_dir() / "secretariat.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.exception("unexpected error")
    handler.close()
    log.removeHandler(handler)
    return path


def _open(args: argparse.Namespace) -> AbstractContextManager[bootstrap.App]:
    named = None if args.database_url else settings.named_file(args.db)
    if named is not None and not named.exists() and args.command != "init":
        # A typo in --db must not quietly become a new, empty database.
        raise SecretariatError(f"there is no database at {named}; to create one: secretariat --db {named} init")
    return bootstrap.opened(args.db, args.database_url, _progress("Indexing imported records for search"))


def cmd_init(args: argparse.Namespace) -> int:
    with _open(args) as app:
        print(f"Database ready: {app.settings.display_name}")
        if args.demo:
            if not app.is_empty():
                print("The database already holds records; the demo data was not loaded.", file=sys.stderr)
                return EXIT_REFUSED
            print(bootstrap.load_demo(app).report.summary())
    return 0


def _progress(label: str) -> Callable[[int, int], None]:
    interactive = sys.stderr.isatty()

    def report(done: int, total: int) -> None:
        if interactive:
            print(f"\r{label}: {100 * done // total if total else 0} %", end="" if done < total else "\n",
                  file=sys.stderr)

    return report


def cmd_import(args: argparse.Namespace) -> int:
    with _open(args) as app:
        imported = app.exchange.import_file(args.file, args.dry_run, _progress("Importing"), trust=args.trust)
        print(imported.report.summary())
        waiting = 0 if args.dry_run else len(app.extraction.waiting())
    if waiting:
        print(f"{waiting} attached file(s) wait for their text to be read for search: `secretariat extract` "
              f"reads them (the desktop app does so by itself).")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with _open(args) as app:
        if args.all and not args.for_site:
            raise SecretariatError("export --all goes with --for SITE (a plain export holds every record anyway)")
        counts = app.exchange.export(args.file, _progress("Exporting"), for_site=args.for_site, everything=args.all)
        purged = counts.pop("purged", 0)
        gone = f" and {purged} removed for good" if purged else ""
        whom = f" for {args.for_site}" if args.for_site else ""
        print(f"Exported {sum(counts.values())} records{gone}{whom} to {args.file}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with _open(args) as app:
        report = app.maintenance.check(_progress("Checking attachments"))
    print(", ".join(f"{n} {COLLECTIONS[k]}" for k, n in report.counts.items()))
    for w in report.warnings:
        print(f"warning: {plain(w)}")
    for e in report.errors:
        print(f"error: {plain(e)}", file=sys.stderr)
    print("No problems found." if report.ok else f"{len(report.errors)} problem(s) found.")
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    with _open(args) as app:
        path = app.maintenance.backup(args.dest, _progress("Backing up"))
    print(f"Backup written to {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    with _open(args) as app:
        safety = app.maintenance.restore(args.src, _progress("Restoring"))
    print(f"Restored from {args.src}. The previous content was kept in {safety}")
    return 0


def _items(raw: list[str]) -> list[tuple[str, str]]:
    out = []
    for item in raw:
        kind, sep, rid = item.partition(":")
        if not sep or not rid:
            raise SecretariatError(f"{item!r}: name a record as KIND:ID, e.g. agreement:agr-2014-env-mou")
        out.append((kind, rid))
    return out


def cmd_trash(args: argparse.Namespace) -> int:
    from ..domain.langmap import text

    with _open(args) as app:
        if args.action == "list":
            entries = app.records.trash()
            for e in entries:
                name = text(e.deleted_by_name) if e.deleted_by_name else ""  # the clerk's name, then the login
                by = f"{name} ({e.deleted_by})" if name else e.deleted_by
                print(f"{e.kind}:{e.record_id}\t{plain(text(e.title))}\tdeleted {e.deleted_at:%Y-%m-%d %H:%M} "
                      f"by {plain(by)}")
            print(f"{len(entries)} record(s) in the trash.")
            return 0
        if args.action == "purge-files":
            count, size = app.maintenance.remove_unlisted_files()
            print(f"Removed {count} file(s) no record listed ({size / 2**20:,.1f} MiB).")
            return 0
        items = _items(args.items)
        if not items:
            raise SecretariatError(f"trash {args.action}: name the records, e.g. agreement:agr-1")
        if args.action == "add":
            app.records.delete(items)
            print(f"Moved {len(items)} record(s) to the trash.")
        elif args.action == "restore":
            app.records.restore(items)
            print(f"Restored {len(items)} record(s).")
        else:
            app.records.purge(items)
            print(f"Removed {len(items)} record(s) for good.")
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    from ..demo import generate

    if args.scale < 1:
        raise SecretariatError("--scale must be at least 1 (years of records)")
    started = time.perf_counter()
    written = generate.write_document(args.output, args.scale, seed=args.seed, progress=_progress("Generating years"))
    counts = written["counts"]
    top = {k: n for k, n in counts.items() if k in COLLECTIONS.values()}
    print(f"Wrote {sum(top.values())} records ({', '.join(f'{n} {k}' for k, n in top.items())}) to "
          f"{args.output} in {time.perf_counter() - started:.1f} s")
    return 0


def cmd_launcher(args: argparse.Namespace) -> int:
    from .. import launcher

    home = launcher.data_home()
    if args.remove:
        removed = launcher.remove(home)
        print(f"Removed {len(removed)} file(s) of the launcher from {home}.")
        return 0
    written = launcher.install(home)
    print(f"Secretariat is in the desktop's menu: {written[0]} starts {launcher.exec_line(launcher.start_command())}")
    print(f"(and {len(written) - 1} more files: its icons and AppStream entry in {home})")
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    with _open(args) as app:  # opening migrates
        print(f"{app.settings.display_name}: schema {app.maintenance.schema_revision()} (newest)")
    return 0


def cmd_roles(args: argparse.Namespace) -> int:
    from ..storage.postgres_roles import EDITOR, READER

    with _open(args) as app:
        made = app.maintenance.create_roles()
        print(f"Roles ready ({READER}, {EDITOR}); created: {', '.join(made) or 'none'}.")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "upgrade": cmd_upgrade,
    "roles": cmd_roles,
    "init": cmd_init,
    "import": cmd_import,
    "export": cmd_export,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "trash": cmd_trash,
    "generate": cmd_generate,
    "launcher": cmd_launcher,
    "brief": lambda args: report_commands.cmd_brief(args, _open),
    "progress": lambda args: report_commands.cmd_progress(args, _open),
    "print": lambda args: (office_commands.print_word if args.output.suffix.lower() == ".docx"
                           else report_commands.cmd_print)(args, _open),
    "calendar": lambda args: office_commands.cmd_calendar(args, _open),
    "export-list": lambda args: office_commands.cmd_export_list(args, _open),
    "export-report": lambda args: office_commands.cmd_export_report(args, _open),
    "import-contacts": lambda args: contact_commands.cmd_import_contacts(args, _open),
    "merge": lambda args: contact_commands.cmd_merge(args, _open),
    "search": lambda args: search_commands.cmd_search(args, _open),
    "reindex": lambda args: search_commands.cmd_reindex(args, _open, _progress),
    "site": lambda args: sync_commands.cmd_site(args, _open),
    "conflicts": lambda args: sync_commands.cmd_conflicts(args, _open),
    "extract": lambda args: extract_commands.cmd_extract(args, _open, _progress),
}
