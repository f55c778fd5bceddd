"""The verdicts of the response rules (docs/response-rules.md#categories), with their words and study meaning."""

from __future__ import annotations

from enum import Enum

from diary.domain.language import translate

# The study's periods (docs/response-rules.md), in treatment days.
ONSET_WINDOW_DAYS = 28  # onset must come within the first 4 weeks
RESPONSE_DAYS = 28  # an improvement lasting 4 weeks is a clinical response
LONG_LASTING_DAYS = 84  # 12 weeks: "remission" in the paper


class ResponseCategory(Enum):
    """The verdict at the evaluation date; the values are the exact strings of the CLI and JSON."""

    NOT_STARTED = "not_started"
    NO_BASELINE = "no_baseline"
    TOO_EARLY = "too_early"
    NON_RESPONDER = "non_responder"
    IMPROVING = "improving"
    NOT_SUSTAINED = "not_sustained"
    RESPONSE_ONGOING = "response_ongoing"
    SHORT_LIVED = "short_lived"
    LONG_LASTING = "long_lasting"

    @property
    def words(self) -> str:
        """The category as a patient or clinician reads it."""
        return category_words()[self]

    @property
    def study_meaning(self) -> str:
        """How the study would count it."""
        return study_meaning()[self]


def category_words() -> dict[ResponseCategory, str]:
    """Each category as a patient or clinician reads it, in the current language."""
    C = ResponseCategory
    return {
        C.NOT_STARTED: translate("domain.categories", "Course not started yet"),
        C.NO_BASELINE: translate("domain.categories", "No baseline to compare with"),
        C.TOO_EARLY: translate("domain.categories", "Too early to tell"),
        C.NON_RESPONDER: translate("domain.categories", "No response in the first 4 weeks"),
        C.IMPROVING: translate("domain.categories", "Improving — not yet 4 weeks"),
        C.NOT_SUSTAINED: translate("domain.categories", "Improvement not sustained"),
        C.RESPONSE_ONGOING: translate("domain.categories", "Clinical response, ongoing"),
        C.SHORT_LIVED: translate("domain.categories", "Short-lived clinical response (4–12 weeks)"),
        C.LONG_LASTING: translate("domain.categories", "Long-lasting response (12 weeks or more)"),
    }


def study_meaning() -> dict[ResponseCategory, str]:
    """How the study would count each category, in the current language ("" where it does not)."""
    C = ResponseCategory
    return {
        C.NOT_STARTED: "",
        C.NO_BASELINE: "",
        C.TOO_EARLY: "",
        C.NON_RESPONDER: translate("domain.categories", "non-response"),
        C.IMPROVING: translate("domain.categories", "not yet decided"),
        C.NOT_SUSTAINED: translate("domain.categories", "non-response"),
        C.RESPONSE_ONGOING: translate("domain.categories", "clinical response"),
        C.SHORT_LIVED: translate("domain.categories", "clinical response, short-lived"),
        C.LONG_LASTING: translate("domain.categories", 'clinical response of 12 weeks or more ("remission" in the study)'),
    }
