"""SMSC wire conformance: each request exactly as a published SMSC client sends it, and the facts
of the reply that client reads, checked the way that client parses them.

Sources (facts only; no code of theirs is here):
- smsc_api.php v3.7, SMSC's own PHP library (copies: hublotik/sms_sending-smsc-laravel
  app/smsc_api.php, kol4egraf0-0/4work_SSR_snippets smsclib/apiSMS.php): GET
  `/sys/<cmd>.php?login=..&psw=..&fmt=1&charset=<SMSC_CHARSET>&...` with the text
  percent-encoded in that charset; POST with the same text as a form body when SMSC_POST is set
  or the URL passes 2,000 characters; multipart (curl) with `file0`, `file1`, ... when files
  are attached. Sends carry `cost=3&translit=0&id=0`. Replies are split at every comma
  (`explode`); get_status with all=1/2 rejoins everything from field 9 (12) on as the text.
- smsc_api.py v2.0, SMSC's own Python library (copy: HB-PROJECT/ready_scripts smsc_api.py):
  the same arguments (utf-8 by default), GET by default, POST with an urlencoded body.
- smsc_api.js v1.2, SMSC's own Node library (smsc.kz copy): every call a multipart POST with
  fmt=3, login, psw, charset=utf-8; an empty login makes psw the API key.
- PyPI smsc 0.1.1 (smsc/api.py, smsc/responses.py): GET with everything in the query, fmt=3;
  send with cost=2 and its default sender `SMSC.ru`; status with charset=utf-8, all=2 and a
  trailing comma on phone and id; balance with cur=1.
- /work/shared/reference/smsc.md: `/rest/send/` with a JSON body; `psw` as the password's MD5.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest
from smsgate.stub import ManualClock
from smsgate.stub.smsc import SmscStub

from tests.conformance.wire import WireCase, exchange

LOGIN, PASSWORD, APIKEY = "conf-login", "conf-password", "conf-apikey"
PHONE, OTHER = "79991234567", "79997654321"
START = 1_767_225_600.0
SEEDED = {"77": "Hello, world", "78": "Second"}
"""Messages in the stub before each case, by id, to PHONE: one text with a comma in it."""
BALANCE_AFTER_SEED = Decimal("99.20")

PHP = "smsc_api.php v3.7 (SMSC's own PHP library)"
PY = "smsc_api.py v2.0 (SMSC's own Python library)"
NODE = "smsc_api.js v1.2 (SMSC's own Node library)"
PYPI = "PyPI smsc 0.1.1 (smsc/api.py, smsc/responses.py)"
REFERENCE = "reference smsc.md"
PHP_HEADERS = {"user-agent": "PHP", "host": "smsc.ru", "connection": "Close"}
"""smsc_api.php's own socket request (fsockopen, when curl is missing)."""
PY_HEADERS = {"user-agent": "Python-urllib/3.11", "accept-encoding": "identity"}
PYPI_HEADERS = {"user-agent": "python-requests/2.32.3", "accept": "*/*"}


def php_query(charset: str, arguments: str, psw: str = PASSWORD) -> str:
    """The query smsc_api.php builds: credentials, fmt=1 and the charset first."""
    return f"login={quote_plus(LOGIN)}&psw={quote_plus(psw)}&fmt=1&charset={charset}&{arguments}"


def php_text(text: str, charset: str = "windows-1251") -> str:
    """PHP's urlencode of a string held in `charset` (the library's SMSC_CHARSET)."""
    return quote_plus(text.encode(charset))


def py_query(arguments: str, psw: str = PASSWORD) -> str:
    """The query smsc_api.py builds (quote, which leaves `/` and encodes spaces as %20)."""
    return f"login={quote(LOGIN)}&psw={quote(psw)}&fmt=1&charset=utf-8&{arguments}"


def multipart(
    fields: list[tuple[str, bytes]], files: dict[str, bytes] | None = None
) -> dict[str, Any]:
    """A multipart body as curl and Node's form-data write it: one part per argument (as the
    `headers` and `body` of a WireCase)."""
    boundary = "------------------------9f1c2a7b3d4e5f60"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
        + value
        + b"\r\n"
        for name, value in fields
    ]
    for name, content in (files or {}).items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{name}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return {"headers": {"content-type": f"multipart/form-data; boundary={boundary}"}, "body": body}


