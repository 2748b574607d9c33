"""Keyed sends through the gateway and the ledger, against the SMSC and uBill stubs in
process: resuming never resends, an error part-way says who was sent, unknown outcomes are
reported and resent only on request, and SMSC's unknown ones are looked up by our own id."""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from smsgate.errors import InsufficientFundsError, InvalidRequestError, OutcomeUnknownError
from smsgate.gateway import DeliveryState, Gateway, aconnect, connect
from smsgate.ledger import Ledger, Outcome, State, open_ledger
from smsgate.stub import StubServer, SyncASGITransport
from smsgate.stub.smsc import SmscStub
from smsgate.stub.ubill import UBillStub

NUMBERS = [f"+37529200{i:04d}" for i in range(7)]
SEND_PATHS = {"smsc": "/sys/send.php", "ubill": "/v1/sms/send"}


def received(stub: StubServer) -> Counter[str]:
    """Per E.164 number, how many messages the stub took for it: its own record."""
    if isinstance(stub, SmscStub):
        return Counter(f"+{m.phone}" for m in stub.messages.values())
    assert isinstance(stub, UBillStub)
    return Counter(f"+{r.number}" for b in stub.batches.values() for r in b.recipients)


class Faulty(httpx.BaseTransport):
    """Forwards to the stub, but for the send requests named in `faults` (1 = the first):
    "lost" lets the request reach the stub and loses its reply, "never" times out before it
    arrives, "interrupt" lets it reach the stub and then raises KeyboardInterrupt (Ctrl-C)."""

    def __init__(self, stub: StubServer, vendor: str, faults: dict[int, str] | None = None):
        self.inner = SyncASGITransport(stub.app)
        self.path = SEND_PATHS[vendor]
        self.faults = faults or {}
        self.sends = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != self.path:
            return self.inner.handle_request(request)
        self.sends += 1
        fault = self.faults.get(self.sends)
        if fault == "never":
            raise httpx.ReadTimeout("timed out", request=request)
        response = self.inner.handle_request(request)
        response.read()
        if fault == "lost":
            raise httpx.ReadTimeout("timed out", request=request)
        if fault == "interrupt":
            raise KeyboardInterrupt
        return response


