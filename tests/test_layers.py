"""Import arrows point down the layers (ui -> services -> store -> domain), and no modules import each other in a circle.

Imports inside functions count too: they hide a cycle from Python, not from a reader.
"""

from __future__ import annotations

import ast
from pathlib import Path

import diary

PACKAGE = Path(diary.__file__).parent
# Lower layers first; a module may import its own layer and those before it.
LAYERS = ("diary", "domain", "store", "services", "charts", "report", "desktop", "ui", "front")
FRONT_ENDS = ("ui", "front")  # the window and the command line: they use services, never the store


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "diary"
    if parts[1] in LAYERS:
        return parts[1]
    return "front"  # diary.cli, diary.commands, diary.__main__


def imports(path: Path) -> set[str]:
    """The diary modules `path` imports, anywhere in it."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            # "from diary.store import database" imports the module diary.store.database
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return {name for name in found if name.split(".")[0] == "diary" and module_exists(name)}


def module_exists(name: str) -> bool:
    base = PACKAGE.parent.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}
    return {name: {i for i in imports(path) if i != name and i in modules} for name, path in modules.items()}


def test_import_arrows_only_point_down_the_layers():
    upward = [
        f"{module} ({layer(module)}) imports {target} ({layer(target)})"
        for module, targets in graph().items()
        for target in targets
        if LAYERS.index(layer(target)) > LAYERS.index(layer(module))
    ]
    assert upward == []


def test_the_window_and_the_command_line_reach_the_diary_only_through_services():
    past = [
        f"{module} imports {target}"
        for module, targets in graph().items()
        if layer(module) in FRONT_ENDS
        for target in targets
        if layer(target) == "store"
    ]
    assert past == []


def test_no_modules_import_each_other_in_a_circle():
    edges = graph()
    cycles = []

    def visit(module: str, path: list[str]) -> None:
        for target in sorted(edges[module]):
            if target in path:
                cycles.append(" -> ".join([*path[path.index(target):], target]))
            elif target not in done:
                visit(target, [*path, target])
        done.add(module)

    done: set[str] = set()
    for module in sorted(edges):
        if module not in done:
            visit(module, [module])
    assert cycles == []


def test_the_checks_see_a_real_upward_import(tmp_path):
    """The walk above finds imports inside functions, so that the checks cannot pass by seeing nothing."""
    source = tmp_path / "m.py"
    source.write_text("def f():\n    from diary.store.database import open_engine\n")
    assert "diary.store.database" in imports(source)


def test_every_module_is_under_400_lines():
    """Files under 400 lines (ARCHITECTURE.md): past that, a module does more than one thing."""
    root = PACKAGE.parent
    too_long = {
        str(path.relative_to(root)): lines
        for folder in ("diary", "tests", "bench", "packaging")
        for path in (root / folder).rglob("*.py")
        if not {"build", "dist"} & set(path.relative_to(root).parts)  # the installers' copies
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) >= 400
    }
    assert too_long == {}
