"""Start at login, by the files it writes into a temporary home (and a registry stand-in for Windows)."""

import plistlib
import shlex
import sys

from diary.desktop.autostart import HIDDEN_FLAG, LABEL, Autostart, launch_command


def test_linux_writes_an_xdg_autostart_entry_and_removes_exactly_it(tmp_path):
    autostart = Autostart("linux", home=tmp_path)
    assert not autostart.is_on()
    command = launch_command(tmp_path / "my diary")
    autostart.turn_on(command)
    entry = tmp_path / ".config" / "autostart" / "ldn-diary.desktop"
    assert autostart.path == entry and autostart.is_on()
    lines = entry.read_text().splitlines()
    assert lines[0] == "[Desktop Entry]" and "Type=Application" in lines
    exec_line = next(line for line in lines if line.startswith("Exec="))
    assert shlex.split(exec_line[len("Exec="):]) == [sys.executable, "-m", "diary", "--data-dir", str(tmp_path / "my diary"), HIDDEN_FLAG]
    autostart.turn_off()
    assert not entry.exists() and entry.parent.is_dir()  # the folder may hold other programs' entries
    autostart.turn_off()  # twice is harmless


def test_an_entry_someone_else_wrote_is_left_alone(tmp_path):
    entry = tmp_path / ".config" / "autostart" / "ldn-diary.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nType=Application\nExec=something-else\n")
    autostart = Autostart("linux", home=tmp_path)
    assert not autostart.is_on()
    autostart.turn_off()
    assert entry.read_text().endswith("Exec=something-else\n")


def test_xdg_config_home_is_followed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    assert Autostart("linux").path == tmp_path / "elsewhere" / "autostart" / "ldn-diary.desktop"


def test_macos_writes_a_launch_agent(tmp_path):
    autostart = Autostart("darwin", home=tmp_path)
    command = launch_command(None)
    autostart.turn_on(command)
    agent = tmp_path / "Library" / "LaunchAgents" / f"{LABEL}.plist"
    assert plistlib.loads(agent.read_bytes()) == {"Label": LABEL, "ProgramArguments": command, "RunAtLoad": True,
                                                  "ProcessType": "Interactive"}
    assert autostart.is_on()
    autostart.turn_off()
    assert not agent.exists()


class FakeRunKey(dict):
    def get(self, name):
        return super().get(name)

    def set(self, name, value):
        self[name] = value

    def delete(self, name):
        self.pop(name, None)


def test_windows_sets_and_removes_its_run_value_only(tmp_path):
    key = FakeRunKey(Other="C:\\other.exe")
    autostart = Autostart("win32", home=tmp_path, registry=key)
    autostart.turn_on(["C:\\Program Files\\LDN Diary\\LDN Diary.exe", HIDDEN_FLAG])
    assert key["LDN Diary"] == '"C:\\Program Files\\LDN Diary\\LDN Diary.exe" --hidden'
    assert autostart.is_on()
    autostart.turn_off()
    assert key == {"Other": "C:\\other.exe"}


def test_a_frozen_app_starts_itself(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert launch_command(None) == [sys.executable, HIDDEN_FLAG]
