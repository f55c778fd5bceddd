"""The cohort's rules (docs/cohort.md): each patient's first course, counted into the study's rows."""

from __future__ import annotations

import datetime as dt

import pytest

from diary.domain.categories import ResponseCategory as C
from diary.domain.cohort import ROWS, cohort_table, patient_outcome
from diary.domain.entries import DailyEntry, Severity
from diary.domain.side_effects import SideEffect
from diary.domain.snapshot import DiarySnapshot
from diary.domain.treatment import Course, Profile

S = dt.date(2025, 3, 1)


def day(n: int) -> dt.date:
    return S + dt.timedelta(days=n - 1)


def diary(levels: dict[int, int], condition: str = "Crohn's disease", courses: tuple[Course, ...] | None = None,
          effects: dict[int, dict[str, Severity]] | None = None) -> DiarySnapshot:
    """A diary whose activity on treatment day n is levels[n] (day numbers from the first course's start)."""
    effects = effects or {}
    entries = tuple(DailyEntry(day(n), activity=v, side_effects=effects.get(n, {})) for n, v in sorted(levels.items()))
    return DiarySnapshot(entries=entries, courses=courses if courses is not None else (Course(S),),
                         profile=Profile(condition=condition),
                         side_effects=(SideEffect("vivid_dreams", "Vivid dreams", True),))


def steady(value: int, last: int) -> dict[int, int]:
    return dict.fromkeys(range(-6, last + 1), value)


def long_lasting() -> dict[int, int]:
    return steady(7, 0) | dict.fromkeys(range(1, 100), 2)


def short_lived() -> dict[int, int]:
    return steady(7, 0) | dict.fromkeys(range(1, 50), 2) | dict.fromkeys(range(50, 85), 7)


@pytest.mark.parametrize(("levels", "category"), [
    (long_lasting(), C.LONG_LASTING),
    (short_lived(), C.SHORT_LIVED),
    (steady(7, 84), C.NON_RESPONDER),
    (steady(7, 10), C.TOO_EARLY),
    (dict.fromkeys(range(5, 40), 5), C.NO_BASELINE),
])
def test_each_patient_is_judged_by_the_app_s_own_rules(levels, category):
    assert patient_outcome("p.json", diary(levels)).category is category


def test_the_first_course_is_the_one_counted_even_when_listed_last():
    later = Course(day(200))
    first = Course(S, day(90), "felt well")
    outcome = patient_outcome("p.json", diary(long_lasting(), courses=(later, first)))
    assert outcome.category is C.LONG_LASTING and outcome.follow_up_days == 90 and outcome.stop_day == 90


def test_a_diary_without_a_course_or_with_one_not_started_is_not_counted():
    assert patient_outcome("p.json", diary(steady(5, 20), courses=())) is None
    assert patient_outcome("p.json", diary(steady(5, -1))) is None  # all days before the start: not_started


def test_the_rows_count_the_study_s_way_with_percentages_of_n():
    outcomes = [patient_outcome(f"{i}.json", diary(levels)) for i, levels in enumerate(
        [long_lasting()] * 12 + [short_lived()] * 23 + [steady(7, 84)] * 12)]
    table = cohort_table(outcomes)
    counts = {row: (c.count, c.percent) for row, c in table.everyone.rows.items()}
    assert counts == {"response": (35, 74.5), "long_lasting": (12, 25.5), "short_lived": (23, 48.9),
                      "non_response": (12, 25.5), "undecided": (0, 0.0)}
    assert table.everyone.n == 47


def test_every_verdict_but_not_started_falls_in_exactly_one_of_the_three_outcome_rows():
    for category in C:
        rows = [row for row in ("response", "non_response", "undecided") if category in ROWS[row]]
        assert len(rows) == (0 if category is C.NOT_STARTED else 1), category


def test_conditions_group_whatever_the_spelling_s_case_and_spaces():
    outcomes = [patient_outcome(f"{i}.json", diary(long_lasting(), condition)) for i, condition in
                enumerate(["Crohn's disease", "crohn's  Disease", "Ulcerative colitis", ""])]
    table = cohort_table(outcomes)
    assert [(g.name, g.n) for g in table.by_condition] == [("Crohn's disease", 2), ("Ulcerative colitis", 1),
                                                           ("condition not given", 1)]
    assert table.fisher_tables() is None  # three groups: no two-condition test


def test_fisher_s_tables_for_two_conditions_are_yes_and_no_per_condition():
    outcomes = [patient_outcome("a", diary(long_lasting(), "CD")), patient_outcome("b", diary(steady(7, 84), "CD")),
                patient_outcome("c", diary(short_lived(), "UC"))]
    assert cohort_table(outcomes).fisher_tables() == {"response": ((1, 1), (1, 0)), "long_lasting": ((1, 1), (0, 1))}


def test_side_effects_count_patients_not_days_and_only_during_the_first_course():
    dreams = {n: {"vivid_dreams": Severity.MODERATE} for n in range(1, 10)}
    before = {-3: {"headache": Severity.SEVERE}}
    none = {n: {"vivid_dreams": Severity.NONE} for n in range(1, 10)}
    table = cohort_table([patient_outcome("a", diary(long_lasting(), effects=dreams)),
                          patient_outcome("b", diary(long_lasting(), effects=dreams | before)),
                          patient_outcome("c", diary(long_lasting(), effects=none))])
    assert table.side_effects == (("vivid_dreams", "Vivid dreams", 2),)


def test_stops_within_28_days_are_counted_with_their_reasons():
    def stopped(n: int, reason: str):
        return patient_outcome("p", diary(steady(7, n), courses=(Course(S, day(n), reason),)))

    table = cohort_table([stopped(14, "drowsiness"), stopped(14, "Drowsiness "), stopped(28, ""), stopped(29, "cost")])
    assert table.stopped_early == (("drowsiness", 2), ("no reason recorded", 1))


def test_follow_up_is_the_median_and_quartiles_of_the_days_judged():
    table = cohort_table([patient_outcome(str(n), diary(steady(7, n))) for n in (10, 20, 30, 40, 50)])
    assert table.follow_up == (30.0, 20.0, 40.0)
    assert cohort_table([]).follow_up is None
    assert cohort_table([]).everyone.rows["response"].percent == 0.0


def test_the_numbers_in_words():
    from diary.domain.cohort import Count, follow_up_text, p_text, percent_text

    assert percent_text(Count(35, 74.5)) == "35 (74.5 %)"
    assert (p_text(1.0), p_text(0.0312), p_text(0.0004)) == ("p = 1.000", "p = 0.031", "p < 0.001")
    assert follow_up_text((84.0, 84.0, 91.0)) == "median 84 days (IQR 84–91)"
    assert follow_up_text(None) == "not known"
    assert cohort_table([patient_outcome("a", diary(steady(7, 30)))]).follow_up == (30.0, 30.0, 30.0)
