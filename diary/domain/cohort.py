"""A clinic's cohort like the study's (docs/cohort.md): each patient's first course judged by the
response rules, counted into the study's table by condition, with side effects and early stops."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from statistics import median, quantiles

from diary.domain.categories import ResponseCategory
from diary.domain.choices import conditions, shown, stop_reasons
from diary.domain.condition_items import WordTable
from diary.domain.language import translate
from diary.domain.response import ONSET_WINDOW_DAYS, assess_courses, smoothed_activity
from diary.domain.side_effects import builtin_labels, in_sentence, label_from_key, side_effect_key
from diary.domain.snapshot import DiarySnapshot
from diary.domain.wording import number

C = ResponseCategory
# The study's rows and the verdicts each counts (docs/cohort.md#the-table).
ROWS: dict[str, frozenset[ResponseCategory]] = {
    "response": frozenset({C.RESPONSE_ONGOING, C.SHORT_LIVED, C.LONG_LASTING}),
    "long_lasting": frozenset({C.LONG_LASTING}),
    "short_lived": frozenset({C.SHORT_LIVED}),
    "non_response": frozenset({C.NON_RESPONDER, C.NOT_SUSTAINED}),
    "undecided": frozenset({C.TOO_EARLY, C.IMPROVING, C.NO_BASELINE}),
}


def row_words() -> dict[str, str]:
    """The rows' names in the current language (the two indented ones are parts of the first)."""
    return {
        "response": translate("domain.cohort", "Clinical response"),
        "long_lasting": "  " + translate("domain.cohort", "of 12 weeks or more", "a row of the cohort table, under Clinical response"),
        "short_lived": "  " + translate("domain.cohort", "short-lived (4–12 weeks)", "a row of the cohort table, under Clinical response"),
        "non_response": translate("domain.cohort", "No response"),
        "undecided": translate("domain.cohort", "Not yet decided"),
    }


ROW_WORDS: Mapping[str, str] = WordTable(row_words)  # read at use time: follows the language
EARLY_STOP_DAYS = ONSET_WINDOW_DAYS  # a course stopped by treatment day 28
# These two name a group and a reason in the cohort's JSON too, so they stay English.
NO_CONDITION = "condition not given"
NO_REASON = "no reason recorded"


def group_words(name: str) -> str:
    """A group's name (a condition as the profiles keep it) as the reader sees it."""
    if name == NO_CONDITION:
        return translate("domain.cohort", "condition not given")
    return shown(conditions(), name)


def reason_words(reason: str) -> str:
    """A reason for stopping as the reader sees it: an offered reason or a built-in side effect's name
    ("drowsiness") in the reader's language, anything else as typed."""
    if reason == NO_REASON:
        return translate("domain.cohort", "no reason recorded")
    effect = builtin_labels().get(side_effect_key(reason))
    return in_sentence(effect) if effect else shown(stop_reasons(), reason)


@dataclass(frozen=True)
class PatientOutcome:
    """One patient's first LDN course as the cohort counts it."""

    name: str  # where the patient came from: the export's file name
    condition: str
    category: ResponseCategory
    follow_up_days: int | None  # n(T): treatment days the assessment saw
    side_effects: frozenset[str]  # keys of the side effects felt during the course
    side_effect_labels: tuple[tuple[str, str], ...]  # (key, label) for those keys
    stop_day: int | None  # the treatment day the course stopped on, if it did
    stop_reason: str
    trend: tuple[tuple[int, float], ...]  # (treatment day, 7-day mean activity) where defined

    @property
    def stopped_early(self) -> bool:
        return self.stop_day is not None and self.stop_day <= EARLY_STOP_DAYS


def patient_outcome(name: str, diary: DiarySnapshot) -> PatientOutcome | None:
    """The first course of `diary` judged as the app judges it (None without a course, or one not started)."""
    if not diary.courses:
        return None
    course = min(diary.courses, key=lambda c: c.start)
    activity = {e.day: e.activity for e in diary.entries if e.activity is not None}
    assessment = assess_courses([course], activity, diary.settings)[0]
    if assessment.category is C.NOT_STARTED:
        return None
    last = assessment.as_of or course.start  # T: never after the course's end (assess_courses)
    felt = frozenset(
        key for e in diary.entries if course.start <= e.day <= last for key in e.present_side_effects()
    )
    labels = builtin_labels() | {e.key: e.shown_label for e in diary.side_effects}
    trend = tuple(
        (course.day_number(day), value)
        for day, value in smoothed_activity(activity, course.start, last).items()
        if value is not None
    )
    return PatientOutcome(
        name=name,
        condition=" ".join(diary.profile.condition.split()) or NO_CONDITION,
        category=assessment.category,
        follow_up_days=assessment.day,
        side_effects=felt,
        side_effect_labels=tuple(sorted((k, labels.get(k, label_from_key(k))) for k in felt)),
        stop_day=course.day_number(course.end) if course.end else None,
        stop_reason=" ".join(course.stop_reason.split()),
        trend=trend,
    )


