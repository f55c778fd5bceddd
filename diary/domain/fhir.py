"""The diary as one FHIR R4 Bundle for a clinic's record system (docs/fhir.md): plain dicts, no I/O."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from diary.domain.condition_items import COMPLICATION_WORDS, COMPLICATIONS, ITEMS
from diary.domain.entries import DailyEntry, Severity, file_dose
from diary.domain.language import SourceWords, using
from diary.domain.response import ResponseAssessment, assess_courses
from diary.domain.scores import SCORES, recorded_scores
from diary.domain.side_effects import label_from_key
from diary.domain.snapshot import DiarySnapshot
from diary.domain.summaries import dose_levels
from diary.domain.treatment import Course, in_plan_order

Resource = dict[str, Any]

# The app's own code systems (docs/fhir.md#code-systems): stable URIs, never reused for another meaning.
BASE = "https://ldn-diary.org/fhir/CodeSystem"
DIARY_SYSTEM = f"{BASE}/diary"
SIDE_EFFECT_SYSTEM = f"{BASE}/side-effect"
RESPONSE_SYSTEM = f"{BASE}/response-category"
COMPLICATION_SYSTEM = f"{BASE}/complication"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
NALTREXONE_RXCUI = "7243"
SURVEY = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey",
                      "display": "Survey"}]}
# Daily values that LOINC has a code for; the others are the app's (docs/fhir.md#daily-values).
LOINC_CODES = {"pain": ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")}
SEVERITY_WORDS = {s: s.name.lower() for s in Severity}
# The pain NRS of a day is the day's pain item itself (coded with LOINC above): not repeated as a score.
DAILY_SCORES = tuple(key for key in SCORES if key != "pain_nrs")


@dataclass(frozen=True)
class FhirOptions:
    include_name: bool = False  # the Patient carries the name and date of birth only if the user allows it


def _code(system: str, code: str, display: str) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code, "display": display}], "text": display}


def _ref(url: str) -> dict[str, str]:
    return {"reference": url}


def _quantity(value: float, unit: str, code: str) -> dict[str, Any]:
    return {"value": round(value, 6), "unit": unit, "system": UCUM, "code": code}


class _Bundle:
    """Collects resources, each with an id made from the bundle's seed and what it is (stable within a bundle)."""

    def __init__(self, seed: uuid.UUID):
        self.seed = seed
        self.entries: list[dict[str, Any]] = []

    def add(self, local: str, resource: Resource) -> str:
        rid = str(uuid.uuid5(self.seed, local))
        url = f"urn:uuid:{rid}"
        self.entries.append({"fullUrl": url, "resource": {"resourceType": resource.pop("resourceType"), "id": rid, **resource}})
        return url


def fhir_bundle(diary: DiarySnapshot, generated: dt.datetime, options: FhirOptions = FhirOptions(),
                seed: uuid.UUID | None = None) -> Resource:
    """The diary's Bundle (_fhir_bundle), always in English: a FHIR file is the same whatever the
    reader's language (its display texts are the app's English words)."""
    with using(SourceWords()):
        return _fhir_bundle(diary, generated, options, seed)


def _fhir_bundle(diary: DiarySnapshot, generated: dt.datetime, options: FhirOptions = FhirOptions(),
                seed: uuid.UUID | None = None) -> Resource:
    """A Bundle of type collection: the Patient, their condition, a MedicationStatement per course and
    dose level, an Observation per daily value, and each course's response verdict."""
    bundle = _Bundle(seed or uuid.uuid4())
    patient = bundle.add("patient", _patient(diary, options))
    if diary.profile.condition:
        bundle.add("condition", _condition(diary, patient))
    today = generated.date()
    activity = {e.day: e.activity for e in diary.entries if e.activity is not None}
    assessments = assess_courses(list(diary.courses), activity, diary.settings)
    for course, assessment in zip(diary.courses, assessments):
        course_url = bundle.add(f"course/{course.start}", _course_statement(course, patient, today))
        for i, statement in enumerate(_dose_statements(course, diary.entries, patient, course_url, today)):
            bundle.add(f"course/{course.start}/dose/{i}", statement)
        bundle.add(f"course/{course.start}/response", _verdict(assessment, patient, course_url, generated))
    labels = {e.key: e.label for e in diary.side_effects}
    scores = [s for s in recorded_scores(diary.entries) if s.key in DAILY_SCORES]
    for entry in diary.entries:
        for key, code, value in _daily_values(entry, labels, scores, diary.profile.usual_stools):
            bundle.add(f"{entry.day}/{key}", _observation(entry.day, code, value, patient))
    return {"resourceType": "Bundle", "id": str(uuid.uuid5(bundle.seed, "bundle")), "type": "collection",
            "timestamp": generated.isoformat(timespec="seconds"), "entry": bundle.entries}


