"""smsgate.testing, as our users' tests use it: a handle per stubbed vendor (connect with its
settings, read what it received, move time, take its callbacks into an app, inject faults)
and mock_vendors, which sends every httpx client's requests for a vendor's real host to its
stub. Everything here goes through the public API only."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

import httpx
import pytest
from smsgate import RetryPolicy, aconnect, connect
from smsgate.callbacks import CallbackReceiver, callback_app
from smsgate.errors import DecodeError, OutcomeUnknownError, RateLimitError, ServerError
from smsgate.gateway import DeliveryReport, DeliveryState, facade_class
from smsgate.stub import LoopbackServer, vendors
from smsgate.testing import StubHandle, VendorNotMocked, mock_vendors

GEORGIA, FAILING = "+995 511 19 42 41", "+995 511 194 000"  # the stubs fail numbers ending 000
CALLING_BACK = ["ubill", "smsc", "smsby"]  # Selzy sends no SMS delivery callbacks
NO_RETRY = RetryPolicy(max_attempts=1)
SEND_PATH = {
    "ubill": "/sms/send",
    "selzy": "/sendSms",
    "smsc": "/send.php",
    "smsby": "/sendBulkSms",
}
"""Where each vendor's neutral send goes (it may read first: uBill its brands)."""


def receiving_app(handle: StubHandle) -> tuple[object, list[DeliveryReport]]:
    reports: list[DeliveryReport] = []
    receiver = CallbackReceiver(handle.vendor, secret=handle.callback_secret)
    return callback_app([receiver], reports.append), reports


@pytest.mark.parametrize("vendor", vendors())
def test_a_send_is_seen_with_recipients_texts_and_parts(vendor: str) -> None:
    with StubHandle(vendor) as sms, connect(vendor, **sms.settings()) as gateway:
        sent = gateway.send([GEORGIA, FAILING], "Ваш код 4821 " * 6)  # UCS-2, two parts
        assert [(m.id, m.to, m.text, m.parts) for m in sms.sent] == [
            (m.id, m.to, "Ваш код 4821 " * 6, 2) for m in sent
        ]


@pytest.mark.parametrize("vendor", vendors())
def test_advance_moves_statuses_on_the_manual_clock(vendor: str) -> None:
    with StubHandle(vendor) as sms, connect(vendor, **sms.settings()) as gateway:
        good, bad = gateway.send([GEORGIA, FAILING], "Hi")
        assert not gateway.status(good.id).is_final  # the clock has not moved
        sms.advance(600)
        assert gateway.status(good.id).state is DeliveryState.DELIVERED
        assert gateway.status(bad.id).state.is_failure


@pytest.mark.parametrize("vendor", CALLING_BACK)
def test_callbacks_reach_the_users_app_in_process(vendor: str) -> None:
    sms = StubHandle(vendor)
    app, reports = receiving_app(sms)
    sms.callbacks_to(app)
    with connect(vendor, **sms.settings()) as gateway:
        good, bad = gateway.send([GEORGIA, FAILING], "Hi")
        assert not reports
        sms.advance(600)
    final = {r.id: r.state for r in reports if r.is_final}
    assert final == {good.id: DeliveryState.DELIVERED, bad.id: final[bad.id]}
    assert final[bad.id].is_failure
    assert sms.callback_requests  # SMS.by's one POST per mailing reports both
    sms.close()


@pytest.mark.parametrize("vendor", CALLING_BACK)
async def test_async_tests_get_callbacks_on_their_own_loop(vendor: str) -> None:
    sms = StubHandle(vendor)
    app, reports = receiving_app(sms)
    sms.callbacks_to(app, path=f"/{vendor}")
    async with aconnect(vendor, **sms.settings(asynchronous=True)) as gateway:
        (sent,) = await gateway.send(GEORGIA, "Hi")
        await sms.aadvance(600)
        assert (await gateway.status(sent.id)).state is DeliveryState.DELIVERED
    assert [r.state for r in reports if r.id == sent.id][-1] is DeliveryState.DELIVERED


