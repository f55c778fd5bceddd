"""The entry form's side effects: one row of severity buttons per side effect, in two columns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton

from diary.domain.entries import DailyEntry, Severity
from diary.domain.language import translate
from diary.domain.side_effects import SideEffect
from diary.ui.entry.choice_frame import ChoiceFrame
from diary.ui.widgets import clear_layout


class SeverityRow(ChoiceFrame):
    """None, mild, moderate, severe for one side effect: one Tab stop, keys 0–3 and ←/→ choose."""

    def __init__(self, effect: SideEffect, edited: Callable[..., None]):
        super().__init__(effect.shown_label, 0, len(Severity) - 1, edited, clearable=False)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(4)
        for severity in Severity:
            words = severity.label
            button = self.add(QPushButton(words), int(severity))
            button.setProperty("role", "severity")
            button.setProperty("level", int(severity))
            button.setAccessibleName(translate("ui.entry.side_effect_rows", "{side_effect}: {severity}").format(
                side_effect=effect.shown_label, severity=words))
            row.addWidget(button)
        row.addStretch(1)


class SideEffectRows(QGroupBox):
    """The rows of the side effects shown; `edited` is called on each click, `edit_list` by "Edit list…"."""

    def __init__(self, edited: Callable[..., None], edit_list: Callable[[], None]):
        super().__init__()
        self._edited = edited
        self._edit_list = edit_list
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(4)
        self.grid.setColumnMinimumWidth(2, 24)  # gap between the two columns of rows
        self.groups: dict[str, QButtonGroup] = {}  # by side-effect key
        self.rows: list[SeverityRow] = []  # in the list's order: left to right, then down
        self._labels: list[QLabel] = []
        self.columns = 2  # one on a narrow screen (set_columns)
        self.edit_button: QPushButton | None = None

    def fill(self, effects: list[SideEffect], entry: DailyEntry) -> None:
        """One row per side effect shown: the visible ones, plus hidden ones felt on this day."""
        self._clear()
        shown = [e for e in effects if not e.hidden or entry.side_effects.get(e.key, Severity.NONE) > Severity.NONE]
        for effect in shown:
            self._add_row(effect)
        self.edit_button = QPushButton(translate("ui.entry.side_effect_rows", "Edit list…"))
        self.edit_button.setToolTip(translate("ui.entry.side_effect_rows", "Add your own side effects or hide ones you never get"))
        self.edit_button.setAccessibleName(translate("ui.entry.side_effect_rows", "Edit the side-effect list"))
        self.edit_button.clicked.connect(self._edit_list)
        self._place()
        for key, choices in zip(self.groups, self.rows, strict=True):
            choices.set_value(int(entry.side_effects.get(key, Severity.NONE)))

    def _clear(self) -> None:
        clear_layout(self.grid)
        self.groups, self.rows, self._labels = {}, [], []

    def _add_row(self, effect: SideEffect) -> None:
        label = QLabel(effect.shown_label)
        label.setWordWrap(True)
        label.setMinimumWidth(110)
        label.setMaximumWidth(135)
        choices = SeverityRow(effect, self._edited)
        label.setBuddy(choices)
        self._labels.append(label)
        self.rows.append(choices)
        self.groups[effect.key] = choices.group

    def _place(self) -> None:
        """The rows in `columns` columns, read left to right and down as Tab goes, so that one added
        at the end of the list moves no other."""
        for index, (label, choices) in enumerate(zip(self._labels, self.rows, strict=True)):
            row, column = index // self.columns, 3 * (index % self.columns)
            self.grid.addWidget(label, row, column)
            self.grid.addWidget(choices, row, column + 1)
        if self.edit_button is not None:
            rows = (len(self.rows) + self.columns - 1) // self.columns
            self.grid.addWidget(self.edit_button, rows, 3 * (self.columns - 1), 1, 2, Qt.AlignmentFlag.AlignRight)

    def width_for(self, columns: int) -> int:
        """How wide the rows need to be in `columns` columns."""
        if not self.rows:
            return 0
        cell = self._labels[0].maximumWidth() + self.rows[0].sizeHint().width() + 2 * self.grid.horizontalSpacing()
        margins = self.contentsMargins().left() + self.contentsMargins().right() + 8
        return columns * cell + (columns - 1) * self.grid.columnMinimumWidth(2) + margins

    def set_columns(self, columns: int) -> None:
        """Lay the rows out in `columns` columns (two where there is room, else one)."""
        if columns != self.columns:
            self.columns = columns
            for widget in (*self._labels, *self.rows, *([self.edit_button] if self.edit_button else [])):
                self.grid.removeWidget(widget)
            self._place()

    def severities(self) -> dict[str, Severity]:
        """The severity chosen in each row shown."""
        return {key: Severity(max(group.checkedId(), 0)) for key, group in self.groups.items()}
