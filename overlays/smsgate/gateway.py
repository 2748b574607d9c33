"""One way to send an SMS, follow it and read the balance, whatever the vendor.

    from smsgate.gateway import connect

    with connect("smsc") as sms:            # credentials from SMSGATE_SMSC_* or the config file
        sent = sms.send("+7 912 345-67-89", "Your code is 1234", sender="Shop")
        report = sms.status(sent[0].id)     # report.state is a DeliveryState

`Gateway` wraps any vendor's sync facade, `AsyncGateway` any async one: each vendor writes
its part once, as steps (`Facade._neutral_send`, `_neutral_status`, `_neutral_balance`), and
both run it. The vendor's own status is kept beside the normalised one, and every message id
is an opaque string that `status` takes back. Vendor facades keep their own, richer methods
(SMSC's `status(id, phone)`, SMS.by's `send(message_id, phone)`), which is why the neutral
interface is a wrapper and not three more methods of the same names on each facade.

Given a ledger (`connect(..., ledger="sends.db")`, or `Gateway(client, ledger=...)`), a send
with a `key` records each recipient's intent and outcome (smsgate.ledger): running it again
resumes, and a recipient already accepted or unknown under the key is not sent again.
"""

from __future__ import annotations

import importlib
import inspect
import os
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Literal, overload

from . import _limits, _registry
from ._config import settings_for
from ._facade import (
    AsyncFacade,
    ClientOptions,
    Facade,
    GatewaySettings,
    Sleep,
    Steps,
    SyncFacade,
    poll_waits,
)
from ._neutral import Balance, DeliveryReport, DeliveryState, Estimate, Outgoing, SentMessage
from .errors import ConfigurationError, InvalidRequestError, OutcomeUnknownError, SmsgateError
from .phones import e164_numbers
from .segments import count_segments

if TYPE_CHECKING:
    from typing import Unpack

    # PEP 696 defaults, for type checkers only: a bare `Gateway` stays `Gateway[SyncFacade]`.
    from typing_extensions import TypeVar

    from .callbacks import CallbackReceiver
    from .ledger._base import Ledger
    from .selzy import AsyncSelzy, Selzy, SelzySettings
    from .smsby import AsyncSmsBy, SmsBy, SmsBySettings
    from .smsc import AsyncSmsc, Smsc, SmscSettings
    from .ubill import AsyncUBill, UBill, UBillSettings
else:
    from typing import TypeVar

__all__ = [
    "AsyncGateway",
    "Balance",
    "ClientOptions",
    "DeliveryReport",
    "DeliveryState",
    "Estimate",
    "Gateway",
    "GatewaySettings",
    "Outgoing",
    "SentMessage",
    "aconnect",
    "connect",
    "facade_class",
    "vendors",
]


# Covariant, so that a `Gateway[SmsBy]` is a `Gateway` (= `Gateway[SyncFacade]`): code that
# takes any vendor's gateway keeps accepting `connect("smsby")`.
F = TypeVar("F", bound=Facade, covariant=True)
if TYPE_CHECKING:
    S = TypeVar("S", bound=SyncFacade, default=SyncFacade, covariant=True)
    A = TypeVar("A", bound=AsyncFacade, default=AsyncFacade, covariant=True)
else:  # typing.TypeVar takes a default from Python 3.13 on
    S = TypeVar("S", bound=SyncFacade, covariant=True)
    A = TypeVar("A", bound=AsyncFacade, covariant=True)


