"""SMSC: the facade against the stateful stub in every reply format, in process (sync and async)
and on loopback; typed errors; hostile and sample replies through a mock transport."""

# Cyrillic text is the point here (windows-1251 replies), confusable letters included.
# ruff: noqa: RUF001

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from smsgate._retry import RetryPolicy
from smsgate.errors import CallbackError, DecodeError, InvalidRequestError, OutcomeUnknownError
from smsgate.smsc import (
    MOSCOW,
    AsyncSmsc,
    DeliveryError,
    Format,
    Group,
    InboundCallback,
    MessageStatus,
    Price,
    SendResult,
    Smsc,
    SmscApiError,
    SmscAuthenticationError,
    SmscBalance,
    SmscInsufficientFundsError,
    SmscRateLimitError,
    StatusCallback,
    parse_callback,
)
from smsgate.stub import Callbacks, LoopbackServer, ManualClock, SyncASGITransport
from smsgate.stub.smsc import SmscStub

from tests.support.callbacks import CallbackReceiver

LOGIN, PASSWORD, APIKEY = "smsc-login", "smsc-secret-password", "smsc-apikey-0123"
PHONE, FAILING = "79991234567", "79991230000"  # the stub fails numbers ending in 000
START = 1_767_225_600.0  # 2026-01-01 03:00 Moscow
FORMATS = list(Format)
NO_RETRY = RetryPolicy(max_attempts=1)


