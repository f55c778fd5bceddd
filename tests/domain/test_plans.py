"""Titration plans: presets, the dose of each day, the next step, and the rules of courses."""

import datetime as dt

import pytest

from diary.domain.plan_words import next_step, next_step_sentence, plan_sentence
from diary.domain.treatment import (
    PLAN_PRESETS,
    ClinicResult,
    Course,
    Medication,
    MedicationCategory,
    Profile,
    TitrationStep,
    clinic_result_problems,
    course_problems,
    medication_problems,
    plan_problems,
    profile_problems,
)

S = dt.date(2026, 3, 2)  # a Monday
TODAY = dt.date(2026, 6, 15)
PRESETS = {p.key: p for p in PLAN_PRESETS}


def day(n: int) -> dt.date:
    return S + dt.timedelta(days=n - 1)


def dose_on(course: Course, n: int) -> float | None:
    step = course.planned_step(day(n))
    return step.dose_mg if step else None


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        ("standard", {1: 1.5, 14: 1.5, 15: 3.0, 28: 3.0, 29: 4.5, 200: 4.5}),
        ("gradual", {1: 0.5, 7: 0.5, 8: 1.0, 15: 1.5, 22: 2.0, 29: 2.5, 36: 3.0, 43: 3.5, 50: 4.0, 56: 4.0, 57: 4.5}),
        ("study", {1: 4.5, 84: 4.5}),
    ],
)
def test_presets_give_the_dose_of_each_day(preset, expected):
    course = Course(S, steps=PRESETS[preset].plan())
    assert {n: dose_on(course, n) for n in expected} == expected
    assert dose_on(course, 0) is None  # before day 1
    assert all(step.time == dt.time(22, 0) for step in course.steps)


def test_no_dose_is_planned_after_the_course_stopped():
    course = Course(S, end=day(20), steps=PRESETS["standard"].plan())
    assert dose_on(course, 20) == 3.0 and dose_on(course, 21) is None


def test_next_step_and_its_sentence():
    course = Course(S, steps=PRESETS["standard"].plan())
    assert next_step(course, day(10)) == (day(15), TitrationStep(15, 3.0, dt.time(22, 0)))
    assert next_step_sentence(course, day(10)) == "From Monday 16 March your plan goes up to 3.0 mg."
    assert next_step_sentence(course, day(14)) == "From tomorrow your plan goes up to 3.0 mg."
    assert next_step(course, day(29)) is None
    assert plan_sentence(course, day(30)) == "Today's plan: 4.5 mg at 22:00. No further steps."


def test_a_change_of_time_alone_is_a_step():
    steps = (TitrationStep(1, 4.5, dt.time(22, 0)), TitrationStep(10, 4.5, dt.time(8, 0)))
    course = Course(S, steps=steps)
    assert next_step_sentence(course, day(5)) == "From Wednesday 11 March your plan stays at 4.5 mg at 08:00."


def test_plan_rules():
    assert plan_problems(PRESETS["gradual"].plan()) == []
    assert plan_problems(()) == []
    problems = plan_problems((TitrationStep(2, 1.5), TitrationStep(2, 60.0), TitrationStep(0, 1.0)))
    assert any("same day" in p for p in problems)
    assert any("60 mg" in p for p in problems)
    assert any("day 0" in p for p in problems)
    assert plan_problems((TitrationStep(5, 1.5),)) == ["the plan needs a step from day 1, the first dose"]


def test_courses_may_not_overlap_and_stop_sensibly():
    first = Course(S, end=day(30))
    assert course_problems(Course(day(31)), [first], TODAY) == []
    assert "overlap" in course_problems(Course(day(30)), [first], TODAY)[0]
    ongoing = Course(S)
    assert "stop that one first" in course_problems(Course(day(100)), [ongoing], TODAY)[0]
    assert "before it starts" in course_problems(Course(S, end=S - dt.timedelta(days=1)), [], TODAY)[0]
    assert "future" in course_problems(Course(S, end=TODAY + dt.timedelta(days=1)), [], TODAY)[0]
    # A course is compared with the others, not with its own earlier version.
    assert course_problems(Course(S, end=day(40)), [first], TODAY) == []


def test_medication_clinic_and_profile_rules():
    assert medication_problems(Medication("Tramadol", MedicationCategory.OPIOID), day(30)) == []
    assert medication_problems(Medication(" ", MedicationCategory.OTHER), day(30)) == ["a medication needs a name"]
    assert "before the start" in medication_problems(Medication("X", MedicationCategory.OTHER, day(5), day(1)), day(30))[0]
    assert clinic_result_problems(ClinicResult(S, 12.0, 2, 30.0), TODAY) == []
    assert len(clinic_result_problems(ClinicResult(TODAY + dt.timedelta(days=1), -1.0, 4, 9999.0), TODAY)) == 4
    assert profile_problems(Profile(diagnosis_year=2030), TODAY)[0].startswith("year of diagnosis 2030")
    assert profile_problems(Profile("Lupus", 2010, "Ann", dt.date(1970, 1, 1)), TODAY) == []
