"""A choice of several values named on a command line ("overview,itinerary", or repeated options)."""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import SecretariatError


def chosen(text: str | Sequence[str] | None, allowed: tuple[str, ...], unknown: str) -> tuple[str, ...]:
    """The values named (comma-separated, in one text or several), in ``allowed``'s order; all of them when
    none is named. ``unknown`` is the refusal's text, with ``{value}`` and ``{allowed}`` in it."""
    if not text:
        return allowed
    items = text.split(",") if isinstance(text, str) else [x for t in text for x in t.split(",")]
    named = [x.strip() for x in items if x.strip()]
    wrong = [x for x in named if x not in allowed]
    if wrong:
        raise SecretariatError(unknown.format(value=repr(wrong[0]), allowed=", ".join(allowed)))
    return tuple(x for x in allowed if x in named)
