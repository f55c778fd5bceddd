"""Small trend lines of a cohort's patients: one 7-day mean activity line each, on one page."""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib.figure import Figure

from diary.charts.theme import LIGHT
from diary.domain.categories import ResponseCategory
from diary.domain.cohort import PatientOutcome
from diary.domain.language import translate
from diary.domain.response import LONG_LASTING_DAYS, ONSET_WINDOW_DAYS

COLUMNS = 6
SHOWN_MAX = 60  # more would not be read on one page; the table counts every patient


def short_verdict(category: ResponseCategory) -> str:
    """A patient's verdict in a few words, to fit above a small chart."""
    return {
        ResponseCategory.NOT_STARTED: translate("charts.cohort", "not started", "a short verdict: the LDN course has not started"),
        ResponseCategory.NO_BASELINE: translate("charts.cohort", "no baseline", "a short verdict"),
        ResponseCategory.TOO_EARLY: translate("charts.cohort", "too early", "a short verdict: too early to tell"),
        ResponseCategory.NON_RESPONDER: translate("charts.cohort", "non responder", "a short verdict"),
        ResponseCategory.IMPROVING: translate("charts.cohort", "improving", "a short verdict"),
        ResponseCategory.NOT_SUSTAINED: translate("charts.cohort", "not sustained", "a short verdict: improvement not sustained"),
        ResponseCategory.RESPONSE_ONGOING: translate("charts.cohort", "response ongoing", "a short verdict"),
        ResponseCategory.SHORT_LIVED: translate("charts.cohort", "short lived", "a short verdict: short-lived clinical response"),
        ResponseCategory.LONG_LASTING: translate("charts.cohort", "long lasting", "a short verdict: long-lasting response"),
    }[category]


def cohort_trends(outcomes: Sequence[PatientOutcome], width_in: float = 7.2) -> Figure:
    """A grid of small charts: each patient's 7-day mean activity (0-10) by treatment day, with the
    study's week-4 and week-12 marks and the patient's verdict above it."""
    shown = list(outcomes)[:SHOWN_MAX]
    rows = max(1, math.ceil(len(shown) / COLUMNS))
    figure = Figure(figsize=(width_in, 0.95 * rows + 0.2))
    theme = LIGHT
    last_day = max((day for o in shown for day, _ in o.trend), default=LONG_LASTING_DAYS)
    for i, outcome in enumerate(shown):
        ax = figure.add_subplot(rows, COLUMNS, i + 1)
        days = [d for d, _ in outcome.trend]
        ax.plot(days, [v for _, v in outcome.trend], color=theme.line, linewidth=1.0)
        for mark in (ONSET_WINDOW_DAYS, LONG_LASTING_DAYS):
            ax.axvline(mark, color=theme.muted, linewidth=0.5, linestyle=":")
        ax.set_xlim(1, max(last_day, LONG_LASTING_DAYS + 7))
        ax.set_ylim(0, 10)
        ax.set_yticks([0, 5, 10])
        ax.set_xticks([ONSET_WINDOW_DAYS, LONG_LASTING_DAYS])
        ax.tick_params(labelsize=5, length=2, pad=1, colors=theme.muted)
        if i % COLUMNS:
            ax.set_yticklabels([])
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        name = outcome.name.removesuffix(".json")
        ax.set_title(f"{name[:18]}\n{short_verdict(outcome.category)}", fontsize=5.5, pad=2, color=theme.foreground)
    figure.subplots_adjust(left=0.04, right=0.99, top=1 - 0.45 / figure.get_figheight(), bottom=0.25 / figure.get_figheight(),
                           hspace=0.9, wspace=0.12)
    return figure
