"""Each vendor as the cross-vendor drills and tests see it: its stub and clients made with
recognisable credentials, and one representative read and send, so that the fault matrix, the
secret scan, the decoder fuzz and the load run walk every vendor the same way.

The classes come from the vendor registry (smsgate._registry); what a vendor adds here is only
its credentials and its representative calls. A registered vendor with no subject here is an
error at import, so that no cross-vendor drill silently leaves a new vendor out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from smsgate import _registry
from smsgate._facade import AsyncFacade, SyncFacade
from smsgate.stub import StubServer, stub_class

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
    region: str = "RU"
    """The country (ISO 3166) whose mobile numbers a drill sends to: the vendor's own."""
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


def _subject(
    vendor: str, stub_arguments: tuple[Any, ...], stub_options: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A subject's vendor-given parts: its name, its stub (made with the same credentials) and
    its facades, as the registry names them."""
    record = _registry.vendor(vendor)
    stub = stub_class(vendor)
    return {
        "name": vendor,
        "stub": lambda: stub(*stub_arguments, **(stub_options or {})),
        "sync": record.sync_class(),
        "async_": record.async_class(),
    }


UBILL = Subject(
    **_subject("ubill", (SECRET_KEY,)),
    arguments=(SECRET_KEY,),
    read=lambda c: c.balance(),
    send=lambda c: c.send("995511194241", "Hello", brand_id=1),
    region="GE",
)
SELZY = Subject(
    **_subject("selzy", (SECRET_KEY,)),
    arguments=(SECRET_KEY,),
    read=lambda c: c.lists(),
    send=lambda c: c.send_sms(["+79092020303"], "Hello", sender="Shop"),
    options={"poll_interval": 0.0},
)


def _smsc(fmt: int) -> Subject:
    parts = _subject("smsc", ("smsc-login", SECRET_PASSWORD), {"apikey": SECRET_KEY})
    return Subject(
        **{**parts, "name": f"smsc fmt={fmt}"},
        arguments=("smsc-login", SECRET_PASSWORD),
        read=lambda c: c.balance(),
        send=lambda c: c.send("79991234567", "Hello"),
        options={"fmt": fmt},
        secrets=(SECRET_PASSWORD,),
        delimited=fmt in (2, 3),
    )


SMSBY = Subject(
    **_subject("smsby", (SECRET_KEY,)),
    arguments=(SECRET_KEY,),
    read=lambda c: c.balance(),
    send=lambda c: c.send_quick("375291234567", "Hello"),
    region="BY",
)
SMSC_FORMATS = tuple(_smsc(fmt) for fmt in (3, 0, 1, 2))
_BY_VENDOR = {"ubill": UBILL, "selzy": SELZY, "smsc": SMSC_FORMATS[0], "smsby": SMSBY}
_MISSING = set(_registry.names()) - set(_BY_VENDOR)
if _MISSING:
    raise LookupError(f"scripts/drills/subjects.py has no subject for {', '.join(_MISSING)}")
SUBJECTS = tuple(_BY_VENDOR[name] for name in _registry.names())
"""One subject per registered vendor, in the registry's order (SMSC in its default JSON)."""
SUBJECT_BY_VENDOR = dict(zip(_registry.names(), SUBJECTS, strict=True))
