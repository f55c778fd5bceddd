"""The FHIR export (docs/fhir.md): one R4 Bundle that validates with the FHIR models of fhir.resources."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter

import pytest
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from diary.domain.entries import DailyEntry, Severity
from diary.domain.fhir import DIARY_SYSTEM, RESPONSE_SYSTEM, SIDE_EFFECT_SYSTEM, FhirOptions, fhir_bundle
from diary.domain.response import assess_courses
from diary.domain.snapshot import DiarySnapshot
from diary.domain.treatment import Course, Profile, TitrationStep
from diary.services.demo import demo_snapshot
from tests.conftest import TODAY

GENERATED = dt.datetime(2026, 6, 15, 9, 30, tzinfo=dt.UTC)
SURVEY = {"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey", "display": "Survey"}


def validate(bundle: dict) -> None:
    """The Bundle, and each resource in it by its own model, against the FHIR R4(B) definitions."""
    Bundle.model_validate(bundle)
    for entry in bundle["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)


def resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


@pytest.fixture(scope="module")
def demo_bundle() -> dict:
    return fhir_bundle(demo_snapshot(TODAY), GENERATED, seed=uuid.UUID(int=1))


def test_the_demo_diary_s_export_validates(demo_bundle):
    validate(demo_bundle)
    assert demo_bundle["resourceType"] == "Bundle" and demo_bundle["type"] == "collection"
    kinds = Counter(e["resource"]["resourceType"] for e in demo_bundle["entry"])
    assert kinds["Patient"] == 1 and kinds["Condition"] == 1
    assert kinds["MedicationStatement"] == 1 + 3  # the course, and its three dose levels (1.5, 3 and 4.5 mg)


def test_every_full_url_is_unique_and_every_reference_resolves(demo_bundle):
    urls = [e["fullUrl"] for e in demo_bundle["entry"]]
    assert len(urls) == len(set(urls))
    referenced = {m for m in json.dumps(demo_bundle).split('"') if m.startswith("urn:uuid:")}
    assert referenced <= set(urls)


def test_one_observation_per_recorded_daily_value(demo_bundle):
    diary = demo_snapshot(TODAY)
    observations = [o for o in resources(demo_bundle, "Observation") if "effectiveDateTime" in o]
    values = sum((e.activity is not None) + len(e.side_effects) + len(e.items) + (e.complications is not None)
                 for e in diary.entries)
    scores = sum(1 for o in observations if o["code"]["coding"][0]["code"] in ("pro2_cd", "hbi"))
    assert len(observations) == values + scores and scores > 0
    assert all(o["category"] == [{"coding": [SURVEY]}] for o in resources(demo_bundle, "Observation"))
    first = diary.entries[0]
    activity = next(o for o in observations if o["effectiveDateTime"] == first.day.isoformat()
                    and o["code"]["coding"][0] == {"system": DIARY_SYSTEM, "code": "activity",
                                                   "display": "Self-assessed disease activity (0 none to 10 worst imaginable)"})
    assert activity["valueInteger"] == first.activity and activity["status"] == "final"


def test_pain_is_coded_with_loinc_and_side_effects_with_the_app_s_system():
    day = dt.date(2026, 3, 2)
    diary = DiarySnapshot(entries=(DailyEntry(day, items={"pain": 6}, side_effects={"vivid_dreams": Severity.MODERATE}),))
    bundle = fhir_bundle(diary, GENERATED)
    validate(bundle)
    by_code = {o["code"]["coding"][0]["code"]: o for o in resources(bundle, "Observation")}
    pain = by_code["72514-3"]
    assert pain["code"]["coding"][0]["system"] == "http://loinc.org" and pain["valueInteger"] == 6
    dreams = by_code["vivid_dreams"]
    assert dreams["code"]["coding"][0]["system"] == SIDE_EFFECT_SYSTEM and dreams["valueInteger"] == 2


def test_the_patient_carries_nothing_identifying_unless_allowed():
    diary = DiarySnapshot(profile=Profile(condition="Lupus", name="Ann Example", date_of_birth=dt.date(1980, 5, 17)))
    hidden = fhir_bundle(diary, GENERATED)
    assert set(resources(hidden, "Patient")[0]) == {"resourceType", "id"}
    assert "Ann Example" not in json.dumps(hidden) and "1980" not in json.dumps(hidden)
    shown = fhir_bundle(diary, GENERATED, FhirOptions(include_name=True))
    validate(shown)
    patient = resources(shown, "Patient")[0]
    assert patient["name"] == [{"text": "Ann Example"}] and patient["birthDate"] == "1980-05-17"


def test_the_response_verdict_is_an_observation_over_the_period_judged(demo_bundle):
    verdict = next(o for o in resources(demo_bundle, "Observation") if o["code"]["coding"][0]["code"] == "ldn-response")
    course = demo_snapshot(TODAY).courses[0]
    assert verdict["effectivePeriod"]["start"] == course.start.isoformat()
    assert verdict["effectivePeriod"]["end"] == (TODAY - dt.timedelta(days=1)).isoformat()
    diary = demo_snapshot(TODAY)
    activity = {e.day: e.activity for e in diary.entries if e.activity is not None}
    expected = assess_courses(list(diary.courses), activity, diary.settings)[0]
    assert verdict["valueCodeableConcept"]["coding"][0] == {"system": RESPONSE_SYSTEM, "code": expected.category.value,
                                                            "display": expected.category.words}
    assert verdict["note"] == [{"text": expected.clinician_explanation}]
    course_url = next(e["fullUrl"] for e in demo_bundle["entry"] if e["resource"]["resourceType"] == "MedicationStatement")
    assert verdict["partOf"] == [{"reference": course_url}]


def test_a_stopped_course_and_its_dose_levels():
    start = dt.date(2026, 1, 1)
    course = Course(start, dt.date(2026, 1, 20), "drowsiness", (TitrationStep(1, 1.5, dt.time(22)), TitrationStep(15, 3.0),
                                                                  TitrationStep(29, 4.5)))
    bundle = fhir_bundle(DiarySnapshot(courses=(course,)), GENERATED)
    validate(bundle)
    whole, *levels = resources(bundle, "MedicationStatement")
    assert whole["status"] == "stopped" and whole["statusReason"] == [{"text": "drowsiness"}]
    assert whole["effectivePeriod"] == {"start": "2026-01-01", "end": "2026-01-20"}
    assert [(s["effectivePeriod"], s["dosage"][0]["doseAndRate"][0]["doseQuantity"]["value"]) for s in levels] == [
        ({"start": "2026-01-01", "end": "2026-01-14"}, 1.5), ({"start": "2026-01-15", "end": "2026-01-20"}, 3.0)]
    assert levels[0]["dosage"][0]["timing"]["repeat"]["timeOfDay"] == ["22:00:00"]
