"""The errors the window and the command line show, re-exported so that they import only services."""

from __future__ import annotations

import sqlite3

from diary.domain.errors import MisspelledColumnsError, ValidationError
from diary.store.backups import BackupError
from diary.store.files import WriteError, reason_for
from diary.store.integrity import DiaryDamagedError
from diary.store.lock import DiaryLockedError
from diary.store.paths import DiaryOpenError

__all__ = [
    "DATABASE_ERRORS",
    "BackupError",
    "DiaryDamagedError",
    "DiaryLockedError",
    "DiaryOpenError",
    "MisspelledColumnsError",
    "ValidationError",
    "WriteError",
    "reason_for",
]


def __getattr__(name: str) -> tuple[type[Exception], ...]:
    """DATABASE_ERRORS: the database refused a read or a write ("database is locked", "disk I/O
    error"), and the transaction was rolled back. Looked up on first use, because the database
    library is slow to import and the window imports this module before its first paint."""
    if name == "DATABASE_ERRORS":
        from sqlalchemy.exc import DatabaseError

        return (DatabaseError, sqlite3.DatabaseError)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
