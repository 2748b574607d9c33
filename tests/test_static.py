"""Strict typing and lint, in the test run so that CI holds them: mypy --strict over smsgate and
the generated packages (pyproject's [tool.mypy]), ruff over the hand-written code, and ruff's
error rules over generated/ (whose style is the generator's, fixed through its templates)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ruff.__main__ import find_ruff_bin

ROOT = Path(__file__).resolve().parent.parent
HAND_WRITTEN = ["overlays", "tests", "scripts", "examples"]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_mypy_strict_is_clean_on_smsgate_and_the_generated_packages() -> None:
    result = run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_ruff_is_clean_on_the_hand_written_code() -> None:
    ruff = find_ruff_bin()
    checked = run(ruff, "check", *HAND_WRITTEN)
    assert checked.returncode == 0, checked.stdout
    formatted = run(ruff, "format", "--check", *HAND_WRITTEN)
    assert formatted.returncode == 0, formatted.stdout


def test_ruff_finds_no_errors_in_generated_code() -> None:
    result = run(
        find_ruff_bin(),
        "check",
        "--isolated",
        "--target-version=py311",
        "--select=E4,E7,E9,F,I,UP,B",
        "generated",
    )
    assert result.returncode == 0, result.stdout
