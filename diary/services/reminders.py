"""The reminders' use cases: their settings, which are due now, and the catch-up of missed days."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from diary.domain.entries import DailyEntry
from diary.domain.reminders import (
    DayFacts,
    Reminder,
    ReminderSettings,
    carried_forward,
    day_facts,
    due,
    missed_days,
    next_due,
)
from diary.domain.treatment import PREFILL_LOOKBACK_DAYS, planned_entry
from diary.services.changes import Change
from diary.services.use_case import UseCases
from diary.store.records import DiaryRecords
from diary.store.reminder_values import (
    reminder_settings,
    reminder_settings_values,
    reminder_state,
    reminder_state_values,
)


class ReminderService(UseCases):
    """What the patient asked to be reminded of, and what is due at a given moment."""

    def settings(self) -> ReminderSettings:
        with self._transaction() as records:
            return reminder_settings(records.named_settings())

    def save_settings(self, settings: ReminderSettings) -> Change:
        with self._transaction() as records:
            records.put_named_settings(reminder_settings_values(settings))
        return Change(settings=True)

    def due(self, now: dt.datetime) -> list[Reminder]:
        """The reminders to show at `now` (local time); each is shown once a day (see `fired`)."""
        with self._transaction() as records:
            stored = records.named_settings()
            return due(now, reminder_settings(stored), reminder_state(stored), self._facts(records, now.date()))

    def fired(self, kinds: list[Reminder], day: dt.date) -> None:
        """Remember that `kinds` were shown on `day`, so that they are not shown again that day."""
        with self._transaction() as records:
            state = reminder_state(records.named_settings())
            for kind in kinds:
                state = state.fired_on(kind, day)
            records.put_named_settings(reminder_state_values(state))

    def next_due(self, now: dt.datetime) -> dt.datetime | None:
        """When the next reminder comes if nothing is recorded first (None if all are off)."""
        with self._transaction() as records:
            stored = records.named_settings()
            return next_due(now, reminder_settings(stored), reminder_state(stored), self._facts(records, now.date()))

    def explain_tray_once(self) -> bool:
        """True the first time only: whether to say that closing the window keeps the app in the tray."""
        with self._transaction() as records:
            state = reminder_state(records.named_settings())
            if not state.tray_explained:
                records.put_named_settings(reminder_state_values(replace(state, tray_explained=True)))
            return not state.tray_explained

    @staticmethod
    def _facts(records: DiaryRecords, day: dt.date) -> DayFacts:
        return day_facts(day, records.entry(day), records.courses())

    # --- catching up on missed days --------------------------------------------------------------

    def missed_days(self) -> list[dt.date]:
        """The days since the last entry before today that have no entry, oldest first."""
        today = self._today()
        with self._transaction() as records:
            return missed_days(today, records.last_entry_day(today), reminder_state(records.named_settings()).caught_up_to)

    def cannot_remember(self, day: dt.date) -> Change:
        """Leave the missed `day` empty and do not offer it again (nor the missed days before it)."""
        with self._transaction() as records:
            state = reminder_state(records.named_settings())
            if state.caught_up_to is None or state.caught_up_to < day:
                records.put_named_settings(reminder_state_values(replace(state, caught_up_to=day)))
        return Change(settings=True)

    def catch_up_form(self, day: dt.date) -> DailyEntry:
        """A missed day's form, pre-filled with the day before's dose and time."""
        with self._transaction() as records:
            earlier = records.entries(day - dt.timedelta(days=PREFILL_LOOKBACK_DAYS), day - dt.timedelta(days=1))
            planned = planned_entry(day, records.courses(), earlier)
        previous = earlier[-1] if earlier and earlier[-1].day == day - dt.timedelta(days=1) else None
        return carried_forward(planned, previous)
