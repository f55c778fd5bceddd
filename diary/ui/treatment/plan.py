"""The titration plan of a course: its steps in an editable table, presets and the morning switch."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
)

from diary.domain.language import translate
from diary.domain.treatment import BEDTIME, PLAN_PRESETS, Course, TitrationStep, in_plan_order
from diary.domain.wording import day_text, time_text
from diary.ui.treatment.words import preset_text
from diary.ui.widgets import fit_height

MORNING = dt.time(8, 0)


class PlanBox(QGroupBox):
    """The steps of `course`'s plan as the user edits them; saving is the page's."""

    def __init__(self):
        super().__init__(translate("ui.treatment.plan", "Titration plan"))
        self.course: Course | None = None  # the course whose plan is shown
        layout = QVBoxLayout(self)
        presets = QHBoxLayout()
        self.preset = QComboBox()
        self.preset.setAccessibleName(translate("ui.treatment.plan", "Plan preset"))
        for preset in PLAN_PRESETS:
            self.preset.addItem(preset_text(preset), preset)
        self.use_preset_button = QPushButton(translate("ui.treatment.plan", "Use this plan"))
        self.use_preset_button.setAccessibleName(translate("ui.treatment.plan", "Fill the steps from the preset"))
        presets.addWidget(self.preset, 1)
        presets.addWidget(self.use_preset_button)
        self.steps_table = QTableWidget(0, 4)
        self.steps_table.setHorizontalHeaderLabels([
            translate("ui.treatment.plan", "From day"), translate("ui.treatment.plan", "Date"),
            translate("ui.treatment.plan", "Dose"), translate("ui.treatment.plan", "Usual time")])
        self.steps_table.verticalHeader().hide()
        self.steps_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.steps_table.setAccessibleName(translate("ui.treatment.plan", "Steps of the plan"))
        self.steps_table.setTabKeyNavigation(False)  # Tab goes from field to field, and on out of the table
        buttons = QHBoxLayout()
        self.add_step_button = QPushButton(translate("ui.treatment.plan", "Add step"))
        self.remove_step_button = QPushButton(translate("ui.treatment.plan", "Remove step"))
        self.save_plan_button = QPushButton(translate("ui.treatment.plan", "Save plan"))  # made first: Tab goes row by row
        self.morning_button = QPushButton(translate("ui.treatment.plan", "Take it in the morning from today"))
        self.morning_button.setToolTip(translate(
            "ui.treatment.plan", "Adds a step from today at {time} with today's dose; vivid dreams often settle with a morning dose"
        ).format(time=time_text(MORNING)))
        for button in (self.add_step_button, self.remove_step_button, self.save_plan_button, self.morning_button):
            button.setAccessibleName(button.text())
        # Two rows: in one, a longer translation of the four would need more than a small screen's width.
        for button in (self.add_step_button, self.remove_step_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_plan_button)
        morning = QHBoxLayout()
        morning.addWidget(self.morning_button)
        morning.addStretch(1)
        layout.addLayout(presets)
        layout.addWidget(self.steps_table)
        layout.addLayout(buttons)
        layout.addLayout(morning)
        self.use_preset_button.clicked.connect(self.on_use_preset_clicked)
        self.add_step_button.clicked.connect(self.on_add_step_clicked)
        self.remove_step_button.clicked.connect(self.on_remove_step_clicked)

    def show_course(self, course: Course | None) -> None:
        """Say whose plan this is (nothing to plan without a course)."""
        self.course = course
        self.setEnabled(course is not None)
        if course:
            self.setTitle(translate("ui.treatment.plan", "Titration plan of the course from {day}").format(day=day_text(course.start)))
        else:
            self.setTitle(translate("ui.treatment.plan", "Titration plan"))

    def show_steps(self, steps: tuple[TitrationStep, ...]) -> None:
        self.steps_table.setRowCount(0)
        for step in in_plan_order(steps):
            self._add_step_row(step)

    def _add_step_row(self, step: TitrationStep) -> None:
        row = self.steps_table.rowCount()
        self.steps_table.insertRow(row)
        day = QSpinBox()
        day.setRange(1, 3650)
        day.setValue(step.from_day)
        day.setAccessibleName(translate("ui.treatment.plan", "Step {step}: from treatment day").format(step=row + 1))
        dose = QDoubleSpinBox()
        dose.setRange(0.1, 50)
        dose.setDecimals(2)
        dose.setSingleStep(0.5)
        dose.setSuffix(translate("ui.treatment.plan", " mg", "after a dose"))
        dose.setValue(step.dose_mg)
        dose.setAccessibleName(translate("ui.treatment.plan", "Step {step}: dose").format(step=row + 1))
        time = QTimeEdit(QTime(step.time.hour, step.time.minute) if step.time else QTime(22, 0))
        time.setDisplayFormat("HH:mm")
        time.setAccessibleName(translate("ui.treatment.plan", "Step {step}: usual time").format(step=row + 1))
        date = QTableWidgetItem()
        date.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.steps_table.setItem(row, 1, date)
        for column, field in ((0, day), (2, dose), (3, time)):
            self.steps_table.setCellWidget(row, column, field)
            self._say_in_cell(row, column, field)
        self.steps_table.setRowHeight(row, dose.sizeHint().height() + 4)
        fit_height(self.steps_table, most_rows=9)
        day.valueChanged.connect(lambda _v, item=date, spin=day: self._show_step_date(item, spin.value()))
        self._show_step_date(date, step.from_day)

    def _say_in_cell(self, row: int, column: int, field: QAbstractSpinBox) -> None:
        """A screen reader reads the table's cells, not the fields drawn over them: the cell says the field's value."""
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.steps_table.setItem(row, column, item)

        def say() -> None:
            item.setData(Qt.ItemDataRole.AccessibleTextRole, field.text())

        say()
        if isinstance(field, QSpinBox | QDoubleSpinBox):
            field.textChanged.connect(say)
        elif isinstance(field, QTimeEdit):
            field.timeChanged.connect(say)

    def _show_step_date(self, item: QTableWidgetItem, from_day: int) -> None:
        if self.course is not None:
            item.setText(day_text(self.course.start + dt.timedelta(days=from_day - 1)))

    def steps(self) -> tuple[TitrationStep, ...]:
        """The plan as the table shows it now."""
        result = []
        for row in range(self.steps_table.rowCount()):
            day, dose, at = (self.steps_table.cellWidget(row, column) for column in (0, 2, 3))
            assert isinstance(day, QSpinBox) and isinstance(dose, QDoubleSpinBox) and isinstance(at, QTimeEdit)
            time = at.time()
            result.append(
                TitrationStep(
                    day.value(),
                    round(dose.value(), 2),
                    dt.time(time.hour(), time.minute()),
                )
            )
        return tuple(result)

    def on_use_preset_clicked(self) -> None:
        current = self.steps()
        time = current[0].time if current else BEDTIME
        self.show_steps(self.preset.currentData().plan(time))

    def on_add_step_clicked(self) -> None:
        steps = self.steps()
        last = max(steps, key=lambda s: s.from_day) if steps else None
        self._add_step_row(TitrationStep((last.from_day + 14) if last else 1, last.dose_mg if last else 1.5,
                                         last.time if last else BEDTIME))

    def on_remove_step_clicked(self) -> None:
        row = self.steps_table.currentRow()
        self.steps_table.removeRow(row if row >= 0 else self.steps_table.rowCount() - 1)

    def switch_to_morning(self, today: dt.date) -> None:
        """Switch to morning dosing from today, keeping today's planned dose."""
        course = self.course
        if course is None:
            return  # the button is only enabled during a course
        step = course.planned_step(today)
        n = course.day_number(today)
        steps = [s for s in self.steps() if s.from_day != n]
        steps.append(TitrationStep(n, step.dose_mg if step else 4.5, MORNING))
        # Later steps keep their doses but move to the morning too.
        steps = [TitrationStep(s.from_day, s.dose_mg, MORNING) if s.from_day > n else s for s in steps]
        self.show_steps(tuple(steps))
