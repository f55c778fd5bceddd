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

from diary.domain.language import translate
from diary.domain.opioids import opioid_named, opioid_note
from diary.domain.treatment import ENDOSCOPIC_SCORES, PLAN_PRESETS, ClinicResult, Medication, MedicationCategory, TitrationStep
from diary.domain.wording import number
from diary.ui.dates import pydate, qdate
from diary.ui.dialogs import Dialog
from diary.ui.treatment.words import endoscopy_choice, kept, stop_reasons
from diary.ui.widgets import OptionalDate, date_edit


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class StartCourseDialog(Dialog):
    """Start (or restart) LDN: day 1 and a titration plan."""

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ui.treatment_dialogs", "Start LDN"))
        self.start = date_edit(today, translate("ui.treatment_dialogs", "Day of the first dose"))
        self.plan = QComboBox()
        self.plan.setAccessibleName(translate("ui.treatment_dialogs", "Titration plan"))
        for preset in PLAN_PRESETS:
            self.plan.addItem(preset.label, preset.key)
        self.plan.addItem(translate("ui.treatment_dialogs", "No plan: I'll record each dose as I go"), None)
        self.time = QTimeEdit(QTime(22, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(translate("ui.treatment_dialogs", "Usual time of the dose"))
        hint = QLabel(translate(
            "ui.treatment_dialogs", "Bedtime (as in the study) or morning: if vivid dreams trouble you, a morning dose often helps. "
            "You can change the plan and the time later."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("ui.treatment_dialogs", "First dose (day 1)"), self.start)
        form.addRow(translate("ui.treatment_dialogs", "Plan"), self.plan)
        form.addRow(translate("ui.treatment_dialogs", "Usual time"), self.time)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(_buttons(self, translate("ui.treatment_dialogs", "Start LDN")))

    def chosen(self) -> tuple[dt.date, tuple[TitrationStep, ...]]:
        key = self.plan.currentData()
        t = self.time.time()
        steps = next((p.plan(dt.time(t.hour(), t.minute())) for p in PLAN_PRESETS if p.key == key), ())
        return pydate(self.start.date()), steps


class StopCourseDialog(Dialog):
    """Stop LDN: the day of the last dose and why."""

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ui.treatment_dialogs", "Stop LDN"))
        self.end = date_edit(today, translate("ui.treatment_dialogs", "Day of the last dose"))
        self.end.setMaximumDate(qdate(today))
        self.reason = QComboBox(editable=True)
        self.reason.addItems(list(stop_reasons().values()))
        self.reason.setCurrentText("")
        self.reason.setAccessibleName(translate("ui.treatment_dialogs", "Reason for stopping"))
        form = QFormLayout()
        form.addRow(translate("ui.treatment_dialogs", "Last dose"), self.end)
        form.addRow(translate("ui.treatment_dialogs", "Reason (optional)"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("ui.treatment_dialogs", "The course keeps its days and its response assessment. "
                                          "Starting again later\nbegins a new course with its own assessment.")))
        layout.addWidget(_buttons(self, translate("ui.treatment_dialogs", "Stop LDN")))

    def chosen(self) -> tuple[dt.date, str]:
        """The last day, and the reason as the course keeps it (a reason offered: in English)."""
        return pydate(self.end.date()), kept(stop_reasons(), self.reason.currentText().strip())


class MedicationDialog(Dialog):
    """Another medication, with its kind (chosen by the user; an opioid's name suggests it) and dates."""

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ui.treatment_dialogs", "Add a medication"))
        self.name = QLineEdit()
        example = translate("ui.treatment_dialogs", "e.g. Mesalazine {mesalazine} g, Tramadol 50 mg").format(mesalazine=number(2.4))
        self.name.setPlaceholderText(example)
        self.name.setAccessibleName(translate("ui.treatment_dialogs", "Medication name"))
        # Wide enough for the example, with room for the field's frame and margins.
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance(example) + 24)
        self.category = QComboBox()
        self.category.setAccessibleName(translate("ui.treatment_dialogs", "Kind of medication"))
        self.category.setPlaceholderText(translate("ui.treatment_dialogs", "Choose…"))
        for category in MedicationCategory:
            self.category.addItem(category.words, category)
        self.category.setCurrentIndex(-1)  # no default: a wrong default hid an opioid's warning
        self.opioid_note = QLabel(objectName="warning")
        self.opioid_note.setWordWrap(True)
        self.opioid_note.setProperty("role", "warning")
        self.opioid_note.hide()
        self.start = OptionalDate(translate("ui.treatment_dialogs", "Started"), None, today,
                                  translate("ui.treatment_dialogs", "Start date"))
        self.stop = OptionalDate(translate("ui.treatment_dialogs", "Stopped"), None, today,
                                 translate("ui.treatment_dialogs", "Stop date"))
        form = QFormLayout()
        form.addRow(translate("ui.treatment_dialogs", "Name"), self.name)
        form.addRow(translate("ui.treatment_dialogs", "Kind"), self.category)
        form.addRow("", self.start)
        form.addRow("", self.stop)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.opioid_note)
        self.buttons = _buttons(self, translate("ui.treatment_dialogs", "Add"))
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
            self.opioid_note.setText(translate(
                "ui.treatment_dialogs", "{note} Naltrexone blocks opioid painkillers, so it may not work as expected while you "
                "take LDN. Please talk to your prescriber before taking them together.").format(note=note))
        self.opioid_note.setVisible(bool(note))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(medication.name) and medication.category is not None)

    def chosen(self) -> Medication:
        return Medication(self.name.text().strip(), self.category.currentData(), self.start.value(), self.stop.value())


