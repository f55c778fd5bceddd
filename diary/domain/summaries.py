"""Summaries of a period of the diary: adherence, dose levels, side effects and dose timing."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from diary.domain.entries import DailyEntry, Severity
from diary.domain.language import translate
from diary.domain.side_effects import SideEffect
from diary.domain.treatment import Course, courses_on

RESOLVED_AFTER_DAYS = 14  # absent on the last 14 recorded days
INCREASE_WINDOW_DAYS = 7  # a side effect beginning within 7 days of a dose increase
MIN_TIMING_DAYS = 7  # days with each dose time, from COMPARABLE_FROM_DAY, before comparing them
COMPARABLE_FROM_DAY = 15  # the first two weeks, when side effects often settle, are left out
TIMING_DIFFERENCE = 0.15  # 15 percentage points


def timing_caveat() -> str:
    return translate("domain.summaries", "Side effects often fade over the first weeks whatever the dose time, so part of a "
                     "difference can come from when each dose time was used.")


class DoseTiming(Enum):
    MORNING = "morning"
    BEDTIME = "bedtime"
    OTHER = "afternoon"

    @property
    def words(self) -> str:
        """The dose time as a reader sees it, in the current language (the value stays English)."""
        return {
            DoseTiming.MORNING: translate("domain.summaries", "morning", "a dose time"),
            DoseTiming.BEDTIME: translate("domain.summaries", "bedtime", "a dose time"),
            DoseTiming.OTHER: translate("domain.summaries", "afternoon", "a dose time"),
        }[self]


# When each dose timing begins; it lasts until the next one begins (bedtime runs past midnight).
TIMING_STARTS = {DoseTiming.MORNING: dt.time(4), DoseTiming.OTHER: dt.time(12), DoseTiming.BEDTIME: dt.time(18)}


@functools.lru_cache(maxsize=256)  # a diary has a few dose times over thousands of days (hashing an Enum is slow)
def dose_timing(time: dt.time) -> DoseTiming:
    if TIMING_STARTS[DoseTiming.MORNING] <= time < TIMING_STARTS[DoseTiming.OTHER]:
        return DoseTiming.MORNING
    if TIMING_STARTS[DoseTiming.OTHER] <= time < TIMING_STARTS[DoseTiming.BEDTIME]:
        return DoseTiming.OTHER
    return DoseTiming.BEDTIME


def timing_hours(timing: DoseTiming) -> str:
    """The hours of a dose timing as the app writes them: "04:00–11:59"."""
    order = list(TIMING_STARTS)
    start = TIMING_STARTS[timing]
    following = TIMING_STARTS[order[(order.index(timing) + 1) % len(order)]]
    last = (dt.datetime.combine(dt.date.min, following) - dt.timedelta(minutes=1)).time()
    return f"{start:%H:%M}–{last:%H:%M}"


@dataclass(frozen=True)
class Adherence:
    days: int  # days in the period
    days_with_entry: int
    doses_recorded: int  # days with taken or missed recorded
    doses_taken: int
    missed_days: tuple[dt.date, ...]
    usual_timing: DoseTiming | None  # the timing of most doses taken, if any have a time

    @property
    def days_without_entry(self) -> int:
        return self.days - self.days_with_entry

    @property
    def completeness(self) -> float:
        return self.days_with_entry / self.days if self.days else 0.0


def adherence(entries: Iterable[DailyEntry], first: dt.date, last: dt.date) -> Adherence:
    shown = sorted((e for e in entries if first <= e.day <= last), key=lambda e: e.day)
    recorded = [e for e in shown if e.dose_recorded]
    taken = [e for e in recorded if e.took_dose]
    timings = [dose_timing(e.dose_time) for e in taken if e.dose_time is not None]
    # On a tie the timing used most recently wins (max keeps the first maximum it meets).
    counts = Counter(timings)
    usual = max(reversed(timings), key=counts.__getitem__) if timings else None
    return Adherence(
        days=(last - first).days + 1,
        days_with_entry=len(shown),
        doses_recorded=len(recorded),
        doses_taken=len(taken),
        missed_days=tuple(e.day for e in recorded if not e.took_dose),
        usual_timing=usual,
    )


@dataclass(frozen=True)
class DoseLevel:
    """One dose level and the days it was recorded, first to last."""

    dose_mg: float
    first: dt.date
    last: dt.date
    days: int


def dose_levels(entries: Iterable[DailyEntry]) -> list[DoseLevel]:
    """Consecutive runs of the same recorded dose, oldest first."""
    levels: list[DoseLevel] = []
    for entry in sorted(entries, key=lambda e: e.day):
        if entry.dose_mg is None:
            continue
        if levels and levels[-1].dose_mg == entry.dose_mg:
            current = levels[-1]
            levels[-1] = DoseLevel(current.dose_mg, current.first, entry.day, current.days + 1)
        else:
            levels.append(DoseLevel(entry.dose_mg, entry.day, entry.day, 1))
    return levels


def dose_increases(entries: Iterable[DailyEntry]) -> list[dt.date]:
    """The first day of each dose level higher than the one before it."""
    levels = dose_levels(entries)
    return [b.first for a, b in itertools.pairwise(levels) if b.dose_mg > a.dose_mg]


@dataclass(frozen=True)
class SideEffectSummary:
    effect: SideEffect
    days_present: int
    days_recorded: int
    highest: Severity
    first: dt.date
    last: dt.date
    resolved: bool  # absent on each of the last 14 days it was recorded
    morning: tuple[int, int]  # (days present, days recorded) with a morning dose
    bedtime: tuple[int, int]  # the same with a bedtime dose
    after_increase: bool  # began within 7 days of a dose increase

    @staticmethod
    def rate(counts: tuple[int, int]) -> float | None:
        present, recorded = counts
        return present / recorded if recorded else None


def side_effect_summaries(
    entries: Iterable[DailyEntry], side_effects: Iterable[SideEffect], first: dt.date, last: dt.date
) -> list[SideEffectSummary]:
    """One summary per side effect felt at least once in the period, in list order."""
    shown = sorted((e for e in entries if first <= e.day <= last), key=lambda e: e.day)
    increases = dose_increases(shown)
    # The timing of each day's dose taken at a known time (None otherwise), worked out once for every side effect.
    timings = [dose_timing(e.dose_time) if e.took_dose and e.dose_time is not None else None for e in shown]
    days = [e.day for e in shown]
    summaries = []
    for effect in side_effects:
        # The side effect's severity on each day of the period (None: not recorded that day).
        severities = [e.side_effects.get(effect.key) for e in shown]
        present = [(day, severity) for day, severity in zip(days, severities) if severity]  # NONE is 0: left out
        if not present:
            continue
        recorded = [severity for severity in severities if severity is not None]
        tail = recorded[-RESOLVED_AFTER_DAYS:]
        resolved = len(tail) == RESOLVED_AFTER_DAYS and all(severity == Severity.NONE for severity in tail)
        onset = present[0][0]
        summaries.append(
            SideEffectSummary(
                effect=effect,
                days_present=len(present),
                days_recorded=len(recorded),
                highest=max(severity for _, severity in present),
                first=onset,
                last=present[-1][0],
                resolved=resolved,
                morning=_timing_counts(severities, timings, DoseTiming.MORNING),
                bedtime=_timing_counts(severities, timings, DoseTiming.BEDTIME),
                after_increase=any(0 <= (onset - day).days <= INCREASE_WINDOW_DAYS for day in increases),
            )
        )
    return summaries


def _timing_counts(
    severities: list[Severity | None], timings: list[DoseTiming | None], timing: DoseTiming
) -> tuple[int, int]:
    """(days present, days recorded) of a side effect's `severities` on the days with a dose at `timing`."""
    chosen = [severity for severity, t in zip(severities, timings) if t is timing and severity is not None]
    return len(chosen) - chosen.count(Severity.NONE), len(chosen)


