"""The history table model on its own, and the history page opening a day."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from diary.domain.entries import DailyEntry, Severity
from diary.ui.history_page import HistoryPage
from diary.ui.widgets import HistoryModel
from tests.conftest import TODAY

D1, D2, D3 = (TODAY - dt.timedelta(days=n) for n in (3, 2, 1))


def sample_entries():
    return [
        DailyEntry(D1, activity=6, dose_mg=1.5, dose_taken=True, dose_time=dt.time(22, 0)),
        DailyEntry(D3, activity=None, dose_mg=3.0, dose_taken=False, note="Forgot.\nSecond line"),
        DailyEntry(D2, activity=0, side_effects={"vivid_dreams": Severity.MILD, "headache": Severity.NONE}),
    ]


def test_model_rows_are_newest_first_with_readable_cells(qtbot):
    model = HistoryModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_entries(sample_entries(), {"vivid_dreams": "Vivid dreams", "headache": "Headache"})

    def cell(row, column, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(row, column), role)

    assert model.rowCount() == 3 and model.columnCount() == 5
    assert [cell(r, 0, HistoryModel.DayRole) for r in range(3)] == [D3, D2, D1]
    assert cell(0, HistoryModel.DOSE) == "3.0 mg missed"
    assert cell(0, HistoryModel.ACTIVITY) == "—"
    assert cell(0, HistoryModel.NOTE) == "✎ Forgot."
    assert cell(0, HistoryModel.NOTE, Qt.ItemDataRole.ToolTipRole) == "Forgot.\nSecond line"
    assert cell(1, HistoryModel.ACTIVITY) == "0 (none)"
    assert cell(1, HistoryModel.SIDE_EFFECTS) == "Vivid dreams (mild)"
    assert cell(2, HistoryModel.DOSE) == "1.5 mg at 22:00"
    assert cell(2, HistoryModel.SIDE_EFFECTS) == "none"
    assert model.headerData(HistoryModel.SIDE_EFFECTS, Qt.Orientation.Horizontal) == "Side effects"
    assert model.rowCount(model.index(0, 0)) == 0


def test_page_lists_the_diary_and_opens_a_day(qtbot, service):
    for entry in sample_entries():
        service.entries.save(entry)
    opened = []
    page = HistoryPage(service, opened.append)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 3
    assert "3 days recorded" in page.summary.text()

    index = page.model.index(1, 0)
    rect = page.table.visualRect(index)
    # QTest's double-click needs the press of a first click before it, as a real one has.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [D2]


def test_page_refreshes_when_an_entry_is_saved(qtbot, service):
    page = HistoryPage(service, lambda day: None)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    assert "No days recorded yet" in page.summary.text()
    page.on_data_changed(service.entries.save(DailyEntry(TODAY, activity=3)))
    assert page.model.rowCount() == 1

