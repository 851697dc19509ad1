"""The core's facts in English: the command line's words, and the source texts the UI translates.

The core never writes a sentence for a clerk: a :class:`~secretariat_app.errors.Problem` carries a code
and values, a :class:`~secretariat_app.services.changes.Change` an action, kinds and counts. This module
turns them into English for the CLI, logs and ``str()``; ``ui/fact_text.py`` lists the same templates
for Qt's translator (the test ``test_every_problem_code_has_its_translation_source`` keeps them equal).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# code → template; a {name} is filled from the problem's values.
PROBLEMS: dict[str, str] = {
    "required": "is required",
    "required_for_status": "is required when the status is {status}",
    "required_when_approved": "is required when the minutes are approved",
    "unknown_field": "unknown field",
    "unknown_top_level": "unknown top-level field",
    "not_text": "must be text",
    "not_list": "must be a list",
    "not_object": "must be an object",
    "not_langmap": "must be an object of ko/zh/en texts",
    "not_integer": "must be a whole number",
    "out_of_range": "must be between {lo} and {hi}",
    "not_sha256": "must be 64 lower-case hex digits",
    "not_file_name": "must be a plain file name (no path, device name, control or reserved characters)",
    "not_datetime_text": "must be a date-time such as 2014-07-03T10:00:00+08:00",
    "not_city": "must name a city (seoul, beijing or another city's name)",
    "has_nul": "contains a NUL character",
    "not_unicode": "contains a character that is not text (a lone surrogate)",
    "too_long": "is longer than 100 characters",
    "longer_than": "is {length} characters long; the most allowed is {limit}",
    "lang_longer_than": "{lang}: is {length} characters long; the most allowed is {limit}",
    "langmap_empty": "needs a text in at least one of ko, zh, en",
    "too_few": "needs at least {minimum} entries",
    "unknown_language": "unknown language {languages} (use ko, zh or en)",
    "lang_not_text": "{lang}: must be text",
    "lang_has_nul": "{lang}: contains a NUL character",
    "lang_not_unicode": "{lang}: contains a character that is not text (a lone surrogate)",
    "not_one_of": "{value} is not one of {choices}",
    "not_date": "{value} is not a date (YYYY-MM-DD)",
    "not_datetime": "{value} is not a date-time with its UTC offset (e.g. 2014-07-03T10:00:00+08:00)",
    "datetime_too_fine": "{value}: give the time to the second and the UTC offset in whole minutes "
                         "(e.g. 2014-07-03T10:00:00+08:00)",
    "bad_reference": "{id} is not a valid id",
    "bad_id": "{id} is not a valid id (letters, digits, . _ : -; at most 100)",
    "id_used_twice": "{id} is used twice",
    "action_of_other_meeting": "{id} is already an action of meeting {meeting}",
    "counterpart_without_owner": "name the owner first; the counterpart owner is the one in the other city",
    "counterpart_is_owner": "is the owner too; name the owner in the other city",
    "owners_in_one_city": "is in {city}, as the owner is; the counterpart owner is the one in the other city",
    "no_such_action": "{id} is not an action of any meeting",
    "review_of_own_action": "{id} is an action of this meeting; review it at a later meeting",
    "reviewed_twice": "{id} is reviewed twice in these minutes",
    "review_before_raised": "{id} was raised at meeting {meeting}, which is not before this one",
    "listed_twice": "{value} is listed twice",
    "member_twice": "{person} is a member twice",
    "not_a_party": "is not one of the parties",
    "before_signed_on": "is before the signing date ({date})",
    "before_starts_on": "is before the first day ({date})",
    "not_after_effective_on": "must be after the day it takes effect ({date})",
    "not_after_starts_at": "must be after the start ({time})",
    "supersedes_itself": "an agreement cannot supersede itself",
    "own_parent": "an organization cannot be its own parent",
    "cycle": "makes a cycle through {id}",
    "positions_out_of_order": "positions must be 1, 2, 3 … in order",
    "no_agenda_item": "there is no agenda item {item}",
    "minutes_locked": "the minutes are approved and locked; reopen them before changing them",
    "no_such_record": "there is no {kind} {id}",
    "already_exists": "there is already a {kind} {id}",
    "twice_in_file": "{id} appears twice in {collection}",
    "action_twice_in_file": "{id} is also an action of meeting {meeting}",
    "actions_swapped": "meetings {meetings} swap action ids; import the change in two steps",
    "bundle_lacks_file": "the bundle has no file attachments/{sha256}",
    "size_mismatch": "is {size} but the file has {actual} bytes",
    "hash_mismatch": "bytes do not match sha256",
    "sync_not_valid": "is not a valid revision (it needs revision, clock, at and by)",
    "purged_not_valid": "is not a valid record removed for good (it needs kind, id and sync)",
    "package_member_changed": "{member} was changed after the package was signed; nothing was imported",
    "package_member_missing": "the package has no {member}, which its signature covers; nothing was imported",
    "package_member_unlisted": "{member} was added after the package was signed; nothing was imported",
    "package_signature_bad": "the package's signature does not verify (changed after signing, or damaged); nothing was imported",
    "package_site_mismatch": "the package's data names another site than the one that signed it; nothing was imported",
    "package_key_untrusted": "the first package from {site}, signed with key {key}: compare this fingerprint with {site} (by phone, for example), then import it again and trust the key",
    "package_key_changed": "signed with key {key}, but the key trusted for {site} is {trusted}; nothing was imported. If {site} really has a new key, confirm its fingerprint with them and trust it",
    "package_unsigned": "claims to come from {site}, whose packages are signed, but it is not signed; nothing was imported",
    "not_email": "{value} is not an e-mail address (name@example.org)",
    "sheet_empty": "the sheet has no rows of contacts",
    "no_name_column": "no column is mapped to a name (of a person or an organization)",
    "formula_in_cell": "is a formula; put its value in the cell instead",
    "organization_needs_city": "a new organization needs its city: map a column to the organization's city",
    "row_twice_in_sheet": "this person is already in row {row}",
    "required_when_represented": "is required when someone attends for them",
    "only_when_represented": "is only for an attendee represented by someone",
    "represents_self": "cannot be the attendee themselves",
    "required_when_circulated": "is required when the minutes are circulated",
    "before_approved": "is before the approval ({date})",
    "approved_twice": "{city} has already approved these minutes",
    "approval_of_draft": "draft minutes cannot carry an approval; circulate them first",
    "before_circulated": "is before the minutes were circulated ({date})",
    "needs_approval_of": "the minutes are final only once both cities approved them; still to approve: {cities}",
    "approvals_kept": "earlier approvals stay in the minutes' history; they cannot be removed or changed",
    "no_minutes": "the meeting has no minutes yet",
    "not_draft": "only draft minutes can be circulated (these are {status})",
    "not_circulated": "only circulated minutes can be approved or made final (these are {status})",
    "already_draft": "the minutes are a draft already",
    "not_boolean": "must be yes or no (true or false)",
    "only_when_auto_renews": "applies only to an agreement that renews itself",
    "required_for_event": "is required for this event ({event})",
    "before_event": "is before the event's date ({date})",
    "not_an_attachment": "is not one of the agreement's attached files",
    "status_from_events": "must be {status}, as its timeline says ({event} on {on})",
    "date_from_events": "must be {date}, as its timeline says ({event} on {on})",
    "owner_of_other_city": "must be a person of {city}; this one belongs to {found}",
}

# Values that name something the clerk typed or an id: quoted, so that an empty or odd value shows.
QUOTED = frozenset({"value", "id", "meeting", "meetings", "person", "organization", "item", "languages"})


def value_text(name: str, value: Any) -> str:
    """A problem's value as English writes it (lists joined, typed values and ids quoted)."""
    if isinstance(value, list | tuple):
        return ", ".join(value_text(name, v) for v in value)
    if name in ("city", "found") and isinstance(value, str):  # a city's code or name: Seoul, Beijing
        return value[:1].upper() + value[1:]
    if name == "event" and isinstance(value, str):  # an agreement's event ("entered_into_force")
        return value.replace("_", " ")
    return repr(value) if name in QUOTED else str(value)


