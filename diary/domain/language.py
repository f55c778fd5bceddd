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
from collections.abc import Iterator
from typing import ClassVar, Protocol

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
    """The source text itself: English, before any translator is installed (and in the domain's own tests)."""

    code = DEFAULT
    decimal_point = "."
    _PATTERNS: ClassVar[dict[str, str]] = {"dddd": "%A", "ddd": "%a", "MMMM": "%B", "MMM": "%b", "yyyy": "%Y", "dd": "%d", "MM": "%m"}

    def text(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        return ""

    def date(self, day: dt.date, pattern: str) -> str:
        out, i = [], 0
        while i < len(pattern):
            token = next((t for t in self._PATTERNS if pattern.startswith(t, i)), None)
            if token:
                out.append(day.strftime(self._PATTERNS[token]))
                i += len(token)
            elif pattern[i] == "d":
                out.append(str(day.day))
                i += 1
            else:
                out.append(pattern[i])
                i += 1
        return "".join(out)


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


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the current language; "%n" becomes `n` (with Qt's numerus form for plurals)."""
    words = current()
    text = words.text(context, source, disambiguation, n) or source
    if n >= 0:
        text = text.replace("%n", str(n))
    return text
