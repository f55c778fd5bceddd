"""Opening the window: one window per diary, and a diary that fails its check is offered a backup."""

import gc

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from diary.domain.entries import DailyEntry
from diary.services.diary import DiaryService
from diary.store.database import DB_FILENAME
from diary.store.integrity import DiaryDamagedError
from diary.store.lock import COMMAND, WINDOW, DiaryLock, DiaryLockedError
from diary.ui import app, main_window, opening, restore_dialog
from tests.conftest import TODAY


@pytest.fixture
def messages(monkeypatch):
    """Every message box the start-up shows, as (kind, text), answered at once."""
    shown = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, kind=kind, **k: shown.append((kind, a[2])))
    return shown


class Opened(list):
    """The main windows run_window opens; `openings`: the "Opening your diary…" windows shown first."""

    def __init__(self):
        super().__init__()
        self.openings = []


@pytest.fixture
def windows_opened(qtbot, monkeypatch):
    """The windows run_window opens; the event loop is replaced: it closes them and returns 0."""
    opened = Opened()

    class RecordedWindow(main_window.MainWindow):
        def __init__(self, service):
            super().__init__(service)
            opened.append(self)

    class RecordedOpening(opening.OpeningWindow):
        def __init__(self):
            super().__init__()
            opened.openings.append(self)

    def exec_once(*_args):
        open_after_first_paint(opened)
        for window in opened:
            window.close()
        return 0

    real_exec = QApplication.exec
    monkeypatch.setattr(main_window, "MainWindow", RecordedWindow)
    monkeypatch.setattr(opening, "OpeningWindow", RecordedOpening)
    monkeypatch.setattr(QApplication, "exec", exec_once)
    yield opened
    # run_window's app.exit(1) with no loop running leaves Qt's "quit now" flag set, and every
    # later event loop (qtbot.wait, a dialog's exec) would return at once: a real exec clears it.
    QTimer.singleShot(0, QApplication.quit)
    real_exec()


def open_after_first_paint(windows: Opened) -> None:
    """Run the event loop until each opening window has painted and handed over to the main window (or closed)."""
    import time

    for _ in range(200):
        QApplication.processEvents()
        if not any(w.isVisible() for w in windows.openings):
            return
        time.sleep(0.005)


def make_diary(data_dir, *activities):
    svc = DiaryService(data_dir, today=lambda: TODAY)
    try:
        for n, activity in enumerate(activities):
            svc.entries.save(DailyEntry(TODAY.replace(day=1 + n), activity=activity))
        return svc.backups.make("close") if activities else None
    finally:
        svc.close()


def test_the_window_opens_and_holds_the_lock_until_it_closes(qtbot, data_dir, messages, windows_opened, monkeypatch):
    held_while_open = []

    def exec_once(*_args):
        open_after_first_paint(windows_opened)
        held_while_open.append(_lock_is_taken(data_dir))
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)  # once it has painted, start-up's heap is set aside
        for window in windows_opened:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    assert app.run_window(data_dir) == 0
    assert len(windows_opened) == 1
    assert len(windows_opened.openings) == 1  # "Opening your diary…" first, which handed over to the main window
    assert held_while_open == [True]
    assert not _lock_is_taken(data_dir)  # released on the way out
    assert messages == []


def test_on_a_screen_smaller_than_the_window_it_opens_maximised_within_the_screen(qtbot, data_dir, windows_opened, monkeypatch):
    """The offscreen screen (800 × 800) is narrower than the window's 1180 × 800: as on a 1024×700 laptop,
    the window takes the screen rather than reach past its edge."""
    sizes = []

    def exec_once(*_args):
        open_after_first_paint(windows_opened)
        sizes.extend((w.isMaximized(), w.frameGeometry(), w.screen().availableGeometry()) for w in windows_opened)
        for window in windows_opened:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    assert app.run_window(data_dir) == 0
    ((maximised, frame, free),) = sizes
    assert maximised and free.contains(frame)


def _lock_is_taken(data_dir) -> bool:
    try:
        DiaryLock(data_dir).acquire().release()
    except DiaryLockedError:
        return True
    return False


def test_a_second_window_is_told_the_diary_is_already_open(qtbot, data_dir, messages, windows_opened):
    with DiaryLock(data_dir, WINDOW):
        assert app.run_window(data_dir) == 1
    ((kind, text),) = messages
    assert kind == "information"
    assert "already open in another LDN Diary window" in text
    assert windows_opened == [] and not any(w.isVisible() for w in windows_opened.openings)  # no main window


def test_while_a_command_writes_the_window_says_so(qtbot, data_dir, messages, windows_opened):
    with DiaryLock(data_dir, COMMAND):
        assert app.run_window(data_dir) == 1
    assert "another ldn-diary command" in messages[0][1]


