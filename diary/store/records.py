"""The diary store: reads and writes domain values inside one transaction at a time."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypedDict

from sqlalchemy import ColumnElement, delete, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from diary.domain.condition_items import complications_text, parse_complications
from diary.domain.entries import DailyEntry, Severity
from diary.domain.side_effects import SideEffect
from diary.domain.snapshot import DiarySnapshot
from diary.domain.treatment import (
    ClinicResult,
    Course,
    Medication,
    MedicationCategory,
    Profile,
    Settings,
    TitrationStep,
)
from diary.store.database import open_engine
from diary.store.models import (
    ClinicResultRow,
    CourseRow,
    EntryRow,
    ItemRow,
    MedicationRow,
    ProfileRow,
    SettingRow,
    SeverityRow,
    SideEffectRow,
    TitrationStepRow,
)
from diary.store.paths import DB_FILENAME

CHUNK = 500  # SQLite limits the parameters of one statement


def _time_text(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def _time_value(text: str | None) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


class _EntryValues(TypedDict):
    """The columns of one entries row, as the bulk insert takes them."""

    day: dt.date
    activity: int | None
    dose_mg: float | None
    dose_taken: bool | None
    dose_time: str | None
    note: str
    complications: str | None


class _StoredEntryValues(_EntryValues):
    """The same with the row's primary key, as the bulk update by primary key takes them."""

    id: int


