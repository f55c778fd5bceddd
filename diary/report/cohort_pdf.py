"""The cohort table for a clinic meeting as a PDF: the study's table on page 1, a trend line per patient on page 2."""

from __future__ import annotations

import datetime as dt
import io
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageLayout, QPageSize, QTextDocument

from diary.charts.cohort import SHOWN_MAX
from diary.domain.cohort import ROW_WORDS, ROWS, CohortTable, follow_up_text, group_words, p_text, percent_text, reason_words
from diary.domain.language import translate
from diary.domain.wording import date_text, number
from diary.report.html import STYLE, _table
from diary.report.pdf import default_page_size, page_area, paged_document, paint_pages, pdf_bytes
from diary.store.files import write_file

TRENDS_URL = "chart://cohort-trends"
MARGINS_MM = QMarginsF(14, 12, 14, 12)


def title() -> str:
    return translate("report.cohort_pdf", "LDN cohort — patient-reported response to low-dose naltrexone")


def footer_text() -> str:
    return translate("report.cohort_pdf", "LDN Diary · cohort table · page {page} of {pages}")


def rules() -> str:
    return translate(
        "report.cohort_pdf",
        "Each patient's first LDN course, judged by the study's rules (Lie et al., J Transl Med 2018;16:55): a response "
        "is a fall of the 7-day mean activity to 30 % (and at least 1 point) below the baseline within the first 4 weeks, "
        "lasting at least 4 weeks; short-lived, 4 to 12 weeks; non-response, none in the first 4 weeks or one that did not last 4.")


def _widths(columns: int) -> list[int]:
    """The row names' column wide enough for "short-lived (4–12 weeks)" on one line; the rest share what is left."""
    first = 26
    return [first, *([(100 - first) // (columns - 1)] * (columns - 1))]


def cohort_html(table: CohortTable, fisher: dict[str, float] | None, files_read: int, files_skipped: int,
                generated: dt.date, trends_width: int | None) -> str:
    groups = [table.everyone, *table.by_condition] if len(table.by_condition) > 1 else [table.everyone]
    heads = ["", *(f"{group_words(g.name)} (n={g.n})" for g in groups)] + (
        [translate("report.cohort_pdf", "Fisher's exact test")] if fisher else [])  # _table escapes
    indent = "&nbsp;&nbsp;&nbsp;"  # the two rows within the response, as in the study's table
    words = ROW_WORDS
    rows = [[(indent if words[row].startswith(" ") else "") + escape(words[row].strip()),
             *(percent_text(g.rows[row]) for g in groups), *([p_text(fisher[row]) if row in fisher else ""] if fisher else [])]
            for row in ROWS]
    head = translate("report.cohort_pdf", "%n patient(s) &nbsp;·&nbsp; generated {date} &nbsp;·&nbsp; "
                     "files read {read}, skipped {skipped}", None, table.everyone.n).format(
        date=date_text(generated), read=files_read, skipped=files_skipped)
    out = [f"<html><head><style>{STYLE}</style></head><body>", f"<h1>{escape(title())}</h1>", f"<p>{head}</p>",
           '<p class="muted"><i>' + escape(rules()) + " "
           + translate("report.cohort_pdf", "All values are self-reported in a symptom diary.") + "</i></p>",
           "<h2>" + translate("report.cohort_pdf", "Response") + "</h2>", _table(heads, rows, _widths(len(heads)))]
    if fisher and len(table.by_condition) == 2:
        a, b = table.by_condition
        out.append("<p>" + translate(
            "report.cohort_pdf", "{first} vs {second}, Fisher's exact test (two-sided): response {response}, "
            "12 weeks or more {long_lasting}.").format(first=escape(group_words(a.name)), second=escape(group_words(b.name)),
                                                       response=p_text(fisher["response"]),
                                                       long_lasting=p_text(fisher["long_lasting"])) + "</p>")
    effects = [[escape(label), str(n), translate("report.cohort_pdf", "{percent} %", "a percentage with one decimal").format(
        percent=number(100 * n / table.everyone.n, 1))] for _, label, n in table.side_effects]
    effect_widths = [50, 25, 25]
    out.append("<h2>" + translate("report.cohort_pdf", "Side effects") + "</h2>")
    headers = [translate("report.cohort_pdf", "Side effect"), translate("report.cohort_pdf", "Patients"),
               translate("report.cohort_pdf", "Of all patients")]
    out.append(_table(headers, effects, effect_widths) if effects
               else "<p>" + translate("report.cohort_pdf", "None reported.", "side effects") + "</p>")
    stops = sum(n for _, n in table.stopped_early)
    out.append("<h2>" + translate("report.cohort_pdf", "Stopped within 28 days") + "</h2>")
    why = ", ".join(f"{escape(reason_words(reason))} {n}" for reason, n in table.stopped_early)
    if why:
        out.append("<p>" + translate("report.cohort_pdf", "%n patient(s): {reasons}.", None, stops).format(reasons=why) + "</p>")
    else:
        out.append("<p>" + translate("report.cohort_pdf", "%n patient(s).", None, stops) + "</p>")
    out.append("<h2>" + translate("report.cohort_pdf", "Follow-up") + "</h2><p>" + translate(
        "report.cohort_pdf", "{follow_up} of treatment judged.").format(follow_up=follow_up_text(table.follow_up)) + "</p>")
    if trends_width is not None:
        if table.everyone.n > SHOWN_MAX:
            heading = translate("report.cohort_pdf", "Each patient's 7-day mean activity by treatment day (the first {shown} of {n})"
                                ).format(shown=SHOWN_MAX, n=table.everyone.n)
        else:
            heading = translate("report.cohort_pdf", "Each patient's 7-day mean activity by treatment day")
        out.append(f'<h2 style="page-break-before: always;">{escape(heading)}</h2>')
        out.append('<p class="muted">' + translate(
            "report.cohort_pdf", "0 no symptoms to 10 worst imaginable; dotted lines at day 28 (week 4) and day 84 (week 12).")
                   + "</p>")
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
        return pdf_bytes(title(), self.paint)

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
        return paint_pages(writer, document, width, height, footer, footer_text())

    def save_pdf(self, path: Path) -> int:
        """Write the PDF whole or not at all (readable by the user only); returns the number of pages."""
        data, pages = self.pdf_bytes()
        write_file(path, data)
        return pages