@dataclass(frozen=True)
class Count:
    count: int
    percent: float  # of the group's n, one decimal


def _count(outcomes: Sequence[PatientOutcome], row: str) -> Count:
    found = sum(o.category in ROWS[row] for o in outcomes)
    return Count(found, round(100 * found / len(outcomes), 1) if outcomes else 0.0)


@dataclass(frozen=True)
class Group:
    """The study's rows for a group of patients (the whole cohort, or one condition)."""

    name: str
    n: int
    rows: dict[str, Count]

    def count(self, row: str) -> int:
        return self.rows[row].count


def group(name: str, outcomes: Sequence[PatientOutcome]) -> Group:
    return Group(name, len(outcomes), {row: _count(outcomes, row) for row in ROWS})


Table2x2 = tuple[tuple[int, int], tuple[int, int]]


@dataclass(frozen=True)
class CohortTable:
    """The study's table: all patients, by condition, side effects, early stops and follow-up."""

    everyone: Group
    by_condition: tuple[Group, ...]
    side_effects: tuple[tuple[str, str, int], ...]  # (key, label, patients), most patients first
    stopped_early: tuple[tuple[str, int], ...]  # (reason, patients), most first
    follow_up: tuple[float, float, float] | None  # median, first and third quartile, in days
    outcomes: tuple[PatientOutcome, ...]

    def fisher_tables(self) -> dict[str, Table2x2] | None:
        """For two conditions, the 2×2 tables (condition × yes/no) of response and of long-lasting
        response that Fisher's exact test compares, as the study did; None otherwise."""
        if len(self.by_condition) != 2:
            return None
        a, b = self.by_condition
        return {row: ((a.count(row), a.n - a.count(row)), (b.count(row), b.n - b.count(row)))
                for row in ("response", "long_lasting")}


def _condition_key(condition: str) -> str:
    return condition.casefold().replace("’", "'")


def cohort_table(outcomes: Iterable[PatientOutcome]) -> CohortTable:
    """The table of the patients `outcomes` (in the order given)."""
    patients = tuple(outcomes)
    conditions: dict[str, list[PatientOutcome]] = {}
    names: dict[str, str] = {}
    for o in patients:  # "Crohn's disease" and "crohn's  Disease" are one condition, named as first written
        key = _condition_key(o.condition)
        names.setdefault(key, o.condition)
        conditions.setdefault(key, []).append(o)
    groups = sorted((group(names[k], v) for k, v in conditions.items()), key=lambda g: (-g.n, g.name))
    felt = Counter(key for o in patients for key in o.side_effects)
    labels = dict(label for o in patients for label in o.side_effect_labels)
    reasons: dict[str, str] = {}
    for o in patients:  # "drowsiness" and "Drowsiness" are one reason too
        reasons.setdefault(_condition_key(o.stop_reason or NO_REASON), o.stop_reason or NO_REASON)
    stops = Counter(reasons[_condition_key(o.stop_reason or NO_REASON)] for o in patients if o.stopped_early)
    days = [o.follow_up_days for o in patients if o.follow_up_days is not None]
    return CohortTable(
        everyone=group(translate("domain.cohort", "All patients"), patients),
        by_condition=tuple(groups),
        side_effects=tuple((k, labels[k], n) for k, n in sorted(felt.items(), key=lambda kv: (-kv[1], kv[0]))),
        stopped_early=tuple(sorted(stops.items(), key=lambda kv: (-kv[1], kv[0]))),
        follow_up=_median_iqr(days),
        outcomes=patients,
    )


def _median_iqr(days: list[int]) -> tuple[float, float, float] | None:
    if not days:
        return None
    if len(days) == 1:
        return float(days[0]), float(days[0]), float(days[0])
    q1, _, q3 = quantiles(days, n=4, method="inclusive")
    return float(median(days)), q1, q3


def percent_text(c: Count) -> str:
    """"35 (74.5 %)"."""
    return f"{c.count} ({number(c.percent)} %)"


def follow_up_text(follow_up: tuple[float, float, float] | None) -> str:
    if follow_up is None:
        return translate("domain.cohort", "not known", "the follow-up")
    m, q1, q3 = follow_up
    return translate("domain.cohort", "median {median} days (IQR {q1}–{q3})").format(
        median=number(m, 2, fixed=False), q1=number(q1, 2, fixed=False), q3=number(q3, 2, fixed=False))



def p_text(p: float) -> str:
    """A p value as the study writes it: "p = 1.000", "p < 0.001"."""
    return f"p < {number(0.001, 3)}" if p < 0.0005 else f"p = {number(p, 3)}"
