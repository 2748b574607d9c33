"""Running the installed `smsgate` command as a user does: the console script next to this
interpreter, in a subprocess, with an environment free of the caller's SMSGATE_* settings."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path


def smsgate_command() -> str:
    """The venv's bin/smsgate: the entry point pyproject.toml's [project.scripts] installs."""
    found = shutil.which("smsgate", path=str(Path(sys.executable).parent)) or shutil.which(
        "smsgate", path=sysconfig.get_path("scripts")
    )
    if found is None:
        raise RuntimeError("the smsgate command is not installed next to this Python")
    return found


def clean_environment(tmp_path: Path, **variables: str) -> dict[str, str]:
    """os.environ without SMSGATE_* settings, an empty config file, and `variables`."""
    config = tmp_path / "empty.toml"
    config.write_text("")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SMSGATE_")}
    return {**environment, "SMSGATE_CONFIG": str(config), **variables}


def run_smsgate(
    *argv: str, env: Mapping[str, str], stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [smsgate_command(), *argv],
        env=dict(env),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def wait_until_listening(port: int, process: subprocess.Popen[str], timeout: float = 60) -> None:
    """Until `process` accepts connections on `port` (a TCP connect: a slow server listens
    before it answers)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=5).close()
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"nothing listens on port {port}") from None
            time.sleep(0.1)


@contextmanager
def smsgate_stub(*options: str, env: Mapping[str, str]) -> Iterator[str]:
    """`smsgate stub <options>` on a free loopback port, until the block ends; its URL.
    Killed rather than stopped, since a stub given --latency would wait out its replies."""
    port = free_port()
    command = [smsgate_command(), "stub", "--port", str(port), *options]
    stub = subprocess.Popen(
        command, env=dict(env), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_listening(port, stub)
        yield url
    finally:
        stub.kill()
        stub.communicate(timeout=30)
