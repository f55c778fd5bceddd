"""Helpers for service tests: a second diary, and the exact contents of a diary file."""

import sqlite3

import pytest

from diary.services.diary import DiaryService
from diary.store.database import DB_FILENAME
from tests.conftest import TODAY


@pytest.fixture
def other_service(tmp_path):
    """A second, empty diary in its own folder (for export -> import round trips)."""
    svc = DiaryService(tmp_path / "other", today=lambda: TODAY)
    yield svc
    svc.close()


def dump(service: DiaryService) -> list[str]:
    """Every row of the service's diary file as SQL, to check that nothing at all changed."""
    con = sqlite3.connect(service.data_dir / DB_FILENAME)
    try:
        return list(con.iterdump())
    finally:
        con.close()
