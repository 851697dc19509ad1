"""The core's facts in the clerk's language: problems (a code, its place, its values) and changes
(an action, kinds, counts).

The core (``domain/rules.py``, ``exchange/importer.py``, ``services/``) must not import Qt; it hands
over codes and values, and ``secretariat_app/english.py`` holds their English templates. The same
templates are listed here, where lupdate sees them (context "rules"); a test keeps both lists equal.
Values are written the UI language's way: dates as the clerk reads them, kinds by their names, an empty
value as "(empty)" rather than a developer's ``None``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..english import QUOTED
from ..errors import Problem
from ..services.changes import Change

TEMPLATES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("rules", "is required"),
    "required_for_status": QT_TRANSLATE_NOOP("rules", "is required when the status is {status}"),
    "required_when_approved": QT_TRANSLATE_NOOP("rules", "is required when the minutes are approved"),
    "unknown_field": QT_TRANSLATE_NOOP("rules", "unknown field"),
    "unknown_top_level": QT_TRANSLATE_NOOP("rules", "unknown top-level field"),
    "not_text": QT_TRANSLATE_NOOP("rules", "must be text"),
    "not_list": QT_TRANSLATE_NOOP("rules", "must be a list"),
    "not_object": QT_TRANSLATE_NOOP("rules", "must be an object"),
    "not_langmap": QT_TRANSLATE_NOOP("rules", "must be an object of ko/zh/en texts"),
    "not_integer": QT_TRANSLATE_NOOP("rules", "must be a whole number"),
    "out_of_range": QT_TRANSLATE_NOOP("rules", "must be between {lo} and {hi}"),
    "not_sha256": QT_TRANSLATE_NOOP("rules", "must be 64 lower-case hex digits"),
    "not_file_name": QT_TRANSLATE_NOOP("rules", "must be a plain file name (no path, device name, control or reserved characters)"),
    "not_datetime_text": QT_TRANSLATE_NOOP("rules", "must be a date-time such as 2014-07-03T10:00:00+08:00"),
    "not_city": QT_TRANSLATE_NOOP("rules", "must name a city (seoul, beijing or another city's name)"),
    "has_nul": QT_TRANSLATE_NOOP("rules", "contains a NUL character"),
    "not_unicode": QT_TRANSLATE_NOOP("rules", "contains a character that is not text (a lone surrogate)"),
    "too_long": QT_TRANSLATE_NOOP("rules", "is longer than 100 characters"),
    "longer_than": QT_TRANSLATE_NOOP("rules", "is {length} characters long; the most allowed is {limit}"),
    "lang_longer_than": QT_TRANSLATE_NOOP("rules", "{lang}: is {length} characters long; the most allowed is {limit}"),
    "langmap_empty": QT_TRANSLATE_NOOP("rules", "needs a text in at least one of ko, zh, en"),
    "too_few": QT_TRANSLATE_NOOP("rules", "needs at least {minimum} entries"),
    "unknown_language": QT_TRANSLATE_NOOP("rules", "unknown language {languages} (use ko, zh or en)"),
    "lang_not_text": QT_TRANSLATE_NOOP("rules", "{lang}: must be text"),
    "lang_has_nul": QT_TRANSLATE_NOOP("rules", "{lang}: contains a NUL character"),
    "lang_not_unicode": QT_TRANSLATE_NOOP("rules", "{lang}: contains a character that is not text (a lone surrogate)"),
    "not_one_of": QT_TRANSLATE_NOOP("rules", "{value} is not one of {choices}"),
    "not_date": QT_TRANSLATE_NOOP("rules", "{value} is not a date (YYYY-MM-DD)"),
    "not_datetime": QT_TRANSLATE_NOOP("rules", "{value} is not a date-time with its UTC offset (e.g. 2014-07-03T10:00:00+08:00)"),
    "datetime_too_fine": QT_TRANSLATE_NOOP("rules", "{value}: give the time to the second and the UTC offset in whole minutes (e.g. 2014-07-03T10:00:00+08:00)"),
    "bad_reference": QT_TRANSLATE_NOOP("rules", "{id} is not a valid id"),
    "bad_id": QT_TRANSLATE_NOOP("rules", "{id} is not a valid id (letters, digits, . _ : -; at most 100)"),
    "id_used_twice": QT_TRANSLATE_NOOP("rules", "{id} is used twice"),
    "action_of_other_meeting": QT_TRANSLATE_NOOP("rules", "{id} is already an action of meeting {meeting}"),
    "counterpart_without_owner": QT_TRANSLATE_NOOP("rules", "name the owner first; the counterpart owner is the one in the other city"),
    "counterpart_is_owner": QT_TRANSLATE_NOOP("rules", "is the owner too; name the owner in the other city"),
    "owners_in_one_city": QT_TRANSLATE_NOOP("rules", "is in {city}, as the owner is; the counterpart owner is the one in the other city"),
    "no_such_action": QT_TRANSLATE_NOOP("rules", "{id} is not an action of any meeting"),
    "review_of_own_action": QT_TRANSLATE_NOOP("rules", "{id} is an action of this meeting; review it at a later meeting"),
    "reviewed_twice": QT_TRANSLATE_NOOP("rules", "{id} is reviewed twice in these minutes"),
    "review_before_raised": QT_TRANSLATE_NOOP("rules", "{id} was raised at meeting {meeting}, which is not before this one"),
    "listed_twice": QT_TRANSLATE_NOOP("rules", "{value} is listed twice"),
    "member_twice": QT_TRANSLATE_NOOP("rules", "{person} is a member twice"),
    "not_a_party": QT_TRANSLATE_NOOP("rules", "is not one of the parties"),
    "before_signed_on": QT_TRANSLATE_NOOP("rules", "is before the signing date ({date})"),
    "before_starts_on": QT_TRANSLATE_NOOP("rules", "is before the first day ({date})"),
    "not_after_effective_on": QT_TRANSLATE_NOOP("rules", "must be after the day it takes effect ({date})"),
    "not_after_starts_at": QT_TRANSLATE_NOOP("rules", "must be after the start ({time})"),
    "supersedes_itself": QT_TRANSLATE_NOOP("rules", "an agreement cannot supersede itself"),
    "own_parent": QT_TRANSLATE_NOOP("rules", "an organization cannot be its own parent"),
    "cycle": QT_TRANSLATE_NOOP("rules", "makes a cycle through {id}"),
    "positions_out_of_order": QT_TRANSLATE_NOOP("rules", "positions must be 1, 2, 3 … in order"),
    "no_agenda_item": QT_TRANSLATE_NOOP("rules", "there is no agenda item {item}"),
    "minutes_locked": QT_TRANSLATE_NOOP("rules", "the minutes are approved and locked; reopen them before changing them"),
    "no_such_record": QT_TRANSLATE_NOOP("rules", "there is no {kind} {id}"),
    "already_exists": QT_TRANSLATE_NOOP("rules", "there is already a {kind} {id}"),
    "twice_in_file": QT_TRANSLATE_NOOP("rules", "{id} appears twice in {collection}"),
    "action_twice_in_file": QT_TRANSLATE_NOOP("rules", "{id} is also an action of meeting {meeting}"),
    "actions_swapped": QT_TRANSLATE_NOOP("rules", "meetings {meetings} swap action ids; import the change in two steps"),
    "bundle_lacks_file": QT_TRANSLATE_NOOP("rules", "the bundle has no file attachments/{sha256}"),
    "size_mismatch": QT_TRANSLATE_NOOP("rules", "is {size} but the file has {actual} bytes"),
    "hash_mismatch": QT_TRANSLATE_NOOP("rules", "bytes do not match sha256"),
    "sync_not_valid": QT_TRANSLATE_NOOP("rules", "is not a valid revision (it needs revision, clock, at and by)"),
    "purged_not_valid": QT_TRANSLATE_NOOP("rules", "is not a valid record removed for good (it needs kind, id and sync)"),
    "package_member_changed": QT_TRANSLATE_NOOP("rules", "{member} was changed after the package was signed; nothing was imported"),
    "package_member_missing": QT_TRANSLATE_NOOP("rules", "the package has no {member}, which its signature covers; nothing was imported"),
    "package_member_unlisted": QT_TRANSLATE_NOOP("rules", "{member} was added after the package was signed; nothing was imported"),
    "package_signature_bad": QT_TRANSLATE_NOOP("rules", "the package's signature does not verify (changed after signing, or damaged); nothing was imported"),
    "package_site_mismatch": QT_TRANSLATE_NOOP("rules", "the package's data names another site than the one that signed it; nothing was imported"),
    "package_key_untrusted": QT_TRANSLATE_NOOP("rules", "the first package from {site}, signed with key {key}: compare this fingerprint with {site} (by phone, for example), then import it again and trust the key"),
    "package_key_changed": QT_TRANSLATE_NOOP("rules", "signed with key {key}, but the key trusted for {site} is {trusted}; nothing was imported. If {site} really has a new key, confirm its fingerprint with them and trust it"),
    "package_unsigned": QT_TRANSLATE_NOOP("rules", "claims to come from {site}, whose packages are signed, but it is not signed; nothing was imported"),
    "not_email": QT_TRANSLATE_NOOP("rules", "{value} is not an e-mail address (name@example.org)"),
    "sheet_empty": QT_TRANSLATE_NOOP("rules", "the sheet has no rows of contacts"),
    "no_name_column": QT_TRANSLATE_NOOP("rules", "no column is mapped to a name (of a person or an organization)"),
    "formula_in_cell": QT_TRANSLATE_NOOP("rules", "is a formula; put its value in the cell instead"),
    "organization_needs_city": QT_TRANSLATE_NOOP("rules", "a new organization needs its city: map a column to the organization's city"),
    "row_twice_in_sheet": QT_TRANSLATE_NOOP("rules", "this person is already in row {row}"),
    "required_when_represented": QT_TRANSLATE_NOOP("rules", "is required when someone attends for them"),
    "only_when_represented": QT_TRANSLATE_NOOP("rules", "is only for an attendee represented by someone"),
    "represents_self": QT_TRANSLATE_NOOP("rules", "cannot be the attendee themselves"),
    "required_when_circulated": QT_TRANSLATE_NOOP("rules", "is required when the minutes are circulated"),
    "before_approved": QT_TRANSLATE_NOOP("rules", "is before the approval ({date})"),
    "approved_twice": QT_TRANSLATE_NOOP("rules", "{city} has already approved these minutes"),
    "approval_of_draft": QT_TRANSLATE_NOOP("rules", "draft minutes cannot carry an approval; circulate them first"),
    "before_circulated": QT_TRANSLATE_NOOP("rules", "is before the minutes were circulated ({date})"),
    "needs_approval_of": QT_TRANSLATE_NOOP("rules", "the minutes are final only once both cities approved them; still to approve: {cities}"),
    "approvals_kept": QT_TRANSLATE_NOOP("rules", "earlier approvals stay in the minutes' history; they cannot be removed or changed"),
    "no_minutes": QT_TRANSLATE_NOOP("rules", "the meeting has no minutes yet"),
    "not_draft": QT_TRANSLATE_NOOP("rules", "only draft minutes can be circulated (these are {status})"),
    "not_circulated": QT_TRANSLATE_NOOP("rules", "only circulated minutes can be approved or made final (these are {status})"),
    "already_draft": QT_TRANSLATE_NOOP("rules", "the minutes are a draft already"),
    "not_boolean": QT_TRANSLATE_NOOP("rules", "must be yes or no (true or false)"),
    "only_when_auto_renews": QT_TRANSLATE_NOOP("rules", "applies only to an agreement that renews itself"),
    "required_for_event": QT_TRANSLATE_NOOP("rules", "is required for this event ({event})"),
    "before_event": QT_TRANSLATE_NOOP("rules", "is before the event's date ({date})"),
    "not_an_attachment": QT_TRANSLATE_NOOP("rules", "is not one of the agreement's attached files"),
    "status_from_events": QT_TRANSLATE_NOOP("rules", "must be {status}, as its timeline says ({event} on {on})"),
    "date_from_events": QT_TRANSLATE_NOOP("rules", "must be {date}, as its timeline says ({event} on {on})"),
    "owner_of_other_city": QT_TRANSLATE_NOOP("rules", "must be a person of {city}; this one belongs to {found}"),
}

# Where the clerk typed into a form that reads many forms, the format the exchange file wants is no help:
# the form says what it is not, in words.
FORM_WORDING: dict[str, str] = {
    "not_date": QT_TRANSLATE_NOOP("rules", "{value} is not a date"),
    "not_datetime": QT_TRANSLATE_NOOP("rules", "{value} is not a date and a time"),
}

_KINDS = ("organization", "person", "team", "agreement", "meeting", "visit", "template")


def _value(name: str, value: Any) -> str:
    from .formatting import date_text
    from .widgets import names

    if isinstance(value, list | tuple):
        return ", ".join(_value(name, v) for v in value)
    if value is None or value == "":
        return QCoreApplication.translate("rules", "(empty)")
    if name in ("city", "found") and isinstance(value, str):  # a city: 서울, 北京 (another city as it is)
        return names.city_name(value)
    if name == "event" and isinstance(value, str):  # an agreement's event, in the clerk's words ("연장")
        return names.event_name(value).lower() if _lower_kinds() else names.event_name(value)
    if name in ("date", "on") and isinstance(value, str):
        try:
            return date_text(date.fromisoformat(value))
        except ValueError:
            return value
    if name == "time" and isinstance(value, str):  # on the venue's clock, as the clerk typed it
        try:
            at = datetime.fromisoformat(value)
        except ValueError:
            return value
        return f"{date_text(at.date())} {at:%H:%M}"
    if name == "status" and isinstance(value, str):  # a vocabulary value, in the clerk's words ("서명됨")
        return names.name(value).lower() if _lower_kinds() else names.name(value)
    if name in ("city", "cities") and isinstance(value, str):
        return names.city_name(value)
    if name == "kind" and value in _KINDS:
        return names.kind_name(value).lower() if _lower_kinds() else names.kind_name(value)
    return repr(value) if name in QUOTED else str(value)


def _lower_kinds() -> bool:
    from .i18n import current_language

    return current_language() == "en"


def problem_message(problem: Problem) -> str:
    """A problem's message in the UI language (without its place)."""
    template = FORM_WORDING.get(problem.code) or TEMPLATES.get(problem.code)
    if template is None:  # a code this UI does not know (a newer core): its English, never nothing
        return problem.message
    out = QCoreApplication.translate("rules", template)
    for name, value in problem.values.items():
        out = out.replace("{" + name + "}", _value(name, value))
    return out


