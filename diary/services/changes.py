"""What a write changed: the one message the window broadcasts after every save (no heavy imports)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Change:
    """What a write changed, so that each page can decide whether it needs to refresh."""

    days: frozenset[dt.date] = frozenset()
    side_effects: bool = False
    treatment: bool = False
    settings: bool = False
    profile: bool = False
    # Who made the change (the window's page or dialog), so that it need not reload itself.
    # Not part of what changed: two changes of the same things are equal whoever made them.
    origin: object | None = field(default=None, compare=False, repr=False)

    @property
    def entries(self) -> bool:
        return bool(self.days)

    def made_by(self, origin: object) -> Change:
        """The same change, said to be made by `origin`."""
        return replace(self, origin=origin)

    def __or__(self, other: Change) -> Change:
        """Both changes at once (what a page missed while it was hidden); made by no one in particular."""
        return Change(
            self.days | other.days,
            self.side_effects or other.side_effects,
            self.treatment or other.treatment,
            self.settings or other.settings,
            self.profile or other.profile,
        )
