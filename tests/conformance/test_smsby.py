"""SMS.by's wire, as the published clients send it: every request form that SMS.by's own
libraries (sms-python, sms-php, send-sms-nodejs) and widely read third-party clients use, byte
for byte, and the facts of the reply each of them relies on.

SMS.by's libraries do not send what the docs show: sms-python POSTs every method with all its
arguments in the query and no body; sms-php GETs most methods (`sendQuickSms` included, which
the docs show as POST) and POSTs the rest as a form; the Node example POSTs JSON. They spell
method names their own way (`sendQuickSms`, `sendSms`) and leave out `alphaname_id`. Every
client decides failure by an `error` key in the JSON reply, so each case checks its absence
(or, for the error cases, its presence) besides the fields the client reads.

Each case runs on a fresh stub holding what the cases refer to (`seeded`): a moderated
template, a delivered SMS and one not sent yet, a password object, a flash call, a Viber
message and a mailing list, made through smsgate's own client.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, quote_plus, urlencode

import httpx
import pytest
from smsgate.smsby import SmsBy
from smsgate.stub import ManualClock, SyncASGITransport
from smsgate.stub._decode import FORM, JSON, MULTIPART
from smsgate.stub.smsby import SmsByStub

from .wire import WireCase, exchange

TOKEN = "0e11a2c8810eaec4c20f86b5caa394eb"
PHONE = "375291234567"
TEMPLATE, DELIVERED_SMS, FRESH_SMS, PASSWORD_OBJECT, VIBER_MESSAGE, MAILING_LIST = (
    1000,
    1001,
    1002,
    1003,
    1004,
    1005,
)
FLASH_CODE = 4321

SMS_PYTHON = "sms-python (SMS.by's own Python library; smsby.py as vendored in OlyaB29/QuizProject)"
SMS_PHP = "sms-php (SMS.by's own PHP library; sms-by-code/sms-php SMS_BY.php)"
SMS_PHP_EXAMPLES = "sms-php examples.php (sms-by-code/sms-php)"
NODE = "send-sms-nodejs (SMS.by's own Node example; sms-by-code/send-sms-nodejs example.js)"
UNISENDER_PHP = "SmsBy/Sms.by smsUnisender.php (SMS.by's older PHP library, sms.unisender.by)"
GUZZLE = "smsby.api.php.client (third-party, Guzzle; MakarovIgor/smsby.api.php.client)"
THIRD_PARTY_GET = (
    "third-party callers found by find_string 'api/v1/sendQuickSMS?token' (a NestJS service"
    " with axios.get, PHP scripts with file_get_contents; the index names no repository)"
)
THIRD_PARTY_FORM = "a third-party TypeScript sendQuickSms client (fetch with URLSearchParams)"
AXIOS_TEXT = "Перейдите по ссылке: https://sms.by/ok"
JS_SAFE = "-_.!~*'()"
"""What JavaScript's encodeURIComponent leaves unescaped."""
REFERENCE = "the reference (shared/reference/smsby.md sections 1 and 2)"

# What each client's HTTP library puts on the wire besides the URL and the body.
REQUESTS = {"User-Agent": "python-requests/2.31.0", "Accept": "*/*", "Content-Length": "0"}
CURL = {"Accept": "*/*"}
CURL_FORM = {**CURL, "Content-Type": "application/x-www-form-urlencoded"}
GUZZLE_HEADERS = {"User-Agent": "GuzzleHttp/7"}

Check = Callable[[httpx.Response], Any]


def ok(*checks: Callable[[dict[str, Any]], Any]) -> Check:
    """HTTP 200, a JSON object without `error` (how every SMS.by client tells success), and
    the facts the client reads out of it."""

    def expect(reply: httpx.Response) -> None:
        assert reply.status_code == 200, reply.text
        body = reply.json()
        assert isinstance(body, dict) and "error" not in body, body
        for check in checks:
            assert check(body), body

    return expect