def problem_line(problem: Problem) -> str:
    message = problem_message(problem)
    return f"{problem.place}: {message}" if problem.place else message


# --- changes -----------------------------------------------------------------------------------------

NAME_CHARS = 40  # a record's name in a menu or the status bar is cut here ("…")


def record_name(kind: str, doc: Any, lang: str) -> str:
    """A record's name in ``lang`` (another language's when it has none there), cut to a menu's width."""
    from ..domain.langmap import pick
    from ..services.records import title_of

    text, _ = pick(title_of(kind, doc) if isinstance(doc, dict) else None, lang)
    return text if len(text) <= NAME_CHARS else text[:NAME_CHARS - 1].rstrip() + "…"


def _what(change: Change, lang: str | None) -> str:
    from .widgets import names

    kinds = change.kinds
    if change.count == 1 and len(kinds) == 1:
        kind = next(iter(kinds))
        name = names.kind_name(kind)
        what = name.lower() if _lower_kinds() else name
        written = change.written[0] if change.written else None
        title = record_name(kind, written.after or written.before, lang) if written and lang else ""
        return QCoreApplication.translate("changes", "%1 “%2”").replace("%1", what).replace("%2", title) \
            if title else what
    return QCoreApplication.translate("changes", "%n record(s)", None, change.count)


def change_text(change: Change, lang: str | None = None) -> str:
    """What a change did, as a menu or status bar says it: "Delete meeting", "Import 12 records"; with
    ``lang``, a single record is named in that language: "Delete meeting “Environment Team meeting”"."""
    subject = change.subject or change
    templates = {
        "create": QT_TRANSLATE_NOOP("changes", "Create %1"),
        "update": QT_TRANSLATE_NOOP("changes", "Edit %1"),
        "delete": QT_TRANSLATE_NOOP("changes", "Delete %1"),
        "restore": QT_TRANSLATE_NOOP("changes", "Restore %1"),
        "purge": QT_TRANSLATE_NOOP("changes", "Remove %1 for good"),
        "import": QT_TRANSLATE_NOOP("changes", "Import %1"),
        "resolve": QT_TRANSLATE_NOOP("changes", "Settle %1"),
        "merge": QT_TRANSLATE_NOOP("changes", "Merge %1"),
    }
    template = templates.get(subject.action)
    if template is None:
        return QCoreApplication.translate("changes", "Change")
    return QCoreApplication.translate("changes", template).replace("%1", _what(subject, lang))
