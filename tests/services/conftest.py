"""Helpers for service tests: a second diary, and the exact contents of a diary file."""


import pytest

from diary.services.diary import DiaryService
from tests.conftest import TODAY


@pytest.fixture
def other_service(tmp_path):
    """A second, empty diary in its own folder (for export -> import round trips)."""
    svc = DiaryService(tmp_path / "other", today=lambda: TODAY)
    yield svc
    svc.close()


