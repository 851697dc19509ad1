"""Dates as people type them: ``2014-07-24``, ``2014. 7. 24.``, ``2014年7月24日``, ``24/07/2014`` or
``7/24/2014`` (as the locale orders day and month), ``20140724``, ``today``/``오늘``/``今天``, and partial
dates completed from a reference date (``7/24`` → that day in the reference year; ``24`` → that day of the
reference month). Times likewise: ``14:00``, ``1400``, ``14``, ``2pm``, ``2:30 p.m.``, ``오후 2시 30분``,
``下午2点半``. Plain Python (no Qt): the date and time fields use it, tests call it directly.
"""

from __future__ import annotations

import re
from datetime import date, time

TODAY_WORDS = frozenset({"today", "now", "오늘", "今天", "今日"})
_NUMBERS = re.compile(r"\d+")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


class NotADate(ValueError):
    """What was typed is not a date (the message says why, for the field's message)."""


def parse_date(text: str, order: str = "ymd", reference: date | None = None) -> date | None:
    """The date ``text`` names, None for empty text. ``order`` is how the locale writes a date with the
    year last: "dmy" (24/07/2014) or "mdy" (7/24/2014); a four-digit first number is always the year."""
    typed = text.strip().lower()
    if not typed:
        return None
    reference = reference or date.today()
    if typed in TODAY_WORDS:
        return date.today()
    compact = _COMPACT.fullmatch(typed)
    numbers = [int(n) for n in compact.groups()] if compact else [int(n) for n in _NUMBERS.findall(typed)]
    if not numbers or len(numbers) > 3 or re.search(r"[a-z]", typed.replace("today", "")):
        raise NotADate(text)
    if len(numbers) == 3:
        first, second, third = numbers
        if len(_NUMBERS.findall(typed)[0]) == 4 or compact or order == "ymd":  # 2014. 7. 24., 14. 7. 24.
            year, month, day = first, second, third
        elif order == "mdy":
            month, day, year = first, second, third
        else:
            day, month, year = first, second, third
        if year < 100:
            year += 2000
    elif len(numbers) == 2:  # a day and a month, in the locale's order (or month then day when year-first)
        year = reference.year
        month, day = (numbers[1], numbers[0]) if order == "dmy" else (numbers[0], numbers[1])
    else:
        year, month, day = reference.year, reference.month, numbers[0]
    try:
        return date(year, month, day)
    except ValueError:
        raise NotADate(text) from None


class NotATime(ValueError):
    """What was typed is not a time of day."""


_AFTERNOON = ("pm", "p.m.", "p. m.", "오후", "下午", "晚上")
_MORNING = ("am", "a.m.", "a. m.", "오전", "上午", "早上")
_NOON = frozenset({"noon", "정오", "中午"})


def parse_time(text: str) -> time | None:
    """The time of day ``text`` names (to the minute), None for empty text."""
    typed = text.strip().lower()
    if not typed:
        return None
    if typed in _NOON:
        return time(12, 0)
    afternoon = any(w in typed for w in _AFTERNOON)
    morning = any(w in typed for w in _MORNING)
    half = typed.rstrip().endswith("半")  # 下午2点半: half past
    rest = typed
    for word in (*_AFTERNOON, *_MORNING, "시", "분", "点", "點", "时", "分", "半", "h"):
        rest = rest.replace(word, " ")
    numbers = _NUMBERS.findall(rest)
    if re.search(r"[^\d\s:.]", rest) or not numbers or len(numbers) > 2 or (afternoon and morning):
        raise NotATime(text)
    if len(numbers) == 1 and len(numbers[0]) in (3, 4):  # 1400, 930
        hour, minute = int(numbers[0][:-2]), int(numbers[0][-2:])
    elif len(numbers[0]) > 2 or (len(numbers) == 2 and len(numbers[1]) != 2):
        raise NotATime(text)
    else:
        hour, minute = int(numbers[0]), int(numbers[1]) if len(numbers) == 2 else (30 if half else 0)
    if afternoon or morning:
        if not 1 <= hour <= 12:
            raise NotATime(text)
        hour = hour % 12 + (12 if afternoon else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise NotATime(text)
    return time(hour, minute)
