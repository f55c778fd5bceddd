"""The banner above the day's form: it offers the days that have no entry, and walks the patient
through missed days one after another (oldest first), each saved on its own or marked "can't remember"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from diary.domain.reminders import CATCH_UP_MAX_DAYS
from diary.domain.wording import count


def long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B}"


class DayBanner(QFrame):
    """Offers what is missing; during a catch-up says which missed day this is and how to go on."""

    def __init__(self) -> None:
        super().__init__(objectName="banner")
        row = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.cannot_remember_button = QPushButton("Can't remember")
        self.cannot_remember_button.setToolTip("Leave this day empty; it is not offered again")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setToolTip("Stop here; the days left are offered again later")
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
                text = "Yesterday has no entry yet."
                button = "Fill in yesterday"
            else:
                n = len(missed)
                since = long_date(missed[0] - dt.timedelta(days=1))
                text = (f"The last {count(n, 'day')} have no entry yet." if n == CATCH_UP_MAX_DAYS
                        else f"The {count(n, 'day')} since {since} have no entry yet.")
                button = f"Fill in the {n} missed days"
            if offer_today:
                text += " Neither has today."
            self._show(text, button)
        elif offer_today:
            self._show("Today has no entry yet.", "Fill in today")
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
        self.text.setText(f"<b>Missed day {place} of {len(self.walk)}:</b> {long_date(day)}. "
                          "Save it to go on to the next.")
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
        done = f"{count(self.filled, 'missed day')} filled in" + (f", {left} left empty" if left else "")
        self.walk, self.filled = [], 0
        return done
