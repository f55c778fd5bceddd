"""The clinician summary as HTML for Qt's text engine, in the order of docs/response-rules.md#clinician-summary."""

from __future__ import annotations

import datetime as dt
from html import escape

from diary.domain.choices import conditions, shown, stop_reasons
from diary.domain.entries import format_dose
from diary.domain.language import current, translate
from diary.domain.report import ReportData
from diary.domain.response import LONG_LASTING_DAYS, ONSET_WINDOW_DAYS, RESPONSE_DAYS
from diary.domain.scores import score_words
from diary.domain.summaries import INCREASE_WINDOW_DAYS, RESOLVED_AFTER_DAYS, DoseTiming, PeriodSummary, timing_hours
from diary.domain.treatment import ENDOSCOPIC_SCORES
from diary.domain.wording import date_text, number, signed

CHART_URL = "chart://trend"
CHART_WIDTH = "CHART_WIDTH"  # replaced by the renderer, which knows the page width in its own pixels


def title() -> str:
    """The summary's title, in the language being written (also the PDF's metadata)."""
    return translate("report.html", "LDN Diary — patient-reported summary")


def disclaimer() -> str:
    return translate("report.html", "All values were recorded by the patient in a symptom diary: they are self-reported, "
                     "not clinical measurements.")


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


def percent(fraction: float) -> str:
    """A share in whole percent: "85%" (German and Dutch write "85 %")."""
    return translate("report.html", "{percent}%", "a percentage: 85%").format(percent=round(100 * fraction))


def _of(part: int, whole: int) -> str:
    return translate("report.html", "{part} of {whole}", "e.g. days present: 12 of 30").format(part=part, whole=whole)


def _table(headers: list[str], rows: list[list[str]], widths: list[int] | None = None, small: bool = False) -> str:
    head = "".join(
        f'<th{f" width={w}%" if widths else ""}>{escape(h)}</th>' for h, w in zip(headers, widths or [0] * len(headers))
    )
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    size = ' style="font-size: 8pt;"' if small else ""
    return f'<table class="grid" width="100%" cellspacing="0"{size}>{head and "<tr>" + head + "</tr>"}{body}</table>'


def _header(d: ReportData) -> str:
    lines = [f"<h1>{escape(title())}</h1>"]
    who = d.name_line
    if who:
        lines.append(f"<p><b>{escape(who)}</b></p>")
    condition = escape(shown(conditions(), d.profile.condition)) if d.profile.condition else translate(
        "report.html", "not given", "the condition")
    if d.profile.diagnosis_year:
        condition = translate("report.html", "{condition} (diagnosed {year})").format(
            condition=condition, year=d.profile.diagnosis_year)
    lines.append("<p>" + translate(
        "report.html", "Period: <b>{first} – {last}</b> &nbsp;·&nbsp; Generated {generated} &nbsp;·&nbsp; Condition: {condition}"
    ).format(first=_d(d.first), last=_d(d.last), generated=_d(d.generated), condition=condition) + "</p>")
    lines.append(f'<p class="muted"><i>{escape(disclaimer())}</i></p>')
    if d.coverage_note:
        lines.append(f"<p><b>{escape(d.coverage_note)}</b></p>")
    return "\n".join(lines)


def _course_sentence(course_start: dt.date, end: dt.date | None, reason: str, as_of: str, day: int | None,
                     meaning: str) -> str:
    """ "LDN course started 5 Nov 2026, ongoing. Assessed as of 1 Dec 2026, day 27 of the course." (one sentence per case)."""
    if end is None:
        status = translate("report.html", "started {start}, ongoing", "the LDN course").format(start=_d(course_start))
    elif reason:
        status = translate("report.html", "started {start}, stopped {end} ({reason})", "the LDN course").format(
            start=_d(course_start), end=_d(end), reason=reason)
    else:
        status = translate("report.html", "started {start}, stopped {end}", "the LDN course").format(
            start=_d(course_start), end=_d(end))
    if day and day > 0:
        assessed = translate("report.html", "Assessed as of {as_of}, day {day} of the course").format(as_of=as_of, day=day)
    else:
        assessed = translate("report.html", "Assessed as of {as_of}").format(as_of=as_of)
    if meaning:
        assessed = translate("report.html", "{assessed} — in the study's terms: {meaning}").format(
            assessed=assessed, meaning=meaning)
    return translate("report.html", "LDN course {status}. {assessed}.").format(status=status, assessed=assessed)


