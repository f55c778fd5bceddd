"""Treatment services: each change is validated whole and written in one transaction."""

import datetime as dt

import pytest

from diary.domain.entries import DailyEntry
from diary.domain.errors import ValidationError
from diary.domain.treatment import ClinicResult, Medication, MedicationCategory, Profile, TitrationStep
from tests.conftest import TODAY


def test_stop_needs_an_ongoing_course(service):
    with pytest.raises(ValidationError, match="no ongoing LDN course"):
        service.treatment.stop_course(TODAY)


def test_a_stop_date_before_the_start_changes_nothing(service):
    service.treatment.start_course(TODAY - dt.timedelta(days=3))
    with pytest.raises(ValidationError, match="before it starts"):
        service.treatment.stop_course(TODAY - dt.timedelta(days=5))
    assert service.treatment.courses()[0].end is None


def test_plan_of_an_unknown_course_or_a_bad_plan_is_refused(service):
    with pytest.raises(ValidationError, match="no course starting"):
        service.treatment.set_plan(TODAY, (TitrationStep(1, 1.5),))
    service.treatment.start_course(TODAY)
    with pytest.raises(ValidationError, match="day 1"):
        service.treatment.set_plan(TODAY, (TitrationStep(3, 1.5),))
    service.treatment.set_plan(TODAY, (TitrationStep(15, 3.0), TitrationStep(1, 1.5)))
    assert [s.from_day for s in service.treatment.courses()[0].steps] == [1, 15]  # kept in order


def test_medications_and_results_are_removed_one_at_a_time(service):
    med = Medication("Prednisolone", MedicationCategory.CORTICOSTEROID, TODAY)
    service.treatment.add_medication(med)
    service.treatment.add_medication(med)
    service.treatment.remove_medication(med)
    assert service.treatment.medications() == [med]
    with pytest.raises(ValidationError):
        service.treatment.remove_medication(Medication("Other", MedicationCategory.OTHER))
    result = ClinicResult(TODAY, 5.0)
    service.treatment.add_clinic_result(result)
    service.treatment.remove_clinic_result(result)
    assert service.treatment.clinic_results() == []


def test_invalid_medication_result_and_profile_write_nothing(service):
    for call in (
        lambda: service.treatment.add_medication(Medication("", MedicationCategory.OTHER)),
        lambda: service.treatment.add_clinic_result(ClinicResult(TODAY, crp_mg_l=-3)),
        lambda: service.treatment.save_profile(Profile(diagnosis_year=1800)),
    ):
        with pytest.raises(ValidationError):
            call()
    assert service.treatment.medications() == [] and service.treatment.clinic_results() == [] and service.treatment.profile() == Profile()


def test_next_plan_step_and_opioid_warning(service):
    assert service.treatment.next_plan_step() is None
    service.treatment.start_course(TODAY - dt.timedelta(days=13), (TitrationStep(1, 1.5), TitrationStep(15, 3.0)))
    assert service.treatment.next_plan_step() == "From tomorrow your plan goes up to 3.0 mg."
    assert service.treatment.opioid_warning() is None
    service.treatment.add_medication(Medication("Codeine", MedicationCategory.OPIOID, stop=TODAY - dt.timedelta(days=20)))
    assert service.treatment.opioid_warning() is None  # stopped before the course began
    service.treatment.add_medication(Medication("Tramadol", MedicationCategory.OPIOID))
    assert "Tramadol may not work" in service.treatment.opioid_warning()


def test_a_course_set_to_start_soon_still_has_a_summary_period(service):
    service.entries.save(DailyEntry(TODAY - dt.timedelta(days=2), activity=6))
    service.treatment.start_course(TODAY + dt.timedelta(days=10))
    data = service.reports.report_data()  # the default period: this course with its baseline week, up to today
    assert data.first <= data.last == TODAY
