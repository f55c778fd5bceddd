"""A dialog to add your own side effects and hide the ones you never get."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary.domain.language import translate
from diary.services.errors import ValidationError
from diary.ui.dialogs import Dialog

if TYPE_CHECKING:
    from diary.services.diary import DiaryService
    from diary.ui.writes import Writes

KeyRole = Qt.ItemDataRole.UserRole + 1


class SideEffectsDialog(Dialog):
    """Ticked side effects show on the entry page; changes are saved as they are made."""

    def __init__(self, service: DiaryService, writes: Writes, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._writes = writes
        self.setWindowTitle(translate("ui.side_effects_dialog", "Your side-effect list"))
        intro = QLabel(translate(
            "ui.side_effects_dialog",
            "Tick the side effects to show on the entry page. Hiding one keeps every day you already recorded."
        ))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ui.side_effects_dialog", "Side effects shown on the entry page"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("ui.side_effects_dialog", "Add your own, e.g. Brain fog"))
        self.name_edit.setAccessibleName(translate("ui.side_effects_dialog", "Name of a new side effect"))
        self.add_button = QPushButton(translate("ui.side_effects_dialog", "Add", "add a side effect"))
        self.add_button.setAccessibleName(translate("ui.side_effects_dialog", "Add side effect"))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        # Enter presses the dialog's default button, so Add is that button; adding on the name
        # field's returnPressed as well ran it twice, the second time with the field emptied.
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.list.itemChanged.connect(self.on_item_changed)
        buttons.rejected.connect(self.reject)
        self.resize(420, 480)
        self._fill()

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for effect in self._service.entries.side_effects():
            own = translate("ui.side_effects_dialog", "{side_effect}  (your own)", "a side effect the user added")
            item = QListWidgetItem(effect.shown_label if effect.builtin else own.format(side_effect=effect.shown_label))
            item.setData(KeyRole, effect.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if effect.hidden else Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def on_item_changed(self, item: QListWidgetItem) -> None:
        hidden = item.checkState() != Qt.CheckState.Checked
        key = item.data(KeyRole)
        if self._writes.run(self, lambda: self._service.entries.set_side_effect_hidden(key, hidden),
                            failed=translate("ui.side_effects_dialog", "The side-effect list was not changed")) is None:
            self._fill()  # the tick back as it is in the diary

    def on_add_clicked(self) -> None:
        self._writes.run(self, lambda: self._service.entries.add_side_effect(self.name_edit.text()),
                         failed=translate("ui.side_effects_dialog", "The side effect was not added"), invalid=self.show_problems,
                         done=self.on_added, change=lambda added: added[1])

    def show_problems(self, error: ValidationError) -> None:
        self.error.setText(" ".join(error.problems).capitalize())

    def on_added(self, _added) -> None:
        self.error.clear()
        self.name_edit.clear()
        self._fill()
        self.list.scrollToBottom()
