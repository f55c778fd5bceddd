"""Qt's translations of LDN Diary: which language to speak, and its words loaded from the shipped .qm files.

The .ts files in resources/translations/ are the source; packaging/translations.py builds the .qm
files beside them (pip's build and .ci/run call it), and they are found with importlib.resources
from a checkout, a wheel or a frozen build alike.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
from importlib import resources

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from diary.domain import language

ENVIRONMENT = "LDN_DIARY_LANG"
PSEUDO = "pseudo"  # every text 40 % longer, with accents: shows what a long translation would cut
LOCALES = {"en": "en_GB", "nl": "nl_NL", "de": "de_DE"}  # the source text is British English


class QtWords:
    """A language's translations (ldn_diary_<code>.qm) with its QLocale's dates and decimal sign."""

    def __init__(self, code: str) -> None:
        self.code = code
        self._locale = QLocale(LOCALES.get(code, code))
        self._translator = QTranslator()
        # A wheel and a frozen build keep their resources as files: Qt maps the .qm file in place.
        qm = resources.files("diary.resources").joinpath("translations", f"ldn_diary_{code}.qm")
        if not (qm.is_file() and self._translator.load(str(qm))):
            raise FileNotFoundError(f"{qm}: the translations of {code!r} are not built (run packaging/translations.py)")

    @property
    def decimal_point(self) -> str:
        return self._locale.decimalPoint()

    @property
    def locale(self) -> QLocale:
        return self._locale

    def text(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        return self._translator.translate(context, source, disambiguation, n) or ""

    def date(self, day: dt.date, pattern: str) -> str:
        if self.code in (language.DEFAULT, PSEUDO):
            return language.SourceWords().date(day, pattern)  # "Sep", not en_GB's "Sept"
        # Months abbreviated without a full stop ("Nov", not "Nov."): a date often ends a sentence.
        month = self._locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
        pattern = _SHORT_MONTH.sub(f"'{month}'", pattern)
        return self._locale.toString(QDate(day.year, day.month, day.day), pattern)


class PseudoWords(QtWords):
    """English made 40 % longer with accents, placeholders kept: for the tests of what a translation cuts."""

    def __init__(self) -> None:
        super().__init__(language.DEFAULT)
        self.code = PSEUDO

    def text(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        english = super().text(context, source, disambiguation, n) or source
        if disambiguation and "pattern" in disambiguation:
            return english  # a date pattern is read by QLocale, not shown
        return stretch(english)


_KEPT = re.compile(r"(\{[^}]*\}|%n|<[^>]*>|&[a-z]+;)")  # placeholders, plural counts, HTML tags and entities
_SHORT_MONTH = re.compile(r"(?<!M)MMM(?!M)")
_WORD = re.compile(r"[^\W\d_]+")
_ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "áéíóúÁÉÍÓÚçñýÇÑÝ")


def stretch(text: str) -> str:
    """`text` with accents and each word 40 % longer, leaving placeholders, %n, tags and entities whole."""
    parts: list[str] = _KEPT.split(text)
    parts[::2] = [_WORD.sub(lambda m: m[0].translate(_ACCENTS) + "~" * round(len(m[0]) * 0.4), part) for part in parts[::2]]
    return "".join(parts)


@functools.cache
def words(code: str) -> language.Words:
    """The words of `code` ("en", "nl", "de" or "pseudo")."""
    return PseudoWords() if code == PSEUDO else QtWords(code)


def choose(asked: str | None = None) -> str:
    """The language to speak: the one asked for (--lang, the window's setting), else $LDN_DIARY_LANG,
    else the system's first language we have, else English. Unknown codes are an error, not a guess."""
    for code in (asked, os.environ.get(ENVIRONMENT)):
        if code:
            code = code.lower().replace("-", "_").split("_")[0] if code != PSEUDO else code
            if code not in language.LANGUAGES and code != PSEUDO:
                known = ", ".join(language.LANGUAGES)
                raise ValueError(f"unknown language {code!r}: choose one of {known}")
            return code
    return system_language()


def system_language() -> str:
    """The first of the system's languages (QLocale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that we speak."""
    for name in QLocale.system().uiLanguages():
        code = name.lower().replace("-", "_").split("_")[0]
        if code in language.LANGUAGES:
            return code
    return language.DEFAULT


_qt_base: list[QTranslator] = []  # Qt's own words, installed in the app (kept here: Qt does not own it)


def install(code: str) -> language.Words:
    """Speak `code` from now on: our words, and Qt's own (file dialogs, message boxes) when an app runs.
    Without its .qm file (a checkout never built) the diary speaks English and says why."""
    try:
        chosen = words(code)
    except FileNotFoundError as exc:
        chosen = language.SourceWords()
        message = f"{exc}; speaking English"  # in English: the translations are what is missing
        logging.getLogger(__name__).warning(message)
    language.install(chosen)
    locale = QLocale(LOCALES[chosen.code if chosen.code != PSEUDO else language.DEFAULT])
    # Only on a change: PySide6 6.12's setDefault (as its setObjectName) drops a reference to None
    # each call, and Python aborts once None's count reaches zero.
    if QLocale().name() == locale.name() and _qt_base:
        return chosen
    QLocale.setDefault(locale)  # the widgets' numbers and calendars
    if QCoreApplication.instance() is not None:
        while _qt_base:
            QCoreApplication.removeTranslator(_qt_base.pop())
        base = QTranslator()
        if base.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(base)
            _qt_base.append(base)
    return chosen
