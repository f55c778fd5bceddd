"""The condition scores on the command line (docs/scores.md): `scores`, and the items `add` takes."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from diary.domain.condition_items import COMPLICATIONS, ITEMS, NO_COMPLICATIONS, parse_complications
from diary.domain.entries import DailyEntry, entry_problems
from diary.domain.scores import CourseScores, ScoreResult
from diary.domain.wording import json_number, number


def add_item_options(add: argparse.ArgumentParser) -> None:
    """--liquid-stools N, --wellbeing N, ... for every daily item, and --complications."""
    for key, item in ITEMS.items():
        words = ", ".join(f"{n} {w}" for n, w in enumerate(item.words, start=item.low)) or f"{item.low}-{item.high}"
        add.add_argument(f"--{key.replace('_', '-')}", dest=key, metavar="N", help=f"{item.question} ({words})")
    add.add_argument("--complications", metavar="A;B", help=f"{';'.join(COMPLICATIONS[:2])}; ... or {NO_COMPLICATIONS}")


def item_changes(args: argparse.Namespace, today: dt.date, problems: list[str]) -> DailyEntry:
    """The items and complications `add` was given (on today's date); each problem names its option."""
    items = {}
    for key, item in ITEMS.items():
        text = getattr(args, key, None)
        if text is None:
            continue
        option = f"--{key.replace('_', '-')}"
        if not (text.strip().isascii() and text.strip().isdigit()):
            problems.append(f"{option}: {item.problem(text)}")
            continue
        items[key] = int(text)
        problems.extend(f"{option}: {p}" for p in entry_problems(DailyEntry(today, items={key: items[key]}), today))
    complications = parse_complications(args.complications) if args.complications is not None else None
    problems.extend(f"--complications: {p}" for p in entry_problems(DailyEntry(today, complications=complications), today))
    return DailyEntry(today, items=items, complications=complications)


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
