"""The reader's language: one hook every visible word goes through, filled by Qt's translator above the domain.

Code writes `translate("Context", "English text")`, with `translate("Context", "%n day(s)", None, n)` for
plurals (positional, so that pyside6-lupdate finds it: it skips keyword arguments). The domain stays
pure: the words of a language come from a `Words` object the window or the command line installs
(diary/desktop/language.py loads Qt's .qm files); until then, the English source text is used.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import re
from collections.abc import Iterator
from typing import Protocol

LANGUAGES = {"en": "English", "nl": "Nederlands", "de": "Deutsch"}  # each in its own language
DEFAULT = "en"


class Words(Protocol):
    """One language: its translations, its date names and its decimal sign."""

    code: str

    def text(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        """The translation of `source`, or "" when there is none."""
        ...

    def date(self, day: dt.date, pattern: str) -> str:
        """`day` written with a Qt date pattern ("d MMM yyyy"), month and weekday names in this language."""
        ...

    @property
    def decimal_point(self) -> str: ...


class SourceWords:
    """The source text itself, English: before any translator is installed, and for what is written the
    same in every language (files, --json)."""

    code = DEFAULT
    decimal_point = "."

    def text(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        """English's plural forms as the English .ts file has them ("%n day(s)": "1 day", "2 days")."""
        return source.replace("(s)", "" if n == 1 else "s") if n >= 0 and "(s)" in source else ""

    def date(self, day: dt.date, pattern: str) -> str:
        """The Qt pattern's fields in English, whatever the C library's locale (Qt sets it from the system)."""
        month, weekday = _MONTHS[day.month - 1], _WEEKDAYS[day.weekday()]
        fields = {"dddd": weekday, "ddd": weekday[:3], "dd": f"{day.day:02}", "d": str(day.day), "MMMM": month,
                  "MMM": month[:3], "MM": f"{day.month:02}", "M": str(day.month), "yyyy": str(day.year)}
        return _FIELD.sub(lambda m: fields.get(m[0], m[0]), pattern)


_FIELD = re.compile(r"d{1,4}|M{1,4}|yyyy")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


_window: Words = SourceWords()
_override: contextvars.ContextVar[Words | None] = contextvars.ContextVar("words", default=None)


def current() -> Words:
    """The language being written now: the window's, or the one a `using` block chose (the clinician's PDF)."""
    return _override.get() or _window


def install(words: Words) -> None:
    """Make `words` the language of the window or the command line (every thread that has no `using` block)."""
    global _window
    _window = words


@contextlib.contextmanager
def using(words: Words | None) -> Iterator[Words]:
    """Write in `words` inside the block, in this thread only (None: the current language)."""
    token = _override.set(words or current())
    try:
        yield current()
    finally:
        _override.reset(token)


def json_words(json_output: bool) -> contextlib.AbstractContextManager[Words]:
    """English source words for --json output, which is the same in every language; else the current language."""
    return using(SourceWords() if json_output else None)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the current language; "%n" becomes `n` (with Qt's numerus form for plurals)."""
    words = current()
    text = words.text(context, source, disambiguation, n) or source
    if n >= 0:
        text = text.replace("%n", str(n))
    return text
