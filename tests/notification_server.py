"""A private D-Bus session bus with a small freedesktop notification service on it, so that the
tests exercise the real D-Bus calls the app makes (dbus-daemon from Debian's `dbus` package)."""

# ruff: noqa: F722, F821  (dbus-fast reads D-Bus signatures such as "a{sv}" from the annotations)

import asyncio
import shutil
import signal
import subprocess
import threading
from dataclasses import dataclass

from dbus_fast.aio import MessageBus
from dbus_fast.service import ServiceInterface, method
from dbus_fast.service import signal as dbus_signal

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@dataclass
class Shown:
    app_name: str
    icon: str
    title: str
    body: str
    actions: list


class NotificationService(ServiceInterface):
    def __init__(self):
        super().__init__(NAME)
        self.shown: list[Shown] = []

    @method()
    def GetCapabilities(self) -> "as":
        return ["actions", "body"]

    @method()
    def Notify(self, app_name: "s", replaces_id: "u", app_icon: "s", summary: "s", body: "s",
               actions: "as", hints: "a{sv}", expire_timeout: "i") -> "u":
        self.shown.append(Shown(app_name, app_icon, summary, body, list(actions)))
        return len(self.shown)

    @method()
    def CloseNotification(self, id: "u"):
        self.NotificationClosed(id, 3)

    @method()
    def GetServerInformation(self) -> "ssss":
        return ["test-notifications", "LDN Diary tests", "1.0", "1.2"]

    @dbus_signal()
    def ActionInvoked(self, id: "u", key: "s") -> "us":
        return [id, key]

    @dbus_signal()
    def NotificationClosed(self, id: "u", reason: "u") -> "uu":
        return [id, reason]


class SessionBus:
    """A session bus daemon in a child process; `address` for DBUS_SESSION_BUS_ADDRESS. It starts
    no services of its own (the machine's notification daemon stays out of the tests)."""

    def __init__(self, folder):
        daemon = shutil.which("dbus-daemon")
        if daemon is None:
            raise RuntimeError("dbus-daemon is missing: apt-get install dbus (.ci/run installs it)")
        config = folder / "session.conf"
        config.write_text(CONFIG.format(folder=folder))
        self.process = subprocess.Popen([daemon, f"--config-file={config}", "--nofork", "--print-address=1"],
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.address = self.process.stdout.readline().strip()

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(10)
        self.process.stdout.close()


class RunningService:
    """The notification service on `address`, served from a thread of its own."""

    def __init__(self, address: str, register: bool = True):
        self.service = NotificationService()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.bus = self._call(self._connect(address))
        if register:
            self.bus.export(PATH, self.service)
            self._call(self.bus.request_name(NAME))

    @staticmethod
    async def _connect(address):
        return await MessageBus(bus_address=address).connect()

    def _call(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(10)

    @property
    def shown(self) -> list[Shown]:
        return list(self.service.shown)

    def click(self, number: int) -> None:
        """Click notification `number` (1 the first), as a desktop would report it."""
        self.loop.call_soon_threadsafe(self.service.ActionInvoked, number, "default")

    def stop(self):
        self.bus.disconnect()
        self._call(self.bus.wait_for_disconnect())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


def start(monkeypatch, folder):
    """A session bus (its socket in `folder`) with the service on it, made the environment's session bus."""
    bus = SessionBus(folder)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    return bus, RunningService(bus.address)
