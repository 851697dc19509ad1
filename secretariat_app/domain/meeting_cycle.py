"""A new meeting from the one before it, or from a template.

From the previous meeting (same kind, same team): its title, kind, team, participants, venue and agenda
come along; the number goes up by one (and with it the number written in the title: 제2차 → 제3차,
第二次 → 第三次, Second → Third); the dates move to the day the clerk picks, at the same time of day and
for the same length; the minutes stay behind. A general conference alternates between the two cities
unless the clerk says otherwise; in another city the venue and host no longer apply.

From a template: its kind, team, city and title; its standing items (title, duration, the presenter's
role, a description) become the agenda, timed from the start.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from .documents import parse_datetime
from .vocab import KNOWN_CITIES

Doc = dict[str, Any]

DEFAULT_START = time(10, 0)
DEFAULT_LENGTH = timedelta(hours=2)


# --- the number in a title -----------------------------------------------------------------------------

_ZH_DIGITS = "零一二三四五六七八九"
_EN_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
                "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth",
                "Eighteenth", "Nineteenth", "Twentieth")


def zh_number(n: int) -> str:
    """1–99 in Chinese numerals (一, 十, 十一, 二十三)."""
    if n < 10:
        return _ZH_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _ZH_DIGITS[tens]) + "十" + (_ZH_DIGITS[ones] if ones else "")


def _en_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def renumbered(text: str, old: int, new: int) -> str:
    """``text`` with the number ``old`` written in it (as digits, Korean 제N차, Chinese 第N次/届 in
    numerals, English ordinals) changed to ``new``; a text without it is left as it is."""
    out = re.sub(rf"(?<!\d){old}(st|nd|rd|th)\b", f"{new}{_en_suffix(new)}", text)
    out = re.sub(rf"(?<!\d){old}(?!\d)", str(new), out)
    if old < 100 and new < 100:
        out = re.sub(rf"第{zh_number(old)}(?=[次届回])", f"第{zh_number(new)}", out)
    if old <= len(_EN_ORDINALS) and new <= len(_EN_ORDINALS):
        for word, replacement in ((_EN_ORDINALS[old - 1], _EN_ORDINALS[new - 1]),
                                  (_EN_ORDINALS[old - 1].lower(), _EN_ORDINALS[new - 1].lower())):
            out = re.sub(rf"\b{word}\b", replacement, out)
    return out


def _renumbered_title(title: Any, old: int | None, new: int | None) -> Any:
    if not isinstance(title, Mapping) or old is None or new is None:
        return copy.deepcopy(title)
    return {lang: renumbered(text, old, new) if isinstance(text, str) else text for lang, text in title.items()}


# --- dates -----------------------------------------------------------------------------------------


def _zone(city: str | None, fallback: timezone) -> timezone:
    return KNOWN_CITIES.get(city or "", fallback)  # type: ignore[return-value]


def _moved(starts_at: str, ends_at: str | None, on: date, city: str | None) -> tuple[str, str | None]:
    """The same time of day on ``on`` (on the new city's clock), for the same length."""
    start = parse_datetime(starts_at)
    zone = _zone(city, start.tzinfo)  # type: ignore[arg-type]
    new_start = datetime.combine(on, start.time(), zone)
    if not ends_at:
        return new_start.isoformat(timespec="seconds"), None
    length = parse_datetime(ends_at) - start
    return new_start.isoformat(timespec="seconds"), (new_start + length).astimezone(zone).isoformat(timespec="seconds")


def other_city(city: str | None) -> str | None:
    """The counterpart of Seoul or Beijing (None for another city)."""
    return {"seoul": "beijing", "beijing": "seoul"}.get(city or "")


def default_city(previous: Mapping[str, Any]) -> str:
    """Where the next meeting is held unless the clerk says otherwise: a general conference alternates."""
    city = str(previous.get("city") or "seoul")
    if previous.get("kind") == "general_conference":
        return other_city(city) or city
    return city


# --- the new meeting --------------------------------------------------------------------------------


def from_previous(previous: Mapping[str, Any], new_id: str, on: date, city: str | None = None) -> Doc:
    """The next meeting after ``previous`` (a meeting document), on the day ``on``, in ``city``."""
    city = city or default_city(previous)
    number = previous.get("number")
    new_number = number + 1 if isinstance(number, int) else None
    starts_at, ends_at = _moved(previous["starts_at"], previous.get("ends_at"), on, city)
    same_place = city == previous.get("city")
    return {
        "id": new_id,
        "kind": previous.get("kind"),
        "number": new_number,
        "title": _renumbered_title(previous.get("title"), number, new_number),
        "team": previous.get("team"),
        "starts_at": starts_at,
        "ends_at": ends_at,
        "city": city,
        "venue": copy.deepcopy(previous.get("venue")) if same_place else None,
        "host_organization": previous.get("host_organization") if same_place else None,
        "participants": list(previous.get("participants") or []),
        "agenda": [
            {k: copy.deepcopy(item.get(k)) for k in ("position", "title", "presenter", "presenter_role",
                                                      "duration_minutes", "description", "agreement")}
            for item in previous.get("agenda") or []
        ],
        "minutes": None,
    }


def from_template(template: Mapping[str, Any], new_id: str, on: date, city: str | None = None,
                  at: time = DEFAULT_START, number: int | None = None) -> Doc:
    """A meeting made from a template document, starting on ``on`` at ``at`` (the venue's clock); it
    lasts as long as the standing items (two hours if they have no durations)."""
    city = city or template.get("city") or "seoul"
    zone = _zone(city, KNOWN_CITIES["seoul"])  # another city: on Seoul's clock until the clerk sets it
    start = datetime.combine(on, at, zone)
    items = template.get("items") or []
    minutes = sum(i.get("duration_minutes") or 0 for i in items)
    end = start + (timedelta(minutes=minutes) if minutes else DEFAULT_LENGTH)
    title = template.get("title") or template.get("name")
    return {
        "id": new_id,
        "kind": template.get("kind"),
        "number": number,
        "title": copy.deepcopy(title),
        "team": template.get("team"),
        "starts_at": start.isoformat(timespec="seconds"),
        "ends_at": end.isoformat(timespec="seconds"),
        "city": city,
        "venue": None,
        "host_organization": None,
        "participants": [],
        "agenda": [
            {"position": i, "title": copy.deepcopy(item.get("title")), "presenter": None,
             "presenter_role": copy.deepcopy(item.get("presenter_role")),
             "duration_minutes": item.get("duration_minutes"), "description": copy.deepcopy(item.get("description")),
             "agreement": None}
            for i, item in enumerate(items, 1)
        ],
        "minutes": None,
    }


def template_from_meeting(meeting: Mapping[str, Any], new_id: str, name: Mapping[str, str]) -> Doc:
    """A template of a meeting's agenda: its items' titles, durations and descriptions (presenters'
    roles where the agenda has them; people are not standing items)."""
    return {
        "id": new_id, "name": dict(name), "kind": meeting.get("kind"), "title": copy.deepcopy(meeting.get("title")),
        "team": meeting.get("team"), "city": None, "notes": None,
        "items": [{"title": copy.deepcopy(i.get("title")), "duration_minutes": i.get("duration_minutes"),
                   "presenter_role": copy.deepcopy(i.get("presenter_role")),
                   "description": copy.deepcopy(i.get("description"))} for i in meeting.get("agenda") or []],
    }
