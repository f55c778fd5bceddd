"""The daily items of the condition scores (docs/scores.md): what each one asks and which values it allows."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TypeVar

from diary.domain.language import translate


def _questions() -> dict[str, str]:
    return {
        "liquid_stools": translate("domain.condition_items", "How many liquid or very soft stools today?"),
        "stools": translate("domain.condition_items", "How many bowel movements during the day?"),
        "night_stools": translate("domain.condition_items", "How many bowel movements at night?"),
        "ibd_abdominal_pain": translate("domain.condition_items", "Tummy (abdominal) pain today?"),
        "wellbeing": translate("domain.condition_items", "How well did you feel today?"),
        "urgency": translate("domain.condition_items", "How urgent were your bowel movements?"),
        "rectal_bleeding": translate("domain.condition_items", "Blood in your stools today?"),
        "pain": translate("domain.condition_items", "Your average pain today, from 0 (none) to 10 (worst imaginable)?"),
    }


def _answers() -> dict[str, tuple[str, ...]]:
    return {
        "ibd_abdominal_pain": (
            translate("domain.condition_items", "none", "abdominal pain"),
            translate("domain.condition_items", "mild", "abdominal pain"),
            translate("domain.condition_items", "moderate", "abdominal pain"),
            translate("domain.condition_items", "severe", "abdominal pain"),
        ),
        "wellbeing": (
            translate("domain.condition_items", "very well", "general well-being"),
            translate("domain.condition_items", "slightly below par", "general well-being"),
            translate("domain.condition_items", "poor", "general well-being"),
            translate("domain.condition_items", "very poor", "general well-being"),
            translate("domain.condition_items", "terrible", "general well-being"),
        ),
        "urgency": (
            translate("domain.condition_items", "none", "urgency of bowel movements"),
            translate("domain.condition_items", "hurry", "urgency of bowel movements"),
            translate("domain.condition_items", "immediately", "urgency of bowel movements"),
            translate("domain.condition_items", "incontinence", "urgency of bowel movements"),
        ),
        "rectal_bleeding": (
            translate("domain.condition_items", "none", "blood in stools"),
            translate("domain.condition_items", "trace or streaks", "blood in stools"),
            translate("domain.condition_items", "obvious blood", "blood in stools"),
            translate("domain.condition_items", "mostly blood", "blood in stools"),
        ),
    }


def _names() -> dict[str, str]:
    return {
        "liquid_stools": translate("domain.condition_items", "liquid stools", "an item's short name in a chart and table"),
        "stools": translate("domain.condition_items", "stools", "an item's short name in a chart and table"),
        "night_stools": translate("domain.condition_items", "night stools", "an item's short name in a chart and table"),
        "ibd_abdominal_pain": translate("domain.condition_items", "abdominal pain", "an item's short name in a chart and table"),
        "wellbeing": translate("domain.condition_items", "wellbeing", "an item's short name in a chart and table"),
        "urgency": translate("domain.condition_items", "urgency", "an item's short name in a chart and table"),
        "rectal_bleeding": translate("domain.condition_items", "rectal bleeding", "an item's short name in a chart and table"),
        "pain": translate("domain.condition_items", "pain", "an item's short name in a chart and table"),
    }


@dataclass(frozen=True)
class Item:
    """One whole-number question of the day, answered from `low` to `high`; its question, answer words
    and name are written in the current language each time they are read."""

    key: str
    low: int
    high: int

    @property
    def question(self) -> str:
        return _questions().get(self.key, self.key)

    @property
    def words(self) -> tuple[str, ...]:
        """What each answer from `low` up means ("none", "mild", ...); () for a count."""
        return _answers().get(self.key, ())

    @property
    def name(self) -> str:
        """What a chart's hover and table call it: "liquid stools"."""
        return _names().get(self.key, self.key.replace("_", " "))

    def problem(self, value: object) -> str | None:
        """Why `value` is not an answer to this item, naming what is allowed; None if it is one."""
        if isinstance(value, int) and not isinstance(value, bool) and self.low <= value <= self.high:
            return None
        if words := self.words:
            allowed = ", ".join(f"{n} {word}" for n, word in enumerate(words, start=self.low))
            return translate("domain.condition_items", "{item} {value} is not allowed; use {allowed}").format(
                item=self.key, value=repr(value)[:40], allowed=allowed)
        return translate("domain.condition_items", "{item} {value} is not allowed; use a whole number from {low} to {high}").format(
            item=self.key, value=repr(value)[:40], low=self.low, high=self.high)


