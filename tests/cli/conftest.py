"""Running `ldn-diary` in the tests: in this process, or as a real process (to be killed or starved)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from diary.cli import main


@pytest.fixture
def run(capsys):
    """Run `ldn-diary ARGS...` in this process; returns (exit status, stdout, stderr)."""

    def run_command(*args) -> tuple[int, str, str]:
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    return run_command


def command(*args, env: dict | None = None) -> list[str]:
    return [sys.executable, "-m", "diary", *(str(a) for a in args)]


def run_process(*args, **kwargs) -> subprocess.CompletedProcess:
    """`ldn-diary ARGS...` as its own process (never touching the user's diary: tests pass --data-dir)."""
    return subprocess.run(command(*args), capture_output=True, text=True, timeout=300, **kwargs)


needs_strace = pytest.mark.skipif(shutil.which("strace") is None, reason="strace kills a process at an exact system call")


def run_killed(args: list, syscalls: str, when: int, paths: list[Path]) -> subprocess.CompletedProcess:
    """Run `ldn-diary ARGS` and SIGKILL it at the `when`-th of `syscalls` on any of `paths` (strace's fault injection).

    Exact whatever the machine's speed: the kill comes at that system call, not after a time.
    """
    tracer = ["strace", "-f", "-qq", "-o", os.devnull, *(f"-P{p}" for p in paths),
              f"-etrace={syscalls}", f"-einject={syscalls}:signal=KILL:when={when}"]
    return subprocess.run([*tracer, *command(*args)], capture_output=True, text=True, timeout=300)


@pytest.fixture
def full_disk(tmp_path):
    """A folder on a small file system with no space left (a tmpfs; mounting one needs root)."""
    folder = tmp_path / "full"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode:
        pytest.skip(f"no tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_up(folder: Path) -> None:
    """Take every free byte of the file system `folder` is on."""
    with open(folder / "filler", "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 512)
        except OSError:
            pass
