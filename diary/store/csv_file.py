"""The diary CSV of docs/csv-format.md: written exactly so, read back also as spreadsheets save it.

A spreadsheet opened and saved unchanged may write ';' or tabs between cells (German or French
settings), '22:00:00' for a time, 'TRUE' for yes, '4,5' for a dose and '01.03.2026' for a date:
import takes each of these; export writes only the standard forms (docs/csv-format.md#export).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import difflib
import io
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

from diary.domain.condition_items import ITEMS, complications_text, parse_complications
from diary.domain.entries import (
    ACTIVITY_MAX,
    ACTIVITY_MIN,
    DOSE_MAX_MG,
    DOSE_MIN_MG,
    DailyEntry,
    Severity,
    entry_problems,
    parse_date,
    parse_dose_time,
    parse_severity,
)
from diary.domain.errors import PROBLEMS_COUNTED, MisspelledColumnsError, Problems, ValidationError
from diary.domain.language import translate
from diary.domain.side_effects import SideEffect, find_side_effect, label_from_key, side_effect_key

CSV_FIXED_COLUMNS = ("date", "activity", "dose_mg", "dose_taken", "dose_time", "notes")
# The condition scores' items (docs/scores.md); export writes them only for a diary that has any.
CSV_ITEM_COLUMNS = (*ITEMS, "complications")
MAX_CSV_COLUMNS = 500  # the fixed columns and hundreds of side effects
DELIMITERS = (",", ";", "\t")
# Cells starting with these are formulas to a spreadsheet (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A spreadsheet in German or French settings splits on ";" (or a tab) and may ignore quotes:
# each part of a cell after one of these is neutralised as if it began the cell.
SPLITS = re.compile(r"([;\t])")
TAKEN_WORDS = {"yes": True, "no": False, "y": True, "n": False, "true": True, "false": False, "1": True, "0": False,
               "ja": True, "nee": False, "nein": False, "waar": True, "onwaar": False, "wahr": True, "falsch": False}
DAY_FIRST = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")

_T = TypeVar("_T")


def _column_name(header: str) -> str:
    """Headers match case-insensitively, with spaces and underscores alike."""
    return side_effect_key(header)

def escape_formula(text: str) -> str:
    """Prefix ' to a text a spreadsheet would run as a formula, and to each part of it after a
    ';' or a tab; `unescape_formula` undoes it exactly."""
    parts = SPLITS.split(text)
    return _escape_part("".join(part if i < 2 or i % 2 else _escape_part(part) for i, part in enumerate(parts)))


def unescape_formula(text: str) -> str:
    parts = SPLITS.split(_unescape_part(text))
    return "".join(part if i < 2 or i % 2 else _unescape_part(part) for i, part in enumerate(parts))


def _escape_part(text: str) -> str:
    return "'" + text if _needs_escape(text) else text


def _unescape_part(text: str) -> str:
    return text[1:] if text.startswith("'") and _needs_escape(text[1:]) else text


def _needs_escape(text: str) -> bool:
    # A text that already looks escaped is escaped again, so that import can always strip one '.
    return text.startswith(FORMULA_STARTS) or (text.startswith("'") and _needs_escape(text[1:]))


def _csv_line(cells: Sequence[str | int]) -> str:
    """One CSV row: a cell is quoted if it holds a comma, quote, line break, ';' or tab (csv.writer
    leaves the last two bare, and a ';'-splitting spreadsheet would then cut the cell)."""
    out = []
    for cell in cells:
        text = str(cell)
        out.append('"' + text.replace('"', '""') + '"' if any(ch in text for ch in ',"\r\n;\t') else text)
    return ",".join(out) + "\r\n"


def _parse_activity(text: str) -> int:
    if text.isascii() and text.isdigit() and ACTIVITY_MIN <= int(text) <= ACTIVITY_MAX:
        return int(text)
    raise ValueError(translate("store.csv_file", "activity {text} is not allowed; use a whole number from 0 to 10, or leave it empty")
                     .format(text=repr(text)))


def _parse_taken(text: str) -> bool:
    answer = TAKEN_WORDS.get(text.lower())
    if answer is None:
        raise ValueError(translate("store.csv_file", "dose_taken {text} is not allowed; use yes or no "
                                   "(or y/n, true/false, 1/0, ja/nee, ja/nein), or leave it empty").format(text=repr(text)))
    return answer


def _delimiter(text: str) -> str:
    """The delimiter that makes the header name a 'date' column (else the one giving the most columns)."""
    first = text.split("\n", 1)[0].rstrip("\r")
    headers = {}
    for d in DELIMITERS:
        try:
            headers[d] = [_column_name(h) for h in next(csv.reader([first], delimiter=d), [])]
        except csv.Error:  # e.g. a whole wide header as one field, over the csv module's limit
            headers[d] = []
    with_date = [d for d in DELIMITERS if "date" in headers[d]]
    return with_date[0] if with_date else max(DELIMITERS, key=lambda d: len(headers[d]))


def _rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Each row of the file with the line it ends on (ValidationError for one the csv module cannot read)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as exc:  # reader.line_num counts the lines read: the line of the row that failed
        raise ValidationError(translate("store.csv_file", "line {line}: not a readable CSV row ({error})").format(
            line=reader.line_num, error=exc)) from None


def _date_reader(values: Iterable[str]) -> Callable[[str], dt.date]:
    """How to read the date column: ISO, or day first (01.03.2026, 01-03-2026, and 01/03/2026 where
    some day of the column is above 12, so that it cannot be a US month first)."""
    day_above_12 = month_above_12 = False
    for value in values:
        if (m := DAY_FIRST.fullmatch(value)) and m[2] == "/":
            day_above_12, month_above_12 = day_above_12 or int(m[1]) > 12, month_above_12 or int(m[3]) > 12
    slash_day_first = day_above_12 and not month_above_12

    def read(text: str) -> dt.date:
        match = DAY_FIRST.fullmatch(text)
        if match is None:
            return parse_date(text)
        if match[2] == "/" and not slash_day_first:
            raise ValueError(translate("store.csv_file", "date {text} could be day or month first; use YYYY-MM-DD, e.g. 2026-03-01")
                             .format(text=repr(text)))
        try:
            return dt.date(int(match[4]), int(match[3]), int(match[1]))
        except ValueError:
            raise ValueError(translate("store.csv_file", "date {text} is not a day of the calendar; use YYYY-MM-DD, e.g. 2026-03-01")
                             .format(text=repr(text))) from None

    return read


def _dose_reader(decimal_comma: bool) -> Callable[[str], float]:
    def read(text: str) -> float:
        if decimal_comma and re.fullmatch(r"\d+,\d+", text):
            text = text.replace(",", ".")  # "4,5" from a spreadsheet that writes ';' between cells
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if math.isfinite(value) and DOSE_MIN_MG <= value <= DOSE_MAX_MG:
            return value
        raise ValueError(translate("store.csv_file", "dose_mg {text} is not allowed; use a number of mg from {low} to {high}, "
                                   "or leave it empty").format(text=repr(text), low=f"{DOSE_MIN_MG:g}", high=f"{DOSE_MAX_MG:g}"))

    return read


@dataclasses.dataclass(frozen=True)
class CsvContent:
    """The days of a CSV file, and the side effects it names that the diary does not have yet."""

    entries: tuple[DailyEntry, ...]
    new_side_effects: tuple[SideEffect, ...]


def _read_header(
    header: list[str], side_effects: list[SideEffect], new_side_effects: bool
) -> tuple[list[str], dict[int, str], dict[str, SideEffect]]:
    """The columns' names, which side effect each other column is, and the new side effects."""
    if len(header) > MAX_CSV_COLUMNS:
        raise ValidationError(translate("store.csv_file", "line 1: the header has {columns} columns; a diary has at most {most}").format(
            columns=f"{len(header):,}", most=MAX_CSV_COLUMNS))
    problems, misspelled = Problems(), []
    columns = [_column_name(unescape_formula(h)) for h in header]
    if "date" not in columns:
        problems.append(translate("store.csv_file", "line 1: there is no 'date' column; it is required"))
    seen: set[str] = set()
    new_effects: dict[str, SideEffect] = {}
    effect_keys: dict[int, str] = {}
    for index, (raw, name) in enumerate(zip(header, columns), start=1):
        if not name:
            problems.append(translate("store.csv_file", "line 1, column {column}: the header is empty; name every column").format(
                column=index))
            continue
        if name in seen:
            problems.append(translate("store.csv_file", "line 1: column {column} appears twice").format(column=repr(raw)))
            continue
        seen.add(name)
        if name in CSV_FIXED_COLUMNS or name in CSV_ITEM_COLUMNS:
            continue
        known = find_side_effect(name, side_effects)
        if known is None:
            names = [*CSV_FIXED_COLUMNS, *CSV_ITEM_COLUMNS, *(e.key for e in side_effects)]
            likely = difflib.get_close_matches(name, names, n=1, cutoff=0.8)
            if likely and not new_side_effects:
                misspelled.append((raw, likely[0]))
            known = new_effects.setdefault(name, SideEffect(name, label_from_key(name)))
        if known.key in effect_keys.values():
            other = next(i for i, key in effect_keys.items() if key == known.key)
            problems.append(translate("store.csv_file", "line 1: column {column} is the same side effect as column {other}").format(
                column=repr(raw), other=repr(header[other])))
        effect_keys[index - 1] = known.key
    if problems:
        raise problems.error()
    if misspelled:
        raise MisspelledColumnsError(tuple(misspelled))
    return columns, effect_keys, new_effects


