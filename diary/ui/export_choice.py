"""The kinds of file File → Export writes, each with one line saying what it is for."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ExportKind:
    suffix: str
    purpose: str  # shown in the save dialog's list of file types

    @property
    def file_filter(self) -> str:
        return f"{self.purpose} (*{self.suffix})"


EXPORT_KINDS = (
    ExportKind(".csv", "Spreadsheet: your days, one row each"),
    ExportKind(".json", "Everything, for a backup or another computer"),
    ExportKind(".fhir.json", "FHIR R4, for your clinic's record system"),
)
FILTERS = ";;".join(kind.file_filter for kind in EXPORT_KINDS)


def export_path(name: str, chosen_filter: str) -> Path:
    """The file to write: `name` as typed, given the chosen kind's ending if it has none of the kinds' endings."""
    path = Path(name)
    if any(path.name.lower().endswith(kind.suffix) for kind in EXPORT_KINDS):
        return path
    kind = next((k for k in EXPORT_KINDS if k.file_filter == chosen_filter), EXPORT_KINDS[0])
    return path.with_name(path.name + kind.suffix)


def is_fhir(path: Path) -> bool:
    return path.name.lower().endswith(EXPORT_KINDS[2].suffix)
