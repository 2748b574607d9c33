"""SMS.by's loose wire: every drift the reference lists read both ways into one typed result,
and every sample reply of the docs (the spec's examples) decoded by the typed client."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest
from smsgate.errors import ApiError, InsufficientFundsError
from smsgate.smsby import (
    MINSK,
    BulkMailing,
    DuplicateMessageError,
    FlashCall,
    NotFoundError,
    SendStatus,
    SmsBy,
    TemplateStatus,
)
from smsgate.stub._core import load_spec

TOKEN = "smsby-wire-token"
Call = Callable[[SmsBy], Any]


def answer(body: Any, status: int = 200) -> SmsBy:
    reply = httpx.Response(status, json=body)
    return SmsBy(TOKEN, transport=httpx.MockTransport(lambda request: reply))


def outcome(call: Call, body: Any, status: int = 200) -> Any:
    """The typed result, or the error type and message, of `call` given this reply."""
    with answer(body, status) as smsby:
        try:
            return call(smsby)
        except ApiError as error:
            return type(error), error.message


MAILING = {"message_id": 1, "name": "mailing list 1", "alphaname_id": 1}
DELIVERY = {"delivery_id": 1, "phone": "375291111111", "status": "DELIVERED"}
CREATED = {"status": "ok", "parts": 1, "len": 31, "message_id": 2604834, "alphaname": "system"}
CODE = {"status": "ok", "parts": 1, "len": 18, "sms_id": 2204970, "code": "483920"}
LISTING = {"id": 1173020, "name": "Notification", "type": "API", "status": "NEW", "count_phones": 1}


def bulk(**delivery: Any) -> list[dict[str, Any]]:
    return [{**MAILING, "success": [{**DELIVERY, **delivery}]}]


def listing(**fields: Any) -> dict[str, Any]:
    return {"status": "success", "data": [{**LISTING, **fields}]}


# (what drifts, the call, one shape, the other shape); see the reference's sections 3 and 7.
DRIFTS: list[tuple[str, Call, Any, Any]] = [
    (
        "createSmsMessage: an object or a one-element array",
        lambda s: s.create_message("hi"),
        CREATED,
        [CREATED],
    ),
    (
        "sendSmsMessageWithCode: an object or a one-element array",
        lambda s: s.send_code("375291234567", "%CODE%", password_object_id=1),
        CODE,
        [CODE],
    ),
    (
        "getBalance: result as a one-element array or an object",
        lambda s: s.balance(),
        {"status": "OK", "currency": "BYN", "result": [{"balance": "2.86600"}]},
        {"status": "OK", "currency": "BYN", "result": {"balance": "2.86600"}},
    ),
    (
        "money as a decimal string or a number",
        lambda s: s.balance(),
        {"result": [{"balance": "2.86600", "viber_balance": "0.5"}]},
        {"result": [{"balance": 2.866, "viber_balance": 0.5}]},
    ),
    (
        "getSMSMessages cost as a decimal string or a number",
        lambda s: s.mailings(),
        listing(cost="718.40600"),
        listing(cost=718.406),
    ),
    (
        "counts as strings or numbers (parts, sms_delivered)",
        lambda s: s.mailings(),
        listing(parts="27631", sms_delivered="0"),
        listing(parts=27631, sms_delivered=0),
    ),
    (
        "ids as strings or numbers (id)",
        lambda s: s.mailings(),
        listing(id="1173020"),
        listing(id=1173020),
    ),
    (
        "statusBulkSms ids as strings or numbers (alphaname_id, delivery_id)",
        lambda s: s.bulk_status("u"),
        [{**MAILING, "alphaname_id": "1", "success": [{**DELIVERY, "delivery_id": "1"}]}],
        [{**MAILING, "alphaname_id": 1, "success": [{**DELIVERY, "delivery_id": 1}]}],
    ),
    (
        "phones as JSON numbers or strings (getSmsDeliveryList)",
        lambda s: list(s.deliveries(1)),
        {"result": [{"phone": 375293332211, "status": "delivered"}]},
        {"result": [{"phone": "375293332211", "status": "delivered"}]},
    ),
    (
        "timestamps: unix seconds as a number or a string",
        lambda s: s.sms_times(7),
        {"sms_id": 7, "sent": 1616407661, "delivered": 1616407673},
        {"sms_id": 7, "sent": "1616407661", "delivered": "1616407673"},
    ),
    (
        "timestamps: Y-m-d H:i:s or unix seconds (the same instant)",
        lambda s: list(s.messages()),
        {"result": [{"message_id": 1, "status": "new", "d_create": "2021-03-22 13:07:41"}]},
        {"result": [{"message_id": 1, "status": "new", "d_create": 1616407661}]},
    ),
    (
        "timestamps: with or without microseconds",
        lambda s: s.bulk_status("u"),
        bulk(status_time="2024-10-16 22:52:42.000000"),
        bulk(status_time="2024-10-16 22:52:42"),
    ),
    (
        "checkSMS: a moment not reached yet is absent or 0",
        lambda s: s.sms_times(7),
        {"sms_id": 7, "sent": 1616407661},
        {"sms_id": 7, "sent": 1616407661, "delivered": 0},
    ),
    (
        "send statuses in upper or lower case",
        lambda s: s.bulk_status("u"),
        bulk(status="DELIVERED"),
        bulk(status="delivered"),
    ),
    (
        "template statuses in lower or upper case",
        lambda s: list(s.messages()),
        {"result": [{"message_id": 1, "status": "moderated"}]},
        {"result": [{"message_id": 1, "status": "MODERATED"}]},
    ),
    (
        "a string or numeric `result` flag (editPasswordObject)",
        lambda s: s.edit_password_object(1, "numbers", 4),
        {"result": "1"},
        {"result": 1},
    ),
    (
        "flashCall time_valid as a string or a number",
        lambda s: s.flash_call("375291234567"),
        {
            "status": "success",
            "data": {
                "code": "4821",
                "phone": "375291234567",
                "time_valid": "90",
                "fclid": "f",
                "attempt": 3,
            },
        },
        {
            "status": "success",
            "data": {
                "code": 4821,
                "phone": 375291234567,
                "time_valid": 90,
                "fclid": "f",
                "attempt": "3",
            },
        },
    ),
    (
        "getAlphanames: ids as object keys",
        lambda s: s.alphanames(),
        {"0": "System name (SMS.by)", "1363": "VasheImya"},
        {"1363": "VasheImya", "0": "System name (SMS.by)"},
    ),
]


@pytest.mark.parametrize(
    ("call", "one", "other"), [d[1:] for d in DRIFTS], ids=[d[0] for d in DRIFTS]
)
def test_both_shapes_read_the_same(call: Call, one: Any, other: Any) -> None:
    first, second = outcome(call, one), outcome(call, other)
    assert not isinstance(first, tuple), first  # a result, not an error
    assert first == second


def test_drifted_values_become_one_python_type() -> None:
    [mailing] = outcome(
        lambda s: s.mailings(), listing(cost="718.40600", parts="27631", d_create=1614154034)
    )
    assert (mailing.cost, mailing.parts, mailing.id) == (Decimal("718.40600"), 27631, 1173020)
    assert mailing.created_at == datetime(2021, 2, 24, 8, 7, 14, tzinfo=UTC)
    [message] = outcome(
        lambda s: list(s.messages()),
        {"result": [{"message_id": "5", "status": "MODERATED", "d_create": "2021-03-22 11:32:32"}]},
    )
    assert (message.message_id, message.status, message.status_raw) == (
        5,
        TemplateStatus.MODERATED,
        "MODERATED",
    )
    assert message.created_at == datetime(2021, 3, 22, 11, 32, 32, tzinfo=MINSK)
    status = outcome(lambda s: s.bulk_status("u"), bulk(status_time="2024-10-16 22:52:42.497994"))
    delivery = status.mailings[0].deliveries[0]
    assert delivery.status_time == datetime(2024, 10, 16, 22, 52, 42, 497994, tzinfo=MINSK)
    assert delivery.raw["status_time"] == "2024-10-16 22:52:42.497994"  # the raw value beside


@pytest.mark.parametrize(
    ("body", "status"),
    [({"error": "not found"}, 200), ({"error": "not found"}, 404), ({}, 404)],
)
def test_the_error_object_counts_on_any_status(body: Any, status: int) -> None:
    """Gotcha 1: the `error` key decides, whatever the HTTP status; a bare 404 too."""
    kind, _ = outcome(lambda s: s.sms_times(7), body, status)
    assert kind is NotFoundError


@pytest.mark.parametrize(
    "body",
    [
        {"error": "The same message exists with ID=2604834"},
        {"error": "The same message exists", "message_id": "2604834"},
    ],
)
def test_a_duplicate_names_the_existing_message_either_way(body: Any) -> None:
    with answer(body) as smsby:
        assert smsby.create_message("hi").message_id == 2604834
        with pytest.raises(DuplicateMessageError) as duplicate:
            smsby.create_message("hi", reuse_existing=False)
    assert duplicate.value.existing_id == 2604834


@pytest.mark.parametrize(
    ("body", "status", "kind"),
    [
        ({"error": "billing error"}, 200, InsufficientFundsError),
        ({"error": "access denied"}, 200, ApiError),
        ({"error": "token is incorrect"}, 403, ApiError),
        ({"error": "undefined error"}, 200, ApiError),
        ({"error": "Wrong alphaname. Check it is correct and approved."}, 200, ApiError),
    ],
)
def test_known_error_texts_are_typed(body: Any, status: int, kind: type[ApiError]) -> None:
    got, message = outcome(lambda s: s.send(1, "375291234567"), body, status)
    assert issubclass(got, kind) and message == body["error"]


# Every sample reply of the docs, as the spec carries them, decoded by the typed client.
FLASH = FlashCall("0f1e2d3c4b5a69788796a5b4c3d2e1f0", "4821", "375291234567", 90, 3)
SAMPLE_CALLS: dict[str, Call] = {
    "sendBulkSms": lambda s: s.send_bulk(BulkMailing("a", "t", ["375291234567"])),
    "statusBulkSms": lambda s: s.bulk_status("cc9c8043-8caf-11ef-b035-9e8f47954dec"),
    "sendQuickSMS": lambda s: s.send_quick("375291234567", "hi"),
    "sendOtpTelegram": lambda s: s.send_otp("375291234567", "1234", channel="telegram"),
    "sendOtpWhatsApp": lambda s: s.send_otp("375291234567", "1234", channel="whatsapp"),
    "createSmsMessage": lambda s: s.create_message("hi", reuse_existing=False),
    "checkSMSMessageStatus": lambda s: s.message_status(2604834),
    "sendSMS": lambda s: s.send(2604834, "375291234567"),
    "checkSMS": lambda s: s.sms_times(2637396),
    "getMessagesList": lambda s: list(s.messages()),
    "getSmsDeliveryList": lambda s: list(s.deliveries(2604834)),
    "getSMSMessages": lambda s: s.mailings(),
    "getBalance": lambda s: s.balance(),
    "getLimit": lambda s: s.limit(),
    "getBills": lambda s: list(s.bills()),
    "createBill": lambda s: s.create_bill(120),
    "getAlphanames": lambda s: s.alphanames(),
    "getAlphanameId": lambda s: s.alphaname_id("VasheImya"),
    "getAlphanameCategory": lambda s: s.alphaname_categories(),
    "createSubscriberList": lambda s: s.create_list("Clients"),
    "importContacts": lambda s: s.import_contacts(42, [{"phone": "375291234567"}]),
    "getSubscriberLists": lambda s: s.lists(),
    "createPasswordObject": lambda s: s.create_password_object("numbers", 6),
    "getPasswordObjects": lambda s: s.password_objects(),
    "getPasswordObject": lambda s: s.password_object(12),
    "editPasswordObject": lambda s: s.edit_password_object(12, "numbers", 6),
    "deletePasswordObject": lambda s: s.delete_password_object(12),
    "sendSmsMessageWithCode": lambda s: s.send_code(
        "375291234567", "%CODE%", password_object_id=12
    ),
    "flashCall": lambda s: s.flash_call("375291234567"),
    "confirmFlashCall": lambda s: s.confirm_flash_call(FLASH, "4821"),
    "sendQuickViberMessage": lambda s: s.send_viber("375291234567", "hi", vibername_id=1),
    "sendQuickViberMedia": lambda s: s.send_viber_media("375291234567", "hi", vibername_id=1),
    "sendViberMessageList": lambda s: s.send_viber_to_list(
        1, "hi", name="n", vibername_id=1, schedule_at=datetime(2030, 1, 1, tzinfo=UTC)
    ),
    "getVibernames": lambda s: s.vibernames(),
}


def _samples() -> list[tuple[str, Any]]:
    spec = load_spec("smsby")
    found = []
    for item in spec["paths"].values():
        for op in item.values():
            reply = op["responses"]["200"]
            if "$ref" in reply:
                reply = spec["components"]["responses"][reply["$ref"].rsplit("/", 1)[1]]
            media = reply.get("content", {}).get("application/json", {})
            bodies = [media["example"]] if "example" in media else []
            bodies += [e["value"] for e in media.get("examples", {}).values()]
            found += [(op["operationId"], body) for body in bodies]
    return found


SAMPLES = _samples()


def test_every_sample_has_a_call() -> None:
    assert {op for op, _ in SAMPLES} <= SAMPLE_CALLS.keys()
    assert len(SAMPLES) >= 40


@pytest.mark.parametrize(
    ("operation", "body"), SAMPLES, ids=[f"{o}-{i}" for i, (o, _) in enumerate(SAMPLES)]
)
def test_every_sample_reply_decodes(operation: str, body: Any) -> None:
    result = outcome(SAMPLE_CALLS[operation], body)
    if isinstance(body, dict) and "error" in body:
        assert isinstance(result, tuple) and issubclass(result[0], ApiError)
    else:
        assert not isinstance(result, tuple), result
        assert result is not None
        json.dumps(str(result))  # a plain, printable value


def test_status_sample_keeps_upper_case_sends() -> None:
    [sample] = [b for o, b in SAMPLES if o == "statusBulkSms"]
    status = outcome(SAMPLE_CALLS["statusBulkSms"], sample)
    assert {d.status for m in status.mailings for d in m.deliveries} == {SendStatus.DELIVERED}
    assert status.is_final


def test_every_operation_of_the_spec_has_a_typed_method() -> None:
    """Each generated endpoint is used by one of the package's operation groups, so no method
    of the index is left out."""
    import importlib
    import pkgutil
    import types

    import smsgate.smsby as overlay

    spec = load_spec("smsby")
    operations = {op["operationId"] for item in spec["paths"].values() for op in item.values()}
    modules = [
        importlib.import_module(f"{overlay.__name__}.{info.name}")
        for info in pkgutil.iter_modules(overlay.__path__)
    ]
    used = {
        value.OPERATION_NAME
        for module in modules
        for value in vars(module).values()
        if isinstance(value, types.ModuleType) and hasattr(value, "OPERATION_NAME")
    }
    assert len(operations) == 45
    assert len(used) == len(operations)
