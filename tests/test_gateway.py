"""The neutral interface, one suite for every vendor, through each vendor's stub."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from smsgate.callbacks import CallbackReceiver, callback_app
from smsgate.errors import CallbackError, InvalidRequestError
from smsgate.gateway import (
    AsyncGateway,
    DeliveryReport,
    DeliveryState,
    aconnect,
    connect,
    vendors,
)
from smsgate.segments import count_segments
from smsgate.smsc import callback_hash
from smsgate.stub import Callbacks, ManualClock, StubServer, SyncASGITransport, stub_class

GOOD, BAD = "+375 29 123-45-67", "375291234000"  # every stub fails numbers ending in 000
TEXT = "Ваш код: 4821. Never share it."  # Cyrillic: UCS-2, one part
LONG = "Your order {1} is on its way; track it at https://example.com/t/abc " * 3  # 3 parts
CALLBACKS = {"selzy": False, "smsc": True, "smsby": True, "ubill": True}


@dataclass
class Harness:
    vendor: str
    stub: StubServer
    clock: ManualClock
    settings: dict[str, Any]
    reports: list[DeliveryReport]

    @property
    def base_url(self) -> str:
        return f"http://{self.vendor}{self.stub.base_path}"

    def client_settings(self) -> dict[str, Any]:
        return {k: v for k, v in self.settings.items() if k != "callback_secret"}

    async def later(self, seconds: float) -> None:
        self.clock.advance(seconds)
        await self.stub.tick()


def make_harness(vendor: str) -> Harness:
    clock = ManualClock(time.time() // 60 * 60)
    reports: list[DeliveryReport] = []
    holder: dict[str, CallbackReceiver] = {}

    async def app(scope: Any, receive: Any, send: Any) -> None:
        await callback_app(holder.values(), reports.append)(scope, receive, send)

    callbacks = Callbacks(transport=httpx.ASGITransport(app))
    stub = stub_class(vendor)(clock=clock, callbacks=callbacks)  # type: ignore[call-arg]
    settings = stub.neutral_settings(f"http://127.0.0.1/{vendor}")
    if CALLBACKS[vendor]:
        holder["receiver"] = CallbackReceiver(vendor, secret=settings["callback_secret"])
    return Harness(vendor, stub, clock, settings, reports)


@pytest.fixture(params=vendors())
def harness(request: pytest.FixtureRequest) -> Harness:
    return make_harness(request.param)


@pytest.fixture
async def gateway(harness: Harness) -> AsyncIterator[AsyncGateway]:
    transport = httpx.ASGITransport(harness.stub.app)
    settings = harness.client_settings()
    async with aconnect(
        harness.vendor, base_url=harness.base_url, transport=transport, **settings
    ) as gw:
        yield gw


def test_every_vendor_is_covered() -> None:
    assert sorted(CALLBACKS) == vendors()


async def test_send_follow_and_receive(harness: Harness, gateway: AsyncGateway) -> None:
    before = await gateway.balance()
    assert (
        isinstance(before.amount, Decimal) and before.currency and before.vendor == gateway.vendor
    )

    sent = await gateway.send([GOOD, BAD, GOOD], TEXT)  # a number given twice goes once
    assert [m.to for m in sent] == ["+375291234567", "+375291234000"]
    assert len({m.id for m in sent}) == 2 and all(m.id for m in sent)
    assert all(m.state is DeliveryState.QUEUED and m.vendor == gateway.vendor for m in sent)
    assert all(m.parts == count_segments(TEXT).parts == 1 for m in sent)

    first = await gateway.status(sent[0].id)
    assert first.state in (DeliveryState.QUEUED, DeliveryState.SENT) and first.vendor_status

    await harness.later(1.5)  # every stub: sent after a second
    await harness.later(5)  # delivered (or failed) after three
    good, bad = [await gateway.status(m.id) for m in sent]
    assert (good.id, good.state, good.error) == (sent[0].id, DeliveryState.DELIVERED, None)
    assert (bad.id, bad.state) == (sent[1].id, DeliveryState.FAILED)
    assert bad.is_final and bad.error and bad.vendor_status != good.vendor_status

    after = await gateway.balance()
    assert after.amount < before.amount and after.currency == before.currency

    if not CALLBACKS[harness.vendor]:
        assert harness.reports == []
        return
    finals = {r.id: r.state for r in harness.reports if r.is_final}
    assert finals == {sent[0].id: DeliveryState.DELIVERED, sent[1].id: DeliveryState.FAILED}
    assert {r.to for r in harness.reports} == {m.to for m in sent}


async def test_parts_of_a_long_text(gateway: AsyncGateway) -> None:
    sent = await gateway.send(GOOD, LONG)
    assert sent[0].parts == count_segments(LONG).parts == 2


async def test_national_numbers_need_a_default_region(harness: Harness) -> None:
    transport = httpx.ASGITransport(harness.stub.app)
    settings = {**harness.client_settings(), "default_region": "BY"}
    async with aconnect(
        harness.vendor, base_url=harness.base_url, transport=transport, **settings
    ) as gw:
        sent = await gw.send("8 029 123-45-67", TEXT)
        assert [m.to for m in sent] == ["+375291234567"]


def test_the_blocking_gateway(harness: Harness) -> None:
    transport = SyncASGITransport(harness.stub.app)
    settings = harness.client_settings()
    with connect(harness.vendor, base_url=harness.base_url, transport=transport, **settings) as gw:
        sent = gw.send(GOOD, TEXT)
        assert gw.status(sent[0].id).state in (DeliveryState.QUEUED, DeliveryState.SENT)
        assert gw.balance().vendor == harness.vendor
        harness.clock.advance(10)
        (report,) = gw.wait([sent[0].id], timeout=1)
        assert report.state is DeliveryState.DELIVERED


@pytest.mark.parametrize(
    ("to", "text", "options", "message"),
    [
        ("12ab", TEXT, {}, "not a valid international phone number"),
        ("8 029 123-45-67", TEXT, {}, "not a valid international phone number"),
        ("+1 555 123 4567", TEXT, {}, "not a valid international phone number"),
        ([], TEXT, {}, "at least one phone number"),
        (GOOD, "  ", {}, "non-empty string"),
        (GOOD, TEXT, {"schedule_at": datetime(2030, 1, 1)}, "timezone-aware"),
        (GOOD, TEXT, {"schedule_at": datetime(2020, 1, 1, tzinfo=UTC)}, "in the future"),
    ],
)
def test_bad_input_fails_before_any_request(
    to: Any, text: str, options: dict[str, Any], message: str
) -> None:
    def no_request(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"a request was sent: {request.url}")

    for vendor in vendors():
        settings = make_harness(vendor).client_settings()
        transport = httpx.MockTransport(no_request)
        with connect(vendor, transport=transport, **settings) as gw:
            with pytest.raises(InvalidRequestError, match=message):
                gw.send(to, text, **options)
            with pytest.raises(InvalidRequestError):
                gw.status("")


async def test_a_scheduled_send_waits(harness: Harness, gateway: AsyncGateway) -> None:
    if harness.vendor == "selzy":  # sendSms cannot schedule; campaigns can
        with pytest.raises(InvalidRequestError, match="create_campaign"):
            await gateway.send(GOOD, TEXT, schedule_at=datetime.now(UTC) + timedelta(hours=2))
        return
    when = datetime.fromtimestamp(harness.clock.now(), UTC) + timedelta(hours=2)
    (sent,) = await gateway.send(GOOD, TEXT, schedule_at=when)
    await harness.later(600)
    assert (await gateway.status(sent.id)).state is DeliveryState.QUEUED
    await harness.later(2 * 3600)
    assert (await gateway.status(sent.id)).state is DeliveryState.DELIVERED


async def test_forged_and_malformed_callbacks_are_refused(harness: Harness) -> None:
    secret = harness.settings.get("callback_secret")
    if not CALLBACKS[harness.vendor]:
        receiver = CallbackReceiver(harness.vendor, allow_unverified=True)
        with pytest.raises(CallbackError) as refused:
            receiver.receive("POST", "/selzy", {}, b"{}")
        assert refused.value.reason == "unsupported"
        return
    receiver = CallbackReceiver(harness.vendor, secret=secret)
    forged = {
        "ubill": ("GET", "/cb?key=wrong&smsID=1&number=375291234567&statusID=1", b""),
        "smsc": ("GET", "/cb?id=1&phone=375291234567&status=1&hash=0", b""),
        "smsby": ("POST", "/cb?key=wrong", b"[]"),
    }[harness.vendor]
    method, url, body = forged
    with pytest.raises(CallbackError) as refused:
        receiver.receive(method, url, body=body)
    assert refused.value.reason == "forged"

    bad_status = {"id": "1", "phone": "1", "status": "x"}
    accepted: list[DeliveryReport] = []
    app = callback_app([receiver], accepted.append)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://r") as c:
        reply = await c.request(method, f"/{harness.vendor}{url[3:]}", content=body)
        assert (reply.status_code, reply.text) == (403, refused.value.message)
        malformed = {
            "ubill": f"?key={secret}&smsID=x",
            "smsc": f"?id=1&phone=1&status=x&hash={callback_hash(bad_status, str(secret))}",
            "smsby": f"?key={secret}",
        }[harness.vendor]
        reply = await c.post(f"/{harness.vendor}{malformed}", content=b"{not json")
        assert reply.status_code == 400 and "malformed" in reply.text
        assert (await c.get("/nobody")).status_code == 404
    assert accepted == []
