"""Crash safety: writers that add entries, make backups, import and restore are killed with
SIGKILL 1,000 times at moments spread over what each is doing; after every kill the diary
passes the app's own check, an import is there whole or not at all, a restore leaves either
diary, and every entry whose save had returned is kept.

The moments are spread over each kind of round's own duration, measured in the same run, so
the kills cover the same stages on a fast or a slow machine, and nothing asserted depends on speed.
"""

import datetime as dt
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diary.services.backups import DiaryBackups
from diary.services.diary import DiaryService
from diary.store.backups import list_backups
from diary.store.database import BACKUP_DIRNAME, DB_FILENAME
from diary.store.integrity import check_file

KILLS = {"add": 400, "backup": 200, "import": 250, "restore": 150}  # 1,000 in all
IMPORT_ROWS = 20
WRITER = Path(__file__).with_name("crash_writer.py")

pytestmark = pytest.mark.skipif(os.name != "posix" or not hasattr(os, "fork"), reason="SIGKILL and fork")


class Writers:
    """The forking writer process of crash_writer.py, driven over its stdin."""

    def __init__(self, data_dir: Path, log: Path):
        self.log = log
        self.process = subprocess.Popen([sys.executable, str(WRITER), str(data_dir), str(log)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "ready"

    def send(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        self.send("kill")
        answer = self.process.stdout.readline().strip()
        errors = Path(f"{self.log}.errors")
        assert answer == "killed", errors.read_text() if errors.exists() else answer

    def duration(self, kind: str, number: int, arg: str = "") -> float:
        """Run one round to its end (not killed mid-way) and return how long it took."""
        started = time.monotonic()
        self.send(f"run {kind} {number} {arg}")
        while f"done {kind} {number}\n" not in self.log.read_text(encoding="utf-8"):
            errors = Path(f"{self.log}.errors")
            assert not errors.exists(), errors.read_text()
            time.sleep(0.005)
        took = time.monotonic() - started
        self.kill()
        return took

    def close(self) -> None:
        self.send("quit")
        self.process.wait(60)
        self.process.stdin.close()
        self.process.stdout.close()


def saved_lines(log: Path) -> list[tuple[str, int, str]]:
    """What the writers logged after each save returned (a line cut by a kill is ignored)."""
    result = []
    for line in log.read_text(encoding="utf-8").split("\n")[:-1]:
        if not line.startswith("done "):
            day, activity, note = line.split(" ", 2)
            result.append((day, int(activity), note))
    return result


def query(db_path: Path, sql: str, *args) -> list[tuple]:
    # A read-write connection, as the app's next open: it rolls back what a kill left unfinished.
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def import_file(folder: Path, number: int) -> Path:
    first = dt.date(2000, 1, 1) + dt.timedelta(days=number * IMPORT_ROWS)
    rows = [f"{first + dt.timedelta(days=i)},{i % 11},import {number}" for i in range(IMPORT_ROWS)]
    path = folder / f"import-{number}.csv"
    path.write_text("date,activity,notes\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_thousand_kills_lose_at_most_the_change_being_made(data_dir, tmp_path):
    log = tmp_path / "writers.log"
    log.touch()
    db = data_dir / DB_FILENAME
    rng = random.Random(2026)
    writers = Writers(data_dir, log)
    number = 0

    def killed_round(kind: str, took: float, arg: str = "") -> None:
        nonlocal number
        number += 1
        writers.send(f"run {kind} {number} {arg}")
        time.sleep(rng.uniform(0, took * 1.2))  # anywhere in the round, now and then just after it
        writers.kill()
        check = check_file(db)  # the app's own read-only check: a kill never looks like damage
        assert check.is_diary, check.problem

    try:
        # Entries and backups: every save that returned is kept.
        took = writers.duration("add", 0)
        for _ in range(KILLS["add"]):
            killed_round("add", took)
        saved = saved_lines(log)
        stored = {day: (activity, note) for day, activity, note in query(db, "SELECT day, activity, note FROM entries")}
        assert [line for line in saved if stored.get(line[0]) != (line[1], line[2])] == []
        took = writers.duration("backup", 0)
        for _ in range(KILLS["backup"]):
            killed_round("backup", took)
        assert all(backup.ok for backup in list_backups(data_dir / BACKUP_DIRNAME))
        before_imports = tmp_path / "before-imports.sqlite3"
        DiaryBackups(data_dir).save_copy(before_imports)

        # Imports: each file is there whole or not at all.
        took = writers.duration("import", 0, str(import_file(tmp_path, 0)))
        for _ in range(KILLS["import"]):
            killed_round("import", took, str(import_file(tmp_path, number + 1)))
            (count,) = query(db, "SELECT count(*) FROM entries WHERE note = ?", f"import {number}")[0]
            assert count in (0, IMPORT_ROWS)
        after_imports = tmp_path / "after-imports.sqlite3"
        DiaryBackups(data_dir).save_copy(after_imports)

        # Restores: the diary is the one before or the one restored, never a mix or nothing.
        counts = {path: check_file(path).entries for path in (before_imports, after_imports)}
        assert len(set(counts.values())) == 2
        took = writers.duration("restore", 0, str(before_imports))
        for i in range(KILLS["restore"]):
            source = (before_imports, after_imports)[i % 2]
            (before,) = query(db, "SELECT count(*) FROM entries")[0]
            killed_round("restore", took, str(source))
            (after,) = query(db, "SELECT count(*) FROM entries")[0]
            assert after in (before, counts[source])
        writers.close()
    finally:
        writers.process.kill()
        writers.process.wait()

    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    service = DiaryService(data_dir, today=lambda: dt.date(2600, 1, 1))
    try:
        assert service.entries.count() in counts.values()
    finally:
        service.close()
    assert all(backup.ok for backup in list_backups(data_dir / BACKUP_DIRNAME))
