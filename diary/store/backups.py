"""Backups of the diary file: checked snapshots in backups/, about a year of history, and restoring one.

A backup is made with SQLite's backup API into a temporary file, which must pass
`PRAGMA integrity_check` before it is renamed into place; a backup that fails never replaces or
pushes out a good one. Names say when and why: `diary-2026-06-15-103000-close.sqlite3`.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from diary.domain.errors import ValidationError
from diary.store import database
from diary.store.database import BACKUP_DIRNAME, DB_FILENAME, private_mkdir
from diary.store.files import check_target, fsync_folder
from diary.store.integrity import FileCheck, FileState, check_file

NAME_PATTERN = re.compile(
    r"^diary-(?P<date>\d{4}-\d{2}-\d{2})-(?P<time>\d{6})(?:-(?P<number>\d+))?-(?P<reason>[a-z][a-z0-9-]*)\.sqlite3$"
)
PARTIAL_SUFFIX = ".partial"
RESTORING_FILENAME = DB_FILENAME + ".restoring"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")

# How many to keep, Anki-like: the newest few, then one a day, one a week and one a month.
KEEP_RECENT = 10
KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12

REASON_WORDS = {
    "auto": "automatic, while you worked",
    "close": "when the window closed",
    "manual": "made on request",
    "before-import": "before an import",
    "before-restore": "before a restore",
    "before-upgrade": "before an upgrade",
    "damaged": "the damaged diary, set aside",
}


def entries_text(count: int | None) -> str:
    """"1 entry", "1,204 entries"."""
    count = count or 0
    return f"{count:,} entr{'y' if count == 1 else 'ies'}"


class BackupError(Exception):
    """A backup could not be made or restored; the message says why. Nothing was replaced."""


@dataclass(frozen=True)
class Backup:
    """One backup file: when and why it was made, and what it holds."""

    path: Path
    created: dt.datetime
    reason: str  # "close", "before-import", ... ("" for a file the app did not name)
    check: FileCheck
    number: int = 0  # tells apart backups made within the same second

    @property
    def ok(self) -> bool:
        return self.check.is_diary

    @property
    def ours(self) -> bool:
        """Named by the app, so that thinning may delete it (other files are never touched)."""
        return bool(self.reason)

    @property
    def entries(self) -> int | None:
        return self.check.entries

    @property
    def last_day(self) -> dt.date | None:
        return self.check.last_day

    @property
    def reason_words(self) -> str:
        if not self.reason:
            return "copied here"
        for reason, words in REASON_WORDS.items():
            if self.reason == reason or self.reason.startswith(reason + "-"):
                return words
        return self.reason.replace("-", " ")

    def describe(self) -> str:
        """One line for people: date, entries, why, and the file name."""
        when = self.created.strftime("%Y-%m-%d %H:%M")
        if self.ok:
            held = entries_text(self.entries) + (f", last day {self.last_day.isoformat()}" if self.last_day else "")
        else:
            held = "damaged, cannot be restored"
        return f"{when}  {held}  ({self.reason_words})  {self.path.name}"


@dataclass(frozen=True)
class RestoreResult:
    restored: FileCheck  # what the diary holds now
    previous: Backup | None  # where the diary as it was is kept (None if there was no diary)


# --- making one ---------------------------------------------------------------------------------


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_private_file(path: Path) -> None:
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _remove_with_companions(path: Path) -> None:
    for name in (path, *(path.with_name(path.name + s) for s in COMPANION_SUFFIXES)):
        name.unlink(missing_ok=True)


def snapshot(source: Path, target: Path) -> FileCheck:
    """Copy the SQLite file `source` into the new file `target` (0600) as one consistent, checked snapshot.

    `source` is only read. The copy is a plain rollback-journal file (no -wal beside it) and
    is synced to disk. Raises BackupError, leaving no `target`, if the copy fails its check.
    """
    _new_private_file(target)
    try:
        src = sqlite3.connect(f"file:{_quote(source)}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        check = check_file(target, thorough=True)
        if not check.ok:
            raise BackupError(f"the copy of {source} failed its check: {check.problem}")
        _fsync_file(target)
        checkpoint(source)
        return check
    except (sqlite3.Error, OSError) as exc:
        _remove_with_companions(target)
        full = getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL" or isinstance(exc, OSError) and exc.errno == errno.ENOSPC
        raise BackupError(f"{source} could not be copied ({'the disk is full' if full else exc})") from exc
    except BaseException:
        _remove_with_companions(target)
        raise


def checkpoint(db_path: Path) -> None:
    """Fold the diary's WAL into its file, so that the file alone holds every committed change.

    Best effort, never blocking a writer (PASSIVE): should the -wal file later be lost (a sync
    tool, a careless copy), nothing up to this moment goes with it.
    """
    try:
        con = sqlite3.connect(db_path)
        try:
            con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        pass


def _quote(path: Path) -> str:
    import urllib.parse

    return urllib.parse.quote(str(Path(path).resolve()))


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIRNAME


def _private_backup_folder(folder: Path) -> Path:
    if not folder.is_dir():
        folder.mkdir(parents=True, mode=0o700)
    if os.name == "posix":
        folder.chmod(0o700)
    return folder


def _backup_name(folder: Path, when: dt.datetime, reason: str) -> tuple[str, int]:
    """A new name; backups made within the same second are numbered, so that their order is known."""
    stamp = when.strftime("%Y-%m-%d-%H%M%S")
    number = 0
    while True:
        middle = f"{stamp}-{number}" if number else stamp
        if not any(NAME_PATTERN.match(p.name.removesuffix(PARTIAL_SUFFIX)) for p in folder.glob(f"diary-{middle}-[a-z]*")):
            return f"diary-{middle}-{reason}.sqlite3", number
        number += 1


def _remove_stale_partials(folder: Path, now: dt.datetime) -> None:
    """Temporary files left by a backup that was interrupted (an hour is far longer than any backup)."""
    for leftover in folder.glob(f"*{PARTIAL_SUFFIX}*"):
        try:
            if now.timestamp() - leftover.stat().st_mtime > 3600:
                leftover.unlink()
        except OSError:
            pass


def make_backup(db_path: Path, folder: Path, reason: str, now: dt.datetime | None = None) -> Backup:
    """Snapshot the diary at `db_path` into `folder`, then thin out old backups; returns the new one."""
    if not NAME_PATTERN.match(f"diary-2000-01-01-000000-{reason}.sqlite3"):
        raise ValueError(f"not a backup reason: {reason!r}")
    now = now or dt.datetime.now()
    _private_backup_folder(folder)
    _remove_stale_partials(folder, now)
    name, number = _backup_name(folder, now, reason)
    partial = folder / (name + PARTIAL_SUFFIX)
    check = snapshot(db_path, partial)
    final = folder / name
    try:
        os.rename(partial, final)
    except BaseException:
        _remove_with_companions(partial)
        raise
    fsync_folder(folder)
    backup = Backup(final, now.replace(microsecond=0), reason, FileCheck(final, check.state, None, check.revision, check.entries, check.last_day), number)
    prune_backups(folder, keep_also=[final])
    return backup


def save_copy(db_path: Path, out: Path) -> FileCheck:
    """A checked snapshot of the diary at `out` (replacing a file already there only once the copy is good)."""
    check_target(out)  # never a device such as /dev/full, which root could otherwise replace
    partial = out.with_name(f".{out.name}{PARTIAL_SUFFIX}")
    partial.unlink(missing_ok=True)
    check = snapshot(db_path, partial)
    try:
        os.replace(partial, out)
    except BaseException:
        _remove_with_companions(partial)
        raise
    fsync_folder(out.parent)
    return FileCheck(out, check.state, None, check.revision, check.entries, check.last_day)


# --- listing and thinning -------------------------------------------------------------------------

_checks: dict[tuple[str, int, int], FileCheck] = {}


def _cached_check(path: Path) -> FileCheck:
    """Backups never change once made, so a check is kept for as long as the file looks the same."""
    try:
        stat = path.stat()
    except OSError:
        return check_file(path)
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _checks:
        if len(_checks) > 500:
            _checks.clear()
        _checks[key] = check_file(path)
    return _checks[key]


def _read_backup(path: Path) -> Backup:
    match = NAME_PATTERN.match(path.name)
    check = _cached_check(path)
    if match:
        created = dt.datetime.strptime(f"{match['date']} {match['time']}", "%Y-%m-%d %H%M%S")
        return Backup(path, created, match["reason"], check, int(match["number"] or 0))
    created = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    return Backup(path, created, "", check)


def list_backups(folder: Path) -> list[Backup]:
    """Every diary file in the backups folder, newest first, with what each holds."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite3"):
        if path.is_file():
            try:
                found.append(_read_backup(path))
            except OSError:
                continue  # removed while we looked
    return sorted(found, key=lambda b: (b.created, b.number), reverse=True)