ITEMS: dict[str, Item] = {
    item.key: item
    for item in (
        Item("liquid_stools", 0, 50),
        Item("stools", 0, 50),
        Item("night_stools", 0, 50),
        Item("ibd_abdominal_pain", 0, 3),
        Item("wellbeing", 0, 4),
        Item("urgency", 0, 3),
        Item("rectal_bleeding", 0, 3),
        Item("pain", 0, 10),
    )
}


K = TypeVar("K")


class WordTable(Mapping[K, str]):
    """A read-only table of words written in the current language each time it is read."""

    def __init__(self, table: Callable[[], dict[K, str]]):
        self._table = table

    def __getitem__(self, key: K) -> str:
        return self._table()[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())

# The complications of the Harvey-Bradshaw Index, in its order; the SCCAI counts four of them.
COMPLICATIONS = ("arthralgia", "uveitis", "erythema_nodosum", "aphthous_ulcers", "pyoderma_gangrenosum",
                 "anal_fissure", "new_fistula", "abscess")


def complication_words() -> dict[str, str]:
    """Each complication as a patient reads it, in the current language."""
    return {
        "arthralgia": translate("domain.condition_items", "joint pain"),
        "uveitis": translate("domain.condition_items", "eye inflammation (uveitis)"),
        "erythema_nodosum": translate("domain.condition_items", "tender red skin lumps"),
        "aphthous_ulcers": translate("domain.condition_items", "mouth ulcers"),
        "pyoderma_gangrenosum": translate("domain.condition_items", "skin ulcers (pyoderma)"),
        "anal_fissure": translate("domain.condition_items", "anal fissure"),
        "new_fistula": translate("domain.condition_items", "a new fistula"),
        "abscess": translate("domain.condition_items", "an abscess"),
    }


COMPLICATION_WORDS: Mapping[str, str] = WordTable(complication_words)  # read at use time: follows the language
NO_COMPLICATIONS = "none"  # what a day with none of them is written as; an empty cell is "not recorded"

USUAL_STOOLS_RANGE = (0, 20)  # the profile's bowel movements a day when well
USUAL_STOOLS_DEFAULT = 1


def item_problems(items: dict[str, int] | object) -> list[str]:
    """Every item of a day that is unknown or out of its range."""
    if not isinstance(items, dict):
        return [translate("domain.condition_items", "items must be a mapping of item to value")]
    problems = []
    for key, value in items.items():
        item = ITEMS.get(key)
        if item is None:
            problems.append(translate("domain.condition_items", "{key} is not a daily item; use one of {items}").format(
                key=repr(key)[:40], items=", ".join(ITEMS)))
        elif (problem := item.problem(value)) is not None:
            problems.append(problem)
    return problems


def complications_problems(complications: frozenset[str] | None) -> list[str]:
    """The complication keys of a day that are not known ones."""
    if complications is None:
        return []
    if NO_COMPLICATIONS in complications:
        return [translate("domain.condition_items", "complications: write {none} alone, not beside a complication").format(
            none=NO_COMPLICATIONS)]
    unknown = sorted(c for c in complications if c not in COMPLICATIONS)
    if unknown:
        return [translate("domain.condition_items", "complication {key} is not known; use {keys} or {none}").format(
            key=repr(c), keys=", ".join(COMPLICATIONS), none=NO_COMPLICATIONS) for c in unknown]
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
    names = _names()
    parts = [f"{names[key]} {items[key]}" for key in ITEMS if key in items]
    if complications is not None:
        order = {key: n for n, key in enumerate(COMPLICATIONS)}
        words = complication_words()
        named = [words.get(c, c) for c in sorted(complications, key=lambda c: (order.get(c, len(order)), c))]
        parts.append(translate("domain.condition_items", "complications: {names}").format(names=", ".join(named)) if named
                     else translate("domain.condition_items", "no complications"))
    return ", ".join(parts)
