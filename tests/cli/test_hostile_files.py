"""Hostile import files and extreme dates: refused whole, quickly, in a few clear lines (exit 2)."""

import json

import pytest

from diary.store.transfer import MAX_IMPORT_BYTES
from tests.conftest import dump


def export(data: dict) -> str:
    return json.dumps({"format_version": 1, **data})


def refused(run, data_dir, path, *fragments):
    assert run("add", "--date", "2026-01-01", "--activity", "3")[0] == 0
    before = dump(data_dir)
    code, out, err = run("import", path)
    assert code == 2 and out == "", err
    assert all(line.startswith("ldn-diary: ") for line in err.splitlines()) and "Traceback" not in err
    for fragment in fragments:
        assert fragment in err, err
    assert dump(data_dir) == before
    return err


def test_json_nested_100000_deep(run, data_dir, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('{"format_version": 1, "entries": ' + "[" * 100_000 + "]" * 100_000 + "}")
    refused(run, data_dir, path, "nested far too deeply")


@pytest.mark.parametrize("value", ["1" * 31, "1" * 5000, "1e400", "NaN"])
def test_numbers_far_out_of_range(run, data_dir, tmp_path, value):
    path = tmp_path / "year.json"
    path.write_text('{"format_version": 1, "profile": {"diagnosis_year": ' + value + '}, '
                    '"entries": [{"date": "2026-01-02", "dose_mg": ' + value + "}]}")
    refused(run, data_dir, path)


def test_a_huge_note_on_line_2_is_reported_on_line_2(run, data_dir, tmp_path):
    path = tmp_path / "note.csv"
    path.write_text("date,notes\n2026-01-02,\"" + "x" * 1_000_000 + "\"\n")
    refused(run, data_dir, path, "line 2")


def test_a_csv_of_100000_columns(run, data_dir, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("date," + ",".join(f"c{i}" for i in range(100_000)) + "\n")
    refused(run, data_dir, path, "100,001 columns")


def test_a_file_far_larger_than_any_diary(run, data_dir, tmp_path):
    path = tmp_path / "big.csv"
    with open(path, "w") as out:
        out.write("date,activity\n")
        out.write("2026-01-02,3\n" * (MAX_IMPORT_BYTES // 13 + 1))
    refused(run, data_dir, path, "larger than 32 MB")


def test_a_problem_on_every_row_lists_fifty_then_counts_the_rest_up_to_a_point(run, data_dir, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("date,activity\n" + "2026-01-02,99\n" * 10_000)
    err = refused(run, data_dir, path, "… and at least 9,951 more problems: the check stopped at line 5,003")
    assert len(err.splitlines()) == 51


@pytest.mark.parametrize("args", [
    ["response", "--as-of", "9999-12-31"],
    ["chart", "--out", "c.png", "--to", "9999-12-31"],
    ["report", "--out", "r.pdf", "--to", "9999-12-31"],
    ["report", "--out", "r.pdf", "--from", "0001-01-02"],
    ["add", "--date", "1899-12-31", "--activity", "3"],
])
def test_extreme_dates_are_invalid_input(run, tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    assert run("demo")[0] == 0
    code, out, err = run(*args)
    assert code == 2 and out == "" and ("is not allowed" in err or "before 1900" in err)
    assert not (tmp_path / "c.png").exists() and not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize("data, fragment", [
    ({"courses": [{"start": "9999-12-31", "end": "0001-01-01"}]}, "courses[0]"),
    ({"courses": [{"start": "2025-06-01", "end": "2025-05-01"}]}, "before it starts"),
    ({"courses": [{"start": "2025-01-01"}, {"start": "2025-03-01"}]}, "overlap"),
    ({"courses": [{"start": "2025-01-01", "steps": [{"from_day": 10**8, "dose_mg": 1.5}]}]}, "steps start from day 1"),
    ({"medications": [{"name": "x" * 1_000_000, "category": "other"}]}, "the most allowed is 200"),
    ({"medications": [{"name": "", "category": "other"}]}, "needs a name"),
    ({"clinic_results": [{"date": "2025-01-01", "note": "n" * 5000}]}, "the most allowed is 2,000"),
    ({"side_effects": [{"key": "x", "label": "y" * 500}]}, "side_effects[0].label"),
])
def test_json_that_would_break_the_diary_later_is_refused(run, data_dir, tmp_path, data, fragment):
    path = tmp_path / "edited.json"
    path.write_text(export(data))
    refused(run, data_dir, path, fragment)
    assert run("report", "--out", tmp_path / "after.pdf")[0] in (0, 1)  # the diary still works


def test_a_note_with_semicolons_is_quoted_and_neutralised_for_every_spreadsheet(run, data_dir, tmp_path):
    note = "x;=1+2;\t@SUM(A1)"
    assert run("add", "--date", "2026-01-01", "--activity", "3", "--note", note)[0] == 0
    assert run("export", tmp_path / "out.csv")[0] == 0
    row = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()[1]
    assert "\"x;'=1+2;\t'@SUM(A1)\"" in row
    # Split as a ';' spreadsheet that ignores quotes would: no part is a formula.
    assert not any(part.startswith(("=", "+", "-", "@")) for part in row.replace("\t", ";").split(";"))
    fresh = tmp_path / "fresh"
    assert run("import", "--data-dir", fresh, tmp_path / "out.csv")[0] == 0
    assert run("export", "--data-dir", fresh, tmp_path / "again.csv")[0] == 0
    assert (tmp_path / "again.csv").read_bytes() == (tmp_path / "out.csv").read_bytes()
