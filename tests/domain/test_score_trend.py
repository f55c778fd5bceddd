"""A condition score's chart row (docs/scores.md#on-the-chart): W(d), its line and the response period."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.domain.entries import DailyEntry
from diary.domain.response import assess_response
from diary.domain.score_trend import nice_top, responded, score_trend, score_trends
from diary.domain.scores import SCORES, window_value
from diary.domain.treatment import Course
from diary.domain.trend import build_trend

S = dt.date(2026, 3, 10)  # day 1


def day(n: int) -> dt.date:
    return S + dt.timedelta(days=n - 1)


def ibd(n: int, stools: int, pain: int, wellbeing: int = 0) -> DailyEntry:
    return DailyEntry(day(n), items={"liquid_stools": stools, "ibd_abdominal_pain": pain, "wellbeing": wellbeing},
                      complications=frozenset())


def crohns_diary() -> list[DailyEntry]:
    """Baseline week: 4 liquid stools, moderate pain (PRO2-CD 18, HBI 8); from day 15 one stool, no pain."""
    baseline = [ibd(n, 4, 2, 2) for n in range(-6, 1)]
    course = [ibd(n, 4 if n < 15 else 1, 2 if n < 15 else 0, 2 if n < 15 else 0) for n in range(1, 41)]
    return baseline + course


def test_the_line_is_the_remission_threshold_where_a_score_has_one_value():
    hbi = score_trend(SCORES["hbi"], crohns_diary(), S, day(40))
    assert (hbi.line, hbi.line_label, hbi.baseline) == (5.0, "remission < 5", 8.0)


def test_pro2_shows_its_response_line_at_half_the_baseline():
    pro2 = score_trend(SCORES["pro2_cd"], crohns_diary(), S, day(40))
    assert pro2.baseline == 18 and pro2.line == 9 and pro2.line_label == "response ≤ ½ baseline"
    without = score_trend(SCORES["pro2_cd"], crohns_diary()[7:], S, day(40))  # no baseline week
    assert without.baseline is None and without.line is None and without.response_periods == ()


def test_the_pain_nrs_shows_its_30_percent_line():
    entries = [DailyEntry(day(n), items={"pain": 8 if n < 10 else 5}) for n in range(-6, 31)]
    pain = score_trend(SCORES["pain_nrs"], entries, S, day(30))
    assert pain.line == pytest.approx(5.6) and pain.line_label == "30% below baseline"
    # 5 is 37.5% less than 8: a moderate reduction, so the response period holds it.
    assert pain.response_periods and pain.response_periods[-1][1] == day(30)


def test_w_d_runs_from_the_course_start_and_matches_window_value():
    entries = crohns_diary()
    row = score_trend(SCORES["pro2_cd"], entries, S, day(40))
    assert min(row.values) == S and max(row.values) == day(40)
    assert row.values[day(3)] is None  # three days of the course: a window needs four
    for n in (4, 10, 17, 21, 40):
        assert row.value_on(day(n)) == window_value(SCORES["pro2_cd"], entries, S, day(n))


def test_the_response_period_is_where_the_rule_is_met_against_the_baseline():
    row = score_trend(SCORES["hbi"], crohns_diary(), S, day(40))
    (first, last), = row.response_periods
    # HBI 8 until day 14, then 1: the window mean has fallen by 3, exactly, on day 17 (4 days of 8, 3 of 1).
    assert first == day(17) and last == day(40)
    assert row.value_on(day(16)) == pytest.approx((5 * 8 + 2) / 7) and row.value_on(day(17)) == pytest.approx(5)


def test_a_gap_in_the_days_breaks_the_response_period():
    entries = [e for e in crohns_diary() if not day(25) <= e.day <= day(30)]  # six days away: windows too thin
    (_, end), (again, _) = score_trend(SCORES["hbi"], entries, S, day(40)).response_periods
    assert end < day(28) and again > day(30)


def test_responded_counts_a_pain_reduction_of_30_percent_or_more():
    assert [responded(r) for r in ("substantial", "moderate", "minimal", "none", None, True, False)] == [
        True, True, False, False, False, True, False]


@pytest.mark.parametrize(("value", "top"), [(0, 1), (0.5, 1), (1.1, 2), (2.2, 2.5), (4, 5), (8.8, 10), (11, 20), (26, 50)])
def test_nice_top(value, top):
    assert nice_top(value) == top


def test_the_top_is_above_every_value_and_the_line():
    row = score_trend(SCORES["pro2_cd"], crohns_diary(), S, day(40))
    assert row.top >= 18 * 1.1 and row.top == 20


def test_score_trends_follow_the_keys_and_reach_the_series():
    rows = score_trends(("hbi", "pro2_cd", "unknown"), crohns_diary(), S, day(40))
    assert [r.score.key for r in rows] == ["hbi", "pro2_cd"]
    entries = crohns_diary()
    series = build_trend(entries, [Course(S)], [assess_response({}, S)], [], rows)
    assert series.scores == rows
    assert build_trend(entries, [Course(S)], [assess_response({}, S)], []).scores == ()  # the default: no rows
    assert series.entry_on(day(2)) == entries[8] and series.entry_on(day(99)) is None


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.none(), st.tuples(st.integers(0, 12), st.integers(0, 3))), min_size=20, max_size=20))
def test_w_d_is_window_value_for_any_diary(days):
    entries = [DailyEntry(day(n), items={"liquid_stools": v[0], "ibd_abdominal_pain": v[1]})
               for n, v in enumerate(days, start=-6) if v is not None]
    row = score_trend(SCORES["pro2_cd"], entries, S, day(13))
    for n in range(1, 14):
        assert row.value_on(day(n)) == window_value(SCORES["pro2_cd"], entries, S, day(n))


def test_the_items_of_a_day_in_a_line():
    from diary.domain.condition_items import items_text

    assert items_text({"wellbeing": 1, "liquid_stools": 3, "ibd_abdominal_pain": 1}, frozenset()) == (
        "liquid stools 3, abdominal pain 1, wellbeing 1, no complications")
    assert items_text({"pain": 4}, None) == "pain 4"
    assert items_text({}, frozenset({"uveitis", "arthralgia"})) == "complications: joint pain, eye inflammation (uveitis)"
    assert items_text({}, None) == ""


def test_scores_on_a_day():
    rows = score_trends(("pro2_cd", "hbi"), crohns_diary(), S, day(40))
    series = build_trend(crohns_diary(), [Course(S)], [assess_response({}, S)], [], rows)
    assert series.scores_on(day(20)) == [("PRO2-CD", rows[0].value_on(day(20))), ("HBI", rows[1].value_on(day(20)))]
    assert series.scores_on(day(2)) == [("PRO2-CD", None), ("HBI", None)]
