"""Every dialog opens as large as its contents: no text cut off, no squashed field."""

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QWidget

from diary.ui.restore_dialog import RestoreDialog
from diary.ui.settings_dialog import ResponseSettingsDialog
from diary.ui.side_effects_dialog import SideEffectsDialog
from diary.ui.treatment_dialogs import (
    ClinicResultDialog,
    MedicationDialog,
    StartCourseDialog,
    StopCourseDialog,
)
from diary.ui.writes import Writes
from tests.conftest import TODAY

DIALOGS = {
    "thresholds": lambda service, parent: ResponseSettingsDialog(service, Writes(lambda change: None), parent),
    "side effects": lambda service, parent: SideEffectsDialog(service, Writes(lambda change: None), parent),
    "start LDN": lambda service, parent: StartCourseDialog(TODAY, parent),
    "stop LDN": lambda service, parent: StopCourseDialog(TODAY, parent),
    "medication": lambda service, parent: MedicationDialog(TODAY, parent),
    "clinic results": lambda service, parent: ClinicResultDialog(TODAY, parent),
    "restore": lambda service, parent: RestoreDialog([], service.data_dir / "backups", parent),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_a_dialog_opens_with_all_its_contents_readable(qtbot, window, service, name):
    dialog = DIALOGS[name](service, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), f"{label.text()[:40]!r} is cut off"
    fields = (QAbstractSpinBox, QComboBox, QLineEdit)
    for field in dialog.findChildren(QWidget):
        if isinstance(field, fields) and field.isVisible() and not isinstance(field.parent(), fields):
            assert field.height() >= field.minimumSizeHint().height(), f"{field.accessibleName()} is squashed"
            assert field.width() >= field.minimumSizeHint().width(), f"{field.accessibleName()} is squashed"