def _patient(diary: DiarySnapshot, options: FhirOptions) -> Resource:
    patient: Resource = {"resourceType": "Patient"}
    if options.include_name:
        if diary.profile.name.strip():
            patient["name"] = [{"text": diary.profile.name.strip()}]
        if diary.profile.date_of_birth:
            patient["birthDate"] = diary.profile.date_of_birth.isoformat()
    return patient


def _condition(diary: DiarySnapshot, patient: str) -> Resource:
    condition: Resource = {"resourceType": "Condition", "code": {"text": diary.profile.condition}, "subject": _ref(patient)}
    if diary.profile.diagnosis_year:
        condition["onsetDateTime"] = str(diary.profile.diagnosis_year)
    return condition


NALTREXONE = {"coding": [{"system": RXNORM, "code": NALTREXONE_RXCUI, "display": "naltrexone"}],
              "text": "Naltrexone, low dose (LDN)"}


def _statement(status: str, start: dt.date, end: dt.date | None, patient: str) -> Resource:
    period = {"start": start.isoformat(), **({"end": end.isoformat()} if end else {})}
    return {"resourceType": "MedicationStatement", "status": status, "medicationCodeableConcept": NALTREXONE,
            "subject": _ref(patient), "effectivePeriod": period, "informationSource": _ref(patient)}


def _status(start: dt.date, end: dt.date | None, today: dt.date) -> str:
    if start > today:
        return "intended"
    return "completed" if end is not None and end < today else "active"


def _course_statement(course: Course, patient: str, today: dt.date) -> Resource:
    status = _status(course.start, course.end, today)
    if course.end is not None and course.stop_reason:
        status = "stopped"
    statement = _statement(status, course.start, course.end, patient)
    if course.stop_reason:
        statement["statusReason"] = [{"text": course.stop_reason}]
    return statement


def _dosage(dose_mg: float, time: dt.time | None) -> list[dict[str, Any]]:
    repeat: dict[str, Any] = {"frequency": 1, "period": 1, "periodUnit": "d"}
    if time is not None:
        repeat["timeOfDay"] = [time.strftime("%H:%M:00")]
    text = file_dose(dose_mg) + (f" once a day at {time:%H:%M}" if time else " once a day")
    return [{"text": text, "timing": {"repeat": repeat}, "doseAndRate": [{"doseQuantity": _quantity(dose_mg, "mg", "mg")}]}]


def _dose_statements(course: Course, entries: tuple[DailyEntry, ...], patient: str, course_url: str,
                     today: dt.date) -> Iterator[Resource]:
    """The plan's steps within the course (docs/fhir.md#courses-and-doses); without a plan, the doses recorded."""
    levels: list[tuple[dt.date, dt.date | None, float, dt.time | None]] = []
    steps = in_plan_order(course.steps)
    for i, step in enumerate(steps):
        start = course.start + dt.timedelta(days=step.from_day - 1)
        following = steps[i + 1].from_day if i + 1 < len(steps) else None
        end = course.start + dt.timedelta(days=following - 2) if following else course.end
        if course.end is not None:
            if start > course.end:
                break
            end = min(end or course.end, course.end)
        levels.append((start, end, step.dose_mg, step.time))
    if not steps:
        taken = [e for e in entries if course.covers(e.day)]
        levels = [(lvl.first, lvl.last, lvl.dose_mg, None) for lvl in dose_levels(taken)]
    for start, end, dose, time in levels:
        statement = _statement(_status(start, end, today), start, end, patient)
        statement["partOf"] = [_ref(course_url)]
        statement["dosage"] = _dosage(dose, time)
        yield statement


def _observation(day: dt.date, code: dict[str, Any], value: dict[str, Any], patient: str) -> Resource:
    return {"resourceType": "Observation", "status": "final", "category": [SURVEY], "code": code,
            "subject": _ref(patient), "effectiveDateTime": day.isoformat(), "performer": [_ref(patient)], **value}