# How the clients read a reply: facts of their parsing, re-stated.
def fields(reply: httpx.Response, charset: str = "windows-1251") -> list[str]:
    """smsc_api.php / .py: the body in its charset, split at every comma."""
    assert reply.status_code == 200
    return reply.content.decode(charset).split(",")


def status_fields(reply: httpx.Response, detail: int, charset: str = "windows-1251") -> list[str]:
    """get_status of one message: with all=1 (2) and more than 9 fields, not an HLR reply,
    the text is everything from field 9 (12) on, commas and all."""
    m = fields(reply, charset)
    hlr_sender = 14 if detail == 1 else 17
    if detail and len(m) > 9 and (len(m) <= hlr_sender or m[hlr_sender] != "HLR"):
        m = ",".join(m).split(",", 8 if detail == 1 else 11)
    return m


def sent(m: list[str], parts: int, balance: Decimal | None = None) -> None:
    """A send at cost=3: (id, cnt, cost, balance), success when cnt > 0."""
    assert len(m) == 4 and int(m[1]) == parts, m
    assert m[0].isdigit() and m[0] != "0", "id=0 asks SMSC for an id, it is never the id"
    assert Decimal(m[2]) == Decimal("0.40") * parts
    if balance is not None:
        assert Decimal(m[3]) == balance


def refused(code: int) -> Callable[[httpx.Response], None]:
    def check(reply: httpx.Response) -> None:
        m = fields(reply)
        assert len(m) == 2 and m[1] == f"-{code}", m  # (0 or id, -error)

    return check


def as_json(reply: httpx.Response) -> Any:
    """PyPI smsc: `r.status_code == 200` then `r.json()`; Node: JSON.parse of the text."""
    assert reply.status_code == 200
    return json.loads(reply.content)


def pypi_status_items(reply: httpx.Response) -> None:
    """PyPI smsc's StatusResponse: int(status), then it deletes status, status_name,
    send_timestamp and last_timestamp (KeyError if absent), parses last_date and send_date as
    DD.MM.YYYY HH:mm:ss, and prints the id with %d (an int, as send.php gives it)."""
    items = as_json(reply)
    assert isinstance(items, list) and len(items) == 1
    item = items[0]
    assert int(item["status"]) == 1 and item["status_name"]
    for key in ("send_timestamp", "last_timestamp"):
        assert key in item
    for key in ("last_date", "send_date"):
        datetime.strptime(item[key], "%d.%m.%Y %H:%M:%S")
    assert "%d" % item["id"] == "77"  # noqa: UP031 (the client's own formatting)
    assert item["message"] == "Hello, world" and item["country"] == "Russia"


def check_all(*checks: Callable[[httpx.Response], None]) -> Callable[[httpx.Response], None]:
    def check(reply: httpx.Response) -> None:
        for one in checks:
            one(reply)

    return check


LONG_TEXT = "Длинный текст рассылки " * 26  # 598 Cyrillic characters: 9 parts
NODE_BASE = [("fmt", b"3"), ("login", LOGIN.encode()), ("psw", PASSWORD.encode())]

