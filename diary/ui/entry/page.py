"""The day's entry page: activity, dose, condition-score questions, side effects and note, saved
with one keystroke."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from diary.domain.entries import DailyEntry
from diary.domain.language import translate
from diary.domain.treatment import BEDTIME
from diary.services.changes import Change
from diary.ui.calendar import DiaryCalendar
from diary.ui.dates import pydate, qdate
from diary.ui.entry.banner import DayBanner, long_date
from diary.ui.entry.condition_items import JUMP_KEYS, ConditionItems
from diary.ui.entry.parts import ActivityBox, DateRow, DoseBox, NoteBox, SaveRow
from diary.ui.entry.side_effect_rows import SideEffectRows
from diary.ui.pages import Page
from diary.ui.widgets import on_resize, scrolling

if TYPE_CHECKING:
    from diary.services.diary import DiaryService
    from diary.ui.writes import Writes

HINT_LOOKBACK_DAYS = 90  # how far back the complications hint looks for the last answer


class EntryPage(Page):
    """Shows one day's entry; saves it through `writes`, which tells the other pages."""

    @property
    def title(self) -> str:
        return translate("ui.page_list", "Today's entry")

    def __init__(self, service: DiaryService, writes: Writes, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._writes = writes
        self._day = service.today()
        self._loaded: DailyEntry = DailyEntry(self._day)  # what the form showed when loaded or saved
        self._saved = False
        self._scores = service.treatment.profile().active_scores  # whose questions the page asks
        self._build()
        self._connect()
        self.load_day(self._day)

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.date_row = DateRow()
        # Its calendar marks the recorded days (the days after today are out of the date's range).
        self.date_row.date_edit.setCalendarWidget(DiaryCalendar(self._service.entries.recorded_days, self._service.today))
        self.activity_box = ActivityBox(self.on_form_edited)
        self.dose = DoseBox()
        self.note = NoteBox()
        self.side_effects_box = SideEffectRows(self.on_form_edited, self.on_edit_side_effects_clicked)
        self.condition_items = ConditionItems(self.on_form_edited)
        # The widgets the page works with, by name
        self.previous_button, self.next_button = self.date_row.previous_button, self.date_row.next_button
        self.today_button, self.date_edit = self.date_row.today_button, self.date_row.date_edit
        self.activity_group, self.clear_activity_button = self.activity_box.group, self.activity_box.clear_button
        self.dose_spin, self.time_edit, self.time_label = self.dose.spin, self.dose.time_edit, self.dose.time_label
        self.taken_group, self.taken_radio, self.missed_radio = self.dose.taken_group, self.dose.taken_radio, self.dose.missed_radio
        self.dose_warning, self.plan_note = self.dose.warning, self.dose.plan_note
        self.note_edit, self.note_count = self.note.edit, self.note.count

        # The page's frame first, then the form into it: a widget moved to a new parent is restyled, subtree and all.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # What is missing (and the catch-up's place) stays in view above the scrolling form.
        self.banner = DayBanner()
        self.banner_text, self.banner_button = self.banner.text, self.banner.button
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(9, 6, 9, 0)
        layout.addLayout(banner_row)
        banner_row.addWidget(self.banner)
        content = QWidget()
        self._scroll = scrolling(content)
        on_resize(self._scroll.viewport(), self._fit_width)  # fits the form to the width it has
        layout.addWidget(self._scroll, 1)
        outer = QVBoxLayout(content)
        outer.addLayout(self.date_row)
        self._top = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # the dose goes below on a narrow screen
        outer.addLayout(self._top)
        self._top.addWidget(self.activity_box, 1)
        self._top.addWidget(self.dose)
        outer.addWidget(self.condition_items)
        outer.addWidget(self.side_effects_box)
        outer.addWidget(self.note)
        outer.addStretch(1)
        save_row = SaveRow()  # stays in view below the scrolling form
        self.status, self.save_button = save_row.status, save_row.button
        layout.addLayout(save_row)

    def _connect(self) -> None:
        # Navigation between days
        self.previous_button.clicked.connect(lambda: self.go_to(self._day - dt.timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.go_to(self._day + dt.timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.go_to(self._service.today()))
        self.date_edit.dateChanged.connect(self.on_date_edit_changed)
        self.banner_button.clicked.connect(self.on_banner_clicked)
        self.banner.cannot_remember_button.clicked.connect(self.on_cannot_remember_clicked)
        self.banner.stop_button.clicked.connect(self.on_stop_catch_up_clicked)
        for keys, button in (("Alt+Left", self.previous_button), ("Alt+Right", self.next_button), ("Alt+Home", self.today_button)):
            QShortcut(QKeySequence(keys), self, button.click)
        # Editing
        self.clear_activity_button.clicked.connect(self.on_clear_activity_clicked)
        self.dose_spin.valueChanged.connect(self.on_form_edited)
        self.taken_group.buttonClicked.connect(self.on_form_edited)
        self.time_edit.timeChanged.connect(self.on_form_edited)
        self.note_edit.textChanged.connect(self.on_form_edited)
        QShortcut(QKeySequence(JUMP_KEYS), self, self.focus_questions)
        # Saving
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    def _fit_width(self, width: int) -> None:
        """Side by side where the width allows, else one under the other: never a sideways scroll."""
        side_by_side = self.activity_box.minimumSizeHint().width() + self.dose.minimumSizeHint().width() + 30
        self._top.setDirection(QBoxLayout.Direction.LeftToRight if width >= side_by_side else QBoxLayout.Direction.TopToBottom)
        self.side_effects_box.set_columns(2 if width >= self.side_effects_box.width_for(2) else 1)
        self.condition_items.fit_width(width)

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
            items=self.condition_items.items(self._loaded.items),
            complications=self.condition_items.complications_value(self._loaded.complications),
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
        time = entry.dose_time or BEDTIME
        self.time_edit.setTime(QTime(time.hour, time.minute))
        self.note_edit.setPlainText(entry.note)
        self.side_effects_box.fill(self._service.entries.side_effects(), entry)
        self._show_questions(entry)
        for widget in widgets:
            widget.blockSignals(False)

    def _show_questions(self, entry: DailyEntry) -> None:
        """The questions of the scores switched on, answered as in `entry`, after the dose in Tab order."""
        self.condition_items.show_scores(self._scores, entry.complications)
        self.condition_items.fill(entry.items, entry.complications)
        self.condition_items.fit_width(self._scroll.viewport().width())
        if self.condition_items.complications is not None:
            self.condition_items.complications.set_hint(self._last_complications(entry.day))
        self._order_focus()

    def _order_focus(self) -> None:
        """Tab goes down the page as it reads: the days, the activity, the dose, the questions, the
        side effects (left to right, then down), the note, Save."""
        side_effects = self.side_effects_box
        chain = [
            self.banner.button, self.banner.cannot_remember_button, self.banner.stop_button,
            self.previous_button, self.date_edit, self.next_button, self.today_button,
            self.activity_box.row, self.dose_spin, self.taken_radio, self.missed_radio, self.time_edit,
            *self.condition_items.focus_chain(),
            *side_effects.rows, *([side_effects.edit_button] if side_effects.edit_button else []),
            self.note_edit, self.save_button,
        ]
        for first, then in pairwise(chain):
            QWidget.setTabOrder(first, then)

    def _last_complications(self, day: dt.date) -> frozenset[str] | None:
        """The complications of the last day before `day` that recorded them (None if none did lately)."""
        earlier = self._service.entries.between(day - dt.timedelta(days=HINT_LOOKBACK_DAYS), day - dt.timedelta(days=1))
        return next((e.complications for e in reversed(earlier) if e.complications is not None), None)

    def load_day(self, day: dt.date) -> None:
        """Show `day`: its saved entry, or a new one pre-filled with the planned dose."""
        self._day = day
        if self._day == self._service.today():
            self.activity_box.setTitle(translate("ui.entry.page", "How active was your disease today?"))
            self.side_effects_box.setTitle(translate("ui.entry.page", "Side effects today"))
        else:
            words = long_date(self._day)
            self.activity_box.setTitle(translate("ui.entry.page", "How active was your disease on {day}?").format(day=words))
            self.side_effects_box.setTitle(translate("ui.entry.page", "Side effects on {day}").format(day=words))
        entry, self._saved = self._service.entries.form(day)
        if self.banner.walking and not self._saved:
            entry = self._service.reminders.catch_up_form(day)  # the day before's dose and time
        self._loaded = entry
        self._show_entry(entry)
        self.condition_items.ask_about(self._when())
        # Compare later edits with what the form shows, so an untouched day never counts as changed.
        self._loaded = self.current_entry()
        self._refresh_state()
        self._refresh_banner()

    def _when(self) -> str | None:
        """The day shown in a question: None for today, else "Saturday 28 November"."""
        return None if self._day == self._service.today() else long_date(self._day)

    @property
    def day(self) -> dt.date:
        return self._day

    def is_dirty(self) -> bool:
        return self.current_entry() != self._loaded

    def _refresh_state(self) -> None:
        self.next_button.setEnabled(self._day < self._service.today())
        self.dose.refresh()
        self.note.refresh()
        if self.is_dirty():
            state, text = "dirty", translate("ui.entry.page", "Unsaved changes — press Save day (Ctrl+S)")
        elif self._saved:
            state, text = "saved", translate("ui.entry.page", "✓ Saved — {day}").format(day=long_date(self._day))
        else:
            state, text = "new", translate("ui.entry.page", "Not saved yet")
        self.status.setProperty("state", state)
        self.status.setText(text)
        self.save_button.setProperty("dirty", state == "dirty")  # the button to press stands out
        for widget in (self.status, self.save_button):
            widget.style().polish(widget)

    def _refresh_banner(self) -> None:
        note = self._service.treatment.next_plan_step()
        self.plan_note.setText(note or "")
        self.plan_note.setVisible(bool(note))
        if self.banner.walking:
            self.banner.show_walk(self._day)
            return
        today = self._service.today()
        missed = self._service.reminders.missed_days()
        # Today is offered from another day, once the diary has begun, while it has no entry.
        offer_today = (self._day != today and self._service.entries.get(today) is None
                       and bool(missed or self._service.entries.count()))
        self.banner.offer(missed, today, offer_today, self._day)

    # --- slots ---------------------------------------------------------------------------------

    def on_clear_activity_clicked(self) -> None:
        self.activity_box.row.choose(None)

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
        """Fill in what the banner offers: the missed days one after another, or today."""
        if self.banner.missed and self.can_leave():
            self.banner.start_walk(self.banner.missed)
            self.load_day(self.banner.walk[0])
        elif not self.banner.missed:
            self.go_to(self._service.today())

    def on_cannot_remember_clicked(self) -> None:
        day = self._day
        failed = translate("ui.entry.page", "This day was not marked")
        if self._writes.run(self, lambda: self._service.reminders.cannot_remember(day), failed=failed) is not None:
            self._walk_on(day)

    def on_stop_catch_up_clicked(self) -> None:
        self.status.setText(translate("ui.entry.page", "Stopped: {summary}", "the catch-up of missed days").format(
            summary=self.banner.end_walk()))
        self._refresh_banner()

    def _walk_on(self, day: dt.date) -> None:
        """Go on from the missed `day` to the next one, or, after the last, back to today."""
        following = self.banner.after(day)
        if following is not None:
            self.load_day(following)
            return
        done = self.banner.end_walk()
        self.load_day(self._service.today())
        self.status.setText(translate("ui.entry.page", "✓ Caught up: {summary}", "the missed days").format(summary=done))

    def on_edit_side_effects_clicked(self) -> None:
        from diary.ui.side_effects_dialog import SideEffectsDialog

        SideEffectsDialog(self._service, self._writes, self).exec()

    def focus_questions(self) -> None:
        chain = self.condition_items.focus_chain()
        if chain:
            self._scroll.ensureWidgetVisible(chain[0], 50, 120)
            chain[0].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_profile_changed(self) -> None:
        """Ask the questions of the scores now switched on; the answers still asked are kept."""
        scores = self._service.treatment.profile().active_scores
        if scores != self._scores:
            shown = self.current_entry()
            self._scores = scores
            self._show_questions(shown)
            self.condition_items.ask_about(self._when())
            self._refresh_state()

    def on_data_changed(self, change: Change) -> None:
        if change.profile:
            self._on_profile_changed()
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
        if self.banner.walking:
            self.banner.end_walk()  # the patient went elsewhere: the catch-up is over
        self.load_day(day)
        return True

    def save(self) -> bool:
        """Save the day shown; it is then shown as saved, and the other pages are told."""
        entry = self.current_entry()

        def saved(_change: Change) -> None:
            self._loaded, self._saved = entry, True
            if self.banner.walking:
                self.banner.filled += 1
                self._walk_on(entry.day)
                return
            self._refresh_state()
            self._refresh_banner()

        failed = translate("ui.entry.page", "This day was not saved")
        change = self._writes.run(self, lambda: self._service.entries.save(entry), failed=failed, done=saved)
        return change is not None

    def ask_about_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            translate("ui.entry.page", "Unsaved changes"),
            translate("ui.entry.page", "You changed {day} but did not save it. Save it now?").format(day=long_date(self._day)),
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
