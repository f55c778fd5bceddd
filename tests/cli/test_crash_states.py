"""What a crash at the wrong moment leaves behind never makes a diary look lost, nor starts it afresh."""

import shutil

import pytest

from diary.store.database import DB_FILENAME
from tests.cli.conftest import needs_strace, run_killed, run_process

pytestmark = needs_strace


def journal_of(folder):
    return folder / f"{DB_FILENAME}-journal"


def test_a_kill_that_leaves_a_hot_journal_is_recovered_not_called_damage(run, tmp_path):
    # A restored diary is a rollback-journal file until its first command turns it to WAL:
    # a kill then leaves a -journal that a read-only check cannot roll back.
    prepared = tmp_path / "prepared"
    assert run("demo", "--data-dir", prepared)[0] == 0
    assert run("backup", "--data-dir", prepared, "--out", tmp_path / "copy.sqlite3")[0] == 0
    assert run("restore", "--data-dir", prepared, tmp_path / "copy.sqlite3")[0] == 0
    hot = 0
    for when in range(1, 13):
        folder = tmp_path / f"killed-{when}"
        shutil.copytree(prepared, folder)
        db = folder / DB_FILENAME
        killed = run_killed(["add", "--data-dir", folder, "--date", "2000-01-01", "--activity", "3"],
                            "write,pwrite64,fsync,fdatasync", when, [db, journal_of(folder)])
        if killed.returncode != -9 or not journal_of(folder).is_file() or not journal_of(folder).stat().st_size:
            continue
        hot += 1
        exported = run_process("export", "--data-dir", folder, tmp_path / f"out-{when}.csv")
        assert exported.returncode == 0, exported.stderr
        assert exported.stdout.startswith("Exported 9"), exported.stdout  # the demo's 90-odd days, every one
        assert run_process("add", "--data-dir", folder, "--date", "2000-01-02", "--activity", "2").returncode == 0
    assert hot  # the kills did leave a hot journal, so the test could fail


def test_a_diary_whose_wal_was_deleted_after_a_crash_is_refused_never_started_again(tmp_path):
    folder = tmp_path / "data"
    db = folder / DB_FILENAME
    # The demo is killed at its first write into the diary file itself: the checkpoint while
    # closing. Until then every day lives only in diary.sqlite3-wal.
    killed = run_killed(["demo", "--data-dir", folder], "write,pwrite64", 1, [db])
    assert killed.returncode == -9
    (folder / f"{DB_FILENAME}-wal").unlink()
    before = db.read_bytes()
    for args in (["export", tmp_path / "out.csv"], ["add", "--date", "2000-01-01", "--activity", "3"], ["demo"]):
        result = run_process(*args, "--data-dir", folder)
        assert result.returncode == 1, result.stdout
        assert "has lost its newest changes" in result.stderr and "Exported" not in result.stdout
    assert db.read_bytes() == before and not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("leftover", [b"", None])
def test_only_a_missing_file_starts_a_new_diary(run, data_dir, leftover):
    data_dir.mkdir()
    if leftover is not None:
        (data_dir / DB_FILENAME).write_bytes(leftover)
        code, _out, err = run("export", data_dir / "out.csv")
        assert code == 1 and "holds no diary" in err and "delete" in err
        assert (data_dir / DB_FILENAME).read_bytes() == leftover
    else:
        assert run("export", data_dir / "out.csv")[:2] == (0, "Exported 0 days to " + str(data_dir / "out.csv") + ".\n")
