"""uBill: the facade against the stateful stub, in process (sync and async) and on loopback."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from smsgate.errors import (
    ApiError,
    AuthenticationError,
    CallbackError,
    DecodeError,
    InsufficientFundsError,
    InvalidRequestError,
)
from smsgate.gateway import Gateway
from smsgate.stub import Callbacks, LoopbackServer, ManualClock, SyncASGITransport, combined_app
from smsgate.stub.ubill import UBillStub
from smsgate.ubill import (
    TBILISI,
    AsyncUBill,
    DeliveryStatus,
    NumberStatus,
    UBill,
    normalize_number,
    parse_callback,
)

from tests.support.callbacks import CallbackReceiver

KEY = "ubill-test-key-0123456789"
CALLBACK_KEY = "callback-key-for-tests"
GOOD, BAD = "995511194241", "995511194000"  # the stub fails numbers ending in 000


def make_stub(clock: ManualClock, receiver: CallbackReceiver, **options: Any) -> UBillStub:
    callbacks = Callbacks(
        url="http://receiver/callbacks", transport=httpx.ASGITransport(receiver.app)
    )
    return UBillStub(KEY, clock=clock, callbacks=callbacks, callback_key=CALLBACK_KEY, **options)


@pytest.fixture(params=["spec", "live"])
def stub(
    request: pytest.FixtureRequest, clock: ManualClock, receiver: CallbackReceiver
) -> UBillStub:
    """uBill answering with string ids as its document says, and with integers as it does live."""
    return make_stub(clock, receiver, wire=request.param)


@pytest.fixture
def ubill(stub: UBillStub) -> Iterator[UBill]:
    with UBill(KEY, base_url="http://ubill/v1", transport=SyncASGITransport(stub.app)) as client:
        yield client


def tick(stub: UBillStub, clock: ManualClock, seconds: float) -> None:
    clock.advance(seconds)
    asyncio.run(stub.tick())


def test_send_report_and_callbacks_follow_delivery(
    ubill: UBill, stub: UBillStub, clock: ManualClock, receiver: CallbackReceiver
) -> None:
    sent = ubill.send([f"+{GOOD}", int(BAD)], "Hello from smsgate", brand_id=1)
    assert sent.numbers == (GOOD, BAD)
    pending = ubill.delivery_report(sent.sms_id)
    assert pending.numbers == (
        NumberStatus(GOOD, DeliveryStatus.PENDING),
        NumberStatus(BAD, DeliveryStatus.PENDING),
    )
    assert not pending.is_final

    tick(stub, clock, 1.5)
    assert {n.status for n in ubill.delivery_report(sent.sms_id).numbers} == {DeliveryStatus.SENT}
    tick(stub, clock, 5)
    final = ubill.delivery_report(sent.sms_id)
    assert final.is_final
    assert dict((n.number, n.status) for n in final.numbers) == {
        GOOD: DeliveryStatus.DELIVERED,
        BAD: DeliveryStatus.FAILED,
    }

    callbacks = [parse_callback(q, callback_key=CALLBACK_KEY) for q in receiver.queries]
    assert [(c.number, c.status) for c in callbacks if c.number == GOOD] == [
        (GOOD, DeliveryStatus.SENT),
        (GOOD, DeliveryStatus.DELIVERED),
    ]
    last = callbacks[-1]
    assert last.sms_id == sent.sms_id
    assert last.date == datetime.fromtimestamp(clock.now() - 5 + 1.5, TBILISI).replace(
        microsecond=0
    )
    assert last.date.utcoffset() == timedelta(hours=4)
    assert last.event == "sms.delivery.updated"


async def test_async_client_does_the_same(clock: ManualClock, receiver: CallbackReceiver) -> None:
    stub = make_stub(clock, receiver)
    transport = httpx.ASGITransport(stub.app)
    async with AsyncUBill(KEY, base_url="http://ubill/v1", transport=transport) as ubill:
        before = await ubill.balance()
        sent = await ubill.send(GOOD, "x" * 161, brand_id=1)  # two GSM-7 parts
        assert await ubill.balance() == before - 2
        clock.advance(10)
        await stub.tick()
        report = await ubill.delivery_report(sent.sms_id)
        assert report.numbers == (NumberStatus(GOOD, DeliveryStatus.DELIVERED),)
        assert [b.name for b in await ubill.brand_names()] == ["smsgate"]


def test_balance_counts_parts_per_number(ubill: UBill) -> None:
    before = ubill.balance()
    ubill.send([GOOD, "995511194242"], "ნახვამდის" * 8, brand_id=1)  # 72 UCS-2 units: 2 parts
    assert ubill.balance() == before - 4


def test_scheduled_and_otp_sends_use_the_query_form(
    ubill: UBill, stub: UBillStub, clock: ManualClock
) -> None:
    at = datetime.fromtimestamp(clock.now(), UTC) + timedelta(hours=1)
    scheduled = ubill.send(GOOD, "later", brand_id=1, schedule_at=at)
    batch = stub.batches[int(scheduled.sms_id)]
    assert batch.send_at == at.replace(second=0, microsecond=0).timestamp()
    tick(stub, clock, 600)
    assert ubill.delivery_report(scheduled.sms_id).numbers[0].status is DeliveryStatus.PENDING
    tick(stub, clock, 3600)
    assert ubill.delivery_report(scheduled.sms_id).numbers[0].status is DeliveryStatus.DELIVERED

    otp = ubill.send(GOOD, "Your code is 4321", brand_id=1, otp=True)
    assert otp.sms_id != scheduled.sms_id


def test_new_brand_starts_unauthorized_and_is_approved_later(
    ubill: UBill, stub: UBillStub, clock: ManualClock
) -> None:
    brand_id = ubill.create_brand_name("shop.ge")
    brand = ubill.brand_name(brand_id)
    assert brand is not None and brand.name == "shop.ge" and not brand.authorized
    with pytest.raises(ApiError) as refused:
        ubill.send(GOOD, "hi", brand_id=brand_id)
    assert refused.value.code == 10
    with pytest.raises(ApiError) as waiting:
        ubill.create_brand_name("another")
    assert waiting.value.code == 50

    tick(stub, clock, stub.approve_after or 0)
    assert ubill.brand_name(brand_id).authorized  # type: ignore[union-attr]
    ubill.send(GOOD, "hi", brand_id=brand_id)
    with pytest.raises(ApiError) as exists:
        ubill.create_brand_name("SHOP.GE")
    assert exists.value.code == 40
    assert ubill.brand_name(999) is None


def test_business_errors_are_typed(ubill: UBill, stub: UBillStub) -> None:
    stub.balance = 1
    with pytest.raises(InsufficientFundsError) as broke:
        ubill.send([GOOD, "995511194242"], "hi", brand_id=1)
    assert broke.value.code == 40 and broke.value.status_code == 200
    assert b'"statusID":40' in broke.value.raw_body
    with pytest.raises(ApiError) as unknown:
        ubill.delivery_report(424242)
    assert unknown.value.code == 99


def test_wrong_key_is_an_authentication_error(stub: UBillStub) -> None:
    with (
        UBill("wrong", base_url="http://ubill/v1", transport=SyncASGITransport(stub.app)) as ubill,
        pytest.raises(AuthenticationError) as denied,
    ):
        ubill.balance()
    assert denied.value.status_code == 401
    assert denied.value.raw_body == b"Please authorize with valid API key!"
    assert "Please authorize" in str(denied.value)


def test_over_loopback_with_callbacks_to_a_real_endpoint(receiver: CallbackReceiver) -> None:
    """uvicorn serves the stub and the callback endpoint; the stub's own ticker moves time."""
    stub = UBillStub(KEY, callback_key=CALLBACK_KEY)
    app = combined_app({"ubill": stub}, routes=receiver.app.routes)
    with LoopbackServer(app) as url:
        stub.callbacks.url = f"{url}/callbacks"
        with UBill(KEY, base_url=f"{url}/ubill/v1") as ubill:
            assert ubill.brand_names()[0].authorized
            sent = ubill.send(GOOD, "over the wire", brand_id=1)
            for _ in range(100):  # the report turns final before its callback is sent
                if ubill.delivery_report(sent.sms_id).is_final and len(receiver.queries) == 2:
                    break
                time.sleep(0.1)
            report = ubill.delivery_report(sent.sms_id)
    assert report.numbers == (NumberStatus(GOOD, DeliveryStatus.DELIVERED),)
    statuses = [parse_callback(q, callback_key=CALLBACK_KEY).status for q in receiver.queries]
    assert statuses == [DeliveryStatus.SENT, DeliveryStatus.DELIVERED]


