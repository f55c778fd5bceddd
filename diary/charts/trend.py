"""The trend chart: activity, its 7-day mean, the response period, doses and side effects.

Built on a plain matplotlib Figure (no pyplot, no Qt), so the window, the PDF and the
command line draw the same picture. The whole diary is drawn once; showing another date
range only moves the x limits and the labels that follow them.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import matplotlib.dates as mdates
import numpy as np
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from diary.domain.entries import Severity
from diary.domain.response import ResponseCategory
from diary.domain.trend import TrendSeries

DAY = dt.timedelta(days=1)
RESPONSE_CATEGORIES = {
    ResponseCategory.IMPROVING,
    ResponseCategory.NOT_SUSTAINED,
    ResponseCategory.RESPONSE_ONGOING,
    ResponseCategory.SHORT_LIVED,
    ResponseCategory.LONG_LASTING,
}


@dataclass(frozen=True)
class Theme:
    """Colours that also read in black and white: shapes and line styles carry the meaning."""

    background: str
    foreground: str
    muted: str
    points: str
    line: str
    shade: str
    hatch: str
    severities: tuple[str, str, str, str, str]  # not recorded, none, mild, moderate, severe


LIGHT = Theme("#ffffff", "#222222", "#777777", "#8a8a8a", "#1f4e79", "#ececec", "#c4c4c4",
              ("#ffffff", "#eeeeee", "#bdbdbd", "#737373", "#252525"))
DARK = Theme("#1e1e1e", "#e6e6e6", "#9a9a9a", "#9a9a9a", "#8cc4ff", "#333333", "#4f4f4f",
             ("#1e1e1e", "#2c2c2c", "#6b6b6b", "#a8a8a8", "#f0f0f0"))


def _num(day: dt.date) -> float:
    return mdates.date2num(day)


class TrendChart:
    """The figure and its axes; `show_range` moves the view without rebuilding anything."""

    def __init__(
        self,
        series: TrendSeries,
        first: dt.date | None = None,
        last: dt.date | None = None,
        figure: Figure | None = None,
        theme: Theme = LIGHT,
    ):
        self.series = series
        self.theme = theme
        self.figure = figure if figure is not None else Figure(figsize=(10, 6.2), layout="constrained")
        self.figure.set_facecolor(theme.background)
        self._range_labels: list = []  # (text artist, first day it belongs to, last day, offset)
        self.first = first or series.first or dt.date.today()
        self.last = last or series.last or self.first
        self.draw()

    # --- building ------------------------------------------------------------------------------

    def draw(self) -> None:
        """(Re)build every artist from `self.series`."""
        fig, t = self.figure, self.theme
        fig.clear()
        self._range_labels = []
        self.effects = self.series.side_effects_between(self.first, self.last)
        strips = len(self.effects)
        ratios = [5, 1.4] + ([max(0.35 * strips, 0.6)] if strips else [])
        axes = fig.subplots(len(ratios), 1, sharex=True, height_ratios=ratios, squeeze=False)[:, 0]
        self.activity_ax, self.dose_ax = axes[0], axes[1]
        self.effects_ax = axes[2] if strips else None
        for ax in axes:
            ax.set_facecolor(t.background)
            ax.tick_params(colors=t.foreground, labelsize=8)
            for spine in ax.spines.values():
                spine.set_color(t.muted)
        self._draw_activity()
        self._draw_dose()
        if self.effects_ax is not None:
            self._draw_side_effects()
        locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
        axes[-1].xaxis.set_major_locator(locator)
        axes[-1].xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        self._move_to(self.first, self.last)

    def _draw_activity(self) -> None:
        ax, t = self.activity_ax, self.theme
        entries = [e for e in self.series.entries if e.activity is not None]
        self.points = ax.scatter(
            [_num(e.day) for e in entries], [e.activity for e in entries],
            s=10, color=t.points, zorder=3, label="daily activity", linewidths=0,
        )
        for trend in self.series.courses:
            days = sorted(trend.smoothed)
            values = [np.nan if trend.smoothed[d] is None else trend.smoothed[d] for d in days]
            ax.plot([_num(d) for d in days], values, color=t.line, linewidth=2.2, zorder=4,
                    label="7-day mean" if trend is self.series.courses[0] else None)
            self._draw_course_markers(trend)
        ax.set_ylim(-0.3, 10.3)
        ax.set_yticks(range(0, 11, 2))
        ax.set_ylabel("Disease activity (0–10)", color=t.foreground, fontsize=9)
        ax.grid(axis="y", color=t.muted, alpha=0.25, linewidth=0.6)
        if self.series.entries:
            ax.legend(loc="upper right", fontsize=8, frameon=False, labelcolor=t.foreground, ncols=4)

    def _draw_course_markers(self, trend) -> None:
        ax, t, a = self.activity_ax, self.theme, trend.assessment
        course = trend.course
        last = course.end or self.series.last or course.start
        if a.onset is not None and a.category in RESPONSE_CATEGORIES:
            # Light fill plus a sparse hatch, so the period survives a black-and-white printer.
            ax.axvspan(_num(a.onset), _num(a.last_improved + DAY), facecolor=t.shade, edgecolor=t.hatch,
                       hatch="/", linewidth=0, zorder=1)
            self._label(a.onset, a.last_improved, 9.6, a.category.words, weight="bold")
        elif a.baseline is not None:
            self._label(course.start, last, 9.6, a.category.words, weight="bold", offset_days=2.5)
        if a.baseline is not None:
            first = course.start - 7 * DAY
            ax.hlines(a.baseline, _num(first), _num(last + DAY), colors=t.foreground, linestyles="--", linewidth=1.1, zorder=2)
            ax.hlines(a.target, _num(course.start), _num(last + DAY), colors=t.foreground, linestyles=":", linewidth=1.4, zorder=2)
            self._label(first, last, a.baseline + 0.25, f"baseline {a.baseline:.1f}")
            self._label(course.start, last, a.target - 0.65, f"target {a.target:.1f}")
        for day, text, style in (
            (course.start, "LDN day 1", "-"),
            (trend.week4, "week 4", "-."),
            (trend.week12, "week 12", "-."),
        ):
            if day <= last:
                for axis in (ax, self.dose_ax):
                    axis.axvline(_num(day), color=t.muted, linestyle=style, linewidth=1, zorder=2)
                self._label(day, day, 0.3, text, rotation=90, size=7, offset_days=0.6)
        if course.end is not None:
            ax.axvline(_num(course.end + DAY), color=t.foreground, linewidth=1.2, zorder=2)
            self._label(course.end, course.end, 0.3, "stopped", rotation=90, size=7, offset_days=1.6)

    def _label(self, first: dt.date, last: dt.date, y: float, text: str, *, rotation: int = 0,
               size: int = 8, weight: str = "normal", offset_days: float = 1.0) -> None:
        """A label that stays at the left edge of its period while the period is in view."""
        artist = self.activity_ax.text(
            _num(first) + offset_days, y, text, fontsize=size, rotation=rotation, color=self.theme.foreground,
            fontweight=weight, va="bottom", ha="left", zorder=5, clip_on=True,
            bbox={"facecolor": self.theme.background, "alpha": 0.75, "edgecolor": "none", "pad": 1.0},
        )
        self._range_labels.append((artist, first, last, offset_days))

    def _draw_dose(self) -> None:
        ax, t = self.dose_ax, self.theme
        doses = [e for e in self.series.entries if e.dose_mg is not None]
        taken = [e for e in doses if e.dose_taken is not False]
        missed = [e for e in doses if e.dose_taken is False]
        if taken:
            ax.step([_num(e.day) for e in taken], [e.dose_mg for e in taken], where="post", color=t.foreground,
                    linewidth=1.6, label="dose taken")
        if missed:
            ax.plot([_num(e.day) for e in missed], [e.dose_mg for e in missed], linestyle="none", marker="x",
                    markersize=6, color=t.foreground, markeredgewidth=1.6, label="missed")
        top = max((e.dose_mg for e in doses), default=4.5)
        ax.set_ylim(0, top * 1.25)
        ax.set_ylabel("Dose (mg)", color=t.foreground, fontsize=9)
        ax.grid(axis="y", color=t.muted, alpha=0.25, linewidth=0.6)
        if missed:
            ax.legend(loc="lower right", fontsize=7, frameon=False, labelcolor=t.foreground, ncols=2)

    def _draw_side_effects(self) -> None:
        ax, t = self.effects_ax, self.theme
        effects = self.effects
        first, last = self.series.first, self.series.last
        days = (last - first).days + 1
        grid = np.full((len(effects), days), -1.0)  # -1: not recorded
        for entry in self.series.entries:
            column = (entry.day - first).days
            for row, effect in enumerate(effects):
                severity = entry.side_effects.get(effect.key)
                if severity is not None:
                    grid[row, column] = int(severity)
        cmap = ListedColormap(list(t.severities))
        norm = BoundaryNorm([-1.5, -0.5, 0.5, 1.5, 2.5, 3.5], cmap.N)
        ax.imshow(
            grid, aspect="auto", cmap=cmap, norm=norm, interpolation="nearest",
            extent=(_num(first), _num(last + DAY), len(effects), 0),
        )
        ax.set_yticks([i + 0.5 for i in range(len(effects))])
        ax.set_yticklabels([e.label for e in effects], fontsize=7)
        ax.tick_params(axis="y", length=0)
        ax.set_ylabel("Side effects", color=t.foreground, fontsize=8)
        handles = [
            Patch(facecolor=t.severities[int(s) + 1], edgecolor=t.muted, linewidth=0.5, label=s.label) for s in Severity
        ]
        legend = self.figure.legend(handles=handles, loc="outside lower center", ncols=4, fontsize=7, frameon=False,
                                    labelcolor=t.foreground, title="Side-effect severity (blank: not recorded)",
                                    title_fontsize=7)
        legend.get_title().set_color(t.foreground)

    # --- the view ------------------------------------------------------------------------------

    def show_range(self, first: dt.date, last: dt.date) -> None:
        """Show the days from `first` to `last`.

        Only the limits and a few labels move, unless the side effects felt in the new range
        differ: the strip has one row per side effect reported in the range.
        """
        self.first, self.last = first, last
        if self.series.side_effects_between(first, last) != self.effects:
            self.draw()
        else:
            self._move_to(first, last)

    def _move_to(self, first: dt.date, last: dt.date) -> None:
        left, right = _num(first), _num(last + DAY)
        self.activity_ax.set_xlim(left, right)
        span_days = max((last - first).days + 1, 1)
        for artist, start, end, offset in self._range_labels:
            inside = start <= last and end >= first
            artist.set_visible(inside)
            if inside:
                # Offsets scale with the range, so a label stays a few pixels right of its line,
                # and a period that began before the range keeps its label at the left edge.
                artist.set_x(max(_num(start), left) + offset * span_days / 90)

    @property
    def shown_range(self) -> tuple[dt.date, dt.date]:
        left, right = self.activity_ax.get_xlim()
        return mdates.num2date(left).date(), mdates.num2date(right).date() - DAY

    def day_at(self, x: float) -> dt.date:
        """The day under an x position in data coordinates."""
        return mdates.num2date(x).date()

    def save(self, path, dpi: int = 200) -> None:
        """Write the chart as PNG or SVG (by the file's suffix) atomically, readable by the user only."""
        path = Path(path)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                kind = path.suffix.lstrip(".").lower() or None
                self.figure.savefig(out, format=kind, dpi=dpi, facecolor=self.theme.background)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
