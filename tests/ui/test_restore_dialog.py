"""The restore dialog, its table model, and File → Restore from a backup… in the main window."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from diary.domain.entries import DailyEntry
from diary.ui import restore_dialog
from diary.ui.restore_dialog import BackupTableModel, RestoreDialog
from tests.conftest import TODAY, dump

D1, D2, D3 = (TODAY - dt.timedelta(days=n) for n in (3, 2, 1))


@pytest.fixture
def backups(service, data_dir):
    """Two good backups (one and two entries) and a damaged one, newest first."""
    service.entries.save(DailyEntry(D1, activity=4))
    one = service.backups.make("close")
    service.entries.save(DailyEntry(D2, activity=5))
    two = service.backups.make("before-import")
    damaged = data_dir / "backups" / "diary-2099-01-01-000000-auto.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 40)
    listed = service.backups.all()
    assert [b.path for b in listed] == [damaged, two.path, one.path]
    return listed


def test_the_model_shows_date_entries_last_day_and_why(qtbot, backups):
    model = BackupTableModel(backups)
    assert (model.rowCount(), model.columnCount()) == (3, 4)
    text = lambda row, column: model.data(model.index(row, column))  # noqa: E731
    assert text(1, model.ENTRIES) == "2" and text(2, model.ENTRIES) == "1"
    assert text(1, model.LAST_DAY) == f"{D2:%a} {D2.day} {D2:%b %Y}"
    assert text(1, model.KIND) == "Before an import"
    assert text(2, model.KIND) == "When the window closed"
    assert text(0, model.ENTRIES) == "damaged" and text(0, model.LAST_DAY) == "cannot be restored"
    assert model.flags(model.index(0, 0)) == Qt.ItemFlag.NoItemFlags
    assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.data(model.index(2, 0), model.PathRole) == backups[2].path
    assert "cut short" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Made"


def test_the_dialog_starts_on_the_newest_good_backup(qtbot, backups, service):
    dialog = RestoreDialog(backups, service.backups.folder)
    qtbot.addWidget(dialog)
    assert dialog.selected_backup() == backups[1]
    assert dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)  # damaged: cannot be chosen
    assert dialog.selected_backup() in (None, backups[1])
    dialog.table.selectRow(2)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen == backups[2].path


def test_a_double_click_restores_that_backup(qtbot, backups, service):
    dialog = RestoreDialog(backups, service.backups.folder)
    qtbot.addWidget(dialog)
    dialog.on_table_double_clicked(dialog.model.index(2, 0))
    assert dialog.chosen == backups[2].path
    dialog.chosen = None
    dialog.on_table_double_clicked(dialog.model.index(0, 0))  # damaged
    assert dialog.chosen is None


def test_with_no_backups_the_dialog_says_when_they_are_made(qtbot, service):
    dialog = RestoreDialog([], service.backups.folder)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert dialog.table.isHidden() and not dialog.empty_label.isHidden()
    assert "every 30 minutes" in dialog.empty_label.text()


def test_another_file_can_be_chosen(qtbot, service, monkeypatch, tmp_path):
    dialog = RestoreDialog([], service.backups.folder)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "usb.sqlite3"), ""))
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == tmp_path / "usb.sqlite3"


# --- from the main window -------------------------------------------------------------------------




def test_restore_from_the_file_menu_replaces_the_diary_and_refreshes_the_pages(qtbot, window, service, backups, monkeypatch):
    service.entries.save(DailyEntry(D3, activity=9))
    window.events.data_changed.emit(service.entries.save(DailyEntry(TODAY, activity=1)))
    window.page_actions[1].trigger()
    assert window.history_page.page.model.rowCount() == 4
    window.page_actions[0].trigger()
    chosen = backups[2]  # one entry
    monkeypatch.setattr(restore_dialog, "choose_backup", lambda *a, **k: chosen.path)
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.Yes)

    window.restore_action.trigger()

    assert "Replace your diary (4 entries)" in questions[0] and "with 1 entry?" in questions[0]
    assert [e.day for e in service.entries.between()] == [D1]
    assert window.entry_page.activity_group.checkedId() == -1  # today is no longer recorded
    window.page_actions[1].trigger()
    assert window.history_page.page.model.rowCount() == 1
    (undo,) = [b for b in service.backups.all() if b.reason == "before-restore"]
    assert undo.entries == 4
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Restored the backup made on {restore_dialog.when_text(chosen.created)}: 1 entry.")
    assert f"To undo, restore the backup made on {restore_dialog.when_text(undo.created)} (before a restore)" in message
    assert not window.auto_backup.changed  # nothing new to back up on closing


def test_cancelling_the_confirmation_changes_nothing(qtbot, window, service, backups, monkeypatch):
    monkeypatch.setattr(restore_dialog, "choose_backup", lambda *a, **k: backups[2].path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.restore_action.trigger()
    assert service.entries.count() == 2
    assert len(service.backups.all()) == 3


def test_unsaved_changes_are_asked_about_first(qtbot, window, service, backups, monkeypatch):
    monkeypatch.setattr(window.entry_page, "ask_about_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    chooser = []
    monkeypatch.setattr(restore_dialog, "choose_backup", lambda *a, **k: chooser.append(1))
    qtbot.mouseClick(window.entry_page.activity_group.button(3), Qt.MouseButton.LeftButton)
    window.restore_action.trigger()
    assert chooser == []


def test_a_file_that_cannot_be_restored_is_explained_and_nothing_changes(qtbot, window, service, backups, monkeypatch, tmp_path):
    bad = tmp_path / "old.sqlite3"
    bad.write_text("date,activity\n")
    monkeypatch.setattr(restore_dialog, "choose_backup", lambda *a, **k: bad)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    before = dump(service.data_dir)
    window.restore_action.trigger()
    assert "holds text, not a database" in warnings[0] and "was not changed" in warnings[0]
    assert dump(service.data_dir) == before


def test_choose_backup_runs_the_dialog(qtbot, service, backups, monkeypatch):
    def accept_second(dialog):
        dialog.table.selectRow(2)
        dialog.on_restore_clicked()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", accept_second)
    assert restore_dialog.choose_backup(service.backups) == backups[2].path
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert restore_dialog.choose_backup(service.backups) is None


def test_the_file_menu_has_the_restore_action(window):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.restore_action in file_menu.actions()
    assert window.restore_action.text() == "&Restore from a backup…"


def test_in_german_the_table_speaks_german_and_groups_thousands_with_a_point(qtbot, backups):
    from dataclasses import replace

    from diary.desktop import language

    language.install("de")
    model = BackupTableModel([backups[0], replace(backups[1], check=replace(backups[1].check, entries=1234))])
    text = lambda row, column: model.data(model.index(row, column))  # noqa: E731
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Erstellt", "Einträge", "Letzter erfasster Tag", "Anlass"]
    assert (text(0, model.ENTRIES), text(0, model.LAST_DAY)) == ("beschädigt", "nicht wiederherstellbar")
    assert text(1, model.ENTRIES) == "1.234"
    language.install("en")
    assert text(1, model.ENTRIES) == "1,234"
