"""The clinician summary as HTML for Qt's text engine, in the order of docs/response-rules.md#clinician-summary."""

from __future__ import annotations

import datetime as dt
from html import escape

from diary.domain.entries import format_dose
from diary.domain.report import ReportData
from diary.domain.response import LONG_LASTING_DAYS, ONSET_WINDOW_DAYS, RESPONSE_DAYS
from diary.domain.summaries import INCREASE_WINDOW_DAYS, RESOLVED_AFTER_DAYS, DoseTiming, PeriodSummary, timing_hours
from diary.domain.treatment import ENDOSCOPIC_SCORES
from diary.domain.wording import date_text, number, signed

TITLE = "LDN Diary — patient-reported summary"
CHART_URL = "chart://trend"
CHART_WIDTH = "CHART_WIDTH"  # replaced by the renderer, which knows the page width in its own pixels
DISCLAIMER = (
    "All values were recorded by the patient in a symptom diary: they are self-reported, "
    "not clinical measurements."
)
STYLE = """
body { font-size: 9pt; }
h1 { font-size: 14pt; margin: 0; }
h2 { font-size: 10.5pt; margin-top: 8px; margin-bottom: 3px; }
p { margin-top: 1px; margin-bottom: 3px; }
table.grid { border-collapse: collapse; margin-bottom: 8px; }  /* Qt drops a heading's top margin after a table */
table.grid td, table.grid th { border: 1px solid #888; padding: 2px 4px; }
table.grid th { background-color: #e6e6e6; font-weight: bold; text-align: left; }
.verdict { font-size: 12pt; font-weight: bold; }
.muted { color: #555; }
.warning { border: 1px solid #333; background-color: #f0f0f0; padding: 4px; font-weight: bold; }
"""


def _d(day: dt.date | None) -> str:
    return date_text(day)


_num = number  # one formatter for the window, the PDF and the command line (diary.domain.wording)
_signed = signed


def _table(headers: list[str], rows: list[list[str]], widths: list[int] | None = None, small: bool = False) -> str:
    head = "".join(
        f'<th{f" width={w}%" if widths else ""}>{escape(h)}</th>' for h, w in zip(headers, widths or [0] * len(headers))
    )
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    size = ' style="font-size: 8pt;"' if small else ""
    return f'<table class="grid" width="100%" cellspacing="0"{size}>{head and "<tr>" + head + "</tr>"}{body}</table>'


def _header(d: ReportData) -> str:
    lines = [f"<h1>{escape(TITLE)}</h1>"]
    who = d.name_line
    if who:
        lines.append(f"<p><b>{escape(who)}</b></p>")
    condition = escape(d.profile.condition) if d.profile.condition else "not given"
    if d.profile.diagnosis_year:
        condition += f" (diagnosed {d.profile.diagnosis_year})"
    lines.append(
        f"<p>Period: <b>{_d(d.first)} – {_d(d.last)}</b> &nbsp;·&nbsp; Generated {_d(d.generated)}"
        f" &nbsp;·&nbsp; Condition: {condition}</p>"
    )
    lines.append(f'<p class="muted"><i>{escape(DISCLAIMER)}</i></p>')
    if d.coverage_note:
        lines.append(f"<p><b>{escape(d.coverage_note)}</b></p>")
    return "\n".join(lines)


