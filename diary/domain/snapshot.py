"""Everything a diary knows, as one value: what export writes and import reads back, with its rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from diary.domain.entries import DailyEntry, entry_problems
from diary.domain.language import translate
from diary.domain.response import validate_settings
from diary.domain.side_effects import LABEL_MAX_CHARS, SideEffect, side_effect_key
from diary.domain.treatment import (
    ClinicResult,
    Course,
    Medication,
    Profile,
    Settings,
    clinic_result_problems,
    course_problems,
    medication_problems,
    profile_problems,
)


@dataclass(frozen=True)
class DiarySnapshot:
    entries: tuple[DailyEntry, ...] = ()
    side_effects: tuple[SideEffect, ...] = ()
    courses: tuple[Course, ...] = ()
    medications: tuple[Medication, ...] = ()
    clinic_results: tuple[ClinicResult, ...] = ()
    profile: Profile = field(default_factory=Profile)
    settings: Settings = field(default_factory=Settings)


def snapshot_problems(snapshot: DiarySnapshot, today: dt.date, diary_courses: tuple[Course, ...] = ()) -> list[str]:
    """Every rule the snapshot breaks, as typed input would, each naming where: a whole import
    is checked before any of it is written. `diary_courses` are those of the diary it lands in
    (a course with the same start is replaced by the imported one)."""
    problems: list[str] = []
    for i, effect in enumerate(snapshot.side_effects):
        if not effect.key or side_effect_key(effect.key) != effect.key:
            problems.append(translate(
                "domain.snapshot", "side_effects[{i}].key: {key} is not a side-effect key (lower case, words joined by _)"
            ).format(i=i, key=repr(effect.key)))
        if not effect.label.strip() or len(effect.label) > LABEL_MAX_CHARS:
            problems.append(translate("domain.snapshot", "side_effects[{i}].label: a name of 1 to {limit} characters is needed").format(
                i=i, limit=LABEL_MAX_CHARS))
    known = {e.key for e in snapshot.side_effects}
    for i, entry in enumerate(snapshot.entries):
        problems.extend(f"entries[{i}]: {p}" for p in entry_problems(entry, today, known))
    if len({e.day for e in snapshot.entries}) != len(snapshot.entries):
        problems.append(translate("domain.snapshot", "entries: a date appears more than once; one entry per day"))
    starts = {c.start for c in snapshot.courses}
    others = [c for c in diary_courses if c.start not in starts]
    for i, course in enumerate(snapshot.courses):
        rest = others + [c for j, c in enumerate(snapshot.courses) if j != i]
        problems.extend(f"courses[{i}]: {p}" for p in course_problems(course, rest, today))
    if len(starts) != len(snapshot.courses):
        problems.append(translate("domain.snapshot", "courses: two courses start on the same day"))
    for i, medication in enumerate(snapshot.medications):
        problems.extend(f"medications[{i}]: {p}" for p in medication_problems(medication, today))
    for i, result in enumerate(snapshot.clinic_results):
        problems.extend(f"clinic_results[{i}]: {p}" for p in clinic_result_problems(result, today))
    problems.extend(f"profile: {p}" for p in profile_problems(snapshot.profile, today))
    problems.extend(f"settings: {p}" for p in validate_settings(snapshot.settings))
    return problems
