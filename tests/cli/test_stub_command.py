"""`smsgate stub` and `python -m smsgate.stub`: one set of options (smsgate._stub_command), so
that the README's `smsgate stub --port 8080` works as `python -m smsgate.stub --port 8080` does."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import httpx

from tests.support.cli import clean_environment, run_smsgate, smsgate_stub


def options_in_help(help_text: str) -> set[str]:
    return set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", help_text))


def test_smsgate_stub_serves_the_vendors_asked_on_the_port_asked(tmp_path: Path) -> None:
    env = clean_environment(tmp_path, SMSGATE_UBILL_KEY="stub-key")
    options = ("--vendor", "ubill", "--clock", "manual", "--wire", "live", "--latency", "0.01")
    with smsgate_stub(*options, env=env) as url:
        served = httpx.get(f"{url}/__smsgate", follow_redirects=True).json()["vendors"]
        assert list(served) == ["ubill"]
        done = run_smsgate("--json", "balance", "ubill", "--base-url", f"{url}/ubill/v1", env=env)
        assert done.returncode == 0 and json.loads(done.stdout)["amount"] == "1000"


def test_both_entry_points_take_the_same_stub_options(tmp_path: Path) -> None:
    env = clean_environment(tmp_path)
    module = subprocess.run(
        [sys.executable, "-m", "smsgate.stub", "--help"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    command = run_smsgate("stub", "--help", env=env)
    assert command.returncode == 0
    stub_options = options_in_help(module)
    assert {"--port", "--host", "--vendor", "--callback-url", "--clock", "--wire"} <= stub_options
    assert stub_options <= options_in_help(command.stdout)
