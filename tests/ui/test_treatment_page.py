"""The Treatment page driven with qtbot: courses, the plan, medications, clinic results and profile."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from diary.domain.entries import DailyEntry
from diary.domain.treatment import (
    PLAN_PRESETS,
    ClinicResult,
    Medication,
    MedicationCategory,
    Profile,
    TitrationStep,
)
from diary.ui.main_window import MainWindow
from diary.ui.treatment.page import TreatmentPage
from diary.ui.treatment_dialogs import (
    ClinicResultDialog,
    MedicationDialog,
    StartCourseDialog,
    StopCourseDialog,
)
from diary.ui.writes import Writes
from tests.conftest import TODAY


@pytest.fixture
def changes():
    return []


@pytest.fixture
def page(qtbot, service, changes):
    def notify(change):
        changes.append(change)
        widget.on_data_changed(change)

    widget = TreatmentPage(service, Writes(notify))
    qtbot.addWidget(widget)
    return widget


def accept_dialog(monkeypatch, cls, setup):
    """Answer the next `cls` dialog: `setup(dialog)` fills it in, then it is accepted."""

    def exec_(dialog):
        setup(dialog)
        return True

    monkeypatch.setattr(cls, "exec", exec_)


def test_start_with_the_common_plan_then_stop_and_restart(qtbot, page, service, monkeypatch):
    assert page.course_status.text() == "No LDN course yet."
    start = TODAY - dt.timedelta(days=20)
    accept_dialog(monkeypatch, StartCourseDialog, lambda d: (d.start.setDate(start), d.plan.setCurrentIndex(0)))
    page.start_button.click()
    (course,) = service.treatment.courses()
    assert course.start == start and [s.from_day for s in course.steps] == [1, 15, 29]
    assert "day 21 today" in page.course_status.text()
    assert page.plan_status.text() == "Today's plan: 3.0 mg at 22:00. From Tuesday 23 June your plan goes up to 4.5 mg."
    assert not page.start_button.isEnabled() and page.stop_button.isEnabled()

    def stop(dialog):
        dialog.end.setDate(TODAY - dt.timedelta(days=2))
        dialog.reason.setCurrentText("Side effects")

    accept_dialog(monkeypatch, StopCourseDialog, stop)
    page.stop_button.click()
    assert service.treatment.courses()[0].end == TODAY - dt.timedelta(days=2)
    assert "Not taking LDN" in page.course_status.text() and "(Side effects)" in page.course_status.text()

    accept_dialog(monkeypatch, StartCourseDialog, lambda d: (d.start.setDate(TODAY), d.plan.setCurrentIndex(2)))
    page.start_button.click()
    assert [c.start for c in service.treatment.courses()] == [start, TODAY]
    assert page.courses_table.rowCount() == 2


def test_an_overlapping_restart_is_refused_with_the_reason(qtbot, page, service, monkeypatch):
    service.treatment.start_course(TODAY - dt.timedelta(days=30))
    service.treatment.stop_course(TODAY - dt.timedelta(days=5))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    accept_dialog(monkeypatch, StartCourseDialog, lambda d: d.start.setDate(TODAY - dt.timedelta(days=10)))
    page.reload()
    page.start_button.click()
    assert "overlap" in warnings[0]
    assert len(service.treatment.courses()) == 1


def test_edit_the_plan_and_switch_to_morning_dosing(qtbot, page, service):
    start = TODAY - dt.timedelta(days=40)
    service.treatment.start_course(start, (TitrationStep(1, 1.5, dt.time(22)), TitrationStep(15, 3.0, dt.time(22))))
    page.reload()
    assert len(page.plan_box.rows) == 2
    page.morning_button.click()
    page.save_plan_button.click()
    course = service.treatment.courses()[0]
    assert course.steps[-1] == TitrationStep(41, 3.0, dt.time(8, 0))
    # The entry page now pre-fills today's dose for the morning.
    form, saved = service.entries.form(TODAY)
    assert not saved and form.dose_time == dt.time(8, 0) and form.dose_mg == 3.0
    page.on_data_changed(service.treatment.stop_course(TODAY - dt.timedelta(days=1), ""))
    assert not page.morning_button.isEnabled()  # no "from today" on a course that has ended


def test_a_preset_fills_the_steps_and_a_bad_plan_is_refused(qtbot, page, service, monkeypatch):
    service.treatment.start_course(TODAY - dt.timedelta(days=3))
    page.reload()
    page.preset.setCurrentIndex(1)
    page.use_preset_button.click()
    assert len(page.plan_box.rows) == 9
    page.plan_box.rows[1].day.setValue(1)  # two steps on day 1
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    page.save_plan_button.click()
    assert "same day" in warnings[0]
    assert service.treatment.courses()[0].steps == ()


def test_medications_and_the_opioid_warning(qtbot, service, monkeypatch):
    service.treatment.start_course(TODAY - dt.timedelta(days=10))
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    page = window.treatment_page
    assert not window.opioid_bar.isVisible()
    accept_dialog(monkeypatch, MedicationDialog, lambda d: (
        d.name.setText("Tramadol 50 mg"), d.category.setCurrentIndex(4), d.start.known.setChecked(True)))
    page.add_medication_button.click()
    assert service.treatment.medications()[0].category is MedicationCategory.OPIOID
    assert window.opioid_bar.isVisible() and "Tramadol 50 mg may not work" in window.opioid_bar.text()
    asked = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer)
    page.medications_table.selectRow(0)
    page.remove_medication_button.click()
    assert asked == ["Remove the medication “Tramadol 50 mg” from your diary?"] and len(service.treatment.medications()) == 1  # kept
    answer = QMessageBox.StandardButton.Yes
    page.remove_medication_button.click()
    assert service.treatment.medications() == [] and not window.opioid_bar.isVisible()


def test_clinic_results(qtbot, page, service, monkeypatch):
    accept_dialog(monkeypatch, ClinicResultDialog, lambda d: (d.crp.setValue(12.5), d.score.setCurrentIndex(3)))
    page.add_result_button.click()
    assert service.treatment.clinic_results() == [ClinicResult(TODAY, 12.5, 2, None, "")]
    assert page.clinic_table.item(0, 2).text() == "2 (moderate)"
    assert page.clinic_table.item(0, 3).text() == "—"
    page.add_result_button.click()  # a second result, the same day
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.clinic_table.selectRow(0)
    page.remove_result_button.click()
    assert len(service.treatment.clinic_results()) == 1
    page.remove_result_button.click()  # no row chosen now: nothing more goes
    assert len(service.treatment.clinic_results()) == 1


def test_profile(qtbot, page, service):
    page.condition.setCurrentText("Fibromyalgia")
    page.diagnosis_year.setValue(2015)
    page.save_profile_button.click()
    assert service.treatment.profile() == Profile("Fibromyalgia", 2015, "", None)
    page.diagnosis_year.setValue(page.diagnosis_year.minimum())
    page.save_profile_button.click()
    assert service.treatment.profile().diagnosis_year is None


def test_everything_comes_back_from_a_json_export(qtbot, service, tmp_path):
    from diary.services.diary import DiaryService

    service.treatment.start_course(TODAY - dt.timedelta(days=60), (TitrationStep(1, 1.5, dt.time(22)),))
    service.treatment.stop_course(TODAY - dt.timedelta(days=30), "Not helping")
    service.treatment.start_course(TODAY - dt.timedelta(days=10), (TitrationStep(1, 4.5, dt.time(8)),))
    service.treatment.add_medication(Medication("Tramadol", MedicationCategory.OPIOID, TODAY - dt.timedelta(days=5)))
    service.treatment.add_clinic_result(ClinicResult(TODAY, 3.0, 0, 20.0, "good"))
    service.treatment.save_profile(Profile("Lupus", 2012))
    service.entries.save(DailyEntry(TODAY, activity=2))
    service.transfer.export_file(tmp_path / "all.json")
    other = DiaryService(tmp_path / "other", today=lambda: TODAY)
    try:
        other.transfer.import_file(tmp_path / "all.json")
        assert other.transfer.snapshot() == service.transfer.snapshot()
        assert len(other.reports.assessments()) == 2
    finally:
        other.close()


def test_unsaved_plan_and_profile_edits_survive_other_treatment_changes(qtbot, service, monkeypatch):
    service.treatment.save_profile(Profile("Lupus", 2010, "Ann"))
    service.treatment.start_course(TODAY - dt.timedelta(days=3), (TitrationStep(1, 1.5, dt.time(22, 0)),))
    page = TreatmentPage(service, Writes(lambda change: page.on_data_changed(change)))
    qtbot.addWidget(page)
    assert page.condition.currentText() == "Lupus" and page.name.text() == "Ann"  # loaded at first
    page.name.setText("Ann Example")  # typed, not saved
    page.plan_box.rows[0].dose.setValue(3.0)
    accept_dialog(monkeypatch, MedicationDialog, lambda d: (d.name.setText("Prednisolone"), d.category.setCurrentIndex(1)))
    page.add_medication_button.click()
    assert service.treatment.medications()[0].name == "Prednisolone"
    assert page.name.text() == "Ann Example" and page.steps()[0].dose_mg == 3.0  # still as typed
    page.save_plan_button.click()
    page.save_profile_button.click()
    assert service.treatment.profile().name == "Ann Example" and service.treatment.courses()[0].steps[0].dose_mg == 3.0
    service.treatment.save_profile(Profile("Lupus", 2010, "Ann E."))  # changed elsewhere (an import, a restore)
    page.on_data_changed(service.treatment.add_clinic_result(ClinicResult(TODAY, 3.0, None, None, "")))
    assert page.name.text() == "Ann E."  # nothing being edited: the diary's values show


def test_the_page_keeps_up_with_changes_while_a_three_step_plan_is_shown(qtbot, service, monkeypatch):
    """Steps with times could not be sorted: every reload after the first raised, and the page went stale."""
    service.treatment.start_course(TODAY - dt.timedelta(days=40), PLAN_PRESETS[0].plan())  # 1.5, 3.0, 4.5 mg at bedtime
    page = TreatmentPage(service, Writes(lambda change: page.on_data_changed(change)))
    qtbot.addWidget(page)
    accept_dialog(monkeypatch, MedicationDialog, lambda d: (d.name.setText("Prednisolone"), d.category.setCurrentIndex(2)))
    page.add_medication_button.click()
    accept_dialog(monkeypatch, MedicationDialog, lambda d: (d.name.setText("Mesalazine"), d.category.setCurrentIndex(1)))
    page.add_medication_button.click()
    assert [page.medications_table.item(r, 0).text() for r in range(page.medications_table.rowCount())] == [
        "Prednisolone", "Mesalazine"]
    assert page.steps() == PLAN_PRESETS[0].plan()  # the plan is still shown as saved


def test_add_medication_has_no_default_kind_and_an_opioid_name_suggests_and_warns(qtbot):
    dialog = MedicationDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.category.currentIndex() == -1 and dialog.category.currentText() == ""
    assert dialog.name.width() >= dialog.name.fontMetrics().horizontalAdvance(dialog.name.placeholderText())
    qtbot.keyClicks(dialog.name, "Mesalazine 2.4 g")
    assert not ok.isEnabled()  # the kind must be chosen
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Tramadol 50 mg")
    assert dialog.chosen().category is MedicationCategory.OPIOID  # suggested
    assert dialog.opioid_note.isVisible() and "Tramadol 50 mg is an opioid painkiller." in dialog.opioid_note.text()
    note = dialog.opioid_note  # the dialog grows to show the whole note
    qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()) and dialog.name.height() >= 20)
    dialog.category.setCurrentIndex(dialog.category.findData(MedicationCategory.FIVE_ASA))
    dialog.category.activated.emit(dialog.category.currentIndex())  # as a user's choice does
    assert ok.isEnabled() and dialog.chosen().category is MedicationCategory.FIVE_ASA
    assert dialog.opioid_note.isVisible()  # still warned: the name says opioid


def test_an_opioid_saved_under_another_kind_still_brings_the_warning(qtbot, service, monkeypatch):
    service.treatment.start_course(TODAY - dt.timedelta(days=10))
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    accept_dialog(monkeypatch, MedicationDialog, lambda d: (
        d.name.setText("Tramal 50 mg"), d.category.setCurrentIndex(d.category.findData(MedicationCategory.FIVE_ASA))))
    window.treatment_page.add_medication_button.click()
    assert window.opioid_bar.isVisible() and "Tramal 50 mg may not work" in window.opioid_bar.text()
    assert window.treatment_page.medications_table.item(0, 1).text() == "5-ASA (tramadol: an opioid painkiller)"


def test_in_dutch_the_choices_are_dutch_and_the_diary_keeps_them_in_english(qtbot, service, monkeypatch):
    from diary.desktop import language

    language.install("nl")

    def notify(change):
        dutch.on_data_changed(change)

    dutch = TreatmentPage(service, Writes(notify))
    qtbot.addWidget(dutch)
    assert dutch.title == "Behandeling" and dutch.course_status.text() == "Nog geen LDN-behandeling."
    offered = [dutch.condition.itemText(i) for i in range(dutch.condition.count())]
    assert offered == ["Ziekte van Crohn", "Colitis ulcerosa", "Fibromyalgie", "Multiple sclerose", "Lupus"]
    dutch.condition.setCurrentText("Multiple sclerose")
    choice = dutch.profile_box.score_choice
    assert choice.boxes["pain_nrs"].isChecked() and choice.suggestion.text() == "Voorgesteld bij Multiple sclerose: Pijn-NRS."
    dutch.save_profile_button.click()
    assert service.treatment.profile().condition == "Multiple sclerosis"  # the same in every language
    dutch.reload()
    assert dutch.condition.currentText() == "Multiple sclerose"

    accept_dialog(monkeypatch, StartCourseDialog, lambda d: (d.start.setDate(TODAY - dt.timedelta(days=9)), d.plan.setCurrentIndex(0)))
    dutch.start_button.click()
    assert dutch.preset.itemText(0) == "1,5 mg, elke 2 weken 1,5 mg erbij tot 4,5 mg"  # the decimal comma

    def stop(dialog):
        dialog.reason.setCurrentText("Bijwerkingen")

    accept_dialog(monkeypatch, StopCourseDialog, stop)
    dutch.stop_button.click()
    assert service.treatment.courses()[0].stop_reason == "Side effects"
    assert dutch.course_status.text().endswith("(Bijwerkingen).") and dutch.courses_table.item(0, 3).text() == "Bijwerkingen"

    dialog = MedicationDialog(TODAY)
    qtbot.addWidget(dialog)
    assert dialog.category.itemText(0) == "5-ASA" and dialog.category.itemText(1) == "corticosteroïd"
    assert dialog.category.itemData(1) is MedicationCategory.CORTICOSTEROID
