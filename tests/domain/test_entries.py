"""Daily-entry rules: validation, the dose warning, parsing of user input and merging."""

import datetime as dt

import pytest

from diary.domain.entries import (
    NOTE_MAX_CHARS,
    DailyEntry,
    Severity,
    activity_band,
    dose_warning,
    entry_problems,
    parse_date,
    parse_dose_time,
    parse_severity,
    validate_entry,
)
from diary.domain.errors import ValidationError

TODAY = dt.date(2026, 6, 15)


def entry(**values):
    return DailyEntry(day=values.pop("day", TODAY), **values)


# --- validation ------------------------------------------------------------------------------


def test_a_full_valid_entry_has_no_problems():
    full = entry(
        activity=4,
        dose_mg=4.5,
        dose_taken=True,
        dose_time=dt.time(22, 0),
        note="x" * NOTE_MAX_CHARS,
        side_effects={"headache": Severity.MILD},
    )
    assert entry_problems(full, TODAY, {"headache"}) == []
    validate_entry(full, TODAY, {"headache"})  # does not raise


def test_an_empty_entry_is_valid_and_empty():
    blank = entry()
    assert blank.is_empty
    assert entry_problems(blank, TODAY) == []
    assert not entry(note="x").is_empty
    assert not entry(side_effects={"headache": 0}).is_empty


@pytest.mark.parametrize("activity", [0, 1, 5, 9, 10])
def test_activity_accepts_whole_numbers_0_to_10(activity):
    assert entry_problems(entry(activity=activity), TODAY) == []


@pytest.mark.parametrize("activity", [-1, 11, 100, 5.0, 5.5, True, False, "5"])
def test_activity_rejects_anything_but_whole_numbers_0_to_10(activity):
    problems = entry_problems(entry(activity=activity), TODAY)
    assert len(problems) == 1
    assert problems[0].startswith("activity ")
    assert "0" in problems[0] and "10" in problems[0]


@pytest.mark.parametrize("dose", [0.1, 0.5, 1.5, 4.5, 4.6, 12, 50.0])
def test_dose_accepts_0_1_to_50_mg(dose):
    assert entry_problems(entry(dose_mg=dose), TODAY) == []


@pytest.mark.parametrize("dose", [0.0, 0.09, -1.5, 50.01, 1000, float("nan"), float("inf")])
def test_dose_outside_0_1_to_50_mg_is_rejected(dose):
    problems = entry_problems(entry(dose_mg=dose), TODAY)
    assert len(problems) == 1
    assert "dose" in problems[0] and "0.1 to 50 mg" in problems[0]


def test_dose_warning_only_above_4_5_mg():
    assert dose_warning(None) is None
    assert dose_warning(0.5) is None
    assert dose_warning(4.5) is None
    warning = dose_warning(4.6)
    assert warning is not None and "4.6 mg" in warning and "4.5 mg" in warning
    assert "prescriber" in warning
    # a warning is not a validation problem
    assert entry_problems(entry(dose_mg=6.0), TODAY) == []


def test_note_of_2000_characters_is_the_most_allowed():
    assert entry_problems(entry(note="é" * NOTE_MAX_CHARS), TODAY) == []
    problems = entry_problems(entry(note="a" * (NOTE_MAX_CHARS + 1)), TODAY)
    assert problems == [f"note is {NOTE_MAX_CHARS + 1} characters long; the most allowed is {NOTE_MAX_CHARS}"]


def test_future_dates_are_rejected_today_and_past_accepted():
    assert entry_problems(entry(day=TODAY), TODAY) == []
    assert entry_problems(entry(day=dt.date(2001, 1, 1)), TODAY) == []
    problems = entry_problems(entry(day=TODAY + dt.timedelta(days=1)), TODAY)
    assert len(problems) == 1
    assert "2026-06-16 is in the future" in problems[0]


def test_unknown_side_effects_are_rejected_only_when_a_list_is_given():
    odd = entry(side_effects={"headache": 1, "hiccups": 2})
    assert entry_problems(odd, TODAY) == []
    assert entry_problems(odd, TODAY, {"headache"}) == ["side effect 'hiccups' is not in your side-effect list"]


def test_every_problem_is_listed():
    bad = entry(
        day=TODAY + dt.timedelta(days=3),
        activity=12,
        dose_mg=51,
        note="n" * 2001,
        side_effects={"hiccups": 1, "yawning": 2},
    )
    problems = entry_problems(bad, TODAY, set())
    assert len(problems) == 6
    for word in ("date", "activity", "dose", "note", "'hiccups'", "'yawning'"):
        assert any(word in p for p in problems), word
    with pytest.raises(ValidationError) as caught:
        validate_entry(bad, TODAY, set())
    assert caught.value.problems == problems
    assert str(caught.value) == "\n".join(problems)


def test_validation_error_accepts_one_problem_or_many():
    assert ValidationError("one").problems == ["one"]
    assert ValidationError(["a", "b"]).problems == ["a", "b"]
    assert isinstance(ValidationError("x"), ValueError)


# --- the entry value -------------------------------------------------------------------------


