"""The Report page: choose what the clinician summary covers, preview it, save it as PDF or print it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QPageSize, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary.desktop import language as desktop_language
from diary.domain.language import LANGUAGES, Words, translate, using
from diary.domain.report import ReportOptions
from diary.report.pdf import ClinicianReport, default_page_size
from diary.services.changes import Change
from diary.services.errors import ValidationError
from diary.ui.dates import pydate, qdate
from diary.ui.pages import Page
from diary.ui.widgets import date_edit, on_resize

if TYPE_CHECKING:
    from diary.services.diary import DiaryService
    from diary.ui.writes import Writes

PAGE_SIZES = (("A4", QPageSize.PageSizeId.A4), ("US Letter", QPageSize.PageSizeId.Letter))  # names of the paper, kept


def page_size_name(size: QPageSize.PageSizeId) -> str:
    """The paper's name as people know it ("A4" everywhere; "US Letter" in each language's words)."""
    if size == QPageSize.PageSizeId.Letter:
        return translate("ui.report_page", "US Letter", "a paper size")
    return "A4"


class ReportPage(Page):
    """Built on first use; the preview, the PDF and the printout come from one renderer."""

    @property
    def title(self) -> str:
        return translate("ui.page_list", "Clinician summary")


    def __init__(self, service: DiaryService, writes: Writes, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._writes = writes
        self.report: ClinicianReport | None = None
        self._build()
        self._lay_out()
        self._connect()
        self.on_course_clicked()

    def _build(self) -> None:
        today = self._service.today()
        self.from_edit = date_edit(today, translate("ui.report_page", "First day of the summary"))
        self.to_edit = date_edit(today, translate("ui.report_page", "Last day of the summary"))
        self.course_button = QPushButton(translate("ui.report_page", "This course"))
        self.course_button.setAccessibleName(translate("ui.report_page", "Summarise the current course"))
        self.notes = QCheckBox(translate("ui.report_page", "Include my notes"))
        self.notes.setAccessibleName(translate("ui.report_page", "Include my notes"))
        self.name = QCheckBox(translate("ui.report_page", "Include my name and date of birth"))
        self.name.setAccessibleName(translate("ui.report_page", "Include my name and date of birth"))
        self.page_size = QComboBox()
        self.page_size.setAccessibleName(translate("ui.report_page", "Paper size"))
        for _name, size in PAGE_SIZES:
            self.page_size.addItem(page_size_name(size), size)
        self.page_size.setCurrentIndex(next(i for i, (_, s) in enumerate(PAGE_SIZES) if s == default_page_size()))
        # The summary's own language: a Dutch patient may print for a German clinician.
        self.language = QComboBox()
        self.language.setAccessibleName(translate("ui.report_page", "Summary language"))
        self.language.addItem(translate("ui.report_page", "Same as the window"), None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        # Wide enough for its longest choice with room to spare (Qt's own hint cuts it close in large text).
        metrics = self.language.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.language.itemText(i)) for i in range(self.language.count()))
        self.language.setMinimumWidth(widest + self.language.iconSize().width() + 5 * metrics.averageCharWidth())
        self.save_button = QPushButton(translate("ui.report_page", "Save as PDF…"))
        self.save_button.setAccessibleName(translate("ui.report_page", "Save the summary as a PDF file"))
        self.save_button.setToolTip(translate("ui.report_page", "Save as PDF (Ctrl+Shift+S)"))
        self.print_button = QPushButton(translate("ui.report_page", "Print…"))
        self.print_button.setAccessibleName(translate("ui.report_page", "Print the summary"))
        self.print_button.setToolTip(translate("ui.report_page", "Print (Ctrl+P)"))
        self.status = QLabel()
        self.status.setWordWrap(True)  # a long status wraps rather than widening the window
        self.status.setAccessibleName(translate("ui.report_page", "Summary status"))

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.preview = QPrintPreviewWidget(self.printer)
        self.preview.setAccessibleName(translate("ui.report_page", "Preview of the summary"))
        # The view inside it takes the focus (to scroll the pages) and must say what it shows.
        for view in self.preview.findChildren(QGraphicsView):
            view.setAccessibleName(translate("ui.report_page", "Pages of the summary"))
            view.viewport().setAccessibleName(translate("ui.report_page", "Pages of the summary"))

    def _lay_out(self) -> None:
        choices = QHBoxLayout()
        choices.addWidget(QLabel(translate("ui.report_page", "From", "the first day of a period: From [date] to [date]")))
        choices.addWidget(self.from_edit)
        choices.addWidget(QLabel(translate("ui.report_page", "to", "the last day of a period: From [date] to [date]")))
        choices.addWidget(self.to_edit)
        choices.addWidget(self.course_button)
        choices.addStretch(1)
        # On a row of their own, so that the page fits a small screen; one above the other where
        # even that row is too wide (large text, a long translation).
        private = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        private.addWidget(self.notes)
        private.addWidget(self.name)
        private.addStretch(1)

        def fit(width: int) -> None:
            wide = self.notes.sizeHint().width() + self.name.sizeHint().width() + 2 * private.spacing() + 20
            private.setDirection(QBoxLayout.Direction.LeftToRight if width >= wide else QBoxLayout.Direction.TopToBottom)

        on_resize(self, fit)
        printed = QHBoxLayout()  # how it is printed: its language and its paper
        summary_language = QLabel(translate("ui.report_page", "Summary &language"))
        summary_language.setBuddy(self.language)
        printed.addWidget(summary_language)
        printed.addWidget(self.language)
        paper = QLabel(translate("ui.report_page", "Paper"))
        paper.setBuddy(self.page_size)
        printed.addWidget(paper)
        printed.addWidget(self.page_size)
        printed.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addLayout(private)
        layout.addLayout(printed)
        layout.addLayout(actions)
        layout.addWidget(self.preview, 1)

    def _connect(self) -> None:
        # Any choice rebuilds the summary; the preview then repaints it. A date rebuilds once it
        # has settled, not at each digit typed (a rebuild draws the chart at 300 dpi).
        self._date_settled = QTimer(self, singleShot=True, interval=400)
        self._date_settled.timeout.connect(self.rebuild)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._date_settled.start)
        for box in (self.notes, self.name):
            box.toggled.connect(self.on_choice_changed)
        self.page_size.currentIndexChanged.connect(self.on_choice_changed)
        self.language.currentIndexChanged.connect(self.on_choice_changed)
        self.course_button.clicked.connect(self.on_course_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.preview.paintRequested.connect(self.on_paint_requested)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.on_save_clicked)
        QShortcut(QKeySequence.StandardKey.Print, self, self.on_print_clicked)

    def options(self) -> ReportOptions:
        return ReportOptions(pydate(self.from_edit.date()), pydate(self.to_edit.date()), self.notes.isChecked(), self.name.isChecked())

    def summary_words(self) -> Words | None:
        """The language the summary is written in: the one chosen, or None for the window's."""
        code = self.language.currentData()
        return desktop_language.words(code) if code else None

    def rebuild(self) -> None:
        """Make the summary for the current choices and show it in the preview."""
        words = self.summary_words()
        try:
            with using(words):  # the data hold words of their own (the opioid note): in the summary's language
                data = self._service.reports.report_data(self.options())
                trend = self._service.reports.trend(data.first, data.last)
        except ValidationError as exc:
            self.report = None
            self.status.setText(" ".join(self._problems_in_the_window_s_words(exc) if words else exc.problems))
            self.save_button.setEnabled(False)
            self.print_button.setEnabled(False)
            return
        self.report = ClinicianReport(data, trend, self.page_size.currentData())
        if data.assessment:  # the status is the window's: in its language
            self.status.setText(translate("ui.report_page", "{verdict}. Nothing personal is printed unless you tick it.").format(
                verdict=data.assessment.category.words))
        else:
            self.status.setText(translate(
                "ui.report_page", "No LDN course in this period. Nothing personal is printed unless you tick it."))
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.preview.updatePreview()
        self.preview.fitToWidth()

    def _problems_in_the_window_s_words(self, error: ValidationError) -> list[str]:
        """What is wrong with the choices, said again in the window's language (the status is the window's)."""
        try:
            self._service.reports.report_data(self.options())
        except ValidationError as again:
            return list(again.problems)
        return list(error.problems)

    def on_paint_requested(self, printer: QPrinter) -> None:
        if self.report is not None:
            with using(self.summary_words()):  # the preview is painted in this (the window's) thread
                self.report.paint(printer)

    def on_course_clicked(self) -> None:
        defaults = self._service.reports.report_data()
        first, last = defaults.first, defaults.last
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self._date_settled.stop()
        self.rebuild()

    def on_choice_changed(self, *_args) -> None:
        self.rebuild()

    def ask_save_path(self) -> Path | None:
        name = translate("ui.report_page", "LDN summary {date}", "the PDF's file name").format(date=dt.date.today().isoformat())
        start = Path.home() / f"{name}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, translate("ui.report_page", "Save the summary"), str(start), "PDF (*.pdf)")
        if not name:
            return None
        return Path(name if name.lower().endswith(".pdf") else name + ".pdf")

    def on_save_clicked(self) -> None:
        if self.report is None:
            return
        path = self.ask_save_path()
        if path is None:
            return
        report, words = self.report, self.summary_words()

        def save() -> int:
            with using(words):  # in the thread that writes the PDF
                return report.save_pdf(path)

        pages = self._writes.run(self, save, failed=translate("ui.report_page", "The summary could not be saved"))
        if pages is not None:
            self.status.setText(translate("ui.report_page", "Saved %n page(s) to {path}.", None, pages).format(path=path))

    def on_print_clicked(self) -> None:
        if self.report is None:
            return
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec():
            with using(self.summary_words()):
                self.report.paint(self.printer)

    def on_data_changed(self, change: Change) -> None:
        if change.entries or change.treatment or change.settings or change.side_effects or change.profile:
            self.rebuild()
