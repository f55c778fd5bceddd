"""The Report page: choices rebuild the summary, the preview paints it, Save writes the PDF."""

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize

from diary.ui.main_window import MainWindow
from diary.ui.report_page import ReportPage
from diary.ui.writes import Writes
from tests.conftest import TODAY


@pytest.fixture
def page(qtbot, service):
    service.transfer.fill_demo()
    widget = ReportPage(service, Writes(lambda change: None))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_defaults_to_this_course_with_nothing_personal(qtbot, page, service):
    course = service.treatment.courses()[-1]
    assert page.from_edit.date().toPython() == course.start - dt.timedelta(days=7)
    assert page.to_edit.date().toPython() == TODAY
    assert not page.notes.isChecked() and not page.name.isChecked()
    assert page.report is not None and "Clinical response" in page.status.text()


def test_choices_rebuild_the_summary(qtbot, page):
    page.notes.setChecked(True)
    assert page.report.data.notes
    page.page_size.setCurrentIndex(1)
    assert page.report.page_size == QPageSize.PageSizeId.Letter
    page.from_edit.setDate(page.to_edit.date().addDays(2))
    page.from_edit.setDate(page.to_edit.date().addDays(1))
    assert page.report is not None  # a date rebuilds once it has settled
    qtbot.waitUntil(lambda: page.report is None)
    assert "after it ends" in page.status.text()
    assert not page.save_button.isEnabled()
    page.course_button.click()
    assert page.report is not None and page.save_button.isEnabled()


def test_save_as_pdf(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "for the clinic.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda: target)
    page.save_button.click()
    assert len(PdfReader(target).pages) <= 2
    assert "Saved" in page.status.text()


def test_the_preview_paints_the_pages(qtbot, page):
    page.preview.updatePreview()
    qtbot.waitUntil(lambda: page.preview.pageCount() >= 1)
    assert page.preview.pageCount() == 2


def test_built_lazily_in_the_window(qtbot, service):
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    assert window.report_page.page is None
    window.nav.setCurrentRow(window.pages.index(window.report_page))
    assert isinstance(window.report_page.page, ReportPage)


def test_the_preview_stays_black_on_white_in_a_dark_scheme(qtbot, page, system_scheme):
    """The preview replays each page on a painter in the window's text colour: the page's own
    black must win, or the title would be light grey on the white paper."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QGraphicsView

    from diary.ui import theme

    system_scheme(Qt.ColorScheme.Dark)
    page.rebuild()
    view = page.preview.findChild(QGraphicsView)
    image = view.viewport().grab().toImage()
    # The top of the first page: its title and first lines.
    colours = {image.pixelColor(x, y).name() for x in range(image.width() // 5, image.width() * 4 // 5)
               for y in range(image.height() // 20, image.height() // 4)}
    assert "#000000" in colours and "#ffffff" in colours
    assert theme.DARK.text not in colours


def test_the_summary_can_be_written_in_another_language_than_the_window(qtbot, page, tmp_path, monkeypatch):
    """A Dutch patient printing for a German clinician: the PDF follows the page's own choice, the
    page itself stays in the window's language."""
    from diary.desktop.language import words
    from diary.domain import language, wording
    from tests.conftest import pdf_text

    assert page.language.currentData() is None and page.language.accessibleName() == "Summary language"
    assert [page.language.itemText(i) for i in range(page.language.count())] == [
        "Same as the window", "English", "Nederlands", "Deutsch"]
    page.language.setCurrentIndex(page.language.findData("de"))
    target = tmp_path / "für die Ärztin.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda: target)
    page.save_button.click()
    text = pdf_text(target)
    first = page.report.data.first
    with language.using(words("de")):
        german = wording.date_text(first)
    english = wording.date_text(first)
    assert german != english  # a month's name differs (May: "Mai"; June: "Juni")
    assert german in text and english not in text
    # (The report's own words, diary/report/*, are checked by its own tests once translated.)
    assert "Saved" in page.status.text() and language.current().code == "en"  # the window stays English


def test_same_as_the_window_writes_the_window_s_language(qtbot, page, tmp_path, monkeypatch):
    from diary.domain import wording
    from tests.conftest import pdf_text

    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda: target)
    page.save_button.click()
    assert wording.date_text(page.report.data.first) in pdf_text(target)


def test_the_status_stays_in_the_window_s_language_when_the_summary_is_not(qtbot, page):
    page.language.setCurrentIndex(page.language.findData("nl"))
    assert "Nothing personal is printed" in page.status.text()
    page.from_edit.setDate(page.to_edit.date().addDays(1))
    page.rebuild()
    assert page.report is None and "after it ends" in page.status.text()


def test_the_preview_is_painted_in_the_summary_s_language(qtbot, page, monkeypatch):
    from diary.domain import language

    spoken = []
    page.language.setCurrentIndex(page.language.findData("de"))  # a new summary, painted by the preview
    monkeypatch.setattr(page.report, "paint", lambda printer: spoken.append(language.current().code) or 1)
    page.on_paint_requested(page.printer)
    assert spoken[-1] == "de" and language.current().code == "en"
