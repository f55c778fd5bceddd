"""`ldn-diary export FILE.fhir.json` (docs/fhir.md): the FHIR Bundle, chosen by the file's name."""

from __future__ import annotations

import json

from tests.domain.test_fhir import resources, validate


def test_the_export_command_writes_fhir_by_its_name(run, tmp_path):
    assert run("demo")[0] == 0
    out = tmp_path / "for-the-clinic.FHIR.json"
    code, text, err = run("export", out)
    assert code == 0 and err == "" and "Exported" in text
    bundle = json.loads(out.read_text(encoding="utf-8"))
    validate(bundle)
    assert set(resources(bundle, "Patient")[0]) == {"resourceType", "id"}


def test_include_name_puts_the_name_in_the_patient(run, tmp_path, service):
    from diary.domain.treatment import Profile

    service.treatment.save_profile(Profile(condition="Fibromyalgia", name="Ann Example"))
    out = tmp_path / "x.fhir.json"
    code, _, err = run("export", out, "--include-name")
    assert code == 0, err
    assert resources(json.loads(out.read_text(encoding="utf-8")), "Patient")[0]["name"] == [{"text": "Ann Example"}]


def test_other_endings_are_still_refused(run, tmp_path):
    code, _out, err = run("export", tmp_path / "x.xml")
    assert code == 2 and ".csv or .json (or .fhir.json" in err
