"""Opioid painkillers during an LDN course (naltrexone blocks them): which overlap a course, and the warning."""

import datetime as dt

import pytest

from diary.domain.opioids import opioid_overlaps, opioid_warning
from diary.domain.treatment import Course, Medication, MedicationCategory

COURSE = Course(dt.date(2026, 3, 1), end=dt.date(2026, 5, 31))
OPIOID = MedicationCategory.OPIOID


def opioid(start, stop, name="Tramadol"):
    return Medication(name, OPIOID, start, stop)


@pytest.mark.parametrize(
    ("start", "stop", "overlaps"),
    [
        (dt.date(2026, 2, 1), dt.date(2026, 3, 15), True),  # begins before, ends during
        (dt.date(2026, 4, 1), dt.date(2026, 4, 10), True),  # within
        (dt.date(2026, 5, 1), dt.date(2026, 7, 1), True),  # begins during, ends after
        (dt.date(2026, 1, 1), dt.date(2026, 7, 1), True),  # spans the course
        (dt.date(2026, 1, 1), dt.date(2026, 2, 28), False),  # ends the day before the first dose
        (dt.date(2026, 1, 1), dt.date(2026, 3, 1), True),  # ends on the first dose day
        (dt.date(2026, 5, 31), None, True),  # begins on the last dose day
        (dt.date(2026, 6, 1), None, False),  # begins the day after
        (None, dt.date(2026, 3, 10), True),  # no start date: taken since before
        (None, dt.date(2026, 2, 1), False),
        (None, None, True),  # no dates at all: assume it is taken
    ],
)
def test_opioid_overlaps_a_stopped_course(start, stop, overlaps):
    med = opioid(start, stop)
    assert opioid_overlaps([med], [COURSE]) == ([med] if overlaps else [])


def test_an_ongoing_course_overlaps_every_opioid_from_its_start():
    ongoing = Course(dt.date(2026, 3, 1))
    later = opioid(dt.date(2030, 1, 1), None)
    earlier = opioid(dt.date(2025, 1, 1), dt.date(2026, 2, 1), "Codeine")
    assert opioid_overlaps([later, earlier], [ongoing]) == [later]


def test_opioid_overlap_with_any_of_several_courses_is_listed_once():
    courses = [COURSE, Course(dt.date(2026, 8, 1))]
    between = opioid(dt.date(2026, 6, 10), dt.date(2026, 7, 20))
    both = opioid(dt.date(2026, 5, 1), dt.date(2026, 9, 1), "Codeine")
    assert opioid_overlaps([between, both], courses) == [both]


def test_other_medications_are_ignored_and_no_course_means_no_overlap():
    steroid = Medication("Prednisolone", MedicationCategory.CORTICOSTEROID, dt.date(2026, 3, 1))
    other = Medication("Paracetamol", MedicationCategory.OTHER)
    assert opioid_overlaps([steroid, other], [COURSE]) == []
    assert opioid_overlaps([opioid(None, None)], []) == []


def test_opioid_warning_names_each_opioid_once():
    assert opioid_warning([], [COURSE]) is None
    assert opioid_warning([opioid(dt.date(2026, 1, 1), dt.date(2026, 2, 1))], [COURSE]) is None
    meds = [opioid(None, None), opioid(dt.date(2026, 4, 1), None), opioid(None, None, "Codeine")]
    warning = opioid_warning(meds, [COURSE])
    assert warning.startswith("Naltrexone blocks opioid painkillers, so Tramadol and Codeine may not work")
    assert "talk to your prescriber" in warning