@pytest.mark.parametrize("vendor", vendors())
def test_facade_settings_build_the_vendors_own_client(vendor: str) -> None:
    sms = StubHandle(vendor)
    with connect(vendor, **sms.settings()) as gateway:
        expected = gateway.balance()
    facade = facade_class(vendor)(**sms.settings(facade=True))
    with connect(vendor, **sms.settings()) as again:
        assert again.balance() == expected
    facade.close()
    sms.close()


def test_factory_options_reach_the_stub() -> None:
    sms = StubHandle("ubill", balance=3, senders=["Shop"], wire="live")
    with connect("ubill", **sms.settings()) as gateway:
        assert gateway.balance().amount == 3
        gateway.send(GEORGIA, "Hi", sender="Shop")
    assert sms.sent[0].sender == "Shop"
    sms.close()


def test_a_real_clock_moves_by_itself() -> None:
    sms = StubHandle("ubill", clock="real")
    with connect("ubill", **sms.settings()) as gateway:
        (sent,) = gateway.send(GEORGIA, "Hi")
        time.sleep(1.1)  # uBill's stub sends after 1 s
        assert gateway.status(sent.id).state is DeliveryState.SENT
        sms.advance(60)  # and jumps ahead
        assert gateway.status(sent.id).state is DeliveryState.DELIVERED
    sms.close()


def test_reset_forgets_everything_and_keeps_the_transports() -> None:
    sms = StubHandle("smsc")
    with connect("smsc", **sms.settings()) as gateway:
        gateway.send(GEORGIA, "Hi")
        sms.fail_next("503")
        sms.reset()
        assert sms.sent == [] and sms.faults.pending == 0
        gateway.send(GEORGIA, "Again")
    assert [m.text for m in sms.sent] == ["Again"]
    sms.close()


# Faults.
def test_a_timed_out_send_reached_the_stub_and_its_outcome_is_unknown() -> None:
    sms = StubHandle("ubill").fail_next("timeout", path="/sms/send")
    with connect("ubill", **sms.settings()) as gateway:
        assert gateway.balance().amount == 1000  # not a send: untouched
        with pytest.raises(OutcomeUnknownError):
            gateway.send(GEORGIA, "Hi")
        assert len(sms.sent) == 1  # it went out; the client could not know
        gateway.send(GEORGIA, "Hi")  # the fault struck once
    assert len(sms.sent) == 2
    sms.close()


@pytest.mark.parametrize("vendor", vendors())
def test_a_reset_after_sending_is_an_unknown_outcome(vendor: str) -> None:
    sms = StubHandle(vendor).fail_next("reset", path=SEND_PATH[vendor])
    with connect(vendor, **sms.settings()) as gateway, pytest.raises(OutcomeUnknownError):
        gateway.send(GEORGIA, "Hi")
    assert len(sms.sent) == 1
    sms.close()


def test_a_429_with_retry_after_reaches_the_users_code() -> None:
    sms = StubHandle("smsby").fail_next("429", retry_after=7, times=3)
    settings = {**sms.settings(), "retry": NO_RETRY}
    with connect("smsby", **settings) as gateway, pytest.raises(RateLimitError) as raised:
        gateway.balance()
    assert raised.value.retry_after == 7
    assert sms.faults.pending == 2


async def test_a_503_then_recovery_with_retries() -> None:
    sms = StubHandle("selzy").fail_next("503", times=1)
    settings = {**sms.settings(asynchronous=True), "retry": RetryPolicy(backoff=0.0)}
    async with aconnect("selzy", **settings) as gateway:
        assert (await gateway.balance()).amount > 0  # a read is retried past the 503
    sms.fail_next("503", times=5)
    with connect("selzy", **sms.settings(), retry=NO_RETRY) as again, pytest.raises(ServerError):
        again.balance()


