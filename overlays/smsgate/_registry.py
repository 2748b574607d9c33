"""The vendors smsgate has, one record each: the one place that names them.

The gateway (`connect`, `vendors()`), the `smsgate` command, the stub server, the callback
receiver, the demo and the tests all find vendors here; nothing lists a package to discover
them. A record names its classes and functions by import path ("module:attribute") and
imports one only when it is asked for, so that `import smsgate` and each vendor's facade stay
as cheap as they were: reading the registry imports no vendor and no HTTP library.

Adding a vendor: a spec, a facade module (or package), a stub module, a test module, and one
`Vendor(...)` below (plus its two `connect`/`aconnect` overloads in `smsgate.gateway`, which a
test checks against this list).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import InvalidRequestError

if TYPE_CHECKING:
    from ._facade import AsyncFacade, SyncFacade
    from ._neutral import DeliveryReport, DeliveryState

__all__ = ["VENDORS", "CallbackReader", "Vendor", "names", "vendor"]

CallbackReader = Callable[..., "list[DeliveryReport]"]
"""`read(request: CallbackRequest, secret: str | None, **options) -> list[DeliveryReport]`."""

T = TypeVar("T")


def _load(path: str) -> Any:
    module, _, attribute = path.partition(":")
    return getattr(importlib.import_module(module), attribute)


def _class(path: str, base: type[T]) -> type[T]:
    found = _load(path)
    if not (isinstance(found, type) and issubclass(found, base)):
        raise TypeError(f"{path} is not a {base.__name__}")
    return found


@dataclass(frozen=True)
class Vendor:
    """One vendor: what its name stands for everywhere in smsgate."""

    name: str
    """Lower case: the facade module `smsgate.<name>`, the stub `smsgate.stub.<name>`, the
    settings prefix SMSGATE_<NAME>_ and the config file's [<name>] table."""
    title: str
    """As the vendor writes it (e.g. "SMS.by")."""
    facade: str
    """The blocking facade, "module:Class"."""
    async_facade: str
    stub: str
    """The stateful stub server (a StubServer subclass)."""
    settings: str
    """The public TypedDict of what `connect(name, **settings)` takes."""
    neutral_states: str
    """The vendor's delivery statuses onto `DeliveryState` (the neutral mapping)."""
    callback_reader: str
    """The function that reads and verifies the vendor's delivery callbacks."""
    callback_secret: str | None = None
    """What a `CallbackReceiver`'s `secret` is for this vendor, the thing that tells its
    callbacks from forgeries; None when its callbacks carry nothing that could (a receiver
    for it then needs `allow_unverified=True`)."""

    def sync_class(self) -> type[SyncFacade]:
        from ._facade import SyncFacade

        return _class(self.facade, SyncFacade)

    def async_class(self) -> type[AsyncFacade]:
        from ._facade import AsyncFacade

        return _class(self.async_facade, AsyncFacade)

    def stub_class(self) -> type:
        """The stub's class; `smsgate.stub.stub_class` gives it typed as a StubServer (this
        module imports nothing of the stubs, so that the stubs can import it)."""
        found = _load(self.stub)
        if not isinstance(found, type):
            raise TypeError(f"{self.stub} is not a class")
        return found

    def settings_type(self) -> type[Mapping[str, Any]]:
        found: type[Mapping[str, Any]] = _load(self.settings)
        return found

    def neutral_mapping(self) -> Mapping[Any, DeliveryState]:
        found: Mapping[Any, DeliveryState] = _load(self.neutral_states)
        return found

    def reader(self) -> CallbackReader:
        found: CallbackReader = _load(self.callback_reader)
        return found


VENDORS: tuple[Vendor, ...] = (
    Vendor(
        name="selzy",
        title="Selzy",
        facade="smsgate.selzy:Selzy",
        async_facade="smsgate.selzy:AsyncSelzy",
        stub="smsgate.stub.selzy:SelzyStub",
        settings="smsgate.selzy:SelzySettings",
        neutral_states="smsgate.selzy:NEUTRAL_STATES",
        callback_reader="smsgate.selzy:read_delivery_callback",
    ),
    Vendor(
        name="smsby",
        title="SMS.by",
        facade="smsgate.smsby:SmsBy",
        async_facade="smsgate.smsby:AsyncSmsBy",
        stub="smsgate.stub.smsby:SmsByStub",
        settings="smsgate.smsby:SmsBySettings",
        neutral_states="smsgate.smsby:NEUTRAL_STATES",
        callback_reader="smsgate.smsby:read_delivery_callback",
        callback_secret="the `key` you put into the callback_url of your sends",
    ),
    Vendor(
        name="smsc",
        title="SMSC",
        facade="smsgate.smsc:Smsc",
        async_facade="smsgate.smsc:AsyncSmsc",
        stub="smsgate.stub.smsc:SmscStub",
        settings="smsgate.smsc:SmscSettings",
        neutral_states="smsgate.smsc:NEUTRAL_STATES",
        callback_reader="smsgate.smsc:read_delivery_callback",
        callback_secret="the secret SMSC hashes each callback with (md5 on the handler URL)",
    ),
    Vendor(
        name="ubill",
        title="uBill",
        facade="smsgate.ubill:UBill",
        async_facade="smsgate.ubill:AsyncUBill",
        stub="smsgate.stub.ubill:UBillStub",
        settings="smsgate.ubill:UBillSettings",
        neutral_states="smsgate.ubill:NEUTRAL_STATES",
        callback_reader="smsgate.ubill:read_delivery_callback",
        callback_secret="the callback key set in the uBill cabinet",
    ),
)
"""Every vendor, by name."""

_BY_NAME = {v.name: v for v in VENDORS}


def names() -> list[str]:
    """Every vendor's name, in order."""
    return [v.name for v in VENDORS]


def vendor(name: str) -> Vendor:
    """The record of `name`; InvalidRequestError naming the vendors there are otherwise."""
    found = _BY_NAME.get(name) if isinstance(name, str) else None
    if found is None:
        raise InvalidRequestError(f"unknown vendor {name!r}; smsgate has {', '.join(names())}")
    return found
