"""The one error type for input that breaks a rule, carrying every problem found."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input was rejected; `problems` lists each one as a sentence saying what to fix."""

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))
