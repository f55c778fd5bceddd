"""The activity values a course's response rules read, and their smoothed 7-day mean A(d)
(docs/response-rules.md#smoothing)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from statistics import fmean

BASELINE_DAYS = 7
SMOOTHING_DAYS = 7
MIN_SMOOTHING_VALUES = 4

DAY = dt.timedelta(days=1)


class Series:
    """Activity values from the baseline week to `last`, with the smoothed A(d) of docs/response-rules.md#smoothing.

    Only the days a course's rules read are picked out, day by day: a course costs its own days,
    not the whole diary's.
    """

    def __init__(self, activity: Mapping[dt.date, int], start: dt.date, last: dt.date):
        self.values: dict[dt.date, int] = {}
        day = start - BASELINE_DAYS * DAY
        while day <= last:
            value = activity.get(day)
            if value is not None:
                self.values[day] = value
            day += DAY
        self.start = start

    def window(self, first: dt.date, last: dt.date) -> list[int]:
        values, day = [], first
        while day <= last:
            if day in self.values:
                values.append(self.values[day])
            day += DAY
        return values

    def smoothed(self, day: dt.date) -> float | None:
        """A(d): the mean of the last 7 days (not before the start), if at least 4 are recorded."""
        w = self.window(max(self.start, day - (SMOOTHING_DAYS - 1) * DAY), day)
        return fmean(w) if len(w) >= MIN_SMOOTHING_VALUES else None

    def smoothed_to(self, last: dt.date) -> dict[dt.date, float | None]:
        """A(d) for every day from the start to `last`."""
        days = (last - self.start).days + 1
        return {self.start + i * DAY: self.smoothed(self.start + i * DAY) for i in range(max(days, 0))}


def smoothed_activity(activity: Mapping[dt.date, int], start: dt.date, last: dt.date) -> dict[dt.date, float | None]:
    """A(d) for every day from the course start to `last` (None where it is not defined)."""
    return Series(activity, start, last).smoothed_to(last)