CASES = [
    # smsc_api.php: GET with everything in the query, windows-1251.
    WireCase(
        "php-send-get-windows-1251",
        f"{PHP}: send_sms, GET",
        "GET",
        "/sys/send.php",
        query=php_query(
            "windows-1251",
            f"cost=3&phones={PHONE}&mes={php_text('Привет, мир')}&translit=0&id=0",
        ),
        headers=PHP_HEADERS,
        expect=lambda r: sent(fields(r), 1, BALANCE_AFTER_SEED - Decimal("0.40")),
    ),
    WireCase(
        "php-send-get-flash-sender-time",
        f"{PHP}: send_sms with format=1 (flash), a sender and a time",
        "GET",
        "/sys/send.php",
        query=php_query(
            "windows-1251",
            f"cost=3&phones={PHONE}&mes=Hi&translit=0&id=0&flash=1&sender=SMSC&time=%2B60",
        ),
        expect=lambda r: sent(fields(r), 1),
    ),
    WireCase(
        "php-send-get-bad-number",
        f"{PHP}: send_sms to a number SMSC refuses",
        "GET",
        "/sys/send.php",
        query=php_query("windows-1251", "cost=3&phones=12&mes=Hi&translit=0&id=0"),
        expect=refused(7),
    ),
    WireCase(
        "php-send-post-long-url",
        f"{PHP}: send_sms whose URL passes 2,000 characters, sent as a form POST",
        "POST",
        "/sys/send.php",
        headers={"content-type": "application/x-www-form-urlencoded"},
        body=php_query(
            "windows-1251", f"cost=3&phones={PHONE}&mes={php_text(LONG_TEXT)}&translit=0&id=0"
        ).encode(),
        expect=lambda r: sent(fields(r), 9),
    ),
    WireCase(
        "php-send-multipart-files",
        f"{PHP}: send_sms with files (format=7, MMS): curl's multipart, file0",
        "POST",
        "/sys/send.php",
        **multipart(
            [
                ("login", LOGIN.encode()),
                ("psw", PASSWORD.encode()),
                ("fmt", b"1"),
                ("charset", b"windows-1251"),
                ("cost", b"3"),
                ("phones", PHONE.encode()),
                ("mes", "Картинка".encode("windows-1251")),
                ("translit", b"0"),
                ("id", b"0"),
                ("mms", b"1"),
            ],
            {"file0": b"\xff\xd8\xff\xe0 not much of a picture"},
        ),
        expect=lambda r: sent(fields(r), 1),
    ),
    WireCase(
        "php-get-sms-cost",
        f"{PHP}: get_sms_cost (cost=1)",
        "GET",
        "/sys/send.php",
        query=php_query(
            "windows-1251", f"cost=1&phones={PHONE},{OTHER}&mes={php_text('Цена')}&translit=0"
        ),
        expect=lambda r: fields(r) == ["0.80", "2"],  # (cost, cnt)
    ),
    WireCase(
        "php-get-status",
        f"{PHP}: get_status, all=0",
        "GET",
        "/sys/status.php",
        query=php_query("windows-1251", f"phone={PHONE}&id=77&all=0"),
        expect=lambda r: (
            lambda m: m[0] == "1" and int(m[1]) == START + 3 and m[2] == "0" and len(m) == 3
        )(status_fields(r, 0)),
    ),
    WireCase(
        "php-get-status-all-1-text-with-a-comma",
        f"{PHP}: get_status, all=1: the text rejoined from field 9 on, unquoted",
        "GET",
        "/sys/status.php",
        query=php_query("windows-1251", f"phone={PHONE}&id=77&all=1"),
        expect=lambda r: (
            lambda m: (
                len(m) == 9
                and (m[4], m[6]) == (PHONE, "SMSC")
                and Decimal(m[5]) == Decimal("0.40")
                and m[8].startswith("Hello, world")
            )
        )(status_fields(r, 1)),
    ),
    WireCase(
        "php-get-status-all-2-where",
        f"{PHP}: get_status, all=2: country, operator, region after err; text from field 12",
        "GET",
        "/sys/status.php",
        query=php_query("windows-1251", f"phone={PHONE}&id=77&all=2"),
        expect=lambda r: (
            lambda m: (
                len(m) == 12
                and m[3:6] == ["Russia", "MTS", "Moscow"]
                and m[7] == PHONE
                and m[11].startswith("Hello, world")
            )
        )(status_fields(r, 2)),
    ),
    WireCase(
        "php-get-status-several",
        f"{PHP}: get_status of two ids: one line each, split at commas",
        "GET",
        "/sys/status.php",
        query=php_query("windows-1251", f"phone={PHONE}%2C{PHONE}&id=77%2C78&all=0"),
        expect=lambda r: (
            [line.split(",")[0::3] for line in r.text.split("\n")] == [["1", "77"], ["1", "78"]]
        ),
    ),
    WireCase(
        "php-get-status-unknown",
        f"{PHP}: get_status of an id SMSC does not know",
        "GET",
        "/sys/status.php",
        query=php_query("windows-1251", f"phone={PHONE}&id=99&all=0"),
        expect=refused(3),
    ),
    WireCase(
        "php-get-balance",
        f"{PHP}: get_balance",
        "GET",
        "/sys/balance.php",
        query=php_query("windows-1251", ""),
        headers=PHP_HEADERS,
        expect=lambda r: (lambda m: len(m) == 1 and Decimal(m[0]) == BALANCE_AFTER_SEED)(fields(r)),
    ),
    WireCase(
        "php-get-balance-wrong-password",
        f"{PHP}: get_balance with a wrong password: (0, -2)",
        "GET",
        "/sys/balance.php",
        query=php_query("windows-1251", "", psw="wrong"),
        expect=refused(2),
    ),
    # smsc_api.py: utf-8, GET by default, an urlencoded POST with SMSC_POST.
    WireCase(
        "py-send-get-utf-8",
        f"{PY}: send_sms, GET",
        "GET",
        "/sys/send.php",
        query=py_query(f"cost=3&phones={PHONE}&mes={quote('Привет, мир')}&translit=0&id=0"),
        headers=PY_HEADERS,
        expect=lambda r: sent(fields(r, "utf-8"), 1),
    ),
    WireCase(
        "py-send-post-form",
        f"{PY}: send_sms with SMSC_POST: the same text as an urlencoded body",
        "POST",
        "/sys/send.php",
        headers={**PY_HEADERS, "content-type": "application/x-www-form-urlencoded"},
        body=py_query(
            f"cost=3&phones={PHONE}&mes={quote('Привет')}&translit=0&id=0&sender=SMSC"
        ).encode(),
        expect=lambda r: sent(fields(r, "utf-8"), 1),
    ),
    WireCase(
        "py-get-balance-md5-password",
        f"{PY}: get_balance with SMSC_PASSWORD the password's lowercase MD5",
        "GET",
        "/sys/balance.php",
        query=py_query("", psw=hashlib.md5(PASSWORD.encode()).hexdigest()),
        expect=lambda r: Decimal(fields(r, "utf-8")[0]) == BALANCE_AFTER_SEED,
    ),
    WireCase(
        "py-get-status-all-1",
        f"{PY}: get_status, all=1 (utf-8): the text from field 9 on",
        "GET",
        "/sys/status.php",
        query=py_query(f"phone={PHONE}&id=77&all=1"),
        expect=lambda r: status_fields(r, 1, "utf-8")[8].startswith("Hello, world"),
    ),
    # smsc_api.js: a multipart POST for every call, fmt=3.
    WireCase(
        "node-send-multipart",
        f"{NODE}: send_sms",
        "POST",
        "/sys/send.php",
        **multipart(
            [
                *NODE_BASE,
                ("charset", b"utf-8"),
                ("phones", PHONE.encode()),
                ("mes", "Привет, мир".encode()),
            ]
        ),
        expect=lambda r: (lambda d: isinstance(d["id"], int) and d["cnt"] == 1)(as_json(r)),
    ),
    WireCase(
        "node-get-status-multipart",
        f"{NODE}: get_status",
        "POST",
        "/sys/status.php",
        **multipart([*NODE_BASE, ("charset", b"utf-8"), ("phone", PHONE.encode()), ("id", b"77")]),
        expect=lambda r: as_json(r)["status"] == 1,
    ),
    WireCase(
        "node-get-balance-api-key",
        f"{NODE}: get_balance (cur=1) with an empty login and the API key as psw",
        "POST",
        "/sys/balance.php",
        **multipart(
            [
                ("fmt", b"3"),
                ("login", b""),
                ("psw", APIKEY.encode()),
                ("charset", b"utf-8"),
                ("cur", b"1"),
            ]
        ),
        expect=lambda r: as_json(r) == {"balance": str(BALANCE_AFTER_SEED), "currency": "RUB"},
    ),
    # PyPI smsc: GET with everything in the query, fmt=3.
    WireCase(
        "pypi-send-get",
        f"{PYPI}: SMSC.send with its default sender",
        "GET",
        "/sys/send.php",
        query=f"login={LOGIN}&psw={PASSWORD}&fmt=3&sender=SMSC.ru&cost=2&phones={PHONE}"
        "&mes=Hello%2C+World%21&charset=utf-8",
        headers=PYPI_HEADERS,
        expect=lambda r: (
            lambda d: (
                "error" not in d
                and isinstance(d["id"], int)
                and int(d["cnt"]) == 1
                and float(d["cost"]) == 0.4
            )
        )(as_json(r)),
    ),
    WireCase(
        "pypi-get-cost",
        f"{PYPI}: SMSC.get_cost of a flash message",
        "GET",
        "/sys/send.php",
        query=f"login={LOGIN}&psw={PASSWORD}&fmt=3&sender=SMSC.ru&cost=1&phones={PHONE}%2C{OTHER}"
        "&mes=Hi&charset=utf-8&flash=1",
        headers=PYPI_HEADERS,
        expect=lambda r: (lambda d: int(d["cnt"]) == 2 and float(d["cost"]) == 0.8)(as_json(r)),
    ),
    WireCase(
        "pypi-get-status-list",
        f"{PYPI}: SMSC.get_status (all=2, trailing commas: always a list)",
        "GET",
        "/sys/status.php",
        query=f"login={LOGIN}&psw={PASSWORD}&fmt=3&charset=utf-8&all=2&phone={PHONE}%2C&id=77%2C",
        headers=PYPI_HEADERS,
        expect=pypi_status_items,
    ),
    WireCase(
        "pypi-get-balance",
        f"{PYPI}: SMSC.get_balance (cur=1)",
        "GET",
        "/sys/balance.php",
        query=f"login={LOGIN}&psw={PASSWORD}&fmt=3&cur=1",
        headers=PYPI_HEADERS,
        expect=lambda r: (
            lambda d: (
                float(d["balance"]) == 99.2
                and d["currency"] == "RUB"
                and float(d.get("credit", 0.0)) == 0.0
            )
        )(as_json(r)),
    ),
    WireCase(
        "status-list-ids-are-numbers-as-in-send",
        f"{REFERENCE} §5.2/§6.3: a list's ids are numbers, as send.php gives them (POST form)",
        "POST",
        "/sys/status.php",
        headers={"content-type": "application/x-www-form-urlencoded"},
        body=f"login={LOGIN}&psw={PASSWORD}&fmt=3&phone={PHONE}%2C{PHONE}&id=77%2C78".encode(),
        expect=lambda r: [item["id"] for item in as_json(r)] == [77, 78],
    ),
    # The reference: the JSON twin of send.php.
    WireCase(
        "rest-send-json",
        f"{REFERENCE} §1: POST /rest/send/ with the arguments as JSON keys",
        "POST",
        "/rest/send/",
        headers={"content-type": "application/json"},
        body=json.dumps(
            {"login": LOGIN, "psw": PASSWORD, "phones": PHONE, "mes": "Привет", "fmt": 3}
        ).encode(),
        expect=lambda r: (lambda d: isinstance(d["id"], int) and d["cnt"] == 1)(as_json(r)),
    ),
    WireCase(
        "not-a-script",
        f"{REFERENCE}: no such script (unconfirmed; modelled as a plain 404)",
        "GET",
        "/sys/nope.php",
        query=php_query("utf-8", ""),
        expect=lambda r: r.status_code == 404,
    ),
    WireCase(
        "undocumented-method",
        f"{REFERENCE}: a method SMSC does not document (unconfirmed; modelled as a 405)",
        "PUT",
        "/sys/balance.php",
        query=php_query("utf-8", ""),
        expect=lambda r: r.status_code == 405,
    ),
]


