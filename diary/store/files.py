"""Writing a file the app makes (PDF, chart, CSV, JSON): whole and private, or not at all."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from diary.domain.language import translate


class WriteError(OSError):
    """A file could not be written; the old file (if any) is as it was. The message says why."""

    def __init__(self, path: Path, reason: str, code: int = errno.EIO):
        super().__init__(code, translate("store.files", "{path} was not written: {reason}").format(path=path, reason=reason))

    def __str__(self) -> str:
        return str(self.strerror)


def reason_for(exc: OSError) -> str:
    """Why a write failed, in words a person can act on."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("store.files", "the disk is full; free some space and try again")
    return exc.strerror or str(exc)


def check_target(path: Path) -> None:
    """Refuse to replace anything but a regular file (a device such as /dev/full, a folder, a pipe)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise WriteError(path, reason_for(exc), exc.errno or errno.EIO) from exc
    if not stat.S_ISREG(mode):
        raise WriteError(path, translate("store.files", "it is not a regular file (a folder or a device); choose a file name"),
                         errno.EINVAL)


def write_file(path: Path, data: bytes) -> None:
    """Write `data` to `path`: a private temporary file beside it, written, flushed and synced,
    its size checked, then renamed over `path`. On any error the temporary file goes, the old
    file stays, and WriteError says why (a full disk in so many words)."""
    path = Path(path)
    check_target(path)
    keeps = "; the file that was there is unchanged" if path.exists() else ""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")  # 0600
    except OSError as exc:
        raise WriteError(path, reason_for(exc) + keeps, exc.errno or errno.EIO) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
            if os.fstat(out.fileno()).st_size != len(data):
                raise OSError(errno.EIO, translate("store.files", "the file came out shorter than it should be"))
        os.replace(tmp, path)
        fsync_folder(path.parent)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise WriteError(path, reason_for(exc) + keeps, exc.errno or errno.EIO) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def fsync_folder(folder: Path) -> None:
    """Make the rename survive a power cut (a no-op where folders cannot be synced)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Make a file's content survive a power cut."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
