"""The trends page: the chart of activity, doses, condition scores and side effects, with ranges, hover and a table."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diary.charts.trend import TrendChart, legend_items
from diary.domain.condition_items import items_text
from diary.domain.entries import activity_band, format_dose
from diary.domain.language import translate
from diary.domain.report import default_period
from diary.domain.trend import TrendSeries, describe_range
from diary.domain.wording import DASH, day_text, number, time_text
from diary.services.changes import Change
from diary.ui import theme
from diary.ui.calendar import DiaryCalendar
from diary.ui.dates import pydate, qdate
from diary.ui.pages import Page
from diary.ui.widgets import HistoryModel

if TYPE_CHECKING:
    from diary.services.diary import DiaryService

DAY = dt.timedelta(days=1)
RANGES = (("4 weeks", 28), ("12 weeks", 84), ("course", None), ("everything", None))  # (key, days)
ACTIVITY_COLUMNS = (HistoryModel.DATE, HistoryModel.ACTIVITY, HistoryModel.MEAN)
OTHER_COLUMNS = (HistoryModel.DOSE, HistoryModel.SIDE_EFFECTS, HistoryModel.NOTE)


WIDEST_COLUMN_PX = 210  # a wider cell wraps onto the row's second line (the condition items)


def score_value(value: float | None) -> str:
    return DASH if value is None else number(value)


def range_words(key: str) -> tuple[str, str]:
    """A range button's label and its name for a screen reader."""
    if key == "4 weeks":
        return translate("ui.trends_page", "4 weeks"), translate("ui.trends_page", "Show 4 weeks")
    if key == "12 weeks":
        return translate("ui.trends_page", "12 weeks"), translate("ui.trends_page", "Show 12 weeks")
    if key == "course":
        return translate("ui.trends_page", "This course"), translate("ui.trends_page", "Show this course")
    return translate("ui.trends_page", "Everything"), translate("ui.trends_page", "Show everything")


