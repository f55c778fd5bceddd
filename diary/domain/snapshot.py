"""Everything a diary knows, as one value: what export writes and import reads back."""

from __future__ import annotations

from dataclasses import dataclass, field

from diary.domain.entries import DailyEntry
from diary.domain.side_effects import SideEffect
from diary.domain.treatment import ClinicResult, Course, Medication, Profile, Settings


@dataclass(frozen=True)
class DiarySnapshot:
    entries: tuple[DailyEntry, ...] = ()
    side_effects: tuple[SideEffect, ...] = ()
    courses: tuple[Course, ...] = ()
    medications: tuple[Medication, ...] = ()
    clinic_results: tuple[ClinicResult, ...] = ()
    profile: Profile = field(default_factory=Profile)
    settings: Settings = field(default_factory=Settings)
