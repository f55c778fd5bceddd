"""Treatment courses with their titration plan, other medications, clinic results and profile."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from diary.domain.condition_items import USUAL_STOOLS_DEFAULT, USUAL_STOOLS_RANGE, WordTable
from diary.domain.entries import DATE_MIN, DOSE_MAX_MG, DOSE_MIN_MG, NOTE_MAX_CHARS, DailyEntry, date_problem
from diary.domain.language import translate
from diary.domain.scores import score_choice_problems, suggested_scores
from diary.domain.wording import number

NAME_MAX_CHARS = 200  # a medication, a condition, a person's name
STEP_DAY_MAX = 3653  # a plan reaches at most ten years ahead


def _g(value: float) -> str:
    """A number in a problem, as typed: "0.25", "60" (with the language's decimal sign)."""
    return number(value, 3, fixed=False)


@dataclass(frozen=True)
class TitrationStep:
    """From treatment day `from_day` (day 1 = first dose) the plan is `dose_mg` at `time`."""

    from_day: int
    dose_mg: float
    time: dt.time | None = None


def in_plan_order(steps: Iterable[TitrationStep]) -> tuple[TitrationStep, ...]:
    """Steps by the day they start (then dose and time), so that two plans compare step by step.
    Steps are not orderable themselves: a step without a time cannot be compared with one with."""
    return tuple(sorted(steps, key=lambda s: (s.from_day, s.dose_mg, s.time or dt.time.min)))


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

    def overlaps(self, first: dt.date | None, last: dt.date | None) -> bool:
        """Whether the course has a day from `first` to `last` (None: open on that side)."""
        return (last is None or self.start <= last) and (first is None or self.end is None or self.end >= first)

    def planned_step(self, day: dt.date) -> TitrationStep | None:
        """The titration step in force on `day`, or None outside the course or without a plan."""
        if not self.covers(day):
            return None
        n = self.day_number(day)
        current = None
        for step in in_plan_order(self.steps):
            if step.from_day <= n:
                current = step
        return current


def course_on(courses: list[Course], day: dt.date) -> Course | None:
    """The course covering `day`, if any."""
    for course in courses:
        if course.covers(day):
            return course
    return None


def courses_on(courses: list[Course], days: list[dt.date]) -> dict[dt.date, Course]:
    """The course covering each of the sorted `days` that one covers, as course_on picks it,
    in one pass over each course's days rather than a scan of the courses for every day."""
    covering: dict[dt.date, Course] = {}
    for course in reversed(courses):  # the first course covering a day wins, as in course_on
        first = bisect_left(days, course.start)
        last = len(days) if course.end is None else bisect_right(days, course.end)
        covering.update(dict.fromkeys(days[first:last], course))
    return covering


def first_course_start(courses: list[Course], entries: Iterable[DailyEntry]) -> dt.date | None:
    """In a diary with no course yet, the first dose taken starts one; its day, or None
    (docs/response-rules.md#first-dose-starts-the-first-course)."""
    if courses:
        return None
    return min((e.day for e in entries if e.took_dose), default=None)


PREFILL_LOOKBACK_DAYS = 60  # without a plan, the last dose of these days pre-fills a new day


def planned_entry(day: dt.date, courses: list[Course], earlier: list[DailyEntry]) -> DailyEntry:
    """What a day not recorded yet is pre-filled with: the planned dose and time.

    From the titration plan if a course covers the day; else the last dose of `earlier` (the
    entries of the PREFILL_LOOKBACK_DAYS before it, oldest first), unless the day lies outside every course there is.
    """
    course = course_on(courses, day)
    step = course.planned_step(day) if course else None
    if step is not None:
        return DailyEntry(day, dose_mg=step.dose_mg, dose_taken=True, dose_time=step.time)
    if courses and course is None:
        return DailyEntry(day)  # before LDN, or after it was stopped: no dose to expect
    doses = [e for e in earlier if e.dose_mg is not None]
    if doses:
        return DailyEntry(day, dose_mg=doses[-1].dose_mg, dose_taken=True, dose_time=doses[-1].dose_time)
    return DailyEntry(day)


class MedicationCategory(Enum):
    """Kinds of other medication the study recorded, plus opioid analgesics (naltrexone blocks them)."""

    FIVE_ASA = "5-ASA"
    CORTICOSTEROID = "corticosteroid"
    IMMUNOSUPPRESSIVE = "immunosuppressive"
    BIOLOGIC = "anti-TNF or other biologic"
    OPIOID = "opioid analgesic"
    OTHER = "other"

    @property
    def words(self) -> str:
        """The kind as a reader sees it, in the current language (the value stays English, for files)."""
        return {
            MedicationCategory.FIVE_ASA: translate("domain.treatment", "5-ASA", "a kind of medication"),
            MedicationCategory.CORTICOSTEROID: translate("domain.treatment", "corticosteroid", "a kind of medication"),
            MedicationCategory.IMMUNOSUPPRESSIVE: translate("domain.treatment", "immunosuppressive", "a kind of medication"),
            MedicationCategory.BIOLOGIC: translate("domain.treatment", "anti-TNF or other biologic", "a kind of medication"),
            MedicationCategory.OPIOID: translate("domain.treatment", "opioid analgesic", "a kind of medication"),
            MedicationCategory.OTHER: translate("domain.treatment", "other", "a kind of medication"),
        }[self]


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
    usual_stools: int = USUAL_STOOLS_DEFAULT  # bowel movements a day when well (PRO2-UC)
    scores: tuple[str, ...] | None = None  # the condition scores switched on; None: as the condition suggests

    @property
    def active_scores(self) -> tuple[str, ...]:
        """The condition scores the diary asks for: those chosen, else those the condition suggests."""
        return self.scores if self.scores is not None else suggested_scores(self.condition)


@dataclass(frozen=True)
class Settings:
    """Response thresholds (docs/response-rules.md#thresholds): relative r and absolute m."""

    relative_threshold: float = 0.30
    absolute_threshold: float = 1.0


# --- titration plans ------------------------------------------------------------------------------

BEDTIME = dt.time(22, 0)


@dataclass(frozen=True)
class PlanPreset:
    key: str
    steps: tuple[tuple[int, float], ...]  # (from day, dose mg)

    @property
    def label(self) -> str:
        """The plan in a few words, in the current language."""
        if self.key == "standard":
            text = translate("domain.treatment", "{first} mg, up {step} mg every 2 weeks to {top} mg")
        elif self.key == "gradual":
            text = translate("domain.treatment", "{first} mg, up {step} mg every week to {top} mg")
        elif self.key == "study":
            return translate("domain.treatment", "{top} mg from day 1 (as in the study)").format(top=number(4.5))
        else:
            return self.key
        first = self.steps[0][1]
        step = self.steps[1][1] - first
        return text.format(first=number(first), step=number(step), top=number(self.steps[-1][1]))

    def plan(self, time: dt.time | None = BEDTIME) -> tuple[TitrationStep, ...]:
        return tuple(TitrationStep(day, dose, time) for day, dose in self.steps)


PLAN_PRESETS = (
    PlanPreset("standard", ((1, 1.5), (15, 3.0), (29, 4.5))),
    PlanPreset("gradual", tuple((1 + 7 * i, round(0.5 * (i + 1), 1)) for i in range(9))),
    PlanPreset("study", ((1, 4.5),)),
)


def plan_problems(steps: tuple[TitrationStep, ...]) -> list[str]:
    """What is wrong with a titration plan, each saying what is allowed."""
    problems = []
    days = [s.from_day for s in steps]
    if len(set(days)) != len(days):
        problems.append(translate("domain.treatment", "two steps start on the same day; give each step its own day"))
    for step in steps:
        if not 1 <= step.from_day <= STEP_DAY_MAX:
            problems.append(translate(
                "domain.treatment", "a step starts on day {day}; steps start from day 1 (the first dose) to day {last}"
            ).format(day=step.from_day, last=STEP_DAY_MAX))
        if not DOSE_MIN_MG <= step.dose_mg <= DOSE_MAX_MG:
            problems.append(translate("domain.treatment", "a step's dose of {dose} mg is not allowed; use {low} to {high} mg").format(
                dose=_g(step.dose_mg), low=_g(DOSE_MIN_MG), high=_g(DOSE_MAX_MG)))
    if steps and min(days) != 1:
        problems.append(translate("domain.treatment", "the plan needs a step from day 1, the first dose"))
    return problems


def text_problem(what: str, text: str, limit: int = NAME_MAX_CHARS) -> str | None:
    """Why a text cannot be kept (too long), or None; `what` names it in the reader's language."""
    if len(text) > limit:
        return translate("domain.treatment", "{what} is {length} characters long; the most allowed is {limit}").format(
            what=what, length=f"{len(text):,}", limit=f"{limit:,}")
    return None


def _found(*problems: str | None) -> list[str]:
    return [p for p in problems if p]


def course_problems(course: Course, others: list[Course], today: dt.date) -> list[str]:
    """What stops `course` from being saved next to the diary's `others` courses."""
    problems = plan_problems(course.steps)
    problems += _found(date_problem(course.start, today, translate("domain.treatment", "the start date")),
                       text_problem(translate("domain.treatment", "the reason for stopping"), course.stop_reason, NOTE_MAX_CHARS))
    if course.end is not None:
        if course.end < course.start:
            problems.append(translate("domain.treatment", "the course cannot stop ({end}) before it starts ({start})").format(
                end=course.end, start=course.start))
        if course.end > today:
            problems.append(translate(
                "domain.treatment", "the stop date {end} is in the future; stop the course on the day of the last dose"
            ).format(end=course.end))
    for other in others:
        if other.start == course.start:
            continue
        other_end = other.end or dt.date.max
        this_end = course.end or dt.date.max
        if course.start <= other_end and other.start <= this_end:
            problems.append(
                translate("domain.treatment", "this course would overlap the course that started on {start}").format(start=other.start)
                if other.end else
                translate("domain.treatment", "this course would overlap the course that started on {start} and is still going; "
                          "stop that one first").format(start=other.start)
            )
    return problems


def medication_problems(medication: Medication, today: dt.date) -> list[str]:
    problems = _found(text_problem(translate("domain.treatment", "a medication's name"), medication.name),
                      *(date_problem(day, today) for day in (medication.start, medication.stop) if day))
    if not medication.name.strip():
        problems.append(translate("domain.treatment", "a medication needs a name"))
    if not isinstance(medication.category, MedicationCategory):
        problems.append(translate("domain.treatment", "{name}: choose its kind").format(
            name=medication.name or translate("domain.treatment", "a medication")))
    if medication.start and medication.stop and medication.stop < medication.start:
        problems.append(translate("domain.treatment", "{name}: the stop date {stop} is before the start {start}").format(
            name=medication.name, stop=medication.stop, start=medication.start))
    return problems


def clinic_result_problems(result: ClinicResult, today: dt.date) -> list[str]:
    problems = _found(date_problem(result.day, today, translate("domain.treatment", "the visit date")),
                      text_problem(translate("domain.treatment", "the visit's note"), result.note, NOTE_MAX_CHARS))
    if result.day > today:
        problems.append(translate("domain.treatment", "the visit date {date} is in the future").format(date=result.day))
    if result.crp_mg_l is not None and not 0 <= result.crp_mg_l <= 500:
        problems.append(translate("domain.treatment", "CRP {value} mg/L is not allowed; use 0 to 500").format(value=_g(result.crp_mg_l)))
    if result.alt_u_l is not None and not 0 <= result.alt_u_l <= 5000:
        problems.append(translate("domain.treatment", "ALT {value} U/L is not allowed; use 0 to 5000").format(value=_g(result.alt_u_l)))
    if result.endoscopic_score is not None and result.endoscopic_score not in ENDOSCOPIC_SCORES:
        problems.append(translate("domain.treatment", "the endoscopic score is 0 none, 1 mild, 2 moderate or 3 severe inflammation"))
    return problems


def endoscopic_words() -> dict[int, str]:
    """Each endoscopic score's word, in the current language."""
    return {
        0: translate("domain.treatment", "none", "endoscopic score: inflammation"),
        1: translate("domain.treatment", "mild", "endoscopic score: inflammation"),
        2: translate("domain.treatment", "moderate", "endoscopic score: inflammation"),
        3: translate("domain.treatment", "severe", "endoscopic score: inflammation"),
    }


ENDOSCOPIC_SCORES: Mapping[int, str] = WordTable(endoscopic_words)  # read at use time: follows the language


def profile_problems(profile: Profile, today: dt.date) -> list[str]:
    problems = _found(text_problem(translate("domain.treatment", "the condition"), profile.condition),
                      text_problem(translate("domain.treatment", "the name"), profile.name))
    if profile.date_of_birth is not None and profile.date_of_birth < DATE_MIN:
        problems.append(translate("domain.treatment", "the date of birth is before {year}").format(year=DATE_MIN.year))
    if profile.diagnosis_year is not None and not 1900 <= profile.diagnosis_year <= today.year:
        problems.append(translate("domain.treatment", "year of diagnosis {year} is not allowed; use 1900 to {this_year}").format(
            year=profile.diagnosis_year, this_year=today.year))
    if profile.date_of_birth is not None and profile.date_of_birth > today:
        problems.append(translate("domain.treatment", "the date of birth is in the future"))
    low, high = USUAL_STOOLS_RANGE
    if isinstance(profile.usual_stools, bool) or not isinstance(profile.usual_stools, int) or not low <= profile.usual_stools <= high:
        problems.append(translate(
            "domain.treatment", "usual stools {value} is not allowed; use a whole number from {low} to {high} a day"
        ).format(value=repr(profile.usual_stools), low=low, high=high))
    problems.extend(score_choice_problems(profile.scores or ()))
    return problems
