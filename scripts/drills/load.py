"""The stubs under load: concurrent async clients on loopback, each sending and reading in a
loop, then the stubs' state checked against what the clients were told: every accepted send
stored exactly once, none lost, none doubled. `scripts/load_stub.py` runs it for a minute and
prints the rates; tests/test_load.py runs it briefly and checks only the state."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from smsgate import RetryPolicy
from smsgate.stub import LoopbackServer, StubServer, combined_app
from smsgate.stub.selzy import SelzyStub
from smsgate.stub.smsby import SmsByStub
from smsgate.stub.smsc import SmscStub
from smsgate.stub.ubill import UBillStub

from .faults import LOOPBACK_TLS
from .subjects import SELZY, SMSBY, SMSC_FORMATS, SUBJECTS, UBILL, Subject

NO_RETRY = RetryPolicy(max_attempts=1)
"""A load run must see every failure, not have it mended by a retry."""


@dataclass(frozen=True)
class Loaded:
    """A vendor under load: a stub with no limits in the way, the id a send returns, and
    the ids of the messages in the stub's state."""

    subject: Subject
    stub: Callable[[], StubServer]
    sent_id: Callable[[Any], str]
    stored_ids: Callable[[Any], list[str]]


LOADED = (
    Loaded(
        UBILL,
        lambda: UBillStub(UBILL.arguments[0], balance=10**12),
        lambda sent: str(sent.sms_id),
        lambda stub: [str(i) for i in stub.batches],
    ),
    Loaded(
        SELZY,
        lambda: SelzyStub(SELZY.arguments[0], balance=1e12),
        lambda batch: batch.sent[0].sms_id,
        lambda stub: list(stub.sms),
    ),
    Loaded(
        SMSC_FORMATS[0],
        lambda: SmscStub(*SMSC_FORMATS[0].arguments, balance="1e12", rate_window=0),
        lambda sent: sent.id,
        lambda stub: [message_id for message_id, _ in stub.messages],
    ),
    Loaded(
        SMSBY,
        lambda: SmsByStub(SMSBY.arguments[0], balance="1e12", burst=10**9, per_second=1e9),
        lambda sent: str(sent.sms_id),
        lambda stub: [str(i) for i in stub.sms],
    ),
)
if sorted(v.subject.name for v in LOADED) != sorted(s.name for s in SUBJECTS):
    raise LookupError("scripts/drills/load.py loads every registered vendor: add the new one")


@dataclass
class Report:
    seconds: float = 0.0
    requests: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    sent: dict[str, list[str]] = field(default_factory=dict)
    """Per vendor, the id of every send the clients were told was accepted."""
    stored: dict[str, list[str]] = field(default_factory=dict)
    received: dict[str, int] = field(default_factory=dict)
    """Per vendor, the send requests the stub counted."""

    def problems(self) -> list[str]:
        found = list(self.errors[:10])
        for vendor, ids in self.sent.items():
            stored = self.stored[vendor]
            if len(set(ids)) != len(ids):
                found.append(f"{vendor}: an id was returned twice")
            if len(set(stored)) != len(stored):
                found.append(f"{vendor}: an id is stored twice")
            if sorted(ids) != sorted(stored):
                lost = set(ids) - set(stored)
                extra = set(stored) - set(ids)
                found.append(f"{vendor}: {len(lost)} sends lost, {len(extra)} unaccounted for")
            if self.received[vendor] != len(ids):
                found.append(
                    f"{vendor}: {self.received[vendor]} sends received, {len(ids)} accepted"
                )
        return found


async def _client(
    index: int, loaded: Loaded, base_url: str, deadline: float, report: Report
) -> None:
    subject = loaded.subject
    async with subject.async_(
        *subject.arguments,
        base_url=base_url,
        retry=NO_RETRY,
        transport=httpx.AsyncHTTPTransport(verify=LOOPBACK_TLS),
        **subject.options,
    ) as client:
        count = 0
        while time.monotonic() < deadline:
            count += 1
            kind = "send" if count % 2 else "read"
            try:
                if kind == "send":
                    sent = await subject.send(client)
                    report.sent[subject.name].append(loaded.sent_id(sent))
                else:
                    await subject.read(client)
            except Exception as error:
                report.errors.append(f"client {index} {subject.name} {kind}: {error!r}")
            report.requests[kind] += 1


async def _load(clients: int, seconds: float, urls: dict[str, str], report: Report) -> None:
    deadline = time.monotonic() + seconds
    tasks = [
        _client(
            i, LOADED[i % len(LOADED)], urls[LOADED[i % len(LOADED)].subject.name], deadline, report
        )
        for i in range(clients)
    ]
    await asyncio.gather(*tasks)


def run(clients: int = 50, seconds: float = 60.0) -> Report:
    """`clients` async clients (spread over the vendors) for `seconds`, then the states."""
    stubs = {loaded.subject.name: loaded.stub() for loaded in LOADED}
    report = Report(sent={name: [] for name in stubs})
    with LoopbackServer(combined_app(stubs)) as url:
        urls = {name: f"{url}/{name}{stub.base_path}" for name, stub in stubs.items()}
        started = time.monotonic()
        asyncio.run(_load(clients, seconds, urls, report))
        report.seconds = time.monotonic() - started
    for loaded in LOADED:
        stub = stubs[loaded.subject.name]
        report.stored[loaded.subject.name] = loaded.stored_ids(stub)
        report.received[loaded.subject.name] = int(stub.sends_received)  # type: ignore[attr-defined]
    return report
