"""The reminders' use cases on a real diary file: settings, what is due, and the catch-up."""

import datetime as dt

from diary.domain.entries import DailyEntry
from diary.domain.reminders import Reminder, ReminderSettings
from diary.domain.treatment import TitrationStep
from diary.services.changes import Change
from diary.services.diary import DiaryService
from tests.conftest import TODAY


def at(hour, minute=0, day=TODAY):
    return dt.datetime.combine(day, dt.time(hour, minute))


def test_settings_are_off_until_saved_and_then_kept_across_opening(service, data_dir):
    assert service.reminders.settings() == ReminderSettings()
    chosen = ReminderSettings(daily=True, time=dt.time(19, 15), dose=True)
    assert service.reminders.save_settings(chosen) == Change(settings=True)
    service.close()
    again = DiaryService(data_dir, today=lambda: TODAY)
    try:
        assert again.reminders.settings() == chosen
    finally:
        again.close()


def test_a_reminder_fires_once_a_day_and_not_on_a_filled_in_day(service):
    service.reminders.save_settings(ReminderSettings(daily=True))
    assert service.reminders.due(at(19, 59)) == []
    assert service.reminders.due(at(20, 1)) == [Reminder.DAILY]
    service.reminders.fired([Reminder.DAILY], TODAY)
    assert service.reminders.due(at(22)) == []  # once a day, also after a restart: it is stored
    tomorrow = TODAY + dt.timedelta(days=1)
    assert service.reminders.due(at(20, 0, tomorrow)) == [Reminder.DAILY]


def test_no_reminder_for_a_day_filled_in(service):
    service.reminders.save_settings(ReminderSettings(daily=True))
    service.entries.save(DailyEntry(TODAY, activity=3))
    assert service.reminders.due(at(20, 1)) == []


def test_next_due(service):
    assert service.reminders.next_due(at(9)) is None  # all off
    service.reminders.save_settings(ReminderSettings(daily=True, time=dt.time(20, 30)))
    assert service.reminders.next_due(at(9)) == at(20, 30)


def test_the_dose_reminder_follows_the_running_course(service):
    service.reminders.save_settings(ReminderSettings(dose=True))
    assert service.reminders.due(at(23)) == []  # no course
    service.treatment.start_course(TODAY - dt.timedelta(days=3), (TitrationStep(1, 1.5, dt.time(21)),))
    assert service.reminders.due(at(20, 59)) == []
    assert service.reminders.due(at(21)) == [Reminder.DOSE]
    service.entries.save(DailyEntry(TODAY, dose_mg=1.5, dose_taken=True, dose_time=dt.time(21, 5)))
    assert service.reminders.due(at(21, 10)) == []


def test_missed_days_and_cannot_remember(service):
    assert service.reminders.missed_days() == []  # the diary has not begun
    service.entries.save(DailyEntry(TODAY - dt.timedelta(days=4), activity=3, dose_mg=1.5, dose_taken=True, dose_time=dt.time(7, 30)))
    service.entries.save(DailyEntry(TODAY, activity=3))  # today filled in first: the gap is still offered
    missed = [TODAY - dt.timedelta(days=n) for n in (3, 2, 1)]
    assert service.reminders.missed_days() == missed
    assert service.reminders.cannot_remember(missed[0]) == Change(settings=True)
    assert service.reminders.missed_days() == missed[1:]
    service.entries.save(DailyEntry(missed[1], activity=2))
    assert service.reminders.missed_days() == missed[2:]
    service.reminders.cannot_remember(missed[0])  # an older mark never un-marks a later one
    assert service.reminders.missed_days() == missed[2:]


def test_catch_up_form_carries_the_day_befores_dose(service):
    day = TODAY - dt.timedelta(days=2)
    service.entries.save(DailyEntry(day - dt.timedelta(days=1), activity=3, dose_mg=3.0, dose_taken=True, dose_time=dt.time(7, 30)))
    assert service.reminders.catch_up_form(day) == DailyEntry(day, dose_mg=3.0, dose_taken=True, dose_time=dt.time(7, 30))
    # Two days on, the day before has no entry: the usual pre-fill (the last dose recorded).
    assert service.reminders.catch_up_form(TODAY) == service.entries.form(TODAY)[0]


def test_the_tray_is_explained_once(service):
    assert service.reminders.explain_tray_once() is True
    assert service.reminders.explain_tray_once() is False