@pytest.fixture
def stub() -> Iterator[SmscStub]:
    """A stub that knows SEEDED (delivered) and both senders the clients above use."""
    clock = ManualClock(START)
    stub = SmscStub(LOGIN, PASSWORD, apikey=APIKEY, clock=clock, senders=("SMSC", "SMSC.ru"))
    for message_id, text in SEEDED.items():
        seed = WireCase(
            "seed",
            "this module",
            "POST",
            "/sys/send.php",
            headers={"content-type": "application/x-www-form-urlencoded"},
            body=str(
                httpx.QueryParams(
                    login=LOGIN, psw=PASSWORD, phones=PHONE, mes=text, id=message_id, fmt=3
                )
            ).encode(),
            expect=lambda r: None,
        )
        assert "error" not in as_json(exchange(stub, seed))
    clock.advance(5)
    stub.advance()
    yield stub


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_a_published_client_request_is_answered_as_it_expects(
    case: WireCase, stub: SmscStub
) -> None:
    outcome = case.expect(exchange(stub, case))
    assert outcome is not False, f"{case.id}: the reply is not what {case.source} reads"


def test_id_0_asks_for_a_new_id_on_every_send(stub: SmscStub) -> None:
    """smsc_api.php/.py send `id=0` on every send: each send gets its own id, and each stays
    readable (were 0 the id, every send would overwrite the one before)."""
    ids = []
    for text in ("first", "second"):
        case = WireCase(
            f"php-send-{text}",
            f"{PHP}: send_sms",
            "GET",
            "/sys/send.php",
            query=php_query("utf-8", f"cost=3&phones={PHONE}&mes={text}&translit=0&id=0"),
            expect=lambda r: None,
        )
        m = fields(exchange(stub, case), "utf-8")
        sent(m, 1)
        ids.append(m[0])
    assert len(set(ids)) == 2
    for message_id, text in zip(ids, ("first", "second"), strict=True):
        status = WireCase(
            "php-get-status",
            f"{PHP}: get_status, all=1",
            "GET",
            "/sys/status.php",
            query=php_query("utf-8", f"phone={PHONE}&id={message_id}&all=1"),
            expect=lambda r: None,
        )
        assert status_fields(exchange(stub, status), 1, "utf-8")[8].startswith(text)


