"""The first-run page: what the diary does, the three steps to start, and why the baseline matters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

INTRO = (
    "LDN Diary is a private diary for people taking low-dose naltrexone (LDN). Each day you record how "
    "active your disease felt, any side effects and your dose. The diary shows whether LDN is working, in "
    "the terms of the clinical study, and makes a summary to take to your clinician. Everything stays on "
    "this computer."
)
BASELINE = (
    "<b>Why the days before LDN matter.</b> Whether LDN works is judged against your average activity in "
    "the week before your first dose: your baseline. Record at least 3 of those 7 days, before you start "
    "or afterwards (the entry page lets you pick any past day). Without them there is nothing to compare with."
)


class WelcomePage(QWidget):
    """Shown on a diary with no entry and no course; each step's button goes where that step is done."""

    title = "Welcome"

    def __init__(self, profile: Callable[[], None], plan: Callable[[], None], entry: Callable[[], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        heading = QLabel("<h2>Welcome to LDN Diary</h2>")
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        steps = QGridLayout()
        self.step_buttons: list[QPushButton] = []
        for row, (text, button_text, action) in enumerate((
            ("Tell the diary about you: your condition (and, if you like, your name for the summary).",
             "About you…", profile),
            ("Enter your LDN plan: the day of your first dose and how the dose goes up.", "Your LDN plan…", plan),
            ("Record today: how active your disease was, side effects and your dose.", "Today's entry", entry),
        )):
            number = QLabel(f"<b>{row + 1}.</b>")
            words = QLabel(text)
            words.setWordWrap(True)
            button = QPushButton(button_text)
            button.setAccessibleName(f"Step {row + 1}: {button_text.rstrip('…')}")
            button.clicked.connect(action)
            steps.addWidget(number, row, 0)
            steps.addWidget(words, row, 1)
            steps.addWidget(button, row, 2)
            self.step_buttons.append(button)
        steps.setColumnStretch(1, 1)
        baseline = QLabel(BASELINE)
        baseline.setWordWrap(True)
        baseline.setObjectName("baselineNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(steps)
        layout.addSpacing(8)
        layout.addWidget(baseline)
        layout.addStretch(1)
        self.setAccessibleName("Getting started")
