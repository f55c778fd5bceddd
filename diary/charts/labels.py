"""The activity panel's labels of periods (a response, a course's markers, its baseline and target),
each kept at the left edge of its period while the period is in view."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from matplotlib.axes import Axes
from matplotlib.text import Text

from diary.charts.theme import Theme, day_num, text_inches

DETAIL_DAYS = 200  # longer views leave out the marker, baseline and target labels


@dataclass
class RangeLabel:
    """A label of a period (first to last); `artist` once it has been shown."""

    first: dt.date
    last: dt.date
    offset_days: float
    detail: bool
    y: float
    text: str
    style: dict[str, Any]
    artist: Text | None = None


class RangeLabels:
    """The period labels on one panel, shown, hidden and moved as the view changes."""

    def __init__(self, ax: Axes, theme: Theme):
        self.ax, self.theme = ax, theme
        self.labels: list[RangeLabel] = []

    def add(self, first: dt.date, last: dt.date, y: float, text: str, *, rotation: int = 0,
            size: int = 8, weight: str = "normal", offset_days: float = 1.0, detail: bool = True) -> None:
        """A label that stays at the left edge of its period while the period is in view.

        Detail labels (markers, baseline, target) are left out of views longer than DETAIL_DAYS,
        where they would pile up over each other.
        """
        style = {"fontsize": size, "rotation": rotation, "fontweight": weight}
        label = RangeLabel(first, last, offset_days, detail, y, text, style)
        self.labels.append(label)
        if not detail:  # whether it fits is worked out from its artist
            self._artist(label)

    def _artist(self, label: RangeLabel) -> Text:
        """A label's text, made when first needed: most are details, hidden in the long views."""
        if label.artist is None:
            label.artist = self.ax.text(
                day_num(label.first) + label.offset_days, label.y, label.text, **label.style, color=self.theme.foreground,
                va="bottom", ha="left", zorder=5, clip_on=True,
                bbox={"facecolor": self.theme.background, "alpha": 0.75, "edgecolor": "none", "pad": 1.0},
            )
        return label.artist

    def follow(self, first: dt.date, last: dt.date, axes_inches: float) -> None:
        """Show the labels whose periods are in the view from `first` to `last` (`axes_inches` wide)."""
        left = day_num(first)
        span_days = max((last - first).days + 1, 1)
        for label in self.labels:
            start, end = label.first, label.last
            inside = start <= last and end >= first and not (label.detail and span_days > DETAIL_DAYS)
            if inside and not label.detail:
                # A period's label only where the period is wide enough to hold it: in a view of
                # years, courses' labels would run into each other.
                shown_days = (min(end, last) - max(start, first)).days + 1
                inside = shown_days / span_days * axes_inches >= text_inches(self._artist(label))
            if inside or label.artist is not None:  # a label never shown is never made
                artist = self._artist(label)
                artist.set_visible(inside)
                # Offsets scale with the range, so a label stays a few pixels right of its line,
                # and a period that began before the range keeps its label at the left edge.
                artist.set_x(max(day_num(start), left) + label.offset_days * span_days / 90)
