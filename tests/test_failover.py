"""Failover: the next vendor gets a message only when the last one surely sent nothing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from smsgate.errors import (
    AuthenticationError,
    InsufficientFundsError,
    OutcomeUnknownError,
)
from smsgate.failover import AsyncFailoverGateway, FailoverGateway
from smsgate.gateway import AsyncGateway, Gateway, connect
from smsgate.stub import StubServer, SyncASGITransport
from smsgate.stub.smsby import SmsByStub
from smsgate.stub.smsc import SmscStub

TO, TEXT = "+375291234567", "Your code is 4821"


def gateway(vendor: str, stub: StubServer, transport: Any = None, **changes: Any) -> Gateway:
    settings = {k: v for k, v in stub.neutral_settings("http://r").items() if "callback" not in k}
    transport = transport or SyncASGITransport(stub.app)
    base_url = f"http://{vendor}{stub.base_path}"
    return connect(vendor, base_url=base_url, transport=transport, **{**settings, **changes})


class Dies(httpx.BaseTransport):
    """A transport that fails every request with `error`, after it would have left or not."""

    def __init__(self, error: type[httpx.TransportError]):
        self.error = error
        self.requests = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        raise self.error("injected", request=request)


@pytest.fixture
def fallback() -> SmsByStub:
    return SmsByStub()


def sends(stub: SmsByStub) -> int:
    return stub.sends_received


@pytest.mark.parametrize(
    ("changes", "stub_options", "error"),
    [
        ({"password": "wrong"}, {}, AuthenticationError),
        ({}, {"balance": "0"}, InsufficientFundsError),
    ],
)
def test_a_refusal_moves_the_message_on(
    fallback: SmsByStub, changes: dict[str, Any], stub_options: dict[str, Any], error: type
) -> None:
    first = SmscStub(rate_window=0, **stub_options)
    with FailoverGateway([gateway("smsc", first, **changes), gateway("smsby", fallback)]) as gw:
        (sent,) = gw.send(TO, TEXT)
    assert sent.vendor == "smsby" and fallback.jobs and not first.messages
    with gateway("smsc", first, **changes) as alone, pytest.raises(error):
        alone.send(TO, TEXT)


def test_a_connection_that_never_left_moves_the_message_on(fallback: SmsByStub) -> None:
    refused = Dies(httpx.ConnectError)
    primary = gateway("smsc", SmscStub(), transport=refused)
    with FailoverGateway([primary, gateway("smsby", fallback)]) as gw:
        (sent,) = gw.send(TO, TEXT)
    assert sent.vendor == "smsby" and refused.requests >= 1 and len(fallback.jobs) == 1


def test_an_unknown_outcome_is_never_passed_on(fallback: SmsByStub) -> None:
    timed_out = Dies(httpx.ReadTimeout)
    primary = gateway("smsc", SmscStub(), transport=timed_out)
    failover = FailoverGateway([primary, gateway("smsby", fallback)])
    with failover as gw, pytest.raises(OutcomeUnknownError):
        gw.send(TO, TEXT)
    assert timed_out.requests == 1 and fallback.jobs == {} and sends(fallback) == 0


def test_when_every_vendor_refuses_the_last_refusal_is_raised() -> None:
    gateways = [
        gateway("smsc", SmscStub(), password="wrong"),
        gateway("smsby", SmsByStub(token="x"), token="y"),
    ]
    with FailoverGateway(gateways) as gw, pytest.raises(AuthenticationError) as raised:
        gw.send(TO, TEXT)
    assert raised.value.vendor == "smsby"


async def test_the_async_failover(fallback: SmsByStub) -> None:
    def open_async(vendor: str, stub: StubServer, **changes: Any) -> AsyncGateway:
        settings = {
            k: v for k, v in stub.neutral_settings("http://r").items() if "callback" not in k
        }
        from smsgate.gateway import aconnect

        return aconnect(
            vendor,
            base_url=f"http://{vendor}{stub.base_path}",
            transport=httpx.ASGITransport(stub.app),
            **{**settings, **changes},
        )

    gateways = [open_async("smsc", SmscStub(), password="wrong"), open_async("smsby", fallback)]
    async with AsyncFailoverGateway(gateways) as gw:
        (sent,) = await gw.send(TO, TEXT)
        assert sent.vendor == "smsby"
        assert (await gw.status(sent)).id == sent.id
