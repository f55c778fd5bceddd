"""What a condition score's row of the trend chart shows, as plain values (docs/scores.md#on-the-chart):
the daily window value W(d) from the latest course's start, one threshold line and the response period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import fmean

from diary.domain.entries import DailyEntry
from diary.domain.language import translate
from diary.domain.scores import (
    BASELINE_DAYS,
    EPSILON,
    MIN_BASELINE_DAYS,
    MIN_WINDOW_DAYS,
    SCORES,
    WINDOW_DAYS,
    Parts,
    Response,
    Score,
)
from diary.domain.wording import number

DAY = dt.timedelta(days=1)
PAIN_RESPONSE = ("moderate", "substantial")  # the pain NRS's response on the chart: a reduction of 30% or more
# The one line a score's row draws: (what it is, its value from the baseline Wb or None for a fixed one,
# the fixed value). PRO2's remission has two parts and the pain NRS has none: they show their response line.
LINES: dict[str, tuple[str, float | None, float | None]] = {
    "hbi": ("remission < 5", None, 5.0),
    "sccai": ("remission < 2.5", None, 2.5),
    "pro2_cd": ("response ≤ ½ baseline", 0.5, None),
    "pro2_uc": ("response ≤ ½ baseline", 0.5, None),
    "pain_nrs": ("30% below baseline", 0.7, None),
}


def line_label(key: str) -> str:
    """What a score's line is, in the current language ("remission < 5")."""
    return {
        "hbi": translate("domain.score_trend", "remission < {value}").format(value=number(5.0, fixed=False)),
        "sccai": translate("domain.score_trend", "remission < {value}").format(value=number(2.5, fixed=False)),
        "pro2_cd": translate("domain.score_trend", "response ≤ ½ baseline"),
        "pro2_uc": translate("domain.score_trend", "response ≤ ½ baseline"),
        "pain_nrs": translate("domain.score_trend", "30% below baseline"),
    }.get(key, LINES[key][0])


@dataclass(frozen=True)
class ScoreTrend:
    """One score's row of the chart, for the course that started on `course_start`."""

    score: Score
    course_start: dt.date
    values: dict[dt.date, float | None]  # W(d) from the course's start to its last day shown
    baseline: float | None  # Wb
    line: float | None  # the threshold line's value (None: no line, as for PRO2 without a baseline)
    line_label: str  # what the line is, e.g. "remission < 5"
    response_periods: tuple[tuple[dt.date, dt.date], ...]  # runs of days whose W(d) meets the response rule

    @property
    def top(self) -> float:
        """A round top for the row's y axis: above every value, the line and the baseline."""
        highest = max([v for v in self.values.values() if v is not None]
                      + [v for v in (self.line, self.baseline) if v is not None], default=1.0)
        return nice_top(highest * 1.1)

    def value_on(self, day: dt.date) -> float | None:
        return self.values.get(day)


def nice_top(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least `value` (and at least 1)."""
    value = max(value, 1.0)
    power = 1.0
    while power * 10 < value:
        power *= 10
    return next(power * step for step in (1, 2, 2.5, 5, 10) if power * step >= value - EPSILON)


def responded(response: Response) -> bool:
    """Whether a response at T counts as one on the chart (the pain NRS: a reduction of 30% or more)."""
    return response in PAIN_RESPONSE if isinstance(response, str) else bool(response)


def _mean(parts: Sequence[Parts], least: int) -> Parts | None:
    return tuple(fmean(part) for part in zip(*parts)) if len(parts) >= least else None


def _runs(days: Iterable[dt.date]) -> tuple[tuple[dt.date, dt.date], ...]:
    """Consecutive days as (first, last) runs."""
    runs: list[tuple[dt.date, dt.date]] = []
    for day in sorted(days):
        if runs and runs[-1][1] + DAY == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return tuple(runs)


def score_trend(score: Score, entries: Sequence[DailyEntry], start: dt.date, last: dt.date, usual_stools: int = 1) -> ScoreTrend:
    """`score`'s row for the course starting `start`, its days up to `last`: W(d) as `window_value` gives it,
    worked out from each day's parts once (a course of years would otherwise cost days × entries)."""
    parts = {e.day: p for e in entries if (p := score.parts(e, usual_stools)) is not None}
    base = _mean([p for d, p in parts.items() if start - BASELINE_DAYS * DAY <= d < start], MIN_BASELINE_DAYS)
    baseline = None if base is None else score.value(base)
    values: dict[dt.date, float | None] = {}
    day = start
    while day <= last:
        window = [p for n in range(WINDOW_DAYS) if (d := day - n * DAY) >= start and (p := parts.get(d)) is not None]
        means = _mean(window, MIN_WINDOW_DAYS)
        values[day] = None if means is None else score.value(means)
        day += DAY
    _, of_baseline, fixed = LINES[score.key]
    label = line_label(score.key)
    line = fixed if of_baseline is None else (of_baseline * baseline if baseline else None)
    met = [d for d, v in values.items() if v is not None and baseline is not None and responded(score.response(v, baseline))]
    return ScoreTrend(score, start, values, baseline, line, label, _runs(met))


def score_trends(
    keys: Iterable[str], entries: Sequence[DailyEntry], start: dt.date, last: dt.date, usual_stools: int = 1
) -> tuple[ScoreTrend, ...]:
    """The rows of the scores `keys` (unknown keys are left out), in the order of `keys`."""
    return tuple(score_trend(SCORES[key], entries, start, last, usual_stools) for key in keys if key in SCORES)
