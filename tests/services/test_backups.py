"""Backups through the services: before an import, restore and its undo, copies elsewhere."""

import datetime as dt

import pytest

from diary.domain.entries import DailyEntry
from diary.domain.errors import ValidationError
from diary.services.backups import DiaryBackups
from diary.services.diary import DiaryService
from diary.store.database import DB_FILENAME
from tests.conftest import TODAY, dump

D1, D2, D3 = (TODAY - dt.timedelta(days=n) for n in (3, 2, 1))


def write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def test_make_and_list(service):
    service.entries.save(DailyEntry(D1, activity=4))
    made = service.backups.make("manual")
    assert made.entries == 1 and made.reason == "manual"
    assert service.backups.all() == [made]


def test_an_import_is_backed_up_first(service, tmp_path):
    service.entries.save(DailyEntry(D1, activity=4))
    csv = write(tmp_path / "more.csv", f"date,activity\n{D2},5\n{D3},6\n")
    service.transfer.import_file(csv)
    (backup,) = service.backups.all()
    assert backup.reason == "before-import"
    assert backup.entries == 1  # the diary as it was before the import
    assert service.entries.count() == 3


def test_a_dry_run_or_a_bad_file_makes_no_backup(service, tmp_path):
    csv = write(tmp_path / "more.csv", f"date,activity\n{D2},5\n")
    service.transfer.import_file(csv, dry_run=True)
    bad = write(tmp_path / "bad.csv", f"date,activity\n{D2},55\n")
    with pytest.raises(ValidationError):
        service.transfer.import_file(bad)
    assert service.backups.all() == []


def test_restore_and_undo_in_a_running_service(service):
    service.entries.save(DailyEntry(D1, activity=4))
    backup = service.backups.make("close")
    service.entries.save(DailyEntry(D2, activity=7))

    result = service.restore(backup.path)
    assert [e.day for e in service.entries.between()] == [D1]  # the service works on the restored diary at once
    assert result.previous.reason == "before-restore" and result.previous.entries == 2
    service.entries.save(DailyEntry(D3, activity=1))
    assert service.entries.count() == 2

    service.restore(result.previous.path)
    assert [e.day for e in service.entries.between()] == [D1, D2]


def test_a_bad_restore_leaves_the_service_working_on_the_same_diary(service, tmp_path):
    service.entries.save(DailyEntry(D1, activity=4))
    before = dump(service.data_dir)
    with pytest.raises(ValidationError, match="holds text"):
        service.restore(write(tmp_path / "notes.sqlite3", "hello"))
    assert dump(service.data_dir) == before
    service.entries.save(DailyEntry(D2, activity=5))
    assert service.entries.count() == 2


def test_a_backup_named_without_its_folder_is_found(service):
    backup = service.backups.make("manual")
    assert service.backups.resolve(backup.path.name) == backup.path
    assert service.backups.resolve(f"backups/{backup.path.name}") == backup.path
    service.restore(backup.path.name)


def test_save_copy_to_a_file_or_a_folder(service, tmp_path):
    service.entries.save(DailyEntry(D1, activity=4))
    copy = service.backups.save_copy(tmp_path / "copy.sqlite3")
    assert copy.entries == 1 and copy.path.exists()
    usb = tmp_path / "usb"
    usb.mkdir()
    dated = service.backups.save_copy(usb)
    assert dated.path.parent == usb and dated.path.name.startswith("diary-")
    assert service.backups.all() == []  # copies elsewhere are not part of the thinned history


def test_save_copy_refuses_a_missing_folder_or_the_diary_itself(service, tmp_path):
    with pytest.raises(ValidationError, match="not a folder"):
        service.backups.save_copy(tmp_path / "nowhere" / "copy.sqlite3")
    with pytest.raises(ValidationError, match="the diary itself"):
        service.backups.save_copy(service.data_dir / DB_FILENAME)


def test_restore_into_a_folder_without_a_diary(service, tmp_path):
    service.entries.save(DailyEntry(D1, activity=4))
    backup = service.backups.make("manual")
    fresh = DiaryBackups(tmp_path / "fresh")
    assert fresh.restore(backup.path).previous is None
    other = DiaryService(tmp_path / "fresh", today=lambda: TODAY)
    try:
        assert other.entries.between() == [DailyEntry(D1, activity=4)]
    finally:
        other.close()
