"""The conditions and reasons for stopping the diary offers. It keeps a choice in English (what the
user typed stays as typed), so that its files, the cohort's counts and the scores' suggestions read the
same in every language; the window and the PDF show it in the reader's language."""

from __future__ import annotations

from diary.domain.language import translate


def conditions() -> dict[str, str]:
    """The conditions offered: as the profile keeps them -> as shown."""
    return {
        "Crohn's disease": translate("domain.choices", "Crohn's disease"),
        "Ulcerative colitis": translate("domain.choices", "Ulcerative colitis"),
        "Fibromyalgia": translate("domain.choices", "Fibromyalgia"),
        "Multiple sclerosis": translate("domain.choices", "Multiple sclerosis"),
        "Lupus": translate("domain.choices", "Lupus"),
    }


def stop_reasons() -> dict[str, str]:
    """The reasons for stopping offered: as the course keeps them -> as shown."""
    return {
        "Side effects": translate("domain.choices", "Side effects", "a reason for stopping LDN"),
        "Not helping": translate("domain.choices", "Not helping", "a reason for stopping LDN"),
        "Feeling better": translate("domain.choices", "Feeling better", "a reason for stopping LDN"),
        "My prescriber's advice": translate("domain.choices", "My prescriber's advice", "a reason for stopping LDN"),
        "Pregnancy": translate("domain.choices", "Pregnancy", "a reason for stopping LDN"),
        "Surgery or opioid painkillers": translate("domain.choices", "Surgery or opioid painkillers",
                                                   "a reason for stopping LDN"),
    }


def shown(choices: dict[str, str], kept: str) -> str:
    """`kept` (a value the diary holds) as the reader sees it; text the user typed stays as it is."""
    return choices.get(kept, kept)


def kept(choices: dict[str, str], text: str) -> str:
    """The value the diary keeps for `text` as shown: the English of a choice offered, else `text` itself."""
    return next((english for english, words in choices.items() if words == text), text)
