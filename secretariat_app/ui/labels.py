"""Names the clerk reads for the codes the records store (kinds, statuses, cities, columns).

Every string goes through Qt's translation (context "Labels"), so a Korean or Chinese translation file
renames them all; an unknown code (a city the council has no name for) is shown as it is.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication

# lupdate reads translate("<context>", "<text>") calls: the context is written at every call.
translate = QCoreApplication.translate


def kind_name(kind: str) -> str:
    """One record of this kind ("Agreement")."""
    names = {
        "organization": translate("Labels", "Organization"),
        "person": translate("Labels", "Person"),
        "team": translate("Labels", "Team"),
        "agreement": translate("Labels", "Agreement"),
        "meeting": translate("Labels", "Meeting"),
        "visit": translate("Labels", "Visit"),
        "template": translate("Labels", "Meeting template"),
    }
    return names.get(kind, kind)


def kind_plural(kind: str) -> str:
    names = {
        "organization": translate("Labels", "Organizations"),
        "person": translate("Labels", "People"),
        "team": translate("Labels", "Teams"),
        "agreement": translate("Labels", "Agreements"),
        "meeting": translate("Labels", "Meetings"),
        "visit": translate("Labels", "Visits"),
        "template": translate("Labels", "Meeting templates"),
    }
    return names.get(kind, kind)


def value_name(code: str | None) -> str:
    """A vocabulary value: a status, a kind of agreement/meeting/organization, a city, a minutes state."""
    if code is None:
        return ""
    return _values().get(code, code)


@functools.cache
def _values() -> dict[str, str]:
    """Made once: lists name thousands of cells (the translations are installed before any window)."""
    return {
        # statuses
        "active": translate("Labels", "Active"),
        "dissolved": translate("Labels", "Dissolved"),
        "draft": translate("Labels", "Draft"),
        "negotiating": translate("Labels", "Negotiating"),
        "signed": translate("Labels", "Signed"),
        "in_force": translate("Labels", "In force"),
        "expired": translate("Labels", "Expired"),
        "terminated": translate("Labels", "Terminated"),
        "superseded": translate("Labels", "Superseded"),
        "suspended": translate("Labels", "Suspended"),
        "approved": translate("Labels", "Approved"),
        "circulated": translate("Labels", "Circulated"),
        "none": translate("Labels", "No minutes"),
        "open": translate("Labels", "Open"),
        "done": translate("Labels", "Done"),
        "cancelled": translate("Labels", "Dropped"),
        # kinds of agreements
        "mou": translate("Labels", "MOU"),
        "agreement": translate("Labels", "Agreement"),
        "letter_of_intent": translate("Labels", "Letter of intent"),
        "joint_statement": translate("Labels", "Joint statement"),
        "other": translate("Labels", "Other"),
        # kinds of meetings
        "general_conference": translate("Labels", "General conference"),
        "team_meeting": translate("Labels", "Team meeting"),
        "working_meeting": translate("Labels", "Working meeting"),
        # kinds of organizations
        "city_government": translate("Labels", "City government"),
        "department": translate("Labels", "Department"),
        "agency": translate("Labels", "Agency"),
        "company": translate("Labels", "Company"),
        "institute": translate("Labels", "Institute"),
        # cities
        "seoul": translate("Labels", "Seoul"),
        "beijing": translate("Labels", "Beijing"),
    }


def minutes_state(code: str) -> str:
    names = {"none": translate("Labels", "No minutes"), "draft": translate("Labels", "Minutes draft"),
             "circulated": translate("Labels", "Minutes circulated"), "approved": translate("Labels", "Minutes approved")}
    return names.get(code, code)


def audit_action(code: str) -> str:
    names = {
        "create": translate("Labels", "created"),
        "update": translate("Labels", "edited"),
        "delete": translate("Labels", "moved to the trash"),
        "restore": translate("Labels", "restored"),
        "import": translate("Labels", "imported"),
        "undo": translate("Labels", "undone"),
        "redo": translate("Labels", "redone"),
        "conflict": translate("Labels", "changed at the counterpart too (kept aside)"),
        "resolve": translate("Labels", "settled (changed on both sides)"),
    }
    return names.get(code, code)


def column_name(key: str) -> str:
    names = {
        "name": translate("Labels", "Name"),
        "title": translate("Labels", "Title"),
        "status": translate("Labels", "Status"),
        "established_on": translate("Labels", "Established"),
        "leads": translate("Labels", "Lead organizations"),
        "members": translate("Labels", "Members"),
        "reference": translate("Labels", "Reference"),
        "kind": translate("Labels", "Kind"),
        "signed_on": translate("Labels", "Signed"),
        "expires_on": translate("Labels", "Expires"),
        "parties": translate("Labels", "Parties"),
        "starts_at": translate("Labels", "Starts (local time)"),
        "city": translate("Labels", "City"),
        "team": translate("Labels", "Team"),
        "minutes": translate("Labels", "Minutes"),
        "destination_city": translate("Labels", "Destination"),
        "starts_on": translate("Labels", "From"),
        "ends_on": translate("Labels", "Until"),
        "head": translate("Labels", "Head of delegation"),
        "delegation": translate("Labels", "Delegation"),
        "position": translate("Labels", "Position"),
        "organization": translate("Labels", "Organization"),
        "email": translate("Labels", "Email"),
        "phone": translate("Labels", "Phone"),
        "items": translate("Labels", "Standing items"),
    }
    return names.get(key, key)


def field_name(key: str) -> str:
    """A record's field as a clerk calls it (the merge view names the parts that differ by it)."""
    names = {
        "short_name": translate("Labels", "Short name"),
        "parent": translate("Labels", "Part of"),
        "notes": translate("Labels", "Notes"),
        "description": translate("Labels", "Description"),
        "established_by": translate("Labels", "Established by"),
        "lead_organizations": translate("Labels", "Lead organizations"),
        "focus_areas": translate("Labels", "Focus areas"),
        "summary": translate("Labels", "Summary"),
        "text": translate("Labels", "Full text"),
        "signatories": translate("Labels", "Signatories"),
        "signed_city": translate("Labels", "Signed in"),
        "signed_venue": translate("Labels", "Signing venue"),
        "meeting": translate("Labels", "Meeting"),
        "teams": translate("Labels", "Teams"),
        "effective_on": translate("Labels", "In effect from"),
        "renewal_terms": translate("Labels", "Renewal terms"),
        "notice_days": translate("Labels", "Notice period"),
        "auto_renews": translate("Labels", "Renews itself"),
        "renews_for_months": translate("Labels", "Each renewal runs"),
        "owner_seoul": translate("Labels", "Owner in Seoul"),
        "owner_beijing": translate("Labels", "Owner in Beijing"),
        "events": translate("Labels", "Timeline"),
        "date": translate("Labels", "Date"),  # an event's (and its "document", "note" below)
        "document": translate("Labels", "Document"),
        "note": translate("Labels", "Note"),
        "areas": translate("Labels", "Areas of cooperation"),
        "supersedes": translate("Labels", "Supersedes"),
        "attachments": translate("Labels", "Attachments"),
        "number": translate("Labels", "Number"),
        "ends_at": translate("Labels", "Ends (local time)"),
        "venue": translate("Labels", "Venue"),
        "host_organization": translate("Labels", "Host"),
        "participants": translate("Labels", "Participants"),
        "agenda": translate("Labels", "Agenda"),
        "approved_on": translate("Labels", "Approved on"),
        "recorded_by": translate("Labels", "Recorded by"),
        "attendees": translate("Labels", "Attendance"),
        "guests": translate("Labels", "Guests"),
        "approvals": translate("Labels", "Approvals"),
        "circulated_on": translate("Labels", "Circulated on"),
        "circulated_to": translate("Labels", "Circulated to"),
        "presenter_role": translate("Labels", "Presenter's role"),
        "items": translate("Labels", "Notes per agenda item"),
        "decisions": translate("Labels", "Decisions"),
        "actions": translate("Labels", "Action items"),
        "statements": translate("Labels", "Statements"),
        "reviews": translate("Labels", "Earlier actions reviewed"),
        "purpose": translate("Labels", "Purpose"),
        "itinerary": translate("Labels", "Itinerary"),
        "meetings": translate("Labels", "Meetings"),
        "agreements": translate("Labels", "Agreements"),
        "talking_points": translate("Labels", "Talking points"),
    }
    return names.get(key) or column_name(key)


def facet_name(facet: str) -> str:
    names = {"status": translate("Labels", "Status"), "minutes": translate("Labels", "Minutes"), "destination_city": translate("Labels", "Destination"),
             "kind": translate("Labels", "Kind")}
    return names.get(facet, facet)


def all_values(facet: str) -> str:
    names = {"status": translate("Labels", "All statuses"), "minutes": translate("Labels", "All meetings"), "destination_city": translate("Labels", "All cities"),
             "kind": translate("Labels", "All kinds")}
    return names.get(facet, translate("Labels", "All"))
