"""The clinic's commands (docs/cohort.md): `cohort` over many patients' exports, and `demo --cohort`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diary.domain.cohort import (
    ROW_WORDS,
    ROWS,
    CohortTable,
    Count,
    Group,
    follow_up_text,
    group_words,
    p_text,
    percent_text,
    reason_words,
)
from diary.domain.errors import ValidationError
from diary.domain.language import json_words, translate
from diary.domain.side_effects import in_sentence
from diary.domain.wording import json_number

if TYPE_CHECKING:
    from diary.services.cohort import Cohort

EXIT_OK, EXIT_FAILURE = 0, 1
CLINIC_EXTRA = 'pip install "ldn-diary[clinic]"'
FisherP = dict[str, float]


def clinic_command(args: argparse.Namespace) -> Callable[[argparse.Namespace], int] | None:
    """The runner of a clinic command (none of them opens the diary of --data-dir), or None for another command."""
    if args.command == "cohort":
        return _cohort
    if args.command == "demo" and getattr(args, "cohort", None) is not None:
        return _demo_cohort
    return None


class MissingExtraError(Exception):
    """A library of the `clinic` extra is not installed."""


def fisher_p(table: CohortTable) -> FisherP | None:
    """Fisher's exact test (two-sided) of response and of long-lasting response between two conditions; None otherwise."""
    tables = table.fisher_tables()
    if tables is None:
        return None
    try:  # SciPy is the clinic's, not the patient's: imported only here (the frozen app leaves it out)
        from scipy.stats import fisher_exact
    except ImportError:
        raise MissingExtraError(translate("clinic_commands", "Fisher's exact test needs SciPy, from the clinic extra: {install}").format(
            install=CLINIC_EXTRA)) from None
    return {row: float(fisher_exact(t, alternative="two-sided").pvalue) for row, t in tables.items()}


def _count_json(c: Count) -> dict[str, Any]:
    return {"count": c.count, "percent": c.percent}


def _group_json(g: Group) -> dict[str, Any]:
    return {"n": g.n, **{row: _count_json(c) for row, c in g.rows.items()}}


def cohort_json(cohort: Cohort, p: FisherP | None) -> dict[str, Any]:
    """The object of docs/cohort.md#json-keys."""
    t = cohort.table
    return {
        **_group_json(t.everyone),
        "by_condition": {g.name: _group_json(g) for g in t.by_condition},
        "side_effects": {key: n for key, _label, n in t.side_effects},
        "fisher_p": None if p is None else {row: json_number(v) for row, v in p.items()},
        "stopped_within_28_days": {"patients": sum(n for _, n in t.stopped_early), "reasons": dict(t.stopped_early)},
        "follow_up_days": None if t.follow_up is None else dict(zip(("median", "q1", "q3"), t.follow_up)),
        "files": {
            "read": len(cohort.read),
            "skipped": [{"file": str(s.path), "reason": s.reason} for s in cohort.skipped],
            "not_counted": [{"file": str(s.path), "reason": s.reason} for s in cohort.not_counted],
        },
    }


