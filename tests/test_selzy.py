"""Selzy: the facade against the stateful stub, in process (sync and async) and on loopback."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from smsgate import DeliveryState, connect, phones
from smsgate.callbacks import CallbackRequest
from smsgate.errors import (
    ApiError,
    AuthenticationError,
    CallbackError,
    DecodeError,
    InsufficientFundsError,
    InvalidRequestError,
    RateLimitError,
    ServerError,
)
from smsgate.selzy import (
    Ack,
    AsyncSelzy,
    CampaignStatus,
    Selzy,
    SmsStatus,
    TaskStatus,
    normalize_phone,
    read_delivery_callback,
)
from smsgate.stub import LoopbackServer, ManualClock, SyncASGITransport, combined_app
from smsgate.stub.selzy import SelzyStub

KEY = "selzy-test-key-0123456789"
GOOD, BAD = "+79092020303", "+79092020000"  # the stub fails numbers ending in 000
SPEC = yaml.safe_load((Path(__file__).parent.parent / "specs" / "selzy.yaml").read_text("utf-8"))


class Spy(httpx.BaseTransport):
    """Passes requests to the stub in process and keeps each one."""

    def __init__(self, stub: SelzyStub):
        self.inner = SyncASGITransport(stub.app)
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()

    def calls(self, method: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path.endswith(f"/api/{method}")]


@pytest.fixture
def stub(clock: ManualClock) -> SelzyStub:
    return SelzyStub(KEY, clock=clock, task_polls=2)


@pytest.fixture
def spy(stub: SelzyStub) -> Spy:
    return Spy(stub)


@pytest.fixture
def selzy(spy: Spy) -> Iterator[Selzy]:
    with Selzy(KEY, base_url="http://selzy", transport=spy, poll_interval=0.0) as client:
        yield client


def tick(stub: SelzyStub, clock: ManualClock, seconds: float) -> None:
    clock.advance(seconds)
    stub.advance()


def test_send_then_check_follows_delivery(
    selzy: Selzy, stub: SelzyStub, clock: ManualClock
) -> None:
    before = stub.account.balance
    batch = selzy.send_sms([GOOD, BAD], "Your code is 4321", sender="Shop")
    assert [s.phone for s in batch.sent] == [GOOD[1:], BAD[1:]]
    assert all(s.price == Decimal("0.05") and s.currency == "USD" for s in batch.sent)
    assert stub.account.balance == pytest.approx(before - 0.10)
    good, bad = (s.sms_id for s in batch.sent)
    assert selzy.check_sms(good).status is SmsStatus.NOT_SENT
    tick(stub, clock, 1.5)
    assert selzy.check_sms(good).status is SmsStatus.OK_SENT
    assert not selzy.check_sms(good).is_final
    tick(stub, clock, 5)
    assert selzy.check_sms(good).is_delivered
    failed = selzy.check_sms(bad)
    assert failed.status is SmsStatus.ERR_DELIVERY_FAILED and failed.is_final


def test_send_and_wait_and_export_over_loopback() -> None:
    """uvicorn serves the stub under /selzy, as `smsgate stub` does; its own clock moves the
    statuses, and the export file's URL points back under the same prefix."""
    stub = SelzyStub(KEY)
    with (
        LoopbackServer(combined_app({"selzy": stub})) as url,
        Selzy(KEY, base_url=f"{url}/selzy", poll_interval=0.5, poll_timeout=20) as selzy,
    ):
        batch, states = selzy.send_sms_and_wait(GOOD, "over the wire", sender="Shop")
        selzy.subscribe(1, {"phone": GOOD})
        exported = list(selzy.export_file(field_names=["phone"]))
    assert [s.status for s in states] == [SmsStatus.OK_DELIVERED]
    assert states[0].sms_id == batch.sent[0].sms_id
    assert exported == [{"phone": GOOD}]


