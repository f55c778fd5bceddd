"""A first run on an empty diary: the first-run page, its three steps, and when it goes away."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel

from diary.domain.entries import DailyEntry
from diary.ui.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture
def new_window(qtbot, service):
    win = MainWindow(service)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    return win


def texts(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def test_an_empty_diary_opens_on_the_first_run_page_not_on_missing_days(new_window):
    win = new_window
    assert win.stack.currentWidget() is win.welcome_page
    words = texts(win.welcome_page)
    assert "low-dose naltrexone" in words and "baseline" in words and "week before your first dose" in words
    assert [b.text() for b in win.welcome_page.step_buttons] == ["About you…", "Your LDN plan…", "Today's entry"]
    assert not win.entry_page.banner.isVisibleTo(win.entry_page)  # not "Yesterday has no entry yet."


def test_each_step_goes_to_where_it_is_done(qtbot, new_window):
    win = new_window
    profile, plan, _entry = win.welcome_page.step_buttons
    profile.click()
    assert win.stack.currentWidget() is win.treatment_page
    qtbot.waitUntil(lambda: win.treatment_page.condition.hasFocus())
    win.nav.setCurrentRow(0)
    assert win.stack.currentWidget() is win.welcome_page  # still a first run: the page stays
    plan.click()
    assert win.stack.currentWidget() is win.treatment_page
    qtbot.waitUntil(lambda: win.treatment_page.start_button.hasFocus())
    win.nav.setCurrentRow(0)
    win.welcome_page.step_buttons[2].click()
    assert win.stack.currentWidget() is win.entry_page
    assert not win.entry_page.banner.isVisibleTo(win.entry_page)  # no "Yesterday has no entry yet"


def test_the_page_goes_once_the_diary_has_an_entry_or_a_course(qtbot, service):
    service.entries.save(DailyEntry(TODAY - dt.timedelta(days=3), activity=5))
    win = MainWindow(service)
    qtbot.addWidget(win)
    assert win.stack.currentWidget() is win.entry_page
    assert not service.is_new()


def test_a_course_started_from_the_plan_step_ends_the_first_run(qtbot, new_window, service):
    win = new_window
    win.welcome_page.step_buttons[1].click()
    win.events.data_changed.emit(service.treatment.start_course(TODAY))
    win.nav.setCurrentRow(0)
    assert win.stack.currentWidget() is win.entry_page
