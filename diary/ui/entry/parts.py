"""The boxes of the entry form: the date row, the activity buttons, the dose and the note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from diary.domain.entries import ACTIVITY_BANDS, NOTE_MAX_CHARS, activity_band, dose_warning
from diary.domain.language import translate
from diary.ui.entry.choice_frame import ChoiceFrame
from diary.ui.widgets import DateEdit, TimeEdit


def _button(text: str, tip: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAccessibleName(name)
    return button


class DateRow(QHBoxLayout):
    """◀ Previous day, the date, Next day ▶ and Today."""

    def __init__(self):
        super().__init__()
        self.previous_button = _button(translate("ui.entry.parts", "◀ Previous day"),
                                       translate("ui.entry.parts", "Previous day (Alt+Left)"),
                                       translate("ui.entry.parts", "Previous day"))
        self.date_edit = DateEdit(calendarPopup=True)
        self.date_edit.setDisplayFormat(translate(
            "ui.entry.parts", "dddd d MMMM yyyy", "the date of the entry with its weekday, as a Qt date pattern"))
        self.date_edit.setAccessibleName(translate("ui.entry.parts", "Date of the entry"))
        self.date_edit.setMinimumWidth(220)
        self.next_button = _button(translate("ui.entry.parts", "Next day ▶"),
                                   translate("ui.entry.parts", "Next day (Alt+Right)"),
                                   translate("ui.entry.parts", "Next day"))
        self.today_button = _button(translate("ui.entry.parts", "Today", "go to today's entry"),
                                    translate("ui.entry.parts", "Go to today (Alt+Home)"),
                                    translate("ui.entry.parts", "Go to today"))
        for widget in (self.previous_button, self.date_edit, self.next_button, self.today_button):
            self.addWidget(widget)
        self.addStretch(1)


class ActivityRow(ChoiceFrame):
    """The buttons 0 to 10 over their bands, one Tab stop: keys 0–9, "1" then "0" (or End) for 10,
    ←/→, Backspace for "not recorded"; the digits choose from anywhere on the page too."""

    click_clears = False  # clearing is "Not recorded"

    def __init__(self, edited: Callable[..., None]):
        super().__init__(translate("ui.entry.parts", "How active was your disease", "a screen reader, before the answer"),
                         0, 10, edited)
        grid = QGridLayout(self)
        grid.setContentsMargins(3, 3, 3, 3)
        grid.setHorizontalSpacing(4)
        for value in range(11):
            band = activity_band(value)
            button = self.add(QPushButton(str(value)), value, f"{value}, {band}")
            button.setProperty("role", "activity")
            button.setProperty("band", next(n for n, (low, high) in enumerate(ACTIVITY_BANDS) if low <= value <= high))
            button.setAccessibleName(translate("ui.entry.parts", "Activity {value}, {band}").format(value=value, band=band))
            if value == 0:
                tip = translate("ui.entry.parts", "{value}: {band} (no symptoms)")
            elif value == 10:
                tip = translate("ui.entry.parts", "{value}: {band} (worst imaginable)")
            else:
                tip = translate("ui.entry.parts", "{value}: {band}", "an activity value and its band: 2: mild")
            button.setToolTip(tip.format(value=value, band=band))
            if value < 10:
                button.setShortcut(QKeySequence(str(value)))
            grid.addWidget(button, 0, value)
        for low, high in ACTIVITY_BANDS:
            label = QLabel(activity_band(low) if low == high else f"◂ {activity_band(low)} ▸")
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
        hint = QLabel(translate("ui.entry.parts",
                                "0 = no symptoms at all, 10 = worst imaginable. Keys 0–9 choose; 1 then 0, or End, is 10."))
        hint.setWordWrap(True)
        layout.addWidget(hint, 1, 0)
        self.clear_button = _button(translate("ui.entry.parts", "Not recorded"),
                                    translate("ui.entry.parts", "Leave the activity empty (Backspace)"),
                                    translate("ui.entry.parts", "Clear activity"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Backspace does it from the keyboard
        layout.addWidget(self.clear_button, 1, 1)
        layout.setColumnStretch(0, 1)

    def choose(self, value: int | None) -> None:
        """Show `value` chosen (none for None)."""
        self.row.set_value(value)


class DoseBox(QGroupBox):
    """The dose, taken or missed and at what time, the plan's next step and a high-dose warning."""

    def __init__(self):
        super().__init__(translate("ui.entry.parts", "LDN dose"))
        layout = QVBoxLayout(self)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0.0, 50.0)
        self.spin.setDecimals(2)
        self.spin.setSingleStep(0.5)
        self.spin.setSuffix(translate("ui.entry.parts", " mg", "the unit after the dose, with its space"))
        self.spin.setSpecialValueText(translate("ui.entry.parts", "no dose recorded"))
        self.spin.setAccessibleName(translate("ui.entry.parts", "Dose in milligrams"))
        self.spin.setMinimumWidth(150)
        row = QHBoxLayout()
        row.addWidget(self.spin)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addLayout(self._taken_row())
        self.plan_note = QLabel()
        self.plan_note.setAccessibleName(translate("ui.entry.parts", "Next step of your plan"))
        self.warning = QLabel(objectName="warning")
        for label in (self.plan_note, self.warning):
            label.setWordWrap(True)
            label.setMaximumWidth(300)
            layout.addWidget(label)
        layout.addStretch(1)

    def _taken_row(self) -> QHBoxLayout:
        self.taken_radio = QRadioButton(translate("ui.entry.parts", "Taken", "the dose"))
        self.taken_radio.setAccessibleName(translate("ui.entry.parts", "Dose taken"))
        self.missed_radio = QRadioButton(translate("ui.entry.parts", "Missed", "the dose"))
        self.missed_radio.setAccessibleName(translate("ui.entry.parts", "Dose missed"))
        self.taken_group = QButtonGroup(self)
        self.taken_group.addButton(self.taken_radio)
        self.taken_group.addButton(self.missed_radio)
        self.time_edit = TimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(translate("ui.entry.parts", "Time the dose was taken"))
        self.time_label = QLabel(translate("ui.entry.parts", "at", "taken at 22:00"))
        row = QHBoxLayout()
        for widget in (self.taken_radio, self.missed_radio, self.time_label, self.time_edit):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def refresh(self) -> None:
        """Taken or missed only with a dose, its time only when taken; the warning for a high dose."""
        dose = self.spin.value() > 0
        self.taken_radio.setEnabled(dose)
        self.missed_radio.setEnabled(dose)
        timed = dose and self.taken_radio.isChecked()
        self.time_edit.setEnabled(timed)
        self.time_label.setEnabled(timed)
        warning = dose_warning(self.spin.value() or None)
        self.warning.setText(warning or "")
        self.warning.setVisible(bool(warning))

    def show_taken(self, taken: bool | None) -> None:
        """Taken (True), missed (False) or neither (None)."""
        self.taken_group.setExclusive(False)
        self.taken_radio.setChecked(taken is True)
        self.missed_radio.setChecked(taken is False)
        self.taken_group.setExclusive(True)