def cohort_text(cohort: Cohort, p: FisherP | None) -> str:
    """The study's table in words."""
    t = cohort.table
    groups = [t.everyone, *t.by_condition] if len(t.by_condition) > 1 else [t.everyone]
    heads = [f"{group_words(g.name)} (n={g.n})" for g in groups] + ([translate("clinic_commands", "Fisher's exact")] if p else [])
    rows = [[ROW_WORDS[row], *(percent_text(g.rows[row]) for g in groups),
             *([p_text(p[row])] if p and row in p else [""] if p else [])] for row in ROWS]
    label_width = max(len(r[0]) for r in rows)
    widths = [max(len(h), *(len(r[i + 1]) for r in rows)) for i, h in enumerate(heads)]

    def line(cells: list[str]) -> str:
        return "  ".join([cells[0].ljust(label_width), *(c.ljust(w) for c, w in zip(cells[1:], widths))]).rstrip()

    head = translate("clinic_commands", "LDN cohort: %n patient(s), the first course of each, judged by the study's response rules",
                     None, t.everyone.n)
    lines = [head, "",
             line(["", *heads]), *(line(r) for r in rows), ""]
    if p is not None:
        a, b = t.by_condition
        lines.append(translate("clinic_commands", "{first} vs {second} (Fisher's exact test, two-sided): response {response}, "
                               "12 weeks or more {long_lasting}").format(
            first=group_words(a.name), second=group_words(b.name), response=p_text(p["response"]), long_lasting=p_text(p["long_lasting"])))
    effects = ", ".join(f"{in_sentence(label)} {n}" for _, label, n in t.side_effects) or translate("clinic_commands", "none",
                                                                                               "no side effects")
    lines.append(translate("clinic_commands", "Side effects (patients): {effects}").format(effects=effects))
    stops = sum(n for _, n in t.stopped_early)
    why = ", ".join(f"{reason_words(reason)} {n}" for reason, n in t.stopped_early)
    if why:
        lines.append(translate("clinic_commands", "Stopped within 28 days: {stopped} ({reasons})").format(stopped=stops, reasons=why))
    else:
        lines.append(translate("clinic_commands", "Stopped within 28 days: {stopped}").format(stopped=stops))
    lines.append(translate("clinic_commands", "Follow-up: {follow_up}").format(follow_up=follow_up_text(t.follow_up)))
    for s in cohort.not_counted:
        lines.append(translate("clinic_commands", "Not counted: {file}: {reason}").format(file=s.path.name, reason=s.reason))
    lines.append(translate("clinic_commands", "Files read {read}, skipped {skipped}").format(
        read=len(cohort.read), skipped=len(cohort.skipped)))
    return "\n".join(lines)


def _cohort(args: argparse.Namespace) -> int:
    from diary.services.cohort import read_cohort

    if args.out is not None and args.out.suffix.lower() != ".pdf":
        raise ValidationError(translate("clinic_commands", "--out: {name} must end in .pdf").format(name=args.out.name))
    if args.out is not None and not args.out.parent.is_dir():
        raise ValidationError(translate("clinic_commands", "--out: the folder {folder} does not exist").format(folder=args.out.parent))
    with json_words(args.json):  # --json is the same in every language
        cohort = read_cohort(args.files, dt.date.today())
    for s in cohort.skipped:
        print("ldn-diary: " + translate("clinic_commands", "skipped {file}: {reason}").format(file=s.path, reason=s.reason),
              file=sys.stderr)
    if not cohort.read:
        raise ValidationError(translate("clinic_commands", "no patient's export could be read, so there is no table")
                              if cohort.skipped else translate("clinic_commands", "no JSON export was found in the folders given"))
    try:
        p = fisher_p(cohort.table)
    except MissingExtraError as exc:
        print(f"ldn-diary: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    if args.json:
        with json_words(True):
            print(json.dumps(cohort_json(cohort, p), indent=2, ensure_ascii=False))
    else:
        print(cohort_text(cohort, p))
    if args.out is not None:
        pages = _save_pdf(cohort, p, args.out)
        print(translate("clinic_commands", "Saved the cohort table (%n page(s)) to {path}.", None, pages).format(path=args.out),
              file=sys.stderr if args.json else sys.stdout)
    return EXIT_OK


def _save_pdf(cohort: Cohort, p: FisherP | None, out: Path) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window, so no screen needed
    from PySide6.QtGui import QGuiApplication

    from diary.report.cohort_pdf import CohortReport

    _app = QGuiApplication.instance() or QGuiApplication(["ldn-diary"])
    return CohortReport(cohort.table, p, len(cohort.read), len(cohort.skipped), dt.date.today()).save_pdf(out)


def _demo_cohort(args: argparse.Namespace) -> int:
    from diary.services.demo_cohort import write_demo_cohort

    paths = write_demo_cohort(args.cohort, dt.date.today())
    print(translate("clinic_commands", "Wrote a demo cohort, the exports of %n patient(s), to {folder}; see the table with: {command}",
                    None, len(paths)).format(folder=args.cohort, command=f"ldn-diary cohort {args.cohort}"))
    return EXIT_OK
