"""The shape of the code: no import circles inside briefer/, and what differs between
SQLite and PostgreSQL asked only in core/store and core/search.

Both read the source with ``ast``; nothing is imported.

An import counts wherever it is written: at module level, inside a function, in
a ``try`` or under ``if TYPE_CHECKING``. A function-level import runs as soon as
the function does, and a TYPE_CHECKING import still makes the module name the
other's types: either way one module cannot be read without the other, which is
what a circle costs. Not counted: the parent packages Python runs on the way to
a module (importing ``briefer.core.search.query`` runs
``briefer/core/search/__init__.py``); ``from package import module`` counts as
an import of the module alone, ``from package import name`` as one of the
package.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRIEFER = ROOT / "briefer"

# Where asking "which database is this?" belongs (docs/architecture.md).
DIALECT_HOMES = ("briefer/core/store/", "briefer/core/search/")
DATABASE_NAMES = {"sqlite", "postgresql", "postgres"}


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_modules(root: Path = BRIEFER) -> dict[str, Path]:
    return {module_name(path, root): path for path in sorted(root.rglob("*.py"))}


def _known(name: str, modules: dict[str, Path]) -> str | None:
    """``name`` or its longest prefix that is a module of ours (a.b.C -> a.b)."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return None


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The modules of ours that ``name`` imports, wherever in the file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                origin = ".".join([*base, node.module] if node.module else base)
            else:
                origin = node.module or ""
            targets = []
            for alias in node.names:
                submodule = f"{origin}.{alias.name}"
                targets.append(submodule if submodule in modules else origin)
        else:
            continue
        for target in targets:
            known = _known(target, modules)
            if known is not None and known != name:
                found.add(known)
    return found


def import_graph(root: Path = BRIEFER) -> dict[str, set[str]]:
    modules = source_modules(root)
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each group of modules that import each other (Tarjan), as one circle through it."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:  # recursion depth: the longest import chain, a few dozen
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_one_circle(graph, set(group)) for group in groups]


def _one_circle(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    """A shortest way from the group's first module back to itself, for the message."""
    start = min(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for other in sorted(graph[node] & group):
            if other == start:
                return [*paths[node], start]
            if other not in paths:
                paths[other] = [*paths[node], other]
                queue.append(other)
    raise AssertionError("a strongly connected group always has a circle")


def test_no_import_circles_inside_briefer() -> None:
    found = circles(import_graph())
    assert not found, "import circles:\n" + "\n".join(" -> ".join(c) for c in found)


def test_the_import_graph_sees_every_kind_of_import(tmp_path: Path) -> None:
    """A circle closed by a function-level, a TYPE_CHECKING or a relative import is found."""
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("from pkg.sub import a\n")
    (package / "sub" / "a.py").write_text("from pkg.sub.b import thing\n")
    (package / "sub" / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.c import C\nthing = 1\n"
    )
    (package / "c.py").write_text("def f():\n    from .sub import a\n")
    (package / "d.py").write_text("from pkg.sub import a\n")  # the package's child, not a circle
    assert circles(import_graph(package)) == [["pkg.c", "pkg.sub.a", "pkg.sub.b", "pkg.c"]]


def dialect_checks(path: Path) -> list[str]:
    """Each place in the file that asks which database it is on."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in ("dialect", "paramstyle"):
            found.append(f"line {node.lineno}: .{node.attr}")
        elif isinstance(node, ast.ImportFrom) and any(a.name == "Dialect" for a in node.names):
            found.append(f"line {node.lineno}: imports Dialect")
        elif isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            for operand in operands:
                items = operand.elts if isinstance(operand, ast.Tuple | ast.List | ast.Set) else []
                for item in [operand, *items]:
                    if isinstance(item, ast.Constant) and item.value in DATABASE_NAMES:
                        found.append(f"line {node.lineno}: compares with {item.value!r}")
    return sorted(found, key=lambda check: (int(check.split()[1].rstrip(":")), check))


def test_dialect_checks_only_in_the_store_and_search() -> None:
    outside = {}
    for path in sorted(BRIEFER.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(DIALECT_HOMES):
            continue
        checks = dialect_checks(path)
        if checks:
            outside[relative] = checks
    assert not outside, (
        f"asks which database it is on, outside core/store and core/search: {outside}"
    )


def test_a_dialect_check_is_recognised(tmp_path: Path) -> None:
    module = tmp_path / "service.py"
    module.write_text(
        "from sqlalchemy import Dialect\n"
        "def f(session):\n"
        "    if session.get_bind().dialect.name == 'postgresql':\n"
        "        return 1\n"
        "    return kind in ('sqlite', 'other')\n"
    )
    assert dialect_checks(module) == [
        "line 1: imports Dialect",
        "line 3: .dialect",
        "line 3: compares with 'postgresql'",
        "line 5: compares with 'sqlite'",
    ]
    module.write_text("URL_HINT = 'postgresql+psycopg://user@server/db'\n")  # a text, no check
    assert dialect_checks(module) == []
