"""The `ldn-diary` command line contract of SPEC section 4 (window excluded)."""

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from diary import __version__
from diary.domain.entries import DailyEntry, Severity
from diary.services.diary import DiaryService
from diary.store.database import DB_FILENAME, SCHEMA_REVISION
from tests.conftest import dump

# The command uses the real today: every date here is safely in the past.
DAY = "2024-03-10"
DAY_DATE = dt.date(2024, 3, 10)
HEADER = "date,activity,dose_mg,dose_taken,dose_time,notes"


def open_diary(folder: Path) -> DiaryService:
    return DiaryService(folder)


def entries(folder: Path) -> list[DailyEntry]:
    svc = open_diary(folder)
    try:
        return svc.entries.between()
    finally:
        svc.close()


def revision(folder: Path) -> str:
    con = sqlite3.connect(folder / DB_FILENAME)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def stderr_lines(err: str) -> list[str]:
    lines = err.strip().splitlines()
    assert all(line.startswith("ldn-diary: ") for line in lines), lines
    return lines


# --- basics ---------------------------------------------------------------------------------------


def test_version(run):
    code, out, _ = run("--version")
    assert code == 0
    assert out.strip() == f"ldn-diary {__version__}"


def test_an_unknown_command_is_a_usage_error(run):
    code, _, err = run("frobnicate")
    assert code == 2
    assert "invalid choice" in err


def test_a_missing_data_folder_is_created_with_a_migrated_diary(run, data_dir):
    assert not data_dir.exists()
    code, out, _ = run("add", "--date", DAY, "--activity", "4")
    assert code == 0
    assert out.strip() == f"Saved {DAY}."
    assert revision(data_dir) == SCHEMA_REVISION
    assert entries(data_dir) == [DailyEntry(DAY_DATE, activity=4)]


def test_the_environment_chooses_the_data_folder(run, data_dir, monkeypatch, tmp_path):
    elsewhere = tmp_path / "from-env"
    monkeypatch.setenv("LDN_DIARY_DATA_DIR", str(elsewhere))
    assert run("add", "--date", DAY, "--activity", "4")[0] == 0
    assert entries(elsewhere) == [DailyEntry(DAY_DATE, activity=4)]
    assert not data_dir.exists()


@pytest.mark.parametrize("before", [True, False])
def test_data_dir_works_before_or_after_the_command(run, data_dir, tmp_path, before):
    chosen = tmp_path / "chosen folder"
    add = ["add", "--date", DAY, "--activity", "2"]
    args = ["--data-dir", chosen, *add] if before else [*add, "--data-dir", chosen]
    assert run(*args)[0] == 0
    assert entries(chosen) == [DailyEntry(DAY_DATE, activity=2)]
    assert not data_dir.exists()


def test_a_diary_from_a_newer_version_is_refused(run, data_dir):
    open_diary(data_dir).close()
    con = sqlite3.connect(data_dir / DB_FILENAME)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    before = (data_dir / DB_FILENAME).read_bytes()
    code, out, err = run("add", "--date", DAY, "--activity", "4")
    assert code == 1
    assert out == ""
    (line,) = stderr_lines(err)
    assert "newer version" in line and "update the app" in line
    assert (data_dir / DB_FILENAME).read_bytes() == before


def test_a_file_that_is_not_a_diary_is_refused(run, data_dir):
    data_dir.mkdir()
    (data_dir / DB_FILENAME).write_text("not a database")
    code, _, err = run("export", data_dir.parent / "x.csv")
    assert code == 1
    assert "left untouched" in err
    assert (data_dir / DB_FILENAME).read_text() == "not a database"


# --- add --------------------------------------------------------------------------------------------


