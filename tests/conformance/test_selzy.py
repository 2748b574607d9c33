"""Selzy (ex-UniSender) wire conformance: each request exactly as a published client sends it,
and the facts of the reply that client relies on.

The clients, and what each sends:
- UniSender's own php-api-wrapper (`UnisenderApi.php`; Selzy's `SelzyApi.php` in its WordPress
  plugin is the same code): POST `/{lang}/api/<method>?format=json`, header
  `Content-type: application/x-www-form-urlencoded`, the arguments and `api_key` (and
  `platform` when set) as `http_build_query` writes them (`+` for spaces, `%5B..%5D` brackets,
  PHP arrays indexed in their own key order, empty strings kept: `request_ip=` on subscribe).
  Its compression mode moves `api_key` to the query with `request_compression=bzip2` and
  sends the same form bzip2-compressed (`bzcompress`, block size 4). Any method name goes
  through `__call` unchecked. It reads the reply with json_decode, ignoring the HTTP status.
- npm `unisender` 1.1.1: POST `?format=json`, a form body by `request`/`qs` (`%20` for spaces,
  `field_names[i]` and `data[i][j]` from objects), `api_key` last; it resolves only when the
  reply's `result` is truthy (tests/test_selzy_npm.py runs it against the stub).
- PyPI `pyunisend` 0.1.0 and `py-unisender` 0.0.1 (Python 2): POST with no query at all,
  `format=json`, `api_key` and `test_mode` in the body next to the arguments, arrays
  flattened to `name[i]` keys in dict order (which in Python 2 is not key order).
- The reference (../shared/reference/selzy.md): GET with everything in the query; gzip as a
  documented request compression; the error for arguments split between query and body.

Each case runs on a fresh stub holding the same few objects (`SEEDED`), so that a case names
ids that exist."""

from __future__ import annotations

import bz2
import gzip
import html
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from smsgate.stub import ManualClock, SyncASGITransport
from smsgate.stub.selzy import SelzyStub, Task

from .wire import WireCase, exchange

KEY = "stub-key"
PHP = "UnisenderApi.php (UniSender's own php-api-wrapper; SelzyApi.php is the same)"
NPM = "npm unisender 1.1.1 (src/unisender.js, src/make-request.js)"
PYUNISEND = "PyPI pyunisend 0.1.0 (pyunisend/pyunisend.py)"
PY_UNISENDER = "PyPI py-unisender 0.0.1 (unisender/unisender.py)"
REFERENCE = "shared/reference/selzy.md"
PHP_FORM = {"Content-type": "application/x-www-form-urlencoded"}
"""The one header the PHP wrapper sets (PHP adds Host and Content-Length)."""
FORM = {"content-type": "application/x-www-form-urlencoded"}
PLATFORM = b"platform=My+E-commerce+product+v1.0"
"""What the PHP wrapper adds to every call when given a platform (its README's example)."""

LIST_ID = 1
MESSAGE_ID = 5
PERSON_ID = 6
CAMPAIGN_ID = 7
SMS_ID = "8.79261232323"
TASK_UUID = "c4bd7b40-4d5c-4bd7-9bf3-b2b8a5fa4d14"
SEEDED = (
    ("createSmsMessage", b"sender=smsgate&body=Spring+sale&list_id=1", "message_id", MESSAGE_ID),
    (
        "subscribe",
        b"list_ids=1&fields%5Bphone%5D=%2B79261232323&double_optin=3",
        "person_id",
        PERSON_ID,
    ),
    ("createCampaign", b"message_id=5", "campaign_id", CAMPAIGN_ID),
    ("sendSms", b"phone=79261232323&sender=smsgate&text=Code+1234", "sms_id", SMS_ID),
)
"""The objects every case may name: each request, and the id its reply must carry."""


