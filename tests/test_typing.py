"""The typed `connect`: mypy --strict accepts tests/typing/connect_check.py (each vendor's
`connect(...).client` is its own facade, its operations callable without a cast) and reports
exactly the errors marked in tests/typing/connect_wrong.py (so the overloads reject a wrong
call instead of accepting everything as `Any` would)."""

from __future__ import annotations

import functools
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKS = ROOT / "tests" / "typing"
MARK = re.compile(r"#\s*error:\s*([a-z-]+)")
REPORTED = re.compile(r"^([^:]+):(\d+): error: .*\[([a-z-]+)\]$")


@functools.cache
def mypy_strict() -> subprocess.CompletedProcess[str]:
    """One mypy run over both files (a run costs most of its time loading smsgate)."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--show-error-codes", str(CHECKS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def errors_in(name: str) -> set[tuple[int, str]]:
    return {
        (int(found.group(2)), found.group(3))
        for line in mypy_strict().stdout.splitlines()
        if (found := REPORTED.match(line)) and Path(found.group(1)).name == name
    }


def test_connect_types_each_vendors_client_without_a_cast() -> None:
    result = mypy_strict()
    assert "checked 2 source files" in result.stdout, result.stdout + result.stderr
    assert errors_in("connect_check.py") == set(), result.stdout


def test_a_wrong_call_is_a_type_error() -> None:
    path = CHECKS / "connect_wrong.py"
    marked = {
        (number, found.group(1))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if (found := MARK.search(line))
    }
    assert len(marked) >= 4, "the file marks the errors it expects"
    result = mypy_strict()
    assert result.returncode == 1, result.stdout + result.stderr
    assert errors_in("connect_wrong.py") == marked, result.stdout