def test_add_with_every_option(run, data_dir):
    code, _, err = run(
        "add", "--date", DAY, "--activity", "7", "--dose-mg", "1.5", "--taken", "--dose-time", "22:00",
        "--side-effect", "vivid_dreams=2", "--side-effect", "Trouble sleeping (insomnia)=mild", "--note", "=first night",
    )
    assert code == 0, err
    assert err == ""
    assert entries(data_dir) == [
        DailyEntry(DAY_DATE, 7, 1.5, True, dt.time(22, 0), "=first night", {"vivid_dreams": 2, "insomnia": 1})
    ]


def test_add_changes_only_the_given_values(run, data_dir):
    run("add", "--date", DAY, "--activity", "7", "--dose-mg", "1.5", "--taken", "--dose-time", "22:00",
        "--side-effect", "headache=2", "--note", "keep")
    assert run("add", "--date", DAY, "--missed", "--side-effect", "nausea=1")[0] == 0
    assert run("add", "--date", DAY, "--activity", "3")[0] == 0
    assert entries(data_dir) == [
        DailyEntry(DAY_DATE, 3, 1.5, False, dt.time(22, 0), "keep", {"headache": 2, "nausea": 1})
    ]


def test_add_warns_about_a_dose_above_4_5_mg(run, data_dir):
    code, out, err = run("add", "--date", DAY, "--dose-mg", "6")
    assert code == 0
    assert "Saved" in out
    assert "6.0 mg is above 4.5 mg" in err
    assert entries(data_dir)[0].dose_mg == 6.0
    assert "above" not in run("add", "--date", DAY, "--dose-mg", "4.5")[2]


def test_add_reports_every_bad_value_naming_its_option_and_writes_nothing(run, data_dir):
    run("add", "--date", DAY, "--activity", "5")
    before = dump(data_dir)
    code, out, err = run(
        "add", "--date", DAY, "--activity", "eleven", "--dose-mg", "60", "--dose-time", "9pm",
        "--side-effect", "hiccups=1", "--side-effect", "headache=4", "--note", "x" * 2001,
    )
    assert code == 2
    assert out == ""
    lines = stderr_lines(err)
    assert len(lines) == 6
    for option in ("--activity", "--dose-mg", "--dose-time", "--side-effect 'hiccups=1'", "--side-effect headache", "--note"):
        assert sum(option in line for line in lines) == 1, (option, lines)
    assert dump(data_dir) == before


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["--activity", "11"], "--activity"),
        (["--activity", "-1"], "--activity"),
        (["--activity", "2.5"], "--activity"),
        (["--activity=--5"], "--activity"),
        (["--activity", "²"], "--activity"),
        (["--dose-mg", "0"], "--dose-mg"),
        (["--dose-mg", "abc"], "--dose-mg"),
        (["--dose-mg", "nan"], "--dose-mg"),
        (["--dose-time", "24:00"], "--dose-time"),
        (["--side-effect", "headache"], "--side-effect"),
        (["--side-effect", "headache=very"], "--side-effect"),
    ],
)
def test_add_refuses_one_bad_value(run, data_dir, args, option):
    code, _, err = run("add", "--date", DAY, *args)
    assert code == 2
    (line,) = stderr_lines(err)
    assert line.startswith(f"ldn-diary: {option}")
    assert "invalid literal" not in line
    assert entries(data_dir) == []


@pytest.mark.parametrize("date", ["2024-02-30", "10/03/2024", "2999-01-01"])
def test_add_refuses_a_bad_or_future_date(run, data_dir, date):
    code, _, err = run("add", "--date", date, "--activity", "3")
    assert code == 2
    (line,) = stderr_lines(err)
    assert line.startswith("ldn-diary: --date")
    assert entries(data_dir) == []


def test_add_dates_today_by_default_needs_a_value_and_taken_or_missed_not_both(run, data_dir):
    assert run("add", "--activity", "3") == (0, f"Saved {dt.date.today().isoformat()}.\n", "")
    before = dump(data_dir)
    code, out, err = run("add", "--date", DAY)
    assert code == 2 and out == "" and "nothing to save" in err
    assert dump(data_dir) == before  # an empty entry would count the day as recorded
    code, _, err = run("add", "--date", DAY, "--taken", "--missed")
    assert code == 2
    assert "not allowed with argument" in err