async def test_async_client_runs_the_campaign_flow(clock: ManualClock) -> None:
    stub = SelzyStub(KEY, clock=clock)
    transport = httpx.ASGITransport(stub.app)
    options: dict[str, Any] = {"base_url": "http://selzy", "poll_interval": 0.0}
    async with AsyncSelzy(KEY, transport=transport, **options) as selzy:
        list_id = (await selzy.create_list("SMS club")).id
        for phone in (GOOD, "+79092020304"):
            await selzy.subscribe(list_id, {"phone": phone}, tags=["club"])
        start = datetime.fromtimestamp(clock.now(), UTC) + timedelta(hours=1)
        started = await selzy.send_campaign("Shop", "Sale today", list_id, start_time=start)
        assert started.count == 2 and started.message_id is not None
        clock.advance(2)
        assert (await selzy.campaign_status(started.campaign_id)).status is (
            CampaignStatus.SCHEDULED
        )
        clock.advance(3600 + 10)
        state = await selzy.campaign_status(started.campaign_id)
        assert state.status is CampaignStatus.COMPLETED and state.started is not None
        rows = [row async for row in selzy.delivery_report(started.campaign_id)]
        assert {r["send_result"] for r in rows} == {SmsStatus.OK_DELIVERED}
        campaigns = [c async for c in selzy.campaigns()]
        assert [c.id for c in campaigns] == [started.campaign_id]
        stats = await selzy.campaign_stats(started.campaign_id)
        assert (stats.total, stats.delivered) == (2, 2)


def test_partner_methods_against_the_stub(selzy: Selzy, stub: SelzyStub) -> None:
    moved = selzy.transfer_money("owner@example.com", "c1@example.com", Decimal("2.5"), "USD")
    assert (moved.source_new_balance, moved.target_new_balance) == (
        Decimal("997.5"),
        Decimal("2.5"),
    )
    assert [t.tariff_id for t in selzy.tariffs("client1")] == [1, 7]
    changed = selzy.change_tariff("client1", 7)
    assert changed.tariff_id == 7 and changed.end_time is not None
    new = selzy.register("new@example.com", timezone="Mars/Base")
    assert new.api_key and new.warnings == ("Unknown timezone, UTC is used",)
    assert selzy.user_exists(login="new", email="nobody@example.com") == (True, False)
    assert [u.login for u in selzy.users()] == ["client1", "new"]
    assert selzy.user_info().balance == Decimal("997.5")
    dkim = selzy.set_sender_domain("example.com", "smsgate")
    [domain] = selzy.sender_domains("smsgate")
    assert (domain.domain, domain.dkim) == ("example.com", dkim)
    assert selzy.checked_emails("smsgate") == {"owner@example.com": True}


async def test_async_pages_and_imports(clock: ManualClock) -> None:
    stub = SelzyStub(KEY, clock=clock)
    transport = httpx.ASGITransport(stub.app)
    async with AsyncSelzy(KEY, base_url="http://selzy", transport=transport) as selzy:
        report = await selzy.import_contacts(["phone"], [[f"+7926{i:07d}"] for i in range(600)])
        assert [c.size for c in report.chunks] == [500, 100]
        phones = [row["phone"] async for row in selzy.export_contacts(page_size=250)]
        assert len(phones) == 600 and phones[0] == "+79260000000"


def test_a_scheduled_campaign_can_be_cancelled_once(
    selzy: Selzy, stub: SelzyStub, clock: ManualClock
) -> None:
    selzy.subscribe(1, {"phone": GOOD})
    balance = stub.account.balance
    start = datetime.fromtimestamp(clock.now(), UTC) + timedelta(days=1)
    started = selzy.send_campaign("Shop", "Tomorrow", 1, start_time=start)
    assert stub.account.balance < balance
    assert isinstance(selzy.cancel_campaign(started.campaign_id), Ack)
    assert stub.account.balance == pytest.approx(balance)
    assert selzy.campaign_status(started.campaign_id).status is CampaignStatus.CANCELED
    with pytest.raises(ApiError) as again:
        selzy.cancel_campaign(started.campaign_id)
    # Selzy's text comes HTML-encoded (&quot;); the error carries it decoded.
    assert 'status "canceled" can\'t be cancelled' in again.value.message
    assert again.value.code == "unspecified"


