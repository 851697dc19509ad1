"""Dates typed as people write them."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat_app.ui.date_text import NotADate, parse_date

REF = date(2026, 11, 20)


@pytest.mark.parametrize(("typed", "order", "expected"), [
    ("2014-07-24", "dmy", date(2014, 7, 24)), ("2014. 7. 24.", "ymd", date(2014, 7, 24)),
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
