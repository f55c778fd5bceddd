"""What a page of the window is: a widget with a title and a shortcut that hears of every change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from diary.services.changes import Change

if TYPE_CHECKING:
    from diary.services.diary import DiaryService
    from diary.ui.writes import Writes


class Page(QWidget):
    """A page of the window: listed on the left under `title`, reached with `shortcut` (given by
    the window's list of pages), told by `on_data_changed` what every write changed."""

    shortcut: str = ""

    @property
    def title(self) -> str:
        """The page's name in the list, in the language spoken now (a page class gives its own)."""
        return ""

    def on_data_changed(self, change: Change) -> None:
        """Refresh what `change` makes out of date; a page is not told of the changes it made itself."""
        raise NotImplementedError

    def made(self, change: Change) -> bool:
        """True if this page made `change` (and so has shown it already)."""
        return change.origin is self


@dataclass(frozen=True)
class PageTools:
    """What a page may need from the window: the diary, the write runner, and a way to open a day."""

    service: DiaryService
    writes: Writes
    open_day: Callable[[dt.date], None]


@dataclass(frozen=True)
class PageSpec:
    """One line of the window's list of pages. `build` makes the page; a `lazy` page is built the
    first time it is shown, so that its heavy imports (matplotlib, the PDF code) wait until then."""

    name: str  # the window's attribute for the page, e.g. "entry_page"
    words: Callable[[], str]  # the page's title, translated when asked: the language is chosen after import
    shortcut: str
    build: Callable[[PageTools, QWidget], Page]  # (tools, the page's parent)
    lazy: bool = False

    @property
    def title(self) -> str:
        return self.words()


class LazyPage(Page):
    """Stands in for a lazy page until it is first shown; then holds it as `page`."""

    def __init__(self, spec: PageSpec, tools: PageTools):
        super().__init__()
        self.spec = spec
        self._tools = tools
        self.page: Page | None = None
        self._missed: Change | None = None  # what changed while the built page was hidden
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def title(self) -> str:
        return self.spec.title  # the stand-in has the title of the page it builds

    def showEvent(self, event) -> None:
        if self.page is None:
            self.page = self.spec.build(self._tools, self)
            self.page.shortcut = self.shortcut
            self._layout.addWidget(self.page)
            # Shown now, not when the layout gets round to it: switching pages moves the focus to
            # the first control that shows, and without one it would land on this nameless stand-in.
            self.page.show()
        elif self._missed is not None:
            self.page.on_data_changed(self._missed)
        self._missed = None
        super().showEvent(event)

    def made(self, change: Change) -> bool:
        return change.origin is self or (self.page is not None and self.page.made(change))

    def on_data_changed(self, change: Change) -> None:
        # A hidden page (a chart, the PDF preview) catches up when shown, not on every save.
        if self.page is None:
            return
        if self.isVisible():
            self.page.on_data_changed(change)
        else:
            self._missed = change if self._missed is None else self._missed | change
