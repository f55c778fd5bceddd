"""A realistic sample diary: a baseline week, then a 12-week LDN course that helps, with PRO2-CD and HBI items."""

from __future__ import annotations

import datetime as dt
import random

from diary.domain.entries import DailyEntry, Severity
from diary.domain.language import translate
from diary.domain.side_effects import BUILTIN_SIDE_EFFECTS
from diary.domain.snapshot import DiarySnapshot
from diary.domain.treatment import ClinicResult, Course, Medication, MedicationCategory, Profile, TitrationStep
from diary.domain.wording import number

COURSE_DAYS = 90  # today is day 91, so the 12-week milestone has passed
BEDTIME, MORNING = dt.time(22, 0), dt.time(8, 0)
# The common titration; the patient moved the dose to the morning at 4.5 mg because of vivid dreams.
STEPS = (TitrationStep(1, 1.5, BEDTIME), TitrationStep(15, 3.0, BEDTIME), TitrationStep(29, 4.5, MORNING))


def _notes() -> dict[int, str]:
    """The patient's notes by treatment day, in the current language (the doses with its decimal sign)."""
    return {
        1: translate("services.demo", "Started LDN {dose} mg at bedtime.", "the demo diary's note").format(dose=number(1.5)),
        3: translate("services.demo", "Very vivid dreams last night, woke up twice.", "the demo diary's note"),
        15: translate("services.demo", "Up to {dose} mg.", "the demo diary's note").format(dose=number(3.0, fixed=False)),
        29: translate("services.demo", "Up to {dose} mg. Taking it in the morning now because of the dreams.", "the demo diary's note"
                      ).format(dose=number(4.5)),
        47: translate("services.demo", "Good week - walked to the shops and back.", "the demo diary's note"),
        68: translate("services.demo", "Stomach bug at work, felt worse for a few days.", "the demo diary's note"),
    }


MISSED_DAYS = {33, 61}
GAP_DAYS = {40, 41, 42, 77}  # away for a long weekend, one forgotten day


def _activity(day_number: int, rng: random.Random) -> int:
    """Around 6-7 before LDN and in the first two weeks, easing to about 2-3 during week 3."""
    if day_number <= 14:
        mean = 6.5
    elif day_number <= 21:
        mean = 6.5 - (day_number - 14) * 0.5
    else:
        mean = 2.6
    if 68 <= day_number <= 70:
        mean += 2.5  # the stomach bug
    return max(0, min(10, round(rng.gauss(mean, 0.8))))


def _side_effects(day_number: int, rng: random.Random) -> dict[str, Severity]:
    severities = {key: Severity.NONE for key, _ in BUILTIN_SIDE_EFFECTS}
    if 2 <= day_number <= 28 and rng.random() < 0.7 - day_number / 50:
        severities["vivid_dreams"] = Severity(2 if day_number < 10 else 1)
    if 1 <= day_number <= 10 and rng.random() < 0.35:
        severities["headache"] = Severity.MILD
    if 68 <= day_number <= 70:
        severities["nausea"] = Severity.MODERATE
    if day_number <= 0 and rng.random() < 0.5:
        severities["fatigue"] = Severity.MODERATE
    return severities


def _items(activity: int, rng: random.Random) -> tuple[dict[str, int], frozenset[str]]:
    """PRO2-CD and HBI items that follow the day's activity (a separate random stream keeps the rest as it was)."""
    items = {
        "liquid_stools": max(0, round(activity * 0.7 + rng.gauss(0, 0.8))),
        "ibd_abdominal_pain": max(0, min(3, round(activity / 3 + rng.gauss(0, 0.3)))),
        "wellbeing": max(0, min(4, round(activity / 2.5 + rng.gauss(0, 0.3)))),
    }
    complications = frozenset({"arthralgia"}) if activity >= 6 and rng.random() < 0.4 else frozenset()
    return items, complications


def demo_snapshot(today: dt.date, seed: int = 55) -> DiarySnapshot:
    """The sample diary, ending yesterday (today is left for the user to fill in)."""
    rng, item_rng = random.Random(seed), random.Random(seed + 1)
    start = today - dt.timedelta(days=COURSE_DAYS)
    course = Course(start=start, steps=STEPS)
    notes = _notes()
    entries = []
    for offset in range(-7, COURSE_DAYS):
        day = start + dt.timedelta(days=offset)
        n = offset + 1
        activity, effects = _activity(n, rng), _side_effects(n, rng)
        if n in GAP_DAYS:
            continue
        step = course.planned_step(day)
        items, complications = _items(activity, item_rng)
        entries.append(
            DailyEntry(
                day=day,
                activity=activity,
                dose_mg=step.dose_mg if step else None,
                dose_taken=(n not in MISSED_DAYS) if step else None,
                dose_time=step.time if step and n not in MISSED_DAYS else None,
                note=notes.get(n, ""),
                side_effects=effects,
                items=items,
                complications=complications,
            )
        )
    return DiarySnapshot(
        entries=tuple(entries),
        courses=(course,),
        medications=(Medication(translate("services.demo", "Mesalazine {dose} g", "a medication of the demo diary").format(
            dose=number(2.4)), MedicationCategory.FIVE_ASA, dt.date(today.year - 3, 5, 1)),),
        clinic_results=(
            ClinicResult(start - dt.timedelta(days=10), crp_mg_l=18.0, endoscopic_score=2, alt_u_l=24.0),
        ),
        profile=Profile(condition="Crohn's disease",  # a choice, kept in English (domain.choices)
                        diagnosis_year=today.year - 9, scores=("pro2_cd", "hbi")),
    )
