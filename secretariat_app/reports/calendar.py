"""Calendar files (iCalendar, RFC 5545) made with the ``icalendar`` library from plain events.

Meetings and itinerary stops are timed in their venue's zone (``Asia/Seoul``, ``Asia/Shanghai``) with the
zone's VTIMEZONE in the file, so a meeting at 14:00 in Beijing shows at 15:00 in a Seoul calendar; a
city without a known zone gets its instant in UTC. Visits, due dates, expiry dates and the last days to
give notice (reminded 90, 60, 30 and 7 days ahead) are all-day.

Each event's UID is its record's (and part's) id at this database's site, so a calendar that imports the
file again updates the event instead of adding a second one; SEQUENCE is the record's version and
LAST-MODIFIED (and DTSTAMP) its last save, so the same records give the same file, byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from ..domain.langmap import pick
from . import labels

# The council's cities and their IANA zones (neither observes daylight saving time now; the zone
# still carries the history, which VTIMEZONE writes out).
CITY_ZONES: Mapping[str, str] = {"seoul": "Asia/Seoul", "beijing": "Asia/Shanghai"}
EXPIRY_REMINDER = timedelta(weeks=8)  # an agreement's renewal needs weeks of talks: the reminder comes early
DESCRIPTION_CHARS = 600  # a short summary; the record itself is in the app
KINDS = ("meetings", "visits", "actions", "expiries")


@dataclass(frozen=True)
class CalendarEvent:
    """One calendar entry. ``start`` is an aware datetime (a timed event) or a date (all-day); ``end`` the
    same (exclusive for all-day events) or None."""

    uid: str
    kind: str  # meeting, visit, stop, action, expiry
    title: Mapping[str, str]
    start: datetime | date
    end: datetime | date | None
    city: str | None
    sequence: int
    created: datetime
    modified: datetime
    location: Mapping[str, str] | None = None
    reference: str = ""  # the record's reference (an agreement's) or its kind and id
    summary: Mapping[str, str] | None = None  # a few lines about it, by language
    alarm_before: timedelta | None = None
    more_alarms: tuple[timedelta, ...] = ()  # reminders besides the first (a notice deadline has four)


def zone_of(city: str | None) -> ZoneInfo | None:
    name = CITY_ZONES.get(city or "")
    return ZoneInfo(name) if name else None


def _title(event: CalendarEvent, lang: str) -> str:
    text = pick(event.title, lang)[0] or event.uid
    prefix = {"action": labels.label("due", lang), "expiry": labels.label("expires", lang),
              "notice": labels.label("notice_deadline", lang)}.get(event.kind)
    return f"{prefix}: {text}" if prefix else text


def _when(value: datetime | date, city: str | None) -> datetime | date:
    if isinstance(value, datetime):
        zone = zone_of(city)
        return value.astimezone(zone) if zone is not None else value.astimezone(UTC)
    return value


def _description(event: CalendarEvent, lang: str) -> str:
    lines = [event.reference] if event.reference else []
    summary = pick(event.summary, lang)[0] if event.summary else ""
    if summary:
        if len(summary) > DESCRIPTION_CHARS:
            summary = summary[:DESCRIPTION_CHARS - 1].rstrip() + "…"
        lines.append(summary)
    return "\n".join(lines)


def calendar_name(lang: str) -> str:
    return labels.label("council", lang)


def build_calendar(events: Iterable[CalendarEvent], lang: str) -> bytes:
    """The iCalendar file of these events, titles and texts in ``lang`` (another language's where a
    record has none in it)."""
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Secretariat//Seoul-Beijing Integration Council//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", calendar_name(lang))
    for e in events:
        item = Event()
        item.add("uid", e.uid)
        item.add("dtstamp", e.modified.astimezone(UTC))
        item.add("created", e.created.astimezone(UTC))
        item.add("last-modified", e.modified.astimezone(UTC))
        item.add("sequence", e.sequence)
        item.add("summary", _title(e, lang))
        item.add("dtstart", _when(e.start, e.city))
        if e.end is not None:
            item.add("dtend", _when(e.end, e.city))
        if not isinstance(e.start, datetime):
            item.add("transp", "TRANSPARENT")  # a due date or a visit abroad does not make the clerk busy
        venue, city = pick(e.location, lang)[0] if e.location else "", labels.city(e.city, lang)
        place = venue if city and city in venue else ", ".join(x for x in (venue, city) if x)
        if place:
            item.add("location", place)
        description = _description(e, lang)
        if description:
            item.add("description", description)
        item.add("categories", [labels.label(f"calendar_{e.kind}", lang)])
        for before in (*((e.alarm_before,) if e.alarm_before is not None else ()), *e.more_alarms):
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", _title(e, lang))
            alarm.add("trigger", -before)
            item.add_component(alarm)
        cal.add_component(item)
    cal.add_missing_timezones()
    return cal.to_ical()
