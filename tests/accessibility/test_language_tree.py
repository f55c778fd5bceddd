"""The window in the system's language, as a screen reader finds it: started with LANG=de_DE.UTF-8
and no choice of its own, it names its pages and controls in German (and Qt's own words too)."""

import subprocess
import sys

import pytest

from tests.accessibility.harness import App, Session
from tests.accessibility.tree import Tree


@pytest.fixture(scope="module")
def german_tree(running_app, tmp_path_factory) -> Tree:
    """A second app, in German, on its own demo diary, in an X display and session of its own (the
    walker finds an app by its name). `running_app` is asked for to skip or fail as the others do."""
    folder = tmp_path_factory.mktemp("a11y-de")
    session = Session(folder)
    german = {"LANG": "de_DE.UTF-8", "LANGUAGE": "de_DE:de"}
    app = None
    try:
        subprocess.run([sys.executable, "-m", "diary", "demo", "--data-dir", str(folder / "data")], check=True,
                       capture_output=True, env={**session.env, "QT_QPA_PLATFORM": "offscreen", **german})
        app = App(session, folder / "data", lang=german)
        yield Tree(app.nodes())
    finally:
        if app is not None:
            app.stop()
        session.stop()


def test_the_pages_and_the_day_speak_german(german_tree: Tree):
    pages = german_tree.one(role="list", name="Seiten")
    titles = [n["name"] for n in german_tree.children(pages)]
    assert titles == ["Heutiger Eintrag", "Verlauf", "Trends", "Behandlung", "Nebenwirkungen", "Arztbericht"]
    assert german_tree.one(pattern=r"Wie aktiv war Ihre Erkrankung: .+")["focusable"]
    assert german_tree.one(role="panel", pattern=r"Kopfschmerzen: ((keine|leicht|mäßig|schwer), [1-4] von 4|nicht beantwortet)")
    assert german_tree.one(role="push button", name="Tag speichern")
    assert german_tree.unnamed_focusable() == []
