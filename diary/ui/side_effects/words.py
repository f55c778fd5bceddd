"""The side effects page in words: dates, adherence, dose levels and where a day stands against LDN."""

from __future__ import annotations

import datetime as dt

from diary.domain.entries import USUAL_MAX_DOSE_MG, format_dose
from diary.domain.language import current, translate
from diary.domain.summaries import INCREASE_WINDOW_DAYS, Adherence, DoseLevel, timing_hours
from diary.domain.treatment import Course, course_on
from diary.domain.wording import date_text, number

MISSED_DATES_SHOWN = 5  # more missed doses than this are counted, not listed


def short_date(day: dt.date, year: bool = True) -> str:
    """ "7 Sep 2026", or "7 Sep" without the year (in the language spoken)."""
    if year:
        return date_text(day)
    return current().date(day, translate("ui.side_effects.words", "d MMM", "a short date without the year, as a Qt date pattern"))


def date_range(first: dt.date, last: dt.date, year: bool = True) -> str:
    """ "25 Aug – 7 Sep 2026"; the year is given once unless the range crosses a new year."""
    if first == last:
        return short_date(first, year)
    return f"{short_date(first, year and first.year != last.year)} – {short_date(last, year)}"


def percent(part: int, whole: int) -> str:
    """ "96%" (a space before the sign where the language writes one); "—" of nothing."""
    if not whole:
        return "—"
    return translate("ui.side_effects.words", "{percent}%", "a percentage: 96%").format(percent=number(100 * part / whole, 0))


def listing(items: list[str]) -> str:
    """ "a, b and c"."""
    if len(items) == 1:
        return items[0]
    return translate("ui.side_effects.words", "{items} and {last}", "the end of a list: a, b and c").format(
        items=", ".join(items[:-1]), last=items[-1])


def adherence_lines(a: Adherence, year: bool = False) -> list[str]:
    """The adherence of a period as short sentences: doses, missed doses, dose time, days without an entry."""
    if not a.days_with_entry:
        return [translate("ui.side_effects.words", "Nothing recorded in this period.")]
    lines = []
    if a.doses_recorded:
        lines.append(translate("ui.side_effects.words", "Doses taken: {taken} of %n day(s) with a dose recorded ({percent}).", None,
                               a.doses_recorded).format(taken=a.doses_taken, percent=percent(a.doses_taken, a.doses_recorded)))
        missed = list(a.missed_days)
        if not missed:
            lines.append(translate("ui.side_effects.words", "No missed doses."))
        elif len(missed) <= MISSED_DATES_SHOWN:
            lines.append(translate("ui.side_effects.words", "Missed dose(s): {days}.", None, len(missed)).format(
                days=listing([short_date(d, year) for d in missed])))
        else:
            lines.append(translate("ui.side_effects.words", "Missed doses: {count}, the latest on {day}.").format(
                count=len(missed), day=short_date(missed[-1], year)))
        if a.usual_timing is not None:
            lines.append(translate("ui.side_effects.words", "Usual dose time: {timing} ({hours}).").format(
                timing=a.usual_timing.words, hours=timing_hours(a.usual_timing)))
        elif a.doses_taken:
            lines.append(translate("ui.side_effects.words", "Usual dose time: not known (no dose times recorded)."))
    else:
        lines.append(translate("ui.side_effects.words", "No doses recorded in this period."))
    if a.days_without_entry:
        lines.append(translate(
            "ui.side_effects.words", "Nothing recorded on {missing} of %n day(s) (diary {percent} complete).", None, a.days
        ).format(missing=a.days_without_entry, percent=percent(a.days_with_entry, a.days)))
    else:
        lines.append(translate("ui.side_effects.words", "Every one of the %n day(s) has an entry.", None, a.days))
    return lines


def dose_level_line(level: DoseLevel, year: bool = False) -> str:
    """ "1.5 mg: 25 Aug – 7 Sep (14 days recorded)"."""
    dates = date_range(level.first, level.last, year)
    if level.dose_mg > USUAL_MAX_DOSE_MG:
        return translate(
            "ui.side_effects.words", "{dose}: {dates} (%n day(s) recorded), above the usual low-dose range of up to {limit}",
            None, level.days).format(dose=format_dose(level.dose_mg), dates=dates, limit=format_dose(USUAL_MAX_DOSE_MG))
    return translate("ui.side_effects.words", "{dose}: {dates} (%n day(s) recorded)", None, level.days).format(
        dose=format_dose(level.dose_mg), dates=dates)


def ldn_state(day: dt.date, courses: list[Course]) -> str:
    """ "" on LDN (or when no course is known), else "before LDN" / "off LDN"."""
    if not courses or course_on(courses, day) is not None:
        return ""
    if day < min(c.start for c in courses):
        return translate("ui.side_effects.words", "before LDN", "a day before the first LDN course")
    return translate("ui.side_effects.words", "off LDN", "a day between LDN courses or after one")


def recent_start(day: dt.date, courses: list[Course]) -> dt.date | None:
    """The start of a course that `day` falls within 7 days after (the first dose day counting), if any."""
    for course in courses:
        if 0 <= (day - course.start).days <= INCREASE_WINDOW_DAYS:
            return course.start
    return None
