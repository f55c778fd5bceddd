"""The main window: pages, the one data_changed broadcast, import from the menu, and closing."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from diary.domain.entries import DailyEntry
from tests.conftest import TODAY


def test_saving_an_entry_updates_the_history_page(qtbot, window):
    qtbot.mouseClick(window.entry_page.activity_group.button(3), Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.entry_page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.page_actions[1].trigger()
    assert window.history_page.page.model.rowCount() == 1
    window.events.data_changed.emit(window._service.entries.save(DailyEntry(TODAY - dt.timedelta(days=1), activity=2)))
    assert window.history_page.page.model.rowCount() == 2  # a visible history follows at once


def test_a_hidden_page_catches_up_with_every_change_when_shown_again(qtbot, window, service):
    window.page_actions[1].trigger()  # History, built
    model = window.history_page.page.model
    window.page_actions[0].trigger()
    for n in (3, 4):
        window.events.data_changed.emit(service.entries.save(DailyEntry(TODAY - dt.timedelta(days=n), activity=n)))
    assert model.rowCount() == 0  # hidden: not reloaded on each save
    window.page_actions[1].trigger()
    assert model.rowCount() == 2


def test_history_opens_a_day_in_the_entry_page(qtbot, window, service):
    day = TODAY - dt.timedelta(days=5)
    window.events.data_changed.emit(service.entries.save(DailyEntry(day, activity=8)))
    window.page_actions[1].trigger()
    assert window.stack.currentWidget() is window.history_page
    window.history_page.page.on_table_activated(window.history_page.page.model.index(0, 0))
    assert window.stack.currentWidget() is window.entry_page
    assert window.entry_page.day == day
    assert window.entry_page.activity_group.checkedId() == 8


def test_switching_page_with_unsaved_changes_can_be_cancelled(qtbot, window, monkeypatch):
    monkeypatch.setattr(window.entry_page, "ask_about_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(window.entry_page.activity_group.button(3), Qt.MouseButton.LeftButton)
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is window.entry_page
    assert window.nav.currentRow() == 0


def test_discarding_unsaved_changes_when_leaving_the_page_sticks(qtbot, window, service, monkeypatch):
    asked = []
    monkeypatch.setattr(window.entry_page, "ask_about_unsaved",
                        lambda: asked.append(window.entry_page.day) or QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(window.entry_page.activity_group.button(3), Qt.MouseButton.LeftButton)
    window.nav.setCurrentRow(1)  # leave the entry page: Discard
    assert window.stack.currentWidget() is window.history_page and asked == [TODAY]
    window.nav.setCurrentRow(0)
    assert window.entry_page.activity_group.checkedId() == -1  # the discarded value is gone
    assert window.close()  # Quit does not ask about the same day again
    assert asked == [TODAY] and service.entries.get(TODAY) is None


def test_closing_with_unsaved_changes_asks(qtbot, window, service, monkeypatch):
    monkeypatch.setattr(window.entry_page, "ask_about_unsaved", lambda: QMessageBox.StandardButton.Save)
    qtbot.mouseClick(window.entry_page.activity_group.button(2), Qt.MouseButton.LeftButton)
    assert window.close()
    assert service.entries.get(TODAY).activity == 2


def test_import_from_the_menu_confirms_then_imports(qtbot, window, service, tmp_path, monkeypatch):
    csv = tmp_path / "old.csv"
    csv.write_text("date,activity\n2026-06-01,5\n2026-06-02,4\n", encoding="utf-8")
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: questions.append(args[2]) or QMessageBox.StandardButton.Yes)
    window.import_file(csv)
    assert "2 new days" in questions[0]
    assert service.entries.count() == 2
    window.page_actions[1].trigger()
    assert window.history_page.page.model.rowCount() == 2


def test_a_bad_import_file_changes_nothing_and_lists_the_problems(qtbot, window, service, tmp_path, monkeypatch):
    csv = tmp_path / "bad.csv"
    csv.write_text("date,activity\n2026-06-01,5\n2026-06-02,12\n", encoding="utf-8")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window.import_file(csv)
    assert "line 3" in warnings[0] and "activity" in warnings[0]
    assert service.entries.count() == 0


def test_diary_language_opens_the_language_dialog(qtbot, window, monkeypatch):
    from diary.ui.language_dialog import LanguageDialog

    opened = []
    monkeypatch.setattr(LanguageDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.language_action.trigger()
    assert len(opened) == 1 and opened[0].parent() is window


def test_the_window_speaks_dutch_and_german(qtbot, service):
    """The menus and the status bar in the window's language (the .ts files hold ui.main_window's words)."""
    from diary.desktop import language
    from diary.ui.main_window import MainWindow

    for code, file_menu, kept in (("nl", "&Bestand", "alleen op deze computer"), ("de", "&Datei", "nur auf diesem Computer")):
        language.install(code)
        window = MainWindow(service)
        qtbot.addWidget(window)
        assert window.menuBar().actions()[0].text() == file_menu
        assert kept in window.statusBar().currentMessage()


@pytest.mark.parametrize("add", [True, False])
def test_misspelled_columns_are_fixed_or_added_as_the_user_s_own(qtbot, window, monkeypatch, add):
    from diary.services.errors import MisspelledColumnsError

    shown = []

    def answer(box):
        shown.append(box.text())
        wanted = QMessageBox.ButtonRole.AcceptRole if add else QMessageBox.ButtonRole.RejectRole
        next(b for b in box.buttons() if box.buttonRole(b) == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert window.ask_new_side_effects(MisspelledColumnsError((("nausae", "nausea"),))) is add
    assert "'nausae' looks like 'nausea'" in shown[0]
