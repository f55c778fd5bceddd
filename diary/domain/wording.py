"""Numbers in words and tables, written one way for the window, the PDF and the command line."""

from __future__ import annotations

import datetime as dt

from diary.domain.language import current, translate

MINUS = "\u2212"  # the minus sign: a hyphen beside "−7" reads as a dash
DASH = "—"  # a value that is not there


def number(value: float | None, digits: int = 1, *, fixed: bool = True) -> str:
    """`value` rounded to `digits` decimals: "6.4"; with fixed=False without trailing zeros ("18", "12.5").
    Only the words are rounded: every comparison uses the exact value."""
    if value is None:
        return DASH
    text = f"{value:.{digits}f}"
    if not fixed and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.lstrip("-").strip("0.") == "":
        text = text.lstrip("-")  # no "−0.0"
    return text.replace("-", MINUS).replace(".", current().decimal_point)


def signed(value: float | None, digits: int = 1) -> str:
    """A change, always with its sign: "+1.2", "−3.6", "0.0"."""
    if value is None:
        return DASH
    text = number(value, digits)
    return text if text.startswith(MINUS) or text.strip("0.,") == "" else f"+{text}"


def json_number(value: float | None, digits: int = 6) -> float | None:
    """A number for JSON output: 4.3999999999999995 is written 4.4."""
    return None if value is None else round(value, digits)


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`n` with its English noun, singular or plural (never "day(s)"): for the store's checks, which a
    developer reads. Visible text uses translate("Context", "%n day(s)", None, n) instead."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def date_text(day: dt.date | None) -> str:
    """A date as people read it: "5 Nov 2026"; "—" for none. (Files and the CLI use ISO dates.)"""
    return current().date(day, translate("wording", "d MMM yyyy", "a short date, as a Qt date pattern")) if day else DASH


def day_text(day: dt.date | None) -> str:
    """A date with its weekday: "Thu 5 Nov 2026"; "—" for none."""
    if day is None:
        return DASH
    return current().date(day, translate("wording", "ddd d MMM yyyy", "a short date with its weekday, as a Qt date pattern"))


def weekday_text(day: dt.date) -> str:
    """A day in a sentence, this year's: "Saturday 28 November"."""
    return current().date(day, translate("wording", "dddd d MMMM", "a weekday and date without the year, as a Qt date pattern"))


def moment_text(moment: dt.datetime) -> str:
    """A date and time: "Thu 5 Nov 2026, 14:03"."""
    return translate("wording", "{day}, {time}", "a date and a time of day").format(
        day=day_text(moment.date()), time=time_text(moment.time()))


def time_text(time: dt.time) -> str:
    """A time of day on the 24-hour clock: "08:00"."""
    return f"{time:%H:%M}"


def long_date_text(day: dt.date) -> str:
    """A date in a sentence, its month written out: "5 November 2026"."""
    return current().date(day, translate("wording", "d MMMM yyyy", "a date in a sentence, as a Qt date pattern"))


def days_text(days: int) -> str:
    """ "1 day", "13 days"."""
    return translate("wording", "%n day(s)", None, days)


def span_text(days: int) -> str:
    """A length of time: "13 days" below two weeks, else "9 weeks and 6 days"."""
    if days < 14:
        return days_text(days)
    weeks, rest = divmod(days, 7)
    week_text = translate("wording", "%n week(s)", None, weeks)
    if not rest:
        return week_text
    return translate("wording", "{weeks} and {days}", "a length of time: 9 weeks and 6 days").format(
        weeks=week_text, days=days_text(rest))
