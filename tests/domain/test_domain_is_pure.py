"""The domain layer imports without Qt or SQLAlchemy (ARCHITECTURE: arrows only point down)."""

import pkgutil
import subprocess
import sys
import textwrap

import diary.domain

SCRIPT = textwrap.dedent(
    """
    import importlib
    import sys

    class Refuse:
        BLOCKED = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "matplotlib")

        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in self.BLOCKED:
                raise ImportError(f"the domain layer must not import {name}")
            return None

    sys.meta_path.insert(0, Refuse())
    for name in sys.argv[1:]:
        importlib.import_module(name)
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in Refuse.BLOCKED)
    assert not loaded, loaded
    print("imported", len(sys.argv) - 1)
    """
)


def domain_modules() -> list[str]:
    return ["diary.domain"] + [
        f"diary.domain.{m.name}" for m in pkgutil.iter_modules(diary.domain.__path__)
    ]


def test_every_domain_module_imports_without_qt_or_sqlalchemy():
    modules = domain_modules()
    assert {"diary.domain.entries", "diary.domain.side_effects", "diary.domain.treatment"} <= set(modules)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *modules], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"imported {len(modules)}"


def test_the_blocker_really_blocks():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, "sqlalchemy"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "must not import sqlalchemy" in result.stderr