def test_importing_1234_rows_takes_three_calls_and_reports_every_row(
    selzy: Selzy, spy: Spy
) -> None:
    rows = [[f"+7926{i:07d}", f"Name {i}"] for i in range(1234)]
    rows[7] = ["12", "too short"]
    rows[1100] = ["not a phone", "x"]
    report = selzy.import_contacts(["phone", "Name"], rows)
    assert len(spy.calls("importContacts")) == 3
    assert [(c.start, c.size, c.total) for c in report.chunks] == [
        (0, 500, 500),
        (500, 500, 500),
        (1000, 234, 234),
    ]
    assert [r.index for r in report.rows] == list(range(1234))
    assert [(r.index, r.outcome, r.code) for r in report.rejected] == [
        (7, "rejected", "invalid_arg"),
        (1100, "rejected", "invalid_arg"),
    ]
    assert report.inserted == 1232
    exported = list(selzy.export_contacts(field_names=["phone", "Name"]))
    assert len(exported) == 1232 and exported[0] == {"phone": "+79260000000", "Name": "Name 0"}


def test_a_failed_import_chunk_is_reported_row_by_row(clock: ManualClock) -> None:
    stub = SelzyStub(KEY, clock=clock, calls_per_minute=2)
    with Selzy(KEY, base_url="http://selzy", transport=SyncASGITransport(stub.app)) as selzy:
        report = selzy.import_contacts(["phone"], [[f"+7926{i:07d}"] for i in range(1100)])
    failed = report.chunks[2]
    assert isinstance(failed.error, RateLimitError)
    assert failed.error.code == "api_call_limit_exceeded_for_api_key"
    assert {r.outcome for r in report.rows[1000:]} == {"failed"}
    assert {r.outcome for r in report.rows[:1000]} == {"accepted"}
    assert len(report.rejected) == 100


def test_sending_to_more_than_150_numbers_splits_the_send(selzy: Selzy, spy: Spy) -> None:
    phones = [f"+7909{i:07d}" for i in range(1, 321)]
    batch = selzy.send_sms(phones, "Hello", sender="Shop")
    sent = spy.calls("sendSms")
    assert [len(httpx.QueryParams(r.content.decode())["phone"].split(",")) for r in sent] == [
        150,
        150,
        20,
    ]
    assert [len(c.sent) for c in batch.chunks] == [150, 150, 20]
    assert [s.phone for s in batch.sent] == [p[1:] for p in phones]


def test_a_send_chunk_without_money_is_recorded_and_the_rest_goes_on(
    selzy: Selzy, stub: SelzyStub
) -> None:
    stub.account.balance = 0.05 * 160
    batch = selzy.send_sms([f"+7909{i:07d}" for i in range(1, 321)], "Hi", sender="Shop")
    assert [len(c.sent) for c in batch.chunks] == [150, 0, 0]
    assert all(isinstance(c.error, InsufficientFundsError) for c in batch.failed)
    stub.account.balance = 0
    with pytest.raises(InsufficientFundsError) as broke:
        selzy.send_sms(GOOD, "Hi", sender="Shop")
    assert broke.value.code == "not_enough_money" and broke.value.status_code == 200


def test_pages_are_fetched_lazily(selzy: Selzy, spy: Spy) -> None:
    selzy.import_contacts(["phone"], [[f"+7926{i:07d}"] for i in range(25)])
    contacts = selzy.export_contacts(page_size=10)
    assert not spy.calls("exportContacts")
    assert next(contacts)["phone"] == "+79260000000"
    assert len(spy.calls("exportContacts")) == 1
    assert len(list(contacts)) == 24
    offsets = [httpx.QueryParams(r.content.decode())["offset"] for r in spy.calls("exportContacts")]
    assert offsets == ["0", "10", "20"]


def test_messages_page_through_both_lists(selzy: Selzy, clock: ManualClock) -> None:
    ids = [selzy.create_sms_message("Shop", f"text {i}", 1).id for i in range(7)]
    now = datetime.fromtimestamp(clock.now(), UTC)
    window = (now - timedelta(hours=1), now + timedelta(hours=1))
    with_bodies = list(selzy.messages(*window, page_size=3))
    assert [m.id for m in with_bodies] == ids and with_bodies[2].body == "text 2"
    assert [m.sender for m in with_bodies] == ["Shop"] * 7
    summaries = list(selzy.messages(*window, bodies=False, page_size=5))
    assert [m.id for m in summaries] == ids and summaries[0].body is None
    [one] = selzy.messages_by_id(ids[0])
    assert (one.id, one.list_id) == (ids[0], 1)  # sent as strings by Selzy


