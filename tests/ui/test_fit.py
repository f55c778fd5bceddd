"""Every page at 1024×700, filled with the demo diary: nothing scrolls sideways, no page makes the
window wider, and no label or button shows its words cut off."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget

from diary.ui.main_window import MainWindow

SMALL_SCREEN = (1024, 700)


def cut_off(page: QWidget) -> list[str]:
    """What on `page` does not fit: a sideways scroll, or a line of text wider than its widget."""
    found = []
    for area in page.findChildren(QScrollArea):
        if area.isVisible() and area.horizontalScrollBar().isVisible():
            found.append(f"scrolls sideways: needs {area.widget().minimumSizeHint().width()} of {area.viewport().width()} px")
    for widget in page.findChildren(QWidget):
        if not widget.isVisible():
            continue
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        if not text or (isinstance(widget, QLabel) and (widget.wordWrap() or "<" in text)):
            continue  # wrapped text (and rich text) wraps rather than cuts
        need = max(widget.fontMetrics().horizontalAdvance(line.replace("&", "")) for line in text.splitlines())
        if need > widget.contentsRect().width() - (4 if isinstance(widget, QAbstractButton) else 0) + 1:
            found.append(f"cut: {text[:40]!r} needs {need} px, has {widget.contentsRect().width()}")
    return found


@pytest.fixture
def demo_window(qtbot, service):
    service.transfer.fill_demo()
    win = MainWindow(service)
    qtbot.addWidget(win)
    win.resize(*SMALL_SCREEN)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_every_page_fits_a_small_screen(qtbot, demo_window):
    problems = {}
    for row, page in enumerate(demo_window.pages):
        demo_window.nav.setCurrentRow(row)
        shown = demo_window.stack.currentWidget()
        qtbot.waitUntil(lambda shown=shown: shown.isVisible())
        qtbot.wait(50)  # let the page lay itself out, as the event loop does before it is painted
        found = cut_off(shown)
        if demo_window.width() > SMALL_SCREEN[0]:
            found.append(f"made the window {demo_window.width()} px wide")
        if found:
            problems[page.title] = found
    assert problems == {}
