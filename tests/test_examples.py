"""The example applications under examples/ pass their own test suites, each in a session of
its own as its authors would run it: pytest in its folder, the smsgate plugin found through its
entry point, nothing of this project's tests or configuration."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.iterdir() if p.is_dir()))
def test_an_example_passes_its_own_tests(example: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=EXAMPLES / example,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert " passed" in done.stdout and "skipped" not in done.stdout


README = EXAMPLES.parent / "README.md"


def test_the_readmes_testing_examples_are_the_examples_own_code() -> None:
    """The README's "Testing your app" blocks (```py) are quoted from examples/, whose suite
    runs above: so the README's example runs as a test, and cannot drift from it."""
    section = README.read_text("utf-8").split("## Testing your app", 1)[1].split("\n## ", 1)[0]
    quoted = re.findall(r"```py\n(.*?)```", section, re.DOTALL)
    assert len(quoted) >= 2
    sources = "\n".join(p.read_text("utf-8") for p in EXAMPLES.rglob("*.py"))
    for block in quoted:
        for chunk in block.split("\n\n\n"):
            assert chunk.strip() in sources, chunk[:200]
