"""The one error type for input that breaks a rule, carrying every problem found."""

from __future__ import annotations

from collections.abc import Iterable

from diary.domain.language import translate

# A file with a problem on every one of a million rows must not print a million lines,
# nor be read to its end: counting stops here.
SHOWN_PROBLEMS = 50
PROBLEMS_COUNTED = 10_000


class ValidationError(ValueError):
    """Input was rejected; `problems` lists each one as a sentence saying what to fix (at most
    SHOWN_PROBLEMS, then one line saying how many more there are)."""

    def __init__(self, problems: list[str] | str, more: int = 0, stopped_at: int | None = None):
        listed = [problems] if isinstance(problems, str) else list(problems)
        more += max(0, len(listed) - SHOWN_PROBLEMS)
        tail = [translate("domain.errors", "… and {count} more problem(s)", None, more).format(count=f"{more:,}")] if more else []
        if stopped_at is not None:
            tail = [translate("domain.errors", "… and at least {count} more problems: the check stopped at line {line}").format(
                count=f"{more:,}", line=f"{stopped_at:,}")]
        self.problems = listed[:SHOWN_PROBLEMS] + tail
        super().__init__("\n".join(self.problems))


class Problems(list[str]):
    """A list of problems that keeps the first SHOWN_PROBLEMS and only counts the rest."""

    def __init__(self) -> None:
        super().__init__()
        self.more = 0
        self.stopped_at: int | None = None  # where counting stopped, at PROBLEMS_COUNTED

    @property
    def total(self) -> int:
        return len(self) + self.more

    def append(self, problem: str) -> None:
        if len(self) < SHOWN_PROBLEMS:
            super().append(problem)
        else:
            self.more += 1

    def extend(self, problems: Iterable[str]) -> None:
        for problem in problems:
            self.append(problem)

    def __bool__(self) -> bool:
        return len(self) > 0

    def error(self) -> ValidationError:
        return ValidationError(list(self), self.more, self.stopped_at)


class MisspelledColumnsError(ValidationError):
    """Columns of an import file whose names are close to known ones: likely misspelled, or meant as new side effects."""

    def __init__(self, columns: tuple[tuple[str, str], ...]):
        self.columns = columns  # (the column's header, the known name it is close to)
        super().__init__([translate("domain.errors", "column {column}: did you mean {likely}? To add it as a side effect of "
                                    "your own, use --new-side-effects").format(column=repr(raw), likely=repr(likely))
                          for raw, likely in columns])
