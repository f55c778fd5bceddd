"""The condition scores' rows of the trend chart (docs/scores.md#on-the-chart): W(d), the dashed
remission or response line with its name, and the response period shaded as on the activity panel.

Everything is drawn once in data coordinates, so a range switch only moves the x limits; the
line's name sits at the left edge of the panel whatever the range (axes coordinates in x)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import blended_transform_factory

from diary.charts.theme import DAY, Theme, day_num
from diary.domain.language import translate
from diary.domain.score_trend import ScoreTrend
from diary.domain.wording import number

SCORE_WEIGHT = 1.5  # a score row's share of the height, beside the activity panel's 5 and the dose's 1.4


def line_text(row: ScoreTrend) -> str:
    """The name of the row's line; a line worked out from the baseline says its value too."""
    if row.line is None or row.score.key in ("hbi", "sccai"):
        return row.line_label
    return translate("charts.score_rows", "{line} ({value})", "a score line's name and its value").format(
        line=row.line_label, value=number(row.line))


def _ticks(top: float) -> list[float]:
    """Two or three round ticks from 0 to `top` (0, 10, 20 under 25), worked out once, not on every draw."""
    locator = MaxNLocator(nbins=3, steps=[1, 2, 2.5, 5, 10])
    return [float(t) for t in locator.tick_values(0, top) if t <= top + 1e-9]


def draw_score_row(ax: Axes, row: ScoreTrend, theme: Theme) -> None:
    """One score's panel: its W(d) line, its threshold line and name, its response period, its axis."""
    days = sorted(row.values)
    values = [np.nan if (v := row.values[d]) is None else v for d in days]
    ax.plot([day_num(d) for d in days], values, color=theme.line, linewidth=1.8, zorder=4)
    for first, last in row.response_periods:
        # As on the activity panel: light fill plus a sparse hatch, for a black-and-white printer.
        ax.axvspan(day_num(first), day_num(last + DAY), facecolor=theme.shade, edgecolor=theme.hatch,
                   hatch="/", linewidth=0, zorder=1)
    top = row.top
    text_style: dict[str, Any] = {"fontsize": 7, "color": theme.foreground, "zorder": 5, "clip_on": True,
                  "bbox": {"facecolor": theme.background, "alpha": 0.75, "edgecolor": "none", "pad": 1.0}}
    if row.line is not None:
        ax.axhline(row.line, color=theme.foreground, linestyle="--", linewidth=1.0, zorder=2)
        # Above the line, unless that would leave the panel.
        above = row.line + 0.04 * top < top * 0.8
        ax.text(0.006, row.line + (0.04 if above else -0.04) * top, line_text(row),
                transform=blended_transform_factory(ax.transAxes, ax.transData),
                va="bottom" if above else "top", ha="left", **text_style)
    if all(v is None for v in row.values.values()):
        not_yet = translate("charts.score_rows", "no complete week of its items yet")
        ax.text(0.5, 0.5, not_yet, transform=ax.transAxes, ha="center", va="center", **text_style)
    ax.set_ylim(0, top)
    ax.set_yticks(_ticks(top))
    ax.set_yticklabels([number(t, 1, fixed=False) for t in _ticks(top)])
    ax.set_ylabel(row.score.shown_short, color=theme.foreground, fontsize=9)
    ax.grid(axis="y", color=theme.muted, alpha=0.25, linewidth=0.6)


def score_rows_have_response(rows: Sequence[ScoreTrend]) -> bool:
    """Whether any row shades a response period (the legend then explains the shading)."""
    return any(row.response_periods for row in rows)
