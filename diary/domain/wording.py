"""Numbers in words and tables, written one way for the window, the PDF and the command line."""

from __future__ import annotations

MINUS = "\u2212"  # the minus sign: a hyphen beside "−7" reads as a dash
DASH = "—"  # a value that is not there


def number(value: float | None, digits: int = 1, *, fixed: bool = True) -> str:
    """`value` rounded to `digits` decimals: "6.4"; with fixed=False without trailing zeros ("18", "12.5").
    Only the words are rounded: every comparison uses the exact value."""
    if value is None:
        return DASH
    text = f"{value:.{digits}f}"
    if not fixed and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.lstrip("-").strip("0.") == "":
        text = text.lstrip("-")  # no "−0.0"
    return text.replace("-", MINUS)


def signed(value: float | None, digits: int = 1) -> str:
    """A change, always with its sign: "+1.2", "−3.6", "0.0"."""
    if value is None:
        return DASH
    text = number(value, digits)
    return text if text.startswith(MINUS) or text.strip("0.") == "" else f"+{text}"


def json_number(value: float | None, digits: int = 6) -> float | None:
    """A number for JSON output: 4.3999999999999995 is written 4.4."""
    return None if value is None else round(value, digits)


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`n` with its noun, singular or plural: "1 day", "2 days", "0 days" (never "day(s)")."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
