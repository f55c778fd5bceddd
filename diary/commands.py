"""The commands of `ldn-diary` (all but the window), over the same services the window uses."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from diary.clinic_commands import clinic_command
from diary.domain.entries import (
    DailyEntry,
    Severity,
    date_problem,
    dose_warning,
    entry_problems,
    parse_date,
    parse_dose_time,
    parse_severity,
)
from diary.domain.errors import ValidationError
from diary.domain.language import json_words, translate
from diary.response_commands import response_json, response_text
from diary.score_commands import item_changes, scores_json, scores_text
from diary.services.backups import DiaryBackups, entries_text
from diary.services.errors import BackupError, DiaryDamagedError, DiaryOpenError, WriteError, reason_for
from diary.services.opening import Access, data_folder, open_diary, take_lock

if TYPE_CHECKING:
    from diary.domain.side_effects import SideEffect
    from diary.services.diary import DiaryService

EXIT_OK, EXIT_FAILURE, EXIT_INVALID = 0, 1, 2

_T = TypeVar("_T")


def _option(option: str, text: str | None, convert: Callable[[str], _T], problems: list[str]) -> _T | None:
    """An option's value read with `convert`; None if not given, or wrong (said in `problems`)."""
    if text is None:
        return None
    try:
        return convert(text)
    except ValueError as exc:
        problems.append(f"{option}: {exc}")
        return None


def _whole_number(text: str) -> int:
    digits = text.strip()
    if not (digits.isascii() and digits.removeprefix("-").isdigit()):
        raise ValueError(translate("commands", "{text} is not allowed; use a whole number from 0 to 10").format(text=repr(text)))
    return int(digits)


def _mg_number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ValueError(translate("commands", "{text} is not a number of mg (0.1-50)").format(text=repr(text))) from None


def _severity_options(items: list[str], effects: list[SideEffect], problems: list[str]) -> dict[str, Severity]:
    """The --side-effect NAME=SEVERITY options, by side-effect key."""
    from diary.domain.side_effects import find_side_effect

    severities: dict[str, Severity] = {}
    for item in items:
        name, sep, value = item.partition("=")
        effect = find_side_effect(name, effects) if sep else None
        if effect is None:
            known = ", ".join(e.key for e in effects)
            problems.append(translate("commands", "--side-effect {item}: use NAME=SEVERITY with NAME one of: {known}").format(
                item=repr(item), known=known))
            continue
        severity = _option(f"--side-effect {name}", value, parse_severity, problems)
        if severity is not None:
            severities[effect.key] = severity
    return severities


def _entry_changes(args: argparse.Namespace, service: DiaryService) -> DailyEntry:
    """The values `add` was given, as a partial entry; ValidationError lists every bad one."""
    problems: list[str] = []
    severities = _severity_options(args.side_effect, service.entries.side_effects(), problems)
    day = _option("--date", args.date, parse_date, problems)
    changes = DailyEntry(
        day=day or service.today(),
        activity=_option("--activity", args.activity, _whole_number, problems),
        dose_mg=_option("--dose-mg", args.dose_mg, _mg_number, problems),
        dose_taken=args.dose_taken,
        dose_time=_option("--dose-time", args.dose_time, parse_dose_time, problems),
        note=args.note or "",
        side_effects=severities,
        items=(condition := item_changes(args, service.today(), problems)).items,
        complications=condition.complications,
    )
    # The entry rules, one option at a time, so that each problem names its option and none hides another.
    today = service.today()
    for option, alone in (
        ("--date", DailyEntry(changes.day)),
        ("--activity", DailyEntry(today, activity=changes.activity)),
        ("--dose-mg", DailyEntry(today, dose_mg=changes.dose_mg)),
        ("--note", DailyEntry(today, note=changes.note)),
    ):
        problems.extend(f"{option}: {p}" for p in entry_problems(alone, today))
    if not problems and changes == DailyEntry(changes.day):
        problems.append(translate("commands", "nothing to save: give at least one of --activity, --dose-mg, --taken or --missed, "
                                  "--dose-time, --side-effect, --note or a condition item such as --pain"))
    if problems:
        raise ValidationError(problems)
    return changes


def _no_course() -> NoCourseError:
    return NoCourseError(translate("commands", "there is no treatment course yet: record a dose taken (or import a diary) to start one"))


def _print_response(args: argparse.Namespace, service: DiaryService) -> None:
    as_of = _option_date("--as-of", args.as_of, service.today())
    with json_words(args.json):  # --json is the same in every language
        assessments = service.reports.assessments(as_of)
        if assessments and not args.all_courses:
            assessments = assessments[-1:]
        data = [response_json(a) for a in assessments] if args.json else []
    if not assessments:
        raise _no_course()
    if args.json:
        print(json.dumps(data if args.all_courses else data[0], indent=2))
    else:
        print("\n\n".join(response_text(a) for a in assessments))


