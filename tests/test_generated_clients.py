"""The generated clients are a product of their own: users import them directly
(`smsgate_ubill_client.api.sms.send_sms.sync(...)`) without the facades. Each generated package
runs here through its own four functions (`sync`, `sync_detailed`, `asyncio`,
`asyncio_detailed`) for one read and one send against its vendor's stub, in process, with the
generated `Client` given the transport through `httpx_args` and the credentials as the query
parameters the spec names (the generator leaves apiKey schemes to the caller). The parsed
results are checked against the stub's own state, so a template, a spec or a stub change that
breaks what users of the generated packages get fails here."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import smsgate_selzy_client
import smsgate_smsby_client
import smsgate_smsc_client
import smsgate_ubill_client
from smsgate.stub import StubServer, SyncASGITransport
from smsgate.stub.selzy import SelzyStub
from smsgate.stub.smsby import SmsByStub
from smsgate.stub.smsby._records import SAMPLE_ALPHANAMES
from smsgate.stub.smsc import SmscStub
from smsgate.stub.ubill import UBillStub
from smsgate_selzy_client.api.lists import get_lists
from smsgate_selzy_client.api.sms import send_sms as selzy_send_sms
from smsgate_selzy_client.models import GetListsReply, SendSmsReply, SendSmsRequest, SmsSent
from smsgate_smsby_client.api.account import get_balance as smsby_get_balance
from smsgate_smsby_client.api.sms import send_quick_sms
from smsgate_smsby_client.models import BalanceItem, BalanceReply, QuickSent
from smsgate_smsc_client.api.balance import get_balance as smsc_get_balance
from smsgate_smsc_client.api.send import send as smsc_send
from smsgate_smsc_client.models import BalanceResult, GetBalanceBody, SendBody, SendResult
from smsgate_ubill_client.api.sms import get_sms_balance
from smsgate_ubill_client.api.sms import send_sms as ubill_send_sms
from smsgate_ubill_client.models import SendSMSRequest, SendSMSResponse, SMSBalanceResponse

STYLES = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
"""The four functions every generated endpoint module offers for an operation."""


@dataclass(frozen=True)
class Operation:
    """One generated endpoint called with given arguments, and what its parsed reply must be."""

    endpoint: ModuleType
    arguments: Callable[[], dict[str, Any]]
    """Keyword arguments besides `client`; made afresh for each call."""
    check: Callable[[Any, Any], None]
    """check(parsed reply, stub) fails unless the reply says what the stub holds."""


@dataclass(frozen=True)
class Vendor:
    name: str
    package: ModuleType
    stub: Callable[[], StubServer]
    credentials: dict[str, str]
    """Query parameters that carry the credentials (the spec's apiKey schemes)."""
    read: Operation
    send: Operation


def check_ubill_balance(reply: Any, stub: Any) -> None:
    assert isinstance(reply, SMSBalanceResponse)
    assert reply.status_id == 0
    assert int(reply.sms) == stub.balance


def check_ubill_send(reply: Any, stub: Any) -> None:
    assert isinstance(reply, SendSMSResponse)
    assert reply.status_id == 0, reply.message
    batch = stub.batches[int(reply.sms_id)]
    assert [r.number for r in batch.recipients] == ["995511194241"]


def check_selzy_lists(reply: Any, stub: Any) -> None:
    assert isinstance(reply, GetListsReply)
    assert {item.id: item.title for item in reply.result} == stub.lists


def check_selzy_send(reply: Any, stub: Any) -> None:
    assert isinstance(reply, SendSmsReply)
    sent = reply.result[0] if isinstance(reply.result, list) else reply.result
    assert isinstance(sent, SmsSent)
    assert stub.sms[str(sent.sms_id)].phone == "79092020303"


def check_smsc_balance(reply: Any, stub: Any) -> None:
    assert isinstance(reply, BalanceResult)
    assert Decimal(str(reply.balance)) == stub.balance


def check_smsc_send(reply: Any, stub: Any) -> None:
    assert isinstance(reply, SendResult)
    assert reply.cnt == 1
    [message] = [m for m in stub.messages.values() if str(m.id) == str(reply.id)]
    assert (message.phone, message.text) == ("79991234567", "Hello from the generated client")


def check_smsby_balance(reply: Any, stub: Any) -> None:
    assert isinstance(reply, BalanceReply)
    items = reply.result if isinstance(reply.result, list) else [reply.result]
    assert all(isinstance(item, BalanceItem) for item in items)
    assert Decimal(str(items[0].balance)) == stub.balance


def check_smsby_send(reply: Any, stub: Any) -> None:
    assert isinstance(reply, QuickSent)
    sms = stub.sms[int(reply.sms_id)]
    assert (sms.phone, sms.text) == ("375291234567", "Hello from the generated client")


ALPHANAME_ID = next(iter(SAMPLE_ALPHANAMES))

VENDORS = [
    Vendor(
        "ubill",
        smsgate_ubill_client,
        UBillStub,
        {"key": "stub-key"},
        read=Operation(get_sms_balance, dict, check_ubill_balance),
        send=Operation(
            ubill_send_sms,
            lambda: {
                "body": SendSMSRequest(
                    brand_id=1, numbers=[995511194241], text="Hello from the generated client"
                )
            },
            check_ubill_send,
        ),
    ),
    Vendor(
        "selzy",
        smsgate_selzy_client,
        SelzyStub,
        {"api_key": "stub-key"},
        read=Operation(get_lists, lambda: {"lang": "en", "format_": "json"}, check_selzy_lists),
        send=Operation(
            selzy_send_sms,
            lambda: {
                "lang": "en",
                "format_": "json",
                "body": SendSmsRequest(
                    phone="79092020303", sender="Shop", text="Hello from the generated client"
                ),
            },
            check_selzy_send,
        ),
    ),
    Vendor(
        "smsc",
        smsgate_smsc_client,
        SmscStub,
        {"login": "stub-login", "psw": "stub-password"},
        read=Operation(
            smsc_get_balance, lambda: {"body": GetBalanceBody(fmt=3)}, check_smsc_balance
        ),
        send=Operation(
            smsc_send,
            lambda: {
                "body": SendBody(phones="79991234567", mes="Hello from the generated client", fmt=3)
            },
            check_smsc_send,
        ),
    ),
    Vendor(
        "smsby",
        smsgate_smsby_client,
        SmsByStub,
        {"token": "stub-token"},
        read=Operation(smsby_get_balance, dict, check_smsby_balance),
        send=Operation(
            send_quick_sms,
            lambda: {
                "message": "Hello from the generated client",
                "phone": "375291234567",
                "alphaname_id": str(ALPHANAME_ID),
            },
            check_smsby_send,
        ),
    ),
]
CASES = [
    pytest.param(vendor, kind, style, id=f"{vendor.name}-{kind}-{style}")
    for vendor in VENDORS
    for kind in ("read", "send")
    for style in STYLES
]


def client_for(vendor: Vendor, stub: StubServer, transport: Any) -> Any:
    """The generated package's own Client, pointed at the stub through httpx_args."""
    return vendor.package.Client(
        base_url=f"http://{vendor.name}{stub.base_path}",
        httpx_args={"transport": transport, "params": vendor.credentials},
        raise_on_unexpected_status=True,
    )


@pytest.mark.parametrize(("vendor", "kind", "style"), CASES)
async def test_a_generated_function_reads_and_sends_against_the_stub(
    vendor: Vendor, kind: str, style: str
) -> None:
    stub = vendor.stub()
    operation: Operation = getattr(vendor, kind)
    function = getattr(operation.endpoint, style)
    if style.startswith("sync"):
        with client_for(vendor, stub, SyncASGITransport(stub.app)) as client:
            outcome = function(client=client, **operation.arguments())
    else:
        async with client_for(vendor, stub, httpx.ASGITransport(stub.app)) as client:
            outcome = await function(client=client, **operation.arguments())
    if style.endswith("_detailed"):
        assert outcome.status_code == 200, outcome.content
        parsed = outcome.parsed
    else:
        parsed = outcome
    operation.check(parsed, stub)


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda v: v.name)
def test_every_operation_module_offers_the_four_functions(vendor: Vendor) -> None:
    """What users call on a generated endpoint is there for every operation of the package,
    not only for the two exercised above (`sync`/`asyncio` exist whenever the spec types a
    reply, which every operation of these specs does)."""
    package = vendor.package.__name__
    missing = []
    for module_name in operation_modules(vendor.package):
        module = importlib.import_module(f"{package}.api.{module_name}")
        missing += [f"{module_name}.{s}" for s in STYLES if not callable(getattr(module, s, None))]
    assert operation_modules(vendor.package), f"{package} has no operations"
    assert missing == []


def operation_modules(package: ModuleType) -> list[str]:
    """'<group>.<operation>' for every endpoint module under the package's api/."""
    api = Path(package.__file__).parent / "api"
    return sorted(
        f"{path.parent.name}.{path.stem}" for path in api.glob("*/*.py") if path.stem != "__init__"
    )
