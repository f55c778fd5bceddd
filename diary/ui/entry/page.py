"""The day's entry page: activity, side effects, dose and note, saved with one keystroke."""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from diary.domain.entries import NOTE_MAX_CHARS, DailyEntry, dose_warning
from diary.services.changes import Change
from diary.ui.dates import pydate, qdate
from diary.ui.entry.parts import STYLE, ActivityBox, DateRow, DoseBox, NoteBox
from diary.ui.entry.side_effect_rows import SideEffectRows
from diary.ui.pages import Page
from diary.ui.widgets import scrolling

if TYPE_CHECKING:
    from diary.services.diary import DiaryService
    from diary.ui.writes import Writes

DEFAULT_DOSE_TIME = dt.time(22, 0)  # bedtime, as in the study


def _long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B}"


class EntryPage(Page):
    """Shows one day's entry; saves it through `writes`, which tells the other pages."""

    title = "Today's entry"

    def __init__(self, service: DiaryService, writes: Writes, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._writes = writes
        self._day = service.today()
        self._loaded: DailyEntry = DailyEntry(self._day)  # what the form showed when loaded or saved
        self._saved = False
        self._banner_day = self._day
        self.setStyleSheet(STYLE)
        self._build()
        self._connect()
        self.load_day(self._day)

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.date_row = DateRow()
        self.activity_box = ActivityBox()
        self.dose = DoseBox()
        self.note = NoteBox()
        self.side_effects_box = SideEffectRows(self.on_form_edited, self.on_edit_side_effects_clicked)
        # The widgets the page works with, by name
        self.previous_button, self.next_button = self.date_row.previous_button, self.date_row.next_button
        self.today_button, self.date_edit = self.date_row.today_button, self.date_row.date_edit
        self.activity_group, self.clear_activity_button = self.activity_box.group, self.activity_box.clear_button
        self.dose_spin, self.time_edit, self.time_label = self.dose.spin, self.dose.time_edit, self.dose.time_label
        self.taken_group, self.taken_radio, self.missed_radio = self.dose.taken_group, self.dose.taken_radio, self.dose.missed_radio
        self.dose_warning, self.plan_note = self.dose.warning, self.dose.plan_note
        self.note_edit, self.note_count = self.note.edit, self.note.count

        content = QWidget()
        outer = QVBoxLayout(content)
        outer.addWidget(self._build_banner())
        outer.addLayout(self.date_row)
        top = QHBoxLayout()
        top.addWidget(self.activity_box, 1)
        top.addWidget(self.dose)
        outer.addLayout(top)
        outer.addWidget(self.side_effects_box)
        outer.addWidget(self.note)
        outer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(content), 1)
        layout.addLayout(self._build_save_row())  # stays in view below the scrolling form

    def _build_banner(self) -> QFrame:
        self.banner = QFrame(objectName="banner")
        row = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_button = QPushButton()
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_button)
        return self.banner

    def _build_save_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = QLabel(objectName="status")
        self.status.setAccessibleName("Save status")
        self.save_button = QPushButton("Save day")
        self.save_button.setDefault(True)
        self.save_button.setToolTip("Save this day (Ctrl+S)")
        self.save_button.setAccessibleName("Save day")
        self.save_button.setMinimumSize(140, 36)
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        row.setContentsMargins(9, 0, 9, 6)
        return row

    @property
    def _severity_groups(self):
        return self.side_effects_box.groups

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
        severities = {**self._loaded.side_effects, **self.side_effects_box.severities()}
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
        self.activity_box.choose(entry.activity)
        self.dose_spin.setValue(entry.dose_mg or 0.0)
        self.dose.show_taken(entry.dose_taken)
        time = entry.dose_time or DEFAULT_DOSE_TIME
        self.time_edit.setTime(QTime(time.hour, time.minute))
        self.note_edit.setPlainText(entry.note)
        self.side_effects_box.fill(self._service.entries.side_effects(), entry)
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
        self.next_button.setEnabled(self._day < self._service.today())
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
            self._banner_day, button = yesterday, "Fill in yesterday"
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
        self.activity_box.choose(value)
        self._refresh_state()

    def on_clear_activity_clicked(self) -> None:
        self.activity_box.choose(None)
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

        SideEffectsDialog(self._service, self._writes, self).exec()

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
        """Save the day shown; it is then shown as saved, and the other pages are told."""
        entry = self.current_entry()

        def saved(_change: Change) -> None:
            self._loaded, self._saved = entry, True
            self._refresh_state()
            self._refresh_banner()

        change = self._writes.run(self, lambda: self._service.entries.save(entry), failed="This day was not saved", done=saved)
        return change is not None

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
