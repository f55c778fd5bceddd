"""The window's pages, in the order of the list on the left: a new page is one more line here."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from diary.domain.language import translate
from diary.ui.pages import Page, PageSpec, PageTools

# Each builder imports its page when called: the window paints before any page module loads.
# A page is made in its place (`parent`): Qt restyles a widget's whole subtree each time it moves.


def _entry(tools: PageTools, parent: QWidget) -> Page:
    from diary.ui.entry.page import EntryPage

    return EntryPage(tools.service, tools.writes, parent)


def _history(tools: PageTools, parent: QWidget) -> Page:
    from diary.ui.history_page import HistoryPage

    return HistoryPage(tools.service, tools.open_day, parent)


def _trends(tools: PageTools, parent: QWidget) -> Page:
    from diary.ui.trends_page import TrendsPage  # imports matplotlib

    return TrendsPage(tools.service, parent)


def _treatment(tools: PageTools, parent: QWidget) -> Page:
    from diary.ui.treatment.page import TreatmentPage

    return TreatmentPage(tools.service, tools.writes, parent)


def _side_effects(tools: PageTools, parent: QWidget) -> Page:
    from diary.ui.side_effects.page import SideEffectsPage

    return SideEffectsPage(tools.service, parent)


def _report(tools: PageTools, parent: QWidget) -> Page:
    from diary.ui.report_page import ReportPage  # imports the PDF code and matplotlib

    return ReportPage(tools.service, tools.writes, parent)


# The titles are translated when shown (lambdas): the language is chosen after this module is imported.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("entry_page", lambda: translate("ui.page_list", "Today's entry"), "Ctrl+1", _entry),
    PageSpec("history_page", lambda: translate("ui.page_list", "History"), "Ctrl+2", _history, lazy=True),
    PageSpec("trends_page", lambda: translate("ui.page_list", "Trends"), "Ctrl+3", _trends, lazy=True),
    PageSpec("treatment_page", lambda: translate("ui.page_list", "Treatment"), "Ctrl+4", _treatment),
    PageSpec("side_effects_page", lambda: translate("ui.page_list", "Side effects"), "Ctrl+5", _side_effects, lazy=True),
    PageSpec("report_page", lambda: translate("ui.page_list", "Clinician summary"), "Ctrl+6", _report, lazy=True),
)
