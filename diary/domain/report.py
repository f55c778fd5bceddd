"""What the clinician summary says (docs/response-rules.md#clinician-summary), as values: the report code only lays it out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from statistics import fmean

from diary.domain.entries import DailyEntry
from diary.domain.errors import ValidationError
from diary.domain.language import translate
from diary.domain.opioids import opioid_warning
from diary.domain.response import ResponseAssessment, assess_courses
from diary.domain.scores import SCORES, ScoreSummary, score_summary
from diary.domain.snapshot import DiarySnapshot
from diary.domain.summaries import PeriodSummary, summarize_period
from diary.domain.treatment import ClinicResult, Course, Medication, Profile, Settings
from diary.domain.wording import date_text

LATEST_WEEKS_DAYS = 28
CLINIC_RESULTS_BEFORE_DAYS = 90  # a clinic result up to 90 days before the period still informs it


@dataclass(frozen=True)
class ReportOptions:
    """The user's choices; name and date of birth are left out unless asked for."""

    first: dt.date | None = None
    last: dt.date | None = None
    include_notes: bool = False
    include_name: bool = False


@dataclass(frozen=True)
class ReportData:
    first: dt.date
    last: dt.date
    generated: dt.date
    profile: Profile
    include_name: bool
    course: Course | None  # the course the outcome is about
    assessment: ResponseAssessment | None
    settings: Settings
    latest_mean: float | None  # mean activity of the last 4 weeks up to the evaluation date
    latest_mean_days: int
    summary: PeriodSummary
    medications: tuple[Medication, ...]
    clinic_results: tuple[ClinicResult, ...]
    opioid_warning: str | None
    notes: tuple[tuple[dt.date, str], ...]  # empty unless asked for
    last_entry: dt.date | None = None  # the last day of the period with an entry
    scores: tuple[ScoreSummary, ...] = ()  # the condition scores switched on (docs/scores.md)

    @property
    def coverage_note(self) -> str | None:
        """What the period lacks: nothing recorded at all, or nothing after a day before its end."""
        if self.last_entry is None:
            return translate("domain.report", "Nothing was recorded in this period.")
        # A period ending today with only today still empty is the usual case, not worth a note.
        today_open = self.last == self.generated and self.last_entry == self.generated - dt.timedelta(days=1)
        if self.last_entry < self.last and not today_open:
            empty = (self.last - self.last_entry).days
            if empty == 1:
                text = translate("domain.report", "Nothing is recorded after {date}: the last day of the period has no entry.")
            else:  # two days or more: always the plural
                text = translate("domain.report", "Nothing is recorded after {date}: the last {days} days of the period have no entry.")
            return text.format(date=date_text(self.last_entry), days=empty)
        return None

    @property
    def name_line(self) -> str | None:
        if not self.include_name:
            return None
        parts = []
        if self.profile.name:
            parts.append(self.profile.name)
        if self.profile.date_of_birth:
            parts.append(translate("domain.report", "born {date}").format(date=date_text(self.profile.date_of_birth)))
        return ", ".join(parts) or None


def default_period(courses: list[Course], today: dt.date) -> tuple[dt.date, dt.date]:
    """The current course (with its baseline week) up to today; the last 12 weeks without one."""
    if courses:
        course = courses[-1]
        last = min(course.end or today, today)
        return min(course.start - dt.timedelta(days=7), last), last  # a course may be set to start soon
    return today - dt.timedelta(days=83), today


def latest_mean(entries: list[DailyEntry], as_of: dt.date) -> tuple[float | None, int]:
    """Mean activity of the 4 weeks up to `as_of`, and how many days it is made of."""
    first = as_of - dt.timedelta(days=LATEST_WEEKS_DAYS - 1)
    values = [e.activity for e in entries if first <= e.day <= as_of and e.activity is not None]
    return (fmean(values) if values else None), len(values)


def course_for_period(courses: list[Course], first: dt.date, last: dt.date) -> Course | None:
    """The latest course that overlaps the period."""
    overlapping = [c for c in courses if c.overlaps(first, last)]
    return overlapping[-1] if overlapping else None


def medications_in_period(medications: tuple[Medication, ...], first: dt.date, last: dt.date) -> tuple[Medication, ...]:
    """The medications taken on some day of the period (an open start or stop counts as overlapping)."""
    return tuple(m for m in medications if (m.start is None or m.start <= last) and (m.stop is None or m.stop >= first))


def clinic_results_for_period(results: tuple[ClinicResult, ...], first: dt.date, last: dt.date) -> tuple[ClinicResult, ...]:
    """The clinic results of the period and of the 90 days before it."""
    since = first - dt.timedelta(days=CLINIC_RESULTS_BEFORE_DAYS)
    return tuple(r for r in results if since <= r.day <= last)


def report_data(diary: DiarySnapshot, options: ReportOptions, today: dt.date) -> ReportData:
    """Everything the clinician summary shows of `diary`, for the chosen period (default: this course)."""
    courses, entries = list(diary.courses), list(diary.entries)
    default_first, default_last = default_period(courses, today)
    first, last = options.first or default_first, options.last or default_last
    if first > last:
        raise ValidationError(translate("domain.report", "the period starts ({first}) after it ends ({last})").format(
            first=first, last=last))
    course = course_for_period(courses, first, last)
    assessment = None
    if course is not None:
        activity = {e.day: e.activity for e in entries if e.activity is not None}
        (assessment,) = assess_courses([course], activity, diary.settings, last=last)
    mean, mean_days = latest_mean(entries, assessment.as_of if assessment and assessment.as_of else last)
    shown = [e for e in entries if first <= e.day <= last]
    medications = medications_in_period(diary.medications, first, last)
    return ReportData(
        first=first,
        last=last,
        generated=today,
        profile=diary.profile,
        include_name=options.include_name,
        course=course,
        assessment=assessment,
        settings=diary.settings,
        latest_mean=mean,
        latest_mean_days=mean_days,
        summary=summarize_period(shown, list(diary.side_effects), first, last, courses, baseline_apart=True),
        medications=medications,
        clinic_results=clinic_results_for_period(diary.clinic_results, first, last),
        opioid_warning=opioid_warning(medications, [course] if course else []),
        notes=tuple((e.day, e.note) for e in shown if e.note) if options.include_notes else (),
        last_entry=max((e.day for e in shown), default=None),
        scores=_scores(diary, course, last),
    )


def _scores(diary: DiarySnapshot, course: Course | None, last: dt.date) -> tuple[ScoreSummary, ...]:
    """The scores switched on, for the course, judged on the days up to the period's end."""
    if course is None:
        return ()
    entries = [e for e in diary.entries if e.day <= last]
    return tuple(score_summary(SCORES[key], entries, course.start, diary.profile.usual_stools)
                 for key in diary.profile.active_scores)
