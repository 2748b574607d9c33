"""uBill (ubill.ge): send SMS, follow delivery, read the balance, manage brand (sender) names.

    from smsgate.ubill import UBill

    with UBill(key="...") as ubill:
        sent = ubill.send(["995511194241"], "Hello", brand_id=1)
        report = ubill.delivery_report(sent.sms_id)

`AsyncUBill` has the same methods as coroutines. Business errors, which uBill answers with
HTTP 200 and a non-zero `statusID`, are raised as `ApiError`s; see smsgate.errors.
"""

from __future__ import annotations

import email.utils
import hmac
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import Decimal
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Literal, Unpack
from urllib.parse import parse_qs

import httpx
from smsgate_ubill_client import models
from smsgate_ubill_client import types as generated_types
from smsgate_ubill_client.api.sms import (
    create_brand_name,
    get_delivery_report,
    get_sms_balance,
    list_brand_names,
    send_sms,
    send_sms_query,
)

from . import _limits, _wire
from . import _neutral as neutral
from ._calls import Call, ReadBy, WireFormatError
from ._facade import (
    AsyncFacade,
    ClientOptions,
    Facade,
    GatewaySettings,
    Steps,
    SyncFacade,
    operation,
)
from ._redact import masked
from .callbacks import CallbackRequest
from .errors import (
    ApiError,
    AuthenticationError,
    CallbackError,
    InsufficientFundsError,
    InvalidRequestError,
)
from .phones import international_digits

if TYPE_CHECKING:  # at run time as models.X and generated_types.X, loaded on first use
    from smsgate_ubill_client.models import BrandName as GeneratedBrandName
    from smsgate_ubill_client.models import (
        BrandNamesResponse,
        CreateBrandNameResponse,
        DeliveryReportResponse,
        SendSMSResponse,
        SMSBalanceResponse,
    )
    from smsgate_ubill_client.types import Unset

__all__ = [
    "AsyncUBill",
    "BrandName",
    "DeliveryCallback",
    "DeliveryReport",
    "DeliveryStatus",
    "NumberStatus",
    "SendResult",
    "UBill",
    "UBillSettings",
    "parse_callback",
    "read_delivery_callback",
]

TBILISI: tzinfo
"""uBill's local times carry no zone; Tbilisi time is presumed (unconfirmed by uBill).
Made on first use (the module's __getattr__, `_wire.zone`), not on import."""


def _tbilisi() -> tzinfo:
    return _wire.zone("Asia/Tbilisi", "Asia/Tbilisi", 4)


CALLBACK_KEY_LIMIT = 30
"""uBill reportedly cuts the callback key to this many characters."""
_BRAND_NAME = re.compile(r"[A-Za-z0-9 .-]{2,11}")

# Request-level statusID meanings; they differ by operation (specs/ubill.yaml).
_SEND_CODES = {
    10: "brandID not found or not authorized",
    20: "no numbers given",
    30: "empty message text",
    40: "not enough SMS balance",
    50: "no valid numbers found",
    90: "JSON error",
    99: "general error",
}
_BRAND_CODES = {
    10: "brand name field empty",
    20: "brand name must be 2-11 characters",
    30: "brand name has unauthorized characters",
    40: "brand name already exists",
    50: "wait for the previous brand name's authorization",
    90: "JSON error",
    99: "general error",
}
_CODES_BY_ENDPOINT: dict[object, dict[int, str]] = {  # keyed by module: see smsgate._deferred
    send_sms: _SEND_CODES,
    send_sms_query: _SEND_CODES,
    create_brand_name: _BRAND_CODES,
}


class DeliveryStatus(IntEnum):
    """Per-number delivery status (the report's and the callback's `statusID`)."""

    SENT = 0
    DELIVERED = 1
    FAILED = 2
    PENDING = 3
    ERROR = 4

    @property
    def is_final(self) -> bool:
        return self in (DeliveryStatus.DELIVERED, DeliveryStatus.FAILED, DeliveryStatus.ERROR)


