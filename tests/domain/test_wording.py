"""Dates, times, plurals and spans as the window, the PDF and the command line write them."""

from __future__ import annotations

import datetime as dt

import pytest

from diary.domain.summaries import DoseTiming, dose_timing, timing_hours
from diary.domain.wording import count, date_text, day_text, long_date_text, moment_text, span_text, time_text


def test_dates_and_times():
    day = dt.date(2026, 11, 5)
    assert date_text(day) == "5 Nov 2026"
    assert day_text(day) == "Thu 5 Nov 2026"
    assert long_date_text(day) == "5 November 2026"
    assert moment_text(dt.datetime(2026, 11, 5, 14, 3, 59)) == "Thu 5 Nov 2026, 14:03"
    assert time_text(dt.time(8, 0)) == "08:00"
    assert date_text(None) == day_text(None) == "—"


@pytest.mark.parametrize(("n", "text"), [(0, "0 days"), (1, "1 day"), (2, "2 days")])
def test_plurals_never_say_day_s(n, text):
    assert count(n, "day") == text
    assert count(n, "medication category", "medication categories").endswith("category" if n == 1 else "categories")


@pytest.mark.parametrize(("days", "text"), [(1, "1 day"), (13, "13 days"), (14, "2 weeks"), (15, "2 weeks and 1 day"),
                                            (69, "9 weeks and 6 days")])
def test_spans(days, text):
    assert span_text(days) == text


def test_the_timing_hours_are_those_the_rule_uses():
    assert [timing_hours(t) for t in DoseTiming] == ["04:00–11:59", "18:00–03:59", "12:00–17:59"]
    for timing in DoseTiming:
        first, last = (dt.time.fromisoformat(t) for t in timing_hours(timing).split("–"))
        assert dose_timing(first) is timing and dose_timing(last) is timing
        before = (dt.datetime.combine(dt.date.min, first) - dt.timedelta(minutes=1)).time() if first != dt.time(0) else None
        assert before is None or dose_timing(before) is not timing
