"""Fixtures of the window's tests."""

import pytest
from PySide6.QtCore import Qt

from diary.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, service):
    win = MainWindow(service)
    qtbot.addWidget(win)
    win.show()
    if win.stack.currentWidget() is win.welcome_page:  # an empty diary opens on the first-run page:
        win.welcome_page.step_buttons[2].click()  # go on to today's entry, as its third step does
    return win


@pytest.fixture
def system_scheme(qapp):
    """Switch the system's colour scheme as a desktop does when the user picks dark or light (the
    offscreen platform of the tests has no scheme of its own); light again after the test."""
    hints = qapp.styleHints()
    yield hints.colorSchemeChanged.emit
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
