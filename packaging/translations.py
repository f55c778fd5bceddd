"""The translations: update the .ts files from the source (pyside6-lupdate), build the .qm files (pyside6-lrelease).

    python packaging/translations.py update   # after changing visible text: new strings appear unfinished
    python packaging/translations.py build    # the .qm files the app loads (pip's build runs this: setup.py)
    python packaging/translations.py fill FILE.json   # take translations from a JSON list (see fill())

English needs only its plural forms ("1 day", "2 days"); Dutch and German translate everything.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "diary"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en", "nl", "de")


def ts_file(code: str) -> Path:
    return FOLDER / f"ldn_diary_{code}.ts"


def tool(name: str) -> str:
    """Qt's lupdate or lrelease as PySide6-Essentials ships them (beside the package, no PATH needed)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return str(candidate)
    raise SystemExit(f"{name} not found beside PySide6 in {folder}")


def sources() -> list[str]:
    return sorted(str(path) for path in SOURCE.rglob("*.py") if "migrations" not in path.parts)


def update(target: Path | None = None, quiet: bool = False) -> list[Path]:
    """Write each language's .ts from the source (into `target` instead of the repository, for the tests)."""
    written = []
    for code in LANGUAGES:
        out = (target or FOLDER) / ts_file(code).name
        if target and ts_file(code).is_file():
            out.write_bytes(ts_file(code).read_bytes())
        extra = ["-pluralonly"] if code == "en" else []
        # No line numbers: a change elsewhere in a file leaves the .ts alone.
        command = [tool("lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-source-language", "en",
                   "-target-language", code, *extra, "-ts", str(out)]
        subprocess.run(command, check=True, capture_output=quiet)
        written.append(out)
    english_plurals(out.parent / ts_file("en").name)
    return written


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """The messages of a .ts file by (context, source, disambiguation)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    return found


def fill(code: str, table: dict[tuple[str, str, str], str | list[str]], folder: Path = FOLDER) -> int:
    """Set the translations of `code` from `table` (a plural message takes a list of its forms)."""
    path = folder / ts_file(code).name
    tree = ET.parse(path)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if key not in table:
                continue
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            value = table[key]
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                for form, text in zip(forms, value if isinstance(value, list) else [value] * len(forms)):
                    form.text = text
            else:
                translation.text = value if isinstance(value, str) else value[0]
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return done


def english_plurals(ts: Path) -> None:
    """English's plural forms, where the source says "(s)": "%n day(s)" is "%n day" and "%n days"."""
    table: dict[tuple[str, str, str], str | list[str]] = {}
    for key, message in messages(ts).items():
        translation = message.find("translation")
        if "(s)" in key[1] and translation is not None and translation.get("type") == "unfinished":
            table[key] = [key[1].replace("(s)", ""), key[1].replace("(s)", "s")]
    if table:
        fill("en", table, ts.parent)


def build(quiet: bool = True) -> list[Path]:
    """Compile each .ts into the .qm file beside it."""
    built = []
    for code in LANGUAGES:
        source, qm = ts_file(code), ts_file(code).with_suffix(".qm")
        subprocess.run([tool("lrelease"), str(source), "-qm", str(qm)], check=True, capture_output=quiet)
        built.append(qm)
    return built


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else "build"
    if action == "update":
        update()
    elif action == "build":
        build(quiet=False)
    elif action == "fill":
        # [{"context": ..., "source": ..., "comment": "", "nl": "..." or [forms], "de": ...}, ...]
        rows = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
        for code in ("nl", "de"):
            table = {(r["context"], r["source"], r.get("comment", "")): r[code] for r in rows if r.get(code)}
            print(code, fill(code, table), "translations set")
    else:
        raise SystemExit(__doc__)
