"""The shared flow mechanism: compound operations and lazy streams, sync and async alike.

A facade subclass adds a compound operation and a stream over uBill's balance call, and a
counting transport shows when requests happen.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from smsgate import RetryPolicy
from smsgate._calls import Call
from smsgate._facade import Emit, QueriedUrls, Sleep, Steps, Stream, operation, stream
from smsgate.errors import ApiError
from smsgate.ubill import AsyncUBill, UBill
from smsgate_ubill_client.api.sms import get_sms_balance


class Counting(httpx.MockTransport):
    """Answers every balance request with the next figure, and counts the requests."""

    def __init__(self, balances: list[Any]) -> None:
        self.requests = 0

        def reply(request: httpx.Request) -> httpx.Response:
            value = balances[self.requests]
            self.requests += 1
            if value is None:
                return httpx.Response(200, json={"statusID": 0})  # no count: a decode error
            if value == "funds":
                return httpx.Response(200, json={"statusID": 40})
            return httpx.Response(200, json={"statusID": 0, "sms": value})

        super().__init__(reply)


def balance_call() -> Call[int]:
    return Call(get_sms_balance, {}, lambda reply: int(reply.sms))


class Flows:
    @operation
    def total(self, times: int) -> Steps[int]:
        total = 0
        for _ in range(times):
            total += yield balance_call()
            yield Sleep(0)
        return total

    @operation
    def first_good(self) -> Steps[int | str]:
        try:
            return (yield balance_call())
        except ApiError as exc:  # the call's error is thrown into the flow
            return f"caught {exc.code}"

    @stream
    def figures(self, pages: int) -> Stream[int]:
        for _ in range(pages):
            value = yield balance_call()
            yield Emit([value, -value])


class SyncFlows(Flows, UBill):
    pass


class AsyncFlows(Flows, AsyncUBill):
    pass


KEY = "flows-test-key"
OPTIONS: dict[str, Any] = {"base_url": "http://ubill/v1", "retry": RetryPolicy(backoff=0.0)}


def test_a_compound_operation_runs_its_calls_in_order() -> None:
    transport = Counting([3, 4, 5])
    with SyncFlows(KEY, transport=transport, **OPTIONS) as client:
        assert client.total(3) == 12
    assert transport.requests == 3


async def test_a_compound_operation_is_a_coroutine_on_the_async_facade() -> None:
    transport = Counting([3, 4])
    async with AsyncFlows(KEY, transport=transport, **OPTIONS) as client:
        assert await client.total(2) == 7


def test_a_failed_call_is_thrown_into_the_flow_which_may_handle_it() -> None:
    with SyncFlows(KEY, transport=Counting(["funds"]), **OPTIONS) as client:
        assert client.first_good() == "caught 40"


def test_an_unhandled_failure_propagates() -> None:
    client = SyncFlows(KEY, transport=Counting([1, "funds"]), **OPTIONS)
    with client, pytest.raises(ApiError):
        client.total(2)


def test_a_stream_fetches_lazily_page_by_page() -> None:
    transport = Counting([1, 2, 3])
    with SyncFlows(KEY, transport=transport, **OPTIONS) as client:
        items: Iterator[int] = client.figures(3)
        assert transport.requests == 0
        assert next(items) == 1 and transport.requests == 1
        assert next(items) == -1 and transport.requests == 1
        assert next(items) == 2 and transport.requests == 2
        assert list(items) == [-2, 3, -3]
    assert transport.requests == 3


async def test_a_stream_is_an_async_iterator_on_the_async_facade() -> None:
    transport = Counting([1, 2])
    async with AsyncFlows(KEY, transport=transport, **OPTIONS) as client:
        assert [item async for item in client.figures(2)] == [1, -1, 2, -2]
    assert transport.requests == 2


def test_abandoning_a_stream_fetches_nothing_more() -> None:
    transport = Counting([1, 2, 3])
    with SyncFlows(KEY, transport=transport, **OPTIONS) as client:
        for item in client.figures(3):
            if item == -1:
                break
    assert transport.requests == 1


def test_poll_waits_double_up_to_the_ceiling_and_stop_at_the_budget() -> None:
    from smsgate._facade import poll_waits

    assert list(poll_waits(1, 4, 10)) == [1, 2, 4, 3]
    assert list(poll_waits(0.5, 30, 3.5)) == [0.5, 1.0, 2.0]
    assert list(poll_waits(1, 4, 0)) == []


def test_a_remembered_query_is_the_one_httpx_would_build() -> None:
    queried = QueriedUrls()
    base = httpx.URL("https://api.example/v1/send?lang=en")
    for params in (
        {"format": "json"},
        {"n": 1},
        {"n": True},  # equal to 1 as a key, yet "true" on the wire
        {"n": 1.0},
        {"to": ["1", "2"]},  # unhashable: merged without the cache
        {"text": "Привет & до свидания"},
    ):
        assert queried(base, params) == httpx.URL(base, params=params)
        assert queried(base, params) == httpx.URL(base, params=params)  # now remembered
    assert queried(base, {}) is base


def test_each_facade_remembers_its_own_queries() -> None:
    first, second = UBill("key-1", key_in="query"), UBill("key-2", key_in="query")
    assert first._queried is not second._queried


@pytest.mark.parametrize("client_query", [{}, {"trace": "on"}])
def test_a_call_keeps_its_query_and_the_clients_own(client_query: dict[str, str]) -> None:
    seen: list[httpx.URL] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"statusID": 0, "sms": 5})

    http = httpx.Client(params=client_query, transport=httpx.MockTransport(reply))
    with http, UBill("the-key", key_in="query", http_client=http) as ubill:
        assert ubill.balance() == ubill.balance() == 5
    assert [dict(url.params) for url in seen] == [{**client_query, "key": "the-key"}] * 2
