"""Reminders in the running window, over a real D-Bus session bus: once a day after the set time,
also after a sleep; none on a day filled in; a click opens the day; the tray; the settings dialog."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from diary.domain.entries import DailyEntry
from diary.domain.reminders import Reminder, ReminderSettings
from diary.ui.reminders import Reminders
from diary.ui.reminders_dialog import ReminderDialog
from tests.conftest import TODAY

WAIT_MS = 20_000  # a generous bound for the bus round trip on a busy machine; nothing is timed


class Clock:
    def __init__(self, hour, minute=0):
        self.now = dt.datetime.combine(TODAY, dt.time(hour, minute))

    def __call__(self):
        return self.now

    def set(self, hour, minute=0, day=TODAY):
        self.now = dt.datetime.combine(day, dt.time(hour, minute))


@pytest.fixture
def clock():
    return Clock(9)


@pytest.fixture
def reminders(window, service, clock):
    service.reminders.save_settings(ReminderSettings(daily=True))
    made = Reminders(window, service, window.open_day, window.quit, tray_available=False, clock=clock)
    yield made
    made.close()
    QApplication.instance().setQuitOnLastWindowClosed(True)


def wait_shown(qtbot, notifications, n):
    qtbot.waitUntil(lambda: len(notifications.shown) >= n, timeout=WAIT_MS)


def test_exactly_one_reminder_after_the_time_also_after_a_sleep(qtbot, notifications, reminders, clock):
    assert reminders.check() == []  # 09:00
    clock.set(19, 0)
    assert reminders.check() == []
    clock.set(22, 17)  # the laptop slept through 20:00 and woke up now
    assert reminders.check() == [Reminder.DAILY]
    wait_shown(qtbot, notifications, 1)
    clock.set(22, 18)
    assert reminders.check() == []
    clock.set(23, 59)
    assert reminders.check() == []
    [shown] = notifications.shown
    assert shown.title == "Time for your LDN diary" and "no entry yet" in shown.body


def test_no_reminder_when_today_is_filled_in(qtbot, notifications, reminders, service, clock):
    service.entries.save(DailyEntry(TODAY, activity=3))
    clock.set(20, 30)
    assert reminders.check() == []
    assert notifications.shown == []


def test_clicking_the_notification_opens_that_days_entry(qtbot, notifications, reminders, window, clock):
    window.entry_page.go_to(TODAY - dt.timedelta(days=3))
    window.nav.setCurrentRow(window.pages.index(window.history_page))
    window.hide()
    clock.set(20, 5)
    reminders.check()
    wait_shown(qtbot, notifications, 1)
    notifications.click(1)
    qtbot.waitUntil(lambda: window.isVisible() and window.stack.currentWidget() is window.entry_page, timeout=WAIT_MS)
    assert window.entry_page.day == TODAY


def test_the_timer_runs_only_while_a_reminder_is_on(reminders):
    assert reminders.timer.isActive()
    reminders.apply(ReminderSettings())
    assert not reminders.timer.isActive()


def test_without_a_notification_service_the_window_asks_for_attention(qtbot, empty_bus, reminders, clock):
    clock.set(20, 1)
    sent = reminders.notify(Reminder.DAILY, TODAY)
    qtbot.waitUntil(sent.done, timeout=WAIT_MS)
    assert sent.exception() is not None  # told apart from a notification shown


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # the offscreen platform has no tray to watch
def test_the_tray_menu_and_closing_into_the_tray(qtbot, window, service, clock):
    service.reminders.save_settings(ReminderSettings(daily=True))
    window.reminders.close()
    window.reminders = tray_reminders = Reminders(window, service, window.open_day, window.quit, tray_available=True, clock=clock)
    try:
        menu = tray_reminders.tray.contextMenu()
        assert [a.text() for a in menu.actions() if not a.isSeparator()] == ["Open LDN Diary", "Today's entry", "Quit"]
        assert tray_reminders.keeps_running
        assert not QApplication.instance().quitOnLastWindowClosed()
        window.close()
        assert not window.isVisible() and window.reminders is tray_reminders  # hidden, still running
        assert service.reminders.explain_tray_once() is False  # it was said the first time
        tray_reminders.today_action.trigger()
        assert window.isVisible() and window.entry_page.day == TODAY
    finally:
        tray_reminders.close()
        QApplication.instance().setQuitOnLastWindowClosed(True)


def test_without_a_tray_closing_the_window_closes_it(window, service):
    service.reminders.save_settings(ReminderSettings(daily=True))
    window.reminders.apply(service.reminders.settings())
    assert window.reminders.tray is None and not window.reminders.keeps_running
    assert "no tray" in window.reminders.describe()
    window.close()
    assert not window.isVisible()


def test_the_dialog_saves_the_settings_writes_the_login_entry_and_sends_a_test(qtbot, notifications, window, service, tmp_path):
    dialog = ReminderDialog(service, window.writes, window.reminders, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.daily.isChecked() and dialog.time_edit.time().toString("HH:mm") == "20:00"
    assert not dialog.login.isEnabled()  # nothing to start for until a reminder is on
    qtbot.waitUntil(lambda: "test-notifications" in dialog.server.text(), timeout=WAIT_MS)
    qtbot.mouseClick(dialog.daily, Qt.MouseButton.LeftButton)
    dialog.time_edit.setTime(dialog.time_edit.time().addSecs(-3600))
    assert dialog.login.isEnabled()
    assert dialog.where.text().startswith("On: a reminder at 19:00")
    dialog.login.setChecked(True)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("Sent"), timeout=WAIT_MS)
    assert notifications.shown[-1].title == "LDN Diary test reminder"
    dialog.accept()
    assert service.reminders.settings() == ReminderSettings(daily=True, time=dt.time(19, 0))
    entry = tmp_path / "config" / "autostart" / "ldn-diary.desktop"
    assert "--hidden" in entry.read_text()
    assert window.reminders.timer.isActive()
    # Turned off again: the entry goes.
    again = ReminderDialog(service, window.writes, window.reminders, window)
    qtbot.addWidget(again)
    assert again.login.isChecked()
    again.daily.setChecked(False)
    again.accept()
    assert not entry.exists() and not window.reminders.timer.isActive()


def test_the_dialog_says_when_no_notification_service_answers(qtbot, empty_bus, window, service):
    dialog = ReminderDialog(service, window.writes, window.reminders, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "No notification service" in dialog.server.text(), timeout=WAIT_MS)


def test_in_german_the_reminder_and_its_description_are_german(qtbot, notifications, reminders, clock):
    from diary.desktop import language

    language.install("de")
    reminders.apply(ReminderSettings(daily=True, dose=True))
    assert reminders.describe() == (
        "Ein: eine Erinnerung um 20:00 an Tagen ohne Eintrag und eine Erinnerung zur geplanten Einnahmezeit, solange eine "
        "Behandlung läuft. Dieser Desktop hat keinen Infobereich: Erinnerungen kommen, solange das Fenster offen ist "
        "(es darf minimiert sein).")
    clock.set(20, 30)
    assert reminders.check() == [Reminder.DAILY]
    wait_shown(qtbot, notifications, 1)
    assert notifications.shown[0].title == "Zeit für Ihr LDN-Tagebuch"