def _outcome(d: ReportData) -> str:
    a, course = d.assessment, d.course
    out = ["<h2>1. Response to LDN</h2>"]
    if a is None or course is None:  # an assessment comes with the course it is about
        out.append("<p>No LDN course in this period, so there is no response assessment.</p>")
        return "\n".join(out)
    status = f"started {_d(course.start)}" + (f", stopped {_d(course.end)}" if course.end else ", ongoing")
    if course.end and course.stop_reason:
        status += f" ({escape(course.stop_reason)})"
    out.append(f'<p class="verdict">{escape(a.category.words)}</p>')
    meaning = f" — in the study's terms: {escape(a.category.study_meaning)}" if a.category.study_meaning else ""
    day = f", day {a.day} of the course" if a.day and a.day > 0 else ""
    out.append(f"<p>LDN course {status}. Assessed as of {_d(a.as_of)}{day}{meaning}.</p>")
    facts = []
    if a.onset is not None:
        state = "ongoing" if a.end is None else f"ended {_d(a.end)}"
        facts.append(f"Onset: <b>day {a.onset_day}</b> ({_d(a.onset)}); improved for <b>{a.duration_days} days</b>, {state}.")
    if a.baseline is not None:
        latest = (
            f"<b>{_num(d.latest_mean)}</b> (4 weeks to {_d(a.as_of)}, {d.latest_mean_days} days recorded)"
            if d.latest_mean is not None else "not enough data"
        )
        facts.append(
            f"Mean activity (0–10): baseline <b>{_num(a.baseline)}</b> ({a.baseline_when}) vs latest {latest}. "
            f"Target for improvement: {_num(a.target)} or lower."
        )
    out.extend(f"<p>{f}</p>" for f in facts)
    out.append(f"<p><i>{escape(a.clinician_explanation)}</i></p>")
    if a.visits:
        rows = []
        for v in a.visits:
            window = "days −7 to −1" if v.week == 0 else f"days {v.week * 7 - 6}–{v.week * 7}"
            if v.week == 0 and a.baseline_from_day_1:  # too few days before LDN: day 1 is the baseline
                rows.append(["Week 0", "day 1", f"{_num(v.mean)} (day 1)", "baseline"])
            elif v.mean is None:
                rows.append([f"Week {v.week}", window, f"not enough data ({v.values} of 7 days)", "—"])
            else:
                change = "baseline" if v.week == 0 else _signed(v.change)
                rows.append([f"Week {v.week}", window, f"{_num(v.mean)} ({v.values} days)", change])
        out.append(_table(["Visit", "Treatment days", "Mean activity", "Change from baseline"], rows, [14, 22, 34, 30]))
    r = d.settings
    out.append(
        f'<p class="muted">Definitions (Lie et al., J Transl Med 2018;16:55): a day is improved when the 7-day '
        f"mean activity is at least {r.relative_threshold:.0%} and {r.absolute_threshold:g} "
        f"{'point' if r.absolute_threshold == 1 else 'points'} below baseline; "
        f"onset must come within {ONSET_WINDOW_DAYS} days; a response lasts at least {RESPONSE_DAYS // 7} weeks, "
        f"a long-lasting one at least {LONG_LASTING_DAYS // 7} weeks.</p>"
    )
    return "\n".join(out)


def _answer(value: bool | str | None) -> str:
    return "—" if value is None else value if isinstance(value, str) else "yes" if value else "no"


def _scores(d: ReportData) -> str:
    """A compact table of the condition scores switched on, their sources named below it (docs/scores.md)."""
    if not d.scores:
        return ""
    rows, sources = [], []
    for s in d.scores:
        r = s.result
        rows.append([f"<b>{escape(r.score.short)}</b>", _num(r.baseline), *(_num(v) for _, v in s.weeks), _num(r.value),
                     _answer(r.remission), _answer(r.response)])
        band = f" (band at the latest: {r.band})" if r.band else ""
        sources.append(f"{escape(r.score.short)}: {escape(r.score.source)}{band}")
    headers = ["Score", "Baseline", *(f"Week {w}" for w, _ in d.scores[0].weeks), "Latest", "Remission", "Response"]
    as_of = d.scores[0].result.as_of
    return (f'<p style="margin-top: 6px;"><b>Condition scores</b> (7-day means; baseline: the week before LDN; latest: '
            f"to {_d(as_of)})</p>" + _table(headers, rows, [14, 12, 10, 10, 10, 12, 16, 16], small=True)
            + f'<p class="muted">{"; ".join(sources)}.</p>')


def _chart() -> str:
    return f'<h2>2. Trend</h2><p><img src="{CHART_URL}" width="{CHART_WIDTH}"></p>'


PAGE_2 = ' style="page-break-before: always;"'


def _dose(d: ReportData) -> str:
    s = d.summary
    a = s.adherence
    # With condition scores, page 1 is the response, the scores and the chart with their panels.
    out = [f"<h2{PAGE_2 if d.scores else ''}>3. Dose and adherence</h2>"]
    if s.dose_levels:
        rows = [[format_dose(lvl.dose_mg), _d(lvl.first), _d(lvl.last), str(lvl.days)] for lvl in s.dose_levels]
        out.append(_table(["Dose", "From", "To", "Days recorded"], rows, [20, 28, 28, 24]))
    else:
        out.append("<p>No doses recorded in this period.</p>")
    taken = f"{a.doses_taken} of {a.doses_recorded} recorded doses taken" if a.doses_recorded else "no doses recorded"
    if a.doses_recorded:
        taken += f" ({a.doses_taken / a.doses_recorded:.0%})"
    missed = ", ".join(_d(day) for day in a.missed_days[:8]) + (" …" if len(a.missed_days) > 8 else "")
    timing = f"usual dose time: <b>{a.usual_timing.value}</b>" if a.usual_timing else "dose times not recorded"
    out.append(f"<p>Adherence: {taken}; missed: {len(a.missed_days)}{f' ({missed})' if missed else ''}; {timing}.</p>")
    return "\n".join(out)


