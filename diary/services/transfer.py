"""Moving a diary in and out: import a CSV or JSON export, export the whole diary, fill in the demo."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from diary.domain.entries import DailyEntry
from diary.domain.errors import ValidationError
from diary.domain.language import SourceWords, translate, using
from diary.domain.snapshot import DiarySnapshot
from diary.domain.treatment import Course, Profile, first_course_start
from diary.services.changes import Change
from diary.services.use_case import OpenDiary, UseCases
from diary.store.records import DiaryRecords
from diary.store.transfer import (
    format_csv,
    format_fhir,
    format_json,
    is_fhir_name,
    parse_csv,
    parse_json,
    read_text,
    write_atomically,
)

if TYPE_CHECKING:
    from diary.services.backups import DiaryBackups


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    new_side_effects: tuple[str, ...] = ()
    course_started: dt.date | None = None
    dry_run: bool = False
    change: Change = field(default_factory=Change)

    def summary(self, dry_run_note: bool = True) -> str:
        """What the import did (or would do), in a sentence; a dry run's ends "Nothing was written
        (dry run)." unless `dry_run_note` is False."""
        if self.dry_run:
            added = translate("services.transfer", "%n new day(s) would be added and {updated} updated", None, self.added)
        elif self.added == 1:
            added = translate("services.transfer", "1 new day was added and {updated} updated")
        else:  # 0 or 2 and more: the plural
            added = translate("services.transfer", "{count} new days were added and {updated} updated")
        parts = [added.format(count=self.added, updated=self.updated)]
        if self.new_side_effects:
            parts.append(translate("services.transfer", "new side effects: {names}").format(names=", ".join(self.new_side_effects)))
        if self.course_started:
            parts.append(translate("services.transfer", "treatment course starting {date}").format(date=self.course_started.isoformat()))
        text = "; ".join(parts) + "."
        if self.dry_run and dry_run_note:
            text += " " + translate("services.transfer", "Nothing was written (dry run).")
        return text


