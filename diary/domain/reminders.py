"""When the daily and dose reminders are due, and which missed days the catch-up offers.

Everything is judged by the local wall clock at the moment asked ("due and not yet fired today"),
never by a countdown: a computer that slept through the reminder time or was switched on after it
gets the reminder as soon as the app next looks, and one that did not cannot get it twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import Enum

from diary.domain.entries import DailyEntry
from diary.domain.treatment import BEDTIME, Course, course_on

DEFAULT_REMINDER_TIME = dt.time(20, 0)
CATCH_UP_MAX_DAYS = 14  # memory of a day fades; older gaps are left for the date picker


class Reminder(Enum):
    DAILY = "daily"  # the day has no entry yet
    DOSE = "dose"  # the planned dose of a running course is not recorded yet


@dataclass(frozen=True)
class ReminderSettings:
    """What the patient turned on (everything is off until they do)."""

    daily: bool = False
    time: dt.time = DEFAULT_REMINDER_TIME
    dose: bool = False
    start_at_login: bool = False

    @property
    def any_on(self) -> bool:
        return self.daily or self.dose


@dataclass(frozen=True)
class ReminderState:
    """What the diary remembers between runs: the last day each reminder fired, the last missed
    day the catch-up dealt with (filled in or marked "can't remember"), what was explained."""

    fired: dict[Reminder, dt.date] = field(default_factory=dict)
    caught_up_to: dt.date | None = None
    tray_explained: bool = False  # the patient was told that closing the window keeps it in the tray

    def fired_on(self, kind: Reminder, day: dt.date) -> ReminderState:
        return replace(self, fired={**self.fired, kind: day})


@dataclass(frozen=True)
class DayFacts:
    """What the rules need to know about one day of the diary."""

    day: dt.date
    recorded: bool  # the day has an entry
    dose_recorded: bool  # the entry says whether the dose was taken
    dose_time: dt.time | None  # the planned dose time, if a running course plans one that day


def due_time(kind: Reminder, settings: ReminderSettings, facts: DayFacts) -> dt.time | None:
    """The wall-clock time `kind` is due on `facts.day`, or None if it is not due that day at all."""
    if kind is Reminder.DAILY:
        return settings.time if settings.daily and not facts.recorded else None
    if settings.dose and facts.dose_time is not None and not facts.dose_recorded:
        return facts.dose_time
    return None


def due(now: dt.datetime, settings: ReminderSettings, state: ReminderState, facts: DayFacts) -> list[Reminder]:
    """The reminders to show at `now` (local wall-clock time; `facts` are about now's date).

    One is due once its time has come today, it has not fired today, and what it asks for is still
    missing. A clock that jumps forward (sleep, a late start, a DST change) only makes it due sooner.
    """
    assert facts.day == now.date(), "the facts must be about the day of now"
    shown = []
    for kind in Reminder:
        at = due_time(kind, settings, facts)
        if at is not None and now.time() >= at and state.fired.get(kind) != facts.day:
            shown.append(kind)
    return shown


def next_due(now: dt.datetime, settings: ReminderSettings, state: ReminderState, facts: DayFacts) -> dt.datetime | None:
    """When the next reminder will be shown if nothing is recorded before then: now if one is due,
    today's time if still to come, else tomorrow's (assuming tomorrow is like today)."""
    times = []
    for kind in Reminder:
        at = due_time(kind, settings, facts)
        if at is not None and state.fired.get(kind) != facts.day:
            times.append(max(now, dt.datetime.combine(facts.day, at)))
        tomorrow = due_time(kind, settings, DayFacts(facts.day + dt.timedelta(days=1), False, False, facts.dose_time))
        if tomorrow is not None:
            times.append(dt.datetime.combine(facts.day + dt.timedelta(days=1), tomorrow))
    return min(times, default=None)


def missed_days(today: dt.date, last_entry: dt.date | None, caught_up_to: dt.date | None) -> list[dt.date]:
    """The days between `last_entry` (the last one before today) and today, oldest first, that the
    catch-up offers: none before a first entry, none the patient already dealt with (up to
    `caught_up_to`), and only the last CATCH_UP_MAX_DAYS."""
    if last_entry is None:
        return []
    after = max(last_entry, caught_up_to or last_entry, today - dt.timedelta(days=CATCH_UP_MAX_DAYS + 1))
    return [after + dt.timedelta(days=n) for n in range(1, (today - after).days)]



def day_facts(day: dt.date, entry: DailyEntry | None, courses: list[Course]) -> DayFacts:
    """The facts of `day`: its entry, and the dose time of the plan step of a course running then
    (at bedtime when the step gives no time)."""
    course = course_on(courses, day)
    step = course.planned_step(day) if course else None
    return DayFacts(
        day,
        recorded=entry is not None,
        dose_recorded=entry is not None and entry.dose_taken is not None,
        dose_time=None if step is None else step.time or BEDTIME,
    )


def carried_forward(planned: DailyEntry, previous: DailyEntry | None) -> DailyEntry:
    """How the catch-up pre-fills a missed day: the dose and time of the day before when that day
    recorded a dose taken, else what the plan pre-fills (`planned`)."""
    if previous is None or previous.dose_mg is None or not previous.dose_taken:
        return planned
    return DailyEntry(planned.day, dose_mg=previous.dose_mg, dose_taken=True, dose_time=previous.dose_time)
