"""Every vendor logs its requests and replies at DEBUG on `smsgate.<vendor>`, secrets masked.

The secret holds characters that URL and form encoding change, so that it would show in any of
its forms; each vendor is driven both where its credential travels in a body and in a URL.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest
from smsgate.selzy import AsyncSelzy, Selzy
from smsgate.smsby import AsyncSmsBy, SmsBy
from smsgate.smsc import AsyncSmsc, Smsc
from smsgate.stub import StubServer, SyncASGITransport
from smsgate.stub.selzy import SelzyStub
from smsgate.stub.smsby import SmsByStub
from smsgate.stub.smsc import SmscStub
from smsgate.stub.ubill import UBillStub
from smsgate.ubill import AsyncUBill, UBill

SECRET = "Secr3t/Key+&=42"
FORMS = (SECRET, quote(SECRET, safe=""), quote_plus(SECRET))

Client = AbstractContextManager[Any]
# vendor -> (the stub accepting SECRET, a client using it, calls that use the credential)
VENDORS: dict[str, tuple[Callable[[], StubServer], Callable[[Any], Client], list[str]]] = {
    "ubill": (  # the key in the query string
        lambda: UBillStub(SECRET),
        lambda t: UBill(SECRET, base_url="http://ubill/v1", transport=t),
        ["balance", "brand_names"],
    ),
    "selzy": (  # the key in the form body; method="GET" is below
        lambda: SelzyStub(SECRET),
        lambda t: Selzy(SECRET, base_url="http://selzy", transport=t),
        ["lists", "fields"],
    ),
    "smsc": (  # login and password in the form body
        lambda: SmscStub(password=SECRET),
        lambda t: Smsc("stub-login", SECRET, base_url="http://smsc", transport=t),
        ["balance", "senders"],
    ),
    "smsby": (  # the token in the body of POSTs and the query of GETs
        lambda: SmsByStub(token=SECRET),
        lambda t: SmsBy(token=SECRET, base_url="http://smsby/api", transport=t),
        ["balance", "alphanames"],
    ),
}


def run(vendor: str, make_client: Callable[[Any], Client], calls: list[str]) -> None:
    stub = VENDORS[vendor][0]()
    with make_client(SyncASGITransport(stub.app)) as client:
        for name in calls:
            getattr(client, name)()


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_requests_and_replies_are_logged_at_debug_without_the_secret(
    vendor: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    _, make_client, calls = VENDORS[vendor]
    run(vendor, make_client, calls)
    ours = [r for r in caplog.records if r.name == f"smsgate.{vendor}"]
    requests = [r.getMessage() for r in ours if r.levelno == logging.DEBUG and " -> " in r.msg]
    replies = [r.getMessage() for r in ours if r.levelno == logging.DEBUG and " <- " in r.msg]
    assert len(requests) >= len(calls) and len(replies) >= len(calls)
    assert any("***" in line for line in requests), requests  # the credential was there, masked
    leaks = [r.getMessage() for r in caplog.records if any(f in r.getMessage() for f in FORMS)]
    assert not leaks


async def test_the_async_clients_log_the_same_way(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    clients = {
        "ubill": lambda t: AsyncUBill(SECRET, base_url="http://ubill/v1", transport=t),
        "selzy": lambda t: AsyncSelzy(SECRET, base_url="http://selzy", transport=t),
        "smsc": lambda t: AsyncSmsc("stub-login", SECRET, base_url="http://smsc", transport=t),
        "smsby": lambda t: AsyncSmsBy(token=SECRET, base_url="http://smsby/api", transport=t),
    }
    for vendor, make_client in clients.items():
        stub = VENDORS[vendor][0]()
        async with make_client(httpx.ASGITransport(stub.app)) as client:
            await getattr(client, VENDORS[vendor][2][0])()
    for vendor in clients:
        lines = [r.getMessage() for r in caplog.records if r.name == f"smsgate.{vendor}"]
        assert any(" -> " in line and "***" in line for line in lines), lines
        assert any(" <- 200 " in line for line in lines), lines
    assert not [r for r in caplog.records if any(f in r.getMessage() for f in FORMS)]


def test_selzy_in_get_mode_masks_the_key_in_the_url(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    run(
        "selzy",
        lambda t: Selzy(SECRET, base_url="http://selzy", transport=t, method="GET"),
        ["lists"],
    )
    lines = [r.getMessage() for r in caplog.records]
    assert any(line.startswith("get_lists -> GET ") and "api_key=***" in line for line in lines)
    assert not [line for line in lines if any(f in line for f in FORMS)]


def test_nothing_is_logged_below_warning_by_default(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    run("ubill", *VENDORS["ubill"][1:])
    assert not [r for r in caplog.records if r.name.startswith("smsgate.")]
