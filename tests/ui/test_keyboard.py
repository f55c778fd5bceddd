"""The entry page by keyboard alone: one Tab stop per question, in the order of the screen, arrows
and number keys inside, activity 10 reachable, and a whole day in at most 8 keys."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from diary.domain.entries import DailyEntry, Severity
from diary.domain.treatment import TitrationStep
from tests.conftest import TODAY


class Keys:
    """Presses keys where the focus is, as a user would, and counts them."""

    def __init__(self, qtbot, window):
        self.qtbot, self.window, self.count = qtbot, window, 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier):
        self.qtbot.keyClick(QApplication.focusWidget() or self.window, key, modifier)
        self.count += 1


@pytest.fixture
def keys(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    shown(qtbot, window.entry_page)
    return Keys(qtbot, window)


def discard(window):
    """Drop what the test typed, unsaved (closing the window would ask about it)."""
    window.entry_page.load_day(window.entry_page.day)


def shown(qtbot, page):
    """Wait until the rows the page (re)built are on screen, as they are before a user can press a key."""
    qtbot.waitUntil(lambda: all(row.isVisible() for row in page.side_effects_box.rows))


def focused():
    return QApplication.focusWidget()


def test_a_day_with_a_planned_dose_in_at_most_eight_keys(qtbot, window, service, keys):
    service.treatment.start_course(TODAY - dt.timedelta(days=10), (TitrationStep(1, 1.5, dt.time(22)),))
    window.entry_page.load_day(TODAY)
    shown(qtbot, window.entry_page)
    window.entry_page.activity_box.row.setFocus()
    keys.press(Qt.Key.Key_4)  # the activity
    while focused() is not window.entry_page.side_effects_box.rows[0]:
        keys.press(Qt.Key.Key_Tab)  # dose, taken, time: already right
    keys.press(Qt.Key.Key_2)  # vivid dreams: moderate
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = service.entries.get(TODAY)
    assert (saved.activity, saved.dose_mg, saved.dose_taken, saved.side_effects["vivid_dreams"]) == (4, 1.5, True, Severity.MODERATE)
    assert keys.count <= 8


def test_tab_follows_the_screen(window, keys):
    page = window.entry_page
    page.activity_box.row.setFocus()
    seen = [focused()]
    for _ in range(30):
        keys.press(Qt.Key.Key_Tab)
        seen.append(focused())
    first_effects = page.side_effects_box.rows
    expected = [page.activity_box.row, page.dose_spin, *first_effects]  # no dose: taken and time are off
    positions = [seen.index(w) for w in expected]
    assert positions == sorted(positions), "Tab goes down the page as it reads"
    assert seen.index(page.note_edit) > seen.index(first_effects[-1]) and page.save_button in seen[seen.index(page.note_edit):]
    assert not any(w in page.activity_group.buttons() for w in seen)  # a row is one stop, not eleven


def test_activity_ten_by_keys_and_arrows_inside_the_row(qtbot, window, keys):
    row = window.entry_page.activity_box.row
    row.setFocus()
    keys.press(Qt.Key.Key_1)
    keys.press(Qt.Key.Key_0)
    assert row.value() == 10
    keys.press(Qt.Key.Key_Left)
    assert row.value() == 9
    keys.press(Qt.Key.Key_Home)
    assert row.value() == 0
    keys.press(Qt.Key.Key_End)
    assert row.value() == 10 and row.accessibleName() == "How active was your disease: 10, severe, 11 of 11"
    keys.press(Qt.Key.Key_Backspace)
    assert row.value() is None and row.accessibleName().endswith("not answered")
    discard(window)


def test_a_side_effect_row_takes_its_own_number_keys(qtbot, window, keys):
    page = window.entry_page
    headache = page.side_effects_box.rows[1]
    headache.setFocus()
    keys.press(Qt.Key.Key_3)
    assert page.side_effects_box.severities()["headache"] == Severity.SEVERE
    assert page.activity_group.checkedId() == -1  # the digit answered the row, not the activity
    keys.press(Qt.Key.Key_Left)
    assert headache.accessibleName() == "Headache: moderate, 3 of 4"
    keys.press(Qt.Key.Key_Backspace)  # a side effect is always answered: none is the least
    assert page.side_effects_box.severities()["headache"] == Severity.MODERATE
    discard(window)


def test_a_saved_day_reloads_into_the_rows(window, service):
    service.entries.save(DailyEntry(TODAY - dt.timedelta(days=1), activity=10, side_effects={"nausea": Severity.MILD}))
    page = window.entry_page
    page.go_to(TODAY - dt.timedelta(days=1))
    assert page.activity_box.row.value() == 10
    assert page.side_effects_box.severities()["nausea"] == Severity.MILD
