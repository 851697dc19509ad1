"""The council's fixed vocabularies: kinds, statuses, cities, languages.

Values are the lower snake_case strings of the exchange format; they are stored as they are.
"""

from __future__ import annotations

from datetime import timedelta, timezone

LANGUAGES = ("ko", "zh", "en")

RECORD_KINDS = ("organization", "person", "team", "agreement", "meeting", "visit", "template")

# The exchange document's list name for each record kind.
COLLECTIONS = {
    "organization": "organizations",
    "person": "people",
    "team": "teams",
    "agreement": "agreements",
    "meeting": "meetings",
    "visit": "visits",
    "template": "meeting_templates",
}

ORGANIZATION_KINDS = ("city_government", "department", "agency", "company", "institute", "other")
TEAM_STATUSES = ("active", "dissolved")
AGREEMENT_KINDS = ("mou", "agreement", "letter_of_intent", "joint_statement", "other")
AGREEMENT_STATUSES = ("draft", "negotiating", "signed", "in_force", "suspended", "expired", "terminated",
                      "superseded")
# Statuses that say the agreement was signed, so it must have a signing date.
SIGNED_STATUSES = frozenset({"signed", "in_force", "suspended", "expired", "terminated", "superseded"})
MEETING_KINDS = ("general_conference", "team_meeting", "working_meeting", "other")
# Minutes go draft → circulated (to the counterpart) → approved (locked, final) once both cities approved.
MINUTES_STATUSES = ("draft", "circulated", "approved")
# The cities whose approval makes minutes final (domain/minutes_cycle.py).
APPROVING_CITIES = ("seoul", "beijing")
# An attendee's line in the roll call.
ATTENDANCE = ("present", "absent", "excused", "represented")
# "cancelled" is shown as "dropped": the council dropped the commitment (the stored word predates the register).
ACTION_STATUSES = ("open", "done", "cancelled")
# Where a commitment stands on a day: its status, or "late" when it is open past its due date.
COMMITMENT_STANDINGS = ("open", "late", "done", "cancelled")

# Cities the council knows by code, with the UTC offset of their venues (neither observes DST).
KNOWN_CITIES = {
    "seoul": timezone(timedelta(hours=9), "KST"),
    "beijing": timezone(timedelta(hours=8), "CST"),
}
