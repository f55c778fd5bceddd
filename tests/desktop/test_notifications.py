"""Notifications over a real D-Bus session bus, to a notification service the test registers on it."""

import queue

import pytest

from diary.desktop.notifications import APP_NAME, Notifier

WAIT = 20  # seconds: a generous bound on a busy machine; the test does not time anything


@pytest.fixture
def clicks():
    return queue.Queue()


@pytest.fixture
def notifier(clicks):
    made = Notifier(clicks.put)
    yield made
    made.close()


def test_a_notification_reaches_the_desktop_and_its_click_comes_back(notifications, notifier, clicks):
    notifier.send("How was your day?", "Today has no entry yet.", "daily:2026-12-02").result(WAIT)
    [shown] = notifications.shown
    assert (shown.app_name, shown.title, shown.body) == (APP_NAME, "How was your day?", "Today has no entry yet.")
    assert "default" in shown.actions  # clicking the notification itself is reported
    assert shown.icon.startswith("file://") and shown.icon.endswith("ldn-diary.svg")
    notifications.click(1)
    assert clicks.get(timeout=WAIT) == "daily:2026-12-02"


def test_the_server_is_named(notifications, notifier):
    assert notifier.server().result(WAIT) == "test-notifications 1.0"


def test_no_notification_service_is_an_error_not_a_hang(empty_bus, notifier):
    with pytest.raises(Exception):  # noqa: B017 - whatever dbus-fast raises: the caller only needs "not shown"
        notifier.send("Title", "Body", "daily:2026-12-02").result(WAIT)
    with pytest.raises(Exception):  # noqa: B017
        notifier.server().result(WAIT)
