"""uBill's stub against the requests that uBill's published clients send, byte for byte.

Each case is one request exactly as a client sends it (its method, path, query, headers and
body bytes: PHP's `json_encode` escapes, Go's trailing newline, axios's `+` for spaces, PHP's
`stopList=0`) and the facts of the reply that the client reads. Every case runs under both
wire shapes: "spec" (ids and counts as the strings of uBill's own document) and "live" (the
integers live uBill sends), and a fact that differs between the two is checked as each says.

The sources, named in each case, are uBill's own generated SDKs (ubill-ge/sdk-ts, sdk-php,
sdk-go), uBill's "SMS API" page (the GET form, `otp`, `sendTime`), the third-party clients
that the reference lists (ClassAtlas/laravel-usms, asyncfinkd/js-ubill,
Smart-Pay-Chain/ubill.ge-sms, odinwerks/connector-ubill-sms) and production Laravel code
found by code search (Guzzle `query` arrays). Their facts carry over; their code does not.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, Literal

import httpx
import pytest
from smsgate.stub import ManualClock
from smsgate.stub.ubill import DELIVERED_AFTER, SENT_AFTER, UBillStub
from smsgate.ubill import TBILISI

from tests.conformance.wire import WireCase, exchange

Wire = Literal["spec", "live"]
WIRES: tuple[Wire, ...] = ("spec", "live")
Ident = type[str] | type[int]
"""How a wire shape types ids and counts: str for "spec", int for "live"."""
KEY = "0123456789abcdef0123456789abcdef01234567"  # uBill's keys are 40 hex digits
V1 = "/v1"
SEEDED_SMS_ID = 100
"""The batch every stub here has sent before the case runs, so that reports have one to read."""

AXIOS_NODE = {  # what axios 1.x adds on Node.js to every request
    "Accept": "application/json, text/plain, */*",
    "User-Agent": "axios/1.7.9",
    "Accept-Encoding": "gzip, compress, deflate, br",
}
JSON_TYPE = {"Content-Type": "application/json"}
PHP_SDK = {  # sdk-php's HeaderSelector, on every request, bodiless GETs included
    "Accept": "application/json,text/plain;q=0.9",
    "Content-Type": "application/json",
    "User-Agent": "OpenAPI-Generator/1.0.0/PHP",
}
GEORGIAN = "გამარჯობა"
GEORGIAN_PHP = "\\u10d2\\u10d0\\u10db\\u10d0\\u10e0\\u10ef\\u10dd\\u10d1\\u10d0"
"""`GEORGIAN` as PHP's json_encode writes it by default: every non-ASCII character escaped."""
GEORGIAN_RFC3986 = (
    "%E1%83%92%E1%83%90%E1%83%9B%E1%83%90%E1%83%A0%E1%83%AF%E1%83%9D%E1%83%91%E1%83%90"
)


def make_stub(wire: Wire) -> tuple[UBillStub, ManualClock]:
    """A stub with two authorized brands (1 "smsgate", 2 "shop": production code sends
    brandID 2) and one batch already sent."""
    clock = ManualClock()  # 2026-01-01 00:00 UTC, 04:00 in Tbilisi
    stub = UBillStub(KEY, brands=("smsgate", "shop"), wire=wire, clock=clock)
    seed = WireCase(
        id="seed",
        source="the fixture",
        method="POST",
        path=f"{V1}/sms/send",
        query=f"key={KEY}",
        headers=JSON_TYPE,
        body=b'{"brandID":1,"numbers":[995511194241],"text":"seed","stopList":false}',
        expect=lambda reply: None,
    )
    assert int(exchange(stub, seed).json()["smsID"]) == SEEDED_SMS_ID
    return stub, clock


# The facts the clients read.
def _json(reply: httpx.Response) -> dict[str, Any]:
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"].startswith("application/json")
    body = reply.json()
    assert isinstance(body, dict)
    assert type(body["statusID"]) is int  # connector-ubill-sms: `result.statusID === 0`
    return body


