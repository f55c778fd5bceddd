"""The reminder rules against a fake wall clock: sleep, midnight, DST changes, a late start, a filled-in day."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from diary.domain.entries import DailyEntry
from diary.domain.reminders import (
    CATCH_UP_MAX_DAYS,
    DayFacts,
    Reminder,
    ReminderSettings,
    ReminderState,
    carried_forward,
    day_facts,
    due,
    missed_days,
    next_due,
)
from diary.domain.treatment import BEDTIME, Course, TitrationStep

ON = ReminderSettings(daily=True)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def run_clock(settings, times, recorded_from=None, dose_time=None):
    """Look at the clock at each of `times` (local wall-clock datetimes, as the app's timer would)
    and fire what is due; the day counts as recorded from `recorded_from` on. Returns what fired when."""
    state, shown = ReminderState(), []
    for now in times:
        recorded = recorded_from is not None and now >= recorded_from
        facts = DayFacts(now.date(), recorded, recorded, dose_time)
        kinds = due(now, settings, state, facts)
        for kind in kinds:
            state = state.fired_on(kind, now.date())
            shown.append((kind, now))
    return shown


def every(start: dt.datetime, end: dt.datetime, minutes: int = 1):
    while start <= end:
        yield start
        start += dt.timedelta(minutes=minutes)


def local_clock(tz: ZoneInfo, start_utc: dt.datetime, hours: int):
    """The local wall clock read once a minute for `hours`, as a computer in `tz` shows it."""
    for minute in range(hours * 60):
        yield (start_utc + dt.timedelta(minutes=minute)).astimezone(tz).replace(tzinfo=None)


DAY = dt.date(2026, 5, 4)


def at(hour, minute=0, day=DAY):
    return dt.datetime.combine(day, dt.time(hour, minute))


def test_off_until_turned_on():
    assert ReminderSettings().daily is False and ReminderSettings().dose is False
    assert run_clock(ReminderSettings(), every(at(0), at(23, 59))) == []


def test_an_empty_day_gets_exactly_one_reminder_at_the_set_time():
    shown = run_clock(ON, every(at(0), at(23, 59)))
    assert shown == [(Reminder.DAILY, at(20))]


def test_a_filled_in_day_gets_none():
    assert run_clock(ON, every(at(0), at(23, 59)), recorded_from=at(19, 30)) == []


def test_a_day_filled_in_after_the_reminder_is_not_reminded_again():
    assert run_clock(ON, every(at(0), at(23, 59)), recorded_from=at(20, 5)) == [(Reminder.DAILY, at(20))]


def test_sleep_through_the_time_fires_on_waking():
    # The laptop sleeps from 19:00 to 22:17: the next look at the clock is after waking.
    times = [*every(at(18), at(19)), *every(at(22, 17), at(23, 59))]
    assert run_clock(ON, times) == [(Reminder.DAILY, at(22, 17))]


def test_a_late_start_fires_at_once_and_only_once():
    assert run_clock(ON, every(at(21, 3), at(23, 59))) == [(Reminder.DAILY, at(21, 3))]


def test_each_day_gets_its_own_and_midnight_starts_afresh():
    shown = run_clock(ON, every(at(19), at(23, 59, DAY + dt.timedelta(days=2)), minutes=7))
    assert [when.date() for _, when in shown] == [DAY, DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=2)]
    assert all(when.time() >= dt.time(20) for _, when in shown)


def test_a_reminder_just_before_midnight_missed_by_sleep_is_not_shown_the_next_morning():
    settings = ReminderSettings(daily=True, time=dt.time(23, 50))
    times = [*every(at(23, 0), at(23, 40)), *every(at(7, 0, DAY + dt.timedelta(days=1)), at(9, 0, DAY + dt.timedelta(days=1)))]
    assert run_clock(settings, times) == []  # the catch-up offers yesterday instead


def test_spring_forward_a_time_that_does_not_exist_fires_once_after_the_jump():
    settings = ReminderSettings(daily=True, time=dt.time(2, 30))  # 29 March 2026: 02:00 -> 03:00 in Amsterdam
    clock = local_clock(AMSTERDAM, dt.datetime(2026, 3, 28, 23, tzinfo=dt.UTC), hours=23)
    assert run_clock(settings, clock) == [(Reminder.DAILY, dt.datetime(2026, 3, 29, 3, 0))]


def test_fall_back_a_time_that_happens_twice_fires_once():
    settings = ReminderSettings(daily=True, time=dt.time(2, 30))  # 25 October 2026: 03:00 -> 02:00
    clock = local_clock(AMSTERDAM, dt.datetime(2026, 10, 24, 22, tzinfo=dt.UTC), hours=24)
    assert run_clock(settings, clock) == [(Reminder.DAILY, dt.datetime(2026, 10, 25, 2, 30))]


def test_the_evening_reminder_on_dst_days_fires_once_at_twenty():
    for start in (dt.datetime(2026, 3, 28, 23, tzinfo=dt.UTC), dt.datetime(2026, 10, 24, 22, tzinfo=dt.UTC)):
        shown = run_clock(ON, local_clock(AMSTERDAM, start, hours=24))
        assert [when.time() for _, when in shown] == [dt.time(20)]


def test_the_clock_set_back_after_firing_does_not_fire_again():
    times = [at(20, 1), at(19, 0), at(20, 1)]
    assert run_clock(ON, times) == [(Reminder.DAILY, at(20, 1))]


def test_the_dose_reminder_fires_at_the_planned_time_until_the_dose_is_recorded():
    settings = ReminderSettings(dose=True)
    assert run_clock(settings, every(at(0), at(23, 59)), dose_time=dt.time(22)) == [(Reminder.DOSE, at(22))]
    assert run_clock(settings, every(at(0), at(23, 59)), recorded_from=at(21), dose_time=dt.time(22)) == []
    assert run_clock(settings, every(at(0), at(23, 59)), dose_time=None) == []  # no course running


def test_both_reminders_are_separate():
    settings = ReminderSettings(daily=True, dose=True)
    shown = run_clock(settings, every(at(0), at(23, 59)), dose_time=dt.time(8))
    assert shown == [(Reminder.DOSE, at(8)), (Reminder.DAILY, at(20))]


def test_day_facts_take_the_dose_time_from_the_running_course():
    course = Course(DAY - dt.timedelta(days=3), steps=(TitrationStep(1, 1.5, dt.time(21, 30)),))
    assert day_facts(DAY, None, [course]) == DayFacts(DAY, False, False, dt.time(21, 30))
    untimed = Course(DAY - dt.timedelta(days=3), steps=(TitrationStep(1, 1.5),))
    assert day_facts(DAY, None, [untimed]).dose_time == BEDTIME
    stopped = Course(DAY - dt.timedelta(days=9), DAY - dt.timedelta(days=1), steps=(TitrationStep(1, 1.5),))
    assert day_facts(DAY, None, [stopped]).dose_time is None
    assert day_facts(DAY, DailyEntry(DAY, activity=3), [course]) == DayFacts(DAY, True, False, dt.time(21, 30))
    taken = DailyEntry(DAY, dose_mg=1.5, dose_taken=False)
    assert day_facts(DAY, taken, [course]).dose_recorded


@pytest.mark.parametrize(
    ("now", "state", "facts", "expected"),
    [
        (at(9), ReminderState(), DayFacts(DAY, False, False, None), at(20)),
        (at(21), ReminderState(), DayFacts(DAY, False, False, None), at(21)),  # due now
        (at(21), ReminderState({Reminder.DAILY: DAY}), DayFacts(DAY, False, False, None), at(20, 0, DAY + dt.timedelta(days=1))),
        (at(9), ReminderState(), DayFacts(DAY, True, False, None), at(20, 0, DAY + dt.timedelta(days=1))),
    ],
)
def test_next_due(now, state, facts, expected):
    assert next_due(now, ON, state, facts) == expected


def test_nothing_is_next_when_all_is_off():
    assert next_due(at(9), ReminderSettings(), ReminderState(), DayFacts(DAY, False, False, dt.time(22))) is None


def test_missed_days_since_the_last_entry():
    today = dt.date(2026, 12, 2)
    assert missed_days(today, None, None) == []  # the diary has not begun
    assert missed_days(today, today - dt.timedelta(days=1), None) == []
    assert missed_days(today, today - dt.timedelta(days=4), None) == [today - dt.timedelta(days=n) for n in (3, 2, 1)]
    # Days marked "can't remember" are not offered again.
    assert missed_days(today, today - dt.timedelta(days=4), today - dt.timedelta(days=3)) == [
        today - dt.timedelta(days=2), today - dt.timedelta(days=1)]
    assert missed_days(today, today - dt.timedelta(days=4), today - dt.timedelta(days=1)) == []
    # A long gap offers only the last two weeks.
    long_gap = missed_days(today, today - dt.timedelta(days=100), None)
    assert len(long_gap) == CATCH_UP_MAX_DAYS and long_gap[-1] == today - dt.timedelta(days=1)


def test_carried_forward_takes_the_day_befores_dose_and_time():
    planned = DailyEntry(DAY, dose_mg=3.0, dose_taken=True, dose_time=BEDTIME)
    previous = DailyEntry(DAY - dt.timedelta(days=1), activity=4, dose_mg=1.5, dose_taken=True, dose_time=dt.time(7, 45))
    assert carried_forward(planned, previous) == DailyEntry(DAY, dose_mg=1.5, dose_taken=True, dose_time=dt.time(7, 45))
    assert carried_forward(planned, None) == planned
    missed = DailyEntry(DAY - dt.timedelta(days=1), dose_mg=1.5, dose_taken=False)
    assert carried_forward(planned, missed) == planned
