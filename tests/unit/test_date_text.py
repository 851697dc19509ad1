"""Dates typed as people write them."""

from __future__ import annotations

from datetime import date, time

import pytest

from secretariat_app.ui.date_text import NotADate, NotATime, parse_date, parse_time

REF = date(2026, 11, 20)


@pytest.mark.parametrize(("typed", "order", "expected"), [
    ("2014-07-24", "dmy", date(2014, 7, 24)), ("2014. 7. 24.", "ymd", date(2014, 7, 24)),
    ("26. 11. 20.", "ymd", date(2026, 11, 20)), ("26年11月20日", "ymd", date(2026, 11, 20)),
    ("2014年7月24日", "ymd", date(2014, 7, 24)), ("24/07/2014", "dmy", date(2014, 7, 24)),
    ("7/24/2014", "mdy", date(2014, 7, 24)), ("24.7.2014", "dmy", date(2014, 7, 24)),
    ("20140724", "mdy", date(2014, 7, 24)), ("24/7/14", "dmy", date(2014, 7, 24)),
    ("7/24", "mdy", date(2026, 7, 24)), ("24/7", "dmy", date(2026, 7, 24)), ("7.24", "ymd", date(2026, 7, 24)),
    ("3", "dmy", date(2026, 11, 3)), ("  2026-11-20 ", "ymd", date(2026, 11, 20)), ("", "ymd", None),
])
def test_dates_as_people_type_them(typed, order, expected):
    assert parse_date(typed, order, REF) == expected


@pytest.mark.parametrize("word", ["today", "오늘", "今天", "TODAY"])
def test_today_in_every_language(word):
    assert parse_date(word, "ymd", REF) == date.today()


@pytest.mark.parametrize("typed", ["2014-13-01", "31/02/2014", "next week", "1/2/3/4", "2014-07-24x", "---"])
def test_what_is_not_a_date_is_said(typed):
    with pytest.raises(NotADate):
        parse_date(typed, "dmy", REF)


@pytest.mark.parametrize(("typed", "expected"), [
    ("14:00", time(14, 0)), ("1400", time(14, 0)), ("14", time(14, 0)), ("930", time(9, 30)),
    ("9:05", time(9, 5)), ("2pm", time(14, 0)), ("2:30 p.m.", time(14, 30)), ("12am", time(0, 0)),
    ("12 pm", time(12, 0)), ("오후 2시 30분", time(14, 30)), ("오전 9시", time(9, 0)), ("下午2点半", time(14, 30)),
    ("14时30分", time(14, 30)), ("noon", time(12, 0)), ("14.30", time(14, 30)), ("", None), ("  ", None),
])
def test_times_as_people_type_them(typed, expected):
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["25:00", "14:60", "13pm", "0am", "2 o'clock", "1:2:3", "12345", "lunch",
                                   "2pm am", "14:5"])
def test_what_is_not_a_time_is_said(typed):
    with pytest.raises(NotATime):
        parse_time(typed)
