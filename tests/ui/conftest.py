"""Fixtures of the window's tests."""

import pytest

from diary.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, service):
    win = MainWindow(service)
    qtbot.addWidget(win)
    win.show()
    if win.stack.currentWidget() is win.welcome_page:  # an empty diary opens on the first-run page:
        win.welcome_page.step_buttons[2].click()  # go on to today's entry, as its third step does
    return win
