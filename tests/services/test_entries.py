"""Saving and reading daily entries, the entry form's pre-fill, and the side-effect list."""

import datetime as dt

import pytest

from diary.domain.entries import DailyEntry, Severity
from diary.domain.errors import ValidationError
from diary.domain.side_effects import SideEffect, builtin_side_effects
from diary.domain.treatment import Course, TitrationStep
from diary.services.changes import Change
from diary.services.diary import DiaryService
from diary.store.records import DiaryStore
from tests.conftest import TODAY, dump

YESTERDAY = TODAY - dt.timedelta(days=1)
DAY = dt.date(2026, 6, 1)


def add_course(data_dir, course: Course) -> None:
    """Courses are created by import or the demo; write one directly for the pre-fill tests."""
    store = DiaryStore(data_dir)
    try:
        with store.transaction() as records:
            records.put_course(course)
    finally:
        store.close()


# --- save_entry --------------------------------------------------------------------------------


def test_save_entry_stores_the_whole_day(service):
    entry = DailyEntry(DAY, 4, 1.5, True, dt.time(22, 0), "ok", {"headache": Severity.MILD})
    change = service.entries.save(entry)
    assert change == Change(days=frozenset({DAY}), treatment=True)  # the first dose started a course
    assert change.entries and not change.side_effects
    assert service.entries.get(DAY) == entry
    assert service.entries.count() == 1


def test_the_first_dose_taken_starts_the_first_course_and_only_that(service):
    assert service.entries.save(DailyEntry(DAY - dt.timedelta(days=3), activity=6)).treatment is False
    assert service.entries.save(DailyEntry(DAY - dt.timedelta(days=2), dose_mg=1.5, dose_taken=False)).treatment is False
    assert service.treatment.courses() == []
    assert service.entries.save(DailyEntry(DAY, dose_mg=1.5, dose_taken=True)).treatment is True
    assert [c.start for c in service.treatment.courses()] == [DAY]
    service.entries.save(DailyEntry(DAY + dt.timedelta(days=1), dose_mg=1.5, dose_taken=True))
    assert [c.start for c in service.treatment.courses()] == [DAY]

    service.entries.save(DailyEntry(DAY, activity=2))
    assert service.entries.get(DAY) == DailyEntry(DAY, activity=2)  # the whole record is replaced


@pytest.mark.parametrize(
    "bad",
    [
        DailyEntry(DAY, activity=11),
        DailyEntry(DAY, activity=2.5),
        DailyEntry(DAY, dose_mg=0.05),
        DailyEntry(DAY, dose_mg=51),
        DailyEntry(DAY, note="x" * 2001),
        DailyEntry(TODAY + dt.timedelta(days=1), activity=3),
        DailyEntry(DAY, side_effects={"hiccups": 1}),
    ],
)
def test_save_entry_refuses_invalid_input_and_writes_nothing(service, bad):
    service.entries.save(DailyEntry(DAY, activity=5, note="before"))
    before = dump(service.data_dir)
    with pytest.raises(ValidationError) as caught:
        service.entries.save(bad)
    assert len(caught.value.problems) == 1
    assert dump(service.data_dir) == before
    assert service.entries.between() == [DailyEntry(DAY, activity=5, note="before")]


def test_save_entry_lists_every_problem(service):
    with pytest.raises(ValidationError) as caught:
        service.entries.save(DailyEntry(TODAY + dt.timedelta(days=2), activity=-1, dose_mg=99, side_effects={"x": 1}))
    assert len(caught.value.problems) == 4
    assert service.entries.count() == 0


def test_today_is_allowed_and_tomorrow_is_not(service):
    service.entries.save(DailyEntry(TODAY, activity=1))
    with pytest.raises(ValidationError, match="in the future"):
        service.entries.save(DailyEntry(TODAY + dt.timedelta(days=1), activity=1))


def test_a_dose_above_4_5_mg_is_saved(service):
    service.entries.save(DailyEntry(DAY, dose_mg=6.0, dose_taken=True))
    assert service.entries.get(DAY).dose_mg == 6.0


# --- update_entry ------------------------------------------------------------------------------


