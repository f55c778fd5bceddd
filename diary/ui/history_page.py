"""The history page: every recorded day, newest first (the table model is widgets.HistoryModel)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from diary.domain.language import translate
from diary.domain.wording import date_text
from diary.services.changes import Change
from diary.ui.pages import Page
from diary.ui.widgets import HistoryModel

if TYPE_CHECKING:
    from diary.services.diary import DiaryService

class HistoryPage(Page):
    """The table of all days; double-click or Enter opens a day in the entry page."""

    @property
    def title(self) -> str:
        return translate("ui.page_list", "History")

    def __init__(self, service: DiaryService, open_day: Callable[[dt.date], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._open_day = open_day
        self.model = HistoryModel(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(translate("ui.history_page", "Diary history"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
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
        labels = {e.key: e.shown_label for e in self._service.entries.side_effects()}
        self.model.set_entries(entries, labels)
        if entries:
            first, last = entries[0].day, entries[-1].day
            self.summary.setText(translate(
                "ui.history_page", "%n day(s) recorded from {first} to {last}. Double-click a day (or press Enter) to open it.",
                None, len(entries)).format(first=date_text(first), last=date_text(last)))
        else:
            self.summary.setText(translate("ui.history_page", "No days recorded yet. Your entries will be listed here, newest first."))

    def on_table_activated(self, index: QModelIndex) -> None:
        self._open_day(self.model.data(index, HistoryModel.DayRole))

    def on_data_changed(self, change: Change) -> None:
        if change.entries or change.side_effects:
            self.reload()
