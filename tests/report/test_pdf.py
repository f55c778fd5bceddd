"""The clinician summary PDF of real diaries, read back as text."""

import datetime as dt
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize

from diary.domain.entries import DailyEntry
from diary.domain.report import ReportOptions
from diary.domain.treatment import Medication, MedicationCategory, Profile
from diary.domain.wording import signed
from diary.report.pdf import ClinicianReport
from tests.conftest import TODAY, pdf_text


@pytest.fixture
def demo(service):
    service.transfer.fill_demo()
    service.treatment.save_profile(Profile("Crohn's disease", 2017, "Ann Example-Ünal", dt.date(1979, 2, 3)))
    return service


def write(qapp, service, tmp_path, options=ReportOptions(), page_size=QPageSize.PageSizeId.A4):
    path = tmp_path / "summary.pdf"
    data = service.reports.report_data(options)
    pages = ClinicianReport(data, service.reports.trend(data.first, data.last), page_size).save_pdf(path)
    reader = PdfReader(path)
    assert len(reader.pages) == pages
    return reader, pdf_text(path)


def test_demo_summary_fits_two_pages_and_says_what_matters(qapp, demo, tmp_path):
    reader, text = write(qapp, demo, tmp_path)
    assert len(reader.pages) <= 2
    data = demo.reports.report_data()
    a = data.assessment
    assert "LDN Diary — patient-reported summary" in text
    assert "self-reported" in text and "not clinical measurements" in text
    assert a.category.words in text
    assert f"day {a.onset_day}" in text and f"{a.duration_days} days" in text
    assert f"baseline {a.baseline:.1f}" in text and f"latest {data.latest_mean:.1f}" in text
    for visit in a.visits:
        assert f"Week {visit.week}" in text
        if visit.mean is not None and visit.week:
            assert f"{visit.mean:.1f} ({visit.values} days)" in text and signed(visit.change) in text
            assert f"{visit.change:+.1f}" not in text or visit.change >= 0  # a minus sign, not a hyphen
    for effect in data.summary.side_effects:
        assert effect.effect.label in text
        assert f"{effect.days_present} of {effect.days_recorded}" in text
    # The demo moved its dose to the morning once, on day 29: comparing the two would mostly compare
    # the first weeks of LDN with the later ones, so the summary says why it makes no comparison.
    assert "No comparison of morning and bedtime doses: they were taken in different weeks of treatment" in text
    assert "Vivid dreams came on 0% of days" not in text
    assert f"{data.summary.adherence.days_with_entry} of {data.summary.adherence.days} days recorded" in text
    assert "Crohn's disease (diagnosed 2017)" in text


def test_name_and_notes_only_when_asked(qapp, demo, tmp_path):
    reader, text = write(qapp, demo, tmp_path)
    assert "Ann Example-Ünal" not in text and "1979" not in text
    assert "Very vivid dreams last night" not in text
    assert "Ann" not in str(reader.metadata)
    _, text = write(qapp, demo, tmp_path, ReportOptions(include_notes=True, include_name=True))
    assert "Ann Example-Ünal, born 3 Feb 1979" in text
    assert "Very vivid dreams last night, woke up twice." in text


def test_metadata_is_a_title_and_nothing_personal(qapp, demo, tmp_path):
    reader, _ = write(qapp, demo, tmp_path, ReportOptions(include_name=True))
    meta = reader.metadata
    assert meta.title == "LDN Diary — patient-reported summary"
    assert str(tmp_path) not in str(dict(meta))
    assert "Ann" not in str(dict(meta))


def test_opioid_warning_when_an_opioid_overlaps_the_course(qapp, demo, tmp_path):
    _, text = write(qapp, demo, tmp_path)
    assert "Naltrexone blocks opioid painkillers" not in text
    demo.treatment.add_medication(Medication("Tramadol 50 mg", MedicationCategory.OPIOID, TODAY - dt.timedelta(days=10)))
    _, text = write(qapp, demo, tmp_path)
    assert "Naltrexone blocks opioid painkillers, so Tramadol 50 mg may not work" in text


