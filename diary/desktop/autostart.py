"""Start the app hidden at login: an XDG autostart entry on Linux, a LaunchAgent on macOS, the Run
key on Windows. Turning it off removes exactly what turning it on wrote, and nothing else."""

from __future__ import annotations

import importlib
import os
import plistlib
import sys
from pathlib import Path
from typing import Any, Protocol

from diary.store.files import write_file

HIDDEN_FLAG = "--hidden"  # started at login: stay out of sight until a reminder or a click
MARKER = "X-LDN-Diary-Autostart=true"  # in the desktop entry: ours to remove
LABEL = "org.ldn-diary.autostart"  # the LaunchAgent's label and file name
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "LDN Diary"


def launch_command(data_dir: Path | None) -> list[str]:
    """How login starts this very app (the frozen app, or this Python with the package), hidden."""
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "diary"]
    chosen = ["--data-dir", str(data_dir)] if data_dir is not None else []
    return [*program, *chosen, HIDDEN_FLAG]


class Registry(Protocol):
    """The current user's Run key (winreg on Windows; a dict in tests elsewhere)."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class Autostart:
    """Start at login for the current user of `platform`, under `home` (the real one by default)."""

    def __init__(self, platform: str = sys.platform, home: Path | None = None, registry: Registry | None = None):
        self.platform = platform
        self._home = home or Path.home()
        xdg = os.environ.get("XDG_CONFIG_HOME") if home is None else None
        self._config = Path(xdg) if xdg else self._home / ".config"
        self._registry = registry

    @property
    def path(self) -> Path | None:
        """The file that starts the app at login (None on Windows, where it is a registry value)."""
        if self.platform == "win32":
            return None
        if self.platform == "darwin":
            return self._home / "Library" / "LaunchAgents" / f"{LABEL}.plist"
        return self._config / "autostart" / "ldn-diary.desktop"

    def where(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE}" if self.path is None else str(self.path)

    def is_on(self) -> bool:
        if self.path is None:
            return HIDDEN_FLAG in (self._windows().get(RUN_VALUE) or "")
        return self._ours(self.path)

    def turn_on(self, command: list[str]) -> None:
        if self.path is None:
            self._windows().set(RUN_VALUE, _windows_command(command))
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_file(self.path, _launch_agent(command) if self.platform == "darwin" else _desktop_entry(command))

    def turn_off(self) -> None:
        """Remove what `turn_on` wrote; a file of the same name that someone else wrote stays."""
        if self.path is None:
            if self.is_on():
                self._windows().delete(RUN_VALUE)
        elif self._ours(self.path):
            self.path.unlink()

    def _ours(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError:
            return False
        if self.platform == "darwin":
            try:
                return bool(plistlib.loads(data).get("Label") == LABEL)
            except Exception:  # not a property list: not ours
                return False
        return MARKER in data.decode("utf-8", "replace").splitlines()

    def _windows(self) -> Registry:
        if self._registry is None:
            self._registry = WindowsRunKey()
        return self._registry


def _desktop_entry(command: list[str]) -> bytes:
    # The Exec key's quoting rules (Desktop Entry Specification): double quotes, with \ " ` $ escaped.
    def quoted(arg: str) -> str:
        return '"' + "".join("\\" + c if c in '\\"`$' else c for c in arg) + '"'

    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Name=LDN Diary",
        "Comment=Daily reminder of the LDN symptom diary",
        "Exec=" + " ".join(quoted(arg).replace("%", "%%") for arg in command),
        "Icon=ldn-diary",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        MARKER,
    ]
    return ("\n".join(lines) + "\n").encode()


def _launch_agent(command: list[str]) -> bytes:
    return plistlib.dumps({"Label": LABEL, "ProgramArguments": command, "RunAtLoad": True, "ProcessType": "Interactive"})


def _windows_command(command: list[str]) -> str:
    import subprocess

    return subprocess.list2cmdline(command)


class WindowsRunKey:  # pragma: no cover - Windows only
    """HKEY_CURRENT_USER's Run key, through winreg."""

    def __init__(self) -> None:
        self._winreg: Any = importlib.import_module("winreg")

    def get(self, name: str) -> str | None:
        reg = self._winreg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY) as key:
                return str(reg.QueryValueEx(key, name)[0])
        except OSError:
            return None

    def set(self, name: str, value: str) -> None:
        reg = self._winreg
        with reg.CreateKey(reg.HKEY_CURRENT_USER, RUN_KEY) as key:
            reg.SetValueEx(key, name, 0, reg.REG_SZ, value)

    def delete(self, name: str) -> None:
        reg = self._winreg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, name)
        except FileNotFoundError:
            pass
