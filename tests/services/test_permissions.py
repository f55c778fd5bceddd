"""Health data stays private: after everything the app does, each file in the data folder is 0600."""

import datetime as dt
import os
import stat

import pytest

from diary.domain.entries import DailyEntry
from diary.store.database import DB_FILENAME
from diary.store.lock import DiaryLock
from tests.conftest import TODAY

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def usual_umask():
    """A usual umask: files would be world-readable unless the app says otherwise."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_every_file_and_folder_the_app_writes_is_private(usual_umask, service, data_dir, tmp_path):
    with DiaryLock(data_dir):
        service.entries.save(DailyEntry(TODAY - dt.timedelta(days=2), activity=4))
        csv = tmp_path / "in.csv"
        csv.write_text(f"date,activity\n{TODAY - dt.timedelta(days=1)},5\n", encoding="utf-8")
        service.transfer.import_file(csv)
        made = service.backups.make("manual")
        service.restore(made.path)
        (data_dir / DB_FILENAME).write_text("damaged")  # then a restore over a damaged diary
        service.restore(made.path)
        service.entries.save(DailyEntry(TODAY, activity=3))  # the WAL is there while the service is open
        service.transfer.export_file(tmp_path / "export.csv")
        service.backups.save_copy(tmp_path / "copy.sqlite3")

        files = [p for p in data_dir.rglob("*") if p.is_file()]
        folders = [data_dir, *(p for p in data_dir.rglob("*") if p.is_dir())]
        names = {p.name for p in files}
        assert {DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}.lock"} <= names
        assert {b.reason for b in service.backups.all()} == {"before-import", "before-restore", "damaged", "manual"}
        assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in files} == {p.name: 0o600 for p in files}
        assert {str(p): stat.S_IMODE(p.stat().st_mode) for p in folders} == {str(p): 0o700 for p in folders}
        for exported in ("export.csv", "copy.sqlite3"):
            assert stat.S_IMODE((tmp_path / exported).stat().st_mode) == 0o600