def sent(ident: Ident) -> Callable[[httpx.Response], None]:
    """statusID 0 and the batch's smsID, typed as the wire shape says (sdk-ts: string;
    laravel-usms `?int`, js-ubill `number`)."""

    def check(reply: httpx.Response) -> None:
        body = _json(reply)
        assert body["statusID"] == 0, body
        assert type(body["smsID"]) is ident and int(body["smsID"]) > SEEDED_SMS_ID

    return check


def refused(status_id: int) -> Callable[[httpx.Response], None]:
    """HTTP 200 with the request-level statusID the client turns into its error."""

    def check(reply: httpx.Response) -> None:
        body = _json(reply)
        assert body["statusID"] == status_id, body
        assert isinstance(body.get("message"), str) and "smsID" not in body

    return check


def balance(ident: Ident) -> Callable[[httpx.Response], None]:
    def check(reply: httpx.Response) -> None:
        body = _json(reply)
        assert body["statusID"] == 0 and type(body["sms"]) is ident  # `sms`, never `balance`
        assert int(body["sms"]) == 999  # the seeded send spent one

    return check


def brands(ident: Ident) -> Callable[[httpx.Response], None]:
    """The list under `brands` (js-ubill reads `response.brands`), `authorized` 1 for a usable
    brand, `createdAt` exactly `Y-m-d H:i:s` (laravel-usms parses it with that format)."""

    def check(reply: httpx.Response) -> None:
        body = _json(reply)
        assert body["statusID"] == 0
        listed = body["brands"]
        assert [b["name"] for b in listed] == ["smsgate", "shop"]
        for brand in listed:
            assert type(brand["id"]) is ident and type(brand["authorized"]) is ident
            assert int(brand["authorized"]) == 1
            datetime.strptime(brand["createdAt"], "%Y-%m-%d %H:%M:%S")
        assert listed[0]["id"] == ident(1)  # js-ubill finds a brand by `id === "1"`

    return check


def report(ident: Ident) -> Callable[[httpx.Response], None]:
    """One item per number: `number` a string (laravel-usms `string $number`), `statusID`
    typed as the wire shape says, 3 (pending) right after the send."""

    def check(reply: httpx.Response) -> None:
        body = _json(reply)
        assert body["statusID"] == 0
        assert body["result"] == [{"number": "995511194241", "statusID": ident(3)}]

    return check


def brand_created(reply: httpx.Response) -> None:
    body = _json(reply)
    assert body["statusID"] == 0 and type(body["brandID"]) is int  # int in both shapes
    assert body["brandID"] == 3


def unauthorized(reply: httpx.Response) -> None:
    """The one HTTP error uBill documents: text/plain, not JSON (the SDKs' 401 response)."""
    assert reply.status_code == 401
    assert reply.headers["content-type"].startswith("text/plain")
    assert reply.text == "Please authorize with valid API key!"


def unrouted(status: int) -> Callable[[httpx.Response], None]:
    """Smart-Pay-Chain's client reads `statusID` and `message` from any non-2xx reply."""

    def check(reply: httpx.Response) -> None:
        assert reply.status_code == status
        body = reply.json()
        assert type(body["statusID"]) is int and body["statusID"] != 0
        assert isinstance(body["message"], str)

    return check