def test_brands_under_data_are_read_too() -> None:
    """Some uBill documentation names the brand list `data` (unconfirmed): read both."""
    brand = {"id": 7, "name": "shop", "authorized": 1, "createdAt": "2025-05-28 10:07:18"}
    reply = httpx.Response(200, json={"statusID": 0, "data": [brand]})
    with UBill(KEY, transport=httpx.MockTransport(lambda request: reply)) as ubill:
        [read] = ubill.brand_names()
    assert (read.id, read.authorized, read.created_at.isoformat()) == (
        7,
        True,
        "2025-05-28T10:07:18+04:00",
    )


@pytest.mark.parametrize(
    ("reply", "fragment"),
    [
        ({"statusID": 0, "result": [{"number": GOOD, "statusID": "7"}]}, "7"),
        ({"statusID": 0, "result": [{"number": GOOD, "statusID": 1.5}]}, "1.5"),
        ({"statusID": 0, "result": [{"number": [995511194241], "statusID": "1"}]}, "number"),
        ({"statusID": 0, "result": [{"statusID": "1"}]}, "number"),
        ({"statusID": "zero"}, "statusID"),
    ],
)
def test_replies_that_break_the_spec_are_decode_errors(reply: object, fragment: str) -> None:
    body = httpx.Response(200, json=reply)
    with (
        UBill(KEY, transport=httpx.MockTransport(lambda request: body)) as ubill,
        pytest.raises(DecodeError) as broken,
    ):
        ubill.delivery_report(100)
    assert broken.value.raw_body == body.content
    assert fragment in str(broken.value)


