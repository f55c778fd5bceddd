"""`ldn-diary remind --status`: what reminders are set, when the next is due, and what this desktop offers."""

from __future__ import annotations

import datetime as dt
import os
import sys

from diary.desktop.autostart import Autostart
from diary.domain.language import translate
from diary.services.diary import DiaryService


def _no_display() -> str:
    return translate("remind_command", "no (no display here)")


def status_lines(service: DiaryService, now: dt.datetime, notifications: str, tray: str) -> list[str]:
    settings = service.reminders.settings()
    autostart = Autostart()
    next_due = service.reminders.next_due(now)
    missed = service.reminders.missed_days()
    off = translate("remind_command", "off")
    if missed:
        missed_text = translate("remind_command", "{count} ({first} to {last})").format(
            count=len(missed), first=missed[0].isoformat(), last=missed[-1].isoformat())
    else:
        missed_text = "0"
    rows = [
        (translate("remind_command", "Daily reminder:"),
         translate("remind_command", "on, at {time}").format(time=settings.time.strftime("%H:%M")) if settings.daily else off),
        (translate("remind_command", "Dose reminder:"),
         translate("remind_command", "on, at the planned dose time") if settings.dose else off),
        (translate("remind_command", "Start at login:"),
         translate("remind_command", "on ({where})").format(where=autostart.where()) if autostart.is_on() else off),
        (translate("remind_command", "Next reminder:"),
         next_due.strftime("%Y-%m-%d %H:%M") if next_due else translate("remind_command", "none (reminders are off)")),
        (translate("remind_command", "Missed days:"), missed_text),
        (translate("remind_command", "Notifications:"), notifications),
        (translate("remind_command", "Tray icon:"), tray),
    ]
    width = max(19, *(len(label) + 1 for label, _ in rows))  # the values in one column
    return [label.ljust(width) + value for label, value in rows]


def notifications_here() -> str:
    from diary.desktop.notifications import Notifier

    notifier = Notifier(lambda _tag: None)
    try:
        return translate("remind_command", "yes ({server})").format(server=notifier.server().result())
    except Exception as exc:  # no session bus, or no notification service on it
        return translate("remind_command", "no ({reason})").format(reason=exc or type(exc).__name__)
    finally:
        notifier.close()


def tray_here() -> str:
    """Whether this desktop has a tray (Qt asks the desktop; that needs a display)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return _no_display()
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    app = QApplication.instance() or QApplication(sys.argv[:1])  # Qt asks the desktop through it
    available = app is not None and QSystemTrayIcon.isSystemTrayAvailable()
    return translate("remind_command", "yes") if available else translate("remind_command", "no (reminders come while the window is open)")


def print_status(service: DiaryService) -> None:
    for line in status_lines(service, dt.datetime.now(), notifications_here(), tray_here()):
        print(line)
