"""Backups made by the window: on closing after a change, every 30 minutes while changes are made,
before an import; and a failed backup is said out loud."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from diary.domain.entries import DailyEntry
from diary.services.backups import BackupError
from diary.ui.auto_backup import INTERVAL_MS
from tests.conftest import TODAY


def save_in_the_window(qtbot, window, activity: int) -> None:
    qtbot.mouseClick(window.entry_page.activity_group.button(activity), Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.entry_page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_closing_without_changes_makes_no_backup(qtbot, window, service):
    assert window.close()
    assert service.backups.all() == []


def test_closing_after_a_change_backs_up_what_was_saved(qtbot, window, service):
    save_in_the_window(qtbot, window, 6)
    assert window.close()
    (backup,) = service.backups.all()
    assert backup.reason == "close" and backup.entries == 1


def test_unsaved_changes_saved_on_closing_are_in_the_backup(qtbot, window, service, monkeypatch):
    monkeypatch.setattr(window.entry_page, "ask_about_unsaved", lambda: QMessageBox.StandardButton.Save)
    qtbot.mouseClick(window.entry_page.activity_group.button(2), Qt.MouseButton.LeftButton)
    assert window.close()
    (backup,) = service.backups.all()
    assert backup.entries == 1 and backup.last_day == TODAY


def test_cancelling_the_close_makes_no_backup(qtbot, window, service, monkeypatch):
    save_in_the_window(qtbot, window, 6)
    monkeypatch.setattr(window.entry_page, "ask_about_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(window.entry_page.activity_group.button(2), Qt.MouseButton.LeftButton)
    assert not window.close()
    assert service.backups.all() == []
    monkeypatch.setattr(window.entry_page, "ask_about_unsaved", lambda: QMessageBox.StandardButton.Discard)


def test_a_backup_every_30_minutes_while_changes_are_made(qtbot, window, service):
    timer = window.auto_backup.timer
    assert not timer.isActive()
    save_in_the_window(qtbot, window, 6)
    assert timer.isActive() and timer.interval() == INTERVAL_MS == 30 * 60 * 1000
    assert timer.isSingleShot()

    timer.timeout.emit()  # half an hour later
    (backup,) = service.backups.all()
    assert backup.reason == "auto"
    assert not window.auto_backup.changed and not timer.isActive()

    timer.timeout.emit()  # nothing changed since: no new backup
    assert len(service.backups.all()) == 1
    assert window.close()
    assert len(service.backups.all()) == 1  # ... nor on closing

    window.events.data_changed.emit(service.entries.save(DailyEntry(TODAY - dt.timedelta(days=1), activity=3)))
    assert timer.isActive()


def test_an_import_from_the_menu_is_backed_up_first(qtbot, window, service, tmp_path, monkeypatch):
    service.entries.save(DailyEntry(TODAY - dt.timedelta(days=3), activity=5))
    csv = tmp_path / "old.csv"
    csv.write_text("date,activity\n2026-06-01,5\n", encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.import_file(csv)
    backup = service.backups.all()[0]
    assert backup.reason == "before-import" and backup.entries == 1
    assert service.entries.count() == 2


def test_an_import_whose_backup_fails_imports_nothing_and_says_why(qtbot, window, service, tmp_path, monkeypatch):
    csv = tmp_path / "old.csv"
    csv.write_text("date,activity\n2026-06-01,5\n", encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))

    def full_disk(reason="manual"):
        raise BackupError("No space left on device")

    monkeypatch.setattr(service.backups, "make", full_disk)
    window.import_file(csv)
    assert "was not imported" in warnings[0] and "No space left" in warnings[0]
    assert service.entries.count() == 0


def test_a_failed_backup_is_said_once_then_shown_in_the_status_bar(qtbot, window, service, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    monkeypatch.setattr(service.backups, "make", lambda reason: (_ for _ in ()).throw(BackupError("disk full")))
    save_in_the_window(qtbot, window, 6)

    window.auto_backup.timer.timeout.emit()
    assert len(warnings) == 1 and "could not be backed up: disk full" in warnings[0]
    assert "Your diary is saved" in warnings[0]
    assert window.auto_backup.changed and window.auto_backup.timer.isActive()  # tried again later

    window.auto_backup.timer.timeout.emit()
    assert len(warnings) == 1
    assert "could not be backed up" in window.statusBar().currentMessage()

    monkeypatch.undo()
    assert window.close()
    assert service.backups.all()[0].reason == "close"
