"""Treatment services: each change is validated whole and written in one transaction."""

import datetime as dt

import pytest

from diary.domain.entries import DailyEntry
from diary.domain.errors import ValidationError
from diary.domain.treatment import ClinicResult, Medication, MedicationCategory, Profile, TitrationStep
from tests.conftest import TODAY


def test_stop_needs_an_ongoing_course(service):
    with pytest.raises(ValidationError, match="no ongoing LDN course"):
        service.stop_course(TODAY)


def test_a_stop_date_before_the_start_changes_nothing(service):
    service.start_course(TODAY - dt.timedelta(days=3))
    with pytest.raises(ValidationError, match="before it starts"):
        service.stop_course(TODAY - dt.timedelta(days=5))
    assert service.courses()[0].end is None


def test_plan_of_an_unknown_course_or_a_bad_plan_is_refused(service):
    with pytest.raises(ValidationError, match="no course starting"):
        service.set_plan(TODAY, (TitrationStep(1, 1.5),))
    service.start_course(TODAY)
    with pytest.raises(ValidationError, match="day 1"):
        service.set_plan(TODAY, (TitrationStep(3, 1.5),))
    service.set_plan(TODAY, (TitrationStep(15, 3.0), TitrationStep(1, 1.5)))
    assert [s.from_day for s in service.courses()[0].steps] == [1, 15]  # kept in order


def test_medications_and_results_are_removed_one_at_a_time(service):
    med = Medication("Prednisolone", MedicationCategory.CORTICOSTEROID, TODAY)
    service.add_medication(med)
    service.add_medication(med)
    service.remove_medication(med)
    assert service.medications() == [med]
    with pytest.raises(ValidationError):
        service.remove_medication(Medication("Other", MedicationCategory.OTHER))
    result = ClinicResult(TODAY, 5.0)
    service.add_clinic_result(result)
    service.remove_clinic_result(result)
    assert service.clinic_results() == []


def test_invalid_medication_result_and_profile_write_nothing(service):
    for call in (
        lambda: service.add_medication(Medication("", MedicationCategory.OTHER)),
        lambda: service.add_clinic_result(ClinicResult(TODAY, crp_mg_l=-3)),
        lambda: service.save_profile(Profile(diagnosis_year=1800)),
    ):
        with pytest.raises(ValidationError):
            call()
    assert service.medications() == [] and service.clinic_results() == [] and service.profile() == Profile()


def test_next_plan_step_and_opioid_warning(service):
    assert service.next_plan_step() is None
    service.start_course(TODAY - dt.timedelta(days=13), (TitrationStep(1, 1.5), TitrationStep(15, 3.0)))
    assert service.next_plan_step() == "From tomorrow your plan goes up to 3.0 mg."
    assert service.opioid_warning() is None
    service.add_medication(Medication("Codeine", MedicationCategory.OPIOID, stop=TODAY - dt.timedelta(days=20)))
    assert service.opioid_warning() is None  # stopped before the course began
    service.add_medication(Medication("Tramadol", MedicationCategory.OPIOID))
    assert "Tramadol may not work" in service.opioid_warning()


def test_a_course_set_to_start_soon_still_has_a_summary_period(service):
    service.save_entry(DailyEntry(TODAY - dt.timedelta(days=2), activity=6))
    service.start_course(TODAY + dt.timedelta(days=10))
    data = service.report_data()  # the default period: this course with its baseline week, up to today
    assert data.first <= data.last == TODAY