def ok(check: Callable[[Any], Any] = lambda result: True) -> Callable[[httpx.Response], None]:
    """A success as the clients read it: HTTP 200, a JSON object with no `error`, and a
    truthy `result` (npm unisender rejects a falsy one) of which `check` holds."""

    def expect(reply: httpx.Response) -> None:
        assert reply.status_code == 200, reply.text
        assert reply.headers["content-type"].startswith("application/json")
        envelope = reply.json()
        assert "error" not in envelope, envelope
        assert envelope["result"] or envelope["result"] == [], envelope
        assert check(envelope["result"]), envelope

    return expect


def refused(code: str, text: str = "") -> Callable[[httpx.Response], None]:
    """Selzy's error envelope: HTTP 200, `error` (HTML-encoded), `code`, `result` ""."""

    def expect(reply: httpx.Response) -> None:
        assert reply.status_code == 200, reply.text
        envelope = reply.json()
        assert envelope["code"] == code, envelope
        assert envelope["result"] == ""
        assert text in html.unescape(envelope["error"]), envelope

    return expect


def php(method: str, body: bytes, *, lang: str = "en", platform: bool = False) -> dict[str, Any]:
    """The PHP wrapper's plain mode: the form, `platform` if set, then `api_key`."""
    parts = [body] if body else []
    parts += [PLATFORM] if platform else []
    parts.append(b"api_key=" + KEY.encode())
    return {
        "method": "POST",
        "path": f"/{lang}/api/{method}",
        "query": "format=json",
        "headers": PHP_FORM,
        "body": b"&".join(parts),
    }


def php_bzip2(method: str, body: bytes) -> dict[str, Any]:
    """The PHP wrapper's compression mode: key and compression in the query, the form
    (without the key) bzip2-compressed as bzcompress does (block size 4)."""
    return {
        "method": "POST",
        "path": f"/en/api/{method}",
        "query": f"format=json&api_key={KEY}&request_compression=bzip2",
        "headers": PHP_FORM,
        "body": bz2.compress(body, 4),
    }


def npm(method: str, body: bytes) -> dict[str, Any]:
    return {
        "method": "POST",
        "path": f"/en/api/{method}",
        "query": "format=json",
        "headers": FORM,
        "body": (body + b"&" if body else b"") + b"api_key=" + KEY.encode(),
    }


def python2(method: str, body: bytes, user_agent: str) -> dict[str, Any]:
    return {
        "method": "POST",
        "path": f"/ru/api/{method}",
        "headers": {**FORM, "User-Agent": user_agent},
        "body": body,
    }