class _Neutral(Generic[F]):
    """Input checks and settings shared by the sync and the async gateway."""

    def __init__(
        self,
        client: F,
        *,
        sender: str | None = None,
        default_region: str | None = None,
        callback_url: str | None = None,
        callback_secret: str | None = None,
        ledger: Ledger | str | os.PathLike[str] | None = None,
        chunk_size: int = 100,
        wait_for_others: float = 300.0,
    ):
        """`callback_secret` verifies the callbacks of `callback_receiver()`; `ledger`: a
        Ledger, a SQLite path or a postgresql:// URL (opened here and closed with the
        gateway), consulted by keyed sends, `chunk_size` recipients a request;
        `wait_for_others`: seconds a send waits for recipients another worker is sending."""
        self.client = client
        """The vendor facade, for everything beyond send, status and balance."""
        self.vendor = client.vendor
        self.sender = sender
        self.default_region = default_region
        self.callback_url = callback_url
        self._callback_secret = callback_secret  # private: a repr or a log never shows it
        if not isinstance(chunk_size, int) or chunk_size < 1:
            raise InvalidRequestError(f"chunk_size is a positive int, got {chunk_size!r}")
        self.chunk_size = chunk_size
        self._owns_ledger = isinstance(ledger, str | os.PathLike)
        if isinstance(ledger, str | os.PathLike):
            from .ledger import open_ledger

            ledger = open_ledger(ledger)
        self.ledger: Ledger | None = ledger
        self.wait_for_others = wait_for_others

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client!r})"

    def callback_receiver(
        self, *, allow_unverified: bool = False, **options: Any
    ) -> CallbackReceiver:
        """A receiver of this vendor's delivery callbacks, verified with the gateway's
        `callback_secret` (given to connect(), SMSGATE_<VENDOR>_CALLBACK_SECRET or the config
        file). Without one it is a ConfigurationError, unless `allow_unverified=True`;
        `options` go to `CallbackReceiver` (e.g. `remember`, SMSC's `hash_algorithm`). Its
        `receive` is synchronous and does no I/O, so it serves sync and async gateways alike."""
        from .callbacks import CallbackReceiver

        return CallbackReceiver(
            self.vendor,
            secret=self._callback_secret,
            allow_unverified=allow_unverified,
            **options,
        )

    def outgoing(
        self,
        to: str | int | Iterable[str | int],
        text: str,
        sender: str | None,
        schedule_at: datetime | None,
    ) -> Outgoing:
        _limits.text(text, "the text")
        if schedule_at is not None:
            _limits.future(schedule_at, "schedule_at")
        return Outgoing(
            to=self.recipients(to),
            text=text,
            sender=sender if sender is not None else self.sender,
            schedule_at=schedule_at,
            callback_url=self.callback_url,
            segments=count_segments(text),
        )

    def sending(
        self, outgoing: Outgoing, key: str | None, resend_unknown: bool
    ) -> Steps[list[SentMessage]]:
        """The steps of a send: straight to the vendor without a key, through the ledger
        with one; an error that stops it says who was sent (see SmsgateError.accepted)."""
        from .ledger._flow import ledgered_send, stopped

        if key is None:
            try:
                return (yield from self.client._neutral_send(outgoing))
            except OutcomeUnknownError as exc:
                stopped(exc, (), unknown=outgoing.to)
                raise
            except SmsgateError as exc:
                stopped(exc, (), not_attempted=outgoing.to)
                raise
        if self.ledger is None:
            raise InvalidRequestError("a send with a key needs a ledger: connect(..., ledger=)")
        if not isinstance(key, str) or not key:
            raise InvalidRequestError(f"key is a non-empty string, got {key!r}")
        return (
            yield from ledgered_send(
                self.client,
                self.ledger,
                outgoing,
                key,
                resend_unknown=resend_unknown,
                chunk_size=self.chunk_size,
                wait_for_others=self.wait_for_others,
            )
        )

    def close_ledger(self) -> None:
        if self._owns_ledger and self.ledger is not None:
            self.ledger.close()

    def recipients(self, to: str | int | Iterable[str | int]) -> tuple[str, ...]:
        return e164_numbers(to, self.default_region)

    def estimate(
        self, to: str | int | Iterable[str | int], text: str, price_per_part: Decimal | None = None
    ) -> Estimate:
        """Parts (and cost, given a price per part) of a send, without a request."""
        outgoing = self.outgoing(to, text, None, None)
        return Estimate(outgoing.segments, len(outgoing.to), price_per_part)

    @staticmethod
    def message_id(message_id: str) -> str:
        if not isinstance(message_id, str) or not message_id:
            raise InvalidRequestError(f"give a message id from send(), got {message_id!r}")
        return message_id

    def until_final(
        self, message_ids: Sequence[str], timeout: float, first_wait: float
    ) -> Steps[list[DeliveryReport]]:
        """Poll statuses with doubling waits until all are final or `timeout` runs out."""
        pauses = poll_waits(first_wait, 30.0, timeout)
        while True:
            reports: list[DeliveryReport] = []
            for message_id in message_ids:
                reports.append((yield from self.client._neutral_status(message_id)))
            pause = next(pauses, None)
            if all(r.is_final for r in reports) or pause is None:
                return reports
            yield Sleep(pause)


