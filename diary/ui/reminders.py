"""The reminders while the app runs: a look at the wall clock every half minute, the native
notification, the tray icon, and what closing the window does while reminders are on."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from diary import APP_NAME
from diary.domain.language import translate
from diary.domain.reminders import Reminder, ReminderSettings
from diary.domain.wording import time_text
from diary.ui.icon import app_icon

if TYPE_CHECKING:
    from diary.desktop.notifications import Notifier
    from diary.services.diary import DiaryService

log = logging.getLogger(__name__)
CHECK_INTERVAL_MS = 30_000  # how often the wall clock is read; a check is a few small queries
NOT_SHOWN_LOG = "A reminder could not be shown as a notification: %s"  # for the log: not translated



def message(kind: Reminder | None) -> tuple[str, str]:
    """The title and text of the notification of `kind` (None: the test reminder)."""
    if kind is Reminder.DAILY:
        return (translate("ui.reminders", "Time for your LDN diary"),
                translate("ui.reminders", "Today has no entry yet. Click here to fill it in: it takes about 15 seconds."))
    if kind is Reminder.DOSE:
        return (translate("ui.reminders", "Time for your LDN dose"),
                translate("ui.reminders", "Your plan has a dose now. Click here to record it once you have taken it."))
    return (translate("ui.reminders", "LDN Diary test reminder"),
            translate("ui.reminders", "Reminders work on this computer. Click here to open today's entry."))


def make_notifier(on_clicked: Callable[[str], None]) -> Notifier:
    from diary.desktop.notifications import Notifier  # desktop-notifier and D-Bus: only once reminders are used

    return Notifier(on_clicked)


class Reminders(QObject):
    """Shows the reminders of `window`'s diary when due; a click opens that day's entry (`open_day`),
    the tray's Quit calls `quit`."""

    clicked = Signal(str)  # a notification's tag ("daily:2026-12-02"), from the notifier's thread
    failed = Signal(str, str)  # the title and message of a notification that could not be shown

    def __init__(self, window: QWidget, service: DiaryService, open_day: Callable[[dt.date], None], quit: Callable[[], None],
                 tray_available: bool | None = None,
                 notifier_factory: Callable[[Callable[[str], None]], Notifier] = make_notifier,
                 clock: Callable[[], dt.datetime] = dt.datetime.now):
        super().__init__(window)
        self._window = window
        self._service = service
        self._open_day, self._quit = open_day, quit
        self._make_notifier = notifier_factory
        self._notifier: Notifier | None = None
        self._clock = clock
        self.tray_available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.clicked.connect(self.on_notification_clicked, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self.on_notification_failed, Qt.ConnectionType.QueuedConnection)
        self.settings = ReminderSettings()
        self.apply(service.reminders.settings())

    # --- settings ------------------------------------------------------------------------------

    def apply(self, settings: ReminderSettings) -> None:
        """Run as `settings` say: the clock checked while any reminder is on, the tray shown with them."""
        self.settings = settings
        if settings.any_on:
            self.timer.start()
            QTimer.singleShot(0, self.check)  # a late start or a change of time: due at once
        else:
            self.timer.stop()
        if settings.any_on and self.tray_available:
            self._show_tray()
        elif self.tray is not None:
            self.tray.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not self.keeps_running)

    @property
    def keeps_running(self) -> bool:
        """Whether closing the window leaves the app in the tray (reminders on, and a tray to sit in)."""
        return self.settings.any_on and self.tray is not None and self.tray.isVisible()

    def _show_tray(self) -> None:
        if self.tray is None:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip(APP_NAME)
            menu = QMenu(self._window)
            self.open_action = menu.addAction(translate("ui.reminders", "Open {app}").format(app=APP_NAME), self.bring_window)
            self.today_action = menu.addAction(translate("ui.reminders", "Today's entry"), lambda: self.open_entry(self._service.today()))
            menu.addSeparator()
            self.quit_action = menu.addAction(translate("ui.reminders", "Quit"), self._quit)
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(self.on_tray_activated)
        self.tray.show()

    # --- checking and showing ------------------------------------------------------------------

    def check(self) -> list[Reminder]:
        """Show what is due now; each reminder at most once a day."""
        now = self._clock()
        kinds = self._service.reminders.due(now)
        for kind in kinds:
            self.notify(kind, now.date())
        if kinds:
            self._service.reminders.fired(kinds, now.date())
        return kinds

    def notify(self, kind: Reminder | None, day: dt.date) -> Future[str]:
        """Show the notification of `kind` (None: the test reminder) about `day`."""
        if self._notifier is None:
            self._notifier = self._make_notifier(self.clicked.emit)
        title, text = message(kind)
        sent = self._notifier.send(title, text, f"{kind.value if kind else 'test'}:{day.isoformat()}")
        def done(sent: Future[str]) -> None:  # in the notifier's thread
            if sent.exception() is not None:
                log.warning(NOT_SHOWN_LOG, sent.exception())
                self.failed.emit(title, text)

        sent.add_done_callback(done)
        return sent

    def server(self) -> Future[str]:
        """What shows the notifications on this desktop (the error if nothing does)."""
        if self._notifier is None:
            self._notifier = self._make_notifier(self.clicked.emit)
        return self._notifier.server()

    def describe(self, settings: ReminderSettings | None = None) -> str:
        """What the reminders (`settings`, else those in force) do on this computer, in a sentence or two."""
        settings = settings or self.settings
        if not settings.any_on:
            return translate("ui.reminders", "Reminders are off.")
        if settings.daily and settings.dose:
            on = translate("ui.reminders", "On: a reminder at {time} on days without an entry and a reminder at the planned "
                           "dose time while a course runs.")
        elif settings.daily:
            on = translate("ui.reminders", "On: a reminder at {time} on days without an entry.")
        else:
            on = translate("ui.reminders", "On: a reminder at the planned dose time while a course runs.")
        if self.tray_available:
            where = translate("ui.reminders", "The app stays in the tray when you close the window.")
        else:
            where = translate("ui.reminders", "This desktop has no tray: reminders come while the window is open (it may be minimised).")
        return f"{on.format(time=time_text(settings.time))} {where}"

    # --- slots ---------------------------------------------------------------------------------

    def on_notification_clicked(self, tag: str) -> None:
        day = dt.date.fromisoformat(tag.partition(":")[2])
        self.open_entry(min(day, self._service.today()))

    def on_notification_failed(self, title: str, message: str) -> None:
        """No notification service answered: the tray's own message, else the window asks for attention."""
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, message)
        else:
            QApplication.alert(self._window)

    def on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.bring_window()

    def bring_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def open_entry(self, day: dt.date) -> None:
        self.bring_window()
        self._open_day(day)

    def explain_tray(self) -> None:
        """The first time the window closes into the tray, say so (and how to quit)."""
        if self.tray is not None and self._service.reminders.explain_tray_once():
            self.tray.showMessage(APP_NAME, translate(
                "ui.reminders", "{app} keeps running here to remind you. To quit, choose Quit in this icon's menu.").format(app=APP_NAME))

    def close(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
        if self._notifier is not None:
            self._notifier.close()
            self._notifier = None
