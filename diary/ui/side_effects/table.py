"""The side effects table's view: as tall as its rows, with remarks on a second line when narrow."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView

from diary.domain.language import translate
from diary.ui.side_effects.model import SideEffectsModel


class SideEffectsTable(QTableView):
    """Shows a SideEffectsModel; the page scrolls, not the table."""

    def __init__(self, model: SideEffectsModel):
        super().__init__()
        self.setModel(model)
        self._model = model
        self._one_line_width = 0  # the columns with every cell on one line
        self.setAccessibleName(translate("ui.side_effects.table", "Side effects in this period"))
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)  # two-line cells have their own line break
        self.verticalHeader().hide()
        # Most rows are one line; a remark in brackets goes on a second line to keep the table narrow.
        self.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        # Every column as wide as its text; on a narrow page the table scrolls rather than cut a name short.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # As tall as its rows.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def rows_changed(self) -> None:
        """After new rows: measure them on one line, and go compact if that is too wide (then `fit`)."""
        self._model.set_compact(False)
        self._one_line_width = self._columns_width()
        self._model.set_compact(self._one_line_width > self._room())

    def fit(self) -> None:
        """Make the table exactly as tall as its rows (and a scroll bar, when the page is too narrow)."""
        header = self.horizontalHeader()
        header.resizeSections()  # to the cells as they are now, before the rows are measured
        height = header.sizeHint().height() + 2 * self.frameWidth()
        # From the contents, not rowHeight(): rows just switched to or from two lines resize later.
        rows = self.verticalHeader()
        height += sum(max(self.sizeHintForRow(r), rows.minimumSectionSize()) for r in range(self._model.rowCount()))
        if self._columns_width() > self._room():
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)

    def _columns_width(self) -> int:
        header = self.horizontalHeader()
        return sum(max(header.sectionSizeHint(c), self.sizeHintForColumn(c)) for c in range(self._model.columnCount()))

    def _room(self) -> int:
        return self.width() - 2 * self.frameWidth()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.Resize:  # before the view's own handling, as an event filter would
            # The one-line width does not change with the table's width, so this cannot flip back and forth.
            self._model.set_compact(self._one_line_width > self._room())
            self.fit()  # rows may have changed height, and a narrow table needs its scroll bar
        return super().event(event)