def test_async_export_polls_the_task_then_streams_the_file(selzy: Selzy, spy: Spy) -> None:
    selzy.import_contacts(["phone", "tags"], [[GOOD, "vip"], ["+79092020304", ""]])
    rows = list(selzy.export_file(field_names=["phone", "tags"], tag="vip"))
    assert rows == [{"phone": GOOD, "tags": "vip"}]
    assert len(spy.calls("async/getTaskResult")) == 3  # new, processing, completed
    download = next(r for r in spy.requests if "/files/" in r.url.path)
    assert KEY not in str(download.url) and not download.content
    task = selzy.start_export()
    assert task.status is TaskStatus.NEW
    assert selzy.wait_for_task(task.task_uuid).file_url
    assert len(list(selzy.read_file(task.task_uuid))) == 2


def test_no_url_carries_the_key_unless_get_is_asked_for(stub: SelzyStub) -> None:
    def run(method: Any) -> Spy:
        spy = Spy(stub)
        with Selzy(KEY, base_url="http://selzy", transport=spy, method=method) as selzy:
            selzy.lists()
            batch = selzy.send_sms(GOOD, "hi", sender="Shop")
            selzy.check_sms(batch.sent[0].sms_id)
            selzy.import_contacts(["phone"], [[GOOD]])
            list(selzy.export_contacts())
        return spy

    posted = run("POST")
    assert {r.method for r in posted.requests} == {"POST"}
    for request in posted.requests:
        assert KEY not in str(request.url)
        assert httpx.QueryParams(request.content.decode())["api_key"] == KEY
        assert dict(request.url.params) == {"format": "json"}
    got = run("GET")
    assert {r.method for r in got.requests} == {"GET"}
    assert all(r.url.params["api_key"] == KEY and not r.content for r in got.requests)
    assert got.calls("importContacts")[0].url.params["data[0][0]"] == GOOD


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        ("invalid_api_key", AuthenticationError),
        ("access_denied", AuthenticationError),
        ("not_enough_money", InsufficientFundsError),
        ("api_call_limit_exceeded_for_api_key", RateLimitError),
        ("api_call_limit_exceeded_for_ip", RateLimitError),
        ("retry_later", ServerError),
        ("invalid_arg", ApiError),
        ("something_new", ApiError),
    ],
)
def test_errors_are_typed_by_code(code: str, cls: type[ApiError]) -> None:
    body = {"error": "Text &amp; more", "code": code, "result": ""}
    reply = httpx.Response(200, json=body)
    with (
        Selzy(KEY, transport=httpx.MockTransport(lambda r: reply)) as selzy,
        pytest.raises(cls) as error,
    ):
        selzy.lists()
    assert type(error.value) is cls
    assert error.value.code == code and error.value.message == "Text & more"


def test_stub_refusals_are_typed(clock: ManualClock) -> None:
    stub = SelzyStub(KEY, clock=clock, reseller=False, senders=["Shop"], calls_per_minute=3)
    with Selzy("wrong-key", base_url="http://selzy", transport=SyncASGITransport(stub.app)) as s:
        with pytest.raises(AuthenticationError) as denied:
            s.lists()
        assert denied.value.code == "invalid_api_key"
    with Selzy(KEY, base_url="http://selzy", transport=SyncASGITransport(stub.app)) as selzy:
        with pytest.raises(AuthenticationError) as reseller:
            selzy.users()
        assert reseller.value.code == "access_denied"
        with pytest.raises(ApiError) as sender:
            selzy.send_sms(GOOD, "hi", sender="Unknown")  # well formed, not registered
        assert sender.value.code == "src_invalid"
        assert len(selzy.lists()) == 3  # the third call this minute
        with pytest.raises(RateLimitError) as limited:
            selzy.lists()
        assert limited.value.code == "api_call_limit_exceeded_for_api_key"
        clock.advance(61)
        assert len(selzy.lists()) == 3


def test_warnings_are_returned_and_logged(selzy: Selzy, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, "smsgate.selzy")
    person = selzy.subscribe(1, {"phone": "+4915112345678"})
    assert person.warnings == ("probably not a mobile phone",)
    assert "probably not a mobile phone" in caplog.text


