"""File → Export: CSV, JSON and FHIR, each saying what it is for; the FHIR file asks before naming the patient."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from diary.domain.entries import DailyEntry
from diary.domain.treatment import Profile
from diary.ui.export_choice import EXPORT_KINDS, export_path, filters
from tests.conftest import TODAY


@pytest.fixture
def save_dialog(monkeypatch):
    """Answers the save dialog with (file name, chosen file type); records the file types it offered."""
    offered = []

    def answer(name: str, kind: int):
        def get_save_file_name(parent, caption, directory, filters):
            offered.append(filters)
            return name, EXPORT_KINDS[kind].file_filter

        monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
        return offered

    return answer


def test_the_dialog_offers_fhir_beside_csv_and_json_each_with_its_purpose():
    assert filters().split(";;") == ["Spreadsheet: your days, one row each (*.csv)",
                                   "Everything, for a backup or another computer (*.json)",
                                   "FHIR R4, for your clinic's record system (*.fhir.json)"]


def test_a_name_typed_without_an_ending_gets_the_chosen_kind_s(tmp_path):
    fhir = EXPORT_KINDS[2].file_filter
    assert export_path(str(tmp_path / "visit"), fhir) == tmp_path / "visit.fhir.json"
    assert export_path(str(tmp_path / "visit.csv"), fhir) == tmp_path / "visit.csv"  # an ending typed wins
    assert export_path(str(tmp_path / "visit"), EXPORT_KINDS[0].file_filter) == tmp_path / "visit.csv"


def test_exporting_fhir_from_the_menu_writes_a_bundle_without_the_name_if_declined(qtbot, window, service, tmp_path,
                                                                                    save_dialog, monkeypatch):
    service.entries.save(DailyEntry(TODAY, activity=4, dose_mg=1.5, dose_taken=True))
    service.treatment.save_profile(Profile(condition="Crohn's disease", name="Ann Example"))
    offered = save_dialog(str(tmp_path / "for-clinic"), 2)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a) or QMessageBox.StandardButton.No)
    window.export_action.trigger()
    assert "FHIR R4, for your clinic's record system (*.fhir.json)" in offered[0]
    bundle = json.loads((tmp_path / "for-clinic.fhir.json").read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle" and len(asked) == 1
    assert "Ann Example" not in json.dumps(bundle)
    assert "for-clinic.fhir.json" in window.statusBar().currentMessage()


def test_the_name_goes_in_only_when_allowed(qtbot, window, service, tmp_path, save_dialog, monkeypatch):
    service.treatment.save_profile(Profile(name="Ann Example"))
    save_dialog(str(tmp_path / "x.fhir.json"), 0)  # the ending typed decides, whatever kind is chosen
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.export_action.trigger()
    patient = next(e["resource"] for e in json.loads((tmp_path / "x.fhir.json").read_text(encoding="utf-8"))["entry"]
                   if e["resource"]["resourceType"] == "Patient")
    assert patient["name"] == [{"text": "Ann Example"}]


def test_csv_export_asks_nothing(qtbot, window, service, tmp_path, save_dialog, monkeypatch):
    service.entries.save(DailyEntry(TODAY, activity=4))
    service.treatment.save_profile(Profile(name="Ann Example"))
    save_dialog(str(tmp_path / "days"), 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked about the name for a CSV"))
    window.export_action.trigger()
    assert (tmp_path / "days.csv").read_text(encoding="utf-8").startswith("date,")
