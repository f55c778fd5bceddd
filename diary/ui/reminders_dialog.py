"""The reminders' settings: the daily and dose reminders, starting at login, and a test reminder."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from diary.desktop.autostart import Autostart, launch_command
from diary.domain.language import translate
from diary.domain.reminders import ReminderSettings
from diary.ui.dialogs import Dialog

if TYPE_CHECKING:
    from diary.services.diary import DiaryService
    from diary.ui.reminders import Reminders
    from diary.ui.writes import Writes

POLL_MS = 50  # how often the dialog looks whether the notification service has answered


class ReminderDialog(Dialog):
    """Edits the reminder settings; saved (and start at login written or removed) only with OK."""

    def __init__(self, service: DiaryService, writes: Writes, reminders: Reminders,
                 parent: QWidget | None = None, autostart: Autostart | None = None):
        super().__init__(parent)
        self._service = service
        self._writes = writes
        self._reminders = reminders
        self._autostart = autostart or Autostart()
        self.setWindowTitle(translate("ui.reminders_dialog", "Reminders"))
        settings = service.reminders.settings()

        intro = QLabel(translate("ui.reminders_dialog", "The verdict on LDN needs most days filled in. A reminder in the evening "
                                 "helps; it comes only on days that have no entry yet, once."))
        intro.setWordWrap(True)
        self.daily = QCheckBox(translate("ui.reminders_dialog", "Remind me when a day has no entry, at"), checked=settings.daily)
        self.time_edit = QTimeEdit(QTime(settings.time.hour, settings.time.minute), displayFormat="HH:mm")
        self.time_edit.setAccessibleName(translate("ui.reminders_dialog", "Reminder time"))
        self.dose = QCheckBox(translate("ui.reminders_dialog", "Remind me at my planned dose time, while a course runs and until "
                                        "the dose is recorded"), checked=settings.dose)
        self.login = QCheckBox(translate("ui.reminders_dialog", "Start LDN Diary when I log in, out of sight until a reminder"),
                               checked=self._autostart.is_on())
        self.login.setToolTip(translate("ui.reminders_dialog", "Writes {place}; turning it off removes it again").format(
            place=self._autostart.where()))
        self.where = QLabel(reminders.describe())
        self.where.setWordWrap(True)
        self.server = QLabel(translate("ui.reminders_dialog", "Looking for the desktop's notifications…"))
        self.server.setWordWrap(True)
        self.test_button = QPushButton(translate("ui.reminders_dialog", "Send a test reminder"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        daily_row = QHBoxLayout()
        daily_row.addWidget(self.daily)
        daily_row.addWidget(self.time_edit)
        daily_row.addStretch(1)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(daily_row)
        layout.addWidget(self.dose)
        layout.addWidget(self.login)
        layout.addWidget(self.where)
        layout.addWidget(self.server)
        layout.addLayout(test_row)
        layout.addWidget(buttons)

        self.daily.toggled.connect(self.on_choice_toggled)
        self.dose.toggled.connect(self.on_choice_toggled)
        self.time_edit.timeChanged.connect(self.on_choice_toggled)
        self.test_button.clicked.connect(self.on_test_clicked)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.on_choice_toggled()
        self._when_done(reminders.server(), self.on_server_found)

    def chosen(self) -> ReminderSettings:
        time = self.time_edit.time()
        return ReminderSettings(daily=self.daily.isChecked(), time=time.toPython(), dose=self.dose.isChecked())

    def _when_done(self, future: Future[str], then: Callable[[Future[str]], None]) -> None:
        """Call `then(future)` in this thread once the notifier's thread has finished `future`."""
        timer = QTimer(self, interval=POLL_MS)

        def look() -> None:
            if future.done():
                timer.stop()
                then(future)

        timer.timeout.connect(look)
        timer.start()

    # --- slots ---------------------------------------------------------------------------------

    def on_choice_toggled(self, *_args) -> None:
        self.time_edit.setEnabled(self.daily.isChecked())
        self.where.setText(self._reminders.describe(self.chosen()))
        on = self.chosen().any_on
        self.login.setEnabled(on or self.login.isChecked())  # can always be turned off

    def on_server_found(self, found: Future[str]) -> None:
        if found.exception() is None:
            self.server.setText(translate("ui.reminders_dialog", "Notifications on this desktop are shown by {server}.").format(
                server=found.result()))
        else:
            self.server.setText(translate("ui.reminders_dialog", "No notification service answered on this desktop: a reminder "
                                          "makes the LDN Diary window ask for attention instead."))

    def on_test_clicked(self) -> None:
        self.test_result.setText(translate("ui.reminders_dialog", "Sending…"))
        self._when_done(self._reminders.notify(None, self._service.today()), self.on_test_sent)

    def on_test_sent(self, sent: Future[str]) -> None:
        if sent.exception() is None:
            self.test_result.setText(translate("ui.reminders_dialog", "Sent: it should be on your screen now."))
        else:
            reason = str(sent.exception() or "") or translate("ui.reminders_dialog", "no answer", "from the notification service")
            self.test_result.setText(translate("ui.reminders_dialog", "It could not be shown ({reason}).").format(reason=reason))

    def accept(self) -> None:
        """Save the settings, write or remove the login entry, and run as they say; stay open if that fails."""
        settings = self.chosen()
        if self._writes.run(self, lambda: self._service.reminders.save_settings(settings),
                            failed=translate("ui.reminders_dialog", "The reminders were not saved")) is None:
            return
        try:
            if self.login.isChecked() and settings.any_on:
                self._autostart.turn_on(launch_command(self._service.data_dir))
            else:
                self._autostart.turn_off()
        except OSError as exc:
            self.test_result.setText(translate("ui.reminders_dialog", "Starting at login could not be changed: {error}").format(error=exc))
            return
        self._reminders.apply(settings)
        super().accept()
