"""The Fusion style with a clear focus ring on the fields a stylesheet cannot frame without losing
their arrows: spin boxes, date and time fields, drop-down lists."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

RING_WIDTH = 2
RINGED = (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox)


class FocusRingStyle(QProxyStyle):
    """Fusion; a field with the focus gets a ring `RING_WIDTH` px wide in `colour` (the theme's focus)."""

    def __init__(self, colour: str):
        super().__init__("Fusion")
        self.colour = QColor(colour)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in RINGED and option.state & QStyle.StateFlag.State_HasFocus:
            self.draw_ring(option, painter)

    def draw_ring(self, option: QStyleOption, painter: QPainter) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colour, RING_WIDTH))
        painter.setBrush(QColor(0, 0, 0, 0))
        half = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(option.rect).adjusted(half, half, -half, -half), 3, 3)
        painter.restore()
