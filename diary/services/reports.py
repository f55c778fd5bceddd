"""What the diary shows about itself: the response of each course, the trend, period summaries, the clinician summary."""

from __future__ import annotations

import datetime as dt

from diary.domain.entries import DailyEntry
from diary.domain.report import ReportData, ReportOptions, report_data
from diary.domain.response import ResponseAssessment, assess_courses
from diary.domain.score_trend import ScoreTrend, score_trends
from diary.domain.scores import BASELINE_DAYS, CourseScores, course_scores
from diary.domain.summaries import PeriodSummary, diary_period, summarize_period
from diary.domain.treatment import Course
from diary.domain.trend import TrendSeries, trend_in_view
from diary.services.use_case import UseCases
from diary.store.records import DiaryRecords


class ReportService(UseCases):
    """Read-only views of the diary, each read in one transaction and decided by the domain."""

    def assessments(self, as_of: dt.date | None = None) -> list[ResponseAssessment]:
        """The response of every course, oldest first (docs/response-rules.md#which-days-an-assessment-sees)."""
        with self._transaction() as records:
            return assess_courses(records.courses(), records.activity(), records.settings(), as_of)

    def latest_assessment(self) -> ResponseAssessment | None:
        """The response of the latest course (what the response panel shows), or None without a course:
        the other courses are not assessed."""
        with self._transaction() as records:
            courses = records.courses()
            if not courses:
                return None
            return assess_courses(courses[-1:], records.activity(), records.settings())[0]

    def trend(self, first: dt.date | None = None, last: dt.date | None = None) -> TrendSeries:
        """What the trend chart draws: the whole diary, or only the days from `first` to `last`,
        with the courses judged on their days up to `last` (as the clinician summary judges them),
        and a row per condition score switched on in the profile, for the latest course shown."""
        # Six days more before `first`: the 7-day mean of the first day shown needs them.
        since = first - dt.timedelta(days=6) if first is not None else None
        with self._transaction() as records:
            courses = records.courses()
            assessments = assess_courses(courses, records.activity(), records.settings(), last=last)
            entries, side_effects = records.entries(since, last), records.side_effects()
            shown = [c for c in courses if c.overlaps(first, last)]
            scores = self._score_trends(records, shown[-1], entries, last) if shown else ()
        return trend_in_view(entries, courses, assessments, side_effects, first, last, scores)

    @staticmethod
    def _score_trends(records: DiaryRecords, course: Course, entries: list[DailyEntry], last: dt.date | None) -> tuple[ScoreTrend, ...]:
        """The rows of the scores switched on, for `course` (docs/scores.md#on-the-chart)."""
        profile = records.profile()
        if not profile.active_scores:
            return ()
        since = course.start - dt.timedelta(days=BASELINE_DAYS)  # the baseline week may be before the days read
        if not entries or entries[0].day > since:
            entries = records.entries(since, last)
        days = [d for d in (course.end, last, entries[-1].day if entries else None) if d is not None]
        end = min(days) if days else course.start  # before the start (a course set to start soon): no values
        return score_trends(profile.active_scores, entries, course.start, end, profile.usual_stools)

    def period_summary(self, first: dt.date | None = None, last: dt.date | None = None) -> PeriodSummary:
        """Adherence, dose levels and side effects from `first` to `last` (default: the whole diary)."""
        with self._transaction() as records:
            entries, side_effects, courses = records.entries(first, last), records.side_effects(), records.courses()
        whole_first, whole_last = diary_period(entries, self._today())
        return summarize_period(entries, side_effects, first or whole_first, last or whole_last, courses)

    def report_data(self, options: ReportOptions = ReportOptions()) -> ReportData:
        """Everything the clinician summary shows, for the chosen period (default: this course)."""
        with self._transaction() as records:
            diary = records.snapshot()
        return report_data(diary, options, self._today())

    def scores(self, as_of: dt.date | None = None, keys: tuple[str, ...] | None = None) -> CourseScores | None:
        """The condition scores of the latest course at T: `keys`, else every score with an item recorded
        (docs/scores.md); None without a course."""
        with self._transaction() as records:
            courses, entries, profile = records.courses(), records.entries(), records.profile()
        if not courses:
            return None
        return course_scores(entries, courses[-1].start, as_of, profile.usual_stools, keys)
