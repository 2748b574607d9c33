"""Serving stubs: the delay that stands in for a vendor's distance."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from smsgate.stub import delayed
from smsgate.stub.ubill import UBillStub


async def test_a_delayed_stub_answers_no_sooner_than_its_delay() -> None:
    app = delayed(UBillStub().app, 0.05)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app)) as client:
        loop = asyncio.get_running_loop()
        started = loop.time()
        replies = await asyncio.gather(*(client.get("http://stub/openapi.json") for _ in range(3)))
        waited = loop.time() - started
    assert [reply.status_code for reply in replies] == [200, 200, 200]
    assert waited >= 0.05


def test_a_negative_delay_is_refused() -> None:
    with pytest.raises(ValueError, match="zero or more"):
        delayed(UBillStub().app, -1)
