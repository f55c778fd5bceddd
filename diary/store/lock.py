"""One writer at a time: a lock file in the data folder that the system releases when its holder dies.

The window holds the lock while it is open; commands that change the diary take it for the
moment they run. The lock is an OS file lock (flock on POSIX, a byte-range lock on Windows),
so a lock left by a crash or a kill is free again at once; the file itself stays and only says
who holds it.
"""

from __future__ import annotations

import errno
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from diary import APP_NAME
from diary.domain.language import translate
from diary.store.paths import DB_FILENAME, DiaryOpenError, private_mkdir

LOCK_FILENAME = DB_FILENAME + ".lock"
WINDOW, COMMAND = "window", "command"
_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte past the holder's note, so that others can still read the note


def this_host() -> str:
    """This computer's name, as platform.node() gives it; from os.uname where there is one, as that
    does: the window takes the lock before its first paint, and importing platform took 3 ms."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import platform

    return platform.node()


@dataclass(frozen=True)
class LockHolder:
    """Who holds the lock, as written in the lock file."""

    owner: str  # WINDOW or COMMAND
    pid: int | None = None
    host: str = ""

    def describe(self) -> str:
        elsewhere = bool(self.host and self.host != this_host())
        if self.pid and elsewhere:
            return translate("store.lock", "process {pid} on {host}").format(pid=self.pid, host=self.host)
        if self.pid:
            return translate("store.lock", "process {pid}").format(pid=self.pid)
        if elsewhere:
            return translate("store.lock", "another process on {host}").format(host=self.host)
        return translate("store.lock", "another process")


class DiaryLockedError(DiaryOpenError):
    """Someone else is writing to this diary: the window is open, or another command is running."""

    def __init__(self, data_dir: Path, holder: LockHolder | None):
        self.data_dir = data_dir
        self.holder = holder
        if holder is None or holder.owner == WINDOW:
            if holder:
                message = translate("store.lock", "The diary in {folder} is already open in the {app} window ({holder}). "
                                    "Close the window first; nothing was changed.")
            else:
                message = translate("store.lock", "The diary in {folder} is already open in the {app} window. "
                                    "Close the window first; nothing was changed.")
            message = message.format(folder=data_dir, app=APP_NAME, holder=holder.describe() if holder else "")
        else:
            message = translate("store.lock", "The diary in {folder} is being changed by another ldn-diary command ({holder}). "
                                "Try again when it has finished; nothing was changed.").format(
                folder=data_dir, holder=holder.describe())
        super().__init__(message)

    @property
    def by_window(self) -> bool:
        """Whether the holder is (or, unknown, may be) the window rather than a command (as the message says)."""
        return self.holder is None or self.holder.owner == WINDOW


def read_holder(data_dir: Path) -> LockHolder | None:
    """Who last took the lock of `data_dir` (whether or not they still hold it), if the file says."""
    try:
        fd = os.open(data_dir / LOCK_FILENAME, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with open(fd, encoding="utf-8") as file:
            data = json.loads(file.read(4096) or "null")
        return LockHolder(str(data["owner"]), int(data["pid"]) if data.get("pid") else None, str(data.get("host", "")))
    except (OSError, ValueError, TypeError, KeyError):
        return None


class DiaryLock:
    """The one-writer lock of a data folder; use as a context manager or acquire() / release()."""

    def __init__(self, data_dir: Path, owner: str = COMMAND):
        self.data_dir = Path(data_dir)
        self.owner = owner
        self._fd: int | None = None

    @property
    def path(self) -> Path:
        return self.data_dir / LOCK_FILENAME

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, wait_for_commands: float = 0.0) -> DiaryLock:
        """Take the lock, or raise DiaryLockedError. If another command holds it, wait up to
        `wait_for_commands` seconds for it to finish (the window is never waited for)."""
        if self._fd is not None:
            return self
        private_mkdir(self.data_dir)
        deadline = time.monotonic() + wait_for_commands
        # Never through a link: one planted in a shared folder would truncate its target.
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError as exc:
            if exc.errno != errno.ELOOP:
                raise
            raise DiaryOpenError(translate("store.lock", "{path} is a link, not the app's lock file (someone may have put it there); "
                                           "nothing was changed. Delete it and try again.").format(path=self.path)) from None
        try:
            while not _try_lock(fd):
                holder = read_holder(self.data_dir)
                if (holder is not None and holder.owner == WINDOW) or time.monotonic() >= deadline:
                    raise DiaryLockedError(self.data_dir, holder)
                time.sleep(0.05)
            note = json.dumps({"owner": self.owner, "pid": os.getpid(), "host": this_host()})
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, note.encode("utf-8"))
        except BaseException:
            os.close(fd)  # closing also drops a lock taken just before a failure
            raise
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
            _unlock(fd)
        finally:
            os.close(fd)
        # The file stays: deleting it would let two processes lock two different files.

    def __enter__(self) -> DiaryLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only (the same test as os.name == "nt", one mypy follows)
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import errno
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:
            if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
                # A file system without locks (some network shares): fall back to the holder's
                # note, taking over a lock whose process is gone.
                return not _holder_alive(fd)
            raise
        return True

    def _unlock(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass

    def _holder_alive(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            data = json.loads(os.read(fd, 4096) or b"null")
            pid, host = int(data["pid"]), data.get("host")
        except (ValueError, TypeError, KeyError):
            return False
        if host != this_host():
            return True  # another computer's process cannot be checked: assume it is alive
        if pid == os.getpid():
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
