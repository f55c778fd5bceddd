"""Days on the chart's x axis: a date from matplotlib's day number, and date ticks on the days in view."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates


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
