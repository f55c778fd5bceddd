"""Rows <-> domain values: every kind of record survives a write and a read in a new transaction."""

import datetime as dt
import sqlite3

import pytest
from hypothesis import given, settings
from sqlalchemy.exc import IntegrityError

from diary.domain.entries import DailyEntry, Severity
from diary.domain.side_effects import SideEffect, builtin_side_effects
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
from diary.store.records import DiaryStore
from tests.store.strategies import EFFECTS, KEYS, entries

DAY = dt.date(2026, 3, 1)


@pytest.fixture
def store(data_dir):
    s = DiaryStore(data_dir)
    yield s
    s.close()


def count(store, table: str) -> int:
    con = sqlite3.connect(store.db_path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def days(n: int, start: dt.date = DAY) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range(n)]


def test_a_new_diary_is_empty_but_has_the_builtin_side_effects(store):
    with store.transaction() as records:
        assert records.entry_count() == 0
        assert records.entries() == []
        assert records.entry(DAY) is None
        assert records.side_effects() == builtin_side_effects()
        assert records.courses() == []
        assert records.profile() == Profile()
        assert records.settings() == Settings()
        assert records.snapshot() == DiarySnapshot(side_effects=tuple(builtin_side_effects()))


def test_an_entry_round_trips_with_every_value(store):
    entry = DailyEntry(
        DAY,
        activity=7,
        dose_mg=1.5,
        dose_taken=True,
        dose_time=dt.time(22, 30),
        note="Slept badly.\nSecond line, ünïcode ✓",
        side_effects={"vivid_dreams": Severity.MODERATE, "headache": Severity.NONE},
    )
    with store.transaction() as records:
        records.put_entry(entry)
    with store.transaction() as records:
        assert records.entry(DAY) == entry
        assert records.entries() == [entry]
        assert records.entry_count() == 1


def test_an_empty_entry_round_trips(store):
    with store.transaction() as records:
        records.put_entry(DailyEntry(DAY, dose_taken=False))
        records.put_entry(DailyEntry(DAY + dt.timedelta(days=1)))
    with store.transaction() as records:
        assert records.entries() == [DailyEntry(DAY, dose_taken=False), DailyEntry(DAY + dt.timedelta(days=1))]


def test_putting_an_entry_replaces_the_whole_day_with_its_side_effects(store):
    with store.transaction() as records:
        records.put_entry(DailyEntry(DAY, activity=5, note="first", side_effects={"headache": 1, "nausea": 2}))
    with store.transaction() as records:
        records.put_entry(DailyEntry(DAY, activity=3, side_effects={"fatigue": 3}))
    with store.transaction() as records:
        assert records.entries() == [DailyEntry(DAY, activity=3, side_effects={"fatigue": Severity.SEVERE})]
    assert count(store, "entries") == 1
    assert count(store, "entry_side_effects") == 1


def test_side_effects_of_an_entry_come_back_in_list_order(store):
    with store.transaction() as records:
        records.put_entry(DailyEntry(DAY, side_effects={"palpitations": 1, "nausea": 2, "vivid_dreams": 3}))
    with store.transaction() as records:
        assert list(records.entry(DAY).side_effects) == ["vivid_dreams", "nausea", "palpitations"]


def test_entries_in_a_date_range_oldest_first(store):
    all_days = days(10)
    with store.transaction() as records:
        records.put_entries([DailyEntry(d, activity=i % 11, side_effects={"headache": i % 4}) for i, d in enumerate(reversed(all_days))])
    with store.transaction() as records:
        assert [e.day for e in records.entries()] == all_days
        assert [e.day for e in records.entries(all_days[2], all_days[4])] == all_days[2:5]
        assert [e.day for e in records.entries(first=all_days[8])] == all_days[8:]
        assert [e.day for e in records.entries(last=all_days[0])] == all_days[:1]
        ranged = records.entries(all_days[2], all_days[2])
        assert ranged == [records.entry(all_days[2])]
        assert ranged[0].side_effects  # the side effects of a range are those of its own entries


