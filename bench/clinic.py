"""The clinic's timings: reading 1,000 one-year exports into the cohort table, and the FHIR export of a long diary."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from diary.domain.entries import DailyEntry, Severity
from diary.domain.side_effects import BUILTIN_SIDE_EFFECTS, builtin_side_effects
from diary.domain.snapshot import DiarySnapshot
from diary.domain.treatment import PLAN_PRESETS, Course, Profile
from diary.store.json_file import format_json

Row = Callable[..., None]  # bench.__main__.Table.add(what, value, target="", ratio="")
CONDITIONS = ("Crohn's disease", "Ulcerative colitis")


def one_year_export(rng: random.Random, today: dt.date) -> str:
    """A patient's export of a year of daily entries: activity and every built-in side effect each day."""
    start = today - dt.timedelta(days=358)
    plan = PLAN_PRESETS[0].plan()
    course = Course(start, None, "", plan)
    entries = []
    better = rng.random() < 0.7
    for n in range(-6, 359):
        day = start + dt.timedelta(days=n - 1)
        mean = 6.5 if n < 10 or not better else 3.0
        effects = {key: Severity.NONE for key, _ in BUILTIN_SIDE_EFFECTS}
        if 1 <= n <= 20 and rng.random() < 0.2:
            effects["vivid_dreams"] = Severity.MILD
        step = course.planned_step(day)
        entries.append(DailyEntry(day, max(0, min(10, round(rng.gauss(mean, 1)))), step.dose_mg if step else None,
                                  True if step else None, step.time if step else None, side_effects=effects))
    return format_json(DiarySnapshot(entries=tuple(entries), side_effects=tuple(builtin_side_effects()), courses=(course,),
                                     profile=Profile(condition=rng.choice(CONDITIONS))))


def bench_cohort(folder: Path, count: int, add: Row) -> None:
    """Write `count` one-year exports (not timed), then time reading them into the cohort table."""
    from diary.services.cohort import read_cohort

    today = dt.date.today()
    rng = random.Random(17)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"patient-{i:04d}.json").write_text(one_year_export(rng, today), encoding="utf-8")
    start = time.perf_counter()
    cohort = read_cohort([folder], today)
    seconds = time.perf_counter() - start
    assert cohort.table.everyone.n == count
    add(f"read {count:,} one-year exports into the cohort table", f"{seconds:.1f} s ({seconds / count * 1000:.0f} ms each)",
        "well under 1 min for 1,000")


def bench_fhir(data_dir: Path, label: str, out: Path, runs: int, add: Row) -> None:
    """Time `export FILE.fhir.json` of the diary in `data_dir`, and report the file's size."""
    from diary.services.diary import DiaryService

    service = DiaryService(data_dir)
    try:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            service.transfer.export_file(out)
            times.append(time.perf_counter() - start)
    finally:
        service.close()
    size = out.stat().st_size
    add(f"FHIR export of the {label} diary", f"{statistics.median(times):.2f} s, {size / 2**20:.1f} MB", "< 10 s")


def run(tmp: Path, folders: dict[int, Path], quick: bool, runs: int, add: Row) -> None:
    """The clinic's rows of the table: called from bench.__main__."""
    bench_cohort(tmp / "cohort", 50 if quick else 1000, add)
    years = 10 if 10 in folders else max(folders)  # the 10-year diary of the issue; the quick run's longest
    bench_fhir(folders[years], f"{years} y", tmp / "diary.fhir.json", min(runs, 3), add)