def _cell(cells: Mapping[str, str], name: str, parse: Callable[[str], _T], problems: list[str]) -> _T | None:
    """The value of column `name` read with `parse`; None if it is empty, or wrong (said in `problems`)."""
    text = cells.get(name, "")
    if not text:
        return None
    try:
        return parse(text)
    except ValueError as exc:
        problems.append(str(exc))
        return None


@dataclasses.dataclass(frozen=True)
class _RowReader:
    """Reads the rows of one file: its columns, which of them are side effects, and how its dates and doses are written."""

    header: list[str]
    columns: list[str]
    effect_keys: dict[int, str]
    read_date: Callable[[str], dt.date]
    read_dose: Callable[[str], float]
    today: dt.date

    def read(self, line: int, row: list[str], dates: dict[dt.date, int]) -> tuple[DailyEntry | None, list[str]]:
        """The row's entry (None without a readable date) and its problems; notes its date's line in `dates`."""
        raw_cells = dict(zip(self.columns, row))
        cells = {name: text.strip() for name, text in raw_cells.items()}
        row_problems: list[str] = []
        day = _cell(cells, "date", self.read_date, row_problems)
        if day is None and not cells.get("date"):
            row_problems.append(translate("store.csv_file", "date is empty; every row needs a date (YYYY-MM-DD)"))
        severities = self._severities(cells, row_problems)
        items = _items(cells, row_problems)
        # Every cell is checked even when the date is bad, so that all problems are listed.
        activity = _cell(cells, "activity", _parse_activity, row_problems)
        dose_mg = _cell(cells, "dose_mg", self.read_dose, row_problems)
        dose_taken = _cell(cells, "dose_taken", _parse_taken, row_problems)
        dose_time = _cell(cells, "dose_time", parse_dose_time, row_problems)
        entry = None
        if day is not None:
            entry = DailyEntry(day=day, activity=activity, dose_mg=dose_mg, dose_taken=dose_taken,
                               dose_time=dose_time, note=unescape_formula(raw_cells.get("notes", "")), side_effects=severities,
                               items=items, complications=parse_complications(cells.get("complications", "")))
            row_problems.extend(entry_problems(entry, self.today))
            if day in dates:
                row_problems.append(translate("store.csv_file", "date {date} is already on line {line}; one row per day").format(
                    date=day.isoformat(), line=dates[day]))
            dates.setdefault(day, line)
        return entry, row_problems

    def _severities(self, cells: Mapping[str, str], row_problems: list[str]) -> dict[str, Severity]:
        severities = {}
        for index, key in self.effect_keys.items():
            value = cells.get(self.columns[index], "")
            if value:
                try:
                    severities[key] = parse_severity(value)
                except ValueError:
                    row_problems.append(translate("store.csv_file", "column {column}: {value} is not allowed; use a severity "
                                                  "0 none, 1 mild, 2 moderate or 3 severe, or leave it empty").format(
                        column=repr(self.header[index].strip()), value=repr(value)))
        return severities


