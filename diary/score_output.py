"""What `ldn-diary scores` prints: the condition scores of the latest course, as JSON or in words (docs/scores.md)."""

from __future__ import annotations

from typing import Any

from diary.domain.scores import CourseScores, ScoreResult
from diary.domain.wording import json_number, number


def _iso(day: Any) -> str | None:
    return day.isoformat() if day else None


def scores_json(scores: CourseScores) -> dict[str, Any]:
    """The object of docs/scores.md#command-line."""
    return {
        "course_start": _iso(scores.course_start),
        "as_of": _iso(scores.as_of),
        "scores": [
            {
                "score": r.score.key,
                "baseline": json_number(r.baseline),
                "value": json_number(r.value),
                "remission": r.remission,
                "response": r.response,
                "band": r.band,
                "name": r.score.name,
                "source": r.score.source,
                "as_of": _iso(r.as_of),
            }
            for r in scores.results
        ],
    }


def _yes_no(value: bool | str | None) -> str:
    if value is None:
        return "not known"
    if isinstance(value, str):
        return value
    return "yes" if value else "no"


def _result_text(r: ScoreResult) -> str:
    value = "not enough data" if r.value is None else number(r.value, 1)
    when = f" on {r.as_of.isoformat()}" if r.as_of else ""
    baseline = "not enough data" if r.baseline is None else number(r.baseline, 1)
    parts = [f"{r.score.name} ({r.score.source}): {value}{when}; baseline {baseline}"]
    if r.score.remission is not None:
        parts.append(f"remission: {_yes_no(r.remission)}")
    parts.append(f"response: {_yes_no(r.response)}")
    if r.band is not None:
        parts.append(f"band: {r.band}")
    return "; ".join(parts)


def scores_text(scores: CourseScores) -> str:
    """The same in words, a line per score."""
    head = f"Course started {scores.course_start.isoformat()}"
    if not scores.results:
        return f"{head}\nNo condition score items are recorded yet (see the profile to switch scores on)."
    return "\n".join([head, *(_result_text(r) for r in scores.results)])
