"""The side-effect list: the built-in LDN side effects and the user's own."""

from __future__ import annotations

import re
from dataclasses import dataclass

from diary.domain.errors import ValidationError
from diary.domain.language import current, translate

# The list of docs/response-rules.md#built-in-side-effects, in that order: the three seen in the
# study come first. The names are English, as the database and the files keep them; what a reader
# sees is builtin_label(key), in the current language.
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


def builtin_labels() -> dict[str, str]:
    """The built-in side effects' names in the current language, by key."""
    return {
        "vivid_dreams": translate("domain.side_effects", "Vivid dreams"),
        "headache": translate("domain.side_effects", "Headache"),
        "drowsiness": translate("domain.side_effects", "Drowsiness"),
        "insomnia": translate("domain.side_effects", "Trouble sleeping (insomnia)"),
        "nausea": translate("domain.side_effects", "Nausea"),
        "abdominal_pain": translate("domain.side_effects", "Abdominal pain or cramps"),
        "diarrhoea": translate("domain.side_effects", "Diarrhoea"),
        "constipation": translate("domain.side_effects", "Constipation"),
        "fatigue": translate("domain.side_effects", "Fatigue"),
        "dizziness": translate("domain.side_effects", "Dizziness"),
        "anxiety": translate("domain.side_effects", "Anxiety"),
        "palpitations": translate("domain.side_effects", "Palpitations"),
    }


def in_sentence(name: str) -> str:
    """A side effect's name inside a sentence: lower case ("vivid dreams on 3 days"), except in German,
    where nouns keep their capital."""
    return name if current().code == "de" else name.lower()


@dataclass(frozen=True)
class SideEffect:
    """One side effect the user can record; hidden ones are left off the entry page."""

    key: str
    label: str  # as kept in the database and the files: a built-in's English name, or the user's own
    builtin: bool = False
    hidden: bool = False

    @property
    def shown_label(self) -> str:
        """The name a reader sees: a built-in's in the current language, the user's own as typed."""
        if self.builtin:
            return builtin_labels().get(self.key, self.label)
        return self.label


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
        raise ValidationError(translate("domain.side_effects", "a side effect needs a name"))
    if len(label) > LABEL_MAX_CHARS:
        raise ValidationError(translate("domain.side_effects", "a side-effect name can be at most {limit} characters").format(
            limit=LABEL_MAX_CHARS))
    if not re.fullmatch(r"\w+", key):
        raise ValidationError(translate(
            "domain.side_effects", "side-effect name {name} can only use letters, digits, spaces and dashes").format(name=repr(name)))
    for other in existing:
        if key in (other.key, side_effect_key(other.label), side_effect_key(other.shown_label)):
            raise ValidationError(translate("domain.side_effects", "{name} is already in your side-effect list").format(
                name=repr(other.shown_label)))
    return SideEffect(key, label)


def find_side_effect(name: str, side_effects: list[SideEffect]) -> SideEffect | None:
    """The side effect whose key or label matches `name` (case, spaces and underscores ignored)."""
    wanted = side_effect_key(name)
    for effect in side_effects:
        if wanted in (effect.key, side_effect_key(effect.label), side_effect_key(effect.shown_label)):
            return effect
    return None
