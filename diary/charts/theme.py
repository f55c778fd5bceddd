"""What every panel of the trend chart shares: the colours of a theme and matplotlib's day numbers."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
from matplotlib.text import Text

from diary.charts.colours import DARK as DARK  # the themes: diary.charts.colours (no matplotlib there)
from diary.charts.colours import LIGHT as LIGHT
from diary.charts.colours import PRINT as PRINT
from diary.charts.colours import Theme as Theme

DAY = dt.timedelta(days=1)

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
