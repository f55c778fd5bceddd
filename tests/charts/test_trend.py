"""The trend figure for known diaries: the right elements in the right places."""

import datetime as dt

import matplotlib.dates as mdates
import pytest
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.patches import Rectangle

from diary.charts.trend import DARK, TrendChart
from diary.domain.entries import DailyEntry, Severity
from diary.domain.response import assess_response
from diary.domain.side_effects import builtin_side_effects
from diary.domain.treatment import Course
from diary.domain.trend import build_trend

S = dt.date(2025, 3, 1)


def day(n: int) -> dt.date:
    return S + dt.timedelta(days=n - 1)


def short_lived_series(extra_effects: bool = True, dream_days=(2, 3)):
    """Baseline 8; improved days 7-48 (onset day 7, 2s from day 5 to 44); 8s again from day 45."""
    entries = [DailyEntry(day(n), activity=8) for n in range(-6, 1)]
    for n in range(1, 81):
        value = 2 if 5 <= n <= 44 else 8
        effects = {"vivid_dreams": Severity.MODERATE if n in dream_days else Severity.NONE}
        if extra_effects and n == 60:
            effects["headache"] = Severity.SEVERE
        entries.append(DailyEntry(day(n), activity=value, dose_mg=4.5, dose_taken=n != 30, side_effects=effects))
    course = Course(S)
    assessment = assess_response({e.day: e.activity for e in entries}, S)
    return build_trend(entries, [course], [assessment], builtin_side_effects())


def num(d: dt.date) -> float:
    return mdates.date2num(d)


def test_response_period_is_shaded_from_onset_to_last_improved_day():
    chart = TrendChart(short_lived_series())
    spans = [p for p in chart.activity_ax.patches if isinstance(p, Rectangle)]
    assert len(spans) == 1
    x0 = spans[0].get_x()
    assert x0 == pytest.approx(num(day(7)))
    assert x0 + spans[0].get_width() == pytest.approx(num(day(49)))  # through the whole of day 48
    texts = [t.get_text() for t in chart.activity_ax.texts]
    assert "Short-lived clinical response (4–12 weeks)" in texts


def marker_days(ax) -> set[float]:
    """The x of each vertical marker line on `ax` (its markers are collections of segments)."""
    return {round(seg[0][0], 3) for c in ax.collections if isinstance(c, LineCollection)
            for seg in c.get_segments() if seg[0][0] == seg[-1][0]}


def test_markers_at_day_1_week_4_and_week_12():
    chart = TrendChart(short_lived_series())
    assert {round(num(day(1)), 3), round(num(day(28)), 3)} <= marker_days(chart.activity_ax)
    texts = {t.get_text() for t in chart.activity_ax.texts}
    assert {"LDN day 1", "week 4", "baseline 8.0", "target 5.6"} <= texts
    # The data end on day 80, so the week-12 marker (day 84) is not drawn.
    assert "week 12" not in texts


def test_daily_points_skip_missing_days_and_the_line_is_the_7_day_mean():
    chart = TrendChart(short_lived_series())
    points = next(c for c in chart.activity_ax.collections if isinstance(c, PathCollection))
    assert len(points.get_offsets()) == 87  # 7 baseline days + 80 days
    mean_line = next(line for line in chart.activity_ax.lines if line.get_label() == "7-day mean")
    ys = mean_line.get_ydata()
    assert ys[0] != ys[0]  # NaN: day 1 has only 1 value of the course, A(d) needs 4
    assert ys[3] == 8 and ys[20] == pytest.approx(2)


def test_one_strip_row_per_side_effect_reported_in_the_range():
    chart = TrendChart(short_lived_series())
    labels = [t.get_text() for t in chart.strip_ax.get_yticklabels()]
    assert labels == ["Vivid dreams", "Headache"]
    chart.show_range(day(50), day(80))
    assert [t.get_text() for t in chart.strip_ax.get_yticklabels()] == ["Headache"]
    chart.show_range(day(10), day(40))
    assert not chart.strip_ax.get_visible()  # nothing felt in that range: no strip at all
    assert chart.dose_ax.xaxis.get_tick_params()["labelbottom"]  # the dates move up to the dose panel


def test_strip_rows_match_the_side_effects_felt_at_the_edges_of_any_range():
    series = short_lived_series()
    chart = TrendChart(series)
    for first, last in [(3, 3), (4, 59), (60, 60), (3, 60), (-20, 2), (-20, -10), (81, 120), (59, 61)]:
        chart.show_range(day(first), day(last))
        assert chart.effects == series.side_effects_between(day(first), day(last)), (first, last)

def test_a_category_label_shows_only_where_its_period_is_wide_enough_for_it():
    chart = TrendChart(short_lived_series())
    label = next(t for t in chart.activity_ax.texts if t.get_text().startswith("Short-lived"))
    assert label.get_visible()  # 42 days of the 87 shown
    chart.show_range(day(-3000), day(80))  # the same 42 days in eight years: too narrow to hold it
    assert not label.get_visible()
    chart.show_range(day(1), day(80))
    assert label.get_visible()

