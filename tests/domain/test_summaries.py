"""Period summaries on hand-built diaries: dose timing, adherence, dose levels, side effects, timing notes, opioids."""

import datetime as dt

import pytest

from diary.domain.entries import DailyEntry, Severity
from diary.domain.side_effects import SideEffect
from diary.domain.summaries import (
    Adherence,
    DoseLevel,
    DoseTiming,
    SideEffectSummary,
    adherence,
    dose_increases,
    dose_levels,
    dose_timing,
    side_effect_summaries,
    summarize_period,
    timing_comparison,
)
from diary.domain.treatment import Course

START = dt.date(2026, 3, 1)
MORNING, BEDTIME, AFTERNOON = dt.time(8, 0), dt.time(22, 0), dt.time(14, 0)
DREAMS = SideEffect("vivid_dreams", "Vivid dreams", builtin=True)
HEADACHE = SideEffect("headache", "Headache", builtin=True)
NAUSEA = SideEffect("nausea", "Nausea", builtin=True)
EFFECTS = [DREAMS, HEADACHE, NAUSEA]


def day(n: int) -> dt.date:
    """Day n of the diary, day 1 being START."""
    return START + dt.timedelta(days=n - 1)


def dose(n: int, mg: float = 1.5, taken: bool | None = True, time: dt.time | None = BEDTIME, **effects) -> DailyEntry:
    """An entry on day n with a dose and the given side effects (severity numbers)."""
    return DailyEntry(
        day(n), dose_mg=mg, dose_taken=taken, dose_time=time if taken else None,
        side_effects={k: Severity(v) for k, v in effects.items()},
    )


# --- dose timing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("time", "timing"),
    [
        (dt.time(0, 0), DoseTiming.BEDTIME),
        (dt.time(3, 59), DoseTiming.BEDTIME),
        (dt.time(4, 0), DoseTiming.MORNING),
        (dt.time(11, 59), DoseTiming.MORNING),
        (dt.time(12, 0), DoseTiming.OTHER),
        (dt.time(17, 59), DoseTiming.OTHER),
        (dt.time(18, 0), DoseTiming.BEDTIME),
        (dt.time(23, 59), DoseTiming.BEDTIME),
    ],
)
def test_dose_timing_boundaries(time, timing):
    assert dose_timing(time) is timing


# --- adherence -----------------------------------------------------------------------------------


def test_adherence_counts_doses_missed_days_and_empty_days():
    entries = [
        dose(1), dose(2), dose(3, taken=False), dose(4), dose(5),
        DailyEntry(day(6), activity=4),  # an entry without any dose recorded
        dose(8), dose(9, taken=False),
        dose(11),  # outside the period
        DailyEntry(day(0), activity=5),  # before it
    ]
    a = adherence(entries, day(1), day(10))
    assert a.days == 10
    assert a.days_with_entry == 8
    assert a.days_without_entry == 2  # days 7 and 10
    assert a.completeness == pytest.approx(0.8)
    assert a.doses_recorded == 7
    assert a.doses_taken == 5
    assert a.missed_days == (day(3), day(9))
    assert a.usual_timing is DoseTiming.BEDTIME


def test_adherence_lists_missed_days_in_date_order_whatever_the_order_given():
    entries = [dose(9, taken=False), dose(1), dose(3, taken=False), dose(5, taken=False)]
    assert adherence(entries, day(1), day(10)).missed_days == (day(3), day(5), day(9))


def test_usual_timing_is_the_timing_of_most_doses_taken():
    entries = [dose(1, time=BEDTIME), dose(2, time=MORNING), dose(3, time=dt.time(9, 30)), dose(4, time=None)]
    assert adherence(entries, day(1), day(4)).usual_timing is DoseTiming.MORNING
    afternoon = [dose(1, time=AFTERNOON), dose(2, time=dt.time(15, 0)), dose(3, time=BEDTIME)]
    assert adherence(afternoon, day(1), day(3)).usual_timing is DoseTiming.OTHER