@pytest.mark.parametrize(
    ("reply", "check"),
    [
        ({"result": {"sms_id": 2376678.79092020303, "price": 0.05}}, "2376678.79092020303"),
        ({"result": {"sms_id": 3123, "price": "0.05", "currency": "EUR"}}, "3123"),
    ],
)
def test_an_sms_id_keeps_every_digit(reply: dict[str, Any], check: str) -> None:
    raw = json.dumps(reply).replace("2376678.790920203", "2376678.79092020303")
    body = httpx.Response(200, content=raw.encode(), headers={"content-type": "application/json"})
    with Selzy(KEY, transport=httpx.MockTransport(lambda r: body)) as selzy:
        [sent] = selzy.send_sms(GOOD, "hi", sender="Shop").sent
    assert sent.sms_id == check and sent.price == Decimal("0.05")


@pytest.mark.parametrize("empty", [{}, []])
def test_empty_results_are_acks_either_way(empty: Any) -> None:
    body = httpx.Response(200, json={"result": empty})
    with Selzy(KEY, transport=httpx.MockTransport(lambda r: body)) as selzy:
        assert selzy.delete_list(5) == Ack()


@pytest.mark.parametrize(
    "reply",
    [
        {"result": {"status": 7}},
        {"result": {}},
        {"nothing": 1},
        {"result": [{"sms_id": "1"}]},
    ],
)
def test_replies_that_break_the_spec_are_decode_errors(reply: object) -> None:
    body = httpx.Response(200, json=reply)
    with (
        Selzy(KEY, transport=httpx.MockTransport(lambda r: body)) as selzy,
        pytest.raises(DecodeError) as broken,
    ):
        selzy.check_sms("5")
    assert broken.value.raw_body == body.content


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.send_sms("12ab", "hi", sender="Shop"), "international phone"),
        (lambda s: s.send_sms("7999", "hi", sender="Shop"), "international phone"),
        (lambda s: s.send_sms("8 909 202 03 03", "hi", sender="Shop"), "default_region"),
        (lambda s: s.subscribe(1, {"phone": "8 909 202 03 03"}), "default_region"),
        (lambda s: s.exclude("7999"), "international phone"),
        (lambda s: s.send_sms([], "hi", sender="Shop"), "at least one"),
        (lambda s: s.send_sms(GOOD, "", sender="Shop"), "non-empty"),
        (lambda s: s.send_sms(GOOD, "x" * 1001, sender="Shop"), "at most 1000"),
        (lambda s: s.send_sms(GOOD, "hi", sender="S"), "sender"),
        (lambda s: s.check_sms("abc"), "sms_id"),
        (lambda s: s.import_contacts(["Name"], [["x"]]), "email or phone"),
        (lambda s: s.import_contacts(["phone"], [["1", "2"]]), "one value per field"),
        (lambda s: s.subscribe(1, {"Name": "x"}), "email or a phone"),
        (lambda s: s.delete_list(0), "list_id should be an int at least 1"),
        (
            lambda s: s.send_campaign("Shop", "x", 1, start_time=datetime(2030, 1, 1)),
            "timezone-aware",
        ),
        (lambda s: list(s.export_contacts(page_size=5000)), "page_size"),
        (lambda s: s.start_export(email_status="gone"), "email_status is one of"),
        (lambda s: s.user_exists(), "login or an email"),
        (lambda s: s.transfer_money("a@b.cd", "c@d.ef", -1, "USD"), "positive"),
    ],
)
def test_bad_input_fails_before_any_request(call: Callable[[Selzy], Any], message: str) -> None:
    def no_request(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"a request was sent: {request.url}")

    with (
        Selzy(KEY, transport=httpx.MockTransport(no_request)) as selzy,
        pytest.raises(InvalidRequestError, match=message),
    ):
        call(selzy)


