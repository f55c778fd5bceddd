"""The side effects table: one row per side effect felt in a period."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from diary.domain.summaries import INCREASE_WINDOW_DAYS, RESOLVED_AFTER_DAYS, DoseTiming, SideEffectSummary, timing_hours
from diary.domain.treatment import Course
from diary.ui.side_effects.words import ldn_state, percent, recent_start, short_date

Index = QModelIndex | QPersistentModelIndex


class SideEffectsModel(QAbstractTableModel):
    """One row per side effect felt in the period, in the order of the side-effect list.

    `SummaryRole` gives a row's `SideEffectSummary`.
    """

    EFFECT, PRESENT, HIGHEST, FIRST, LAST, RESOLVED, MORNING, BEDTIME, AFTER_INCREASE = range(9)
    HEADERS: ClassVar[dict[int, str]] = {
        EFFECT: "Side effect",
        PRESENT: "Days felt\nof recorded",
        HIGHEST: "Highest",
        FIRST: "First felt",
        LAST: "Last felt",
        RESOLVED: "Resolved",
        MORNING: "With a\nmorning dose",
        BEDTIME: "With a\nbedtime dose",
        AFTER_INCREASE: "Began after a\ndose increase",
    }
    HEADER_TIPS: ClassVar[dict[int, str]] = {
        PRESENT: "Days the side effect was felt, out of the days it was recorded (felt or not)",
        HIGHEST: "The highest severity recorded: mild, moderate or severe",
        RESOLVED: f"Resolved: not felt on any of the last {RESOLVED_AFTER_DAYS} days it was recorded",
        MORNING: f"Days felt out of the days recorded with a dose taken in the morning ({timing_hours(DoseTiming.MORNING)})",
        BEDTIME: f"Days felt out of the days recorded with a dose taken at bedtime ({timing_hours(DoseTiming.BEDTIME)})",
        AFTER_INCREASE: f"Whether it was first felt within {INCREASE_WINDOW_DAYS} days after the dose went up",
    }
    SummaryRole = Qt.ItemDataRole.UserRole + 1
    CENTRED = (PRESENT, HIGHEST, RESOLVED, MORNING, BEDTIME, AFTER_INCREASE)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._summaries: list[SideEffectSummary] = []
        self._courses: list[Course] = []
        self._year = True
        self.compact = False  # remarks in brackets on a second line, for a narrow page

    def set_compact(self, compact: bool) -> None:
        """Put the remarks in brackets on a line of their own (True) or after the value (False)."""
        if compact != self.compact:
            self.compact = compact
            if self._summaries:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._summaries) - 1, len(self.HEADERS) - 1))

    def set_summaries(
        self, summaries: list[SideEffectSummary] | tuple[SideEffectSummary, ...], courses: Sequence[Course] = (), year: bool = True
    ) -> None:
        """Show `summaries`; with `courses`, a first day off LDN is marked so; `year` adds years to dates."""
        self.beginResetModel()
        self._summaries = list(summaries)
        self._courses = list(courses)
        self._year = year
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._summaries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or section not in self.HEADERS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.HEADER_TIPS.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        summary = self._summaries[index.row()]
        column = index.column()
        if role == self.SummaryRole:
            return summary
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.CENTRED:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, s: SideEffectSummary, column: int) -> str:
        if column == self.EFFECT:
            return s.effect.label
        if column == self.PRESENT:
            return f"{s.days_present} of {s.days_recorded} ({percent(s.days_present, s.days_recorded)})"
        if column == self.HIGHEST:
            return s.highest.label
        if column == self.FIRST:
            state = ldn_state(s.first, self._courses)
            return short_date(s.first, self._year) + (f"{self._gap}({state})" if state else "")
        if column == self.LAST:
            return short_date(s.last, self._year)
        if column == self.RESOLVED:
            return "yes" if s.resolved else "not yet"
        if column in (self.MORNING, self.BEDTIME):
            present, recorded = s.morning if column == self.MORNING else s.bedtime
            return f"{present} of {recorded} ({percent(present, recorded)})" if recorded else "—"
        if column == self.AFTER_INCREASE:
            if s.after_increase:
                return "yes"
            start = recent_start(s.first, self._courses)
            # Starting LDN is no increase, but a side effect of its first week is worth seeing as such.
            return f"no{self._gap}(day {(s.first - start).days + 1} of LDN)" if start else "no"
        return ""

    @property
    def _gap(self) -> str:
        return "\n" if self.compact else " "

    def _tooltip(self, s: SideEffectSummary, column: int) -> str | None:
        name = s.effect.label
        if column == self.PRESENT:
            return f"{name} was felt on {s.days_present} of the {s.days_recorded} days it was recorded"
        if column == self.RESOLVED:
            if s.resolved:
                return f"Not felt on any of the last {RESOLVED_AFTER_DAYS} days it was recorded"
            return f"Resolved once it is not felt on {RESOLVED_AFTER_DAYS} recorded days in a row"
        if column in (self.MORNING, self.BEDTIME):
            timing = DoseTiming.MORNING if column == self.MORNING else DoseTiming.BEDTIME
            present, recorded = s.morning if timing is DoseTiming.MORNING else s.bedtime
            if not recorded:
                return f"No days recorded with a {timing.value} dose ({timing_hours(timing)})"
            return f"Felt on {present} of {recorded} days with a {timing.value} dose ({timing_hours(timing)})"
        if column == self.AFTER_INCREASE:
            within = "within" if s.after_increase else "not within"
            text = f"First felt {within} {INCREASE_WINDOW_DAYS} days after a dose increase"
            start = recent_start(s.first, self._courses)
            if start and not s.after_increase:
                text += f", but within {INCREASE_WINDOW_DAYS} days of starting LDN on {short_date(start)}"
            return text
        if column == self.FIRST and ldn_state(s.first, self._courses):
            return f"{name} was first felt on a day without LDN, so LDN may not be the cause"
        return None
