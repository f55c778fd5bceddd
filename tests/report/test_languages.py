"""The clinician summary in Dutch and German: still at most two pages for a 12-week course, nothing cut off."""

import datetime as dt

import pytest
from pypdf import PdfReader

from diary.cli import main
from diary.domain import language as words_of
from diary.domain.report import ReportOptions
from diary.domain.treatment import Medication, MedicationCategory, Profile
from diary.report.html import title
from diary.report.pdf import ClinicianReport
from tests.conftest import pdf_text

LANGUAGES = ["nl", "de"]


@pytest.fixture
def demo(service):
    """The demo's 12-week course with everything the summary can print: name, notes, two condition
    scores, side effects and an opioid (its warning box)."""
    service.transfer.fill_demo()
    profile = service.treatment.profile()
    service.treatment.save_profile(Profile("Crohn's disease", 2017, "Ann Example-Ünal", dt.date(1979, 2, 3),
                                           scores=profile.active_scores))  # as the demo has them
    start = service.reports.report_data().course.start
    service.treatment.add_medication(Medication("Tramadol", MedicationCategory.OPIOID, start + dt.timedelta(days=10),
                                                 start + dt.timedelta(days=14)))
    return service


def translated_title(code: str) -> str:
    from diary.desktop import language

    with words_of.using(language.words(code)):
        return title()


def _check(path, pages: int, code: str) -> None:
    assert len(PdfReader(path).pages) == pages
    assert pages <= 2, f"the {code} summary takes {pages} pages"
    text = pdf_text(path)
    heading = translated_title(code)
    assert heading != "LDN Diary — patient-reported summary", f"the summary is not translated into {code} yet"
    assert heading in text
    assert "6." in text and "Ann Example-Ünal" in text  # the last section, and the header, are there


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_summary_fits_two_pages_in_each_language(qapp, demo, tmp_path, code):
    from diary.desktop import language

    assert demo.treatment.profile().active_scores  # the longest page 1: the scores' table and panels
    language.install(code)  # the english fixture puts English back afterwards
    data = demo.reports.report_data(ReportOptions(include_notes=True, include_name=True))
    course = data.course
    assert course is not None and (data.last - course.start).days >= 12 * 7
    path = tmp_path / f"summary-{code}.pdf"
    pages = ClinicianReport(data, demo.reports.trend(data.first, data.last)).save_pdf(path)
    _check(path, pages, code)


@pytest.mark.parametrize("how", ["--lang", "LDN_DIARY_LANG"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_the_command_writes_the_summary_in_the_language_asked(qapp, demo, tmp_path, capsys, monkeypatch, code, how):
    path = tmp_path / f"summary-{code}.pdf"
    data = demo.reports.report_data()  # the period of the tests' fixed today (the command's today is the real one)
    args = ["report", "--out", str(path), "--include-notes", "--include-name",
            "--from", data.first.isoformat(), "--to", data.last.isoformat()]
    if how == "--lang":
        args += ["--lang", code]
    else:
        monkeypatch.setenv("LDN_DIARY_LANG", code)
    assert main(["--data-dir", str(demo.data_dir), *args]) == 0, capsys.readouterr().err
    _check(path, len(PdfReader(path).pages), code)
