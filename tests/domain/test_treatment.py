"""Treatment courses: day numbers, the titration step in force, and which course covers a day."""

import datetime as dt

import pytest

from diary.domain.opioids import is_opioid, opioid_named, opioid_note, opioid_warning
from diary.domain.treatment import Course, Medication, MedicationCategory, TitrationStep, course_on, medication_problems

START = dt.date(2026, 3, 1)
BEDTIME, MORNING = dt.time(22, 0), dt.time(8, 0)
STEPS = (TitrationStep(1, 1.5, BEDTIME), TitrationStep(15, 3.0, BEDTIME), TitrationStep(29, 4.5, MORNING))


def day(n: int) -> dt.date:
    """The date of treatment day n of a course starting on START."""
    return START + dt.timedelta(days=n - 1)


def test_the_start_is_day_1():
    course = Course(START)
    assert course.day_number(START) == 1
    assert course.day_number(START + dt.timedelta(days=27)) == 28
    assert course.day_number(START - dt.timedelta(days=1)) == 0
    assert course.day_number(START - dt.timedelta(days=7)) == -6


def test_planned_step_follows_the_titration_plan():
    course = Course(START, steps=STEPS)
    assert course.planned_step(day(1)) == STEPS[0]
    assert course.planned_step(day(14)) == STEPS[0]
    assert course.planned_step(day(15)) == STEPS[1]
    assert course.planned_step(day(28)) == STEPS[1]
    assert course.planned_step(day(29)) == STEPS[2]
    assert course.planned_step(day(400)) == STEPS[2]


def test_planned_step_does_not_depend_on_the_order_of_the_steps():
    course = Course(START, steps=tuple(reversed(STEPS)))
    assert course.planned_step(day(1)) == STEPS[0]
    assert course.planned_step(day(20)) == STEPS[1]
    assert course.planned_step(day(30)) == STEPS[2]


def test_no_planned_step_outside_the_course_or_without_a_plan():
    course = Course(START, end=day(60), steps=STEPS)
    assert course.planned_step(day(0)) is None
    assert course.planned_step(day(60)) == STEPS[2]
    assert course.planned_step(day(61)) is None
    assert Course(START).planned_step(day(5)) is None


def test_no_planned_step_before_the_first_step_begins():
    course = Course(START, steps=(TitrationStep(3, 0.5),))
    assert course.planned_step(day(2)) is None
    assert course.planned_step(day(3)) == TitrationStep(3, 0.5)


def test_covers_and_course_on():
    first = Course(START, end=day(30), stop_reason="drowsiness")
    second = Course(day(60))
    assert first.covers(START) and first.covers(day(30))
    assert not first.covers(day(31)) and not first.covers(day(0))
    assert second.covers(day(10_000))
    courses = [first, second]
    assert course_on(courses, day(10)) is first
    assert course_on(courses, day(45)) is None
    assert course_on(courses, day(60)) is second
    assert course_on([], START) is None


@pytest.mark.parametrize(
    ("name", "generic"),
    [("Tramadol 50 mg", "tramadol"), ("TRAMAL retard", "tramadol"), ("Zaldiar", "tramadol"), ("MS Contin 10 mg", "morphine"),
     ("OxyContin", "oxycodone"), ("Oxynorm", "oxycodone"), ("Durogesic patch", "fentanyl"), ("Subutex 2 mg", "buprenorphine"),
     ("Temgesic", "buprenorphine"), ("Palexia", "tapentadol"), ("Nucynta", "tapentadol"), ("Dilaudid", "hydromorphone"),
     ("Demerol", "pethidine"), ("meperidine", "meperidine"), ("Dihydrocodeine 30 mg", "dihydrocodeine"),
     ("Co-codamol 30/500", "codeine"), ("methadone", "methadone"), ("Ultram", "tramadol"), ("hydrocodone", "hydrocodone")],
)
def test_a_known_opioid_is_recognised_by_its_generic_or_brand_name(name, generic):
    assert opioid_named(name) == generic
    assert is_opioid(Medication(name, MedicationCategory.FIVE_ASA))  # whatever kind was chosen


@pytest.mark.parametrize("name", ["Mesalazine 2.4 g", "Paracetamol", "Codeine-free linctus", "Prednisolone", ""])
def test_other_names_are_not_opioids_unless_recorded_as_one(name):
    assert opioid_named(name) is None
    assert not is_opioid(Medication(name, MedicationCategory.OTHER))
    assert is_opioid(Medication(name, MedicationCategory.OPIOID))


def test_an_opioid_named_but_recorded_as_another_kind_is_in_the_warning():
    course = Course(dt.date(2026, 1, 1))
    tramadol = Medication("Tramadol 50 mg", MedicationCategory.FIVE_ASA, dt.date(2026, 2, 1))
    assert "Tramadol 50 mg may not work" in opioid_warning([tramadol], [course])
    assert opioid_note(tramadol) == "Tramadol 50 mg is an opioid painkiller."
    assert opioid_note(Medication("Tramal", MedicationCategory.OTHER)) == "Tramal is tramadol, an opioid painkiller."


def test_a_medication_needs_a_kind():
    assert medication_problems(Medication("Tramadol", None), dt.date(2026, 6, 15)) == ["Tramadol: choose its kind"]
