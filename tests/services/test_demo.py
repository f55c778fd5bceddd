"""The sample diary: only for an empty folder, and realistic enough to show what the app does."""

import datetime as dt
from statistics import mean

import pytest

from diary.domain.entries import DailyEntry, Severity, entry_problems
from diary.domain.errors import ValidationError
from diary.domain.side_effects import builtin_side_effects
from diary.services.demo import demo_snapshot
from tests.conftest import TODAY, dump


@pytest.fixture
def demo(service):
    change = service.transfer.fill_demo()
    return change, service.transfer.snapshot()


def by_day_number(snapshot) -> dict[int, DailyEntry]:
    course = snapshot.courses[0]
    return {course.day_number(e.day): e for e in snapshot.entries}


def test_the_demo_refuses_a_diary_with_entries(service):
    service.entries.save(DailyEntry(TODAY, activity=3))
    before = dump(service.data_dir)
    with pytest.raises(ValidationError, match="already has 1 day recorded"):
        service.transfer.fill_demo()
    assert dump(service.data_dir) == before


def test_the_demo_cannot_run_twice(service):
    service.transfer.fill_demo()
    before = dump(service.data_dir)
    with pytest.raises(ValidationError, match="the demo only fills an empty data folder"):
        service.transfer.fill_demo()
    assert dump(service.data_dir) == before


def test_the_demo_change_names_every_day(demo):
    change, snapshot = demo
    assert change.days == {e.day for e in snapshot.entries}
    assert change.treatment


def test_the_demo_has_a_course_with_the_common_titration(demo):
    _, snapshot = demo
    (course,) = snapshot.courses
    assert course.end is None
    assert [(s.from_day, s.dose_mg) for s in course.steps] == [(1, 1.5), (15, 3.0), (29, 4.5)]
    assert course.start < TODAY - dt.timedelta(days=84)  # past the 12-week milestone
    assert snapshot.profile.condition
    assert snapshot.medications and snapshot.clinic_results


def test_the_demo_entries_are_valid_and_end_before_today(demo):
    _, snapshot = demo
    known = {e.key for e in builtin_side_effects()}
    for entry in snapshot.entries:
        assert entry_problems(entry, TODAY, known) == []
    assert max(e.day for e in snapshot.entries) == TODAY - dt.timedelta(days=1)


def test_the_demo_has_a_baseline_week_doses_gaps_and_missed_doses(demo):
    _, snapshot = demo
    days = by_day_number(snapshot)
    baseline = [days[n] for n in range(-6, 1) if n in days]
    assert len(baseline) >= 3
    assert all(e.dose_mg is None for e in baseline)
    doses = {days[n].dose_mg for n in days if n >= 1}
    assert doses == {1.5, 3.0, 4.5}
    assert days[1].dose_mg == 1.5 and days[15].dose_mg == 3.0 and days[29].dose_mg == 4.5
    missed = [n for n, e in days.items() if e.dose_taken is False]
    assert missed, "some doses are missed"
    assert all(days[n].dose_mg is not None for n in missed)
    last = max(days)
    gaps = [n for n in range(-6, last + 1) if n not in days]
    assert gaps, "some days are not recorded"
    assert sum(1 for e in snapshot.entries if e.note) >= 3


def test_the_demo_vivid_dreams_come_early_and_go(demo):
    _, snapshot = demo
    days = by_day_number(snapshot)
    dreams = [n for n, e in days.items() if e.side_effects.get("vivid_dreams", Severity.NONE) > Severity.NONE]
    assert dreams and min(dreams) <= 7
    assert max(dreams) <= 28
    assert all(days[n].side_effects.get("vivid_dreams") == Severity.NONE for n in days if n > 28)


def test_the_demo_shows_ldn_working(demo):
    _, snapshot = demo
    days = by_day_number(snapshot)
    before = mean(e.activity for n, e in days.items() if n <= 0)
    later = mean(e.activity for n, e in days.items() if 50 <= n <= 60)
    assert before >= 5
    assert later <= before - 2


def test_the_demo_is_the_same_every_time():
    assert demo_snapshot(TODAY) == demo_snapshot(TODAY)
