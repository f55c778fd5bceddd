"""The entry page driven like a user would: clicks, keys, Ctrl+S, and what lands in the diary."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from diary.domain.entries import DailyEntry, Severity
from diary.domain.treatment import Course, TitrationStep
from diary.ui.entry.page import EntryPage
from diary.ui.writes import Writes
from tests.conftest import TODAY


@pytest.fixture
def changes():
    return []


@pytest.fixture
def page(qtbot, service, changes):
    widget = EntryPage(service, Writes(changes.append))
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)  # shortcuts only reach the active window
    return widget


def severity_button(page, key, severity):
    return page.side_effects_box.groups[key].button(int(severity))


def test_fill_in_and_save_a_day(qtbot, page, service, changes):
    assert page.day == TODAY
    qtbot.mouseClick(page.activity_group.button(6), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(severity_button(page, "vivid_dreams", Severity.MODERATE), Qt.MouseButton.LeftButton)
    page.dose_spin.setValue(1.5)
    page.note_edit.setPlainText("Slept badly.")
    assert "Unsaved" in page.status.text()

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    saved = service.entries.get(TODAY)
    assert saved.activity == 6
    assert saved.side_effects["vivid_dreams"] == Severity.MODERATE
    assert saved.side_effects["headache"] == Severity.NONE  # recorded as none, not left out
    assert saved.dose_mg == 1.5 and saved.dose_taken is True and saved.dose_time == dt.time(22, 0)
    assert saved.note == "Slept badly."
    assert "Saved" in page.status.text()
    assert changes and TODAY in changes[-1].days


def test_keyboard_only_entry(qtbot, page, service):
    qtbot.keyClick(page, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: page.activity_group.checkedId() == 4)  # a shortcut "animates" its click
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert service.entries.get(TODAY).activity == 4


def test_clicking_another_activity_replaces_the_first_and_clear_empties_it(qtbot, page):
    qtbot.mouseClick(page.activity_group.button(2), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.activity_group.button(9), Qt.MouseButton.LeftButton)
    assert [b.isChecked() for b in page.activity_group.buttons()].count(True) == 1
    assert page.current_entry().activity == 9
    qtbot.mouseClick(page.clear_activity_button, Qt.MouseButton.LeftButton)
    assert page.current_entry().activity is None


def test_missed_dose_has_no_time(qtbot, page, service):
    page.dose_spin.setValue(3.0)
    qtbot.mouseClick(page.missed_radio, Qt.MouseButton.LeftButton)
    assert not page.time_edit.isEnabled()
    page.save()
    saved = service.entries.get(TODAY)
    assert saved.dose_taken is False and saved.dose_time is None


def test_high_dose_shows_a_warning(page):
    page.dose_spin.setValue(6.0)
    assert page.dose_warning.isVisible()
    assert "beyond the usual low-dose range" in page.dose_warning.text()
    page.dose_spin.setValue(4.5)
    assert not page.dose_warning.isVisible()


def test_a_saved_day_is_shown_again(qtbot, service, changes):
    day = TODAY - dt.timedelta(days=3)
    service.entries.save(DailyEntry(day, activity=7, note="flare", side_effects={"headache": Severity.SEVERE}))
    page = EntryPage(service, Writes(changes.append))
    qtbot.addWidget(page)
    page.go_to(day)
    assert page.activity_group.checkedId() == 7
    assert severity_button(page, "headache", Severity.SEVERE).isChecked()
    assert page.note_edit.toPlainText() == "flare"
    assert not page.is_dirty()
    assert "Saved" in page.status.text()


def test_previous_next_and_no_future(qtbot, page):
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.day == TODAY - dt.timedelta(days=1)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.day == TODAY
    assert not page.next_button.isEnabled()
    assert page.go_to(TODAY + dt.timedelta(days=1)) is False
    assert page.day == TODAY


def test_alt_left_goes_back_a_day(qtbot, page):
    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.day == TODAY - dt.timedelta(days=1)


def test_planned_dose_is_prefilled_from_the_titration_plan(qtbot, service, data_dir, changes):
    from diary.store.records import DiaryStore

    store = DiaryStore(data_dir)
    with store.transaction() as records:
        records.put_course(
            Course(
                start=TODAY - dt.timedelta(days=20),
                steps=(TitrationStep(1, 1.5, dt.time(22, 0)), TitrationStep(15, 3.0, dt.time(8, 30))),
            )
        )
    store.close()
    page = EntryPage(service, Writes(changes.append))
    qtbot.addWidget(page)
    assert page.dose_spin.value() == 3.0
    assert page.taken_radio.isChecked()
    assert page.time_edit.time().toString("HH:mm") == "08:30"
    assert not page.is_dirty()  # pre-filled, not typed: leaving needs no question
    assert "Not saved yet" in page.status.text()


@pytest.mark.parametrize(
    ("answer", "saved", "moved"),
    [
        (QMessageBox.StandardButton.Save, True, True),
        (QMessageBox.StandardButton.Discard, False, True),
        (QMessageBox.StandardButton.Cancel, False, False),
    ],
)
def test_leaving_unsaved_changes_asks_first(qtbot, page, service, monkeypatch, answer, saved, moved):
    asked = []
    monkeypatch.setattr(page, "ask_about_unsaved", lambda: asked.append(True) or answer)
    qtbot.mouseClick(page.activity_group.button(5), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert asked
    assert (service.entries.get(TODAY) is not None) is saved
    assert (page.day != TODAY) is moved
    if not moved:
        assert page.activity_group.checkedId() == 5  # the edit is still there


def test_invalid_entry_is_not_saved_and_says_why(qtbot, page, service, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    page.note_edit.setPlainText("x" * 2001)
    assert "too long" in page.note_count.text()
    assert page.save() is False
    assert service.entries.get(TODAY) is None
    assert "2000" in shown[0]


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_banner_offers_yesterday_then_today(qtbot, page, service):
    assert not page.banner.isVisible()  # an empty diary: nothing was missed (the first-run page greets)
    page.on_data_changed(service.entries.save(DailyEntry(TODAY - dt.timedelta(days=2), activity=3)))
    assert page.banner.isVisible() and page.banner_text.text() == "Yesterday has no entry yet."
    click(qtbot, page.banner_button)
    assert page.day == TODAY - dt.timedelta(days=1)
    assert "Missed day 1 of 1" in page.banner_text.text()
    click(qtbot, page.activity_group.button(2))
    click(qtbot, page.save_button)
    # The one missed day is done: back on today, which is still to fill in.
    assert page.day == TODAY and "Caught up: 1 missed day filled in" in page.status.text()
    assert not page.banner.isVisible()
    page.go_to(TODAY - dt.timedelta(days=1))
    assert page.banner.isVisible() and page.banner_text.text() == "Today has no entry yet."
    click(qtbot, page.banner_button)
    assert page.day == TODAY
    page.save()
    page.go_to(TODAY - dt.timedelta(days=1))
    assert not page.banner.isVisible()


def test_catch_up_fills_three_missed_days_by_mouse(qtbot, page, service):
    last = TODAY - dt.timedelta(days=4)
    page.on_data_changed(service.entries.save(DailyEntry(last, activity=5, dose_mg=3.0, dose_taken=True, dose_time=dt.time(7, 45))))
    assert page.banner_text.text() == "The 3 days since Thursday 11 June have no entry yet."
    assert page.banner_button.text() == "Fill in the 3 missed days"
    click(qtbot, page.banner_button)
    for n, activity in enumerate((4, 3, 2), start=1):
        day = last + dt.timedelta(days=n)
        assert page.day == day and f"Missed day {n} of 3" in page.banner_text.text()
        assert (page.dose_spin.value(), page.time_edit.time().toString("HH:mm")) == (3.0, "07:45")  # the day before's
        click(qtbot, page.activity_group.button(activity))
        click(qtbot, page.save_button)  # saved on its own, then on to the next
        saved = service.entries.get(day)
        assert (saved.activity, saved.dose_mg, saved.dose_taken, saved.dose_time) == (activity, 3.0, True, dt.time(7, 45))
    assert page.day == TODAY and "Caught up: 3 missed days filled in" in page.status.text()
    assert service.reminders.missed_days() == []


def test_cannot_remember_leaves_a_day_empty_and_stop_keeps_the_rest_for_later(qtbot, page, service):
    last = TODAY - dt.timedelta(days=4)
    page.on_data_changed(service.entries.save(DailyEntry(last, activity=5)))
    click(qtbot, page.banner_button)
    click(qtbot, page.banner.cannot_remember_button)
    assert service.entries.get(last + dt.timedelta(days=1)) is None
    assert page.day == last + dt.timedelta(days=2) and "Missed day 2 of 3" in page.banner_text.text()
    click(qtbot, page.banner.stop_button)
    assert page.status.text() == "Stopped: 0 missed days filled in, 3 left empty"
    # The day marked is not offered again; the two left are.
    assert service.reminders.missed_days() == [last + dt.timedelta(days=2), last + dt.timedelta(days=3)]
    assert page.banner_button.text() == "Fill in the 2 missed days"


def test_going_to_another_day_ends_the_catch_up(qtbot, page, service):
    page.on_data_changed(service.entries.save(DailyEntry(TODAY - dt.timedelta(days=3), activity=5)))
    click(qtbot, page.banner_button)
    click(qtbot, page.today_button)
    assert page.day == TODAY and not page.banner.walking
    assert page.banner_button.text() == "Fill in the 2 missed days"


def test_hidden_side_effects_leave_the_page_but_keep_their_data(qtbot, page, service):
    service.entries.save(DailyEntry(TODAY - dt.timedelta(days=1), side_effects={"nausea": Severity.MILD}))
    page.on_data_changed(service.entries.set_side_effect_hidden("nausea", True))
    assert "nausea" not in page.side_effects_box.groups
    page.go_to(TODAY - dt.timedelta(days=1))
    # The day it was felt still shows it, so the record is never silently lost.
    assert severity_button(page, "nausea", Severity.MILD).isChecked()


def test_every_control_has_an_accessible_name(page):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QPlainTextEdit

    controls = page.findChildren(QAbstractButton) + page.findChildren(QAbstractSpinBox) + page.findChildren(QPlainTextEdit)
    unnamed = [c for c in controls if c.isVisibleTo(page) and not c.accessibleName()]
    assert unnamed == []


def test_adding_a_side_effect_moves_no_other_row(qtbot, page, service):
    def places():
        grid = page.side_effects_box.grid
        return {key: grid.getItemPosition(grid.indexOf(row))[:2]
                for key, row in zip(page.side_effects_box.groups, page.side_effects_box.rows, strict=True)}

    before = places()
    page.on_data_changed(service.entries.add_side_effect("Brain fog")[1])
    after = places()
    assert len(after) == len(before) + 1
    assert {key: after[key] for key in before} == before


def test_the_save_button_stands_out_while_the_day_has_unsaved_changes(qtbot, page):
    def fill():  # the colour inside the button's edge, as painted
        image = page.save_button.grab().toImage()
        return image.pixelColor(8, image.height() // 2).name()

    assert page.save_button.property("dirty") is False
    normal = fill()
    page.activity_box.row.choose(4)
    assert page.save_button.property("dirty") is True and fill() != normal
    assert page.save()
    assert page.save_button.property("dirty") is False and fill() == normal