def cases(wire: Wire) -> list[WireCase]:
    """Every request form the clients send, with the facts each reads under `wire`."""
    ident: Ident = str if wire == "spec" else int
    send, keyed = f"{V1}/sms/send", f"key={KEY}"
    header_key = {"key": KEY}
    return [
        # uBill's "SMS API" page (the seed) and the reference §3.2: the GET form.
        WireCase(
            id="page-get-send",
            source="ubill.ge/en/blog/sms-api (uBill's page): GET /sms/send, numbers joined by ','",
            method="GET",
            path=send,
            query=f"{keyed}&brandID=1&numbers=995511194242,995511194243&text=Hello%20World&stopList=false",
            expect=sent(ident),
        ),
        WireCase(
            id="page-get-send-otp",
            source="ubill.ge/en/blog/sms-api: otp=true",
            method="GET",
            path=send,
            query=f"{keyed}&brandID=1&numbers=995511194242&text=Your%20code%20is%204321&otp=true",
            expect=sent(ident),
        ),
        WireCase(
            id="page-get-send-scheduled",
            source="ubill.ge/en/blog/sms-api: sendTime Y-m-d H:i, later than now",
            method="GET",
            path=send,
            query=f"{keyed}&brandID=1&numbers=995511194242&text=later&sendTime=2026-01-01%2005:30",
            expect=sent(ident),
        ),
        WireCase(
            id="page-get-send-in-the-past",
            source="ubill.ge/en/blog/sms-api: 'must be later than the current time'",
            method="GET",
            path=send,
            query=f"{keyed}&brandID=1&numbers=995511194242&text=late&sendTime=2026-01-01+03:59",
            expect=refused(99),
        ),
        WireCase(
            id="page-get-send-stop-list-check",
            source="ubill.ge/en/blog/sms-api: stopList omitted (the check is on)",
            method="GET",
            path=send,
            query=f"{keyed}&brandID=1&numbers=995511194242&text=hi",
            expect=sent(ident),
        ),
        # uBill's own SDKs, generated from its OpenAPI document: the key in the query.
        WireCase(
            id="sdk-ts-send",
            source="ubill-ge/sdk-ts api/sms-api.ts: send (axios, key in the query)",
            method="POST",
            path=send,
            query=keyed,
            headers={**AXIOS_NODE, **JSON_TYPE},
            body=b'{"brandID":1,"numbers":[995511194241,995511194242],"text":"Hello from uBill!"}',
            expect=sent(ident),
        ),
        WireCase(
            id="sdk-ts-balance",
            source="ubill-ge/sdk-ts api/sms-api.ts: getBalance",
            method="GET",
            path=f"{V1}/sms/balance",
            query=keyed,
            headers=AXIOS_NODE,
            expect=balance(ident),
        ),
        WireCase(
            id="sdk-ts-brand-names",
            source="ubill-ge/sdk-ts api/sms-api.ts: getBrandNames",
            method="GET",
            path=f"{V1}/sms/brandNames",
            query=keyed,
            headers=AXIOS_NODE,
            expect=brands(ident),
        ),
        WireCase(
            id="sdk-ts-report",
            source="ubill-ge/sdk-ts api/sms-api.ts: getDeliveryReport (smsID in the path)",
            method="GET",
            path=f"{V1}/sms/report/{SEEDED_SMS_ID}",
            query=keyed,
            headers=AXIOS_NODE,
            expect=report(ident),
        ),
        WireCase(
            id="sdk-ts-create-brand",
            source="ubill-ge/sdk-ts api/sms-api.ts: createBrandName",
            method="POST",
            path=f"{V1}/sms/brandNameCreate",
            query=keyed,
            headers={**AXIOS_NODE, **JSON_TYPE},
            body=b'{"brandName":"MyBrand"}',
            expect=brand_created,
        ),
        WireCase(
            id="sdk-php-send",
            source="ubill-ge/sdk-php src/Api/SmsApi.php: sendSMS (Guzzle, json_encode escapes)",
            method="POST",
            path=send,
            query=keyed,
            headers=PHP_SDK,
            body=(
                '{"brandID":1,"numbers":[995511194241],"text":"'
                + GEORGIAN_PHP
                + ' https:\\/\\/ubill.ge","stopList":false}'
            ).encode(),
            expect=sent(ident),
        ),
        WireCase(
            id="sdk-php-balance",
            source="ubill-ge/sdk-php src/Api/SmsApi.php: getBalance (a bodiless GET labelled JSON)",
            method="GET",
            path=f"{V1}/sms/balance",
            query=keyed,
            headers=PHP_SDK,
            expect=balance(ident),
        ),
        WireCase(
            id="sdk-php-report",
            source="ubill-ge/sdk-php src/Api/SmsApi.php: getDeliveryReport",
            method="GET",
            path=f"{V1}/sms/report/{SEEDED_SMS_ID}",
            query=keyed,
            headers=PHP_SDK,
            expect=report(ident),
        ),
        WireCase(
            id="sdk-go-send",
            source="ubill-ge/sdk-go api_sms.go: Send (json.Encoder: HTML escapes, final newline)",
            method="POST",
            path=send,
            query=keyed,
            headers={
                "Accept": "application/json",
                "Content-Type": "application/json",
                "User-Agent": "OpenAPI-Generator/1.0.0/go",
            },
            body=b'{"brandID":1,"numbers":[995511194241],"text":"Tom \\u0026 Jerry \\u003c3",'
            b'"stopList":false}\n',
            expect=sent(ident),
        ),
        # laravel-usms (Saloon): the key as a header, numbers as strings, base URL without /v1.
        WireCase(
            id="laravel-usms-send",
            source="ClassAtlas/laravel-usms src/Requests/SendSmsRequest.php (numbers string[])",
            method="POST",
            path=send,
            headers={"Accept": "application/json", **JSON_TYPE, **header_key},
            body=b'{"brandID":1,"numbers":["995511194241","995511194242"],"text":"'
            + GEORGIAN_PHP.encode()
            + b'","stopList":false}',
            expect=sent(ident),
        ),
        WireCase(
            id="laravel-usms-brand-names",
            source="ClassAtlas/laravel-usms src/Requests/ListBrandNameRequest.php",
            method="GET",
            path=f"{V1}/sms/brandNames",
            headers={"Accept": "application/json", **JSON_TYPE, **header_key},
            expect=brands(ident),
        ),
        WireCase(
            id="laravel-usms-balance",
            source="ClassAtlas/laravel-usms src/Requests/SmsBalanceRequest.php",
            method="GET",
            path=f"{V1}/sms/balance",
            headers={"Accept": "application/json", **JSON_TYPE, **header_key},
            expect=balance(ident),
        ),
        WireCase(
            id="laravel-usms-report",
            source="ClassAtlas/laravel-usms src/Requests/DeliveryReportRequest.php",
            method="GET",
            path=f"{V1}/sms/report/{SEEDED_SMS_ID}",
            headers={"Accept": "application/json", **JSON_TYPE, **header_key},
            expect=report(ident),
        ),
        WireCase(
            id="laravel-usms-create-brand",
            source="ClassAtlas/laravel-usms src/Requests/CreateBrandNameRequest.php",
            method="POST",
            path=f"{V1}/sms/brandNameCreate",
            headers={"Accept": "application/json", **JSON_TYPE, **header_key},
            body=b'{"brandName":"shop.ge"}',
            expect=brand_created,
        ),
        # The axios clients: the key as a header (set on the instance or by an interceptor).
        WireCase(
            id="js-ubill-send",
            source="asyncfinkd/js-ubill src/UbillAPI.ts: sendSMS (key header by interceptor)",
            method="POST",
            path=send,
            headers={**AXIOS_NODE, **JSON_TYPE, **header_key},
            body=b'{"brandID":1,"numbers":[995511194241],"text":"Hello","stopList":true}',
            expect=sent(ident),
        ),
        WireCase(
            id="js-ubill-brand-names",
            source="asyncfinkd/js-ubill src/UbillAPI.ts: getAllBrandNames / getBrandName",
            method="GET",
            path=f"{V1}/sms/brandNames",
            headers={**AXIOS_NODE, **JSON_TYPE, **header_key},
            expect=brands(ident),
        ),
        WireCase(
            id="js-ubill-balance",
            source="asyncfinkd/js-ubill src/UbillAPI.ts: getBalance",
            method="GET",
            path=f"{V1}/sms/balance",
            headers={**AXIOS_NODE, **JSON_TYPE, **header_key},
            expect=balance(ident),
        ),
        WireCase(
            id="ubill-sms-client-send",
            source="Smart-Pay-Chain/ubill.ge-sms src/client.ts: sendSMS",
            method="POST",
            path=send,
            headers={**AXIOS_NODE, **JSON_TYPE, **header_key},
            body=b'{"brandID":1,"numbers":[995511194242],"text":"Hello World!","stopList":false}',
            expect=sent(ident),
        ),
        WireCase(
            id="ubill-sms-client-send-get",
            source="Smart-Pay-Chain/ubill.ge-sms src/client.ts: sendSMSGet (axios params)",
            method="GET",
            path=send,
            query=f"{keyed}&brandID=1&numbers=995511194242,995511194243&text=Hello+via+GET&stopList=false",
            headers={**AXIOS_NODE, **JSON_TYPE, **header_key},
            expect=sent(ident),
        ),
        WireCase(
            id="ubill-sms-client-balance",
            source="Smart-Pay-Chain/ubill.ge-sms src/client.ts: getBalance (key in both places)",
            method="GET",
            path=f"{V1}/sms/balance",
            query=keyed,
            headers={**AXIOS_NODE, **JSON_TYPE, **header_key},
            expect=balance(ident),
        ),
        WireCase(
            id="ubill-sms-client-report",
            source="Smart-Pay-Chain/ubill.ge-sms src/client.ts: getDeliveryReport",
            method="GET",
            path=f"{V1}/sms/report/{SEEDED_SMS_ID}",
            headers={**AXIOS_NODE, **JSON_TYPE, **header_key},
            expect=report(ident),
        ),
        WireCase(
            id="ubill-sms-client-create-brand-put",
            source="Smart-Pay-Chain/ubill.ge-sms CHANGELOG 1.0.3: createBrandName was sent as PUT",
            method="PUT",
            path=f"{V1}/sms/brandNameCreate",
            headers={**AXIOS_NODE, **JSON_TYPE, **header_key},
            body=b'{"brandName":"MyBrand"}',
            expect=unrouted(405),
        ),
        WireCase(
            id="connector-ubill-sms-send",
            source="odinwerks/connector-ubill-sms src/index.ts (got, json body, key header)",
            method="POST",
            path=send,
            headers={"Accept": "application/json", **JSON_TYPE, **header_key},
            body=b'{"brandID":2,"numbers":[995511194241],"text":"Your verification code is '
            b'123456. The code will remain active for 10 minutes.","stopList":false}',
            expect=sent(ident),
        ),
        # Production Laravel code (code search): Guzzle and Http::get build the query with
        # http_build_query, RFC 3986: %20 for spaces, booleans as 0/1.
        WireCase(
            id="guzzle-query-send",
            source="production Laravel code, Guzzle get($url, ['query' => [...]]): stopList=0",
            method="GET",
            path=send,
            query=f"{keyed}&brandID=2&numbers=995551507697"
            f"&text=shop.ews.ge%20{GEORGIAN_RFC3986}%3A%201234&stopList=0",
            headers={"User-Agent": "GuzzleHttp/7"},
            expect=sent(ident),
        ),
        WireCase(
            id="laravel-http-get-send",
            source="production Laravel code, Http::get($url, $params): line breaks, stopList=0",
            method="GET",
            path=send,
            query=f"{keyed}&brandID=2&numbers=995551507697"
            f"&text={GEORGIAN_RFC3986}%0A%0Ahttps%3A%2F%2Fimageai.test%2Fmidjourney&stopList=0",
            headers={"User-Agent": "GuzzleHttp/7"},
            expect=sent(ident),
        ),
        # What uBill refuses, as each client sees it.
        WireCase(
            id="json-send-scheduled",
            source="reference §3.1: sendTime in the JSON body (unconfirmed; scheduled as in GET)",
            method="POST",
            path=send,
            query=keyed,
            headers=JSON_TYPE,
            body=b'{"brandID":1,"numbers":[995511194241],"text":"later",'
            b'"sendTime":"2026-01-01 05:30"}',
            expect=sent(ident),
        ),
        WireCase(
            id="json-send-in-the-past",
            source="reference §3.1/§5.10: sendTime must be in the future, in the JSON body too",
            method="POST",
            path=send,
            query=keyed,
            headers=JSON_TYPE,
            body=b'{"brandID":1,"numbers":[995511194241],"text":"late",'
            b'"sendTime":"2026-01-01 03:59"}',
            expect=refused(99),
        ),
        WireCase(
            id="json-send-not-json",
            source="reference §2.2: statusID 90, JSON error (malformed body)",
            method="POST",
            path=send,
            query=keyed,
            headers=JSON_TYPE,
            body=b'{"brandID":1,"numbers":[995511194241],',
            expect=refused(90),
        ),
        WireCase(
            id="json-send-unknown-brand",
            source="reference §2.2: statusID 10, brandID not found (laravel-usms USmsStatus)",
            method="POST",
            path=send,
            query=keyed,
            headers=JSON_TYPE,
            body=b'{"brandID":77,"numbers":[995511194241],"text":"hi","stopList":false}',
            expect=refused(10),
        ),
        WireCase(
            id="wrong-key",
            source="uBill's OpenAPI document (ubill-ge/sdk-generator): 401 text/plain",
            method="GET",
            path=f"{V1}/sms/balance",
            query="key=wrong",
            headers={"Accept": "application/json"},
            expect=unauthorized,
        ),
        WireCase(
            id="wrong-key-header",
            source="ClassAtlas/laravel-usms src/USmsConnector.php: HeaderAuthenticator(key, 'key')",
            method="GET",
            path=f"{V1}/sms/balance",
            headers={"Accept": "application/json", "key": "wrong"},
            expect=unauthorized,
        ),
        WireCase(
            id="unknown-path",
            source="reference §1: /sms/sendXml is unconfirmed and not served; §2.1 non-2xx JSON",
            method="POST",
            path=f"{V1}/sms/sendXml",
            query=keyed,
            headers={"Content-Type": "application/xml"},
            body=b"<request><brandID>1</brandID></request>",
            expect=unrouted(404),
        ),
    ]


