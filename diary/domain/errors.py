"""The one error type for input that breaks a rule, carrying every problem found."""

from __future__ import annotations

# A file with a problem on every one of a million rows must not print a million lines.
SHOWN_PROBLEMS = 50


class ValidationError(ValueError):
    """Input was rejected; `problems` lists each one as a sentence saying what to fix (at most
    SHOWN_PROBLEMS, then one line saying how many more there are)."""

    def __init__(self, problems: list[str] | str, more: int = 0):
        listed = [problems] if isinstance(problems, str) else list(problems)
        more += max(0, len(listed) - SHOWN_PROBLEMS)
        self.problems = listed[:SHOWN_PROBLEMS] + ([f"… and {more:,} more problem{'s' if more != 1 else ''}"] if more else [])
        super().__init__("\n".join(self.problems))


class Problems(list):
    """A list of problems that keeps the first SHOWN_PROBLEMS and only counts the rest."""

    def __init__(self) -> None:
        super().__init__()
        self.more = 0

    def append(self, problem: str) -> None:
        if len(self) < SHOWN_PROBLEMS:
            super().append(problem)
        else:
            self.more += 1

    def extend(self, problems) -> None:  # type: ignore[override]
        for problem in problems:
            self.append(problem)

    def __bool__(self) -> bool:
        return len(self) > 0

    def error(self) -> ValidationError:
        return ValidationError(list(self), self.more)


class MisspelledColumnsError(ValidationError):
    """Columns of an import file whose names are close to known ones: likely misspelled, or meant as new side effects."""

    def __init__(self, columns: tuple[tuple[str, str], ...]):
        self.columns = columns  # (the column's header, the known name it is close to)
        super().__init__([f"column {raw!r}: did you mean {likely!r}? To add it as a side effect of your own, "
                          "use --new-side-effects" for raw, likely in columns])
