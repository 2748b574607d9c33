"""SMS.by: the facade against the stateful stub, in process (sync and async) and on loopback."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from smsgate import _facade
from smsgate._retry import RetryPolicy
from smsgate.errors import (
    ApiError,
    AuthenticationError,
    CallbackError,
    DecodeError,
    InsufficientFundsError,
    InvalidRequestError,
    OutcomeUnknownError,
    RateLimitError,
)
from smsgate.smsby import (
    MINSK,
    AsyncSmsBy,
    BulkMailing,
    CodeType,
    DeliveryStatus,
    DuplicateMessageError,
    NotFoundError,
    PersonalMailing,
    SendStatus,
    SmsBy,
    TemplateStatus,
    ViberContent,
    normalize_phone,
    parse_bulk_callback,
)
from smsgate.stub import Callbacks, LoopbackServer, ManualClock, SyncASGITransport
from smsgate.stub.smsby import SmsByStub
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

TOKEN = "smsby-test-token-0123456789"
GOOD, BAD = "375291234567", "375291234000"  # the stub fails phones ending in 000
BASE = "http://smsby/api"


class JsonReceiver:
    """A callback endpoint that records every JSON body posted to it."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        self.app = Starlette(routes=[Route("/hook", self.receive, methods=["POST"])])

    async def receive(self, request: Request) -> PlainTextResponse:
        self.bodies.append(await request.body())
        return PlainTextResponse("OK")


@pytest.fixture
def hooks() -> JsonReceiver:
    return JsonReceiver()


@pytest.fixture
def stub(clock: ManualClock, hooks: JsonReceiver) -> SmsByStub:
    callbacks = Callbacks(transport=httpx.ASGITransport(hooks.app))
    return SmsByStub(TOKEN, clock=clock, callbacks=callbacks)


@pytest.fixture
def smsby(stub: SmsByStub) -> Iterator[SmsBy]:
    transport = SyncASGITransport(stub.app)
    with SmsBy(TOKEN, base_url=BASE, transport=transport) as client:
        yield client
    transport.close()


def tick(stub: SmsByStub, clock: ManualClock, seconds: float) -> None:
    clock.advance(seconds)
    stub.advance()


def test_quick_send_moves_new_sent_delivered(
    smsby: SmsBy, stub: SmsByStub, clock: ManualClock
) -> None:
    sent = smsby.send_quick(f"+{GOOD}", "Hello", show_cost=True)
    assert (sent.status, sent.parts, sent.cost) == (SendStatus.NEW, 1, Decimal("0.05"))
    assert smsby.sms_times(sent.sms_id).sent_at is None
    tick(stub, clock, 1.5)
    times = smsby.sms_times(sent.sms_id)
    assert times.sent_at == datetime.fromtimestamp(int(clock.now() - 0.5), UTC)
    assert times.delivered_at is None
    tick(stub, clock, 5)
    assert smsby.sms_times(sent.sms_id).delivered_at is not None
    failed = smsby.send_quick(BAD, "Hello")
    tick(stub, clock, 5)
    assert smsby.sms_times(failed.sms_id).delivered_at is None  # checkSMS shows no failure


def test_template_must_be_moderated_before_it_sends(clock: ManualClock) -> None:
    stub = SmsByStub(TOKEN, clock=clock, moderate_after=60)
    with SmsBy(TOKEN, base_url=BASE, transport=SyncASGITransport(stub.app)) as smsby:
        created = smsby.create_message("Your order is ready", name="orders")
        assert (created.parts, created.length, created.alphaname) == (1, 19, "system")
        assert smsby.message_status(created.message_id).status is TemplateStatus.NEW
        with pytest.raises(ApiError, match="not moderated") as early:
            smsby.send(created.message_id, GOOD)
        assert early.value.status_code == 200  # SMS.by's errors can come with HTTP 200
        tick(stub, clock, 60)
        assert smsby.message_status(created.message_id).status is TemplateStatus.MODERATED
        sent = [smsby.send(created.message_id, phone) for phone in (GOOD, BAD)]
        tick(stub, clock, 5)
        deliveries = list(smsby.deliveries(created.message_id))
        assert [(d.phone, d.status) for d in deliveries] == [
            (GOOD, DeliveryStatus.DELIVERED),
            (BAD, DeliveryStatus.UNDELIVERED),
        ]
        assert all(d.sent_at is not None and d.sent_at.tzinfo is MINSK for d in deliveries)
        assert smsby.sms_times(sent[0].sms_id).delivered_at is not None


