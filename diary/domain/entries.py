"""The daily entry: activity, side effects, dose and note, with the rules each value follows."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from types import MappingProxyType

from diary.domain.condition_items import complications_problems, item_problems
from diary.domain.errors import ValidationError
from diary.domain.language import translate
from diary.domain.wording import number

ACTIVITY_MIN, ACTIVITY_MAX = 0, 10
DOSE_MIN_MG, DOSE_MAX_MG = 0.1, 50.0
USUAL_MAX_DOSE_MG = 4.5
NOTE_MAX_CHARS = 2000
# Dates the diary works with: nothing before 1900 (no patient's diary begins earlier, and far
# dates would make periods of millennia), periods reaching at most a year ahead.
DATE_MIN = dt.date(1900, 1, 1)
PERIOD_DAYS_AHEAD = 366


def _g(value: float) -> str:
    """A number in a problem, as typed: "0.25", "60" (with the language's decimal sign)."""
    return number(value, 3, fixed=False)


class Severity(IntEnum):
    """How strong a side effect was on a day."""

    NONE = 0
    MILD = 1
    MODERATE = 2
    SEVERE = 3

    @property
    def label(self) -> str:
        """The severity as a reader sees it, in the current language ("mild")."""
        return severity_words()[self]

    @property
    def word(self) -> str:
        """The severity's English name, as files and the command line write it ("mild")."""
        return self.name.lower()


def severity_words() -> dict[Severity, str]:
    return {
        Severity.NONE: translate("domain.entries", "none", "a side effect's severity"),
        Severity.MILD: translate("domain.entries", "mild", "a side effect's severity"),
        Severity.MODERATE: translate("domain.entries", "moderate", "a side effect's severity"),
        Severity.SEVERE: translate("domain.entries", "severe", "a side effect's severity"),
    }


ACTIVITY_BANDS = ((0, 0), (1, 3), (4, 6), (7, 10))  # the activity values called none, mild, moderate, severe


def activity_band(activity: int) -> str:
    """The word shown for an activity value: none, mild, moderate or severe."""
    if activity <= ACTIVITY_BANDS[0][1]:
        return translate("domain.entries", "none", "disease activity 0")
    if activity <= ACTIVITY_BANDS[1][1]:
        return translate("domain.entries", "mild", "disease activity 1 to 3")
    if activity <= ACTIVITY_BANDS[2][1]:
        return translate("domain.entries", "moderate", "disease activity 4 to 6")
    return translate("domain.entries", "severe", "disease activity 7 to 10")


@dataclass(frozen=True)
class DailyEntry:
    """What the user recorded for one calendar day; None means "not recorded"."""

    day: dt.date
    activity: int | None = None
    dose_mg: float | None = None
    dose_taken: bool | None = None
    dose_time: dt.time | None = None
    note: str = ""
    # side-effect key -> severity; a key missing means "not recorded that day"
    side_effects: Mapping[str, Severity] = field(default_factory=dict)
    # the condition scores' items (condition_items.ITEMS): item key -> value, missing if not recorded
    items: Mapping[str, int] = field(default_factory=dict)
    # complication keys; an empty set is "none", None "not recorded"
    complications: frozenset[str] | None = None

    def __post_init__(self) -> None:
        # Freeze the mapping so an entry can never change behind a caller's back.
        # (Severity(v) is slow when called for years of days: values that already are one are kept.)
        frozen = MappingProxyType(
            {k: v if type(v) is Severity else Severity(v) for k, v in self.side_effects.items()}
        )
        object.__setattr__(self, "side_effects", frozen)
        object.__setattr__(self, "items", MappingProxyType(dict(self.items)))

    @property
    def is_empty(self) -> bool:
        """True when nothing at all was recorded for the day."""
        return (
            self.activity is None
            and self.dose_mg is None
            and self.dose_taken is None
            and self.dose_time is None
            and not self.note
            and not self.side_effects
            and not self.items
            and self.complications is None
        )

    @property
    def took_dose(self) -> bool:
        """A dose was taken: marked taken, or a dose recorded without saying (docs/response-rules.md#dose-taken)."""
        return bool(self.dose_taken) or (self.dose_taken is None and self.dose_mg is not None)

    @property
    def dose_recorded(self) -> bool:
        """Taken or missed is known for the day."""
        return self.dose_taken is not None or self.dose_mg is not None

    def present_side_effects(self) -> list[str]:
        """Keys of the side effects felt that day (severity above none)."""
        return [key for key, sev in self.side_effects.items() if sev > Severity.NONE]

    def merged_with(self, newer: DailyEntry) -> DailyEntry:
        """This entry updated with every value `newer` records (its empty values change nothing)."""
        return DailyEntry(
            day=self.day,
            activity=newer.activity if newer.activity is not None else self.activity,
            dose_mg=newer.dose_mg if newer.dose_mg is not None else self.dose_mg,
            dose_taken=newer.dose_taken if newer.dose_taken is not None else self.dose_taken,
            dose_time=newer.dose_time if newer.dose_time is not None else self.dose_time,
            note=newer.note or self.note,
            side_effects={**self.side_effects, **newer.side_effects},
            items={**self.items, **newer.items},
            complications=newer.complications if newer.complications is not None else self.complications,
        )


def entry_problems(entry: DailyEntry, today: dt.date, known_side_effects: set[str] | None = None) -> list[str]:
    """Every rule the entry breaks, each as a sentence naming the field and what is allowed."""
    problems = []
    if entry.day > today:
        problems.append(translate("domain.entries", "date {date} is in the future; entries can be made up to today ({today})").format(
            date=entry.day.isoformat(), today=today.isoformat()))
    if entry.day < DATE_MIN:
        problems.append(translate("domain.entries", "date {date} is before {year}; use a date from {first} on").format(
            date=entry.day.isoformat(), year=DATE_MIN.year, first=DATE_MIN.isoformat()))
    if entry.activity is not None and (
        isinstance(entry.activity, bool)
        or not isinstance(entry.activity, int)
        or not ACTIVITY_MIN <= entry.activity <= ACTIVITY_MAX
    ):
        problems.append(translate(
            "domain.entries", "activity {value} is not allowed; use a whole number from 0 (no symptoms) to 10 (worst imaginable)"
        ).format(value=repr(entry.activity)))
    if entry.dose_mg is not None and (isinstance(entry.dose_mg, bool) or not DOSE_MIN_MG <= entry.dose_mg <= DOSE_MAX_MG):
        problems.append(translate("domain.entries", "dose {dose} mg is not allowed; use a dose from {low} to {high} mg").format(
            dose=_g(entry.dose_mg), low=_g(DOSE_MIN_MG), high=_g(DOSE_MAX_MG)))
    if len(entry.note) > NOTE_MAX_CHARS:
        problems.append(translate("domain.entries", "note is {length} characters long; the most allowed is {limit}").format(
            length=len(entry.note), limit=NOTE_MAX_CHARS))
    problems.extend(item_problems(dict(entry.items)))
    problems.extend(complications_problems(entry.complications))
    if known_side_effects is not None:
        for key in entry.side_effects:
            if key not in known_side_effects:
                problems.append(translate("domain.entries", "side effect {key} is not in your side-effect list").format(key=repr(key)))
    return problems


def validate_entry(entry: DailyEntry, today: dt.date, known_side_effects: set[str] | None = None) -> None:
    """Raise ValidationError listing every problem if the entry breaks a rule."""
    problems = entry_problems(entry, today, known_side_effects)
    if problems:
        raise ValidationError(problems)


def format_dose(dose_mg: float) -> str:
    """A dose as people write LDN doses: "3.0 mg", "4.5 mg", "0.25 mg" (with the language's decimal sign)."""
    return f"{number(dose_mg, 1 if round(dose_mg, 1) == dose_mg else 2)} mg"


def file_dose(dose_mg: float) -> str:
    """format_dose for files (FHIR's dosage text): always with a decimal point, in every language."""
    return f"{dose_mg:.1f} mg" if round(dose_mg, 1) == dose_mg else f"{dose_mg:.2f} mg"


def dose_warning(dose_mg: float | None) -> str | None:
    """A gentle warning for doses beyond the usual low-dose range, else None."""
    if dose_mg is not None and dose_mg > USUAL_MAX_DOSE_MG:
        return translate(
            "domain.entries", "{dose} is above {usual}, beyond the usual low-dose range. Please check the dose with your prescriber."
        ).format(dose=format_dose(dose_mg), usual=format_dose(USUAL_MAX_DOSE_MG))
    return None


def parse_severity(value: str | int) -> Severity:
    """A severity from 0-3 or its name (none, mild, moderate, severe); ValueError otherwise."""
    text = str(value).strip().lower()
    if text.isascii() and text.isdigit() and int(text) in Severity._value2member_map_:
        return Severity(int(text))
    for sev in Severity:  # the English names first: files write them, and they are read for years of days
        if text == sev.word:
            return sev
    for sev, word in severity_words().items():  # then the reader's own words ("matig")
        if text == word.lower():
            return sev
    raise ValueError(translate("domain.entries", "severity {value} is not allowed; use 0 none, 1 mild, 2 moderate or 3 severe").format(
        value=repr(value)))


def parse_dose_time(text: str) -> dt.time:
    """A 24-hour HH:MM clock time (H:MM, HH:MM:00 and 12-hour AM/PM too); ValueError with what is allowed otherwise."""
    # Also 8:00, 22:00:00 (seconds 00) and 10:00:00 PM, as spreadsheets write times.
    match = re.fullmatch(r"([0-9]{1,2}):([0-9]{2})(?::00)?(?: ?([AP]M))?", text.strip().upper())
    if match and text.strip().isascii():
        hour, minute = int(match[1]), int(match[2])
        if match[3]:
            hour = hour % 12 + (12 if match[3] == "PM" else 0) if 1 <= hour <= 12 else 99
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValueError(translate("domain.entries", "time {text} is not allowed; use 24-hour HH:MM, e.g. 22:00").format(text=repr(text)))


def date_problem(day: dt.date, today: dt.date, what: str | None = None) -> str | None:
    """Why a date cannot be used for a period or an event (before 1900, or over a year ahead), or None.
    `what` names the date, already in the reader's language (default: "date")."""
    latest = today + dt.timedelta(days=PERIOD_DAYS_AHEAD)
    if DATE_MIN <= day <= latest:
        return None
    return translate("domain.entries", "{what} {date} is not allowed; use a date from {first} to {last}").format(
        what=what or translate("domain.entries", "date"), date=day.isoformat(), first=DATE_MIN.isoformat(), last=latest.isoformat())


def parse_date(text: str) -> dt.date:
    """An ISO YYYY-MM-DD date; ValueError with what is allowed otherwise."""
    try:
        # fromisoformat also takes forms such as "20260301" and "2026-W09-7"; only YYYY-MM-DD is allowed.
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text.strip()):
            raise ValueError
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(translate("domain.entries", "date {text} is not allowed; use YYYY-MM-DD, e.g. 2026-03-01").format(
            text=repr(text))) from None
