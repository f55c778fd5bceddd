"""What the response rules found for a course, and the verdict in words: the patient's (second person)
and the clinician's (third person)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diary.domain.categories import LONG_LASTING_DAYS, ONSET_WINDOW_DAYS, RESPONSE_DAYS, ResponseCategory
from diary.domain.language import translate
from diary.domain.wording import long_date_text, number, span_text

MIN_BASELINE_VALUES = 3  # days recorded in the week before LDN for a baseline of that week


@dataclass(frozen=True)
class Visit:
    """Mean activity in a study visit window (week 0 = baseline) and its change from baseline."""

    week: int
    mean: float | None
    change: float | None
    values: int


@dataclass(frozen=True)
class Improvement:
    """When A(d) first reached the target within the onset window, and how long it stayed there."""

    onset: dt.date
    onset_day: int
    onset_average: float | None  # A(O)
    end: dt.date | None  # the first day back above the target, if any
    last_improved: dt.date
    duration_days: int


@dataclass(frozen=True)
class Findings:
    """What the rules found for one course at T, before it is put into words."""

    course_start: dt.date
    as_of: dt.date | None
    day: int | None  # n(T)
    last_recorded: dt.date | None
    visits: tuple[Visit, ...] = ()
    baseline: float | None = None
    target: float | None = None
    current_average: float | None = None  # A(T)
    improvement: Improvement | None = None

    @property
    def baseline_from_day_1(self) -> bool:
        return baseline_is_day_1(self.baseline, self.visits)


def baseline_is_day_1(baseline: float | None, visits: tuple[Visit, ...]) -> bool:
    return baseline is not None and visits[0].values < MIN_BASELINE_VALUES  # visits[0]: the baseline week


def baseline_when(from_day_1: bool) -> str:
    """When the baseline was measured, in a sentence: "{mean} before LDN was 6.0"."""
    if from_day_1:
        return translate("domain.response_words", "on day 1 of LDN", "when the baseline was measured")
    return translate("domain.response_words", "before LDN", "when the baseline was measured")


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


def patient() -> _Voice:
    return _Voice(
        translate("domain.response_words", "Your LDN course", "the patient's words, starting a sentence"),
        translate("domain.response_words", "your course", "the patient's words, in a sentence"),
        translate("domain.response_words", "your diary", "the patient's words, in a sentence"),
        translate("domain.response_words", "your activity", "the patient's words, in a sentence"),
        translate("domain.response_words", "Your average activity", "the patient's words, starting a sentence"),
        translate("domain.response_words", "your 7-day average", "the patient's words, in a sentence"),
        translate("domain.response_words", "Your 7-day average is now {value}."),
    )


def clinician() -> _Voice:
    return _Voice(
        translate("domain.response_words", "The LDN course", "the clinician's PDF, starting a sentence"),
        translate("domain.response_words", "the course", "the clinician's PDF, in a sentence"),
        translate("domain.response_words", "the diary", "the clinician's PDF, in a sentence"),
        translate("domain.response_words", "activity values", "the clinician's PDF, in a sentence"),
        translate("domain.response_words", "Mean activity", "the clinician's PDF, starting a sentence"),
        translate("domain.response_words", "the 7-day mean", "the clinician's PDF, in a sentence"),
        translate("domain.response_words", "The 7-day mean is now {value}."),
    )


def explain(category: ResponseCategory, f: Findings, v: _Voice) -> tuple[str, str]:
    """The plain-language explanation (in the voice `v`), and what would change the verdict."""
    text, next_step = _explain_verdict(category, f, v)
    last = f.last_recorded
    if last is not None and f.as_of is not None and last < f.as_of and category is not ResponseCategory.NOT_STARTED:
        text += " " + translate("domain.response_words", "Nothing is recorded after {date}.").format(date=_date(last))
    return text, next_step


def _explain_verdict(category: ResponseCategory, f: Findings, v: _Voice) -> tuple[str, str]:
    C = ResponseCategory
    T, n = f.as_of, f.day
    # No T (nothing recorded) or no n(T) (T before the start) come with one of these two verdicts only.
    if category in (C.NOT_STARTED, C.NO_BASELINE) or T is None or n is None:
        return _explain_unassessed(category, f, v)
    when = baseline_when(f.baseline_from_day_1)
    B, target = _num(f.baseline), _num(f.target)
    i = f.improvement
    if i is None:  # too early, or no response
        before = translate("domain.response_words", "{mean} {when} was {baseline}; the target is {target} or lower.").format(
            mean=v.mean, when=when, baseline=B, target=target)
        return _explain_no_onset(category, f, v, before, n)
    fell = {"mean": v.mean, "baseline": B, "when": when, "onset": _num(i.onset_average), "day": i.onset_day, "target": target}
    if i.end is None:
        return _explain_lasting(category, f, i, fell, target, T)
    ended = translate(
        "domain.response_words",
        "{mean} fell from {baseline} {when} to {onset} by day {day} (target {target} or lower) and stayed there for {span}, "
        "until {last}; on {end} it was above the target again.",
    ).format(**fell, span=_span(i.duration_days), last=_date(i.last_improved), end=_date(i.end))
    if category is C.NOT_SUSTAINED:
        return (ended + " " + translate("domain.response_words", "That is less than the 4 weeks needed to count as a response."), "")
    if category is C.SHORT_LIVED:
        return (ended + " " + translate("domain.response_words", "That is a clinical response, but a short-lived one (4 to 12 weeks)."), "")
    return (ended + " " + translate("domain.response_words", "That is a long-lasting response of 12 weeks or more."), "")


def _explain_unassessed(category: ResponseCategory, f: Findings, v: _Voice) -> tuple[str, str]:
    """Not started yet (T before the start), or no baseline."""
    T = f.as_of
    if T is None:
        return (translate("domain.response_words", "No disease activity has been recorded yet."),
                translate("domain.response_words", "Record your activity for a few days to get started."))
    if category is ResponseCategory.NOT_STARTED:
        return (
            translate(
                "domain.response_words",
                "{course} starts on {start}. The assessment looks at {diary} up to {date}, before the start, "
                "so there is nothing to assess yet.",
            ).format(course=v.ldn_course, start=_date(f.course_start), diary=v.diary, date=_date(T)),
            "",
        )
    return (
        translate(
            "domain.response_words",
            "There is no baseline to compare with: the diary needs {activity} on at least 3 of the 7 days "
            "before the first dose, or on the first day of the course.",
        ).format(activity=v.activity),
        translate("domain.response_words", "If you remember those days, fill them in on the entry page (pick the date from the calendar)."),
    )


def _explain_no_onset(category: ResponseCategory, f: Findings, v: _Voice, before: str, n: int) -> tuple[str, str]:
    """Too early to tell (on day `n`), or no response in the first 4 weeks."""
    current = f.current_average
    now = (
        v.week_mean_now.format(value=_num(current))
        if current is not None
        else translate("domain.response_words", "There are not enough recent days for a 7-day average (it needs at least 4 of the last 7).")
    )
    if category is ResponseCategory.TOO_EARLY:
        left = ONSET_WINDOW_DAYS - n
        step = translate("domain.response_words", "The study looks for an improvement within the first 4 weeks: %n day(s) to go.",
                         None, left)
        if current is None:
            step += " " + translate("domain.response_words", "Record at least 4 days in any week to get a weekly average.")
        return (
            translate("domain.response_words", "It is day {day} of {course}.").format(day=n, course=v.course) + f" {before} {now}",
            step,
        )
    return (
        translate("domain.response_words", "In the first 4 weeks {mean} did not reach the target.").format(mean=v.week_mean)
        + f" {before} " + translate("domain.response_words", "In the study's terms this is no response to LDN."),
        translate("domain.response_words", "Talk to your prescriber about whether to continue, change the dose or stop."),
    )


def _explain_lasting(
    category: ResponseCategory, f: Findings, i: Improvement, fell: dict[str, object], target: str, T: dt.date
) -> tuple[str, str]:
    """An improvement still at or below the target at T: improving, a clinical response, or long-lasting."""
    D = i.duration_days
    last = f.last_recorded
    if last is not None and last < T:  # nothing recorded since: it cannot be said to have stayed
        stayed = translate(
            "domain.response_words",
            "{mean} fell from {baseline} {when} to {onset} by day {day} (target {target} or lower) and stayed there for {span}, "
            "up to the last day recorded.",
        ).format(**fell, span=_span(D))
    else:
        stayed = translate(
            "domain.response_words",
            "{mean} fell from {baseline} {when} to {onset} by day {day} (target {target} or lower) and has stayed there "
            "for {span} so far.",
        ).format(**fell, span=_span(D))
    if category is ResponseCategory.IMPROVING:
        return (
            stayed + " " + translate("domain.response_words", "It counts as a response once it has lasted 4 weeks."),
            translate("domain.response_words", "{span} more at or below {target} make it a clinical response.").format(
                span=_span(RESPONSE_DAYS - D), target=target),
        )
    if category is ResponseCategory.RESPONSE_ONGOING:
        return (
            stayed + " " + translate("domain.response_words", "That is a clinical response."),
            translate("domain.response_words", "{span} more make it a long-lasting (12-week) response.").format(
                span=_span(LONG_LASTING_DAYS - D)),
        )
    return (stayed + " " + translate(
        "domain.response_words", "That is a long-lasting response: 12 weeks or more (the study calls this remission)."), "")


