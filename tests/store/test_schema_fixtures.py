"""Every released schema version opens with the newest code, upgraded, with all its data.

tests/store/fixtures/ holds one diary per schema revision (diary-<revision>.sqlite3) and its
JSON export at the time (diary-<revision>.json). To add one when a migration is released, run
`python tests/store/fixtures/make_schema_fixture.py` with the code of that release and commit
both files; never regenerate an older one.
"""

import datetime as dt
import json
from pathlib import Path

import pytest

from diary.domain.entries import DailyEntry
from diary.services.diary import DiaryService
from diary.store.backups import list_backups
from diary.store.database import BACKUP_DIRNAME, DB_FILENAME, SCHEMA_REVISION, SCHEMA_REVISIONS
from diary.store.integrity import check_file

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2026, 3, 31)


def fixture_revisions() -> list[str]:
    return sorted(p.stem.removeprefix("diary-") for p in FIXTURES.glob("diary-*.sqlite3"))


def held_in(expected, actual, where="export") -> None:
    """Everything `expected` holds is in `actual` (a newer version may add keys, never lose values)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), where
        for key, value in expected.items():
            assert key in actual, f"{where}.{key} is gone"
            held_in(value, actual[key], f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), where
        for n, (want, got) in enumerate(zip(expected, actual)):
            held_in(want, got, f"{where}[{n}]")
    else:
        assert actual == expected, where


def test_there_is_a_fixture_for_every_schema_revision():
    assert fixture_revisions() == sorted(SCHEMA_REVISIONS)


@pytest.mark.parametrize("revision", fixture_revisions())
def test_a_fixture_opens_upgraded_with_all_its_data(revision, data_dir, tmp_path):
    fixture = FIXTURES / f"diary-{revision}.sqlite3"
    original = fixture.read_bytes()
    assert check_file(fixture).revision == revision
    data_dir.mkdir()
    (data_dir / DB_FILENAME).write_bytes(original)

    service = DiaryService(data_dir, today=lambda: TODAY)
    try:
        assert check_file(data_dir / DB_FILENAME).revision == SCHEMA_REVISION
        service.transfer.export_file(tmp_path / "now.json")
        expected = json.loads((FIXTURES / f"diary-{revision}.json").read_text(encoding="utf-8"))
        actual = json.loads((tmp_path / "now.json").read_text(encoding="utf-8"))
        expected.pop("app_version")
        held_in(expected, actual)
        assert len(actual["entries"]) == len(expected["entries"]) > 50
        assert service.reports.assessments()  # the response rules run on it
        service.entries.save(DailyEntry(TODAY, activity=2))  # and it takes new entries
    finally:
        service.close()

    upgrades = [b for b in list_backups(data_dir / BACKUP_DIRNAME) if b.reason.startswith("before-upgrade")]
    if revision == SCHEMA_REVISION:
        assert upgrades == []
    else:
        (backup,) = upgrades
        assert backup.check.revision == revision and backup.entries == len(expected["entries"])
    assert fixture.read_bytes() == original
