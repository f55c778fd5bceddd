"""The condition scores on the command line (docs/scores.md): `scores`, and the items `add` takes."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from diary.domain.condition_items import COMPLICATIONS, ITEMS, NO_COMPLICATIONS, parse_complications
from diary.domain.entries import DailyEntry, entry_problems
from diary.domain.language import translate
from diary.domain.scores import CourseScores, ScoreResult, score_words
from diary.domain.wording import json_number, number


def add_item_options(add: argparse.ArgumentParser) -> None:
    """--liquid-stools N, --wellbeing N, ... for every daily item, and --complications."""
    for key, item in ITEMS.items():
        words = ", ".join(f"{n} {w}" for n, w in enumerate(item.words, start=item.low)) or f"{item.low}-{item.high}"
        add.add_argument(f"--{key.replace('_', '-')}", dest=key, metavar="N", help=f"{item.question} ({words})")
    add.add_argument("--complications", metavar="A;B", help=translate("score_commands", "{examples}; ... or {none}").format(
        examples=";".join(COMPLICATIONS[:2]), none=NO_COMPLICATIONS))


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
        return translate("score_commands", "not known")
    if isinstance(value, str):
        return score_words(value)
    return translate("score_commands", "yes") if value else translate("score_commands", "no")


def _result_text(r: ScoreResult) -> str:
    missing = translate("score_commands", "not enough data")
    value = missing if r.value is None else number(r.value, 1)
    baseline = missing if r.baseline is None else number(r.baseline, 1)
    if r.as_of:
        head = translate("score_commands", "{score} ({source}): {value} on {date}; baseline {baseline}").format(
            score=r.score.shown_name, source=r.score.shown_source, value=value, date=r.as_of.isoformat(), baseline=baseline)
    else:
        head = translate("score_commands", "{score} ({source}): {value}; baseline {baseline}").format(
            score=r.score.shown_name, source=r.score.shown_source, value=value, baseline=baseline)
    parts = [head]
    if r.score.remission is not None:
        parts.append(translate("score_commands", "remission: {answer}").format(answer=_yes_no(r.remission)))
    parts.append(translate("score_commands", "response: {answer}").format(answer=_yes_no(r.response)))
    if r.band is not None:
        parts.append(translate("score_commands", "band: {band}").format(band=score_words(r.band)))
    return "; ".join(parts)


def scores_text(scores: CourseScores) -> str:
    """The same in words, a line per score."""
    head = translate("score_commands", "Course started {start}").format(start=scores.course_start.isoformat())
    if not scores.results:
        return head + "\n" + translate("score_commands", "No condition score items are recorded yet "
                                                          "(see the profile to switch scores on).")
    return "\n".join([head, *(_result_text(r) for r in scores.results)])
