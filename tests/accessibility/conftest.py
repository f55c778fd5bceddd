"""One running app for the accessibility tests, read from outside as a screen reader reads it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.accessibility.harness import App, Session, pyatspi_missing
from tests.accessibility.tree import Tree


@pytest.fixture(scope="package")
def running_app(tmp_path_factory):
    """The app on a demo diary in its own X display and session bus; skipped where the system's
    python3 has no pyatspi, except in CI (.ci/run installs it), where that fails."""
    missing = pyatspi_missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"the accessibility tests cannot run: {missing}")
        pytest.skip(missing)
    folder = tmp_path_factory.mktemp("a11y")
    session = Session(folder)
    app = None
    try:
        data = folder / "data"
        subprocess.run([sys.executable, "-m", "diary", "demo", "--data-dir", str(data)], check=True, capture_output=True,
                       env={**session.env, "QT_QPA_PLATFORM": "offscreen", "LDN_DIARY_LANG": "en"})
        app = App(session, data)
        yield app
    finally:
        if app is not None:
            app.stop()
        session.stop()


@pytest.fixture(scope="package")
def entry_tree(running_app) -> Tree:
    """The window as it opens on today's entry (walked once)."""
    return Tree(running_app.nodes())
