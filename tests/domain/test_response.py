"""The response rules of SPEC section 3 at every boundary, plus property-based invariants."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.domain.response import ResponseCategory as C
from diary.domain.response import assess_response, validate_settings
from diary.domain.treatment import Settings

S = dt.date(2026, 1, 10)  # day 1 of the course


def day(n: int) -> dt.date:
    """The date of treatment day n (day 1 = S; day 0 = the day before)."""
    return S + dt.timedelta(days=n - 1)


def diary(*runs: tuple[int, int, int], baseline: int | None = 8) -> dict[dt.date, int]:
    """Activity per date: `baseline` on days -6..0 (S-7..S-1), then each run (first day, last day, value)."""
    values = {}
    if baseline is not None:
        for n in range(-6, 1):
            values[day(n)] = baseline
    for first, last, value in runs:
        for n in range(first, last + 1):
            values[day(n)] = value
    return values


# With a baseline of 8: B = 8, target = min(8 * 0.7, 8 - 1) = 5.6. Once the value drops from 8 to 2
# on day s, the 7-day mean first reaches 5.6 or lower on day s + 2 (three 2s: 38/7 = 5.43), and
# after going back to 8 on day e + 1 it is above the target again on day e + 5 (five 8s: 44/7 = 6.29).


def test_onset_on_day_28_counts():
    r = assess_response(diary((1, 25, 8), (26, 40, 2)), S, as_of=day(40))
    assert r.baseline == 8 and r.target == pytest.approx(5.6)
    assert r.onset == day(28) and r.onset_day == 28
    assert r.category is C.IMPROVING


def test_onset_on_day_29_is_too_late():
    r = assess_response(diary((1, 26, 8), (27, 40, 2)), S, as_of=day(40))
    assert r.onset is None and r.onset_day is None
    assert r.category is C.NON_RESPONDER


def test_no_onset_before_day_28_is_too_early_then_non_responder():
    data = diary((1, 40, 8))
    assert assess_response(data, S, as_of=day(27)).category is C.TOO_EARLY
    assert assess_response(data, S, as_of=day(28)).category is C.NON_RESPONDER


@pytest.mark.parametrize(
    ("duration", "ongoing_category", "ended_category"),
    [
        (27, C.IMPROVING, C.NOT_SUSTAINED),
        (28, C.RESPONSE_ONGOING, C.SHORT_LIVED),
        (83, C.RESPONSE_ONGOING, C.SHORT_LIVED),
        (84, C.LONG_LASTING, C.LONG_LASTING),
    ],
)
def test_duration_boundaries(duration, ongoing_category, ended_category):
    # Onset on day 7 (2s from day 5); last improved day L = 7 + duration - 1; 8s again from L - 3.
    last = 7 + duration - 1
    data = diary((1, 4, 8), (5, last - 4, 2), (last - 3, last + 20, 8))
    ongoing = assess_response(data, S, as_of=day(last))
    assert ongoing.onset == day(7)
    assert ongoing.end is None and ongoing.duration_days == duration
    assert ongoing.category is ongoing_category

    ended = assess_response(data, S)
    assert ended.end == day(last + 1) and ended.last_improved == day(last)
    assert ended.duration_days == duration
    assert ended.category is ended_category


def test_baseline_from_three_days_before_the_start():
    data = {day(-6): 9, day(-2): 6, day(0): 6, **{day(n): 6 for n in range(1, 10)}}
    r = assess_response(data, S)
    assert r.baseline == pytest.approx(7.0)
    assert r.visits[0].mean == pytest.approx(7.0) and r.visits[0].values == 3


def test_baseline_from_day_1_when_fewer_than_three_days_before():
    data = {day(-3): 9, day(0): 9, **{day(n): 5 for n in range(1, 10)}}
    r = assess_response(data, S)
    assert r.baseline == 5.0  # a(S), the two days before are not enough
    assert r.target == pytest.approx(min(5 * 0.7, 4.0))


def test_days_before_the_baseline_week_do_not_count():
    data = {day(-7): 9, day(-8): 9, day(0): 9, **{day(n): 5 for n in range(1, 10)}}
    assert assess_response(data, S).baseline == 5.0


def test_no_baseline():
    data = {day(-1): 7, day(0): 7, **{day(n): 5 for n in range(2, 10)}}
    r = assess_response(data, S)
    assert r.category is C.NO_BASELINE
    assert r.baseline is None and r.target is None
    assert "baseline" in r.explanation


def test_empty_diary_has_no_baseline_and_no_date():
    r = assess_response({}, S)
    assert r.category is C.NO_BASELINE and r.as_of is None and r.day is None


def test_smoothed_value_needs_four_values_in_the_week():
    # Only 3 values a week after the start: the 7-day mean is never defined, so no onset.
    data = diary(*[(n, n, 1) for n in range(1, 60) if n % 7 in (1, 3, 5)])
    r = assess_response(data, S, as_of=day(59))
    assert r.current_average is None
    assert r.category is C.NON_RESPONDER
    assert all(v.mean is None for v in r.visits[1:])


def test_visit_windows_and_changes():
    data = diary((1, 21, 8), (22, 28, 4), (50, 53, 2), (78, 84, 6))
    r = assess_response(data, S, as_of=day(90))
    weeks = {v.week: v for v in r.visits}
    assert weeks[0].mean == 8 and weeks[0].change == 0
    assert weeks[4].mean == 4 and weeks[4].change == -4
    assert weeks[8].mean == 2 and weeks[8].values == 4
    assert weeks[12].mean == 6 and weeks[12].change == -2


def test_visit_with_fewer_than_four_values_has_no_mean():
    data = diary((1, 21, 8), (22, 24, 4))
    weeks = {v.week: v for v in assess_response(data, S, as_of=day(30)).visits}
    assert weeks[4].mean is None and weeks[4].change is None and weeks[4].values == 3


def test_gap_during_a_response_neither_ends_nor_extends_it():
    # Improved from day 7; nothing recorded on days 20-40 (A undefined there), improved again after.
    data = diary((1, 4, 8), (5, 19, 2), (41, 60, 2))
    r = assess_response(data, S, as_of=day(60))
    assert r.end is None
    assert r.onset == day(7) and r.last_improved == day(60)
    assert r.duration_days == 54
    # As of a day inside the gap, the last improved day is the last defined one.
    r = assess_response(data, S, as_of=day(30))
    assert r.last_improved == day(22)  # days 16-19 (four 2s) keep A defined up to day 22
    assert r.duration_days == 16
    assert r.category is C.IMPROVING


def test_as_of_before_the_start_during_and_after_a_response():
    data = diary((1, 4, 8), (5, 44, 2), (45, 80, 8))
    assert assess_response(data, S, as_of=day(0)).category is C.NOT_STARTED
    during = assess_response(data, S, as_of=day(20))
    assert during.category is C.IMPROVING and during.duration_days == 14
    mid = assess_response(data, S, as_of=day(40))
    assert mid.category is C.RESPONSE_ONGOING
    after = assess_response(data, S, as_of=day(80))
    assert after.category is C.SHORT_LIVED
    assert after.end == day(49) and after.duration_days == 42
    assert "short-lived" in after.explanation


def test_a_low_baseline_is_decided_by_the_one_point_rule():
    # B = 2: 30% lower would be 1.4, but at least 1 point lower means 1.0 or lower.
    r = assess_response(diary((1, 40, 1), baseline=2), S)
    assert r.target == pytest.approx(1.0)
    assert r.onset == day(4)
    # One 2 in every week keeps the 7-day mean at 8/7 = 1.14: 30% better, but not a point better.
    weekly_bad_day = {**diary(baseline=2), **{day(n): 2 if n % 7 == 1 else 1 for n in range(1, 41)}}
    assert assess_response(weekly_bad_day, S).onset is None
    relative_only = assess_response(weekly_bad_day, S, settings=Settings(0.30, 0.0))
    assert relative_only.target == pytest.approx(1.4) and relative_only.onset == day(4)


def test_thresholds_change_the_target():
    data = diary((1, 40, 5))  # 8 -> 5 is 37.5% and 3 points lower
    assert assess_response(data, S).onset == day(4)
    strict = assess_response(data, S, settings=Settings(0.50, 1.0))
    assert strict.target == pytest.approx(4.0) and strict.onset is None
    assert assess_response(data, S, settings=Settings(0.10, 3.5)).onset is None  # target 4.5


def test_settings_ranges():
    assert validate_settings(Settings()) == []
    assert validate_settings(Settings(0.10, 0.0)) == []
    assert validate_settings(Settings(0.90, 5.0)) == []
    problems = validate_settings(Settings(0.05, 5.5))
    assert len(problems) == 2 and "10%" in problems[0] and "5" in problems[1]


def test_explanations_name_the_numbers():
    data = diary((1, 4, 8), (5, 60, 2))
    r = assess_response(data, S, as_of=day(60))
    assert r.category is C.RESPONSE_ONGOING
    assert "8.0 before LDN" in r.explanation and "day 7" in r.explanation and "5.6 or lower" in r.explanation
    assert "7 weeks and 5 days" in r.explanation  # days 7..60 = 54 days
    assert "long-lasting" in r.next_step


# --- invariants --------------------------------------------------------------------------------

activity_diaries = st.dictionaries(
    keys=st.integers(min_value=-10, max_value=120).map(day),
    values=st.integers(min_value=0, max_value=10),
    max_size=130,
)


@settings(max_examples=150, deadline=None)
@given(data=activity_diaries, t=st.integers(min_value=-3, max_value=110), later=activity_diaries)
def test_data_after_the_evaluation_date_never_changes_the_result(data, t, later):
    T = day(t)
    extra = {d: v for d, v in later.items() if d > T}
    assert assess_response(data, S, as_of=T) == assess_response({**data, **extra}, S, as_of=T)


@settings(max_examples=200, deadline=None)
@given(data=activity_diaries, t=st.integers(min_value=-3, max_value=110))
def test_category_agrees_with_onset_and_duration(data, t):
    r = assess_response(data, S, as_of=day(t))
    if r.onset is None:
        assert r.category in {C.NOT_STARTED, C.NO_BASELINE, C.TOO_EARLY, C.NON_RESPONDER}
        assert r.duration_days is None and r.end is None
        return
    assert 1 <= r.onset_day <= 28
    assert r.onset <= r.last_improved <= (r.end - dt.timedelta(days=1) if r.end else r.as_of)
    assert r.duration_days == (r.last_improved - r.onset).days + 1
    D, ended = r.duration_days, r.end is not None
    expected = (
        C.LONG_LASTING if D >= 84
        else (C.SHORT_LIVED if ended else C.RESPONSE_ONGOING) if D >= 28
        else (C.NOT_SUSTAINED if ended else C.IMPROVING)
    )
    assert r.category is expected
    assert r.explanation


def test_a_baseline_from_day_1_is_named_so():
    assess = assess_response
    start = dt.date(2026, 3, 1)
    activity = {start - dt.timedelta(days=2): 8, start: 6}  # 1 day before LDN: too few, day 1 decides
    a = assess(activity, start, as_of=start + dt.timedelta(days=3))
    assert a.baseline == 6 and a.baseline_from_day_1 and a.baseline_when == "on day 1 of LDN"
    assert "on day 1 of LDN was 6.0" in a.explanation and "before LDN" not in a.explanation
    full = assess({start - dt.timedelta(days=n): 8 for n in range(1, 4)} | {start: 6}, start, as_of=start)
    assert full.baseline == 8 and not full.baseline_from_day_1 and "before LDN was 8.0" in full.explanation
