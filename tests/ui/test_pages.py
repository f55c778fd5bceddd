"""The window's list of pages: every page in it is built, reached by its shortcut, and told of changes."""

import datetime as dt

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from diary.domain.entries import DailyEntry
from diary.services.changes import Change
from diary.ui.page_list import PAGES
from diary.ui.pages import LazyPage, Page
from tests.conftest import TODAY


def built(page: Page) -> Page:
    return page.page if isinstance(page, LazyPage) else page


def test_the_navigation_is_the_list_of_pages(qtbot, window):
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == [spec.title for spec in PAGES]
    assert [a.shortcut() for a in window.page_actions] == [QKeySequence(spec.shortcut) for spec in PAGES]
    assert len({spec.shortcut for spec in PAGES}) == len(PAGES)
    for spec, page in zip(PAGES, window.pages):
        assert getattr(window, spec.name) is page
        assert isinstance(page, LazyPage) is spec.lazy
        assert (page.title, page.shortcut) == (spec.title, spec.shortcut)


def test_every_page_is_built_by_its_shortcut_and_is_a_page(qtbot, window):
    for spec, action in zip(PAGES, window.page_actions):
        action.trigger()
        page = getattr(window, spec.name)
        assert window.stack.currentWidget() is page
        assert isinstance(built(page), Page)
        assert (built(page).title, built(page).shortcut) == (spec.title, spec.shortcut)


def test_every_page_is_told_of_a_change(qtbot, window, service, monkeypatch):
    for action in window.page_actions:
        action.trigger()  # every page built
    window.page_actions[0].trigger()
    told = {}
    for spec in PAGES:
        page = built(getattr(window, spec.name))
        real = page.on_data_changed
        def spy(change, name=spec.name, real=real):
            told.setdefault(name, change)
            real(change)

        monkeypatch.setattr(page, "on_data_changed", spy)
    change = service.entries.save(DailyEntry(TODAY - dt.timedelta(days=1), activity=2))
    window.events.data_changed.emit(change)
    assert told.get("entry_page") == change  # shown: told at once
    for spec in PAGES:  # the hidden ones as soon as they are shown
        window.nav.setCurrentRow(window.pages.index(getattr(window, spec.name)))
    assert set(told) == {spec.name for spec in PAGES}
    assert all(c == change for c in told.values())


def test_a_change_a_page_made_is_not_told_to_it(qtbot, window, monkeypatch):
    told = []
    monkeypatch.setattr(window.treatment_page, "on_data_changed", told.append)
    window.deliver(Change(treatment=True).made_by(window.treatment_page))
    assert told == []
    window.deliver(Change(treatment=True).made_by(window))
    assert told == [Change(treatment=True)]


class StyleChanges(QObject):
    """Counts the style changes Qt sends while it is installed on the app."""

    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def test_the_window_is_built_in_place_not_restyled_at_every_level(qtbot, qapp, service):
    """Under the app's stylesheet Qt restyles a widget's whole subtree each time it gets a new
    parent: pages built apart and then moved into the window, level by level, were restyled 6
    times a widget (2,371 style changes for 394 widgets, 60 ms of the window's build)."""
    from diary.ui import theme
    from diary.ui.main_window import MainWindow

    theme.install(qapp)
    service.transfer.fill_demo()
    changes = StyleChanges()
    qapp.installEventFilter(changes)
    try:
        window = MainWindow(service)
    finally:
        qapp.removeEventFilter(changes)
    qtbot.addWidget(window)
    widgets = len(window.findChildren(QWidget))
    assert widgets > 300  # the demo's window, with its entry and treatment pages built
    assert changes.count <= 3 * widgets
