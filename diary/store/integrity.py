"""Checking a diary file without changing it: is it a database, is it whole, is it a diary."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import urllib.parse
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from diary.store.database import DiaryOpenError

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


class FileState(Enum):
    """What a check found in a file."""

    SOUND = "sound"  # an SQLite file that passes PRAGMA quick_check (maybe with no tables yet)
    MISSING = "missing"
    EMPTY = "empty"  # zero bytes
    NOT_A_DATABASE = "not_a_database"  # e.g. a CSV export saved under the diary's name
    TRUNCATED = "truncated"  # shorter than its own header says
    DAMAGED = "damaged"  # SQLite reports corruption
    NOT_A_DIARY = "not_a_diary"  # a sound SQLite file of some other program


@dataclass(frozen=True)
class FileCheck:
    """The result of checking one file, with what a person needs to know about it."""

    path: Path
    state: FileState
    problem: str | None = None  # why it cannot be used, in a sentence; None when it is sound
    revision: str | None = None  # the diary's schema revision; None for an SQLite file with no tables
    entries: int | None = None
    last_day: dt.date | None = None

    @property
    def ok(self) -> bool:
        """A sound file: a diary, or an SQLite file with nothing in it yet."""
        return self.state is FileState.SOUND

    @property
    def is_diary(self) -> bool:
        return self.ok and self.revision is not None


class DiaryDamagedError(DiaryOpenError):
    """The diary file failed its check; it was left untouched and a backup can replace it."""

    def __init__(self, check: FileCheck, backups: list):
        self.check = check
        self.backups = backups  # the good ones, newest first (diary.store.backups.Backup)
        super().__init__(f"{check.problem} It was left untouched.")

    @property
    def data_dir(self) -> Path:
        return self.check.path.parent


def _read_only_uri(path: Path) -> str:
    return "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"


def _has_wal_content(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _looks_like_text(head: bytes) -> bool:
    return all(ch >= 32 or ch in b"\t\r\n" for ch in head)


def _header_problem(path: Path, size: int, head: bytes) -> FileCheck | None:
    """What the first bytes and the size alone show, without asking SQLite (so nothing is created)."""
    if not head.startswith(SQLITE_MAGIC[: len(head)]):
        what = "it holds text, not a database" if _looks_like_text(head[:512]) else "it is not a database file"
        return FileCheck(path, FileState.NOT_A_DATABASE, f"{path} is not a readable LDN Diary file: {what}.")
    if size < HEADER_SIZE:
        return FileCheck(path, FileState.TRUNCATED, f"{path} is cut short: only {size} bytes are left of it.")
    if _has_wal_content(path):
        return None  # the WAL may legitimately hold pages the file does not have yet
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The page count in the header is trustworthy only when stamped with the current change counter.
    if page_size >= 512 and pages and head[92:96] == head[24:28] and size < page_size * pages:
        return FileCheck(
            path,
            FileState.TRUNCATED,
            f"{path} is cut short: it has {size:,} of the {page_size * pages:,} bytes it should have "
            "(perhaps a copy or a save was interrupted).",
        )
    return None


def check_file(path: Path) -> FileCheck:
    """Check `path` read-only: never changes it, never raises for a bad file.

    SQLite may create the usual empty -wal/-shm companions of a WAL-mode file while reading it.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as file:
            head = file.read(4096)
    except FileNotFoundError:
        return FileCheck(path, FileState.MISSING, f"{path} does not exist.")
    except OSError as exc:
        return FileCheck(path, FileState.DAMAGED, f"{path} cannot be read ({exc.strerror}).")
    if size == 0 and not _has_wal_content(path):
        return FileCheck(path, FileState.EMPTY, f"{path} is empty (0 bytes): it holds no diary.")
    if size > 0:
        found = _header_problem(path, size, head)
        if found is not None:
            return found
    try:
        con = sqlite3.connect(_read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return FileCheck(path, FileState.DAMAGED, f"{path} cannot be opened ({exc}).")
    try:
        rows = [row[0] for row in con.execute("PRAGMA quick_check(3)")]
        if rows != ["ok"]:
            return FileCheck(path, FileState.DAMAGED, f"{path} is damaged: SQLite's check found {'; '.join(rows)}.")
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return FileCheck(path, FileState.SOUND)
        if "alembic_version" not in tables or "entries" not in tables:
            return FileCheck(path, FileState.NOT_A_DIARY, f"{path} is an SQLite file but not an LDN Diary.")
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        entries, last = con.execute("SELECT count(*), max(day) FROM entries").fetchone()
    except sqlite3.Error as exc:
        return FileCheck(path, FileState.DAMAGED, f"{path} is damaged ({exc}).")
    finally:
        con.close()
    try:
        last_day = dt.date.fromisoformat(last) if last else None
    except (TypeError, ValueError):
        last_day = None
    return FileCheck(path, FileState.SOUND, None, row[0] if row else None, entries, last_day)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in `folder` survive a power cut (a no-op where folders cannot be synced)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def check_diary(db_path: Path, new: bool = False) -> str | None:
    """The schema revision of the diary file at `db_path` once it passes its check (None: no tables yet).

    Raises DiaryDamagedError, naming the good backups, if the file is not a sound diary; it is
    never changed. An empty file counts as a new diary when it was just created, or when there
    are no backups (a first start that was interrupted); otherwise it is a diary that was lost.
    """
    from diary.store.backups import good_backups

    check = check_file(db_path)
    if check.state is FileState.EMPTY and (new or not good_backups(db_path.parent)):
        return None
    if not check.ok:
        raise DiaryDamagedError(check, good_backups(db_path.parent))
    return check.revision
