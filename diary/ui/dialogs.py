"""The window's dialogs open as large as their contents need, wrapped text included."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


class Dialog(QDialog):
    """A QDialog that sizes itself to its contents when first shown.

    Qt sizes a window by its size hint, in which a word-wrapped label is short and wide: given a
    width (or a `resize` in the constructor) the window keeps its too-small hint height and cuts
    the text. Here the height comes from the layout's height for the chosen width."""

    reading_width = 70  # characters: explanations wrap into lines that read easily

    _fitted = False

    def showEvent(self, event) -> None:
        if not self._fitted:  # once: after that the user's own size stays
            self._fitted = True
            self.fit_to_contents()
        super().showEvent(event)  # QDialog centres itself over its parent here, at the new size

    def fit_to_contents(self) -> None:
        """At least as wide as a reading line (or the contents), and as tall as that width needs."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        hint = self.sizeHint()
        width = max(hint.width(), self.fontMetrics().averageCharWidth() * self.reading_width)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else hint.height()
        height = max(height, self.minimumSizeHint().height())
        self.setMinimumSize(width, height)
        if self.testAttribute(Qt.WidgetAttribute.WA_Resized):  # a size asked for in the constructor
            width, height = max(width, self.width()), max(height, self.height())
        self.resize(width, height)
