"""The month a date field pops up: the days with an entry marked, today underlined, the days out of
reach (after today, on the entry page: the field's date range) greyed out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QColor, QFont, QShowEvent, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from diary.domain.language import translate
from diary.ui import theme
from diary.ui.dates import qdate

GRID_DAYS = 6 * 7  # the weeks a month's page shows, with days of the months before and after


class DiaryCalendar(QCalendarWidget):
    """Marks the recorded days of the page shown, asked of `recorded_days(first, last)` when the
    calendar is shown or turned to another month (one cheap query, only the days)."""

    def __init__(self, recorded_days: Callable[[dt.date, dt.date], set[dt.date]], today: Callable[[], dt.date],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._recorded_days = recorded_days
        self._today = today
        self.recorded: set[dt.date] = set()  # the days marked now
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)  # week numbers say nothing here
        self.setAccessibleName(translate("ui.calendar", "Calendar: days in bold have an entry"))
        line = self.fontMetrics().height()
        self.setMinimumSize(20 * line, 14 * line)  # roomy days, easy to hit (Qt's own are cramped)
        self.currentPageChanged.connect(self.on_page_changed)

    def shown_days(self) -> tuple[dt.date, dt.date]:
        """The first and last day the page can show (a week either side of the month, to be sure)."""
        first_of_month = dt.date(self.yearShown(), self.monthShown(), 1)
        return first_of_month - dt.timedelta(days=7), first_of_month + dt.timedelta(days=GRID_DAYS)

    def refresh(self) -> None:
        """Mark the page's recorded days, in the colours of the scheme shown."""
        palette = theme.current()
        self.setDateTextFormat(QDate(), QTextCharFormat())  # a null date clears every mark
        # Weekends in the text's colour (Qt's default red reads badly on dark, and says nothing here).
        for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(weekend, QTextCharFormat())
        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        mark.setForeground(QColor(palette.recorded))
        mark.setBackground(QColor(palette.accent_soft))
        first, last = self.shown_days()
        self.recorded = self._recorded_days(first, last)
        for day in self.recorded:
            self.setDateTextFormat(qdate(day), mark)
        # Qt draws the days out of the date's range as any other (on a slightly other background),
        # and they cannot be chosen: greyed out, they do not look as if they could.
        out_of_reach = QTextCharFormat()
        out_of_reach.setForeground(QColor(palette.disabled))
        day = first
        while day <= last:
            if not self.minimumDate() <= qdate(day) <= self.maximumDate():
                self.setDateTextFormat(qdate(day), out_of_reach)
            day += dt.timedelta(days=1)
        today = qdate(self._today())
        underline = self.dateTextFormat(today)
        underline.setFontUnderline(True)
        self.setDateTextFormat(today, underline)

    def is_marked(self, day: dt.date) -> bool:
        return self.dateTextFormat(qdate(day)).fontWeight() == QFont.Weight.Bold

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # days saved since it was last shown
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The scheme changed while the calendar is open (a closed one is marked again when shown).
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and self.isVisible():
            self.refresh()

    def on_page_changed(self, _year: int, _month: int) -> None:
        self.refresh()
