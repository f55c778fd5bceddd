"""Reading many patients' JSON exports for the clinic's cohort table: nothing is written, a bad file is skipped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from diary.domain.cohort import CohortTable, PatientOutcome, cohort_table, patient_outcome
from diary.domain.errors import ValidationError
from diary.domain.language import SourceWords, using
from diary.store.transfer import parse_json, read_text


@dataclass(frozen=True)
class Skipped:
    """A file the cohort could not use, and why."""

    path: Path
    reason: str


@dataclass(frozen=True)
class Cohort:
    table: CohortTable
    read: tuple[Path, ...]  # every export read, in the table or not
    skipped: tuple[Skipped, ...]  # files that are no export (or of a newer format), or cannot be read
    not_counted: tuple[Skipped, ...]  # exports read that have no course to count


def export_files(paths: Iterable[Path]) -> tuple[list[Path], list[Skipped]]:
    """The files `paths` name: a folder stands for the .json files in it (not its subfolders), by name."""
    files: list[Path] = []
    missing: list[Skipped] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() == ".json" and p.is_file()))
        elif path.exists():
            files.append(path)
        else:
            missing.append(Skipped(path, "no such file or folder"))  # reasons stay English: --json prints them
    return files, missing


def _reason(exc: ValidationError) -> str:
    """The first problem found, and how many more there are."""
    more = len(exc.problems) - 1
    return exc.problems[0] + (f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else "")


def read_cohort(paths: Iterable[Path], today: dt.date) -> Cohort:
    """The cohort of the exports `paths` (files or folders of them), each patient's first course."""
    files, skipped = export_files(paths)
    outcomes: list[PatientOutcome] = []
    read, not_counted = [], []
    for path in files:
        try:
            with using(SourceWords()):  # the reasons stay English: --json prints them, the same in every language
                snapshot = parse_json(read_text(path), today)
        except ValidationError as exc:
            skipped.append(Skipped(path, _reason(exc).removeprefix(f"{path}: ")))
            continue
        read.append(path)
        outcome = patient_outcome(path.name, snapshot)
        if outcome is None:
            why = "no LDN course yet" if not snapshot.courses else "its first course has not started"
            not_counted.append(Skipped(path, why))
        else:
            outcomes.append(outcome)
    return Cohort(cohort_table(outcomes), tuple(read), tuple(skipped), tuple(not_counted))