def test_entry_side_effects_are_frozen_severities():
    e = entry(side_effects={"headache": 2, "nausea": 0})
    assert e.side_effects["headache"] is Severity.MODERATE
    with pytest.raises(TypeError):
        e.side_effects["headache"] = Severity.SEVERE  # type: ignore[index]
    assert e.present_side_effects() == ["headache"]
    with pytest.raises(ValueError):
        entry(side_effects={"headache": 4})


def test_source_mapping_changes_do_not_leak_into_the_entry():
    source = {"headache": 1}
    e = entry(side_effects=source)
    source["headache"] = 3
    source["nausea"] = 1
    assert dict(e.side_effects) == {"headache": Severity.MILD}


def test_entries_with_the_same_values_are_equal():
    a = entry(activity=3, side_effects={"headache": 1})
    b = entry(activity=3, side_effects={"headache": Severity.MILD})
    assert a == b
    assert a != entry(activity=3, side_effects={"headache": 2})


def test_severity_labels_and_activity_bands():
    assert [s.label for s in Severity] == ["none", "mild", "moderate", "severe"]
    assert [activity_band(a) for a in range(11)] == (
        ["none"] + ["mild"] * 3 + ["moderate"] * 3 + ["severe"] * 4
    )


# --- merging -------------------------------------------------------------------------------------


def test_merged_with_takes_every_value_the_newer_entry_records():
    old = entry(
        activity=5,
        dose_mg=1.5,
        dose_taken=True,
        dose_time=dt.time(22, 0),
        note="old note",
        side_effects={"headache": 1, "nausea": 2},
    )
    newer = entry(activity=0, dose_taken=False, side_effects={"nausea": 0, "fatigue": 3})
    merged = old.merged_with(newer)
    assert merged == entry(
        activity=0,
        dose_mg=1.5,
        dose_taken=False,
        dose_time=dt.time(22, 0),
        note="old note",
        side_effects={"headache": 1, "nausea": 0, "fatigue": 3},
    )


def test_merged_with_an_empty_entry_changes_nothing():
    old = entry(activity=5, dose_mg=3.0, dose_taken=True, dose_time=dt.time(8, 0), note="n", side_effects={"headache": 2})
    assert old.merged_with(entry()) == old


def test_merged_with_a_full_entry_is_that_entry():
    old = entry(activity=5, note="old")
    new = entry(activity=1, dose_mg=3.0, dose_taken=True, dose_time=dt.time(8, 0), note="new", side_effects={"headache": 2})
    assert old.merged_with(new) == new


def test_merged_with_keeps_the_older_day():
    old = entry(day=dt.date(2026, 1, 1))
    assert old.merged_with(entry(day=dt.date(2026, 1, 2), activity=3)).day == dt.date(2026, 1, 1)


# --- parsing user input ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0", Severity.NONE),
        ("1", Severity.MILD),
        (" 2 ", Severity.MODERATE),
        ("3", Severity.SEVERE),
        (3, Severity.SEVERE),
        ("none", Severity.NONE),
        ("Mild", Severity.MILD),
        ("MODERATE", Severity.MODERATE),
        (" severe", Severity.SEVERE),
    ],
)
def test_parse_severity_accepts_numbers_and_names(text, expected):
    assert parse_severity(text) is expected


@pytest.mark.parametrize("text", ["", "4", "-1", "1.5", "very", "mildly", "10", "one", "²", "٣", "--1"])
def test_parse_severity_rejects_others_saying_what_is_allowed(text):
    with pytest.raises(ValueError, match="0 none, 1 mild, 2 moderate or 3 severe"):
        parse_severity(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("00:00", dt.time(0, 0)), ("08:05", dt.time(8, 5)), ("22:00", dt.time(22, 0)), (" 23:59 ", dt.time(23, 59)),
     ("8:00", dt.time(8, 0)), ("22:00:00", dt.time(22, 0)), ("10:00:00 PM", dt.time(22, 0)),
     ("12:30 am", dt.time(0, 30)), ("12:00:00 PM", dt.time(12, 0))],  # as spreadsheets write times
)
def test_parse_dose_time_accepts_24_hour_hh_mm(text, expected):
    assert parse_dose_time(text) == expected


@pytest.mark.parametrize(
    "text", ["", "24:00", "12:60", "22:00:30", "٢٢:٠٠", "13:00 PM", "0:30 AM", "10pm", "2200", "ab:cd", "-1:00", "12:5"]
)
def test_parse_dose_time_rejects_others(text):
    with pytest.raises(ValueError, match="HH:MM"):
        parse_dose_time(text)


def test_parse_date_accepts_iso_dates():
    assert parse_date("2026-03-01") == dt.date(2026, 3, 1)
    assert parse_date(" 2024-02-29 ") == dt.date(2024, 2, 29)


@pytest.mark.parametrize(
    "text",
    ["", "2026-3-1", "2026-02-30", "2025-02-29", "20260301", "01/03/2026", "2026-03-01T00:00", "2026-W01-1", "yesterday"],
)
def test_parse_date_rejects_anything_but_yyyy_mm_dd(text):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date(text)
