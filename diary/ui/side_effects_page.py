"""The side effects page: what was felt in a period, morning versus bedtime doses, dose levels and adherence."""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diary.domain.entries import USUAL_MAX_DOSE_MG, format_dose
from diary.domain.report import default_period
from diary.domain.summaries import (
    INCREASE_WINDOW_DAYS,
    RESOLVED_AFTER_DAYS,
    Adherence,
    DoseLevel,
    DoseTiming,
    PeriodSummary,
    SideEffectSummary,
)
from diary.domain.treatment import Course, course_on
from diary.services.changes import Change

if TYPE_CHECKING:
    from diary.services.diary import DiaryService

Index = QModelIndex | QPersistentModelIndex
DAY = dt.timedelta(days=1)

# The period buttons, by id.
COURSE, WEEKS_4, WEEKS_12, EVERYTHING = range(4)
PERIOD_LABELS = {COURSE: "This course", WEEKS_4: "Last 4 weeks", WEEKS_12: "Last 12 weeks", EVERYTHING: "Everything"}
MISSED_DATES_SHOWN = 5  # more missed doses than this are counted, not listed
TIMING_HOURS = {
    DoseTiming.MORNING: "04:00–11:59",
    DoseTiming.BEDTIME: "18:00–03:59",
    DoseTiming.OTHER: "12:00–17:59",
}
EMPTY_STATE = "No side effects recorded in this period."
# Side effects the study (and common experience) links to a bedtime dose.
SLEEP_EFFECTS = ("vivid_dreams", "insomnia")

STYLE = """
QLabel[role="heading"] { font-weight: bold; font-size: 14px; }
QFrame#timingInsight { background: #e9f3ef; border: 1px solid #8fb8a8; border-radius: 6px; }
QFrame#timingInsight[found="true"] QLabel { color: #1d3b3f; }  /* dark text on the tint, in a dark theme too */
QFrame#timingInsight[found="false"] { background: palette(base); border: 1px solid palette(mid); }
QLabel#timingNotes { font-size: 14px; }
QLabel#timingCaveat { font-style: italic; }
QLabel#emptyState { font-size: 14px; padding: 8px 0; }
"""


# --- words ---------------------------------------------------------------------------------------


def short_date(day: dt.date, year: bool = True) -> str:
    """ "7 Sep 2026", or "7 Sep" without the year."""
    return f"{day.day} {day:%b}" + (f" {day.year}" if year else "")


def date_range(first: dt.date, last: dt.date, year: bool = True) -> str:
    """ "25 Aug – 7 Sep 2026"; the year is given once unless the range crosses a new year."""
    if first == last:
        return short_date(first, year)
    return f"{short_date(first, year and first.year != last.year)} – {short_date(last, year)}"


