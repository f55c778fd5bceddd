"""The entry form's side effects: one row of severity buttons per side effect, in two columns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QGroupBox, QLabel, QPushButton

from diary.domain.entries import DailyEntry, Severity
from diary.domain.side_effects import SideEffect
from diary.ui.widgets import clear_layout


class SideEffectRows(QGroupBox):
    """The rows of the side effects shown; `edited` is called on each click, `edit_list` by "Edit list…"."""

    def __init__(self, edited: Callable[..., None], edit_list: Callable[[], None]):
        super().__init__()
        self._edited = edited
        self._edit_list = edit_list
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(4)
        self.grid.setColumnMinimumWidth(5, 24)  # gap between the two columns of rows
        self.groups: dict[str, QButtonGroup] = {}  # by side-effect key
        self.edit_button: QPushButton | None = None

    def fill(self, effects: list[SideEffect], entry: DailyEntry) -> None:
        """One row per side effect shown: the visible ones, plus hidden ones felt on this day."""
        self._clear()
        shown = [e for e in effects if not e.hidden or entry.side_effects.get(e.key, Severity.NONE) > Severity.NONE]
        rows = (len(shown) + 1) // 2  # two columns, read top to bottom, so the first three lead
        for index, effect in enumerate(shown):
            self._add_row(effect, index % rows, 6 * (index // rows))
        self.edit_button = QPushButton("Edit list…")
        self.edit_button.setToolTip("Add your own side effects or hide ones you never get")
        self.edit_button.setAccessibleName("Edit the side-effect list")
        self.edit_button.clicked.connect(self._edit_list)
        self.grid.addWidget(self.edit_button, rows, 6, 1, 5, Qt.AlignmentFlag.AlignRight)
        for key, group in self.groups.items():
            group.button(int(entry.side_effects.get(key, Severity.NONE))).setChecked(True)

    def _clear(self) -> None:
        clear_layout(self.grid)
        for group in self.groups.values():
            group.deleteLater()
        self.groups = {}

    def _add_row(self, effect: SideEffect, row: int, column: int) -> None:
        label = QLabel(effect.label)
        label.setWordWrap(True)
        label.setMinimumWidth(110)
        label.setMaximumWidth(135)
        self.grid.addWidget(label, row, column)
        group = QButtonGroup(self)
        for severity in Severity:
            button = QPushButton(severity.label)
            button.setCheckable(True)
            button.setProperty("role", "severity")
            button.setProperty("level", int(severity))
            button.setAccessibleName(f"{effect.label}: {severity.label}")
            group.addButton(button, int(severity))
            self.grid.addWidget(button, row, column + 1 + int(severity))
        label.setBuddy(group.button(0))
        group.idClicked.connect(self._edited)
        self.groups[effect.key] = group

    def severities(self) -> dict[str, Severity]:
        """The severity chosen in each row shown."""
        return {key: Severity(max(group.checkedId(), 0)) for key, group in self.groups.items()}
