"""Importing and exporting through the service: all or nothing, merging, courses, round trips."""

import datetime as dt
import json
import os
import stat
from dataclasses import replace

import pytest

from diary.domain.entries import DailyEntry
from diary.domain.errors import ValidationError
from diary.domain.side_effects import SideEffect, builtin_side_effects
from diary.domain.treatment import Course, Profile, Settings
from diary.store.database import DB_FILENAME
from diary.store.transfer import format_json
from tests.conftest import dump

HEADER = "date,activity,dose_mg,dose_taken,dose_time,notes"


@pytest.fixture
def write(tmp_path):
    """Write a file to import; returns its path."""

    def write_file(name: str, *lines: str) -> object:
        path = tmp_path / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    return write_file


def fill(service) -> None:
    """A small diary with a little of everything the CSV carries."""
    service.entries.add_side_effect("Brain fog")
    service.entries.save(DailyEntry(dt.date(2026, 5, 1), activity=6, note="baseline", side_effects={"fatigue": 2}))
    service.entries.save(
        DailyEntry(dt.date(2026, 5, 2), 5, 1.5, True, dt.time(22, 0), "=first dose, +1 @home", {"vivid_dreams": 3, "brain_fog": 1})
    )
    service.entries.save(DailyEntry(dt.date(2026, 5, 3), 4, 1.5, False, None, "-missed\nnext line", {"vivid_dreams": 0}))
    service.entries.save(DailyEntry(dt.date(2026, 5, 5), 3, 1.234567, True, dt.time(8, 5), "'=not a formula"))


# --- CSV import -----------------------------------------------------------------------------------


def test_import_csv_adds_days_side_effects_and_a_course(service, write):
    path = write(
        "diary.csv",
        HEADER + ",vivid dreams,Hot flushes",
        "2026-05-01,6,,,,before LDN,,",
        "2026-05-02,6,1.5,yes,22:00,,2,1",
        "2026-05-03,5,1.5,yes,22:00,,1,",
    )
    result = service.transfer.import_file(path)
    assert (result.added, result.updated) == (3, 0)
    assert result.new_side_effects == ("Hot flushes",)
    assert result.course_started == dt.date(2026, 5, 2)
    assert not result.dry_run
    assert result.change.days == {dt.date(2026, 5, 1), dt.date(2026, 5, 2), dt.date(2026, 5, 3)}
    assert result.change.side_effects and result.change.treatment
    assert result.summary() == (
        "3 new days were added and 0 updated; new side effects: Hot flushes; "
        "treatment course starting 2026-05-02."
    )
    assert service.entries.side_effects()[-1] == SideEffect("hot_flushes", "Hot flushes")
    assert service.treatment.courses() == [Course(dt.date(2026, 5, 2))]
    assert service.entries.get(dt.date(2026, 5, 2)) == DailyEntry(
        dt.date(2026, 5, 2), 6, 1.5, True, dt.time(22, 0), "", {"vivid_dreams": 2, "hot_flushes": 1}
    )


def test_a_file_with_one_bad_row_changes_nothing(service, write):
    fill(service)
    before_rows, before_snapshot = dump(service.data_dir), service.transfer.snapshot()
    db_path = service.data_dir / DB_FILENAME
    before_bytes = db_path.read_bytes()
    rows = [f"2026-04-{d:02d},3,1.5,yes,22:00,fine,1" for d in range(1, 29)]
    rows[17] = "2026-04-18,3,1.5,yes,22:00,fine,7"  # line 19 (after the header): severity 7
    path = write("bad.csv", HEADER + ",Night sweats", *rows, "2026-05-01,2,,,,,")
    with pytest.raises(ValidationError) as caught:
        service.transfer.import_file(path)
    assert caught.value.problems == [
        "line 19: column 'Night sweats': '7' is not allowed; use a severity 0 none, 1 mild, 2 moderate or 3 severe, or leave it empty"
    ]
    assert dump(service.data_dir) == before_rows
    assert service.transfer.snapshot() == before_snapshot
    assert db_path.read_bytes() == before_bytes


def test_import_lists_every_problem_of_the_file(service, write):
    path = write("bad.csv", HEADER, "2026-05-01,11,,,,", "2026-05-02,,0,,,", "2026-05-02,,,,25:61,", "2099-01-01,,,,,")
    with pytest.raises(ValidationError) as caught:
        service.transfer.import_file(path)
    lines = [p.split(":")[0] for p in caught.value.problems]
    assert lines == ["line 2", "line 3", "line 4", "line 4", "line 5"]
    assert service.entries.count() == 0
    assert service.treatment.courses() == []