def _items(cells: Mapping[str, str], row_problems: list[str]) -> dict[str, int]:
    """The condition items of a row; a cell that is not a whole number is a problem saying what is allowed."""
    items = {}
    for key, item in ITEMS.items():
        text = cells.get(key, "")
        if not text:
            continue
        if text.isascii() and text.isdigit():
            items[key] = int(text)  # its range is the domain's rule (entry_problems)
        else:
            row_problems.append(translate("store.csv_file", "column {column}: {problem}").format(
                column=repr(key), problem=item.problem(text)))
    return items


def parse_csv(text: str, side_effects: list[SideEffect], today: dt.date, new_side_effects: bool = False) -> CsvContent:
    """Every row of a diary CSV, or ValidationError listing every problem in the file.

    A column whose name is close to a known one ('headach') is taken for a misspelling
    (MisspelledColumnsError) unless `new_side_effects` says to add it as a side effect.
    """
    delimiter = _delimiter(text)
    rows = _rows(text, delimiter)
    header = next(rows, (1, None))[1]
    if header is None:
        raise ValidationError(translate("store.csv_file", "the file is empty; the first row must be a header with a 'date' column"))
    columns, effect_keys, new_effects = _read_header(header, side_effects, new_side_effects)
    date_at = columns.index("date")
    # A first pass over the date column alone, streamed: how are its dates written?
    read_date = _date_reader(row[date_at].strip() for i, (_, row) in enumerate(_rows(text, delimiter)) if i and len(row) > date_at)
    reader = _RowReader(header, columns, effect_keys, read_date, _dose_reader(decimal_comma=delimiter != ","), today)
    problems = Problems()
    entries: list[DailyEntry] = []
    dates: dict[dt.date, int] = {}
    for line, row in rows:
        if problems.total >= PROBLEMS_COUNTED:
            problems.stopped_at = line  # a file wrong on every row need not be read to its end
            break
        if not any(cell.strip() for cell in row):
            continue  # blank lines, often at the end of a file
        if len(row) > len(columns):
            problems.append(translate("store.csv_file", "line {line}: {cells} cells but the header has {columns} columns").format(
                line=line, cells=len(row), columns=len(columns)))
            continue
        entry, row_problems = reader.read(line, row, dates)
        if row_problems:
            problems.extend(translate("store.csv_file", "line {line}: {problem}").format(line=line, problem=p) for p in row_problems)
        elif entry is not None:
            entries.append(entry)
    if problems:
        raise problems.error()
    return CsvContent(tuple(entries), tuple(new_effects.values()))


