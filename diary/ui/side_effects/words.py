"""The side effects page in words: dates, adherence, dose levels and where a day stands against LDN."""

from __future__ import annotations

import datetime as dt

from diary.domain.entries import USUAL_MAX_DOSE_MG, format_dose
from diary.domain.summaries import INCREASE_WINDOW_DAYS, Adherence, DoseLevel, timing_hours
from diary.domain.treatment import Course, course_on
from diary.domain.wording import count

MISSED_DATES_SHOWN = 5  # more missed doses than this are counted, not listed


def short_date(day: dt.date, year: bool = True) -> str:
    """ "7 Sep 2026", or "7 Sep" without the year."""
    return f"{day.day} {day:%b}" + (f" {day.year}" if year else "")


def date_range(first: dt.date, last: dt.date, year: bool = True) -> str:
    """ "25 Aug – 7 Sep 2026"; the year is given once unless the range crosses a new year."""
    if first == last:
        return short_date(first, year)
    return f"{short_date(first, year and first.year != last.year)} – {short_date(last, year)}"


def percent(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "—"


def listing(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def adherence_lines(a: Adherence, year: bool = False) -> list[str]:
    """The adherence of a period as short sentences: doses, missed doses, dose time, days without an entry."""
    if not a.days_with_entry:
        return ["Nothing recorded in this period."]
    lines = []
    if a.doses_recorded:
        lines.append(
            f"Doses taken: {a.doses_taken} of {count(a.doses_recorded, 'day')} with a dose recorded "
            f"({percent(a.doses_taken, a.doses_recorded)})."
        )
        missed = list(a.missed_days)
        if not missed:
            lines.append("No missed doses.")
        elif len(missed) <= MISSED_DATES_SHOWN:
            word = "dose" if len(missed) == 1 else "doses"
            lines.append(f"Missed {word}: {listing([short_date(d, year) for d in missed])}.")
        else:
            lines.append(f"Missed doses: {len(missed)}, the latest on {short_date(missed[-1], year)}.")
        if a.usual_timing is not None:
            lines.append(f"Usual dose time: {a.usual_timing.value} ({timing_hours(a.usual_timing)}).")
        elif a.doses_taken:
            lines.append("Usual dose time: not known (no dose times recorded).")
    else:
        lines.append("No doses recorded in this period.")
    if a.days_without_entry:
        lines.append(
            f"Nothing recorded on {a.days_without_entry} of {a.days} days (diary {a.completeness:.0%} complete)."
        )
    else:
        lines.append(f"Every one of the {a.days} days has an entry.")
    return lines


def dose_level_line(level: DoseLevel, year: bool = False) -> str:
    """ "1.5 mg: 25 Aug – 7 Sep (14 days recorded)"."""
    text = f"{format_dose(level.dose_mg)}: {date_range(level.first, level.last, year)} ({count(level.days, 'day')} recorded)"
    if level.dose_mg > USUAL_MAX_DOSE_MG:
        text += f", above the usual low-dose range of up to {format_dose(USUAL_MAX_DOSE_MG)}"
    return text


def ldn_state(day: dt.date, courses: list[Course]) -> str:
    """ "" on LDN (or when no course is known), else "before LDN" / "off LDN"."""
    if not courses or course_on(courses, day) is not None:
        return ""
    return "before LDN" if day < min(c.start for c in courses) else "off LDN"


def recent_start(day: dt.date, courses: list[Course]) -> dt.date | None:
    """The start of a course that `day` falls within 7 days after (the first dose day counting), if any."""
    for course in courses:
        if 0 <= (day - course.start).days <= INCREASE_WINDOW_DAYS:
            return course.start
    return None
