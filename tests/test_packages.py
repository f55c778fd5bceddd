"""Every package of the source tree is listed in pyproject.toml, so that the wheel and the frozen app hold it."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_in_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "diary").rglob("__init__.py")}
    assert found - listed == set()  # a package left out would be missing from an installed or frozen app
