"""The write runner: bad input shown where it belongs, other failures in the error box, and each
change told to every page but the one that made it."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from diary.domain.entries import DailyEntry
from diary.services.changes import Change
from diary.services.errors import ValidationError, WriteError
from diary.ui.writes import Writes
from tests.conftest import TODAY


@pytest.fixture
def boxes(monkeypatch):
    """Every warning box shown, as (title, text)."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))
    return shown


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_bad_input_goes_to_the_pages_own_message_and_nothing_is_broadcast(parent, boxes):
    broadcast, inline = [], []

    def call():
        raise ValidationError(["a side effect needs a name"])

    assert Writes(broadcast.append).run(parent, call, failed="Not added", invalid=inline.append) is None
    assert [e.problems for e in inline] == [["a side effect needs a name"]]
    assert boxes == [] and broadcast == []


def test_bad_input_without_a_message_of_its_own_is_listed_in_a_warning_box(parent, boxes):
    broadcast = []

    def call():
        raise ValidationError(["activity must be 0 to 10", "the note is too long"])

    assert Writes(broadcast.append).run(parent, call, failed="This day was not saved") is None
    ((title, text),) = boxes
    assert title == "Not saved"
    assert text == "This day was not saved:\n\n• activity must be 0 to 10\n• the note is too long"
    assert broadcast == []


@pytest.mark.parametrize("error, words", [
    (OSError(28, "No space left on device"), "the disk is full"),
    (WriteError(__import__("pathlib").Path("/x/summary.pdf"), "permission denied"), "summary.pdf was not written: permission denied"),
])
def test_a_failed_write_is_shown_in_the_error_box_and_nothing_is_broadcast(parent, boxes, error, words):
    broadcast, done = [], []

    def call():
        raise error

    writes = Writes(broadcast.append)
    assert writes.run(parent, call, failed="The summary could not be saved", done=done.append) is None
    ((_title, text),) = boxes
    assert text.startswith("The summary could not be saved: ") and words in text
    assert broadcast == [] and done == []


def test_a_database_error_is_shown_in_the_error_box(parent, boxes):
    import sqlite3

    def call():
        raise sqlite3.OperationalError("database is locked")

    assert Writes(lambda change: None).run(parent, call, failed="This day was not saved") is None
    assert "database is locked" in boxes[0][1] and "nothing was changed" in boxes[0][1]


def test_a_write_is_broadcast_once_as_made_by_its_origin(parent, boxes, service):
    broadcast, done = [], []
    entry = DailyEntry(TODAY, activity=4)
    result = Writes(broadcast.append).run(parent, lambda: service.entries.save(entry), failed="Not saved", done=done.append)
    assert result == Change(days=frozenset({TODAY}))  # the origin is not part of what changed
    assert done == [result]
    ((change,),) = [broadcast]
    assert change.origin is parent and change.days == {TODAY}
    assert boxes == []


def test_the_page_that_saves_does_not_reload_itself_while_the_others_do(qtbot, window, service, monkeypatch):
    window.page_actions[1].trigger()  # History, built and shown…
    window.page_actions[0].trigger()  # …then the entry page again, the history hidden
    loads, reloads = [], []
    monkeypatch.setattr(window.entry_page, "load_day", lambda day: loads.append(day))
    history = window.history_page.page
    real_reload = history.reload
    monkeypatch.setattr(history, "reload", lambda: reloads.append(1) or real_reload())
    panel = []
    monkeypatch.setattr(window.response_panel, "refresh", lambda: panel.append(1))
    qtbot.mouseClick(window.entry_page.activity_group.button(3), Qt.MouseButton.LeftButton)
    assert window.entry_page.save()
    assert loads == []  # the entry page shows what it saved already
    assert panel == [1]  # the response panel follows at once
    window.page_actions[1].trigger()
    assert reloads == [1] and history.model.rowCount() == 1  # the history catches up when shown

    # The same change made elsewhere (another page, an import) reloads the entry page.
    window.events.data_changed.emit(service.entries.save(DailyEntry(TODAY, activity=5)))
    assert loads == [TODAY]


def test_a_write_that_fails_in_the_window_is_shown_and_the_pages_are_not_told(qtbot, window, service, boxes, monkeypatch):
    told = []
    window.events.data_changed.connect(told.append)

    def full_disk(entry):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(service.entries, "save", full_disk)
    qtbot.mouseClick(window.entry_page.activity_group.button(3), Qt.MouseButton.LeftButton)
    assert window.entry_page.save() is False
    assert boxes == [("Not saved", "This day was not saved: the disk is full; free some space and try again")]
    assert told == [] and window.entry_page.is_dirty()
    monkeypatch.setattr(window.entry_page, "ask_about_unsaved", lambda: QMessageBox.StandardButton.Discard)  # on closing


def test_the_thresholds_dialog_stays_open_when_saving_fails(qtbot, window, service, boxes, monkeypatch):
    from diary.ui.settings_dialog import ResponseSettingsDialog

    dialog = ResponseSettingsDialog(service, window.writes, window)  # deleted with the window
    dialog.show()

    def locked(settings):
        import sqlite3

        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(service.treatment, "save_settings", locked)
    dialog.relative.setValue(40)
    dialog.accept()
    assert dialog.isVisible() and "database is locked" in boxes[0][1]


def test_a_long_list_of_problems_shows_its_first_twenty_and_how_many_more(parent, boxes):
    def call():
        raise ValidationError([f"line {n}: activity must be 0 to 10" for n in range(2, 27)])

    assert Writes(lambda change: None).run(parent, call, failed="old.csv was not imported", title="Nothing imported") is None
    ((title, text),) = boxes
    assert title == "Nothing imported" and text.startswith("old.csv was not imported:\n\n• line 2:")
    assert text.count("• ") == 20 and "line 21:" in text and "line 22:" not in text
    assert text.endswith("… and 5 more problems.")
