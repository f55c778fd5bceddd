"""Restoring a backup: the file is checked first, the diary as it is kept in backups/, then replaced."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from diary.domain.errors import ValidationError
from diary.domain.language import translate
from diary.store import database
from diary.store.backups import (
    COMPANION_SUFFIXES,
    Backup,
    _backup_name,
    _new_private_file,
    _private_backup_folder,
    _remove_with_companions,
    backup_folder,
    make_backup,
)
from diary.store.files import fsync_file, fsync_folder
from diary.store.integrity import FileCheck, FileState, check_file
from diary.store.paths import DB_FILENAME, private_mkdir

RESTORING_FILENAME = DB_FILENAME + ".restoring"


@dataclass(frozen=True)
class RestoreResult:
    restored: FileCheck  # what the diary holds now
    previous: Backup | None  # where the diary as it was is kept (None if there was no diary)



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
        fsync_file(staging)
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
        raise ValidationError(translate("store.restore", "{file}: no such file").format(file=source))
    private_mkdir(data_dir)
    db_path = data_dir / DB_FILENAME
    staging = data_dir / RESTORING_FILENAME
    try:
        check = _stage(source, staging)
        if not check.ok:
            it = translate("store.restore", "it", "the backup file, in a sentence about it in place of its path")
            problem = (check.problem or "").replace(str(staging), it)
            raise ValidationError(translate("store.restore", "{file} cannot be restored: {problem}").format(file=source, problem=problem))
        if check.revision is None:
            raise ValidationError(translate("store.restore", "{file} cannot be restored: it holds no diary").format(file=source))
        if check.revision not in database.SCHEMA_REVISIONS:
            raise ValidationError(translate(
                "store.restore", "{file} cannot be restored: it was written by a newer version of the app "
                "(schema {schema}); update the app first").format(file=source, schema=check.revision))
        previous = _set_aside(db_path, backup_folder(data_dir), now)
        for suffix in COMPANION_SUFFIXES:
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(staging, db_path)
        fsync_folder(data_dir)
    finally:
        _remove_with_companions(staging)
    return RestoreResult(FileCheck(db_path, check.state, None, check.revision, check.entries, check.last_day), previous)


