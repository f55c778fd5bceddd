"""The first-run page: what the diary does, the three steps to start, and why the baseline matters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from diary.domain.language import translate


def intro() -> str:
    """What the diary does, in the language spoken (a sentence at a time, each translated whole)."""
    return " ".join((
        translate("ui.welcome_page", "LDN Diary is a private diary for people taking low-dose naltrexone (LDN)."),
        translate("ui.welcome_page", "Each day you record how active your disease felt, any side effects and your dose."),
        translate("ui.welcome_page", "The diary shows whether LDN is working, in the terms of the clinical study, "
                                     "and makes a summary to take to your clinician."),
        translate("ui.welcome_page", "Everything stays on this computer."),
    ))


def baseline() -> str:
    """Why the week before the first dose matters."""
    return " ".join((
        translate("ui.welcome_page", "<b>Why the days before LDN matter.</b>"),
        translate("ui.welcome_page", "Whether LDN works is judged against your average activity in the week before your first dose: "
                                     "your baseline."),
        translate("ui.welcome_page", "Record at least 3 of those 7 days, before you start or afterwards "
                                     "(the entry page lets you pick any past day)."),
        translate("ui.welcome_page", "Without them there is nothing to compare with."),
    ))


class WelcomePage(QWidget):
    """Shown on a diary with no entry and no course; each step's button goes where that step is done."""

    @property
    def title(self) -> str:
        return translate("ui.welcome_page", "Welcome")

    def __init__(self, profile: Callable[[], None], plan: Callable[[], None], entry: Callable[[], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        heading = QLabel(translate("ui.welcome_page", "<h2>Welcome to LDN Diary</h2>"))
        about = QLabel(intro())
        about.setWordWrap(True)
        steps = QGridLayout()
        self.step_buttons: list[QPushButton] = []
        for row, (text, button_text, name, action) in enumerate((
            (translate("ui.welcome_page", "Tell the diary about you: your condition (and, if you like, your name for the summary)."),
             translate("ui.welcome_page", "About you…"), translate("ui.welcome_page", "Step 1: About you"), profile),
            (translate("ui.welcome_page", "Enter your LDN plan: the day of your first dose and how the dose goes up."),
             translate("ui.welcome_page", "Your LDN plan…"), translate("ui.welcome_page", "Step 2: Your LDN plan"), plan),
            (translate("ui.welcome_page", "Record today: how active your disease was, side effects and your dose."),
             translate("ui.page_list", "Today's entry"), translate("ui.welcome_page", "Step 3: Today's entry"), entry),
        )):
            number = QLabel(translate("ui.welcome_page", "<b>{number}.</b>", "the number of a step").format(number=row + 1))
            words = QLabel(text)
            words.setWordWrap(True)
            button = QPushButton(button_text)
            button.setAccessibleName(name)
            button.clicked.connect(action)
            steps.addWidget(number, row, 0)
            steps.addWidget(words, row, 1)
            steps.addWidget(button, row, 2)
            self.step_buttons.append(button)
        steps.setColumnStretch(1, 1)
        why = QLabel(baseline())
        why.setWordWrap(True)
        why.setObjectName("baselineNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addSpacing(8)
        layout.addLayout(steps)
        layout.addSpacing(8)
        layout.addWidget(why)
        layout.addStretch(1)
        self.setAccessibleName(translate("ui.welcome_page", "Getting started"))
