"""`ldn-diary remind --status`: what reminders are set, when the next is due, and what this desktop offers."""

from __future__ import annotations

import datetime as dt
import os
import sys

from diary.desktop.autostart import Autostart
from diary.services.diary import DiaryService

NO_DISPLAY = "no (no display here)"


def status_lines(service: DiaryService, now: dt.datetime, notifications: str, tray: str) -> list[str]:
    settings = service.reminders.settings()
    autostart = Autostart()
    next_due = service.reminders.next_due(now)
    missed = service.reminders.missed_days()
    return [
        f"Daily reminder:    {'on, at ' + settings.time.strftime('%H:%M') if settings.daily else 'off'}",
        f"Dose reminder:     {'on, at the planned dose time' if settings.dose else 'off'}",
        f"Start at login:    {'on (' + autostart.where() + ')' if autostart.is_on() else 'off'}",
        f"Next reminder:     {next_due.strftime('%Y-%m-%d %H:%M') if next_due else 'none (reminders are off)'}",
        f"Missed days:       {len(missed)}" + (f" ({missed[0].isoformat()} to {missed[-1].isoformat()})" if missed else ""),
        f"Notifications:     {notifications}",
        f"Tray icon:         {tray}",
    ]


def notifications_here() -> str:
    from diary.desktop.notifications import Notifier

    notifier = Notifier(lambda _tag: None)
    try:
        return f"yes ({notifier.server().result()})"
    except Exception as exc:  # no session bus, or no notification service on it
        return f"no ({exc or type(exc).__name__})"
    finally:
        notifier.close()


def tray_here() -> str:
    """Whether this desktop has a tray (Qt asks the desktop; that needs a display)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return NO_DISPLAY
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    app = QApplication.instance() or QApplication(sys.argv[:1])  # Qt asks the desktop through it
    available = app is not None and QSystemTrayIcon.isSystemTrayAvailable()
    return "yes" if available else "no (reminders come while the window is open)"


def print_status(service: DiaryService) -> None:
    for line in status_lines(service, dt.datetime.now(), notifications_here(), tray_here()):
        print(line)
