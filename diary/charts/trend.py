"""The trend chart: activity, its 7-day mean, the response period, doses, condition scores and side effects.

Built on a plain matplotlib Figure (no pyplot, no Qt), so the window, the PDF and the
command line draw the same picture. The whole diary is drawn once; showing another date
range only moves the x limits and the labels that follow them.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import numpy as np
from matplotlib.collections import LineCollection
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, NullFormatter, NullLocator

from diary.charts.dates import DayFormatter, DaysInViewLocator, day_of
from diary.charts.labels import RangeLabels
from diary.charts.score_rows import SCORE_WEIGHT, draw_score_row, score_rows_have_response
from diary.charts.theme import DARK as DARK  # the themes are the chart's: callers import them from here
from diary.charts.theme import LIGHT as LIGHT
from diary.charts.theme import PRINT as PRINT
from diary.charts.theme import Theme as Theme
from diary.charts.theme import day_num, fit_label, none_felt, not_recorded, text_inches
from diary.charts.theme import legend_items as legend_items  # the window draws the legend beside the chart
from diary.domain.entries import Severity
from diary.domain.language import translate
from diary.domain.response import ResponseCategory
from diary.domain.side_effects import SideEffect
from diary.domain.trend import CourseTrend, TrendSeries
from diary.domain.wording import number

DAY = dt.timedelta(days=1)
ACTIVITY_WEIGHT, DOSE_WEIGHT = 5.0, 1.4  # the panels' shares of the height (a score row's: SCORE_WEIGHT)
STRIP_ROW_IN = 0.13  # the least height of a side-effect row, in inches: its name is 7 points high
RESPONSE_CATEGORIES = {
    ResponseCategory.IMPROVING,
    ResponseCategory.NOT_SUSTAINED,
    ResponseCategory.RESPONSE_ONGOING,
    ResponseCategory.SHORT_LIVED,
    ResponseCategory.LONG_LASTING,
}


_num = day_num  # the panels' day numbers (diary.charts.theme)


def activity_name() -> str:
    """The activity panel's name, in the current language."""
    return translate("charts.trend", "Disease activity (0–10)")


