"""The CSV of SPEC section 5: parsing rules, problems, escaping and round trips (the JSON export: test_json_transfer)."""

import csv
import datetime as dt
import io
import os
import stat

import pytest
from hypothesis import given, settings

from diary.domain.entries import DailyEntry, Severity
from diary.domain.errors import ValidationError
from diary.domain.side_effects import SideEffect, builtin_side_effects
from diary.store.transfer import (
    CSV_FIXED_COLUMNS,
    escape_formula,
    format_csv,
    parse_csv,
    read_text,
    unescape_formula,
    write_atomically,
)
from tests.store.strategies import EFFECTS, KEYS, TODAY, diaries

BUILTINS = builtin_side_effects()
HEADER = "date,activity,dose_mg,dose_taken,dose_time,notes"


def csv_text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def parse(text: str, effects=EFFECTS):
    return parse_csv(text, list(effects), TODAY)


def problems_of(text: str, effects=EFFECTS) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        parse(text, effects)
    return caught.value.problems


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


# --- parsing CSV ---------------------------------------------------------------------------------


def test_a_full_row_is_parsed():
    content = parse(
        csv_text(
            HEADER + ",vivid_dreams,headache,brain_fog",
            "2026-03-01,6,1.5,yes,22:00,Started LDN,2,0,1",
            "2026-03-02,,,no,,,,,",
        )
    )
    assert content.new_side_effects == ()
    assert content.entries == (
        DailyEntry(
            dt.date(2026, 3, 1),
            activity=6,
            dose_mg=1.5,
            dose_taken=True,
            dose_time=dt.time(22, 0),
            note="Started LDN",
            side_effects={"vivid_dreams": 2, "headache": 0, "brain_fog": 1},
        ),
        DailyEntry(dt.date(2026, 3, 2), dose_taken=False),
    )


def test_headers_match_case_insensitively_with_spaces_and_underscores_alike():
    content = parse(
        csv_text(
            "DATE, Activity ,Dose MG,dose Taken,DOSE_TIME,Notes,Vivid Dreams,ABDOMINAL pain,brain  fog",
            "2026-03-01,3,4.5,YES,08:00,ok,1,2,3",
        )
    )
    assert content.entries == (
        DailyEntry(
            dt.date(2026, 3, 1),
            activity=3,
            dose_mg=4.5,
            dose_taken=True,
            dose_time=dt.time(8, 0),
            note="ok",
            side_effects={"vivid_dreams": 1, "abdominal_pain": 2, "brain_fog": 3},
        ),
    )
    assert content.new_side_effects == ()


def test_a_side_effect_column_may_use_the_label():
    content = parse(csv_text("date,Trouble sleeping (insomnia)", "2026-03-01,2"))
    assert dict(content.entries[0].side_effects) == {"insomnia": Severity.MODERATE}


def test_only_the_date_column_is_required_and_columns_can_be_in_any_order():
    content = parse(csv_text("headache,date", "1,2026-03-01", ",2026-03-02"))
    assert content.entries == (
        DailyEntry(dt.date(2026, 3, 1), side_effects={"headache": 1}),
        DailyEntry(dt.date(2026, 3, 2)),
    )


def test_severity_names_are_accepted():
    content = parse(csv_text("date,headache,nausea", "2026-03-01,mild,Severe"))
    assert dict(content.entries[0].side_effects) == {"headache": Severity.MILD, "nausea": Severity.SEVERE}


def test_unknown_columns_become_new_side_effects():
    content = parse(csv_text("date,Hot flushes,restless-legs,headache", "2026-03-01,1,,2"), BUILTINS)
    assert content.new_side_effects == (
        SideEffect("hot_flushes", "Hot flushes"),
        SideEffect("restless_legs", "Restless legs"),
    )
    assert dict(content.entries[0].side_effects) == {"hot_flushes": Severity.MILD, "headache": Severity.MODERATE}


def test_a_bom_is_accepted_through_read_text(tmp_path):
    path = tmp_path / "diary.csv"
    path.write_bytes("\ufeffdate,activity,notes\r\n2026-03-01,4,Café ☕\r\n".encode())
    content = parse(read_text(path))
    assert content.entries == (DailyEntry(dt.date(2026, 3, 1), activity=4, note="Café ☕"),)


def test_read_text_refuses_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(ValidationError, match="no such file"):
        read_text(tmp_path / "missing.csv")
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("date,notes\n2026-03-01,Caf\xe9\n".encode("latin-1"))
    with pytest.raises(ValidationError, match="not UTF-8"):
        read_text(latin1)


