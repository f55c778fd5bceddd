"""Import and export files: the CSV of SPEC section 5 and the JSON of the whole diary."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import math
import re
from pathlib import Path
from typing import Any

from diary import __version__
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
from diary.domain.errors import Problems, ValidationError
from diary.domain.side_effects import SideEffect, find_side_effect, label_from_key, side_effect_key
from diary.domain.snapshot import DiarySnapshot, snapshot_problems
from diary.domain.treatment import (
    ClinicResult,
    Course,
    Medication,
    MedicationCategory,
    Profile,
    Settings,
    TitrationStep,
)
from diary.store.files import write_file

CSV_FIXED_COLUMNS = ("date", "activity", "dose_mg", "dose_taken", "dose_time", "notes")
JSON_FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 32 * 2**20  # a diary of 25 years is under 5 MB as CSV, under 20 MB as JSON
MAX_CSV_COLUMNS = 500  # the fixed columns and hundreds of side effects
# Cells starting with these are formulas to a spreadsheet (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# --- reading and writing files ---------------------------------------------------------------


def read_text(path: Path) -> str:
    """The UTF-8 text of an import file (a BOM is dropped); ValidationError if it cannot be read or is too large."""
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_IMPORT_BYTES + 1)  # never more than the limit in memory, whatever the file
    except FileNotFoundError:
        raise ValidationError(f"{path}: no such file") from None
    except OSError as exc:
        raise ValidationError(f"{path}: cannot be read ({exc.strerror})") from None
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError(f"{path}: the file is larger than {MAX_IMPORT_BYTES // 2**20} MB, far more than a diary "
                              "(25 years of days are under 5 MB); is it the right file?")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again") from None


def write_atomically(path: Path, text: str) -> None:
    """Write `text` as UTF-8 to `path`: the whole new file or the old one, never half (files.write_file)."""
    write_file(path, text.encode("utf-8"))


# --- CSV ----------------------------------------------------------------------------------


def _column_name(header: str) -> str:
    """Headers match case-insensitively, with spaces and underscores alike."""
    return side_effect_key(header)


# A spreadsheet in German or French settings splits on ";" (or a tab) and may ignore quotes:
# each part of a cell after one of these is neutralised as if it began the cell.
SPLITS = re.compile(r"([;\t])")


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


def _csv_line(cells: list) -> str:
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
    raise ValueError(f"activity {text!r} is not allowed; use a whole number from 0 to 10, or leave it empty")


def _parse_dose(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if math.isfinite(value) and DOSE_MIN_MG <= value <= DOSE_MAX_MG:
        return value
    raise ValueError(f"dose_mg {text!r} is not allowed; use a number of mg from {DOSE_MIN_MG:g} to {DOSE_MAX_MG:g}, or leave it empty")


def _parse_taken(text: str) -> bool:
    answer = text.lower()
    if answer in ("yes", "no"):
        return answer == "yes"
    raise ValueError(f"dose_taken {text!r} is not allowed; use yes, no, or leave it empty")


@dataclasses.dataclass(frozen=True)
class CsvContent:
    """The days of a CSV file, and the side effects it names that the diary does not have yet."""

    entries: tuple[DailyEntry, ...]
    new_side_effects: tuple[SideEffect, ...]


def parse_csv(text: str, side_effects: list[SideEffect], today: dt.date) -> CsvContent:
    """Every row of a diary CSV, or ValidationError listing every problem in the file."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationError("the file is empty; the first row must be a header with a 'date' column") from None
    except csv.Error as exc:
        raise ValidationError(f"line 1: not a readable CSV row ({exc})") from None

    if len(header) > MAX_CSV_COLUMNS:
        raise ValidationError(f"line 1: the header has {len(header):,} columns; a diary has at most {MAX_CSV_COLUMNS}")
    problems = Problems()
    columns = [_column_name(unescape_formula(h)) for h in header]
    if "date" not in columns:
        problems.append("line 1: there is no 'date' column; it is required")
    seen: set[str] = set()
    new_effects: dict[str, SideEffect] = {}
    effect_keys: dict[int, str] = {}
    for index, (raw, name) in enumerate(zip(header, columns), start=1):
        if not name:
            problems.append(f"line 1, column {index}: the header is empty; name every column")
            continue
        if name in seen:
            problems.append(f"line 1: column {raw!r} appears twice")
            continue
        seen.add(name)
        if name in CSV_FIXED_COLUMNS:
            continue
        known = find_side_effect(name, side_effects)
        if known is None:
            known = new_effects.setdefault(name, SideEffect(name, label_from_key(name)))
        if known.key in effect_keys.values():
            other = next(i for i, key in effect_keys.items() if key == known.key)
            problems.append(f"line 1: column {raw!r} is the same side effect as column {header[other]!r}")
        effect_keys[index - 1] = known.key
    if problems:
        raise problems.error()

    entries: list[DailyEntry] = []
    dates: dict[dt.date, int] = {}
    try:
        for line, row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in row):
                continue  # blank lines, often at the end of a file
            if len(row) > len(columns):
                problems.append(f"line {line}: {len(row)} cells but the header has {len(columns)} columns")
                continue
            raw_cells = dict(zip(columns, row))
            cells = {name: text.strip() for name, text in raw_cells.items()}
            row_problems: list[str] = []

            def cell(name, parse, cells=cells, row_problems=row_problems):
                text = cells.get(name, "")
                if not text:
                    return None
                try:
                    return parse(text)
                except ValueError as exc:
                    row_problems.append(str(exc))
                    return None

            day = cell("date", parse_date)
            if day is None and not cells.get("date"):
                row_problems.append("date is empty; every row needs a date (YYYY-MM-DD)")
            severities = {}
            for index, key in effect_keys.items():
                value = cells.get(columns[index], "")
                if value:
                    try:
                        severities[key] = parse_severity(value)
                    except ValueError:
                        row_problems.append(f"column {header[index].strip()!r}: {value!r} is not allowed; use a severity 0 none, 1 mild, 2 moderate or 3 severe, or leave it empty")
            # Every cell is checked even when the date is bad, so that all problems are listed.
            activity = cell("activity", _parse_activity)
            dose_mg = cell("dose_mg", _parse_dose)
            dose_taken = cell("dose_taken", _parse_taken)
            time = cell("dose_time", parse_dose_time)
            entry = None
            if day is not None:
                entry = DailyEntry(
                    day=day,
                    activity=activity,
                    dose_mg=dose_mg,
                    dose_taken=dose_taken,
                    dose_time=time,
                    note=unescape_formula(raw_cells.get("notes", "")),
                    side_effects=severities,
                )
                row_problems.extend(entry_problems(entry, today))
                if day in dates:
                    row_problems.append(f"date {day.isoformat()} is already on line {dates[day]}; one row per day")
                dates.setdefault(day, line)
            if row_problems:
                problems.extend(f"line {line}: {p}" for p in row_problems)
            elif entry is not None:
                entries.append(entry)
    except csv.Error as exc:
        # reader.line_num counts the lines read, so it names the line of the row that failed
        problems.append(f"line {reader.line_num}: not a readable CSV row ({exc})")
    if problems:
        raise problems.error()
    return CsvContent(tuple(entries), tuple(new_effects.values()))


