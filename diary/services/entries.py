"""The daily entry's use cases: read and save days, pre-fill a new one, the side-effect list."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from diary.domain.entries import DailyEntry, validate_entry
from diary.domain.errors import ValidationError
from diary.domain.language import translate
from diary.domain.side_effects import SideEffect, new_side_effect
from diary.domain.treatment import PREFILL_LOOKBACK_DAYS, Course, first_course_start, planned_entry
from diary.services.changes import Change
from diary.services.use_case import UseCases
from diary.store.records import DiaryRecords


class EntryService(UseCases):
    """Reading and saving the days of the diary, and the side effects they record."""

    def get(self, day: dt.date) -> DailyEntry | None:
        with self._transaction() as records:
            return records.entry(day)

    def between(self, first: dt.date | None = None, last: dt.date | None = None) -> list[DailyEntry]:
        """The entries from `first` to `last` (inclusive, either open), oldest first."""
        with self._transaction() as records:
            return records.entries(first, last)

    def recorded_days(self, first: dt.date, last: dt.date) -> set[dt.date]:
        """The days from `first` to `last` (inclusive) that have an entry (the calendar marks them)."""
        with self._transaction() as records:
            return records.entry_days(first, last)

    def count(self) -> int:
        with self._transaction() as records:
            return records.entry_count()

    def form(self, day: dt.date) -> tuple[DailyEntry, bool]:
        """What the entry page shows for `day`, and whether it was saved before (else it is pre-filled)."""
        with self._transaction() as records:
            saved = records.entry(day)
            if saved is not None:
                return saved, True
            earlier = records.entries(day - dt.timedelta(days=PREFILL_LOOKBACK_DAYS), day)
            return planned_entry(day, records.courses(), earlier), False

    def save(self, entry: DailyEntry) -> Change:
        """Save `entry` as the whole record of its day (a first dose taken starts the first course)."""
        with self._transaction() as records:
            return self._put(records, entry)

    def update(self, changes: DailyEntry) -> Change:
        """Change only the values `changes` records in its day's entry (creating it if needed)."""
        with self._transaction() as records:
            existing = records.entry(changes.day)
            return self._put(records, existing.merged_with(changes) if existing else changes)

    def _put(self, records: DiaryRecords, entry: DailyEntry) -> Change:
        validate_entry(entry, self._today(), {e.key for e in records.side_effects()})
        records.put_entry(entry)
        course_start = first_course_start(records.courses(), [entry])
        if course_start is not None:
            records.put_course(Course(start=course_start))
        return Change(days=frozenset({entry.day}), treatment=course_start is not None)

    # --- the side-effect list ---------------------------------------------------------------------

    def side_effects(self) -> list[SideEffect]:
        with self._transaction() as records:
            return records.side_effects()

    def add_side_effect(self, name: str) -> tuple[SideEffect, Change]:
        """Add the user's own side effect to the end of the list."""
        with self._transaction() as records:
            effect = new_side_effect(name, records.side_effects())
            records.put_side_effect(effect)
        return effect, Change(side_effects=True)

    def set_side_effect_hidden(self, key: str, hidden: bool) -> Change:
        """Hide a side effect from the entry page (its recorded days are kept), or show it again."""
        with self._transaction() as records:
            effect = next((e for e in records.side_effects() if e.key == key), None)
            if effect is None:
                raise ValidationError(translate("services.entries", "side effect {key} is not in your list").format(key=repr(key)))
            records.put_side_effect(replace(effect, hidden=hidden))
        return Change(side_effects=True)