def test_the_strip_is_named_only_when_it_is_tall_enough_for_its_name():
    from matplotlib.figure import Figure

    short = TrendChart(short_lived_series(), figure=Figure(figsize=(10, 6.2)))  # two rows
    assert short.strip_ax.get_ylabel() == "Side effects" and not short.strip_ax.yaxis.label.get_visible()
    tall = TrendChart(short_lived_series(), figure=Figure(figsize=(10, 14)))
    assert tall.strip_ax.yaxis.label.get_visible()
    assert short.activity_ax.yaxis.label.get_visible() and short.dose_ax.yaxis.label.get_visible()

def test_range_switch_moves_limits_and_keeps_labels_in_view():
    chart = TrendChart(short_lived_series(extra_effects=False, dream_days=()))
    axes_before = chart.activity_ax
    chart.show_range(day(20), day(40))
    assert chart.activity_ax is axes_before  # not rebuilt
    assert chart.activity_ax.get_xlim() == pytest.approx((num(day(20)), num(day(41))))
    label = next(t for t in chart.activity_ax.texts if t.get_text().startswith("Short-lived"))
    assert label.get_visible() and label.get_position()[0] >= num(day(20))
    week4 = next(t for t in chart.activity_ax.texts if t.get_text() == "week 4")
    assert week4.get_visible()
    chart.show_range(day(60), day(80))
    assert not next(t for t in chart.activity_ax.texts if t.get_text() == "week 4").get_visible()


def test_dose_panel_steps_and_missed_doses():
    chart = TrendChart(short_lived_series())
    missed = next(line for line in chart.dose_ax.lines if line.get_label() == "dose missed")
    assert list(missed.get_xdata()) == [num(day(30))]


def test_empty_diary_draws_without_error(tmp_path):
    chart = TrendChart(build_trend([], [], [], builtin_side_effects()))
    chart.save(tmp_path / "empty.png", dpi=50)
    assert (tmp_path / "empty.png").stat().st_size > 0


def test_dark_theme_and_files(tmp_path):
    chart = TrendChart(short_lived_series(), theme=DARK)
    assert chart.figure.get_facecolor()[:3] != (1, 1, 1)
    chart.save(tmp_path / "chart.svg")
    assert "<svg" in (tmp_path / "chart.svg").read_text(encoding="utf-8")[:500]


