"""The reminder settings and state as named settings (the `settings` table's JSON values)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from diary.domain.reminders import Reminder, ReminderSettings, ReminderState

_DEFAULTS = ReminderSettings()


def _time(value: Any, default: dt.time) -> dt.time:
    try:
        return dt.time.fromisoformat(value)
    except (TypeError, ValueError):
        return default


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def reminder_settings(stored: dict[str, Any]) -> ReminderSettings:
    return ReminderSettings(
        daily=stored.get("reminder_daily") is True,
        time=_time(stored.get("reminder_time"), _DEFAULTS.time),
        dose=stored.get("reminder_dose") is True,
    )


def reminder_settings_values(settings: ReminderSettings) -> dict[str, object]:
    return {"reminder_daily": settings.daily, "reminder_time": settings.time.strftime("%H:%M"), "reminder_dose": settings.dose}


def reminder_state(stored: dict[str, Any]) -> ReminderState:
    fired = {kind: day for kind in Reminder if (day := _date(stored.get(f"reminder_fired_{kind.value}"))) is not None}
    return ReminderState(fired, _date(stored.get("caught_up_to")), stored.get("tray_explained") is True)


def reminder_state_values(state: ReminderState) -> dict[str, object]:
    values: dict[str, object] = {f"reminder_fired_{kind.value}": day.isoformat() for kind, day in state.fired.items()}
    if state.caught_up_to is not None:
        values["caught_up_to"] = state.caught_up_to.isoformat()
    values["tray_explained"] = state.tray_explained
    return values
