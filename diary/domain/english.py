"""English with its plural forms, for what is written the same in every language (FHIR files, --json reasons)."""

from __future__ import annotations

from diary.domain.language import SourceWords


class English(SourceWords):
    """The source text, with English plural forms derived as the English .ts file derives them
    ("%n day(s)": "1 day", "2 days"), so that no translator needs to be installed."""

    def text(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        return source.replace("(s)", "" if n == 1 else "s") if n >= 0 and "(s)" in source else ""