@pytest.mark.parametrize(
    ("wire", "case"),
    [(wire, case) for wire in WIRES for case in cases(wire)],
    ids=[f"{wire}-{case.id}" for wire in WIRES for case in cases(wire)],
)
def test_the_stub_answers_the_client_as_ubill_does(wire: Wire, case: WireCase) -> None:
    stub, _ = make_stub(wire)
    case.expect(exchange(stub, case))


def test_every_case_has_a_distinct_id_and_a_source() -> None:
    listed = cases("spec")
    assert len({case.id for case in listed}) == len(listed)
    assert all(case.source for case in listed)


def _statuses(stub: UBillStub, sms_id: int) -> list[int]:
    reply = exchange(
        stub,
        WireCase(
            id="read",
            source="the test",
            method="GET",
            path=f"{V1}/sms/report/{sms_id}",
            query=f"key={KEY}",
            expect=lambda reply: None,
        ),
    )
    return [int(item["statusID"]) for item in reply.json()["result"]]


@pytest.mark.parametrize("form", ["json", "query"])
def test_a_send_time_holds_the_batch_until_then(form: str) -> None:
    """The defect of issue 15: a JSON sendTime was validated and ignored, so the batch went
    out at once. Both forms now hold it pending until the Tbilisi minute it names."""
    stub, clock = make_stub("live")
    at = datetime.fromtimestamp(clock.now(), TBILISI) + timedelta(hours=2)
    local = at.strftime("%Y-%m-%d %H:%M")
    send = f"{V1}/sms/send"
    if form == "json":
        body = f'{{"brandID":1,"numbers":[995511194241],"text":"later","sendTime":"{local}"}}'
        case = WireCase(
            id=form,
            source="reference §3.1 (sendTime in the JSON body)",
            method="POST",
            path=send,
            query=f"key={KEY}",
            headers=JSON_TYPE,
            body=body.encode(),
            expect=sent(int),
        )
    else:
        case = WireCase(
            id=form,
            source="ubill.ge/en/blog/sms-api (sendTime in the query)",
            method="GET",
            path=send,
            query=f"key={KEY}&brandID=1&numbers=995511194241&text=later&sendTime="
            + local.replace(" ", "%20"),
            expect=sent(int),
        )
    reply = exchange(stub, case)
    case.expect(reply)
    sms_id = reply.json()["smsID"]

    def advance_to(seconds_after_send_time: float) -> list[int]:
        clock.advance(at.timestamp() + seconds_after_send_time - clock.now())
        asyncio.run(stub.tick())
        return _statuses(stub, sms_id)

    assert _statuses(stub, sms_id) == [3]
    assert advance_to(-60 + SENT_AFTER) == [3]  # a minute early, past when an instant send moves
    assert advance_to(SENT_AFTER) == [0]
    assert advance_to(DELIVERED_AFTER) == [1]
