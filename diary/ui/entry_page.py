"""The day's entry page: activity, side effects, dose and note, saved with one keystroke."""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from diary.domain.entries import NOTE_MAX_CHARS, DailyEntry, Severity, activity_band, dose_warning
from diary.domain.errors import ValidationError
from diary.services.changes import Change
from diary.ui.dates import pydate, qdate

if TYPE_CHECKING:
    from diary.services.diary import DiaryService

ACTIVITY_BANDS = (("none", 0, 0), ("mild", 1, 3), ("moderate", 4, 6), ("severe", 7, 10))
DEFAULT_DOSE_TIME = dt.time(22, 0)  # bedtime, as in the study

STYLE = """
QPushButton[role="activity"] { min-width: 44px; min-height: 44px; font-size: 17px; }
QPushButton[role="severity"] { min-width: 60px; min-height: 26px; padding: 0 2px; }
QPushButton[role="activity"]:checked, QPushButton[role="severity"]:checked {
    background: #2f5d62; color: white; font-weight: bold; border: 2px solid #1d3b3f; border-radius: 4px; }
QPushButton[level="0"]:checked { background: #dde5e3; color: #1d3b3f; border: 1px solid #8fa9a4; }
QFrame#banner { background: #fff4d6; border: 1px solid #e0c36c; border-radius: 6px; }
QLabel#status[state="saved"] { color: #2d6a2d; }
QLabel#status[state="dirty"] { color: #8a5a00; font-weight: bold; }
QLabel#warning { color: #8a5a00; }
"""


def _long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B}"


