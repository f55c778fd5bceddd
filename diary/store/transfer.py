"""Import and export files: reading and writing them; the formats are in csv_file and json_file."""

from __future__ import annotations

from pathlib import Path

from diary.domain.errors import ValidationError
from diary.domain.language import translate
from diary.store.csv_file import CSV_FIXED_COLUMNS, CsvContent, escape_formula, format_csv, parse_csv, unescape_formula
from diary.store.fhir_file import FHIR_SUFFIX, format_fhir, is_fhir_name
from diary.store.files import write_file
from diary.store.json_file import JSON_FORMAT_VERSION, format_json, parse_json

__all__ = ["CSV_FIXED_COLUMNS", "FHIR_SUFFIX", "JSON_FORMAT_VERSION", "CsvContent", "escape_formula", "format_csv",
           "format_fhir", "format_json", "is_fhir_name", "parse_csv", "parse_json", "read_text", "unescape_formula", "write_atomically"]

MAX_IMPORT_BYTES = 32 * 2**20  # a diary of 25 years is under 5 MB as CSV, under 20 MB as JSON


def read_text(path: Path) -> str:
    """The UTF-8 text of an import file (a BOM is dropped); ValidationError if it cannot be read or is too large."""
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_IMPORT_BYTES + 1)  # never more than the limit in memory, whatever the file
    except FileNotFoundError:
        raise ValidationError(translate("store.transfer", "{file}: no such file").format(file=path)) from None
    except OSError as exc:
        raise ValidationError(translate("store.transfer", "{file}: cannot be read ({error})").format(
            file=path, error=exc.strerror)) from None
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError(translate("store.transfer", "{file}: the file is larger than {size} MB, far more than a diary "
                                        "(25 years of days are under 5 MB); is it the right file?").format(
            file=path, size=MAX_IMPORT_BYTES // 2**20))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(translate("store.transfer", "{file}: not UTF-8 text (byte {byte}); save it as UTF-8 and try again").format(
            file=path, byte=exc.start)) from None


def write_atomically(path: Path, text: str) -> None:
    """Write `text` as UTF-8 to `path`: the whole new file or the old one, never half (files.write_file)."""
    write_file(path, text.encode("utf-8"))


