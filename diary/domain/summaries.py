"""Summaries of a period of the diary: adherence, dose levels, side effects and dose timing."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from diary.domain.entries import DailyEntry, Severity
from diary.domain.side_effects import SideEffect
from diary.domain.treatment import Course, Medication, is_opioid

RESOLVED_AFTER_DAYS = 14  # absent on the last 14 recorded days
INCREASE_WINDOW_DAYS = 7  # a side effect beginning within 7 days of a dose increase
MIN_TIMING_DAYS = 5  # days recorded with each timing before comparing them
TIMING_DIFFERENCE = 0.15  # 15 percentage points


class DoseTiming(Enum):
    MORNING = "morning"  # 04:00-11:59
    BEDTIME = "bedtime"  # 18:00-03:59
    OTHER = "afternoon"  # 12:00-17:59


def dose_timing(time: dt.time) -> DoseTiming:
    if dt.time(4) <= time < dt.time(12):
        return DoseTiming.MORNING
    if time >= dt.time(18) or time < dt.time(4):
        return DoseTiming.BEDTIME
    return DoseTiming.OTHER


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
    for entry in sorted((e for e in entries if e.dose_mg is not None), key=lambda e: e.day):
        if levels and levels[-1].dose_mg == entry.dose_mg:
            current = levels[-1]
            levels[-1] = DoseLevel(current.dose_mg, current.first, entry.day, current.days + 1)
        else:
            levels.append(DoseLevel(entry.dose_mg, entry.day, entry.day, 1))
    return levels


def dose_increases(entries: Iterable[DailyEntry]) -> list[dt.date]:
    """The first day of each dose level higher than the one before it."""
    levels = dose_levels(entries)
    return [b.first for a, b in zip(levels, levels[1:]) if b.dose_mg > a.dose_mg]


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
    # The timing of each dose taken at a known time, worked out once for every side effect.
    timings = {e.day: dose_timing(e.dose_time) for e in shown if e.took_dose and e.dose_time is not None}
    summaries = []
    for effect in side_effects:
        recorded = [e for e in shown if effect.key in e.side_effects]
        present = [e for e in recorded if e.side_effects[effect.key] > Severity.NONE]
        if not present:
            continue
        tail = recorded[-RESOLVED_AFTER_DAYS:]
        resolved = len(tail) == RESOLVED_AFTER_DAYS and all(e.side_effects[effect.key] == Severity.NONE for e in tail)
        onset = present[0].day
        summaries.append(
            SideEffectSummary(
                effect=effect,
                days_present=len(present),
                days_recorded=len(recorded),
                highest=max(e.side_effects[effect.key] for e in present),
                first=onset,
                last=present[-1].day,
                resolved=resolved,
                morning=_timing_counts(recorded, effect.key, timings, DoseTiming.MORNING),
                bedtime=_timing_counts(recorded, effect.key, timings, DoseTiming.BEDTIME),
                after_increase=any(0 <= (onset - day).days <= INCREASE_WINDOW_DAYS for day in increases),
            )
        )
    return summaries


def _timing_counts(
    recorded: list[DailyEntry], key: str, timings: dict[dt.date, DoseTiming], timing: DoseTiming
) -> tuple[int, int]:
    days = [e for e in recorded if timings.get(e.day) is timing]
    return sum(1 for e in days if e.side_effects[key] > Severity.NONE), len(days)


def timing_notes(summaries: Iterable[SideEffectSummary]) -> list[str]:
    """A sentence for each side effect that differs clearly between morning and bedtime doses."""
    notes = []
    for s in summaries:
        morning, bedtime = s.morning, s.bedtime
        if morning[1] < MIN_TIMING_DAYS or bedtime[1] < MIN_TIMING_DAYS:
            continue
        m, b = s.rate(morning), s.rate(bedtime)
        if abs(m - b) < TIMING_DIFFERENCE - 1e-9:  # exactly 15 points counts, whatever the float rounding
            continue
        better, worse = ("morning", "bedtime") if m < b else ("bedtime", "morning")
        notes.append(
            f"{s.effect.label} came on {min(m, b):.0%} of days with a {better} dose, against {max(m, b):.0%} "
            f"with a {worse} dose ({morning[1]} morning and {bedtime[1]} bedtime days recorded)."
        )
    return notes


def opioid_overlaps(medications: Iterable[Medication], courses: Iterable[Course]) -> list[Medication]:
    """Opioid painkillers taken at any time during an LDN course (naltrexone blocks them)."""
    courses = list(courses)
    overlapping = []
    for med in medications:
        if not is_opioid(med):
            continue
        for course in courses:
            starts_before_course_ends = med.start is None or course.end is None or med.start <= course.end
            stops_after_course_starts = med.stop is None or med.stop >= course.start
            if starts_before_course_ends and stops_after_course_starts:
                overlapping.append(med)
                break
    return overlapping


OPIOID_WARNING = (
    "Naltrexone blocks opioid painkillers, so {names} may not work as expected while you take LDN. "
    "Please talk to your prescriber before taking them together."
)


def opioid_warning(medications: Iterable[Medication], courses: Iterable[Course]) -> str | None:
    overlapping = opioid_overlaps(medications, courses)
    if not overlapping:
        return None
    return OPIOID_WARNING.format(names=" and ".join(dict.fromkeys(m.name for m in overlapping)))


@dataclass(frozen=True)
class PeriodSummary:
    """What the Side effects page and the clinician summary say about a period."""

    first: dt.date
    last: dt.date
    adherence: Adherence
    dose_levels: tuple[DoseLevel, ...]
    side_effects: tuple[SideEffectSummary, ...]
    timing_notes: tuple[str, ...]


def summarize_period(
    entries: Iterable[DailyEntry], side_effects: Iterable[SideEffect], first: dt.date, last: dt.date
) -> PeriodSummary:
    shown = [e for e in entries if first <= e.day <= last]
    summaries = side_effect_summaries(shown, side_effects, first, last)
    return PeriodSummary(
        first, last, adherence(shown, first, last), tuple(dose_levels(shown)), tuple(summaries),
        tuple(timing_notes(summaries)),
    )
