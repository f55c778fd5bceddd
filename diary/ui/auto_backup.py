"""Automatic backups from the window: at most every 30 minutes while changes are made, and on closing."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from diary.domain.language import translate
from diary.services.backups import Backup, BackupError, DiaryBackups

INTERVAL_MS = 30 * 60 * 1000


class AutoBackup(QObject):
    """Backs the diary up once it has changed: 30 minutes after the first change since the last
    backup, and when the window closes. A failure is said out loud, never swallowed."""

    def __init__(self, backups: DiaryBackups, window: QMainWindow):
        super().__init__(window)
        self._backups = backups
        self._window = window
        self.changed = False
        self._warned = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.on_timer_timeout)

    def on_data_changed(self, _change=None) -> None:
        self.changed = True
        if not self.timer.isActive():
            self.timer.start()

    def on_timer_timeout(self) -> None:
        self.back_up_if_changed("auto")

    def forget_changes(self) -> None:
        """Nothing to back up (e.g. the diary was just restored from a backup)."""
        self.changed = False
        self.timer.stop()

    def back_up_if_changed(self, reason: str) -> Backup | None:
        """Make a backup if the diary changed since the last one; the backup, or None."""
        if not self.changed:
            return None
        try:
            backup = self._backups.make(reason)
        except (BackupError, OSError) as exc:
            message = translate("ui.auto_backup", "Your diary is saved, but it could not be backed up: {reason}.").format(reason=exc)
            if self._warned:
                self._window.statusBar().showMessage(message, 30000)
            else:
                self._warned = True
                QMessageBox.warning(self._window, translate("ui.auto_backup", "Backup failed"),
                                    message + "\n\n" + translate("ui.auto_backup", "The app will try again later."))
            self.timer.start()
            return None
        self.changed = False
        self.timer.stop()
        return backup
