"""The Treatment page: the LDN course and its plan, other medications, clinic results and profile."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableWidget, QVBoxLayout, QWidget

from diary.domain.language import translate
from diary.domain.opioids import is_opioid, opioid_named
from diary.domain.plan_words import plan_sentence
from diary.domain.treatment import ENDOSCOPIC_SCORES, Course, Medication, MedicationCategory, Profile, TitrationStep, in_plan_order
from diary.domain.wording import day_text, number
from diary.services.changes import Change
from diary.ui.pages import Page
from diary.ui.treatment.boxes import CourseBox, ListBox, ProfileBox
from diary.ui.treatment.plan import PlanBox
from diary.ui.treatment.words import shown, stop_reasons
from diary.ui.treatment_dialogs import ClinicResultDialog, MedicationDialog, StartCourseDialog, StopCourseDialog
from diary.ui.widgets import fill_table, scrolling

if TYPE_CHECKING:
    from diary.services.diary import DiaryService
    from diary.ui.writes import Writes


def _kind_text(medication: Medication) -> str:
    """The kind as recorded, and "opioid painkiller" too when its name says so (the rule: is_opioid)."""
    kind = medication.category.words
    if is_opioid(medication) and medication.category is not MedicationCategory.OPIOID:
        return translate("ui.treatment.page", "{kind} ({generic}: an opioid painkiller)").format(
            kind=kind, generic=opioid_named(medication.name))
    return kind


class TreatmentPage(Page):

    @property
    def title(self) -> str:
        return translate("ui.page_list", "Treatment")
    def __init__(self, service: DiaryService, writes: Writes, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._writes = writes
        self._loaded_steps: tuple[TitrationStep, ...] = ()  # the plan and profile as last loaded,
        self._loaded_profile: Profile | None = None  # to tell the user's unsaved edits from the diary's
        self._build()
        self._connect()
        self.reload()

    def _build(self) -> None:
        self.course_box = CourseBox()
        self.plan_box = PlanBox()
        self.medications = ListBox(
            translate("ui.treatment.page", "Other medications"),
            [translate("ui.treatment.page", "Name"), translate("ui.treatment.page", "Kind"),
             translate("ui.treatment.page", "Started"), translate("ui.treatment.page", "Stopped")],
            translate("ui.treatment.page", "Add a medication"), translate("ui.treatment.page", "Remove the selected medication"))
        self.clinic = ListBox(
            translate("ui.treatment.page", "Clinic results"),
            [translate("ui.treatment.page", "Date"), translate("ui.treatment.page", "CRP (mg/L)"),
             translate("ui.treatment.page", "Endoscopy"), translate("ui.treatment.page", "ALT (U/L)"),
             translate("ui.treatment.page", "Note")],
            translate("ui.treatment.page", "Add clinic results"), translate("ui.treatment.page", "Remove the selected clinic result"))
        self.profile_box = ProfileBox(self._service.today().year)
        # The widgets the page works with, by name
        box = self.course_box
        self.course_status, self.plan_status, self.courses_table = box.course_status, box.plan_status, box.courses_table
        self.start_button, self.stop_button = box.start_button, box.stop_button
        plan = self.plan_box
        self.preset, self.use_preset_button = plan.preset, plan.use_preset_button
        self.morning_button, self.save_plan_button = plan.morning_button, plan.save_plan_button
        self.medications_table, self.clinic_table = self.medications.table, self.clinic.table
        self.add_medication_button, self.remove_medication_button = self.medications.add_button, self.medications.remove_button
        self.add_result_button, self.remove_result_button = self.clinic.add_button, self.clinic.remove_button
        profile = self.profile_box
        self.condition, self.diagnosis_year, self.name = profile.condition, profile.diagnosis_year, profile.name
        self.date_of_birth, self.save_profile_button = profile.date_of_birth, profile.save_button

        # The page's frame first, then its boxes into it: a widget moved to a new parent is restyled, subtree and all.
        content = QWidget()
        self._scroll = scrolling(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)
        layout = QVBoxLayout(content)
        for widget in (self.course_box, self.plan_box, self.medications, self.clinic, self.profile_box):
            layout.addWidget(widget)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.start_button.clicked.connect(self.on_start_clicked)
        self.stop_button.clicked.connect(self.on_stop_clicked)
        self.morning_button.clicked.connect(self.on_morning_clicked)
        self.save_plan_button.clicked.connect(self.on_save_plan_clicked)
        self.add_medication_button.clicked.connect(self.on_add_medication_clicked)
        self.remove_medication_button.clicked.connect(self.on_remove_medication_clicked)
        self.add_result_button.clicked.connect(self.on_add_result_clicked)
        self.remove_result_button.clicked.connect(self.on_remove_result_clicked)
        self.save_profile_button.clicked.connect(self.on_save_profile_clicked)

    # --- showing -------------------------------------------------------------------------------

    @property
    def _course(self) -> Course | None:
        return self.plan_box.course

    def steps(self) -> tuple[TitrationStep, ...]:
        """The plan as the table shows it now."""
        return self.plan_box.steps()

    def profile_in_form(self) -> Profile:
        return self.profile_box.profile()

    def reload(self) -> None:
        """Show the diary's treatment; a plan or "about you" being edited is left as the user has it."""
        courses = self._service.treatment.courses()
        ongoing = next((c for c in courses if c.end is None), None)
        shown = self._course
        course = ongoing or (courses[-1] if courses else None)
        plan_edited = shown == course and in_plan_order(self.steps()) != in_plan_order(self._loaded_steps)
        profile_edited = self._loaded_profile is not None and self.profile_in_form() != self._loaded_profile
        self._show_courses(courses, ongoing)
        self.plan_box.show_course(course)
        self._loaded_steps = course.steps if course else ()
        if not plan_edited:
            self.plan_box.show_steps(self._loaded_steps)
        self._show_medications()
        self._show_clinic_results()
        self._loaded_profile = self._service.treatment.profile()
        if not profile_edited:
            self.profile_box.show_profile(self._loaded_profile)

    def _show_courses(self, courses: list[Course], ongoing: Course | None) -> None:
        today = self._service.today()
        if ongoing is not None:
            if ongoing.start > today:
                status = translate("ui.treatment.page", "Your LDN course starts on {start}.")  # no day number yet
            else:
                status = translate("ui.treatment.page", "On LDN since {start} — day {day} today.")
            self.course_status.setText(status.format(start=day_text(ongoing.start), day=ongoing.day_number(today)))
            self.plan_status.setText(plan_sentence(ongoing, today))
        elif courses:
            last = courses[-1]
            if last.stop_reason:
                status = translate("ui.treatment.page", "Not taking LDN. Your last course ran from {start} to {end} ({reason}).")
            else:
                status = translate("ui.treatment.page", "Not taking LDN. Your last course ran from {start} to {end}.")
            self.course_status.setText(status.format(start=day_text(last.start), end=day_text(last.end),
                                                     reason=shown(stop_reasons(), last.stop_reason)))
            self.plan_status.setText(translate("ui.treatment.page", "Start LDN again to begin a new course with its own assessment."))
        else:
            self.course_status.setText(translate("ui.treatment.page", "No LDN course yet."))
            self.plan_status.setText(translate(
                "ui.treatment.page", "Start one here, or it starts by itself on the first day you record a dose as taken."))
        self.start_button.setEnabled(ongoing is None)
        self.stop_button.setEnabled(ongoing is not None)
        # "From today" only means something on a course that has begun and not ended.
        self.morning_button.setEnabled(ongoing is not None and ongoing.start <= today)
        fill_table(
            self.courses_table,
            [
                [day_text(c.start), day_text(c.end) if c.end else translate("ui.treatment.page", "ongoing", "a course not stopped"),
                 str(((c.end or today) - c.start).days + 1), shown(stop_reasons(), c.stop_reason)]
                for c in reversed(courses)
            ],
        )

    def _show_medications(self) -> None:
        medications = self._service.treatment.medications()
        fill_table(
            self.medications_table,
            [[m.name, _kind_text(m), day_text(m.start) if m.start else "—",
              day_text(m.stop) if m.stop else translate("ui.treatment.page", "still taking")]
             for m in medications],
            medications,
        )

    def _show_clinic_results(self) -> None:
        results = self._service.treatment.clinic_results()
        fill_table(
            self.clinic_table,
            [
                [day_text(r.day), number(r.crp_mg_l, fixed=False),
                 "—" if r.endoscopic_score is None else f"{r.endoscopic_score} ({ENDOSCOPIC_SCORES[r.endoscopic_score]})",
                 number(r.alt_u_l, fixed=False), r.note]
                for r in results
            ],
            results,
        )

    # --- actions -------------------------------------------------------------------------------

    def _apply(self, action: Callable[[], Change], title: str) -> bool:
        """Run a service call: the page shows the result, every other page is told; bad input is explained
        under `title` ("Plan: not saved")."""
        done = self._writes.run(self, action, failed=translate("ui.treatment.page", "Nothing was saved"), title=title,
                                done=lambda _change: self.reload())
        return done is not None

    def on_start_clicked(self) -> None:
        dialog = StartCourseDialog(self._service.today(), self)
        if dialog.exec():
            start, steps = dialog.chosen()
            self._apply(lambda: self._service.treatment.start_course(start, steps),
                        translate("ui.treatment.page", "Start LDN: not saved"))

    def on_stop_clicked(self) -> None:
        dialog = StopCourseDialog(self._service.today(), self)
        if dialog.exec():
            end, reason = dialog.chosen()
            self._apply(lambda: self._service.treatment.stop_course(end, reason),
                        translate("ui.treatment.page", "Stop LDN: not saved"))

    def on_morning_clicked(self) -> None:
        self.plan_box.switch_to_morning(self._service.today())

    def on_save_plan_clicked(self) -> None:
        if self._course is not None:
            start, steps = self._course.start, self.steps()
            self._apply(lambda: self._service.treatment.set_plan(start, steps),
                        translate("ui.treatment.page", "Plan: not saved"))

    def on_add_medication_clicked(self) -> None:
        dialog = MedicationDialog(self._service.today(), self)
        if dialog.exec():
            medication = dialog.chosen()
            self._apply(lambda: self._service.treatment.add_medication(medication),
                        translate("ui.treatment.page", "Medication: not saved"))

    def _chosen_to_remove(self, table: QTableWidget, title: str, question: str):
        """The value of the row chosen in `table`, once the user confirms removing it (`question` names
        the row's first cell as {name}); else None."""
        row = table.currentRow()
        if row < 0:
            return None
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        item = table.item(row, 0)
        if item is None:
            return None
        answer = QMessageBox.question(self, title, question.format(name=item.text()), yes | no, no)
        return item.data(Qt.ItemDataRole.UserRole) if answer == yes else None

    def on_remove_medication_clicked(self) -> None:
        medication = self._chosen_to_remove(self.medications_table, translate("ui.treatment.page", "Remove medication?"),
                                            translate("ui.treatment.page", "Remove the medication “{name}” from your diary?"))
        if medication is not None:
            self._apply(lambda: self._service.treatment.remove_medication(medication),
                        translate("ui.treatment.page", "Medication: not saved"))

    def on_add_result_clicked(self) -> None:
        dialog = ClinicResultDialog(self._service.today(), self)
        if dialog.exec():
            result = dialog.chosen()
            self._apply(lambda: self._service.treatment.add_clinic_result(result),
                        translate("ui.treatment.page", "Clinic results: not saved"))

    def on_remove_result_clicked(self) -> None:
        result = self._chosen_to_remove(self.clinic_table, translate("ui.treatment.page", "Remove clinic result?"),
                                        translate("ui.treatment.page", "Remove the clinic result of {name} from your diary?"))
        if result is not None:
            self._apply(lambda: self._service.treatment.remove_clinic_result(result),
                        translate("ui.treatment.page", "Clinic results: not saved"))

    def on_save_profile_clicked(self) -> None:
        profile = self.profile_in_form()
        self._apply(lambda: self._service.treatment.save_profile(profile),
                        translate("ui.treatment.page", "About you: not saved"))

    def focus(self, widget: QWidget) -> None:
        """Scroll to `widget` and put the cursor there (the first-run page's steps land here)."""
        self._scroll.ensureWidgetVisible(widget, 50, 160)  # with some of what follows it
        widget.setFocus()

    def on_data_changed(self, change: Change) -> None:
        if change.treatment or change.profile:
            self.reload()
