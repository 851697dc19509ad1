"""What the interface calls the core's vocabulary values (statuses, kinds, cities, languages)."""

from __future__ import annotations

import functools
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.vocab import KNOWN_CITIES


def _t(text: str) -> str:
    return QCoreApplication.translate("vocab", text)


@functools.cache
def _names() -> dict[str, str]:
    return {
        # record kinds
        "organization": _t("Organization"), "person": _t("Person"), "team": _t("Team"),
        "agreement": _t("Agreement"), "meeting": _t("Meeting"), "visit": _t("Visit"),
        # organization kinds
        "city_government": _t("City government"), "department": _t("Department"), "agency": _t("Agency"),
        "company": _t("Company"), "institute": _t("Institute"), "other": _t("Other"),
        # statuses
        "active": _t("Active"), "dissolved": _t("Dissolved"),
        "draft": _t("Draft"), "negotiating": _t("Negotiating"), "signed": _t("Signed"),
        "in_force": _t("In force"), "expired": _t("Expired"), "terminated": _t("Terminated"),
        "superseded": _t("Superseded"), "approved": _t("Approved"),
        "open": _t("Open"), "done": _t("Done"), "cancelled": _t("Cancelled"),
        # agreement kinds ("agreement" itself is above, with the record kinds)
        "mou": _t("MOU"), "letter_of_intent": _t("Letter of intent"),
        "joint_statement": _t("Joint statement"),
        # meeting kinds
        "general_conference": _t("General conference"), "team_meeting": _t("Team meeting"),
        "working_meeting": _t("Working meeting"),
        # cities
        "seoul": _t("Seoul"), "beijing": _t("Beijing"),
    }


def name(value: str | None) -> str:
    """The interface's word for a vocabulary value; unknown values (another city's name) as they are."""
    if not value:
        return ""
    return _names().get(value, value)


def kind_name(kind: str) -> str:
    return name(kind)


def city_name(city: str | None) -> str:
    return name(city) if city in KNOWN_CITIES else (city or "")


def language_name(lang: str) -> str:
    return {"ko": _t("Korean"), "zh": _t("Chinese"), "en": _t("English")}.get(lang, lang)


def format_date(value: date | None) -> str:
    """A date as the UI language writes it (2014년 7월 24일 / 2014年7月24日 / 24 Jul 2014)."""
    from ..formatting import date_text  # one formatter for every date the UI shows

    return date_text(value)


def date_format() -> str:
    if QLocale().language() == QLocale.Language.C:  # no locale configured: ISO dates, not "28 11 2026"
        return "yyyy-MM-dd"
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def time_format() -> str:
    if QLocale().language() == QLocale.Language.C:
        return "HH:mm"
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)
