"""The banner above the day's form: it offers the days that have no entry, and walks the patient
through missed days one after another (oldest first), each saved on its own or marked "can't remember"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from diary.domain.language import translate
from diary.domain.reminders import CATCH_UP_MAX_DAYS
from diary.domain.wording import weekday_text


def long_date(day: dt.date) -> str:
    """ "Saturday 28 November", in the language spoken."""
    return weekday_text(day)


class DayBanner(QFrame):
    """Offers what is missing; during a catch-up says which missed day this is and how to go on."""

    def __init__(self) -> None:
        super().__init__(objectName="banner")
        row = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.cannot_remember_button = QPushButton(translate("ui.entry.banner", "Can't remember"))
        self.cannot_remember_button.setToolTip(translate("ui.entry.banner", "Leave this day empty; it is not offered again"))
        self.stop_button = QPushButton(translate("ui.entry.banner", "Stop", "stop the catch-up of missed days"))
        self.stop_button.setToolTip(translate("ui.entry.banner", "Stop here; the days left are offered again later"))
        row.addWidget(self.text, 1)
        for button in (self.button, self.cannot_remember_button, self.stop_button):
            row.addWidget(button)
        self.missed: list[dt.date] = []  # the missed days offered, outside a catch-up
        self.walk: list[dt.date] = []  # the missed days of the catch-up, oldest first (empty: none running)
        self.filled = 0  # of them, how many were saved so far
        self.hide()

    # --- outside a catch-up: what is missing ----------------------------------------------------

    def offer(self, missed: list[dt.date], today: dt.date, offer_today: bool, showing: dt.date) -> None:
        """Offer the missed days (a catch-up), else today (`offer_today`: empty, and another day shown)."""
        yesterday = today - dt.timedelta(days=1)
        if missed and not (missed == [yesterday] and showing == yesterday):
            if missed == [yesterday]:
                text = translate("ui.entry.banner", "Yesterday has no entry yet.")
                button = translate("ui.entry.banner", "Fill in yesterday")
            else:
                # Two days or more: the missed days run up to yesterday, so one alone is yesterday.
                n = len(missed)
                since = long_date(missed[0] - dt.timedelta(days=1))
                if n == CATCH_UP_MAX_DAYS:
                    text = translate("ui.entry.banner", "The last {count} days have no entry yet.").format(count=n)
                else:
                    text = translate("ui.entry.banner", "The {count} days since {day} have no entry yet.").format(
                        count=n, day=since)
                button = translate("ui.entry.banner", "Fill in the {count} missed days").format(count=n)
            if offer_today:
                text += " " + translate("ui.entry.banner", "Neither has today.", "after: the missed days have no entry yet")
            self._show(text, button)
        elif offer_today:
            self._show(translate("ui.entry.banner", "Today has no entry yet."), translate("ui.entry.banner", "Fill in today"))
        else:
            self.hide()
        self.missed = missed

    def _show(self, text: str, button: str) -> None:
        self.text.setText(text)
        self.button.setText(button)
        self.button.setAccessibleName(button)
        self.button.show()
        self.cannot_remember_button.hide()
        self.stop_button.hide()
        self.show()

    # --- a catch-up ----------------------------------------------------------------------------

    @property
    def walking(self) -> bool:
        return bool(self.walk)

    def start_walk(self, days: list[dt.date]) -> None:
        self.walk, self.filled = list(days), 0

    def show_walk(self, day: dt.date) -> None:
        place = self.walk.index(day) + 1
        self.text.setText(translate(
            "ui.entry.banner", "<b>Missed day {place} of {total}:</b> {day}. Save it to go on to the next."
        ).format(place=place, total=len(self.walk), day=long_date(day)))
        self.button.hide()
        self.cannot_remember_button.show()
        self.stop_button.show()
        self.show()

    def after(self, day: dt.date) -> dt.date | None:
        """The missed day after `day` in the catch-up, or None when `day` was the last."""
        place = self.walk.index(day) + 1
        return self.walk[place] if place < len(self.walk) else None

    def end_walk(self) -> str:
        """End the catch-up; what it did, in words."""
        left = len(self.walk) - self.filled
        if left:
            done = translate("ui.entry.banner", "%n missed day(s) filled in, {left} left empty", None, self.filled).format(
                left=left)
        else:
            done = translate("ui.entry.banner", "%n missed day(s) filled in", None, self.filled)
        self.walk, self.filled = [], 0
        return done