def test_import_updates_existing_days_with_non_empty_values_only(service, write):
    day = dt.date(2026, 5, 2)
    service.entries.save(DailyEntry(day, 6, 1.5, True, dt.time(22, 0), "keep this note", {"headache": 2, "nausea": 1}))
    path = write(
        "update.csv",
        HEADER + ",headache,nausea,fatigue",
        "2026-05-02,3,,,,,0,,2",
        "2026-05-03,4,,,,new day,,,",
    )
    result = service.transfer.import_file(path)
    assert (result.added, result.updated) == (1, 1)
    assert service.entries.get(day) == DailyEntry(
        day, 3, 1.5, True, dt.time(22, 0), "keep this note", {"headache": 0, "nausea": 1, "fatigue": 2}
    )
    assert service.entries.get(dt.date(2026, 5, 3)) == DailyEntry(dt.date(2026, 5, 3), activity=4, note="new day")


def test_the_first_dose_taken_starts_the_course(service, write):
    path = write(
        "doses.csv",
        HEADER,
        "2026-05-05,4,1.5,yes,22:00,",
        "2026-05-01,6,,,,",
        "2026-05-02,6,1.5,no,,",
        "2026-05-03,6,,yes,,",
    )
    assert service.transfer.import_file(path).course_started == dt.date(2026, 5, 3)
    assert service.treatment.courses() == [Course(dt.date(2026, 5, 3))]


def test_a_dose_with_taken_left_empty_starts_the_course(service, write):
    path = write("doses.csv", HEADER, "2026-05-01,6,,,,", "2026-05-02,6,1.5,,,")
    assert service.transfer.import_file(path).course_started == dt.date(2026, 5, 2)


def test_no_course_without_a_dose(service, write):
    result = service.transfer.import_file(write("no-dose.csv", HEADER, "2026-05-01,6,,,,", "2026-05-02,5,1.5,no,,"))
    assert result.course_started is None
    assert service.treatment.courses() == []
    assert "course" not in result.summary()


def test_an_existing_course_is_kept(service, write):
    service.transfer.import_file(write("first.csv", HEADER, "2026-04-01,6,1.5,yes,,"))
    result = service.transfer.import_file(write("second.csv", HEADER, "2026-05-01,6,1.5,yes,,"))
    assert result.course_started is None
    assert service.treatment.courses() == [Course(dt.date(2026, 4, 1))]


def test_a_dry_run_writes_nothing(service, write):
    service.entries.save(DailyEntry(dt.date(2026, 5, 1), activity=6, note="baseline, no dose yet: no course"))
    before = dump(service.data_dir)
    path = write("dry.csv", HEADER + ",Night sweats", "2026-05-01,1,,,,,1", "2026-04-20,2,1.5,yes,,,")
    result = service.transfer.import_file(path, dry_run=True)
    assert (result.added, result.updated, result.dry_run) == (1, 1, True)
    assert result.new_side_effects == ("Night sweats",)
    assert result.course_started == dt.date(2026, 4, 20)
    assert result.summary() == (
        "1 new day would be added and 1 updated; new side effects: Night sweats; "
        "treatment course starting 2026-04-20. Nothing was written (dry run)."
    )
    assert dump(service.data_dir) == before


def test_a_dry_run_of_a_bad_file_lists_the_problems(service, write):
    with pytest.raises(ValidationError, match="line 2: activity"):
        service.transfer.import_file(write("bad.csv", HEADER, "2026-05-01,eleven,,,,"), dry_run=True)


def test_import_of_a_missing_or_empty_file(service, tmp_path):
    with pytest.raises(ValidationError, match="no such file"):
        service.transfer.import_file(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="the file is empty"):
        service.transfer.import_file(empty)
    assert service.entries.count() == 0


# --- JSON import ------------------------------------------------------------------------------------


def test_a_json_export_is_recognised_by_its_content(service, other_service, tmp_path):
    fill(service)
    path = tmp_path / "backup.txt"
    path.write_text(format_json(service.transfer.snapshot()), encoding="utf-8")
    result = other_service.transfer.import_file(path)
    assert result.added == 4
    assert other_service.transfer.snapshot() == service.transfer.snapshot()


def test_importing_the_same_json_twice_duplicates_nothing(service, other_service, tmp_path):
    service.transfer.fill_demo()
    path = tmp_path / "diary.json"
    service.transfer.export_file(path)
    other_service.transfer.import_file(path)
    result = other_service.transfer.import_file(path)
    assert result.added == 0 and result.updated == len(service.transfer.snapshot().entries)
    assert other_service.transfer.snapshot() == service.transfer.snapshot()


