"""`ldn-diary backup` and `restore`, a damaged diary at start, the one-writer lock, and atomic exports."""

import os
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from diary.services.diary import DiaryService
from diary.services.transfer import TransferService
from diary.store.backups import list_backups
from diary.store.database import BACKUP_DIRNAME, DB_FILENAME
from diary.store.lock import COMMAND, WINDOW, DiaryLock

DAY = "2024-03-10"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX processes and permissions")


def days(folder: Path) -> list[str]:
    svc = DiaryService(folder)
    try:
        return [e.day.isoformat() for e in svc.entries.between()]
    finally:
        svc.close()


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def backup_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / BACKUP_DIRNAME).glob("*.sqlite3")) if (data_dir / BACKUP_DIRNAME).exists() else []


@pytest.fixture
def diary(run, data_dir) -> Path:
    """A diary with two days in it."""
    assert run("add", "--date", "2024-03-01", "--activity", "4")[0] == 0
    assert run("add", "--date", "2024-03-02", "--activity", "5")[0] == 0
    return data_dir / DB_FILENAME


# --- backup ------------------------------------------------------------------------------------------


def test_backup_into_the_backups_folder(run, diary, data_dir):
    code, out, err = run("backup")
    assert (code, err) == (0, "")
    (made,) = backup_files(data_dir)
    assert f"Backed up the diary (2 entries) to {made}" in out
    assert days(data_dir) == ["2024-03-01", "2024-03-02"]
    if os.name == "posix":
        assert stat.S_IMODE(made.stat().st_mode) == 0o600


def test_backup_out_to_a_file_or_a_folder(run, diary, tmp_path):
    code, out, _ = run("backup", "--out", tmp_path / "mine.sqlite3")
    assert code == 0 and f"to {tmp_path / 'mine.sqlite3'}" in out
    assert days_in(tmp_path / "mine.sqlite3") == ["2024-03-01", "2024-03-02"]
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run("backup", "--out", usb)[0] == 0
    (dated,) = usb.iterdir()
    assert dated.name.startswith("diary-") and dated.suffix == ".sqlite3"


def test_backup_out_into_a_missing_folder_is_invalid(run, diary, tmp_path):
    code, out, err = run("backup", "--out", tmp_path / "nowhere" / "x.sqlite3")
    assert code == 2 and out == ""
    assert err.startswith("ldn-diary: --out:") and "not a folder" in err


def days_in(db_path: Path) -> list[str]:
    con = sqlite3.connect(db_path)
    try:
        return [d for (d,) in con.execute("SELECT day FROM entries ORDER BY day")]
    finally:
        con.close()


# --- restore -----------------------------------------------------------------------------------------


def test_restore_then_undo(run, diary, data_dir):
    run("backup")
    (backup,) = backup_files(data_dir)
    run("add", "--date", DAY, "--activity", "7")
    code, out, err = run("restore", backup)
    assert (code, err) == (0, "")
    assert "the diary now has 2 entries, the last on 2024-03-02" in out
    assert days(data_dir) == ["2024-03-01", "2024-03-02"]
    (previous,) = [p for p in backup_files(data_dir) if "before-restore" in p.name]
    assert f"kept in {previous}" in out
    assert run("restore", previous.name)[0] == 0  # a name in the backups folder is enough
    assert days(data_dir) == ["2024-03-01", "2024-03-02", DAY]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"date,activity\n2024-03-01,4\n", "holds text, not a database"),
        (b"", "is empty"),
        (b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 30, "cut short"),
    ],
    ids=["text", "empty", "truncated"],
)
def test_restoring_a_bad_file_is_refused_and_changes_nothing(run, diary, data_dir, tmp_path, content, words):
    source = tmp_path / "backup.sqlite3"
    source.write_bytes(content)
    before = folder_bytes(data_dir)
    code, out, err = run("restore", source)
    assert code == 2 and out == ""
    (line,) = err.strip().splitlines()
    assert line.startswith(f"ldn-diary: {source} cannot be restored") and words in line
    assert folder_bytes(data_dir) == before
    assert source.read_bytes() == content


