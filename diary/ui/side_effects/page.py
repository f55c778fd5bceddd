"""The side effects page: what was felt in a period, morning versus bedtime doses, dose levels and adherence."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from diary.domain.language import translate
from diary.domain.report import default_period
from diary.domain.summaries import PeriodSummary
from diary.domain.treatment import Course
from diary.services.changes import Change
from diary.ui.pages import Page
from diary.ui.side_effects.model import SideEffectsModel
from diary.ui.side_effects.table import SideEffectsTable
from diary.ui.side_effects.timing import TimingPanel
from diary.ui.side_effects.words import adherence_lines, date_range, dose_level_line, short_date
from diary.ui.widgets import heading, scrolling, text_label

if TYPE_CHECKING:
    from diary.services.diary import DiaryService

DAY = dt.timedelta(days=1)

# The period buttons, by id.
COURSE, WEEKS_4, WEEKS_12, EVERYTHING = range(4)
PERIODS = (COURSE, WEEKS_4, WEEKS_12, EVERYTHING)


def period_label(choice: int) -> str:
    """A period button's words, in the language spoken."""
    return {
        COURSE: translate("ui.side_effects.page", "This course"),
        WEEKS_4: translate("ui.side_effects.page", "Last 4 weeks"),
        WEEKS_12: translate("ui.side_effects.page", "Last 12 weeks"),
        EVERYTHING: translate("ui.side_effects.page", "Everything"),
    }[choice]


def period_name(choice: int) -> str:
    """A period button's name for a screen reader: "Show last 4 weeks"."""
    return {
        COURSE: translate("ui.side_effects.page", "Show this course"),
        WEEKS_4: translate("ui.side_effects.page", "Show last 4 weeks"),
        WEEKS_12: translate("ui.side_effects.page", "Show last 12 weeks"),
        EVERYTHING: translate("ui.side_effects.page", "Show everything"),
    }[choice]


def empty_state() -> str:
    return translate("ui.side_effects.page", "No side effects recorded in this period.")


def period_dates(choice: int, courses: list[Course], today: dt.date) -> tuple[dt.date | None, dt.date]:
    """The first and last day of a period button; a first day of None means "from the first entry"."""
    if choice == WEEKS_4:
        return today - 27 * DAY, today
    if choice == WEEKS_12:
        return today - 83 * DAY, today
    if choice == COURSE and courses:
        return default_period(courses, today)  # as the clinician summary's default period
    return None, today