def _rate(counts: tuple[int, int]) -> str:
    present, recorded = counts
    return "—" if not recorded else f"{present} of {recorded} ({present / recorded:.0%})"


def _before_ldn(s: PeriodSummary) -> list[str]:
    """Symptoms of the days before LDN: the baseline, so not listed as side effects."""
    if not s.before_ldn:
        return []
    felt = "; ".join(f"{escape(e.effect.label)} on {e.days_present} of {e.days_recorded} days" for e in s.before_ldn)
    return [f"<p>Before LDN (baseline, {s.before_ldn_days} days recorded; not counted as side effects): {felt}.</p>"]


def _side_effects(d: ReportData) -> str:
    s = d.summary
    # Page 2 starts here (or at the dose: see _dose): a table never splits from its header between the pages.
    out = [f"<h2{'' if d.scores else PAGE_2}>4. Side effects</h2>"]
    if not s.side_effects:
        out.append("<p>No side effects reported in this period.</p>")
        out.extend(_before_ldn(s))
        return "\n".join(out)
    def short(day: dt.date) -> str:  # the year only when it is not the period's
        return f"{day.day} {day:%b}" if day.year == d.last.year else _d(day)

    rows = []
    for e in s.side_effects:
        rows.append([
            escape(e.effect.label),
            f"{e.days_present} of {e.days_recorded}",
            e.highest.label,
            short(e.first),
            short(e.last),
            "yes" if e.resolved else "no",
            _rate(e.morning),
            _rate(e.bedtime),
            "yes" if e.after_increase else "no",
        ])
    out.append(_table(
        ["Side effect", "Days present", "Highest", "First", "Last", "Resolved*", "Morning dose", "Bedtime dose", "After increase†"],
        rows,
        [15, 10, 10, 8, 8, 11, 13, 14, 11],
        small=True,
    ))
    out.append('<p class="muted">Days present: of the days the side effect was recorded. '
               f"* Absent on the last {RESOLVED_AFTER_DAYS} days it was recorded. "
               f"† Began within {INCREASE_WINDOW_DAYS} days of a dose increase. Morning / bedtime dose: days present of the days "
               f"recorded with a dose taken {timing_hours(DoseTiming.MORNING)} / {timing_hours(DoseTiming.BEDTIME)}.</p>")
    out.append("<p><b>Morning or bedtime dose.</b> " + " ".join(escape(line) for line in s.timing.sentences)
               + f' <i>{escape(s.timing.caveat)}</i></p>')
    out.extend(_before_ldn(s))
    return "\n".join(out)


def _context(d: ReportData) -> str:
    out = ["<h2>5. Other medications and clinic results</h2>"]
    if d.opioid_warning:
        out.append(f'<table width="100%" cellpadding="4"><tr><td class="warning">Opioid analgesic during the LDN course: '
                   f"{escape(d.opioid_warning)}</td></tr></table>")
    if d.medications:
        out.append("<p><b>Other medications</b></p>")
        rows = [[escape(m.name), escape(m.category.value), _d(m.start), _d(m.stop) if m.stop else "ongoing"] for m in d.medications]
        out.append(_table(["Medication", "Kind", "Started", "Stopped"], rows, [34, 26, 20, 20]))
    else:
        out.append("<p>No other medications recorded.</p>")
    if d.clinic_results:
        rows = [[_d(r.day), _num(r.crp_mg_l, fixed=False),
                 "—" if r.endoscopic_score is None else f"{r.endoscopic_score} ({ENDOSCOPIC_SCORES[r.endoscopic_score]})",
                 _num(r.alt_u_l, fixed=False), escape(r.note)] for r in d.clinic_results]
        headers = ["Visit", "CRP (mg/L)", "Endoscopic score", "ALT (U/L)", "Note"]
        out.append('<p style="margin-top: 6px;"><b>Clinic results</b></p>' + _table(headers, rows, [18, 14, 22, 12, 34]))
    else:
        out.append("<p>No clinic results recorded for this period.</p>")
    return "\n".join(out)


def _completeness(d: ReportData) -> str:
    a = d.summary.adherence
    out = ["<h2>6. Diary completeness</h2>",
           f"<p>{a.days_with_entry} of {a.days} days recorded ({a.completeness:.0%}); {a.days_without_entry} days without an entry.</p>"]
    if d.notes:
        out.append("<p><b>Patient's notes</b></p>")
        out.extend(f"<p>{_d(day)}: {escape(note)}</p>" for day, note in d.notes)
    return "\n".join(out)


def report_html(d: ReportData) -> str:
    """The whole summary; the chart's width is left as CHART_WIDTH for the renderer."""
    body = "\n".join([_header(d), _outcome(d), _scores(d), _chart(), _dose(d), _side_effects(d), _context(d), _completeness(d)])
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"
