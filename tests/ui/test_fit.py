"""Every page on a small screen (1024×700) and with large text (1280×800 at 150 % and 200 %),
filled with the demo diary, in English, Dutch and German, and in a pseudo-language 40 % longer
than English (as long as a translation can get): nothing scrolls sideways, no page makes the window
wider, and no label, button, list item or choice shows its words cut off."""

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QListWidget, QScrollArea, QTableView, QWidget

from diary.desktop import language
from diary.ui.main_window import MainWindow

# window size, text size, language
SCREENS = [((1024, 700), 1.0, "en"), ((1280, 800), 1.5, "en"), ((1280, 800), 2.0, "en"), ((1024, 700), 1.0, language.PSEUDO),
           ((1280, 800), 2.0, "nl"), ((1280, 800), 2.0, "de")]


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
        if isinstance(widget, QLabel) and text and widget.wordWrap():
            if widget.height() < widget.heightForWidth(widget.width()):  # wrapped, but given too few lines
                found.append(f"cut: {text[:40]!r} needs {widget.heightForWidth(widget.width())} px high, has {widget.height()}")
            continue
        if not text or (isinstance(widget, QLabel) and "<" in text):
            continue  # rich text wraps rather than cuts
        need = max(widget.fontMetrics().horizontalAdvance(line.replace("&", "")) for line in text.splitlines())
        if need > widget.contentsRect().width() - (4 if isinstance(widget, QAbstractButton) else 0) + 1:
            found.append(f"cut: {text[:40]!r} needs {need} px, has {widget.contentsRect().width()}")
    for table in page.findChildren(QTableView):
        rows = table.model().rowCount() if table.model() is not None else 0
        if table.isVisible() and rows <= 6 and table.verticalScrollBar().isVisible():
            found.append(f"cut: the table {table.accessibleName()!r} scrolls its {rows} rows")
    for combo in page.findChildren(QComboBox):
        room = combo.width() - combo.iconSize().width() - 2 * combo.fontMetrics().averageCharWidth()
        if combo.isVisible() and not combo.isEditable() and combo.fontMetrics().horizontalAdvance(combo.currentText()) > room:
            found.append(f"cut: choice {combo.currentText()[:40]!r} in a {combo.width()} px box")
    return found


def cut_items(items: QListWidget) -> list[str]:
    """The list's items whose text is wider than the list shows (Qt elides them with "…")."""
    room = items.viewport().width() - items.iconSize().width() - 2 * items.spacing() - 12
    return [f"cut: list item {items.item(i).text()!r}" for i in range(items.count())
            if items.fontMetrics().horizontalAdvance(items.item(i).text()) > room]


@pytest.fixture(params=SCREENS, ids=["1024x700", "1280x800-text150", "1280x800-text200", "1024x700-pseudo", "nl-text200", "de-text200"])
def demo_window(request, qtbot, service):
    (width, height), text, code = request.param
    language.install(code)
    app = QApplication.instance()
    normal = QFont(app.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * text)
    app.setFont(large)
    service.transfer.fill_demo()
    win = MainWindow(service)
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    yield win, width
    win.close()
    app.setFont(normal)


def test_every_page_fits(qtbot, demo_window):
    demo_window, width = demo_window
    problems = {}
    if cut_items(demo_window.nav):
        problems["page list"] = cut_items(demo_window.nav)
    if cut_off(demo_window.response_panel):
        problems["Is LDN working?"] = cut_off(demo_window.response_panel)
    for row, page in enumerate(demo_window.pages):
        demo_window.nav.setCurrentRow(row)
        shown = demo_window.stack.currentWidget()
        qtbot.waitUntil(lambda shown=shown: shown.isVisible())
        qtbot.wait(50)  # let the page lay itself out, as the event loop does before it is painted
        found = cut_off(shown)
        if demo_window.width() > width:
            found.append(f"made the window {demo_window.width()} px wide")
        if found:
            problems[page.title] = found
    assert problems == {}
