"""Reading patients' exports for the cohort (docs/cohort.md): bad files are named and skipped, nothing is written."""

from __future__ import annotations

import json
import os

from diary.domain.entries import DailyEntry
from diary.services.cohort import read_cohort
from diary.services.demo_cohort import demo_cohort, write_demo_cohort
from tests.conftest import TODAY


def test_the_demo_cohort_reproduces_the_study_s_table(tmp_path):
    write_demo_cohort(tmp_path / "cohort", TODAY)
    cohort = read_cohort([tmp_path / "cohort"], TODAY)
    rows = {row: (c.count, c.percent) for row, c in cohort.table.everyone.rows.items()}
    assert cohort.table.everyone.n == 47 and len(cohort.read) == 47 and not cohort.skipped
    assert rows == {"response": (35, 74.5), "long_lasting": (12, 25.5), "short_lived": (23, 48.9),
                    "non_response": (12, 25.5), "undecided": (0, 0.0)}
    assert [(g.name, g.n) for g in cohort.table.by_condition] == [("Crohn's disease", 28), ("Ulcerative colitis", 19)]
    assert {key: n for key, _, n in cohort.table.side_effects} == {"vivid_dreams": 4, "drowsiness": 2, "headache": 1}
    assert cohort.table.stopped_early == (("drowsiness", 2),)
    assert all(o.stop_day == 14 for o in cohort.table.outcomes if o.stopped_early)


def test_the_demo_cohort_is_the_same_every_time_and_ends_before_today():
    first, again = demo_cohort(TODAY), demo_cohort(TODAY)
    assert first == again
    assert max(e.day for d in first for e in d.entries) < TODAY
    assert all(d.profile.name == "" and d.profile.date_of_birth is None for d in first)  # nobody's name


def test_the_demo_cohort_will_not_write_over_exports(tmp_path):
    folder = tmp_path / "cohort"
    write_demo_cohort(folder, TODAY)
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    try:
        write_demo_cohort(folder, TODAY)
    except ValueError as exc:
        assert "already holds patient-01.json" in str(exc)
    else:
        raise AssertionError("a second demo cohort wrote over the first")
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before


def test_each_bad_file_is_skipped_with_its_reason_and_the_rest_are_read(tmp_path, service):
    service.entries.save(DailyEntry(TODAY, activity=4, dose_mg=1.5, dose_taken=True))
    good = tmp_path / "good.json"
    service.transfer.export_file(good)
    newer = json.loads(good.read_text(encoding="utf-8")) | {"format_version": 2}
    files = {
        "newer.json": json.dumps(newer),
        "notes.json": '{"shopping": ["milk"]}',
        "broken.json": '{"format_version": 1, "entries": [',
        "wrong.json": json.dumps({"format_version": 1, "entries": [{"date": "2026-01-01", "activity": 11}]}),
        "binary.json": b"\xff\xfe\x00",
    }
    for name, content in files.items():
        path = tmp_path / name
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")
    (tmp_path / "readme.txt").write_text("not looked at: only .json files of a folder are", encoding="utf-8")
    cohort = read_cohort([tmp_path, tmp_path / "gone.json"], TODAY)
    reasons = {s.path.name: s.reason for s in cohort.skipped}
    assert [p.name for p in cohort.read] == ["good.json"]
    assert set(reasons) == {"newer.json", "notes.json", "broken.json", "wrong.json", "binary.json", "gone.json"}
    assert "newer LDN Diary" in reasons["newer.json"] and "format_version 2" in reasons["newer.json"]
    assert "not an LDN Diary export" in reasons["notes.json"]
    assert "not valid JSON" in reasons["broken.json"]
    assert "activity 11" in reasons["wrong.json"]
    assert "not UTF-8" in reasons["binary.json"]
    assert reasons["gone.json"] == "no such file or folder"
    assert cohort.table.everyone.n == 1


def test_an_export_without_a_course_is_read_but_not_counted(tmp_path, service):
    service.entries.save(DailyEntry(TODAY, activity=4))  # no dose: no course
    service.transfer.export_file(tmp_path / "nocourse.json")
    cohort = read_cohort([tmp_path / "nocourse.json"], TODAY)
    assert len(cohort.read) == 1 and cohort.table.everyone.n == 0
    assert [(s.path.name, s.reason) for s in cohort.not_counted] == [("nocourse.json", "no LDN course yet")]


def test_reading_writes_nothing(tmp_path):
    write_demo_cohort(tmp_path, TODAY)
    before = sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in tmp_path.iterdir())
    read_cohort([tmp_path], TODAY)
    assert sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in tmp_path.iterdir()) == before
    assert oct(os.stat(tmp_path / "patient-01.json").st_mode & 0o777) == "0o600"

