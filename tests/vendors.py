"""Each vendor as the cross-vendor tests see it: its stub and clients made with recognisable
credentials, and one representative read and send, so that the fault matrix, the secret scan,
the decoder fuzz and the load test walk every vendor the same way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from smsgate._facade import AsyncFacade, SyncFacade
from smsgate.selzy import AsyncSelzy, Selzy
from smsgate.smsby import AsyncSmsBy, SmsBy
from smsgate.smsc import AsyncSmsc, Smsc
from smsgate.stub import StubServer
from smsgate.stub.selzy import SelzyStub
from smsgate.stub.smsby import SmsByStub
from smsgate.stub.smsc import SmscStub
from smsgate.stub.ubill import UBillStub
from smsgate.ubill import AsyncUBill, UBill

SECRET_KEY = "SECRETkey7Q3xZ9"
"""A recognisable API key: a leak of it anywhere is a failed test."""
SECRET_PASSWORD = "SECRETpass8W2vY4"


@dataclass(frozen=True)
class Subject:
    """One vendor (one reply format, for SMSC) under test."""

    name: str
    stub: Callable[[], StubServer]
    sync: type[SyncFacade]
    async_: type[AsyncFacade]
    arguments: tuple[Any, ...]
    """Positional credentials for the client."""
    read: Callable[[Any], Any]
    send: Callable[[Any], Any]
    """Sends one SMS to one number."""
    options: dict[str, Any] = field(default_factory=dict)
    secrets: tuple[str, ...] = (SECRET_KEY,)
    delimited: bool = True
    """Whether a reply cut short can be told from a whole one (JSON, XML); SMSC's text and
    CSV formats have no end marker, so half of `100.00` reads as 100."""

    def base_url(self, root: str, stub: StubServer) -> str:
        return f"{root}{stub.base_path}"

    def client(self, root: str, stub: StubServer, **options: Any) -> Any:
        url = self.base_url(root, stub)
        return self.sync(*self.arguments, base_url=url, **{**self.options, **options})

    def async_client(self, root: str, stub: StubServer, **options: Any) -> Any:
        url = self.base_url(root, stub)
        return self.async_(*self.arguments, base_url=url, **{**self.options, **options})


UBILL = Subject(
    "ubill",
    lambda: UBillStub(SECRET_KEY),
    UBill,
    AsyncUBill,
    (SECRET_KEY,),
    read=lambda c: c.balance(),
    send=lambda c: c.send("995511194241", "Hello", brand_id=1),
)
SELZY = Subject(
    "selzy",
    lambda: SelzyStub(SECRET_KEY),
    Selzy,
    AsyncSelzy,
    (SECRET_KEY,),
    read=lambda c: c.lists(),
    send=lambda c: c.send_sms(["+79092020303"], "Hello", sender="Shop"),
    options={"poll_interval": 0.0},
)


def _smsc(fmt: int) -> Subject:
    return Subject(
        f"smsc fmt={fmt}",
        lambda: SmscStub("smsc-login", SECRET_PASSWORD, apikey=SECRET_KEY),
        Smsc,
        AsyncSmsc,
        ("smsc-login", SECRET_PASSWORD),
        read=lambda c: c.balance(),
        send=lambda c: c.send("79991234567", "Hello"),
        options={"fmt": fmt},
        secrets=(SECRET_PASSWORD,),
        delimited=fmt in (2, 3),
    )


SMSBY = Subject(
    "smsby",
    lambda: SmsByStub(SECRET_KEY),
    SmsBy,
    AsyncSmsBy,
    (SECRET_KEY,),
    read=lambda c: c.balance(),
    send=lambda c: c.send_quick("375291234567", "Hello"),
)
SMSC_FORMATS = tuple(_smsc(fmt) for fmt in (3, 0, 1, 2))
SUBJECTS = (UBILL, SELZY, SMSC_FORMATS[0], SMSBY)
"""One subject per vendor (SMSC in its default JSON)."""
