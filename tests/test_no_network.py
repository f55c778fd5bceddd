"""The app makes no network connections: the test guard refuses them, and no module could make one."""

import ast
import socket
from importlib.resources import files
from pathlib import Path

import pytest

NETWORK_MODULES = {"socket", "ssl", "http", "urllib.request", "requests", "httpx", "ftplib", "smtplib", "PySide6.QtNetwork"}


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_module_of_the_app_imports_a_network_library():
    package = Path(str(files("diary")))
    offenders = {
        str(path.relative_to(package)): sorted(
            name for name in imported_modules(path) if name in NETWORK_MODULES or name.split(".")[0] in {"socket", "ssl", "http"}
        )
        for path in package.rglob("*.py")
    }
    assert {module: names for module, names in offenders.items() if names} == {}


@pytest.mark.parametrize(
    ("kind", "attempt"),
    [
        (None, lambda sock: socket.create_connection(("192.0.2.1", 80), timeout=0.1)),
        (None, lambda sock: socket.getaddrinfo("example.org", 443)),
        (socket.SOCK_STREAM, lambda sock: sock.connect(("192.0.2.1", 80))),
        (socket.SOCK_STREAM, lambda sock: sock.connect_ex(("192.0.2.1", 80))),
        (socket.SOCK_DGRAM, lambda sock: sock.sendto(b"x", ("192.0.2.1", 53))),
    ],
    ids=["create_connection", "getaddrinfo", "connect", "connect_ex", "sendto"],
)
def test_the_guard_fails_any_attempt(kind, attempt):
    if kind is None:
        with pytest.raises(AssertionError, match="network connection"):
            attempt(None)
        return
    with socket.socket(socket.AF_INET, kind) as sock, pytest.raises(AssertionError, match="network connection"):
        attempt(sock)