def _percent(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "—"


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _listing(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def adherence_lines(a: Adherence, year: bool = False) -> list[str]:
    """The adherence of a period as short sentences: doses, missed doses, dose time, days without an entry."""
    if not a.days_with_entry:
        return ["Nothing recorded in this period."]
    lines = []
    if a.doses_recorded:
        lines.append(
            f"Doses taken: {a.doses_taken} of {_days(a.doses_recorded)} with a dose recorded "
            f"({_percent(a.doses_taken, a.doses_recorded)})."
        )
        missed = list(a.missed_days)
        if not missed:
            lines.append("No missed doses.")
        elif len(missed) <= MISSED_DATES_SHOWN:
            word = "dose" if len(missed) == 1 else "doses"
            lines.append(f"Missed {word}: {_listing([short_date(d, year) for d in missed])}.")
        else:
            lines.append(f"Missed doses: {len(missed)}, the latest on {short_date(missed[-1], year)}.")
        if a.usual_timing is not None:
            lines.append(f"Usual dose time: {a.usual_timing.value} ({TIMING_HOURS[a.usual_timing]}).")
        elif a.doses_taken:
            lines.append("Usual dose time: not known (no dose times recorded).")
    else:
        lines.append("No doses recorded in this period.")
    if a.days_without_entry:
        lines.append(
            f"Nothing recorded on {a.days_without_entry} of {a.days} days (diary {a.completeness:.0%} complete)."
        )
    else:
        lines.append(f"Every one of the {a.days} days has an entry.")
    return lines


def dose_level_line(level: DoseLevel, year: bool = False) -> str:
    """ "1.5 mg: 25 Aug – 7 Sep (14 days recorded)"."""
    text = f"{format_dose(level.dose_mg)}: {date_range(level.first, level.last, year)} ({_days(level.days)} recorded)"
    if level.dose_mg > USUAL_MAX_DOSE_MG:
        text += f", above the usual low-dose range of up to {format_dose(USUAL_MAX_DOSE_MG)}"
    return text


def _ldn_state(day: dt.date, courses: list[Course]) -> str:
    """ "" on LDN (or when no course is known), else "before LDN" / "off LDN"."""
    if not courses or course_on(courses, day) is not None:
        return ""
    return "before LDN" if day < min(c.start for c in courses) else "off LDN"


def _recent_start(day: dt.date, courses: list[Course]) -> dt.date | None:
    """The start of a course that `day` falls within 7 days after (the first dose day counting), if any."""
    for course in courses:
        if 0 <= (day - course.start).days <= INCREASE_WINDOW_DAYS:
            return course.start
    return None


# --- the table -------------------------------------------------------------------------------------


class SideEffectsModel(QAbstractTableModel):
    """One row per side effect felt in the period, in the order of the side-effect list.

    `SummaryRole` gives a row's `SideEffectSummary`.
    """

    EFFECT, PRESENT, HIGHEST, FIRST, LAST, RESOLVED, MORNING, BEDTIME, AFTER_INCREASE = range(9)
    HEADERS = {
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
    HEADER_TIPS = {
        PRESENT: "Days the side effect was felt, out of the days it was recorded (felt or not)",
        HIGHEST: "The highest severity recorded: mild, moderate or severe",
        RESOLVED: f"Resolved: not felt on any of the last {RESOLVED_AFTER_DAYS} days it was recorded",
        MORNING: "Days felt out of the days recorded with a dose taken in the morning (04:00–11:59)",
        BEDTIME: "Days felt out of the days recorded with a dose taken at bedtime (18:00–03:59)",
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
        self, summaries: list[SideEffectSummary] | tuple[SideEffectSummary, ...], courses: list[Course] = (), year: bool = True
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
            return f"{s.days_present} of {s.days_recorded} ({_percent(s.days_present, s.days_recorded)})"
        if column == self.HIGHEST:
            return s.highest.label
        if column == self.FIRST:
            state = _ldn_state(s.first, self._courses)
            return short_date(s.first, self._year) + (f"{self._gap}({state})" if state else "")
        if column == self.LAST:
            return short_date(s.last, self._year)
        if column == self.RESOLVED:
            return "yes" if s.resolved else "not yet"
        if column in (self.MORNING, self.BEDTIME):
            present, recorded = s.morning if column == self.MORNING else s.bedtime
            return f"{present} of {recorded} ({_percent(present, recorded)})" if recorded else "—"
        if column == self.AFTER_INCREASE:
            if s.after_increase:
                return "yes"
            start = _recent_start(s.first, self._courses)
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
                return f"No days recorded with a {timing.value} dose ({TIMING_HOURS[timing]})"
            return f"Felt on {present} of {recorded} days with a {timing.value} dose ({TIMING_HOURS[timing]})"
        if column == self.AFTER_INCREASE:
            within = "within" if s.after_increase else "not within"
            text = f"First felt {within} {INCREASE_WINDOW_DAYS} days after a dose increase"
            start = _recent_start(s.first, self._courses)
            if start and not s.after_increase:
                text += f", but within {INCREASE_WINDOW_DAYS} days of starting LDN on {short_date(start)}"
            return text
        if column == self.FIRST and _ldn_state(s.first, self._courses):
            return f"{name} was first felt on a day without LDN, so LDN may not be the cause"
        return None


# --- the page --------------------------------------------------------------------------------------


def period_dates(choice: int, courses: list[Course], today: dt.date) -> tuple[dt.date | None, dt.date]:
    """The first and last day of a period button; a first day of None means "from the first entry"."""
    if choice == WEEKS_4:
        return today - 27 * DAY, today
    if choice == WEEKS_12:
        return today - 83 * DAY, today
    if choice == COURSE and courses:
        return default_period(courses, today)  # as the clinician summary's default period
    return None, today


class SideEffectsPage(QWidget):
    """The summaries of one period: timing insight, side-effect table, dose levels and adherence."""

    title = "Side effects"

    def __init__(self, service: DiaryService, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self.summary: PeriodSummary | None = None
        self._one_line_width = 0  # the table's columns with every cell on one line
        self.setStyleSheet(STYLE)
        self._build()
        courses = service.treatment.courses()
        self.period_buttons.button(COURSE if courses else EVERYTHING).setChecked(True)
        self.period_buttons.idClicked.connect(self.on_period_clicked)
        self.refresh(courses)

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        periods = QHBoxLayout()
        periods.addWidget(QLabel("Show:"))
        self.period_buttons = QButtonGroup(self)
        for choice, label in PERIOD_LABELS.items():
            button = QPushButton(label)
            button.setCheckable(True)
            button.setAccessibleName(f"Show {label.lower()}")
            self.period_buttons.addButton(button, choice)
            periods.addWidget(button)
        periods.addStretch(1)
        self.period_label = QLabel()
        self.period_label.setAccessibleName("Period shown")
        self.period_label.setWordWrap(True)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 4, 0)
        body.addWidget(self._build_timing())
        body.addSpacing(6)
        body.addWidget(self._heading("Side effects felt"))
        self.empty_label = QLabel(EMPTY_STATE, objectName="emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName("No side effects")
        body.addWidget(self.empty_label)
        body.addWidget(self._build_table())
        body.addSpacing(6)
        self.adherence_label = self._text_label("Adherence")
        self.levels_label = self._text_label("Dose levels")
        doses = QHBoxLayout()  # side by side: both are short lists
        for heading, label in (("Doses", self.adherence_label), ("Dose levels", self.levels_label)):
            column = QVBoxLayout()
            column.addWidget(self._heading(heading))
            column.addWidget(label)
            column.addStretch(1)
            doses.addLayout(column, 1)
        body.addLayout(doses)
        body.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(periods)
        layout.addWidget(self.period_label)
        layout.addWidget(scroll, 1)

    def _build_timing(self) -> QFrame:
        self.timing_box = QFrame(objectName="timingInsight")
        self.timing_box.setAccessibleName("Morning or bedtime dose")
        box = QVBoxLayout(self.timing_box)
        self.timing_heading = self._heading("Morning or bedtime dose?")
        self.timing_notes = self._text_label("Morning and bedtime doses compared")
        self.timing_notes.setObjectName("timingNotes")
        self.timing_caveat = self._text_label("About this comparison")
        self.timing_caveat.setObjectName("timingCaveat")
        for widget in (self.timing_heading, self.timing_notes, self.timing_caveat):
            box.addWidget(widget)
        return self.timing_box

    def _build_table(self) -> QTableView:
        self.model = SideEffectsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Side effects in this period")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # two-line cells have their own line break
        self.table.verticalHeader().hide()
        # Most rows are one line; a remark in brackets goes on a second line to keep the table narrow.
        self.table.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        # Every column as wide as its text; on a narrow page the table scrolls rather than cut a name short.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # The page scrolls, not the table: it is as tall as its rows.
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.installEventFilter(self)
        return self.table

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "heading")
        return label

    def _text_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- showing -----------------------------------------------------------------------------

    def refresh(self, courses: list[Course] | None = None) -> None:
        """Read the chosen period's summary from the diary and show it."""
        courses = self._service.treatment.courses() if courses is None else courses
        course_button = self.period_buttons.button(COURSE)
        course_button.setEnabled(bool(courses))
        course_button.setToolTip("" if courses else "There is no LDN course yet")
        if not courses and self.period_buttons.checkedId() == COURSE:
            self.period_buttons.button(EVERYTHING).setChecked(True)
        choice = self.period_buttons.checkedId()
        first, last = period_dates(choice, courses, self._service.today())
        self.summary = summary = self._service.reports.period_summary(first, last)
        year = summary.first.year != summary.last.year

        empty_diary = choice == EVERYTHING and not summary.adherence.days_with_entry
        period = f"{PERIOD_LABELS[choice]}: " + ("nothing recorded yet" if empty_diary else date_range(summary.first, summary.last))
        if choice == COURSE:
            course = max(courses, key=lambda c: c.start)
            period += f", from the week before LDN started on {short_date(course.start)}"
            if course.end is not None:
                period += f" until it stopped on {short_date(course.end)}"
        self.period_label.setText(period + ".")

        self.model.set_summaries(summary.side_effects, courses, year)
        self.model.set_compact(False)
        self._one_line_width = self._columns_width()
        self.model.set_compact(self._one_line_width > self._table_room())
        felt = bool(summary.side_effects)
        self.table.setVisible(felt)
        self.empty_label.setVisible(not felt)
        if empty_diary:
            self.empty_label.setText("Nothing recorded yet. The side effects you record each day will be summarised here.")
        elif not summary.adherence.days_with_entry:
            self.empty_label.setText("Nothing recorded in this period.")
        else:
            self.empty_label.setText(EMPTY_STATE)
        self._fit_table()
        self._show_timing(summary)
        self.adherence_label.setText("\n".join(adherence_lines(summary.adherence, year)))
        levels = [dose_level_line(level, year) for level in summary.dose_levels]
        self.levels_label.setText("\n".join(levels) if levels else "No doses recorded in this period.")

    def _fit_table(self) -> None:
        """Make the table exactly as tall as its rows (and a scroll bar, when the page is too narrow)."""
        header = self.table.horizontalHeader()
        header.resizeSections()  # to the cells as they are now, before the rows are measured
        height = header.sizeHint().height() + 2 * self.table.frameWidth()
        # From the contents, not rowHeight(): rows just switched to or from two lines resize later.
        rows = self.table.verticalHeader()
        height += sum(max(self.table.sizeHintForRow(r), rows.minimumSectionSize()) for r in range(self.model.rowCount()))
        if self._columns_width() > self._table_room():
            height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(height)

    def _columns_width(self) -> int:
        header = self.table.horizontalHeader()
        return sum(max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c)) for c in range(self.model.columnCount()))

    def _table_room(self) -> int:
        return self.table.width() - 2 * self.table.frameWidth()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            # The one-line width does not change with the table's width, so this cannot flip back and forth.
            self.model.set_compact(self._one_line_width > self._table_room())
            self._fit_table()  # rows may have changed height, and a narrow table needs its scroll bar
        return super().eventFilter(watched, event)

    def _show_timing(self, summary: PeriodSummary) -> None:
        """The page's key insight: side effects that differ between morning and bedtime doses."""
        effects = summary.side_effects
        timing = summary.timing  # the domain decides whether a comparison is fair, and says why not
        found = bool(timing.notes)
        self.timing_box.setVisible(bool(effects))
        self.timing_box.setProperty("found", found)
        for widget in (self.timing_box, self.timing_heading, self.timing_notes, self.timing_caveat):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        lines = timing.sentences
        self.timing_notes.setText(lines[0] if len(lines) == 1 else "\n".join(f"• {n}" for n in lines))
        caveat = [timing.caveat]
        sleep = [s for s in effects if s.effect.key in SLEEP_EFFECTS and s.bedtime[1] >= s.morning[1]]
        if found:
            caveat.append("Talk to your prescriber before changing when you take LDN.")
        elif sleep:
            names = _listing([s.effect.label.lower() for s in sleep])
            caveat.append("In the LDN study, vivid dreams improved when the dose was taken in the morning instead of at "
                          f"bedtime. If {names} trouble you, you could ask your prescriber about a morning dose.")
        self.timing_caveat.setText(" ".join(caveat))
        self.timing_caveat.show()

    # --- events --------------------------------------------------------------------------------

    def on_period_clicked(self, choice: int) -> None:
        self.refresh()

    def on_data_changed(self, change: Change) -> None:
        if change.entries or change.treatment or change.side_effects:
            self.refresh()
