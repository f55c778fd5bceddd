"""The side-effect list: built-in keys, the user's own side effects, and looking one up by name."""

import pytest

from diary.domain.errors import ValidationError
from diary.domain.side_effects import (
    BUILTIN_SIDE_EFFECTS,
    LABEL_MAX_CHARS,
    SideEffect,
    builtin_side_effects,
    find_side_effect,
    label_from_key,
    new_side_effect,
    side_effect_key,
)

BUILTIN_KEYS = [
    "vivid_dreams",
    "headache",
    "drowsiness",
    "insomnia",
    "nausea",
    "abdominal_pain",
    "diarrhoea",
    "constipation",
    "fatigue",
    "dizziness",
    "anxiety",
    "palpitations",
]


def test_builtin_list_is_the_spec_list_in_order():
    assert [key for key, _ in BUILTIN_SIDE_EFFECTS] == BUILTIN_KEYS
    effects = builtin_side_effects()
    assert [e.key for e in effects] == BUILTIN_KEYS
    assert all(e.builtin and not e.hidden for e in effects)
    assert effects[0].label == "Vivid dreams"


def test_builtin_keys_are_their_own_keys():
    for key, label in BUILTIN_SIDE_EFFECTS:
        assert side_effect_key(key) == key
        assert label


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Brain fog", "brain_fog"),
        ("  Brain   Fog ", "brain_fog"),
        ("brain_fog", "brain_fog"),
        ("BRAIN-FOG", "brain_fog"),
        ("brain - _ fog", "brain_fog"),
        ("_hiccups_", "hiccups"),
        ("Vivid dreams", "vivid_dreams"),
        ("", ""),
    ],
)
def test_side_effect_key_treats_case_spaces_underscores_and_dashes_alike(name, key):
    assert side_effect_key(name) == key


def test_label_from_key():
    assert label_from_key("brain_fog") == "Brain fog"
    assert label_from_key("hiccups") == "Hiccups"


def test_new_side_effect_tidies_the_name():
    effect = new_side_effect("  Brain   fog ", builtin_side_effects())
    assert effect == SideEffect("brain_fog", "Brain fog", builtin=False, hidden=False)


def test_new_side_effect_with_letters_digits_and_dashes():
    assert new_side_effect("Restless-legs 2", []).key == "restless_legs_2"
    assert new_side_effect("Übelkeit", []).key == "übelkeit"


@pytest.mark.parametrize("name", ["", "   ", "---", "_"])
def test_new_side_effect_needs_a_name(name):
    with pytest.raises(ValidationError, match="needs a name"):
        new_side_effect(name, [])


def test_new_side_effect_name_length_limit():
    assert new_side_effect("a" * LABEL_MAX_CHARS, []).label == "a" * LABEL_MAX_CHARS
    with pytest.raises(ValidationError, match=f"at most {LABEL_MAX_CHARS}"):
        new_side_effect("a" * (LABEL_MAX_CHARS + 1), [])


@pytest.mark.parametrize("name", ["=cmd", "a/b", "pain (left)", "x,y", "@home", "+1"])
def test_new_side_effect_refuses_other_characters(name):
    with pytest.raises(ValidationError, match="letters, digits, spaces and dashes"):
        new_side_effect(name, [])


@pytest.mark.parametrize("name", ["Headache", "HEADACHE", "vivid dreams", "Vivid_Dreams", "abdominal-pain"])
def test_new_side_effect_refuses_a_name_already_in_the_list(name):
    with pytest.raises(ValidationError, match="already in your side-effect list"):
        new_side_effect(name, builtin_side_effects())


def test_new_side_effect_refuses_a_name_matching_another_label():
    existing = [SideEffect("hf", "Hot flushes")]
    with pytest.raises(ValidationError, match="'Hot flushes' is already"):
        new_side_effect("hot flushes", existing)


def test_find_side_effect_by_key_or_label():
    effects = [*builtin_side_effects(), SideEffect("brain_fog", "Brain fog")]
    assert find_side_effect("insomnia", effects).key == "insomnia"
    assert find_side_effect("Trouble sleeping (insomnia)", effects).key == "insomnia"
    assert find_side_effect("trouble sleeping (INSOMNIA)", effects).key == "insomnia"
    assert find_side_effect("Vivid Dreams", effects).key == "vivid_dreams"
    assert find_side_effect("brain fog", effects).key == "brain_fog"
    assert find_side_effect("hiccups", effects) is None
    assert find_side_effect("", effects) is None