class EntryPage(QWidget):
    """Shows one day's entry; `notify` is told what changed after each save."""

    title = "Today's entry"

    def __init__(self, service: DiaryService, notify: Callable[[Change], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._notify = notify
        self._day = service.today()
        self._loaded: DailyEntry = DailyEntry(self._day)  # what the form showed when loaded or saved
        self._saved = False
        self._severity_groups: dict[str, QButtonGroup] = {}
        self.setStyleSheet(STYLE)
        self._build()
        self._connect()
        self.load_day(self._day)

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget()
        outer = QVBoxLayout(content)

        self.banner = QFrame(objectName="banner")
        banner_row = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_button = QPushButton()
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.banner_button)
        outer.addWidget(self.banner)

        outer.addLayout(self._build_date_row())

        top = QHBoxLayout()
        top.addWidget(self._build_activity(), 1)
        top.addWidget(self._build_dose())
        outer.addLayout(top)
        self.side_effects_box = QGroupBox()
        self.side_effects_grid = QGridLayout(self.side_effects_box)
        self.side_effects_grid.setHorizontalSpacing(4)
        self.side_effects_grid.setColumnMinimumWidth(5, 24)  # gap between the two columns of rows
        outer.addWidget(self.side_effects_box)
        outer.addWidget(self._build_note())
        outer.addStretch(1)

        # The save row stays in view below the scrolling form.
        save_row = QHBoxLayout()
        self.status = QLabel(objectName="status")
        self.status.setAccessibleName("Save status")
        self.save_button = QPushButton("Save day")
        self.save_button.setDefault(True)
        self.save_button.setToolTip("Save this day (Ctrl+S)")
        self.save_button.setAccessibleName("Save day")
        self.save_button.setMinimumSize(140, 36)
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        save_row.setContentsMargins(9, 0, 9, 6)
        layout.addLayout(save_row)

    def _build_date_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous_button = QPushButton("◀ Previous day")
        self.previous_button.setToolTip("Previous day (Alt+Left)")
        self.previous_button.setAccessibleName("Previous day")
        self.date_edit = QDateEdit(calendarPopup=True)
        self.date_edit.setDisplayFormat("dddd d MMMM yyyy")
        self.date_edit.setAccessibleName("Date of the entry")
        self.date_edit.setMinimumWidth(220)
        self.next_button = QPushButton("Next day ▶")
        self.next_button.setToolTip("Next day (Alt+Right)")
        self.next_button.setAccessibleName("Next day")
        self.today_button = QPushButton("Today")
        self.today_button.setToolTip("Go to today (Alt+Home)")
        self.today_button.setAccessibleName("Go to today")
        for widget in (self.previous_button, self.date_edit, self.next_button, self.today_button):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _build_activity(self) -> QGroupBox:
        box = self.activity_box = QGroupBox()
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(4)
        self.activity_group = QButtonGroup(self)
        self.activity_group.setExclusive(False)  # exclusivity by hand, so a choice can be cleared
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setProperty("role", "activity")
            button.setAccessibleName(f"Activity {value}, {activity_band(value)}")
            button.setToolTip(f"{value}: {activity_band(value)}" + (" (no symptoms)" if value == 0 else "") + (" (worst imaginable)" if value == 10 else ""))
            if value < 10:
                button.setShortcut(QKeySequence(str(value)))
            self.activity_group.addButton(button, value)
            grid.addWidget(button, 0, value)
        for name, low, high in ACTIVITY_BANDS:
            label = QLabel(name if low == high else f"◂ {name} ▸")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 1, low, 1, high - low + 1)
        hint = QLabel("0 = no symptoms at all, 10 = worst imaginable. Keys 0–9 choose too.")
        hint.setWordWrap(True)
        grid.addWidget(hint, 2, 0, 1, 8)
        self.clear_activity_button = QPushButton("Not recorded")
        self.clear_activity_button.setToolTip("Leave today's activity empty")
        self.clear_activity_button.setAccessibleName("Clear activity")
        grid.addWidget(self.clear_activity_button, 2, 8, 1, 3)
        return box

    def _build_dose(self) -> QGroupBox:
        box = QGroupBox("LDN dose")
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.dose_spin = QDoubleSpinBox()
        self.dose_spin.setRange(0.0, 50.0)
        self.dose_spin.setDecimals(2)
        self.dose_spin.setSingleStep(0.5)
        self.dose_spin.setSuffix(" mg")
        self.dose_spin.setSpecialValueText("no dose recorded")
        self.dose_spin.setAccessibleName("Dose in milligrams")
        self.dose_spin.setMinimumWidth(150)
        self.taken_radio = QRadioButton("Taken")
        self.taken_radio.setAccessibleName("Dose taken")
        self.missed_radio = QRadioButton("Missed")
        self.missed_radio.setAccessibleName("Dose missed")
        self.taken_group = QButtonGroup(self)
        self.taken_group.addButton(self.taken_radio)
        self.taken_group.addButton(self.missed_radio)
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName("Time the dose was taken")
        self.time_label = QLabel("at")
        row.addWidget(self.dose_spin)
        row.addStretch(1)
        layout.addLayout(row)
        taken_row = QHBoxLayout()
        taken_row.addWidget(self.taken_radio)
        taken_row.addWidget(self.missed_radio)
        taken_row.addWidget(self.time_label)
        taken_row.addWidget(self.time_edit)
        taken_row.addStretch(1)
        layout.addLayout(taken_row)
        self.dose_warning = QLabel(objectName="warning")
        self.plan_note = QLabel()
        self.plan_note.setWordWrap(True)
        self.plan_note.setMaximumWidth(300)
        self.plan_note.setAccessibleName("Next step of your plan")
        layout.addWidget(self.plan_note)
        self.dose_warning.setWordWrap(True)
        self.dose_warning.setMaximumWidth(300)
        layout.addWidget(self.dose_warning)
        layout.addStretch(1)
        return box

    def _build_note(self) -> QGroupBox:
        box = QGroupBox("Note")
        layout = QVBoxLayout(box)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText("Anything worth remembering: a flare, a missed night's sleep, a new medicine…")
        self.note_edit.setAccessibleName("Note")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(90)
        self.note_count = QLabel()
        self.note_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.note_count)
        return box

    def _fill_side_effect_rows(self, entry: DailyEntry) -> None:
        """One row per side effect shown: the visible ones, plus hidden ones felt on this day."""
        while self.side_effects_grid.count():
            widget = self.side_effects_grid.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # off the page at once, not at the next event loop pass
                widget.deleteLater()
        for group in self._severity_groups.values():
            group.deleteLater()
        self._severity_groups = {}
        shown = [
            e
            for e in self._service.entries.side_effects()
            if not e.hidden or entry.side_effects.get(e.key, Severity.NONE) > Severity.NONE
        ]
        rows = (len(shown) + 1) // 2  # two columns, read top to bottom, so the first three lead
        for index, effect in enumerate(shown):
            row, column = index % rows, 6 * (index // rows)
            label = QLabel(effect.label)
            label.setWordWrap(True)
            label.setMinimumWidth(110)
            label.setMaximumWidth(135)
            self.side_effects_grid.addWidget(label, row, column)
            group = QButtonGroup(self)
            for severity in Severity:
                button = QPushButton(severity.label)
                button.setCheckable(True)
                button.setProperty("role", "severity")
                button.setProperty("level", int(severity))
                button.setAccessibleName(f"{effect.label}: {severity.label}")
                group.addButton(button, int(severity))
                self.side_effects_grid.addWidget(button, row, column + 1 + int(severity))
            label.setBuddy(group.button(0))
            group.idClicked.connect(self.on_form_edited)
            self._severity_groups[effect.key] = group
        self.edit_side_effects_button = QPushButton("Edit list…")
        self.edit_side_effects_button.setToolTip("Add your own side effects or hide ones you never get")
        self.edit_side_effects_button.setAccessibleName("Edit the side-effect list")
        self.edit_side_effects_button.clicked.connect(self.on_edit_side_effects_clicked)
        self.side_effects_grid.addWidget(self.edit_side_effects_button, rows, 6, 1, 5, Qt.AlignmentFlag.AlignRight)

    def _connect(self) -> None:
        # Navigation between days
        self.previous_button.clicked.connect(lambda: self.go_to(self._day - dt.timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.go_to(self._day + dt.timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.go_to(self._service.today()))
        self.date_edit.dateChanged.connect(self.on_date_edit_changed)
        self.banner_button.clicked.connect(self.on_banner_clicked)
        for keys, button in (("Alt+Left", self.previous_button), ("Alt+Right", self.next_button), ("Alt+Home", self.today_button)):
            QShortcut(QKeySequence(keys), self, button.click)
        # Editing
        self.activity_group.idClicked.connect(self.on_activity_clicked)
        self.clear_activity_button.clicked.connect(self.on_clear_activity_clicked)
        self.dose_spin.valueChanged.connect(self.on_form_edited)
        self.taken_group.buttonClicked.connect(self.on_form_edited)
        self.time_edit.timeChanged.connect(self.on_form_edited)
        self.note_edit.textChanged.connect(self.on_form_edited)
        # Saving
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    # --- the form <-> an entry -----------------------------------------------------------------

    def current_entry(self) -> DailyEntry:
        """The entry the form shows now."""
        activity = self.activity_group.checkedId()
        dose = round(self.dose_spin.value(), 2) or None
        taken = None if dose is None or self.taken_group.checkedButton() is None else self.taken_radio.isChecked()
        time = None
        if dose is not None and taken:
            qtime = self.time_edit.time()
            time = dt.time(qtime.hour(), qtime.minute())
        # Severities of side effects not shown (hidden, nothing felt) are kept as they were.
        severities = dict(self._loaded.side_effects)
        for key, group in self._severity_groups.items():
            severities[key] = Severity(max(group.checkedId(), 0))
        return DailyEntry(
            day=self._day,
            activity=activity if activity >= 0 else None,
            dose_mg=dose,
            dose_taken=taken,
            dose_time=time,
            note=self.note_edit.toPlainText().strip(),
            side_effects=severities,
        )

    def _show_entry(self, entry: DailyEntry) -> None:
        widgets = [self.date_edit, self.dose_spin, self.time_edit, self.note_edit]
        for widget in widgets:
            widget.blockSignals(True)
        self.date_edit.setMaximumDate(qdate(self._service.today()))
        self.date_edit.setDate(qdate(entry.day))
        for button in self.activity_group.buttons():
            button.setChecked(self.activity_group.id(button) == entry.activity)
        self.dose_spin.setValue(entry.dose_mg or 0.0)
        self.taken_group.setExclusive(False)
        self.taken_radio.setChecked(entry.dose_taken is True)
        self.missed_radio.setChecked(entry.dose_taken is False)
        self.taken_group.setExclusive(True)
        time = entry.dose_time or DEFAULT_DOSE_TIME
        self.time_edit.setTime(QTime(time.hour, time.minute))
        self.note_edit.setPlainText(entry.note)
        self._fill_side_effect_rows(entry)
        for key, group in self._severity_groups.items():
            group.button(int(entry.side_effects.get(key, Severity.NONE))).setChecked(True)
        for widget in widgets:
            widget.blockSignals(False)

    def load_day(self, day: dt.date) -> None:
        """Show `day`: its saved entry, or a new one pre-filled with the planned dose."""
        self._day = day
        when = "today" if day == self._service.today() else f"on {_long_date(day)}"
        self.activity_box.setTitle(f"How active was your disease {when}?")
        self.side_effects_box.setTitle(f"Side effects {when}")
        entry, self._saved = self._service.entries.form(day)
        self._loaded = entry
        self._show_entry(entry)
        # Compare later edits with what the form shows, so an untouched day never counts as changed.
        self._loaded = self.current_entry()
        self._refresh_state()
        self._refresh_banner()

    @property
    def day(self) -> dt.date:
        return self._day

    def is_dirty(self) -> bool:
        return self.current_entry() != self._loaded

    def _refresh_state(self) -> None:
        today = self._service.today()
        self.next_button.setEnabled(self._day < today)
        dose = self.dose_spin.value() > 0
        self.taken_radio.setEnabled(dose)
        self.missed_radio.setEnabled(dose)
        timed = dose and self.taken_radio.isChecked()
        self.time_edit.setEnabled(timed)
        self.time_label.setEnabled(timed)
        warning = dose_warning(self.dose_spin.value() or None)
        self.dose_warning.setText(warning or "")
        self.dose_warning.setVisible(bool(warning))
        length = len(self.note_edit.toPlainText())
        self.note_count.setText(f"{length} / {NOTE_MAX_CHARS}" + ("  — too long" if length > NOTE_MAX_CHARS else ""))
        if self.is_dirty():
            state, text = "dirty", "Unsaved changes — press Save day (Ctrl+S)"
        elif self._saved:
            state, text = "saved", f"✓ Saved — {_long_date(self._day)}"
        else:
            state, text = "new", "Not saved yet"
        self.status.setProperty("state", state)
        self.status.setText(text)
        self.status.style().polish(self.status)

    def _refresh_banner(self) -> None:
        note = self._service.treatment.next_plan_step()
        self.plan_note.setText(note or "")
        self.plan_note.setVisible(bool(note))
        missing = self._service.entries.unrecorded_recent_days()
        today = self._service.today()
        yesterday = today - dt.timedelta(days=1)
        if yesterday in missing and self._day != yesterday:
            text = "Yesterday has no entry yet." + (" Neither has today." if today in missing else "")
            self._banner_day = yesterday
            button = "Fill in yesterday"
        elif today in missing and self._day != today:
            text, self._banner_day, button = "Today has no entry yet.", today, "Fill in today"
        else:
            self.banner.hide()
            return
        self.banner_text.setText(text)
        self.banner_button.setText(button)
        self.banner_button.setAccessibleName(button)
        self.banner.show()

    # --- slots ---------------------------------------------------------------------------------

    def on_activity_clicked(self, value: int) -> None:
        for button in self.activity_group.buttons():
            if self.activity_group.id(button) != value:
                button.setChecked(False)
        self.activity_group.button(value).setChecked(True)
        self._refresh_state()

    def on_clear_activity_clicked(self) -> None:
        for button in self.activity_group.buttons():
            button.setChecked(False)
        self._refresh_state()

    def on_form_edited(self, *_args) -> None:
        if self.dose_spin.value() > 0 and self.taken_group.checkedButton() is None:
            self.taken_radio.setChecked(True)  # a dose typed in is most likely a dose taken
        self._refresh_state()

    def on_date_edit_changed(self, chosen: QDate) -> None:
        if not self.go_to(pydate(chosen)):
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(qdate(self._day))
            self.date_edit.blockSignals(False)

    def on_banner_clicked(self) -> None:
        self.go_to(self._banner_day)

    def on_edit_side_effects_clicked(self) -> None:
        from diary.ui.side_effects_dialog import SideEffectsDialog

        SideEffectsDialog(self._service, self._notify, self).exec()

    def on_data_changed(self, change: Change) -> None:
        if change.treatment and not self.is_dirty() and not self._saved:
            self.load_day(self._day)  # a new plan changes the pre-filled dose
        elif change.side_effects and not self.is_dirty():
            self.load_day(self._day)
        elif change.entries and self._day in change.days and not self.is_dirty():
            self.load_day(self._day)
        else:
            self._refresh_banner()

    # --- actions -------------------------------------------------------------------------------

    def go_to(self, day: dt.date) -> bool:
        """Show another day, after asking about unsaved changes; False if the user stayed."""
        if day == self._day:
            return True
        if day > self._service.today() or not self.can_leave():
            return False
        self.load_day(day)
        return True

    def save(self) -> bool:
        entry = self.current_entry()
        try:
            change = self._service.entries.save(entry)
        except ValidationError as exc:
            QMessageBox.warning(self, "Not saved", "This day was not saved:\n\n• " + "\n• ".join(exc.problems))
            return False
        self._loaded, self._saved = entry, True
        self._refresh_state()
        self._refresh_banner()
        self._notify(change)
        return True

    def ask_about_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            "Unsaved changes",
            f"You changed {_long_date(self._day)} but did not save it. Save it now?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def can_leave(self) -> bool:
        """True once unsaved changes are saved or knowingly discarded."""
        if not self.is_dirty():
            return True
        answer = self.ask_about_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.load_day(self._day)  # the edits are dropped, so nothing is left to ask about later
            return True
        return False
