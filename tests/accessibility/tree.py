"""The walked tree (walk_tree.py's nodes) with the questions the tests ask of it."""

from __future__ import annotations

import re

# Roles of widgets that only hold others: focusable, they must say what they are.
CONTAINERS = {"filler", "panel", "scroll pane", "layered pane", "viewport", "page tab list", "unknown", "split pane"}


class Tree:
    def __init__(self, nodes: list[dict]):
        errors = [n for n in nodes if "error" in n]
        assert not errors, f"nodes that could not be read: {errors[:5]}"
        self.nodes = nodes
        self._by_path = {tuple(n["path"]): n for n in nodes}

    def parent(self, node: dict) -> dict | None:
        return self._by_path.get(tuple(node["path"][:-1])) if node["path"] else None

    def shows(self, node: dict) -> bool:
        """Shown on screen: Qt marks a cell of a hidden page's table showing, so its ancestors are asked too."""
        current: dict | None = node
        while current is not None:
            if not current["showing"]:
                return False
            current = self.parent(current)
        return True

    def shown(self) -> list[dict]:
        return [n for n in self.nodes if self.shows(n)]

    def under(self, node: dict) -> list[dict]:
        """The descendants of `node` that show."""
        path = node["path"]
        return [n for n in self.shown() if n["path"][: len(path)] == path and n is not node]

    def children(self, node: dict) -> list[dict]:
        return [n for n in self.under(node) if len(n["path"]) == len(node["path"]) + 1]

    def find(self, role: str | None = None, name: str | None = None, pattern: str | None = None) -> list[dict]:
        """The shown nodes with `role`, named `name` or matching the regular expression `pattern`."""
        return [n for n in self.shown()
                if (role is None or n["role"] == role) and (name is None or n["name"] == name)
                and (pattern is None or re.fullmatch(pattern, n["name"]))]

    def one(self, role: str | None = None, name: str | None = None, pattern: str | None = None) -> dict:
        found = self.find(role, name, pattern)
        assert len(found) == 1, f"{len(found)} shown nodes with role {role!r}, name {name or pattern!r}: {found}"
        return found[0]

    def page(self, title_control: str) -> dict:
        """The page (a child of the window's stack) that holds the shown control named `title_control`."""
        control = self.find(name=title_control)[0]
        stack = next(n for n in self.shown() if n["role"] == "layered pane")
        return self._by_path[tuple(control["path"][: len(stack["path"]) + 1])]

    def unnamed_focusable(self, within: dict | None = None) -> list[dict]:
        """Shown focusable nodes a screen reader would announce without a name (table cells are data, and may be empty)."""
        nodes = self.under(within) if within else self.shown()
        return [n for n in nodes if n["focusable"] and not n["name"].strip() and n["role"] != "table cell"]

    def unnamed_containers(self, within: dict | None = None) -> list[dict]:
        nodes = self.under(within) if within else self.shown()
        return [n for n in nodes if n["role"] in CONTAINERS and n["focusable"] and not n["name"].strip()]


def brief(node: dict | None) -> str:
    return "nothing" if node is None else f"{node['role']} {node['name']!r}"