class TrendChart:
    """The figure and its axes; `show_range` moves the view without rebuilding anything."""

    def __init__(
        self,
        series: TrendSeries,
        first: dt.date | None = None,
        last: dt.date | None = None,
        figure: Figure | None = None,
        theme: Theme = PRINT,  # black on white: the PDF and the command line; the window passes its own
        legend: bool = True,
    ):
        self.series = series
        self.theme = theme
        self.with_legend = legend  # the window shows its own legend: redraws are quicker without one
        self.figure = figure if figure is not None else Figure(figsize=(10, 6.2))
        # Laid out by hand (see _place): a layout engine would rerun on every draw, and a range
        # switch must redraw in well under 100 ms.
        self.figure.set_layout_engine("none")
        self.first = first or series.first or dt.date.today()
        self.last = last or series.last or self.first
        self.draw()

    # --- building ------------------------------------------------------------------------------

    def draw(self) -> None:
        """(Re)build every artist from `self.series`."""
        fig, t = self.figure, self.theme
        fig.clear()
        fig.set_facecolor(t.background)
        self._marks: dict[tuple[Any, bool, tuple[tuple[str, Any], ...]], list[list[tuple[float, float]]]] = {}
        # Not shared axes: each gets its own x locator, so only the lowest panel works out dates.
        self.activity_ax = fig.add_axes((0, 0, 1, 1))
        self._labels = RangeLabels(self.activity_ax, t)
        self.dose_ax = fig.add_axes((0, 0, 1, 1))
        self.score_axes = [fig.add_axes((0, 0, 1, 1)) for _ in self.series.scores]  # a row per score switched on
        self.strip_ax = fig.add_axes((0, 0, 1, 1))
        # The panels from the top, and their shares of the height (the strip's follows its rows: see _place).
        self.panels = [self.activity_ax, self.dose_ax, *self.score_axes, self.strip_ax]
        self._weights = [ACTIVITY_WEIGHT, DOSE_WEIGHT, *[SCORE_WEIGHT for _ in self.score_axes]]
        # Each panel's name, and a shorter one for a panel too low for it (the strip's: see _place).
        self._names = [(activity_name(), translate("charts.trend", "Activity", "a chart panel's short name")),
                       (translate("charts.trend", "Dose (mg)"), translate("charts.trend", "Dose", "a chart panel's short name")),
                       *[(row.score.shown_short, row.score.shown_short) for row in self.series.scores]]
        for ax in self.panels:
            ax.set_facecolor(t.background)
            ax.tick_params(colors=t.foreground, labelsize=8)
            for spine in ax.spines.values():
                spine.set_color(t.muted)
            # Two savings on every draw: no minor ticks to keep apart from the major ones (that
            # check reruns the date locator), and the empty x label needs no placing.
            ax.xaxis.remove_overlapping_locs = False
            ax.xaxis.set_label_coords(0.5, 0.0)
        self._draw_activity()
        self._draw_dose()
        for ax, row in zip(self.score_axes, self.series.scores):
            draw_score_row(ax, row, t)
        self._draw_side_effects()
        self._add_marks()
        self.effects: tuple[SideEffect, ...] | None = None  # which rows the strip shows: set by _move_to
        self._move_to(self.first, self.last)

    def _draw_activity(self) -> None:
        ax, t = self.activity_ax, self.theme
        # numpy arrays, not lists: matplotlib converts a list of years of values number by number.
        points = np.array([(_num(e.day), e.activity) for e in self.series.entries if e.activity is not None]).reshape(-1, 2)
        self.points = ax.scatter(
            points[:, 0], points[:, 1], s=10, color=t.points, zorder=3, label=translate("charts.trend", "daily activity"), linewidths=0,
        )
        for trend in self.series.courses:
            days = sorted(trend.smoothed)
            values = np.array([np.nan if (v := trend.smoothed[d]) is None else v for d in days], dtype=float)
            ax.plot(np.array([_num(d) for d in days], dtype=float), values, color=t.line, linewidth=2.2, zorder=4,
                    label=translate("charts.trend", "7-day mean") if trend is self.series.courses[0] else None)
            self._draw_course_markers(trend)
        ax.set_ylim(-0.3, 10.3)
        ax.set_yticks(range(0, 11, 2))
        ax.set_ylabel(activity_name(), color=t.foreground, fontsize=9)
        ax.grid(axis="y", color=t.muted, alpha=0.25, linewidth=0.6)

    def _draw_course_markers(self, trend: CourseTrend) -> None:
        ax, t, a = self.activity_ax, self.theme, trend.assessment
        course = trend.course
        last = course.end or self.series.last or course.start
        if a.onset is not None and a.last_improved is not None and a.category in RESPONSE_CATEGORIES:  # both or neither
            # Light fill plus a sparse hatch, so the period survives a black-and-white printer.
            ax.axvspan(_num(a.onset), _num(a.last_improved + DAY), facecolor=t.shade, edgecolor=t.hatch,
                       hatch="/", linewidth=0, zorder=1)
            self._labels.add(a.onset, a.last_improved, 9.6, a.category.words, weight="bold", detail=False)
        elif a.baseline is not None:
            self._labels.add(course.start, last, 9.6, a.category.words, weight="bold", offset_days=2.5, detail=False)
        if a.baseline is not None and a.target is not None:  # both or neither
            first = course.start - 7 * DAY
            self._mark(ax, [(_num(first), a.baseline), (_num(last + DAY), a.baseline)], color=t.foreground, linestyle="--",
                       linewidth=1.1)
            self._mark(ax, [(_num(course.start), a.target), (_num(last + DAY), a.target)], color=t.foreground, linestyle=":",
                       linewidth=1.4)
            self._labels.add(first, last, a.baseline + 0.25, translate("charts.trend", "baseline {value}").format(value=number(a.baseline)))
            target = translate("charts.trend", "target {value}").format(value=number(a.target))
            self._labels.add(course.start, last, a.target - 0.65, target)
        for day, text, style in (
            (course.start, translate("charts.trend", "LDN day 1"), "-"),
            (trend.week4, translate("charts.trend", "week 4"), "-."),
            (trend.week12, translate("charts.trend", "week 12"), "-."),
        ):
            if day <= last:
                for axis in (ax, self.dose_ax, *self.score_axes):
                    self._mark(axis, [(_num(day), 0), (_num(day), 1)], across=True, color=t.muted, linestyle=style, linewidth=1)
                self._labels.add(day, day, 0.3, text, rotation=90, size=7, offset_days=0.6)
        if course.end is not None:
            self._mark(ax, [(_num(course.end + DAY), 0), (_num(course.end + DAY), 1)], across=True, color=t.foreground,
                       linestyle="-", linewidth=1.2)
            stopped = translate("charts.trend", "stopped", "a course of LDN ended here")
            self._labels.add(course.end, course.end, 0.3, stopped, rotation=90, size=7, offset_days=1.6)

    def _mark(self, ax: Any, segment: list[tuple[float, float]], across: bool = False, **style: Any) -> None:
        """A marker's line on `ax`: in data coordinates, or `across` the panel's height (y from 0 to 1)."""
        self._marks.setdefault((ax, across, tuple(sorted(style.items()))), []).append(segment)

    def _add_marks(self) -> None:
        """The markers' lines, one collection per panel and style: a Line2D each (about 300 on ten
        years) took a quarter of the chart's build and draw. No autoscaling: the x limits are set."""
        for (ax, across, style), segments in self._marks.items():
            s = dict(style)
            lines = LineCollection(segments, colors=s["color"], linestyles=s["linestyle"], linewidths=s["linewidth"], zorder=2)
            if across:
                lines.set_transform(ax.get_xaxis_transform())
            ax.add_collection(lines, autolim=False)

    def _draw_dose(self) -> None:
        ax, t = self.dose_ax, self.theme
        doses = [(e, e.dose_mg) for e in self.series.entries if e.dose_mg is not None]
        taken = [(e, mg) for e, mg in doses if e.dose_taken is not False]
        missed = [(e, mg) for e, mg in doses if e.dose_taken is False]
        if taken:
            ax.step(np.array([_num(e.day) for e, _ in taken]), np.array([mg for _, mg in taken]), where="post",
                    color=t.foreground, linewidth=1.6, label=translate("charts.trend", "dose taken"))
        if missed:
            ax.plot([_num(e.day) for e, _ in missed], [mg for _, mg in missed], linestyle="none", marker="x",
                    markersize=6, color=t.foreground, markeredgewidth=1.6, label=translate("charts.trend", "dose missed"))
        top = max((mg for _, mg in doses), default=4.5)
        ax.set_ylim(0, top * 1.25)
        ax.set_ylabel(translate("charts.trend", "Dose (mg)"), color=t.foreground, fontsize=9)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: number(value, 2, fixed=False)))  # "1,5" in Dutch
        ax.grid(axis="y", color=t.muted, alpha=0.25, linewidth=0.6)

    def _draw_side_effects(self) -> None:
        ax, t = self.strip_ax, self.theme
        self._all_effects = list(self.series.side_effects)
        first, last = self.series.first or self.first, self.series.last or self.last
        self._grid = np.full((max(len(self._all_effects), 1), (last - first).days + 1), -1.0)  # -1: not recorded
        columns = [(entry.day - first).days for entry in self.series.entries]
        for row, effect in enumerate(self._all_effects):  # a row at a time: one numpy assignment each
            self._grid[row, columns] = [entry.side_effects.get(effect.key, -1) for entry in self.series.entries]
        cmap = ListedColormap(list(t.severities))
        norm = BoundaryNorm([-1.5, -0.5, 0.5, 1.5, 2.5, 3.5], cmap.N)
        self._strip = ax.imshow(
            self._grid, aspect="auto", cmap=cmap, norm=norm, interpolation="nearest",
            extent=(_num(first), _num(last + DAY), max(len(self._all_effects), 1), 0),
        )
        ax.tick_params(axis="y", length=0)
        ax.set_ylabel(translate("charts.trend", "Side effects"), color=t.foreground, fontsize=8)
        if self.with_legend:
            self._draw_legend()

    def _draw_legend(self) -> None:
        """One legend for the whole figure (legends are slow to draw, so there is only one)."""
        t = self.theme
        handles, labels = [], []
        for axis in (self.activity_ax, self.dose_ax):
            h, lab = axis.get_legend_handles_labels()
            handles += h
            labels += lab
        if (any(c.assessment.onset and c.assessment.category in RESPONSE_CATEGORIES for c in self.series.courses)
                or score_rows_have_response(self.series.scores)):
            handles.append(Patch(facecolor=t.shade, edgecolor=t.hatch, hatch="/", linewidth=0))
            labels.append(translate("charts.trend", "response period"))
        for severity in Severity if self._all_effects else ():  # no strip, no severities to explain
            handles.append(Patch(facecolor=t.severities[int(severity) + 1], edgecolor=t.muted, linewidth=0.5))
            labels.append(none_felt() if severity is Severity.NONE else severity.label)
        if self._all_effects:
            handles.append(Patch(facecolor=t.severities[0], edgecolor=t.muted, linewidth=0.5))
            labels.append(not_recorded())
        self._legend = self.figure.legend(
            handles, labels, loc="lower center", bbox_to_anchor=(0.5, 0.0), ncols=4, fontsize=7, frameon=False,
            labelcolor=t.foreground,
        )

    def _crop_strip(self, first: dt.date, last: dt.date) -> None:
        """Give the strip image only the days in view: resampling years of days costs every draw."""
        start = self.series.first
        if start is None or not self.effects:
            return
        rows = [self._all_effects.index(e) for e in self.effects]
        lo, hi = self._columns(first, last)
        self._strip.set_data(self._grid[rows, lo:hi])
        self._strip.set_extent((_num(start + lo * DAY), _num(start + hi * DAY), len(rows), 0))

    def _columns(self, first: dt.date, last: dt.date) -> tuple[int, int]:
        """The strip grid's columns from `first` to `last` (at least one, inside the grid)."""
        start = self.series.first or self.first
        lo = min(max((first - start).days, 0), self._grid.shape[1] - 1)
        return lo, min(max((last - start).days + 1, lo + 1), self._grid.shape[1])

    def _effects_between(self, first: dt.date, last: dt.date) -> tuple[SideEffect, ...]:
        """The side effects felt in the range, from the strip's grid (quicker than the entries)."""
        start, end = self.series.first, self.series.last  # both None, or neither (no entries)
        if start is None or end is None or last < start or first > end:
            return ()
        lo, hi = self._columns(first, last)
        felt = np.asarray((self._grid[:, lo:hi] > 0).any(axis=1))  # one flag a row (typed as maybe a scalar)
        return tuple(effect for effect, row_felt in zip(self._all_effects, felt) if row_felt)

    def _show_effects(self, effects: tuple[SideEffect, ...]) -> None:
        """Show one strip row per side effect in `effects` (hiding the strip when there are none)."""
        self.effects = effects
        rows = [self._all_effects.index(e) for e in effects]
        if rows:
            self.strip_ax.set_ylim(len(rows), 0)
            self.strip_ax.set_yticks([i + 0.5 for i in range(len(rows))])
            self.strip_ax.set_yticklabels([e.shown_label for e in effects], fontsize=7, color=self.theme.foreground)
        self.strip_ax.set_visible(bool(rows))
        # Dates go under the lowest panel shown; the panels above it have no x ticks at all.
        lowest = self.panels[-1] if rows else self.panels[-2]
        for axis in self.panels:
            if axis is lowest:
                # A locator serves one axis. (matplotlib.dates is unannotated.)
                locator = DaysInViewLocator(minticks=4, maxticks=10)  # type: ignore[no-untyped-call]
                axis.xaxis.set_major_locator(locator)
                axis.xaxis.set_major_formatter(DayFormatter(locator))
            else:
                axis.xaxis.set_major_locator(NullLocator())
                axis.xaxis.set_major_formatter(NullFormatter())
        self._place()

    def _place(self, *_event: object) -> None:
        """Position the panels in inches: fixed margins for labels, the rest shared by the panels."""
        width, height = self.figure.get_size_inches()
        rows = len(self.effects or ())
        longest = max((len(e.shown_label) for e in self.effects or ()), default=0)
        left = max(0.75, 0.45 + 0.06 * longest)
        right, top, gap = 0.15, 0.08, 0.1
        bottom = 0.45 + (0.36 if self.with_legend else 0.0)  # dates, then the legend
        weights = self._weights + ([max(0.32 * rows, 0.55)] if rows else [])
        usable = max(height - top - bottom - gap * (len(weights) - 1), 0.5)
        heights = [usable * weight / sum(weights) for weight in weights]
        if rows and heights[-1] < STRIP_ROW_IN * rows:  # a low figure (the PDF's): the row names need their height
            strip = min(STRIP_ROW_IN * rows, usable / 3)
            heights = [(usable - strip) * weight / sum(weights[:-1]) for weight in weights[:-1]] + [strip]
        y = height - top
        for ax, h in zip(self.panels, heights):  # no rows: the hidden strip keeps its place
            y -= h
            ax.set_position((left / width, y / height, (width - left - right) / width, h / height))
            # A fixed place for the y label: working it out from the tick labels costs every draw.
            ax.yaxis.set_label_coords(-(left - 0.12) / (width - left - right), 0.5)
            y -= gap
        for ax, (long, short) in zip(self.panels, self._names):
            fit_label(ax.yaxis.label, long, short, ax.get_position().height * height + gap)
        # A strip too short for its name would run it into "Dose (mg)" above: its row names
        # (Headache, Nausea…) say what it is anyway.
        strip_label = self.strip_ax.yaxis.label
        strip_label.set_visible(text_inches(strip_label) <= self.strip_ax.get_position().height * height + gap)

    # --- the view ------------------------------------------------------------------------------

    def show_range(self, first: dt.date, last: dt.date) -> None:
        """Show the days from `first` to `last`, with a strip row per side effect felt in them.

        Nothing is rebuilt: the limits, a few labels and the strip's rows change in place.
        """
        self.first, self.last = first, last
        self._move_to(first, last)

    def _move_to(self, first: dt.date, last: dt.date) -> None:
        left, right = _num(first), _num(last + DAY)
        for ax in self.panels:
            ax.set_xlim(left, right)
        effects = self._effects_between(first, last)
        if effects != self.effects:
            self._show_effects(effects)
        self._crop_strip(first, last)
        self._labels.follow(first, last, self.activity_ax.get_position().width * self.figure.get_figwidth())

    def fit(self) -> None:
        """Lay the panels out again for a new figure size (the window was resized)."""
        self._place()
        self._move_to(self.first, self.last)  # which labels fit depends on the width

    @property
    def shown_range(self) -> tuple[dt.date, dt.date]:
        left, right = self.activity_ax.get_xlim()
        return day_of(left), day_of(right) - DAY

    def day_at(self, x: float) -> dt.date:
        """The day under an x position in data coordinates."""
        return day_of(x)

    def save(self, path: str | Path, dpi: int = 200) -> None:
        """Write the chart as PNG or SVG (by the file's suffix), whole or not at all, readable by the user only."""
        from diary.store.files import write_file

        path = Path(path)
        out = io.BytesIO()
        self.figure.savefig(out, format=path.suffix.lstrip(".").lower() or None, dpi=dpi, facecolor=self.theme.background)
        write_file(path, out.getvalue())