class World:
    """One stub in a known state and a client reading it in one format."""

    def __init__(self, fmt: Format, charset: Any = "utf-8", **stub_options: Any):
        self.clock = ManualClock(START)
        self.stub = SmscStub(LOGIN, PASSWORD, apikey=APIKEY, clock=self.clock, **stub_options)
        self.transport = SyncASGITransport(self.stub.app)
        self.client = Smsc(
            LOGIN, PASSWORD, fmt=fmt, charset=charset, base_url="http://smsc",
            transport=self.transport, retry=NO_RETRY,
        )  # fmt: skip
        seed = Smsc(LOGIN, PASSWORD, base_url="http://smsc", transport=self.transport)
        self.sent = seed.send([PHONE, FAILING], "Hello, world", id="m1")
        seed.send(PHONE, "Привет, мир\nвторая строка", id="m2")
        group = seed.add_group("Друзья, коллеги", number=7)
        for n in range(5):
            seed.add_contact(
                f"7999000111{n}", f"Иванов, {n}", grp=str(group), fnm="Иван", tags="a,b"
            )
        seed.add_contact("ivan@example.com", "Почта", book="mails")
        for n in range(3):
            seed.block(f"7999000222{n}", type=n, comment=f"spam, {n}")
        seed.add_sender("Shop", "our shop")
        seed.add_job("Рассылка", PHONE, "Job text")
        seed.add_user("sub", "sub-password")
        self.stub.inbound("79995550000", "Ответ, да", to_phone="79990000001")
        self.tick(5)

    def tick(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.stub.advance()

    def close(self) -> None:
        self.transport.close()


@pytest.fixture
def worlds() -> Iterator[Callable[..., World]]:
    made: list[World] = []

    def make(fmt: Format = Format.JSON, **options: Any) -> World:
        made.append(World(fmt, **options))
        return made[-1]

    yield make
    for world in made:
        world.close()


# Every operation of the facade, as a call on a client of a World in its seeded state.
OPERATIONS: dict[str, Callable[[Smsc], Any]] = {
    "send": lambda c: c.send(PHONE, "New, text", cost=3, sender="SMSC"),
    "send_list": lambda c: c.send_list({PHONE: "one\ntwo", "79997654321": "x"}, cost=2),
    "price": lambda c: c.price([PHONE, "79997654321"], "Привет" * 20),
    "status": lambda c: c.status("m1", PHONE),
    "status_failed": lambda c: c.status("m1", FAILING),
    "details": lambda c: c.details("m2", PHONE),
    "details_where": lambda c: c.details("m1", PHONE, where=True),
    "statuses": lambda c: c.statuses([("m1", PHONE), ("m2", PHONE), ("nope", PHONE)]),
    "delete": lambda c: c.delete("m2", PHONE),
    "balance": lambda c: c.balance(),
    "balance_currency": lambda c: c.balance(currency=True),
    "add_contact": lambda c: c.add_contact("79990001199", "Пётр, мл.", bd="01.02.1990"),
    "change_contact": lambda c: c.change_contact("79990001110", name="Новое, имя"),
    "delete_contact": lambda c: c.delete_contact("79990001111"),
    "contacts": lambda c: list(c.contacts(page_size=2)),
    "contacts_search": lambda c: list(c.contacts(search="Иванов, 3")),
    "mail_contacts": lambda c: list(c.contacts(book="mails")),
    "mail_groups": lambda c: (c.add_group("Почта", book="mails"), c.groups(book="mails")),
    "mail_black_list": lambda c: (
        c.block("spam@example.com", book="mails"),
        list(c.black_list(book="mails")),
    ),
    "mail_change_contact": lambda c: (
        c.change_contact("ivan@example.com", new_mail="ivan@example.org", book="mails"),
        list(c.contacts(book="mails")),
    ),
    "groups": lambda c: c.groups(),
    "add_group": lambda c: c.add_group("Новая", number=8),
    "rename_group": lambda c: c.rename_group(c.groups()[0].id, "Renamed, yes"),
    "delete_group": lambda c: c.delete_group(c.groups()[0].id),
    "move_contact": lambda c: (
        c.move_contact("79990001112", c.groups()[0].id, mode="remove"),
        list(c.contacts()),
    ),
    "block": lambda c: c.block("79990009999", type=1, comment="why, oh why"),
    "unblock": lambda c: c.unblock("79990002220"),
    "black_list": lambda c: list(c.black_list(page_size=2)),
    "senders": lambda c: c.senders(all=True),
    "add_sender": lambda c: c.add_sender("Other", "another shop"),
    "delete_sender": lambda c: c.delete_sender("Shop"),
    "send_sender_code": lambda c: c.send_sender_code("79991112233", site_name="shop"),
    "history": lambda c: list(c.history(page_size=2)),
    "answers": lambda c: c.answers(after_id=0),
    "statistics": lambda c: c.statistics(date(2026, 1, 1)),
    "tariffs": lambda c: c.tariffs(),
    "operator": lambda c: c.operator(PHONE),
    "add_job": lambda c: c.add_job("Вторая", [PHONE], "text", cost=1),
    "job": lambda c: c.job(max(j.id for j in c.jobs())),
    "jobs": lambda c: c.jobs(),
    "cancel_job": lambda c: c.cancel_job(c.add_job("later", PHONE, "x", time="+60")),
    "delete_job": lambda c: c.delete_job(max(j.id for j in c.jobs())),
    "add_user": lambda c: c.add_user("sub2", "pw", tariff=1),
    "change_user": lambda c: c.change_user("sub", new_login="sub3"),
    "pay_user": lambda c: c.pay_user("sub", Decimal("1.50")),
    "user_statistics": lambda c: c.user_statistics(),
    "user_statistics_detailed": lambda c: c.user_statistics(detailed=True),
    "add_invoice": lambda c: c.add_invoice(10, user="sub"),
    "invoice": lambda c: c.invoice(c.add_invoice(5)),
    "act": lambda c: c.act(c.add_invoice(5), number=1),
    "add_template": lambda c: c.add_template("Код", "Ваш код, 1234", format="sms"),
    "change_template": lambda c: c.change_template(c.add_template("a", "b"), msg="c, d"),
    "delete_template": lambda c: c.delete_template(c.add_template("a", "b")),
    "templates": lambda c: (c.add_template("a", "b, c"), c.templates()),
    "add_operator_template": lambda c: c.add_operator_template("SMSC", "Код: %s", mts_srv=1),
    "operator_templates": lambda c: (c.add_operator_template("SMSC", "t"), c.operator_templates()),
    "ping": lambda c: c.ping(7, ok=False, host="db1"),
    "inbound_numbers": lambda c: c.inbound_numbers(),
    "rent_inbound_number": lambda c: c.rent_inbound_number("79990000001"),
    "set_inbound_renewal": lambda c: (
        c.rent_inbound_number("79990000002"),
        c.set_inbound_renewal("79990000002", auto_renew=False),
    ),
    "wait_call": lambda c: c.wait_call(PHONE),
    "short_link": lambda c: (
        c.send(PHONE, "See https://example.com/a?b=1", tinyurl=1),
        c.short_link(link="https://example.com/a?b=1"),
    ),
}
# Records with undocumented (or, for details, ambiguous) fields are not read at fmt=1.
CSV_UNDOCUMENTED = {
    "details",
    "details_where",
    "statistics",
    "user_statistics",
    "user_statistics_detailed",
    "invoice",
    "act",
    "templates",
    "operator_templates",
    "inbound_numbers",
    "wait_call",
    "short_link",
}
# Lists whose seeded records hold a comma (or a line break) in a field. SMSC writes fmt=1
# fields unquoted (its own libraries split at every comma), so these lines are ambiguous at
# fmt=1, and the facade, which reads fmt=1 as CSV, misreads them: it should refuse fmt=1 for
# them as it does for CSV_UNDOCUMENTED (a facade change, not made here). Until then their
# fmt=1 reading is a known failure, kept visible by test_fmt1_lists_with_commas_in_fields.
CSV_AMBIGUOUS = {
    "answers",
    "black_list",
    "contacts",
    "contacts_search",
    "delete_group",
    "groups",
    "history",
    "mail_black_list",
    "mail_change_contact",
    "mail_contacts",
    "mail_groups",
    "move_contact",
    "rename_group",
}


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_every_format_decodes_to_the_same_typed_result(
    name: str, worlds: Callable[..., World]
) -> None:
    """The same stub state, read (or changed) with fmt 0, 1, 2 and 3, gives equal results."""
    results = {}
    for fmt in FORMATS:
        world = worlds(fmt)
        if fmt is Format.CSV and name in CSV_UNDOCUMENTED:
            with pytest.raises(InvalidRequestError):
                OPERATIONS[name](world.client)
            continue
        if fmt is Format.CSV and name in CSV_AMBIGUOUS:
            continue  # refused (test_fmt1_lists_with_commas_in_fields_are_refused)
        results[fmt] = OPERATIONS[name](world.client)
    reference = results[Format.JSON]
    for fmt, result in results.items():
        assert result == reference, f"fmt={fmt.value} differs from fmt=3"
    assert (
        reference not in (None, [], ())
        or name.startswith(
            ("delete", "change", "rename", "unblock", "cancel", "send_sender", "add_user", "pay")
        )
        or name in ("ping", "rent_inbound_number")
    )


def test_results_are_typed_and_mean_what_the_stub_did(worlds: Callable[..., World]) -> None:
    world = worlds(Format.JSON)
    client = world.client
    status = client.status("m1", PHONE)
    assert status.status is MessageStatus.DELIVERED and status.status.is_final
    assert status.error is DeliveryError.NONE
    assert status.changed_at is not None and status.changed_at.utcoffset() == timedelta(hours=3)
    assert status.changed_at.timestamp() == START + 3
    failed = client.status("m1", FAILING)
    assert failed.status is MessageStatus.UNDELIVERABLE
    assert failed.error is DeliveryError.NO_SUBSCRIBER
    assert failed.error.description == "subscriber does not exist"
    details = client.details("m2", PHONE, where=True)
    assert details.text == "Привет, мир\nвторая строка" and details.sender == "SMSC"
    assert details.cost == Decimal("0.40") and details.country == "Russia"
    assert details.sent_at is not None and details.sent_at.timestamp() == START
    statuses = client.statuses([("m1", PHONE), ("nope", PHONE)])
    assert [s.status for s in statuses] == [MessageStatus.DELIVERED, MessageStatus.NOT_FOUND]
    assert client.balance() == SmscBalance(Decimal("98.80"))
    assert client.balance(currency=True) == SmscBalance(Decimal("98.80"), "RUB")
    assert client.price(PHONE, "x" * 161) == Price(Decimal("0.80"), 2)
    contacts = list(client.contacts())
    assert [c.name for c in contacts] == [f"Иванов, {n}" for n in range(5)]
    assert contacts[0].first_name == "Иван" and contacts[0].tags == "a,b"
    assert client.groups() == [Group(contacts[0].groups[0], "Друзья, коллеги", 7)]
    assert [e.comment for e in client.black_list()] == ["spam, 2", "spam, 1", "spam, 0"]
    history = list(client.history())
    assert [m.text for m in history][:1] == ["Привет, мир\nвторая строка"]
    assert history[0].sent_at is not None and history[0].sent_at.tzinfo is MOSCOW
    assert client.answers()[0].text == "Ответ, да"


def test_unknown_codes_are_kept_not_crashed() -> None:
    assert MessageStatus(77).value == 77 and MessageStatus(77).description == "undocumented code"
    assert DeliveryError(999).name == "UNKNOWN_999"
    assert MessageStatus(-3) is MessageStatus.NOT_FOUND


def test_statuses_move_on_the_clock_and_call_back(receiver: CallbackReceiver) -> None:
    callbacks = Callbacks(
        url="http://receiver/callbacks", transport=httpx.ASGITransport(receiver.app)
    )
    clock = ManualClock(START)
    stub = SmscStub(LOGIN, PASSWORD, clock=clock, callbacks=callbacks)
    with Smsc(LOGIN, PASSWORD, base_url="http://smsc", transport=SyncASGITransport(stub.app)) as c:
        sent = c.send(PHONE, "later", time="+10")
        assert c.status(sent.id, PHONE).status is MessageStatus.WAITING
        clock.advance(601)
        asyncio.run(stub.tick())
        assert c.status(sent.id, PHONE).status is MessageStatus.TRANSFERRED
        clock.advance(5)
        asyncio.run(stub.tick())
        assert c.status(sent.id, PHONE).status is MessageStatus.DELIVERED
    calls = [parse_callback(dict(parse_qsl(q))) for q in receiver.queries]
    assert [(c.id, c.phone, c.status) for c in calls if isinstance(c, StatusCallback)] == [
        (sent.id, PHONE, MessageStatus.TRANSFERRED),
        (sent.id, PHONE, MessageStatus.DELIVERED),
    ]
    assert calls[-1].changed_at is not None and calls[-1].changed_at.timestamp() == START + 603


def test_callbacks_that_do_not_parse_are_callback_errors() -> None:
    inbound = parse_callback({"id": "5", "phone": "7999", "mes": "hi", "to": "7000"})
    assert isinstance(inbound, InboundCallback) and inbound.text == "hi"
    for bad in ({"id": "5", "phone": "7999", "status": "x"}, {"phone": "7999"}, {}):
        with pytest.raises(CallbackError):
            parse_callback(bad)


ERRORS: dict[str, tuple[Callable[[Smsc], Any], type[SmscApiError], int, str | None]] = {
    # A number is checked before any request (test_numbers_follow_the_gateways_rule...);
    # an unknown group is SMSC's error 7, which carries the message's id.
    "unknown group target": (lambda c: c.send("G999", "x", id="77"), SmscApiError, 7, "77"),
    "bad time zone": (lambda c: c.send(PHONE, "x", id="78", tz=99), SmscApiError, 1, None),
    "unknown message": (lambda c: c.status("nope", PHONE), SmscApiError, 3, None),
    "unknown group": (lambda c: c.rename_group(1, "x"), SmscApiError, 3, None),
    "unknown operator": (lambda c: c.operator("15551234567"), SmscApiError, 3, None),
}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_every_format_decodes_to_the_same_typed_error(
    name: str, worlds: Callable[..., World]
) -> None:
    call, cls, code, message_id = ERRORS[name]
    seen = set()
    for fmt in FORMATS:
        with pytest.raises(cls) as raised:
            call(worlds(fmt).client)
        error = raised.value
        assert error.status_code == 200 and error.code == code
        assert error.message_id == message_id
        seen.add((type(error), error.code, error.text, error.message_id))
    assert len(seen) == 1


def test_insufficient_funds_carries_the_message_id(worlds: Callable[..., World]) -> None:
    for fmt in FORMATS:
        world = worlds(fmt)
        world.stub.balance = Decimal("0.10")
        with pytest.raises(SmscInsufficientFundsError) as raised:
            world.client.send(PHONE, "x", id="m9")
        assert (raised.value.code, raised.value.message_id) == (3, "m9")
        assert raised.value.text == "insufficient funds"


def test_wrong_credentials_are_an_authentication_error(worlds: Callable[..., World]) -> None:
    world = worlds()
    for fmt in FORMATS:
        client = Smsc(LOGIN, "wrong", fmt=fmt, base_url="http://smsc", transport=world.transport)
        with pytest.raises(SmscAuthenticationError) as raised:
            client.balance()
        assert raised.value.code == 2
        assert "wrong" not in str(raised.value) or "wrong login" in str(raised.value)


def test_md5_password_and_apikey_authenticate(worlds: Callable[..., World]) -> None:
    world = worlds()
    md5 = Smsc(LOGIN, PASSWORD, md5=True, base_url="http://smsc", transport=world.transport)
    key = Smsc(apikey=APIKEY, base_url="http://smsc", transport=world.transport)
    assert md5.balance() == key.balance()
    assert PASSWORD not in repr(md5) and APIKEY not in repr(key)
    with pytest.raises(InvalidRequestError):
        Smsc(LOGIN)
    with pytest.raises(InvalidRequestError):
        Smsc(LOGIN, PASSWORD, apikey=APIKEY)


def test_secrets_travel_in_the_body_never_the_url() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text="15.00")

    client = Smsc(LOGIN, PASSWORD, md5=True, fmt=0, transport=httpx.MockTransport(handler))
    client.balance()
    request = seen[0]
    digest = hashlib.md5(PASSWORD.encode()).hexdigest()
    assert request.method == "POST" and request.url.query == b""
    assert str(request.url) == "https://smsc.ru/sys/balance.php"
    body = request.content.decode()
    assert f"psw={digest}" in body and PASSWORD not in body and "fmt=0" in body