# --- import -----------------------------------------------------------------------------------------


def write_csv(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_csv(run, data_dir, tmp_path):
    path = write_csv(tmp_path / "in.csv", HEADER + ",Brain fog", "2024-03-01,6,,,,,", "2024-03-02,5,1.5,yes,22:00,,1")
    code, out, err = run("import", path)
    assert code == 0, err
    assert out.strip() == (
        "2 new days were added and 0 updated; new side effects: Brain fog; treatment course starting 2024-03-02."
    )
    assert [e.day for e in entries(data_dir)] == [dt.date(2024, 3, 1), dt.date(2024, 3, 2)]


def test_import_of_a_bad_csv_lists_every_problem_and_writes_nothing(run, data_dir, tmp_path):
    run("add", "--date", DAY, "--activity", "5")
    before = dump(data_dir)
    path = write_csv(
        tmp_path / "bad.csv",
        HEADER + ",headache",
        "2024-03-01,6,,,,,",
        "2024-03-02,12,1.5,perhaps,,,",
        "2024-03-03,5,,,,,5",
        "2024-03-01,5,,,,,",
    )
    code, out, err = run("import", path)
    assert code == 2
    assert out == ""
    lines = stderr_lines(err)
    assert [line.split(":")[1].strip() for line in lines] == ["line 3", "line 3", "line 4", "line 5"]
    assert "activity '12'" in lines[0] and "dose_taken 'perhaps'" in lines[1]
    assert dump(data_dir) == before


def test_import_dry_run_writes_nothing(run, data_dir, tmp_path):
    run("add", "--date", DAY, "--activity", "5")
    before = dump(data_dir)
    path = write_csv(tmp_path / "in.csv", HEADER, f"{DAY},3,,,,", "2024-03-11,3,1.5,yes,,")
    code, out, _ = run("import", path, "--dry-run")
    assert code == 0
    assert out.strip() == (
        "1 new day would be added and 1 updated; treatment course starting 2024-03-11. Nothing was written (dry run)."
    )
    assert dump(data_dir) == before


def test_import_of_a_missing_file(run, tmp_path):
    code, _, err = run("import", tmp_path / "missing.csv")
    assert code == 2
    assert "no such file" in err


def test_export_and_import_json(run, data_dir, tmp_path):
    assert run("demo")[0] == 0
    path = tmp_path / "all.json"
    code, out, _ = run("export", path)
    assert code == 0
    count = len(entries(data_dir))
    assert out.strip() == f"Exported {count} days to {path}."
    other = tmp_path / "other"
    code, out, _ = run("--data-dir", other, "import", path)
    assert code == 0
    assert out.startswith(f"{count} new days were added and 0 updated")
    first, second = open_diary(data_dir), open_diary(other)
    try:
        assert second.transfer.snapshot() == first.transfer.snapshot()
    finally:
        first.close()
        second.close()


def test_import_of_a_bad_json_file(run, data_dir, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format_version": 1, "entries": [{"date": "2024-03-01", "activity": 99}]}))
    code, _, err = run("import", path)
    assert code == 2
    (line,) = stderr_lines(err)
    assert "entries[0]: activity 99" in line
    assert entries(data_dir) == []


# --- export -----------------------------------------------------------------------------------------


def test_export_csv(run, data_dir, tmp_path):
    run("add", "--date", DAY, "--activity", "5", "--side-effect", "headache=1", "--note", "@ home")
    path = tmp_path / "out.csv"
    code, out, _ = run("export", path)
    assert code == 0
    assert out.strip() == f"Exported 1 day to {path}."
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith(HEADER + ",vivid_dreams,headache")
    assert lines[1].startswith(f"{DAY},5,,,,'@ home,,1,")


@pytest.mark.parametrize("name", ["out.txt", "out", "out.xlsx"])
def test_export_to_a_bad_name_is_refused(run, tmp_path, name):
    code, out, err = run("export", tmp_path / name)
    assert code == 2
    assert out == ""
    assert ".csv or .json" in err
    assert not (tmp_path / name).exists()


def test_export_into_a_missing_folder(run, tmp_path):
    code, _, err = run("export", tmp_path / "nowhere" / "out.csv")
    assert code == 2
    assert "no such folder" in err


# --- demo -------------------------------------------------------------------------------------------


def test_demo_fills_once_and_then_refuses(run, data_dir):
    code, out, _ = run("demo")
    assert code == 0
    assert out.startswith(f"Filled {data_dir} with a sample diary of ")
    before = dump(data_dir)
    code, out, err = run("demo")
    assert code == 2
    assert out == ""
    (line,) = stderr_lines(err)
    assert "the demo only fills an empty data folder" in line
    assert dump(data_dir) == before


# --- as a real process ------------------------------------------------------------------------------


def ldn_diary(*args) -> subprocess.CompletedProcess:
    """`python -m diary ...` in a child process (the installed script may live in another venv)."""
    return subprocess.run(
        [sys.executable, "-m", "diary", *map(str, args)], capture_output=True, text=True, timeout=120
    )


def test_version_as_a_process():
    result = ldn_diary("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"ldn-diary {__version__}"


def test_add_import_and_refusals_as_a_process(data_dir, tmp_path):
    ok = ldn_diary("add", "--date", DAY, "--activity", "4", "--dose-mg", "5", "--side-effect", "headache=severe")
    assert ok.returncode == 0, ok.stderr
    assert "above 4.5 mg" in ok.stderr
    assert entries(data_dir) == [DailyEntry(DAY_DATE, activity=4, dose_mg=5.0, side_effects={"headache": Severity.SEVERE})]

    bad = write_csv(tmp_path / "bad.csv", HEADER, "2024-03-01,x,,,,", "2024-03-02,,99,,,")
    result = ldn_diary("import", bad, "--data-dir", data_dir)
    assert result.returncode == 2
    assert result.stdout == ""
    assert [line.split(":")[1].strip() for line in stderr_lines(result.stderr)] == ["line 2", "line 3"]

    con = sqlite3.connect(data_dir / DB_FILENAME)
    with con:
        con.execute("UPDATE alembic_version SET version_num = 'ffff'")
    con.close()
    newer = ldn_diary("export", tmp_path / "x.csv")
    assert newer.returncode == 1
    assert "newer version" in newer.stderr
    assert "Traceback" not in newer.stderr


def test_a_misspelled_column_names_the_likely_one_and_can_be_added_on_purpose(run, data_dir, tmp_path):
    path = write_csv(tmp_path / "typo.csv", "date,activity,headach", "2024-03-01,4,2")
    code, _out, err = run("import", path)
    assert code == 2 and "column 'headach': did you mean 'headache'?" in err and "--new-side-effects" in err
    assert run("import", path, "--new-side-effects")[0] == 0
    assert "Headach" in [e.label for e in DiaryService(data_dir).entries.side_effects()]


def test_a_semicolon_csv_with_day_first_dates_and_decimal_commas_imports(run, data_dir, tmp_path):
    path = write_csv(tmp_path / "de.csv", "Date;Activity;Dose_mg;Dose_taken;Dose_time", "01.03.2024;4;4,5;ja;8:00",
                     "13.03.2024;3;1,5;nein;22:00:00")
    assert run("import", path)[0] == 0
    entries = DiaryService(data_dir).entries.between()
    assert [(e.day.isoformat(), e.dose_mg, e.dose_taken, e.dose_time.hour) for e in entries] == [
        ("2024-03-01", 4.5, True, 8), ("2024-03-13", 1.5, False, 22)]