class TransferService(UseCases):
    """Import and export, all or nothing; an import is checked whole before any of it is written."""

    def __init__(self, diary: OpenDiary, backups: DiaryBackups):
        super().__init__(diary)
        self._backups = backups

    def snapshot(self) -> DiarySnapshot:
        """Everything in the diary, as one value."""
        with self._transaction() as records:
            return records.snapshot()

    def import_file(self, path: Path, dry_run: bool = False, new_side_effects: bool = False) -> ImportResult:
        """Import a diary CSV or JSON export: every row or none (ValidationError lists all problems).

        A CSV column named close to a known one is refused as a likely misspelling
        (MisspelledColumnsError) unless `new_side_effects` says to add it as a side effect."""
        text = read_text(path)
        is_json = path.suffix.lower() == ".json" or text.lstrip().startswith("{")
        if not dry_run:
            self._import_text(text, is_json, True, new_side_effects)  # a file with problems makes no backup
            self._backups.make("before-import")
        return self._import_text(text, is_json, dry_run, new_side_effects)

    def export_file(self, path: Path, include_name: bool = False) -> int:
        """Write the whole diary to a .csv, .json or .fhir.json file (atomically); returns the number of days.
        `include_name` puts the profile's name and date of birth in the FHIR Patient (docs/fhir.md#patient)."""
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".json"):
            raise ValidationError(translate(
                "services.transfer", "{name}: export to a file ending in .csv or .json (or .fhir.json for a clinic's FHIR system)"
            ).format(name=path.name))
        if not path.parent.is_dir():
            raise ValidationError(translate("services.transfer", "{folder}: no such folder").format(folder=path.parent))
        snapshot = self.snapshot()
        with using(SourceWords()):  # a file is the same in every language
            if is_fhir_name(path.name):
                from diary.domain.fhir import FhirOptions

                text = format_fhir(snapshot, dt.datetime.now(dt.UTC).astimezone(), FhirOptions(include_name))
            elif suffix == ".json":
                text = format_json(snapshot)
            else:
                text = format_csv(list(snapshot.entries), list(snapshot.side_effects))
        write_atomically(path, text)
        return len(snapshot.entries)

    def fill_demo(self) -> Change:
        """Fill an empty diary with realistic sample data (refused if the diary has entries)."""
        from diary.services.demo import demo_snapshot

        with self._transaction() as records:
            entries = records.entry_count()
            if entries:
                raise ValidationError(translate(
                    "services.transfer",
                    "this diary already has %n day(s) recorded; the demo only fills an empty data folder "
                    "(use --data-dir to choose another)",
                    None, entries))
            snapshot = demo_snapshot(self._today())
            records.put_entries(list(snapshot.entries))
            _add_treatment(records, snapshot)
        return Change(days=frozenset(e.day for e in snapshot.entries), treatment=True, profile=True)

    # --- importing --------------------------------------------------------------------------------

    def _import_text(self, text: str, is_json: bool, dry_run: bool, new_side_effects: bool) -> ImportResult:
        with self._transaction() as records:
            if is_json:
                snapshot = parse_json(text, self._today(), tuple(records.courses()))
                return _import_snapshot(records, snapshot, dry_run)
            return self._import_csv(records, text, dry_run, new_side_effects)

    def _import_csv(self, records: DiaryRecords, text: str, dry_run: bool, new_side_effects: bool) -> ImportResult:
        content = parse_csv(text, records.side_effects(), self._today(), new_side_effects)
        if not dry_run:
            for effect in content.new_side_effects:
                records.put_side_effect(effect)
        added, updated = _merge_entries(records, content.entries, dry_run)
        course_start = first_course_start(records.courses(), content.entries)
        if course_start is not None and not dry_run:
            records.put_course(Course(start=course_start))
        days = frozenset(e.day for e in content.entries)
        change = Change(days=days, side_effects=bool(content.new_side_effects), treatment=course_start is not None)
        return ImportResult(
            added, updated, tuple(e.label for e in content.new_side_effects), course_start, dry_run, change
        )


def _import_snapshot(records: DiaryRecords, snapshot: DiarySnapshot, dry_run: bool) -> ImportResult:
    known = {e.key for e in records.side_effects()}
    new_effects = tuple(e.label for e in snapshot.side_effects if e.key not in known)
    if not dry_run:
        for effect in snapshot.side_effects:
            records.put_side_effect(effect)
    added, updated = _merge_entries(records, snapshot.entries, dry_run)
    if not dry_run:
        _add_treatment(records, snapshot)
        records.put_settings(snapshot.settings)
    change = Change(days=frozenset(e.day for e in snapshot.entries), side_effects=True, treatment=True,
                    settings=True, profile=True)
    return ImportResult(added, updated, new_effects, None, dry_run, change)


def _merge_entries(records: DiaryRecords, incoming: tuple[DailyEntry, ...], dry_run: bool) -> tuple[int, int]:
    """A day already in the diary takes the incoming non-empty values; returns (added, updated)."""
    days = sorted(e.day for e in incoming)
    existing = {e.day: e for e in records.entries(days[0], days[-1])} if days else {}
    merged = [existing[e.day].merged_with(e) if e.day in existing else e for e in incoming]
    if not dry_run:
        records.put_entries(merged)
    updated = sum(e.day in existing for e in incoming)
    return len(incoming) - updated, updated


def _add_treatment(records: DiaryRecords, snapshot: DiarySnapshot) -> None:
    """The snapshot's courses (replacing those with the same start), the medications and clinic
    results the diary lacks, and its profile if it has one."""
    for course in snapshot.courses:
        records.put_course(course)
    medications = set(records.medications())
    for medication in snapshot.medications:
        if medication not in medications:
            records.add_medication(medication)
    results = set(records.clinic_results())
    for result in snapshot.clinic_results:
        if result not in results:
            records.add_clinic_result(result)
    if snapshot.profile != Profile():
        records.put_profile(snapshot.profile)
