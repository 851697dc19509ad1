"""Values as a clerk reads them: dates in the user's locale, texts in the chosen language (and a note
when a text is shown in another language because the chosen one is missing)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from ..domain.langmap import pick

LANGUAGE_NAMES = {"ko": "한국어", "zh": "中文", "en": "English"}


# lupdate reads translate("<context>", "<text>") calls: the context is written at every call.
translate = QCoreApplication.translate


def lm(value: Mapping[str, str] | None, lang: str) -> tuple[str, str | None]:
    """(text, the language it is in when not ``lang``)."""
    return pick(value, lang)


def lm_text(value: Mapping[str, str] | None, lang: str) -> str:
    return pick(value, lang)[0]


def fallback_note(fallback: str | None, lang: str) -> str:
    if not fallback:
        return ""
    return translate("Formatting", "No {missing} text; shown in {shown}.").format(
        missing=LANGUAGE_NAMES.get(lang, lang), shown=LANGUAGE_NAMES.get(fallback, fallback))


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _is_c_locale() -> bool:
    # No locale set (a bare container, a service account): ISO dates read better than "4 11 2015".
    return QLocale().language() == QLocale.Language.C


def date_format() -> str:
    """The locale's short date with a four-digit year (these records span decades)."""
    if _is_c_locale():
        return "yyyy-MM-dd"
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def time_format() -> str:
    """Schedules read in 24-hour time in Korean and Chinese (Qt's Korean default is "AM 10:30")."""
    if _is_c_locale() or QLocale().language() in (QLocale.Language.Korean, QLocale.Language.Chinese):
        return "HH:mm"
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


# A date as each language writes it in running text: 2014년 7월 24일 / 2014年7月24日 / 24 Jul 2014.
_TEXT_DATES = {QLocale.Language.Korean: "yyyy년 M월 d일", QLocale.Language.Chinese: "yyyy年M月d日"}


def text_date_format() -> str:
    if _is_c_locale():
        return "yyyy-MM-dd"
    return _TEXT_DATES.get(QLocale().language(), "d MMM yyyy")


def date_text(value: date | None, long: bool = False) -> str:
    """A date as the UI language writes it (``long`` adds the weekday)."""
    if value is None:
        return ""
    fmt = text_date_format()
    if long and not _is_c_locale():
        fmt = f"{fmt} (ddd)" if QLocale().language() in _TEXT_DATES else f"ddd {fmt}"
    return QLocale().toString(qdate(value), fmt)


def zone_name(city: str | None) -> str:
    """A council city's time zone as its clerks name it, short: KST and CST in English, 서울 시간 and
    首尔时间 in Korean and Chinese ("" for other cities)."""
    if city == "seoul":
        return QCoreApplication.translate("Zones", "KST", "Korea Standard Time: Seoul's clock")
    if city == "beijing":
        return QCoreApplication.translate("Zones", "CST", "China Standard Time: Beijing's clock")
    return ""


def zone_label(city: str | None, utc_offset: str) -> str:
    """A council city's time zone in full, with its UTC offset: "Beijing time (CST, UTC+8)", "北京时间
    (UTC+8)" ("" for other cities)."""
    if city == "seoul":
        return QCoreApplication.translate("Zones", "Seoul time (KST, %1)").replace("%1", utc_offset)
    if city == "beijing":
        return QCoreApplication.translate("Zones", "Beijing time (CST, %1)").replace("%1", utc_offset)
    return ""


def local_datetime_text(value: datetime | None) -> str:
    """A date-time as it reads at its place (the venue's clock), in the user's locale."""
    if value is None:
        return ""
    qdt = QDateTime(qdate(value.date()), QTime(value.hour, value.minute, value.second))
    return QLocale().toString(qdt, f"{text_date_format()} {time_format()}")


def instant_text(value: datetime | None) -> str:
    """A moment (an audit entry's time) on this computer's clock, in the user's locale."""
    if value is None:
        return ""
    utc = QDateTime(qdate(value.date()), QTime(value.hour, value.minute, value.second), QTimeZone.utc())
    if value.utcoffset():
        utc = utc.addSecs(-int(value.utcoffset().total_seconds()))  # type: ignore[union-attr]
    return QLocale().toString(utc.toLocalTime(), f"{text_date_format()} {time_format()}")


def number_text(value: int) -> str:
    return QLocale().toString(value)


def days_text(days: int) -> str:
    """'today', 'in 3 days', '5 days ago', '2 months ago', '8 years ago'."""
    if days == 0:
        return translate("Formatting", "today")
    n, later = abs(days), days > 0
    if n < 60:
        unit = translate("Formatting", "%n day(s)", None, n)
    elif n < 730:
        unit = translate("Formatting", "%n month(s)", None, round(n / 30.44))
    else:
        unit = translate("Formatting", "%n year(s)", None, round(n / 365.25))
    return translate("Formatting", "in %1").replace("%1", unit) if later else translate("Formatting", "%1 ago").replace("%1", unit)
