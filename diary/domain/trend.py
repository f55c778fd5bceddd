"""What the trend chart shows, as plain values: days, the smoothed line, courses, side effects and condition scores."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from statistics import fmean

from diary.domain.entries import DailyEntry, Severity
from diary.domain.language import translate
from diary.domain.response import LONG_LASTING_DAYS, ONSET_WINDOW_DAYS, ResponseAssessment, smoothed_activity
from diary.domain.score_trend import ScoreTrend
from diary.domain.side_effects import SideEffect, in_sentence
from diary.domain.treatment import Course
from diary.domain.wording import date_text, number

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class CourseTrend:
    """One course on the chart: its markers, baseline and target, and the response period."""

    course: Course
    assessment: ResponseAssessment
    smoothed: dict[dt.date, float | None]  # A(d) from the start to the course's last day shown

    @property
    def week4(self) -> dt.date:
        return self.course.start + (ONSET_WINDOW_DAYS - 1) * DAY

    @property
    def week12(self) -> dt.date:
        return self.course.start + (LONG_LASTING_DAYS - 1) * DAY


@dataclass(frozen=True)
class TrendSeries:
    """Everything the chart draws, for the whole diary; the chart shows any range of it."""

    entries: tuple[DailyEntry, ...]  # oldest first
    courses: tuple[CourseTrend, ...]
    side_effects: tuple[SideEffect, ...]  # the ones felt at least once, in list order
    scores: tuple[ScoreTrend, ...] = ()  # a row per condition score switched on, for the latest course shown

    @property
    def first(self) -> dt.date | None:
        return self.entries[0].day if self.entries else None

    @property
    def last(self) -> dt.date | None:
        return self.entries[-1].day if self.entries else None

    def entries_between(self, first: dt.date, last: dt.date) -> list[DailyEntry]:
        return [e for e in self.entries if first <= e.day <= last]

    def side_effects_between(self, first: dt.date, last: dt.date) -> tuple[SideEffect, ...]:
        """The side effects felt at least once in the range, in list order."""
        felt = {key for e in self.entries_between(first, last) for key in e.present_side_effects()}
        return tuple(e for e in self.side_effects if e.key in felt)

    def entry_on(self, day: dt.date) -> DailyEntry | None:
        return next((e for e in self.entries if e.day == day), None)

    def scores_on(self, day: dt.date) -> list[tuple[str, float | None]]:
        """(short name, W(d)) of each score's row on `day` (None: no value that day)."""
        return [(row.score.shown_short, row.value_on(day)) for row in self.scores]

    def smoothed_on(self, day: dt.date) -> float | None:
        for trend in self.courses:
            if day in trend.smoothed:
                return trend.smoothed[day]
        return None


def build_trend(
    entries: list[DailyEntry],
    courses: list[Course],
    assessments: list[ResponseAssessment],
    side_effects: list[SideEffect],
    scores: tuple[ScoreTrend, ...] = (),
) -> TrendSeries:
    """The chart's data: `assessments` are those of `courses`, in the same order."""
    entries = sorted(entries, key=lambda e: e.day)
    activity = {e.day: e.activity for e in entries if e.activity is not None}
    last_entry = entries[-1].day if entries else None
    trends = []
    for course, assessment in zip(courses, assessments):
        last = min(d for d in (course.end, last_entry) if d is not None) if last_entry else course.start
        trends.append(CourseTrend(course, assessment, smoothed_activity(activity, course.start, last)))
    felt = {key for e in entries for key in e.present_side_effects()}
    return TrendSeries(tuple(entries), tuple(trends), tuple(e for e in side_effects if e.key in felt), scores)


def trend_in_view(
    entries: list[DailyEntry],
    courses: list[Course],
    assessments: list[ResponseAssessment],
    side_effects: list[SideEffect],
    first: dt.date | None,
    last: dt.date | None,
    scores: tuple[ScoreTrend, ...] = (),
) -> TrendSeries:
    """The chart's data for the days from `first` to `last` (None: open): only the courses seen there."""
    shown = [(c, a) for c, a in zip(courses, assessments) if c.overlaps(first, last)]
    return build_trend(entries, [c for c, _ in shown], [a for _, a in shown], side_effects, scores)


def describe_range(series: TrendSeries, first: dt.date, last: dt.date) -> str:
    """A short text of what the chart shows between two dates, for screen readers and the table."""
    shown = series.entries_between(first, last)
    days = (last - first).days + 1
    span = {"first": date_text(first), "last": date_text(last)}
    if not shown:
        return translate("domain.trend", "No days recorded from {first} to {last}.").format(**span)
    values = [e.activity for e in shown if e.activity is not None]
    parts = [translate("domain.trend", "{first} to {last}: {shown} of %n day(s) recorded.", None, days).format(**span, shown=len(shown))]
    if values:
        parts.append(translate("domain.trend", "Average activity {mean} (lowest {lowest}, highest {highest}).").format(
            mean=number(fmean(values)), lowest=min(values), highest=max(values)))
    for trend in series.courses:
        a = trend.assessment
        if trend.course.overlaps(first, last):
            text = translate("domain.trend", "Course from {date}: {verdict}").format(
                date=date_text(trend.course.start), verdict=in_sentence(a.category.words))
            if a.baseline is not None:
                text += translate("domain.trend", "; baseline {baseline}, target {target} or lower").format(
                    baseline=number(a.baseline), target=number(a.target))
            if a.onset is not None:
                text += translate("domain.trend", "; improved from day {day} for %n day(s)", None, a.duration_days or 0).format(
                    day=a.onset_day)
            parts.append(text + ".")
    felt = []
    for effect in series.side_effects:
        felt_days = sum(1 for e in shown if e.side_effects.get(effect.key, Severity.NONE) > Severity.NONE)
        if felt_days:
            felt.append(translate("domain.trend", "{name} on %n day(s)", None, felt_days).format(name=in_sentence(effect.shown_label)))
    if felt:
        parts.append(translate("domain.trend", "Side effects: {list}.").format(list=", ".join(felt)))
    else:
        parts.append(translate("domain.trend", "Side effects: none reported."))
    return " ".join(parts)
