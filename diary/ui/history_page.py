"""The history page: every recorded day, newest first, as a table model and its view."""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from diary.domain.entries import DailyEntry, Severity, activity_band, format_dose
from diary.services.changes import Change
from diary.domain.wording import count, date_text, time_text

if TYPE_CHECKING:
    from diary.services.diary import DiaryService

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Entries newest first; `DayRole` gives the date of a row.

    The column constants name kinds of column; the default columns are in that order, and
    the trends table adds the 7-day mean (`MEAN`) after the activity.
    """

    DATE, ACTIVITY, DOSE, SIDE_EFFECTS, NOTE, MEAN = range(6)
    HEADERS = {DATE: "Date", ACTIVITY: "Activity", DOSE: "Dose", SIDE_EFFECTS: "Side effects", NOTE: "Note", MEAN: "7-day mean"}
    DayRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None, columns: tuple[int, ...] = (DATE, ACTIVITY, DOSE, SIDE_EFFECTS, NOTE)):
        super().__init__(parent)
        self.columns = columns
        self._entries: list[DailyEntry] = []
        self._labels: dict[str, str] = {}
        self._means: Callable[[dt.date], float | None] = lambda day: None

    def set_entries(
        self,
        entries: list[DailyEntry],
        labels: dict[str, str],
        means: Callable[[dt.date], float | None] | None = None,
    ) -> None:
        """Show `entries` (any order); `labels` maps side-effect keys to their names."""
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: e.day, reverse=True)
        self._labels = labels
        if means is not None:
            self._means = means
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[self.columns[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = self.columns[index.column()]
        if role == self.DayRole:
            return entry.day
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE and entry.note:
            return entry.note
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.NOTE:
            return entry.note or "no note"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ACTIVITY, self.DOSE, self.MEAN):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, entry: DailyEntry, column: int) -> str:
        if column == self.DATE:
            return f"{entry.day:%a} {entry.day.isoformat()}"
        if column == self.ACTIVITY:
            return "—" if entry.activity is None else f"{entry.activity} ({activity_band(entry.activity)})"
        if column == self.DOSE:
            if entry.dose_mg is None:
                return "—"
            if entry.dose_taken is False:
                return f"{format_dose(entry.dose_mg)} missed"
            time = f" at {time_text(entry.dose_time)}" if entry.dose_time else ""
            return f"{format_dose(entry.dose_mg)}{time}"
        if column == self.SIDE_EFFECTS:
            felt = [
                f"{self._labels.get(key, key)} ({Severity(sev).label})"
                for key, sev in entry.side_effects.items()
                if sev > Severity.NONE
            ]
            return ", ".join(felt) if felt else "none"
        if column == self.NOTE:
            return "✎ " + entry.note.splitlines()[0][:60] if entry.note else ""
        if column == self.MEAN:
            mean = self._means(entry.day)
            return "—" if mean is None else f"{mean:.1f}"
        return ""


class HistoryPage(QWidget):
    """The table of all days; double-click or Enter opens a day in the entry page."""

    title = "History"

    def __init__(self, service: DiaryService, open_day: Callable[[dt.date], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._open_day = open_day
        self.model = HistoryModel(self)
        self.summary = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName("Diary history")
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(100)  # sizes columns from 100 rows, not 1,000: years of days look alike
        header.setSectionResizeMode(HistoryModel.SIDE_EFFECTS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HistoryModel.NOTE, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.table.activated.connect(self.on_table_activated)  # double-click or Enter
        self.reload()

    def reload(self) -> None:
        entries = self._service.entries.between()
        labels = {e.key: e.label for e in self._service.entries.side_effects()}
        self.model.set_entries(entries, labels)
        if entries:
            first, last = entries[0].day, entries[-1].day
            self.summary.setText(
                f"{count(len(entries), 'day')} recorded from {date_text(first)} to {date_text(last)}. "
                "Double-click a day (or press Enter) to open it."
            )
        else:
            self.summary.setText("No days recorded yet. Your entries will be listed here, newest first.")

    def on_table_activated(self, index: QModelIndex) -> None:
        self._open_day(self.model.data(index, HistoryModel.DayRole))

    def on_data_changed(self, change: Change) -> None:
        if change.entries or change.side_effects:
            self.reload()
