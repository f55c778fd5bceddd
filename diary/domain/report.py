"""What the clinician summary says (docs/response-rules.md#clinician-summary), as values: the report code only lays it out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from statistics import fmean

from diary.domain.entries import DailyEntry
from diary.domain.response import ResponseAssessment
from diary.domain.summaries import PeriodSummary
from diary.domain.treatment import ClinicResult, Course, Medication, Profile, Settings

LATEST_WEEKS_DAYS = 28


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

    @property
    def coverage_note(self) -> str | None:
        """What the period lacks: nothing recorded at all, or nothing after a day before its end."""
        if self.last_entry is None:
            return "Nothing was recorded in this period."
        # A period ending today with only today still empty is the usual case, not worth a note.
        today_open = self.last == self.generated and self.last_entry == self.generated - dt.timedelta(days=1)
        if self.last_entry < self.last and not today_open:
            empty = (self.last - self.last_entry).days
            days = "day of the period has" if empty == 1 else f"{empty} days of the period have"
            return f"Nothing is recorded after {self.last_entry.day} {self.last_entry:%b %Y}: the last {days} no entry."
        return None

    @property
    def name_line(self) -> str | None:
        if not self.include_name:
            return None
        parts = []
        if self.profile.name:
            parts.append(self.profile.name)
        if self.profile.date_of_birth:
            parts.append(f"born {self.profile.date_of_birth:%d %b %Y}")
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
    overlapping = [c for c in courses if c.start <= last and (c.end is None or c.end >= first)]
    return overlapping[-1] if overlapping else None
