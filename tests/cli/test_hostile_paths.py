"""Paths an attacker can prepare: a device as the output, a shared folder, a planted link."""

import os
import stat

import pytest

from diary.store.database import DB_FILENAME
from diary.store.lock import LOCK_FILENAME

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX owners, modes and links")
needs_root = pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="needs root (another user's folder, /dev/full)")


@needs_root
def test_backup_out_never_replaces_a_device(run, data_dir):
    assert run("add", "--date", "2026-01-01", "--activity", "3")[0] == 0
    code, out, err = run("backup", "--out", "/dev/full")
    assert code == 1 and out == "" and "not a regular file" in err
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@needs_root
def test_a_folder_of_another_user_with_a_planted_lock_link_is_refused(run, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    shared = tmp_path / "ldn-demo"
    shared.mkdir()
    (shared / LOCK_FILENAME).symlink_to(victim)
    shared.chmod(0o777)
    os.chown(shared, 65534, 65534)  # nobody's
    code, _out, err = run("demo", "--data-dir", shared)
    assert code == 1 and "belongs to another user" in err
    assert victim.read_text() == "precious" and not (shared / DB_FILENAME).exists()


@posix_only
def test_a_folder_others_may_write_in_is_refused(run, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "notes.txt").write_text("not ours")
    shared.chmod(0o777)
    code, _, err = run("add", "--data-dir", shared, "--date", "2026-01-01", "--activity", "3")
    assert code == 1 and "can be changed by other users" in err and "chmod go-w" in err
    assert not (shared / DB_FILENAME).exists()


@posix_only
def test_a_lock_file_that_is_a_link_is_never_followed(run, data_dir, tmp_path):
    assert run("add", "--date", "2026-01-01", "--activity", "3")[0] == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (data_dir / LOCK_FILENAME).unlink()
    (data_dir / LOCK_FILENAME).symlink_to(victim)
    code, _, err = run("add", "--date", "2026-01-02", "--activity", "4")
    assert code == 1 and "is a link, not the app's lock file" in err
    assert victim.read_text() == "precious"
