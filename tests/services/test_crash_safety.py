"""Crash safety: a writer saving entries through DiaryService is killed with SIGKILL at random
moments, many times; the diary must stay whole and keep every entry whose save had returned."""

import datetime as dt
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diary.services.diary import DiaryService
from diary.store.backups import list_backups
from diary.store.database import BACKUP_DIRNAME, DB_FILENAME

KILLS = 150
WRITER = Path(__file__).with_name("crash_writer.py")

pytestmark = pytest.mark.skipif(os.name != "posix" or not hasattr(os, "fork"), reason="SIGKILL and fork")


def saved_lines(log: Path) -> list[tuple[str, int, str]]:
    """What the writers logged after each save returned (a line cut by a kill is ignored)."""
    lines = log.read_text(encoding="utf-8").split("\n")[:-1] if log.exists() else []
    result = []
    for line in lines:
        day, activity, note = line.split(" ", 2)
        result.append((day, int(activity), note))
    return result


def test_killing_the_writer_at_any_moment_loses_at_most_the_entry_being_saved(data_dir, tmp_path):
    log = tmp_path / "saved.log"
    zygote = subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir), str(log)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    rng = random.Random(2026)
    try:
        assert zygote.stdout.readline().strip() == "ready"
        for round_number in range(KILLS):
            zygote.stdin.write(f"run {round_number}\n")
            zygote.stdin.flush()
            if round_number < 3:
                pause = rng.uniform(0, 0.05)  # while the diary is being created
            elif round_number == 3:
                pause = 1.0  # long enough to create it
            else:  # mostly mid-save, sometimes while opening the diary, now and then much later
                pause = rng.choice([rng.uniform(0, 0.01), rng.uniform(0, 0.08), rng.uniform(0.05, 0.2)])
            time.sleep(pause)
            zygote.stdin.write("kill\n")
            zygote.stdin.flush()
            answer = zygote.stdout.readline().strip()
            errors = Path(f"{log}.errors")
            assert answer == "killed", errors.read_text() if errors.exists() else answer
        zygote.stdin.write("quit\n")
        zygote.stdin.flush()
        zygote.wait(10)
    finally:
        zygote.kill()
        zygote.wait()
        zygote.stdin.close()
        zygote.stdout.close()

    db_path = data_dir / DB_FILENAME
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {
            day: (activity, note)
            for day, activity, note in con.execute("SELECT day, activity, note FROM entries")
        }
        severities = con.execute("SELECT count(*) FROM entry_side_effects").fetchone()[0]
    finally:
        con.close()

    saved = saved_lines(log)
    assert len(saved) > KILLS  # the writers did get to save, many times over
    missing = [line for line in saved if stored.get(line[0]) != (line[1], line[2])]
    assert missing == []
    # Anything more in the diary is a save that committed just before its writer was killed.
    assert len(stored) - len(saved) <= KILLS
    assert severities == len(stored)

    # The diary opens as usual afterwards, and every backup in place is a good one.
    service = DiaryService(data_dir, today=lambda: dt.date(2600, 1, 1))
    try:
        assert service.entry_count() == len(stored)
    finally:
        service.close()
    assert all(backup.ok for backup in list_backups(data_dir / BACKUP_DIRNAME))