def test_blank_lines_are_skipped_and_line_numbers_still_count_them():
    text = csv_text(HEADER, "2026-03-01,1,,,,", "", ",,,,,", "2026-03-02,99,,,,")
    assert problems_of(text) == [
        "line 5: activity '99' is not allowed; use a whole number from 0 to 10, or leave it empty"
    ]
    content = parse(csv_text(HEADER, "2026-03-01,1,,,,", "", "2026-03-02,2,,,,", ""))
    assert [e.activity for e in content.entries] == [1, 2]


def test_quoted_notes_keep_commas_quotes_and_line_breaks():
    note = 'He said "take it at night", then\nchanged his mind.\r\nThird line'
    out = io.StringIO(newline="")
    csv.writer(out).writerows([["date", "notes"], ["2026-03-01", note], ["2026-03-02", "x"]])
    content = parse(out.getvalue())
    assert content.entries[0].note == note
    assert content.entries[1].note == "x"


def test_every_problem_is_reported_with_its_line():
    text = csv_text(
        HEADER + ",headache",
        "2026-03-01,11,0,maybe,25:00,,4",  # line 2: five problems
        "2026-03-02,3,1.5,yes,22:00,,1",  # line 3: fine
        "01/03/2026,,,,,,",  # line 4: bad date
        "2026-03-04,5.5,60,,,,",  # line 5: two problems
        "2026-06-16,,,,,,",  # line 6: future
        ",3,,,,,",  # line 7: no date
        "2026-03-08,-1,abc,,,,",  # line 8: two problems
    )
    problems = problems_of(text)
    by_line: dict[int, list[str]] = {}
    for problem in problems:
        assert problem.startswith("line ")
        by_line.setdefault(int(problem.split(":")[0].removeprefix("line ")), []).append(problem)
    assert {line: len(p) for line, p in by_line.items()} == {2: 5, 4: 1, 5: 2, 6: 1, 7: 1, 8: 2}
    line2 = " ".join(by_line[2])
    for word in ("activity '11'", "dose_mg '0'", "dose_taken 'maybe'", "'25:00'", "column 'headache': '4'"):
        assert word in line2
    assert "date '01/03/2026'" in by_line[4][0] and "YYYY-MM-DD" in by_line[4][0]
    assert "in the future" in by_line[6][0]
    assert "date is empty" in by_line[7][0]


def test_a_bad_date_does_not_hide_the_other_problems_of_its_row():
    problems = problems_of(csv_text(HEADER, "2026-02-30,12,0.01,sometimes,,"))
    assert len(problems) == 4
    assert all(p.startswith("line 2: ") for p in problems)
    for word in ("date '2026-02-30'", "activity '12'", "dose_mg '0.01'", "dose_taken 'sometimes'"):
        assert any(word in p for p in problems), word


@pytest.mark.parametrize("value", ["--5", "²", "５", "-1", "+3", "3.0", "five"])
def test_odd_activity_values_get_the_plain_message(value):
    assert problems_of(csv_text("date,activity", f"2026-03-01,{value}")) == [
        f"line 2: activity {value!r} is not allowed; use a whole number from 0 to 10, or leave it empty"
    ]


def test_a_note_longer_than_2000_characters_is_reported():
    problems = problems_of(csv_text("date,notes", "2026-03-01," + "x" * 2001))
    assert problems == ["line 2: note is 2001 characters long; the most allowed is 2000"]


def test_duplicate_dates_are_reported_with_both_lines():
    problems = problems_of(csv_text("date,activity", "2026-03-01,1", "2026-03-02,2", "2026-03-01,3", "2026-03-01,4"))
    assert problems == [
        "line 4: date 2026-03-01 is already on line 2; one row per day",
        "line 5: date 2026-03-01 is already on line 2; one row per day",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file is empty"),
        ("activity,notes\n3,x\n", "line 1: there is no 'date' column"),
        ("date,,activity\n", "line 1, column 2: the header is empty"),
        ("date,Activity,activity\n", "line 1: column 'activity' appears twice"),
        ("date,Vivid dreams,vivid_dreams\n", "line 1: column 'vivid_dreams' appears twice"),
    ],
)
def test_header_problems(text, message):
    problems = problems_of(text)
    assert len(problems) == 1
    assert problems[0].startswith(message), problems


def test_two_columns_for_the_same_side_effect_are_refused():
    problems = problems_of(csv_text("date,insomnia,Trouble sleeping (insomnia)", "2026-03-01,1,3"))
    assert problems == ["line 1: column 'Trouble sleeping (insomnia)' is the same side effect as column 'insomnia'"]


def test_a_row_with_more_cells_than_columns_is_reported():
    assert problems_of(csv_text("date,activity", "2026-03-01,3,extra")) == [
        "line 2: 3 cells but the header has 2 columns"
    ]


def test_a_row_with_fewer_cells_leaves_the_rest_empty():
    assert parse(csv_text(HEADER, "2026-03-01,3")).entries == (DailyEntry(dt.date(2026, 3, 1), activity=3),)