def test_a_malformed_reply() -> None:
    sms = StubHandle("ubill").fail_next("malformed")
    with connect("ubill", **sms.settings(), retry=NO_RETRY) as gateway, pytest.raises(DecodeError):
        gateway.balance()
    sms.close()


def test_an_unknown_fault_name_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match="timeout"):
        StubHandle("ubill").fail_next("gremlins")


# mock_vendors.
@pytest.mark.parametrize("vendor", vendors())
def test_mock_vendors_intercepts_sync_clients_with_no_configuration(vendor: str) -> None:
    with mock_vendors(vendor) as mocked, connect(vendor) as gateway:
        (sent,) = gateway.send(GEORGIA, "Hi")
        assert gateway.client.default_base_url.startswith("https://")
        assert mocked[vendor].sent[0].id == sent.id


@pytest.mark.parametrize("vendor", vendors())
async def test_mock_vendors_intercepts_async_clients(vendor: str) -> None:
    with mock_vendors() as mocked:
        async with aconnect(vendor) as gateway:
            (sent,) = await gateway.send(GEORGIA, "Hi")
            mocked[vendor].advance(600)
            assert (await gateway.status(sent.id)).state is DeliveryState.DELIVERED


def test_mock_vendors_reaches_plain_httpx_clients_and_the_backup_hosts() -> None:
    with mock_vendors("smsc", "ubill"):
        spec = httpx.get("https://www3.smsc.ru/openapi.json").json()
        assert spec["info"]["title"]
        reply = httpx.get("https://api.ubill.dev/v1/sms/balance", params={"key": "wrong"})
        assert reply.status_code == 401  # the stub's own refusal, not the network's


@pytest.mark.parametrize(("mocked", "other"), [("ubill", "smsc"), ("smsc", "smsby")])
async def test_an_unmocked_vendor_host_fails_loudly(mocked: str, other: str) -> None:
    calls: list[httpx.Request] = []
    with mock_vendors(mocked):
        settings = {"retry": NO_RETRY, **StubHandle(other).credentials}
        with connect(other, **settings) as gateway, pytest.raises(VendorNotMocked, match=other):
            gateway.balance()
        async with httpx.AsyncClient(event_hooks={"request": [_keep(calls)]}) as client:
            with pytest.raises(VendorNotMocked, match="nothing was sent"):
                await client.get(facade_class(other).default_base_url)
    assert len(calls) == 1  # the request was built, and refused before any connection


def test_other_hosts_pass_through_and_everything_is_restored() -> None:
    original = httpx.HTTPTransport.handle_request
    with LoopbackServer(callback_app([], print)) as url, mock_vendors("ubill"):
        assert httpx.get(f"{url}/nowhere").status_code == 404  # a real server answered
    assert httpx.HTTPTransport.handle_request is original


def test_mock_vendors_as_a_decorator_gives_each_call_fresh_stubs() -> None:
    seen: list[int] = []

    @mock_vendors("ubill", ubill={"balance": 5})
    def send_once() -> None:
        with connect("ubill") as gateway:
            seen.append(int(gateway.balance().amount))
            gateway.send(GEORGIA, "Hi")

    send_once()
    send_once()
    assert seen == [5, 5]


async def test_mock_vendors_decorates_coroutine_functions() -> None:
    @mock_vendors("selzy")
    async def balance() -> object:
        async with aconnect("selzy") as gateway:
            return (await gateway.balance()).currency

    assert await balance() == "USD"


def test_mock_vendors_refuses_an_unknown_vendor() -> None:
    with pytest.raises(ValueError, match="no stub for twilio"):
        mock_vendors("twilio")


def _keep(calls: list[httpx.Request]) -> Callable[[httpx.Request], Awaitable[None]]:
    async def keep(request: httpx.Request) -> None:
        calls.append(request)

    return keep