def test_usual_timing_ignores_missed_doses_and_is_none_without_times():
    missed_with_time = DailyEntry(day(2), dose_mg=1.5, dose_taken=False, dose_time=MORNING)
    entries = [dose(1, time=BEDTIME), missed_with_time, DailyEntry(day(3), dose_mg=1.5, dose_taken=False, dose_time=MORNING)]
    assert adherence(entries, day(1), day(3)).usual_timing is DoseTiming.BEDTIME
    assert adherence([dose(1, time=None), dose(2, time=None)], day(1), day(2)).usual_timing is None
    assert adherence([], day(1), day(2)).usual_timing is None


def test_usual_timing_on_a_tie_is_the_most_recent():
    bedtime_first = [dose(1, time=BEDTIME), dose(2, time=BEDTIME), dose(3, time=MORNING), dose(4, time=MORNING)]
    assert adherence(bedtime_first, day(1), day(4)).usual_timing is DoseTiming.MORNING
    morning_first = [dose(1, time=MORNING), dose(2, time=MORNING), dose(3, time=BEDTIME), dose(4, time=BEDTIME)]
    assert adherence(list(reversed(morning_first)), day(1), day(4)).usual_timing is DoseTiming.BEDTIME


def test_adherence_of_an_empty_period():
    a = adherence([], day(1), day(7))
    assert (a.days, a.days_with_entry, a.days_without_entry, a.doses_recorded, a.missed_days) == (7, 0, 7, 0, ())
    assert a.completeness == 0.0
    assert Adherence(0, 0, 0, 0, (), None).completeness == 0.0


# --- dose levels and increases -------------------------------------------------------------------


def test_dose_levels_are_runs_of_the_same_dose_oldest_first():
    entries = [
        dose(3, 1.5), dose(1, 1.5), dose(2, 1.5, taken=False),  # a missed dose still belongs to its level
        DailyEntry(day(4), activity=3),  # no dose recorded: the run goes on
        dose(5, 3.0), dose(6, 3.0),
        dose(7, 1.5),  # back down
    ]
    assert dose_levels(entries) == [
        DoseLevel(1.5, day(1), day(3), 3),
        DoseLevel(3.0, day(5), day(6), 2),
        DoseLevel(1.5, day(7), day(7), 1),
    ]
    assert dose_levels([]) == []
    assert dose_levels([DailyEntry(day(1), activity=2)]) == []


def test_dose_levels_count_recorded_days_not_calendar_days():
    assert dose_levels([dose(1, 4.5), dose(10, 4.5)]) == [DoseLevel(4.5, day(1), day(10), 2)]


def test_dose_increases_are_the_first_days_of_higher_levels():
    entries = [dose(1, 1.5), dose(2, 3.0), dose(3, 3.0), dose(4, 1.5), dose(5, 4.5), dose(6, 4.5)]
    assert dose_increases(entries) == [day(2), day(5)]
    assert dose_increases([dose(1, 4.5), dose(2, 3.0)]) == []  # a decrease is no increase
    assert dose_increases([dose(1, 1.5)]) == []  # starting is no increase either


# --- side effects --------------------------------------------------------------------------------


def test_side_effect_days_present_recorded_highest_first_and_last():
    entries = [
        dose(1, vivid_dreams=0, headache=0),
        dose(2, vivid_dreams=2, headache=0),
        dose(3, vivid_dreams=1),  # headache not recorded that day
        DailyEntry(day(4), activity=3),  # nothing about side effects
        dose(5, vivid_dreams=3, headache=1),
        dose(6, vivid_dreams=0, headache=0),
        dose(7, vivid_dreams=3),  # outside the period
    ]
    dreams, headache = side_effect_summaries(entries, EFFECTS, day(1), day(6))
    assert dreams.effect == DREAMS
    assert (dreams.days_present, dreams.days_recorded) == (3, 5)
    assert dreams.highest is Severity.SEVERE
    assert (dreams.first, dreams.last) == (day(2), day(5))
    assert headache.effect == HEADACHE
    assert (headache.days_present, headache.days_recorded) == (1, 4)
    assert headache.highest is Severity.MILD
    assert (headache.first, headache.last) == (day(5), day(5))