def test_values_are_trimmed_but_notes_are_kept_as_written():
    content = parse(csv_text(HEADER, " 2026-03-01 , 3 , 1.5 , yes , 22:00 ,  two spaces  "))
    assert content.entries == (
        DailyEntry(dt.date(2026, 3, 1), 3, 1.5, True, dt.time(22, 0), note="  two spaces  "),
    )


# --- writing CSV ---------------------------------------------------------------------------------


def test_format_csv_writes_the_spec_columns():
    entries = [
        DailyEntry(dt.date(2026, 3, 1), 6, 3.0, True, dt.time(22, 0), "n", {"headache": 2, "brain_fog": 0}),
        DailyEntry(dt.date(2026, 3, 2), dose_mg=1.5, dose_taken=False),
        DailyEntry(dt.date(2026, 3, 3)),
    ]
    text = format_csv(entries, EFFECTS)
    table = rows(text)
    assert table[0] == [*CSV_FIXED_COLUMNS, *(e.key for e in EFFECTS)]
    assert table[1][:6] == ["2026-03-01", "6", "3", "yes", "22:00", "n"]
    assert table[1][6:] == ["", "2", *[""] * 10, "0"]
    assert table[2][:6] == ["2026-03-02", "", "1.5", "no", "", ""]
    assert table[3] == ["2026-03-03"] + [""] * (len(table[0]) - 1)
    assert text.endswith("\r\n")
    assert parse(text).entries == tuple(entries)


def test_doses_keep_their_exact_value():
    entries = [DailyEntry(dt.date(2026, 3, 1), dose_mg=1.234567), DailyEntry(dt.date(2026, 3, 2), dose_mg=0.1 + 0.2)]
    assert parse(format_csv(entries, EFFECTS)).entries == tuple(entries)


@pytest.mark.parametrize("note", ["=SUM(A1:A9)", "+1", "-2 mg", "@cmd", "\tindent", "\rreturn", "=", "'=already"])
def test_formula_like_notes_are_escaped_on_export_and_restored_on_import(note):
    entry = DailyEntry(dt.date(2026, 3, 1), note=note)
    cell = rows(format_csv([entry], BUILTINS))[1][5]
    assert cell.startswith("'")
    assert cell == "'" + note
    assert parse(format_csv([entry], BUILTINS)).entries == (entry,)


@pytest.mark.parametrize("note", ["'quoted", "'", "''", "plain", "a=b", " =leading space", ""])
def test_other_notes_are_written_as_they_are(note):
    entry = DailyEntry(dt.date(2026, 3, 1), note=note)
    assert rows(format_csv([entry], BUILTINS))[1][5] == note
    assert parse(format_csv([entry], BUILTINS)).entries == (entry,)


def test_escape_and_unescape_formula():
    assert escape_formula("=1+1") == "'=1+1"
    assert escape_formula("'=1+1") == "''=1+1"
    assert escape_formula("hello") == "hello"
    for text in ("=1+1", "'=1+1", "''=x", "'", "'plain", "-", "@@"):
        assert unescape_formula(escape_formula(text)) == text


def test_a_side_effect_key_that_looks_like_a_formula_is_escaped_in_the_header():
    effects = [*BUILTINS, SideEffect("=cmd", "=cmd"), SideEffect("@sum", "@sum")]
    entry = DailyEntry(dt.date(2026, 3, 1), side_effects={"=cmd": 1, "@sum": 2})
    text = format_csv([entry], effects)
    assert rows(text)[0][-2:] == ["'=cmd", "'@sum"]
    content = parse_csv(text, effects, TODAY)
    assert content.entries == (entry,)
    assert content.new_side_effects == ()


def test_write_atomically_replaces_the_file_privately(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("old")
    write_atomically(path, "new,\r\ncontent\n")
    assert path.read_bytes() == b"new,\r\ncontent\n"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


# --- properties ------------------------------------------------------------------------------------

property_settings = settings(max_examples=150, deadline=None)


def ordered(entry: DailyEntry) -> DailyEntry:
    """The entry as a diary returns it: side effects in list order."""
    return DailyEntry(
        entry.day, entry.activity, entry.dose_mg, entry.dose_taken, entry.dose_time, entry.note,
        {key: entry.side_effects[key] for key in KEYS if key in entry.side_effects},
    )


@property_settings
@given(diaries)
def test_any_valid_entries_survive_csv_unchanged(diary):
    content = parse_csv(format_csv(diary, EFFECTS), EFFECTS, TODAY)
    assert content.new_side_effects == ()
    assert content.entries == tuple(diary)
    assert [list(e.side_effects) for e in content.entries] == [list(ordered(e).side_effects) for e in diary]
