"""The one-writer lock: one holder at a time, a clear refusal naming who holds it, and recovery after a crash."""

import errno
import json
import os
import signal
import subprocess
import sys
import threading

import pytest

from diary.store import lock as lock_module
from diary.store.database import DiaryOpenError
from diary.store.lock import COMMAND, LOCK_FILENAME, WINDOW, DiaryLock, DiaryLockedError, read_holder

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX processes and permissions")


def test_one_holder_at_a_time(data_dir):
    with DiaryLock(data_dir, WINDOW) as held:
        assert held.held
        assert read_holder(data_dir).owner == WINDOW and read_holder(data_dir).pid == os.getpid()
        with pytest.raises(DiaryLockedError) as caught:
            DiaryLock(data_dir, COMMAND).acquire()
        assert isinstance(caught.value, DiaryOpenError)
        assert caught.value.holder.owner == WINDOW
        assert "already open in the LDN Diary window" in str(caught.value)
        assert f"process {os.getpid()}" in str(caught.value)
        assert "nothing was changed" in str(caught.value)
    assert not held.held
    with DiaryLock(data_dir, COMMAND):
        pass


def test_a_command_holding_the_lock_is_named_as_a_command(data_dir):
    with DiaryLock(data_dir, COMMAND), pytest.raises(DiaryLockedError, match="another ldn-diary command"):
        DiaryLock(data_dir, COMMAND).acquire()


def test_a_command_waits_for_another_command_but_not_for_the_window(data_dir, monkeypatch):
    other = DiaryLock(data_dir, COMMAND).acquire()
    threading.Timer(0.3, other.release).start()
    with DiaryLock(data_dir, COMMAND).acquire(wait_for_commands=5.0) as mine:  # without waiting it would raise
        assert mine.held

    def no_waiting(_seconds):
        raise AssertionError("waited for the window")

    monkeypatch.setattr(lock_module.time, "sleep", no_waiting)
    with DiaryLock(data_dir, WINDOW):
        with pytest.raises(DiaryLockedError):
            DiaryLock(data_dir, COMMAND).acquire(wait_for_commands=5.0)


def test_acquiring_twice_and_releasing_twice_is_harmless(data_dir):
    lock = DiaryLock(data_dir)
    lock.acquire()
    lock.acquire()
    lock.release()
    lock.release()
    assert not lock.held


@posix_only
def test_the_lock_file_is_private_and_keeps_the_folder_private(data_dir):
    with DiaryLock(data_dir):
        assert (data_dir / LOCK_FILENAME).stat().st_mode & 0o777 == 0o600
    data_dir.chmod(0o755)
    with DiaryLock(data_dir):
        pass
    assert data_dir.stat().st_mode & 0o777 == 0o700  # the lock file counts as the diary's own


@posix_only
def test_a_lock_left_by_a_killed_process_is_recovered(data_dir):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from diary.store.lock import DiaryLock; "
            "DiaryLock(sys.argv[1], 'window').acquire(); print('locked', flush=True); time.sleep(60)",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DiaryLockedError) as caught:
            DiaryLock(data_dir).acquire()
        assert caught.value.holder.pid == holder.pid
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert read_holder(data_dir).pid == holder.pid  # the note is stale, the lock is free
    with DiaryLock(data_dir, WINDOW):
        assert read_holder(data_dir).pid == os.getpid()


def test_a_garbled_lock_file_does_not_stop_anyone(data_dir):
    data_dir.mkdir()
    (data_dir / LOCK_FILENAME).write_bytes(b"\x00\xffnot json")
    assert read_holder(data_dir) is None
    with DiaryLock(data_dir):
        pass


def test_child_processes_do_not_inherit_the_lock(data_dir):
    lock = DiaryLock(data_dir, WINDOW).acquire()
    try:
        assert not os.get_inheritable(lock._fd)  # a child started by the app cannot keep the diary locked
    finally:
        lock.release()


@posix_only
def test_without_file_locks_a_live_holder_still_counts(data_dir, monkeypatch):
    def no_locks(fd, operation):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(lock_module.fcntl, "flock", no_locks)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        data_dir.mkdir()
        note = {"owner": WINDOW, "pid": sleeper.pid, "host": lock_module.this_host()}
        (data_dir / LOCK_FILENAME).write_text(json.dumps(note))
        with pytest.raises(DiaryLockedError):
            DiaryLock(data_dir).acquire()
    finally:
        sleeper.kill()
        sleeper.wait()
    with DiaryLock(data_dir):  # its process is gone: the lock is taken over
        assert read_holder(data_dir).pid == os.getpid()


def test_the_lock_names_this_computer_as_platform_does():
    import platform

    assert lock_module.this_host() == platform.node()