class ClinicResultDialog(Dialog):
    """Results of a clinic visit; every value optional except the date."""

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ui.treatment_dialogs", "Add clinic results"))
        self.day = date_edit(today, translate("ui.treatment_dialogs", "Date of the visit"))
        self.day.setMaximumDate(qdate(today))
        self.crp = self._number(500, translate("ui.treatment_dialogs", " mg/L", "after a CRP value"),
                                translate("ui.treatment_dialogs", "CRP in milligrams per litre"))
        self.alt = self._number(5000, translate("ui.treatment_dialogs", " U/L", "after an ALT value"),
                                translate("ui.treatment_dialogs", "ALT in units per litre"))
        self.score = QComboBox()
        self.score.setAccessibleName(translate("ui.treatment_dialogs", "Endoscopic score"))
        self.score.addItem(translate("ui.treatment_dialogs", "not done", "an endoscopy"), None)
        for value in ENDOSCOPIC_SCORES:
            self.score.addItem(endoscopy_choice(value), value)
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("ui.treatment_dialogs", "Note about the visit"))
        form = QFormLayout()
        form.addRow(translate("ui.treatment_dialogs", "Date"), self.day)
        form.addRow(translate("ui.treatment_dialogs", "CRP"), self.crp)
        form.addRow(translate("ui.treatment_dialogs", "Endoscopy"), self.score)
        form.addRow(translate("ui.treatment_dialogs", "ALT (liver)"), self.alt)
        form.addRow(translate("ui.treatment_dialogs", "Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, translate("ui.treatment_dialogs", "Add")))

    @staticmethod
    def _number(top: float, suffix: str, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-1, top)
        spin.setDecimals(1)
        spin.setValue(-1)
        spin.setSpecialValueText(translate("ui.treatment_dialogs", "not measured"))  # shown at the minimum, -1
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        return spin

    def chosen(self) -> ClinicResult:
        def value(spin: QDoubleSpinBox) -> float | None:
            return None if spin.value() < 0 else spin.value()

        return ClinicResult(pydate(self.day.date()), value(self.crp), self.score.currentData(), value(self.alt), self.note.text().strip())
