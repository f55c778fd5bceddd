"""The side effects table: one row per side effect felt in a period."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from diary.domain.language import translate
from diary.domain.summaries import INCREASE_WINDOW_DAYS, RESOLVED_AFTER_DAYS, DoseTiming, SideEffectSummary, timing_hours
from diary.domain.treatment import Course
from diary.ui.side_effects.words import ldn_state, percent, recent_start, short_date

Index = QModelIndex | QPersistentModelIndex


def headers() -> dict[int, str]:
    """The columns' headings, in the language spoken (asked each time: the language may change)."""
    m = SideEffectsModel
    return {
        m.EFFECT: translate("ui.side_effects.model", "Side effect"),
        m.PRESENT: translate("ui.side_effects.model", "Days felt\nof recorded"),
        m.HIGHEST: translate("ui.side_effects.model", "Highest", "the highest severity"),
        m.FIRST: translate("ui.side_effects.model", "First felt"),
        m.LAST: translate("ui.side_effects.model", "Last felt"),
        m.RESOLVED: translate("ui.side_effects.model", "Resolved"),
        m.MORNING: translate("ui.side_effects.model", "With a\nmorning dose"),
        m.BEDTIME: translate("ui.side_effects.model", "With a\nbedtime dose"),
        m.AFTER_INCREASE: translate("ui.side_effects.model", "Began after a\ndose increase"),
    }


def header_tips() -> dict[int, str]:
    """What each column means, for its heading's tooltip."""
    m = SideEffectsModel
    return {
        m.PRESENT: translate(
            "ui.side_effects.model", "Days the side effect was felt, out of the days it was recorded (felt or not)"),
        m.HIGHEST: translate("ui.side_effects.model", "The highest severity recorded: mild, moderate or severe"),
        m.RESOLVED: translate(
            "ui.side_effects.model", "Resolved: not felt on any of the last {days} days it was recorded"
        ).format(days=RESOLVED_AFTER_DAYS),
        m.MORNING: translate(
            "ui.side_effects.model", "Days felt out of the days recorded with a dose taken in the morning ({hours})"
        ).format(hours=timing_hours(DoseTiming.MORNING)),
        m.BEDTIME: translate(
            "ui.side_effects.model", "Days felt out of the days recorded with a dose taken at bedtime ({hours})"
        ).format(hours=timing_hours(DoseTiming.BEDTIME)),
        m.AFTER_INCREASE: translate(
            "ui.side_effects.model", "Whether it was first felt within {days} days after the dose went up"
        ).format(days=INCREASE_WINDOW_DAYS),
    }


class SideEffectsModel(QAbstractTableModel):
    """One row per side effect felt in the period, in the order of the side-effect list.

    `SummaryRole` gives a row's `SideEffectSummary`.
    """

    EFFECT, PRESENT, HIGHEST, FIRST, LAST, RESOLVED, MORNING, BEDTIME, AFTER_INCREASE = range(9)
    COLUMNS = 9
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
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._summaries) - 1, self.COLUMNS - 1))

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
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_tips().get(section)
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
            return s.effect.shown_label
        if column == self.PRESENT:
            return self._of(s.days_present, s.days_recorded)
        if column == self.HIGHEST:
            return s.highest.label
        if column == self.FIRST:
            state = ldn_state(s.first, self._courses)
            return short_date(s.first, self._year) + (f"{self._gap}({state})" if state else "")
        if column == self.LAST:
            return short_date(s.last, self._year)
        if column == self.RESOLVED:
            if s.resolved:
                return translate("ui.side_effects.model", "yes", "resolved")
            return translate("ui.side_effects.model", "not yet", "resolved")
        if column in (self.MORNING, self.BEDTIME):
            present, recorded = s.morning if column == self.MORNING else s.bedtime
            return self._of(present, recorded) if recorded else "—"
        if column == self.AFTER_INCREASE:
            if s.after_increase:
                return translate("ui.side_effects.model", "yes", "began after a dose increase")
            start = recent_start(s.first, self._courses)
            # Starting LDN is no increase, but a side effect of its first week is worth seeing as such.
            no = translate("ui.side_effects.model", "no", "began after a dose increase")
            if start:
                remark = translate("ui.side_effects.model", "(day {day} of LDN)").format(day=(s.first - start).days + 1)
                return f"{no}{self._gap}{remark}"
            return no
        return ""

    @staticmethod
    def _of(part: int, whole: int) -> str:
        """ "7 of 46 (15%)"."""
        return translate("ui.side_effects.model", "{part} of {whole} ({percent})", "days felt of days recorded").format(
            part=part, whole=whole, percent=percent(part, whole))

    @property
    def _gap(self) -> str:
        return "\n" if self.compact else " "

    def _tooltip(self, s: SideEffectSummary, column: int) -> str | None:
        name = s.effect.shown_label
        if column == self.PRESENT:
            return translate(
                "ui.side_effects.model", "{side_effect} was felt on {present} of the {recorded} days it was recorded"
            ).format(side_effect=name, present=s.days_present, recorded=s.days_recorded)
        if column == self.RESOLVED:
            if s.resolved:
                return translate("ui.side_effects.model", "Not felt on any of the last {days} days it was recorded").format(
                    days=RESOLVED_AFTER_DAYS)
            return translate("ui.side_effects.model", "Resolved once it is not felt on {days} recorded days in a row").format(
                days=RESOLVED_AFTER_DAYS)
        if column in (self.MORNING, self.BEDTIME):
            timing = DoseTiming.MORNING if column == self.MORNING else DoseTiming.BEDTIME
            present, recorded = s.morning if timing is DoseTiming.MORNING else s.bedtime
            hours = timing_hours(timing)
            if timing is DoseTiming.MORNING:
                if not recorded:
                    return translate("ui.side_effects.model", "No days recorded with a morning dose ({hours})").format(hours=hours)
                return translate("ui.side_effects.model", "Felt on {present} of {recorded} days with a morning dose ({hours})").format(
                    present=present, recorded=recorded, hours=hours)
            if not recorded:
                return translate("ui.side_effects.model", "No days recorded with a bedtime dose ({hours})").format(hours=hours)
            return translate("ui.side_effects.model", "Felt on {present} of {recorded} days with a bedtime dose ({hours})").format(
                present=present, recorded=recorded, hours=hours)
        if column == self.AFTER_INCREASE:
            start = recent_start(s.first, self._courses)
            if s.after_increase:
                return translate("ui.side_effects.model", "First felt within {days} days after a dose increase").format(
                    days=INCREASE_WINDOW_DAYS)
            if start:
                return translate(
                    "ui.side_effects.model",
                    "First felt not within {days} days after a dose increase, but within {days} days of starting LDN on {day}",
                ).format(days=INCREASE_WINDOW_DAYS, day=short_date(start))
            return translate("ui.side_effects.model", "First felt not within {days} days after a dose increase").format(
                days=INCREASE_WINDOW_DAYS)
        if column == self.FIRST and ldn_state(s.first, self._courses):
            return translate(
                "ui.side_effects.model", "{side_effect} was first felt on a day without LDN, so LDN may not be the cause"
            ).format(side_effect=name)
        return None
