"""The exchange as sync on the command line: this site and its counterparts, the conflicts."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from ..domain.langmap import text
from ..errors import SecretariatError
from .terminal import plain

Opener = Callable[[argparse.Namespace], AbstractContextManager[Any]]


def add_parsers(sub: Any) -> None:
    s = sub.add_parser("site", help="this database's site (id, name, key fingerprint) and its counterparts; "
                       "--name sets the name, e.g. \"Seoul secretariat\"")
    s.add_argument("--name", help="this site's name, as the counterpart will see it")

    s = sub.add_parser("conflicts", help="records changed on both sides, with the fields that differ; "
                       "resolve KIND:ID --take ours|theirs settles one (--all: every one)")
    s.add_argument("action", nargs="?", choices=["list", "resolve"], default="list")
    s.add_argument("items", nargs="*", metavar="KIND:ID")
    s.add_argument("--take", choices=["ours", "theirs"], help="resolve: which version the record keeps")
    s.add_argument("--all", action="store_true", help="resolve: every pending conflict")
    s.add_argument("--json", action="store_true", help="list as JSON")


def _when(value: Any) -> str:
    return f"{value.astimezone():%Y-%m-%d %H:%M}" if value is not None else "-"


def _who(by: str, name: Any) -> str:
    shown = text(name) if name else ""
    return plain(f"{shown} ({by})" if shown and shown != by else by)


def cmd_site(args: argparse.Namespace, opened: Opener) -> int:
    with opened(args) as app:
        if args.name is not None:
            app.exchange.name_site(args.name)
        sites = app.exchange.sites()
        me = sites[0]
        print(f"This site: {plain(me.name) or '(no name yet: secretariat site --name NAME)'}  id {me.id}")
        print(f"  key fingerprint {app.exchange.fingerprint()} (read it to the counterpart when they import "
              f"your first package)")
        print(f"  last change number {me.confirmed}")
        for s in sites[1:]:
            trusted = f"key {s.fingerprint}, trusted {_when(s.trusted_at)}" if s.fingerprint else "key not trusted"
            print(f"Counterpart: {plain(s.name) or s.id}  id {s.id}  ({trusted})")
            print(f"  sent {_when(s.sent_at)}; it confirmed our changes up to {s.confirmed}; "
                  f"received {_when(s.received_at)}, its changes up to {s.received}")
    return 0


def cmd_conflicts(args: argparse.Namespace, opened: Opener) -> int:
    with opened(args) as app:
        if args.action == "list":
            found = app.exchange.conflicts()
            if args.json:
                print(json.dumps([_as_json(c) for c in found], ensure_ascii=False, indent=2))
                return 0
            for c in found:
                print(f"{c.kind}:{c.record_id}\t{plain(text(c.title))}")
                print(f"  ours   changed {_when(c.ours_at)} by {_who(c.ours_by, c.ours_by_name)}"
                      f"{' (in the trash)' if c.ours_trashed else ''}{' (removed for good)' if c.ours is None else ''}")
                print(f"  theirs changed {_when(c.theirs_at)} by {_who(c.theirs_by, c.theirs_by_name)} at "
                      f"{plain(c.site)}{' (in the trash)' if c.theirs_trashed else ''}"
                      f"{' (removed for good)' if c.theirs is None else ''}")
                print(f"  differ: {', '.join(c.fields) or '-'}")
            print(f"{len(found)} record(s) changed on both sides.")
            return 0
        if args.take is None:
            raise SecretariatError("conflicts resolve: say which version to keep, --take ours or --take theirs")
        if args.all:
            items = [(c.kind, c.record_id) for c in app.exchange.conflicts()]
        else:
            from . import _items

            items = _items(args.items)
        if not items:
            raise SecretariatError("conflicts resolve: name the records (KIND:ID), or --all")
        for kind, record_id in items:
            app.exchange.resolve(kind, record_id, args.take)
        print(f"Settled {len(items)} conflict(s), taking {args.take}. The next package to the counterpart "
              f"settles them there too.")
    return 0


def _as_json(c: Any) -> dict[str, Any]:
    def when(v: Any) -> str | None:
        return v.isoformat(timespec="seconds") if v is not None else None

    return {"kind": c.kind, "id": c.record_id, "title": c.title, "fields": list(c.fields), "site": c.site,
            "ours": {"at": when(c.ours_at), "by": c.ours_by, "by_name": c.ours_by_name, "trashed": c.ours_trashed,
                     "record": c.ours},
            "theirs": {"at": when(c.theirs_at), "by": c.theirs_by, "by_name": c.theirs_by_name,
                       "trashed": c.theirs_trashed, "record": c.theirs}}
