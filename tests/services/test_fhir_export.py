"""The FHIR export through the transfer service (docs/fhir.md): chosen by the name, private, the name only if allowed."""

from __future__ import annotations

import json
import os

from diary.domain.entries import DailyEntry
from tests.conftest import TODAY


def test_the_fhir_export_goes_through_the_same_export_as_csv_and_json(tmp_path, service):
    from diary.domain.treatment import Profile

    service.entries.save(DailyEntry(TODAY, activity=4, dose_mg=1.5, dose_taken=True))
    service.treatment.save_profile(Profile(name="Ann Example"))
    for include_name in (False, True):
        path = tmp_path / f"{include_name}.Fhir.JSON"
        assert service.transfer.export_file(path, include_name=include_name) == 1
        text = path.read_text(encoding="utf-8")
        assert json.loads(text)["resourceType"] == "Bundle"
        assert ("Ann Example" in text) is include_name
        assert oct(os.stat(path).st_mode & 0o777) == "0o600"
