"""`ldn-diary response`'s output: an assessment as JSON (docs/cli.md#response-json-keys) and in words."""

from __future__ import annotations

import datetime as dt

from diary.domain.language import translate
from diary.domain.response import ResponseAssessment
from diary.domain.wording import json_number


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def response_json(a: ResponseAssessment) -> dict[str, object]:
    """One assessment with the keys of docs/cli.md#response-json-keys (and a few more for people)."""
    return {
        "course_start": _iso(a.course_start),
        "as_of": _iso(a.as_of),
        "day": a.day,
        "baseline": json_number(a.baseline),
        "target": json_number(a.target),
        "onset": _iso(a.onset),
        "onset_day": a.onset_day,
        "end": _iso(a.end),
        "last_improved": _iso(a.last_improved),
        "duration_days": a.duration_days,
        "category": a.category.value,
        "category_words": a.category.words,
        "explanation": a.explanation,
        "next_step": a.next_step,
        "visits": [{"week": v.week, "mean": json_number(v.mean), "change": json_number(v.change)} for v in a.visits],
    }


def response_text(a: ResponseAssessment) -> str:
    # ISO dates and ASCII numbers ("-0.5"): scripts read this text too (the window and PDF write "−" and the
    # language's decimal sign); only the words follow the language.
    start = a.course_start.isoformat()
    if a.as_of is None:  # nothing recorded (so no day number either)
        lines = [translate("response_commands", "Course started {start}").format(start=start)]
    elif a.day:
        lines = [translate("response_commands", "Course started {start}, day {day} on {date}").format(
            start=start, day=a.day, date=a.as_of.isoformat())]
    else:
        lines = [translate("response_commands", "Course started {start}, not started on {date}").format(
            start=start, date=a.as_of.isoformat())]
    if a.category.study_meaning:
        lines.append(translate("response_commands", "Result: {result} (in the study: {meaning})").format(
            result=a.category.words, meaning=a.category.study_meaning))
    else:
        lines.append(translate("response_commands", "Result: {result}").format(result=a.category.words))
    lines.append(a.explanation)
    if a.next_step:
        lines.append(translate("response_commands", "Next: {step}").format(step=a.next_step))
    if a.visits and a.baseline is not None:
        cells = []
        for v in a.visits:
            if v.week == 0:
                cells.append(translate("response_commands", "week {week} {mean}").format(week=0, mean=f"{v.mean:.1f}"))
            elif v.mean is None:
                cells.append(translate("response_commands", "week {week} not enough data").format(week=v.week))
            else:
                cells.append(translate("response_commands", "week {week} {mean} ({change})").format(
                    week=v.week, mean=f"{v.mean:.1f}", change=f"{v.change:+.1f}"))
        lines.append(translate("response_commands", "Visits (mean activity): {visits}").format(visits=" | ".join(cells)))
    return "\n".join(lines)
