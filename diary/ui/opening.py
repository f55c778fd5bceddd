"""The first window on screen: "Opening your diary…", shown before the database code loads."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from diary import APP_NAME
from diary.domain.language import translate

WINDOW_SIZE = (1180, 800)


class OpeningWindow(QMainWindow):
    """A short note in the middle of a window the size of the main one, which takes its place."""

    def __init__(self):
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.resize(*WINDOW_SIZE)
        self.opening = QWidget()  # "Opening your diary…" in the middle, centred by stretches
        note = QLabel(translate("ui.opening", "Opening your diary…"))
        note.setAccessibleName(translate("ui.opening", "Opening your diary"))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(note)
        row.addStretch()
        column = QVBoxLayout(self.opening)
        column.addStretch()
        column.addLayout(row)
        column.addStretch()
        self.setCentralWidget(self.opening)

    def show_fitted(self) -> None:
        """Shown at WINDOW_SIZE, or maximised on a screen with less room (a 1024×700 laptop), so that
        no part of the window, the Save button at its foot least of all, is off the screen."""
        free = self.screen().availableGeometry()
        width, height = WINDOW_SIZE
        if free.width() < width or free.height() < height:
            self.resize(min(width, free.width()), min(height, free.height()))  # where nothing maximises it
            self.showMaximized()
        else:
            self.show()

    def hand_over_to(self, window: QMainWindow) -> None:
        """Show `window` where this one is, as large, and close this one."""
        window.setGeometry(self.geometry())
        if self.isMaximized():
            window.showMaximized()
        else:
            window.show()
        self.close()