class Gateway(_Neutral[S]):
    """The neutral interface over a blocking vendor facade: `connect("smsby")` is a
    `Gateway[SmsBy]`, whose `client` is the SmsBy facade with all its own methods."""

    client: S

    def send(
        self,
        to: str | int | Iterable[str | int],
        text: str,
        *,
        sender: str | None = None,
        schedule_at: datetime | None = None,
        key: str | None = None,
        resend_unknown: bool = False,
    ) -> list[SentMessage]:
        """Send `text` to each number (any common form; national ones need `default_region`).
        Never retried once it may have reached the vendor (see OutcomeUnknownError).

        With a `key` (and the gateway's ledger), each recipient's intent is recorded before
        its request leaves and its outcome after: sending again under the key resumes, and
        returns what was recorded for a recipient already accepted or unknown instead of
        sending it again (`resend_unknown=True` sends the unknown ones again; where the
        vendor can look a send up, SMSC, smsgate asks it first). An error that stops a send
        part-way carries `accepted`, `rejected`, `unknown` and `not_attempted`."""
        outgoing = self.outgoing(to, text, sender, schedule_at)
        return self.send_prepared(outgoing, key=key, resend_unknown=resend_unknown)

    def send_prepared(
        self, outgoing: Outgoing, *, key: str | None = None, resend_unknown: bool = False
    ) -> list[SentMessage]:
        """`send` of what `outgoing()` prepared. A caller that sends one message in parts of
        its own (the `smsgate` command, chunk by chunk, printing each) gives each part
        `dataclasses.replace(prepared, to=part)`: the parts share the lookups that do not
        change while the send runs (`Outgoing.memo`: SMS.by's sender id), made once."""
        steps = self.sending(outgoing, key, resend_unknown)
        try:
            return self.client._run(steps)
        finally:
            steps.close()  # an interrupted send settles its claimed recipients as unknown

    def status(self, message_id: str) -> DeliveryReport:
        return self.client._run(self.client._neutral_status(self.message_id(message_id)))

    def balance(self) -> Balance:
        return self.client._run(self.client._neutral_balance())

    def wait(
        self, message_ids: Sequence[str], *, timeout: float = 60.0, first_wait: float = 0.5
    ) -> list[DeliveryReport]:
        """The reports once every message is final, or the last ones after `timeout` s."""
        ids = [self.message_id(m) for m in message_ids]
        return self.client._run(self.until_final(ids, timeout, first_wait))

    def close(self) -> None:
        self.client.close()
        self.close_ledger()

    def __enter__(self) -> Gateway[S]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncGateway(_Neutral[A]):
    """The neutral interface over an asyncio vendor facade (`aconnect("smsby")` is an
    `AsyncGateway[AsyncSmsBy]`)."""

    client: A

    async def send(
        self,
        to: str | int | Iterable[str | int],
        text: str,
        *,
        sender: str | None = None,
        schedule_at: datetime | None = None,
        key: str | None = None,
        resend_unknown: bool = False,
    ) -> list[SentMessage]:
        """See `Gateway.send` (the ledger's short writes run inline)."""
        outgoing = self.outgoing(to, text, sender, schedule_at)
        return await self.send_prepared(outgoing, key=key, resend_unknown=resend_unknown)

    async def send_prepared(
        self, outgoing: Outgoing, *, key: str | None = None, resend_unknown: bool = False
    ) -> list[SentMessage]:
        """See `Gateway.send_prepared`."""
        steps = self.sending(outgoing, key, resend_unknown)
        try:
            return await self.client._run(steps)
        finally:
            steps.close()

    async def status(self, message_id: str) -> DeliveryReport:
        return await self.client._run(self.client._neutral_status(self.message_id(message_id)))

    async def balance(self) -> Balance:
        return await self.client._run(self.client._neutral_balance())

    async def wait(
        self, message_ids: Sequence[str], *, timeout: float = 60.0, first_wait: float = 0.5
    ) -> list[DeliveryReport]:
        ids = [self.message_id(m) for m in message_ids]
        return await self.client._run(self.until_final(ids, timeout, first_wait))

    async def aclose(self) -> None:
        await self.client.aclose()
        self.close_ledger()

    async def __aenter__(self) -> AsyncGateway[A]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def vendors() -> list[str]:
    """Every vendor smsgate has (smsgate._registry), without importing any of them."""
    return _registry.names()


def vendor_module(vendor: str) -> ModuleType:
    """The module that holds the vendor's facades (its registry record says which)."""
    return importlib.import_module(_registry.vendor(vendor).facade.partition(":")[0])


