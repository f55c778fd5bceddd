"""The diary's use cases, shared by the window and the command line; each write is one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from diary.domain.entries import DailyEntry, validate_entry
from diary.domain.errors import ValidationError
from diary.domain.report import ReportData, ReportOptions, course_for_period, default_period, latest_mean
from diary.domain.response import ResponseAssessment, assess_response, validate_settings
from diary.domain.side_effects import SideEffect, new_side_effect
from diary.domain.snapshot import DiarySnapshot
from diary.domain.summaries import PeriodSummary, opioid_warning, summarize_period
from diary.domain.treatment import (
    ClinicResult,
    Course,
    Medication,
    Profile,
    Settings,
    TitrationStep,
    clinic_result_problems,
    course_on,
    course_problems,
    in_plan_order,
    medication_problems,
    next_step_sentence,
    plan_problems,
    profile_problems,
)
from diary.domain.trend import TrendSeries, build_trend
from diary.services.backups import DiaryBackups, RestoreResult
from diary.services.changes import Change
from diary.store.database import default_data_dir
from diary.store.records import DiaryRecords, DiaryStore
from diary.store.transfer import format_csv, format_json, parse_csv, parse_json, read_text, write_atomically


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    new_side_effects: tuple[str, ...] = ()
    course_started: dt.date | None = None
    dry_run: bool = False
    change: Change = field(default_factory=Change)

    def summary(self) -> str:
        verb = "would be" if self.dry_run else "were"
        parts = [f"{self.added} new day(s) {verb} added and {self.updated} updated"]
        if self.new_side_effects:
            parts.append(f"new side effects: {', '.join(self.new_side_effects)}")
        if self.course_started:
            parts.append(f"treatment course starting {self.course_started.isoformat()}")
        return "; ".join(parts) + "." + (" Nothing was written (dry run)." if self.dry_run else "")


class DiaryService:
    """One open diary and everything a user can do with it."""

    def __init__(self, data_dir: Path | None = None, today: Callable[[], dt.date] = dt.date.today):
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        self._store = DiaryStore(self.data_dir)
        self.today = today
        self.backups = DiaryBackups(self.data_dir)

    def close(self) -> None:
        self._store.close()

    def restore(self, source: Path) -> RestoreResult:
        """Replace the diary with the backup `source`; the diary as it was is backed up first."""
        self._store.close()
        try:
            return self.backups.restore(source)
        finally:
            self._store = DiaryStore(self.data_dir)

    # --- reading ------------------------------------------------------------------------------

    def entry(self, day: dt.date) -> DailyEntry | None:
        with self._store.transaction() as records:
            return records.entry(day)

    def entries(self, first: dt.date | None = None, last: dt.date | None = None) -> list[DailyEntry]:
        with self._store.transaction() as records:
            return records.entries(first, last)

    def entry_count(self) -> int:
        with self._store.transaction() as records:
            return records.entry_count()

    def side_effects(self) -> list[SideEffect]:
        with self._store.transaction() as records:
            return records.side_effects()

    def courses(self) -> list[Course]:
        with self._store.transaction() as records:
            return records.courses()

    def profile(self) -> Profile:
        with self._store.transaction() as records:
            return records.profile()

    def settings(self) -> Settings:
        with self._store.transaction() as records:
            return records.settings()

    def assessments(self, as_of: dt.date | None = None) -> list[ResponseAssessment]:
        """The response of every course, oldest first.

        Without `as_of`, each course is judged up to its latest activity value; a stopped
        course only up to its end, so days off LDN never count for or against it.
        """
        with self._store.transaction() as records:
            return _assess_courses(records.courses(), records.activity(), records.settings(), as_of)

    def trend(self, first: dt.date | None = None, last: dt.date | None = None) -> TrendSeries:
        """What the trend chart draws: the whole diary, or only the days from `first` to `last`,
        with the courses judged on their days up to `last` (as the clinician summary judges them)."""
        with self._store.transaction() as records:
            activity, courses = records.activity(), records.courses()
            if last is not None:
                activity = {day: value for day, value in activity.items() if day <= last}
            # Six days more before `first`: the 7-day mean of the first day shown needs them.
            since = first - dt.timedelta(days=6) if first is not None else None
            entries, side_effects, settings = records.entries(since, last), records.side_effects(), records.settings()
        assessments = _assess_courses(courses, activity, settings, None)
        if first is not None or last is not None:
            shown = [
                (c, a) for c, a in zip(courses, assessments)
                if (last is None or c.start <= last) and (first is None or c.end is None or c.end >= first)
            ]
            courses, assessments = [c for c, _ in shown], [a for _, a in shown]
        return build_trend(entries, courses, assessments, side_effects)

    def medications(self) -> list[Medication]:
        with self._store.transaction() as records:
            return records.medications()

    def clinic_results(self) -> list[ClinicResult]:
        with self._store.transaction() as records:
            return records.clinic_results()

    def next_plan_step(self) -> str | None:
        """What the titration plan of the ongoing course changes next, in words, if anything."""
        today = self.today()
        with self._store.transaction() as records:
            course = course_on(records.courses(), today)
        return next_step_sentence(course, today) if course else None

    def opioid_warning(self) -> str | None:
        """The warning to show when an opioid painkiller overlaps an LDN course, else None."""
        with self._store.transaction() as records:
            return opioid_warning(records.medications(), records.courses())

    def period_summary(self, first: dt.date | None = None, last: dt.date | None = None) -> PeriodSummary:
        """Adherence, dose levels and side effects from `first` to `last` (default: the whole diary)."""
        with self._store.transaction() as records:
            entries, side_effects, courses = records.entries(first, last), records.side_effects(), records.courses()
        if first is None or last is None:
            days = [e.day for e in entries] or [self.today()]
            first, last = first or min(days), last or max(days)
        return summarize_period(entries, side_effects, first, last, courses)

    def report_data(self, options: ReportOptions = ReportOptions()) -> ReportData:
        """Everything the clinician summary shows, for the chosen period (default: this course)."""
        today = self.today()
        with self._store.transaction() as records:
            entries, courses, side_effects = records.entries(), records.courses(), records.side_effects()
            settings, medications = records.settings(), records.medications()
            clinic_results, profile = records.clinic_results(), records.profile()
        default_first, default_last = default_period(courses, today)
        first, last = options.first or default_first, options.last or default_last
        if first > last:
            raise ValidationError(f"the period starts ({first}) after it ends ({last})")
        course = course_for_period(courses, first, last)
        assessment = None
        if course is not None:
            # Judged on the days up to the end of the period (and of the course).
            activity = {e.day: e.activity for e in entries if e.activity is not None and e.day <= last}
            (assessment,) = _assess_courses([course], activity, settings, None)
        mean, mean_days = latest_mean(entries, assessment.as_of if assessment and assessment.as_of else last)
        shown = [e for e in entries if first <= e.day <= last]
        in_period = tuple(
            m for m in medications if (m.start is None or m.start <= last) and (m.stop is None or m.stop >= first)
        )
        return ReportData(
            first=first,
            last=last,
            generated=today,
            profile=profile,
            include_name=options.include_name,
            course=course,
            assessment=assessment,
            settings=settings,
            latest_mean=mean,
            latest_mean_days=mean_days,
            summary=summarize_period(shown, side_effects, first, last, courses, baseline_apart=True),
            medications=in_period,
            clinic_results=tuple(r for r in clinic_results if first - dt.timedelta(days=90) <= r.day <= last),
            opioid_warning=opioid_warning(in_period, [course] if course else []),
            notes=tuple((e.day, e.note) for e in shown if e.note) if options.include_notes else (),
            last_entry=max((e.day for e in shown), default=None),
        )

    def snapshot(self) -> DiarySnapshot:
        with self._store.transaction() as records:
            return records.snapshot()

    def entry_form(self, day: dt.date) -> tuple[DailyEntry, bool]:
        """What the entry page shows for `day`, and whether it was saved before.

        A day not recorded yet comes pre-filled with the planned dose and time: from the
        titration plan if a course covers the day, else as the last recorded dose (unless
        the day is outside every course there is).
        """
        with self._store.transaction() as records:
            saved = records.entry(day)
            if saved is not None:
                return saved, True
            courses = records.courses()
            course = course_on(courses, day)
            step = course.planned_step(day) if course else None
            if step is not None:
                return DailyEntry(day, dose_mg=step.dose_mg, dose_taken=True, dose_time=step.time), False
            if courses and course is None:
                return DailyEntry(day), False  # before LDN, or after it was stopped: no dose to expect
            earlier = [e for e in records.entries(day - dt.timedelta(days=60), day) if e.dose_mg is not None]
            if earlier:
                last = earlier[-1]
                return DailyEntry(day, dose_mg=last.dose_mg, dose_taken=True, dose_time=last.dose_time), False
            return DailyEntry(day), False

    def unrecorded_recent_days(self) -> list[dt.date]:
        """Yesterday and today, where they have no entry yet (oldest first); none before a first entry."""
        today = self.today()
        with self._store.transaction() as records:
            if records.entry_count() == 0:  # nothing was missed yet: the diary has not begun
                return []
            recorded = {e.day for e in records.entries(today - dt.timedelta(days=1), today)}
        return [d for d in (today - dt.timedelta(days=1), today) if d not in recorded]

    def is_new(self) -> bool:
        """True while the diary has no entry and no LDN course: a first run."""
        with self._store.transaction() as records:
            return records.entry_count() == 0 and not records.courses()

    # --- writing ------------------------------------------------------------------------------

    def save_entry(self, entry: DailyEntry) -> Change:
        """Save `entry` as the whole record of its day (a first dose taken starts the first course)."""
        with self._store.transaction() as records:
            validate_entry(entry, self.today(), {e.key for e in records.side_effects()})
            records.put_entry(entry)
            course_start = _first_course_start(records, [entry])
            if course_start is not None:
                records.put_course(Course(start=course_start))
        return Change(days=frozenset({entry.day}), treatment=course_start is not None)

    def update_entry(self, changes: DailyEntry) -> Change:
        """Change only the values `changes` records in its day's entry (creating it if needed)."""
        with self._store.transaction() as records:
            existing = records.entry(changes.day)
            entry = existing.merged_with(changes) if existing else changes
            validate_entry(entry, self.today(), {e.key for e in records.side_effects()})
            records.put_entry(entry)
            course_start = _first_course_start(records, [entry])
            if course_start is not None:
                records.put_course(Course(start=course_start))
        return Change(days=frozenset({entry.day}), treatment=course_start is not None)

    def save_settings(self, settings: Settings) -> Change:
        """Change the response thresholds (ValidationError outside the allowed ranges)."""
        _check(validate_settings(settings))
        with self._store.transaction() as records:
            records.put_settings(settings)
        return Change(settings=True)

    # --- treatment --------------------------------------------------------------------------

    def start_course(self, start: dt.date, steps: tuple[TitrationStep, ...] = ()) -> Change:
        """Start LDN on `start` (day 1) with a titration plan; a restart is a new course."""
        course = Course(start=start, steps=steps)
        with self._store.transaction() as records:
            _check(course_problems(course, records.courses(), self.today()))
            records.put_course(course)
        return Change(treatment=True)

    def stop_course(self, end: dt.date, reason: str = "") -> Change:
        """Stop the ongoing course after the dose of `end`."""
        with self._store.transaction() as records:
            courses = records.courses()
            ongoing = next((c for c in courses if c.end is None), None)
            if ongoing is None:
                raise ValidationError("there is no ongoing LDN course to stop")
            stopped = replace(ongoing, end=end, stop_reason=reason.strip())
            _check(course_problems(stopped, courses, self.today()))
            records.put_course(stopped)
        return Change(treatment=True)

    def set_plan(self, course_start: dt.date, steps: tuple[TitrationStep, ...]) -> Change:
        """Replace the titration plan of the course that started on `course_start`."""
        with self._store.transaction() as records:
            course = next((c for c in records.courses() if c.start == course_start), None)
            if course is None:
                raise ValidationError(f"there is no course starting on {course_start}")
            _check(plan_problems(steps))
            records.put_course(replace(course, steps=in_plan_order(steps)))
        return Change(treatment=True)

    def add_medication(self, medication: Medication) -> Change:
        _check(medication_problems(medication, self.today()))
        with self._store.transaction() as records:
            records.add_medication(medication)
        return Change(treatment=True)

    def remove_medication(self, medication: Medication) -> Change:
        with self._store.transaction() as records:
            if not records.remove_medication(medication):
                raise ValidationError(f"{medication.name} is not in your medication list")
        return Change(treatment=True)

    def add_clinic_result(self, result: ClinicResult) -> Change:
        _check(clinic_result_problems(result, self.today()))
        with self._store.transaction() as records:
            records.add_clinic_result(result)
        return Change(treatment=True)

    def remove_clinic_result(self, result: ClinicResult) -> Change:
        with self._store.transaction() as records:
            if not records.remove_clinic_result(result):
                raise ValidationError(f"there is no clinic result of {result.day} like that")
        return Change(treatment=True)

    def save_profile(self, profile: Profile) -> Change:
        _check(profile_problems(profile, self.today()))
        with self._store.transaction() as records:
            records.put_profile(profile)
        return Change(treatment=True)

    def add_side_effect(self, name: str) -> tuple[SideEffect, Change]:
        """Add the user's own side effect to the end of the list."""
        with self._store.transaction() as records:
            effect = new_side_effect(name, records.side_effects())
            records.put_side_effect(effect)
        return effect, Change(side_effects=True)

    def set_side_effect_hidden(self, key: str, hidden: bool) -> Change:
        """Hide a side effect from the entry page (its recorded days are kept), or show it again."""
        with self._store.transaction() as records:
            effect = next((e for e in records.side_effects() if e.key == key), None)
            if effect is None:
                raise ValidationError(f"side effect {key!r} is not in your list")
            records.put_side_effect(replace(effect, hidden=hidden))
        return Change(side_effects=True)

    def import_file(self, path: Path, dry_run: bool = False, new_side_effects: bool = False) -> ImportResult:
        """Import a diary CSV or JSON export: every row or none (ValidationError lists all problems).

        A CSV column named close to a known one is refused as a likely misspelling
        (MisspelledColumnsError) unless `new_side_effects` says to add it as a side effect."""
        text = read_text(path)
        is_json = path.suffix.lower() == ".json" or text.lstrip().startswith("{")
        if not dry_run:
            self._import_text(text, is_json, True, new_side_effects)  # a file with problems makes no backup
            self.backups.make("before-import")
        return self._import_text(text, is_json, dry_run, new_side_effects)

    def _import_text(self, text: str, is_json: bool, dry_run: bool, new_side_effects: bool) -> ImportResult:
        with self._store.transaction() as records:
            if is_json:
                result = self._import_snapshot(records, parse_json(text, self.today(), tuple(records.courses())), dry_run)
            else:
                result = self._import_csv(records, text, dry_run, new_side_effects)
        return result

    def _merge_entries(self, records: DiaryRecords, incoming: tuple[DailyEntry, ...], dry_run: bool) -> tuple[int, int]:
        """A day already in the diary takes the incoming non-empty values; returns (added, updated)."""
        days = sorted(e.day for e in incoming)
        existing = {e.day: e for e in records.entries(days[0], days[-1])} if days else {}
        merged = [existing[e.day].merged_with(e) if e.day in existing else e for e in incoming]
        if not dry_run:
            records.put_entries(merged)
        updated = sum(e.day in existing for e in incoming)
        return len(incoming) - updated, updated

    def _import_csv(self, records: DiaryRecords, text: str, dry_run: bool, new_side_effects: bool) -> ImportResult:
        content = parse_csv(text, records.side_effects(), self.today(), new_side_effects)
        if not dry_run:
            for effect in content.new_side_effects:
                records.put_side_effect(effect)
        added, updated = self._merge_entries(records, content.entries, dry_run)
        course_start = _first_course_start(records, content.entries)
        if course_start is not None and not dry_run:
            records.put_course(Course(start=course_start))
        days = frozenset(e.day for e in content.entries)
        change = Change(days=days, side_effects=bool(content.new_side_effects), treatment=course_start is not None)
        return ImportResult(
            added, updated, tuple(e.label for e in content.new_side_effects), course_start, dry_run, change
        )

    def _import_snapshot(self, records: DiaryRecords, snapshot: DiarySnapshot, dry_run: bool) -> ImportResult:
        known = {e.key: e for e in records.side_effects()}
        new_effects = [e for e in snapshot.side_effects if e.key not in known]
        if not dry_run:
            for effect in snapshot.side_effects:
                records.put_side_effect(effect)
        added, updated = self._merge_entries(records, snapshot.entries, dry_run)
        if not dry_run:
            for course in snapshot.courses:
                records.put_course(course)
            existing_medications = set(records.medications())
            for medication in snapshot.medications:
                if medication not in existing_medications:
                    records.add_medication(medication)
            existing_results = set(records.clinic_results())
            for result in snapshot.clinic_results:
                if result not in existing_results:
                    records.add_clinic_result(result)
            if snapshot.profile != Profile():
                records.put_profile(snapshot.profile)
            records.put_settings(snapshot.settings)
        change = Change(
            days=frozenset(e.day for e in snapshot.entries), side_effects=True, treatment=True, settings=True
        )
        return ImportResult(added, updated, tuple(e.label for e in new_effects), None, dry_run, change)

    def export_file(self, path: Path) -> int:
        """Write the whole diary to a .csv or .json file (atomically); returns the number of days."""
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".json"):
            raise ValidationError(f"{path.name}: export to a file ending in .csv or .json")
        if not path.parent.is_dir():
            raise ValidationError(f"{path.parent}: no such folder")
        snapshot = self.snapshot()
        if suffix == ".json":
            text = format_json(snapshot)
        else:
            text = format_csv(list(snapshot.entries), list(snapshot.side_effects))
        write_atomically(path, text)
        return len(snapshot.entries)

    def fill_demo(self) -> Change:
        """Fill an empty diary with realistic sample data (refused if the diary has entries)."""
        from diary.services.demo import demo_snapshot

        with self._store.transaction() as records:
            count = records.entry_count()
            if count:
                raise ValidationError(
                    f"this diary already has {count} entries; the demo only fills an empty data folder "
                    "(use --data-dir to choose another)"
                )
            snapshot = demo_snapshot(self.today())
            records.put_entries(list(snapshot.entries))
            for course in snapshot.courses:
                records.put_course(course)
            for medication in snapshot.medications:
                records.add_medication(medication)
            for result in snapshot.clinic_results:
                records.add_clinic_result(result)
            records.put_profile(snapshot.profile)
        return Change(days=frozenset(e.day for e in snapshot.entries), treatment=True)


def _first_course_start(records: DiaryRecords, entries) -> dt.date | None:
    """In a diary with no course yet, the first dose taken starts one; its date, or None
    (docs/response-rules.md#first-dose-starts-the-first-course)."""
    if records.courses():
        return None
    doses = [e.day for e in entries if e.took_dose]
    return min(doses, default=None)


def _assess_courses(courses: list[Course], activity: dict, settings: Settings, as_of) -> list[ResponseAssessment]:
    results = []
    for course in courses:
        values = activity if course.end is None else {d: v for d, v in activity.items() if d <= course.end}
        results.append(assess_response(values, course.start, as_of, settings))
    return results


def _check(problems: list[str]) -> None:
    if problems:
        raise ValidationError(problems)