@dataclass(frozen=True)
class TimingComparison:
    """Morning against bedtime doses: the side effects that differ, or why no comparison is made."""

    notes: tuple[str, ...]  # one sentence per side effect that differs clearly
    reason: str | None  # why no comparison is made; None when one is

    @property
    def caveat(self) -> str:
        return timing_caveat()

    @property
    def sentences(self) -> tuple[str, ...]:
        """What to print: the differences, that there are none, or why nothing is compared."""
        if self.reason is not None:
            return (self.reason,)
        none_differ = translate(
            "domain.summaries",
            "No side effect differed clearly (by {points} percentage points or more) between days with a morning dose "
            "and days with a bedtime dose (from day {day} of LDN on).",
        ).format(points=f"{TIMING_DIFFERENCE * 100:.0f}", day=COMPARABLE_FROM_DAY)
        return self.notes or (none_differ,)


def _day_span(days: list[int]) -> str:
    if not days:
        return translate("domain.summaries", "no days", "treatment days a dose time was used on")
    if len(days) == 1:
        return translate("domain.summaries", "day {day}", "a treatment day").format(day=days[0])
    return translate("domain.summaries", "days {first}–{last}", "treatment days").format(first=days[0], last=days[-1])


def timing_comparison(
    entries: Iterable[DailyEntry], summaries: Iterable[SideEffectSummary], courses: Iterable[Course]
) -> TimingComparison:
    """Compare side effects on days with a morning and a bedtime dose, on comparable treatment days only.

    Side effects often settle over the first two weeks whatever the dose time, so a dose time used
    only early in a course would look worse for that reason alone: only doses from treatment day
    COMPARABLE_FROM_DAY count, each dose time needs MIN_TIMING_DAYS of them, and as many within
    the treatment days of the other: after a single switch (bedtime, then morning) a difference
    would mostly be the time on LDN.
    """
    courses = list(courses)
    days: dict[DoseTiming, list[tuple[int, DailyEntry]]] = {DoseTiming.MORNING: [], DoseTiming.BEDTIME: []}
    ordered = sorted(entries, key=lambda e: e.day)
    covering = courses_on(courses, [e.day for e in ordered])
    for entry in ordered:
        course = covering.get(entry.day)
        if course is None or not entry.took_dose or entry.dose_time is None:
            continue
        timing = dose_timing(entry.dose_time)
        if timing in days:
            days[timing].append((course.day_number(entry.day), entry))
    morning = [e for n, e in days[DoseTiming.MORNING] if n >= COMPARABLE_FROM_DAY]
    bedtime = [e for n, e in days[DoseTiming.BEDTIME] if n >= COMPARABLE_FROM_DAY]
    if len(morning) < MIN_TIMING_DAYS or len(bedtime) < MIN_TIMING_DAYS:
        return TimingComparison((), _why_not_compared(days))
    overlaps = _overlap(days, DoseTiming.MORNING, DoseTiming.BEDTIME), _overlap(days, DoseTiming.BEDTIME, DoseTiming.MORNING)
    if min(overlaps) < MIN_TIMING_DAYS:
        spans = {t: _day_span(sorted(n for n, _ in d)) for t, d in days.items()}
        return TimingComparison((), translate(
            "domain.summaries",
            "No comparison of morning and bedtime doses: they were taken in different weeks of treatment (bedtime doses on "
            "{bedtime}, morning doses on {morning} of LDN), so a difference would mostly reflect the time on LDN, not the dose time.",
        ).format(bedtime=spans[DoseTiming.BEDTIME], morning=spans[DoseTiming.MORNING]))
    notes: list[str] = []
    for s in summaries:
        key = s.effect.key
        counts: dict[DoseTiming, tuple[int, int]] = {}
        for timing, chosen in ((DoseTiming.MORNING, morning), (DoseTiming.BEDTIME, bedtime)):
            recorded = [e for e in chosen if key in e.side_effects]
            counts[timing] = (sum(1 for e in recorded if e.side_effects[key] > Severity.NONE), len(recorded))
        if min(c[1] for c in counts.values()) < MIN_TIMING_DAYS:
            continue
        m, b = (SideEffectSummary.rate(counts[t]) for t in (DoseTiming.MORNING, DoseTiming.BEDTIME))
        if m is None or b is None:  # not reached: both have at least MIN_TIMING_DAYS days recorded
            continue
        if abs(m - b) < TIMING_DIFFERENCE - 1e-9:  # exactly 15 points counts, whatever the float rounding
            continue
        if m < b:
            note = translate(
                "domain.summaries",
                "{name} came on {low} of days with a morning dose, against {high} with a bedtime dose (from day {day} of LDN on: "
                "{morning} morning and {bedtime} bedtime days recorded).",
            )
        else:
            note = translate(
                "domain.summaries",
                "{name} came on {low} of days with a bedtime dose, against {high} with a morning dose (from day {day} of LDN on: "
                "{morning} morning and {bedtime} bedtime days recorded).",
            )
        notes.append(note.format(name=s.effect.shown_label, low=f"{min(m, b):.0%}", high=f"{max(m, b):.0%}", day=COMPARABLE_FROM_DAY,
                                 morning=counts[DoseTiming.MORNING][1], bedtime=counts[DoseTiming.BEDTIME][1]))
    return TimingComparison(tuple(notes), None)


