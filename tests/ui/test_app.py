"""Start-up: the checks that say what is missing, the icon, and the window from the command."""

import ctypes

from diary.ui import app
from diary.ui.icon import app_icon


def test_icon_is_found_through_the_package(qtbot):
    icon = app_icon()
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).isNull()


def test_missing_linux_library_names_the_package(monkeypatch):
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    real_cdll = ctypes.CDLL

    def fake_cdll(name, *args, **kwargs):
        if name == "libxcb-cursor.so.0":
            raise OSError("not found")
        return real_cdll(name, *args, **kwargs)

    monkeypatch.setattr(app.ctypes, "CDLL", fake_cdll)
    problem = app.startup_problem()
    assert "sudo apt-get install libxcb-cursor0" in problem


def test_no_display_is_explained(monkeypatch):
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert "needs a desktop session" in app.startup_problem()


def test_offscreen_needs_no_system_libraries():
    assert app.missing_system_packages() == []  # QT_QPA_PLATFORM=offscreen in the tests
