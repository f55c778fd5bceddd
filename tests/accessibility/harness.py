"""The app as a screen reader meets it: Xvfb, a private session bus (which starts the AT-SPI bus
on demand), the app on the xcb platform with Qt's accessibility bridge on, and the tree read from
outside the process by walk_tree.py under the system's python3 and pyatspi."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

APP_NAME = "LDN Diary"
WALKER = Path(__file__).with_name("walk_tree.py")
SYSTEM_PYTHON = "/usr/bin/python3"
STARTUP_BOUND_S = 120  # a generous bound for a loaded machine; nothing is timed against it


def pyatspi_missing() -> str | None:
    """Why the tree cannot be read here (None: it can)."""
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is missing"
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    return None if found.returncode == 0 else "the system's python3 lacks pyatspi (apt-get install python3-pyatspi)"


def wait_for(check, what: str, bound_s: float = STARTUP_BOUND_S):
    """Poll `check` until it returns something true; fail with `what` after `bound_s`."""
    deadline = time.monotonic() + bound_s
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} (waited {bound_s} s)")
        time.sleep(0.2)


class Session:
    """Xvfb, a session bus and a private HOME/XDG_RUNTIME_DIR in `folder`; `env` runs clients in it."""

    def __init__(self, folder: Path):
        self.folder = folder
        home, runtime = folder / "home", folder / "runtime"
        home.mkdir()
        runtime.mkdir(mode=0o700)
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "AT_SPI", "XDG_", "WAYLAND"))},
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
        }
        self._processes: list[subprocess.Popen] = []
        # Xvfb picks a free display itself and writes its number once it takes clients.
        xvfb = subprocess.Popen([shutil.which("Xvfb") or "Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=self.env)
        self._processes.append(xvfb)
        assert xvfb.stdout is not None
        number = xvfb.stdout.readline().strip()
        if not number.isdigit():
            raise RuntimeError(f"Xvfb did not start (code {xvfb.poll()})")
        self.env["DISPLAY"] = self.display = f":{number}"
        bus = subprocess.Popen([shutil.which("dbus-daemon") or "dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=self.env)
        self._processes.append(bus)
        assert bus.stdout is not None
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        # Start the accessibility bus before the app, as a desktop session does.
        subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                        "org.a11y.Bus.GetAddress"], env=self.env, capture_output=True, check=True, timeout=STARTUP_BOUND_S)

    def stop(self) -> None:
        for process in reversed(self._processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(10)
            if process.stdout is not None:
                process.stdout.close()
        # at-spi-bus-launcher and the registry were started by the bus; they end with it.


class App:
    """The diary app running in `session` on the data folder `data_dir`."""

    def __init__(self, session: Session, data_dir: Path, lang: dict[str, str] | None = None):
        """`lang`: the language's environment (default: English, whatever the machine speaks)."""
        self.session = session
        env = {**{k: v for k, v in session.env.items() if not k.startswith(("LANG", "LC_", "LDN_DIARY_LANG"))},
               **(lang or {"LDN_DIARY_LANG": "en"}),
               "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1"}
        self.log = (session.folder / "app.log").open("w")
        self.process = subprocess.Popen([sys.executable, "-m", "diary", "--data-dir", str(data_dir)], env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        wait_for(lambda: self._running() and self.tree()["found"], "the app never showed up in the AT-SPI registry")
        # No window manager runs on Xvfb: give the window the keyboard focus as one would.
        window = wait_for(self._window, "the app's window never appeared on the X display")
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=session.env, check=True, capture_output=True,
                       timeout=STARTUP_BOUND_S)
        wait_for(self.focused_control, "no control of the app ever had the focus")

    def _window(self) -> str | None:
        self._running()
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{APP_NAME}$"], env=self.session.env,
                               capture_output=True, text=True, check=False, timeout=STARTUP_BOUND_S)
        return found.stdout.split()[0] if found.stdout.split() else None

    def _running(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"the app ended with code {self.process.returncode}:\n{(self.session.folder / 'app.log').read_text()}")
        return True

    def tree(self, *flags: str) -> dict:
        """The app's tree as walk_tree.py prints it."""
        done = subprocess.run([SYSTEM_PYTHON, str(WALKER), APP_NAME, *flags], env=self.session.env,
                              capture_output=True, text=True, check=False, timeout=STARTUP_BOUND_S)
        if done.returncode != 0:
            raise RuntimeError(f"walk_tree.py failed:\n{done.stderr}")
        return json.loads(done.stdout)

    def nodes(self) -> list[dict]:
        return self.tree()["nodes"]

    def focused(self) -> list[dict]:
        """The nodes in the focused state."""
        return self.tree("--focused")["nodes"]

    def focused_control(self) -> dict | None:
        """The control with the keyboard focus. Qt marks its window focused too, and the current
        item of every list and table whether the view has the focus or not: those are left out
        (a focused list or table is itself the control)."""
        nodes = [n for n in self.focused() if n["role"] not in ("application", "frame", "window", "list item", "table cell")]
        return max(nodes, key=lambda n: n["depth"]) if nodes else None

    def keys(self, *keys: str) -> None:
        """Press `keys` (xdotool's names: "Tab", "ctrl+2") on the app's window, as the user would."""
        subprocess.run(["xdotool", "key", "--delay", "50", *keys], env=self.session.env, check=True,
                       capture_output=True, timeout=STARTUP_BOUND_S)

    def focus_after(self, *keys: str) -> dict | None:
        """The control focused once `keys` are pressed and the focus has moved (or, if it never
        moves, where it stayed)."""
        before = self.focused_control()
        self.keys(*keys)
        try:
            return wait_for(lambda: (now := self.focused_control()) != before and now, f"the focus stayed after {keys}", bound_s=10)
        except TimeoutError:
            return self.focused_control()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.log.close()
