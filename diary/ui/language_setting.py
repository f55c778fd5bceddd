"""The window's language setting, kept per user (not per diary: the window speaks before a diary opens)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from diary.domain.language import LANGUAGES

_KEY = "language"


def _settings() -> QSettings:
    # ~/.config/ldn-diary/ldn-diary.ini on Linux (XDG_CONFIG_HOME honoured), the registry on Windows.
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ldn-diary", "ldn-diary")


def chosen() -> str | None:
    """The language chosen in the window, or None to follow the system."""
    value = _settings().value(_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def choose(code: str | None) -> None:
    """Remember `code` for the next start (None: follow the system again)."""
    settings = _settings()
    if code is None:
        settings.remove(_KEY)
    else:
        settings.setValue(_KEY, code)
    settings.sync()