@dataclass(frozen=True)
class SendResult:
    sms_id: str
    """One id for the whole batch; the delivery report lists each number under it."""
    numbers: tuple[str, ...]
    message: str | None


@dataclass(frozen=True)
class NumberStatus:
    number: str
    status: DeliveryStatus


@dataclass(frozen=True)
class DeliveryReport:
    sms_id: str
    numbers: tuple[NumberStatus, ...]
    as_of: datetime | None = None
    """When uBill answered (its reply's Date header), in Tbilisi time: uBill's report gives
    no time of its own, so this is the latest moment each status can have been reached.
    None for a reply without a readable Date header."""

    @property
    def is_final(self) -> bool:
        return all(n.status.is_final for n in self.numbers)


@dataclass(frozen=True)
class BrandName:
    id: int
    name: str
    authorized: bool
    """True only for uBill's `authorized == 1`, the one value every source agrees is usable."""
    authorized_raw: str
    created_at: datetime


@dataclass(frozen=True)
class DeliveryCallback:
    """One status change that uBill pushed to your callback URL."""

    sms_id: str
    number: str
    status: DeliveryStatus
    date: datetime
    event: str | None


def normalize_number(number: str | int) -> str:
    """A number as uBill wants it: international digits, no `+` or `00`."""
    return international_digits(number)


def _send_time(when: datetime | None) -> str | Unset:
    if when is None:
        return generated_types.UNSET
    return _limits.future(when, "schedule_at").astimezone(_tbilisi()).strftime("%Y-%m-%d %H:%M")


def _send_result(numbers: tuple[str, ...]) -> Callable[[SendSMSResponse], SendResult]:
    def convert(reply: SendSMSResponse) -> SendResult:
        if isinstance(reply.sms_id, generated_types.Unset):
            raise WireFormatError("a successful send has no smsID")
        return SendResult(_wire.digits(reply.sms_id, "smsID"), numbers, reply.message or None)

    return convert


@dataclass(frozen=True)
class _Answered:
    """A parsed report with the time uBill answered it, read off the reply's Date header
    (`Call.convert` sees only the parsed reply; `_check` unwraps it)."""

    reply: DeliveryReportResponse
    at: datetime | None


def _answered(response: httpx.Response, parse: Callable[[httpx.Response], Any]) -> Any:
    parsed = parse(response)
    if parsed is None or isinstance(parsed, str):  # an undocumented status: _check decides
        return parsed
    return _Answered(parsed, _date_header(response.headers.get("date")))


def _date_header(value: str | None) -> datetime | None:
    """An HTTP Date header (RFC 9110: always GMT) in Tbilisi time; None if absent or unreadable."""
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).astimezone(_tbilisi())
    except (TypeError, ValueError, IndexError):
        return None


_REPORT = ReadBy(get_delivery_report, _answered)


def _report(sms_id: str) -> Callable[[_Answered], DeliveryReport]:
    def convert(answered: _Answered) -> DeliveryReport:
        reply = answered.reply
        items = [] if isinstance(reply.result, generated_types.Unset) else reply.result
        return DeliveryReport(
            sms_id,
            tuple(
                NumberStatus(
                    _wire.digits(item.number, "number"),
                    DeliveryStatus(_wire.integer(item.status_id, "statusID")),
                )
                for item in items
            ),
            answered.at,
        )

    return convert


def _balance(reply: SMSBalanceResponse) -> int:
    if isinstance(reply.sms, generated_types.Unset):
        raise WireFormatError("the balance reply has no sms count")
    return _wire.integer(reply.sms, "sms")


def _brand(item: GeneratedBrandName) -> BrandName:
    authorized = _wire.digits(item.authorized, "authorized")
    return BrandName(
        id=_wire.integer(item.id, "id"),
        name=_wire.text(item.name, "name"),
        authorized=authorized == "1",
        authorized_raw=authorized,
        created_at=_wire.local_datetime(item.created_at, _tbilisi(), "createdAt"),
    )


