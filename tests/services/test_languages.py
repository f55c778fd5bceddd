"""Files and --json are the same in every language; the demo is written in the reader's language with the same numbers."""

import dataclasses
import datetime as dt
import json
import uuid

from diary.desktop.language import words
from diary.domain import choices
from diary.domain.fhir import fhir_bundle
from diary.domain.language import using
from diary.services.cohort import read_cohort
from diary.services.demo import demo_snapshot
from diary.services.demo_cohort import demo_cohort, write_demo_cohort
from diary.services.transfer import ImportResult
from diary.store.transfer import format_csv, format_json
from tests.conftest import TODAY


def _numbers(snapshot):
    """Everything of the demo but its words."""
    entries = [dataclasses.replace(e, note=bool(e.note)) for e in snapshot.entries]
    medications = [dataclasses.replace(m, name="") for m in snapshot.medications]
    return entries, snapshot.courses, medications, snapshot.clinic_results, dataclasses.replace(snapshot.profile, condition="")


def test_the_demo_is_written_in_the_language_with_the_same_numbers():
    english = demo_snapshot(TODAY)
    for code, note, condition in (("nl", "Begonnen met LDN 1,5 mg voor het slapengaan.", "Ziekte van Crohn"),
                                  ("de", "Mit LDN 1,5 mg vor dem Schlafengehen begonnen.", "Morbus Crohn")):
        with using(words(code)):
            shown = demo_snapshot(TODAY)
        assert shown.entries[7].note == note
        # The condition is a choice, kept in English and shown in the reader's language.
        assert shown.profile.condition == "Crohn's disease"
        with using(words(code)):
            assert choices.shown(choices.conditions(), shown.profile.condition) == condition
        assert shown.profile.active_scores == english.profile.active_scores
        assert _numbers(shown) == _numbers(english)
    assert english.entries[7].note == "Started LDN 1.5 mg at bedtime."
    assert english.medications[0].name == "Mesalazine 2.4 g"


def test_the_demo_cohort_has_the_same_verdicts_in_every_language():
    english = demo_cohort(TODAY)
    with using(words("de")):
        german = demo_cohort(TODAY)
    assert [[(e.day, e.activity) for e in d.entries] for d in german] == [[(e.day, e.activity) for e in d.entries] for d in english]
    assert {d.profile.condition for d in german} == {"Crohn's disease", "Ulcerative colitis"}  # kept as choices are


def test_files_are_the_same_in_every_language():
    snapshot = demo_snapshot(TODAY)
    generated = dt.datetime(2026, 6, 15, 12, 0, tzinfo=dt.UTC)
    seed = uuid.UUID(int=7)
    english = (json.dumps(fhir_bundle(snapshot, generated, seed=seed)), format_json(snapshot),
               format_csv(list(snapshot.entries), list(snapshot.side_effects)))
    for code in ("nl", "de"):
        with using(words(code)):
            shown = (json.dumps(fhir_bundle(snapshot, generated, seed=seed)), format_json(snapshot),
                     format_csv(list(snapshot.entries), list(snapshot.side_effects)))
        assert shown == english


def test_the_cohorts_reasons_stay_english(tmp_path):
    write_demo_cohort(tmp_path / "cohort", TODAY)
    (tmp_path / "cohort" / "broken.json").write_text("{}", encoding="utf-8")
    english = read_cohort([tmp_path / "cohort", tmp_path / "missing"], TODAY)
    with using(words("nl")):
        dutch = read_cohort([tmp_path / "cohort", tmp_path / "missing"], TODAY)
    assert [s.reason for s in dutch.skipped] == [s.reason for s in english.skipped]
    assert dutch.table.by_condition == english.table.by_condition


def test_the_import_summary_in_dutch():
    with using(words("nl")):
        assert ImportResult(1, 0).summary() == "1 nieuwe dag is toegevoegd en 0 bijgewerkt."
        assert ImportResult(3, 2, dry_run=True).summary(dry_run_note=False) == "3 nieuwe dagen zouden worden toegevoegd en 2 bijgewerkt."
    assert ImportResult(0, 2).summary() == "0 new days were added and 2 updated."
    assert ImportResult(1, 1, dry_run=True).summary() == "1 new day would be added and 1 updated. Nothing was written (dry run)."