def _print_scores(args: argparse.Namespace, service: DiaryService) -> None:
    as_of = _option_date("--as-of", args.as_of, service.today())
    with json_words(args.json):
        scores = service.reports.scores(as_of)
        text = json.dumps(scores_json(scores), indent=2) if args.json and scores is not None else ""
    if scores is None:
        raise _no_course()
    print(text if args.json else scores_text(scores))


def _option_date(option: str, text: str | None, today: dt.date) -> dt.date | None:
    """A date option, within the dates the diary works with (ValidationError, exit 2, otherwise)."""
    if text is None:
        return None
    try:
        day = parse_date(text)
    except ValueError as exc:
        raise ValidationError(f"{option}: {exc}") from None
    problem = date_problem(day, today)
    if problem:
        raise ValidationError(f"{option}: {problem}")
    return day


def _period(args: argparse.Namespace, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """--from and --to, each optional."""
    return _option_date("--from", args.first, today), _option_date("--to", args.last, today)


def _save_chart(args: argparse.Namespace, service: DiaryService) -> None:
    if args.out.suffix.lower() not in (".png", ".svg"):
        raise ValidationError(translate("commands", "--out: {name} must end in .png or .svg").format(name=args.out.name))
    first, last = _period(args, service.today())
    if first and last and first > last:
        raise ValidationError(translate("commands", "--from {first} is after --to {last}").format(first=first, last=last))
    series = service.reports.trend()
    if not series.entries:
        raise ValidationError(translate("commands", "the diary has no entries yet, so there is nothing to chart"))
    from diary.charts.trend import TrendChart

    TrendChart(series, first, last).save(args.out)
    print(translate("commands", "Saved the chart to {path}.").format(path=args.out))


def _save_report(args: argparse.Namespace, service: DiaryService) -> None:
    from diary.domain.report import ReportOptions

    if args.out.suffix.lower() != ".pdf":
        raise ValidationError(translate("commands", "--out: {name} must end in .pdf").format(name=args.out.name))
    if not args.out.parent.is_dir():
        raise ValidationError(translate("commands", "--out: the folder {folder} does not exist").format(folder=args.out.parent))
    options = ReportOptions(*_period(args, service.today()), args.include_notes, args.include_name)
    data = service.reports.report_data(options)
    # Qt lays out the pages; no window is needed, so no screen either.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from diary.report.pdf import ClinicianReport

    _app = QGuiApplication.instance() or QGuiApplication(["ldn-diary"])
    pages = ClinicianReport(data, service.reports.trend(data.first, data.last)).save_pdf(args.out)
    print(translate("commands", "Saved the summary of {first} to {last} (%n page(s)) to {path}.", None, pages).format(
        first=data.first.isoformat(), last=data.last.isoformat(), path=args.out))
    if data.coverage_note:
        print(translate("commands", "Note: {note}").format(note=data.coverage_note))


class NoCourseError(Exception):
    """The diary has no course to assess."""


def _run(args: argparse.Namespace) -> int:
    service = open_diary(getattr(args, "data_dir", None), _access(args))
    try:
        if args.command == "add":
            changes = _entry_changes(args, service)
            service.entries.update(changes)
            print(translate("commands", "Saved {date}.", "a day's entry").format(date=changes.day.isoformat()))
            if warning := dose_warning(changes.dose_mg):
                print(translate("commands", "Note: {note}").format(note=warning), file=sys.stderr)
        elif args.command == "import":
            print(service.transfer.import_file(args.file, dry_run=args.dry_run, new_side_effects=args.new_side_effects).summary())
        elif args.command == "export":
            named = {"include_name": True} if args.include_name else {}  # only asked for: a FHIR file's Patient
            count = service.transfer.export_file(args.file, **named)
            print(translate("commands", "Exported %n day(s) to {path}.", None, count).format(path=args.file))
        elif args.command == "response":
            _print_response(args, service)
        elif args.command == "scores":
            _print_scores(args, service)
        elif args.command == "chart":
            _save_chart(args, service)
        elif args.command == "report":
            _save_report(args, service)
        elif args.command == "demo":
            change = service.transfer.fill_demo()
            print(translate("commands", "Filled {folder} with a sample diary of %n day(s).", None, len(change.days)).format(
                folder=service.data_dir))
        elif args.command == "backup":
            _backup(args, service)
        elif args.command == "remind":
            from diary.remind_command import print_status

            print_status(service)
    finally:
        service.close()
    return EXIT_OK


# --- backups and the one-writer lock ---------------------------------------------------------------


def _access(args: argparse.Namespace) -> Access:
    """A command that changes the diary holds its one-writer lock (refused while the window is open)."""
    writes = args.command in ("add", "demo", "restore") or (args.command == "import" and not args.dry_run)
    return Access.WRITE if writes else Access.READ


def _backup(args: argparse.Namespace, service: DiaryService) -> None:
    if args.out is not None:
        copy = service.backups.save_copy(args.out)
        print(translate("commands", "Saved a backup of the diary ({entries}) to {path}.").format(
            entries=entries_text(copy.entries), path=copy.path))
    else:
        made = service.backups.make("manual")
        print(translate("commands", "Backed up the diary ({entries}) to {path}.").format(
            entries=entries_text(made.entries), path=made.path))


def _restore(args: argparse.Namespace) -> int:
    """Restore without opening the diary first: it may be the damaged file being replaced."""
    data_dir = data_folder(getattr(args, "data_dir", None))
    lock = take_lock(data_dir, Access.WRITE)
    try:
        result = DiaryBackups(data_dir).restore(args.file)
        open_diary(data_dir, Access.READ).close()  # checks the restored diary, and upgrades an older one
    finally:
        if lock is not None:
            lock.release()
    entries = entries_text(result.restored.entries)
    if result.restored.last_day:
        print(translate("commands", "Restored {file}: the diary now has {entries}, the last on {date}.").format(
            file=args.file, entries=entries, date=result.restored.last_day.isoformat()))
    else:
        print(translate("commands", "Restored {file}: the diary now has {entries}.").format(file=args.file, entries=entries))
    if result.previous is None:
        print(translate("commands", "There was no diary before, so nothing needed to be set aside."))
    elif result.previous.ok:
        print(translate("commands", "The diary as it was is kept in {path}; to undo, restore that file.").format(
            path=result.previous.path))
    else:
        print(translate("commands", "The damaged diary was set aside, byte for byte, as {path}.").format(path=result.previous.path))
    return EXIT_OK


def _damaged_lines(exc: DiaryDamagedError, args: argparse.Namespace) -> list[str]:
    """What to say when the diary fails its check: why, and which backups can replace it."""
    import shlex

    lines = [str(exc)]
    folder = DiaryBackups(exc.data_dir).folder
    if not exc.backups:
        return [*lines, translate("commands", "There are no backups in {folder} to restore. {advice}").format(
            folder=folder, advice=exc.advice_without_backups)]
    lines.append(translate("commands", "Backups you can restore, newest first (in {folder}):").format(folder=folder))
    lines.extend(f"  {backup.describe()}" for backup in exc.backups[:5])
    where = f"--data-dir {shlex.quote(str(args.data_dir))} " if getattr(args, "data_dir", None) else ""
    lines.append(translate("commands", "To restore the newest: {command}").format(
        command=f"ldn-diary restore {where}{shlex.quote(str(exc.backups[0].path))}"))
    return lines


def printable(text: str) -> str:
    """`text` on one line: a control character quoted from a file (a newline in a name) is shown escaped."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def run(args: argparse.Namespace) -> int:
    """Run one command; bad input, a damaged diary and other failures end with a message, not a traceback."""
    try:
        command = _restore if args.command == "restore" else clinic_command(args) or _run
        return command(args)
    except ValidationError as exc:
        for problem in exc.problems:
            print(f"ldn-diary: {printable(problem)}", file=sys.stderr)
        return EXIT_INVALID
    except DiaryDamagedError as exc:
        for line in _damaged_lines(exc, args):
            print(f"ldn-diary: {line}", file=sys.stderr)
        return EXIT_FAILURE
    except BackupError as exc:
        print("ldn-diary: " + translate("commands", "no backup was made: {reason}; nothing was changed").format(reason=exc),
              file=sys.stderr)
        return EXIT_FAILURE
    except (DiaryOpenError, NoCourseError) as exc:
        print(f"ldn-diary: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as exc:
        text = str(exc) if isinstance(exc, WriteError) else f"{reason_for(exc)}: {exc.filename or ''}".rstrip(": ")
        print(f"ldn-diary: {text}", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:
        import sqlite3

        from sqlalchemy.exc import DatabaseError

        if not isinstance(exc, (DatabaseError, sqlite3.DatabaseError)):
            raise
        # e.g. "database is locked" while another program writes, or damage found in the middle of
        # a command: say so without a traceback (the transaction was rolled back).
        print("ldn-diary: " + translate("commands", "the diary could not be used ({error}); nothing was changed").format(
            error=getattr(exc, "orig", exc)), file=sys.stderr)
        return EXIT_FAILURE
