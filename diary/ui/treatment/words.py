"""The Treatment page's choices in the reader's language. The diary keeps the English (a kind of
medication's value, a plan's key; conditions and reasons for stopping: diary.domain.choices)."""

from __future__ import annotations

from diary.domain.choices import conditions as conditions
from diary.domain.choices import kept as kept
from diary.domain.choices import shown as shown
from diary.domain.choices import stop_reasons as stop_reasons
from diary.domain.language import translate
from diary.domain.treatment import MedicationCategory, PlanPreset
from diary.domain.wording import number


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
