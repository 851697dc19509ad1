"""What the interface calls the core's vocabulary values (statuses, kinds, cities, languages)."""

from __future__ import annotations

import functools
from datetime import date

from PySide6.QtCore import QCoreApplication

from ...domain.vocab import KNOWN_CITIES
from .. import formatting

# lupdate reads translate("<context>", "<text>") calls: the context is written at every call.
translate = QCoreApplication.translate


@functools.cache
def _names() -> dict[str, str]:
    return {
        # record kinds
        "organization": translate("vocab", "Organization"), "person": translate("vocab", "Person"), "team": translate("vocab", "Team"),
        "agreement": translate("vocab", "Agreement"), "meeting": translate("vocab", "Meeting"), "visit": translate("vocab", "Visit"),
        "template": translate("vocab", "Meeting template"),
        # organization kinds
        "city_government": translate("vocab", "City government"), "department": translate("vocab", "Department"), "agency": translate("vocab", "Agency"),
        "company": translate("vocab", "Company"), "institute": translate("vocab", "Institute"), "other": translate("vocab", "Other"),
        # statuses
        "active": translate("vocab", "Active"), "dissolved": translate("vocab", "Dissolved"),
        "draft": translate("vocab", "Draft"), "negotiating": translate("vocab", "Negotiating"), "signed": translate("vocab", "Signed"),
        "in_force": translate("vocab", "In force"), "expired": translate("vocab", "Expired"), "terminated": translate("vocab", "Terminated"),
        "superseded": translate("vocab", "Superseded"), "suspended": translate("vocab", "Suspended"), "approved": translate("vocab", "Approved"),
        "circulated": translate("vocab", "Circulated"),
        # the roll call
        "present": translate("vocab", "Present"), "absent": translate("vocab", "Absent"),
        "excused": translate("vocab", "Excused"), "represented": translate("vocab", "Represented"),
        "open": translate("vocab", "Open"), "done": translate("vocab", "Done"), "cancelled": translate("vocab", "Dropped"),
        "late": translate("vocab", "Late"),
        # agreement kinds ("agreement" itself is above, with the record kinds)
        "mou": translate("vocab", "MOU"), "letter_of_intent": translate("vocab", "Letter of intent"),
        "joint_statement": translate("vocab", "Joint statement"),
        # meeting kinds
        "general_conference": translate("vocab", "General conference"), "team_meeting": translate("vocab", "Team meeting"),
        "working_meeting": translate("vocab", "Working meeting"),
        # cities
        "seoul": translate("vocab", "Seoul"), "beijing": translate("vocab", "Beijing"),
    }


def name(value: str | None) -> str:
    """The interface's word for a vocabulary value; unknown values (another city's name) as they are."""
    if not value:
        return ""
    return _names().get(value, value)


@functools.cache
def _event_names() -> dict[str, str]:
    # Not the statuses' words: an event is what happened ("서명"), a status where it left the agreement.
    return {
        "signed": translate("events", "Signed"), "entered_into_force": translate("events", "Entered into force"),
        "amended": translate("events", "Amended"), "extended": translate("events", "Extended"),
        "renewed": translate("events", "Renewed"), "suspended": translate("events", "Suspended"),
        "resumed": translate("events", "Resumed"), "expired": translate("events", "Expired"),
        "terminated": translate("events", "Terminated"), "superseded": translate("events", "Superseded"),
    }


def event_name(kind: str | None) -> str:
    """An agreement event's kind in the interface's words."""
    return _event_names().get(kind or "", kind or "")


def kind_name(kind: str) -> str:
    return name(kind)


def city_name(city: str | None) -> str:
    return name(city) if city in KNOWN_CITIES else (city or "")


def language_name(lang: str) -> str:
    return {"ko": translate("vocab", "Korean"), "zh": translate("vocab", "Chinese"), "en": translate("vocab", "English")}.get(lang, lang)


def format_date(value: date | None) -> str:
    """A date as the UI language writes it (2014년 7월 24일 / 2014年7月24日 / 24 Jul 2014)."""
    return formatting.date_text(value)


def date_format() -> str:
    """The short date an edit field shows (one formatter for every date: see ui/formatting.py)."""
    return formatting.date_format()


def time_format() -> str:
    return formatting.time_format()
