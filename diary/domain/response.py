"""Whether LDN is working: the study's 4-week and 12-week response rules (docs/response-rules.md#response-assessment), exactly."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, replace
from statistics import fmean

# Re-exported: the verdicts and the study's periods go with their rules.
from diary.domain.categories import LONG_LASTING_DAYS as LONG_LASTING_DAYS
from diary.domain.categories import ONSET_WINDOW_DAYS as ONSET_WINDOW_DAYS
from diary.domain.categories import RESPONSE_DAYS as RESPONSE_DAYS
from diary.domain.categories import ResponseCategory as ResponseCategory
from diary.domain.language import translate
from diary.domain.response_words import (
    MIN_BASELINE_VALUES,
    Findings,
    Improvement,
    baseline_is_day_1,
    baseline_when,
    clinician,
    explain,
    patient,
)
from diary.domain.response_words import Visit as Visit  # re-exported with the assessment that holds it
from diary.domain.smoothing import BASELINE_DAYS, DAY, MIN_SMOOTHING_VALUES, SMOOTHING_DAYS, Series
from diary.domain.smoothing import smoothed_activity as smoothed_activity  # the chart's A(d): re-exported with its rules
from diary.domain.treatment import Course, Settings
from diary.domain.wording import number

VISIT_WEEKS = (4, 8, 12)
EPSILON = 1e-9
RELATIVE_RANGE = (0.10, 0.90)
ABSOLUTE_RANGE = (0.0, 5.0)



def _g(value: float) -> str:
    """A number in a problem, as typed: "0.25", "60" (with the language's decimal sign)."""
    return number(value, 3, fixed=False)


@dataclass(frozen=True)
class ResponseAssessment:
    course_start: dt.date
    as_of: dt.date | None
    day: int | None  # n(T)
    baseline: float | None
    target: float | None
    onset: dt.date | None
    onset_day: int | None
    end: dt.date | None
    last_improved: dt.date | None
    duration_days: int | None
    category: ResponseCategory
    current_average: float | None  # A(T)
    onset_average: float | None  # A(O)
    visits: tuple[Visit, ...]
    explanation: str  # to the patient ("Your average activity fell ...")
    next_step: str  # what would change the verdict, or ""
    clinician_explanation: str = ""  # the same rule in the third person, for the clinician's PDF
    last_recorded: dt.date | None = None  # the last day with an activity value up to as_of

    @property
    def baseline_from_day_1(self) -> bool:
        """The baseline's fallback: under 3 days recorded in the week before LDN, so day 1's value
        (docs/response-rules.md#baseline)."""
        return baseline_is_day_1(self.baseline, self.visits)

    @property
    def baseline_when(self) -> str:
        return baseline_when(self.baseline_from_day_1)


def validate_settings(settings: Settings) -> list[str]:
    """Problems with the thresholds, each saying the allowed range."""
    problems = []
    low, high = RELATIVE_RANGE
    if not low <= settings.relative_threshold <= high:
        problems.append(translate("domain.response", "relative threshold {value} is not allowed; use {low} to {high}").format(
            value=f"{settings.relative_threshold:.0%}", low=f"{low:.0%}", high=f"{high:.0%}"))
    low, high = ABSOLUTE_RANGE
    if not low <= settings.absolute_threshold <= high:
        problems.append(translate("domain.response", "absolute threshold {value} is not allowed; use {low} to {high} points").format(
            value=_g(settings.absolute_threshold), low=_g(low), high=_g(high)))
    return problems


def _day_number(start: dt.date, day: dt.date) -> int:
    """n(d) of docs/response-rules.md#day-numbers."""
    return (day - start).days + 1


def assess_response(
    activity: Mapping[dt.date, int],
    start: dt.date,
    as_of: dt.date | None = None,
    settings: Settings = Settings(),
) -> ResponseAssessment:
    """The response of the course that started on `start`, as of `as_of` (default: the latest value)."""
    recorded = sorted(d for d, v in activity.items() if v is not None)
    return _assess(activity, recorded, start, as_of, settings, None)


def _last_recorded(recorded: list[dt.date], up_to: dt.date | None) -> dt.date | None:
    """The last of the sorted days `recorded` on or before `up_to` (None: the last of all)."""
    i = len(recorded) if up_to is None else bisect_right(recorded, up_to)
    return recorded[i - 1] if i else None


def _assess(
    activity: Mapping[dt.date, int],
    recorded: list[dt.date],
    start: dt.date,
    as_of: dt.date | None,
    settings: Settings,
    seen_to: dt.date | None,
) -> ResponseAssessment:
    """assess_response on the values up to `seen_to` (None: all); `recorded` are the days with a value, sorted."""
    T = as_of if as_of is not None else _last_recorded(recorded, seen_to)
    found = Findings(
        course_start=start,
        as_of=T,
        # Day numbers start at day 1: before the course there is no "day -2435".
        day=None if T is None or T < start else _day_number(start, T),
        last_recorded=None if T is None else _last_recorded(recorded, T if seen_to is None else min(T, seen_to)),
    )
    if T is None:
        return _assessment(ResponseCategory.NO_BASELINE, found)
    if T < start:
        return _assessment(ResponseCategory.NOT_STARTED, found)
    last_value = T if seen_to is None else min(T, seen_to)
    series = Series(activity, start, last_value)
    pre = series.window(start - BASELINE_DAYS * DAY, start - DAY)
    B = _baseline(series, pre)
    if B is None:
        return _assessment(ResponseCategory.NO_BASELINE, replace(found, visits=_visits(series, None, pre, T)))
    target = min(B * (1 - settings.relative_threshold), B - settings.absolute_threshold)
    # A(d) needs 4 values in its 7 days: past the last day seen plus 6 it is undefined, so not worked out.
    A = series.smoothed_to(min(T, last_value + (SMOOTHING_DAYS - 1) * DAY))
    improvement = _improvement(A, target, start, T)
    found = replace(
        found, baseline=B, target=target, current_average=A.get(T), visits=_visits(series, B, pre, T), improvement=improvement
    )
    return _assessment(_category(improvement, _day_number(start, T)), found)


def _baseline(series: Series, pre: list[int]) -> float | None:
    """B: the mean of the week before the first dose, or day 1's value if under 3 days of it are recorded."""
    if len(pre) >= MIN_BASELINE_VALUES:
        return fmean(pre)
    if series.start in series.values:
        return float(series.values[series.start])
    return None


def _improved(average: float | None, target: float) -> bool:
    return average is not None and average <= target + EPSILON


def _improvement(A: dict[dt.date, float | None], target: float, start: dt.date, T: dt.date) -> Improvement | None:
    """The onset within the first 4 weeks, the end (if A(d) rose above the target again) and the duration."""
    onset = next((d for d in A if _day_number(start, d) <= ONSET_WINDOW_DAYS and _improved(A[d], target)), None)
    if onset is None:
        return None
    end = next((d for d in A if d > onset and A[d] is not None and not _improved(A[d], target)), None)
    last_day = end - DAY if end else T
    last_improved = max(d for d in A if onset <= d <= last_day and _improved(A[d], target))
    duration = (last_improved - onset).days + 1
    return Improvement(onset, _day_number(start, onset), A[onset], end, last_improved, duration)


def _category(improvement: Improvement | None, day: int) -> ResponseCategory:
    """The verdict once there is a baseline, from the improvement (if any) on day n(T) = `day`."""
    if improvement is None:
        return ResponseCategory.TOO_EARLY if day < ONSET_WINDOW_DAYS else ResponseCategory.NON_RESPONDER
    duration, ended = improvement.duration_days, improvement.end is not None
    if duration >= LONG_LASTING_DAYS:
        return ResponseCategory.LONG_LASTING
    if duration >= RESPONSE_DAYS:
        return ResponseCategory.SHORT_LIVED if ended else ResponseCategory.RESPONSE_ONGOING
    return ResponseCategory.NOT_SUSTAINED if ended else ResponseCategory.IMPROVING


def _assessment(category: ResponseCategory, f: Findings) -> ResponseAssessment:
    """The verdict with what was found, in the patient's and the clinician's words."""
    explanation, next_step = explain(category, f, patient())
    clinical, _ = explain(category, f, clinician())
    i = f.improvement
    return ResponseAssessment(
        course_start=f.course_start,
        as_of=f.as_of,
        day=f.day,
        baseline=f.baseline,
        target=f.target,
        onset=i.onset if i else None,
        onset_day=i.onset_day if i else None,
        end=i.end if i else None,
        last_improved=i.last_improved if i else None,
        duration_days=i.duration_days if i else None,
        category=category,
        current_average=f.current_average,
        onset_average=i.onset_average if i else None,
        visits=f.visits,
        explanation=explanation,
        next_step=next_step,
        clinician_explanation=clinical,
        last_recorded=f.last_recorded,
    )


def _visits(series: Series, B: float | None, pre: list[int], T: dt.date) -> tuple[Visit, ...]:
    """Week 0 (the baseline) and treatment days 22-28, 50-56 and 78-84, up to T."""
    visits = [Visit(0, B, 0.0 if B is not None else None, len(pre))]
    for week in VISIT_WEEKS:
        last = series.start + (week * 7 - 1) * DAY
        values = series.window(last - 6 * DAY, min(last, T))
        mean = fmean(values) if len(values) >= MIN_SMOOTHING_VALUES else None
        change = mean - B if mean is not None and B is not None else None
        visits.append(Visit(week, mean, change, len(values)))
    return tuple(visits)


def assess_courses(
    courses: list[Course],
    activity: Mapping[dt.date, int],
    settings: Settings,
    as_of: dt.date | None = None,
    last: dt.date | None = None,
) -> list[ResponseAssessment]:
    """The response of every course, in order: the one rule for which days an assessment sees.

    A course sees the activity up to `last` (the end of a period, when given) and, once stopped,
    only up to its end: days off LDN never count for or against it.
    """
    recorded = sorted(d for d, v in activity.items() if v is not None)  # once, for every course
    results = []
    for course in courses:
        ends = [d for d in (course.end, last) if d is not None]
        results.append(_assess(activity, recorded, course.start, as_of, settings, min(ends) if ends else None))
    return results