def _item_code(key: str) -> dict[str, Any]:
    if key in LOINC_CODES:
        loinc, display = LOINC_CODES[key]
        return {"coding": [{"system": LOINC, "code": loinc, "display": display},
                           {"system": DIARY_SYSTEM, "code": key, "display": ITEMS[key].name}], "text": ITEMS[key].question}
    return _code(DIARY_SYSTEM, key, ITEMS[key].name)


ACTIVITY_CODE = _code(DIARY_SYSTEM, "activity", "Self-assessed disease activity (0 none to 10 worst imaginable)")
COMPLICATIONS_CODE = _code(DIARY_SYSTEM, "complications", "Complications (Harvey-Bradshaw Index list)")
ITEM_CODES = {key: _item_code(key) for key in ITEMS}
SCORE_CODES = {key: _code(DIARY_SYSTEM, key, SCORES[key].name) for key in DAILY_SCORES}


def _daily_values(entry: DailyEntry, labels: dict[str, str], scores: list[Any], usual_stools: int
                  ) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(local key, code, value) of each value the day records."""
    if entry.activity is not None:
        yield "activity", ACTIVITY_CODE, {"valueInteger": entry.activity}
    for key, severity in entry.side_effects.items():
        code = _code(SIDE_EFFECT_SYSTEM, key, labels.get(key, label_from_key(key)))
        yield f"side-effect/{key}", code, {"valueInteger": int(severity), "interpretation": [{"text": SEVERITY_WORDS[severity]}]}
    for key, value in entry.items.items():
        yield f"item/{key}", ITEM_CODES[key], {"valueInteger": value}
    if entry.complications is not None:
        order = sorted(entry.complications, key=lambda c: COMPLICATIONS.index(c) if c in COMPLICATIONS else len(COMPLICATIONS))
        coding = [{"system": COMPLICATION_SYSTEM, "code": c, "display": COMPLICATION_WORDS.get(c, c)} for c in order]
        text = ", ".join(COMPLICATION_WORDS.get(c, c) for c in order) or "none"
        concept = {"coding": coding or [{"system": COMPLICATION_SYSTEM, "code": "none", "display": "none"}], "text": text}
        yield "complications", COMPLICATIONS_CODE, {"valueCodeableConcept": concept}
    for score in scores:
        daily = score.daily(entry, usual_stools)
        if daily is not None:
            yield f"score/{score.key}", SCORE_CODES[score.key], {"valueQuantity": _quantity(daily, "score", "{score}")}


VERDICT_CODE = _code(DIARY_SYSTEM, "ldn-response", "Response to LDN by the study's rules (Lie et al. 2018)")


def _component(code: str, display: str, quantity: dict[str, Any]) -> dict[str, Any]:
    return {"code": _code(DIARY_SYSTEM, code, display), "valueQuantity": quantity}


def _verdict(a: ResponseAssessment, patient: str, course_url: str, generated: dt.datetime) -> Resource:
    """The response category of a course, over the period it judged (the course start to T)."""
    period = {"start": a.course_start.isoformat()}
    if a.as_of is not None and a.as_of >= a.course_start:
        period["end"] = a.as_of.isoformat()
    components = []
    if a.baseline is not None and a.target is not None:
        components.append(_component("baseline", "Baseline mean activity", _quantity(a.baseline, "score", "{score}")))
        components.append(_component("target", "Target mean activity", _quantity(a.target, "score", "{score}")))
    if a.onset_day is not None:
        components.append(_component("onset-day", "Treatment day of onset", _quantity(a.onset_day, "day", "d")))
    if a.duration_days is not None:
        components.append(_component("duration", "Duration of the improvement", _quantity(a.duration_days, "day", "d")))
    verdict: Resource = {
        "resourceType": "Observation", "status": "final", "category": [SURVEY], "code": VERDICT_CODE,
        "subject": _ref(patient), "partOf": [_ref(course_url)], "effectivePeriod": period,
        "issued": generated.isoformat(timespec="seconds"),
        "valueCodeableConcept": _code(RESPONSE_SYSTEM, a.category.value, a.category.words),
        "note": [{"text": a.clinician_explanation}],
    }
    if components:
        verdict["component"] = components
    return verdict
