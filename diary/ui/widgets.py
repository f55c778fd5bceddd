"""Widgets more than one page uses: date fields, the table of days, read-only tables, scrolling pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QWidget,
)

from diary.domain.condition_items import items_text
from diary.domain.entries import DailyEntry, Severity, activity_band, format_dose
from diary.domain.language import current, translate
from diary.domain.wording import DASH, number, time_text
from diary.ui.dates import pydate, qdate

Index = QModelIndex | QPersistentModelIndex
Column = int | tuple[str, Callable[[dt.date], str]]  # a HistoryModel column: a kind, or (header, text of a day)


def date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(qdate(day), calendarPopup=True)
    edit.setDisplayFormat(translate("wording", "d MMM yyyy", "a short date, as a Qt date pattern"))
    edit.setAccessibleName(name)
    return edit


class OptionalDate(QWidget):
    """A date that may be unknown: a tick box and a date field."""

    def __init__(self, label: str, day: dt.date | None, default: dt.date, name: str):
        super().__init__()
        self.known = QCheckBox(label)
        self.known.setAccessibleName(translate("ui.widgets", "{name} known", "a tick box: the date named is known").format(name=name))
        self.edit = date_edit(day or default, name)
        self.known.setChecked(day is not None)
        self.edit.setEnabled(day is not None)
        self.known.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        return pydate(self.edit.date()) if self.known.isChecked() else None


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area as wide as the page: a page taller than the window scrolls."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls in it, not to a nameless container
    scroll.setWidget(content)
    return scroll


class _ResizeWatcher(QObject):
    def __init__(self, widget: QWidget, then: Callable[[int], None]):
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self._then(watched.width())
        return False


class _OneTabStop:
    """A date or time field that Tab leaves at once (Qt's own moves from hours to minutes first;
    ←/→ still move between the parts)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)  # type: ignore[arg-type]


class DateEdit(_OneTabStop, QDateEdit):
    pass


class TimeEdit(_OneTabStop, QTimeEdit):
    pass


def on_resize(widget: QWidget, then: Callable[[int], None]) -> None:
    """Call `then(width)` whenever `widget` is resized."""
    _ResizeWatcher(widget, then)


def heading(text: str) -> QLabel:
    """A bold heading (styled by the page's `QLabel[role="heading"]`)."""
    label = QLabel(text)
    label.setProperty("role", "heading")
    return label


def text_label(name: str) -> QLabel:
    """An empty, word-wrapped, selectable paragraph named `name` for screen readers."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def read_only_table(headers: list[str], name: str) -> QTableWidget:
    """A table of rows to look at and choose one of, not to edit."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], values: list | None = None) -> None:
    """Rows of text; `values` (one per row) are kept on the first cell for removal."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c == 0 and values is not None:
                item.setData(Qt.ItemDataRole.UserRole, values[r])
            table.setItem(r, c, item)
    table.setCurrentCell(-1, -1)  # nothing chosen: a second Remove must not take another row
    fit_height(table)


def fit_height(table: QTableWidget, most_rows: int = 6) -> None:
    """As tall as its rows (one empty row at least, `most_rows` at most), so short lists stay short."""
    shown = min(table.rowCount(), most_rows)
    # The rows' own heights: a wrapped row is taller than the default.
    rows = sum(table.rowHeight(row) for row in range(shown)) if shown else table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 2)


class HistoryModel(QAbstractTableModel):
    """Entries newest first; `DayRole` gives the date of a row.

    The column constants name kinds of column; the default columns are in that order, and
    the trends table adds the 7-day mean (`MEAN`) after the activity, the condition items (`ITEMS`)
    and columns of its own: (header, text of a day), e.g. a score's values.
    """

    DATE, ACTIVITY, DOSE, SIDE_EFFECTS, NOTE, MEAN, ITEMS = range(7)

    @classmethod
    def header(cls, column: int) -> str:
        """The heading of a kind of column, in the current language."""
        return {
            cls.DATE: translate("ui.widgets", "Date"), cls.ACTIVITY: translate("ui.widgets", "Activity"),
            cls.DOSE: translate("ui.widgets", "Dose"), cls.SIDE_EFFECTS: translate("ui.widgets", "Side effects"),
            cls.NOTE: translate("ui.widgets", "Note"), cls.MEAN: translate("ui.widgets", "7-day mean"),
            cls.ITEMS: translate("ui.widgets", "Condition items"),
        }[column]

    DayRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None, columns: tuple[Column, ...] = (DATE, ACTIVITY, DOSE, SIDE_EFFECTS, NOTE)):
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
        columns: tuple[Column, ...] | None = None,
    ) -> None:
        """Show `entries` (any order); `labels` maps side-effect keys to their names; `columns`, if given,
        replace the columns."""
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: e.day, reverse=True)
        self._labels = labels
        if means is not None:
            self._means = means
        if columns is not None:
            self.columns = columns
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            column = self.columns[section]
            return column[0] if isinstance(column, tuple) else self.header(column)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == self.DayRole:
            return entry.day
        column = self.columns[index.column()]
        if isinstance(column, tuple):  # a column of the page's own: a value of the day
            if role == Qt.ItemDataRole.DisplayRole:
                return column[1](entry.day)
            return int(Qt.AlignmentFlag.AlignCenter) if role == Qt.ItemDataRole.TextAlignmentRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE and entry.note:
            return entry.note
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.NOTE:
            return entry.note or translate("ui.widgets", "no note")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ACTIVITY, self.DOSE, self.MEAN):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, entry: DailyEntry, column: int) -> str:
        if column == self.DATE:
            return f"{current().date(entry.day, 'ddd')} {entry.day.isoformat()}"  # the weekday in words, the date sortable
        if column == self.ACTIVITY:
            return DASH if entry.activity is None else f"{entry.activity} ({activity_band(entry.activity)})"
        if column == self.DOSE:
            if entry.dose_mg is None:
                return DASH
            if entry.dose_taken is False:
                return translate("ui.widgets", "{dose} missed").format(dose=format_dose(entry.dose_mg))
            if entry.dose_time:
                return translate("ui.widgets", "{dose} at {time}").format(dose=format_dose(entry.dose_mg), time=time_text(entry.dose_time))
            return format_dose(entry.dose_mg)
        if column == self.SIDE_EFFECTS:
            felt = [
                f"{self._labels.get(key, key)} ({Severity(sev).label})"
                for key, sev in entry.side_effects.items()
                if sev > Severity.NONE
            ]
            return ", ".join(felt) if felt else translate("ui.widgets", "none", "no side effects felt")
        if column == self.NOTE:
            return "✎ " + entry.note.splitlines()[0][:60] if entry.note else ""
        if column == self.MEAN:
            mean = self._means(entry.day)
            return number(mean)
        if column == self.ITEMS:
            return items_text(entry.items, entry.complications) or DASH
        return ""


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of `layout` and delete it (off the page at once, not at the next event loop pass)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
