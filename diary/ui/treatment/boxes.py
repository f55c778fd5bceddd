"""The Treatment page's other boxes: the course, a list with Add and Remove, and "about you"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout

from diary.domain.language import translate
from diary.domain.treatment import Profile
from diary.ui.dates import qdate
from diary.ui.treatment.score_choice import ScoreChoice
from diary.ui.treatment.words import conditions, kept, shown
from diary.ui.widgets import OptionalDate, read_only_table


class CourseBox(QGroupBox):
    """Where the LDN course stands, Start and Stop, and every course so far."""

    def __init__(self):
        super().__init__(translate("ui.treatment.boxes", "Your LDN course"))
        layout = QVBoxLayout(self)
        self.course_status = QLabel()
        self.course_status.setWordWrap(True)
        self.course_status.setProperty("role", "strong")
        self.plan_status = QLabel()
        self.plan_status.setWordWrap(True)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(translate("ui.treatment.boxes", "Start LDN…"))
        self.start_button.setAccessibleName(translate("ui.treatment.boxes", "Start LDN"))
        self.stop_button = QPushButton(translate("ui.treatment.boxes", "Stop LDN…"))
        self.stop_button.setAccessibleName(translate("ui.treatment.boxes", "Stop LDN"))
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        self.courses_table = read_only_table(
            [translate("ui.treatment.boxes", "Started"), translate("ui.treatment.boxes", "Stopped"),
             translate("ui.treatment.boxes", "Days"), translate("ui.treatment.boxes", "Reason for stopping")],
            translate("ui.treatment.boxes", "Your LDN courses"))
        layout.addWidget(self.course_status)
        layout.addWidget(self.plan_status)
        layout.addLayout(buttons)
        layout.addWidget(self.courses_table)


class ListBox(QGroupBox):
    """A table of things recorded (medications, clinic results) with Add… and Remove."""

    def __init__(self, title: str, headers: list[str], add_name: str, remove_name: str):
        super().__init__(title)
        layout = QVBoxLayout(self)
        self.table = read_only_table(headers, title)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("ui.treatment.boxes", "Add…"))
        self.add_button.setAccessibleName(add_name)
        self.remove_button = QPushButton(translate("ui.treatment.boxes", "Remove"))
        self.remove_button.setAccessibleName(remove_name)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(buttons)


class ProfileBox(QGroupBox):
    """About you: condition, the scores to track, year of diagnosis, name and date of birth, all optional."""

    def __init__(self, this_year: int):
        super().__init__(translate("ui.treatment.boxes", "About you (all optional)"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long row puts its field under its label
        self.condition = QComboBox(editable=True)
        self.condition.addItems(list(conditions().values()))
        self.condition.setAccessibleName(translate("ui.treatment.boxes", "Condition"))
        condition_field = self.condition.lineEdit()
        assert condition_field is not None  # an editable combo box has its field
        condition_field.setAccessibleName(translate("ui.treatment.boxes", "Condition"))  # the field a screen reader lands in
        self.score_choice = ScoreChoice()
        self.condition.currentTextChanged.connect(lambda text: self.score_choice.follow_condition(kept(conditions(), text.strip())))
        self.diagnosis_year = QSpinBox()
        self.diagnosis_year.setRange(1899, this_year)
        self.diagnosis_year.setSpecialValueText(translate("ui.treatment.boxes", "not given"))
        self.diagnosis_year.setAccessibleName(translate("ui.treatment.boxes", "Year of diagnosis"))
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("ui.treatment.boxes", "Your name"))
        self.date_of_birth = OptionalDate(translate("ui.treatment.boxes", "Known"), None, dt.date(1980, 1, 1),
                                          translate("ui.treatment.boxes", "Date of birth"))
        self.save_button = QPushButton(translate("ui.treatment.boxes", "Save"))
        self.save_button.setMaximumWidth(max(120, self.save_button.sizeHint().width()))  # a longer word keeps its room
        self.save_button.setAccessibleName(translate("ui.treatment.boxes", "Save the profile"))
        privacy = QLabel(translate(
            "ui.treatment.boxes", "Your name and date of birth are printed on the summary only if you ask for them."))
        privacy.setWordWrap(True)
        form.addRow(translate("ui.treatment.boxes", "Condition"), self.condition)
        form.addRow(translate("ui.treatment.boxes", "Scores to track"), self.score_choice)
        form.addRow(translate("ui.treatment.boxes", "Year of diagnosis"), self.diagnosis_year)
        form.addRow(translate("ui.treatment.boxes", "Name"), self.name)
        form.addRow(translate("ui.treatment.boxes", "Date of birth"), self.date_of_birth)
        for field in (self.condition, self.diagnosis_year, self.name, self.date_of_birth):
            field.setMaximumWidth(420)
        form.addRow(privacy)
        form.addRow("", self.save_button)

    def show_profile(self, profile: Profile) -> None:
        self.condition.setCurrentText(shown(conditions(), profile.condition))
        self.score_choice.show_choice(profile.scores, profile.condition, profile.usual_stools)
        self.diagnosis_year.setValue(profile.diagnosis_year or self.diagnosis_year.minimum())
        self.name.setText(profile.name)
        self.date_of_birth.known.setChecked(profile.date_of_birth is not None)
        if profile.date_of_birth:
            self.date_of_birth.edit.setDate(qdate(profile.date_of_birth))

    def profile(self) -> Profile:
        """The profile as the form shows it now."""
        year = self.diagnosis_year.value()
        return Profile(
            condition=kept(conditions(), self.condition.currentText().strip()),
            diagnosis_year=None if year == self.diagnosis_year.minimum() else year,
            name=self.name.text().strip(),
            date_of_birth=self.date_of_birth.value(),
            usual_stools=self.score_choice.usual_stools.value(),
            scores=self.score_choice.scores(),
        )
