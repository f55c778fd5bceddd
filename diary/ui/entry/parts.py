"""The boxes of the entry form: the date row, the activity buttons, the dose and the note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from diary.domain.entries import activity_band
from diary.ui.entry.choice_frame import ChoiceFrame

ACTIVITY_BANDS = (("none", 0, 0), ("mild", 1, 3), ("moderate", 4, 6), ("severe", 7, 10))


def _button(text: str, tip: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAccessibleName(name)
    return button


class _OneTabStop:
    """A date or time field that Tab leaves at once (Qt's own moves from hours to minutes first;
    ←/→ still move between the parts)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)  # type: ignore[arg-type]


class DateEdit(_OneTabStop, QDateEdit):
    pass


class TimeEdit(_OneTabStop, QTimeEdit):
    pass


class DateRow(QHBoxLayout):
    """◀ Previous day, the date, Next day ▶ and Today."""

    def __init__(self):
        super().__init__()
        self.previous_button = _button("◀ Previous day", "Previous day (Alt+Left)", "Previous day")
        self.date_edit = DateEdit(calendarPopup=True)
        self.date_edit.setDisplayFormat("dddd d MMMM yyyy")
        self.date_edit.setAccessibleName("Date of the entry")
        self.date_edit.setMinimumWidth(220)
        self.next_button = _button("Next day ▶", "Next day (Alt+Right)", "Next day")
        self.today_button = _button("Today", "Go to today (Alt+Home)", "Go to today")
        for widget in (self.previous_button, self.date_edit, self.next_button, self.today_button):
            self.addWidget(widget)
        self.addStretch(1)


class ActivityRow(ChoiceFrame):
    """The buttons 0 to 10 over their bands, one Tab stop: keys 0–9, "1" then "0" (or End) for 10,
    ←/→, Backspace for "not recorded"; the digits choose from anywhere on the page too."""

    click_clears = False  # clearing is "Not recorded"

    def __init__(self, edited: Callable[..., None]):
        super().__init__("How active was your disease", 0, 10, edited)
        grid = QGridLayout(self)
        grid.setContentsMargins(3, 3, 3, 3)
        grid.setHorizontalSpacing(4)
        for value in range(11):
            button = self.add(QPushButton(str(value)), value, f"{value}, {activity_band(value)}")
            button.setProperty("role", "activity")
            button.setProperty("band", next(n for n, (_, low, high) in enumerate(ACTIVITY_BANDS) if low <= value <= high))
            button.setAccessibleName(f"Activity {value}, {activity_band(value)}")
            ends = {0: " (no symptoms)", 10: " (worst imaginable)"}
            button.setToolTip(f"{value}: {activity_band(value)}{ends.get(value, '')}")
            if value < 10:
                button.setShortcut(QKeySequence(str(value)))
            grid.addWidget(button, 0, value)
        for name, low, high in ACTIVITY_BANDS:
            label = QLabel(name if low == high else f"◂ {name} ▸")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 1, low, 1, high - low + 1)


class ActivityBox(QGroupBox):
    """The activity row, a hint and "Not recorded"."""

    def __init__(self, edited: Callable[..., None]):
        super().__init__()
        layout = QGridLayout(self)
        self.row = ActivityRow(edited)
        self.group = self.row.group
        layout.addWidget(self.row, 0, 0, 1, 2)
        hint = QLabel("0 = no symptoms at all, 10 = worst imaginable. Keys 0–9 choose; 1 then 0, or End, is 10.")
        hint.setWordWrap(True)
        layout.addWidget(hint, 1, 0)
        self.clear_button = _button("Not recorded", "Leave the activity empty (Backspace)", "Clear activity")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Backspace does it from the keyboard
        layout.addWidget(self.clear_button, 1, 1)
        layout.setColumnStretch(0, 1)

    def choose(self, value: int | None) -> None:
        """Show `value` chosen (none for None)."""
        self.row.set_value(value)


class DoseBox(QGroupBox):
    """The dose, taken or missed and at what time, the plan's next step and a high-dose warning."""

    def __init__(self):
        super().__init__("LDN dose")
        layout = QVBoxLayout(self)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0.0, 50.0)
        self.spin.setDecimals(2)
        self.spin.setSingleStep(0.5)
        self.spin.setSuffix(" mg")
        self.spin.setSpecialValueText("no dose recorded")
        self.spin.setAccessibleName("Dose in milligrams")
        self.spin.setMinimumWidth(150)
        row = QHBoxLayout()
        row.addWidget(self.spin)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addLayout(self._taken_row())
        self.plan_note = QLabel()
        self.plan_note.setAccessibleName("Next step of your plan")
        self.warning = QLabel(objectName="warning")
        for label in (self.plan_note, self.warning):
            label.setWordWrap(True)
            label.setMaximumWidth(300)
            layout.addWidget(label)
        layout.addStretch(1)

    def _taken_row(self) -> QHBoxLayout:
        self.taken_radio = QRadioButton("Taken")
        self.taken_radio.setAccessibleName("Dose taken")
        self.missed_radio = QRadioButton("Missed")
        self.missed_radio.setAccessibleName("Dose missed")
        self.taken_group = QButtonGroup(self)
        self.taken_group.addButton(self.taken_radio)
        self.taken_group.addButton(self.missed_radio)
        self.time_edit = TimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName("Time the dose was taken")
        self.time_label = QLabel("at")
        row = QHBoxLayout()
        for widget in (self.taken_radio, self.missed_radio, self.time_label, self.time_edit):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def show_taken(self, taken: bool | None) -> None:
        """Taken (True), missed (False) or neither (None)."""
        self.taken_group.setExclusive(False)
        self.taken_radio.setChecked(taken is True)
        self.missed_radio.setChecked(taken is False)
        self.taken_group.setExclusive(True)


class NoteBox(QGroupBox):
    """The day's note and its length."""

    def __init__(self):
        super().__init__("Note")
        layout = QVBoxLayout(self)
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText("Anything worth remembering: a flare, a missed night's sleep, a new medicine…")
        self.edit.setAccessibleName("Note")
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(90)
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.edit)
        layout.addWidget(self.count)