@pytest.mark.parametrize("charset", ["windows-1251", "utf-8", "koi8-r"])
def test_a_text_sent_in_a_charset_reads_back_in_it(stub: SmscStub, charset: str) -> None:
    """smsc_api.php percent-encodes the text in SMSC_CHARSET and names it in `charset`;
    SMSC reads the text in it and answers in it."""
    text = "Съешь же ещё этих мягких французских булок"
    send = WireCase(
        f"php-send-{charset}",
        f"{PHP}: send_sms, SMSC_CHARSET={charset}",
        "GET",
        "/sys/send.php",
        query=php_query(
            charset, f"cost=3&phones={PHONE}&mes={php_text(text, charset)}&translit=0&id=0"
        ),
        expect=lambda r: None,
    )
    message_id = fields(exchange(stub, send), charset)[0]
    status = WireCase(
        f"php-status-{charset}",
        f"{PHP}: get_status, all=1, SMSC_CHARSET={charset}",
        "GET",
        "/sys/status.php",
        query=php_query(charset, f"phone={PHONE}&id={message_id}&all=1"),
        expect=lambda r: None,
    )
    reply = exchange(stub, status)
    assert reply.headers["content-type"].endswith(f"charset={charset}")
    assert status_fields(reply, 1, charset)[8].startswith(text)