def fill(template: str, values: Mapping[str, Any], text_of: Any = value_text) -> str:
    out = template
    for name, value in values.items():
        out = out.replace("{" + name + "}", text_of(name, value))
    return out


def problem(code: str, values: Mapping[str, Any]) -> str:
    return fill(PROBLEMS[code], values)


# --- what a change did, for the command line --------------------------------------------------------

ACTIONS = {"create": "Create", "update": "Edit", "delete": "Delete", "restore": "Restore",
           "purge": "Remove for good", "import": "Import", "resolve": "Settle", "merge": "Merge"}


def records_text(kinds: Iterable[str], count: int) -> str:
    kinds = sorted(set(kinds))
    if count == 1 and len(kinds) == 1:
        return kinds[0]
    return f"{count} records"


def change_text(change: Any) -> str:
    """A change (services.changes.Change) as the CLI says it: "Delete 2 records"; an undo names what it
    took back."""
    subject = change.subject or change
    return f"{ACTIONS.get(subject.action, 'Change')} {records_text(subject.kinds, subject.count)}"


# --- why an attached file's text could not be read (extraction.result.REASONS) ------------------------------

# code → template; ui/editors/attachments.py lists the same for Qt's translator (a test keeps them equal).
FILE_REASONS: dict[str, str] = {
    "password": "protected by a password",
    "drm": "protected by DRM (rights management)",
    "unsupported": "a format whose text is not read ({format})",
    "damaged": "damaged, or not the kind of file its name says",
    "zip_bomb": "would unpack to {megabytes} MB, far more than a document (refused as a zip bomb)",
    "image_too_large": "an image of {width} × {height} pixels, too large to read",
    "time_limit": "stopped at the time limit",
    "memory_limit": "stopped at the memory limit",
    "page_limit": "only the first {read} of {pages} pages were read",
    "no_ocr": "a scan, and Tesseract OCR ({languages}) is not installed",
    "empty": "no text in it",
}
PAGES_READ = {"some": "{read} pages were read", "of": "the first {read} of {pages} pages were read"}


def file_reason(code: str, detail: Mapping[str, Any] | None = None) -> str:
    """Why a file's text was not read (or only in part), in English: "stopped at the time limit; the first
    23 of 500 pages were read"."""
    detail = dict(detail or {})
    detail.setdefault("format", "?")
    detail.setdefault("languages", "kor, chi_sim")
    out = fill(FILE_REASONS.get(code, code), detail, lambda _name, value: str(value))
    if code in ("time_limit", "memory_limit") and detail.get("read"):
        out += "; " + fill(PAGES_READ["of" if detail.get("pages") else "some"], detail, lambda _n, v: str(v))
    return out
