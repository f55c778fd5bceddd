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


def test_the_plan_s_fields_are_named_by_step_and_tab_goes_row_by_row(qtbot, service):
    box = PlanBox()
    qtbot.addWidget(box)
    service.treatment.start_course(TODAY - dt.timedelta(days=3), PLAN_PRESETS[0].plan())
    box.show_course(service.treatment.courses()[0])
    box.show_steps(PLAN_PRESETS[0].plan())
    names = [field.accessibleName() for row in box.rows for field in row.fields]
    assert names[:3] == ["Step 1: from treatment day", "Step 1: dose", "Step 1: usual time"] and names[3] == "Step 2: from treatment day"
    box.show()
    box.activateWindow()
    box.rows[0].day.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.rows[0].day)
    chain = []
    for _ in range(len(names) + 1):
        chain.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert chain == [*(field for row in box.rows for field in row.fields), box.add_step_button]
    box.rows[0].dose.setFocus()
    box.on_field_focused(box.rows[0].dose)
    box.on_remove_step_clicked()  # the step last focused goes
    assert [row.day.value() for row in box.rows] == [step.from_day for step in PLAN_PRESETS[0].plan()[1:]]


def test_the_condition_field_has_a_name(qtbot, window):
    field = window.treatment_page.profile_box.condition.lineEdit()
    assert field.accessibleName() == "Condition"
