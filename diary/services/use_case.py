"""What every group of use cases shares: the open diary's transactions and its clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Protocol

from diary.domain.errors import ValidationError
from diary.store.records import DiaryRecords


class OpenDiary(Protocol):
    """The diary the use cases work on (DiaryService)."""

    today: Callable[[], dt.date]

    def transaction(self) -> AbstractContextManager[DiaryRecords]: ...


class UseCases:
    """A group of use cases over one open diary."""

    def __init__(self, diary: OpenDiary):
        self._diary = diary

    def _transaction(self) -> AbstractContextManager[DiaryRecords]:
        return self._diary.transaction()

    def _today(self) -> dt.date:
        return self._diary.today()


def check(problems: list[str]) -> None:
    """Refuse the write, naming every problem the domain found."""
    if problems:
        raise ValidationError(problems)


__all__ = ["OpenDiary", "UseCases", "check"]
