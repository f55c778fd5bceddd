"""The side-effect list dialog driven with the keyboard and the mouse."""

import pytest
from PySide6.QtCore import Qt

from diary.ui.side_effects_dialog import SideEffectsDialog
from diary.ui.writes import Writes


@pytest.fixture
def dialog(qtbot, service):
    widget = SideEffectsDialog(service, Writes(lambda change: None))
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def test_enter_adds_a_side_effect_once_and_shows_no_error(qtbot, dialog, service):
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Brain fog")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert [e.label for e in service.entries.side_effects() if not e.builtin] == ["Brain fog"]
    assert dialog.error.text() == ""
    assert dialog.isVisible()  # Enter adds; it does not close the dialog


def test_the_add_button_adds_and_an_empty_name_says_so(qtbot, dialog, service):
    qtbot.keyClicks(dialog.name_edit, "Itching")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [e.label for e in service.entries.side_effects() if not e.builtin] == ["Itching"]
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "A side effect needs a name"