def _day(when: dt.datetime) -> tuple:
    return (when.year, when.month, when.day)


def _week(when: dt.datetime) -> tuple:
    return tuple(when.isocalendar())[:2]


def _month(when: dt.datetime) -> tuple:
    return (when.year, when.month)


def backups_to_keep(backups: Iterable[Backup]) -> set[Path]:
    """Which of the app's good backups to keep: the newest KEEP_RECENT, then the newest of each of
    the KEEP_DAILY days before those, then of KEEP_WEEKLY weeks, then of KEEP_MONTHLY months.

    Damaged backups, and files the app did not name, take no place (and are never deleted).
    """
    good = sorted((b for b in backups if b.ok and b.ours), key=lambda b: (b.created, b.number), reverse=True)
    kept = good[:KEEP_RECENT]
    for period, limit in ((_day, KEEP_DAILY), (_week, KEEP_WEEKLY), (_month, KEEP_MONTHLY)):
        covered = {period(b.created) for b in kept}
        oldest = kept[-1].created if kept else None
        added: set[tuple] = set()
        for backup in good:
            if oldest is not None and backup.created >= oldest:
                continue
            key = period(backup.created)
            if key in covered or key in added:
                continue
            if len(added) == limit:
                break
            added.add(key)
            kept.append(backup)
    return {b.path for b in kept}


