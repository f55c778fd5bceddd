"""The window's dialogs open as large as their contents need, wrapped text included."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog


class Dialog(QDialog):
    """A QDialog that sizes itself to its contents, and grows when they do.

    Qt sizes a window by its size hint, in which a word-wrapped label is short and wide: given a
    width (or a `resize` in the constructor) the window keeps its too-small hint height and cuts
    the text. Here the height comes from the layout's height for the window's width."""

    reading_width = 70  # characters: explanations wrap into lines that read easily

    _fitted = False

    def showEvent(self, event) -> None:
        if not self._fitted:  # once: after that the user's own size stays
            self._fitted = True
            self.fit_to_contents()
        super().showEvent(event)  # QDialog centres itself over its parent here, at the new size

    def event(self, event) -> bool:
        handled = super().event(event)
        if self._fitted and event.type() == QEvent.Type.LayoutRequest:  # contents shown, hidden or changed
            self._make_room(self.width())
        return handled

    def fit_to_contents(self) -> None:
        """At least as wide as a reading line (or the contents), and as tall as that width needs."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * self.reading_width)
        self.setMinimumWidth(width)
        height = 0
        if self.testAttribute(Qt.WidgetAttribute.WA_Resized):  # a size asked for in the constructor
            width, height = max(width, self.width()), self.height()
        self.resize(width, max(height, self._needed_height(width)))
        self._make_room(width)

    def _needed_height(self, width: int) -> int:
        needed = self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()
        layout = self.layout()
        return max(needed, layout.minimumSize().height() if layout is not None else 0)

    def _make_room(self, width: int) -> None:
        """No shorter than the contents need at `width`: grow if they grew."""
        needed = self._needed_height(width)
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(width, needed)