class NoteBox(QGroupBox):
    """The day's note and its length."""

    def __init__(self):
        super().__init__(translate("ui.entry.parts", "Note"))
        layout = QVBoxLayout(self)
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(translate(
            "ui.entry.parts", "Anything worth remembering: a flare, a missed night's sleep, a new medicine…"))
        self.edit.setAccessibleName(translate("ui.entry.parts", "Note"))
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(90)
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.edit)
        layout.addWidget(self.count)

    def refresh(self) -> None:
        """The note's length against its limit."""
        length = len(self.edit.toPlainText())
        if length > NOTE_MAX_CHARS:
            text = translate("ui.entry.parts", "{length} / {limit}  — too long", "characters in the note")
        else:
            text = translate("ui.entry.parts", "{length} / {limit}", "characters in the note")
        self.count.setText(text.format(length=length, limit=NOTE_MAX_CHARS))


class SaveRow(QHBoxLayout):
    """The day's save state and the Save day button, below the scrolling form."""

    def __init__(self):
        super().__init__()
        self.status = QLabel(objectName="status")
        self.status.setAccessibleName(translate("ui.entry.parts", "Save status"))
        self.button = QPushButton(translate("ui.entry.parts", "Save day"), objectName="saveDay")
        self.button.setDefault(True)
        self.button.setToolTip(translate("ui.entry.parts", "Save this day (Ctrl+S)"))
        self.button.setAccessibleName(translate("ui.entry.parts", "Save day"))
        self.button.setMinimumSize(140, 36)
        self.addWidget(self.status, 1)
        self.addWidget(self.button)
        self.setContentsMargins(9, 0, 9, 6)
