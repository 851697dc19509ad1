"""The core's validation messages, translated for the UI.

The core (domain/rules.py, domain/langmap.py, services/store.py) must not import Qt, so its messages
are plain English built from a template, e.g. ``before signed_on (2014-07-03)``. The templates are
listed here, where lupdate sees them (context "rules"); :func:`problem_text` recognises a message by
its template, translates the template and puts the values back (dates in the UI language's way).
tests/ui/test_translations.py fails when the core can produce a message that is not listed.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..errors import Problem

TEMPLATES = [
    QT_TRANSLATE_NOOP("rules", "is required"),
    QT_TRANSLATE_NOOP("rules", "is required when the status is {status}"),
    QT_TRANSLATE_NOOP("rules", "is required when the minutes are approved"),
    QT_TRANSLATE_NOOP("rules", "unknown field"),
    QT_TRANSLATE_NOOP("rules", "must be text"),
    QT_TRANSLATE_NOOP("rules", "must be a list"),
    QT_TRANSLATE_NOOP("rules", "must be an object"),
    QT_TRANSLATE_NOOP("rules", "must be an object of ko/zh/en texts"),
    QT_TRANSLATE_NOOP("rules", "must be a whole number"),
    QT_TRANSLATE_NOOP("rules", "must be between {lo} and {hi}"),
    QT_TRANSLATE_NOOP("rules", "must be 64 lower-case hex digits"),
    QT_TRANSLATE_NOOP("rules", "must be a plain file name"),
    QT_TRANSLATE_NOOP("rules", "must be a date-time such as 2014-07-03T10:00:00+08:00"),
    QT_TRANSLATE_NOOP("rules", "must name a city (seoul, beijing or another city's name)"),
    QT_TRANSLATE_NOOP("rules", "contains a NUL character"),
    QT_TRANSLATE_NOOP("rules", "is longer than 100 characters"),
    QT_TRANSLATE_NOOP("rules", "needs a text in at least one of ko, zh, en"),
    QT_TRANSLATE_NOOP("rules", "needs at least {minimum} entries"),
    QT_TRANSLATE_NOOP("rules", "unknown language {languages} (use ko, zh or en)"),
    QT_TRANSLATE_NOOP("rules", "{lang}: must be text"),
    QT_TRANSLATE_NOOP("rules", "{lang}: contains a NUL character"),
    QT_TRANSLATE_NOOP("rules", "{value} is not one of {choices}"),
    QT_TRANSLATE_NOOP("rules", "{value} is not a date (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("rules", "{value} is not a date-time with its UTC offset (e.g. 2014-07-03T10:00:00+08:00)"),
    QT_TRANSLATE_NOOP("rules", "{value}: give the time to the second and the UTC offset in whole minutes "
                               "(e.g. 2014-07-03T10:00:00+08:00)"),
    QT_TRANSLATE_NOOP("rules", "{id} is not a valid id"),
    QT_TRANSLATE_NOOP("rules", "{id} is not a valid id (letters, digits, . _ : -; at most 100)"),
    QT_TRANSLATE_NOOP("rules", "{id} is used twice"),
    QT_TRANSLATE_NOOP("rules", "{id} is already an action of meeting {meeting}"),
    QT_TRANSLATE_NOOP("rules", "{value} is listed twice"),
    QT_TRANSLATE_NOOP("rules", "{person} is a member twice"),
    QT_TRANSLATE_NOOP("rules", "{organization} is not one of the parties"),
    QT_TRANSLATE_NOOP("rules", "before signed_on ({date})"),
    QT_TRANSLATE_NOOP("rules", "before starts_on ({date})"),
    QT_TRANSLATE_NOOP("rules", "not after effective_on ({date})"),
    QT_TRANSLATE_NOOP("rules", "not after starts_at ({time})"),
    QT_TRANSLATE_NOOP("rules", "an agreement cannot supersede itself"),
    QT_TRANSLATE_NOOP("rules", "an organization cannot be its own parent"),
    QT_TRANSLATE_NOOP("rules", "makes a cycle through {id}"),
    QT_TRANSLATE_NOOP("rules", "positions must be 1, 2, 3 … in order"),
    QT_TRANSLATE_NOOP("rules", "there is no agenda item {item}"),
    QT_TRANSLATE_NOOP("rules", "the minutes are approved and locked; reopen them before changing them"),
    QT_TRANSLATE_NOOP("rules", "there is no {kind} {id}"),
    QT_TRANSLATE_NOOP("rules", "there is already a {kind} {id}"),
]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Record kinds inside messages ("there is no person 'x'") are named in the UI language too.
_KINDS = ("organization", "person", "team", "agreement", "meeting", "visit")


@functools.cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each template as a pattern; templates with more fixed text first, so that "{id} is not a valid id
    (letters, …)" wins over "{id} is not a valid id"."""
    found = []
    for template in TEMPLATES:
        parts = _PLACEHOLDER.split(template)  # literal, name, literal, name, …
        pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        found.append((re.compile(pattern, re.DOTALL), template))
    return sorted(found, key=lambda f: -len(_PLACEHOLDER.sub("", f[1])))


def _value(name: str, value: str) -> str:
    from .formatting import date_text
    from .i18n import current_language
    from .widgets import names

    if name == "date" and _ISO_DATE.fullmatch(value):
        return date_text(date.fromisoformat(value))
    if name == "kind" and value in _KINDS and current_language() != "en":
        return names.name(value)
    return value


def message_text(message: str) -> str:
    """A core message in the UI language (as it came when no template matches)."""
    for pattern, template in _patterns():
        match = pattern.fullmatch(message)
        if match:
            out = QCoreApplication.translate("rules", template)
            for name, value in match.groupdict().items():
                out = out.replace("{" + name + "}", _value(name, value))
            return out
    return message


def problem_text(problem: Problem) -> Problem:
    """The same problem, its message in the UI language."""
    return Problem(problem.place, message_text(problem.message))