def _dose_text(dose_mg: float) -> str:
    # Short ("3", "1.5") where that is exact, else every digit, so that import gives back the same dose.
    text = f"{dose_mg:g}"
    return text if float(text) == dose_mg else repr(dose_mg)


def _item_cells(entry: DailyEntry) -> list[str | int]:
    return [*(entry.items.get(key, "") for key in ITEMS), complications_text(entry.complications)]


def format_csv(entries: list[DailyEntry], side_effects: list[SideEffect]) -> str:
    """The diary CSV: one row per day, the condition items if any day has one, a column per side effect
    (severity, empty if not recorded)."""
    with_items = any(e.items or e.complications is not None for e in entries)
    item_columns = CSV_ITEM_COLUMNS if with_items else ()
    # A side-effect key read from a file's header can look like a formula too.
    lines = [_csv_line([*CSV_FIXED_COLUMNS, *item_columns, *(escape_formula(e.key) for e in side_effects)])]
    for entry in entries:
        lines.append(
            _csv_line(
                [
                    entry.day.isoformat(),
                    "" if entry.activity is None else entry.activity,
                    "" if entry.dose_mg is None else _dose_text(entry.dose_mg),
                    "" if entry.dose_taken is None else ("yes" if entry.dose_taken else "no"),
                    "" if entry.dose_time is None else entry.dose_time.strftime("%H:%M"),
                    escape_formula(entry.note),
                    *(_item_cells(entry) if with_items else ()),
                    *("" if (s := entry.side_effects.get(e.key)) is None else int(s) for e in side_effects),
                ]
            )
        )
    return "".join(lines)


