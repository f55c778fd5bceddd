"""The JSON export: everything round-trips, and a file that is not a diary export is refused with its problems."""

import datetime as dt
import json

import pytest
from hypothesis import given, settings

from diary.domain.entries import DailyEntry
from diary.domain.errors import ValidationError
from diary.domain.side_effects import SideEffect, builtin_side_effects
from diary.domain.snapshot import DiarySnapshot
from diary.domain.treatment import ClinicResult, Course, Medication, MedicationCategory, Profile, Settings, TitrationStep
from diary.store.transfer import JSON_FORMAT_VERSION, format_json, parse_json
from tests.store.strategies import EFFECTS, TODAY, diaries

BUILTINS = builtin_side_effects()


def full_snapshot() -> DiarySnapshot:
    return DiarySnapshot(
        entries=(
            DailyEntry(dt.date(2026, 3, 1), 6, 1.5, True, dt.time(22, 0), "=start", {"vivid_dreams": 2, "brain_fog": 1}),
            DailyEntry(dt.date(2026, 3, 2), dose_mg=1.5, dose_taken=False),
            DailyEntry(dt.date(2026, 3, 3)),
        ),
        side_effects=(*BUILTINS[:3], SideEffect("brain_fog", "Brain Fog", hidden=True)),
        courses=(
            Course(dt.date(2025, 1, 1), dt.date(2025, 1, 20), "drowsiness", (TitrationStep(1, 0.5),)),
            Course(dt.date(2026, 3, 1), steps=(TitrationStep(1, 1.5, dt.time(22, 0)), TitrationStep(15, 3.0))),
        ),
        medications=(Medication("Tramadol", MedicationCategory.OPIOID, dt.date(2026, 1, 1), dt.date(2026, 2, 1)),),
        clinic_results=(ClinicResult(dt.date(2026, 2, 20), 18.0, 2, 24.0, "before LDN"), ClinicResult(dt.date(2026, 5, 20))),
        profile=Profile("Crohn's disease", 2017, "Alex", dt.date(1980, 5, 17)),
        settings=Settings(0.4, 1.5),
    )


def test_json_round_trips_everything():
    snapshot = full_snapshot()
    text = format_json(snapshot)
    data = json.loads(text)
    assert data["format_version"] == JSON_FORMAT_VERSION
    assert {"entries", "side_effects", "courses", "medications", "clinic_results", "profile", "settings"} <= set(data)
    assert data["entries"][0]["date"] == "2026-03-01" and data["entries"][0]["dose_time"] == "22:00"
    assert parse_json(text, TODAY) == snapshot


def test_an_empty_json_export_round_trips():
    assert parse_json(format_json(DiarySnapshot()), TODAY) == DiarySnapshot()
    assert parse_json('{"format_version": 1}', TODAY) == DiarySnapshot()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"format_version": 1,\n "entries": [}', "line 2: not valid JSON"),
        ("", "line 1: not valid JSON"),
        ("[1, 2]", "no 'format_version'"),
        ('{"entries": []}', "no 'format_version'"),
        ('{"format_version": 2}', "format_version 2 is not supported"),
        ('{"format_version": "1"}', "format_version '1' is not supported"),
    ],
)
def test_json_that_is_not_a_diary_export_is_refused(text, message):
    with pytest.raises(ValidationError, match=message):
        parse_json(text, TODAY)


def json_problems(**data) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        parse_json(json.dumps({"format_version": 1, **data}), TODAY)
    return caught.value.problems


def test_json_problems_are_all_listed():
    problems = json_problems(
        side_effects=[{"key": "headache", "label": "Headache"}, {"key": "Not A Key"}],
        entries=[
            {"date": "2026-03-01", "activity": "5", "dose_mg": True, "side_effects": {"headache": 4}},
            {"date": "2026-03-01", "activity": 11, "dose_time": "9pm"},
            {"date": "2027-01-01", "side_effects": {"nausea": 1}},
            {"activity": 3},
            "not an object",
        ],
        courses=[{"start": "2026-03-01", "steps": [{"from_day": 0, "dose_mg": 60}]}, {"end": "2026-04-01"}],
        medications=[{"name": "X", "category": "vitamins"}],
        clinic_results=[{"date": "2026-03-01", "endoscopic_score": 4}],
        profile={"diagnosis_year": "2017"},
        settings={"relative_threshold": "high"},
    )
    expected = [
        "side_effects[1].key",
        "entries[0].activity",
        "entries[0].dose_mg",
        "entries[0].side_effects['headache']",
        "entries[1]: activity 11",
        "entries[1].dose_time",
        "entries[2]: date 2027-01-01 is in the future",
        "side effect 'nausea' is not in your side-effect list",
        "entries[3].date: required",
        "entries[4]: expected an object",
        "a date appears more than once",
        "courses[0]: a step starts on day 0",
        "courses[1].start: required",
        "medications[0].category",
        "clinic_results[0]",
        "profile.diagnosis_year",
        "settings.relative_threshold",
    ]
    for fragment in expected:
        assert any(fragment in p for p in problems), (fragment, problems)


def test_json_booleans_are_not_numbers():
    problems = json_problems(entries=[{"date": "2026-03-01", "activity": True, "side_effects": {}}])
    assert problems == ["entries[0].activity: True has the wrong type"]


@settings(max_examples=150, deadline=None)
@given(diaries)
def test_any_valid_entries_survive_json_unchanged(diary):
    snapshot = DiarySnapshot(entries=tuple(diary), side_effects=tuple(EFFECTS))
    assert parse_json(format_json(snapshot), TODAY) == snapshot
