"""Shared test setup: offscreen Qt, and a fresh data folder for every test."""

import datetime as dt
import gc
import os
import socket
import sys
import traceback

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

TODAY = dt.date(2026, 6, 15)

# PySide6 hands an exception raised in a slot or a virtual method (an event handler) to
# sys.excepthook and carries on. pytest-qt swaps in its own hook during each test phase and fails
# the test; this one stays underneath it, so an exception outside those phases, in a test marked
# qt_no_exception_capture, or passed on by the app's own hook (diary.ui.errors) fails a test too.
_slot_errors: list[str] = []


def _record_slot_error(kind, error, tb) -> None:
    _slot_errors.append("".join(traceback.format_exception(kind, error, tb)))
    sys.__excepthook__(kind, error, tb)


sys.excepthook = _record_slot_error


@pytest.fixture(autouse=True)
def slot_errors():
    """Exceptions raised in Qt slots during the test; any left here fails it. A test that raises
    one on purpose takes them out of the list."""
    _slot_errors.clear()
    yield _slot_errors
    if _slot_errors:
        errors, _slot_errors[:] = list(_slot_errors), []
        pytest.fail("an exception was raised in a Qt slot:\n" + "\n".join(errors), pytrace=False)


@pytest.fixture(autouse=True)
def unfrozen_heap():
    """A window opened by run_window freezes the heap after its first paint (diary.ui.app.settle_heap):
    the next test's garbage must still be collected, so the heap is thawed after each test."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True, scope="session")
def qt_application(qapp):
    """One QApplication for the whole run, made first: an in-process `ldn-diary report` would
    otherwise create a bare QGuiApplication that widget tests cannot use. It has the window's look
    (diary.ui.theme), light, as the app has at start-up."""
    from diary.ui import theme

    theme.install(qapp)
    return qapp


@pytest.fixture(autouse=True, scope="session")
def translations():
    """The .qm files built from the .ts files as they are now (pip builds them once, at install)."""
    import runpy
    from pathlib import Path

    runpy.run_path(str(Path(__file__).parent.parent / "packaging" / "translations.py"))["build"]()


@pytest.fixture(autouse=True)
def english(translations, qt_application, monkeypatch):
    """Every test speaks English, whatever the machine's language, unless it chooses another."""
    from diary.desktop import language

    monkeypatch.setenv(language.ENVIRONMENT, "en")
    language.install("en")
    yield
    language.install("en")


def dump(folder) -> list[str]:
    """Every row of the diary in `folder` as SQL, to check that nothing at all changed."""
    import sqlite3

    from diary.store.database import DB_FILENAME

    con = sqlite3.connect(folder / DB_FILENAME)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def pdf_text(path) -> str:
    """The text of a PDF on one line, single-spaced, with ligatures such as "ﬁ" written out."""
    import unicodedata

    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder, also through $LDN_DIARY_DATA_DIR, so none touches a real
    diary, and its own config folder, so that "start at login" never writes the real autostart entry."""
    folder = tmp_path / "data"
    monkeypatch.setenv("LDN_DIARY_DATA_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return folder


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """The app makes no network connections: any attempt fails the test. (A local socket, such as the
    D-Bus session bus the notifications use, is not the network.)"""

    def refuse(*args, **kwargs):
        raise AssertionError("the app tried to open a network connection")

    def local_only(original):
        def connect(sock, address, *args):
            if sock.family != socket.AF_UNIX:
                refuse()
            return original(sock, address, *args)

        return connect

    monkeypatch.setattr(socket.socket, "connect", local_only(socket.socket.connect))
    monkeypatch.setattr(socket.socket, "connect_ex", local_only(socket.socket.connect_ex))
    monkeypatch.setattr(socket.socket, "sendto", refuse)  # UDP needs no connect
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)  # a name lookup is already a network request


@pytest.fixture
def service(data_dir):
    """A diary service on the test's data folder, with a fixed 'today' so dates are predictable."""
    from diary.services.diary import DiaryService

    svc = DiaryService(data_dir, today=lambda: TODAY)
    yield svc
    svc.close()


@pytest.fixture
def notifications(monkeypatch, tmp_path):
    """A real D-Bus session bus with a notification service on it, made the session bus of the test;
    its `shown` lists what the app asked it to show, `click(n)` clicks one (tests/notification_server.py)."""
    from tests import notification_server

    bus, running = notification_server.start(monkeypatch, tmp_path)
    yield running
    running.stop()
    bus.stop()


@pytest.fixture
def empty_bus(monkeypatch, tmp_path):
    """A session bus with no notification service on it (a desktop without one)."""
    from tests import notification_server

    bus = notification_server.SessionBus(tmp_path)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    yield bus
    bus.stop()
