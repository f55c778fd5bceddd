"""The verdicts of the response rules (docs/response-rules.md#categories), with their words and study meaning."""

from __future__ import annotations

from enum import Enum


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
        return CATEGORY_WORDS[self]

    @property
    def study_meaning(self) -> str:
        """How the study would count it."""
        return STUDY_MEANING[self]


CATEGORY_WORDS = {
    ResponseCategory.NOT_STARTED: "Course not started yet",
    ResponseCategory.NO_BASELINE: "No baseline to compare with",
    ResponseCategory.TOO_EARLY: "Too early to tell",
    ResponseCategory.NON_RESPONDER: "No response in the first 4 weeks",
    ResponseCategory.IMPROVING: "Improving — not yet 4 weeks",
    ResponseCategory.NOT_SUSTAINED: "Improvement not sustained",
    ResponseCategory.RESPONSE_ONGOING: "Clinical response, ongoing",
    ResponseCategory.SHORT_LIVED: "Short-lived clinical response (4–12 weeks)",
    ResponseCategory.LONG_LASTING: "Long-lasting response (12 weeks or more)",
}
STUDY_MEANING = {
    ResponseCategory.NOT_STARTED: "",
    ResponseCategory.NO_BASELINE: "",
    ResponseCategory.TOO_EARLY: "",
    ResponseCategory.NON_RESPONDER: "non-response",
    ResponseCategory.IMPROVING: "not yet decided",
    ResponseCategory.NOT_SUSTAINED: "non-response",
    ResponseCategory.RESPONSE_ONGOING: "clinical response",
    ResponseCategory.SHORT_LIVED: "clinical response, short-lived",
    ResponseCategory.LONG_LASTING: 'clinical response of 12 weeks or more ("remission" in the study)',
}