@pytest.fixture(params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    dsn: str = request.getfixturevalue("postgres_dsn")
    return dsn


@pytest.fixture
def key() -> str:
    return f"send-{uuid.uuid4().hex}"


@pytest.fixture
def ledger(target: str) -> Iterator[Ledger]:
    with open_ledger(target) as opened:
        yield opened


def make_stub(vendor: str) -> StubServer:
    return SmscStub() if vendor == "smsc" else UBillStub()


def gateway(
    vendor: str,
    stub: StubServer,
    ledger: Ledger | str | Path | None,
    transport: httpx.BaseTransport,
) -> Gateway:
    settings = stub.neutral_settings(f"http://127.0.0.1/{vendor}")
    settings.pop("callback_secret", None)
    return connect(
        vendor,
        base_url=f"http://{vendor}{stub.base_path}",
        transport=transport,
        ledger=ledger,
        chunk_size=2,
        **settings,
    )


@pytest.mark.parametrize("vendor", ["smsc", "ubill"])
def test_sending_again_under_the_key_returns_the_record_and_sends_nothing(
    vendor: str, ledger: Ledger, key: str
) -> None:
    stub = make_stub(vendor)
    with gateway(vendor, stub, ledger, SyncASGITransport(stub.app)) as sms:
        first = sms.send(NUMBERS, "Sale!", key=key)
        again = sms.send(list(reversed(NUMBERS)) + NUMBERS[:2], "Sale!", key=key)
        assert {m.state for m in first} == {DeliveryState.QUEUED}
        assert sorted(again, key=lambda m: m.to) == sorted(first, key=lambda m: m.to)
        assert received(stub) == Counter(NUMBERS)
        records = ledger.records(key)
        assert {r.state for r in records.values()} == {State.ACCEPTED}
        assert {records[m.to].message_id for m in first} == {m.id for m in first}
        sms.send(NUMBERS[:1], "Sale! 1")  # no key: as before the ledger, sent every time
        sms.send(NUMBERS[:1], "Sale! 2")  # (SMSC refuses identical requests within a minute)
        assert received(stub)[NUMBERS[0]] == 3


def test_an_error_part_way_carries_who_was_sent_and_a_resume_sends_the_rest(
    ledger: Ledger, key: str
) -> None:
    stub = SmscStub(balance="1.60")  # 0.40 a part: two chunks of two, then no money
    with gateway("smsc", stub, ledger, SyncASGITransport(stub.app)) as sms:
        with pytest.raises(InsufficientFundsError) as stop:
            sms.send(NUMBERS, "Sale!", key=key)
        error = stop.value
        assert [m.to for m in error.accepted] == NUMBERS[:4]
        assert error.not_attempted == tuple(NUMBERS[4:])
        assert error.unknown == () and error.rejected == ()
        assert received(stub) == Counter(NUMBERS[:4])
        records = ledger.records(key)
        assert [records[n].state for n in NUMBERS[4:6]] == [State.REJECTED] * 2
        assert NUMBERS[6] not in records  # never claimed
        stub.balance = Decimal("10")
        resumed = sms.send(NUMBERS, "Sale!", key=key)
        assert [m.to for m in resumed] == NUMBERS
        assert received(stub) == Counter(NUMBERS)
        assert resumed[:4] == list(error.accepted)


def test_an_unknown_outcome_is_reported_and_resent_only_when_asked(
    ledger: Ledger, key: str
) -> None:
    """uBill cannot be asked about a send whose reply was lost: it stays unknown."""
    stub = UBillStub()
    transport = Faulty(stub, "ubill", {2: "lost"})
    with gateway("ubill", stub, ledger, transport) as sms:
        with pytest.raises(OutcomeUnknownError) as stop:
            sms.send(NUMBERS, "Sale!", key=key)
        assert [m.to for m in stop.value.accepted] == NUMBERS[:2]
        assert stop.value.unknown == tuple(NUMBERS[2:4])
        assert stop.value.not_attempted == tuple(NUMBERS[4:])
        assert stop.value.__cause__ is not None  # the transport error it was raised from
        resumed = sms.send(NUMBERS, "Sale!", key=key)
        states = {m.to: m.state for m in resumed}
        assert [states[n] for n in NUMBERS[2:4]] == [DeliveryState.UNKNOWN] * 2
        assert all(states[n] is DeliveryState.QUEUED for n in NUMBERS[:2] + NUMBERS[4:])
        assert received(stub) == Counter(NUMBERS)  # the lost reply's send reached it once
        forced = sms.send(NUMBERS, "Sale!", key=key, resend_unknown=True)
        assert {m.state for m in forced} == {DeliveryState.QUEUED}
        assert received(stub) == Counter(NUMBERS) + Counter(NUMBERS[2:4])


def test_smsc_unknown_outcomes_are_looked_up_by_the_ledgers_own_ids(
    ledger: Ledger, key: str
) -> None:
    """Found at SMSC means accepted (not resent); not found means never sent (sent now)."""
    stub = SmscStub()
    lost = Faulty(stub, "smsc", {2: "lost"})
    with gateway("smsc", stub, ledger, lost) as sms, pytest.raises(OutcomeUnknownError):
        sms.send(NUMBERS, "Sale!", key=key)
    reached = ledger.records(key, NUMBERS[2:4])
    assert {r.state for r in reached.values()} == {State.UNKNOWN}
    label = reached[NUMBERS[2]].label
    assert label and stub.messages[(label, NUMBERS[2][1:])].phone == NUMBERS[2][1:]

    never = Faulty(stub, "smsc", {1: "never"})  # the next send after the lookups
    with gateway("smsc", stub, ledger, never) as sms, pytest.raises(OutcomeUnknownError):
        sms.send(NUMBERS, "Sale!", key=key)
    records = ledger.records(key)
    assert [records[n].state for n in NUMBERS[2:4]] == [State.ACCEPTED] * 2
    assert records[NUMBERS[2]].message_id == f"{label}:{NUMBERS[2][1:]}"
    assert [records[n].state for n in NUMBERS[4:6]] == [State.UNKNOWN] * 2
    assert received(stub) == Counter(NUMBERS[:4])

    with gateway("smsc", stub, ledger, SyncASGITransport(stub.app)) as sms:
        final = sms.send(NUMBERS, "Sale!", key=key)
    assert {m.state for m in final} == {DeliveryState.QUEUED}
    assert received(stub) == Counter(NUMBERS)
    assert {r.state for r in ledger.records(key).values()} == {State.ACCEPTED}


def test_an_interrupted_send_settles_its_chunk_as_unknown(ledger: Ledger, key: str) -> None:
    stub = UBillStub()
    interrupts = Faulty(stub, "ubill", {2: "interrupt"})
    with gateway("ubill", stub, ledger, interrupts) as sms, pytest.raises(KeyboardInterrupt):
        sms.send(NUMBERS, "Sale!", key=key)
    records = ledger.records(key)
    assert [records[n].state for n in NUMBERS[:4]] == [State.ACCEPTED] * 2 + [State.UNKNOWN] * 2
    assert "interrupted" in (records[NUMBERS[2]].error or "")
    assert len(records) == 4


def test_a_recipient_another_worker_is_sending_is_waited_for(target: str, key: str) -> None:
    stub = UBillStub()
    with open_ledger(target) as other, open_ledger(target) as mine:
        other.claim(key, NUMBERS[:1])
        results: list[Any] = []
        with gateway("ubill", stub, mine, SyncASGITransport(stub.app)) as sms:
            worker = threading.Thread(
                target=lambda: results.append(sms.send(NUMBERS[:3], "Sale!", key=key))
            )
            worker.start()
            time.sleep(0.3)
            other.settle(key, [Outcome(NUMBERS[0], State.ACCEPTED, "other:1", 1)])
            worker.join(10)
        (sent,) = results
        assert [m.to for m in sent] == NUMBERS[:3]
        assert sent[0].id == "other:1"
        assert received(stub) == Counter(NUMBERS[1:3])

        other.claim(key, NUMBERS[3:4])
        with gateway("ubill", stub, mine, SyncASGITransport(stub.app)) as sms:
            sms.wait_for_others = 0.1
            (late,) = sms.send(NUMBERS[3:4], "Sale!", key=key)
        assert late.state is DeliveryState.UNKNOWN and "still being sent" in (late.error or "")
        assert NUMBERS[3] not in received(stub)


def test_a_key_needs_a_ledger_and_keyless_errors_say_nothing_went_out() -> None:
    stub = SmscStub(balance="0")
    with gateway("smsc", stub, None, SyncASGITransport(stub.app)) as sms:
        with pytest.raises(InvalidRequestError, match="ledger"):
            sms.send(NUMBERS, "Sale!", key="k")
        with pytest.raises(InsufficientFundsError) as stop:
            sms.send(NUMBERS, "Sale!")
    assert stop.value.not_attempted == tuple(NUMBERS)
    assert stop.value.accepted == ()


def test_a_ledger_given_as_a_path_is_opened_and_closed_with_the_gateway(
    tmp_path: Path, key: str
) -> None:
    stub = UBillStub()
    path = tmp_path / "sends.db"
    with gateway("ubill", stub, path, SyncASGITransport(stub.app)) as sms:
        sms.send(NUMBERS[:2], "Sale!", key=key)
        opened = sms.ledger
    assert opened is not None
    with pytest.raises(Exception, match="closed"):
        opened.records(key)
    with open_ledger(path) as again:
        assert {r.state for r in again.records(key).values()} == {State.ACCEPTED}


async def test_the_async_gateway_resumes_through_the_ledger(ledger: Ledger, key: str) -> None:
    stub = SmscStub()
    settings = stub.neutral_settings("http://127.0.0.1/smsc")
    settings.pop("callback_secret", None)
    async with aconnect(
        "smsc",
        base_url=f"http://smsc{stub.base_path}",
        transport=httpx.ASGITransport(stub.app),
        ledger=ledger,
        chunk_size=3,
        **settings,
    ) as sms:
        first = await sms.send(NUMBERS, "Sale!", key=key)
        again = await sms.send(NUMBERS, "Sale!", key=key)
    assert again == first
    assert received(stub) == Counter(NUMBERS)
