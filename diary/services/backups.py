"""Backups as the window and the command line use them: make one, list them, restore one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from diary.domain.errors import ValidationError
from diary.domain.language import translate
from diary.store.backups import (
    Backup,
    BackupError,
    backup_folder,
    entries_text,
    list_backups,
    make_backup,
    save_copy,
)
from diary.store.database import DB_FILENAME
from diary.store.integrity import FileCheck
from diary.store.restore import RestoreResult, restore_file

__all__ = ["Backup", "BackupError", "DiaryBackups", "RestoreResult", "entries_text"]


class DiaryBackups:
    """The backups of the diary in one data folder (in its `backups/` folder)."""

    def __init__(self, data_dir: Path, now: Callable[[], dt.datetime] = dt.datetime.now):
        self.data_dir = Path(data_dir)
        self.now = now

    @property
    def folder(self) -> Path:
        return backup_folder(self.data_dir)

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    def make(self, reason: str = "manual") -> Backup:
        """A checked snapshot of the diary in backups/, after which old backups are thinned out."""
        return make_backup(self.db_path, self.folder, reason, self.now())

    def save_copy(self, out: Path) -> FileCheck:
        """A checked snapshot of the diary at `out` (a file, or a folder to put a dated file in)."""
        out = Path(out).expanduser()
        if out.is_dir():
            out = out / f"diary-{self.now():%Y-%m-%d-%H%M%S}-manual.sqlite3"
        if not out.parent.is_dir():
            raise ValidationError(translate("services.backups", "--out: {folder} is not a folder").format(folder=out.parent))
        if out.exists() and out.resolve() == self.db_path.resolve():
            raise ValidationError(translate("services.backups", "--out: {path} is the diary itself; choose another file").format(path=out))
        return save_copy(self.db_path, out)

    def all(self) -> list[Backup]:
        """Every backup, newest first, damaged ones included (they say so)."""
        return list_backups(self.folder)

    def resolve(self, name: str | Path) -> Path:
        """A file to restore: a path, or a name in the backups folder (or relative to the data folder)."""
        path = Path(name).expanduser()
        if not path.exists() and not path.is_absolute():
            for folder in (self.folder, self.data_dir):
                if (folder / path).is_file():
                    return folder / path
        return path

    def restore(self, source: Path) -> RestoreResult:
        """Replace the diary with `source`, backing up the current diary first so this can be undone.

        The diary must not be open in this process (DiaryService.restore closes and reopens it).
        """
        return restore_file(self.resolve(source), self.data_dir, self.now())
