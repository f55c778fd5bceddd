"""The response thresholds dialog: what counts as an improvement, explained."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from diary.domain.language import translate
from diary.domain.response import ABSOLUTE_RANGE, RELATIVE_RANGE
from diary.domain.treatment import Settings
from diary.domain.wording import number
from diary.ui.dialogs import Dialog

if TYPE_CHECKING:
    from diary.services.diary import DiaryService
    from diary.ui.writes import Writes

EXAMPLE_BASELINE = 6.0


class ResponseSettingsDialog(Dialog):
    """Edits the relative and absolute thresholds; saved only with OK."""

    def __init__(self, service: DiaryService, writes: Writes, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._writes = writes
        self.setWindowTitle(translate("ui.settings_dialog", "What counts as an improvement"))
        intro = QLabel(translate(
            "ui.settings_dialog", "A day counts as improved when your 7-day average activity is lower than before LDN by at "
            "least <b>both</b> of these. The usual definition of a clinically important change on a "
            "0–10 scale, used by default, is 30% and at least 1 point."
        ))
        intro.setWordWrap(True)
        self.relative = QSpinBox()
        self.relative.setRange(round(RELATIVE_RANGE[0] * 100), round(RELATIVE_RANGE[1] * 100))
        self.relative.setSuffix(translate("ui.settings_dialog", " % lower"))
        self.relative.setAccessibleName(translate("ui.settings_dialog", "Relative threshold in percent"))
        self.absolute = QDoubleSpinBox()
        self.absolute.setRange(*ABSOLUTE_RANGE)
        self.absolute.setSingleStep(0.5)
        self.absolute.setDecimals(1)
        self.absolute.setSuffix(translate("ui.settings_dialog", " points lower"))
        self.absolute.setAccessibleName(translate("ui.settings_dialog", "Absolute threshold in points"))
        self.example = QLabel()
        self.example.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("ui.settings_dialog", "At least"), self.relative)
        form.addRow(translate("ui.settings_dialog", "and at least"), self.absolute)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.example)
        layout.addWidget(buttons)

        self.relative.valueChanged.connect(self.on_value_changed)
        self.absolute.valueChanged.connect(self.on_value_changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.on_restore_defaults_clicked)
        self._show(service.treatment.settings())

    def _show(self, settings: Settings) -> None:
        self.relative.setValue(round(settings.relative_threshold * 100))
        self.absolute.setValue(settings.absolute_threshold)
        self.on_value_changed()

    def chosen(self) -> Settings:
        return Settings(self.relative.value() / 100, self.absolute.value())

    def on_value_changed(self, *_args) -> None:
        s = self.chosen()
        target = min(EXAMPLE_BASELINE * (1 - s.relative_threshold), EXAMPLE_BASELINE - s.absolute_threshold)
        self.example.setText(translate(
            "ui.settings_dialog", "For example, with an average of {baseline} before LDN, days with a 7-day "
            "average of {target} or lower count as improved."
        ).format(baseline=number(EXAMPLE_BASELINE), target=number(target)))

    def on_restore_defaults_clicked(self) -> None:
        self._show(Settings())

    def accept(self) -> None:
        """Save and close; if the thresholds cannot be saved, say why and stay open."""
        settings = self.chosen()
        if self._writes.run(self, lambda: self._service.treatment.save_settings(settings),
                            failed=translate("ui.settings_dialog", "The thresholds were not saved")) is not None:
            super().accept()