def _dose_text(dose_mg: float) -> str:
    # Short ("3", "1.5") where that is exact, else every digit, so that import gives back the same dose.
    text = f"{dose_mg:g}"
    return text if float(text) == dose_mg else repr(dose_mg)


def format_csv(entries: list[DailyEntry], side_effects: list[SideEffect]) -> str:
    """The diary CSV: one row per day, a column per side effect (severity, empty if not recorded)."""
    # A side-effect key read from a file's header can look like a formula too.
    lines = [_csv_line([*CSV_FIXED_COLUMNS, *(escape_formula(e.key) for e in side_effects)])]
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
                    *("" if (s := entry.side_effects.get(e.key)) is None else int(s) for e in side_effects),
                ]
            )
        )
    return "".join(lines)


# --- JSON ---------------------------------------------------------------------------------


def _iso(value: dt.date | dt.time | None) -> str | None:
    if value is None:
        return None
    return value.strftime("%H:%M") if isinstance(value, dt.time) else value.isoformat()


def format_json(snapshot: DiarySnapshot) -> str:
    """Everything the diary knows, under a `format_version` key."""
    data = {
        "format_version": JSON_FORMAT_VERSION,
        "app_version": __version__,
        "profile": {
            "condition": snapshot.profile.condition,
            "diagnosis_year": snapshot.profile.diagnosis_year,
            "name": snapshot.profile.name,
            "date_of_birth": _iso(snapshot.profile.date_of_birth),
        },
        "settings": dataclasses.asdict(snapshot.settings),
        "side_effects": [dataclasses.asdict(e) for e in snapshot.side_effects],
        "courses": [
            {
                "start": _iso(c.start),
                "end": _iso(c.end),
                "stop_reason": c.stop_reason,
                "steps": [{"from_day": s.from_day, "dose_mg": s.dose_mg, "time": _iso(s.time)} for s in c.steps],
            }
            for c in snapshot.courses
        ],
        "medications": [
            {"name": m.name, "category": m.category.value, "start": _iso(m.start), "stop": _iso(m.stop)}
            for m in snapshot.medications
        ],
        "clinic_results": [
            {
                "date": _iso(r.day),
                "crp_mg_l": r.crp_mg_l,
                "endoscopic_score": r.endoscopic_score,
                "alt_u_l": r.alt_u_l,
                "note": r.note,
            }
            for r in snapshot.clinic_results
        ],
        "entries": [
            {
                "date": _iso(e.day),
                "activity": e.activity,
                "dose_mg": e.dose_mg,
                "dose_taken": e.dose_taken,
                "dose_time": _iso(e.dose_time),
                "note": e.note,
                "side_effects": {key: int(sev) for key, sev in e.side_effects.items()},
            }
            for e in snapshot.entries
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


class _JsonReader:
    """Reads typed values out of parsed JSON, collecting a problem for each wrong one."""

    def __init__(self) -> None:
        self.problems = Problems()

    def get(self, obj: Any, key: str, where: str, kind: type | tuple, default: Any = None, parse=None) -> Any:
        if not isinstance(obj, dict):
            self.problems.append(f"{where}: expected an object")
            return default
        value = obj.get(key)
        if value is None:
            return default
        kinds = kind if isinstance(kind, tuple) else (kind,)
        # JSON true/false are Python bools, which are also ints: only accept them where asked for.
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            self.problems.append(f"{where}.{key}: {repr(value)[:40]} has the wrong type")
            return default
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not abs(value) <= 1e9:
            self.problems.append(f"{where}.{key}: the number is far too large (or not a number)")
            return default
        if parse is not None:
            try:
                return parse(value)
            except ValueError as exc:
                self.problems.append(f"{where}.{key}: {exc}")
                return default
        return value

    def items(self, data: Any, key: str) -> list:
        value = data.get(key) if isinstance(data, dict) else None
        if value is None:
            return []
        if not isinstance(value, list):
            self.problems.append(f"{key}: expected a list")
            return []
        return value


def parse_json(text: str, today: dt.date, diary_courses: tuple[Course, ...] = ()) -> DiarySnapshot:
    """A diary from its JSON export, or ValidationError listing every problem: each value is read
    with its type, then the whole snapshot passes the domain's rules (snapshot_problems) as typed
    input would, against the courses of the diary it lands in."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"line {exc.lineno}: not valid JSON ({exc.msg})") from None
    except RecursionError:  # the C parser's own bound on nesting: no export nests more than 4 deep
        raise ValidationError("the JSON is nested far too deeply to be a diary export") from None
    except ValueError as exc:  # e.g. a number of more than 4,300 digits
        raise ValidationError(f"not a readable diary export ({str(exc)[:80]})") from None
    if not isinstance(data, dict) or "format_version" not in data:
        raise ValidationError("not an LDN Diary export: the JSON has no 'format_version'")
    if data["format_version"] != JSON_FORMAT_VERSION:
        raise ValidationError(
            f"format_version {repr(data['format_version'])[:20]} is not supported; this version reads {JSON_FORMAT_VERSION}"
        )
    r = _JsonReader()
    snapshot = DiarySnapshot(
        entries=tuple(_read_entries(r, data)),
        side_effects=tuple(_read_side_effects(r, data)),
        courses=tuple(_read_courses(r, data)),
        medications=tuple(_read_medications(r, data)),
        clinic_results=tuple(_read_clinic_results(r, data)),
        profile=_read_profile(r, data),
        settings=_read_settings(r, data),
    )
    r.problems.extend(snapshot_problems(snapshot, today, diary_courses))
    if r.problems:
        raise r.problems.error()
    return snapshot


NUMBER = (int, float)


def _read_side_effects(r: _JsonReader, data: dict) -> list[SideEffect]:
    found = []
    for i, item in enumerate(r.items(data, "side_effects")):
        where = f"side_effects[{i}]"
        key = r.get(item, "key", where, str, "")
        found.append(SideEffect(key, r.get(item, "label", where, str, label_from_key(key)),
                                r.get(item, "builtin", where, bool, False), r.get(item, "hidden", where, bool, False)))
    return found


def _read_entries(r: _JsonReader, data: dict) -> list[DailyEntry]:
    found = []
    for i, item in enumerate(r.items(data, "entries")):
        where = f"entries[{i}]"
        day = r.get(item, "date", where, str, parse=parse_date)
        if day is None:
            r.problems.append(f"{where}.date: required (YYYY-MM-DD)")
            continue
        effects = {}
        for key, sev in (r.get(item, "side_effects", where, dict, {}) or {}).items():
            if isinstance(sev, int) and not isinstance(sev, bool) and sev in Severity._value2member_map_:
                effects[key] = Severity(sev)
            else:
                r.problems.append(f"{where}.side_effects[{key!r}]: {repr(sev)[:20]} is not allowed; use 0, 1, 2 or 3")
        dose = r.get(item, "dose_mg", where, NUMBER)
        found.append(DailyEntry(
            day=day,
            activity=r.get(item, "activity", where, int),
            dose_mg=float(dose) if dose is not None else None,
            dose_taken=r.get(item, "dose_taken", where, bool),
            dose_time=r.get(item, "dose_time", where, str, parse=parse_dose_time),
            note=r.get(item, "note", where, str, ""),
            side_effects=effects,
        ))
    return found


def _read_courses(r: _JsonReader, data: dict) -> list[Course]:
    found = []
    for i, item in enumerate(r.items(data, "courses")):
        where = f"courses[{i}]"
        start = r.get(item, "start", where, str, parse=parse_date)
        if start is None:
            r.problems.append(f"{where}.start: required (YYYY-MM-DD)")
            continue
        steps = []
        for j, step in enumerate(r.items(item, "steps")):
            swhere = f"{where}.steps[{j}]"
            steps.append(TitrationStep(r.get(step, "from_day", swhere, int, 1), float(r.get(step, "dose_mg", swhere, NUMBER, 0)),
                                       r.get(step, "time", swhere, str, parse=parse_dose_time)))
        found.append(Course(start, r.get(item, "end", where, str, parse=parse_date), r.get(item, "stop_reason", where, str, ""), tuple(steps)))
    return found


def _read_medications(r: _JsonReader, data: dict) -> list[Medication]:
    categories = {c.value: c for c in MedicationCategory}
    found = []
    for i, item in enumerate(r.items(data, "medications")):
        where = f"medications[{i}]"
        category = categories.get(r.get(item, "category", where, str, ""))
        if category is None:
            r.problems.append(f"{where}.category: use one of {', '.join(categories)}")
            continue
        found.append(Medication(r.get(item, "name", where, str, ""), category,
                                r.get(item, "start", where, str, parse=parse_date), r.get(item, "stop", where, str, parse=parse_date)))
    return found


def _read_clinic_results(r: _JsonReader, data: dict) -> list[ClinicResult]:
    found = []
    for i, item in enumerate(r.items(data, "clinic_results")):
        where = f"clinic_results[{i}]"
        day = r.get(item, "date", where, str, parse=parse_date)
        if day is None:
            r.problems.append(f"{where}.date: required (YYYY-MM-DD)")
            continue
        crp, alt = r.get(item, "crp_mg_l", where, NUMBER), r.get(item, "alt_u_l", where, NUMBER)
        found.append(ClinicResult(day, float(crp) if crp is not None else None, r.get(item, "endoscopic_score", where, int),
                                  float(alt) if alt is not None else None, r.get(item, "note", where, str, "")))
    return found


def _read_profile(r: _JsonReader, data: dict) -> Profile:
    p = data.get("profile") or {}
    return Profile(r.get(p, "condition", "profile", str, ""), r.get(p, "diagnosis_year", "profile", int),
                   r.get(p, "name", "profile", str, ""), r.get(p, "date_of_birth", "profile", str, parse=parse_date))


def _read_settings(r: _JsonReader, data: dict) -> Settings:
    s = data.get("settings") or {}
    defaults = Settings()
    return Settings(float(r.get(s, "relative_threshold", "settings", NUMBER, defaults.relative_threshold)),
                    float(r.get(s, "absolute_threshold", "settings", NUMBER, defaults.absolute_threshold)))
