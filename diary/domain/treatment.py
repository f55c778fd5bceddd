"""Treatment courses with their titration plan, other medications, clinic results and profile."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True)
class TitrationStep:
    """From treatment day `from_day` (day 1 = first dose) the plan is `dose_mg` at `time`."""

    from_day: int
    dose_mg: float
    time: dt.time | None = None


@dataclass(frozen=True)
class Course:
    """One period of LDN use: first dose on `start` (day 1) until `end`, if stopped."""

    start: dt.date
    end: dt.date | None = None
    stop_reason: str = ""
    steps: tuple[TitrationStep, ...] = ()

    def day_number(self, day: dt.date) -> int:
        """The treatment day of a date: the start is day 1."""
        return (day - self.start).days + 1

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def planned_step(self, day: dt.date) -> TitrationStep | None:
        """The titration step in force on `day`, or None outside the course or without a plan."""
        if not self.covers(day):
            return None
        n = self.day_number(day)
        current = None
        for step in sorted(self.steps, key=lambda s: s.from_day):
            if step.from_day <= n:
                current = step
        return current


def course_on(courses: list[Course], day: dt.date) -> Course | None:
    """The course covering `day`, if any."""
    for course in courses:
        if course.covers(day):
            return course
    return None


class MedicationCategory(Enum):
    """Kinds of other medication the study recorded, plus opioid analgesics (naltrexone blocks them)."""

    FIVE_ASA = "5-ASA"
    CORTICOSTEROID = "corticosteroid"
    IMMUNOSUPPRESSIVE = "immunosuppressive"
    BIOLOGIC = "anti-TNF or other biologic"
    OPIOID = "opioid analgesic"
    OTHER = "other"


@dataclass(frozen=True)
class Medication:
    name: str
    category: MedicationCategory
    start: dt.date | None = None
    stop: dt.date | None = None


@dataclass(frozen=True)
class ClinicResult:
    """Results from one clinic visit; endoscopic score 0 none .. 3 severe inflammation."""

    day: dt.date
    crp_mg_l: float | None = None
    endoscopic_score: int | None = None
    alt_u_l: float | None = None
    note: str = ""


@dataclass(frozen=True)
class Profile:
    """Optional context; name and date of birth are only printed when the user asks."""

    condition: str = ""
    diagnosis_year: int | None = None
    name: str = ""
    date_of_birth: dt.date | None = None


@dataclass(frozen=True)
class Settings:
    """Response thresholds (SPEC section 3): relative r and absolute m."""

    relative_threshold: float = 0.30
    absolute_threshold: float = 1.0
