"""The trend chart's colour themes: the printed one (black on white) and the window's light and dark.

No matplotlib here, so the window's theme (diary.ui.theme) can share the severity colours at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    """Colours that also read in black and white: shapes and line styles carry the meaning."""

    background: str
    foreground: str
    muted: str
    points: str
    line: str
    shade: str
    hatch: str
    # not recorded, none, mild, moderate, severe: each level lighter or darker than the one before
    # (one hue, or greys), so the strip reads without telling hues apart, as colour-blind users cannot.
    severities: tuple[str, str, str, str, str]


# On paper, and the command line's chart: black on white, the severities in greys.
PRINT = Theme("#ffffff", "#222222", "#777777", "#8a8a8a", "#1f4e79", "#ececec", "#c4c4c4",
              ("#ffffff", "#eeeeee", "#bdbdbd", "#737373", "#252525"))
# The window's: the severities a ramp of one hue (orange, safe for red-green colour blindness),
# darker with each level on a light background and brighter with each level on a dark one.
LIGHT = Theme("#ffffff", "#1c2526", "#5f6b6d", "#7d898b", "#1f4e79", "#e8eeed", "#b9c6c4",
              ("#ffffff", "#e6ebea", "#fdbe85", "#b5470b", "#5e1f03"))
DARK = Theme("#1f2324", "#e8ecec", "#a4afb0", "#a4afb0", "#8cc4ff", "#2f393a", "#4f5d5e",
             ("#1f2324", "#363f40", "#8a4a12", "#e07b2a", "#ffcf99"))
