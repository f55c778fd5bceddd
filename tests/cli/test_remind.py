"""`ldn-diary remind --status`: what is set, when the next one is due, and what this desktop offers."""

import datetime as dt

from diary.cli import main
from diary.domain.reminders import ReminderSettings
from diary.services.diary import DiaryService


def status(capsys, *args):
    code = main(["remind", "--status", *args])
    out = capsys.readouterr().out
    assert code == 0
    return dict(line.split(":", 1) for line in out.splitlines())


def test_status_of_a_new_diary(capsys, notifications, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    lines = status(capsys)
    assert lines["Daily reminder"].strip() == "off"
    assert lines["Next reminder"].strip() == "none (reminders are off)"
    assert lines["Notifications"].strip() == "yes (test-notifications 1.0)"
    assert lines["Tray icon"].strip() == "no (no display here)"
    assert lines["Start at login"].strip() == "off"


def test_status_with_the_reminder_on(capsys, data_dir, empty_bus):
    service = DiaryService(data_dir)
    service.reminders.save_settings(ReminderSettings(daily=True, time=dt.time(21, 15)))
    service.close()
    lines = status(capsys, "--data-dir", str(data_dir))
    assert lines["Daily reminder"].strip() == "on, at 21:15"
    next_due = dt.datetime.strptime(lines["Next reminder"].strip(), "%Y-%m-%d %H:%M")
    assert next_due.time() == dt.time(21, 15) or next_due <= dt.datetime.now() + dt.timedelta(minutes=1)
    assert lines["Notifications"].strip().startswith("no (")
