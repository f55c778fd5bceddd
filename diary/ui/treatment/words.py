"""The Treatment page's choices in the reader's language. The diary keeps the English (a condition or a
reason for stopping chosen from the list, a kind of medication's value, a plan's key), so that its
files, the cohort's counts and the scores' suggestions read the same in every language."""

from __future__ import annotations

from diary.domain.language import translate
from diary.domain.treatment import MedicationCategory, PlanPreset
from diary.domain.wording import number


def conditions() -> dict[str, str]:
    """The conditions offered: as the profile keeps them -> as shown."""
    return {
        "Crohn's disease": translate("ui.treatment.words", "Crohn's disease"),
        "Ulcerative colitis": translate("ui.treatment.words", "Ulcerative colitis"),
        "Fibromyalgia": translate("ui.treatment.words", "Fibromyalgia"),
        "Multiple sclerosis": translate("ui.treatment.words", "Multiple sclerosis"),
        "Lupus": translate("ui.treatment.words", "Lupus"),
    }


def stop_reasons() -> dict[str, str]:
    """The reasons for stopping offered: as the course keeps them -> as shown."""
    return {
        "Side effects": translate("ui.treatment.words", "Side effects", "a reason for stopping LDN"),
        "Not helping": translate("ui.treatment.words", "Not helping", "a reason for stopping LDN"),
        "Feeling better": translate("ui.treatment.words", "Feeling better", "a reason for stopping LDN"),
        "My prescriber's advice": translate("ui.treatment.words", "My prescriber's advice", "a reason for stopping LDN"),
        "Pregnancy": translate("ui.treatment.words", "Pregnancy", "a reason for stopping LDN"),
        "Surgery or opioid painkillers": translate("ui.treatment.words", "Surgery or opioid painkillers",
                                                   "a reason for stopping LDN"),
    }


def shown(choices: dict[str, str], kept: str) -> str:
    """`kept` (a value the diary holds) as the reader sees it; text the user typed stays as it is."""
    return choices.get(kept, kept)


def kept(choices: dict[str, str], text: str) -> str:
    """The value the diary keeps for `text` as shown: the English of a choice offered, else `text` itself."""
    return next((english for english, words in choices.items() if words == text), text)


def category_text(category: MedicationCategory) -> str:
    """A kind of medication as shown (its value stays in the diary's files)."""
    return {
        MedicationCategory.FIVE_ASA: translate("ui.treatment.words", "5-ASA", "a kind of medication"),
        MedicationCategory.CORTICOSTEROID: translate("ui.treatment.words", "corticosteroid", "a kind of medication"),
        MedicationCategory.IMMUNOSUPPRESSIVE: translate("ui.treatment.words", "immunosuppressive", "a kind of medication"),
        MedicationCategory.BIOLOGIC: translate("ui.treatment.words", "anti-TNF or other biologic", "a kind of medication"),
        MedicationCategory.OPIOID: translate("ui.treatment.words", "opioid analgesic", "a kind of medication"),
        MedicationCategory.OTHER: translate("ui.treatment.words", "other", "a kind of medication"),
    }.get(category, category.value)


def preset_text(preset: PlanPreset) -> str:
    """A titration plan offered, in a line: "1.5 mg, up 1.5 mg every 2 weeks to 4.5 mg"."""
    if preset.key == "standard":
        return translate("ui.treatment.words", "{first} mg, up {step} mg every 2 weeks to {last} mg").format(
            first=number(1.5), step=number(1.5), last=number(4.5))
    if preset.key == "gradual":
        return translate("ui.treatment.words", "{first} mg, up {step} mg every week to {last} mg").format(
            first=number(0.5), step=number(0.5), last=number(4.5))
    if preset.key == "study":
        return translate("ui.treatment.words", "{dose} mg from day 1 (as in the study)").format(dose=number(4.5))
    return preset.label


def inflammation_text(score: int) -> str:
    """An endoscopic score's degree of inflammation: "moderate"."""
    words = {
        0: translate("ui.treatment.words", "none", "endoscopic score 0: no inflammation"),
        1: translate("ui.treatment.words", "mild", "endoscopic score 1: mild inflammation"),
        2: translate("ui.treatment.words", "moderate", "endoscopic score 2: moderate inflammation"),
        3: translate("ui.treatment.words", "severe", "endoscopic score 3: severe inflammation"),
    }
    return words.get(score, str(score))


def endoscopy_choice(score: int) -> str:
    """An endoscopic score as offered in the clinic results: "2 — moderate inflammation"."""
    words = {
        0: translate("ui.treatment.words", "0 — no inflammation"),
        1: translate("ui.treatment.words", "1 — mild inflammation"),
        2: translate("ui.treatment.words", "2 — moderate inflammation"),
        3: translate("ui.treatment.words", "3 — severe inflammation"),
    }
    return words.get(score, str(score))
