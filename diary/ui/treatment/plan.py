"""The titration plan of a course: its steps as rows of fields, presets and the morning switch."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from diary.domain.language import translate
from diary.domain.treatment import BEDTIME, PLAN_PRESETS, Course, TitrationStep, in_plan_order
from diary.domain.wording import day_text, time_text
from diary.ui.widgets import TimeEdit

MORNING = dt.time(8, 0)


@dataclass
class StepRow:
    """One step's fields: real widgets in a grid (not drawn over a table's cells), so a screen reader
    finds each one by its name."""

    day: QSpinBox
    date: QLabel
    dose: QDoubleSpinBox
    time: QTimeEdit

    @property
    def fields(self) -> tuple[QSpinBox, QDoubleSpinBox, QTimeEdit]:
        return self.day, self.dose, self.time

    def delete(self) -> None:
        for widget in (self.day, self.date, self.dose, self.time):
            widget.setParent(None)
            widget.deleteLater()


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
            self.preset.addItem(preset.label, preset)
        self.use_preset_button = QPushButton(translate("ui.treatment.plan", "Use this plan"))
        self.use_preset_button.setAccessibleName(translate("ui.treatment.plan", "Fill the steps from the preset"))
        presets.addWidget(self.preset, 1)
        presets.addWidget(self.use_preset_button)
        # A row of fields a step under the column headings; "Remove step" removes the step last focused.
        self.steps_panel = QWidget()
        self.steps_panel.setAccessibleName(translate("ui.treatment.plan", "Steps of the plan"))
        self.steps_grid = QGridLayout(self.steps_panel)
        self.steps_grid.setContentsMargins(0, 0, 0, 0)
        self.rows: list[StepRow] = []
        self._focused: StepRow | None = None
        self._watcher = _FocusWatcher(self)
        buttons = QHBoxLayout()
        self.add_step_button = QPushButton(translate("ui.treatment.plan", "Add step"))
        self.remove_step_button = QPushButton(translate("ui.treatment.plan", "Remove step"))
        self.save_plan_button = QPushButton(translate("ui.treatment.plan", "Save plan"))
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
        layout.addWidget(self.steps_panel)
        layout.addLayout(buttons)
        layout.addLayout(morning)
        self.use_preset_button.clicked.connect(self.on_use_preset_clicked)
        self.add_step_button.clicked.connect(self.on_add_step_clicked)
        self.remove_step_button.clicked.connect(self.on_remove_step_clicked)
        self._lay_out_rows()

    def show_course(self, course: Course | None) -> None:
        """Say whose plan this is (nothing to plan without a course)."""
        self.course = course
        self.setEnabled(course is not None)
        if course:
            self.setTitle(translate("ui.treatment.plan", "Titration plan of the course from {day}").format(day=day_text(course.start)))
        else:
            self.setTitle(translate("ui.treatment.plan", "Titration plan"))

    def show_steps(self, steps: tuple[TitrationStep, ...]) -> None:
        for row in self.rows:
            row.delete()
        self.rows, self._focused = [self._step_row(step) for step in in_plan_order(steps)], None
        self._lay_out_rows()

    def _step_row(self, step: TitrationStep) -> StepRow:
        day = QSpinBox()
        day.setRange(1, 3650)
        day.setValue(step.from_day)
        dose = QDoubleSpinBox()
        dose.setRange(0.1, 50)
        dose.setDecimals(2)
        dose.setSingleStep(0.5)
        dose.setSuffix(translate("ui.treatment.plan", " mg", "after a dose"))
        dose.setValue(step.dose_mg)
        time = TimeEdit(QTime(step.time.hour, step.time.minute) if step.time else QTime(22, 0))
        time.setDisplayFormat("HH:mm")
        row = StepRow(day, QLabel(), dose, time)
        day.valueChanged.connect(lambda _value, row=row: self._show_step_date(row))
        for field in row.fields:
            field.installEventFilter(self._watcher)
        return row

    def _lay_out_rows(self) -> None:
        """The headings and every step's row, numbered and named in order, Tab going row by row."""
        while self.steps_grid.count():  # the rows' fields are laid out again; the headings are made anew
            item = self.steps_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.property("role") == "heading":
                widget.setParent(None)
                widget.deleteLater()
        headings = (translate("ui.treatment.plan", "From day"), translate("ui.treatment.plan", "Date"),
                    translate("ui.treatment.plan", "Dose"), translate("ui.treatment.plan", "Usual time"))
        for column, text in enumerate(headings):
            heading = QLabel(text)
            heading.setProperty("role", "heading")
            self.steps_grid.addWidget(heading, 0, column)
        names = (translate("ui.treatment.plan", "Step {step}: from treatment day"),
                 translate("ui.treatment.plan", "Step {step}: dose"), translate("ui.treatment.plan", "Step {step}: usual time"))
        for number, row in enumerate(self.rows, start=1):
            for field, name in zip(row.fields, names):
                field.setAccessibleName(name.format(step=number))
            for column, widget in enumerate((row.day, row.date, row.dose, row.time)):
                self.steps_grid.addWidget(widget, number, column)
            self._show_step_date(row)
        chain = [self.preset, self.use_preset_button, *(field for row in self.rows for field in row.fields),
                 self.add_step_button, self.remove_step_button, self.save_plan_button, self.morning_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _show_step_date(self, row: StepRow) -> None:
        if self.course is not None:
            row.date.setText(day_text(self.course.start + dt.timedelta(days=row.day.value() - 1)))

    def steps(self) -> tuple[TitrationStep, ...]:
        """The plan as the fields show it now."""
        return tuple(
            TitrationStep(row.day.value(), round(row.dose.value(), 2), dt.time(row.time.time().hour(), row.time.time().minute()))
            for row in self.rows
        )

    def on_use_preset_clicked(self) -> None:
        current = self.steps()
        time = current[0].time if current else BEDTIME
        self.show_steps(self.preset.currentData().plan(time))

    def on_add_step_clicked(self) -> None:
        steps = self.steps()
        last = max(steps, key=lambda s: s.from_day) if steps else None
        self.rows.append(self._step_row(TitrationStep((last.from_day + 14) if last else 1, last.dose_mg if last else 1.5,
                                                      last.time if last else BEDTIME)))
        self._lay_out_rows()

    def on_remove_step_clicked(self) -> None:
        """Remove the step last focused, else the last one."""
        if self.rows:
            row = self._focused if self._focused in self.rows else self.rows[-1]
            self.rows.remove(row)
            row.delete()
            self._focused = None
            self._lay_out_rows()

    def on_field_focused(self, field: QObject) -> None:
        self._focused = next((row for row in self.rows if field in row.fields), self._focused)

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


class _FocusWatcher(QObject):
    """Tells the plan which step's field took the focus (the step "Remove step" removes)."""

    def __init__(self, plan: PlanBox):
        super().__init__(plan)
        self._plan = plan

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._plan.on_field_focused(obj)
        return False
