"""A row of choice buttons that takes the keyboard focus as a whole: one Tab stop per question."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QPushButton

from diary.domain.language import translate

TYPE_AHEAD_MS = 1000  # digits typed within this time make one number: "1" then "0" is 10


def is_plain(event: QKeyEvent) -> bool:
    """A key pressed without Ctrl or Alt (a shortcut such as Ctrl+S or Alt+Left is left to the page)."""
    mods = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
    return mods == Qt.KeyboardModifier.NoModifier


class ChoiceFrame(QFrame):
    """Buttons for the values `low`..`high` of one question, focused as a whole: the number keys
    choose (two digits typed quickly make one number), ←/→ move, Home/End go to the ends, Backspace
    clears where the question may stay unanswered (`clearable`), Enter goes on to the next question.
    Its accessible name is the question with its answer: "Headache: mild, 2 of 4"."""

    click_clears = True  # a second click on the answer chosen clears it (where `clearable`)

    def __init__(self, question: str, low: int, high: int, edited: Callable[..., None], clearable: bool = True):
        super().__init__()
        self.question, self.low, self.high = question, low, high
        self._edited = edited
        self._clearable = clearable
        self._typed = ""
        self._words: dict[int, str] = {}  # each value's answer in words, for a screen reader
        self._since_typed = QElapsedTimer()
        self.setProperty("role", "choice")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusive by hand, so that a choice can be cleared
        self.group.idClicked.connect(self._clicked)
        self._say()

    def add(self, button: QPushButton, value: int, words: str | None = None) -> QPushButton:
        """Take `button` as the one for `value`, said as `words` (its text by default); the subclass lays it out."""
        self._words[value] = words or button.text()
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row has the focus, not its buttons
        self.group.addButton(button, value)
        return button

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen

    def set_value(self, value: int | None) -> None:
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == value)
        self._say()

    def _say(self) -> None:
        value = self.value()
        if value is None:
            self.setAccessibleName(translate("ui.entry.choice_frame", "{question}: not answered").format(question=self.question))
            return
        self.setAccessibleName(translate(
            "ui.entry.choice_frame", "{question}: {answer}, {place} of {total}", "a screen reader: Headache: mild, 2 of 4"
        ).format(question=self.question, answer=self._words[value], place=value - self.low + 1, total=self.high - self.low + 1))

    def _clicked(self, value: int) -> None:
        again = not self.group.button(value).isChecked()  # a second click clears, where that is allowed
        self.set_value(None if again and self._clearable and self.click_clears else value)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._edited()

    def choose(self, value: int | None) -> None:
        """Answer `value` as the user did (None: unanswered)."""
        self.set_value(value)
        self._edited()

    def _digit(self, digit: str) -> int | None:
        typed = self._typed + digit if self._since_typed.isValid() and self._since_typed.elapsed() < TYPE_AHEAD_MS else digit
        if not (self.low <= int(typed) <= self.high):
            typed = digit
        self._typed = typed
        self._since_typed.restart()
        return int(typed) if self.low <= int(typed) <= self.high else None

    def event(self, event: QEvent) -> bool:
        # The page's digit shortcuts choose the activity; here the digits and arrows answer this row.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and is_plain(event):
            if event.text().isdigit() or event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, current = event.key(), self.value()
        if not is_plain(event):
            super().keyPressEvent(event)
        elif event.text().isdigit():
            value = self._digit(event.text())
            if value is not None:
                self.choose(value)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            step = 1 if key == Qt.Key.Key_Right else -1
            start = self.low - step if current is None else current
            self.choose(min(max(start + step, self.low), self.high))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.choose(self.low if key == Qt.Key.Key_Home else self.high)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and self._clearable:
            self.choose(None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
        else:
            super().keyPressEvent(event)
