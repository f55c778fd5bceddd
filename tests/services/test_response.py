"""Assessing every course of a diary, and the thresholds settings."""

import datetime as dt

import pytest

from diary.domain.entries import DailyEntry
from diary.domain.errors import ValidationError
from diary.domain.report import ReportOptions
from diary.domain.response import ResponseCategory
from diary.domain.treatment import Course, Settings
from diary.store.records import DiaryStore
from tests.conftest import TODAY

START = TODAY - dt.timedelta(days=99)


def put_courses(data_dir, *courses):
    store = DiaryStore(data_dir)
    with store.transaction() as records:
        for course in courses:
            records.put_course(course)
    store.close()


def record(service, first: dt.date, days: int, activity: int) -> None:
    for n in range(days):
        service.entries.save(DailyEntry(first + dt.timedelta(days=n), activity=activity))


def test_a_stopped_course_is_judged_only_up_to_its_end(service, data_dir):
    put_courses(data_dir, Course(START, end=START + dt.timedelta(days=39), stop_reason="drowsiness"))
    record(service, START - dt.timedelta(days=7), 7, 8)
    record(service, START, 40, 2)  # better on LDN ...
    record(service, START + dt.timedelta(days=40), 30, 8)  # ... worse after stopping
    (assessment,) = service.reports.assessments()
    assert assessment.as_of == START + dt.timedelta(days=39)
    assert assessment.end is None  # the days off LDN did not end the response
    assert assessment.category is ResponseCategory.RESPONSE_ONGOING


def test_every_course_gets_its_own_assessment_oldest_first(service, data_dir):
    second = START + dt.timedelta(days=60)
    put_courses(data_dir, Course(START, end=START + dt.timedelta(days=20)), Course(second))
    record(service, START - dt.timedelta(days=7), 7, 8)
    record(service, START, 21, 8)
    record(service, second - dt.timedelta(days=7), 7, 6)
    record(service, second, 10, 6)
    first, latest = service.reports.assessments()
    assert (first.course_start, latest.course_start) == (START, second)
    assert first.category is ResponseCategory.TOO_EARLY  # stopped on day 21, before a verdict
    assert latest.baseline == 6 and latest.day == 10


def test_as_of_applies_to_every_course(service, data_dir):
    put_courses(data_dir, Course(START))
    record(service, START - dt.timedelta(days=7), 20, 5)
    (assessment,) = service.reports.assessments(as_of=START - dt.timedelta(days=1))
    assert assessment.category is ResponseCategory.NOT_STARTED


def test_settings_are_validated_saved_and_used(service, data_dir):
    assert service.treatment.settings() == Settings()
    with pytest.raises(ValidationError, match="relative threshold 95%"):
        service.treatment.save_settings(Settings(0.95, 1.0))
    assert service.treatment.settings() == Settings()
    change = service.treatment.save_settings(Settings(0.5, 2.0))
    assert change.settings
    put_courses(data_dir, Course(START))
    record(service, START - dt.timedelta(days=7), 10, 8)
    assert service.reports.assessments()[0].target == pytest.approx(4.0)


def test_a_trend_of_a_period_has_its_days_and_courses_only(service, data_dir):
    first_course = Course(START, end=START + dt.timedelta(days=20))
    second = START + dt.timedelta(days=60)
    put_courses(data_dir, first_course, Course(second))
    record(service, START - dt.timedelta(days=7), 100, 5)
    whole = service.reports.trend()
    part = service.reports.trend(second, second + dt.timedelta(days=20))
    assert [t.course.start for t in part.courses] == [second]
    assert part.first == second - dt.timedelta(days=6)  # the days the first 7-day mean needs
    assert part.smoothed_on(second + dt.timedelta(days=10)) == whole.smoothed_on(second + dt.timedelta(days=10))
    # Judged on the days up to the period's end, exactly as the clinician summary of that period.
    report = service.reports.report_data(ReportOptions(second, second + dt.timedelta(days=20)))
    assert part.courses[0].assessment == report.assessment
    assert report.assessment.as_of == second + dt.timedelta(days=20) != whole.courses[1].assessment.as_of


def test_a_trend_has_a_row_per_score_switched_on_for_the_latest_course_shown(service):
    from dataclasses import replace

    service.transfer.fill_demo()
    whole = service.reports.trend()
    assert [row.score.key for row in whole.scores] == ["pro2_cd", "hbi"]
    start = whole.courses[-1].course.start
    assert min(whole.scores[0].values) == start and max(whole.scores[0].values) == whole.last
    assert whole.scores[1].baseline is not None and whole.scores[1].response_periods
    # A period that leaves the baseline week out still has the baseline (read from the days before it).
    part = service.reports.trend(start + dt.timedelta(days=30), start + dt.timedelta(days=50))
    assert part.scores[1].baseline == whole.scores[1].baseline
    assert max(part.scores[1].values) == start + dt.timedelta(days=50)
    assert part.scores[1].value_on(start + dt.timedelta(days=40)) == whole.scores[1].value_on(start + dt.timedelta(days=40))
    service.treatment.save_profile(replace(service.treatment.profile(), scores=()))
    assert service.reports.trend().scores == ()


def test_the_latest_assessment_is_the_latest_course_s_alone(service, data_dir):
    assert service.reports.latest_assessment() is None  # no course yet
    second = START + dt.timedelta(days=60)
    put_courses(data_dir, Course(START, end=START + dt.timedelta(days=20)), Course(second))
    record(service, START - dt.timedelta(days=7), 7, 8)
    record(service, second - dt.timedelta(days=7), 17, 6)
    assert service.reports.latest_assessment() == service.reports.assessments()[-1]