@pytest.mark.parametrize(
    ("given", "wire"),
    [
        ("+995 511 19-42-41", "995511194241"),
        ("00995511194241", "995511194241"),
        (995511194241, "995511194241"),
        ("(995) 511194241", "995511194241"),
    ],
)
def test_numbers_are_sent_as_ubill_wants_them(given: str | int, wire: str) -> None:
    assert normalize_number(given) == wire


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda u: u.send("12ab", "hi", brand_id=1), "not a valid international phone number"),
        (lambda u: u.send("7999", "hi", brand_id=1), "not a valid international phone number"),
        (lambda u: u.send([], "hi", brand_id=1), "at least one phone number"),
        (lambda u: u.send(True, "hi", brand_id=1), "string or an int"),
        (lambda u: u.send(GOOD, "", brand_id=1), "non-empty string"),
        (lambda u: u.send(GOOD, 42, brand_id=1), "non-empty string"),
        (lambda u: u.send(GOOD, "hi", brand_id=0), "positive int"),
        (
            lambda u: u.send(GOOD, "hi", brand_id=1, schedule_at=datetime(2030, 1, 1)),
            "timezone-aware",
        ),
        (
            lambda u: u.send(GOOD, "hi", brand_id=1, schedule_at=datetime(2020, 1, 1, tzinfo=UTC)),
            "in the future",
        ),
        (lambda u: u.create_brand_name("x"), "2-11 characters"),
        (lambda u: u.create_brand_name("shop/ge"), "2-11 characters"),
        (lambda u: u.delivery_report("abc"), "non-negative integer"),
    ],
)
def test_bad_input_fails_before_any_request(call: object, message: str) -> None:
    def no_request(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"a request was sent: {request.url}")

    with (
        UBill(KEY, transport=httpx.MockTransport(no_request)) as ubill,
        pytest.raises(InvalidRequestError, match=message),
    ):
        call(ubill)  # type: ignore[operator]


def test_an_empty_key_or_infinite_timeout_is_refused() -> None:
    with pytest.raises(InvalidRequestError, match="empty"):
        UBill("")
    with pytest.raises(InvalidRequestError, match="forever"):
        UBill(KEY, timeout=None)  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError, match=r"needs an httpx\.Client"):
        UBill(KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]


class TestCallbacks:
    QUERY = "key={key}&smsID=100&number=995511194241&statusID=1&date=2026-02-01+23:30:05"

    def test_a_genuine_callback_is_read(self) -> None:
        callback = parse_callback(self.QUERY.format(key=CALLBACK_KEY), callback_key=CALLBACK_KEY)
        assert callback.status is DeliveryStatus.DELIVERED and callback.status.is_final
        assert callback.date == datetime(2026, 2, 1, 23, 30, 5, tzinfo=TBILISI)
        assert callback.event is None

    def test_a_forged_key_is_rejected(self) -> None:
        with pytest.raises(CallbackError, match="does not match"):
            parse_callback(self.QUERY.format(key="guess"), callback_key=CALLBACK_KEY)

    def test_a_missing_key_is_rejected(self) -> None:
        with pytest.raises(CallbackError, match="no key"):
            parse_callback({"smsID": "1"}, callback_key=CALLBACK_KEY)

    def test_no_configured_key_trusts_nothing(self) -> None:
        with pytest.raises(CallbackError, match="no callback key"):
            parse_callback(self.QUERY.format(key=""), callback_key="")

    def test_a_key_cut_to_30_characters_still_matches(self) -> None:
        configured = "k" * 40
        callback = parse_callback(self.QUERY.format(key="k" * 30), callback_key=configured)
        assert (callback.sms_id, callback.number) == ("100", "995511194241")
        assert callback.status is DeliveryStatus.DELIVERED
        with pytest.raises(CallbackError, match="does not match"):
            parse_callback(self.QUERY.format(key="k" * 29), callback_key=configured)

    @pytest.mark.parametrize(
        "change",
        [
            ("statusID=1", "statusID=9"),
            ("statusID=1", "statusID=x"),
            ("23:30:05", "25:30:05"),
            ("smsID=100", "smsID="),
        ],
    )
    def test_a_malformed_callback_is_rejected(self, change: tuple[str, str]) -> None:
        query = self.QUERY.format(key=CALLBACK_KEY).replace(*change)
        with pytest.raises(CallbackError, match="malformed"):
            parse_callback(query, callback_key=CALLBACK_KEY)


