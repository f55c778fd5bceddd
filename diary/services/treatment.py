"""The treatment's use cases: LDN courses and their plans, other medications, clinic results, profile, settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from diary.domain.errors import ValidationError
from diary.domain.language import translate
from diary.domain.opioids import opioid_warning
from diary.domain.plan_words import next_step_sentence
from diary.domain.response import validate_settings
from diary.domain.treatment import (
    ClinicResult,
    Course,
    Medication,
    Profile,
    Settings,
    TitrationStep,
    clinic_result_problems,
    course_on,
    course_problems,
    in_plan_order,
    medication_problems,
    plan_problems,
    profile_problems,
)
from diary.services.changes import Change
from diary.services.use_case import UseCases, check


class TreatmentService(UseCases):
    """What the patient takes and what the clinic measured, and the settings of the response rules."""

    def courses(self) -> list[Course]:
        with self._transaction() as records:
            return records.courses()

    def medications(self) -> list[Medication]:
        with self._transaction() as records:
            return records.medications()

    def clinic_results(self) -> list[ClinicResult]:
        with self._transaction() as records:
            return records.clinic_results()

    def profile(self) -> Profile:
        with self._transaction() as records:
            return records.profile()

    def settings(self) -> Settings:
        with self._transaction() as records:
            return records.settings()

    def next_plan_step(self) -> str | None:
        """What the titration plan of the ongoing course changes next, in words, if anything."""
        today = self._today()
        course = course_on(self.courses(), today)
        return next_step_sentence(course, today) if course else None

    def opioid_warning(self) -> str | None:
        """The warning to show when an opioid painkiller overlaps an LDN course, else None."""
        with self._transaction() as records:
            return opioid_warning(records.medications(), records.courses())

    # --- courses and their plans ----------------------------------------------------------------

    def start_course(self, start: dt.date, steps: tuple[TitrationStep, ...] = ()) -> Change:
        """Start LDN on `start` (day 1) with a titration plan; a restart is a new course."""
        course = Course(start=start, steps=steps)
        with self._transaction() as records:
            check(course_problems(course, records.courses(), self._today()))
            records.put_course(course)
        return Change(treatment=True)

    def stop_course(self, end: dt.date, reason: str = "") -> Change:
        """Stop the ongoing course after the dose of `end`."""
        with self._transaction() as records:
            courses = records.courses()
            ongoing = next((c for c in courses if c.end is None), None)
            if ongoing is None:
                raise ValidationError(translate("services.treatment", "there is no ongoing LDN course to stop"))
            stopped = replace(ongoing, end=end, stop_reason=reason.strip())
            check(course_problems(stopped, courses, self._today()))
            records.put_course(stopped)
        return Change(treatment=True)

    def set_plan(self, course_start: dt.date, steps: tuple[TitrationStep, ...]) -> Change:
        """Replace the titration plan of the course that started on `course_start`."""
        with self._transaction() as records:
            course = next((c for c in records.courses() if c.start == course_start), None)
            if course is None:
                raise ValidationError(translate("services.treatment", "there is no course starting on {date}").format(date=course_start))
            check(plan_problems(steps))
            records.put_course(replace(course, steps=in_plan_order(steps)))
        return Change(treatment=True)

    # --- other medications, clinic results, profile, settings ------------------------------------

    def add_medication(self, medication: Medication) -> Change:
        check(medication_problems(medication, self._today()))
        with self._transaction() as records:
            records.add_medication(medication)
        return Change(treatment=True)

    def remove_medication(self, medication: Medication) -> Change:
        with self._transaction() as records:
            if not records.remove_medication(medication):
                raise ValidationError(translate("services.treatment", "{name} is not in your medication list").format(name=medication.name))
        return Change(treatment=True)

    def add_clinic_result(self, result: ClinicResult) -> Change:
        check(clinic_result_problems(result, self._today()))
        with self._transaction() as records:
            records.add_clinic_result(result)
        return Change(treatment=True)

    def remove_clinic_result(self, result: ClinicResult) -> Change:
        with self._transaction() as records:
            if not records.remove_clinic_result(result):
                raise ValidationError(translate("services.treatment", "there is no clinic result of {date} like that").format(
                    date=result.day))
        return Change(treatment=True)

    def save_profile(self, profile: Profile) -> Change:
        check(profile_problems(profile, self._today()))
        with self._transaction() as records:
            records.put_profile(profile)
        return Change(profile=True)

    def save_settings(self, settings: Settings) -> Change:
        """Change the response thresholds (ValidationError outside the allowed ranges)."""
        check(validate_settings(settings))
        with self._transaction() as records:
            records.put_settings(settings)
        return Change(settings=True)
