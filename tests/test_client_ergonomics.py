"""What the best SDKs offer, on every facade: `with_options` copies that share the connection
pool, raw access to every operation's reply, and SMSGATE_LOG; against the stubs in process."""

from __future__ import annotations

import asyncio
import inspect
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from smsgate import RawResponse, RetryPolicy
from smsgate._facade import operation
from smsgate.errors import AuthenticationError, TransportError
from smsgate.selzy import AsyncSelzy, Selzy
from smsgate.smsby import AsyncSmsBy, SmsBy
from smsgate.smsc import AsyncSmsc, Smsc
from smsgate.stub import SyncASGITransport
from smsgate.stub.selzy import SelzyStub
from smsgate.stub.ubill import UBillStub
from smsgate.ubill import AsyncUBill, UBill

KEY = "ubill-key-for-ergonomics-0123"
FACADES: list[type[Any]] = [
    Selzy,
    AsyncSelzy,
    SmsBy,
    AsyncSmsBy,
    Smsc,
    AsyncSmsc,
    UBill,
    AsyncUBill,
]


class Recorder(httpx.BaseTransport):
    """Hands requests to the stub in process, keeping each one; the first `refuse` attempts
    fail to connect, as a vendor that is briefly unreachable does."""

    def __init__(self, stub: UBillStub, refuse: int = 0):
        self.inner = SyncASGITransport(stub.app)
        self.requests: list[httpx.Request] = []
        self.refuse = refuse

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.refuse:
            self.refuse -= 1
            raise httpx.ConnectError("connection refused", request=request)
        return self.inner.handle_request(request)


@pytest.fixture
def stub() -> UBillStub:
    return UBillStub(KEY)


@pytest.fixture
def recorder(stub: UBillStub) -> Recorder:
    return Recorder(stub)


@pytest.fixture
def ubill(recorder: Recorder) -> Iterator[UBill]:
    with UBill(KEY, base_url="http://ubill/v1", transport=recorder) as client:
        yield client


def test_with_options_shares_the_pool_and_changes_only_the_timeout(
    ubill: UBill, recorder: Recorder
) -> None:
    patient = ubill.with_options(timeout=3.0)
    assert patient._http is ubill._http and patient._http._transport is recorder
    assert patient._exchange is ubill._exchange  # the retry policy, redaction: all shared
    assert repr(patient) == repr(ubill) and type(patient) is UBill
    assert patient.balance() == ubill.balance()
    first, second = (r.extensions["timeout"] for r in recorder.requests)
    assert first == httpx.Timeout(3.0).as_dict()
    assert second == httpx.Timeout(30.0, connect=10.0).as_dict()  # the original's, untouched

    patient.close()  # the copy does not own the pool: the original goes on
    assert ubill.balance() == 1000 and not ubill._http.is_closed


def test_with_options_changes_only_the_retry_policy(stub: UBillStub) -> None:
    flaky = Recorder(stub, refuse=1)
    retrying = RetryPolicy(max_attempts=3, backoff=0.001)
    with UBill(KEY, base_url="http://ubill/v1", transport=flaky, retry=retrying) as ubill:
        once = ubill.with_options(retry=RetryPolicy(max_attempts=1))
        assert once._timeout == ubill._timeout and once._http is ubill._http
        with pytest.raises(TransportError):
            once.balance()  # one try, refused
        flaky.refuse = 1
        assert ubill.balance() == 1000  # the original still retries
        assert len(flaky.requests) == 3
        with pytest.raises(ValueError, match="RetryPolicy"):
            ubill.with_options(retry=3)  # type: ignore[arg-type]


async def test_with_options_on_an_async_client(stub: UBillStub) -> None:
    transport = httpx.ASGITransport(stub.app)
    async with AsyncUBill(KEY, base_url="http://ubill/v1", transport=transport) as ubill:
        quick = ubill.with_options(timeout=2.0)
        assert quick._http is ubill._http and type(quick) is AsyncUBill
        assert await quick.balance() == await ubill.balance() == 1000
        assert quick._timeout == httpx.Timeout(2.0) != ubill._timeout


