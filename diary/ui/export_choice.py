"""The kinds of file File → Export writes, each with one line saying what it is for."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from diary.domain.language import translate


@dataclass(frozen=True)
class ExportKind:
    suffix: str

    @property
    def purpose(self) -> str:
        """What the kind is for, shown in the save dialog's list of file types (in the current language)."""
        if self.suffix == ".csv":
            return translate("ui.export_choice", "Spreadsheet: your days, one row each")
        if self.suffix == ".json":
            return translate("ui.export_choice", "Everything, for a backup or another computer")
        return translate("ui.export_choice", "FHIR R4, for your clinic's record system")

    @property
    def file_filter(self) -> str:
        return f"{self.purpose} (*{self.suffix})"


EXPORT_KINDS = (ExportKind(".csv"), ExportKind(".json"), ExportKind(".fhir.json"))


def filters() -> str:
    """The save dialog's list of file types, in the current language."""
    return ";;".join(kind.file_filter for kind in EXPORT_KINDS)


def export_path(name: str, chosen_filter: str) -> Path:
    """The file to write: `name` as typed, given the chosen kind's ending if it has none of the kinds' endings."""
    path = Path(name)
    if any(path.name.lower().endswith(kind.suffix) for kind in EXPORT_KINDS):
        return path
    kind = next((k for k in EXPORT_KINDS if k.file_filter == chosen_filter), EXPORT_KINDS[0])
    return path.with_name(path.name + kind.suffix)


def is_fhir(path: Path) -> bool:
    return path.name.lower().endswith(EXPORT_KINDS[2].suffix)