def _brands(reply: BrandNamesResponse) -> list[BrandName]:
    for items in (reply.brands, reply.data):  # `data` in some documentation (unconfirmed)
        if not isinstance(items, generated_types.Unset):
            return [_brand(item) for item in items]
    raise WireFormatError("the brand names reply has neither `brands` nor `data`")


def _created_brand(reply: CreateBrandNameResponse) -> int:
    if isinstance(reply.brand_id, generated_types.Unset):
        raise WireFormatError("a created brand name has no brandID")
    return _wire.integer(reply.brand_id, "brandID")


class UBillSettings(GatewaySettings, total=False):
    """What `connect("ubill", **settings)` takes: UBill's own constructor arguments beside the
    settings every vendor has (each also from SMSGATE_UBILL_<NAME> or the config file)."""

    key: str
    key_in: Literal["query", "header"]


class _UBillOperations(Facade):
    """uBill's operations, written once for the sync and the async client."""

    vendor = "ubill"
    default_base_url = "https://api.ubill.dev/v1"

    def __init__(
        self,
        key: str,
        *,
        key_in: Literal["query", "header"] = "query",
        **options: Unpack[ClientOptions],
    ):
        """`key` is the API key from the uBill cabinet. uBill documents it in the query
        string only; `key_in="header"` keeps it out of URLs, which third-party clients use
        but uBill has not confirmed."""
        if not key:
            raise InvalidRequestError("the uBill API key is empty")
        self._key = key
        self._key_in = key_in
        super().__init__(secrets=[key], **options)

    def _credentials_repr(self) -> str:
        return f"key={masked(self._key)}"

    def _authorize(self, request: dict[str, Any]) -> None:
        if self._key_in == "header":
            request.setdefault("headers", {})["key"] = self._key
        else:
            request["params"] = {**request.get("params", {}), "key": self._key}

    def _check(self, call: Call[Any], response: httpx.Response, parsed: Any) -> None:
        exchange = self._exchange
        if response.status_code == 401:
            message = response.text.strip() or "unauthorized"
            raise exchange.api_error(AuthenticationError, message, call, response, code=401)
        if parsed is None or isinstance(parsed, str):  # an undocumented status
            return
        if isinstance(parsed, _Answered):
            parsed = parsed.reply
        status_id = _wire.integer(parsed.status_id, "statusID")
        if status_id == 0:
            return
        meaning = _CODES_BY_ENDPOINT.get(call.endpoint, {}).get(status_id, "unknown statusID")
        said = getattr(parsed, "message", generated_types.UNSET)
        if isinstance(said, generated_types.Unset) or not said or said.lower() == meaning.lower():
            message = meaning
        else:
            message = f"{said} ({meaning})"
        cls = InsufficientFundsError if call.is_send and status_id == 40 else ApiError
        raise exchange.api_error(cls, message, call, response, code=status_id)

    def _send(
        self,
        numbers: str | int | Iterable[str | int],
        text: str,
        *,
        brand_id: int,
        stop_list: bool = True,
        otp: bool = False,
        schedule_at: datetime | None = None,
    ) -> Call[SendResult]:
        """Send `text` to one or more numbers from an authorized brand name.

        Numbers may be strings or ints, with or without `+`, checked by the gateway's rule
        (smsgate.phones) before any request; national ones need the client's
        `default_region`. `otp=True` is for one-time codes only (uBill sends them first and
        may restrict accounts that misuse it).
        `schedule_at` must be timezone-aware and in the future. Both go through the query
        form of the send, the only one where uBill documents them. A send is never retried
        once it may have reached uBill: an unreadable reply raises OutcomeUnknownError.
        """
        to = self._recipients(numbers)  # the gateway's rule, with the facade's default_region
        if not isinstance(text, str) or not text:
            raise InvalidRequestError(f"the text should be a non-empty string, got {text!r}")
        if isinstance(brand_id, bool) or not isinstance(brand_id, int) or brand_id < 1:
            raise InvalidRequestError(f"brand_id should be a positive int, got {brand_id!r}")
        send_time = _send_time(schedule_at)
        if otp or schedule_at is not None:
            arguments: dict[str, Any] = {
                "brand_id": brand_id,
                "numbers": ",".join(to),
                "text": text,
                "stop_list": stop_list,
                "otp": otp or generated_types.UNSET,
                "send_time": send_time,
            }
            return Call(send_sms_query, arguments, _send_result(to), is_send=True)
        body = models.SendSMSRequest(
            brand_id=brand_id, numbers=[int(n) for n in to], text=text, stop_list=stop_list
        )
        return Call(send_sms, {"body": body}, _send_result(to), is_send=True)

    send = operation(_send)

    def _delivery_report(self, sms_id: str | int) -> Call[DeliveryReport]:
        """The status of every number of a send."""
        try:
            batch = _wire.digits(sms_id, "sms_id")
        except WireFormatError as exc:
            raise InvalidRequestError(str(exc)) from None
        return Call(_REPORT, {"sms_id": int(batch)}, _report(batch))

    delivery_report = operation(_delivery_report)

    def _balance(self) -> Call[int]:
        """How many SMS the account can still send (uBill counts messages, not money)."""
        return Call(get_sms_balance, {}, _balance)

    balance = operation(_balance)

    def _brand_names(self) -> Call[list[BrandName]]:
        """Every brand (sender) name of the account, authorized or not."""
        return Call(list_brand_names, {}, _brands)

    brand_names = operation(_brand_names)

    @operation
    def brand_name(self, brand_id: int) -> Call[BrandName | None]:
        """One brand name by id, or None; uBill has no call for one, so the list is filtered."""

        def pick(reply: BrandNamesResponse) -> BrandName | None:
            return next((b for b in _brands(reply) if b.id == brand_id), None)

        return Call(list_brand_names, {}, pick)

    @operation
    def create_brand_name(self, name: str) -> Call[int]:
        """Ask for a new brand name; it starts unauthorized until uBill approves it.
        Returns the new brand's id."""
        if not isinstance(name, str) or not _BRAND_NAME.fullmatch(name):
            raise InvalidRequestError(
                f"a brand name is 2-11 characters of A-Z a-z 0-9 . - and space, got {name!r}"
            )
        body = models.CreateBrandNameRequest(brand_name=name)
        return Call(create_brand_name, {"body": body}, _created_brand)

    # The neutral interface (smsgate.gateway).
    def _neutral_send(self, outgoing: neutral.Outgoing) -> Steps[list[neutral.SentMessage]]:
        brand_id = yield from self._brand_id(outgoing.sender)
        sent = yield from self._send(
            outgoing.to, outgoing.text, brand_id=brand_id, schedule_at=outgoing.schedule_at
        )
        parts = outgoing.segments.parts  # uBill does not say; its balance drops by as many
        return [
            neutral.SentMessage(f"{sent.sms_id}:{n}", f"+{n}", parts, False, self.vendor)
            for n in sent.numbers
        ]

    def _brand_id(self, sender: str | None) -> Steps[int]:
        """The authorized brand named `sender`, or the account's first authorized one."""
        brands = yield from self._brand_names()
        usable = [b for b in brands if b.authorized]
        chosen = [b for b in usable if sender is None or b.name.lower() == sender.lower()]
        if not chosen:
            names = ", ".join(b.name for b in usable) or "none"
            wanted = f"named {sender!r}" if sender else "at all"
            raise InvalidRequestError(
                f"no authorized uBill brand name {wanted} (authorized: {names})", vendor="ubill"
            )
        return chosen[0].id

    def _neutral_status(self, message_id: str) -> Steps[neutral.DeliveryReport]:
        sms_id, _, number = message_id.partition(":")
        if not (sms_id.isdigit() and number.isdigit()):
            raise InvalidRequestError(f"{message_id!r} is not a uBill message id from send()")
        report = yield from self._delivery_report(sms_id)
        found = next((n for n in report.numbers if n.number == number), None)
        if found is None:
            return neutral.DeliveryReport(
                message_id, f"+{number}", neutral.DeliveryState.UNKNOWN, "", self.vendor
            )
        return _neutral_report(message_id, number, found.status, report.as_of)

    def _neutral_balance(self) -> Steps[neutral.Balance]:
        count = yield from self._balance()
        return neutral.Balance(Decimal(count), "SMS", self.vendor)