def refused(status: int) -> Check:
    def expect(reply: httpx.Response) -> None:
        assert reply.status_code == status, reply.text
        assert reply.headers["content-type"].startswith("application/json")
        assert isinstance(reply.json().get("error"), str), reply.text

    return expect


def sms_sent(body: dict[str, Any]) -> bool:
    return isinstance(body["sms_id"], int) and body["status"] == "NEW"


def python_post(case_id: str, command: str, params: dict[str, Any], expect: Check) -> WireCase:
    """sms-python's __send_request: POST url + '?token=' + token + '&' + urlencode(params),
    no body (requests.post(url))."""
    query = f"token={TOKEN}" + (f"&{urlencode(params)}" if params else "")
    return WireCase(
        case_id, SMS_PYTHON, "POST", f"/api/v1/{command}", expect, query=query, headers=REQUESTS
    )


def php_get(
    case_id: str, command: str, params: dict[str, Any], expect: Check, source: str = SMS_PHP
) -> WireCase:
    """sms-php's sendRequest(..., 'get'): '?token=' . token, then '&k=' . urlencode(v) each."""
    query = f"token={TOKEN}" + "".join(f"&{k}={quote_plus(str(v))}" for k, v in params.items())
    return WireCase(case_id, source, "GET", f"/api/v1/{command}", expect, query=query, headers=CURL)


def php_post(case_id: str, command: str, params: dict[str, Any], expect: Check) -> WireCase:
    """sms-php's sendRequest(..., 'post'): a form body, http_build_query(params + token)."""
    body = urlencode({**params, "token": TOKEN}).encode()
    return WireCase(
        case_id, SMS_PHP, "POST", f"/api/v1/{command}", expect, headers=CURL_FORM, body=body
    )


def guzzle(
    case_id: str, method: str, command: str, params: dict[str, Any], expect: Check
) -> WireCase:
    """smsby.api.php.client's sendRequest: Guzzle's `query` option (RFC 3986, token last),
    GET unless told POST, never a body."""
    query = urlencode({**params, "token": TOKEN}, quote_via=quote)
    return WireCase(
        case_id, GUZZLE, method, f"/api/v1/{command}", expect, query=query, headers=GUZZLE_HEADERS
    )