def facade_class(vendor: str, *, asynchronous: bool = False) -> type[Facade]:
    """The vendor's sync (or async) facade class, as its registry record names it."""
    record = _registry.vendor(vendor)
    return record.async_class() if asynchronous else record.sync_class()


_GATEWAY_OPTIONS = ("sender", "default_region", "callback_url", "callback_secret")
_GATEWAY_ARGUMENTS = ("ledger", "chunk_size", "wait_for_others")  # objects: arguments only


def _open(vendor: str, asynchronous: bool, config: str | None, given: dict[str, Any]) -> Any:
    cls = facade_class(vendor, asynchronous=asynchronous)
    given = dict(given)
    arguments = {k: given.pop(k) for k in _GATEWAY_ARGUMENTS if given.get(k) is not None}
    settings = settings_for(vendor, cls, config=config, given=given)
    neutral = {k: settings.pop(k) for k in _GATEWAY_OPTIONS if k in settings}
    accepted = inspect.signature(cls).parameters
    unknown = sorted(set(settings) - set(accepted) - {"base_url", "timeout", "retry", "transport"})
    if unknown:
        raise InvalidRequestError(f"{vendor} takes no setting {', '.join(unknown)}")
    missing = [
        f"SMSGATE_{vendor.upper()}_{name.upper()}"
        for name, p in accepted.items()
        if p.default is p.empty
        and p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
        and name not in settings
    ]
    if missing:
        raise ConfigurationError(
            f"{vendor} needs {', '.join(missing)} (or the same in the config file)"
        )
    client = cls(**settings)
    gateway_class = AsyncGateway if asynchronous else Gateway
    return gateway_class(client, **neutral, **arguments)


# One overload per vendor, so that `connect("smsby").client` is an `SmsBy` and its settings
# are checked against `SmsBySettings`; a vendor named at run time gets the base facade.
# tests/test_registry.py checks that every registered vendor has its pair.
@overload
def connect(
    vendor: Literal["selzy"], *, config: str | None = None, **settings: Unpack[SelzySettings]
) -> Gateway[Selzy]: ...
@overload
def connect(
    vendor: Literal["smsby"], *, config: str | None = None, **settings: Unpack[SmsBySettings]
) -> Gateway[SmsBy]: ...
@overload
def connect(
    vendor: Literal["smsc"], *, config: str | None = None, **settings: Unpack[SmscSettings]
) -> Gateway[Smsc]: ...
@overload
def connect(
    vendor: Literal["ubill"], *, config: str | None = None, **settings: Unpack[UBillSettings]
) -> Gateway[UBill]: ...
@overload
def connect(vendor: str, *, config: str | None = None, **settings: Any) -> Gateway[SyncFacade]: ...
def connect(vendor: str, *, config: str | None = None, **settings: Any) -> Gateway[Any]:
    """A blocking gateway to `vendor`. Settings (the facade's credentials, `base_url`,
    `sender`, `default_region`, `callback_url`, `callback_secret`) come from the arguments,
    else from SMSGATE_<VENDOR>_<SETTING> environment variables (converted to the setting's
    type), else from the config file.
    `ledger`, `chunk_size` and `wait_for_others` go to the gateway (see `Gateway`)."""
    gateway: Gateway[Any] = _open(vendor, False, config, settings)
    return gateway


@overload
def aconnect(
    vendor: Literal["selzy"], *, config: str | None = None, **settings: Unpack[SelzySettings]
) -> AsyncGateway[AsyncSelzy]: ...
@overload
def aconnect(
    vendor: Literal["smsby"], *, config: str | None = None, **settings: Unpack[SmsBySettings]
) -> AsyncGateway[AsyncSmsBy]: ...
@overload
def aconnect(
    vendor: Literal["smsc"], *, config: str | None = None, **settings: Unpack[SmscSettings]
) -> AsyncGateway[AsyncSmsc]: ...
@overload
def aconnect(
    vendor: Literal["ubill"], *, config: str | None = None, **settings: Unpack[UBillSettings]
) -> AsyncGateway[AsyncUBill]: ...
@overload
def aconnect(
    vendor: str, *, config: str | None = None, **settings: Any
) -> AsyncGateway[AsyncFacade]: ...
def aconnect(vendor: str, *, config: str | None = None, **settings: Any) -> AsyncGateway[Any]:
    """`connect` for asyncio."""
    gateway: AsyncGateway[Any] = _open(vendor, True, config, settings)
    return gateway