def test_side_effects_never_felt_are_left_out_and_list_order_is_kept():
    entries = [dose(1, nausea=2, vivid_dreams=0), dose(2, headache=1, vivid_dreams=0), dose(3, nausea=0)]
    summaries = side_effect_summaries(entries, EFFECTS, day(1), day(3))
    assert [s.effect.key for s in summaries] == ["headache", "nausea"]
    assert side_effect_summaries([dose(1, vivid_dreams=0)], EFFECTS, day(1), day(1)) == []
    assert side_effect_summaries([], EFFECTS, day(1), day(1)) == []


def _absent_after_felt(absent_days: int) -> list[DailyEntry]:
    return [dose(1, headache=2)] + [dose(1 + n, headache=0) for n in range(1, absent_days + 1)]


def test_resolved_after_14_recorded_days_without_it():
    (summary,) = side_effect_summaries(_absent_after_felt(14), EFFECTS, day(1), day(30))
    assert summary.resolved


def test_not_resolved_after_13_recorded_days_without_it():
    (summary,) = side_effect_summaries(_absent_after_felt(13), EFFECTS, day(1), day(30))
    assert not summary.resolved


def test_resolved_counts_recorded_days_not_calendar_days():
    # Felt on day 1, then recorded as absent on every other day: 14 recorded days over 27 calendar days.
    entries = [dose(1, headache=1)] + [dose(n, headache=0) for n in range(3, 30, 2)]
    (summary,) = side_effect_summaries(entries, EFFECTS, day(1), day(30))
    assert summary.resolved
    # Days with other side effects recorded but not this one do not count towards it.
    entries = [dose(1, headache=1)] + [dose(n, headache=0) for n in range(2, 15)] + [dose(15, nausea=1)]
    headache = side_effect_summaries(entries, EFFECTS, day(1), day(30))[0]
    assert headache.effect == HEADACHE and not headache.resolved


def test_not_resolved_when_felt_in_the_last_14_recorded_days():
    entries = [dose(n, headache=0) for n in range(1, 20)] + [dose(20, headache=1)]
    (summary,) = side_effect_summaries(entries, EFFECTS, day(1), day(20))
    assert not summary.resolved


def test_morning_and_bedtime_counts_use_only_doses_taken_with_a_time():
    entries = [
        dose(1, time=MORNING, vivid_dreams=0),
        dose(2, time=dt.time(4, 0), vivid_dreams=1),
        dose(3, time=dt.time(11, 59), vivid_dreams=0),
        dose(4, time=BEDTIME, vivid_dreams=2),
        dose(5, time=dt.time(2, 0), vivid_dreams=1),
        dose(6, time=dt.time(18, 0), vivid_dreams=0),
        dose(7, time=AFTERNOON, vivid_dreams=3),  # afternoon: neither
        dose(8, time=None, vivid_dreams=1),  # taken, no time: neither
        dose(9, taken=False, vivid_dreams=1),  # missed: neither
        DailyEntry(day(10), dose_mg=1.5, dose_taken=False, dose_time=BEDTIME, side_effects={"vivid_dreams": Severity.MILD}),
        dose(11, time=BEDTIME, headache=0),  # vivid dreams not recorded that day
    ]
    (summary,) = side_effect_summaries(entries, EFFECTS, day(1), day(11))
    assert summary.morning == (1, 3)
    assert summary.bedtime == (2, 3)
    assert summary.days_recorded == 10
    assert SideEffectSummary.rate(summary.morning) == pytest.approx(1 / 3)


def test_rate_is_none_without_days():
    assert SideEffectSummary.rate((0, 0)) is None
    assert SideEffectSummary.rate((1, 4)) == 0.25


def _increase_then_onset(onset_day: int) -> list[DailyEntry]:
    """1.5 mg on days 1-14, 3.0 mg from day 15; headache first felt on `onset_day`."""
    return [dose(n, 1.5 if n < 15 else 3.0, headache=1 if n >= onset_day else 0) for n in range(1, 31)]