class TrendsPage(Page):
    """Built on first use (matplotlib is heavy); the chart is drawn once and moved by range."""

    @property
    def title(self) -> str:
        return translate("ui.page_list", "Trends")


    def __init__(self, service: DiaryService, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self.series: TrendSeries = service.reports.trend()
        # In the window's colours (light or dark, as the system's scheme); the PDF's chart stays black on white.
        self.chart = TrendChart(self.series, figure=Figure(), theme=theme.current().chart, legend=False)
        # The legend is a label under the chart: it never needs redrawing when the range moves.
        self.legend = QLabel()
        self._write_legend()
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(translate("ui.trends_page", "Legend of the chart"))
        self.canvas = FigureCanvasQTAgg(self.chart.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(320)
        self.canvas.setAccessibleName(translate("ui.trends_page", "Trend chart"))
        self._build()
        self._connect()
        self.range_buttons.button(1).click()  # 12 weeks: one study course at a glance

    def _write_legend(self) -> None:
        # Non-breaking spaces inside an item: lines wrap only between items.
        size = f"{self.font().pointSizeF() * theme.TYPE_LARGE:.1f}pt"
        self.legend.setText("&nbsp;&nbsp; ".join(
            f'<span style="color:{colour}; font-size: {size};">{symbol}</span>&nbsp;{words.replace(" ", "&nbsp;")}'
            for symbol, colour, words in legend_items(self.chart.theme)
        ))

    def changeEvent(self, event: QEvent) -> None:
        """The system went light or dark: the chart and its legend follow."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and theme.current().chart is not self.chart.theme:
            self.chart.theme = theme.current().chart
            self.chart.draw()
            self.chart.show_range(self.chart.first, self.chart.last)
            self.canvas.draw_idle()
            self._write_legend()

    def _build(self) -> None:
        ranges = QHBoxLayout()
        self.range_buttons = QButtonGroup(self)
        for index, (key, _days) in enumerate(RANGES):
            label, name = range_words(key)
            button = QPushButton(label)
            button.setCheckable(True)
            button.setAccessibleName(name)
            self.range_buttons.addButton(button, index)
            ranges.addWidget(button)
        ranges.addStretch(1)
        self.table_button = QPushButton(translate("ui.trends_page", "Show as table"))
        self.table_button.setCheckable(True)
        self.table_button.setAccessibleName(translate("ui.trends_page", "Show the chart's data as a table"))
        ranges.addWidget(self.table_button)
        # The chosen dates on a row of their own, so that the page fits a small screen.
        dates = QHBoxLayout()
        dates.addWidget(QLabel(translate("ui.trends_page", "From", "the first day of a period: From [date] to [date]")))
        self.from_edit = QDateEdit(calendarPopup=True)
        self.from_edit.setAccessibleName(translate("ui.trends_page", "First day shown"))
        self.to_edit = QDateEdit(calendarPopup=True)
        self.to_edit.setAccessibleName(translate("ui.trends_page", "Last day shown"))
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(translate("wording", "d MMM yyyy", "a short date, as a Qt date pattern"))
            edit.setCalendarWidget(DiaryCalendar(self._service.entries.recorded_days, self._service.today))
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(translate("ui.trends_page", "to", "the last day of a period: From [date] to [date]")))
        dates.addWidget(self.to_edit)
        self.custom_button = QPushButton(translate("ui.trends_page", "Show", "a button: show the dates chosen"))
        self.custom_button.setAccessibleName(translate("ui.trends_page", "Show the chosen dates"))
        dates.addWidget(self.custom_button)
        dates.addStretch(1)

        self.hover = QLabel(translate("ui.trends_page", "Point at a day in the chart to see its values."))
        self.hover.setAccessibleName(translate("ui.trends_page", "Values of the day under the pointer"))
        # Wrapped, so a long day never widens the window; room for its two lines, so the chart
        # above does not jump as the pointer moves.
        self.hover.setWordWrap(True)
        self.hover.setMinimumHeight(2 * self.hover.fontMetrics().lineSpacing())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("ui.trends_page", "What the chart shows"))

        self.table_model = HistoryModel(self, columns=(*ACTIVITY_COLUMNS, *OTHER_COLUMNS))
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(translate("ui.trends_page", "The chart's data"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.views = QStackedWidget()
        self.views.addWidget(self.canvas)
        self.views.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addLayout(ranges)
        layout.addLayout(dates)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.hover)
        layout.addWidget(self.summary)

    def _connect(self) -> None:
        self.range_buttons.idClicked.connect(self.on_range_clicked)
        self.custom_button.clicked.connect(self.on_custom_clicked)
        self.table_button.toggled.connect(self.on_table_toggled)
        self.canvas.mpl_connect("motion_notify_event", self.on_chart_motion)
        self.canvas.mpl_connect("resize_event", self.on_chart_resized)

    # --- ranges --------------------------------------------------------------------------------

    def range_for(self, index: int) -> tuple[dt.date, dt.date]:
        """The dates of a range button: counted back from the last day recorded."""
        last = self.series.last or self._service.today()
        first = self.series.first or last
        key, days = RANGES[index]
        if days is not None:
            return last - (days - 1) * DAY, last
        if key == "course" and self.series.courses:
            return default_period([trend.course for trend in self.series.courses], last)  # with its baseline week
        return first, last

    def show_range(self, first: dt.date, last: dt.date) -> None:
        self.chart.show_range(first, last)
        self.canvas.draw_idle()
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        description = describe_range(self.series, first, last)
        self.summary.setText(description)
        self.canvas.setAccessibleDescription(description)  # the chart in words, for a screen reader
        labels = {e.key: e.shown_label for e in self.series.side_effects}
        # While scores are switched on: after the activity, a column of each score's 7-day value and one of the items.
        rows = self.series.scores
        scores = tuple((row.score.shown_short, lambda day, row=row: score_value(row.value_on(day))) for row in rows)
        columns = (*ACTIVITY_COLUMNS, *scores, *((HistoryModel.ITEMS,) if rows else ()), *OTHER_COLUMNS)
        self.table_model.set_entries(self.series.entries_between(first, last), labels, self.series.smoothed_on, columns)
        if self.views.currentWidget() is self.table:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as their values, up to WIDEST_COLUMN_PX; the note takes the rest."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.table_model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column), WIDEST_COLUMN_PX))

    def on_range_clicked(self, index: int) -> None:
        self.show_range(*self.range_for(index))

    def on_custom_clicked(self) -> None:
        first, last = pydate(self.from_edit.date()), pydate(self.to_edit.date())
        if first > last:
            first, last = last, first
        self.range_buttons.setExclusive(False)  # no preset is chosen for a custom range
        for button in self.range_buttons.buttons():
            button.setChecked(False)
        self.range_buttons.setExclusive(True)
        self.show_range(first, last)

    def on_table_toggled(self, on: bool) -> None:
        self.views.setCurrentWidget(self.table if on else self.canvas)
        if on:
            self._fit_columns()  # only when seen: it reads the values of the rows
        self.table_button.setText(translate("ui.trends_page", "Show as chart") if on else translate("ui.trends_page", "Show as table"))

    def on_chart_resized(self, _event) -> None:
        self.chart.fit()

    # --- hover ---------------------------------------------------------------------------------

    def describe_day(self, day: dt.date) -> str:
        """The values of one day, as the hover line shows them."""
        entry = self.series.entry_on(day)
        if entry is None:
            return translate("ui.trends_page", "{day}: nothing recorded").format(day=day_text(day))
        parts = [day_text(day)]
        if entry.activity is None:
            parts.append(translate("ui.trends_page", "activity —"))
        else:
            band = activity_band(entry.activity)
            parts.append(translate("ui.trends_page", "activity {value} ({band})").format(value=entry.activity, band=band))
        mean = self.series.smoothed_on(day)
        if mean is not None:
            parts.append(translate("ui.trends_page", "7-day mean {mean}").format(mean=number(mean)))
        if entry.dose_mg is not None:
            dose = format_dose(entry.dose_mg)
            if entry.dose_taken is False:
                parts.append(translate("ui.trends_page", "{dose} missed").format(dose=dose))
            elif entry.dose_time:
                parts.append(translate("ui.trends_page", "{dose} taken at {time}").format(dose=dose, time=time_text(entry.dose_time)))
            else:
                parts.append(translate("ui.trends_page", "{dose} taken").format(dose=dose))
        labels = {e.key: e.shown_label for e in self.series.side_effects}
        felt = [f"{labels.get(k, k)} ({s.label})" for k, s in entry.side_effects.items() if s > 0]
        if felt:
            parts.append(", ".join(felt))
        if entry.note:
            parts.append("✎ " + entry.note.splitlines()[0][:80])
        # The condition scores on a line of their own: the day's items, then each score's 7-day value.
        scores = [items] if (items := items_text(entry.items, entry.complications)) else []
        scores += [f"{name} {score_value(value)}" for name, value in self.series.scores_on(day)]
        return " · ".join(parts) + ("\n" + " · ".join(scores) if scores else "")

    def on_chart_motion(self, event) -> None:
        if event.inaxes is None or event.xdata is None:
            return
        self.hover.setText(self.describe_day(self.chart.day_at(event.xdata)))

    # --- data ----------------------------------------------------------------------------------

    def on_data_changed(self, change: Change) -> None:
        if not (change.entries or change.treatment or change.settings or change.side_effects or change.profile):
            return
        self.series = self._service.reports.trend()
        self.chart.series = self.series
        self.chart.draw()
        preset = self.range_buttons.checkedId()
        # A preset follows the data (a new day moves "4 weeks" along); a custom range stays put.
        self.show_range(*(self.range_for(preset) if preset >= 0 else (self.chart.first, self.chart.last)))
