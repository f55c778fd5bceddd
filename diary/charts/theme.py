"""What every panel of the trend chart shares: a theme's colours and what its legend explains, matplotlib's day numbers, plain lines."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
from matplotlib.text import Text

from diary.charts.colours import DARK as DARK  # the themes: diary.charts.colours (no matplotlib there)
from diary.charts.colours import LIGHT as LIGHT
from diary.charts.colours import PRINT as PRINT
from diary.charts.colours import Theme as Theme
from diary.domain.entries import Severity
from diary.domain.language import translate

DAY = dt.timedelta(days=1)

def not_recorded() -> str:
    """What a gap in the side-effect strip means."""
    return translate("charts.theme", "blank: day not recorded")


def none_felt() -> str:
    """The legend's words for a side effect not felt (the severity "none")."""
    return translate("charts.theme", "side effect {severity}", "a legend: side effect none").format(severity=Severity.NONE.label)


def legend_items(theme: Theme) -> list[tuple[str, str, str]]:
    """(symbol, colour, words) of everything the legend explains, for a legend drawn elsewhere."""
    return [
        ("●", theme.points, translate("charts.theme", "daily activity")),
        ("━", theme.line, translate("charts.theme", "7-day mean")),
        ("╌", theme.foreground, translate("charts.theme", "baseline")),
        ("┈", theme.foreground, translate("charts.theme", "target")),
        ("▨", theme.muted, translate("charts.theme", "response period")),
        ("━", theme.foreground, translate("charts.theme", "dose taken")),
        ("✕", theme.foreground, translate("charts.theme", "dose missed")),
        # "None" is nearly the window's colour: an outlined square shows it.
        ("□", theme.muted, none_felt()),
        *[("■", theme.severities[int(s) + 1], s.label) for s in Severity if s is not Severity.NONE],
        ("▯", theme.muted, not_recorded()),
    ]


_ORIGIN = dt.date(1970, 1, 1)
_ORIGIN_NUM = float(mdates.date2num(_ORIGIN))  # type: ignore[no-untyped-call]  # matplotlib.dates is unannotated; 0 with the default epoch


def day_num(day: dt.date) -> float:
    """matplotlib's number for a day, as mdates.date2num gives it (which costs ~50 µs a call)."""
    return (day - _ORIGIN).days + _ORIGIN_NUM


def text_inches(text: Text) -> float:
    """About how long a matplotlib Text is on paper (DejaVu Sans averages ~0.62 em a character)."""
    return 0.62 * float(text.get_fontsize()) / 72 * len(text.get_text())


def fit_label(label: Text, long: str, short: str, room: float) -> None:
    """Name a panel in `room` inches: `long` at 9 points, else smaller, else `short` (a panel squeezed
    onto a page would run its name into the panels beside it)."""
    for text, size in ((long, 9.0), (long, 7.5), (short, 7.5)):
        label.set_text(text)
        label.set_fontsize(size)
        if text_inches(label) <= room:
            return