@pytest.mark.parametrize(
    ("onset_day", "after_increase"),
    [(14, False), (15, True), (20, True), (22, True), (23, False)],  # day 22 is 7 days after the increase
)
def test_after_increase_within_7_days(onset_day, after_increase):
    (summary,) = side_effect_summaries(_increase_then_onset(onset_day), EFFECTS, day(1), day(30))
    assert summary.first == day(onset_day)
    assert summary.after_increase is after_increase


def test_after_increase_looks_at_the_first_day_felt_only():
    # Felt on day 3 (no increase near), again after the increase on day 15: it did not begin after it.
    entries = [dose(n, 1.5 if n < 15 else 3.0, headache=1 if n in (3, 16) else 0) for n in range(1, 31)]
    (summary,) = side_effect_summaries(entries, EFFECTS, day(1), day(30))
    assert not summary.after_increase


# --- morning against bedtime doses ---------------------------------------------------------------

ON_LDN = [Course(START)]


def timed(days, time: dt.time, felt=lambda n: False, effect: str = "vivid_dreams") -> list[DailyEntry]:
    return [dose(n, time=time, **{effect: 1 if felt(n) else 0}) for n in days]


def compare(entries: list[DailyEntry], effects=EFFECTS):
    return timing_comparison(entries, side_effect_summaries(entries, effects, day(-6), day(200)), ON_LDN)


def alternating(days, felt_bedtime=lambda n: False, felt_morning=lambda n: False, effect="vivid_dreams"):
    """Bedtime doses on even treatment days, morning doses on odd ones: the same weeks of treatment."""
    return [dose(n, time=BEDTIME if n % 2 == 0 else MORNING,
                 **{effect: 1 if (felt_bedtime(n) if n % 2 == 0 else felt_morning(n)) else 0}) for n in days]


def test_doses_compared_on_comparable_treatment_days_only():
    # Bedtime doses only in the first two weeks (dreams on all of them), then both times alternating.
    entries = timed(range(1, 15), BEDTIME, lambda n: True) + alternating(range(15, 43), lambda n: n % 4 == 0)
    result = compare(entries)
    assert result.reason is None
    # Days 15-42 only: 7 dream days (16, 20, ... 40) of 14 bedtime days, not 21 of 28 of all bedtime days.
    assert result.notes == (
        "Vivid dreams came on 0% of days with a morning dose, against 50% with a bedtime dose "
        "(from day 15 of LDN on: 14 morning and 14 bedtime days recorded).",
    )
    assert result.sentences == result.notes and "fade over the first weeks" in result.caveat


def test_no_comparison_after_a_single_switch_of_dose_time():
    # The demo's pattern: bedtime doses to day 28, then morning doses. Dreams fade with time on LDN
    # whatever the dose time, so 'fewer with a morning dose' would mostly be the time on LDN.
    entries = timed(range(1, 29), BEDTIME, lambda n: n % 2 == 0) + timed(range(29, 60), MORNING)
    result = compare(entries)
    assert result.notes == () and result.reason == (
        "No comparison of morning and bedtime doses: they were taken in different weeks of treatment (bedtime "
        "doses on days 1–28, morning doses on days 29–59 of LDN), so a difference would mostly reflect the "
        "time on LDN, not the dose time."
    )


def test_no_comparison_when_one_dose_time_was_used_only_in_the_first_two_weeks():
    entries = timed(range(1, 15), BEDTIME, lambda n: n % 2 == 0) + timed(range(15, 60), MORNING)
    result = compare(entries)
    assert result.notes == () and result.reason == (
        "No comparison of morning and bedtime doses: too few bedtime doses to compare (bedtime doses on days "
        "1–14; morning doses on days 15–59); at least 7 days of each from day 15 of LDN on are needed, as side "
        "effects often settle over the first two weeks whatever the dose time."
    )
    assert result.sentences == (result.reason,)


def test_no_comparison_without_dose_times_or_before_ldn():
    before = [dose(n, time=BEDTIME, vivid_dreams=1) for n in range(-6, 1)]  # before day 1: not on LDN
    assert compare(before).reason.startswith("Too few doses with a recorded time")


