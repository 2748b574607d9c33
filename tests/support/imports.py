"""The import graph of the hand-written package, read from the source (every `import`, those
under `if TYPE_CHECKING:` and inside functions included), for the tests that forbid cycles."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

OVERLAYS = Path(__file__).resolve().parents[2] / "overlays"


def module_name(path: Path, root: Path = OVERLAYS) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(package: str = "smsgate", root: Path = OVERLAYS) -> dict[str, Path]:
    return {module_name(p, root): p for p in sorted((root / package).rglob("*.py"))}


def _imported(path: Path, name: str, known: dict[str, Path]) -> Iterator[str]:
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                origin = ".".join([*base, *([node.module] if node.module else [])])
            else:
                origin = node.module or ""
            # `from . import _limits` imports a module; `from .x import Name` imports x.
            targets = [f"{origin}.{a.name}" for a in node.names if f"{origin}.{a.name}" in known]
            targets = targets or [origin]
        else:
            continue
        yield from (t for t in targets if t in known)


def graph(package: str = "smsgate", root: Path = OVERLAYS) -> dict[str, set[str]]:
    """Each module -> the modules of `package` it imports."""
    known = modules(package, root)
    return {
        name: {t for t in _imported(path, name, known) if t != name} for name, path in known.items()
    }


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found
