"""The Treatment page's choices in the reader's language. The diary keeps the English (a kind of
medication's value, a plan's key; conditions and reasons for stopping: diary.domain.choices)."""

from __future__ import annotations

from diary.domain.choices import conditions as conditions
from diary.domain.choices import kept as kept
from diary.domain.choices import shown as shown
from diary.domain.choices import stop_reasons as stop_reasons
from diary.domain.language import translate
from diary.domain.treatment import PlanPreset
from diary.domain.wording import number


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


def endoscopy_choice(score: int) -> str:
    """An endoscopic score as offered in the clinic results: "2 — moderate inflammation"."""
    words = {
        0: translate("ui.treatment.words", "0 — no inflammation"),
        1: translate("ui.treatment.words", "1 — mild inflammation"),
        2: translate("ui.treatment.words", "2 — moderate inflammation"),
        3: translate("ui.treatment.words", "3 — severe inflammation"),
    }
    return words.get(score, str(score))