def test_restoring_a_truncated_backup_is_refused(run, diary, data_dir, tmp_path):
    run("backup")
    (backup,) = backup_files(data_dir)
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    code, _, err = run("restore", cut)
    assert code == 2 and "cut short" in err


def test_restoring_a_missing_file(run, diary, tmp_path):
    code, _, err = run("restore", tmp_path / "nope.sqlite3")
    assert code == 2 and "no such file" in err


# --- a damaged diary ---------------------------------------------------------------------------------


def damage(db_path: Path, kind: str) -> bytes:
    data = db_path.read_bytes()
    if kind == "text":
        damaged = b"date,activity\n2024-03-01,4\n"
    elif kind == "truncated":
        damaged = data[: len(data) // 2]
    elif kind == "zero-length":
        damaged = b""
    else:  # flipped bytes: the page-type byte of the entries table's root page
        con = sqlite3.connect(db_path)
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='entries'").fetchone()[0]
        con.close()
        page_size = int.from_bytes(data[16:18], "big")
        broken = bytearray(data)
        broken[(root - 1) * page_size] ^= 0xFF
        damaged = bytes(broken)
    db_path.write_bytes(damaged)
    for companion in db_path.parent.glob(f"{DB_FILENAME}-*"):
        companion.unlink()
    return damaged


@pytest.mark.parametrize("kind", ["text", "truncated", "zero-length", "flipped"])
@pytest.mark.parametrize("command", [["export", "out.csv"], ["add", "--date", DAY, "--activity", "1"], ["response"], ["backup"]])
def test_a_damaged_diary_stops_every_command_names_the_backups_and_is_untouched(
    run, diary, data_dir, tmp_path, monkeypatch, kind, command
):
    monkeypatch.chdir(tmp_path)
    run("backup")
    (backup,) = backup_files(data_dir)
    damaged = damage(diary, kind)
    code, out, err = run(*command)
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert all(line.startswith("ldn-diary: ") for line in lines)
    assert "left untouched" in lines[0] and str(diary) in lines[0]
    assert any(backup.name in line and "2 entries" in line for line in lines)
    assert lines[-1] == f"ldn-diary: To restore the newest: ldn-diary restore {backup}"
    assert "Traceback" not in err
    assert diary.read_bytes() == damaged
    assert backup_files(data_dir) == [backup]
    assert not (tmp_path / "out.csv").exists()


def test_a_damaged_diary_is_restored_and_kept_aside(run, diary, data_dir):
    run("backup")
    (backup,) = backup_files(data_dir)
    damaged = damage(diary, "truncated")
    code, out, _ = run("restore", backup)
    assert code == 0
    assert "The damaged diary was set aside, byte for byte" in out
    (aside,) = [p for p in backup_files(data_dir) if "damaged" in p.name]
    assert aside.read_bytes() == damaged
    assert days(data_dir) == ["2024-03-01", "2024-03-02"]
    assert [b.ok for b in list_backups(data_dir / BACKUP_DIRNAME)].count(False) == 1


def test_a_damaged_diary_without_backups_says_so(run, diary, data_dir, tmp_path):
    damage(diary, "text")
    code, _, err = run("--data-dir", data_dir, "export", tmp_path / "x.csv")
    assert code == 1
    assert "There are no backups in" in err and "Keep the file" in err


def test_the_restore_hint_names_the_data_folder_when_one_was_given(run, tmp_path):
    folder = tmp_path / "my diary"
    assert run("add", "--data-dir", folder, "--date", DAY, "--activity", "1")[0] == 0
    run("backup", "--data-dir", folder)
    damage(folder / DB_FILENAME, "text")
    _, _, err = run("response", "--data-dir", folder)
    assert f"ldn-diary restore --data-dir '{folder}' " in err


# --- one writer at a time ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["add", "--date", DAY, "--activity", "1"], ["import", "in.csv"], ["demo"], ["restore", "in.csv"]],
)
def test_writing_commands_refuse_while_the_window_is_open(run, diary, data_dir, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.csv").write_text(f"date,activity\n{DAY},3\n", encoding="utf-8")
    before = folder_bytes(data_dir)
    with DiaryLock(data_dir, WINDOW):
        code, out, err = run(*command)
    assert code == 1 and out == ""
    assert "already open in the LDN Diary window" in err and "Close the window first" in err
    assert folder_bytes(data_dir) == before


@pytest.mark.parametrize(
    "command", [["export", "out.csv"], ["response"], ["import", "in.csv", "--dry-run"], ["backup"]]
)
def test_reading_commands_work_while_the_window_is_open(run, diary, data_dir, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.csv").write_text(f"date,activity\n{DAY},3\n", encoding="utf-8")
    with DiaryLock(data_dir, WINDOW):
        code, _, err = run(*command)
    assert code in (0, 1) and "already open" not in err  # `response` exits 1: no course yet


def test_a_command_waits_for_another_command(run, diary, data_dir):
    import threading

    other = DiaryLock(data_dir, COMMAND).acquire()
    threading.Timer(0.3, other.release).start()
    assert run("add", "--date", DAY, "--activity", "1")[0] == 0


@posix_only
def test_a_lock_left_by_a_killed_window_does_not_block_commands(run, diary, data_dir):
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
        assert run("add", "--date", DAY, "--activity", "1")[0] == 1
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert run("add", "--date", DAY, "--activity", "1")[0] == 0
    assert DAY in days(data_dir)


# --- other failures stay short ------------------------------------------------------------------------


def test_damage_found_in_the_middle_of_a_command_is_one_line(run, diary, monkeypatch, tmp_path):
    from sqlalchemy.exc import DatabaseError

    def broken(self, path):
        raise DatabaseError("SELECT ...", {}, sqlite3.DatabaseError("database disk image is malformed"))

    monkeypatch.setattr(TransferService, "export_file", broken)
    code, _, err = run("export", tmp_path / "x.csv")
    assert code == 1
    assert err.strip() == "ldn-diary: the diary could not be used (database disk image is malformed); nothing was changed"


@posix_only
def test_chart_files_are_written_privately(run, diary, tmp_path):
    assert run("chart", "--out", tmp_path / "chart.png")[0] == 0
    assert stat.S_IMODE((tmp_path / "chart.png").stat().st_mode) == 0o600
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_damaged_diary_as_a_real_process(diary, data_dir, tmp_path):
    damage(diary, "flipped")
    result = subprocess.run(
        [sys.executable, "-m", "diary", "export", str(tmp_path / "x.csv")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "is damaged" in result.stderr


def test_randomly_damaged_diaries_never_crash_a_command_and_are_never_changed(run, tmp_path):
    import random

    fixture = (Path(__file__).parents[1] / "store" / "fixtures" / "diary-0001.sqlite3").read_bytes()
    rng = random.Random(20260615)
    refused = 0
    for attempt in range(40):
        folder = tmp_path / f"d{attempt}"
        folder.mkdir()
        data = bytearray(fixture)
        for _ in range(rng.randint(1, 12)):
            data[rng.randrange(100, len(data))] ^= 1 << rng.randrange(8)  # past the header: not "not a database"
        (folder / DB_FILENAME).write_bytes(bytes(data))
        for command in (["export", folder / "x.json"], ["response"], ["add", "--date", DAY, "--activity", "2"]):
            code, _, err = run(*command, "--data-dir", folder)
            assert code in (0, 1), err
            if code == 1 and "damaged" in err:
                refused += 1
                assert (folder / DB_FILENAME).read_bytes() == bytes(data)
    assert refused > 0