def test_update_entry_changes_only_the_given_values(service):
    service.entries.save(
        DailyEntry(DAY, 5, 1.5, True, dt.time(22, 0), "keep me", {"headache": Severity.MILD, "nausea": Severity.SEVERE})
    )
    change = service.entries.update(DailyEntry(DAY, activity=2, side_effects={"nausea": 0, "fatigue": 2}))
    assert change.days == frozenset({DAY})
    assert service.entries.get(DAY) == DailyEntry(
        DAY, 2, 1.5, True, dt.time(22, 0), "keep me", {"headache": 1, "nausea": 0, "fatigue": 2}
    )
    service.entries.update(DailyEntry(DAY, dose_taken=False, note="new note"))
    assert service.entries.get(DAY) == DailyEntry(
        DAY, 2, 1.5, False, dt.time(22, 0), "new note", {"headache": 1, "nausea": 0, "fatigue": 2}
    )


def test_update_entry_creates_a_missing_day(service):
    service.entries.update(DailyEntry(DAY, activity=3))
    assert service.entries.between() == [DailyEntry(DAY, activity=3)]


def test_update_entry_refuses_invalid_values_and_writes_nothing(service):
    service.entries.save(DailyEntry(DAY, activity=5))
    before = dump(service.data_dir)
    with pytest.raises(ValidationError) as caught:
        service.entries.update(DailyEntry(DAY, activity=12, dose_mg=0, side_effects={"hiccups": 1}))
    assert len(caught.value.problems) == 3
    assert dump(service.data_dir) == before


# --- reading --------------------------------------------------------------------------------------


def test_entries_in_a_range(service):
    for offset in range(5):
        service.entries.save(DailyEntry(DAY + dt.timedelta(days=offset), activity=offset))
    assert [e.activity for e in service.entries.between()] == [0, 1, 2, 3, 4]
    assert [e.activity for e in service.entries.between(DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=2))] == [1, 2]
    assert service.entries.get(DAY - dt.timedelta(days=1)) is None


def test_a_new_diary(service):
    assert service.entries.count() == 0
    assert service.entries.side_effects() == builtin_side_effects()
    assert service.treatment.courses() == []
    assert service.transfer.snapshot().entries == ()


def test_service_uses_the_environment_data_folder(data_dir):
    svc = DiaryService(today=lambda: TODAY)
    try:
        assert svc.data_dir == data_dir
        assert (data_dir / "diary.sqlite3").is_file()
    finally:
        svc.close()


# --- entry_form -------------------------------------------------------------------------------


def test_entry_form_of_a_saved_day(service):
    entry = DailyEntry(DAY, activity=4, dose_mg=3.0, dose_taken=False)
    service.entries.save(entry)
    assert service.entries.form(DAY) == (entry, True)


def test_entry_form_is_empty_without_a_plan_or_earlier_dose(service):
    assert service.entries.form(DAY) == (DailyEntry(DAY), False)


def test_entry_form_prefills_the_planned_step_of_the_course(service, data_dir):
    start = dt.date(2026, 5, 1)
    steps = (TitrationStep(1, 1.5, dt.time(22, 0)), TitrationStep(15, 3.0, dt.time(22, 0)), TitrationStep(29, 4.5, dt.time(8, 0)))
    add_course(data_dir, Course(start, steps=steps))
    # an earlier dose does not win over the plan
    service.entries.save(DailyEntry(start, dose_mg=1.0, dose_taken=True, dose_time=dt.time(7, 0)))
    assert service.entries.form(start + dt.timedelta(days=1)) == (
        DailyEntry(start + dt.timedelta(days=1), dose_mg=1.5, dose_taken=True, dose_time=dt.time(22, 0)),
        False,
    )
    day15 = start + dt.timedelta(days=14)
    assert service.entries.form(day15)[0] == DailyEntry(day15, dose_mg=3.0, dose_taken=True, dose_time=dt.time(22, 0))
    day29 = start + dt.timedelta(days=28)
    assert service.entries.form(day29)[0] == DailyEntry(day29, dose_mg=4.5, dose_taken=True, dose_time=dt.time(8, 0))


