"""Fuzzing `ldn-diary import` in-process with generated and mutated CSV and JSON files: never an
unhandled exception, never a partial write, and exit 2 with a message for whatever is invalid."""

import contextlib
import copy
import dataclasses
import datetime as dt
import io
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diary.cli import main
from diary.domain.side_effects import builtin_side_effects
from diary.domain.snapshot import snapshot_problems
from diary.services.demo import demo_snapshot
from diary.services.diary import DiaryService
from diary.store.database import BACKUP_DIRNAME, DB_FILENAME
from diary.store.transfer import format_json
from tests.conftest import dump

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# --- CSV ------------------------------------------------------------------------------------------

COLUMNS = ["date", "activity", "dose_mg", "dose_taken", "dose_time", "notes", "headache", "Vivid dreams", "brain fog"]
GOOD_CELLS = {
    "date": st.dates(dt.date(2015, 1, 1), dt.date(2024, 12, 31)).map(dt.date.isoformat),
    "activity": st.integers(0, 10).map(str),
    "dose_mg": st.sampled_from(["0.5", "1.5", "4.5", "6", "50"]),
    "dose_taken": st.sampled_from(["yes", "no", "YES", ""]),
    "dose_time": st.sampled_from(["08:00", "22:30", "7:05"]),
    "notes": st.text(max_size=30),
}
BAD_CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["-1", "11", "3.5", "0", "51", "1e309", "nan", "inf", "2099-01-01", "2024-02-30", "24:00", "maybe",
                     "=cmd()", "'", '"', "\x00", "1" * 400, "９"]),
    st.integers(-10**6, 10**6).map(str),
)


@st.composite
def csv_texts(draw) -> str:
    junk = draw(st.sampled_from([0, 0, 5, 30]))  # percent of junk headers and cells: some files are valid
    known = st.sampled_from(COLUMNS)
    header = draw(st.lists(known | st.text(max_size=10) if junk else known, min_size=1, max_size=8, unique=not junk))
    if (draw(st.booleans()) or not junk) and "date" not in header:
        header.insert(0, "date")
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        row = []
        for column in header:
            good = GOOD_CELLS.get(column, st.sampled_from(["", "0", "1", "2", "3", "mild", "severe"]))
            row.append(draw(BAD_CELLS if draw(st.integers(0, 99)) < junk else good))
        rows.append(row)
    out = io.StringIO()
    import csv

    writer = csv.writer(out, lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


@st.composite
def mutated(draw, texts) -> bytes:
    """A text file, then a few byte-level mutations: cut, insert, delete, duplicate, flip."""
    data = bytearray(draw(texts).encode("utf-8"))
    if draw(st.booleans()):
        data[:0] = b"\xef\xbb\xbf"  # a BOM
    for _ in range(draw(st.sampled_from([0, 0, 1, 2, 3]))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        operation = draw(st.sampled_from(["cut", "insert", "delete", "duplicate", "flip"]))
        if operation == "cut":
            del data[at:]
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=6) | st.sampled_from([b",", b"\n", b'"', b"{", b"]"]))
        elif operation == "delete":
            del data[at : at + draw(st.integers(1, 8))]
        elif operation == "duplicate":
            data[at:at] = data[at : at + draw(st.integers(1, 40))]
        else:
            data[at] ^= 1 << draw(st.integers(0, 7))
    return bytes(data)


# --- JSON -----------------------------------------------------------------------------------------

_demo = demo_snapshot(dt.date(2024, 3, 1))
BASE_JSON = json.loads(  # what `export` writes for a small diary
    format_json(dataclasses.replace(_demo, entries=_demo.entries[:4], side_effects=tuple(builtin_side_effects())))
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats() | st.text(max_size=12),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=6,
)


def _slots(node, found):
    """Every (container, key) in a JSON document, for a mutation to pick from."""
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((node, key))
            _slots(value, found)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.append((node, index))
            _slots(value, found)
    return found


@st.composite
def json_texts(draw) -> str:
    if draw(st.integers(0, 9)) == 0:
        return json.dumps(draw(json_values))  # any JSON at all
    document = copy.deepcopy(BASE_JSON)
    for _ in range(draw(st.integers(0, 4))):  # none: the valid base file
        slots = _slots(document, [])
        container, key = slots[draw(st.integers(0, len(slots) - 1))]
        operation = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        if operation == "replace":
            container[key] = draw(json_values)
        elif operation == "delete":
            del container[key]
        elif isinstance(container, dict):
            container[draw(st.text(max_size=8))] = draw(json_values)
        else:
            container.append(draw(json_values))
    return json.dumps(document)  # NaN and Infinity included, as Python writes them


# --- the property ---------------------------------------------------------------------------------


def run(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def backups(data_dir: Path) -> list[str]:
    folder = data_dir / BACKUP_DIRNAME
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def check_import(data_dir: Path, path: Path, content: bytes) -> None:
    path.write_bytes(content)
    before, backups_before = dump(data_dir), backups(data_dir)

    dry_code, _dry_out, dry_err = run("import", path, "--dry-run")
    assert dry_code in (0, 2), dry_err
    assert dump(data_dir) == before

    code, out, err = run("import", path)
    assert code == dry_code, (dry_err, err)
    if code == 2:
        assert out == "" and err.strip()
        assert all(line.startswith("ldn-diary: ") for line in err.strip().split("\n"))
        assert "Traceback" not in err
        assert dump(data_dir) == before  # all or nothing
        assert backups(data_dir) == backups_before  # a bad file makes no backup either
    else:
        assert " added and " in out and err == ""
        con = sqlite3.connect(data_dir / DB_FILENAME)
        try:
            assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        finally:
            con.close()
        # What was accepted breaks no rule of the domain: the diary stays usable.
        service = DiaryService(data_dir)
        try:
            assert snapshot_problems(service.transfer.snapshot(), service.today()) == []
        finally:
            service.close()


@pytest.fixture
def diary(data_dir) -> Path:
    assert run("add", "--date", "2020-05-05", "--activity", "4", "--note", "already here")[0] == 0
    return data_dir


@FUZZ
@given(content=mutated(csv_texts()))
def test_csv_import_never_crashes_and_never_half_writes(diary, tmp_path, content):
    check_import(diary, tmp_path / "fuzz.csv", content)


@FUZZ
@given(content=mutated(json_texts()) | json_texts().map(str.encode))
def test_json_import_never_crashes_and_never_half_writes(diary, tmp_path, content):
    check_import(diary, tmp_path / "fuzz.json", content)


def test_the_base_json_file_is_valid(diary, tmp_path):
    # the JSON generator mutates a valid export, so that the fuzzing reaches deep into the rules
    path = tmp_path / "base.json"
    path.write_text(json.dumps(BASE_JSON), encoding="utf-8")
    assert run("import", path)[0] == 0
