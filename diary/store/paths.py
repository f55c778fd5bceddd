"""Where a diary lives: its data folder, its file names, and the error for a folder or file that cannot be used."""

from __future__ import annotations

import os
from pathlib import Path

from diary import APP_NAME

DB_FILENAME = "diary.sqlite3"
BACKUP_DIRNAME = "backups"
DATA_DIR_ENV = "LDN_DIARY_DATA_DIR"


class DiaryOpenError(Exception):
    """The diary file cannot be opened; the message says why and what to do."""


def default_data_dir() -> Path:
    """The data folder: $LDN_DIARY_DATA_DIR, else the platform's per-user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def private_mkdir(path: Path) -> Path:
    """Create `path` (and parents) readable by the user only (0700 on POSIX); refuse an unsafe one.

    An existing folder is made private only if it holds nothing but the diary: --data-dir
    may name a folder with other things in it (even the home folder), which are not ours. A
    folder that belongs to another user, or that others may write in, is refused (DiaryOpenError):
    they could plant or swap the diary's files.
    """
    if not path.is_dir():
        path.mkdir(parents=True, mode=0o700)
    if os.name != "posix":
        return path
    info = path.stat()
    if info.st_uid != os.geteuid():
        raise DiaryOpenError(f"{path} belongs to another user, so it cannot hold your diary safely; "
                             "choose a folder of your own, e.g. one in your home folder.")
    ours_only = all(child.name.startswith(DB_FILENAME) or child.name == BACKUP_DIRNAME for child in path.iterdir())
    if ours_only:
        path.chmod(0o700)  # also undoes the umask's filtering of mkdir's mode
    elif info.st_mode & 0o022:
        raise DiaryOpenError(f"{path} can be changed by other users, so it cannot hold your diary safely; "
                             f"choose a folder of your own, or make it yours alone: chmod go-w {path}")
    return path
