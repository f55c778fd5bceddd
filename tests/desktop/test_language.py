"""Which language LDN Diary speaks, and how: Qt's translations, dates and decimal signs, the pseudo-locale."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from diary.desktop import language
from diary.domain import wording
from diary.domain.language import current, translate, using
from diary.ui import language_setting
from diary.ui.language_dialog import LanguageDialog

DAY = dt.date(2026, 12, 1)


def test_the_language_asked_for_comes_first_then_the_environment(monkeypatch):
    monkeypatch.setenv(language.ENVIRONMENT, "de")
    assert language.choose("nl_NL") == "nl"
    assert language.choose(None) == "de"
    assert language.choose("de-AT") == "de"
    with pytest.raises(ValueError, match="unknown language 'fr': choose one of en, nl, de"):
        language.choose("fr")


@pytest.mark.parametrize(("lang", "spoken"), [("nl_NL.UTF-8", "nl"), ("de_DE.UTF-8", "de"), ("fr_FR.UTF-8", "en")])
def test_without_a_choice_the_system_language_is_spoken(lang, spoken):
    env = {k: v for k, v in os.environ.items() if k not in {language.ENVIRONMENT, "LANGUAGE", "LC_ALL", "LC_MESSAGES"}}
    code = "from diary.desktop.language import choose; print(choose())"
    out = subprocess.run([sys.executable, "-c", code], env={**env, "LANG": lang}, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == spoken


@pytest.mark.parametrize(("code", "short", "long", "decimal"), [
    ("en", "1 Dec 2026", "1 December 2026", "4.5"),
    ("nl", "1 dec 2026", "1 december 2026", "4,5"),
    ("de", "1. Dez 2026", "1. Dezember 2026", "4,5"),
])
def test_dates_and_numbers_follow_the_language(code, short, long, decimal):
    with using(language.words(code)):
        assert (wording.date_text(DAY), wording.long_date_text(DAY), wording.number(4.5)) == (short, long, decimal)
        assert wording.span_text(15) == {"en": "2 weeks and 1 day", "nl": "2 weken en 1 dag", "de": "2 Wochen und 1 Tag"}[code]
    assert current().code == "en"  # only inside the block


def test_qt_s_own_buttons_speak_the_language_too():
    language.install("de")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().decimalPoint() == ","  # spin boxes and calendars
    language.install("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_pseudo_locale_stretches_text_but_keeps_placeholders():
    text = language.stretch("Saved {pages} to <b>{path}</b> &amp; %n more")
    assert "{pages}" in text and "<b>{path}</b>" in text and "&amp;" in text and "%n" in text
    assert len(text) > len("Saved {pages} to <b>{path}</b> &amp; %n more") and "á" in text
    with using(language.words(language.PSEUDO)):
        assert wording.date_text(DAY) == "1 Dec 2026"  # date patterns are not stretched
        assert translate("wording", "%n day(s)", None, 3).startswith("3 dáýs")


def test_the_window_language_is_chosen_in_a_dialog_and_kept(qtbot):
    dialog = LanguageDialog()
    qtbot.addWidget(dialog)
    assert dialog.choice.currentData() is None  # follows the system until chosen
    dialog.choice.setCurrentIndex(dialog.choice.findData("de"))
    assert "Deutsch" in dialog.note.text()
    dialog.accept()
    assert language_setting.chosen() == "de"
    again = LanguageDialog()
    qtbot.addWidget(again)
    assert again.choice.currentData() == "de"
    again.choice.setCurrentIndex(0)
    again.accept()
    assert language_setting.chosen() is None


def test_the_dialog_s_default_names_the_language_of_ldn_diary_lang(qtbot, monkeypatch):
    monkeypatch.setenv(language.ENVIRONMENT, "nl")
    dialog = LanguageDialog()
    qtbot.addWidget(dialog)
    assert dialog.choice.itemText(0) == "As the system (Nederlands)"
    assert dialog.chosen_code() == "nl"


def test_without_its_built_translations_the_diary_speaks_english_and_says_why(tmp_path, monkeypatch, caplog):
    """A checkout whose .qm files were never built still starts: English, with a warning in the log."""
    monkeypatch.setattr(language.resources, "files", lambda package: tmp_path)
    language.words.cache_clear()
    try:
        spoken = language.install("de")
        assert spoken.code == "en" and current() is spoken
        assert translate("wording", "%n day(s)", None, 2) == "2 days"
        assert "the translations of 'de' are not built" in caplog.text
    finally:
        language.words.cache_clear()