def test_a_duplicate_text_reuses_the_existing_message(smsby: SmsBy) -> None:
    first = smsby.create_message("Same text")
    again = smsby.create_message("Same text")
    assert (again.message_id, again.duplicate) == (first.message_id, True)
    with pytest.raises(DuplicateMessageError) as duplicate:
        smsby.create_message("Same text", reuse_existing=False)
    assert duplicate.value.existing_id == first.message_id


def test_scheduled_template_keeps_its_time(smsby: SmsBy, clock: ManualClock) -> None:
    at = datetime.fromtimestamp(clock.now(), UTC).replace(second=0) + timedelta(hours=2)
    created = smsby.create_message("Later", schedule_at=at)
    assert created.scheduled_at == at


def test_bulk_send_poller_backs_off_and_callbacks_follow(
    smsby: SmsBy,
    stub: SmsByStub,
    clock: ManualClock,
    hooks: JsonReceiver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    slept: list[float] = []

    def sleep(seconds: float) -> None:  # the poller's waits move the stub's clock instead
        slept.append(seconds)
        tick(stub, clock, seconds)

    monkeypatch.setattr(_facade.time, "sleep", sleep)
    accepted = smsby.send_bulk(
        BulkMailing("promo", "Sale today", [GOOD, int(BAD)]),
        PersonalMailing("personal", {GOOD: "Hi Ann"}),
        callback_url="http://receiver/hook",
    )
    status = smsby.wait_for_bulk(accepted.uuid, first_wait=0.5)
    assert status.is_final
    assert slept == [0.5, 1.0, 2.0]
    outcomes = {(m.name, d.phone): d.status for m in status.mailings for d in m.deliveries}
    assert outcomes == {
        ("promo", GOOD): SendStatus.DELIVERED,
        ("promo", BAD): SendStatus.UNDELIVERED,
        ("personal", GOOD): SendStatus.DELIVERED,
    }
    assert all(d.status_time is not None for m in status.mailings for d in m.deliveries)

    asyncio.run(stub.callbacks.flush())
    reports = [parse_bulk_callback(body) for body in hooks.bodies]
    assert reports and reports[-1].is_final
    assert reports[-1].mailings == status.mailings


def test_poller_gives_up_at_its_timeout(
    smsby: SmsBy, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []
    monkeypatch.setattr(_facade.time, "sleep", slept.append)  # the clock never moves
    accepted = smsby.send_bulk(BulkMailing("promo", "Sale", [GOOD]))
    status = smsby.wait_for_bulk(accepted.uuid, timeout=10, first_wait=1, max_wait=4)
    assert not status.is_final
    assert slept == [1, 2, 4, 3]


def test_scheduled_bulk_mailing_waits(smsby: SmsBy, stub: SmsByStub, clock: ManualClock) -> None:
    at = datetime.fromtimestamp(clock.now(), UTC) + timedelta(hours=1)
    accepted = smsby.send_bulk(BulkMailing("later", "Soon", [GOOD], schedule_at=at))
    tick(stub, clock, 600)
    assert smsby.bulk_status(accepted.uuid).mailings[0].deliveries[0].status is SendStatus.NEW
    tick(stub, clock, 3600)
    assert smsby.bulk_status(accepted.uuid).is_final


def test_sends_spend_the_balance_and_the_limit(smsby: SmsBy, stub: SmsByStub) -> None:
    before, limit = smsby.balance(), smsby.limit()
    assert (before.sms, before.currency, limit) == (Decimal("10000"), "BYN", 200000)
    smsby.send_quick(GOOD, "x" * 161)  # two GSM-7 parts
    smsby.send_otp(GOOD, "4821", channel="whatsapp")
    assert smsby.balance().sms == before.sms - Decimal("0.15")
    assert smsby.limit() == limit - 3
    stub.balance = Decimal("0.01")
    with pytest.raises(InsufficientFundsError) as broke:
        smsby.send_quick(GOOD, "Hi")
    assert broke.value.status_code == 200 and b"billing error" in broke.value.raw_body


def test_mailings_list_every_bulk_message(smsby: SmsBy) -> None:
    smsby.send_bulk(BulkMailing("promo", "Sale", [GOOD, "375291111111"]))
    [mailing] = smsby.mailings("API")
    assert (mailing.name, mailing.phones, mailing.cost, mailing.status) == (
        "promo",
        2,
        Decimal("0.1"),
        SendStatus.NEW,
    )
    assert smsby.mailings("WEB") == []


def test_paging_fetches_a_page_only_when_needed(stub: SmsByStub) -> None:
    inner = SyncASGITransport(stub.app)
    requests: list[httpx.Request] = []

    def spy(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return inner.handle_request(request)

    with SmsBy(TOKEN, base_url=BASE, transport=httpx.MockTransport(spy)) as smsby:
        for n in range(5):
            smsby.create_message(f"Template {n}")
        before = len(requests)
        pages = smsby.messages(page_size=2)
        assert len(requests) == before  # lazy: nothing asked yet
        first = next(pages)
        assert first.text == "Template 0" and len(requests) == before + 1
        rest = list(pages)
    assert [m.text for m in rest] == [f"Template {n}" for n in range(1, 5)]
    offsets = [r.url.params.get("limit_offset") for r in requests[before:]]
    assert offsets == ["0", "2", "4"]
    inner.close()


def test_two_factor_codes(smsby: SmsBy) -> None:
    object_id = smsby.create_password_object(CodeType.NUMBERS, 6)
    sent = smsby.send_code(GOOD, "Your code: %CODE%", password_object_id=object_id)
    assert sent.code.isdigit() and len(sent.code) == 6
    [listed] = smsby.password_objects()
    assert (listed.id, listed.kind, listed.length) == (object_id, CodeType.NUMBERS, 6)
    assert smsby.edit_password_object(object_id, "letters", 4)
    edited = smsby.password_object(object_id)
    assert (edited.kind, edited.length) == (CodeType.LETTERS, 4)
    assert smsby.send_code(GOOD, "%CODE%", password_object_id=object_id).code.isalpha()
    assert smsby.delete_password_object(object_id)
    with pytest.raises(NotFoundError):
        smsby.delete_password_object(object_id)


def test_flash_call_confirms_the_right_code_only(smsby: SmsBy) -> None:
    call = smsby.flash_call(GOOD, attempts=2)
    assert (call.phone, call.valid_seconds, call.attempts) == (GOOD, 90, 2)
    assert not smsby.confirm_flash_call(call, "0000" if call.code != "0000" else "1111").confirmed
    confirmed = smsby.confirm_flash_call(call, call.code)
    assert confirmed.confirmed and confirmed.activated_at is not None


def test_mailing_lists_and_their_mailings(
    smsby: SmsBy, stub: SmsByStub, clock: ManualClock
) -> None:
    list_id = smsby.create_list("Clients")
    imported = smsby.import_contacts(
        list_id, [{"phone": GOOD, "name": "Ann"}, {"phone": "12"}, {"phone": GOOD, "name": "A."}]
    )
    assert (imported.inserted, imported.updated, imported.invalid) == (1, 1, 1)
    assert imported.log == ((1, "invalid phone or email"),)
    assert [(x.id, x.name) for x in smsby.lists()] == [(list_id, "Clients")]
    at = datetime.fromtimestamp(clock.now() + 3600, UTC)  # ahead, as SMS.by requires
    draft = smsby.send_to_list(list_id, "News", name="news", schedule_at=at)
    assert draft["count_phones"] == 1
    assert smsby.confirm_list_mailing(draft["message_id"], confirm=False)["confirmed"] == 0
    stub.balance = Decimal(0)
    with pytest.raises(InsufficientFundsError) as broke:
        smsby.confirm_list_mailing(draft["message_id"], confirm=True)
    assert broke.value.status_code == 400
    stub.balance = Decimal(10)
    assert smsby.confirm_list_mailing(draft["message_id"], confirm=True)["confirmed"] == 1
    assert [m.type for m in smsby.mailings()] == ["WEB"]


def test_account_alpha_names_and_viber(smsby: SmsBy, stub: SmsByStub, clock: ManualClock) -> None:
    bill = smsby.create_bill(120)
    assert bill.amount == Decimal(120) and [b.id for b in smsby.bills()] == [bill.id]
    assert smsby.download_bill(bill.id).startswith(b"%PDF")
    assert smsby.change_password("stub-password", "new-password") == {"status": "success"}
    with pytest.raises(ApiError, match="wrong"):
        smsby.change_password("stub-password", "again")
    assert smsby.alphanames() == {0: "System name (SMS.by)", 123: "smsgate", 234: "smsgate-info"}
    assert smsby.alphaname_id("smsgate") == 123
    assert smsby.alphaname_categories()[2].name == "Banks/loans"
    smsby.create_alphaname("shop", legal_name="Shop LLC", unp=190000000, more={"city": "Minsk"})
    assert "shop" not in smsby.alphanames().values()
    tick(stub, clock, stub.approve_after)
    assert "shop" in smsby.alphanames().values()
    assert smsby.vibernames() == {123: "smsgate", 234: "smsgate-info"}
    viber_id = 123
    first = smsby.send_viber(GOOD, "Hi", vibername_id=viber_id)
    second = smsby.send_viber_media(GOOD, "Look", vibername_id=viber_id, image=b"\x89PNG")
    assert second > first and len(smsby.viber_messages()["result"]) == 2
    accepted = smsby.send_bulk_viber(
        (BulkMailing("v", "Hi", [GOOD], alphaname_id=viber_id), ViberContent("text"))
    )
    assert smsby.wait_for_bulk(accepted.uuid, viber=True, timeout=0).mailings


async def test_async_client_does_the_same(clock: ManualClock) -> None:
    stub = SmsByStub(TOKEN, clock=clock)
    transport = httpx.ASGITransport(stub.app)
    async with AsyncSmsBy(TOKEN, base_url=BASE, transport=transport) as smsby:
        sent = await smsby.send_quick(GOOD, "Hi")
        accepted = await smsby.send_bulk(BulkMailing("promo", "Sale", [GOOD]))
        for n in range(3):
            await smsby.create_message(f"Template {n}")
        clock.advance(10)
        stub.advance()
        assert (await smsby.sms_times(sent.sms_id)).delivered_at is not None
        assert (await smsby.wait_for_bulk(accepted.uuid)).is_final
        assert [m.text async for m in smsby.messages(page_size=2)] == [
            f"Template {n}" for n in range(3)
        ]
        with pytest.raises(NotFoundError):
            await smsby.sms_times(1)


def test_over_loopback() -> None:
    stub = SmsByStub(TOKEN)
    with LoopbackServer(stub.app) as url, SmsBy(TOKEN, base_url=f"{url}/api") as smsby:
        sent = smsby.send_quick(GOOD, "over the wire")
        assert smsby.balance().sms == Decimal("9999.95")
        assert smsby.sms_times(sent.sms_id).sms_id == sent.sms_id


def test_wrong_token_is_an_authentication_error(stub: SmsByStub) -> None:
    with (
        SmsBy("wrong", base_url=BASE, transport=SyncASGITransport(stub.app)) as smsby,
        pytest.raises(AuthenticationError) as denied,
    ):
        smsby.balance()
    assert denied.value.status_code == 403


def test_too_fast_is_a_rate_limit_error_with_retry_after(clock: ManualClock) -> None:
    stub = SmsByStub(TOKEN, clock=clock, burst=2, per_second=0.5)
    once = RetryPolicy(max_attempts=1)
    with SmsBy(TOKEN, base_url=BASE, transport=SyncASGITransport(stub.app), retry=once) as smsby:
        smsby.balance()
        smsby.limit()
        with pytest.raises(RateLimitError) as limited:
            smsby.balance()
        assert (limited.value.status_code, limited.value.retry_after) == (429, 2.0)
        with pytest.raises(RateLimitError):
            smsby.send_quick(GOOD, "not sent")  # a send is not retried either
        clock.advance(2)
        assert smsby.balance().sms == Decimal(10000)
    assert stub.sends_received == 0


def test_rate_limited_reads_are_retried_after_the_wait(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    stub = SmsByStub(TOKEN, clock=clock, burst=1, per_second=1)
    monkeypatch.setattr(_facade.time, "sleep", clock.advance)
    with SmsBy(TOKEN, base_url=BASE, transport=SyncASGITransport(stub.app)) as smsby:
        smsby.balance()
        assert smsby.limit() == 200000


def test_old_wire_shapes_read_the_same(clock: ManualClock) -> None:
    """`wire="old"`: one-element arrays and string ids, as the older docs show."""
    results = []
    for wire in ("spec", "live", "old"):
        stub = SmsByStub(TOKEN, clock=ManualClock(clock.now()), wire=wire)  # type: ignore[arg-type]
        with SmsBy(TOKEN, base_url=BASE, transport=SyncASGITransport(stub.app)) as smsby:
            created = smsby.create_message("Hello")
            object_id = smsby.create_password_object("numbers", 4)
            sent = smsby.send_code(GOOD, "%CODE%", password_object_id=object_id)
            results.append((created, sent.sms_id, smsby.send_quick(GOOD, "x")))
    assert results[0] == results[1]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.send_quick("12ab", "hi"), "not a valid international phone"),
        (lambda s: s.send_quick(True, "hi"), "string or an int"),
        (lambda s: s.send_quick(GOOD, ""), "non-empty string"),
        (
            lambda s: s.send_quick(GOOD, "hi", alphaname_id=-1),
            "alphaname_id should be an int at least 0",
        ),
        (lambda s: s.send_quick(GOOD, "hi", viber_fallback_id=1, viber_fallback_after=2), "5-60"),
        (lambda s: s.send_otp(GOOD, "12ab", channel="telegram"), "1-16 digits"),
        (lambda s: s.send_otp(GOOD, "1234", channel="sms"), "telegram or whatsapp"),
        (lambda s: s.send_bulk(), "at least one mailing"),
        (lambda s: s.send_bulk(BulkMailing("a", "t", [])), "has no phones"),
        (lambda s: s.send_bulk(PersonalMailing("a", {})), "has no messages"),
        (
            lambda s: s.send_bulk(BulkMailing("a", "t", [GOOD], schedule_at=datetime(2030, 1, 1))),
            "timezone-aware",
        ),
        (lambda s: s.send_code(GOOD, "no code", password_object_id=1), "%CODE%"),
        (lambda s: s.create_password_object("emoji", 4), "letters, numbers or both"),
        (lambda s: s.create_password_object("both", 17), r"1\.\.16"),
        (lambda s: s.create_bill(0), "amount should be an int at least 1"),
        (lambda s: s.create_bill(10, balance="viber"), "subscription or replenishment"),
        (lambda s: s.import_contacts(1, [{"name": "x"}]), "phone or email"),
        (lambda s: s.mailings("SMS"), "WEB, API"),
        (lambda s: s.messages(page_size=0), "page_size should be an int at least 1"),
        (lambda s: s.sms_times("1"), "sms_id should be an int at least 0"),
    ],
)
def test_bad_input_fails_before_any_request(call: Any, message: str) -> None:
    def no_request(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"a request was sent: {request.url}")

    with (
        SmsBy(TOKEN, transport=httpx.MockTransport(no_request)) as smsby,
        pytest.raises(InvalidRequestError, match=message),
    ):
        call(smsby)


@pytest.mark.parametrize(
    ("given", "wire"),
    [("+375 29 123-45-67", GOOD), ("00375291234567", GOOD), (375291234567, GOOD)],
)
def test_phones_are_sent_as_smsby_wants_them(given: str | int, wire: str) -> None:
    assert normalize_phone(given) == wire


def test_the_token_never_shows(stub: SmsByStub, caplog: pytest.LogCaptureFixture) -> None:
    """Not in reprs, error texts or logs (DEBUG included); POSTs carry it in the body only."""
    caplog.set_level(logging.DEBUG)
    shown: list[str] = []
    seen: list[httpx.Request] = []
    inner = SyncASGITransport(stub.app)

    def spy(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return inner.handle_request(request)

    with SmsBy(TOKEN, base_url=BASE, transport=httpx.MockTransport(spy)) as smsby:
        shown.append(repr(smsby))
        smsby.balance()
        smsby.send_quick(GOOD, "hi")
        smsby.send_bulk(BulkMailing("a", "t", [GOOD]))
        smsby.flash_call(GOOD)
        for failing in (
            lambda: smsby.sms_times(9),
            lambda: smsby.send_quick(GOOD, "hi", alphaname_id=999),
        ):
            with pytest.raises(ApiError) as error:
                failing()
            shown += [str(error.value), repr(error.value)]
    echo = httpx.Response(200, text=f"<html>oops {TOKEN}</html>")
    with SmsBy(TOKEN, transport=httpx.MockTransport(lambda request: echo)) as smsby:
        with pytest.raises(DecodeError) as undecodable:
            smsby.balance()
        shown += [str(undecodable.value), repr(undecodable.value)]
        with pytest.raises(OutcomeUnknownError) as unknown:
            smsby.send_quick(GOOD, "hi")
        shown += [str(unknown.value), repr(unknown.value)]
    shown += [record.getMessage() for record in caplog.records]
    assert any("getBalance" in line for line in shown)  # the logs did record the requests
    assert not [line for line in shown if TOKEN in line]
    posts = [r for r in seen if r.method == "POST"]
    assert len(posts) == 4
    assert all(TOKEN not in str(r.url) and TOKEN in r.content.decode() for r in posts)
    inner.close()


def test_unknown_statuses_are_kept_not_fatal() -> None:
    reply = httpx.Response(200, json={"sms_id": "7", "status": "queued_somewhere", "parts": "1"})
    with SmsBy(TOKEN, transport=httpx.MockTransport(lambda request: reply)) as smsby:
        sent = smsby.send_quick(GOOD, "hi")
    assert (sent.status, sent.status_raw, sent.sms_id) == (
        SendStatus.UNKNOWN,
        "queued_somewhere",
        7,
    )


@pytest.mark.parametrize(
    ("reply", "fragment"),
    [
        ({"sms_id": "x7", "sent": 1}, "sms_id"),
        ({"sms_id": 7, "sent": "yesterday"}, "sent"),
        ({"sms_id": 7, "sent": -5}, "sent"),
        ({"sms_id": 7, "delivered": "2021-13-45 99:00:00"}, "delivered"),
        ([1, 2], "sms_id"),
    ],
)
def test_replies_that_break_the_spec_are_decode_errors(reply: object, fragment: str) -> None:
    body = httpx.Response(200, json=reply)
    with (
        SmsBy(TOKEN, transport=httpx.MockTransport(lambda request: body)) as smsby,
        pytest.raises(DecodeError) as broken,
    ):
        smsby.sms_times(7)
    assert broken.value.raw_body == body.content


def test_a_malformed_callback_is_refused() -> None:
    with pytest.raises(CallbackError, match="malformed"):
        parse_bulk_callback(b'{"uuid": "x"}')
    with pytest.raises(CallbackError, match="malformed"):
        parse_bulk_callback(json.dumps([{"message_id": "one", "success": []}]))
