"""Worker processes on one ledger, against a stub on loopback: two at once with the same key
and overlapping recipients send each recipient exactly once (PostgreSQL); a worker killed
with SIGKILL mid-send and then resumed loses no one and sends no one twice, by the stub's
own record, unless it reports that recipient as unknown."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from smsgate.ledger import State, open_ledger
from smsgate.stub import LoopbackServer, StubServer
from smsgate.stub.smsc import SmscStub
from smsgate.stub.ubill import UBillStub

from tests.test_ledger_send import received

ROOT = Path(__file__).resolve().parent.parent
NUMBERS = [f"+37529300{i:04d}" for i in range(90)]
WORKER_TIMEOUT = 120


def replies_late(app: Any, seconds: float) -> Any:
    """`app` answering `seconds` after it has done the work: a request that a killed worker
    sent has reached the stub, and its reply is what the worker never reads."""

    async def late_app(scope: Any, receive: Any, send: Any) -> None:
        async def send_late(message: Any) -> None:
            if message["type"] == "http.response.start":
                await asyncio.sleep(seconds)
            await send(message)

        await app(scope, receive, send_late if scope["type"] == "http" else send)

    return late_app


def make_stub(vendor: str) -> StubServer:
    # SMSC refuses identical requests within a minute; these never are (numbers differ).
    return SmscStub(balance="10000") if vendor == "smsc" else UBillStub(balance=10**6)


def worker(
    vendor: str, stub: StubServer, url: str, ledger: str, key: str, numbers: list[str]
) -> subprocess.Popen[str]:
    settings = stub.neutral_settings(f"{url}/callbacks")
    settings.pop("callback_secret", None)
    config = {
        "vendor": vendor,
        "base_url": f"{url}{stub.base_path}",
        "settings": settings,
        "ledger": ledger,
        "key": key,
        "numbers": numbers,
        "chunk_size": 5,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.ledger_worker", json.dumps(config)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def results(process: subprocess.Popen[str]) -> dict[str, dict[str, Any]]:
    out, err = process.communicate(timeout=WORKER_TIMEOUT)
    assert process.returncode == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    return {line["to"]: line for line in lines}


@pytest.mark.parametrize("vendor", ["smsc", "ubill"])
def test_two_workers_with_one_key_send_each_recipient_once(vendor: str, postgres_dsn: str) -> None:
    stub = make_stub(vendor)
    key = f"workers-{uuid.uuid4().hex}"
    first, second = NUMBERS[:60], list(reversed(NUMBERS[30:]))  # 30 in common
    with LoopbackServer(replies_late(stub.app, 0.02)) as url:
        workers = [worker(vendor, stub, url, postgres_dsn, key, n) for n in (first, second)]
        reports = [results(w) for w in workers]
    counts = received(stub)
    assert sorted(counts) == sorted(NUMBERS)
    assert [n for n, c in counts.items() if c != 1] == []  # 0 duplicates
    for report, numbers in zip(reports, (first, second), strict=True):
        assert sorted(report) == sorted(numbers)
        assert {line["state"] for line in report.values()} == {"queued"}
    common = NUMBERS[30:60]
    assert [reports[0][n]["id"] for n in common] == [reports[1][n]["id"] for n in common]
    with open_ledger(postgres_dsn) as ledger:
        assert {r.state for r in ledger.records(key).values()} == {State.ACCEPTED}


def kill_mid_send(process: subprocess.Popen[str], target: str, key: str) -> None:
    """SIGKILL the worker once it has settled a chunk and has the next one out."""
    deadline = time.monotonic() + WORKER_TIMEOUT
    with open_ledger(target) as ledger:
        while time.monotonic() < deadline and process.poll() is None:
            states = Counter(r.state for r in ledger.records(key).values())
            if states[State.ACCEPTED] and states[State.PENDING]:
                break
            time.sleep(0.005)
    assert process.poll() is None, "the worker ended before it could be killed mid-send"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(WORKER_TIMEOUT)


@pytest.mark.parametrize("store", ["sqlite", "postgres"])
@pytest.mark.parametrize("vendor", ["smsc", "ubill"])
def test_a_worker_killed_mid_send_then_resumed_loses_none_and_repeats_none(
    vendor: str, store: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    target = (
        str(tmp_path / "ledger.db")
        if store == "sqlite"
        else request.getfixturevalue("postgres_dsn")
    )
    stub = make_stub(vendor)
    key = f"crash-{uuid.uuid4().hex}"
    numbers = NUMBERS[:40]
    with LoopbackServer(replies_late(stub.app, 0.1)) as url:
        kill_mid_send(worker(vendor, stub, url, target, key, numbers), target, key)
        with open_ledger(target) as ledger:
            left = Counter(r.state for r in ledger.records(key).values())
        assert left[State.PENDING] and left[State.ACCEPTED] < len(numbers)
        report = results(worker(vendor, stub, url, target, key, numbers))
    counts = received(stub)
    assert sorted(report) == sorted(numbers)  # none lost
    for number in numbers:
        state = report[number]["state"]
        assert state in ("queued", "rejected", "unknown")
        if state == "unknown":
            assert counts[number] <= 1
        else:
            assert counts[number] == (state == "queued")
    unknown = [n for n in numbers if report[n]["state"] == "unknown"]
    if vendor == "smsc":
        assert unknown == []  # looked up by the ledger's own id: found, or sent now
    else:
        assert 0 < len(unknown) <= 5  # the chunk that was out when it was killed