CASES = [
    # sms-python: POST, everything in the query, method names as the library spells them.
    python_post(
        "python-sendQuickSms-post-query-no-alphaname",
        "sendQuickSms",
        {"message": "Тестовое сообщение! Привет от Горыныча!", "phone": PHONE},
        ok(sms_sent),
    ),
    python_post(
        "python-getBalance-post", "getBalance", {}, ok(lambda b: b["result"][0]["balance"])
    ),
    python_post("python-getLimit-post", "getLimit", {}, ok(lambda b: isinstance(b["limit"], int))),
    python_post("python-getAlphanames-post", "getAlphanames", {}, ok(lambda b: "0" in b)),
    python_post(  # get_alphaname_id calls getAlphanames with a name it ignores
        "python-getAlphanames-post-with-name",
        "getAlphanames",
        {"name": "smsgate"},
        ok(lambda b: b["123"] == "smsgate"),
    ),
    python_post(
        "python-createSmsMessage-post",
        "createSmsMessage",
        {"message": "Новое сообщение для рассылки"},
        ok(lambda b: isinstance(b["message_id"], int)),
    ),
    python_post(
        "python-checkSMSMessageStatus-post",
        "checkSMSMessageStatus",
        {"message_id": str(TEMPLATE)},
        ok(lambda b: b["status"] == "moderated"),
    ),
    python_post(
        "python-getMessagesList-post",
        "getMessagesList",
        {},
        ok(lambda b: b["result"][0]["message_id"] == TEMPLATE),
    ),
    python_post(
        "python-sendSms-post",
        "sendSms",
        {"message_id": str(TEMPLATE), "phone": PHONE},
        ok(sms_sent),
    ),
    python_post(
        "python-checkSMS-post",
        "checkSMS",
        {"sms_id": str(DELIVERED_SMS)},
        ok(lambda b: b["sms_id"] == DELIVERED_SMS and b["delivered"] > 0),
    ),
    python_post(
        "python-createPasswordObject-post",
        "createPasswordObject",
        {"type_id": "both", "len": 10},
        ok(lambda b: isinstance(b["result"]["password_object_id"], int)),
    ),
    python_post(
        "python-getPasswordObjects-post",
        "getPasswordObjects",
        {},
        ok(lambda b: b["result"][0]["id"] == PASSWORD_OBJECT),
    ),
    python_post(  # get_password_object and edit_password_object call getPasswordObjects
        "python-getPasswordObjects-post-with-edit-arguments",
        "getPasswordObjects",
        {"id": PASSWORD_OBJECT, "type_id": "both", "len": 6},
        ok(lambda b: b["result"][0]["len"] == 4),
    ),
    python_post(
        "python-deletePasswordObject-post",
        "deletePasswordObject",
        {"id": PASSWORD_OBJECT},
        ok(lambda b: b["result"] == "1"),
    ),
    python_post(
        "python-sendSmsMessageWithCode-post-no-alphaname",
        "sendSmsMessageWithCode",
        {"password_object_id": PASSWORD_OBJECT, "phone": PHONE, "message": "Ваш пароль: %CODE%"},
        ok(lambda b: len(b["code"]) == 4 and isinstance(b["sms_id"], int)),
    ),
    # sms-php: GET with the query for most methods (sendQuickSms too), a form POST for the rest.
    php_get(
        "php-getBalance-get",
        "getBalance",
        {},
        ok(lambda b: b["result"][0]["balance"] and b["currency"]),
        SMS_PHP_EXAMPLES,
    ),
    php_get("php-getLimit-get", "getLimit", {}, ok(lambda b: b["limit"] > 0)),
    php_get(
        "php-createSmsMessage-get-no-alphaname",
        "createSmsMessage",
        {"message": "Привет от sms.by!"},
        ok(lambda b: isinstance(b["message_id"], int)),
        SMS_PHP_EXAMPLES,
    ),
    php_get(
        "php-createSmsMessage-get-with-alphaname",
        "createSmsMessage",
        {"message": "Hello from sms.by", "alphaname_id": 123},
        ok(lambda b: b["alphaname"] == "smsgate"),
    ),
    php_get(
        "php-checkSMSMessageStatus-get",
        "checkSMSMessageStatus",
        {"message_id": TEMPLATE},
        ok(lambda b: b["status"] == "moderated"),
    ),
    php_get(
        "php-getMessagesList-get",
        "getMessagesList",
        {},
        ok(lambda b: isinstance(b["result"], list)),
        SMS_PHP_EXAMPLES,
    ),
    php_get(
        "php-sendSms-get",
        "sendSms",
        {"message_id": TEMPLATE, "phone": PHONE},
        ok(lambda b: isinstance(b["sms_id"], int)),
        SMS_PHP_EXAMPLES,
    ),
    php_get(
        "php-sendQuickSms-get-no-alphaname",
        "sendQuickSms",
        {"message": "Привет от sms.by!", "phone": PHONE},
        ok(sms_sent),
    ),
    php_get(
        "php-checkSMS-get",
        "checkSMS",
        {"sms_id": DELIVERED_SMS},
        ok(lambda b: b["delivered"] > 0),
    ),
    php_get(  # sms-php tells a failure by `isset($result->error)`
        "php-checkSMS-get-unknown-id",
        "checkSMS",
        {"sms_id": 999999},
        refused(404),
    ),
    php_get(
        "php-createPasswordObject-get",
        "createPasswordObject",
        {"type_id": "both", "len": 5},
        ok(lambda b: isinstance(b["result"]["password_object_id"], int)),
        SMS_PHP_EXAMPLES,
    ),
    php_get(
        "php-editPasswordObject-get",
        "editPasswordObject",
        {"id": PASSWORD_OBJECT, "type_id": "letters", "len": 8},
        ok(lambda b: b["result"] == "1"),
    ),
    php_get(
        "php-deletePasswordObject-get",
        "deletePasswordObject",
        {"id": PASSWORD_OBJECT},
        ok(lambda b: b["result"] == "1"),
    ),
    php_get(
        "php-getPasswordObjects-get",
        "getPasswordObjects",
        {},
        ok(lambda b: b["result"][0]["type_id"] == "numbers"),
    ),
    php_get(
        "php-getPasswordObject-get",
        "getPasswordObject",
        {"id": PASSWORD_OBJECT},
        ok(lambda b: b["result"]["len"] == 4),
    ),
    php_get(
        "php-getAlphanames-get",
        "getAlphanames",
        {},
        ok(lambda b: b["0"] == "System name (SMS.by)"),
        SMS_PHP_EXAMPLES,
    ),
    php_get(
        "php-getAlphanameId-get",
        "getAlphanameId",
        {"name": "smsgate"},
        ok(lambda b: b["id"] == 123),
    ),
    php_get("php-getVibernames-get", "getVibernames", {}, ok(lambda b: b["123"] == "smsgate")),
    php_get(
        "php-getViberMessageList-get",
        "getViberMessageList",
        {},
        ok(lambda b: b["status"] == "OK"),
    ),
    php_post(
        "php-flashCall-post-form",
        "flashCall",
        {"phone": PHONE},
        ok(lambda b: b["status"] == "success" and b["data"]["code"] and b["data"]["fclid"]),
    ),
    php_post(
        "php-flashCall-post-form-with-options",
        "flashCall",
        {"phone": PHONE, "code": "5555", "attempt": 2, "time_valid": 120},
        ok(lambda b: b["data"]["code"] == "5555" and b["data"]["attempt"] == 2),
    ),
    php_post(
        "php-createViberMessage-post-form",
        "createViberMessage",
        {"message": "Привет от sms.by!", "vibername_id": 123},
        ok(lambda b: b["status"] == "OK"),
    ),
    php_post(
        "php-sendViberMessage-post-form",
        "sendViberMessage",
        {"phone": PHONE, "viber_message_id": VIBER_MESSAGE},
        ok(lambda b: b["status"] == "OK"),
    ),
    php_post(
        "php-sendQuickViberMessage-post-form",
        "sendQuickViberMessage",
        {"phone": PHONE, "vibername_id": 123, "message": "Привет от sms.by!"},
        ok(lambda b: b["status"] == "OK" and isinstance(b["result"]["viber_id"], int)),
    ),
    php_post(  # $params = array_merge($params, $message): the message's fields join the form
        "php-sendViberMessageList-post-form",
        "sendViberMessageList",
        {
            "name": "Рассылка",
            "vibername_id": 123,
            "list_id": MAILING_LIST,
            "d_schedule": "2030-01-01 10:00",
            "type_message": "BUTTON",
            "message": "Привет от sms.by!",
            "button": "Открыть",
            "button_link": "https://sms.by",
        },
        ok(lambda b: b["status"] == "OK"),
    ),
    # SMS.by's older PHP library: the same GETs, with sendSms and no alphaname_id.
    php_get(
        "unisender-sendSms-get",
        "sendSms",
        {"message_id": TEMPLATE, "phone": PHONE},
        ok(sms_sent),
        UNISENDER_PHP,
    ),
    php_get(
        "unisender-sendSmsMessageWithCode-get-no-alphaname",
        "sendSmsMessageWithCode",
        {"message": "Ваш пароль: %CODE%", "password_object_id": PASSWORD_OBJECT, "phone": PHONE},
        ok(lambda b: b["status"] == "ok" and len(b["code"]) == 4),
        UNISENDER_PHP,
    ),
    # send-sms-nodejs: request.post(url, {json: {token, message, phone}}).
    WireCase(
        "node-sendQuickSMS-post-json-no-alphaname",
        NODE,
        "POST",
        "/api/v1/sendQuickSMS",
        ok(sms_sent),
        headers={"accept": "application/json", "content-type": "application/json"},
        body=json.dumps(
            {"token": TOKEN, "message": "New message", "phone": PHONE}, separators=(",", ":")
        ).encode(),
    ),
    # Third-party clients.
    guzzle(
        "guzzle-sendQuickSMS-post-query-system-sender",
        "POST",
        "sendQuickSMS",
        {"message": "Код 1234", "phone": PHONE, "alphaname_id": 0},
        ok(lambda b: isinstance(b["sms_id"], int)),
    ),
    guzzle(  # the forwarding options, documented as form fields, in the query
        "guzzle-sendQuickSMS-post-query-with-viber-forwarding",
        "POST",
        "sendQuickSMS",
        {
            "message": "Код 1234",
            "phone": PHONE,
            "alphaname_id": 0,
            "forwarding_message": 1,
            "forwarding_time": 60,
            "vibername_id": 123,
        },
        ok(lambda b: isinstance(b["sms_id"], int)),
    ),
    guzzle(
        "guzzle-sendSms-get",
        "GET",
        "sendSms",
        {"message_id": TEMPLATE, "phone": PHONE},
        ok(lambda b: isinstance(b["sms_id"], int)),
    ),
    guzzle(  # new SmsStatus($reply['sent'], $reply['delivered']): both ints, on every reply
        "guzzle-checkSMS-get-not-sent-yet",
        "GET",
        "checkSMS",
        {"sms_id": FRESH_SMS},
        ok(lambda b: b["sent"] == 0 and b["delivered"] == 0),
    ),
    guzzle(
        "guzzle-createSmsMessage-get-with-name-and-time",
        "GET",
        "createSmsMessage",
        {"message": "Акция", "alphaname_id": 0, "name": "promo", "time": "2030-01-01 10:00"},
        ok(lambda b: isinstance(b["message_id"], int) and b["time"] > 0),
    ),
    guzzle(
        "guzzle-getMessagesList-get-with-limit",
        "GET",
        "getMessagesList",
        {"limit_offset": 0, "limit_rows": 1},
        ok(lambda b: len(b["result"]) == 1),
    ),
    guzzle(
        "guzzle-getAlphanameCategory-get",
        "GET",
        "getAlphanameCategory",
        {},
        ok(lambda b: b["result"][0]["name"] == "Select"),
    ),
    WireCase(  # `${base}/api/v1/sendQuickSMS?token=${t}&message=${encodeURIComponent(m)}&...`
        "thirdparty-sendQuickSMS-get-query-axios",
        THIRD_PARTY_GET,
        "GET",
        "/api/v1/sendQuickSMS",
        ok(sms_sent),
        query=f"token={TOKEN}&message={quote(AXIOS_TEXT, safe=JS_SAFE)}"
        f"&phone={PHONE}&alphaname_id=123",
        headers={"Accept": "application/json, text/plain, */*", "User-Agent": "axios/1.6.8"},
    ),
    php_get(  # "...sendQuickSMS?token=" . $id . "&message=" . urlencode($text) . "&phone=" . $to
        "thirdparty-sendQuickSMS-get-query-no-alphaname",
        "sendQuickSMS",
        {"message": "Ваш код: 123456", "phone": PHONE},
        ok(sms_sent),
        THIRD_PARTY_GET,
    ),
    WireCase(  # fetch(url, {method: "POST", body: new URLSearchParams({token, phone, ...})})
        "thirdparty-sendQuickSms-post-form-with-token",
        THIRD_PARTY_FORM,
        "POST",
        "/api/v1/sendQuickSms",
        ok(sms_sent),
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"},
        body=urlencode(
            {"token": TOKEN, "phone": PHONE, "message": "Ваш код 1234", "alphaname_id": "123"}
        ).encode(),
    ),
    WireCase(
        "client-2024-checkSMS-reads-status-sent-delivered",
        "issue 15: a 2024 client reads status, sent and delivered from every checkSMS reply",
        "GET",
        "/api/v1/checkSMS",
        ok(lambda b: b["status"] == "DELIVERED" and b["sent"] > 0 and b["delivered"] > 0),
        query=f"token={TOKEN}&sms_id={DELIVERED_SMS}",
    ),
    # SMS.by's own error shape for what it does not serve.
    WireCase(
        "unknown-method-name-is-404-error-json",
        REFERENCE,
        "GET",
        "/api/v1/sendFax",
        refused(404),
        query=f"token={TOKEN}",
        headers=CURL,
    ),
    WireCase(
        "unserved-http-method-is-405-error-json",
        REFERENCE,
        "PUT",
        "/api/v1/getBalance",
        refused(405),
        query=f"token={TOKEN}",
        headers=CURL,
    ),
]