class SideEffectsPage(Page):
    """The summaries of one period: timing insight, side-effect table, dose levels and adherence."""

    @property
    def title(self) -> str:
        return translate("ui.page_list", "Side effects")

    def __init__(self, service: DiaryService, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self.summary: PeriodSummary | None = None
        self._build()
        courses = service.treatment.courses()
        self.period_buttons.button(COURSE if courses else EVERYTHING).setChecked(True)
        self.period_buttons.idClicked.connect(self.on_period_clicked)
        self.refresh(courses)

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.timing = TimingPanel()
        self.timing_box, self.timing_notes, self.timing_caveat = self.timing, self.timing.notes, self.timing.caveat
        self.model = SideEffectsModel(self)
        self.table = SideEffectsTable(self.model)
        self.empty_label = QLabel(empty_state(), objectName="emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(translate("ui.side_effects.page", "No side effects"))
        self.adherence_label = text_label(translate("ui.side_effects.page", "Adherence"))
        self.levels_label = text_label(translate("ui.side_effects.page", "Dose levels"))

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 4, 0)
        body.addWidget(self.timing)
        body.addSpacing(6)
        body.addWidget(heading(translate("ui.side_effects.page", "Side effects felt")))
        body.addWidget(self.empty_label)
        body.addWidget(self.table)
        body.addSpacing(6)
        doses = QHBoxLayout()  # side by side: both are short lists
        for title, label in ((translate("ui.side_effects.page", "Doses"), self.adherence_label),
                             (translate("ui.side_effects.page", "Dose levels"), self.levels_label)):
            column = QVBoxLayout()
            column.addWidget(heading(title))
            column.addWidget(label)
            column.addStretch(1)
            doses.addLayout(column, 1)
        body.addLayout(doses)
        body.addStretch(1)

        self.period_label = QLabel()
        self.period_label.setAccessibleName(translate("ui.side_effects.page", "Period shown"))
        self.period_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_periods())
        layout.addWidget(self.period_label)
        layout.addWidget(scrolling(content), 1)

    def _build_periods(self) -> QHBoxLayout:
        periods = QHBoxLayout()
        periods.addWidget(QLabel(translate("ui.side_effects.page", "Show:", "before the period buttons")))
        self.period_buttons = QButtonGroup(self)
        for choice in PERIODS:
            button = QPushButton(period_label(choice))
            button.setCheckable(True)
            button.setAccessibleName(period_name(choice))
            self.period_buttons.addButton(button, choice)
            periods.addWidget(button)
        periods.addStretch(1)
        return periods

    # --- showing -----------------------------------------------------------------------------

    def refresh(self, courses: list[Course] | None = None) -> None:
        """Read the chosen period's summary from the diary and show it."""
        courses = self._service.treatment.courses() if courses is None else courses
        course_button = self.period_buttons.button(COURSE)
        course_button.setEnabled(bool(courses))
        course_button.setToolTip("" if courses else translate("ui.side_effects.page", "There is no LDN course yet"))
        if not courses and self.period_buttons.checkedId() == COURSE:
            self.period_buttons.button(EVERYTHING).setChecked(True)
        choice = self.period_buttons.checkedId()
        first, last = period_dates(choice, courses, self._service.today())
        self.summary = summary = self._service.reports.period_summary(first, last)
        year = summary.first.year != summary.last.year
        empty_diary = choice == EVERYTHING and not summary.adherence.days_with_entry
        self.period_label.setText(self._period_text(choice, courses, summary, empty_diary))

        self.model.set_summaries(summary.side_effects, courses, year)
        self.table.rows_changed()
        felt = bool(summary.side_effects)
        self.table.setVisible(felt)
        self.empty_label.setVisible(not felt)
        if empty_diary:
            self.empty_label.setText(translate(
                "ui.side_effects.page", "Nothing recorded yet. The side effects you record each day will be summarised here."))
        elif not summary.adherence.days_with_entry:
            self.empty_label.setText(translate("ui.side_effects.page", "Nothing recorded in this period."))
        else:
            self.empty_label.setText(empty_state())
        self.table.fit()
        self.timing.show_summary(summary)
        self.adherence_label.setText("\n".join(adherence_lines(summary.adherence, year)))
        levels = [dose_level_line(level, year) for level in summary.dose_levels]
        self.levels_label.setText("\n".join(levels) if levels else translate("ui.side_effects.page", "No doses recorded in this period."))

    @staticmethod
    def _period_text(choice: int, courses: list[Course], summary: PeriodSummary, empty_diary: bool) -> str:
        if empty_diary:
            return translate("ui.side_effects.page", "{period}: nothing recorded yet.").format(period=period_label(choice))
        dates = date_range(summary.first, summary.last)
        if choice != COURSE:
            return translate("ui.side_effects.page", "{period}: {dates}.", "a period and its dates").format(
                period=period_label(choice), dates=dates)
        course = max(courses, key=lambda c: c.start)
        if course.end is None:
            return translate("ui.side_effects.page", "{period}: {dates}, from the week before LDN started on {start}.").format(
                period=period_label(choice), dates=dates, start=short_date(course.start))
        return translate(
            "ui.side_effects.page", "{period}: {dates}, from the week before LDN started on {start} until it stopped on {end}."
        ).format(period=period_label(choice), dates=dates, start=short_date(course.start), end=short_date(course.end))

    # --- events --------------------------------------------------------------------------------

    def on_period_clicked(self, choice: int) -> None:
        self.refresh()

    def on_data_changed(self, change: Change) -> None:
        if change.entries or change.treatment or change.side_effects:
            self.refresh()
