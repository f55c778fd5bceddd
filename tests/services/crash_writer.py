"""A process that changes a diary in one of four ways, to be killed at chosen moments by test_crash_safety.

It imports the app once, then forks one writer per round (starting Python and SQLAlchemy
takes most of a second; a fork takes milliseconds, so a thousand kills stay quick).

    python crash_writer.py DATA_DIR LOG       then, on stdin:
    run KIND N ARG   fork a writer for round N, which takes the one-writer lock as the window
                     and the commands do, opens the diary and then, by KIND:
                       add      saves entries through save_entry, appending "DATE ACTIVITY NOTE"
                                to LOG after each save returns (and makes a backup now and then)
                       import   imports the CSV file ARG (all its rows or none)
                       restore  restores the backup file ARG (the diary before it is kept)
                       backup   makes backups one after another
                     and writes "done KIND N" to LOG once it has done it all
    kill             SIGKILL the writer and wait for it; answers "killed" (or "exited CODE" if
                     it stopped by itself: its error is in LOG.errors)
    quit
"""

import datetime as dt
import os
import signal
import sys
import traceback
from pathlib import Path

import alembic.command
import alembic.config  # noqa: F401

from diary.domain.entries import DailyEntry, Severity
from diary.services.backups import DiaryBackups
from diary.services.diary import DiaryService
from diary.store.lock import WINDOW, DiaryLock

FIRST_DAY = dt.date(1900, 1, 1)
SAVES_PER_ROUND = 12  # round N writes its own days
TODAY = dt.date(2600, 1, 1)


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


def write_round(data_dir: Path, log_fd: int, kind: str, round_number: int, arg: str) -> None:
    DiaryLock(data_dir, WINDOW).acquire()  # a lock left by the killed writer before must be free again
    if kind == "restore":  # as `ldn-diary restore` does: without opening the diary first
        DiaryBackups(data_dir).restore(Path(arg))
    service = DiaryService(data_dir, today=lambda: TODAY)
    if kind == "add":
        for n in range(SAVES_PER_ROUND):
            entry = entry_for(round_number, n)
            service.entries.save(entry)
            os.write(log_fd, f"{entry.day.isoformat()} {entry.activity} {entry.note}\n".encode())
            if n % 6 == 5:
                service.backups.make("auto")
    elif kind == "import":
        service.transfer.import_file(Path(arg))
    elif kind == "backup":
        for _ in range(2):
            service.backups.make("manual")
    service.close()
    os.write(log_fd, f"done {kind} {round_number}\n".encode())
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
                    write_round(data_dir, log_fd, rest[0], int(rest[1]), rest[2] if len(rest) > 2 else "")
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
