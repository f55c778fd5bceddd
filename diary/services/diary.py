"""One open diary and its use cases, grouped by concern over one store: entries, treatment, reports, transfer, reminders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from diary.services.backups import DiaryBackups, RestoreResult
from diary.services.entries import EntryService
from diary.services.reminders import ReminderService
from diary.services.reports import ReportService
from diary.services.transfer import TransferService
from diary.services.treatment import TreatmentService
from diary.store.backups import good_backups
from diary.store.integrity import DiaryDamagedError
from diary.store.paths import default_data_dir
from diary.store.records import DiaryRecords, DiaryStore

if TYPE_CHECKING:
    from diary.store.lock import DiaryLock


def open_store(data_dir: Path) -> DiaryStore:
    """The diary of `data_dir`, checked (and upgraded); a damaged one is refused naming its good backups."""
    try:
        return DiaryStore(data_dir)
    except DiaryDamagedError as exc:
        raise exc.with_backups(tuple(good_backups(data_dir))) from None


class DiaryService:
    """One open diary and everything a user can do with it, each write one transaction.

    `entries`, `treatment`, `reports`, `transfer` and `reminders` hold the use cases; `backups` makes and
    restores backups. A `lock` handed in (services.opening) is released by `close()`.
    """

    def __init__(
        self,
        data_dir: Path | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        lock: DiaryLock | None = None,
    ):
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        self.today = today
        self.backups = DiaryBackups(self.data_dir)
        self._store = open_store(self.data_dir)
        self._lock = lock
        self.entries = EntryService(self)
        self.treatment = TreatmentService(self)
        self.reports = ReportService(self)
        self.transfer = TransferService(self, self.backups)
        self.reminders = ReminderService(self)

    @contextmanager
    def transaction(self) -> Iterator[DiaryRecords]:
        """One transaction on the diary: committed when the block ends, rolled back whole if it raises."""
        with self._store.transaction() as records:
            yield records

    def is_new(self) -> bool:
        """True while the diary has no entry and no LDN course: a first run."""
        with self.transaction() as records:
            return records.entry_count() == 0 and not records.courses()

    def restore(self, source: Path) -> RestoreResult:
        """Replace the diary with the backup `source`; the diary as it was is backed up first."""
        self._store.close()
        try:
            return self.backups.restore(source)
        finally:
            self._store = open_store(self.data_dir)

    def close(self) -> None:
        self._store.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