class UBill(_UBillOperations, SyncFacade):
    """The blocking uBill client."""


class AsyncUBill(_UBillOperations, AsyncFacade):
    """The asyncio uBill client."""


def parse_callback(
    query: str | bytes | Mapping[str, str], *, callback_key: str
) -> DeliveryCallback:
    """Verify and read one delivery callback (the query string of uBill's GET, or its params).

    The key is compared in constant time. uBill reportedly cuts the callback key to 30
    characters, so a longer configured key is compared by its first 30. Raises CallbackError
    for a forged or malformed callback.
    """
    params = _query_params(query)
    if not callback_key:
        raise CallbackError(
            "no callback key is configured; refusing to trust callbacks",
            reason="forged",
            vendor="ubill",
        )
    received = params.get("key")
    if received is None:
        raise CallbackError("the callback has no key", reason="forged", vendor="ubill")
    expected = callback_key[:CALLBACK_KEY_LIMIT]
    if not hmac.compare_digest(received.encode(), expected.encode()):
        raise CallbackError("the callback key does not match", reason="forged", vendor="ubill")
    try:
        status_id = _wire.integer(params.get("statusID"), "statusID")
        return DeliveryCallback(
            sms_id=_wire.digits(params.get("smsID"), "smsID"),
            number=_wire.digits(params.get("number"), "number"),
            status=DeliveryStatus(status_id),
            date=_wire.local_datetime(params.get("date"), _tbilisi(), "date"),
            event=params.get("event"),
        )
    except ValueError as exc:  # WireFormatError, or a statusID outside 0-4
        raise CallbackError(f"malformed callback: {exc}", vendor="ubill") from None