def test_a_damaged_diary_is_restored_from_the_newest_backup(qtbot, data_dir, messages, windows_opened, monkeypatch):
    newest = make_diary(data_dir, 4, 5)
    db_path = data_dir / DB_FILENAME
    db_path.write_bytes(db_path.read_bytes()[:3000])
    offered = []

    def restore_newest(error):
        offered.append(error)
        return error.backups[0].path

    monkeypatch.setattr(restore_dialog, "ask_what_to_restore", restore_newest)
    assert app.run_window(data_dir) == 0
    (error,) = offered
    assert error.backups[0] == newest and "cut short" in str(error)
    assert len(windows_opened) == 1
    svc = DiaryService(data_dir)
    try:
        assert [e.activity for e in svc.entries.between()] == [4, 5]
        aside = [b for b in svc.backups.all() if b.reason == "damaged"]
        assert len(aside) == 1 and not aside[0].ok
    finally:
        svc.close()


def test_quitting_leaves_the_damaged_diary_as_it_was(qtbot, data_dir, messages, windows_opened, monkeypatch):
    make_diary(data_dir, 4)
    db_path = data_dir / DB_FILENAME
    db_path.write_text("not a diary")
    monkeypatch.setattr(restore_dialog, "ask_what_to_restore", lambda error: None)
    assert app.run_window(data_dir) == 1
    assert db_path.read_text() == "not a diary"
    assert windows_opened == [] and not any(w.isVisible() for w in windows_opened.openings)  # no main window
    assert not _lock_is_taken(data_dir)


def test_a_backup_that_cannot_be_restored_is_explained_and_asked_again(qtbot, data_dir, messages, windows_opened, monkeypatch, tmp_path):
    make_diary(data_dir, 4)
    (data_dir / DB_FILENAME).write_text("not a diary")
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("also not a diary")
    answers = iter([bad, None])
    monkeypatch.setattr(restore_dialog, "ask_what_to_restore", lambda error: next(answers))
    assert app.run_window(data_dir) == 1
    assert messages[0][0] == "warning" and "cannot be restored" in messages[0][1]


def test_a_diary_from_a_newer_version_is_only_explained(qtbot, data_dir, messages, windows_opened):
    import sqlite3

    make_diary(data_dir)
    con = sqlite3.connect(data_dir / DB_FILENAME)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    assert app.run_window(data_dir) == 1
    assert messages[0][0] == "critical" and "newer version" in messages[0][1]


# --- the offer itself -----------------------------------------------------------------------------


def damaged_error(data_dir, with_backup=True) -> DiaryDamagedError:
    make_diary(data_dir, *([4, 5] if with_backup else []))
    (data_dir / DB_FILENAME).write_bytes(b"")  # a diary emptied by accident
    if not with_backup:
        (data_dir / DB_FILENAME).write_text("text")
    with pytest.raises(DiaryDamagedError) as caught:
        DiaryService(data_dir)
    return caught.value


def test_the_offer_names_the_newest_backup_and_keeps_the_damaged_file(qtbot, data_dir):
    error = damaged_error(data_dir)
    box, buttons = restore_dialog.damaged_diary_box(error)
    qtbot.addWidget(box)
    assert set(buttons) == {"restore", "choose", "quit"}
    assert box.defaultButton() is buttons["restore"]
    text = box.informativeText()
    assert "is empty" in text and "left untouched" in text
    assert "2 entries" in text and "keeps the damaged file" in text


def test_without_backups_the_offer_is_to_restore_a_file_or_quit(qtbot, data_dir):
    error = damaged_error(data_dir, with_backup=False)
    box, buttons = restore_dialog.damaged_diary_box(error)
    qtbot.addWidget(box)
    assert set(buttons) == {"choose", "quit"}
    assert "There are no backups" in box.informativeText()


@pytest.mark.parametrize("answer", ["restore", "choose", "quit"])
def test_each_answer_to_the_offer(qtbot, data_dir, monkeypatch, answer):
    error = damaged_error(data_dir)
    real_box = restore_dialog.damaged_diary_box

    def answered_box(err):
        box, buttons = real_box(err)
        qtbot.addWidget(box)
        box.exec = lambda: 0
        box.clickedButton = lambda: buttons[answer]
        return box, buttons

    monkeypatch.setattr(restore_dialog, "damaged_diary_box", answered_box)
    monkeypatch.setattr(restore_dialog, "choose_backup", lambda backups, parent, intro: backups.all()[-1].path)
    chosen = restore_dialog.ask_what_to_restore(error)
    expected = {"restore": error.backups[0].path, "choose": error.backups[-1].path, "quit": None}[answer]
    assert chosen == expected


def test_an_unforeseen_error_while_opening_is_shown_and_the_window_closes(qtbot, data_dir, messages, windows_opened, monkeypatch):
    def fails(_data_dir):
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(restore_dialog, "open_diary", fails)
    assert app.run_window(data_dir) == 1
    ((kind, text),) = messages
    assert kind == "critical" and "could not be opened" in text and "disk I/O error" in text
    assert windows_opened == [] and windows_opened.openings  # an opening window was shown first…
    assert not any(w.isVisible() for w in windows_opened.openings)  # …and not left on "Opening your diary…"
    assert not _lock_is_taken(data_dir)