def _overlap(days: dict[DoseTiming, list[tuple[int, DailyEntry]]], these: DoseTiming, others: DoseTiming) -> int:
    """How many comparable days of one dose time fall within the treatment days the other was used on."""
    other = [n for n, _ in days[others] if n >= COMPARABLE_FROM_DAY]
    if not other:
        return 0
    first, last = min(other), max(other)  # once: inside the count they made it quadratic
    return sum(1 for n, _ in days[these] if first <= n <= last)


def _why_not_compared(days: dict[DoseTiming, list[tuple[int, DailyEntry]]]) -> str:
    need = translate(
        "domain.summaries",
        "at least {days} days of each from day {day} of LDN on are needed, as side effects often settle over the first two "
        "weeks whatever the dose time",
    ).format(days=MIN_TIMING_DAYS, day=COMPARABLE_FROM_DAY)
    spans = {t: sorted(n for n, _ in d) for t, d in days.items()}
    if not any(spans.values()):
        return translate(
            "domain.summaries", "Too few doses with a recorded time to compare morning ({morning}) and bedtime ({bedtime}) doses: {need}."
        ).format(morning=timing_hours(DoseTiming.MORNING), bedtime=timing_hours(DoseTiming.BEDTIME), need=need)
    used = []
    if spans[DoseTiming.BEDTIME]:
        used.append(translate("domain.summaries", "bedtime doses on {days}").format(days=_day_span(spans[DoseTiming.BEDTIME])))
    if spans[DoseTiming.MORNING]:
        used.append(translate("domain.summaries", "morning doses on {days}").format(days=_day_span(spans[DoseTiming.MORNING])))
    late = {t: sum(1 for n in spans[t] if n >= COMPARABLE_FROM_DAY) for t in spans}
    few_morning, few_bedtime = (late[t] < MIN_TIMING_DAYS for t in (DoseTiming.MORNING, DoseTiming.BEDTIME))
    if few_morning and few_bedtime:
        text = translate("domain.summaries", "No comparison of morning and bedtime doses: too few morning and bedtime doses to compare "
                         "({used}); {need}.")
    elif few_morning:
        text = translate("domain.summaries",
                         "No comparison of morning and bedtime doses: too few morning doses to compare ({used}); {need}.")
    else:
        text = translate("domain.summaries",
                         "No comparison of morning and bedtime doses: too few bedtime doses to compare ({used}); {need}.")
    return text.format(used="; ".join(used), need=need)


