"""The condition scores at their boundaries (docs/scores.md), and properties that hold for any diary."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary.domain.condition_items import ITEMS, complications_problems, parse_complications
from diary.domain.entries import DailyEntry, entry_problems
from diary.domain.scores import SCORES, assess_score, hbi_band, recorded_scores, window_value

S = dt.date(2026, 3, 10)  # day 1


def day(n: int) -> dt.date:
    """Treatment day n (1 is S; 0 and below the baseline week)."""
    return S + dt.timedelta(days=n - 1)


def entries(days: dict[int, dict], complications: frozenset[str] | None = None) -> list[DailyEntry]:
    return [DailyEntry(day(n), items=items, complications=complications) for n, items in sorted(days.items())]


def week(first: int, items: dict, count: int = 7) -> dict[int, dict]:
    return dict.fromkeys(range(first, first + count), items)


def test_a_window_needs_four_complete_days_not_three():
    three = entries({1: {"pain": 5}, 2: {"pain": 5}, 3: {"pain": 5}, 4: {}})
    assert window_value(SCORES["pain_nrs"], three, S, day(4)) is None
    four = entries({n: {"pain": 5} for n in range(1, 5)})
    assert window_value(SCORES["pain_nrs"], four, S, day(4)) == 5


def test_a_day_missing_an_item_is_not_complete():
    days = {n: {"liquid_stools": 2} for n in range(1, 8)}  # pain of the tummy never recorded
    assert window_value(SCORES["pro2_cd"], entries(days), S, day(7)) is None


@pytest.mark.parametrize(("values", "band", "remission"), [([5] * 4, "mild", False), ([4, 5, 5, 5], "remission", True)])
def test_hbi_remission_is_below_5(values, band, remission):
    days = {n: {"wellbeing": 0, "ibd_abdominal_pain": 0, "liquid_stools": v} for n, v in enumerate(values, start=1)}
    result = assess_score(SCORES["hbi"], entries(days), S)
    assert result.value == pytest.approx(sum(values) / 4)
    assert (result.remission, result.band) == (remission, band)


@pytest.mark.parametrize(("value", "band"), [(4.99, "remission"), (5, "mild"), (7.99, "mild"), (8, "moderate"),
                                             (16, "moderate"), (16.01, "severe")])
def test_hbi_bands(value, band):
    assert hbi_band(value) == band


def test_hbi_counts_complications_and_empty_counts_as_none():
    items = {"wellbeing": 1, "ibd_abdominal_pain": 1, "liquid_stools": 2}
    assert SCORES["hbi"].daily(DailyEntry(S, items=items)) == 4
    assert SCORES["hbi"].daily(DailyEntry(S, items=items, complications=frozenset())) == 4
    assert SCORES["hbi"].daily(DailyEntry(S, items=items, complications=frozenset({"uveitis", "abscess"}))) == 6


def test_hbi_response_is_a_drop_of_3():
    base = week(-6, {"wellbeing": 2, "ibd_abdominal_pain": 2, "liquid_stools": 4})  # 8
    for later, response in ((5, True), (6, False)):
        days = base | week(1, {"wellbeing": 1, "ibd_abdominal_pain": 1, "liquid_stools": later - 2})
        assert assess_score(SCORES["hbi"], entries(days), S).response is response


def test_pro2_cd_response_is_exactly_half_the_baseline_or_less():
    base = entries(week(-6, {"liquid_stools": 4, "ibd_abdominal_pain": 0}))  # Wb = 8
    half = [DailyEntry(day(n), items={"liquid_stools": 2, "ibd_abdominal_pain": 0}) for n in range(1, 8)]
    result = assess_score(SCORES["pro2_cd"], base + half, S)
    assert (result.baseline, result.value, result.response) == (8, 4, True)
    more = [*half[:-1], DailyEntry(day(7), items={"liquid_stools": 3, "ibd_abdominal_pain": 0})]  # W = 4.29
    assert assess_score(SCORES["pro2_cd"], base + more, S).response is False


def test_pro2_cd_remission_is_stride_ii():
    days = week(1, {"liquid_stools": 3, "ibd_abdominal_pain": 1})
    assert assess_score(SCORES["pro2_cd"], entries(days), S).remission is True
    days = week(1, {"liquid_stools": 4, "ibd_abdominal_pain": 1})
    assert assess_score(SCORES["pro2_cd"], entries(days), S).remission is False


def test_a_baseline_of_0_gives_no_response_and_no_baseline_gives_null():
    days = week(-6, {"liquid_stools": 0, "ibd_abdominal_pain": 0}) | week(1, {"liquid_stools": 0, "ibd_abdominal_pain": 0})
    assert assess_score(SCORES["pro2_cd"], entries(days), S).response is False
    assert assess_score(SCORES["pain_nrs"], entries(week(-6, {"pain": 0}) | week(1, {"pain": 0})), S).response == "none"
    only_two_before = {-1: {"pain": 6}, 0: {"pain": 6}} | week(1, {"pain": 2})
    result = assess_score(SCORES["pain_nrs"], entries(only_two_before), S)
    assert result.baseline is None and result.response is None and result.value == 2


@pytest.mark.parametrize(("window", "response"), [
    ([5, 5, 5, 5], "substantial"),  # a reduction of exactly 50%
    ([6, 6, 6, 6], "moderate"),
    ([7, 7, 7, 7], "moderate"),  # exactly 30%
    ([8, 7, 7, 7], "minimal"),  # 27.5%
    ([9, 9, 9, 9], "minimal"),  # exactly 10%
    ([10, 9, 9, 9], "none"),  # 7.5%
])
def test_pain_response_by_immpact_reduction(window, response):
    days = entries(week(-6, {"pain": 10})) + [DailyEntry(day(n), items={"pain": v}) for n, v in enumerate(window, start=1)]
    result = assess_score(SCORES["pain_nrs"], days, S)
    assert result.response == response and result.remission is None


def test_sccai_points_and_its_drop_of_more_than_1_5():
    items = {"stools": 7, "night_stools": 1, "urgency": 1, "rectal_bleeding": 1, "wellbeing": 1}
    assert SCORES["sccai"].daily(DailyEntry(S, items=items)) == 2 + 1 + 1 + 1 + 1
    assert SCORES["sccai"].daily(DailyEntry(S, items=items, complications=frozenset({"arthralgia", "abscess"}))) == 7
    assert SCORES["sccai"].daily(DailyEntry(S, items={**items, "stools": 10, "night_stools": 4})) == 3 + 2 + 3
    without_night = {k: v for k, v in items.items() if k != "night_stools"}
    assert SCORES["sccai"].daily(DailyEntry(S, items=without_night)) is None  # night stools empty: no SCCAI
    base = entries(week(-6, {**items, "stools": 0, "night_stools": 0, "urgency": 2, "wellbeing": 2}))  # 5
    # 1.5 drop: 4 days of 3.5 mean = [4, 3, 4, 3]; 1.75 drop: [3, 3, 4, 3].
    for later, response in (([4, 3, 4, 3], False), ([3, 3, 4, 3], True)):
        days = base + [DailyEntry(day(n), items={"stools": 0, "night_stools": 0, "urgency": 0, "rectal_bleeding": 0,
                                                  "wellbeing": v}) for n, v in enumerate(later, start=1)]
        result = assess_score(SCORES["sccai"], days, S)
        assert result.response is response, (result.baseline, result.value)


def test_pro2_uc_stool_frequency_above_usual_and_night_empty_counts_0():
    score = SCORES["pro2_uc"]
    for stools, sf in ((1, 0), (2, 1), (3, 1), (4, 2), (5, 2), (6, 3)):
        assert score.daily(DailyEntry(S, items={"stools": stools, "rectal_bleeding": 0}), usual_stools=1) == sf
    assert score.daily(DailyEntry(S, items={"stools": 2, "night_stools": 2, "rectal_bleeding": 1}), usual_stools=1) == 2 + 1
    days = entries(week(1, {"stools": 2, "rectal_bleeding": 0}))
    assert assess_score(score, days, S, usual_stools=2).remission is True
    days = entries(week(1, {"stools": 2, "rectal_bleeding": 1}))
    assert assess_score(score, days, S, usual_stools=2).remission is False


def test_complications_empty_none_and_keys():
    assert parse_complications("") is None
    assert parse_complications("none") == frozenset()
    assert parse_complications("arthralgia; uveitis") == {"arthralgia", "uveitis"}
    assert complications_problems(parse_complications("none;uveitis"))
    assert complications_problems(frozenset({"warts"})) == [
        "complication 'warts' is not known; use arthralgia, uveitis, erythema_nodosum, aphthous_ulcers, "
        "pyoderma_gangrenosum, anal_fissure, new_fistula, abscess or none"]


def test_each_item_rejects_what_it_does_not_allow_and_says_what_is():
    problems = entry_problems(DailyEntry(S, items={"wellbeing": 5, "liquid_stools": -1, "pain": 2.5, "stool": 1}), S)
    assert "wellbeing 5 is not allowed; use 0 very well, 1 slightly below par, 2 poor, 3 very poor, 4 terrible" in problems
    assert "liquid_stools -1 is not allowed; use a whole number from 0 to 50" in problems
    assert "pain 2.5 is not allowed; use a whole number from 0 to 10" in problems
    assert any(p.startswith("'stool' is not a daily item") for p in problems)


def test_the_scores_listed_are_those_with_an_item():
    days = entries({1: {"pain": 3}})
    assert [s.key for s in recorded_scores(days)] == ["pain_nrs"]


item_days = st.lists(
    st.fixed_dictionaries({}, optional={key: st.integers(item.low, item.high) for key, item in ITEMS.items()}),
    min_size=0, max_size=21,
)


@given(item_days, st.integers(0, 20))
def test_every_score_stays_in_its_range(days, usual):
    diary = [DailyEntry(day(n), items=items) for n, items in enumerate(days, start=-6)]
    for score in SCORES.values():
        result = assess_score(score, diary, S, usual_stools=usual)
        for value in (result.value, result.baseline):
            assert value is None or 0 <= value <= score.high


@given(item_days, st.sampled_from(sorted(SCORES)), st.data())
def test_adding_a_day_of_lower_items_never_raises_the_window_value(days, key, data):
    score = SCORES[key]
    diary = [DailyEntry(day(n), items=items) for n, items in enumerate(days, start=1) if n <= 6]
    before = window_value(score, [*diary, DailyEntry(day(7))], S, day(7))
    lowest = {k: ITEMS[k].low for k in score.items if k in ITEMS}
    after = window_value(score, [*diary, DailyEntry(day(7), items=lowest)], S, day(7))
    if before is not None:
        assert after is not None and after <= before + 1e-9