NEUTRAL_STATES = {
    DeliveryStatus.SENT: neutral.DeliveryState.SENT,
    DeliveryStatus.DELIVERED: neutral.DeliveryState.DELIVERED,
    DeliveryStatus.FAILED: neutral.DeliveryState.FAILED,
    DeliveryStatus.PENDING: neutral.DeliveryState.QUEUED,
    DeliveryStatus.ERROR: neutral.DeliveryState.REJECTED,  # e.g. a number on the stop list
}


def _neutral_report(
    message_id: str, number: str, status: DeliveryStatus, at: datetime | None
) -> neutral.DeliveryReport:
    state = NEUTRAL_STATES[status]
    error = (
        status.name.lower()
        if state in (neutral.DeliveryState.FAILED, neutral.DeliveryState.REJECTED)
        else None
    )
    return neutral.DeliveryReport(
        message_id, f"+{number}", state, str(int(status)), "ubill", at, error
    )


def read_delivery_callback(
    request: CallbackRequest, secret: str | None
) -> list[neutral.DeliveryReport]:
    """smsgate.callbacks' reader: uBill's GET, verified by its key."""
    callback = parse_callback(request.url, callback_key=secret or "")
    message_id = f"{callback.sms_id}:{callback.number}"
    return [_neutral_report(message_id, callback.number, callback.status, callback.date)]


def _query_params(query: str | bytes | Mapping[str, str]) -> dict[str, str]:
    if isinstance(query, Mapping):
        return {str(k): str(v) for k, v in query.items()}
    text = query.decode("utf-8", "replace") if isinstance(query, bytes) else query
    parsed = parse_qs(text.split("?", 1)[-1], keep_blank_values=True)
    return {name: values[-1] for name, values in parsed.items()}


if not TYPE_CHECKING:  # hidden from type checkers, which would type unknown names by it

    def __getattr__(name: str) -> object:
        """TBILISI is made on first use (_wire.zone), not when the module is imported."""
        if name == "TBILISI":
            return _tbilisi()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
