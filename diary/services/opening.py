"""Opening a diary for the window, for a command that writes, or to read: with the one-writer lock it needs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from diary.store.lock import COMMAND, WINDOW, DiaryLock, DiaryLockedError
from diary.store.paths import default_data_dir

if TYPE_CHECKING:
    from diary.services.diary import DiaryService

__all__ = ["Access", "DiaryLockedError", "data_folder", "open_diary", "take_lock"]  # the error too, for
# the window, which takes the lock before its first paint without the rest of services.errors

COMMAND_WAIT_SECONDS = 10.0  # a command waits this long for another command to finish


class Access(Enum):
    """What the diary is opened for, which decides the lock it needs."""

    WINDOW = "window"  # held while the window is open; refused while a command writes
    WRITE = "write"  # a command that changes the diary: held while it runs
    READ = "read"  # a command that only reads: no lock (SQLite lets it read beside a writer)


def data_folder(data_dir: Path | None) -> Path:
    """The data folder asked for, else the default one ($LDN_DIARY_DATA_DIR or the user's data folder)."""
    return Path(data_dir) if data_dir is not None else default_data_dir()


def take_lock(data_dir: Path | None, access: Access) -> DiaryLock | None:
    """The lock `access` needs, held (DiaryLockedError if another writer has it); None to read."""
    if access is Access.READ:
        return None
    if access is Access.WINDOW:
        return DiaryLock(data_folder(data_dir), WINDOW).acquire()
    return DiaryLock(data_folder(data_dir), COMMAND).acquire(wait_for_commands=COMMAND_WAIT_SECONDS)


def open_diary(data_dir: Path | None, access: Access, today: Callable[[], dt.date] = dt.date.today) -> DiaryService:
    """The diary of `data_dir`, opened with its lock; closing the service releases the lock."""
    from diary.services.diary import DiaryService  # the database code: imported once it is needed

    lock = take_lock(data_dir, access)
    try:
        return DiaryService(data_dir, today, lock=lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
