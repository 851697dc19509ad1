"""Names the clerk reads for the codes the records store (kinds, statuses, cities, columns).

Every string goes through Qt's translation (context "Labels"), so a Korean or Chinese translation file
renames them all; an unknown code (a city the council has no name for) is shown as it is.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def kind_name(kind: str) -> str:
    """One record of this kind ("Agreement")."""
    names = {
        "organization": _t("Organization"),
        "person": _t("Person"),
        "team": _t("Team"),
        "agreement": _t("Agreement"),
        "meeting": _t("Meeting"),
        "visit": _t("Visit"),
    }
    return names.get(kind, kind)


def kind_plural(kind: str) -> str:
    names = {
        "organization": _t("Organizations"),
        "person": _t("People"),
        "team": _t("Teams"),
        "agreement": _t("Agreements"),
        "meeting": _t("Meetings"),
        "visit": _t("Visits"),
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
        "active": _t("Active"),
        "dissolved": _t("Dissolved"),
        "draft": _t("Draft"),
        "negotiating": _t("Negotiating"),
        "signed": _t("Signed"),
        "in_force": _t("In force"),
        "expired": _t("Expired"),
        "terminated": _t("Terminated"),
        "superseded": _t("Superseded"),
        "approved": _t("Approved"),
        "none": _t("No minutes"),
        "open": _t("Open"),
        "done": _t("Done"),
        "cancelled": _t("Cancelled"),
        # kinds of agreements
        "mou": _t("MOU"),
        "agreement": _t("Agreement"),
        "letter_of_intent": _t("Letter of intent"),
        "joint_statement": _t("Joint statement"),
        "other": _t("Other"),
        # kinds of meetings
        "general_conference": _t("General conference"),
        "team_meeting": _t("Team meeting"),
        "working_meeting": _t("Working meeting"),
        # kinds of organizations
        "city_government": _t("City government"),
        "department": _t("Department"),
        "agency": _t("Agency"),
        "company": _t("Company"),
        "institute": _t("Institute"),
        # cities
        "seoul": _t("Seoul"),
        "beijing": _t("Beijing"),
    }


def minutes_state(code: str) -> str:
    names = {"none": _t("No minutes"), "draft": _t("Minutes draft"), "approved": _t("Minutes approved")}
    return names.get(code, code)


def audit_action(code: str) -> str:
    names = {
        "create": _t("created"),
        "update": _t("edited"),
        "delete": _t("moved to the trash"),
        "restore": _t("restored"),
        "import": _t("imported"),
        "undo": _t("undone"),
        "redo": _t("redone"),
    }
    return names.get(code, code)


def column_name(key: str) -> str:
    names = {
        "name": _t("Name"),
        "title": _t("Title"),
        "status": _t("Status"),
        "established_on": _t("Established"),
        "leads": _t("Lead organizations"),
        "members": _t("Members"),
        "reference": _t("Reference"),
        "kind": _t("Kind"),
        "signed_on": _t("Signed"),
        "expires_on": _t("Expires"),
        "parties": _t("Parties"),
        "starts_at": _t("Starts (local time)"),
        "city": _t("City"),
        "team": _t("Team"),
        "minutes": _t("Minutes"),
        "destination_city": _t("Destination"),
        "starts_on": _t("From"),
        "ends_on": _t("Until"),
        "head": _t("Head of delegation"),
        "delegation": _t("Delegation"),
        "position": _t("Position"),
        "organization": _t("Organization"),
        "email": _t("Email"),
        "phone": _t("Phone"),
    }
    return names.get(key, key)


def facet_name(facet: str) -> str:
    names = {"status": _t("Status"), "minutes": _t("Minutes"), "destination_city": _t("Destination")}
    return names.get(facet, facet)


def all_values(facet: str) -> str:
    names = {"status": _t("All statuses"), "minutes": _t("All meetings"), "destination_city": _t("All cities")}
    return names.get(facet, _t("All"))
