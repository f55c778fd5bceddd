"""The errors the window and the command line show, re-exported so that they import only services."""

from __future__ import annotations

from diary.domain.errors import MisspelledColumnsError, ValidationError
from diary.store.backups import BackupError
from diary.store.files import WriteError, reason_for
from diary.store.integrity import DiaryDamagedError
from diary.store.lock import DiaryLockedError
from diary.store.paths import DiaryOpenError

__all__ = [
    "BackupError",
    "DiaryDamagedError",
    "DiaryLockedError",
    "DiaryOpenError",
    "MisspelledColumnsError",
    "ValidationError",
    "WriteError",
    "reason_for",
]
