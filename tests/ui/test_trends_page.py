"""The trends page: built lazily, range buttons, custom range, hover, table, and redraw on save."""

import datetime as dt
import subprocess
import sys

import matplotlib.dates as mdates
import pytest
from matplotlib.backend_bases import MouseEvent
from PySide6.QtCore import Qt

from diary.domain.entries import DailyEntry, Severity
from diary.domain.wording import day_text
from diary.ui.main_window import MainWindow
from diary.ui.trends_page import TrendsPage
from tests.conftest import TODAY

START = TODAY - dt.timedelta(days=99)


@pytest.fixture
def filled(service):
    for n in range(-6, 100):
        day = START + dt.timedelta(days=n)
        effects = {"headache": Severity.MILD} if n in (3, 4) else {}
        service.entries.save(
            DailyEntry(day, activity=7 if n < 10 else 3, dose_mg=1.5 if n >= 0 else None,
                       dose_taken=True if n >= 0 else None, note="first dose" if n == 0 else "", side_effects=effects)
        )
    return service


@pytest.fixture
def page(qtbot, filled):
    widget = TrendsPage(filled)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def test_range_buttons_set_the_limits(qtbot, page):
    assert page.chart.shown_range == (TODAY - dt.timedelta(days=83), TODAY)  # 12 weeks by default
    page.range_buttons.button(0).click()
    assert page.chart.shown_range == (TODAY - dt.timedelta(days=27), TODAY)
    page.range_buttons.button(2).click()  # this course, with its baseline week
    assert page.chart.shown_range == (START - dt.timedelta(days=7), TODAY)
    page.range_buttons.button(3).click()
    assert page.chart.shown_range == (START - dt.timedelta(days=6), TODAY)
    assert page.from_edit.date().toPython() == START - dt.timedelta(days=6)


def test_custom_range(qtbot, page):
    page.from_edit.setDate(START + dt.timedelta(days=10))
    page.to_edit.setDate(START + dt.timedelta(days=20))
    page.custom_button.click()
    assert page.chart.shown_range == (START + dt.timedelta(days=10), START + dt.timedelta(days=20))
    assert page.range_buttons.checkedId() == -1
    assert page.table_model.rowCount() == 11
    assert "11 of 11 days recorded" in page.summary.text()


def test_hover_shows_the_days_values(qtbot, page):
    page.range_buttons.button(3).click()
    page.canvas.draw()
    ax = page.chart.activity_ax
    x, y = ax.transData.transform((mdates.date2num(START) + 0.5, 5))
    MouseEvent("motion_notify_event", page.canvas, x, y)._process()
    text = page.hover.text()
    assert text.startswith(day_text(START))
    assert "activity 7 (severe)" in text and "1.5 mg taken" in text and "✎ first dose" in text


def test_table_view_shows_the_same_days(qtbot, page):
    page.table_button.click()
    assert page.views.currentWidget() is page.table
    assert page.table_model.rowCount() == 84
    headers = [page.table_model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.table_model.columnCount())]
    assert headers == ["Date", "Activity", "7-day mean", "Dose", "Side effects", "Note"]
    assert page.table_model.data(page.table_model.index(0, 2)) == "3.0"


def test_redraws_when_an_entry_is_saved(qtbot, page, filled):
    page.range_buttons.button(0).click()
    change = filled.entries.save(DailyEntry(TODAY - dt.timedelta(days=2), activity=9, side_effects={"nausea": Severity.SEVERE}))
    page.on_data_changed(change)
    assert [t.get_text() for t in page.chart.strip_ax.get_yticklabels()] == ["Nausea"]
    assert "nausea on 1 day" in page.summary.text()


def test_the_page_is_built_only_when_first_shown(qtbot, filled):
    window = MainWindow(filled)
    qtbot.addWidget(window)
    window.show()
    assert window.trends_page.page is None
    window.page_actions[2].trigger()
    assert isinstance(window.trends_page.page, TrendsPage)


def test_start_up_does_not_import_matplotlib(data_dir):
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
        "from diary.services.diary import DiaryService; from diary.ui.main_window import MainWindow\n"
        f"w = MainWindow(DiaryService(__import__('pathlib').Path({str(data_dir)!r}))); w.show(); app.processEvents()\n"
        "print('matplotlib' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
