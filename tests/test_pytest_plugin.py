"""The pytest plugin (entry point `pytest11: smsgate`), in sessions of their own: it is found
without configuration, its fixtures work, and a session that does not use it gets nothing
from it: no stub, gateway or httpx imported, no option or hook added."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

UNUSED = """
import sys

def test_nothing_of_smsgate_was_imported():
    assert "smsgate.testing.plugin" in sys.modules  # the plugin is loaded...
    heavy = [m for m in ("smsgate.stub", "smsgate.gateway", "smsgate.testing._handle", "httpx")
             if m in sys.modules]
    assert heavy == []                              # ...and costs nothing
"""

USED = """
from smsgate import connect

def test_a_send_through_the_fixture(smsgate_stub):
    sms = smsgate_stub("ubill", balance=7)
    with connect("ubill", **sms.settings()) as gateway:
        assert gateway.balance().amount == 7
        gateway.send("+995511194241", "Hello")
    assert [m.text for m in sms.sent] == ["Hello"]

def test_mocked_vendors(smsgate_mock_vendors):
    with connect("smsc") as gateway:
        gateway.send("+995511194241", "Hi")
    assert len(smsgate_mock_vendors["smsc"].sent) == 1
"""


def pytest_in(directory: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """A pytest session in `directory`, away from this project's configuration."""
    (directory / "pytest.ini").write_text("[pytest]\n")
    # Hypothesis and schemathesis (which load hypothesis) take seconds to load, and matter not.
    slow = ["-p", "no:hypothesispytest", "-p", "no:schemathesis", "-p", "no:cacheprovider"]
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *slow, *arguments],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_session_that_does_not_use_the_plugin_imports_nothing(tmp_path: Path) -> None:
    (tmp_path / "test_unused.py").write_text(textwrap.dedent(UNUSED))
    done = pytest_in(tmp_path, "-p", "no:asyncio", "-p", "no:anyio")
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_plugin_adds_no_options(tmp_path: Path) -> None:
    with_plugin = pytest_in(tmp_path, "--help").stdout
    without = pytest_in(tmp_path, "-p", "no:smsgate", "--help").stdout
    assert with_plugin == without


def test_the_fixtures_work_in_a_users_session(tmp_path: Path) -> None:
    (tmp_path / "test_used.py").write_text(textwrap.dedent(USED))
    done = pytest_in(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout
    listed = pytest_in(tmp_path, "--fixtures").stdout
    assert "smsgate_stub" in listed and "smsgate_mock_vendors" in listed
