"""Fixtures shared by every test module: a clock the tests move, and callback receivers.
What is not a fixture lives in tests/support/."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from smsgate.stub import ManualClock

from tests.support.callbacks import CallbackReceiver
from tests.support.postgres import postgres_dsn  # noqa: F401  (a session's PostgreSQL server)


@pytest.fixture(autouse=True)
def private_state_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """`smsgate send` keeps its default ledger in $XDG_STATE_HOME: each test its own, so
    that no test resumes (and skips) another's send, and none writes to the user's home."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))


@pytest.fixture
def clock() -> ManualClock:
    """Starts at the current minute, since clients check schedules against the real time."""
    return ManualClock(time.time() // 60 * 60)


@pytest.fixture
def receiver() -> Iterator[CallbackReceiver]:
    yield CallbackReceiver()


def pytest_ignore_collect(collection_path: Any, config: pytest.Config) -> bool | None:
    """The heavy schemathesis module is not even imported unless the run selects heavy tests
    (`-m heavy`): building its schemas at collection disturbs the default stateful runs."""
    if collection_path.name != "test_schemathesis_heavy.py":
        return None
    selection = str(config.option.markexpr).replace("not heavy", "")
    return "heavy" not in selection