def test_raw_responses_give_status_headers_body_and_the_result(
    ubill: UBill, stub: UBillStub
) -> None:
    raw = ubill.with_raw_response.balance()
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.headers["content-type"] == "application/json"
    assert json.loads(raw.content)["statusID"] == 0
    assert raw.parse() == raw.parsed == ubill.balance()
    assert KEY not in repr(raw)

    brand = next(b for b in ubill.brand_names() if b.authorized)
    sent = ubill.with_raw_response.send("995511194241", "Hi", brand_id=brand.id)
    assert json.loads(sent.content)["smsID"] in (sent.parse().sms_id, int(sent.parse().sms_id))
    assert len(stub.sent_messages()) == 1  # raw access sends once, like the operation

    with (
        UBill(
            "wrong-key", base_url="http://ubill/v1", transport=SyncASGITransport(stub.app)
        ) as bad,
        pytest.raises(AuthenticationError) as refused,
    ):
        bad.with_raw_response.balance()  # errors raise as without raw access
    assert refused.value.status_code == 401


def test_a_compound_operation_keeps_every_reply(clock: Any) -> None:
    stub = SelzyStub("selzy-key", clock=clock)
    transport = SyncASGITransport(stub.app)
    with Selzy("selzy-key", base_url="http://selzy", transport=transport) as selzy:
        selzy.subscribe(1, {"phone": "+79092020303"})
        raw = selzy.with_raw_response.send_campaign("Shop", "Sale", 1)
        paths = [r.request.url.path for r in raw.responses]
        assert paths == ["/en/api/createSmsMessage", "/en/api/createCampaign"]
        assert raw.http_response is raw.responses[-1]
        assert json.loads(raw.content)["result"]["campaign_id"] == raw.parse().campaign_id
        with pytest.raises(AttributeError, match="listing"):
            selzy.with_raw_response.export_contacts  # noqa: B018 - the lookup is the test
        with pytest.raises(AttributeError, match="no operation 'nothing'"):
            selzy.with_raw_response.nothing  # noqa: B018


async def test_raw_responses_on_an_async_client_each_keep_their_own(stub: UBillStub) -> None:
    transport = httpx.ASGITransport(stub.app)
    async with AsyncUBill(KEY, base_url="http://ubill/v1", transport=transport) as ubill:
        balance, brands = await asyncio.gather(
            ubill.with_raw_response.balance(), ubill.with_raw_response.brand_names()
        )
    assert (len(balance.responses), len(brands.responses)) == (1, 1)
    assert "sms" in json.loads(balance.content) and "brands" in json.loads(brands.content)
    assert balance.parse() == 1000 and brands.parse()[0].name


@pytest.mark.parametrize("facade", FACADES, ids=lambda f: f.__name__)
def test_raw_variants_have_the_operations_signatures(facade: type[Any]) -> None:
    client = facade.__new__(facade)  # signatures only: no client, no request
    access = client.with_raw_response
    names = dir(access)
    operations = {n for k in facade.__mro__ for n, v in vars(k).items() if isinstance(v, operation)}
    assert names == sorted(operations) and names  # every operation, and only operations
    for name in names:
        plain, raw = getattr(client, name), getattr(access, name)
        shown, raw_shown = inspect.signature(plain), inspect.signature(raw)
        assert raw_shown.parameters == shown.parameters, name
        assert raw_shown.return_annotation == f"RawResponse[{shown.return_annotation}]", name
        assert inspect.iscoroutinefunction(raw) == inspect.iscoroutinefunction(plain), name
        assert raw.__name__ == name and raw.__doc__ == plain.__doc__


SCRIPT = """
from smsgate.stub import SyncASGITransport
from smsgate.stub.ubill import UBillStub
from smsgate.ubill import UBill

stub = UBillStub("a-key-that-must-not-show")
with UBill("a-key-that-must-not-show", base_url="http://ubill/v1",
           transport=SyncASGITransport(stub.app)) as ubill:
    print(ubill.balance())
"""


def _run_logged(level: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SMSGATE_LOG"}
    if level is not None:
        env["SMSGATE_LOG"] = level
    return subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )


def test_smsgate_log_switches_redacted_logging_on() -> None:
    debug = _run_logged("debug")
    assert debug.returncode == 0 and debug.stdout == "1000\n"
    lines = debug.stderr.splitlines()
    assert any("DEBUG smsgate.ubill: get_sms_balance -> GET" in line for line in lines), lines
    assert any("DEBUG smsgate.ubill: get_sms_balance <- 200" in line for line in lines), lines
    assert "key=***" in debug.stderr and "a-key-that-must-not-show" not in debug.stderr

    info = _run_logged("INFO")
    assert info.returncode == 0 and "DEBUG" not in info.stderr
    assert "HTTP Request: GET" in info.stderr and "a-key-that-must-not-show" not in info.stderr

    assert _run_logged(None).stderr == ""  # without the variable, nothing changes
    loud = _run_logged("loud")
    assert loud.returncode != 0 and "SMSGATE_LOG should be one of debug, info" in loud.stderr
