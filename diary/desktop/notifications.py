"""Native desktop notifications through desktop-notifier, sent from an asyncio loop of their own.

desktop-notifier speaks to the platform's notification centre (freedesktop notifications over
D-Bus on Linux, WinRT on Windows, UserNotifications on macOS) and reports clicks from the loop it
sends on. That loop runs in a daemon thread so the Qt event loop never waits on D-Bus; `on_clicked`
is called in that thread, and the window hands it to the GUI thread with a queued signal.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from importlib.resources import files
from pathlib import Path
from typing import Any

from diary.domain.language import translate

APP_NAME = "LDN Diary"
STATUS_TIMEOUT_SECONDS = 3.0


class NotShownError(Exception):
    """The notification was not shown (no notification service, or it refused)."""


class Notifier:
    """Sends notifications; `on_clicked(tag)` is called (in the notifier's thread) when one is clicked."""

    def __init__(self, on_clicked: Callable[[str], None]):
        self._on_clicked = on_clicked
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="notifications", daemon=True)
        self._thread.start()
        self._notifier: Any = None  # a DesktopNotifier, made in the loop on first use

    def send(self, title: str, message: str, tag: str) -> Future[str]:
        """Show a notification; the future holds its identifier, or the error if none could be shown."""
        return asyncio.run_coroutine_threadsafe(self._send(title, message, tag), self._loop)

    async def _send(self, title: str, message: str, tag: str) -> str:
        if self._notifier is None:
            from desktop_notifier import DesktopNotifier, Icon

            self._notifier = DesktopNotifier(APP_NAME, Icon(path=Path(str(files("diary.resources") / "ldn-diary.svg"))))
        dispatched: list[bool] = []  # desktop-notifier logs a failure and returns: this tells them apart
        identifier = await self._notifier.send(title, message, on_dispatched=lambda: dispatched.append(True),
                                               on_clicked=lambda: self._on_clicked(tag))
        if not dispatched:
            raise NotShownError(translate("desktop.notifications", "no notification service on this desktop took it"))
        return str(identifier)

    def server(self) -> Future[str]:
        """What shows the notifications here (e.g. "dunst 1.9.0"); the error if nothing does."""
        return asyncio.run_coroutine_threadsafe(asyncio.wait_for(_server(), STATUS_TIMEOUT_SECONDS), self._loop)

    def close(self) -> None:
        """Hang up the D-Bus connection and end the loop's thread."""
        if self._notifier is not None:
            bus = getattr(self._notifier._backend, "bus", None)  # desktop-notifier's D-Bus connection, if any
            if bus is not None:
                asyncio.run_coroutine_threadsafe(_hang_up(bus), self._loop).result(STATUS_TIMEOUT_SECONDS)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(STATUS_TIMEOUT_SECONDS)
        if not self._thread.is_alive():
            self._loop.close()


async def _server() -> str:
    if sys.platform == "win32":
        return translate("desktop.notifications", "the Windows notification centre")
    if sys.platform == "darwin":
        return translate("desktop.notifications", "the macOS notification centre")
    from dbus_fast.aio import MessageBus

    bus = await MessageBus().connect()
    try:
        introspection = await bus.introspect("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
        proxy = bus.get_proxy_object("org.freedesktop.Notifications", "/org/freedesktop/Notifications", introspection)
        name, vendor, version, _spec = await proxy.get_interface("org.freedesktop.Notifications").call_get_server_information()  # type: ignore[attr-defined]
        return f"{name} {version}".strip() or vendor
    finally:
        await _hang_up(bus)


async def _hang_up(bus: Any) -> None:
    if bus.connected:
        bus.disconnect()
        try:
            await bus.wait_for_disconnect()
        except Exception:  # it ended with an error: it is closed all the same
            pass