def test_entry_form_prefills_the_last_recorded_dose(service):
    service.entries.save(DailyEntry(DAY - dt.timedelta(days=5), dose_mg=1.5, dose_taken=True, dose_time=dt.time(22, 0)))
    service.entries.save(DailyEntry(DAY - dt.timedelta(days=3), dose_mg=3.0, dose_taken=True, dose_time=dt.time(8, 30)))
    service.entries.save(DailyEntry(DAY - dt.timedelta(days=1), activity=4))  # no dose that day
    service.entries.save(DailyEntry(DAY + dt.timedelta(days=2), dose_mg=4.5, dose_taken=True))  # later: not used
    assert service.entries.form(DAY) == (
        DailyEntry(DAY, dose_mg=3.0, dose_taken=True, dose_time=dt.time(8, 30)),
        False,
    )


def test_entry_form_uses_the_last_dose_when_the_course_has_no_plan(service, data_dir):
    add_course(data_dir, Course(dt.date(2026, 5, 1)))
    service.entries.save(DailyEntry(DAY - dt.timedelta(days=1), dose_mg=2.0, dose_taken=True))
    assert service.entries.form(DAY)[0] == DailyEntry(DAY, dose_mg=2.0, dose_taken=True)


def test_entry_form_expects_no_dose_after_the_course_was_stopped(service, data_dir):
    add_course(data_dir, Course(dt.date(2026, 5, 1), end=DAY - dt.timedelta(days=2), stop_reason="drowsiness"))
    service.entries.save(DailyEntry(DAY - dt.timedelta(days=2), dose_mg=2.0, dose_taken=True))
    assert service.entries.form(DAY) == (DailyEntry(DAY), False)


def test_entry_form_ignores_doses_older_than_two_months(service):
    service.entries.save(DailyEntry(DAY - dt.timedelta(days=61), dose_mg=1.5, dose_taken=True))
    assert service.entries.form(DAY) == (DailyEntry(DAY), False)


# --- the side-effect list ------------------------------------------------------------------------


def test_add_side_effect_appends_to_the_list(service):
    effect, change = service.entries.add_side_effect("  Brain  fog ")
    assert effect == SideEffect("brain_fog", "Brain fog")
    assert change == Change(side_effects=True)
    assert not change.entries
    assert service.entries.side_effects() == [*builtin_side_effects(), effect]
    service.entries.save(DailyEntry(DAY, side_effects={"brain_fog": Severity.SEVERE}))
    assert service.entries.get(DAY).side_effects == {"brain_fog": Severity.SEVERE}


@pytest.mark.parametrize("name", ["", "Headache", "vivid-dreams", "x" * 61, "a=b"])
def test_add_side_effect_refuses_bad_names_and_writes_nothing(service, name):
    service.entries.add_side_effect("Brain fog")
    before = dump(service.data_dir)
    with pytest.raises(ValidationError):
        service.entries.add_side_effect(name)
    assert dump(service.data_dir) == before


def test_add_side_effect_refuses_a_name_added_before(service):
    service.entries.add_side_effect("Brain fog")
    with pytest.raises(ValidationError, match="already in your side-effect list"):
        service.entries.add_side_effect("brain_fog")


def test_hiding_a_side_effect_keeps_its_recorded_days(service):
    service.entries.save(DailyEntry(DAY, side_effects={"headache": Severity.MILD}))
    assert service.entries.set_side_effect_hidden("headache", True) == Change(side_effects=True)
    effects = {e.key: e for e in service.entries.side_effects()}
    assert effects["headache"].hidden
    assert sum(e.hidden for e in effects.values()) == 1
    assert [e.key for e in service.entries.side_effects()] == [e.key for e in builtin_side_effects()]  # order kept
    assert service.entries.get(DAY).side_effects == {"headache": Severity.MILD}
    service.entries.set_side_effect_hidden("headache", False)
    assert not any(e.hidden for e in service.entries.side_effects())


def test_hiding_an_unknown_side_effect_is_refused(service):
    with pytest.raises(ValidationError, match="'hiccups' is not in your list"):
        service.entries.set_side_effect_hidden("hiccups", True)


def test_recorded_days_are_the_days_with_an_entry_inside_the_range(service):
    days = [DAY - dt.timedelta(days=1), DAY, DAY + dt.timedelta(days=3), DAY + dt.timedelta(days=10)]
    for day in days:
        service.entries.save(DailyEntry(day, note="x"))
    assert service.entries.recorded_days(DAY, DAY + dt.timedelta(days=10)) == set(days[1:])
    assert service.entries.recorded_days(DAY + dt.timedelta(days=4), DAY + dt.timedelta(days=9)) == set()