def prune_backups(folder: Path, keep_also: Iterable[Path] = ()) -> list[Path]:
    """Delete the app's good backups that thinning no longer keeps; returns what was deleted."""
    backups = list_backups(folder)
    keep = backups_to_keep(backups) | set(keep_also)
    removed = []
    for backup in backups:
        if backup.ours and backup.ok and backup.path not in keep:
            _remove_with_companions(backup.path)
            removed.append(backup.path)
    return removed


# --- restoring ----------------------------------------------------------------------------------


def _copy_raw(source: Path, target: Path) -> None:
    """A byte-for-byte private copy (for a file SQLite cannot read, so nothing about it is lost)."""
    _new_private_file(target)
    with open(source, "rb") as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())


def _stage(source: Path, staging: Path) -> FileCheck:
    """Copy `source` (and a WAL beside it) to `staging`, fold the WAL in, and check the result."""
    _remove_with_companions(staging)
    _copy_raw(source, staging)
    wal = source.with_name(source.name + "-wal")
    if wal.is_file() and wal.stat().st_size:
        _copy_raw(wal, staging.with_name(staging.name + "-wal"))
    check = check_file(staging, thorough=True)
    if check.is_diary:
        con = sqlite3.connect(staging)
        try:
            con.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, WAL applied
        finally:
            con.close()
        _fsync_file(staging)
        check = check_file(staging, thorough=True)
    return check


def _set_aside(db_path: Path, folder: Path, now: dt.datetime) -> Backup | None:
    """Keep the diary as it is now: a checked backup if it is sound, else a byte-for-byte copy."""
    current = check_file(db_path, thorough=True)
    if current.state in (FileState.MISSING, FileState.EMPTY):
        return None
    if current.is_diary:
        backup = make_backup(db_path, folder, "before-restore", now)
        # Fold the WAL into the file, so that nothing of the old diary lingers beside the new one.
        con = sqlite3.connect(db_path)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
        return backup
    _private_backup_folder(folder)
    name, number = _backup_name(folder, now, "damaged")
    target = folder / name
    _copy_raw(db_path, target)
    for suffix in ("-wal", "-journal"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.is_file():
            _copy_raw(companion, target.with_name(target.name + suffix))
    fsync_folder(folder)
    return Backup(target, now.replace(microsecond=0), "damaged", current, number)


def restore_file(source: Path, data_dir: Path, now: dt.datetime | None = None) -> RestoreResult:
    """Replace the diary in `data_dir` with the diary file `source`, keeping the current one in backups/.

    The diary must not be open in this process. `source` is only read; it is checked before
    anything is changed (ValidationError says why it cannot be restored).
    """
    now = now or dt.datetime.now()
    source = Path(source)
    if not source.is_file():
        raise ValidationError(f"{source}: no such file")
    private_mkdir(data_dir)
    db_path = data_dir / DB_FILENAME
    staging = data_dir / RESTORING_FILENAME
    try:
        check = _stage(source, staging)
        if not check.ok:
            problem = (check.problem or "").replace(str(staging), "it")
            raise ValidationError(f"{source} cannot be restored: {problem}")
        if check.revision is None:
            raise ValidationError(f"{source} cannot be restored: it holds no diary")
        if check.revision not in database.SCHEMA_REVISIONS:
            raise ValidationError(
                f"{source} cannot be restored: it was written by a newer version of the app "
                f"(schema {check.revision}); update the app first"
            )
        previous = _set_aside(db_path, backup_folder(data_dir), now)
        for suffix in COMPANION_SUFFIXES:
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(staging, db_path)
        fsync_folder(data_dir)
    finally:
        _remove_with_companions(staging)
    return RestoreResult(FileCheck(db_path, check.state, None, check.revision, check.entries, check.last_day), previous)


def good_backups(data_dir: Path) -> list[Backup]:
    """The backups of `data_dir` that can be restored, newest first."""
    return [b for b in list_backups(backup_folder(data_dir)) if b.ok]


