"""The Treatment page: the LDN course and its plan, other medications, clinic results and profile."""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from diary.domain.errors import ValidationError
from diary.domain.treatment import (
    ENDOSCOPIC_SCORES,
    PLAN_PRESETS,
    Course,
    Medication,
    MedicationCategory,
    Profile,
    TitrationStep,
    in_plan_order,
    is_opioid,
    opioid_named,
    plan_sentence,
)
from diary.domain.wording import number
from diary.services.changes import Change
from diary.domain.wording import day_text
from diary.ui.dates import qdate
from diary.ui.treatment_dialogs import (
    ClinicResultDialog,
    MedicationDialog,
    OptionalDate,
    StartCourseDialog,
    StopCourseDialog,
)

if TYPE_CHECKING:
    from diary.services.diary import DiaryService

MORNING = dt.time(8, 0)
CONDITIONS = ("Crohn's disease", "Ulcerative colitis", "Fibromyalgia", "Multiple sclerosis", "Lupus")


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], values: list | None = None) -> None:
    """Rows of text; `values` (one per row) are kept on the first cell for removal."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c == 0 and values is not None:
                item.setData(Qt.ItemDataRole.UserRole, values[r])
            table.setItem(r, c, item)
    table.setCurrentCell(-1, -1)  # nothing chosen: a second Remove must not take another row
    _fit_height(table)


def _fit_height(table: QTableWidget, most_rows: int = 6) -> None:
    """As tall as its rows (one empty row at least, `most_rows` at most), so short lists stay short."""
    rows = min(max(table.rowCount(), 1), most_rows)
    row_height = table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows * row_height + 2 * table.frameWidth() + 2)


def _kind_text(medication: Medication) -> str:
    """The kind as recorded, and "opioid painkiller" too when its name says so (the rule: is_opioid)."""
    kind = medication.category.value
    if is_opioid(medication) and medication.category is not MedicationCategory.OPIOID:
        kind += f" ({opioid_named(medication.name)}: an opioid painkiller)"
    return kind


class TreatmentPage(QWidget):
    title = "Treatment"

    def __init__(self, service: DiaryService, notify: Callable[[Change], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._notify = notify
        self._course: Course | None = None  # the course whose plan is shown
        self._loaded_steps: tuple[TitrationStep, ...] = ()  # the plan and profile as last loaded,
        self._loaded_profile: Profile | None = None  # to tell the user's unsaved edits from the diary's
        content = QWidget()
        layout = QVBoxLayout(content)
        for box in (self._build_course(), self._build_plan(), self._build_medications(), self._build_clinic(), self._build_profile()):
            layout.addWidget(box)
        layout.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)
        self.reload()

    # --- building ------------------------------------------------------------------------------

    def _build_course(self) -> QGroupBox:
        box = QGroupBox("Your LDN course")
        layout = QVBoxLayout(box)
        self.course_status = QLabel()
        self.course_status.setWordWrap(True)
        self.course_status.setStyleSheet("font-weight: bold;")
        self.plan_status = QLabel()
        self.plan_status.setWordWrap(True)
        buttons = QHBoxLayout()
        self.start_button = QPushButton("Start LDN…")
        self.start_button.setAccessibleName("Start LDN")
        self.stop_button = QPushButton("Stop LDN…")
        self.stop_button.setAccessibleName("Stop LDN")
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        self.courses_table = _table(["Started", "Stopped", "Days", "Reason for stopping"], "Your LDN courses")
        layout.addWidget(self.course_status)
        layout.addWidget(self.plan_status)
        layout.addLayout(buttons)
        layout.addWidget(self.courses_table)
        self.start_button.clicked.connect(self.on_start_clicked)
        self.stop_button.clicked.connect(self.on_stop_clicked)
        return box

    def _build_plan(self) -> QGroupBox:
        self.plan_box = QGroupBox("Titration plan")
        layout = QVBoxLayout(self.plan_box)
        presets = QHBoxLayout()
        self.preset = QComboBox()
        self.preset.setAccessibleName("Plan preset")
        for preset in PLAN_PRESETS:
            self.preset.addItem(preset.label, preset)
        self.use_preset_button = QPushButton("Use this plan")
        self.use_preset_button.setAccessibleName("Fill the steps from the preset")
        presets.addWidget(self.preset, 1)
        presets.addWidget(self.use_preset_button)
        self.steps_table = QTableWidget(0, 4)
        self.steps_table.setHorizontalHeaderLabels(["From day", "Date", "Dose", "Usual time"])
        self.steps_table.verticalHeader().hide()
        self.steps_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.steps_table.setAccessibleName("Steps of the plan")
        buttons = QHBoxLayout()
        self.add_step_button = QPushButton("Add step")
        self.remove_step_button = QPushButton("Remove step")
        self.morning_button = QPushButton("Take it in the morning from today")
        self.morning_button.setToolTip("Adds a step from today at 08:00 with today's dose; vivid dreams often settle with a morning dose")
        self.save_plan_button = QPushButton("Save plan")
        for button in (self.add_step_button, self.remove_step_button, self.morning_button, self.save_plan_button):
            button.setAccessibleName(button.text())
            buttons.addWidget(button)
        buttons.insertStretch(3, 1)
        layout.addLayout(presets)
        layout.addWidget(self.steps_table)
        layout.addLayout(buttons)
        self.use_preset_button.clicked.connect(self.on_use_preset_clicked)
        self.add_step_button.clicked.connect(self.on_add_step_clicked)
        self.remove_step_button.clicked.connect(self.on_remove_step_clicked)
        self.morning_button.clicked.connect(self.on_morning_clicked)
        self.save_plan_button.clicked.connect(self.on_save_plan_clicked)
        return self.plan_box

    def _build_medications(self) -> QGroupBox:
        box = QGroupBox("Other medications")
        layout = QVBoxLayout(box)
        self.medications_table = _table(["Name", "Kind", "Started", "Stopped"], "Other medications")
        buttons = QHBoxLayout()
        self.add_medication_button = QPushButton("Add…")
        self.add_medication_button.setAccessibleName("Add a medication")
        self.remove_medication_button = QPushButton("Remove")
        self.remove_medication_button.setAccessibleName("Remove the selected medication")
        buttons.addWidget(self.add_medication_button)
        buttons.addWidget(self.remove_medication_button)
        buttons.addStretch(1)
        layout.addWidget(self.medications_table)
        layout.addLayout(buttons)
        self.add_medication_button.clicked.connect(self.on_add_medication_clicked)
        self.remove_medication_button.clicked.connect(self.on_remove_medication_clicked)
        return box

    def _build_clinic(self) -> QGroupBox:
        box = QGroupBox("Clinic results")
        layout = QVBoxLayout(box)
        self.clinic_table = _table(["Date", "CRP (mg/L)", "Endoscopy", "ALT (U/L)", "Note"], "Clinic results")
        buttons = QHBoxLayout()
        self.add_result_button = QPushButton("Add…")
        self.add_result_button.setAccessibleName("Add clinic results")
        self.remove_result_button = QPushButton("Remove")
        self.remove_result_button.setAccessibleName("Remove the selected clinic result")
        buttons.addWidget(self.add_result_button)
        buttons.addWidget(self.remove_result_button)
        buttons.addStretch(1)
        layout.addWidget(self.clinic_table)
        layout.addLayout(buttons)
        self.add_result_button.clicked.connect(self.on_add_result_clicked)
        self.remove_result_button.clicked.connect(self.on_remove_result_clicked)
        return box

    def _build_profile(self) -> QGroupBox:
        box = QGroupBox("About you (all optional)")
        form = QFormLayout(box)
        self.condition = QComboBox(editable=True)
        self.condition.addItems(CONDITIONS)
        self.condition.setAccessibleName("Condition")
        self.diagnosis_year = QSpinBox()
        self.diagnosis_year.setRange(1899, self._service.today().year)
        self.diagnosis_year.setSpecialValueText("not given")
        self.diagnosis_year.setAccessibleName("Year of diagnosis")
        self.name = QLineEdit()
        self.name.setAccessibleName("Your name")
        self.date_of_birth = OptionalDate("Known", None, dt.date(1980, 1, 1), "Date of birth")
        self.save_profile_button = QPushButton("Save")
        self.save_profile_button.setMaximumWidth(120)
        self.save_profile_button.setAccessibleName("Save the profile")
        privacy = QLabel("Your name and date of birth are printed on the summary only if you ask for them.")
        privacy.setWordWrap(True)
        form.addRow("Condition", self.condition)
        form.addRow("Year of diagnosis", self.diagnosis_year)
        form.addRow("Name", self.name)
        form.addRow("Date of birth", self.date_of_birth)
        for field in (self.condition, self.diagnosis_year, self.name, self.date_of_birth):
            field.setMaximumWidth(420)
        form.addRow(privacy)
        form.addRow("", self.save_profile_button)
        self.save_profile_button.clicked.connect(self.on_save_profile_clicked)
        return box

    # --- showing -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the diary's treatment; a plan or "about you" being edited is left as the user has it."""
        today = self._service.today()
        courses = self._service.treatment.courses()
        ongoing = next((c for c in courses if c.end is None), None)
        shown = self._course
        self._course = ongoing or (courses[-1] if courses else None)
        plan_edited = shown == self._course and in_plan_order(self.steps()) != in_plan_order(self._loaded_steps)
        profile_edited = self._loaded_profile is not None and self.profile_in_form() != self._loaded_profile
        if ongoing is not None:
            started = "starts" if ongoing.start > today else "since"
            self.course_status.setText(f"On LDN {started} {day_text(ongoing.start)} — day {ongoing.day_number(today)} today.")
            self.plan_status.setText(plan_sentence(ongoing, today))
        elif courses:
            last = courses[-1]
            reason = f" ({last.stop_reason})" if last.stop_reason else ""
            self.course_status.setText(f"Not taking LDN. Your last course ran from {day_text(last.start)} to {day_text(last.end)}{reason}.")
            self.plan_status.setText("Start LDN again to begin a new course with its own assessment.")
        else:
            self.course_status.setText("No LDN course yet.")
            self.plan_status.setText("Start one here, or it starts by itself on the first day you record a dose as taken.")
        self.start_button.setEnabled(ongoing is None)
        self.stop_button.setEnabled(ongoing is not None)
        # "From today" only means something on a course that has begun and not ended.
        self.morning_button.setEnabled(ongoing is not None and ongoing.start <= today)
        _fill(
            self.courses_table,
            [
                [day_text(c.start), day_text(c.end) if c.end else "ongoing",
                 str(((c.end or today) - c.start).days + 1), c.stop_reason]
                for c in reversed(courses)
            ],
        )
        self.plan_box.setEnabled(self._course is not None)
        self.plan_box.setTitle(
            f"Titration plan of the course from {day_text(self._course.start)}" if self._course else "Titration plan"
        )
        self._loaded_steps = self._course.steps if self._course else ()
        if not plan_edited:
            self._show_steps(self._loaded_steps)
        self._show_medications()
        self._show_clinic_results()
        self._loaded_profile = self._service.treatment.profile()
        if not profile_edited:
            self._show_profile(self._loaded_profile)

    def _show_steps(self, steps: tuple[TitrationStep, ...]) -> None:
        self.steps_table.setRowCount(0)
        for step in in_plan_order(steps):
            self._add_step_row(step)

    def _add_step_row(self, step: TitrationStep) -> None:
        row = self.steps_table.rowCount()
        self.steps_table.insertRow(row)
        day = QSpinBox()
        day.setRange(1, 3650)
        day.setValue(step.from_day)
        day.setAccessibleName(f"Step {row + 1}: from treatment day")
        dose = QDoubleSpinBox()
        dose.setRange(0.1, 50)
        dose.setDecimals(2)
        dose.setSingleStep(0.5)
        dose.setSuffix(" mg")
        dose.setValue(step.dose_mg)
        dose.setAccessibleName(f"Step {row + 1}: dose")
        time = QTimeEdit(QTime(step.time.hour, step.time.minute) if step.time else QTime(22, 0))
        time.setDisplayFormat("HH:mm")
        time.setAccessibleName(f"Step {row + 1}: usual time")
        date = QTableWidgetItem()
        date.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.steps_table.setCellWidget(row, 0, day)
        self.steps_table.setItem(row, 1, date)
        self.steps_table.setCellWidget(row, 2, dose)
        self.steps_table.setCellWidget(row, 3, time)
        self.steps_table.setRowHeight(row, dose.sizeHint().height() + 4)
        _fit_height(self.steps_table, most_rows=9)
        day.valueChanged.connect(lambda _v, item=date, spin=day: self._show_step_date(item, spin.value()))
        self._show_step_date(date, step.from_day)

    def _show_step_date(self, item: QTableWidgetItem, from_day: int) -> None:
        if self._course is not None:
            item.setText(day_text(self._course.start + dt.timedelta(days=from_day - 1)))

    def steps(self) -> tuple[TitrationStep, ...]:
        """The plan as the table shows it now."""
        result = []
        for row in range(self.steps_table.rowCount()):
            time = self.steps_table.cellWidget(row, 3).time()
            result.append(
                TitrationStep(
                    self.steps_table.cellWidget(row, 0).value(),
                    round(self.steps_table.cellWidget(row, 2).value(), 2),
                    dt.time(time.hour(), time.minute()),
                )
            )
        return tuple(result)

    def _show_medications(self) -> None:
        medications = self._service.treatment.medications()
        _fill(
            self.medications_table,
            [[m.name, _kind_text(m), day_text(m.start) if m.start else "—", day_text(m.stop) if m.stop else "still taking"]
             for m in medications],
            medications,
        )

    def _show_clinic_results(self) -> None:
        results = self._service.treatment.clinic_results()
        _fill(
            self.clinic_table,
            [
                [day_text(r.day), number(r.crp_mg_l, fixed=False),
                 "—" if r.endoscopic_score is None else f"{r.endoscopic_score} ({ENDOSCOPIC_SCORES[r.endoscopic_score]})",
                 number(r.alt_u_l, fixed=False), r.note]
                for r in results
            ],
            results,
        )

    def _show_profile(self, profile: Profile) -> None:
        self.condition.setCurrentText(profile.condition)
        self.diagnosis_year.setValue(profile.diagnosis_year or self.diagnosis_year.minimum())
        self.name.setText(profile.name)
        self.date_of_birth.known.setChecked(profile.date_of_birth is not None)
        if profile.date_of_birth:
            self.date_of_birth.edit.setDate(qdate(profile.date_of_birth))

    # --- actions -------------------------------------------------------------------------------

    def _apply(self, action: Callable[[], Change], what: str) -> bool:
        """Run a service call; on success tell every page, on bad input say what to fix."""
        try:
            change = action()
        except ValidationError as exc:
            QMessageBox.warning(self, f"{what}: not saved", "• " + "\n• ".join(exc.problems))
            return False
        self._notify(change)
        return True

    def on_start_clicked(self) -> None:
        dialog = StartCourseDialog(self._service.today(), self)
        if dialog.exec():
            start, steps = dialog.chosen()
            self._apply(lambda: self._service.treatment.start_course(start, steps), "Start LDN")

    def on_stop_clicked(self) -> None:
        dialog = StopCourseDialog(self._service.today(), self)
        if dialog.exec():
            end, reason = dialog.chosen()
            self._apply(lambda: self._service.treatment.stop_course(end, reason), "Stop LDN")

    def on_use_preset_clicked(self) -> None:
        current = self.steps()
        time = current[0].time if current else dt.time(22, 0)
        self._show_steps(self.preset.currentData().plan(time))

    def on_add_step_clicked(self) -> None:
        steps = self.steps()
        last = max(steps, key=lambda s: s.from_day) if steps else None
        self._add_step_row(TitrationStep((last.from_day + 14) if last else 1, last.dose_mg if last else 1.5,
                                         last.time if last else dt.time(22, 0)))

    def on_remove_step_clicked(self) -> None:
        row = self.steps_table.currentRow()
        self.steps_table.removeRow(row if row >= 0 else self.steps_table.rowCount() - 1)

    def on_morning_clicked(self) -> None:
        """Switch to morning dosing from today, keeping today's planned dose."""
        today = self._service.today()
        course = self._course
        step = course.planned_step(today) if course else None
        n = course.day_number(today)
        steps = [s for s in self.steps() if s.from_day != n]
        steps.append(TitrationStep(n, step.dose_mg if step else 4.5, MORNING))
        # Later steps keep their doses but move to the morning too.
        steps = [TitrationStep(s.from_day, s.dose_mg, MORNING) if s.from_day > n else s for s in steps]
        self._show_steps(tuple(steps))

    def on_save_plan_clicked(self) -> None:
        if self._course is not None:
            steps = self.steps()
            self._apply(lambda: self._service.treatment.set_plan(self._course.start, steps), "Plan")

    def on_add_medication_clicked(self) -> None:
        dialog = MedicationDialog(self._service.today(), self)
        if dialog.exec():
            medication = dialog.chosen()
            self._apply(lambda: self._service.treatment.add_medication(medication), "Medication")

    def _chosen_to_remove(self, table: QTableWidget, what: str):
        """The value of the row chosen in `table`, once the user confirms removing it; else None."""
        row = table.currentRow()
        if row < 0:
            return None
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self, f"Remove {what}?", f"Remove the {what} “{table.item(row, 0).text()}” from your diary?", yes | no, no
        )
        return table.item(row, 0).data(Qt.ItemDataRole.UserRole) if answer == yes else None

    def on_remove_medication_clicked(self) -> None:
        medication = self._chosen_to_remove(self.medications_table, "medication")
        if medication is not None:
            self._apply(lambda: self._service.treatment.remove_medication(medication), "Medication")

    def on_add_result_clicked(self) -> None:
        dialog = ClinicResultDialog(self._service.today(), self)
        if dialog.exec():
            result = dialog.chosen()
            self._apply(lambda: self._service.treatment.add_clinic_result(result), "Clinic results")

    def on_remove_result_clicked(self) -> None:
        result = self._chosen_to_remove(self.clinic_table, "clinic result")
        if result is not None:
            self._apply(lambda: self._service.treatment.remove_clinic_result(result), "Clinic results")

    def profile_in_form(self) -> Profile:
        year = self.diagnosis_year.value()
        return Profile(
            condition=self.condition.currentText().strip(),
            diagnosis_year=None if year == self.diagnosis_year.minimum() else year,
            name=self.name.text().strip(),
            date_of_birth=self.date_of_birth.value(),
        )

    def on_save_profile_clicked(self) -> None:
        profile = self.profile_in_form()
        self._apply(lambda: self._service.treatment.save_profile(profile), "About you")

    def focus(self, widget: QWidget) -> None:
        """Scroll to `widget` and put the cursor there (the first-run page's steps land here)."""
        self._scroll.ensureWidgetVisible(widget, 50, 160)  # with some of what follows it
        widget.setFocus()

    def on_data_changed(self, change: Change) -> None:
        if change.treatment or change.profile:
            self.reload()
