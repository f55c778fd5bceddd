"""The daily items of the condition scores (docs/scores.md): what each one asks and which values it allows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    """One whole-number question of the day, answered from `low` to `high` (`words` names each answer)."""

    key: str
    question: str
    low: int
    high: int
    words: tuple[str, ...] = ()
    name: str = ""  # what a chart's hover and table call it: "liquid stools"

    def problem(self, value: object) -> str | None:
        """Why `value` is not an answer to this item, naming what is allowed; None if it is one."""
        if isinstance(value, int) and not isinstance(value, bool) and self.low <= value <= self.high:
            return None
        if self.words:
            allowed = ", ".join(f"{n} {word}" for n, word in enumerate(self.words, start=self.low))
            return f"{self.key} {repr(value)[:40]} is not allowed; use {allowed}"
        return f"{self.key} {repr(value)[:40]} is not allowed; use a whole number from {self.low} to {self.high}"


ITEMS: dict[str, Item] = {
    item.key: item
    for item in (
        Item("liquid_stools", "How many liquid or very soft stools today?", 0, 50, name="liquid stools"),
        Item("stools", "How many bowel movements during the day?", 0, 50, name="stools"),
        Item("night_stools", "How many bowel movements at night?", 0, 50, name="night stools"),
        Item("ibd_abdominal_pain", "Tummy (abdominal) pain today?", 0, 3, ("none", "mild", "moderate", "severe"),
             name="abdominal pain"),
        Item("wellbeing", "How well did you feel today?", 0, 4,
             ("very well", "slightly below par", "poor", "very poor", "terrible"), name="wellbeing"),
        Item("urgency", "How urgent were your bowel movements?", 0, 3,
             ("none", "hurry", "immediately", "incontinence"), name="urgency"),
        Item("rectal_bleeding", "Blood in your stools today?", 0, 3,
             ("none", "trace or streaks", "obvious blood", "mostly blood"), name="rectal bleeding"),
        Item("pain", "Your average pain today, from 0 (none) to 10 (worst imaginable)?", 0, 10, name="pain"),
    )
}

# The complications of the Harvey-Bradshaw Index, in its order; the SCCAI counts four of them.
COMPLICATIONS = ("arthralgia", "uveitis", "erythema_nodosum", "aphthous_ulcers", "pyoderma_gangrenosum",
                 "anal_fissure", "new_fistula", "abscess")
COMPLICATION_WORDS = {
    "arthralgia": "joint pain", "uveitis": "eye inflammation (uveitis)", "erythema_nodosum": "tender red skin lumps",
    "aphthous_ulcers": "mouth ulcers", "pyoderma_gangrenosum": "skin ulcers (pyoderma)", "anal_fissure": "anal fissure",
    "new_fistula": "a new fistula", "abscess": "an abscess",
}
NO_COMPLICATIONS = "none"  # what a day with none of them is written as; an empty cell is "not recorded"

USUAL_STOOLS_RANGE = (0, 20)  # the profile's bowel movements a day when well
USUAL_STOOLS_DEFAULT = 1


def item_problems(items: dict[str, int] | object) -> list[str]:
    """Every item of a day that is unknown or out of its range."""
    if not isinstance(items, dict):
        return ["items must be a mapping of item to value"]
    problems = []
    for key, value in items.items():
        item = ITEMS.get(key)
        if item is None:
            problems.append(f"{repr(key)[:40]} is not a daily item; use one of {', '.join(ITEMS)}")
        elif (problem := item.problem(value)) is not None:
            problems.append(problem)
    return problems


def complications_problems(complications: frozenset[str] | None) -> list[str]:
    """The complication keys of a day that are not known ones."""
    if complications is None:
        return []
    if NO_COMPLICATIONS in complications:
        return [f"complications: write {NO_COMPLICATIONS} alone, not beside a complication"]
    unknown = sorted(c for c in complications if c not in COMPLICATIONS)
    if unknown:
        return [f"complication {c!r} is not known; use {', '.join(COMPLICATIONS)} or {NO_COMPLICATIONS}" for c in unknown]
    return []


def parse_complications(text: str) -> frozenset[str] | None:
    """`arthralgia;uveitis` -> those keys, `none` -> no complications, empty -> not recorded (None).
    Unknown keys are kept, for complications_problems to name."""
    if not text:  # most days: checked first, as years of entries are read
        return None
    parts = {part.strip().lower() for part in text.split(";") if part.strip()}
    if not parts:
        return None
    if parts == {NO_COMPLICATIONS}:
        return frozenset()
    return frozenset(parts)  # "none" beside others stays, for complications_problems to name


def complications_text(complications: frozenset[str] | None) -> str:
    """The CSV form: keys in the HBI's order joined by `;`, `none` for none, empty if not recorded."""
    if complications is None:
        return ""
    if not complications:
        return NO_COMPLICATIONS
    order = {key: n for n, key in enumerate(COMPLICATIONS)}
    return ";".join(sorted(complications, key=lambda c: (order.get(c, len(order)), c)))


def items_text(items: Mapping[str, int], complications: frozenset[str] | None) -> str:
    """A day's items in a line, in the order of ITEMS: "liquid stools 3, abdominal pain 1, wellbeing 1,
    no complications"; empty if the day records none."""
    parts = [f"{item.name} {items[key]}" for key, item in ITEMS.items() if key in items]
    if complications is not None:
        order = {key: n for n, key in enumerate(COMPLICATIONS)}
        named = [COMPLICATION_WORDS.get(c, c) for c in sorted(complications, key=lambda c: (order.get(c, len(order)), c))]
        parts.append("complications: " + ", ".join(named) if named else "no complications")
    return ", ".join(parts)
