"""Print an application's accessibility tree as a screen reader sees it (AT-SPI), as JSON.

Runs under the system's python3 with pyatspi (Debian's python3-pyatspi), not under the project's
venv: `python3 walk_tree.py APP_NAME` prints {"found": bool, "apps": [...], "nodes": [...]}; each
node has its depth, role, name, description, text (of fields), the path of child indexes from
the application, and its states. What does not show is listed but not entered, and a table only
by its first cells. `--focused` prints only the focused nodes."""

import json
import sys

import pyatspi

STATES = {
    "focusable": pyatspi.STATE_FOCUSABLE,
    "focused": pyatspi.STATE_FOCUSED,
    "showing": pyatspi.STATE_SHOWING,
    "visible": pyatspi.STATE_VISIBLE,
    "enabled": pyatspi.STATE_ENABLED,
    "checked": pyatspi.STATE_CHECKED,
    "editable": pyatspi.STATE_EDITABLE,
    "selected": pyatspi.STATE_SELECTED,
}
MAX_NODES = 20000  # a bound against a cycle in a broken tree
TABLE_CHILDREN = 80  # the headers and first cells of a table: enough to judge it, and a long history stays quick
TEXT_ROLES = {"text", "spin button", "entry", "combo box", "password text", "paragraph"}


def text_of(acc, role):
    if role not in TEXT_ROLES:
        return None
    try:
        text = acc.queryText()
    except NotImplementedError:
        return None
    except Exception:  # a node gone while walking
        return None
    return text.getText(0, min(text.characterCount, 2000))


def node(acc, depth, path):
    states = acc.getState()
    role = acc.getRoleName()
    return {
        "depth": depth,
        "path": path,
        "role": role,
        "name": acc.name or "",
        "description": acc.description or "",
        "text": text_of(acc, role),
        "children": acc.childCount,
        **{key: states.contains(state) for key, state in STATES.items()},
    }


def walk(acc, depth, path, out):
    """Append `acc` and what it holds to `out`; the parts that do not show are listed, not entered."""
    if len(out) >= MAX_NODES:
        return
    try:
        out.append(node(acc, depth, path))
        count = acc.childCount
        if depth > 0 and not out[-1]["showing"]:
            return
        if out[-1]["role"] == "table":
            count = min(count, TABLE_CHILDREN)
    except Exception as error:  # a node gone while walking: say so, go on
        out.append({"depth": depth, "path": path, "error": str(error)})
        return
    for index in range(count):
        try:
            child = acc.getChildAtIndex(index)
        except Exception as error:
            out.append({"depth": depth + 1, "path": [*path, index], "error": str(error)})
            continue
        if child is not None:
            walk(child, depth + 1, [*path, index], out)


def main(argv):
    name = argv[1]
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    names = [app.name if app is not None else None for app in apps]
    app = next((a for a in apps if a is not None and a.name == name), None)
    nodes = []
    if app is not None:
        walk(app, 0, [], nodes)
    if "--focused" in argv:
        nodes = [n for n in nodes if n.get("focused")]
    json.dump({"found": app is not None, "apps": names, "nodes": nodes}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv)