CASES = [
    # UniSender's own PHP wrapper, plain mode.
    WireCase(
        "php-getLists",
        f"{PHP}: getLists() with no arguments",
        **php("getLists", b""),
        expect=ok(lambda lists: lists[0]["title"] == "Customers"),
    ),
    WireCase(
        "php-getLists-platform",
        f"{PHP}: the platform argument (README: 'My E-commerce product v1.0')",
        **php("getLists", b"", platform=True),
        expect=ok(lambda lists: lists[0]["id"] == LIST_ID),
    ),
    WireCase(
        "php-createList",
        f"{PHP}: createList(['title' => ...]), spaces as +",
        **php("createList", b"title=Spring+news", platform=True),
        expect=ok(lambda result: int(result["id"]) > CAMPAIGN_ID),
    ),
    WireCase(
        "php-sendSms-readme",
        f"{PHP}: the README's sendSms (phone as a number, sender 'SenderName', 'Hello World!')",
        **php(
            "sendSms", b"phone=380971112233&sender=SenderName&text=Hello+World%21", platform=True
        ),
        expect=ok(lambda result: result["sms_id"] and float(result["price"]) > 0),
    ),
    WireCase(
        "php-sendSms-converted-to-utf8",
        f"{PHP}: a text in another $encoding, iconv'd to UTF-8 before urlencode",
        **php(
            "sendSms", b"phone=79261232323&sender=smsgate&text=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82"
        ),
        expect=ok(lambda result: result["sms_id"] and float(result["price"]) > 0),
    ),
    WireCase(
        "php-subscribe-request-ip",
        f"{PHP}: subscribe() adds request_ip, empty when PHP runs without a client address",
        **php(
            "subscribe",
            b"list_ids=1&fields%5Bemail%5D=ann%40example.com&fields%5BName%5D=Ann"
            b"&double_optin=3&request_ip=",
        ),
        expect=ok(lambda result: int(result["person_id"]) > 0),
    ),
    WireCase(
        "php-importContacts",
        f"{PHP}: importContacts with field_names and data as PHP lists",
        **php(
            "importContacts",
            b"field_names%5B0%5D=email&field_names%5B1%5D=Name"
            b"&data%5B0%5D%5B0%5D=ann%40example.com&data%5B0%5D%5B1%5D=Ann"
            b"&data%5B1%5D%5B0%5D=bob%40example.com&data%5B1%5D%5B1%5D=Bob",
        ),
        expect=ok(lambda result: result["inserted"] == 2 and result["invalid"] == 0),
    ),
    WireCase(
        "php-importContacts-keys-out-of-order",
        f"{PHP}: a PHP array built with its keys out of order (http_build_query keeps that order)",
        **php(
            "importContacts",
            b"field_names%5B1%5D=Name&field_names%5B0%5D=email"
            b"&data%5B1%5D%5B1%5D=Bob&data%5B1%5D%5B0%5D=bob%40example.com"
            b"&data%5B0%5D%5B1%5D=Ann&data%5B0%5D%5B0%5D=ann%40example.com",
        ),
        expect=ok(lambda result: result["inserted"] == 2 and result["invalid"] == 0),
    ),
    WireCase(
        "php-createSmsMessage",
        f"{PHP}: createSmsMessage",
        **php("createSmsMessage", b"sender=smsgate&body=Hello%2C+%7B%7BName%7D%7D&list_id=1"),
        expect=ok(lambda result: int(result["message_id"]) > 0),
    ),
    WireCase(
        "php-createCampaign",
        f"{PHP}: createCampaign for a message, sent now",
        **php("createCampaign", b"message_id=5"),
        expect=ok(lambda result: result["count"] == 1 and result["status"]),
    ),
    WireCase(
        "php-checkSms",
        f"{PHP}: checkSms (its doc: 'returns a string, the SMS sending status')",
        **php("checkSms", b"sms_id=" + SMS_ID.encode()),
        expect=ok(lambda result: result["status"] == "not_sent"),
    ),
    WireCase(
        "php-getCampaignStatus",
        f"{PHP}: getCampaignStatus",
        **php("getCampaignStatus", b"campaign_id=7"),
        expect=ok(lambda result: result["status"] and result["creation_time"]),
    ),
    WireCase(
        "php-getContactCount-params",
        f"{PHP}: getContactCount with params as a PHP map (params[type], params[search])",
        **php("getContactCount", b"list_id=1&params%5Btype%5D=phone&params%5Bsearch%5D=7926"),
        expect=ok(lambda result: int(result["count"]) == 1),
    ),
    WireCase(
        "php-taskExportContacts",
        f"{PHP}: taskExportContacts -> async/exportContacts, field_names as a PHP list",
        **php("async/exportContacts", b"list_id=1&field_names%5B0%5D=phone"),
        expect=ok(lambda result: result["status"] == "new" and result["task_uuid"]),
    ),
    WireCase(
        "php-getTaskResult",
        f"{PHP}: getTaskResult -> async/getTaskResult",
        **php("async/getTaskResult", b"task_uuid=" + TASK_UUID.encode()),
        expect=ok(lambda result: result["task_uuid"] == TASK_UUID),
    ),
    WireCase(
        "php-taskGetCampaignDeliveryStats",
        f"{PHP}: taskGetCampaignDeliveryStats -> async/getCampaignDeliveryStats",
        **php("async/getCampaignDeliveryStats", b"campaign_id=7"),
        expect=ok(lambda result: result["status"] == "new"),
    ),
    WireCase(
        "php-lang-ru",
        f"{PHP}: the older wrapper's host https://api.unisender.com/ru/api/",
        **php("getLists", b"", lang="ru"),
        expect=ok(),
    ),
    WireCase(
        "php-unknown-method",
        f"{PHP}: __call sends any method name unchecked (here a misspelt getList)",
        **php("getList", b""),
        expect=refused("unknown_method"),
    ),
    WireCase(
        "php-wrong-key",
        f"{PHP}: a wrong api_key",
        method="POST",
        path="/en/api/getLists",
        query="format=json",
        headers=PHP_FORM,
        body=b"api_key=not-the-key",
        expect=refused("invalid_api_key"),
    ),
    # The PHP wrapper's compression mode.
    WireCase(
        "php-bzip2-getLists",
        f"{PHP}: compression mode with no arguments (an empty form, compressed)",
        **php_bzip2("getLists", b""),
        expect=ok(lambda lists: lists[0]["id"] == LIST_ID),
    ),
    WireCase(
        "php-bzip2-createList",
        f"{PHP}: compression mode, createList with platform",
        **php_bzip2("createList", b"title=Spring+news&" + PLATFORM),
        expect=ok(lambda result: int(result["id"]) > 0),
    ),
    WireCase(
        "php-bzip2-importContacts",
        f"{PHP}: compression mode, importContacts with PHP arrays",
        **php_bzip2(
            "importContacts",
            b"field_names%5B0%5D=phone&field_names%5B1%5D=Name"
            b"&data%5B0%5D%5B0%5D=%2B79031234567&data%5B0%5D%5B1%5D=Ann",
        ),
        expect=ok(lambda result: result["inserted"] == 1),
    ),
    WireCase(
        "php-bzip2-sendSms",
        f"{PHP}: compression mode, sendSms",
        **php_bzip2("sendSms", b"phone=79031234567&sender=smsgate&text=Hello+World%21"),
        expect=ok(lambda result: result["sms_id"]),
    ),
    # npm unisender 1.1.1, as captured from it.
    WireCase(
        "npm-getLists",
        f"{NPM}: getLists()",
        **npm("getLists", b""),
        expect=ok(lambda lists: len(lists) == 3),
    ),
    WireCase(
        "npm-createList",
        f"{NPM}: createList({{title}}), spaces as %20",
        **npm("createList", b"title=Spring%20news"),
        expect=ok(lambda result: int(result["id"]) > 0),
    ),
    WireCase(
        "npm-subscribe",
        f"{NPM}: subscribe with fields as an object",
        **npm(
            "subscribe",
            b"list_ids=1&fields%5Bphone%5D=%2B79031234567&fields%5BName%5D=Ann%20Lee&double_optin=3",
        ),
        expect=ok(lambda result: int(result["person_id"]) > 0),
    ),
    WireCase(
        "npm-importContacts",
        f"{NPM}: importContacts, data rows built from objects in field_names order",
        **npm(
            "importContacts",
            b"field_names%5B0%5D=email&field_names%5B1%5D=Name"
            b"&data%5B0%5D%5B0%5D=a%40example.com&data%5B0%5D%5B1%5D=Ann"
            b"&data%5B1%5D%5B0%5D=b%40example.com&data%5B1%5D%5B1%5D=Bob",
        ),
        expect=ok(lambda result: result["inserted"] == 2),
    ),
    WireCase(
        "npm-exportContacts",
        f"{NPM}: exportContacts (the legacy synchronous one) with field_names[i]",
        **npm(
            "exportContacts",
            b"list_id=1&field_names%5B0%5D=email&field_names%5B1%5D=phone&offset=0&limit=100",
        ),
        expect=ok(
            lambda page: page["field_names"] == ["email", "phone"] and len(page["data"]) == 1
        ),
    ),
    WireCase(
        "npm-sendSms",
        f"{NPM}: sendSms",
        **npm("sendSms", b"phone=79261232323&sender=smsgate&text=Code%3A%201234"),
        expect=ok(lambda result: result["sms_id"] and result["currency"]),
    ),
    # Python 2 clients on PyPI: no query, format and test_mode in the body.
    WireCase(
        "pyunisend-sendSms",
        f"{PYUNISEND}: call('sendSms', ...) with its default params in dict order",
        **python2(
            "sendSms",
            b"test_mode=False&text=Hello&format=json&phone=79261232323&api_key=stub-key"
            b"&sender=smsgate",
            "PyUniSender 0.1.0",
        ),
        expect=ok(lambda result: result["sms_id"]),
    ),
    WireCase(
        "pyunisend-importContacts-dict-order",
        f"{PYUNISEND}: http_build_query flattens lists into a dict, so keys leave in any order",
        **python2(
            "importContacts",
            b"data%5B0%5D%5B1%5D=Ann&field_names%5B1%5D=Name&format=json"
            b"&data%5B0%5D%5B0%5D=%2B79031234567&field_names%5B0%5D=phone&test_mode=False"
            b"&api_key=stub-key",
            "PyUniSender 0.1.0",
        ),
        expect=ok(lambda result: result["inserted"] == 1 and result["invalid"] == 0),
    ),
    WireCase(
        "py-unisender-createList",
        f"{PY_UNISENDER}: run('createList', ...) with its OrderedDict defaults first",
        **python2(
            "createList",
            b"api_key=stub-key&format=json&test_mode=0&title=Spring+news",
            "PyUniSender 0.1.2",
        ),
        expect=ok(lambda result: int(result["id"]) > 0),
    ),
    # The reference.
    WireCase(
        "reference-get",
        f"{REFERENCE} §1: GET with every argument in the query",
        method="GET",
        path="/en/api/checkSms",
        query=f"format=json&api_key={KEY}&sms_id={SMS_ID}",
        expect=ok(lambda result: result["status"] == "not_sent"),
    ),
    WireCase(
        "reference-gzip",
        f"{REFERENCE} §1: request compression with gzip, named like the wrapper names bzip2",
        method="POST",
        path="/en/api/createList",
        query=f"format=json&api_key={KEY}&request_compression=gzip",
        headers=FORM,
        body=gzip.compress(b"title=Gzip+news"),
        expect=ok(lambda result: int(result["id"]) > 0),
    ),
    WireCase(
        "reference-split-arguments",
        f"{REFERENCE} §4.3: one method's arguments split between the query and the body",
        method="POST",
        path="/en/api/createList",
        query="format=json&title=Spring+news",
        headers=FORM,
        body=b"before_subscribe_url=https%3A%2F%2Fexample.com%2F&api_key=stub-key",
        expect=refused("unspecified", "Call to a member function getMessage() on boolean"),
    ),
]


@pytest.fixture
def stub() -> Iterator[SelzyStub]:
    """A fresh stub holding SEEDED (each made by a request and checked for its id) and a
    finished export task under TASK_UUID."""
    stub = SelzyStub(KEY, clock=ManualClock())
    with httpx.Client(transport=SyncASGITransport(stub.app), base_url="http://stub") as client:
        for method, body, field, expected in SEEDED:
            reply = client.post(
                f"/en/api/{method}?format=json",
                content=body + b"&api_key=" + KEY.encode(),
                headers=FORM,
            )
            assert reply.json()["result"][field] == expected, reply.text
    stub.tasks[TASK_UUID] = Task(TASK_UUID, "exportContacts", [["phone"], ["+79261232323"]], 0)
    yield stub


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_selzy_answers_the_client_as_selzy_does(stub: SelzyStub, case: WireCase) -> None:
    case.expect(exchange(stub, case))


def test_every_case_id_is_unique_and_names_its_source() -> None:
    assert len({case.id for case in CASES}) == len(CASES)
    assert all(case.source for case in CASES)
