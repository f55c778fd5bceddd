"""Starting the window: checks for what Qt needs, opens the diary, shows the main window."""

from __future__ import annotations

import ctypes
import gc
import os
import sys
import traceback
from pathlib import Path

from diary import APP_NAME
from diary.domain.language import translate

# Libraries Qt's Linux desktop plugin loads at start-up, with the Debian/Ubuntu package of each.
LINUX_QT_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libEGL.so.1", "libegl1"),
    ("libGL.so.1", "libgl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)


def missing_system_packages() -> list[str]:
    """On Linux, the system packages a real window needs that are not installed."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return []
    missing = []
    for soname, package in LINUX_QT_LIBRARIES:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def startup_problem() -> str | None:
    """Why a window cannot open here, in words that say what to do; None if all is well."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if sys.platform.startswith("linux") and not platform:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            return translate("ui.app", "{app} needs a desktop session to open its window (DISPLAY is not set).").format(app=APP_NAME)
    missing = missing_system_packages()
    if missing:
        return translate("ui.app", "{app} needs some system libraries to open its window. Install them with:\n"
                         "    {command}").format(app=APP_NAME, command="sudo apt-get install " + " ".join(missing))
    return None


def run_window(data_dir: Path | None = None, hidden: bool = False) -> int:
    """Open the window on the diary in `data_dir`; returns the exit status. `hidden` (started at
    login) keeps it out of sight, in the tray, until a reminder or a click; minimised if no tray."""
    problem = startup_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        print(translate("ui.app", "{app} could not load Qt ({reason}). Reinstall it with: {command}").format(
            app=APP_NAME, reason=exc, command="pip install --force-reinstall ldn-diary"), file=sys.stderr)
        return 1

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("ldn-diary")
    from diary.desktop import language
    from diary.domain.language import current

    language.install(current().code)  # again, now that an app runs: Qt's own dialogs in that language too
    from diary.ui import theme
    from diary.ui.icon import app_icon

    app.setWindowIcon(app_icon())
    theme.install(app)  # the palette and the stylesheet, following the system's light or dark scheme
    # One window per diary: the lock is held until the window closes (and freed by the system if the app dies).
    lock = _lock_or_say_why(data_dir)
    if lock is None:
        return 1
    try:
        return _show_and_open(app, data_dir, hidden)
    finally:
        lock.release()


def _lock_or_say_why(data_dir: Path | None):
    """The window's lock on the diary; None once a message box has said why there is none."""
    from PySide6.QtWidgets import QMessageBox

    from diary.services.opening import Access, DiaryLockedError, take_lock  # not services.errors: before the first paint

    try:
        return take_lock(data_dir, Access.WINDOW)
    except DiaryLockedError as exc:
        if exc.by_window:
            text = translate("ui.app", "Your diary is already open in another {app} window. Switch to that window "
                             "(it may be minimised or behind other windows).").format(app=APP_NAME)
        else:
            text = str(exc)
        QMessageBox.information(None, APP_NAME, text)
    except OSError as exc:
        QMessageBox.critical(None, APP_NAME, translate("ui.app", "The diary folder cannot be used: {reason}").format(reason=exc))
    return None


def _show_and_open(app, data_dir: Path | None, hidden: bool = False) -> int:
    """Something on screen first ("Opening your diary…"); the diary opens right after its first paint,
    and the main window, built on it, takes the opening window's place. Hidden, nothing is shown
    but the tray icon (or the window, minimised, where there is no tray or no reminder is on)."""
    from PySide6.QtCore import QTimer

    from diary.ui import opening
    from diary.ui.errors import report_unexpected_errors

    shown = opening.OpeningWindow()
    stop_reporting = [report_unexpected_errors(shown)]
    opened: list = []  # the open diary, or None if it could not be opened
    windows: list = []  # the main window, kept here: Qt deletes a window Python no longer refers to

    def open_the_diary() -> None:
        window = _open_window(data_dir, opened)
        if window is None:
            shown.close()
            app.exit(1)
            return
        windows.append(window)
        stop_reporting[0]()
        stop_reporting[0] = report_unexpected_errors(window)
        after_first_paint(window, settle_heap)
        if not hidden:
            shown.hand_over_to(window)
        elif not window.reminders.keeps_running:
            window.showMinimized()

    if hidden:
        QTimer.singleShot(0, open_the_diary)
    else:
        shown.show_fitted()
        after_first_paint(shown.opening, open_the_diary)
    try:
        code = app.exec()
    finally:
        stop_reporting[0]()
        for service in opened:
            if service is not None:
                service.close()
    return 1 if opened == [None] else code


def _open_window(data_dir: Path | None, opened: list):
    """The main window on the open diary (added to `opened`, None if it could not be opened), or
    None once the user has been told why there is none."""
    from PySide6.QtWidgets import QMessageBox

    try:
        from diary.ui.restore_dialog import open_diary  # the database code: the slow part of start-up

        service = open_diary(data_dir)  # if the diary fails its check, offers to restore a backup
        opened.append(service)
        if service is None:
            return None
        from diary.ui import main_window  # and the pages

        return main_window.MainWindow(service)
    except Exception as exc:
        traceback.print_exc()
        QMessageBox.critical(None, APP_NAME, translate("ui.app", "Your diary could not be opened.\n\n{reason}").format(reason=exc))
        if not opened:
            opened.append(None)
        return None


def settle_heap() -> None:
    """Once the window is up: what start-up made (modules, widgets, their wrappers) lives as long as
    the app, so the garbage collector need not walk it again in every full collection (gc.freeze).
    Without this a read of 25 years' diary took 3.1 × one of 10 years, not 2.5 ×: the walks grew
    with both the reads and the heap."""
    gc.collect()  # first the start-up's own garbage, which freezing would keep for good
    gc.freeze()


def after_first_paint(widget, action) -> None:
    """Run `action` once, just after `widget` is first painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watcher(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, action)
            return False

    watcher = Watcher(widget)
    widget.installEventFilter(watcher)
