"""The next free reference number, learnt from the ones the council already uses.

References look like ``SBIC-2015-001`` or ``SBIC-2026-ENV-03``: some letters, a year, perhaps a code, and
a running number. The pattern of the most recent reference is followed for the year asked for, with the
next number after the highest one of that pattern and year (kept as wide as the council writes it).
Plain Python: no database, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SHAPE = re.compile(r"^(?P<head>.*?)(?P<year>(?:19|20)\d\d)(?P<middle>\D.*?)?(?P<number>\d+)$")


def next_reference(existing: Iterable[str | None], year: int, default_head: str = "SBIC-") -> str:
    """The reference to suggest for a new agreement of ``year``."""
    shaped = [(m["head"], int(m["year"]), m["middle"] or "", m["number"])
              for ref in existing if ref for m in [_SHAPE.match(ref.strip())] if m]
    if not shaped:
        return f"{default_head}{year}-001"
    # The newest reference shows the pattern in use now.
    head, _, middle, number = max(shaped, key=lambda s: (s[1], int(s[3])))
    taken = [int(n) for h, y, mid, n in shaped if (h, y, mid) == (head, year, middle)]
    width = max(len(number), *(len(n) for h, y, mid, n in shaped if (h, mid) == (head, middle)))
    return f"{head}{year}{middle}{(max(taken) + 1 if taken else 1):0{width}d}"