def test_many_entries_at_once_are_written_and_rewritten(store):
    many = days(1200, dt.date(2020, 1, 1))
    with store.transaction() as records:
        records.put_entries([DailyEntry(d, activity=1) for d in many])
    with store.transaction() as records:
        records.put_entries([DailyEntry(d, activity=2, side_effects={"headache": 1}) for d in many])
    with store.transaction() as records:
        assert records.entry_count() == 1200
        assert {e.activity for e in records.entries()} == {2}
    assert count(store, "entry_side_effects") == 1200


def test_deleting_an_entry_deletes_its_side_effects(store):
    with store.transaction() as records:
        records.put_entry(DailyEntry(DAY, activity=1, side_effects={"headache": 1, "nausea": 1}))
    with store.transaction() as records:
        records.delete_entry(DAY)
    assert count(store, "entries") == 0
    assert count(store, "entry_side_effects") == 0  # foreign keys are on: the cascade ran


def test_a_failed_transaction_writes_nothing(store):
    with pytest.raises(RuntimeError), store.transaction() as records:
        records.put_entry(DailyEntry(DAY, activity=4))
        records.put_side_effect(SideEffect("brain_fog", "Brain fog"))
        raise RuntimeError("crash")
    with store.transaction() as records:
        assert records.entries() == []
        assert records.side_effects() == builtin_side_effects()


@pytest.mark.parametrize(
    "bad", [DailyEntry(DAY, activity=11), DailyEntry(DAY, activity=-1), DailyEntry(DAY, dose_mg=0.0), DailyEntry(DAY, dose_mg=51.0)]
)
def test_the_database_itself_enforces_the_entry_limits(store, bad):
    with pytest.raises(IntegrityError), store.transaction() as records:
        records.put_entry(bad)
    assert count(store, "entries") == 0


def test_the_database_itself_enforces_the_severity_limit(store):
    with store.transaction() as records:
        records.put_entry(DailyEntry(DAY, side_effects={"headache": 1}))
    con = sqlite3.connect(store.db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError), con:
            con.execute("UPDATE entry_side_effects SET severity = 4")
    finally:
        con.close()


def test_side_effect_list_add_update_and_hide(store):
    with store.transaction() as records:
        records.put_side_effect(SideEffect("brain_fog", "Brain fog"))
        records.put_side_effect(SideEffect("hiccups", "Hiccups"))
    with store.transaction() as records:
        records.put_side_effect(SideEffect("headache", "Headache", builtin=True, hidden=True))
        records.put_side_effect(SideEffect("brain_fog", "Brain fog (afternoon)"))
    with store.transaction() as records:
        effects = records.side_effects()
    assert [e.key for e in effects] == [e.key for e in builtin_side_effects()] + ["brain_fog", "hiccups"]
    assert effects[-2] == SideEffect("brain_fog", "Brain fog (afternoon)", builtin=False, hidden=False)
    assert next(e for e in effects if e.key == "headache").hidden
    assert sum(e.hidden for e in effects) == 1


def test_an_entry_can_use_a_side_effect_added_in_the_same_transaction(store):
    with store.transaction() as records:
        records.put_side_effect(SideEffect("brain_fog", "Brain fog"))
        records.put_entry(DailyEntry(DAY, side_effects={"brain_fog": 2, "vivid_dreams": 1}))
    with store.transaction() as records:
        assert dict(records.entry(DAY).side_effects) == {"vivid_dreams": Severity.MILD, "brain_fog": Severity.MODERATE}


def test_courses_round_trip_with_their_steps(store):
    first = Course(
        DAY,
        end=DAY + dt.timedelta(days=20),
        stop_reason="drowsiness",
        steps=(TitrationStep(1, 0.5, dt.time(22, 0)), TitrationStep(8, 1.0, None)),
    )
    second = Course(DAY + dt.timedelta(days=60), steps=(TitrationStep(1, 1.5, dt.time(8, 0)),))
    with store.transaction() as records:
        records.put_course(second)
        records.put_course(first)
    with store.transaction() as records:
        assert records.courses() == [first, second]


def test_putting_a_course_with_the_same_start_replaces_it_and_its_steps(store):
    with store.transaction() as records:
        records.put_course(Course(DAY, steps=(TitrationStep(1, 1.5), TitrationStep(15, 3.0))))
    replacement = Course(DAY, end=DAY + dt.timedelta(days=40), stop_reason="moved", steps=(TitrationStep(1, 4.5, dt.time(8, 0)),))
    with store.transaction() as records:
        records.put_course(replacement)
    with store.transaction() as records:
        assert records.courses() == [replacement]
    assert count(store, "titration_steps") == 1