def test_a_bad_json_file_changes_nothing(service, tmp_path):
    fill(service)
    before = dump(service.data_dir)
    data = json.loads(format_json(service.transfer.snapshot()))
    data["entries"][-1]["activity"] = 42
    data["profile"]["condition"] = "Changed"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationError, match=r"entries\[3\]: activity 42"):
        service.transfer.import_file(path)
    assert dump(service.data_dir) == before


def test_a_json_dry_run_writes_nothing(service, other_service, tmp_path):
    service.transfer.fill_demo()
    path = tmp_path / "diary.json"
    service.transfer.export_file(path)
    before = dump(other_service.data_dir)
    result = other_service.transfer.import_file(path, dry_run=True)
    assert result.dry_run and result.added == len(service.transfer.snapshot().entries)
    assert dump(other_service.data_dir) == before


# --- export ---------------------------------------------------------------------------------------


def test_export_csv_then_import_into_an_empty_diary_gives_the_same_diary(service, other_service, tmp_path, write):
    # A course that starts on the first dose is what CSV can carry: make the source diary that way.
    service.transfer.import_file(write("start.csv", HEADER, "2026-04-30,7,1.5,yes,22:00,"))
    fill(service)
    path = tmp_path / "export.csv"
    assert service.transfer.export_file(path) == 5
    result = other_service.transfer.import_file(path)
    assert result.added == 5
    assert result.new_side_effects == ("Brain fog",)
    assert other_service.transfer.snapshot() == service.transfer.snapshot()


def test_export_json_after_the_demo_then_import_gives_the_same_diary(service, other_service, tmp_path):
    service.transfer.fill_demo()
    service.entries.add_side_effect("Brain fog")
    service.entries.set_side_effect_hidden("palpitations", True)
    path = tmp_path / "export.json"
    count = service.transfer.export_file(path)
    assert count == len(service.transfer.snapshot().entries) > 80
    other_service.transfer.import_file(path)
    assert other_service.transfer.snapshot() == service.transfer.snapshot()
    # and the file holds everything, under format_version
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format_version"] == 1
    assert data["courses"][0]["steps"][0] == {"from_day": 1, "dose_mg": 1.5, "time": "22:00"}
    assert data["profile"]["condition"] == "Crohn's disease"
    assert data["settings"] == {"relative_threshold": 0.3, "absolute_threshold": 1.0}


def test_export_csv_after_the_demo_then_import_gives_the_same_entries(service, other_service, tmp_path):
    service.transfer.fill_demo()
    path = tmp_path / "Export.CSV"
    service.transfer.export_file(path)
    other_service.transfer.import_file(path)
    source, copy = service.transfer.snapshot(), other_service.transfer.snapshot()
    assert copy.entries == source.entries
    assert copy.side_effects == source.side_effects
    # CSV carries no titration plan: the course starts on the first dose taken
    assert [c.start for c in copy.courses] == [c.start for c in source.courses]


def test_json_import_keeps_profile_and_settings(service, other_service, tmp_path):
    snapshot = service.transfer.snapshot()
    path = tmp_path / "x.json"
    path.write_text(
        format_json(replace(snapshot, profile=Profile("Lupus", 2015), settings=Settings(0.5, 2.0))), encoding="utf-8"
    )
    other_service.transfer.import_file(path)
    assert other_service.treatment.profile() == Profile("Lupus", 2015)
    assert other_service.transfer.snapshot().settings == Settings(0.5, 2.0)


def test_export_file_is_private_and_complete(service, tmp_path):
    fill(service)
    path = tmp_path / "diary.csv"
    path.write_text("old contents")
    service.transfer.export_file(path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("date,activity,dose_mg,dose_taken,dose_time,notes,vivid_dreams,")
    assert "'=first dose, +1 @home" in text
    assert "''=not a formula" in text
    assert "1.234567" in text
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("name", ["diary.txt", "diary.pdf", "diary", "diary.csv.bak"])
def test_export_needs_a_csv_or_json_name(service, tmp_path, name):
    with pytest.raises(ValidationError, match=r"\.csv or \.json"):
        service.transfer.export_file(tmp_path / name)
    assert not (tmp_path / name).exists()


def test_export_into_a_missing_folder_is_refused(service, tmp_path):
    with pytest.raises(ValidationError, match="no such folder"):
        service.transfer.export_file(tmp_path / "nowhere" / "diary.csv")


def test_an_empty_diary_exports_a_header_only(service, tmp_path):
    path = tmp_path / "empty.csv"
    assert service.transfer.export_file(path) == 0
    assert path.read_text(encoding="utf-8").splitlines() == [
        HEADER + "," + ",".join(e.key for e in builtin_side_effects())
    ]
