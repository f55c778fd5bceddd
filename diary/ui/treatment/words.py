"""The Treatment page's choices in the reader's language. The diary keeps the English (a kind of
medication's value, a plan's key; conditions and reasons for stopping: diary.domain.choices)."""

from __future__ import annotations

from diary.domain.choices import conditions as conditions
from diary.domain.choices import kept as kept
from diary.domain.choices import shown as shown
from diary.domain.choices import stop_reasons as stop_reasons
from diary.domain.language import translate


def endoscopy_choice(score: int) -> str:
    """An endoscopic score as offered in the clinic results: "2 — moderate inflammation"."""
    words = {
        0: translate("ui.treatment.words", "0 — no inflammation"),
        1: translate("ui.treatment.words", "1 — mild inflammation"),
        2: translate("ui.treatment.words", "2 — moderate inflammation"),
        3: translate("ui.treatment.words", "3 — severe inflammation"),
    }
    return words.get(score, str(score))
