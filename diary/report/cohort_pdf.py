"""The cohort table for a clinic meeting as a PDF: the study's table on page 1, a trend line per patient on page 2."""

from __future__ import annotations

import datetime as dt
import io
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageLayout, QPageSize, QTextDocument

from diary.charts.cohort import SHOWN_MAX
from diary.domain.cohort import ROW_WORDS, ROWS, CohortTable, follow_up_text, p_text, percent_text
from diary.report.html import STYLE, _table
from diary.report.pdf import default_page_size, page_area, paged_document, paint_pages, pdf_bytes
from diary.store.files import write_file

TITLE = "LDN cohort — patient-reported response to low-dose naltrexone"
TRENDS_URL = "chart://cohort-trends"
MARGINS_MM = QMarginsF(14, 12, 14, 12)
FOOTER = "LDN Diary · cohort table · page {page} of {pages}"
RULES = ("Each patient's first LDN course, judged by the study's rules (Lie et al., J Transl Med 2018;16:55): a response "
         "is a fall of the 7-day mean activity to 30 % (and at least 1 point) below the baseline within the first 4 weeks, "
         "lasting at least 4 weeks; short-lived, 4 to 12 weeks; non-response, none in the first 4 weeks or one that did not last 4.")


def _widths(columns: int) -> list[int]:
    """The row names' column wide enough for "short-lived (4–12 weeks)" on one line; the rest share what is left."""
    first = 26
    return [first, *([(100 - first) // (columns - 1)] * (columns - 1))]


def cohort_html(table: CohortTable, fisher: dict[str, float] | None, files_read: int, files_skipped: int,
                generated: dt.date, trends_width: int | None) -> str:
    groups = [table.everyone, *table.by_condition] if len(table.by_condition) > 1 else [table.everyone]
    heads = ["", *(f"{g.name} (n={g.n})" for g in groups)] + (["Fisher's exact test"] if fisher else [])  # _table escapes
    indent = "&nbsp;&nbsp;&nbsp;"  # the two rows within the response, as in the study's table
    rows = [[(indent if ROW_WORDS[row].startswith(" ") else "") + escape(ROW_WORDS[row].strip()),
             *(percent_text(g.rows[row]) for g in groups), *([p_text(fisher[row]) if row in fisher else ""] if fisher else [])]
            for row in ROWS]
    out = [f"<html><head><style>{STYLE}</style></head><body>", f"<h1>{escape(TITLE)}</h1>",
           f"<p>{table.everyone.n} patients &nbsp;·&nbsp; generated {generated.isoformat()} &nbsp;·&nbsp; "
           f"files read {files_read}, skipped {files_skipped}</p>",
           f'<p class="muted"><i>{escape(RULES)} All values are self-reported in a symptom diary.</i></p>',
           "<h2>Response</h2>", _table(heads, rows, _widths(len(heads)))]
    if fisher and len(table.by_condition) == 2:
        a, b = table.by_condition
        out.append(f"<p>{escape(a.name)} vs {escape(b.name)}, Fisher's exact test (two-sided): response {p_text(fisher['response'])}, "
                   f"12 weeks or more {p_text(fisher['long_lasting'])}.</p>")
    effects = [[escape(label), str(n), f"{100 * n / table.everyone.n:.1f} %"] for _, label, n in table.side_effects]
    effect_widths = [50, 25, 25]
    out.append("<h2>Side effects</h2>")
    out.append(_table(["Side effect", "Patients", "Of all patients"], effects, effect_widths) if effects else "<p>None reported.</p>")
    stops = sum(n for _, n in table.stopped_early)
    out.append("<h2>Stopped within 28 days</h2>")
    why = ", ".join(f"{escape(reason)} {n}" for reason, n in table.stopped_early)
    out.append(f"<p>{stops} patient{'s' if stops != 1 else ''}" + (f": {why}" if why else "") + ".</p>")
    out.append(f"<h2>Follow-up</h2><p>{follow_up_text(table.follow_up)} of treatment judged.</p>")
    if trends_width is not None:
        more = f" (the first {SHOWN_MAX} of {table.everyone.n})" if table.everyone.n > SHOWN_MAX else ""
        out.append('<h2 style="page-break-before: always;">Each patient\'s 7-day mean activity by treatment day' + more + "</h2>")
        out.append('<p class="muted">0 no symptoms to 10 worst imaginable; dotted lines at day 28 (week 4) and day 84 (week 12).</p>')
        out.append(f'<p><img src="{TRENDS_URL}" width="{trends_width}"></p>')
    out.append("</body></html>")
    return "\n".join(out)


class CohortReport:
    """The cohort table on A4 (or US Letter) pages."""

    def __init__(self, table: CohortTable, fisher: dict[str, float] | None, files_read: int, files_skipped: int,
                 generated: dt.date):
        self.table, self.fisher = table, fisher
        self.files_read, self.files_skipped, self.generated = files_read, files_skipped, generated

    def _trends(self, width_in: float) -> QImage:
        from diary.charts.cohort import cohort_trends

        buffer = io.BytesIO()
        cohort_trends(self.table.outcomes, width_in).savefig(buffer, format="png", dpi=200)
        return QImage.fromData(buffer.getvalue(), "PNG")  # type: ignore[arg-type]  # as in report.pdf

    def pdf_bytes(self) -> tuple[bytes, int]:
        return pdf_bytes(TITLE, self.paint)

    def paint(self, writer: QPagedPaintDevice) -> int:
        writer.setPageLayout(QPageLayout(QPageSize(default_page_size()), QPageLayout.Orientation.Portrait, MARGINS_MM,
                                         QPageLayout.Unit.Millimeter))
        width, height, footer = page_area(writer)
        document = paged_document(writer, width, height)
        trends = None
        if self.table.outcomes:
            dpi = writer.logicalDpiX()
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(TRENDS_URL), self._trends(width / dpi))
            trends = int(width * 96 / dpi)  # Qt reads an <img> width in 96-dpi pixels
        document.setHtml(cohort_html(self.table, self.fisher, self.files_read, self.files_skipped, self.generated, trends))
        return paint_pages(writer, document, width, height, footer, FOOTER)

    def save_pdf(self, path: Path) -> int:
        """Write the PDF whole or not at all (readable by the user only); returns the number of pages."""
        data, pages = self.pdf_bytes()
        write_file(path, data)
        return pages
