"""The FHIR export (docs/fhir.md): the domain's Bundle written as FHIR JSON."""

from __future__ import annotations

import datetime as dt
import json

from diary.domain.fhir import FhirOptions, fhir_bundle
from diary.domain.snapshot import DiarySnapshot

FHIR_SUFFIX = ".fhir.json"


def is_fhir_name(name: str) -> bool:
    return name.lower().endswith(FHIR_SUFFIX)


def format_fhir(snapshot: DiarySnapshot, generated: dt.datetime, options: FhirOptions = FhirOptions()) -> str:
    """One FHIR R4 Bundle (type collection) of the whole diary, as compact UTF-8 JSON: a 10-year
    diary has some 60,000 resources, and indentation would double their size."""
    return json.dumps(fhir_bundle(snapshot, generated, options), ensure_ascii=False, separators=(",", ":")) + "\n"
