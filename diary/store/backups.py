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
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from diary.domain.language import current, translate
from diary.store.files import check_target, fsync_file, fsync_folder
from diary.store.integrity import FileCheck, check_file
from diary.store.paths import BACKUP_DIRNAME

NAME_PATTERN = re.compile(
    r"^diary-(?P<date>\d{4}-\d{2}-\d{2})-(?P<time>\d{6})(?:-(?P<number>\d+))?-(?P<reason>[a-z][a-z0-9-]*)\.sqlite3$"
)
PARTIAL_SUFFIX = ".partial"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")

# How many to keep, Anki-like: the newest few, then one a day, one a week and one a month.
KEEP_RECENT = 10
KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12

def reasons_in_words() -> dict[str, str]:
    """Why each kind of backup was made, in words, by the reason in its file name."""
    return {
        "auto": translate("store.backups", "automatic, while you worked"),
        "close": translate("store.backups", "when the window closed"),
        "manual": translate("store.backups", "made on request"),
        "before-import": translate("store.backups", "before an import"),
        "before-restore": translate("store.backups", "before a restore"),
        "before-upgrade": translate("store.backups", "before an upgrade"),
        "damaged": translate("store.backups", "the damaged diary, set aside"),
    }


def entries_text(count: int | None) -> str:
    """"1 entry", "1,204 entries" (a thousands separator as the language writes it: "1.204" in Dutch and German)."""
    count = count or 0
    if count == 1:  # English's plural is irregular: not "entry(s)"
        return translate("store.backups", "1 entry")
    separator = "." if current().decimal_point == "," else ","
    # Not a numerus message: English, Dutch and German all use the plural for every count but 1.
    return translate("store.backups", "{count} entries", "the count is 0 or above 1").format(
        count=f"{count:,}".replace(",", separator))


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
            return translate("store.backups", "copied here")
        for reason, words in reasons_in_words().items():
            if self.reason == reason or self.reason.startswith(reason + "-"):
                return words
        return self.reason.replace("-", " ")

    def describe(self) -> str:
        """One line for people: date, entries, why, and the file name."""
        when = self.created.strftime("%Y-%m-%d %H:%M")
        if self.ok:
            held = entries_text(self.entries)
            if self.last_day:
                held = translate("store.backups", "{entries}, last day {date}").format(entries=held, date=self.last_day.isoformat())
        else:
            held = translate("store.backups", "damaged, cannot be restored")
        return f"{when}  {held}  ({self.reason_words})  {self.path.name}"


# --- making one ---------------------------------------------------------------------------------


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
            raise BackupError(translate("store.backups", "the copy of {source} failed its check: {problem}").format(
                source=source, problem=check.problem))
        fsync_file(target)
        checkpoint(source)
        return check
    except (sqlite3.Error, OSError) as exc:
        _remove_with_companions(target)
        full = getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL" or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC)
        reason = translate("store.backups", "the disk is full") if full else exc
        raise BackupError(translate("store.backups", "{source} could not be copied ({reason})").format(
            source=source, reason=reason)) from exc
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
    checked = FileCheck(final, check.state, None, check.revision, check.entries, check.last_day)
    backup = Backup(final, now.replace(microsecond=0), reason, checked, number)
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


def _day(when: dt.datetime) -> tuple[int, ...]:
    return (when.year, when.month, when.day)


def _week(when: dt.datetime) -> tuple[int, ...]:
    return tuple(when.isocalendar())[:2]


def _month(when: dt.datetime) -> tuple[int, ...]:
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
        added: set[tuple[int, ...]] = set()
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


def good_backups(data_dir: Path) -> list[Backup]:
    """The backups of `data_dir` that can be restored, newest first."""
    return [b for b in list_backups(backup_folder(data_dir)) if b.ok]


