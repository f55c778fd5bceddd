"""The side-effect list: the built-in LDN side effects and the user's own."""

from __future__ import annotations

import re
from dataclasses import dataclass

from diary.domain.errors import ValidationError

# The list of docs/response-rules.md#built-in-side-effects, in that order: the three seen in the
# study come first.
BUILTIN_SIDE_EFFECTS: tuple[tuple[str, str], ...] = (
    ("vivid_dreams", "Vivid dreams"),
    ("headache", "Headache"),
    ("drowsiness", "Drowsiness"),
    ("insomnia", "Trouble sleeping (insomnia)"),
    ("nausea", "Nausea"),
    ("abdominal_pain", "Abdominal pain or cramps"),
    ("diarrhoea", "Diarrhoea"),
    ("constipation", "Constipation"),
    ("fatigue", "Fatigue"),
    ("dizziness", "Dizziness"),
    ("anxiety", "Anxiety"),
    ("palpitations", "Palpitations"),
)
LABEL_MAX_CHARS = 60


@dataclass(frozen=True)
class SideEffect:
    """One side effect the user can record; hidden ones are left off the entry page."""

    key: str
    label: str
    builtin: bool = False
    hidden: bool = False


def side_effect_key(name: str) -> str:
    """The key for a name: lower case, spaces/underscores/dashes alike ("Brain fog" -> "brain_fog")."""
    return re.sub(r"[\s_\-]+", "_", name.strip().lower()).strip("_")


def label_from_key(key: str) -> str:
    """A readable label for a key that came without one ("brain_fog" -> "Brain fog")."""
    return key.replace("_", " ").capitalize()


def builtin_side_effects() -> list[SideEffect]:
    return [SideEffect(key, label, builtin=True) for key, label in BUILTIN_SIDE_EFFECTS]


def new_side_effect(name: str, existing: list[SideEffect]) -> SideEffect:
    """A user's own side effect named `name`; ValidationError if the name is empty, too long or taken."""
    label = " ".join(name.split())
    key = side_effect_key(label)
    if not key:
        raise ValidationError("a side effect needs a name")
    if len(label) > LABEL_MAX_CHARS:
        raise ValidationError(f"a side-effect name can be at most {LABEL_MAX_CHARS} characters")
    if not re.fullmatch(r"\w+", key):
        raise ValidationError(f"side-effect name {name!r} can only use letters, digits, spaces and dashes")
    for other in existing:
        if other.key == key or side_effect_key(other.label) == key:
            raise ValidationError(f"{other.label!r} is already in your side-effect list")
    return SideEffect(key, label)


def find_side_effect(name: str, side_effects: list[SideEffect]) -> SideEffect | None:
    """The side effect whose key or label matches `name` (case, spaces and underscores ignored)."""
    wanted = side_effect_key(name)
    for effect in side_effects:
        if wanted in (effect.key, side_effect_key(effect.label)):
            return effect
    return None
