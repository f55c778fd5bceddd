"""Lays the clinician summary out on pages with Qt: one renderer for the PDF file, the preview and printing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
    QTextFormat,
)

from diary import __version__
from diary.domain.language import translate
from diary.domain.report import ReportData
from diary.domain.trend import TrendSeries
from diary.report.html import CHART_URL, CHART_WIDTH, report_html, title
from diary.store.files import write_file

CHART_DPI = 300  # crisp on paper
CHART_HEIGHT_IN = 3.3
CHART_MIN_HEIGHT_IN = 2.2  # shrunk to fit page 1, never below this
CHART_SLACK = 0.97  # of the room measured: Qt's layout with the chart may differ by a line's fraction
SCORE_ROWS_IN = 0.4  # a row of the condition scores' table
SCORE_PANEL_IN = 0.6  # a condition score's panel of the chart
MARGINS_MM = QMarginsF(14, 12, 14, 12)


def footer_text() -> str:
    """The line at the foot of every page; {page} and {pages} are filled in there."""
    return translate("report.pdf", "LDN Diary · patient-reported summary · page {page} of {pages}")


def paper_palette() -> QPalette:
    """Black on white, whatever the window's colours: the text of a page is drawn in these, not in
    the app's palette (which is light on dark in a dark theme, and would print white on white)."""
    palette = QPalette(QColor("#000000"), QColor("#ffffff"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    return palette


def default_page_size() -> QPageSize.PageSizeId:
    """US Letter where the locale measures in US units, A4 elsewhere."""
    from PySide6.QtCore import QLocale

    us = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4


class ClinicianReport:
    """The summary of one period: `paint` it onto a PDF writer or a printer."""

    def __init__(self, data: ReportData, series: TrendSeries, page_size: QPageSize.PageSizeId | None = None):
        self.data = data
        self.series = series
        self.page_size = page_size if page_size is not None else default_page_size()
        self._chart: QImage | None = None
        self._chart_size: tuple[float, float] = (0.0, 0.0)

    def page_layout(self) -> QPageLayout:
        return QPageLayout(QPageSize(self.page_size), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)

    def chart_height_in(self) -> float:
        """The chart's height on paper: taller with more side effects and score panels, shorter below the scores' table."""
        extra = 0.28 * len(self.series.side_effects_between(self.data.first, self.data.last))
        # The condition scores' table sits above the chart on page 1: the chart gives up its height.
        extra -= SCORE_ROWS_IN * (len(self.data.scores) + 1) if self.data.scores else 0
        extra += SCORE_PANEL_IN * len(self.series.scores)  # the chart's score panels need their own height
        return CHART_HEIGHT_IN + extra

    def chart_image(self, width_in: float, height_in: float | None = None) -> QImage:
        """The trend chart for the period, drawn at 300 dpi for the printed width (and `height_in`, default chart_height_in)."""
        height_in = self.chart_height_in() if height_in is None else height_in
        if self._chart is None or self._chart_size != (width_in, height_in):
            from matplotlib.backends.backend_agg import FigureCanvasAgg
            from matplotlib.figure import Figure

            from diary.charts.trend import TrendChart

            figure = Figure(figsize=(width_in, height_in), dpi=CHART_DPI)
            canvas = FigureCanvasAgg(figure)
            TrendChart(self.series, self.data.first, self.data.last, figure=figure)
            canvas.draw()  # type: ignore[no-untyped-call]  # backend_agg is unannotated
            # Agg's pixels straight into the image: a PNG written and read back cost a third of the PDF.
            width, height = canvas.get_width_height(physical=True)
            rgba = canvas.buffer_rgba()  # type: ignore[no-untyped-call]
            pixels = QImage(rgba, width, height, QImage.Format.Format_RGBA8888)
            self._chart = pixels.convertToFormat(QImage.Format.Format_ARGB32)  # a copy: Agg's buffer goes with the figure
            self._chart_size = (width_in, height_in)
        return self._chart

    def _document(self, device: QPagedPaintDevice, width: float, height: float) -> QTextDocument:
        html = report_html(self.data)
        # Qt reads an <img> width in 96-dpi pixels and scales it to the device itself.
        shown = f'width="{int(width * 96 / device.logicalDpiX())}"'
        width_in, height_in = width / device.logicalDpiX(), self.chart_height_in()
        # A longer language (German) leaves the chart less room on page 1: laid out once without it,
        # the chart is made as tall as the room left (never taller than its own height).
        measure = paged_document(device, width, height)
        measure.setHtml(html.replace(f'width="{CHART_WIDTH}"', f'{shown} height="1"'))
        room = _room_for_chart(measure, height)
        if room is not None:
            height_in = max(CHART_MIN_HEIGHT_IN, min(height_in, room / device.logicalDpiY()))
        document = paged_document(device, width, height)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), self.chart_image(width_in, height_in))
        document.setHtml(html.replace(f'width="{CHART_WIDTH}"', shown))
        return document

    def paint(self, device: QPagedPaintDevice) -> int:
        """Paint every page onto `device` (its page layout is set here); returns the number of pages."""
        device.setPageLayout(self.page_layout())
        width, height, footer = page_area(device)
        return paint_pages(device, self._document(device, width, height), width, height, footer, footer_text())

    def pdf_bytes(self) -> tuple[bytes, int]:
        """The PDF, made in memory, and its number of pages."""
        return pdf_bytes(title(), self.paint)

    def save_pdf(self, path: Path) -> int:
        """Write the PDF whole or not at all (readable by the user only); returns the number of pages."""
        data, pages = self.pdf_bytes()
        write_file(path, data)
        return pages


