"""Days on the chart's x axis: a date from matplotlib's day number, and date ticks on the days in view."""

from __future__ import annotations

import datetime as dt
import re

import matplotlib.dates as mdates

from diary.domain.language import current

_MONTH = re.compile("\x01(\\d\\d)\x01")  # a month's number, marked, where a month's name goes


def day_of(x: float) -> dt.date:
    """The day of a matplotlib date number (the inverse of mdates.date2num, not of day_num alone)."""
    when: dt.datetime = mdates.num2date(x)  # type: ignore[no-untyped-call]  # matplotlib.dates is unannotated
    return when.date()


class DaysInViewLocator(mdates.AutoDateLocator):
    """Date ticks on the days in view only. A day is drawn from its midnight to the next, so the
    right limit is the midnight after the last day: a tick there named the next day (1 December
    under a chart ending on 30 November), and the month-year beside the dates came from it."""

    def __call__(self) -> list[float]:
        ticks = super().__call__()  # type: ignore[no-untyped-call]  # matplotlib.dates is unannotated
        if self.axis is None:  # not given an axis yet: no view to keep the ticks in
            return list(ticks)
        return [x for x in ticks if x < max(self.axis.get_view_interval())]


class DayFormatter(mdates.ConciseDateFormatter):
    """matplotlib's concise dates, with the month names in the language being written (strftime
    would name them in the C locale's English)."""

    def __init__(self, locator: mdates.DateLocator) -> None:
        marked = "\x01%m\x01"
        super().__init__(  # type: ignore[no-untyped-call]  # matplotlib.dates is unannotated
            locator,
            formats=["%Y", marked, "%d", "%H:%M", "%H:%M", "%S.%f"],
            zero_formats=["", "%Y", marked, f"{marked}-%d", "%H:%M", "%H:%M"],
            offset_formats=["", "%Y", f"%Y-{marked}", f"%Y-{marked}-%d", f"%Y-{marked}-%d", f"%Y-{marked}-%d %H:%M"],
        )

    def format_ticks(self, values: list[float]) -> list[str]:
        labels = super().format_ticks(values)  # type: ignore[no-untyped-call]
        self.offset_string = month_names(self.offset_string)
        return [month_names(label) for label in labels]


def month_names(text: str) -> str:
    """`text` with each marked month number written as the month's short name ("Jun", "juni", "Juni")."""
    return _MONTH.sub(lambda m: current().date(dt.date(2000, int(m.group(1)), 1), "MMM"), text)
