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


@pytest.fixture
def demo_page(qtbot, service):
    service.transfer.fill_demo()  # PRO2-CD and HBI switched on, with their items
    widget = TrendsPage(service)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    return widget


def test_a_chart_row_per_score_switched_on(qtbot, demo_page):
    assert [ax.get_ylabel() for ax in demo_page.chart.score_axes] == ["PRO2-CD", "HBI"]


def test_no_score_rows_without_a_score_switched_on(qtbot, page):
    assert page.chart.score_axes == []  # no condition in the profile: no score suggested


def test_hover_shows_the_days_items_and_scores(qtbot, demo_page):
    page = demo_page
    page.canvas.draw()
    entry = page.series.entries[-1]
    pro2, hbi = page.series.scores
    ax = page.chart.score_axes[1]  # pointing at the HBI panel names the same day
    x, y = ax.transData.transform((mdates.date2num(entry.day) + 0.5, 1))
    MouseEvent("motion_notify_event", page.canvas, x, y)._process()
    first, second = page.hover.text().split("\n")
    assert first.startswith(day_text(entry.day))
    items = entry.items
    assert second.startswith(f"liquid stools {items['liquid_stools']}, abdominal pain {items['ibd_abdominal_pain']}, "
                             f"wellbeing {items['wellbeing']}")
    assert f"PRO2-CD {pro2.value_on(entry.day):.1f}" in second and f"HBI {hbi.value_on(entry.day):.1f}" in second


def test_hover_without_scores_is_one_line(qtbot, page):
    assert "\n" not in page.describe_day(START)


def test_table_view_has_the_items_and_the_scores(qtbot, demo_page):
    page = demo_page
    page.table_button.click()
    model = page.table_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Date", "Activity", "7-day mean", "PRO2-CD", "HBI", "Condition items", "Dose", "Side effects", "Note"]
    entry = page.series.entries[-1]  # the newest day is the first row
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[0].endswith(entry.day.isoformat())
    assert row[3] == f"{page.series.scores[0].value_on(entry.day):.1f}" and row[4] == f"{page.series.scores[1].value_on(entry.day):.1f}"
    assert row[5].startswith(f"liquid stools {entry.items['liquid_stools']}, ")
    assert page.table.horizontalHeader().sectionSize(5) <= 210  # long items wrap onto the row's second line
    page.range_buttons.button(0).click()  # the columns stay as the range moves
    assert model.columnCount() == 9


def test_switching_the_scores_off_removes_their_rows_and_columns(qtbot, demo_page, service):
    from dataclasses import replace

    change = service.treatment.save_profile(replace(service.treatment.profile(), scores=()))
    demo_page.on_data_changed(change)
    assert demo_page.chart.score_axes == []
    model = demo_page.table_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Date", "Activity", "7-day mean", "Dose", "Side effects", "Note"]


def test_the_chart_is_described_in_words(qtbot, page):
    page.range_buttons.button(0).click()  # 4 weeks
    text = page.canvas.accessibleDescription()
    assert text == page.summary.text() and "recorded" in text and "Side effects" in text