def test_identical_send_within_the_window_is_a_rate_limit_and_never_repeated(
    worlds: Callable[..., World],
) -> None:
    world = worlds()
    before = world.stub.sends_received
    world.client.send(PHONE, "once", id="dup")
    with pytest.raises(SmscRateLimitError) as raised:
        world.client.send(PHONE, "once", id="dup")
    assert raised.value.code == 9 and raised.value.retry_after == 60.0
    assert world.stub.sends_received == before + 2
    world.tick(61)
    assert world.client.send(PHONE, "once", id="dup").id == "dup"


def test_bare_ok_and_json_labels_are_read_by_the_format_asked_for(
    worlds: Callable[..., World],
) -> None:
    """Live SMSC labels every reply application/json, a bare OK included."""
    for fmt in FORMATS:
        world = worlds(fmt, wire="live")
        assert world.client.delete("m2", PHONE) is None
        assert world.client.balance() == SmscBalance(Decimal("98.80"))


@pytest.mark.parametrize("name", sorted(CSV_AMBIGUOUS))
def test_fmt1_lists_with_commas_in_fields_are_refused(
    name: str, worlds: Callable[..., World]
) -> None:
    """SMSC leaves fmt=1 fields unquoted, so a list of free text (names, comments, messages)
    cannot be read at fmt=1: the facade refuses it before any request rather than misread it."""
    world = worlds(Format.CSV)
    with pytest.raises(InvalidRequestError, match="fmt 0, 2 or 3"):
        OPERATIONS[name](world.client)


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f is not Format.CSV])
def test_windows_1251_replies_decode(fmt: Format, worlds: Callable[..., World]) -> None:
    world = worlds(fmt, charset="windows-1251")
    names = [c.name for c in world.client.contacts()]
    assert names == [f"Иванов, {n}" for n in range(5)]
    assert world.client.groups()[0].name == "Друзья, коллеги"


