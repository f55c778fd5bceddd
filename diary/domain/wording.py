"""Numbers in words and tables, written one way for the window, the PDF and the command line."""

from __future__ import annotations

import datetime as dt

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
    return text.replace("-", MINUS)


def signed(value: float | None, digits: int = 1) -> str:
    """A change, always with its sign: "+1.2", "−3.6", "0.0"."""
    if value is None:
        return DASH
    text = number(value, digits)
    return text if text.startswith(MINUS) or text.strip("0.") == "" else f"+{text}"


def json_number(value: float | None, digits: int = 6) -> float | None:
    """A number for JSON output: 4.3999999999999995 is written 4.4."""
    return None if value is None else round(value, digits)


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`n` with its noun, singular or plural: "1 day", "2 days", "0 days" (never "day(s)")."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def date_text(day: dt.date | None) -> str:
    """A date as people read it: "5 Nov 2026"; "—" for none. (Files and the CLI use ISO dates.)"""
    return f"{day.day} {day:%b %Y}" if day else DASH


def day_text(day: dt.date | None) -> str:
    """A date with its weekday: "Thu 5 Nov 2026"; "—" for none."""
    return f"{day:%a} {date_text(day)}" if day else DASH


def moment_text(moment: dt.datetime) -> str:
    """A date and time: "Thu 5 Nov 2026, 14:03"."""
    return f"{day_text(moment.date())}, {time_text(moment.time())}"


def time_text(time: dt.time) -> str:
    """A time of day on the 24-hour clock: "08:00"."""
    return f"{time:%H:%M}"


def long_date_text(day: dt.date) -> str:
    """A date in a sentence, its month written out: "5 November 2026"."""
    return f"{day.day} {day:%B %Y}"


def span_text(days: int) -> str:
    """A length of time: "13 days" below two weeks, else "9 weeks and 6 days"."""
    if days < 14:
        return count(days, "day")
    weeks, rest = divmod(days, 7)
    return count(weeks, "week") + (f" and {count(rest, 'day')}" if rest else "")