def _room_for_chart(document: QTextDocument, page_height: float) -> float | None:
    """The height the chart may take on its page without pushing what follows it there onto the next
    page, in `document` laid out with a chart 1 pixel high; None if the chart is not found."""
    cursor = document.find("\ufffc")  # the object replacement character of an image
    while not cursor.isNull() and not (cursor.charFormat().isImageFormat()
                                       and cursor.charFormat().toImageFormat().name() == CHART_URL):
        cursor = document.find("\ufffc", cursor)
    if cursor.isNull():
        return None
    layout = document.documentLayout()
    chart = cursor.block()
    top = layout.blockBoundingRect(chart).top()
    bottom = layout.blockBoundingRect(chart).bottom()
    end = bottom
    block = chart.next()
    while block.isValid():
        if block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            break
        end = max(end, layout.blockBoundingRect(block).bottom())
        block = block.next()
    page_top = (top // page_height) * page_height
    following = end - bottom  # what comes after the chart on its page
    return (page_top + page_height - top - following) * CHART_SLACK


# --- what both PDFs (this summary, the cohort table) share ----------------------------------------


def page_area(device: QPagedPaintDevice) -> tuple[float, float, float]:
    """The width and height a page's text may fill on `device`, and the footer's height below it."""
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    footer = device.logicalDpiY() * 0.22
    return float(rect.width()), float(rect.height()) - footer, footer


def paged_document(device: QPagedPaintDevice, width: float, height: float) -> QTextDocument:
    """An empty document laid out for `device` in pages of `width` × `height`, in 9 pt."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    document.setPageSize(QSizeF(width, height))
    return document


def paint_pages(device: QPagedPaintDevice, document: QTextDocument, width: float, height: float,
                footer: float, footer_text: str) -> int:
    """Paint `document` page by page onto `device`, black on white, each with `footer_text`
    (its {page} and {pages} filled in) in small type at the bottom right; returns the number of pages."""
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            # The pen set anew on every page, though it is black already: the window's preview
            # replays a page on a painter whose pen is the window's text colour (light in a
            # dark theme) until the page sets another, and setting an unchanged pen records nothing.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setPen(QColor("#000000"))
            painter.translate(0, -page * height)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette = paper_palette()
            context.clip = QRectF(0, page * height, width, height)
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setPen(QColor("#000000"))
            small = QFont()
            small.setPointSizeF(7)
            painter.setFont(small)
            painter.drawText(
                QRectF(0, height, width, footer),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                footer_text.format(page=page + 1, pages=pages),
            )
    finally:
        painter.end()
    return pages


def pdf_bytes(title: str, paint: Callable[[QPdfWriter], int]) -> tuple[bytes, int]:
    """A PDF made in memory by `paint` (which returns its number of pages), and that number."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(600)
    writer.setTitle(title)  # metadata: a title, nothing personal, no file paths
    writer.setCreator(f"LDN Diary {__version__}")
    pages = paint(writer)
    del writer  # ends the PDF
    return bytes(buffer.data().data()), pages
