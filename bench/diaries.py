"""Synthetic diaries of many years: a Crohn's patient's daily entries with side effects, doses, the
condition scores' items (PRO2-CD and HBI) and several courses."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from diary.domain.entries import DailyEntry, Severity
from diary.domain.side_effects import BUILTIN_SIDE_EFFECTS
from diary.domain.treatment import PLAN_PRESETS, Course, Profile
from diary.store.records import DiaryStore

COURSE_DAYS, BREAK_DAYS = 300, 60  # LDN for ~10 months, then two months off, again and again


def build_diary(folder: Path, years: int, today: dt.date, seed: int = 7) -> int:
    """Fill `folder` with `years` of daily entries ending yesterday; returns the number of entries."""
    rng = random.Random(seed)
    first = today - dt.timedelta(days=365 * years)
    plan = PLAN_PRESETS[0].plan()
    courses, entries = [], []
    start = first + dt.timedelta(days=14)
    while start < today:
        end = start + dt.timedelta(days=COURSE_DAYS - 1)
        courses.append(Course(start, end if end < today else None, "planned break" if end < today else "", plan))
        start = end + dt.timedelta(days=BREAK_DAYS + 1)
    day = first
    while day < today:
        course = next((c for c in courses if c.covers(day)), None)
        step = course.planned_step(day) if course else None
        n = course.day_number(day) if course else 0
        mean = 6.5 if course is None or n < 15 else 3.0
        effects = {key: Severity.NONE for key, _ in BUILTIN_SIDE_EFFECTS}
        if course and n < 30 and rng.random() < 0.4:
            effects["vivid_dreams"] = Severity(rng.randint(1, 2))
        if rng.random() < 0.05:
            effects[rng.choice(BUILTIN_SIDE_EFFECTS)[0]] = Severity(rng.randint(1, 3))
        if rng.random() > 0.04:  # a few days missing, as in real diaries
            entries.append(
                DailyEntry(
                    day,
                    activity=max(0, min(10, round(rng.gauss(mean, 1.0)))),
                    dose_mg=step.dose_mg if step else None,
                    dose_taken=(rng.random() > 0.03) if step else None,
                    dose_time=step.time if step else None,
                    note="felt tired" if rng.random() < 0.03 else "",
                    side_effects=effects,
                    # PRO2-CD's and the HBI's questions, answered most days, worse off LDN
                    items={"liquid_stools": max(0, round(rng.gauss(mean * 0.6, 1.0))),
                           "ibd_abdominal_pain": rng.randint(0, 3 if mean > 5 else 1),
                           "wellbeing": rng.randint(0, 3 if mean > 5 else 1)} if rng.random() < 0.9 else {},
                    complications=frozenset(),
                )
            )
        day += dt.timedelta(days=1)
    store = DiaryStore(folder)
    try:
        with store.transaction() as records:
            records.put_entries(entries)
            for course in courses:
                records.put_course(course)
            records.put_profile(Profile(condition="Crohn's disease", scores=("pro2_cd", "hbi")))
    finally:
        store.close()
    return len(entries)
