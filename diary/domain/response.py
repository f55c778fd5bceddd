"""Whether LDN is working: the study's 4-week and 12-week response rules (docs/response-rules.md#response-assessment), exactly."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, replace
from statistics import fmean

from diary.domain.categories import ResponseCategory as ResponseCategory  # re-exported: the verdict goes with its rules
from diary.domain.language import translate
from diary.domain.smoothing import BASELINE_DAYS, DAY, MIN_SMOOTHING_VALUES, SMOOTHING_DAYS, Series
from diary.domain.smoothing import smoothed_activity as smoothed_activity  # the chart's A(d): re-exported with its rules
from diary.domain.treatment import Course, Settings
from diary.domain.wording import long_date_text, number, span_text

ONSET_WINDOW_DAYS = 28  # onset must come within the first 4 weeks
RESPONSE_DAYS = 28  # an improvement lasting 4 weeks is a clinical response
LONG_LASTING_DAYS = 84  # 12 weeks: "remission" in the paper
MIN_BASELINE_VALUES = 3
VISIT_WEEKS = (4, 8, 12)
EPSILON = 1e-9
RELATIVE_RANGE = (0.10, 0.90)
ABSOLUTE_RANGE = (0.0, 5.0)



def _g(value: float) -> str:
    """A number in a problem, as typed: "0.25", "60" (with the language's decimal sign)."""
    return number(value, 3, fixed=False)


@dataclass(frozen=True)
class Visit:
    """Mean activity in a study visit window (week 0 = baseline) and its change from baseline."""

    week: int
    mean: float | None
    change: float | None
    values: int


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
        return _from_day_1(self.baseline, self.visits)

    @property
    def baseline_when(self) -> str:
        return _when(self.baseline_from_day_1)


def _when(from_day_1: bool) -> str:
    """When the baseline was measured, in a sentence: "{mean} before LDN was 6.0"."""
    if from_day_1:
        return translate("domain.response", "on day 1 of LDN", "when the baseline was measured")
    return translate("domain.response", "before LDN", "when the baseline was measured")


def _from_day_1(baseline: float | None, visits: tuple[Visit, ...]) -> bool:
    return baseline is not None and visits[0].values < MIN_BASELINE_VALUES  # visits[0]: the baseline week


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


@dataclass(frozen=True)
class _Improvement:
    """When A(d) first reached the target within the onset window, and how long it stayed there."""

    onset: dt.date
    onset_day: int
    onset_average: float | None  # A(O)
    end: dt.date | None  # the first day back above the target, if any
    last_improved: dt.date
    duration_days: int


@dataclass(frozen=True)
class _Findings:
    """What the rules found for one course at T, before it is put into words."""

    course_start: dt.date
    as_of: dt.date | None
    day: int | None  # n(T)
    last_recorded: dt.date | None
    visits: tuple[Visit, ...] = ()
    baseline: float | None = None
    target: float | None = None
    current_average: float | None = None  # A(T)
    improvement: _Improvement | None = None


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
    found = _Findings(
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


def _improvement(A: dict[dt.date, float | None], target: float, start: dt.date, T: dt.date) -> _Improvement | None:
    """The onset within the first 4 weeks, the end (if A(d) rose above the target again) and the duration."""
    onset = next((d for d in A if _day_number(start, d) <= ONSET_WINDOW_DAYS and _improved(A[d], target)), None)
    if onset is None:
        return None
    end = next((d for d in A if d > onset and A[d] is not None and not _improved(A[d], target)), None)
    last_day = end - DAY if end else T
    last_improved = max(d for d in A if onset <= d <= last_day and _improved(A[d], target))
    duration = (last_improved - onset).days + 1
    return _Improvement(onset, _day_number(start, onset), A[onset], end, last_improved, duration)


def _category(improvement: _Improvement | None, day: int) -> ResponseCategory:
    """The verdict once there is a baseline, from the improvement (if any) on day n(T) = `day`."""
    if improvement is None:
        return ResponseCategory.TOO_EARLY if day < ONSET_WINDOW_DAYS else ResponseCategory.NON_RESPONDER
    duration, ended = improvement.duration_days, improvement.end is not None
    if duration >= LONG_LASTING_DAYS:
        return ResponseCategory.LONG_LASTING
    if duration >= RESPONSE_DAYS:
        return ResponseCategory.SHORT_LIVED if ended else ResponseCategory.RESPONSE_ONGOING
    return ResponseCategory.NOT_SUSTAINED if ended else ResponseCategory.IMPROVING


def _assessment(category: ResponseCategory, f: _Findings) -> ResponseAssessment:
    """The verdict with what was found, in the patient's and the clinician's words."""
    explanation, next_step = _explain(category, f, _patient())
    clinical, _ = _explain(category, f, _clinician())
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


# --- words ----------------------------------------------------------------------------------


def _num(value: float | None) -> str:
    return number(value)


_span = span_text
_date = long_date_text


@dataclass(frozen=True)
class _Voice:
    """The words that differ between the patient's window (second person) and the clinician's PDF:
    noun phrases that begin or sit in the sentences below."""

    ldn_course: str
    course: str
    diary: str
    activity: str
    mean: str
    week_mean: str
    week_mean_now: str  # the whole sentence "Your 7-day average is now {value}."


def _patient() -> _Voice:
    return _Voice(
        translate("domain.response", "Your LDN course", "the patient's words, starting a sentence"),
        translate("domain.response", "your course", "the patient's words, in a sentence"),
        translate("domain.response", "your diary", "the patient's words, in a sentence"),
        translate("domain.response", "your activity", "the patient's words, in a sentence"),
        translate("domain.response", "Your average activity", "the patient's words, starting a sentence"),
        translate("domain.response", "your 7-day average", "the patient's words, in a sentence"),
        translate("domain.response", "Your 7-day average is now {value}."),
    )


def _clinician() -> _Voice:
    return _Voice(
        translate("domain.response", "The LDN course", "the clinician's PDF, starting a sentence"),
        translate("domain.response", "the course", "the clinician's PDF, in a sentence"),
        translate("domain.response", "the diary", "the clinician's PDF, in a sentence"),
        translate("domain.response", "activity values", "the clinician's PDF, in a sentence"),
        translate("domain.response", "Mean activity", "the clinician's PDF, starting a sentence"),
        translate("domain.response", "the 7-day mean", "the clinician's PDF, in a sentence"),
        translate("domain.response", "The 7-day mean is now {value}."),
    )


def _explain(category: ResponseCategory, f: _Findings, v: _Voice) -> tuple[str, str]:
    """The plain-language explanation (in the voice `v`), and what would change the verdict."""
    text, next_step = _explain_verdict(category, f, v)
    last = f.last_recorded
    if last is not None and f.as_of is not None and last < f.as_of and category is not ResponseCategory.NOT_STARTED:
        text += " " + translate("domain.response", "Nothing is recorded after {date}.").format(date=_date(last))
    return text, next_step


def _explain_verdict(category: ResponseCategory, f: _Findings, v: _Voice) -> tuple[str, str]:
    C = ResponseCategory
    T, n = f.as_of, f.day
    # No T (nothing recorded) or no n(T) (T before the start) come with one of these two verdicts only.
    if category in (C.NOT_STARTED, C.NO_BASELINE) or T is None or n is None:
        return _explain_unassessed(category, f, v)
    when = _when(_from_day_1(f.baseline, f.visits))
    B, target = _num(f.baseline), _num(f.target)
    i = f.improvement
    if i is None:  # too early, or no response
        before = translate("domain.response", "{mean} {when} was {baseline}; the target is {target} or lower.").format(
            mean=v.mean, when=when, baseline=B, target=target)
        return _explain_no_onset(category, f, v, before, n)
    fell = {"mean": v.mean, "baseline": B, "when": when, "onset": _num(i.onset_average), "day": i.onset_day, "target": target}
    if i.end is None:
        return _explain_lasting(category, f, i, fell, target, T)
    ended = translate(
        "domain.response",
        "{mean} fell from {baseline} {when} to {onset} by day {day} (target {target} or lower) and stayed there for {span}, "
        "until {last}; on {end} it was above the target again.",
    ).format(**fell, span=_span(i.duration_days), last=_date(i.last_improved), end=_date(i.end))
    if category is C.NOT_SUSTAINED:
        return (ended + " " + translate("domain.response", "That is less than the 4 weeks needed to count as a response."), "")
    if category is C.SHORT_LIVED:
        return (ended + " " + translate("domain.response", "That is a clinical response, but a short-lived one (4 to 12 weeks)."), "")
    return (ended + " " + translate("domain.response", "That is a long-lasting response of 12 weeks or more."), "")


def _explain_unassessed(category: ResponseCategory, f: _Findings, v: _Voice) -> tuple[str, str]:
    """Not started yet (T before the start), or no baseline."""
    T = f.as_of
    if T is None:
        return (translate("domain.response", "No disease activity has been recorded yet."),
                translate("domain.response", "Record your activity for a few days to get started."))
    if category is ResponseCategory.NOT_STARTED:
        return (
            translate(
                "domain.response",
                "{course} starts on {start}. The assessment looks at {diary} up to {date}, before the start, "
                "so there is nothing to assess yet.",
            ).format(course=v.ldn_course, start=_date(f.course_start), diary=v.diary, date=_date(T)),
            "",
        )
    return (
        translate(
            "domain.response",
            "There is no baseline to compare with: the diary needs {activity} on at least 3 of the 7 days "
            "before the first dose, or on the first day of the course.",
        ).format(activity=v.activity),
        translate("domain.response", "If you remember those days, fill them in on the entry page (pick the date from the calendar)."),
    )


def _explain_no_onset(category: ResponseCategory, f: _Findings, v: _Voice, before: str, n: int) -> tuple[str, str]:
    """Too early to tell (on day `n`), or no response in the first 4 weeks."""
    current = f.current_average
    now = (
        v.week_mean_now.format(value=_num(current))
        if current is not None
        else translate("domain.response", "There are not enough recent days for a 7-day average (it needs at least 4 of the last 7).")
    )
    if category is ResponseCategory.TOO_EARLY:
        left = ONSET_WINDOW_DAYS - n
        step = translate("domain.response", "The study looks for an improvement within the first 4 weeks: %n day(s) to go.", None, left)
        if current is None:
            step += " " + translate("domain.response", "Record at least 4 days in any week to get a weekly average.")
        return (
            translate("domain.response", "It is day {day} of {course}.").format(day=n, course=v.course) + f" {before} {now}",
            step,
        )
    return (
        translate("domain.response", "In the first 4 weeks {mean} did not reach the target.").format(mean=v.week_mean)
        + f" {before} " + translate("domain.response", "In the study's terms this is no response to LDN."),
        translate("domain.response", "Talk to your prescriber about whether to continue, change the dose or stop."),
    )


def _explain_lasting(
    category: ResponseCategory, f: _Findings, i: _Improvement, fell: dict[str, object], target: str, T: dt.date
) -> tuple[str, str]:
    """An improvement still at or below the target at T: improving, a clinical response, or long-lasting."""
    D = i.duration_days
    last = f.last_recorded
    if last is not None and last < T:  # nothing recorded since: it cannot be said to have stayed
        stayed = translate(
            "domain.response",
            "{mean} fell from {baseline} {when} to {onset} by day {day} (target {target} or lower) and stayed there for {span}, "
            "up to the last day recorded.",
        ).format(**fell, span=_span(D))
    else:
        stayed = translate(
            "domain.response",
            "{mean} fell from {baseline} {when} to {onset} by day {day} (target {target} or lower) and has stayed there "
            "for {span} so far.",
        ).format(**fell, span=_span(D))
    if category is ResponseCategory.IMPROVING:
        return (
            stayed + " " + translate("domain.response", "It counts as a response once it has lasted 4 weeks."),
            translate("domain.response", "{span} more at or below {target} make it a clinical response.").format(
                span=_span(RESPONSE_DAYS - D), target=target),
        )
    if category is ResponseCategory.RESPONSE_ONGOING:
        return (
            stayed + " " + translate("domain.response", "That is a clinical response."),
            translate("domain.response", "{span} more make it a long-lasting (12-week) response.").format(
                span=_span(LONG_LASTING_DAYS - D)),
        )
    return (stayed + " " + translate(
        "domain.response", "That is a long-lasting response: 12 weeks or more (the study calls this remission)."), "")


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