def _outcome(d: ReportData) -> str:
    a, course = d.assessment, d.course
    out = ["<h2>" + translate("report.html", "1. Response to LDN") + "</h2>"]
    if a is None or course is None:  # an assessment comes with the course it is about
        out.append("<p>" + translate("report.html", "No LDN course in this period, so there is no response assessment.") + "</p>")
        return "\n".join(out)
    out.append(f'<p class="verdict">{escape(a.category.words)}</p>')
    reason = escape(shown(stop_reasons(), course.stop_reason)) if course.end and course.stop_reason else ""
    meaning = escape(a.category.study_meaning) if a.category.study_meaning else ""
    out.append(f"<p>{_course_sentence(course.start, course.end, reason, _d(a.as_of), a.day, meaning)}</p>")
    facts = []
    if a.onset is not None and a.duration_days is not None:
        if a.end is None:
            facts.append(translate("report.html", "Onset: <b>day {day}</b> ({date}); improved for <b>%n day(s)</b>, ongoing.",
                                   None, a.duration_days).format(day=a.onset_day, date=_d(a.onset)))
        else:
            facts.append(translate("report.html", "Onset: <b>day {day}</b> ({date}); improved for <b>%n day(s)</b>, ended {end}.",
                                   None, a.duration_days).format(day=a.onset_day, date=_d(a.onset), end=_d(a.end)))
    if a.baseline is not None:
        if d.latest_mean is not None:
            latest = translate("report.html", "<b>{mean}</b> (4 weeks to {date}, %n day(s) recorded)", None,
                               d.latest_mean_days or 0).format(mean=_num(d.latest_mean), date=_d(a.as_of))
        else:
            latest = translate("report.html", "not enough data")
        when = (translate("report.html", "on day 1 of LDN", "when the baseline was measured") if a.baseline_from_day_1
                else translate("report.html", "before LDN", "when the baseline was measured"))
        facts.append(translate(
            "report.html", "Mean activity (0–10): baseline <b>{baseline}</b> ({when}) vs latest {latest}. "
            "Target for improvement: {target} or lower.").format(
            baseline=_num(a.baseline), when=when, latest=latest, target=_num(a.target)))
    out.extend(f"<p>{f}</p>" for f in facts)
    out.append(f"<p><i>{escape(a.clinician_explanation)}</i></p>")
    if a.visits:
        rows = []
        for v in a.visits:
            week = translate("report.html", "Week {week}").format(week=v.week)
            window = (translate("report.html", "days −7 to −1") if v.week == 0
                      else translate("report.html", "days {first}–{last}").format(first=v.week * 7 - 6, last=v.week * 7))
            baseline = translate("report.html", "baseline", "a visit's change from baseline: this is the baseline")
            if v.week == 0 and a.baseline_from_day_1:  # too few days before LDN: day 1 is the baseline
                rows.append([week, translate("report.html", "day 1"),
                             translate("report.html", "{mean} (day 1)").format(mean=_num(v.mean)), baseline])
            elif v.mean is None:
                rows.append([week, window, translate("report.html", "not enough data ({values} of 7 days)").format(values=v.values),
                             "—"])
            else:
                change = baseline if v.week == 0 else _signed(v.change)
                rows.append([week, window, translate("report.html", "{mean} (%n day(s))", None, v.values).format(mean=_num(v.mean)),
                             change])
        headers = [translate("report.html", "Visit"), translate("report.html", "Treatment days"),
                   translate("report.html", "Mean activity"), translate("report.html", "Change from baseline")]
        out.append(_table(headers, rows, [14, 22, 34, 30]))
    r = d.settings
    plural = 1 if r.absolute_threshold == 1 else 2  # "1 point", "0.5 points", "2 points"
    points = translate("report.html", "{points} point(s)", "below baseline; the number may have decimals", plural).format(
        points=_num(r.absolute_threshold, 2, fixed=False))
    out.append('<p class="muted">' + translate(
        "report.html", "Definitions (Lie et al., J Transl Med 2018;16:55): a day is improved when the 7-day "
        "mean activity is at least {relative} and {points} below baseline; onset must come within {onset_days} days; "
        "a response lasts at least {response_weeks} weeks, a long-lasting one at least {long_weeks} weeks.").format(
        relative=percent(r.relative_threshold), points=points, onset_days=ONSET_WINDOW_DAYS,
        response_weeks=RESPONSE_DAYS // 7, long_weeks=LONG_LASTING_DAYS // 7) + "</p>")
    return "\n".join(out)


def _yes_no(value: bool) -> str:
    return translate("report.html", "yes") if value else translate("report.html", "no")


def _answer(value: bool | str | None) -> str:
    return "—" if value is None else score_words(value) if isinstance(value, str) else _yes_no(value)


def _scores(d: ReportData) -> str:
    """A compact table of the condition scores switched on, their sources named below it (docs/scores.md)."""
    if not d.scores:
        return ""
    rows, sources = [], []
    for s in d.scores:
        r = s.result
        rows.append([f"<b>{escape(r.score.shown_short)}</b>", _num(r.baseline), *(_num(v) for _, v in s.weeks), _num(r.value),
                     _answer(r.remission), _answer(r.response)])
        if r.band:
            sources.append(translate("report.html", "{score}: {source} (band at the latest: {band})").format(
                score=escape(r.score.shown_short), source=escape(r.score.shown_source), band=score_words(r.band)))
        else:
            sources.append(translate("report.html", "{score}: {source}").format(score=escape(r.score.shown_short),
                                                                                source=escape(r.score.shown_source)))
    headers = [translate("report.html", "Score"), translate("report.html", "Baseline"),
               *(translate("report.html", "Week {week}").format(week=w) for w, _ in d.scores[0].weeks),
               translate("report.html", "Latest"), translate("report.html", "Remission"), translate("report.html", "Response")]
    as_of = d.scores[0].result.as_of
    return ('<p style="margin-top: 6px;">' + translate(
        "report.html", "<b>Condition scores</b> (7-day means; baseline: the week before LDN; latest: to {date})").format(
        date=_d(as_of)) + "</p>" + _table(headers, rows, [14, 12, 10, 10, 10, 12, 16, 16], small=True)
            + f'<p class="muted">{"; ".join(sources)}.</p>')


def _chart() -> str:
    return "<h2>" + translate("report.html", "2. Trend") + f'</h2><p><img src="{CHART_URL}" width="{CHART_WIDTH}"></p>'


PAGE_2 = ' style="page-break-before: always;"'


def _dose(d: ReportData) -> str:
    s = d.summary
    a = s.adherence
    # With condition scores, page 1 is the response, the scores and the chart with their panels.
    out = [f"<h2{PAGE_2 if d.scores else ''}>" + translate("report.html", "3. Dose and adherence") + "</h2>"]
    if s.dose_levels:
        rows = [[format_dose(lvl.dose_mg), _d(lvl.first), _d(lvl.last), str(lvl.days)] for lvl in s.dose_levels]
        headers = [translate("report.html", "Dose"), translate("report.html", "From"), translate("report.html", "To"),
                   translate("report.html", "Days recorded")]
        out.append(_table(headers, rows, [20, 28, 28, 24]))
    else:
        out.append("<p>" + translate("report.html", "No doses recorded in this period.") + "</p>")
    if a.doses_recorded:
        taken = translate("report.html", "{taken} of %n recorded dose(s) taken ({percent})", None, a.doses_recorded).format(
            taken=a.doses_taken, percent=percent(a.doses_taken / a.doses_recorded))
    else:
        taken = translate("report.html", "no doses recorded")
    missed = ", ".join(_d(day) for day in a.missed_days[:8]) + (" …" if len(a.missed_days) > 8 else "")
    timing = (translate("report.html", "usual dose time: <b>{timing}</b>").format(timing=a.usual_timing.words)
              if a.usual_timing else translate("report.html", "dose times not recorded"))
    if missed:
        line = translate("report.html", "Adherence: {taken}; missed: {missed} ({days}); {timing}.").format(
            taken=taken, missed=len(a.missed_days), days=missed, timing=timing)
    else:
        line = translate("report.html", "Adherence: {taken}; missed: {missed}; {timing}.").format(
            taken=taken, missed=len(a.missed_days), timing=timing)
    out.append(f"<p>{line}</p>")
    return "\n".join(out)


def _rate(counts: tuple[int, int]) -> str:
    present, recorded = counts
    return "—" if not recorded else f"{_of(present, recorded)} ({percent(present / recorded)})"


def _before_ldn(s: PeriodSummary) -> list[str]:
    """Symptoms of the days before LDN: the baseline, so not listed as side effects."""
    if not s.before_ldn:
        return []
    felt = "; ".join(translate("report.html", "{effect} on {present} of %n day(s)", None, e.days_recorded).format(
        effect=escape(e.effect.shown_label), present=e.days_present) for e in s.before_ldn)
    return ["<p>" + translate(
        "report.html", "Before LDN (baseline, %n day(s) recorded; not counted as side effects): {felt}.", None,
        s.before_ldn_days).format(felt=felt) + "</p>"]


def short_date(day: dt.date, year: int) -> str:
    """A date of the period: "5 Nov", with the year only when it is not `year`."""
    if day.year != year:
        return _d(day)
    return current().date(day, translate("report.html", "d MMM", "a day and month without the year, as a Qt date pattern"))


def _side_effects(d: ReportData) -> str:
    s = d.summary
    # Page 2 starts here (or at the dose: see _dose): a table never splits from its header between the pages.
    out = [f"<h2{'' if d.scores else PAGE_2}>" + translate("report.html", "4. Side effects") + "</h2>"]
    if not s.side_effects:
        out.append("<p>" + translate("report.html", "No side effects reported in this period.") + "</p>")
        out.extend(_before_ldn(s))
        return "\n".join(out)

    rows = []
    for e in s.side_effects:
        rows.append([
            escape(e.effect.shown_label),
            _of(e.days_present, e.days_recorded),
            e.highest.label,
            short_date(e.first, d.last.year),
            short_date(e.last, d.last.year),
            _yes_no(e.resolved),
            _rate(e.morning),
            _rate(e.bedtime),
            _yes_no(e.after_increase),
        ])
    headers = [translate("report.html", "Side effect"), translate("report.html", "Days present"),
               translate("report.html", "Highest", "the highest severity"), translate("report.html", "First", "the first day"),
               translate("report.html", "Last", "the last day"), translate("report.html", "Resolved*"),
               translate("report.html", "Morning dose"), translate("report.html", "Bedtime dose"),
               translate("report.html", "After increase†")]
    out.append(_table(headers, rows, [15, 10, 10, 8, 8, 11, 13, 14, 11], small=True))
    out.append('<p class="muted">' + translate(
        "report.html", "Days present: of the days the side effect was recorded. "
        "* Absent on the last {resolved_days} days it was recorded. "
        "† Began within {increase_days} days of a dose increase. Morning / bedtime dose: days present of the days "
        "recorded with a dose taken {morning} / {bedtime}.").format(
        resolved_days=RESOLVED_AFTER_DAYS, increase_days=INCREASE_WINDOW_DAYS,
        morning=timing_hours(DoseTiming.MORNING), bedtime=timing_hours(DoseTiming.BEDTIME)) + "</p>")
    out.append("<p><b>" + translate("report.html", "Morning or bedtime dose.") + "</b> "
               + " ".join(escape(line) for line in s.timing.sentences) + f' <i>{escape(s.timing.caveat)}</i></p>')
    out.extend(_before_ldn(s))
    return "\n".join(out)


def _context(d: ReportData) -> str:
    out = ["<h2>" + translate("report.html", "5. Other medications and clinic results") + "</h2>"]
    if d.opioid_warning:
        out.append('<table width="100%" cellpadding="4"><tr><td class="warning">' + translate(
            "report.html", "Opioid analgesic during the LDN course: {warning}").format(warning=escape(d.opioid_warning))
                   + "</td></tr></table>")
    if d.medications:
        out.append("<p><b>" + translate("report.html", "Other medications") + "</b></p>")
        ongoing = translate("report.html", "ongoing", "a medication not stopped")
        rows = [[escape(m.name), escape(m.category.words), _d(m.start), _d(m.stop) if m.stop else ongoing]
                for m in d.medications]
        headers = [translate("report.html", "Medication"), translate("report.html", "Kind", "of medication"),
                   translate("report.html", "Started"), translate("report.html", "Stopped")]
        out.append(_table(headers, rows, [34, 26, 20, 20]))
    else:
        out.append("<p>" + translate("report.html", "No other medications recorded.") + "</p>")
    if d.clinic_results:
        rows = [[_d(r.day), _num(r.crp_mg_l, fixed=False),
                 "—" if r.endoscopic_score is None else f"{r.endoscopic_score} ({ENDOSCOPIC_SCORES[r.endoscopic_score]})",
                 _num(r.alt_u_l, fixed=False), escape(r.note)] for r in d.clinic_results]
        headers = [translate("report.html", "Visit", "a clinic visit"), translate("report.html", "CRP (mg/L)"),
                   translate("report.html", "Endoscopic score"), translate("report.html", "ALT (U/L)"),
                   translate("report.html", "Note")]
        out.append('<p style="margin-top: 6px;"><b>' + translate("report.html", "Clinic results") + "</b></p>"
                   + _table(headers, rows, [18, 14, 22, 12, 34]))
    else:
        out.append("<p>" + translate("report.html", "No clinic results recorded for this period.") + "</p>")
    return "\n".join(out)


def _completeness(d: ReportData) -> str:
    a = d.summary.adherence
    out = ["<h2>" + translate("report.html", "6. Diary completeness") + "</h2>",
           "<p>" + translate("report.html", "{recorded} of %n day(s) recorded ({percent}); {missing} without an entry.", None,
                             a.days).format(recorded=a.days_with_entry, percent=percent(a.completeness),
                                            missing=translate("report.html", "%n day(s)", None, a.days_without_entry))
           + "</p>"]
    if d.notes:
        out.append("<p><b>" + translate("report.html", "Patient's notes") + "</b></p>")
        out.extend("<p>" + translate("report.html", "{date}: {note}", "a note of the patient's").format(date=_d(day), note=escape(note))
                   + "</p>" for day, note in d.notes)
    return "\n".join(out)


def report_html(d: ReportData) -> str:
    """The whole summary; the chart's width is left as CHART_WIDTH for the renderer."""
    body = "\n".join([_header(d), _outcome(d), _scores(d), _chart(), _dose(d), _side_effects(d), _context(d), _completeness(d)])
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"