def test_letter_and_a4(qapp, demo, tmp_path):
    reader, _ = write(qapp, demo, tmp_path, page_size=QPageSize.PageSizeId.Letter)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    reader, _ = write(qapp, demo, tmp_path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_a_non_responder(qapp, service, tmp_path):
    start = TODAY - dt.timedelta(days=40)
    for n in range(-7, 41):
        day = start + dt.timedelta(days=n)
        dose = {"dose_mg": 4.5, "dose_taken": True} if n >= 0 else {}
        service.entries.save(DailyEntry(day, activity=7, **dose))
    _, text = write(qapp, service, tmp_path)
    assert "No response in the first 4 weeks" in text
    assert "No side effects reported in this period." in text


def test_a_baseline_from_day_1_is_printed_as_day_1_not_the_week_before(qapp, service, tmp_path):
    start = TODAY - dt.timedelta(days=40)
    for n in range(41):  # nothing recorded before LDN
        service.entries.save(DailyEntry(start + dt.timedelta(days=n), activity=7, dose_mg=4.5, dose_taken=True))
    _, text = write(qapp, service, tmp_path)
    assert "baseline 7.0 (on day 1 of LDN)" in text
    assert "Week 0 day 1 7.0 (day 1) baseline" in " ".join(text.split())
    assert "days −7 to −1" not in text and "before LDN" not in text


def test_a_diary_without_a_course_still_prints(qapp, service, tmp_path):
    service.entries.save(DailyEntry(TODAY, activity=3))
    _, text = write(qapp, service, tmp_path)
    assert "No LDN course in this period" in text


def test_the_file_is_private_and_replaced_whole(qapp, demo, tmp_path):
    import os
    import stat

    write(qapp, demo, tmp_path)
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "summary.pdf").stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_the_summary_speaks_of_the_patient_and_prints_numbers_one_way(qapp, demo, tmp_path):
    _, text = write(qapp, demo, tmp_path)
    a = demo.reports.report_data().assessment
    assert a.clinician_explanation.startswith("Mean activity fell from") and a.clinician_explanation in text
    assert "Your average activity" not in text and "your prescriber" not in text.lower()
    assert a.explanation.startswith("Your average activity fell from")  # the window keeps talking to the patient
    assert "18 " in text and "18.0" not in text  # CRP as the window shows it
    assert re.findall(r"(?<![\w.])-\d", text) == []  # a negative number has a minus sign, not a hyphen,
    assert "−7" in text and re.search(r"−\d\.\d", text)  # like "days −7 to −1" and the changes


def test_a_period_past_the_last_recorded_day_says_so(qapp, demo, tmp_path):
    last = max(e.day for e in demo.transfer.snapshot().entries)
    _, text = write(qapp, demo, tmp_path, ReportOptions(last=last + dt.timedelta(days=10)))
    assert f"Nothing is recorded after {last.day} {last:%b %Y}: the last 10 days of the period have no entry." in text
    _, text = write(qapp, demo, tmp_path, ReportOptions(first=last + dt.timedelta(days=1), last=last + dt.timedelta(days=5)))
    assert "Nothing was recorded in this period." in text


@pytest.mark.parametrize("page_size", [QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter])
def test_two_condition_scores_fit_the_two_pages_with_their_sources(qapp, demo, tmp_path, page_size):
    assert demo.treatment.profile().active_scores == ("pro2_cd", "hbi")
    reader, text = write(qapp, demo, tmp_path, page_size=page_size)
    assert len(reader.pages) == 2
    flat = " ".join(text.split())
    assert "Condition scores" in flat and "Score Baseline Week 4 Week 8 Week 12 Latest Remission Response" in flat
    assert "PRO2-CD: STRIDE-II" in flat and "HBI: Harvey & Bradshaw 1980, without abdominal mass" in flat
    # Page 1 is the response, the scores and the chart with a panel per score: the dose starts page 2.
    page_1, page_2 = (" ".join(page.extract_text().split()) for page in reader.pages)
    assert "2. Trend" in page_1 and "3. Dose and adherence" in page_2


def test_no_condition_scores_when_none_is_switched_on(qapp, demo, tmp_path):
    demo.treatment.save_profile(replace(demo.treatment.profile(), scores=()))
    reader, text = write(qapp, demo, tmp_path)
    assert "Condition scores" not in text
    assert "3. Dose and adherence" in " ".join(reader.pages[0].extract_text().split())  # page 2: the side effects


def test_the_summary_is_black_on_white_whatever_the_window_s_scheme(qapp, demo, tmp_path):
    """A dark scheme gives the app light text; the paper's text stays black (the chart in greys)."""
    from diary.ui import theme

    look = theme.install(qapp)
    look.apply(theme.DARK)
    try:
        write(qapp, demo, tmp_path)
    finally:
        look.apply(theme.LIGHT)
    content = PdfReader(tmp_path / "summary.pdf").pages[0].get_contents().get_data().decode("latin1")
    fills = re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) (?:rg|RG|scn|SCN)\b", content)
    assert ("0", "0", "0") in fills
    assert all(r == g == b for r, g, b in fills), {f for f in fills if len(set(f)) > 1}  # black and greys only