def date_labels(chart) -> tuple[list[str], str]:
    """The date labels under the chart and the month-year line beside them, as drawn."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(chart.figure).draw()
    axis = chart.strip_ax if chart.strip_ax.get_visible() else chart.panels[-2]  # the lowest panel shown
    labels = [t.get_text() for t in axis.get_xticklabels() if t.get_text()]
    return labels, axis.xaxis.get_offset_text().get_text()


@pytest.mark.parametrize(
    ("first", "last", "month"),
    [
        (dt.date(2026, 11, 3), dt.date(2026, 11, 30), "2026-Nov"),  # the 4-week view of a November period
        (dt.date(2026, 9, 2), dt.date(2026, 11, 30), None),  # a course ending on 30 November
        (dt.date(2025, 1, 1), dt.date(2025, 1, 31), "2025-Jan"),  # a January report
    ],
)
def test_the_dates_under_the_chart_name_only_months_in_view(first, last, month):
    entries = [DailyEntry(first + dt.timedelta(days=i), activity=5) for i in range((last - first).days + 1)]
    series = build_trend(entries, [Course(first)], [assess_response({e.day: 5 for e in entries}, first)], [])
    chart = TrendChart(series, first, last)
    labels, offset = date_labels(chart)
    in_view = {f"{d:%b}" for d in (first + dt.timedelta(days=i) for i in range((last - first).days + 1))}
    named = {word for text in [*labels, offset] for word in text.replace("-", " ").split() if word.isalpha()}
    assert named <= in_view, f"{labels} {offset!r}"
    if month is not None:
        assert offset == month


def test_the_legend_names_the_response_period_and_the_blank_days():
    chart = TrendChart(short_lived_series())
    labels = [t.get_text() for t in chart._legend.get_texts()]
    assert "response period" in labels and "blank: day not recorded" in labels


def scored_series(keys=("pro2_cd", "hbi")):
    """short_lived_series with condition items: PRO2-CD 18 / HBI 8 before, 2 / 1 from day 5 (as the activity)."""
    from dataclasses import replace

    from diary.domain.score_trend import score_trends

    base = short_lived_series()
    entries = [replace(e, items={"liquid_stools": 4 if e.activity == 8 else 1, "ibd_abdominal_pain": 2 if e.activity == 8 else 0,
                                 "wellbeing": 2 if e.activity == 8 else 0}, complications=frozenset()) for e in base.entries]
    rows = score_trends(keys, entries, S, day(80))
    return build_trend(entries, [c.course for c in base.courses], [c.assessment for c in base.courses],
                       builtin_side_effects(), rows)


def test_a_panel_per_score_between_the_dose_panel_and_the_strip():
    chart = TrendChart(scored_series())
    assert len(chart.score_axes) == 2
    assert chart.panels == [chart.activity_ax, chart.dose_ax, *chart.score_axes, chart.strip_ax]
    assert [ax.get_ylabel() for ax in chart.score_axes] == ["PRO2-CD", "HBI"]
    tops = [chart.dose_ax.get_position().y0, *[ax.get_position().y1 for ax in chart.score_axes]]
    bottoms = [ax.get_position().y0 for ax in chart.score_axes] + [chart.strip_ax.get_position().y1]
    assert tops[0] > tops[1] and bottoms[0] > tops[2] and bottoms[1] > bottoms[2]  # in order, top to bottom
    for ax in chart.score_axes:
        w = max(ax.lines, key=lambda line: len(line.get_xdata()))
        assert ax.get_ylim()[0] == 0 and ax.get_ylim()[1] >= max(y for y in w.get_ydata() if y == y)


def test_a_score_panel_draws_w_d_its_line_and_its_response_period():
    series = scored_series()
    chart = TrendChart(series)
    pro2, hbi = chart.score_axes
    assert [t.get_text() for t in pro2.texts] == ["response ≤ ½ baseline (9.0)"]
    assert [t.get_text() for t in hbi.texts] == ["remission < 5"]
    dashed = [line for line in hbi.lines if line.get_linestyle() == "--"]
    assert [line.get_ydata()[0] for line in dashed] == [5]
    (w,) = [line for line in hbi.lines if line.get_linestyle() == "-"]  # the markers are collections
    assert list(w.get_xdata()) == [num(d) for d in sorted(series.scores[1].values)]
    (first, last), = series.scores[1].response_periods
    spans = [p for p in hbi.patches if isinstance(p, Rectangle)]
    assert len(spans) == 1 and spans[0].get_x() == pytest.approx(num(first))
    assert spans[0].get_x() + spans[0].get_width() == pytest.approx(num(last + dt.timedelta(days=1)))
    markers = marker_days(hbi)
    assert round(num(day(1)), 3) in markers and round(num(day(28)), 3) in markers  # day 1 and week 4 run through it


def test_no_score_panels_without_scores_switched_on():
    chart = TrendChart(short_lived_series())
    assert chart.score_axes == [] and chart.panels == [chart.activity_ax, chart.dose_ax, chart.strip_ax]
    assert TrendChart(scored_series(keys=())).score_axes == []


def test_show_range_moves_the_score_panels_too_and_the_dates_go_under_the_lowest():
    chart = TrendChart(scored_series(), theme=DARK)
    panels = list(chart.panels)
    chart.show_range(day(10), day(40))  # no side effect felt: no strip
    assert chart.panels == panels  # not rebuilt
    for ax in chart.score_axes:
        assert ax.get_xlim() == pytest.approx((num(day(10)), num(day(41))))
    labels, _ = date_labels(chart)
    assert not chart.strip_ax.get_visible() and chart.score_axes[-1].xaxis.get_tick_params()["labelbottom"]
    assert [t.get_text() for t in chart.score_axes[-1].get_xticklabels() if t.get_text()] == labels
    assert not any(t.get_text() for t in chart.dose_ax.get_xticklabels())
    chart.show_range(day(1), day(80))
    assert chart.strip_ax.get_visible()


def test_the_legend_names_the_response_period_of_a_score():
    from dataclasses import replace

    series = scored_series()
    no_activity_response = replace(series, courses=())
    labels = [t.get_text() for t in TrendChart(no_activity_response)._legend.get_texts()]
    assert "response period" in labels


def test_a_low_figure_names_its_panels_shorter_and_keeps_the_strip_rows_apart():
    from matplotlib.figure import Figure

    chart = TrendChart(scored_series(), figure=Figure(figsize=(7, 3.5)))
    assert chart.activity_ax.get_ylabel() in ("Disease activity (0–10)", "Activity")
    assert chart.dose_ax.get_ylabel() == "Dose"
    strip_inches = chart.strip_ax.get_position().height * 3.5
    assert strip_inches >= 0.13 * len(chart.effects) - 1e-9
    roomy = TrendChart(scored_series(), figure=Figure(figsize=(10, 9)))
    assert roomy.activity_ax.get_ylabel() == "Disease activity (0–10)" and roomy.dose_ax.get_ylabel() == "Dose (mg)"


@pytest.mark.parametrize(("code", "month", "baseline"), [("de", "2025-Mär", "Ausgangswert 8,0"), ("nl", "2025-mrt", "uitgangswaarde 8,0")])
def test_the_chart_speaks_the_language_it_is_drawn_in(code, month, baseline):
    """The PDF's chart is drawn inside the summary's language: its labels, legend, month names and decimal comma."""
    from diary.desktop.language import words
    from diary.domain.language import using

    with using(words(code)):
        chart = TrendChart(short_lived_series(), S, day(28))
        _labels, offset = date_labels(chart)
        texts = {t.get_text() for t in chart.activity_ax.texts}
        legend = [t.get_text() for t in chart._legend.get_texts()]
    assert offset.rstrip(".") == month
    assert baseline in texts
    assert chart.activity_ax.get_ylabel() != "Disease activity (0–10)" and "7-day mean" not in legend