def test_the_key_never_shows(
    stub: UBillStub, caplog: pytest.LogCaptureFixture, clock: ManualClock
) -> None:
    """Not in reprs, error texts or log records (DEBUG included), wherever the key travels."""
    caplog.set_level(logging.DEBUG)
    shown: list[str] = []
    with UBill(KEY, base_url="http://ubill/v1", transport=SyncASGITransport(stub.app)) as ubill:
        shown.append(repr(ubill))
        ubill.balance()
        sent = ubill.send(GOOD, "hi", brand_id=1)
        ubill.delivery_report(sent.sms_id)
        for failing in (
            lambda: ubill.send(GOOD, "hi", brand_id=77),
            lambda: ubill.delivery_report(9999),
        ):
            with pytest.raises(ApiError) as error:
                failing()
            shown += [str(error.value), repr(error.value)]
    echo = httpx.Response(200, text=f"<html>oops {KEY}</html>")
    with UBill(KEY, transport=httpx.MockTransport(lambda request: echo)) as ubill:
        with pytest.raises(DecodeError) as undecodable:
            ubill.balance()
        shown += [str(undecodable.value), repr(undecodable.value)]
    shown += [record.getMessage() for record in caplog.records]
    assert any("/sms/send" in line for line in shown)  # the logs did record the requests
    leaks = [line for line in shown if KEY in line]
    assert not leaks


def test_key_in_header_keeps_it_out_of_urls(stub: UBillStub) -> None:
    seen: list[httpx.Request] = []
    inner = SyncASGITransport(stub.app)

    def spy(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return inner.handle_request(request)

    with UBill(
        KEY, key_in="header", base_url="http://ubill/v1", transport=httpx.MockTransport(spy)
    ) as ubill:
        assert ubill.balance() == 1000
    assert KEY not in str(seen[0].url) and seen[0].headers["key"] == KEY
    inner.close()


def test_a_polled_report_carries_the_time_ubill_answered(clock: ManualClock) -> None:
    """Before, a polled neutral report had `at=None` while the callback of the same status had
    a time. uBill's report names no time of its own; its reply's Date header is when uBill
    said so, the latest the status can have been reached (uvicorn sends one, as uBill does)."""
    stub = UBillStub(KEY, clock=clock)
    with LoopbackServer(stub.app) as url, UBill(KEY, base_url=f"{url}/v1") as ubill:
        sent = Gateway(ubill).send(GOOD, "Hi")[0]
        # uvicorn refreshes its Date header about once a second, and it has whole seconds.
        before = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=2)
        report = ubill.delivery_report(sent.id.split(":")[0])
        neutral = Gateway(ubill).status(sent.id)
        after = datetime.now(UTC)
    assert report.as_of is not None and report.as_of.tzinfo is not None
    assert before <= report.as_of <= after
    assert neutral.at is not None and before <= neutral.at <= after
    assert report.as_of.utcoffset() == timedelta(hours=4)  # Tbilisi, as the callback's date


def test_a_report_without_a_date_header_has_no_time(ubill: UBill) -> None:
    """In process there is no HTTP server to add a Date header: nothing is made up."""
    brand = next(b for b in ubill.brand_names() if b.authorized)
    sent = ubill.send(GOOD, "Hi", brand_id=brand.id)
    assert ubill.delivery_report(sent.sms_id).as_of is None


def test_numbers_follow_the_gateways_rule_with_the_clients_default_region(
    stub: UBillStub,
) -> None:
    """A national number is read in the client's default_region, as the gateway reads it;
    without one it is refused before any request, with a hint."""
    transport = SyncASGITransport(stub.app)
    with UBill(KEY, base_url="http://ubill/v1", transport=transport, default_region="GE") as ubill:
        brand = next(b for b in ubill.brand_names() if b.authorized)
        sent = ubill.send("511 19 42 41", "Hi", brand_id=brand.id)
    assert sent.numbers == (GOOD,) and [m.to for m in stub.sent_messages()] == [f"+{GOOD}"]

    def no_request(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"a request was sent: {request.url}")

    with (
        UBill(KEY, transport=httpx.MockTransport(no_request)) as ubill,
        pytest.raises(InvalidRequestError, match="needs default_region"),
    ):
        ubill.send("511 19 42 41", "Hi", brand_id=1)