# sms-php's examples.php reads sendSmsMessageWithCode's reply as `$res[0]->sms_id`: the
# one-element array of the older docs (wire="old").
OLD_WIRE_CASES = [
    php_get(
        "php-sendSmsMessageWithCode-get-old-array",
        "sendSmsMessageWithCode",
        {
            "message": "Ваш пароль: %CODE%",
            "password_object_id": PASSWORD_OBJECT,
            "phone": PHONE,
            "alphaname_id": 0,
        },
        lambda reply: (reply.status_code == 200 and reply.json()[0]["sms_id"]) or pytest.fail(),
        SMS_PHP_EXAMPLES,
    )
]


def seeded(wire: str = "spec") -> SmsByStub:
    """A stub holding what the cases refer to, made through smsgate's client; the ids are
    the stub's first, checked here so that a change in how it numbers shows up at once."""
    clock = ManualClock()
    stub = SmsByStub(TOKEN, clock=clock, wire=wire)  # type: ignore[arg-type]
    transport = SyncASGITransport(stub.app)
    with SmsBy(TOKEN, base_url="http://stub/api", transport=transport) as smsby:
        template = smsby.create_message("Seeded template").message_id
        delivered = smsby.send_quick(PHONE, "Seeded and delivered").sms_id
        clock.advance(10)
        stub.advance()
        fresh = smsby.send_quick(PHONE, "Seeded, not sent yet").sms_id
        password_object = smsby.create_password_object("numbers", 4)
        smsby.flash_call(PHONE, code=FLASH_CODE)
        viber_message = smsby.create_viber_message("Seeded Viber message", vibername_id=123)
        mailing_list = smsby.create_list("Seeded list")
    seeded_ids = (template, delivered, fresh, password_object)
    assert seeded_ids == (TEMPLATE, DELIVERED_SMS, FRESH_SMS, PASSWORD_OBJECT)
    assert (viber_message["viber_message_id"], mailing_list) == (VIBER_MESSAGE, MAILING_LIST)
    return stub


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_published_client_request(case: WireCase) -> None:
    case.expect(exchange(seeded(), case))


