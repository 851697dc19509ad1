"""Revision clocks: how two versions of one record stand to each other.

A record's clock counts, per site, the changes that site made to it ({"seoul-id": 3, "beijing-id": 1}).
A version whose clock is at least the other's in every site has seen every change the other has: it
descends from it. When neither is (each has a change the other lacks), both sides changed the record
since their common ancestor: a conflict. A revision id names the site and its count, "<site>:<n>".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

Clock = Mapping[str, int]


class Order(Enum):
    SAME = "same"  # the same version
    OLDER = "older"  # the first is an ancestor of the second
    NEWER = "newer"  # the first descends from the second
    CONCURRENT = "concurrent"  # both changed since a common ancestor


def compare(a: Clock | None, b: Clock | None) -> Order:
    a, b = a or {}, b or {}
    a_ahead = any(n > b.get(site, 0) for site, n in a.items())
    b_ahead = any(n > a.get(site, 0) for site, n in b.items())
    if a_ahead and b_ahead:
        return Order.CONCURRENT
    if a_ahead:
        return Order.NEWER
    if b_ahead:
        return Order.OLDER
    return Order.SAME


def merged(*clocks: Clock | None) -> dict[str, int]:
    """The least clock that descends from all of them."""
    out: dict[str, int] = {}
    for clock in clocks:
        for site, n in (clock or {}).items():
            out[site] = max(out.get(site, 0), n)
    return dict(sorted(out.items()))


def advanced(clock: Clock | None, site: str) -> tuple[str, dict[str, int]]:
    """One more change by ``site``: the new revision id and its clock."""
    out = dict(clock or {})
    out[site] = out.get(site, 0) + 1
    return f"{site}:{out[site]}", dict(sorted(out.items()))


def made_by(revision: str | None) -> str | None:
    """The site that made a revision."""
    return revision.rsplit(":", 1)[0] if revision and ":" in revision else None


def is_clock(value: object) -> bool:
    return (isinstance(value, dict) and bool(value)
            and all(isinstance(k, str) and 0 < len(k) <= 40 and isinstance(n, int) and not isinstance(n, bool)
                    and 0 < n < 2**31 for k, n in value.items()))


@dataclass(frozen=True)
class Meta:
    """One version of a record as a package carries it: its revision, clock, who changed it last and when."""

    revision: str
    clock: dict[str, int]
    at: datetime
    by: str
    by_name: dict[str, str] | None
    trashed: tuple[datetime, str] | None = None  # (when, by whom) it went to the trash; None if live
