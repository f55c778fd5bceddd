"""In-process checks of what the AT-SPI tests (tests/accessibility) found, quick and offscreen."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from diary.domain.treatment import PLAN_PRESETS
from diary.ui.treatment.plan import PlanBox
from tests.conftest import TODAY


def test_every_table_lets_tab_leave(qtbot, window):
    for action in window.page_actions:
        action.trigger()
    tables = window.findChildren(QAbstractItemView)
    assert [t.accessibleName() for t in tables if t.tabKeyNavigation() and t.isVisibleTo(window) and t.inherits("QTableView")] == []


def test_a_page_shortcut_puts_the_focus_on_a_control_of_the_page(qtbot, window):
    window.nav.setFocus()  # also from the list of pages
    for row, action in enumerate(window.page_actions[1:], start=1):
        action.trigger()
        focus = QApplication.focusWidget()
        assert focus is not None and window.pages[row].isAncestorOf(focus), (window.pages[row].title, focus)
        assert focus.focusPolicy() & Qt.FocusPolicy.TabFocus and focus.accessibleName(), focus


def test_the_plan_cells_say_the_values_of_their_fields(qtbot, service):
    box = PlanBox()
    qtbot.addWidget(box)
    service.treatment.start_course(TODAY - dt.timedelta(days=3), PLAN_PRESETS[0].plan())
    box.show_course(service.treatment.courses()[0])
    box.show_steps(PLAN_PRESETS[0].plan())
    said = lambda row, column: box.steps_table.item(row, column).data(Qt.ItemDataRole.AccessibleTextRole)  # noqa: E731
    assert [said(0, column) for column in (0, 2, 3)] == ["1", "1.50 mg", "22:00"]
    box.steps_table.cellWidget(0, 2).setValue(2)
    assert said(0, 2) == "2.00 mg"


def test_the_condition_field_has_a_name(qtbot, window):
    field = window.treatment_page.profile_box.condition.lineEdit()
    assert field.accessibleName() == "Condition"