def test_live_wire_labels_every_reply_json(stub: SmscStub) -> None:
    """Live SMSC labels every reply application/json (recorded), fmt=1 included."""
    stub.wire = "live"
    case = next(c for c in CASES if c.id == "php-get-balance")
    reply = exchange(stub, case)
    assert reply.headers["content-type"] == "application/json; charset=windows-1251"
    assert Decimal(reply.text) == BALANCE_AFTER_SEED


def test_the_stub_serves_what_the_spec_extension_declares(stub: SmscStub) -> None:
    """The spec states the methods and bodies once (x-smsgate-request-forms); the stub's
    request forms are the same facts."""
    declared = stub.spec["x-smsgate-request-forms"]
    forms = SmscStub.request_forms
    assert set(declared["bodies"]) == forms.bodies
    assert tuple(declared["charsets"]) == forms.charsets
    assert declared["charsets"][0] == forms.charset
    assert declared["charsetArgument"] == forms.charset_param
    assert declared["phpArrays"] is forms.php_arrays
    for script in ("send", "status", "balance", "phones", "jobs"):
        for method in declared["methods"]:
            case = WireCase(
                f"{method}-{script}",
                "x-smsgate-request-forms",
                method,
                f"/sys/{script}.php",
                query=php_query("utf-8", ""),
                expect=lambda r: None,
            )
            assert exchange(stub, case).status_code == 200
