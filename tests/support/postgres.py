"""The session's PostgreSQL server for the ledger's tests (scripts/drills/postgres.py runs it:
Debian's `postgresql` package, a throw-away cluster on a free loopback port). A server that
cannot be started fails the tests that need it: they never skip.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from scripts.drills.postgres import PostgresServer


@pytest.fixture(scope="session")
def postgres_dsn() -> Iterator[str]:
    """The DSN of a PostgreSQL server running for this test session."""
    server = PostgresServer()
    try:
        dsn = server.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        server.stop()
        pytest.fail(f"PostgreSQL could not be started for the ledger tests: {exc}")
    try:
        yield dsn
    finally:
        server.stop()
