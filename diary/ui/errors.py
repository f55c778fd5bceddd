"""An error nobody foresaw, raised in a slot: logged and shown, so the window never goes stale in silence."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from diary import APP_NAME
from diary.domain.language import translate


def unexpected() -> str:
    """What the box says, in the current language."""
    return translate(
        "ui.errors", "Something went wrong, and part of the window may not show your latest changes. What you "
        "saved is kept in your diary. Restarting {app} shows it again; the details below help to fix this."
    ).format(app=APP_NAME)


def show_unexpected_error(parent: QWidget, kind: type[BaseException], error: BaseException, tb) -> QMessageBox:
    """A message box with the error and its traceback, opened without blocking the event loop."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, unexpected(), parent=parent)
    box.setObjectName("unexpectedError")
    box.setInformativeText(translate("ui.errors", "{kind}: {error}", "an error's Python name and its message").format(
        kind=kind.__name__, error=error))
    box.setDetailedText("".join(traceback.format_exception(kind, error, tb)))
    box.open()
    return box


def report_unexpected_errors(parent: QWidget) -> Callable[[], None]:
    """Show every exception that reaches Qt's event loop over `parent`; returns the undo.
    The hook before it still runs: by default it prints the traceback to stderr, the app's log."""
    previous = sys.excepthook

    def hook(kind, error, tb) -> None:
        try:
            show_unexpected_error(parent, kind, error, tb)
        finally:
            previous(kind, error, tb)

    sys.excepthook = hook

    def restore() -> None:
        sys.excepthook = previous

    return restore
