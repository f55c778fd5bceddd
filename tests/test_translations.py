"""Every visible string goes through translate(), is in the .ts files, and is translated into Dutch and German."""

from __future__ import annotations

import ast
import re
import runpy
from pathlib import Path

import pytest

import diary

ROOT = Path(diary.__file__).parent.parent
TOOL = runpy.run_path(str(ROOT / "packaging" / "translations.py"))
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|<[^>]+>")
# Qt calls that show their text argument to the user: a literal there escaped translate().
SHOWN = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setAccessibleName", "setAccessibleDescription",
    "setStatusTip", "setTitle", "setLabelText", "setInformativeText", "setDetailedText", "addAction", "addMenu",
    "addTab", "addItem", "setItemText", "setHeaderLabels", "setSuffix", "setPrefix", "setSpecialValueText",
    "showMessage", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "information", "warning", "critical", "question",
}


def _python_files():
    return [p for p in (ROOT / "diary").rglob("*.py") if "migrations" not in p.parts]


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def test_the_ts_files_hold_exactly_the_source_strings(tmp_path):
    """lupdate over the source finds nothing the .ts files lack, and they hold nothing the source dropped."""
    for fresh in TOOL["update"](tmp_path, quiet=True):
        committed = TOOL["ts_file"](fresh.stem.rsplit("_", 1)[1])
        assert set(TOOL["messages"](fresh)) == set(TOOL["messages"](committed)), (
            f"{committed.name} is out of date: run `python packaging/translations.py update` and translate the new strings")


@pytest.mark.parametrize("code", ["nl", "de", "en"])
def test_every_string_is_translated_with_its_placeholders(code):
    untranslated, broken = [], []
    for (context, source, _comment), message in TOOL["messages"](TOOL["ts_file"](code)).items():
        translation = message.find("translation")
        forms = translation.findall("numerusform") or [translation]
        texts = [form.text or "" for form in forms]
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(t.strip() for t in texts):
            untranslated.append(f"{context}: {source!r}")
            continue
        wanted = set(PLACEHOLDER.findall(source))
        for text in texts:
            if set(PLACEHOLDER.findall(text)) - {"%n"} != wanted - {"%n"}:
                broken.append(f"{context}: {source!r} -> {text!r}")
    assert not untranslated, f"{len(untranslated)} untranslated in {code}:\n" + "\n".join(untranslated[:40])
    assert not broken, "placeholders differ:\n" + "\n".join(broken)


def test_translate_is_called_so_that_lupdate_finds_every_string():
    """lupdate reads only literal contexts and sources, and skips keyword arguments (n=...)."""
    wrong = []
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node) == "translate" and not isinstance(node.func, ast.Attribute):
                literal = all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])
                if len(node.args) < 2 or not literal or node.keywords:
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not wrong, "translate() with a non-literal text or keywords (lupdate misses those):\n" + "\n".join(wrong)


def test_no_literal_text_reaches_a_widget_untranslated():
    found = []
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node) in SHOWN:
                for arg in node.args:
                    literal = arg.value if isinstance(arg, ast.Constant) else None
                    if isinstance(arg, ast.JoinedStr) or (isinstance(literal, str) and re.search(r"[A-Za-z]{2}", literal)):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(arg)[:60]}")
    assert not found, "visible text not through translate():\n" + "\n".join(found)