def test_contacts_are_fetched_lazily_page_by_page(worlds: Callable[..., World]) -> None:
    world = worlds()
    requests: list[httpx.Request] = []
    transport = world.transport

    class Counting(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            requests.append(request)
            return transport.handle_request(request)

    client = Smsc(LOGIN, PASSWORD, base_url="http://smsc", transport=Counting())
    pages = client.contacts(page_size=2)
    assert requests == []
    first = next(pages)
    assert len(requests) == 1 and first.name == "Иванов, 0"
    assert [c.int_id for c in pages] == sorted(c.int_id for c in world.client.contacts())[1:]
    bodies = [r.content.decode() for r in requests]
    assert "after_id" not in bodies[0] and f"after_id={first.int_id + 1}" not in bodies[0]
    assert all("cnt=2" in b for b in bodies) and len(bodies) == 3  # 2 + 2 + 1


async def test_async_client_does_the_same(worlds: Callable[..., World]) -> None:
    world = worlds()
    transport = httpx.ASGITransport(world.stub.app)
    async with AsyncSmsc(LOGIN, PASSWORD, base_url="http://smsc", transport=transport) as c:
        sent = await c.send(PHONE, "async hello")
        assert isinstance(sent, SendResult) and sent.parts == 1
        assert (await c.status(sent.id, PHONE)).status is MessageStatus.TRANSFERRED
        names = [contact.name async for contact in c.contacts(page_size=2)]
        assert names == [f"Иванов, {n}" for n in range(5)]
        assert len([e async for e in c.black_list(page_size=1)]) == 3


def test_loopback_server(worlds: Callable[..., World]) -> None:
    world = worlds()
    with LoopbackServer(world.stub.app) as url, Smsc(apikey=APIKEY, base_url=url) as client:
        assert client.balance().amount == Decimal("98.80")
        assert [s for s in client.senders()] == ["SMSC"]


def test_bad_input_is_refused_before_any_request() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing should be sent")

    client = Smsc(LOGIN, PASSWORD, transport=httpx.MockTransport(refuse))
    for call in (
        lambda: client.send([], "x"),
        lambda: client.send(PHONE, ""),
        lambda: client.send(PHONE, "x", cost=1),  # type: ignore[arg-type]
        lambda: client.send(PHONE, "x", no_such_option=1),
        lambda: client.send(PHONE, "x", translit=7),
        lambda: list(client.contacts(page_size=0)),
        lambda: client.statuses([]),
        lambda: client.move_contact(PHONE, 1, mode="jump"),  # type: ignore[arg-type]
    ):
        with pytest.raises(InvalidRequestError):
            call()
    with pytest.raises(InvalidRequestError):
        Smsc(LOGIN, PASSWORD, fmt=4)


def test_options_by_smsc_name_are_checked_against_the_typed_body() -> None:
    """Options (send's translit/time/flash/..., a contact's fields) go into the generated
    body's typed constructor by their SMSC names; one the command does not take, or does not
    allow, or that the method sets itself, is refused naming the operation and the option."""

    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing should be sent")

    client = Smsc(LOGIN, PASSWORD, transport=httpx.MockTransport(refuse))
    refusals = {
        "send takes no no_such_option": lambda: client.send(PHONE, "x", no_such_option=1),
        "send: translit is one of 0, 1, 2, got 7": lambda: client.send(PHONE, "x", translit=7),
        "send: mes is set by the method": lambda: client.send(PHONE, "x", mes="other"),
        "send: fmt is set by the method": lambda: client.send(PHONE, "x", fmt=1),
        "get_price: cost is set by the method": lambda: client.price(PHONE, "x", cost=2),
        "phones_add takes no nickname": lambda: client.add_contact(PHONE, "I", nickname="x"),
        "mails_chg takes no new_phone": lambda: client.change_contact(
            "a@example.com", book="mails", new_phone="1"
        ),
        "users_add: type is one of 0, 1, 2, 3, 4, got 9": lambda: client.add_user(
            "sub", "pw", type=9
        ),
    }
    for message, call in refusals.items():
        with pytest.raises(InvalidRequestError, match=message):
            call()


def test_options_reach_the_wire_by_their_smsc_names() -> None:
    """`bin`, `type` and `format` are `bin_`, `type_` and `format_` in the generated models:
    the SMSC name is what a caller gives and what goes out."""
    seen: list[dict[str, str]] = []
    replies = iter([{"id": "5", "cnt": 1}, "OK", {"id": 3}])

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(dict(parse_qsl(request.content.decode())))
        reply = next(replies)
        return httpx.Response(200, text=reply) if reply == "OK" else httpx.Response(200, json=reply)

    client = Smsc(LOGIN, PASSWORD, transport=httpx.MockTransport(record))
    client.send(PHONE, "00ff", bin=2, translit=1)
    client.add_user("sub2", "pw-2", type=1)
    assert client.add_template("t", "text", format="sms") == 3
    assert [(f.get("bin"), f.get("type"), f.get("format"), f["fmt"]) for f in seen] == [
        ("2", None, None, "3"),
        (None, "1", None, "3"),
        (None, None, "sms", "3"),
    ]
    assert seen[0]["translit"] == "1"


def test_numbers_follow_the_gateways_rule_before_any_request(
    worlds: Callable[..., World],
) -> None:
    """Issue 19: `Smsc.send("7999", "x")` went to SMSC. Numbers are checked as the gateway
    checks them (smsgate.phones, with the client's default_region) before any request; the
    documented `G<group id>` targets go as they are."""
    requests: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        raise AssertionError("nothing should be sent")

    client = Smsc(LOGIN, PASSWORD, transport=httpx.MockTransport(refuse))
    for call in (
        lambda: client.send("7999", "x"),
        lambda: client.send([PHONE, "12"], "x"),
        lambda: client.send("89991234567", "x"),  # national, and no default_region
        lambda: client.price("7999", "x"),
        lambda: client.send_list({"7999": "x"}),
        lambda: client.add_job("job", "7999", "x"),
    ):
        with pytest.raises(InvalidRequestError, match="not a valid"):
            call()
    assert requests == []

    world = worlds()
    national = Smsc(
        LOGIN, PASSWORD, base_url="http://smsc", transport=world.transport, default_region="RU"
    )
    sent = national.send(["8 999 123-45-67", "+7 999 123 45 67"], "x", id="n1")
    assert national.status(sent.id, PHONE).status is not MessageStatus.NOT_FOUND
    group = world.client.groups()[0].id
    assert world.client.send(f"G{group}", "to the group").parts == 5  # its five contacts
    listed = world.client.send_list({f"{PHONE};+7 999 765-43-21": "both", f"G{group}": "x"})
    assert listed.parts == 7  # a string lists several, as send.php takes them


def test_balance_is_named_smsc_balance_and_the_old_name_warns() -> None:
    """Issue 19: three public classes were named Balance; SMSC's is SmscBalance, and
    `from smsgate.smsc import Balance` still works for now, with a DeprecationWarning."""
    import smsgate
    import smsgate.smsc

    assert "SmscBalance" in smsgate.smsc.__all__ and "Balance" not in smsgate.smsc.__all__
    assert SmscBalance is not smsgate.Balance
    with pytest.warns(DeprecationWarning, match="SmscBalance"):
        from smsgate.smsc import Balance
    assert Balance is SmscBalance


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_report_reads_the_same_polled_or_pushed(fmt: Format, receiver: CallbackReceiver) -> None:
    """Issue 19: the neutral report of a callback and of a poll agree, `vendor_status`
    spelled the same and `at` filled (SMSC gives a time both ways), in every format."""
    from smsgate.callbacks import CallbackRequest
    from smsgate.gateway import connect
    from smsgate.smsc import read_delivery_callback

    callbacks = Callbacks(
        url="http://receiver/callbacks", transport=httpx.ASGITransport(receiver.app)
    )
    clock = ManualClock(START)
    stub = SmscStub(LOGIN, PASSWORD, clock=clock, callbacks=callbacks)
    transport = SyncASGITransport(stub.app)
    with connect(
        "smsc", login=LOGIN, password=PASSWORD, fmt=fmt, base_url="http://smsc",
        transport=transport,
    ) as gateway:  # fmt: skip
        sent = gateway.send(PHONE, "x")[0]
        clock.advance(5)
        asyncio.run(stub.tick())
        polled = gateway.status(sent.id)
    pushed = [
        report
        for query in receiver.queries
        for report in read_delivery_callback(
            CallbackRequest("GET", f"http://receiver/callbacks?{query}"), None
        )
    ]
    final = pushed[-1]
    assert polled.is_final and polled.at is not None
    assert (polled.id, polled.to, polled.state, polled.vendor_status, polled.at) == (
        final.id, final.to, final.state, final.vendor_status, final.at,
    )  # fmt: skip


# Replies as the reference records them, through a mock transport.
COSTED = SendResult("1234", 2, Decimal("0.8"), Decimal("1231.21"))
GROUPS = '[{"id": 5924, "name": "My group"}, {"id": 5921, "name": "New group", "number": 1234}]'
STATUS_JSON = (
    '{"status": 1, "last_date": "28.12.2024 19:53:12", "last_timestamp": 1735404792,'
    ' "flag": 0, "err": 0}'
)


def replying(body: str, content_type: str = "application/json; charset=utf-8") -> Any:
    """A client whose every request gets this reply."""

    def make(fmt: Format = Format.JSON) -> Smsc:
        def handler(request: httpx.Request) -> httpx.Response:
            headers = {"content-type": content_type}
            return httpx.Response(200, content=body.encode(), headers=headers)

        transport = httpx.MockTransport(handler)
        return Smsc(LOGIN, PASSWORD, fmt=fmt, transport=transport, retry=NO_RETRY)

    return make


@pytest.mark.parametrize(
    ("fmt", "body", "call", "expected"),
    [
        (Format.JSON, '{"id": 1, "cnt": 1}', lambda c: c.send(PHONE, "x"), SendResult("1", 1)),
        (Format.TEXT, "OK - 1 SMS, ID - 1234", lambda c: c.send(PHONE, "x"), SendResult("1234", 1)),
        (Format.CSV, "1234,2,0.8,1231.21", lambda c: c.send(PHONE, "x", cost=3),
         COSTED),
        (Format.JSON, '{"id": 1234, "cnt": 2, "cost": "0.8", "balance": "1231.21"}',
         lambda c: c.send(PHONE, "x", cost=3), COSTED),
        (Format.JSON, '{"cost": "0.4", "cnt": 1}', lambda c: c.price(PHONE, "x"),
         Price(Decimal("0.4"), 1)),
        (Format.JSON, '{"balance": "15.00"}', lambda c: c.balance(), SmscBalance(Decimal("15.00"))),
        (Format.XML, "<balance>15.00</balance>", lambda c: c.balance(),
         SmscBalance(Decimal("15.00"))),
        (Format.TEXT, "250.80", lambda c: c.balance(), SmscBalance(Decimal("250.80"))),
        (Format.JSON, "OK", lambda c: c.delete_group(5924), None),
        (Format.JSON, '{"id": 5113988}', lambda c: c.add_contact(PHONE, "x"), 5113988),
        (Format.TEXT, "ID = 5113988", lambda c: c.add_contact(PHONE, "x"), 5113988),
        (Format.JSON, GROUPS, lambda c: c.groups(),
         [Group(5924, "My group", None), Group(5921, "New group", 1234)]),
        (Format.JSON, '[{"sender": "zxcabs"}]', lambda c: c.senders(), ["zxcabs"]),
        (Format.JSON, '{"sender": 24606}', lambda c: c.add_sender("zxcabs", "mine"), 24606),
        (Format.JSON, '{"id": 77}', lambda c: c.add_job("n", PHONE, "x"), 77),
        (Format.TEXT, "OK, ID - 77", lambda c: c.add_job("n", PHONE, "x"), 77),
    ],
)  # fmt: skip
def test_reference_replies_decode(
    fmt: Format, body: str, call: Callable[[Smsc], Any], expected: Any
) -> None:
    assert call(replying(body)(fmt)) == expected


def test_recorded_contacts_without_int_id_are_one_page() -> None:
    """The 2013 recording has no int_id; such a list is read whole, without paging on."""
    body = json.dumps(
        [
            {
                "phone": "79999999999", "name": "zxcabs", "group": "5924", "first_name": "",
                "last_name": "", "middle_name": "", "birthday": "01.02.1990", "id": "my-1",
                "comments": "", "tags": "", "phone_other": "",
            }
        ]
    )  # fmt: skip
    [contact] = list(replying(body)().contacts(page_size=1))
    assert contact.int_id is None and contact.groups == (5924,)
    assert contact.birthday == date(1990, 2, 1) and contact.my_id == "my-1"


@pytest.mark.parametrize(
    ("fmt", "body"),
    [
        (Format.JSON, STATUS_JSON),
        (Format.TEXT, "Status = 1, check_time = 28.12.2024 19:53:12, err = 0"),
        (Format.CSV, "1,1735404792,0"),
        (Format.XML, "<sms><status>1</status><last_date>28.12.2024 19:53:12</last_date>"
                     "<last_timestamp>1735404792</last_timestamp><flag>0</flag><err>0</err></sms>"),
    ],
)  # fmt: skip
def test_reference_status_reads_the_same_in_every_format(fmt: Format, body: str) -> None:
    status = replying(body)(fmt).status("5", PHONE)
    assert status.status is MessageStatus.DELIVERED
    assert status.changed_at is not None and status.changed_at.timestamp() == 1735404792


@pytest.mark.parametrize(
    ("fmt", "body"),
    [
        (Format.JSON, '{"error": "invalid number", "error_code": 7, "id": 1234}'),
        (Format.TEXT, "ERROR = 7 (invalid number), ID - 1234"),
        (Format.CSV, "1234,-7"),
        (Format.XML, "<result><error>invalid number</error><error_code>7</error_code>"
                     "<id>1234</id></result>"),
    ],
)  # fmt: skip
def test_reference_send_errors_read_the_same_in_every_format(fmt: Format, body: str) -> None:
    with pytest.raises(SmscApiError) as raised:
        replying(body)(fmt).send(PHONE, "x")
    assert (raised.value.code, raised.value.text, raised.value.message_id) == (
        7, "wrong phone number format", "1234",
    )  # fmt: skip


def test_an_xml_bomb_is_a_decode_error_not_an_expansion() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
            for i in range(1, 10)
        )
        + "]><result><balance>&lol9;</balance></result>"
    )
    client = replying(bomb, "application/xml")(Format.XML)
    with pytest.raises(DecodeError) as raised:
        client.balance()
    assert raised.value.raw_body == bomb.encode()
    assert "DTDForbidden" in str(raised.value)  # refused at the declaration, never expanded


