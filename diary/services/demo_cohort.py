"""A sample cohort shaped like the study's 47 patients (docs/cohort.md#the-demo-cohort), one JSON export each."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from diary.domain.categories import ResponseCategory
from diary.domain.entries import DailyEntry, Severity
from diary.domain.errors import ValidationError
from diary.domain.language import translate
from diary.domain.response import assess_courses
from diary.domain.side_effects import BUILTIN_SIDE_EFFECTS, builtin_side_effects
from diary.domain.snapshot import DiarySnapshot
from diary.domain.treatment import PLAN_PRESETS, Course, Profile, Settings
from diary.store.transfer import format_json, write_atomically

C = ResponseCategory
STUDY_PLAN = next(p for p in PLAN_PRESETS if p.key == "study").plan()  # 4.5 mg at bedtime from day 1
EARLY_STOP_DAY = 14  # the two patients who stopped after 2 weeks because of drowsiness


@dataclass(frozen=True)
class _Patient:
    condition: str
    category: ResponseCategory  # the verdict the diary is made to have
    side_effect: str = ""  # the one side effect felt, if any


def _patients() -> list[_Patient]:
    """28 Crohn's and 19 UC: 12 long-lasting, 23 short-lived and 12 non-responses, split in proportion
    (so that Fisher's exact test finds no difference, as in the study), with the study's side effects."""
    patients = []
    # The conditions as the diary keeps a choice: in English, shown in the reader's language (domain.choices).
    for condition, long, short, non in (("Crohn's disease", 7, 14, 6), ("Ulcerative colitis", 5, 9, 4)):
        patients += [_Patient(condition, C.LONG_LASTING) for _ in range(long)]
        patients += [_Patient(condition, C.SHORT_LIVED) for _ in range(short)]
        patients += [_Patient(condition, C.NON_RESPONDER) for _ in range(non)]
        # Each condition has one patient whose early improvement faded as they stopped after 2 weeks.
        patients.append(_Patient(condition, C.NOT_SUSTAINED, "drowsiness"))
    effects = {0: "vivid_dreams", 1: "vivid_dreams", 7: "vivid_dreams", 28: "headache", 31: "vivid_dreams"}
    return [_Patient(p.condition, p.category, effects.get(i, p.side_effect)) for i, p in enumerate(patients)]


def _level(category: ResponseCategory, n: int, baseline: float, relapse_day: int) -> float:
    """The activity a patient of `category` feels on treatment day `n` (before noise)."""
    better = baseline * 0.4
    if n <= 0:
        return baseline
    if category is C.NON_RESPONDER:
        return baseline
    if category is C.NOT_SUSTAINED:
        return baseline if n <= 3 else better if n <= 8 else baseline + 1
    if n <= 7:
        return baseline - (baseline - better) * n / 7
    if category is C.SHORT_LIVED and n >= relapse_day:
        return baseline
    return better


def _diary(patient: _Patient, start: dt.date, rng: random.Random) -> DiarySnapshot:
    baseline = rng.choice((6.0, 6.5, 7.0))
    relapse_day = rng.randint(42, 70)
    days = {C.LONG_LASTING: rng.choice((98, 105, 112)), C.SHORT_LIVED: 84, C.NON_RESPONDER: 84}.get(
        patient.category, EARLY_STOP_DAY
    )
    stopped = patient.category is C.NOT_SUSTAINED
    reason = "drowsiness" if stopped else ""  # as the study's patients gave it; kept as typed, in every language
    course = Course(start, start + dt.timedelta(days=days - 1) if stopped else None, reason, STUDY_PLAN)
    entries = []
    for n in range(-6, days + 1):
        day = start + dt.timedelta(days=n - 1)
        activity = max(0, min(10, round(rng.gauss(_level(patient.category, n, baseline, relapse_day), 0.4))))
        effects = {key: Severity.NONE for key, _ in BUILTIN_SIDE_EFFECTS}
        if patient.side_effect and 1 <= n <= (EARLY_STOP_DAY if stopped else 21) and rng.random() < 0.6:
            effects[patient.side_effect] = Severity.MODERATE if n < 8 else Severity.MILD
        on_ldn = n >= 1
        entries.append(DailyEntry(day, activity, 4.5 if on_ldn else None, True if on_ldn else None,
                                  STUDY_PLAN[0].time if on_ldn else None, side_effects=effects))
    return DiarySnapshot(
        entries=tuple(entries),
        side_effects=tuple(builtin_side_effects()),
        courses=(course,),
        profile=Profile(condition=patient.condition, diagnosis_year=start.year - rng.randint(2, 15)),
    )


def demo_cohort(today: dt.date, seed: int = 2018) -> list[DiarySnapshot]:
    """The 47 patients' diaries, in a shuffled order, each ending before `today`; each one's first
    course has the verdict the study's table needs (checked here, so that the demo never drifts)."""
    rng = random.Random(seed)
    patients = _patients()
    rng.shuffle(patients)
    diaries = []
    for i, patient in enumerate(patients):
        start = today - dt.timedelta(days=130 + 4 * i)
        for _attempt in range(50):  # the noise may blur a verdict: draw again
            diary = _diary(patient, start, rng)
            activity = {e.day: e.activity for e in diary.entries if e.activity is not None}
            if assess_courses(list(diary.courses), activity, Settings())[0].category is patient.category:
                break
        else:  # pragma: no cover - the shapes above leave wide margins
            raise AssertionError(f"no diary of {patient.category.value} could be drawn")
        diaries.append(diary)
    return diaries


def write_demo_cohort(folder: Path, today: dt.date) -> list[Path]:
    """Write the demo cohort to `folder` as patient-01.json ... patient-47.json (none may exist yet)."""
    diaries = demo_cohort(today)
    paths = [folder / f"patient-{i:02d}.json" for i in range(1, len(diaries) + 1)]
    if folder.exists() and not folder.is_dir():
        raise ValidationError(translate("services.demo_cohort", "{folder}: not a folder").format(folder=folder))
    taken = [p.name for p in paths if p.exists()]
    if taken:
        raise ValidationError(translate(
            "services.demo_cohort", "{folder} already holds {file}; choose an empty folder for the demo cohort"
        ).format(folder=folder, file=taken[0]))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # health data: the user's alone
    for path, diary in zip(paths, diaries):
        write_atomically(path, format_json(diary))
    return paths
