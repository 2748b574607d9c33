"""The retry and error policy of every facade, exercised through uBill against its stub.

Reads recover from passing faults within the retry budget; a send is repeated only when its
request provably never left, and the stub counts the sends it received to prove it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from smsgate import RetryPolicy
from smsgate.errors import (
    ApiError,
    DecodeError,
    OutcomeUnknownError,
    RateLimitError,
    ServerError,
    TransportError,
)
from smsgate.stub import SyncASGITransport
from smsgate.stub.ubill import UBillStub
from smsgate.ubill import AsyncUBill, UBill

from tests.support.faults import FailingTransport, ReplaceReplies, ResetAfterRequest

KEY = "calls-test-key"
NUMBER = "995511194241"
NO_WAIT = RetryPolicy(max_attempts=3, backoff=0.0)
HTML_503 = httpx.Response(503, html="<html><body>Service Unavailable</body></html>")


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def stub() -> UBillStub:
    return UBillStub(KEY)


Run = Callable[..., Any]


def runner(mode: str, app: Any = None, transport: Any = None, **options: Any) -> Run:
    """Calls one facade method on a fresh sync or async client and returns its result."""
    options.setdefault("retry", NO_WAIT)

    def run(method: str, *args: Any, **kwargs: Any) -> Any:
        if mode == "sync":
            sync_transport = transport or SyncASGITransport(app)
            with UBill(KEY, base_url="http://ubill/v1", transport=sync_transport, **options) as u:
                return getattr(u, method)(*args, **kwargs)

        async def call() -> Any:
            async_transport = transport or httpx.ASGITransport(app)
            async with AsyncUBill(
                KEY, base_url="http://ubill/v1", transport=async_transport, **options
            ) as u:
                return await getattr(u, method)(*args, **kwargs)

        return asyncio.run(call())

    return run


def inner(mode: str, app: Any) -> Any:
    return SyncASGITransport(app) if mode == "sync" else httpx.ASGITransport(app)


def test_a_read_recovers_from_503(mode: str, stub: UBillStub) -> None:
    flaky = ReplaceReplies(stub.app, [HTML_503])
    assert runner(mode, flaky)("balance") == 1000
    assert flaky.requests == 1  # the 503, then the real reply


def test_a_read_gives_up_after_the_budget(mode: str, stub: UBillStub) -> None:
    flaky = ReplaceReplies(stub.app, [HTML_503] * 5)
    with pytest.raises(ServerError) as failed:
        runner(mode, flaky)("balance")
    assert flaky.requests == NO_WAIT.max_attempts
    assert failed.value.status_code == 503 and b"Service Unavailable" in failed.value.raw_body


def test_a_read_waits_out_a_short_retry_after(mode: str, stub: UBillStub) -> None:
    slow_down = httpx.Response(429, headers={"Retry-After": "0"})
    assert runner(mode, ReplaceReplies(stub.app, [slow_down]))("balance") == 1000


def test_a_long_retry_after_is_not_waited_for(mode: str, stub: UBillStub) -> None:
    slow_down = httpx.Response(429, headers={"Retry-After": "120"})
    flaky = ReplaceReplies(stub.app, [slow_down] * 3)
    with pytest.raises(RateLimitError) as limited:
        runner(mode, flaky)("balance")
    assert limited.value.retry_after == 120 and flaky.requests == 1


def test_a_read_recovers_from_a_timeout(mode: str, stub: UBillStub) -> None:
    faults = FailingTransport(
        inner(mode, stub.app), [httpx.ReadTimeout("slow")], after_sending=True
    )
    assert runner(mode, transport=faults)("balance") == 1000
    assert faults.attempts == 2


def test_unreachable_vendor_is_a_transport_error(mode: str, stub: UBillStub) -> None:
    refused = [httpx.ConnectError("refused")] * 5
    faults = FailingTransport(inner(mode, stub.app), refused, after_sending=False)
    with pytest.raises(TransportError, match="ConnectError"):
        runner(mode, transport=faults)("balance")
    assert faults.attempts == NO_WAIT.max_attempts


def test_a_send_that_never_left_is_retried_once_safe(mode: str, stub: UBillStub) -> None:
    faults = FailingTransport(
        inner(mode, stub.app), [httpx.ConnectError("refused")], after_sending=False
    )
    runner(mode, transport=faults)("send", NUMBER, "hi", brand_id=1)
    assert faults.attempts == 2 and stub.sends_received == 1


@pytest.mark.parametrize(
    "lost",
    [
        httpx.ReadError("connection reset by peer"),
        httpx.ReadTimeout("timed out"),
        httpx.RemoteProtocolError("server disconnected"),
    ],
)
def test_a_send_whose_reply_is_lost_is_never_repeated(
    mode: str, stub: UBillStub, lost: Exception
) -> None:
    faults = FailingTransport(inner(mode, stub.app), [lost] * 3, after_sending=True)
    with pytest.raises(OutcomeUnknownError, match="may have been delivered"):
        runner(mode, transport=faults)("send", NUMBER, "hi", brand_id=1)
    assert faults.attempts == 1 and stub.sends_received == 1
    assert len(stub.batches) == 1  # it was in fact delivered


def test_a_send_reset_on_the_wire_is_never_repeated(mode: str) -> None:
    """A real TCP reset on loopback after the whole request arrived."""
    with ResetAfterRequest() as vendor:
        client_options = {"retry": NO_WAIT, "base_url": vendor.url}
        with pytest.raises(OutcomeUnknownError) as unknown:
            if mode == "sync":
                with UBill(KEY, **client_options) as ubill:
                    ubill.send(NUMBER, "hi", brand_id=1)
            else:

                async def send() -> None:
                    async with AsyncUBill(KEY, **client_options) as ubill:
                        await ubill.send(NUMBER, "hi", brand_id=1)

                asyncio.run(send())
    assert len(vendor.requests) == 1
    assert vendor.requests[0].startswith(b"POST /sms/send?key=")
    assert unknown.value.__cause__ is not None


def test_a_send_answered_by_5xx_is_not_repeated(mode: str, stub: UBillStub) -> None:
    flaky = ReplaceReplies(stub.app, [HTML_503] * 3)
    with pytest.raises(OutcomeUnknownError) as unknown:
        runner(mode, flaky)("send", NUMBER, "hi", brand_id=1)
    assert flaky.requests == 1 and stub.sends_received == 1
    assert unknown.value.status_code == 503 and b"Service Unavailable" in unknown.value.raw_body


def test_a_rate_limited_send_is_a_rate_limit_error(mode: str, stub: UBillStub) -> None:
    flaky = ReplaceReplies(stub.app, [httpx.Response(429)] * 3, reach_app=False)
    with pytest.raises(RateLimitError) as limited:
        runner(mode, flaky)("send", NUMBER, "hi", brand_id=1)
    assert limited.value.retry_after is None and flaky.requests == 1


@pytest.mark.parametrize(
    "reply",
    [
        httpx.Response(200, html="<html>maintenance</html>"),
        httpx.Response(200, content=b'{"statusID": 0, "smsID": "12'),
        httpx.Response(200, json={"statusID": 0, "smsID": ["12"]}),
        httpx.Response(200, json={"statusID": 0}),
    ],
    ids=["html", "truncated", "wrong-type", "missing-id"],
)
def test_an_unreadable_send_reply_is_outcome_unknown(
    mode: str, stub: UBillStub, reply: httpx.Response
) -> None:
    with pytest.raises(OutcomeUnknownError) as unknown:
        runner(mode, ReplaceReplies(stub.app, [reply]))("send", NUMBER, "hi", brand_id=1)
    assert unknown.value.raw_body == reply.content
    assert isinstance(unknown.value.__cause__, DecodeError)


@pytest.mark.parametrize(
    "reply",
    [
        httpx.Response(200, html="<html>maintenance</html>"),
        httpx.Response(200, content=b'{"statusID": 0, "sms": "10'),
        httpx.Response(200, json={"statusID": 0, "sms": -5}),
        httpx.Response(200, content=b"\xff\xfe not json", headers={"content-type": "text/plain"}),
    ],
    ids=["html", "truncated", "negative", "binary"],
)
def test_an_unreadable_read_reply_is_a_decode_error(
    mode: str, stub: UBillStub, reply: httpx.Response
) -> None:
    flaky = ReplaceReplies(stub.app, [reply] * 3)
    with pytest.raises(DecodeError) as broken:
        runner(mode, flaky)("balance")
    assert broken.value.raw_body == reply.content and flaky.requests == 1


def test_an_undocumented_status_is_an_api_error(mode: str, stub: UBillStub) -> None:
    flaky = ReplaceReplies(stub.app, [httpx.Response(404, text="Not Found")])
    with pytest.raises(ApiError) as error:
        runner(mode, flaky)("balance")
    assert type(error.value) is ApiError and error.value.status_code == 404


def test_a_hopeless_url_fails_at_once_even_for_a_send() -> None:
    with UBill(KEY, base_url="ftp://vendor.example/v1", retry=NO_WAIT) as ubill:
        for call in (ubill.balance, lambda: ubill.send(NUMBER, "hi", brand_id=1)):
            with pytest.raises(TransportError, match="UnsupportedProtocol"):
                call()


def test_a_secret_in_a_failure_text_is_masked_and_not_chained(mode: str, stub: UBillStub) -> None:
    leak = [httpx.ReadError(f"reset while sending ?key={KEY}")]
    faults = FailingTransport(inner(mode, stub.app), leak, after_sending=True)
    with pytest.raises(OutcomeUnknownError) as unknown:
        runner(mode, transport=faults)("send", NUMBER, "hi", brand_id=1)
    assert KEY not in str(unknown.value) and "key=***" in str(unknown.value)
    assert unknown.value.__cause__ is None


class TestRefusalsInsideA200:
    """Selzy says "slow down" or "try later" with HTTP 200 and an error code: reads wait and
    repeat as after a 429; sends raise at once, as they do after a 429."""

    @staticmethod
    def selzy(replies: list[dict[str, Any]]) -> tuple[Any, list[httpx.Request]]:
        from smsgate.selzy import Selzy

        seen: list[httpx.Request] = []

        def answer(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return httpx.Response(200, json=replies[len(seen) - 1])

        client = Selzy("refusal-test-key", transport=httpx.MockTransport(answer), retry=NO_WAIT)
        return client, seen

    @pytest.mark.parametrize("code", ["retry_later", "api_call_limit_exceeded_for_api_key"])
    def test_a_read_waits_and_repeats(self, code: str) -> None:
        client, seen = self.selzy(
            [{"error": "later", "code": code}, {"result": [{"id": 1, "title": "News"}]}]
        )
        with client:
            assert [item.title for item in client.lists()] == ["News"]
        assert len(seen) == 2

    def test_a_read_gives_up_after_the_budget(self) -> None:
        refusal = {"error": "slow down", "code": "api_call_limit_exceeded_for_api_key"}
        client, seen = self.selzy([refusal] * 3)
        with client, pytest.raises(RateLimitError):
            client.lists()
        assert len(seen) == NO_WAIT.max_attempts

    def test_a_send_is_never_repeated(self) -> None:
        refusal = {"error": "slow down", "code": "api_call_limit_exceeded_for_api_key"}
        client, seen = self.selzy([refusal, {"result": {"sms_id": "1.79092020303"}}])
        with client, pytest.raises(RateLimitError):
            client.send_sms(["79092020303"], "Hi", sender="Shop")
        assert len(seen) == 1
