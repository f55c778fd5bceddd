"""The response panel and the thresholds dialog, on real diaries."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from diary.domain.entries import DailyEntry
from diary.domain.treatment import Settings
from diary.ui.main_window import MainWindow
from diary.ui.response_panel import ResponsePanel
from diary.ui.settings_dialog import ResponseSettingsDialog
from diary.ui.writes import Writes
from tests.conftest import TODAY


def record(service, first_day: int, last_day: int, activity: int, start: dt.date, dose: bool = True):
    for n in range(first_day, last_day + 1):
        day = start + dt.timedelta(days=n - 1)
        on_ldn = dose and n >= 1
        service.entries.save(DailyEntry(day, activity=activity, dose_mg=4.5 if on_ldn else None, dose_taken=True if on_ldn else None))


@pytest.fixture
def responding(service):
    """A course started 40 days ago: baseline 8, then 2s from day 5 (onset on day 7)."""
    start = TODAY - dt.timedelta(days=39)
    record(service, -6, 0, 8, start, dose=False)
    record(service, 1, 4, 8, start)
    record(service, 5, 40, 2, start)
    return start


def test_panel_without_a_course_explains_how_one_starts(qtbot, service):
    panel = ResponsePanel(service, lambda: None)
    qtbot.addWidget(panel)
    assert panel.category.text() == "No LDN course yet"
    assert "first day you record a dose" in panel.explanation.text()
    assert not panel.onset_bar.isVisibleTo(panel)


def test_panel_shows_the_category_day_and_milestones(qtbot, service, responding):
    panel = ResponsePanel(service, lambda: None)
    qtbot.addWidget(panel)
    assert panel.category.text() == "Clinical response, ongoing"
    assert panel.day.text().startswith("Day 40 of your course")
    assert "improved by day 7" in panel.onset_label.text()
    assert panel.lasting_bar.value() == 34 and panel.lasting_bar.text() == "34 of 84 days"
    assert "by day 7" in panel.explanation.text()
    assert "long-lasting" in panel.next_step.text()


def test_panel_updates_when_an_entry_is_saved(qtbot, service, responding):
    window = MainWindow(service)
    qtbot.addWidget(window)
    page = window.entry_page
    # A week of 8s ends the response: the panel follows every save.
    for n in range(1, 6):
        page.go_to(TODAY - dt.timedelta(days=5 - n))
        page.activity_group.button(8).click()
        page.save()
    assert window.response_panel.category.text() == "Short-lived clinical response (4–12 weeks)"


def test_thresholds_dialog_saves_and_the_panel_follows(qtbot, service, responding):
    window = MainWindow(service)
    qtbot.addWidget(window)
    dialog = ResponseSettingsDialog(service, window.writes, window)
    qtbot.addWidget(dialog)
    assert dialog.relative.value() == 30 and dialog.absolute.value() == 1.0
    assert "4.2 or lower" in dialog.example.text()  # 6.0 baseline, 30%
    dialog.relative.setValue(80)  # 8 -> 2 is 75% lower: no longer enough
    assert "1.2 or lower" in dialog.example.text()
    dialog.accept()
    assert service.treatment.settings() == Settings(0.80, 1.0)
    assert window.response_panel.category.text() == "No response in the first 4 weeks"

    dialog = ResponseSettingsDialog(service, window.writes, window)
    qtbot.addWidget(dialog)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.relative.value() == 30
    dialog.reject()
    assert service.treatment.settings() == Settings(0.80, 1.0)  # Cancel keeps what was saved


def test_dialog_ranges_are_the_spec_ranges(qtbot, service):
    dialog = ResponseSettingsDialog(service, Writes(lambda change: None))
    qtbot.addWidget(dialog)
    assert (dialog.relative.minimum(), dialog.relative.maximum()) == (10, 90)
    assert (dialog.absolute.minimum(), dialog.absolute.maximum()) == (0.0, 5.0)
