"""The domain writes in the reader's language at use time, while keys, enum values and files stay English."""

import datetime as dt

import pytest

from diary.domain.categories import ResponseCategory
from diary.domain.condition_items import COMPLICATION_WORDS, ITEMS, items_text
from diary.domain.entries import Severity, file_dose, format_dose, parse_severity
from diary.domain.errors import ValidationError
from diary.domain.language import SourceWords, using
from diary.domain.side_effects import SideEffect, builtin_side_effects, find_side_effect, new_side_effect
from diary.domain.summaries import DoseTiming
from diary.domain.treatment import ENDOSCOPIC_SCORES, PLAN_PRESETS, MedicationCategory


class Marked(SourceWords):
    """A made-up language: every text in «», with a decimal comma."""

    code = "xx"
    decimal_point = ","

    def text(self, context, source, disambiguation, n):
        return f"«{source}»"


def test_a_builtin_side_effect_is_shown_in_the_language_and_kept_in_english():
    headache = next(e for e in builtin_side_effects() if e.key == "headache")
    own = SideEffect("brain_fog", "Brain fog")
    with using(Marked()):
        assert headache.shown_label == "«Headache»"
        assert headache.label == "Headache"  # what the database and the files keep
        assert own.shown_label == "Brain fog"  # the user's own name, as typed
    assert headache.shown_label == "Headache"


def test_a_builtin_side_effect_is_found_by_its_shown_name_too():
    from diary.desktop.language import words

    effects = builtin_side_effects()
    with using(words("nl")):
        assert find_side_effect("hoofdpijn", effects).key == "headache"
        assert find_side_effect("headache", effects).key == "headache"
        with pytest.raises(ValidationError, match="Hoofdpijn"):
            new_side_effect("Hoofdpijn", effects)  # the built-in one, by its Dutch name


def test_categories_are_worded_at_use_time_and_keep_their_values():
    with using(Marked()):
        assert ResponseCategory.TOO_EARLY.words == "«Too early to tell»"
        assert ResponseCategory.NON_RESPONDER.study_meaning == "«non-response»"
        assert ResponseCategory.NOT_STARTED.study_meaning == ""
    assert ResponseCategory.TOO_EARLY.value == "too_early"
    assert ResponseCategory.TOO_EARLY.words == "Too early to tell"


def test_condition_items_and_tables_follow_the_language():
    item = ITEMS["wellbeing"]
    with using(Marked()):
        assert item.question == "«How well did you feel today?»"
        assert item.words[0] == "«very well»"
        assert COMPLICATION_WORDS["arthralgia"] == "«joint pain»"
        assert ENDOSCOPIC_SCORES[2] == "«moderate»"
        assert items_text({"wellbeing": 1}, frozenset()) == "«wellbeing» 1, «no complications»"
        assert "«" in item.problem(9)
    assert item.key == "wellbeing" and item.question == "How well did you feel today?"


def test_enum_values_stay_english_and_their_words_follow_the_language():
    with using(Marked()):
        assert Severity.MILD.label == "«mild»" and Severity.MILD.word == "mild"
        assert DoseTiming.MORNING.words == "«morning»" and DoseTiming.MORNING.value == "morning"
        assert MedicationCategory.BIOLOGIC.words == "«anti-TNF or other biologic»"
        assert PLAN_PRESETS[0].label.startswith("«")


def test_severities_are_read_in_english_in_any_language():
    with using(Marked()):
        assert parse_severity("moderate") is Severity.MODERATE
        assert parse_severity("«moderate»") is Severity.MODERATE
        assert parse_severity("2") is Severity.MODERATE


def test_doses_are_shown_with_the_languages_decimal_sign_and_written_to_files_with_a_point():
    with using(Marked()):
        assert format_dose(4.5) == "4,5 mg" and format_dose(0.25) == "0,25 mg"
        assert file_dose(4.5) == "4.5 mg"
    assert format_dose(4.5) == "4.5 mg"


def test_the_real_dutch_and_german_words():
    from diary.desktop.language import words

    headache = next(e for e in builtin_side_effects() if e.key == "headache")
    with using(words("nl")):
        assert headache.shown_label == "Hoofdpijn"
        assert ResponseCategory.LONG_LASTING.words == "Langdurige respons (12 weken of langer)"
    with using(words("de")):
        assert headache.shown_label == "Kopfschmerzen"
        assert Severity.SEVERE.label == "schwer"


def test_plural_problems_count_in_the_language():
    with using(Marked()):
        error = ValidationError([f"problem {i}" for i in range(52)])
    assert error.problems[-1] == "«… and {count} more problem(s)»".format(count="2")
    assert ValidationError([f"problem {i}" for i in range(51)]).problems[-1] == "… and 1 more problem"


def test_a_weekday_in_a_treatment_sentence_comes_from_the_language():
    from diary.domain.plan_words import next_step_sentence
    from diary.domain.treatment import Course, TitrationStep

    course = Course(dt.date(2026, 11, 14), steps=(TitrationStep(1, 1.5), TitrationStep(15, 3.0)))
    assert next_step_sentence(course, dt.date(2026, 11, 20)) == "From Saturday 28 November your plan goes up to 3.0 mg."
    with using(Marked()):
        assert next_step_sentence(course, dt.date(2026, 11, 20)) == "«From {day} your plan goes up to {dose}.»".format(
            day="«Saturday 28 November»", dose="3,0 mg")


def test_a_condition_written_in_dutch_or_german_suggests_its_scores():
    from diary.domain.scores import suggested_scores

    assert suggested_scores("Ziekte van Crohn") == suggested_scores("Morbus Crohn") == ("pro2_cd", "hbi")
    assert suggested_scores("Colitis ulcerosa") == ("pro2_uc", "sccai")
    assert suggested_scores("Multiple Sklerose") == suggested_scores("multiple sclerose") == ("pain_nrs",)
