"""The titration plan in words: where it stands today and what changes next."""

from __future__ import annotations

import datetime as dt

from diary.domain.entries import format_dose
from diary.domain.language import translate
from diary.domain.treatment import Course, TitrationStep, in_plan_order
from diary.domain.wording import time_text, weekday_text


def next_step(course: Course, day: dt.date) -> tuple[dt.date, TitrationStep] | None:
    """The next change of the plan after `day` (its date and step), if any."""
    current = course.planned_step(day)
    for step in in_plan_order(course.steps):
        date = course.start + dt.timedelta(days=step.from_day - 1)
        in_course = date > day and (course.end is None or date <= course.end)
        if in_course and (current is None or (step.dose_mg, step.time) != (current.dose_mg, current.time)):
            return date, step
    return None


def next_step_sentence(course: Course, today: dt.date) -> str | None:
    """"From Monday 8 September your plan goes up to 3.0 mg.", or None without a next step."""
    upcoming = next_step(course, today)
    if upcoming is None:
        return None
    date, nxt = upcoming
    step = course.planned_step(today)
    tomorrow = date == today + dt.timedelta(days=1)
    dose = format_dose(nxt.dose_mg)
    if nxt.time and (step is None or nxt.time != step.time):
        at = time_text(nxt.time)
        if step is None or nxt.dose_mg > step.dose_mg:
            text = (translate("domain.plan_words", "From tomorrow your plan goes up to {dose} at {time}.") if tomorrow
                    else translate("domain.plan_words", "From {day} your plan goes up to {dose} at {time}."))
        elif nxt.dose_mg < step.dose_mg:
            text = (translate("domain.plan_words", "From tomorrow your plan goes down to {dose} at {time}.") if tomorrow
                    else translate("domain.plan_words", "From {day} your plan goes down to {dose} at {time}."))
        else:
            text = (translate("domain.plan_words", "From tomorrow your plan stays at {dose} at {time}.") if tomorrow
                    else translate("domain.plan_words", "From {day} your plan stays at {dose} at {time}."))
        return text.format(day=weekday_text(date), dose=dose, time=at)
    if step is None or nxt.dose_mg > step.dose_mg:
        text = (translate("domain.plan_words", "From tomorrow your plan goes up to {dose}.") if tomorrow
                else translate("domain.plan_words", "From {day} your plan goes up to {dose}."))
    elif nxt.dose_mg < step.dose_mg:
        text = (translate("domain.plan_words", "From tomorrow your plan goes down to {dose}.") if tomorrow
                else translate("domain.plan_words", "From {day} your plan goes down to {dose}."))
    else:
        text = (translate("domain.plan_words", "From tomorrow your plan stays at {dose}.") if tomorrow
                else translate("domain.plan_words", "From {day} your plan stays at {dose}."))
    return text.format(day=weekday_text(date), dose=dose)


def plan_sentence(course: Course, today: dt.date) -> str:
    """Where the plan stands today and what changes next."""
    if not course.steps:
        return translate("domain.plan_words", "No titration plan: the entry page suggests your last recorded dose.")
    step = course.planned_step(today)
    now = ""
    if step is not None:
        dose = format_dose(step.dose_mg)
        now = (translate("domain.plan_words", "Today's plan: {dose} at {time}.").format(dose=dose, time=time_text(step.time))
               if step.time else translate("domain.plan_words", "Today's plan: {dose}.").format(dose=dose))
    following = next_step_sentence(course, today) or translate("domain.plan_words", "No further steps.")
    return f"{now} {following}".strip()
