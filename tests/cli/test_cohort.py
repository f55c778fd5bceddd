"""`ldn-diary cohort` and `ldn-diary demo --cohort` (docs/cohort.md): the study's table from patients' exports."""

from __future__ import annotations

import json
import sys

import pytest

from tests.conftest import pdf_text

KEYS = {"n", "response", "long_lasting", "short_lived", "non_response", "undecided", "by_condition", "side_effects", "fisher_p"}
ROWS = ("response", "long_lasting", "short_lived", "non_response", "undecided")


@pytest.fixture
def cohort(tmp_path, run):
    folder = tmp_path / "cohort"
    code, out, err = run("demo", "--cohort", folder)
    assert code == 0 and err == "", err
    assert "47 patients" in out
    return folder


def test_the_demo_cohort_prints_the_study_s_table(cohort, run, data_dir):
    code, out, err = run("cohort", cohort)
    assert code == 0 and err == "", err
    for text in ("35 (74.5 %)", "12 (25.5 %)", "23 (48.9 %)", "p = 1.000", "Crohn's disease (n=28)", "Ulcerative colitis (n=19)",
                 "Side effects (patients): vivid dreams 4, drowsiness 2, headache 1", "Stopped within 28 days: 2 (drowsiness 2)",
                 "Follow-up: median", "Files read 47, skipped 0"):
        assert text in out, text
    assert not data_dir.exists()  # neither the demo cohort nor the table touched the diary's folder


def test_json_has_the_spec_s_keys(cohort, run):
    code, out, err = run("cohort", "--json", *sorted(cohort.iterdir()))  # a list of files, not a folder
    assert code == 0 and err == ""
    data = json.loads(out)
    assert KEYS <= set(data)
    assert data["n"] == 47
    assert {row: data[row] for row in ROWS} == {
        "response": {"count": 35, "percent": 74.5}, "long_lasting": {"count": 12, "percent": 25.5},
        "short_lived": {"count": 23, "percent": 48.9}, "non_response": {"count": 12, "percent": 25.5},
        "undecided": {"count": 0, "percent": 0.0}}
    assert set(data["by_condition"]) == {"Crohn's disease", "Ulcerative colitis"}
    for name, n in (("Crohn's disease", 28), ("Ulcerative colitis", 19)):
        group = data["by_condition"][name]
        assert group["n"] == n and set(group) >= set(ROWS)
        assert all(set(group[row]) == {"count", "percent"} for row in ROWS)
    assert data["side_effects"] == {"vivid_dreams": 4, "drowsiness": 2, "headache": 1}
    assert data["fisher_p"] == {"response": 1.0, "long_lasting": 1.0}
    assert isinstance(data["fisher_p"]["response"], float) and isinstance(data["response"]["percent"], float)
    assert data["stopped_within_28_days"] == {"patients": 2, "reasons": {"drowsiness": 2}}
    assert data["files"]["read"] == 47 and data["files"]["skipped"] == []


def test_one_condition_has_no_fisher_test(cohort, run):
    ucs = [p for p in sorted(cohort.iterdir()) if "Ulcerative" in p.read_text(encoding="utf-8")]
    code, out, _ = run("cohort", "--json", *ucs)
    assert code == 0 and json.loads(out)["fisher_p"] is None and json.loads(out)["n"] == 19


def test_bad_files_are_named_and_skipped_and_counted(cohort, run):
    (cohort / "zz-notes.json").write_text('{"shopping": []}', encoding="utf-8")
    newer = json.loads((cohort / "patient-01.json").read_text(encoding="utf-8")) | {"format_version": 99}
    (cohort / "zz-newer.json").write_text(json.dumps(newer), encoding="utf-8")
    code, out, err = run("cohort", cohort, cohort / "missing.json")
    assert code == 0
    lines = err.splitlines()
    assert len(lines) == 3 and all(line.startswith("ldn-diary: skipped ") for line in lines)
    assert any("zz-notes.json" in line and "not an LDN Diary export" in line for line in lines)
    assert any("zz-newer.json" in line and "newer LDN Diary" in line for line in lines)
    assert any("missing.json" in line for line in lines)
    assert "Files read 47, skipped 3" in out and "35 (74.5 %)" in out


def test_no_readable_export_at_all_is_invalid_input(tmp_path, run):
    (tmp_path / "a.json").write_text("[]", encoding="utf-8")
    code, out, err = run("cohort", tmp_path / "a.json")
    assert code == 2 and out == ""
    assert err.splitlines()[-1] == "ldn-diary: no patient's export could be read, so there is no table"
    code, _, err = run("cohort", tmp_path / "empty-folder-that-is-not-there")
    assert code == 2


def test_without_scipy_the_command_names_the_extra_to_install(cohort, run, monkeypatch):
    monkeypatch.setitem(sys.modules, "scipy", None)  # as in the patient's app, which leaves SciPy out
    monkeypatch.setitem(sys.modules, "scipy.stats", None)
    code, out, err = run("cohort", cohort)
    assert code == 1 and out == ""
    assert 'pip install "ldn-diary[clinic]"' in err


def test_the_pdf_for_a_clinic_meeting(cohort, run, tmp_path):
    before = sorted(p.name for p in cohort.iterdir())
    out_pdf = tmp_path / "meeting.pdf"
    code, out, err = run("cohort", cohort, "--out", out_pdf)
    assert code == 0, err
    assert "Saved the cohort table (2 pages)" in out
    text = pdf_text(out_pdf)
    for words in ("35 (74.5 %)", "12 (25.5 %)", "23 (48.9 %)", "p = 1.000", "Vivid dreams", "files read 47, skipped 0",
                  "7-day mean activity"):
        assert words in text, words
    assert sorted(p.name for p in cohort.iterdir()) == before


def test_out_must_be_a_pdf(cohort, run, tmp_path):
    code, out, err = run("cohort", cohort, "--out", tmp_path / "table.png")
    assert code == 2 and out == "" and "must end in .pdf" in err
    assert not (tmp_path / "table.png").exists()


def test_demo_cohort_refuses_a_folder_with_exports(cohort, run):
    code, _, err = run("demo", "--cohort", cohort)
    assert code == 2 and "already holds patient-01.json" in err


def test_in_german_the_table_names_conditions_side_effects_and_reasons_in_german(cohort, run):
    """The demo's files keep English choices (Crohn's disease, drowsiness); the reader sees them in German."""
    code, out, err = run("--lang", "de", "cohort", cohort)
    assert code == 0 and err == "", err
    for text in ("Morbus Crohn (n=28)", "Colitis ulcerosa (n=19)", "Lebhafte Träume 4, Schläfrigkeit 2, Kopfschmerzen 1",
                 "(Schläfrigkeit 2)"):
        assert text in out, text
    assert "Crohn's disease" not in out and "drowsiness" not in out
    code, out, _ = run("--lang", "de", "cohort", "--json", cohort)
    assert code == 0 and set(json.loads(out)["by_condition"]) == {"Crohn's disease", "Ulcerative colitis"}
