"""The app's icon (the window's, the tray's)."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QIcon


def app_icon() -> QIcon:
    icon = QIcon()
    icon.addFile(str(files("diary.resources") / "ldn-diary.svg"))
    return icon
