"""A full disk never reports success: every file the app writes is whole, or the old one stays."""

import pytest

from tests.cli.conftest import fill_up


@pytest.fixture
def demo_dir(run, tmp_path):
    folder = tmp_path / "demo"
    assert run("demo", "--data-dir", folder)[0] == 0
    return folder


@pytest.mark.parametrize("command, name", [
    (["report", "--out"], "summary.pdf"),
    (["chart", "--out"], "chart.png"),
    (["chart", "--out"], "chart.svg"),
    (["export"], "diary.csv"),
    (["export"], "diary.json"),
    (["backup", "--out"], "copy.sqlite3"),
])
@pytest.mark.parametrize("old", [None, b"the good old file"])
def test_a_full_disk_leaves_the_old_file_and_says_so(run, demo_dir, full_disk, command, name, old):
    target = full_disk / name
    if old is not None:
        target.write_bytes(old)
    fill_up(full_disk)
    code, out, err = run(*command, target, "--data-dir", demo_dir)
    assert (code, out) == (1, "")
    assert "disk is full" in err and "Traceback" not in err
    assert sorted(p.name for p in full_disk.iterdir()) == sorted(["filler", *([name] if old else [])])
    if old is not None:
        assert target.read_bytes() == old


def test_a_diary_on_a_full_disk_refuses_the_change_and_keeps_every_day(run, full_disk):
    folder = full_disk / "data"
    assert run("add", "--data-dir", folder, "--date", "2026-01-01", "--activity", "4")[0] == 0
    fill_up(full_disk)
    code, _, err = run("add", "--data-dir", folder, "--date", "2026-01-02", "--activity", "5", "--note", "x" * 1900)
    assert code == 1 and "disk is full" in err
    (full_disk / "filler").unlink()
    code, out, _ = run("export", "--data-dir", folder, full_disk / "out.csv")
    assert (code == 0 and "Exported 1 days" in out) or "Exported 1 day" in out
