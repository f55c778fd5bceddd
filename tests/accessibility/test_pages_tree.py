"""The other pages as a screen reader finds them: reached with Ctrl+2…Ctrl+6, walked over AT-SPI."""

import pytest

from tests.accessibility.tree import Tree, brief

PAGES = {"ctrl+2": "History", "ctrl+3": "Trends", "ctrl+4": "Treatment", "ctrl+5": "Side effects", "ctrl+6": "Clinician summary"}
CONTAINERS = {"filler", "panel", "layered pane", "scroll pane", "viewport", "unknown"}


@pytest.fixture(scope="module")
def pages(running_app) -> dict[str, tuple[dict | None, Tree]]:
    """Each page's title: the control focused just after its shortcut, and the tree then (one walk a page)."""
    seen = {}
    for keys, title in PAGES.items():
        focused = running_app.focus_after(keys)
        seen[title] = focused, Tree(running_app.nodes())
    running_app.focus_after("ctrl+1")
    return seen


@pytest.mark.parametrize("title", PAGES.values())
def test_the_shortcut_puts_the_focus_on_a_named_control_of_the_page(pages, title):
    focused, tree = pages[title]
    assert focused is not None and focused["name"].strip() and focused["role"] not in CONTAINERS, brief(focused)
    assert tree.one(role="list item", name=title)["selected"]


@pytest.mark.parametrize("title", PAGES.values())
def test_every_control_of_the_page_has_a_name(pages, title):
    _, tree = pages[title]
    assert [brief(n) for n in tree.unnamed_focusable()] == []
    assert [brief(n) for n in tree.unnamed_containers()] == []


def test_the_condition_field_is_named(pages):
    _, tree = pages["Treatment"]
    combo = tree.one(role="combo box", name="Crohn's disease")  # Qt names a combo box by its value on Linux
    field = next(n for n in tree.children(combo) if n["role"] == "text")
    assert field["name"] == "Condition" and field["text"] == "Crohn's disease"


def test_the_titration_plan_s_fields_are_in_the_tree_by_their_names(pages):
    _, tree = pages["Treatment"]
    steps = tree.one(name="Steps of the plan")
    fields = [n for n in tree.under(steps) if n["focusable"]]
    assert [f["name"] for f in fields[:3]] == ["Step 1: from treatment day", "Step 1: dose", "Step 1: usual time"]
    assert len(fields) == 3 * 3  # the demo's three steps, three fields each
    assert all(f["role"] in ("spin button", "text") for f in fields), [brief(f) for f in fields]


def test_tab_leaves_the_tables(running_app):
    for keys, table_name in (("ctrl+2", "Diary history"), ("ctrl+4", "Your LDN courses")):
        running_app.focus_after(keys)
        for _ in range(5):  # on Treatment the table comes after the course's buttons
            table = running_app.focused_control()
            if table is None or table["name"] == table_name:
                break
            running_app.focus_after("Tab")
        assert brief(table) == f"table {table_name!r}"
        after = running_app.focus_after("Tab")
        assert after is not None and after["role"] != "table", brief(after)
    running_app.focus_after("ctrl+1")