def test_the_key_never_shows(selzy: Selzy, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    shown = [repr(selzy)]
    selzy.lists()
    for failing in (lambda: selzy.check_sms("1"), lambda: selzy.cancel_campaign(99)):
        with pytest.raises(ApiError) as error:
            failing()
        shown += [str(error.value), repr(error.value)]
    echo = httpx.Response(200, text=f"<html>{KEY}</html>")
    with Selzy(KEY, transport=httpx.MockTransport(lambda r: echo)) as other:
        with pytest.raises(DecodeError) as undecodable:
            other.lists()
        shown += [str(undecodable.value), repr(undecodable.value)]
    shown += [record.getMessage() for record in caplog.records]
    assert any("getLists" in line for line in shown)
    assert not [line for line in shown if KEY in line]


# Every method of the spec through the typed client, fed every sample reply of the reference.
CALLS: dict[str, Callable[[Selzy], Any]] = {
    "getLists": lambda s: s.lists(),
    "createList": lambda s: s.create_list("Customers"),
    "updateList": lambda s: s.update_list(1, "Customers"),
    "deleteList": lambda s: s.delete_list(1),
    "subscribe": lambda s: s.subscribe(1, {"phone": GOOD}),
    "exclude": lambda s: s.exclude(GOOD, 1),
    "unsubscribe": lambda s: s.unsubscribe("ann@example.com"),
    "importContacts": lambda s: s.import_contacts(["phone"], [[GOOD], ["+79092020304"], ["12"]]),
    "async/exportContacts": lambda s: s.start_export(list_id=1),
    "exportContacts": lambda s: list(s.export_contacts()),
    "async/getTaskResult": lambda s: s.task("c4bd7b40"),
    "getTotalContactsCount": lambda s: s.total_contacts("shop"),
    "getContactCount": lambda s: s.contact_count(1, kind="phone"),
    "getContact": lambda s: s.contact("ann@example.com", include_lists=True, include_fields=True),
    "isContactInLists": lambda s: s.in_lists("ann@example.com", [1, 2]),
    "createSmsMessage": lambda s: s.create_sms_message("Shop", "Sale", 1),
    "createCampaign": lambda s: s.create_campaign(3771225),
    "sendSms": lambda s: s.send_sms(["79092020303", "79002239878"], "hi", sender="Shop"),
    "sendSms to one": lambda s: s.send_sms("79092020303", "hi", sender="Shop"),
    "checkSms": lambda s: s.check_sms("2376678.79092020303"),
    "cancelCampaign": lambda s: s.cancel_campaign(5120),
    "deleteMessage": lambda s: s.delete_message(3771225),
    "getMessages": lambda s: list(
        s.messages(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC))
    ),
    "listMessages": lambda s: list(
        s.messages(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC), bodies=False)
    ),
    "getMessage": lambda s: s.messages_by_id(3771225),
    "async/getCampaignDeliveryStats": lambda s: s.start_delivery_report(5120),
    "getCampaignDeliveryStats": lambda s: s.delivery_table(5120),
    "getCampaignCommonStats": lambda s: s.campaign_stats(5120),
    "getCampaignStatus": lambda s: s.campaign_status(5120),
    "getCampaigns": lambda s: list(s.campaigns()),
    "getFields": lambda s: s.fields(),
    "createField": lambda s: s.create_field("Name"),
    "updateField": lambda s: s.update_field(1092208, "FirstName"),
    "deleteField": lambda s: s.delete_field(1092208),
    "getTags": lambda s: s.tags(),
    "deleteTag": lambda s: s.delete_tag(5),
    "getContactFieldValues": lambda s: s.field_values("ann@example.com", [1]),
    "validateSender": lambda s: s.validate_sender("news@example.com"),
    "getCheckedEmail": lambda s: s.checked_emails("shop"),
    "register": lambda s: s.register("new@example.com"),
    "checkUserExists": lambda s: s.user_exists(login="shop"),
    "getUserInfo": lambda s: s.user_info(),
    "getUsers": lambda s: s.users(),
    "transferMoney": lambda s: s.transfer_money("a@example.com", "b@example.com", 10, "USD"),
    "getAvailableTariffs": lambda s: s.tariffs(),
    "changeTariff": lambda s: s.change_tariff("client1", 7),
    "setSenderDomain": lambda s: s.set_sender_domain("example.com", "shop"),
    "getSenderDomainList": lambda s: s.sender_domains("shop"),
}
SAMPLES = [
    pytest.param(path.rsplit("/api/", 1)[1], name, example["value"], id=f"{path}:{name}")
    for path, item in SPEC["paths"].items()
    for name, example in SPEC["components"]["responses"][
        item["post"]["responses"]["200"]["$ref"].rsplit("/", 1)[1]
    ]["content"]["application/json"]["examples"].items()
]


