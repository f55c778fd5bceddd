"""An exception in a slot is shown to the user and logged, and fails the test that raised it."""

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from diary.ui.errors import report_unexpected_errors


def broken_button(qtbot) -> QPushButton:
    button = QPushButton("Broken")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: {}["missing"])
    return button


@pytest.mark.qt_no_exception_capture  # this test looks at what happens instead
def test_an_exception_in_a_slot_is_shown_logged_and_fails_the_test(qtbot, window, slot_errors, capsys):
    restore = report_unexpected_errors(window)
    try:
        broken_button(qtbot).click()
    finally:
        restore()
    box = window.findChild(QMessageBox, "unexpectedError")
    assert box is not None and box.isVisible()
    assert "may not show your latest changes" in box.text() and "KeyError: 'missing'" in box.informativeText()
    assert "KeyError" in box.detailedText()
    assert "KeyError: 'missing'" in capsys.readouterr().err  # the log
    assert len(slot_errors) == 1 and "KeyError" in slot_errors[0]  # the test would fail on it
    slot_errors.clear()
    box.close()


@pytest.mark.xfail(strict=True, reason="a slot raising must fail its test")
def test_pytest_qt_fails_a_test_whose_slot_raises(qtbot):
    broken_button(qtbot).click()
