"""The chart's data: smoothed values per course and the text summary of a range."""

import datetime as dt

from diary.domain.entries import DailyEntry, Severity
from diary.domain.response import assess_response
from diary.domain.side_effects import builtin_side_effects
from diary.domain.treatment import Course
from diary.domain.trend import build_trend, describe_range

S = dt.date(2025, 5, 1)


def series(end=None):
    entries = [DailyEntry(S + dt.timedelta(days=n), activity=6 if n < 5 else 2,
                          side_effects={"headache": Severity.MILD} if n == 2 else {}) for n in range(-7, 40)]
    course = Course(S, end=end)
    activity = {e.day: e.activity for e in entries}
    return build_trend(entries, [course], [assess_response(activity, S)], builtin_side_effects())


def test_smoothed_values_cover_the_course_only():
    s = series()
    assert s.smoothed_on(S - dt.timedelta(days=1)) is None
    assert s.smoothed_on(S + dt.timedelta(days=3)) == 6
    assert s.smoothed_on(S + dt.timedelta(days=39)) == 2
    stopped = series(end=S + dt.timedelta(days=20))
    assert max(stopped.courses[0].smoothed) == S + dt.timedelta(days=20)


def test_side_effects_felt_in_a_range():
    s = series()
    assert [e.key for e in s.side_effects] == ["headache"]
    assert s.side_effects_between(S + dt.timedelta(days=10), S + dt.timedelta(days=20)) == ()


def test_describe_range_names_days_average_course_and_side_effects():
    s = series()
    text = describe_range(s, S - dt.timedelta(days=7), S + dt.timedelta(days=39))
    assert "47 of 47 days recorded" in text
    assert "baseline 6.0, target 4.2 or lower" in text
    assert "headache on 1 day" in text
    assert describe_range(s, S + dt.timedelta(days=100), S + dt.timedelta(days=110)).startswith("No days recorded")
