"""Where things live: scripts import nothing from tests (what both need is in the package or
in scripts/drills/), and among the test modules sit only tests, fixtures and packages, the
helpers being in tests/support/."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.add(node.module)
    return found


def test_scripts_import_nothing_from_tests() -> None:
    scripts = sorted((ROOT / "scripts").rglob("*.py"))
    assert len(scripts) >= 10
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            m for m in imported_modules(path) if m.split(".")[0] == "tests"
        )
        for path in scripts
    }
    assert {path: found for path, found in offenders.items() if found} == {}


def test_the_test_directory_holds_only_tests_fixtures_and_packages() -> None:
    stray = [
        path.name
        for path in (ROOT / "tests").glob("*.py")
        if not path.name.startswith("test_") and path.name not in ("conftest.py", "__init__.py")
    ]
    assert stray == [], "helpers go to tests/support/ (or scripts/drills/ if scripts use them)"
    assert (ROOT / "tests" / "support" / "__init__.py").is_file()
