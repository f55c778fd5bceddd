"""The Report page: choose what the clinician summary covers, preview it, save it as PDF or print it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QPageSize, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
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

from diary.domain.report import ReportOptions
from diary.domain.wording import count
from diary.report.pdf import ClinicianReport, default_page_size
from diary.services.changes import Change
from diary.services.errors import ValidationError
from diary.ui.dates import pydate, qdate
from diary.ui.pages import Page
from diary.ui.widgets import date_edit

if TYPE_CHECKING:
    from diary.services.diary import DiaryService
    from diary.ui.writes import Writes

PAGE_SIZES = (("A4", QPageSize.PageSizeId.A4), ("US Letter", QPageSize.PageSizeId.Letter))


class ReportPage(Page):
    """Built on first use; the preview, the PDF and the printout come from one renderer."""

    title = "Clinician summary"

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
        self.from_edit = date_edit(today, "First day of the summary")
        self.to_edit = date_edit(today, "Last day of the summary")
        self.course_button = QPushButton("This course")
        self.course_button.setAccessibleName("Summarise the current course")
        self.notes = QCheckBox("Include my notes")
        self.notes.setAccessibleName("Include my notes")
        self.name = QCheckBox("Include my name and date of birth")
        self.name.setAccessibleName("Include my name and date of birth")
        self.page_size = QComboBox()
        self.page_size.setAccessibleName("Paper size")
        for label, size in PAGE_SIZES:
            self.page_size.addItem(label, size)
        self.page_size.setCurrentIndex(next(i for i, (_, s) in enumerate(PAGE_SIZES) if s == default_page_size()))
        self.save_button = QPushButton("Save as PDF…")
        self.save_button.setAccessibleName("Save the summary as a PDF file")
        self.save_button.setToolTip("Save as PDF (Ctrl+Shift+S)")
        self.print_button = QPushButton("Print…")
        self.print_button.setAccessibleName("Print the summary")
        self.print_button.setToolTip("Print (Ctrl+P)")
        self.status = QLabel()
        self.status.setWordWrap(True)  # a long status wraps rather than widening the window
        self.status.setAccessibleName("Summary status")

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.preview = QPrintPreviewWidget(self.printer)
        self.preview.setAccessibleName("Preview of the summary")
        # The view inside it takes the focus (to scroll the pages) and must say what it shows.
        for view in self.preview.findChildren(QGraphicsView):
            view.setAccessibleName("Pages of the summary")
            view.viewport().setAccessibleName("Pages of the summary")

    def _lay_out(self) -> None:
        choices = QHBoxLayout()
        choices.addWidget(QLabel("From"))
        choices.addWidget(self.from_edit)
        choices.addWidget(QLabel("to"))
        choices.addWidget(self.to_edit)
        choices.addWidget(self.course_button)
        choices.addStretch(1)
        private = QHBoxLayout()  # on a row of their own, so that the page fits a small screen
        private.addWidget(self.notes)
        private.addWidget(self.name)
        private.addStretch(1)
        actions = QHBoxLayout()
        paper = QLabel("Paper")
        paper.setBuddy(self.page_size)
        actions.addWidget(paper)
        actions.addWidget(self.page_size)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addLayout(private)
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
        self.course_button.clicked.connect(self.on_course_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.preview.paintRequested.connect(self.on_paint_requested)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.on_save_clicked)
        QShortcut(QKeySequence.StandardKey.Print, self, self.on_print_clicked)

    def options(self) -> ReportOptions:
        return ReportOptions(pydate(self.from_edit.date()), pydate(self.to_edit.date()), self.notes.isChecked(), self.name.isChecked())

    def rebuild(self) -> None:
        """Make the summary for the current choices and show it in the preview."""
        try:
            data = self._service.reports.report_data(self.options())
        except ValidationError as exc:
            self.report = None
            self.status.setText(" ".join(exc.problems))
            self.save_button.setEnabled(False)
            self.print_button.setEnabled(False)
            return
        self.report = ClinicianReport(data, self._service.reports.trend(data.first, data.last), self.page_size.currentData())
        verdict = data.assessment.category.words if data.assessment else "no LDN course in this period"
        self.status.setText(f"{verdict}. Nothing personal is printed unless you tick it.")
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.preview.updatePreview()
        self.preview.fitToWidth()

    def on_paint_requested(self, printer: QPrinter) -> None:
        if self.report is not None:
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
        start = Path.home() / f"LDN summary {dt.date.today().isoformat()}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, "Save the summary", str(start), "PDF (*.pdf)")
        if not name:
            return None
        return Path(name if name.lower().endswith(".pdf") else name + ".pdf")

    def on_save_clicked(self) -> None:
        if self.report is None:
            return
        path = self.ask_save_path()
        if path is None:
            return
        report = self.report
        pages = self._writes.run(self, lambda: report.save_pdf(path), failed="The summary could not be saved")
        if pages is not None:
            self.status.setText(f"Saved {count(pages, 'page')} to {path}.")

    def on_print_clicked(self) -> None:
        if self.report is None:
            return
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec():
            self.report.paint(self.printer)

    def on_data_changed(self, change: Change) -> None:
        if change.entries or change.treatment or change.settings or change.side_effects or change.profile:
            self.rebuild()