class DiaryStore:
    """The diary file of one data folder; every read or write goes through `transaction()`."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.db_path = data_dir / DB_FILENAME
        self.engine = open_engine(data_dir)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[DiaryRecords]:
        """One transaction: committed when the block ends, rolled back whole if it raises."""
        with self._sessions.begin() as session:
            yield DiaryRecords(session)

    def close(self) -> None:
        self.engine.dispose()


class DiaryRecords:
    """Row <-> domain conversion on one open transaction."""

    def __init__(self, session: Session):
        self._session = session

    # --- daily entries -------------------------------------------------------------------

    def entry_count(self) -> int:
        return self._session.scalar(select(func.count(EntryRow.id))) or 0

    def last_entry_day(self, before: dt.date) -> dt.date | None:
        """The latest day before `before` that has an entry."""
        return self._session.scalar(select(func.max(EntryRow.day)).where(EntryRow.day < before))

    def entry_days(self, first: dt.date, last: dt.date) -> set[dt.date]:
        """The days from `first` to `last` (inclusive) that have an entry: the days alone, no values."""
        return set(self._session.scalars(select(EntryRow.day).where(EntryRow.day.between(first, last))))

    def entry(self, day: dt.date) -> DailyEntry | None:
        entries = self.entries(day, day)
        return entries[0] if entries else None

    def entries(self, first: dt.date | None = None, last: dt.date | None = None) -> list[DailyEntry]:
        """Entries from `first` to `last` (inclusive, either open), oldest first.

        Plain Core queries of columns, not ORM objects, and side effects by id rather than by
        name: ten years of entries (40,000 severities) load in a tenth of a second.
        """
        where = []
        if first is not None:
            where.append(EntryRow.day >= first)
        if last is not None:
            where.append(EntryRow.day <= last)
        connection = self._session.connection()
        rows = connection.execute(
            select(
                EntryRow.id,
                EntryRow.day,
                EntryRow.activity,
                EntryRow.dose_mg,
                EntryRow.dose_taken,
                EntryRow.dose_time,
                EntryRow.note,
                EntryRow.complications,
            )
            .where(*where)
            .order_by(EntryRow.day)
        ).all()
        severities = self._severities(where)
        items = self._items(where)
        return [
            DailyEntry(
                day=day,
                activity=activity,
                dose_mg=dose_mg,
                dose_taken=dose_taken,
                dose_time=_time_value(dose_time),
                note=note,
                side_effects=severities.get(entry_id, {}),
                items=items.get(entry_id, {}),
                complications=parse_complications(complications or ""),
            )
            for entry_id, day, activity, dose_mg, dose_taken, dose_time, note, complications in rows
        ]

    def _severities(self, where: list[ColumnElement[bool]]) -> dict[int, dict[str, Severity]]:
        """The side-effect severities of the entries `where` selects, by entry id, in the list's order.

        SQLite joins each entry's "id severity" pairs into one text: a row per entry rather than one
        per severity (ten of them a day), which cost more than all the rest of the load.
        """
        connection = self._session.connection()
        listed = connection.execute(select(SideEffectRow.id, SideEffectRow.key).order_by(SideEffectRow.position)).all()
        # "id severity" -> (position, key, severity): sorting the pairs puts them in the list's order.
        pairs = {f"{id_} {int(sev)}": (n, key, sev) for n, (id_, key) in enumerate(listed) for sev in Severity}
        query = select(
            SeverityRow.entry_id,
            func.group_concat(SeverityRow.side_effect_id.concat(" ").concat(SeverityRow.severity), ","),
        ).group_by(SeverityRow.entry_id)
        if where:
            query = query.join(EntryRow, SeverityRow.entry_id == EntryRow.id).where(*where)
        return {
            entry_id: {key: sev for _, key, sev in sorted(map(pairs.__getitem__, text.split(",")))}
            for entry_id, text in connection.execute(query).all()
        }

    def _items(self, where: list[ColumnElement[bool]]) -> dict[int, dict[str, int]]:
        """The condition items of the entries `where` selects, by entry id."""
        query = select(ItemRow.entry_id, ItemRow.item, ItemRow.value)
        if where:
            query = query.join(EntryRow, ItemRow.entry_id == EntryRow.id).where(*where)
        items: dict[int, dict[str, int]] = {}
        for entry_id, item, value in self._session.connection().execute(query).all():
            items.setdefault(entry_id, {})[item] = value
        return items

    def activity(self) -> dict[dt.date, int]:
        """Every recorded activity value by date (what the response rules need, in one query)."""
        rows = self._session.execute(select(EntryRow.day, EntryRow.activity).where(EntryRow.activity.is_not(None)))
        # The query already leaves out empty values; the check says so to the type checker.
        return {day: activity for day, activity in rows if activity is not None}

    def put_entries(self, entries: list[DailyEntry]) -> None:
        """Store each entry as its day's whole record, replacing what was there.

        Plain bulk statements rather than ORM objects: importing years of days stays quick.
        """
        if not entries:
            return
        existing = self._entry_ids([e.day for e in entries])
        rows: list[_EntryValues] = [
            {
                "day": e.day,
                "activity": e.activity,
                "dose_mg": e.dose_mg,
                "dose_taken": e.dose_taken,
                "dose_time": _time_text(e.dose_time),
                "note": e.note,
                "complications": complications_text(e.complications) or None,
            }
            for e in entries
        ]
        new_rows = [r for r in rows if r["day"] not in existing]
        old_rows: list[_StoredEntryValues] = [{**r, "id": existing[r["day"]]} for r in rows if r["day"] in existing]
        if new_rows:
            self._session.execute(insert(EntryRow), new_rows)
        if old_rows:
            self._session.execute(update(EntryRow), old_rows)  # by primary key
            old_ids = [r["id"] for r in old_rows]
            for chunk in range(0, len(old_ids), CHUNK):
                self._session.execute(delete(SeverityRow).where(SeverityRow.entry_id.in_(old_ids[chunk : chunk + CHUNK])))
                self._session.execute(delete(ItemRow).where(ItemRow.entry_id.in_(old_ids[chunk : chunk + CHUNK])))
        ids = {**existing, **self._entry_ids([r["day"] for r in new_rows])}
        effect_ids = self._side_effect_ids()
        severities = [
            {"entry_id": ids[e.day], "side_effect_id": effect_ids[key], "severity": int(sev)}
            for e in entries
            for key, sev in e.side_effects.items()
        ]
        if severities:
            self._session.execute(insert(SeverityRow), severities)
        items = [{"entry_id": ids[e.day], "item": key, "value": value} for e in entries for key, value in e.items.items()]
        if items:
            self._session.execute(insert(ItemRow), items)

    def _entry_ids(self, days: list[dt.date]) -> dict[dt.date, int]:
        ids: dict[dt.date, int] = {}
        for chunk in range(0, len(days), CHUNK):
            query = select(EntryRow.day, EntryRow.id).where(EntryRow.day.in_(days[chunk : chunk + CHUNK]))
            ids.update(self._session.execute(query).all())
        return ids

    def put_entry(self, entry: DailyEntry) -> None:
        self.put_entries([entry])

    def delete_entry(self, day: dt.date) -> None:
        self._session.execute(delete(EntryRow).where(EntryRow.day == day))

    # --- side-effect list ------------------------------------------------------------------

    def _side_effect_ids(self) -> dict[str, int]:
        return dict(self._session.execute(select(SideEffectRow.key, SideEffectRow.id)).all())

    def side_effects(self) -> list[SideEffect]:
        rows = self._session.scalars(select(SideEffectRow).order_by(SideEffectRow.position))
        return [SideEffect(r.key, r.label, r.builtin, r.hidden) for r in rows]

    def put_side_effect(self, effect: SideEffect) -> None:
        """Add a side effect at the end of the list, or update the one with the same key."""
        row = self._session.scalar(select(SideEffectRow).where(SideEffectRow.key == effect.key))
        if row is None:
            last = self._session.scalar(select(func.max(SideEffectRow.position)))
            row = SideEffectRow(key=effect.key, builtin=effect.builtin, position=(last or 0) + 1)
            self._session.add(row)
        row.label = effect.label
        row.hidden = effect.hidden
        self._session.flush()

    # --- treatment and context -------------------------------------------------------------

    def courses(self) -> list[Course]:
        rows = self._session.scalars(select(CourseRow).order_by(CourseRow.start))
        return [
            Course(
                start=r.start,
                end=r.end,
                stop_reason=r.stop_reason,
                steps=tuple(TitrationStep(s.from_day, s.dose_mg, _time_value(s.time)) for s in r.steps),
            )
            for r in rows
        ]

    def put_course(self, course: Course) -> None:
        """Add a course, or replace the one that starts on the same day."""
        row = self._session.scalar(select(CourseRow).where(CourseRow.start == course.start))
        if row is None:
            row = CourseRow(start=course.start)
            self._session.add(row)
        row.end = course.end
        row.stop_reason = course.stop_reason
        row.steps = [TitrationStepRow(from_day=s.from_day, dose_mg=s.dose_mg, time=_time_text(s.time)) for s in course.steps]

    def medications(self) -> list[Medication]:
        rows = self._session.scalars(select(MedicationRow).order_by(MedicationRow.start, MedicationRow.id))
        return [Medication(r.name, MedicationCategory(r.category), r.start, r.stop) for r in rows]

    def add_medication(self, medication: Medication) -> None:
        self._session.add(
            MedicationRow(
                name=medication.name, category=medication.category.value, start=medication.start, stop=medication.stop
            )
        )

    def remove_medication(self, medication: Medication) -> bool:
        """Remove one medication equal to `medication`; False if there is none."""
        for row in self._session.scalars(select(MedicationRow).where(MedicationRow.name == medication.name)):
            if Medication(row.name, MedicationCategory(row.category), row.start, row.stop) == medication:
                self._session.delete(row)
                return True
        return False

    def clinic_results(self) -> list[ClinicResult]:
        rows = self._session.scalars(select(ClinicResultRow).order_by(ClinicResultRow.day, ClinicResultRow.id))
        return [ClinicResult(r.day, r.crp_mg_l, r.endoscopic_score, r.alt_u_l, r.note) for r in rows]

    def add_clinic_result(self, result: ClinicResult) -> None:
        self._session.add(
            ClinicResultRow(
                day=result.day,
                crp_mg_l=result.crp_mg_l,
                endoscopic_score=result.endoscopic_score,
                alt_u_l=result.alt_u_l,
                note=result.note,
            )
        )

    def remove_clinic_result(self, result: ClinicResult) -> bool:
        """Remove one clinic result equal to `result`; False if there is none."""
        for row in self._session.scalars(select(ClinicResultRow).where(ClinicResultRow.day == result.day)):
            if ClinicResult(row.day, row.crp_mg_l, row.endoscopic_score, row.alt_u_l, row.note) == result:
                self._session.delete(row)
                return True
        return False

    def profile(self) -> Profile:
        row = self._session.get(ProfileRow, 1)
        if row is None:
            return Profile()
        scores = None if row.scores is None else tuple(key for key in row.scores.split(";") if key)
        return Profile(row.condition, row.diagnosis_year, row.name, row.date_of_birth, row.usual_stools, scores)

    def put_profile(self, profile: Profile) -> None:
        row = self._session.get(ProfileRow, 1) or ProfileRow(id=1)
        row.condition = profile.condition
        row.diagnosis_year = profile.diagnosis_year
        row.name = profile.name
        row.date_of_birth = profile.date_of_birth
        row.usual_stools = profile.usual_stools
        row.scores = None if profile.scores is None else ";".join(profile.scores)
        self._session.add(row)

    def named_settings(self) -> dict[str, Any]:
        """Every named setting, as stored (JSON values)."""
        return {row.key: json.loads(row.value) for row in self._session.scalars(select(SettingRow))}

    def put_named_settings(self, values: dict[str, object]) -> None:
        for key, value in values.items():
            self._session.merge(SettingRow(key=key, value=json.dumps(value)))

    def settings(self) -> Settings:
        stored = self.named_settings()
        defaults = Settings()
        return Settings(
            relative_threshold=stored.get("relative_threshold", defaults.relative_threshold),
            absolute_threshold=stored.get("absolute_threshold", defaults.absolute_threshold),
        )

    def put_settings(self, settings: Settings) -> None:
        self.put_named_settings(dataclasses.asdict(settings))

    def snapshot(self) -> DiarySnapshot:
        """Everything in the diary, for export."""
        return DiarySnapshot(
            entries=tuple(self.entries()),
            side_effects=tuple(self.side_effects()),
            courses=tuple(self.courses()),
            medications=tuple(self.medications()),
            clinic_results=tuple(self.clinic_results()),
            profile=self.profile(),
            settings=self.settings(),
        )