def test_every_method_of_the_spec_has_a_typed_call() -> None:
    methods = {path.rsplit("/api/", 1)[1] for path in SPEC["paths"]}
    assert methods == set(CALLS) - {"sendSms to one"}
    assert len(methods) == 47


@pytest.mark.parametrize(("method", "name", "sample"), SAMPLES)
def test_every_sample_reply_is_decoded(method: str, name: str, sample: dict[str, Any]) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        if "/files/" in request.url.path:
            return httpx.Response(200, text="phone\n+79092020303\n")
        return httpx.Response(200, json=sample)

    with Selzy(KEY, transport=httpx.MockTransport(reply), poll_interval=0.0) as selzy:
        if method == "sendSms" and not isinstance(sample.get("result", []), list):
            method = "sendSms to one"  # one object answers one number
        if "error" in sample:
            with pytest.raises(ApiError) as refused:
                CALLS[method](selzy)
            assert refused.value.code == sample.get("code")
            assert "&quot;" not in refused.value.message
        else:
            result = CALLS[method](selzy)
            assert result is not None
            said = [w["warning"] for w in sample.get("warnings", [])]
            if said:
                assert list(result.warnings) == said


def test_an_export_pages_through_the_contacts_it_matched_at_its_first_page(
    selzy: Selzy,
) -> None:
    selzy.import_contacts(["phone"], [[f"+7926{i:07d}"] for i in range(25)])
    contacts = selzy.export_contacts(page_size=10)
    first = [next(contacts)["phone"] for _ in range(10)]
    selzy.import_contacts(["phone"], [[f"+7927{i:07d}"] for i in range(5)])  # mid-export
    rest = [row["phone"] for row in contacts]
    assert first + rest == [f"+7926{i:07d}" for i in range(25)]
    assert len(list(selzy.export_contacts(page_size=10))) == 30  # a new export sees them


def _raw(stub: SelzyStub, method: str, url: str, body: bytes = b"") -> httpx.Response:
    headers = {"content-type": "application/x-www-form-urlencoded"} if body else {}
    with httpx.Client(transport=SyncASGITransport(stub.app), base_url="http://stub") as client:
        return client.request(method, url, content=body, headers=headers)


def test_unknown_methods_answer_selzys_envelope_and_other_paths_and_verbs_a_plain_answer() -> None:
    """An unknown method under /{lang}/api/ is Selzy's `unknown_method` with HTTP 200, by GET or
    POST and under a mount; what Selzy answers for other verbs and paths is unconfirmed, so the
    stub answers those as a web server does (the spec says so)."""
    stub = SelzyStub()
    for method, url in (("GET", "/en/api/getList?format=json"), ("POST", "/ru/api/sendSMS")):
        reply = _raw(stub, method, url, b"api_key=stub-key")
        assert reply.status_code == 200
        assert reply.json()["code"] == "unknown_method" and reply.json()["result"] == ""
    with httpx.Client(transport=SyncASGITransport(combined_app({"selzy": stub}))) as client:
        mounted = client.get("http://stub/selzy/en/api/nope?format=json&api_key=stub-key")
    assert mounted.json()["code"] == "unknown_method"
    wrong_verb = _raw(stub, "PUT", "/en/api/getLists?format=json", b"api_key=stub-key")
    assert wrong_verb.status_code == 405
    assert set(wrong_verb.headers["allow"].split(", ")) == {"GET", "HEAD", "POST"}
    assert _raw(stub, "GET", "/en/elsewhere").status_code == 404


def test_only_arguments_in_both_query_and_body_are_a_mixed_call() -> None:
    """The reference supports refusing arguments split over query and body, and the wrappers
    show that `format`, `api_key` and `request_compression` may sit in the query of a POST:
    a POST with everything in its query and no body is not split, so it is served."""
    stub = SelzyStub()
    split = _raw(
        stub,
        "POST",
        "/en/api/createList?format=json&title=A",
        b"api_key=stub-key&before_subscribe_url=https%3A%2F%2Fexample.com%2F",
    )
    assert "getMessage() on boolean" in split.json()["error"]
    query_only = _raw(stub, "POST", "/en/api/createList?format=json&api_key=stub-key&title=B")
    assert query_only.json()["result"]["id"] in stub.lists


