"""The response panel: is LDN working, in the study's terms, for the current course."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from diary.domain.language import translate
from diary.domain.response import LONG_LASTING_DAYS, ONSET_WINDOW_DAYS, ResponseAssessment
from diary.domain.wording import date_text, weekday_text
from diary.services.changes import Change

if TYPE_CHECKING:
    from diary.services.diary import DiaryService


class ResponsePanel(QFrame):
    """Category in words, day of the course, progress to weeks 4 and 12, and why."""

    def __init__(self, service: DiaryService, open_settings: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent, objectName="responsePanel")
        self._service = service
        self.setAccessibleName(translate("ui.response_panel", "Is LDN working?"))
        layout = QVBoxLayout(self)
        heading = QLabel(translate("ui.response_panel", "Is LDN working?"), objectName="responseHeading")
        self.category = QLabel(objectName="responseCategory")
        self.day = QLabel()
        self.onset_label = QLabel()
        self.onset_bar = QProgressBar()
        self.onset_bar.setRange(0, ONSET_WINDOW_DAYS)
        self.onset_bar.setAccessibleName(translate("ui.response_panel", "Progress through the first 4 weeks"))
        self.lasting_label = QLabel()
        self.lasting_bar = QProgressBar()
        self.lasting_bar.setRange(0, LONG_LASTING_DAYS)
        self.lasting_bar.setAccessibleName(translate("ui.response_panel", "Weeks of improvement, out of 12"))
        self.explanation = QLabel()
        self.next_step = QLabel(objectName="responseNext")
        for label in (self.category, self.day, self.onset_label, self.lasting_label, self.explanation, self.next_step):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.settings_button = QPushButton(translate("ui.response_panel", "Thresholds…"))
        self.settings_button.setToolTip(translate("ui.response_panel", "What counts as an improvement"))
        self.settings_button.setAccessibleName(translate("ui.response_panel", "Response thresholds"))
        self.settings_button.clicked.connect(open_settings)
        for widget in (
            heading, self.category, self.day, self.onset_label, self.onset_bar,
            self.lasting_label, self.lasting_bar, self.explanation, self.next_step,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def refresh(self) -> None:
        assessment = self._service.reports.latest_assessment()
        if assessment is None:
            self._show_no_course()
        else:
            self._show(assessment)

    def _show_no_course(self) -> None:
        self.category.setText(translate("ui.response_panel", "No LDN course yet"))
        self.day.setText("")
        self.explanation.setText(translate("ui.response_panel",
            "Your course starts on the first day you record a dose as taken. Recording your activity "
            "for a few days before that gives the baseline to compare with."
        ))
        self.next_step.setText("")
        for widget in (self.onset_label, self.onset_bar, self.lasting_label, self.lasting_bar):
            widget.hide()

    def _show(self, a: ResponseAssessment) -> None:
        self.category.setText(a.category.words)
        start = date_text(a.course_start)
        if a.day and a.day > 0:
            if a.as_of is not None and a.as_of != self._service.today():
                text = translate(
                    "ui.response_panel", "Day {day} of your course (started {start}), judged on your diary up to {as_of}"
                ).format(day=a.day, start=start, as_of=weekday_text(a.as_of))
            else:
                text = translate("ui.response_panel", "Day {day} of your course (started {start})").format(day=a.day, start=start)
        else:
            text = translate("ui.response_panel", "Course starts {start}").format(start=start)
        self.day.setText(text)
        has_baseline = a.baseline is not None
        for widget in (self.onset_label, self.onset_bar, self.lasting_label, self.lasting_bar):
            widget.setVisible(has_baseline)
        if has_baseline:
            n = max(0, min(a.day or 0, ONSET_WINDOW_DAYS))
            if a.onset_day is not None:
                self.onset_label.setText(translate("ui.response_panel", "First 4 weeks: ✓ improved by day {day}").format(day=a.onset_day))
                self.onset_bar.setValue(ONSET_WINDOW_DAYS)
                self.onset_bar.setFormat(
                    translate("ui.response_panel", "improved", "on a progress bar: the first 4 weeks brought an improvement"))
            else:
                self.onset_label.setText(translate("ui.response_panel", "First 4 weeks: looking for an improvement"))
                self.onset_bar.setValue(n)
                self.onset_bar.setFormat(translate("ui.response_panel", "day {day} of {days}", "on a progress bar: day 9 of 28").format(
                    day=n, days=ONSET_WINDOW_DAYS))
            days = a.duration_days or 0
            self.lasting_bar.setValue(min(days, LONG_LASTING_DAYS))
            if days >= LONG_LASTING_DAYS:
                self.lasting_bar.setFormat(translate("ui.response_panel", "%n day(s): 12 weeks reached", None, days))
            else:
                self.lasting_bar.setFormat(
                    translate("ui.response_panel", "{days} of %n day(s)", "on a progress bar: 34 of 84 days", LONG_LASTING_DAYS).format(
                        days=days))
            self.lasting_label.setText(
                translate("ui.response_panel", "Improvement lasting 4 weeks (response) and 12 weeks (long-lasting):"))
        self.explanation.setText(a.explanation)
        self.next_step.setText(a.next_step)
        self.next_step.setVisible(bool(a.next_step))

    def on_data_changed(self, change: Change) -> None:
        if change.entries or change.treatment or change.settings:
            self.refresh()