@pytest.mark.parametrize(
    ("fmt", "body"),
    [
        (Format.JSON, "<html>Bad gateway</html>"),
        (Format.XML, "<result><balance>"),
        (Format.TEXT, "Something else entirely"),
        (Format.JSON, '{"status": "x"}'),
        (Format.CSV, "a,b"),
    ],
)
def test_replies_that_do_not_parse_are_decode_errors(fmt: Format, body: str) -> None:
    with pytest.raises(DecodeError) as raised:
        replying(body)(fmt).status("5", PHONE)
    assert raised.value.raw_body == body.encode()


def test_reads_fail_over_to_the_backup_hosts_and_sends_only_when_they_never_left() -> None:
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        if request.url.host == "smsc.ru":
            raise httpx.ConnectError("unreachable", request=request)
        return httpx.Response(
            200,
            text='{"balance": "1.00"}' if "balance" in request.url.path else '{"id": 1, "cnt": 1}',
        )

    retry = RetryPolicy(max_attempts=3, backoff=0.0)
    client = Smsc(LOGIN, PASSWORD, transport=httpx.MockTransport(handler), retry=retry)
    assert client.balance() == SmscBalance(Decimal("1.00"))
    assert hosts == ["smsc.ru", "www2.smsc.ru"]
    hosts.clear()
    assert client.send(PHONE, "x").id == "1"  # ConnectError: the send never left
    assert hosts == ["smsc.ru", "www2.smsc.ru"]

    def timing_out(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        raise httpx.ReadTimeout("no answer", request=request)

    hosts.clear()
    client = Smsc(LOGIN, PASSWORD, transport=httpx.MockTransport(timing_out), retry=retry)
    with pytest.raises(OutcomeUnknownError):
        client.send(PHONE, "x")
    assert hosts == ["smsc.ru"]  # it may have left: never repeated, on any host


def test_scheduled_times_are_moscow_time_shifted_by_tz(worlds: Callable[..., World]) -> None:
    world = worlds()
    world.client.send(PHONE, "a", id="t1", time="01.01.26 04:00")  # START is 03:00 Moscow
    world.client.send(PHONE, "b", id="t2", time="0101260500", tz=1)  # 05:00 at MSK+1
    world.client.send(PHONE, "c", id="t3", time="+30")
    sends = {key[0]: m.send_at for key, m in world.stub.messages.items()}
    assert (sends["t1"], sends["t2"], sends["t3"]) == (START + 3600, START + 3600, START + 5 + 1800)
    assert world.client.status("t1", PHONE).status is MessageStatus.WAITING
    with pytest.raises(SmscApiError) as bad:
        world.client.send(PHONE, "d", time="tomorrow")
    assert bad.value.code == 5 and bad.value.text == "wrong date format"


def test_secrets_stay_out_of_logs_errors_and_reprs(
    worlds: Callable[..., World], caplog: pytest.LogCaptureFixture
) -> None:
    world = worlds()
    digest = hashlib.md5(PASSWORD.encode()).hexdigest()
    caplog.set_level(logging.DEBUG)
    for md5 in (False, True):
        client = Smsc(LOGIN, PASSWORD, md5=md5, base_url="http://smsc", transport=world.transport)
        client.balance()
        with pytest.raises(SmscApiError) as raised:
            client.status("nope", PHONE)
        shown = [repr(client), str(raised.value), repr(raised.value), caplog.text]
        assert not [text for text in shown if PASSWORD in text or digest in text]


def test_a_digital_sender_is_confirmed_by_its_code(worlds: Callable[..., World]) -> None:
    number = "79991112233"
    for fmt in FORMATS:
        world = worlds(fmt)
        world.client.send_sender_code(number, site_name="shop")
        with pytest.raises(SmscApiError) as wrong:
            world.client.check_sender_code(number, "000")
        assert wrong.value.code == 3
        assert world.client.check_sender_code(number, world.stub.sender_codes[number]) is None
        assert number in world.client.senders()
