"""A process that saves diary entries in a loop, to be killed at random moments by test_crash_safety.

It imports the app once, then forks one writer per round (starting Python and SQLAlchemy
takes most of a second; a fork takes milliseconds, so a few hundred kills stay quick).

    python crash_writer.py DATA_DIR LOG       then, on stdin:
    run N     fork a writer for round N; it takes the one-writer lock as the window does,
              opens the diary with DiaryService and saves entries through save_entry, appending
              "DATE ACTIVITY NOTE" to LOG after each save returns (and a backup now and then)
    kill      SIGKILL the writer and wait for it; answers "killed" (or "exited CODE" if it
              stopped by itself: its error is in LOG.errors)
    quit
"""

import datetime as dt
import os
import signal
import sys
import traceback
from pathlib import Path

import alembic.command  # noqa: F401  (imported once here, so that a writer creating the diary is quick too)
import alembic.config  # noqa: F401

from diary.domain.entries import DailyEntry, Severity
from diary.services.diary import DiaryService
from diary.store.lock import WINDOW, DiaryLock

FIRST_DAY = dt.date(1900, 1, 1)
SAVES_PER_ROUND = 1000  # far more than a round has time for; round N writes its own days


def entry_for(round_number: int, n: int) -> DailyEntry:
    day = FIRST_DAY + dt.timedelta(days=round_number * SAVES_PER_ROUND + n)
    return DailyEntry(
        day,
        activity=n % 11,
        dose_mg=1.5,
        dose_taken=True,
        note=f"round {round_number} save {n}",
        side_effects={"headache": Severity(n % 4)},
    )


def write_round(data_dir: Path, log_fd: int, round_number: int) -> None:
    DiaryLock(data_dir, WINDOW).acquire()  # a lock left by the killed writer before must be free again
    service = DiaryService(data_dir, today=lambda: dt.date(2600, 1, 1))
    for n in range(SAVES_PER_ROUND):
        entry = entry_for(round_number, n)
        service.save_entry(entry)
        os.write(log_fd, f"{entry.day.isoformat()} {entry.activity} {entry.note}\n".encode())
        if n % 40 == 39:
            service.backups.make("auto")
    signal.pause()


def main() -> None:
    data_dir, log = Path(sys.argv[1]), Path(sys.argv[2])
    log_fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    print("ready", flush=True)
    writer = None
    for line in sys.stdin:
        command, *rest = line.split()
        if command == "run":
            writer = os.fork()
            if writer == 0:
                code = 0
                try:
                    write_round(data_dir, log_fd, int(rest[0]))
                except BaseException:
                    with open(f"{log}.errors", "a", encoding="utf-8") as errors:
                        errors.write(traceback.format_exc())
                    code = 1
                finally:
                    os._exit(code)
        elif command == "kill":
            try:
                os.kill(writer, signal.SIGKILL)
            except ProcessLookupError:
                pass
            _, status = os.waitpid(writer, 0)
            killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
            print("killed" if killed else f"exited {os.waitstatus_to_exitcode(status)}", flush=True)
        elif command == "quit":
            break


if __name__ == "__main__":
    main()