def test_the_morning_can_be_the_worse_and_a_small_difference_is_not_noted():
    worse = alternating(range(15, 35), felt_morning=lambda n: n % 4 == 1, effect="headache")
    (note,) = compare(worse).notes
    assert note.startswith("Headache came on 0% of days with a bedtime dose, against 50% with a morning dose")
    alike = alternating(range(15, 35), lambda n: n % 4 == 0, lambda n: n % 4 == 1)
    result = compare(alike)
    assert result.notes == () and result.sentences[0].startswith("No side effect differed clearly")


@pytest.mark.parametrize(("morning_days", "compared"), [(6, False), (7, True)])
def test_seven_days_of_each_after_day_14_are_needed(morning_days, compared):
    # Bedtime doses every day from day 15 to 40, a morning dose instead on the first days of some weeks.
    mornings = {16 + 3 * i for i in range(morning_days)}
    entries = [dose(n, time=MORNING if n in mornings else BEDTIME, vivid_dreams=0 if n in mornings else 1) for n in range(15, 41)]
    assert (compare(entries).reason is None) is compared


# --- the whole period ----------------------------------------------------------------------------


def test_summarize_period_brings_it_all_together():
    entries = [DailyEntry(day(n), activity=5, side_effects={"vivid_dreams": Severity.NONE}) for n in range(-6, 1)]
    entries += [dose(n, 1.5, time=BEDTIME, vivid_dreams=2 if n % 2 else 0) for n in range(1, 11)]
    entries += [dose(n, 3.0, time=MORNING, vivid_dreams=0) for n in range(11, 21)]
    entries.append(dose(25, 3.0))  # after the period
    summary = summarize_period(entries, EFFECTS, day(-6), day(21), ON_LDN)
    assert (summary.first, summary.last) == (day(-6), day(21))
    assert summary.adherence.days == 28 and summary.adherence.days_with_entry == 27
    assert summary.dose_levels == (DoseLevel(1.5, day(1), day(10), 10), DoseLevel(3.0, day(11), day(20), 10))
    (dreams,) = summary.side_effects
    assert (dreams.days_present, dreams.days_recorded) == (5, 27)
    assert dreams.morning == (0, 10) and dreams.bedtime == (5, 10)
    assert not dreams.after_increase
    assert summary.timing.reason.startswith("No comparison of morning and bedtime doses: too few morning and bedtime")


def test_with_the_baseline_apart_symptoms_before_day_1_are_not_side_effects():
    entries = [DailyEntry(day(n), side_effects={"nausea": Severity.MODERATE if n % 2 else Severity.NONE})
               for n in range(-6, 1)]
    entries += [dose(n, nausea=0, headache=1 if n == 3 else 0) for n in range(1, 11)]
    apart = summarize_period(entries, EFFECTS, day(-6), day(10), ON_LDN, baseline_apart=True)
    assert [s.effect.key for s in apart.side_effects] == ["headache"]
    (nausea,) = apart.before_ldn
    assert nausea.effect.key == "nausea" and (nausea.days_present, nausea.days_recorded) == (3, 7)
    assert apart.before_ldn_days == 7
    together = summarize_period(entries, EFFECTS, day(-6), day(10), ON_LDN)
    assert [s.effect.key for s in together.side_effects] == ["headache", "nausea"] and together.before_ldn == ()


def test_a_dose_recorded_without_taken_or_missed_counts_as_taken():
    # As SPEC 5 reads a CSV row with a dose and an empty dose_taken.
    entries = [
        DailyEntry(dt.date(2026, 1, 1), dose_mg=1.5, dose_time=dt.time(22)),
        DailyEntry(dt.date(2026, 1, 2), dose_mg=1.5, dose_taken=False),
    ]
    result = adherence(entries, dt.date(2026, 1, 1), dt.date(2026, 1, 2))
    assert (result.doses_recorded, result.doses_taken) == (2, 1)
    assert result.missed_days == (dt.date(2026, 1, 2),)
    assert result.usual_timing is DoseTiming.BEDTIME
