"""Fixtures of the window's tests."""

import pytest

from diary.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, service):
    win = MainWindow(service)
    qtbot.addWidget(win)
    win.show()
    return win