@pytest.mark.parametrize("case", OLD_WIRE_CASES, ids=[case.id for case in OLD_WIRE_CASES])
def test_published_client_request_on_the_old_wire(case: WireCase) -> None:
    case.expect(exchange(seeded("old"), case))


def test_case_ids_are_unique() -> None:
    ids = [case.id for case in CASES + OLD_WIRE_CASES]
    assert len(ids) == len(set(ids))


def test_the_stub_reads_requests_as_the_spec_says() -> None:
    """The facts SmsByStub declares (its RequestForms, case-insensitive method names, the
    methods of its routes) are those of the spec's x-smsgate-request-forms."""
    stub = SmsByStub(TOKEN)
    forms = stub.spec["x-smsgate-request-forms"]
    media = {"form": FORM, "multipart": MULTIPART, "json": JSON}
    assert {media[a] for a in forms["arguments"] if a in media} == stub.request_forms.bodies
    assert "query" in forms["arguments"]
    assert stub.method_names_ignore_case == (forms["method-names"] == "case-insensitive")
    served = {m.upper() for m in forms["methods"]}
    routes = [r for mount in stub.app.routes for r in getattr(mount, "routes", [])]
    assert len(routes) == len(stub.spec["paths"])
    assert all(served <= set(route.methods or ()) for route in routes)
