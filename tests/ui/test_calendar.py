"""The calendar of the entry page's date: recorded days marked, the days after today greyed and out of reach."""

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView

from diary.domain.entries import DailyEntry
from diary.ui import theme
from diary.ui.calendar import DiaryCalendar
from diary.ui.dates import pydate
from diary.ui.entry.page import EntryPage
from diary.ui.writes import Writes
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)
RECORDED = (TODAY - 14 * DAY, TODAY - 5 * DAY, TODAY - DAY)  # 1, 10 and 14 June 2026


@pytest.fixture
def page(qtbot, service):
    for day in RECORDED:
        service.entries.save(DailyEntry(day, activity=3))
    widget = EntryPage(service, Writes(lambda change: None))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def open_calendar(qtbot, page) -> DiaryCalendar:
    """Click the date's drop-down arrow, as the user does."""
    edit = page.date_edit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert isinstance(calendar, DiaryCalendar)
    return calendar


def cell(calendar: DiaryCalendar, day: dt.date):
    """The index of `day` in the month shown (a day from the 8th to the 21st appears once in the grid)."""
    assert 8 <= day.day <= 21 and (day.year, day.month) == (calendar.yearShown(), calendar.monthShown())
    view = calendar.findChild(QTableView)
    model = view.model()
    found = [model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
             if model.index(r, c).data() == day.day]
    assert len(found) == 1
    return view, found[0]


def click(qtbot, calendar, day):
    view, index = cell(calendar, day)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


# The offscreen platform of the tests cannot give a popup the keyboard; real platforms can.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def test_the_recorded_days_are_marked(qtbot, page, service):
    calendar = open_calendar(qtbot, page)
    june = [TODAY.replace(day=n) for n in range(1, 31)]
    assert [day for day in june if calendar.is_marked(day)] == list(RECORDED)
    _view, index = cell(calendar, TODAY - 5 * DAY)
    assert index.data(Qt.ItemDataRole.FontRole).weight() == QFont.Weight.Bold
    assert index.data(Qt.ItemDataRole.ForegroundRole).name() == theme.LIGHT.recorded
    assert index.data(Qt.ItemDataRole.BackgroundRole).name() == theme.LIGHT.accent_soft


def test_a_day_saved_later_is_marked_the_next_time_and_turning_the_page_marks_that_month(qtbot, page, service):
    service.entries.save(DailyEntry(TODAY - 40 * DAY, activity=2))  # 6 May
    service.entries.save(DailyEntry(TODAY - 3 * DAY, activity=2))
    calendar = open_calendar(qtbot, page)
    assert calendar.is_marked(TODAY - 3 * DAY)
    calendar.showPreviousMonth()
    assert calendar.monthShown() == 5
    assert calendar.is_marked(TODAY - 40 * DAY)
    assert not calendar.is_marked(TODAY - 41 * DAY)


def test_the_days_after_today_are_greyed_and_cannot_be_chosen(qtbot, page):
    calendar = open_calendar(qtbot, page)
    assert pydate(calendar.maximumDate()) == TODAY
    _view, future = cell(calendar, TODAY + 3 * DAY)
    _view, past = cell(calendar, TODAY - 3 * DAY)
    assert future.data(Qt.ItemDataRole.ForegroundRole).name() == theme.LIGHT.disabled
    assert past.data(Qt.ItemDataRole.ForegroundRole).name() == theme.LIGHT.text
    click(qtbot, calendar, TODAY + 3 * DAY)
    assert page.day == TODAY
    click(qtbot, calendar, TODAY - 3 * DAY)  # a past day opens, as before
    qtbot.waitUntil(lambda: page.day == TODAY - 3 * DAY)


def test_today_is_underlined(qtbot, page):
    calendar = open_calendar(qtbot, page)
    _view, today = cell(calendar, TODAY)
    assert today.data(Qt.ItemDataRole.FontRole).underline()


def test_the_marks_follow_the_scheme(qtbot, page, system_scheme):
    calendar = open_calendar(qtbot, page)
    system_scheme(Qt.ColorScheme.Dark)
    _view, index = cell(calendar, TODAY - 5 * DAY)
    assert index.data(Qt.ItemDataRole.ForegroundRole).name() == theme.DARK.recorded
    assert index.data(Qt.ItemDataRole.BackgroundRole).name() == theme.DARK.accent_soft
    _view, future = cell(calendar, TODAY + 3 * DAY)
    assert future.data(Qt.ItemDataRole.ForegroundRole).name() == theme.DARK.disabled
