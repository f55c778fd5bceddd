"""Opening a diary with the lock it needs: the window and writing commands hold it, reading needs none."""

from __future__ import annotations

import datetime as dt

import pytest

from diary.domain.entries import DailyEntry
from diary.services.errors import DiaryDamagedError, DiaryLockedError
from diary.services.opening import Access, open_diary, take_lock
from diary.store.paths import DB_FILENAME

DAY = dt.date(2026, 3, 2)


@pytest.mark.parametrize("access", [Access.WINDOW, Access.WRITE])
def test_a_writer_holds_the_lock_until_it_closes(data_dir, access):
    service = open_diary(data_dir, access, lambda: DAY)
    try:
        with pytest.raises(DiaryLockedError):
            take_lock(data_dir, Access.WINDOW)
        service.entries.save(DailyEntry(DAY, activity=4))
    finally:
        service.close()
    take_lock(data_dir, Access.WINDOW).release()  # free again once closed


def test_a_window_refuses_a_writing_command_and_says_so(data_dir, monkeypatch):
    monkeypatch.setattr("diary.services.opening.COMMAND_WAIT_SECONDS", 0.0)
    window = take_lock(data_dir, Access.WINDOW)
    try:
        with pytest.raises(DiaryLockedError) as caught:
            open_diary(data_dir, Access.WRITE)
        assert caught.value.by_window
    finally:
        window.release()


def test_reading_needs_no_lock_beside_the_window(data_dir):
    window = take_lock(data_dir, Access.WINDOW)
    try:
        assert take_lock(data_dir, Access.READ) is None
        reader = open_diary(data_dir, Access.READ)
        assert reader.entries.count() == 0
        reader.close()
    finally:
        window.release()


def test_a_diary_that_cannot_be_opened_leaves_the_lock_free(data_dir):
    open_diary(data_dir, Access.WRITE).close()
    (data_dir / DB_FILENAME).write_bytes(b"not a diary at all, just text")
    with pytest.raises(DiaryDamagedError):
        open_diary(data_dir, Access.WRITE)
    take_lock(data_dir, Access.WINDOW).release()  # the failed open did not keep it