def test_a_body_that_does_not_inflate_or_is_not_utf8_is_invalid_arg() -> None:
    stub = SelzyStub()
    query = "format=json&api_key=stub-key&request_compression=bzip2"
    not_bzip2 = _raw(stub, "POST", f"/en/api/createList?{query}", b"title=plain")
    assert not_bzip2.json()["code"] == "invalid_arg"
    latin1 = _raw(stub, "POST", "/en/api/createList?format=json", b"api_key=stub-key&title=\xe9")
    assert latin1.json()["code"] == "invalid_arg"


def test_wire_live_answers_as_wire_spec_does() -> None:
    """The references name no field where live Selzy differs from its documents, so both
    modes send the same bytes, numeric strings of getMessage included."""
    replies = []
    for wire in ("spec", "live"):
        stub = SelzyStub(wire=wire, clock=ManualClock())
        body = b"api_key=stub-key&sender=smsgate&body=Hi&list_id=1"
        message = _raw(stub, "POST", "/en/api/createSmsMessage?format=json", body).json()
        message_id = message["result"]["message_id"]
        query = f"format=json&api_key=stub-key&id={message_id}"
        replies.append(_raw(stub, "GET", f"/en/api/getMessage?{query}").content)
    assert replies[0] == replies[1] and b'"id":"' in replies[0]


def test_numbers_are_read_by_the_gateways_rule_with_the_default_region(spy: Spy) -> None:
    """Issue 19: the facade reads numbers as the gateway does, `default_region` included. A
    national number is sent, stored and looked up in international form (before, Selzy's
    own reading ignored the region and refused it), and one the rule refuses never leaves."""
    national = "8 (909) 202-03-03"
    with Selzy(KEY, base_url="http://selzy", transport=spy, default_region="RU") as selzy:
        batch = selzy.send_sms(national, "Hi", sender="Shop")
        selzy.subscribe(1, {"phone": national})
        found = list(selzy.export_contacts(field_names=["phone"], phone="89092020303"))
        sent_before = len(spy.requests)
        with pytest.raises(InvalidRequestError, match="region RU"):
            selzy.send_sms("7999", "Hi", sender="Shop")
        assert len(spy.requests) == sent_before
    [send] = spy.calls("sendSms")
    assert dict(httpx.QueryParams(send.content.decode()))["phone"] == "79092020303"
    assert [s.phone for s in batch.sent] == ["79092020303"]
    assert found == [{"phone": GOOD}]


@pytest.mark.parametrize(
    ("number", "region", "expected"),
    [("+7 909 202-03-03", None, "79092020303"), ("8 909 202 03 03", "RU", "79092020303")],
)
def test_normalize_phone_is_the_gateways_rule(number: str, region: str, expected: str) -> None:
    assert normalize_phone(number, region) == expected
    assert normalize_phone(number, region) == phones.international_digits(number, region)


def test_a_national_number_without_a_region_is_refused_with_the_hint() -> None:
    with pytest.raises(InvalidRequestError, match="default_region"):
        normalize_phone("8 909 202 03 03")


def test_neutral_reports_spell_the_status_as_selzy_does_and_say_no_time(
    spy: Spy, stub: SelzyStub, clock: ManualClock
) -> None:
    """Issue 19: a neutral report's vendor_status is checkSms' status as Selzy spells it, the
    spelling `SmsStatus` and the delivery report's `send_result` use too, and `at` stays None
    because checkSms gives no time. Polls are Selzy's only reports: it sends no callbacks."""
    with connect(
        "selzy", api_key=KEY, base_url="http://selzy", transport=spy, sender="Shop"
    ) as gateway:
        good, bad = gateway.send([GOOD, BAD], "Hi")
        tick(stub, clock, 10)
        reports = [gateway.status(good.id), gateway.status(bad.id)]
    assert [(r.vendor_status, r.state, r.at) for r in reports] == [
        (SmsStatus.OK_DELIVERED.value, DeliveryState.DELIVERED, None),
        (SmsStatus.ERR_DELIVERY_FAILED.value, DeliveryState.FAILED, None),
    ]
    assert reports[1].error == "err_delivery_failed"
    with pytest.raises(CallbackError, match="no SMS delivery callbacks"):
        read_delivery_callback(CallbackRequest("POST", "http://app/selzy"), None)