def test_steps_come_back_sorted_by_day(store):
    with store.transaction() as records:
        records.put_course(Course(DAY, steps=(TitrationStep(29, 4.5), TitrationStep(1, 1.5), TitrationStep(15, 3.0))))
    with store.transaction() as records:
        assert [s.from_day for s in records.courses()[0].steps] == [1, 15, 29]


def test_medications_and_clinic_results_round_trip(store):
    meds = [
        Medication("Mesalazine", MedicationCategory.FIVE_ASA, dt.date(2020, 1, 1)),
        Medication("Tramadol", MedicationCategory.OPIOID, dt.date(2026, 2, 1), dt.date(2026, 2, 10)),
        Medication("Vitamin D", MedicationCategory.OTHER),
    ]
    results = [
        ClinicResult(DAY, crp_mg_l=12.5, endoscopic_score=2, alt_u_l=31.0, note="baseline"),
        ClinicResult(DAY + dt.timedelta(days=84)),
    ]
    with store.transaction() as records:
        for med in meds:
            records.add_medication(med)
        for result in reversed(results):
            records.add_clinic_result(result)
    with store.transaction() as records:
        assert records.medications() == [meds[2], meds[0], meds[1]]  # undated first, then by start
        assert records.clinic_results() == results


def test_profile_round_trips_and_is_one_row(store):
    profile = Profile("Crohn's disease", 2017, "Alex Example", dt.date(1980, 5, 17))
    with store.transaction() as records:
        records.put_profile(Profile("UC"))
    with store.transaction() as records:
        records.put_profile(profile)
    with store.transaction() as records:
        assert records.profile() == profile
    assert count(store, "profile") == 1


def test_settings_round_trip(store):
    with store.transaction() as records:
        records.put_settings(Settings(relative_threshold=0.5, absolute_threshold=2.0))
    with store.transaction() as records:
        records.put_settings(Settings(relative_threshold=0.25, absolute_threshold=0.0))
    with store.transaction() as records:
        assert records.settings() == Settings(0.25, 0.0)


def test_snapshot_holds_everything(store):
    entry = DailyEntry(DAY, activity=2, side_effects={"headache": 1})
    course = Course(DAY, steps=(TitrationStep(1, 1.5),))
    med = Medication("Azathioprine", MedicationCategory.IMMUNOSUPPRESSIVE)
    result = ClinicResult(DAY, crp_mg_l=3.0)
    with store.transaction() as records:
        records.put_entry(entry)
        records.put_course(course)
        records.add_medication(med)
        records.add_clinic_result(result)
        records.put_profile(Profile("Fibromyalgia"))
        records.put_settings(Settings(0.4, 1.5))
    with store.transaction() as records:
        assert records.snapshot() == DiarySnapshot(
            entries=(entry,),
            side_effects=tuple(builtin_side_effects()),
            courses=(course,),
            medications=(med,),
            clinic_results=(result,),
            profile=Profile("Fibromyalgia"),
            settings=Settings(0.4, 1.5),
        )


def test_data_survives_closing_and_reopening(data_dir):
    first = DiaryStore(data_dir)
    try:
        with first.transaction() as records:
            records.put_entry(DailyEntry(DAY, activity=6))
    finally:
        first.close()
    second = DiaryStore(data_dir)
    try:
        with second.transaction() as records:
            assert records.entries() == [DailyEntry(DAY, activity=6)]
    finally:
        second.close()


def test_any_valid_entry_survives_the_store(store):
    with store.transaction() as records:
        records.put_side_effect(EFFECTS[-1])

    # One diary file for all examples: each example replaces the day it writes.
    @settings(max_examples=100, deadline=None)
    @given(entries)
    def check(entry):
        with store.transaction() as records:
            records.put_entry(entry)
        with store.transaction() as records:
            stored = records.entry(entry.day)
        assert stored == entry
        assert list(stored.side_effects) == [key for key in KEYS if key in entry.side_effects]

    check()
