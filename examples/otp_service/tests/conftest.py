from collections.abc import AsyncIterator

import httpx
import pytest
from otp_service import create_app
from smsgate.testing import StubHandle


@pytest.fixture
def sms(smsgate_stub) -> StubHandle:
    return smsgate_stub("ubill")


@pytest.fixture
async def client(sms: StubHandle) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app("ubill", **sms.settings(asynchronous=True))
    sms.callbacks_to(app, "/sms-callbacks/ubill")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://otp") as c:
        yield c