@dataclass(frozen=True)
class PeriodSummary:
    """What the Side effects page and the clinician summary say about a period."""

    first: dt.date
    last: dt.date
    adherence: Adherence
    dose_levels: tuple[DoseLevel, ...]
    side_effects: tuple[SideEffectSummary, ...]  # on the days given (see summarize_period)
    timing: TimingComparison
    # The same for the days before LDN (the baseline) when they are kept apart: not side effects.
    before_ldn: tuple[SideEffectSummary, ...] = ()
    before_ldn_days: int = 0  # days recorded before LDN


def diary_period(entries: list[DailyEntry], today: dt.date) -> tuple[dt.date, dt.date]:
    """The whole diary's period: its first to its last entry (today alone in an empty diary)."""
    days = [e.day for e in entries] or [today]
    return min(days), max(days)


def summarize_period(
    entries: Iterable[DailyEntry], side_effects: Iterable[SideEffect], first: dt.date, last: dt.date,
    courses: Iterable[Course] = (), *, baseline_apart: bool = False,
) -> PeriodSummary:
    """The period's summaries. With `baseline_apart`, days before the first course's day 1 are the
    baseline: their symptoms are summarised apart, as `before_ldn`, and not as side effects."""
    courses = list(courses)
    side_effects = list(side_effects)
    shown = [e for e in entries if first <= e.day <= last]
    day_1 = min((c.start for c in courses), default=None) if baseline_apart else None
    before = [e for e in shown if day_1 is not None and e.day < day_1]
    on_or_after = [e for e in shown if day_1 is None or e.day >= day_1]
    summaries = side_effect_summaries(on_or_after, side_effects, first, last)
    return PeriodSummary(
        first, last, adherence(shown, first, last), tuple(dose_levels(shown)), tuple(summaries),
        timing_comparison(shown, summaries, courses),
        tuple(side_effect_summaries(before, side_effects, first, last)), len(before),
    )
