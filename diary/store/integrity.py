"""Checking a diary file without changing it: is it a database, is it whole, is it a diary."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import sys
import tempfile
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Protocol

from diary.domain.language import translate
from diary.store.paths import DiaryOpenError
from diary.store.value_checks import unreadable_values

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
# SQLite errors that say the file cannot be read now (locked, no permission), not that it is damaged.
NOT_DAMAGE = {"SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_READONLY", "SQLITE_NOMEM", "SQLITE_AUTH"}
# What a read-only connection reports when a crash left a journal to roll back or a WAL to
# recover: the normal state after a crash, which any read-write open repairs, not damage.
NEEDS_RECOVERY = {"SQLITE_READONLY_ROLLBACK", "SQLITE_READONLY_RECOVERY", "SQLITE_READONLY_CANTINIT", "SQLITE_READONLY_CANTLOCK"}


class FileState(Enum):
    """What a check found in a file."""

    SOUND = "sound"  # an SQLite file that passes PRAGMA quick_check (maybe with no tables yet)
    MISSING = "missing"
    EMPTY = "empty"  # zero bytes
    NOT_A_DATABASE = "not_a_database"  # e.g. a CSV export saved under the diary's name
    TRUNCATED = "truncated"  # shorter than its own header says
    DAMAGED = "damaged"  # SQLite reports corruption
    NOT_A_DIARY = "not_a_diary"  # a sound SQLite file of some other program
    UNREADABLE = "unreadable"  # not readable now (permissions, locked): nothing says it is damaged


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


class RestorableBackup(Protocol):
    """What the error says of a good backup: diary.store.backups.Backup (that module imports this one)."""

    @property
    def path(self) -> Path: ...
    @property
    def created(self) -> dt.datetime: ...
    @property
    def entries(self) -> int | None: ...
    @property
    def last_day(self) -> dt.date | None: ...
    def describe(self) -> str: ...


class DiaryDamagedError(DiaryOpenError):
    """The diary file failed its check; it was left untouched and a backup can replace it."""

    def __init__(self, check: FileCheck, backups: tuple[RestorableBackup, ...] = ()):
        self.check = check
        self.backups = backups  # the good ones, newest first (diary.store.backups.Backup), if looked up
        super().__init__(translate("store.integrity", "{problem} It was left untouched.").format(problem=check.problem))

    def with_backups(self, backups: Iterable[RestorableBackup]) -> DiaryDamagedError:
        """The same error, naming the good backups that can replace the file."""
        return DiaryDamagedError(self.check, tuple(backups))

    @property
    def data_dir(self) -> Path:
        return self.check.path.parent

    @property
    def advice_without_backups(self) -> str:
        """What to do with the file when no backup can replace it."""
        if self.check.state is FileState.EMPTY:
            return translate("store.integrity", "If you never kept a diary in this folder, delete {path} and a new diary is started."
                             ).format(path=self.check.path)
        return translate("store.integrity", "Keep the file: a specialist may rescue some of it.")


def _read_only_uri(path: Path) -> str:
    return "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"


def _has_content(path: Path, suffix: str) -> bool:
    try:
        return path.with_name(path.name + suffix).stat().st_size > 0
    except OSError:
        return False


def _has_wal_content(path: Path) -> bool:
    return _has_content(path, "-wal")


def _wal_lost(path: Path) -> bool:
    """Whether the -shm index a crash left says the WAL held more than the -wal file now does.

    After an unclean stop the newest changes may live only in the -wal file; if it was then
    deleted or cut (a sync tool, a copy that left it out), the file alone looks whole but old.
    The index header (SQLite's WalIndexHdr, native byte order) records the WAL's last frame.
    """
    try:
        with open(path.with_name(path.name + "-shm"), "rb") as file:
            header = file.read(48)
        wal_size = path.with_name(path.name + "-wal").stat().st_size if _has_wal_content(path) else 0
    except OSError:
        return False
    if len(header) < 48 or header[12] != 1:  # no index, or one never initialised
        return False
    page_size = int.from_bytes(header[14:16], sys.byteorder)
    page_size = 65536 if page_size == 1 else page_size
    last_frame = int.from_bytes(header[16:20], sys.byteorder)
    return last_frame > 0 and wal_size < 32 + last_frame * (24 + page_size)


def _looks_like_text(head: bytes) -> bool:
    return all(ch >= 32 or ch in b"\t\r\n" for ch in head)


def _header_problem(path: Path, size: int, head: bytes) -> FileCheck | None:
    """What the first bytes and the size alone show, without asking SQLite (so nothing is created)."""
    if not head.startswith(SQLITE_MAGIC[: len(head)]):
        if _looks_like_text(head[:512]):
            problem = translate("store.integrity", "{path} is not a readable LDN Diary file: it holds text, not a database.")
        else:
            problem = translate("store.integrity", "{path} is not a readable LDN Diary file: it is not a database file.")
        return FileCheck(path, FileState.NOT_A_DATABASE, problem.format(path=path))
    if size < HEADER_SIZE:
        return FileCheck(path, FileState.TRUNCATED, translate(
            "store.integrity", "{path} is cut short: it has only %n byte(s) left.", None, size).format(path=path))
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
            translate("store.integrity", "{path} is cut short: it has {size} of the {expected} bytes it should have "
                      "(perhaps a copy or a save was interrupted).").format(path=path, size=f"{size:,}", expected=f"{page_size * pages:,}"),
        )
    return None


class _NeedsRecovery(Exception):
    """A read-only connection cannot roll back the journal or recover the WAL a crash left."""


def check_file(path: Path, thorough: bool = False, recover: bool = True) -> FileCheck:
    """Check `path` read-only: never changes it, never raises for a bad file.

    PRAGMA quick_check, or with `thorough` integrity_check, which also compares every index
    with its table (a damaged index can hide or invent rows; ~10 ms for ten years of entries).
    SQLite may create the usual empty -wal/-shm companions of a WAL-mode file while reading it.
    A file a crash left with a journal to roll back is checked as a private copy rolled back.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as file:
            head = file.read(4096)
    except FileNotFoundError:
        return FileCheck(path, FileState.MISSING, translate("store.integrity", "{path} does not exist.").format(path=path))
    except OSError as exc:
        return FileCheck(path, FileState.UNREADABLE, translate("store.integrity", "{path} cannot be read ({error}).").format(
            path=path, error=exc.strerror))
    if _wal_lost(path):
        return FileCheck(path, FileState.DAMAGED, translate(
            "store.integrity", "{path} has lost its newest changes: they were kept in "
            "{wal}, which is missing or cut short (perhaps a copy or a sync tool left it out). "
            "Put that file back beside it; or, to use the diary as the file alone holds it, delete {shm}.").format(
            path=path, wal=f"{path.name}-wal", shm=f"{path.name}-shm"))
    if _has_content(path, "-journal"):  # the file itself may be half-written until rolled back
        return _check_recovered(path, thorough) if recover else _unrecoverable(path)
    if size == 0 and not _has_wal_content(path):
        return FileCheck(path, FileState.EMPTY, translate("store.integrity", "{path} is empty (0 bytes): it holds no diary.").format(
            path=path))
    if size > 0:
        found = _header_problem(path, size, head)
        if found is not None:
            return found
    try:
        return _ask_sqlite(path, thorough)
    except _NeedsRecovery:
        return _check_recovered(path, thorough) if recover else _unrecoverable(path)


def _unrecoverable(path: Path, why: object = None) -> FileCheck:
    if why is None:
        problem = translate("store.integrity", "{path} is damaged: its unfinished last change cannot be undone.")
    else:
        problem = translate("store.integrity", "{path} is damaged: its unfinished last change cannot be undone ({error}).")
    return FileCheck(path, FileState.DAMAGED, problem.format(path=path, error=why))


def _check_recovered(path: Path, thorough: bool) -> FileCheck:
    """Check a private copy of `path` with its journal or WAL, after SQLite has recovered it.

    A crash mid-write leaves the file with a hot journal (or a WAL without its index): a
    read-write open rolls it back, as the app's own open will. Doing that on a copy keeps the
    check read-only, so a file that really is damaged stays exactly as it was.
    """
    try:
        folder = Path(tempfile.mkdtemp(prefix=f"{path.name}.check-", dir=path.parent))  # same disk, 0700
    except OSError:
        folder = Path(tempfile.mkdtemp(prefix="ldn-diary-check-"))
    copy = folder / path.name
    try:
        for suffix in ("", "-journal", "-wal"):
            companion = path.with_name(path.name + suffix)
            if companion.is_file():
                shutil.copyfile(companion, copy.with_name(copy.name + suffix))
        con = sqlite3.connect(copy)
        try:
            con.execute("PRAGMA schema_version").fetchone()  # rolls back the journal, replays the WAL
        finally:
            con.close()
        # A journal SQLite left in place is not hot (its header never reached the disk): SQLite
        # ignores it, and so may the check.
        copy.with_name(copy.name + "-journal").unlink(missing_ok=True)
        found = check_file(copy, thorough, recover=False)
    except (sqlite3.Error, OSError) as exc:
        if isinstance(exc, OSError) or getattr(exc, "sqlite_errorname", "") in NOT_DAMAGE:
            return FileCheck(path, FileState.UNREADABLE, translate("store.integrity", "{path} cannot be checked right now ({error}).")
                             .format(path=path, error=exc))
        return _unrecoverable(path, exc)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    problem = found.problem.replace(str(copy), str(path)) if found.problem else None
    return replace(found, path=path, problem=problem)


def _ask_sqlite(path: Path, thorough: bool) -> FileCheck:
    """SQLite's own check of the file, then whether it is a diary whose values can be read."""
    try:
        con = sqlite3.connect(_read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return FileCheck(path, FileState.UNREADABLE, translate("store.integrity", "{path} cannot be opened ({error}).").format(
            path=path, error=exc))
    con.text_factory = lambda data: data.decode("utf-8", "replace")  # damaged text must not raise
    try:
        rows = [row[0] for row in con.execute("PRAGMA integrity_check(3)" if thorough else "PRAGMA quick_check(3)")]
        if rows != ["ok"]:
            return FileCheck(path, FileState.DAMAGED, translate("store.integrity", "{path} is damaged: SQLite's check found {found}.")
                             .format(path=path, found="; ".join(rows)))
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return FileCheck(path, FileState.SOUND)
        if "alembic_version" not in tables or "entries" not in tables:
            return FileCheck(path, FileState.NOT_A_DIARY, translate("store.integrity", "{path} is an SQLite file but not an LDN Diary.")
                             .format(path=path))
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        unreadable = unreadable_values(con)
        if unreadable:
            return FileCheck(path, FileState.DAMAGED, translate("store.integrity", "{path} is damaged: {problem}.").format(
                path=path, problem=unreadable))
        entries, last = con.execute("SELECT count(*), max(day) FROM entries").fetchone()
    except sqlite3.Error as exc:
        name = getattr(exc, "sqlite_errorname", "")
        if name in NEEDS_RECOVERY:
            raise _NeedsRecovery from exc
        if name in NOT_DAMAGE:
            return FileCheck(path, FileState.UNREADABLE, translate("store.integrity", "{path} cannot be read right now ({error}).")
                             .format(path=path, error=exc))
        return FileCheck(path, FileState.DAMAGED, translate("store.integrity", "{path} is damaged ({error}).").format(
            path=path, error=exc))
    except UnicodeDecodeError:  # SQLite's own message quoted damaged bytes
        return FileCheck(path, FileState.DAMAGED, translate("store.integrity", "{path} is damaged (its table list cannot be read).")
                         .format(path=path))
    finally:
        con.close()
    try:
        last_day = dt.date.fromisoformat(last) if last else None
    except (TypeError, ValueError):
        last_day = None
    return FileCheck(path, FileState.SOUND, None, row[0] if row else None, entries, last_day)


def check_diary(db_path: Path) -> str:
    """The schema revision of the diary file at `db_path` once it passes its check.

    Raises DiaryDamagedError if the file is not a sound diary (the service names the backups
    that can replace it); the file is never changed. A file with no diary in it (empty, or a database with no tables) is never
    taken for a new diary: only a missing file is (see database.open_engine).
    """
    check = check_file(db_path, thorough=True)
    if check.state is FileState.UNREADABLE:
        raise DiaryOpenError(translate("store.integrity", "{problem} Nothing was changed; check who may read the file, or try again.")
                             .format(problem=check.problem))
    if check.state is FileState.EMPTY or (check.ok and check.revision is None):
        if check.state is FileState.EMPTY:
            problem = translate("store.integrity", "{path} holds no diary: it is empty (0 bytes). If the app was "
                                "stopped suddenly, its companion file {wal} may have been lost.")
        else:
            problem = translate("store.integrity", "{path} holds no diary: it is a database with nothing in it. If the app was "
                                "stopped suddenly, its companion file {wal} may have been lost.")
        check = FileCheck(db_path, FileState.EMPTY, problem.format(path=db_path, wal=f"{db_path.name}-wal"))
    if not check.ok:
        raise DiaryDamagedError(check)
    assert check.revision is not None
    return check.revision
