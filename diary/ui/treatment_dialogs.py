"""Small dialogs of the Treatment page: start or stop LDN, add a medication or a clinic result."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from diary.domain.summaries import OPIOID_WARNING
from diary.domain.treatment import (
    ENDOSCOPIC_SCORES,
    PLAN_PRESETS,
    ClinicResult,
    Medication,
    MedicationCategory,
    TitrationStep,
    opioid_named,
    opioid_note,
)
from diary.ui.dates import pydate, qdate
from diary.ui.dialogs import Dialog
from diary.ui.widgets import OptionalDate, date_edit

STOP_REASONS = ("Side effects", "Not helping", "Feeling better", "My prescriber's advice", "Pregnancy", "Surgery or opioid painkillers")


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class StartCourseDialog(Dialog):
    """Start (or restart) LDN: day 1 and a titration plan."""

    NO_PLAN = "No plan: I'll record each dose as I go"

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Start LDN")
        self.start = date_edit(today, "Day of the first dose")
        self.plan = QComboBox()
        self.plan.setAccessibleName("Titration plan")
        for preset in PLAN_PRESETS:
            self.plan.addItem(preset.label, preset.key)
        self.plan.addItem(self.NO_PLAN, None)
        self.time = QTimeEdit(QTime(22, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName("Usual time of the dose")
        hint = QLabel("Bedtime (as in the study) or morning: if vivid dreams trouble you, a morning dose often helps. "
                      "You can change the plan and the time later.")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow("First dose (day 1)", self.start)
        form.addRow("Plan", self.plan)
        form.addRow("Usual time", self.time)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(_buttons(self, "Start LDN"))

    def chosen(self) -> tuple[dt.date, tuple[TitrationStep, ...]]:
        key = self.plan.currentData()
        t = self.time.time()
        steps = next((p.plan(dt.time(t.hour(), t.minute())) for p in PLAN_PRESETS if p.key == key), ())
        return pydate(self.start.date()), steps


class StopCourseDialog(Dialog):
    """Stop LDN: the day of the last dose and why."""

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Stop LDN")
        self.end = date_edit(today, "Day of the last dose")
        self.end.setMaximumDate(qdate(today))
        self.reason = QComboBox(editable=True)
        self.reason.addItems(STOP_REASONS)
        self.reason.setCurrentText("")
        self.reason.setAccessibleName("Reason for stopping")
        form = QFormLayout()
        form.addRow("Last dose", self.end)
        form.addRow("Reason (optional)", self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("The course keeps its days and its response assessment. Starting again later\n"
                                "begins a new course with its own assessment."))
        layout.addWidget(_buttons(self, "Stop LDN"))

    def chosen(self) -> tuple[dt.date, str]:
        return pydate(self.end.date()), self.reason.currentText()


class MedicationDialog(Dialog):
    """Another medication, with its kind (chosen by the user; an opioid's name suggests it) and dates."""

    EXAMPLE = "e.g. Mesalazine 2.4 g, Tramadol 50 mg"

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Add a medication")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.EXAMPLE)
        self.name.setAccessibleName("Medication name")
        # Wide enough for the example, with room for the field's frame and margins.
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance(self.EXAMPLE) + 24)
        self.category = QComboBox()
        self.category.setAccessibleName("Kind of medication")
        self.category.setPlaceholderText("Choose…")
        for category in MedicationCategory:
            self.category.addItem(category.value, category)
        self.category.setCurrentIndex(-1)  # no default: a wrong default hid an opioid's warning
        self.opioid_note = QLabel(objectName="warning")
        self.opioid_note.setWordWrap(True)
        self.opioid_note.setProperty("role", "warning")
        self.opioid_note.hide()
        self.start = OptionalDate("Started", None, today, "Start date")
        self.stop = OptionalDate("Stopped", None, today, "Stop date")
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Kind", self.category)
        form.addRow("", self.start)
        form.addRow("", self.stop)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.opioid_note)
        self.buttons = _buttons(self, "Add")
        layout.addWidget(self.buttons)
        self._kind_chosen_by_user = False
        self.name.textChanged.connect(self.on_name_changed)
        self.category.activated.connect(self.on_category_activated)
        self._refresh()

    def on_name_changed(self, _text: str) -> None:
        if opioid_named(self.name.text()) and not self._kind_chosen_by_user:
            self.category.setCurrentIndex(self.category.findData(MedicationCategory.OPIOID))  # a suggestion
        self._refresh()

    def on_category_activated(self, _index: int) -> None:
        self._kind_chosen_by_user = True
        self._refresh()

    def _refresh(self) -> None:
        medication = self.chosen()
        note = opioid_note(medication)
        if note:
            self.opioid_note.setText(f"{note} {OPIOID_WARNING.format(names='it')}")
        self.opioid_note.setVisible(bool(note))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(medication.name) and medication.category is not None)

    def chosen(self) -> Medication:
        return Medication(self.name.text().strip(), self.category.currentData(), self.start.value(), self.stop.value())


class ClinicResultDialog(Dialog):
    """Results of a clinic visit; every value optional except the date."""

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Add clinic results")
        self.day = date_edit(today, "Date of the visit")
        self.day.setMaximumDate(qdate(today))
        self.crp = self._number(500, " mg/L", "CRP in milligrams per litre")
        self.alt = self._number(5000, " U/L", "ALT in units per litre")
        self.score = QComboBox()
        self.score.setAccessibleName("Endoscopic score")
        self.score.addItem("not done", None)
        for value, words in ENDOSCOPIC_SCORES.items():
            self.score.addItem(f"{value} — {words} inflammation", value)
        self.note = QLineEdit()
        self.note.setAccessibleName("Note about the visit")
        form = QFormLayout()
        form.addRow("Date", self.day)
        form.addRow("CRP", self.crp)
        form.addRow("Endoscopy", self.score)
        form.addRow("ALT (liver)", self.alt)
        form.addRow("Note", self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, "Add"))

    @staticmethod
    def _number(top: float, suffix: str, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-1, top)
        spin.setDecimals(1)
        spin.setValue(-1)
        spin.setSpecialValueText("not measured")  # shown at the minimum, -1
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        return spin

    def chosen(self) -> ClinicResult:
        def value(spin: QDoubleSpinBox) -> float | None:
            return None if spin.value() < 0 else spin.value()

        return ClinicResult(pydate(self.day.date()), value(self.crp), self.score.currentData(), value(self.alt), self.note.text().strip())
