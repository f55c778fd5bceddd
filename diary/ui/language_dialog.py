"""Diary → Language…: the language of the window (the clinician summary has its own choice)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from diary.desktop import language
from diary.domain.language import LANGUAGES, current, translate
from diary.ui import language_setting
from diary.ui.dialogs import Dialog


class LanguageDialog(Dialog):
    """Follow the system, or one of our languages; saved with OK, spoken from the next start."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ui.language_dialog", "Language"))
        system = LANGUAGES.get(self.default_code(), self.default_code())
        self.choice = QComboBox()
        self.choice.addItem(translate("ui.language_dialog", "As the system ({language})").format(language=system), None)
        for code, name in LANGUAGES.items():
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(language_setting.chosen())))
        self.choice.setAccessibleName(translate("ui.language_dialog", "Language of the window"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("ui.language_dialog", "&Window language"), self.choice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.choice.currentIndexChanged.connect(self.on_choice_changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.on_choice_changed()

    @staticmethod
    def default_code() -> str:
        """What the window speaks with no setting: $LDN_DIARY_LANG, else the system's language."""
        try:
            return language.choose()
        except ValueError:  # a wrong $LDN_DIARY_LANG: the start says so, the system's language is used
            return language.system_language()

    def chosen_code(self) -> str:
        return self.choice.currentData() or self.default_code()

    def on_choice_changed(self, *_args) -> None:
        if self.chosen_code() == current().code:
            self.note.setText(translate("ui.language_dialog", "This is the language the window speaks now."))
        else:
            self.note.setText(translate(
                "ui.language_dialog", "LDN Diary speaks {language} from its next start. "
                "The clinician summary can be printed in any language: choose it on its page."
            ).format(language=LANGUAGES.get(self.chosen_code(), self.chosen_code())))

    def accept(self) -> None:
        language_setting.choose(self.choice.currentData())
        super().accept()
