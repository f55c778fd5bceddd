"""One way to run a write from the window, as Anki's CollectionOp: the service call, its errors
shown where they belong, and what it changed told to every page, saying who changed it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from diary.domain.language import translate
from diary.services.changes import Change
from diary.services.errors import DATABASE_ERRORS, BackupError, DiaryOpenError, ValidationError, WriteError, reason_for

T = TypeVar("T")

# What can go wrong with a write that is no fault of the input: shown in the one error box.
FAILURES: tuple[type[Exception], ...] = (OSError, BackupError, DiaryOpenError, *DATABASE_ERRORS)


def change_of(result: object) -> Change | None:
    """The Change a service call returned: the result itself, or its `change` (an import's result)."""
    if isinstance(result, Change):
        return result
    change = getattr(result, "change", None)
    return change if isinstance(change, Change) else None


def failure_reason(error: Exception) -> str:
    """Why a write failed, in words a person can act on."""
    if isinstance(error, DATABASE_ERRORS):
        return translate("ui.writes", "the diary could not be used ({reason}); nothing was changed").format(
            reason=getattr(error, "orig", None) or error)
    if isinstance(error, OSError) and not isinstance(error, WriteError):
        return reason_for(error)
    return str(error)


PROBLEMS_LISTED = 20  # in one box: a file that cannot be imported may have hundreds


def show_problems(parent: QWidget, title: str, failed: str, error: ValidationError) -> None:
    """Bad input, in a warning box: each problem on a line of its own, the first PROBLEMS_LISTED of them."""
    listed = "\n".join("• " + problem for problem in error.problems[:PROBLEMS_LISTED])
    more = len(error.problems) - PROBLEMS_LISTED
    if more > 0:
        listed += "\n" + translate("ui.writes", "… and %n more problem(s).", None, more)
    QMessageBox.warning(parent, title, translate("ui.writes", "{failed}:\n\n{problems}", "what failed, then a list of its problems").format(
        failed=failed, problems=listed))


def show_failure(parent: QWidget, title: str, failed: str, error: Exception) -> None:
    """The one error box of the window: a write that failed for another reason than its input."""
    QMessageBox.warning(parent, title, translate("ui.writes", "{failed}: {reason}", "what failed, and why").format(
        failed=failed, reason=failure_reason(error)))


class Writes:
    """Runs the window's writes and broadcasts what they changed (`broadcast`: the window's signal)."""

    def __init__(self, broadcast: Callable[[Change], None]):
        self.broadcast = broadcast

    def run(
        self,
        parent: QWidget,
        call: Callable[[], T],
        *,
        failed: str,
        title: str | None = None,
        origin: object | None = None,
        invalid: Callable[[ValidationError], None] | None = None,
        done: Callable[[T], None] | None = None,
        change: Callable[[T], Change | None] = change_of,
    ) -> T | None:
        """Run `call`; on success `done(result)`, then broadcast its change as made by `origin`
        (`parent` unless said). Bad input goes to `invalid` (the page's own message), or to a
        warning box over `parent` titled `title` that starts with `failed` ("This day was not
        saved"); any other failure to the error box. Returns the result, or None if it failed."""
        title = title if title is not None else translate("ui.writes", "Not saved")
        try:
            result = call()
        except ValidationError as error:
            if invalid is not None:
                invalid(error)
            else:
                show_problems(parent, title, failed, error)
            return None
        except FAILURES as error:
            show_failure(parent, title, failed, error)
            return None
        if done is not None:
            done(result)
        made = change(result)
        if made is not None:
            self.broadcast(made.made_by(parent if origin is None else origin))
        return result
