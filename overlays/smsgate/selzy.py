"""Selzy (formerly UniSender): contact lists, contacts, SMS messages and campaigns, statistics,
user fields and tags, and partner methods.

    from smsgate.selzy import Selzy

    with Selzy(api_key="...") as selzy:
        batch = selzy.send_sms(["+79092020303"], "Your code is 4321", sender="Shop")
        statuses = selzy.check_sms(batch.sent[0].sms_id)
        for contact in selzy.export_contacts(list_id=1):
            ...

`AsyncSelzy` has the same methods as coroutines and async iterators. Every call is a POST with
the key in the form body, as Selzy recommends (never in a URL that proxies log); `method="GET"`
puts everything in the query string instead. Selzy answers every refusal with HTTP 200 and an
error envelope; it is raised as the `ApiError` subclass its `code` calls for (see `ErrorCode`).
Warnings are logged on `smsgate.selzy` and returned on every result (`.warnings`).
"""

from __future__ import annotations

import functools
import io
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from types import ModuleType
from typing import Any, Literal, TypeVar, Unpack

import httpx
from smsgate_selzy_client import models
from smsgate_selzy_client import types as generated_types
from smsgate_selzy_client.api.contacts import (
    async_export_contacts,
    async_get_task_result,
    exclude,
    export_contacts,
    get_contact,
    get_contact_count,
    get_total_contacts_count,
    import_contacts,
    is_contact_in_lists,
    subscribe,
    unsubscribe,
)
from smsgate_selzy_client.api.fields import (
    create_field,
    delete_field,
    delete_tag,
    get_contact_field_values,
    get_fields,
    get_tags,
    update_field,
)
from smsgate_selzy_client.api.lists import create_list, delete_list, get_lists, update_list
from smsgate_selzy_client.api.partner import (
    change_tariff,
    check_user_exists,
    get_available_tariffs,
    get_checked_email,
    get_sender_domain_list,
    get_user_info,
    get_users,
    register,
    set_sender_domain,
    transfer_money,
    validate_sender,
)
from smsgate_selzy_client.api.sms import (
    cancel_campaign,
    check_sms,
    create_campaign,
    create_sms_message,
    delete_message,
    get_message,
    get_messages,
    list_messages,
    send_sms,
)
from smsgate_selzy_client.api.statistics import (
    async_get_campaign_delivery_stats,
    get_campaign_common_stats,
    get_campaign_delivery_stats,
    get_campaign_status,
    get_campaigns,
)

from . import _limits, _wire
from . import _neutral as neutral
from ._calls import Call, ReadBy, WireFormatError
from ._facade import (
    AsyncFacade,
    ClientOptions,
    Emit,
    Facade,
    GatewaySettings,
    Sleep,
    Steps,
    Stream,
    SyncFacade,
    joined,
    operation,
    poll_waits,
    stream,
)
from ._redact import masked
from .callbacks import CallbackRequest
from .errors import (
    ApiError,
    AuthenticationError,
    CallbackError,
    InsufficientFundsError,
    InvalidRequestError,
    OutcomeUnknownError,
    RateLimitError,
    ServerError,
    SmsgateError,
)
from .phones import international_digits

__all__ = [
    "Ack",
    "AsyncSelzy",
    "Campaign",
    "CampaignStarted",
    "CampaignState",
    "CampaignStats",
    "CampaignStatus",
    "ContactInfo",
    "ContactStatus",
    "Created",
    "ErrorCode",
    "Field",
    "ImportChunk",
    "ImportReport",
    "ImportRow",
    "Listing",
    "MailingList",
    "Message",
    "Registered",
    "Selzy",
    "SelzySettings",
    "SenderDomain",
    "SentSms",
    "SmsBatch",
    "SmsChunk",
    "SmsState",
    "SmsStatus",
    "Tag",
    "Tariff",
    "TariffChange",
    "Task",
    "TaskStatus",
    "Transfer",
    "UserInfo",
    "normalize_phone",
    "read_delivery_callback",
]

log = logging.getLogger("smsgate.selzy")
T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)

SMS_BATCH = 150
"""sendSms takes at most this many numbers per call."""
IMPORT_BATCH = 500
"""importContacts takes at most this many rows per call."""
EXPORT_PAGE = 1000
"""The legacy exportContacts answers at most this many contacts per call."""
LIST_PAGE = 100
"""getMessages/listMessages take at most 100; getCampaigns up to 10 000 on Selzy but 100 on
UniSender's page, so 100 is safe for both."""
TEXT_LIMIT = 1000
CAMPAIGN_AHEAD = timedelta(days=100)
"""How far ahead createCampaign's start_time may lie."""
MAX_POLL_WAIT = 30.0
"""The longest pause between two polls of a task or an SMS status, in seconds."""
_SENDER = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .\-_]{2,10}")
_SMS_ID = re.compile(r"[0-9]+(\.[0-9]+)?")
_MINUTES = "%Y-%m-%d %H:%M"
_SECONDS = "%Y-%m-%d %H:%M:%S"


class ErrorCode(StrEnum):
    """Selzy's error codes (the envelope's `code`); others may come and are kept as text."""

    UNSPECIFIED = "unspecified"
    INVALID_API_KEY = "invalid_api_key"
    ACCESS_DENIED = "access_denied"
    UNKNOWN_METHOD = "unknown_method"
    INVALID_ARG = "invalid_arg"
    NOT_ENOUGH_MONEY = "not_enough_money"
    RETRY_LATER = "retry_later"
    LIMIT_FOR_API_KEY = "api_call_limit_exceeded_for_api_key"
    LIMIT_FOR_IP = "api_call_limit_exceeded_for_ip"
    TOO_MANY_DOUBLE_OPTINS = "too_many_double_optins"
    DEST_INVALID = "dest_invalid"
    SRC_INVALID = "src_invalid"


_ERROR_CLASSES: dict[str, type[ApiError]] = {
    ErrorCode.INVALID_API_KEY: AuthenticationError,
    ErrorCode.ACCESS_DENIED: AuthenticationError,
    ErrorCode.NOT_ENOUGH_MONEY: InsufficientFundsError,
    ErrorCode.LIMIT_FOR_API_KEY: RateLimitError,
    ErrorCode.LIMIT_FOR_IP: RateLimitError,
    ErrorCode.RETRY_LATER: ServerError,  # a temporary failure on Selzy's side
}


class SmsStatus(StrEnum):
    """Delivery status of an SMS: `err_*` failed (final), `ok_*` on its way or delivered."""

    NOT_SENT = "not_sent"
    OK_SENT = "ok_sent"
    OK_DELIVERED = "ok_delivered"
    ERR_SRC_INVALID = "err_src_invalid"
    ERR_DEST_INVALID = "err_dest_invalid"
    ERR_SKIP_LETTER = "err_skip_letter"
    ERR_NOT_ALLOWED = "err_not_allowed"
    ERR_DELIVERY_FAILED = "err_delivery_failed"
    ERR_LOST = "err_lost"
    ERR_INTERNAL = "err_internal"


class CampaignStatus(StrEnum):
    """Status of a campaign; `canceled` is spelled with one l."""

    WAITS_CENSOR = "waits_censor"
    CENSOR_HOLD = "censor_hold"
    DECLINED = "declined"
    WAITS_SCHEDULE = "waits_schedule"
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    ANALYSED = "analysed"
    COMPLETED = "completed"
    STOPPED = "stopped"
    CANCELED = "canceled"


class ContactStatus(StrEnum):
    NEW = "new"
    INVITED = "invited"
    ACTIVE = "active"
    INACTIVE = "inactive"
    UNSUBSCRIBED = "unsubscribed"
    BLOCKED = "blocked"
    ACTIVATION_REQUESTED = "activation_requested"


class TaskStatus(StrEnum):
    """Status of an async task; anything else (undocumented) means it failed."""

    NEW = "new"
    PROCESSING = "processing"
    COMPLETED = "completed"


def _open(enum: type[E], raw: Any, what: str) -> E | str:
    """A known member, or the raw text for a value Selzy added later."""
    text = _wire.text(raw, what)
    try:
        return enum(text)
    except ValueError:
        return text


# Results. Every one carries the warnings Selzy sent with it.
@dataclass(frozen=True)
class _Warned:
    warnings: tuple[str, ...] = field(default=(), kw_only=True)


class Listing(list[T]):
    """A list result, with the warnings Selzy sent with it."""

    def __init__(self, items: Iterable[T] = (), warnings: tuple[str, ...] = ()):
        super().__init__(items)
        self.warnings = warnings


@dataclass(frozen=True)
class Ack(_Warned):
    """A call whose result is empty (`{}` or `[]`)."""


@dataclass(frozen=True)
class MailingList(_Warned):
    id: int
    title: str


@dataclass(frozen=True)
class Created(_Warned):
    id: int


@dataclass(frozen=True)
class ImportRow:
    """What became of one row of an import."""

    index: int
    """Row number in the rows given to import_contacts."""
    outcome: Literal["accepted", "rejected", "failed"]
    """accepted by Selzy; rejected in Selzy's log; failed with the whole chunk (see error)."""
    code: str | None = None
    message: str | None = None


@dataclass(frozen=True)
class ImportChunk(_Warned):
    start: int
    """Index of the chunk's first row."""
    size: int
    total: int = 0
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    new_emails: int = 0
    invalid: int = 0
    error: SmsgateError | None = None


@dataclass(frozen=True)
class ImportReport:
    chunks: tuple[ImportChunk, ...]
    rows: tuple[ImportRow, ...]

    def _sum(self, name: str) -> int:
        return sum(int(getattr(c, name)) for c in self.chunks)

    @property
    def inserted(self) -> int:
        return self._sum("inserted")

    @property
    def updated(self) -> int:
        return self._sum("updated")

    @property
    def deleted(self) -> int:
        return self._sum("deleted")

    @property
    def rejected(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.outcome != "accepted")

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(w for c in self.chunks for w in c.warnings)


@dataclass(frozen=True)
class SentSms(_Warned):
    sms_id: str
    phone: str
    price: Decimal | None
    currency: str | None


@dataclass(frozen=True)
class SmsChunk(_Warned):
    phones: tuple[str, ...]
    sent: tuple[SentSms, ...] = ()
    error: SmsgateError | None = None


@dataclass(frozen=True)
class SmsBatch:
    chunks: tuple[SmsChunk, ...]

    @property
    def sent(self) -> tuple[SentSms, ...]:
        return tuple(s for c in self.chunks for s in c.sent)

    @property
    def failed(self) -> tuple[SmsChunk, ...]:
        return tuple(c for c in self.chunks if c.error is not None)

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(w for c in self.chunks for w in c.warnings)


@dataclass(frozen=True)
class SmsState(_Warned):
    sms_id: str
    status: SmsStatus | str

    @property
    def is_final(self) -> bool:
        return self.status == SmsStatus.OK_DELIVERED or self.status.startswith("err_")

    @property
    def is_delivered(self) -> bool:
        return self.status == SmsStatus.OK_DELIVERED


@dataclass(frozen=True)
class CampaignStarted(_Warned):
    campaign_id: int
    status: CampaignStatus | str | None
    count: int | None
    message_id: int | None = None


@dataclass(frozen=True)
class CampaignState(_Warned):
    status: CampaignStatus | str
    created: datetime | None
    started: datetime | None


@dataclass(frozen=True)
class CampaignStats(_Warned):
    total: int
    sent: int
    delivered: int
    read_unique: int = 0
    read_all: int = 0
    clicked_unique: int = 0
    clicked_all: int = 0
    unsubscribed: int = 0
    spam: int = 0


@dataclass(frozen=True)
class Campaign:
    id: int
    status: CampaignStatus | str
    start_time: datetime | None
    message_id: int | None
    list_id: int | None
    stats_url: str | None


@dataclass(frozen=True)
class Message:
    """A message from getMessages, listMessages or getMessage (which fill different fields)."""

    id: int
    list_id: int | None
    service_type: str | None
    created: datetime | None
    body: str | None
    sender: str | None
    """The SMS sender (`sms_from` or `sender`) or, for email, the sender name."""


@dataclass(frozen=True)
class Task(_Warned):
    task_uuid: str
    status: TaskStatus | str
    task_type: str | None = None
    file_url: str | None = None

    @property
    def is_done(self) -> bool:
        return self.status == TaskStatus.COMPLETED

    @property
    def has_failed(self) -> bool:
        return self.status not in (TaskStatus.NEW, TaskStatus.PROCESSING, TaskStatus.COMPLETED)


@dataclass(frozen=True)
class ContactInfo(_Warned):
    email: str
    status: ContactStatus | str | None
    availability: str | None
    added_at: datetime | None
    lists: tuple[tuple[int, str | None], ...] = ()
    """(list id, membership status), with include_lists."""
    fields: Mapping[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Field:
    id: int
    name: str
    public_name: str | None
    type: str | None


@dataclass(frozen=True)
class Tag:
    id: int
    name: str


@dataclass(frozen=True)
class UserInfo(_Warned):
    login: str
    email: str | None
    balance: Decimal | None
    currency: str | None
    extra: Mapping[str, Any] = field(default_factory=dict)
    """Every other field, as Selzy sent it."""


@dataclass(frozen=True)
class Registered(_Warned):
    """A new user; Selzy's reply is confirmed for `api_key` only, the rest is kept in `extra`."""

    api_key: str | None
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Transfer(_Warned):
    source_old_balance: Decimal | None
    source_new_balance: Decimal | None
    source_currency: str | None
    target_old_balance: Decimal | None
    target_new_balance: Decimal | None
    target_currency: str | None


@dataclass(frozen=True)
class TariffChange(_Warned):
    tariff_id: int
    charged_sum: Decimal | None
    charged_bonus: Decimal | None
    start_time: datetime | None
    end_time: datetime | None


@dataclass(frozen=True)
class Tariff:
    tariff_id: int
    name: str | None
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SenderDomain:
    domain: str
    status: str | None
    dkim: str | None


# Wire readers.
def _flag(value: Any, what: str) -> bool:
    """A yes/no sent as true/false, 1/0 or "1"/"0"."""
    if isinstance(value, bool):
        return value
    if value in (0, 1, "0", "1"):
        return str(value) == "1"
    raise WireFormatError(f"{what} should be 0 or 1, got {value!r}")


def _unset(value: Any) -> Any:
    return None if isinstance(value, generated_types.Unset) else value


def _opt_int(value: Any, what: str) -> int | None:
    value = _unset(value)
    return None if value is None else _wire.integer(value, what)


def _opt_text(value: Any, what: str) -> str | None:
    value = _unset(value)
    return None if value is None else _wire.text(value, what)


def _decimal(value: Any, what: str) -> Decimal | None:
    value = _unset(value)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise WireFormatError(f"{what} should be a number, got {value!r}")
    try:
        return _wire.finite(Decimal(str(value)), what)
    except InvalidOperation:
        raise WireFormatError(f"{what} should be a number, got {value!r}") from None


def _time(value: Any, what: str) -> datetime | None:
    value = _unset(value)
    if value is None or value == "":
        return None
    return _wire.local_datetime(value, UTC, what)


def _csv_rows(text: str) -> list[dict[str, str]]:
    """An exported file's rows; read inside its call, so that a bad file is a DecodeError."""
    sample = text[:4096]
    dialect = ";" if sample.count(";") > sample.count(",") else ","
    import csv  # for the first export read, not with the module

    reader = csv.DictReader(io.StringIO(text), delimiter=dialect)
    try:
        return [{k: v for k, v in row.items() if k is not None} for row in reader]
    except csv.Error as exc:  # not a ValueError, which the core would not read as a bad reply
        raise WireFormatError(f"not comma-separated values: {exc}") from None


def _page(reply: Any) -> list[dict[str, str]]:
    """One page of the legacy export, each row by its field names."""
    names = [_wire.text(n, "field name") for n in reply.result.field_names]
    rows = reply.result.data
    if not isinstance(rows, list):
        raise WireFormatError(f"export data is a {type(rows).__name__}, not a list of rows")
    for row in rows:
        if not isinstance(row, list) or len(row) != len(names):
            raise WireFormatError(f"an export row is not a list of {len(names)} cells: {names}")
    return [dict(zip(names, row, strict=True)) for row in rows]


def _sms_id(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and _SMS_ID.fullmatch(value):
        return value
    raise WireFormatError(f"sms_id should be numeric text, got {value!r}")


def _warnings(reply: Any) -> tuple[str, ...]:
    items = _unset(getattr(reply, "warnings", None)) or []
    return tuple(_wire.text(item.warning, "warning") for item in items)


def _result(convert: Callable[[Any, tuple[str, ...]], T]) -> Callable[[Any], T]:
    """A converter of the envelope's `result`, handed the envelope's warnings too."""
    return lambda reply: convert(reply.result, _warnings(reply))


def _ack(result: Any, warnings: tuple[str, ...]) -> Ack:
    return Ack(warnings=warnings)


def _created(result: Any, warnings: tuple[str, ...]) -> Created:
    return Created(_wire.integer(result.id, "id"), warnings=warnings)


def _listing(item: Callable[[Any], T]) -> Callable[[Any], Listing[T]]:
    return _result(lambda result, warnings: Listing((item(i) for i in result), warnings))


def _campaign(item: Any) -> Campaign:
    return Campaign(
        id=_wire.integer(item.id, "id"),
        status=_open(CampaignStatus, item.status, "status"),
        start_time=_time(item.start_time, "start_time"),
        message_id=_opt_int(item.message_id, "message_id"),
        list_id=_opt_int(item.list_id, "list_id"),
        stats_url=_opt_text(item.stats_url, "stats_url"),
    )


def _message(item: Any) -> Message:
    sender = next(
        (
            _opt_text(getattr(item, name), name)
            for name in ("sms_from", "sender", "sender_name")
            if _unset(getattr(item, name, None))
        ),
        None,
    )
    return Message(
        id=_wire.integer(item.id, "id"),
        list_id=_opt_int(item.list_id, "list_id"),
        service_type=_opt_text(item.service_type, "service_type"),
        created=_time(item.created, "created"),
        body=_opt_text(getattr(item, "body", None), "body"),
        sender=sender,
    )


def _task(result: Any, warnings: tuple[str, ...]) -> Task:
    return Task(
        task_uuid=_wire.text(result.task_uuid, "task_uuid"),
        status=_open(TaskStatus, result.status, "status"),
        task_type=_opt_text(getattr(result, "task_type", None), "task_type"),
        file_url=_opt_text(getattr(result, "file_to_download", None), "file_to_download"),
        warnings=warnings,
    )


def _user(item: Any) -> UserInfo:
    known = {"login", "email", "balance", "currency"}
    return UserInfo(
        login=_wire.text(item.login, "login"),
        email=_opt_text(item.email, "email"),
        balance=_decimal(item.balance, "balance"),
        currency=_opt_text(item.currency, "currency"),
        extra={k: v for k, v in item.to_dict().items() if k not in known},
    )


def _transfer(result: Any, warnings: tuple[str, ...]) -> Transfer:
    return Transfer(
        source_old_balance=_decimal(result.source_old_balance, "source_old_balance"),
        source_new_balance=_decimal(result.source_new_balance, "source_new_balance"),
        source_currency=_opt_text(result.source_currency, "source_currency"),
        target_old_balance=_decimal(result.target_old_balance, "target_old_balance"),
        target_new_balance=_decimal(result.target_new_balance, "target_new_balance"),
        target_currency=_opt_text(result.target_currency, "target_currency"),
        warnings=warnings,
    )


def _tariff_change(result: Any, warnings: tuple[str, ...]) -> TariffChange:
    return TariffChange(
        tariff_id=_wire.integer(result.tariff_id, "tariff_id"),
        charged_sum=_decimal(result.charged_sum, "charged_sum"),
        charged_bonus=_decimal(result.charged_bonus, "charged_bonus"),
        start_time=_time(result.start_time, "start_time"),
        end_time=_time(result.end_time, "end_time"),
        warnings=warnings,
    )


# Input checks: bad input never leaves.
def _positive(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidRequestError(f"{what} should be a positive int, got {value!r}")
    return value


def _nonempty(value: Any, what: str, limit: int | None = None) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidRequestError(f"{what} should be a non-empty string, got {value!r}")
    if limit is not None and len(value) > limit:
        raise InvalidRequestError(f"{what} is longer than {limit} characters")
    return value


def normalize_phone(phone: str | int) -> str:
    """A number as Selzy wants it: international digits with the country code."""
    return international_digits(phone)


def _phones(phones: str | int | Iterable[str | int]) -> tuple[str, ...]:
    many = [phones] if isinstance(phones, str | int) else list(phones)
    if not many:
        raise InvalidRequestError("give at least one phone number")
    return tuple(dict.fromkeys(normalize_phone(p) for p in many))


def _sender(sender: Any) -> str:
    if not isinstance(sender, str) or not _SENDER.fullmatch(sender):
        raise InvalidRequestError(f"a sender is 3-11 Latin letters and digits, got {sender!r}")
    return sender


def _ids(ids: int | Iterable[int], what: str) -> str:
    many = [ids] if isinstance(ids, int) else list(ids)
    if not many:
        raise InvalidRequestError(f"give at least one {what}")
    return ",".join(str(_positive(i, what)) for i in many)


def _utc(when: datetime | None, pattern: str, what: str) -> str | None:
    if when is None:
        return None
    if when.tzinfo is None:
        raise InvalidRequestError(f"{what} needs a timezone-aware datetime")
    return when.astimezone(UTC).strftime(pattern)


def _chunks(items: Sequence[T], size: int) -> Iterable[tuple[int, Sequence[T]]]:
    return ((start, items[start : start + size]) for start in range(0, len(items), size))


class _ExactReply(httpx.Response):
    """A reply whose JSON is read with decimals kept as text, so that an sms_id such as
    2376678.79092020303 sent as a JSON number keeps every digit."""

    def __init__(self, response: httpx.Response):
        # The same reply, state shared rather than rebuilt: a new httpx.Response would
        # re-encode the body and cost more than the rest of reading it.
        self.__dict__.update(response.__dict__)

    def json(self, **kwargs: Any) -> Any:
        if kwargs:
            return json.loads(self.content, parse_float=str, **kwargs)
        # What json.loads does with bytes, minus making a decoder for every reply.
        content = self.content
        return _EXACT_JSON.decode(content.decode(json.detect_encoding(content), "surrogatepass"))


_EXACT_JSON = json.JSONDecoder(parse_float=str)


def _exact_numbers(response: httpx.Response, generated: Callable[[httpx.Response], Any]) -> Any:
    return generated(_ExactReply(response))


_SEND_SMS = ReadBy(send_sms, _exact_numbers)


class _Download:
    """Fetches a finished task's file; not a Selzy method, so no key goes with it."""

    OPERATION_NAME = "download"

    @staticmethod
    def build_request(url: str) -> dict[str, Any]:
        return {"method": "get", "url": url}

    @staticmethod
    def parse_response(*, client: Any, response: httpx.Response) -> str:
        return response.content.decode("utf-8-sig", "replace")


_DOWNLOAD = _Download()


class SelzySettings(GatewaySettings, total=False):
    """What `connect("selzy", **settings)` takes: Selzy's own constructor arguments beside the
    settings every vendor has (each also from SMSGATE_SELZY_<NAME> or the config file)."""

    api_key: str
    lang: Literal["en", "ru", "ua", "pt"]
    method: Literal["POST", "GET"]
    poll_interval: float
    poll_timeout: float


class _SelzyOperations(Facade):
    """Selzy's operations, written once for the sync and the async client."""

    vendor = "selzy"
    default_base_url = "https://api.selzy.com"

    def __init__(
        self,
        api_key: str,
        *,
        lang: Literal["en", "ru", "ua", "pt"] = "en",
        method: Literal["POST", "GET"] = "POST",
        poll_interval: float = 1.0,
        poll_timeout: float = 600.0,
        **options: Unpack[ClientOptions],
    ):
        """`api_key` is the key from the account settings. `method="GET"` sends everything,
        the key included, in the query string: only for proxies that forbid POST, since URLs
        get logged. `poll_interval`/`poll_timeout` pace the waits for async tasks and SMS."""
        if not isinstance(api_key, str) or not api_key:
            raise InvalidRequestError("the Selzy API key is empty")
        if lang not in ("en", "ru", "ua", "pt") or method not in ("POST", "GET"):
            raise InvalidRequestError(f"unsupported lang {lang!r} or method {method!r}")
        self._key = api_key
        self._lang = lang
        self._method = method
        self._poll_interval = poll_interval
        self._poll_timeout = poll_timeout
        super().__init__(secrets=[api_key], **options)
        self._methods_url = str(joined(self._base_url, f"{lang}/api/"))

    def _credentials_repr(self) -> str:
        return f"api_key={masked(self._key)}, method={self._method!r}"

    def _authorize(self, request: dict[str, Any]) -> None:
        if not str(request["url"]).startswith(self._methods_url):
            return  # not a method, e.g. a file URL Selzy handed out: the key stays home
        fields = {**request.pop("data", {}), "api_key": self._key}
        headers = request.setdefault("headers", {})
        if self._method == "GET":
            request["method"] = "get"
            request["params"] = {**request.get("params", {}), **fields}
            headers.pop("Content-Type", None)
        else:
            request["data"] = fields
            headers["Content-Type"] = "application/x-www-form-urlencoded"

    def _check(self, call: Call[Any], response: httpx.Response, parsed: Any) -> None:
        if call.operation == _Download.OPERATION_NAME:
            return
        if isinstance(parsed, models.ErrorReply):
            code = _unset(parsed.code)
            import html  # for the first error reply, not with the module

            text = html.unescape(parsed.error) or "refused"
            cls = _ERROR_CLASSES.get(code or "", ApiError)
            raise self._exchange.api_error(cls, text, call, response, code=code)
        for warning in _warnings(parsed):
            log.warning("%s: Selzy warns: %s", call.operation, self._redact(warning))

    def _vendor_call(
        self,
        endpoint: Any,
        request: type[Any] | None,
        arguments: Mapping[str, Any],
        convert: Callable[[Any], T],
        *,
        is_send: bool = False,
    ) -> Call[T]:
        """One Selzy method; None arguments are left out."""
        given = {k: v for k, v in arguments.items() if v is not None}
        kwargs: dict[str, Any] = {"lang": self._lang, "format_": "json"}
        if request is not None:
            kwargs["body"] = request.from_dict(given)
        return Call(endpoint, kwargs, convert, is_send=is_send)

    # Contact lists.
    @operation
    def lists(self) -> Call[Listing[MailingList]]:
        """Every contact list with its id."""
        return self._vendor_call(
            get_lists,
            None,
            {},
            _listing(
                lambda i: MailingList(_wire.integer(i.id, "id"), _wire.text(i.title, "title"))
            ),
        )

    @operation
    def create_list(
        self,
        title: str,
        *,
        before_subscribe_url: str | None = None,
        after_subscribe_url: str | None = None,
    ) -> Call[Created]:
        args = {
            "title": _nonempty(title, "title"),
            "before_subscribe_url": before_subscribe_url,
            "after_subscribe_url": after_subscribe_url,
        }
        return self._vendor_call(create_list, models.CreateListRequest, args, _result(_created))

    @operation
    def update_list(
        self,
        list_id: int,
        title: str,
        *,
        before_subscribe_url: str | None = None,
        after_subscribe_url: str | None = None,
    ) -> Call[Ack]:
        args = {
            "list_id": _positive(list_id, "list_id"),
            "title": _nonempty(title, "title"),
            "before_subscribe_url": before_subscribe_url,
            "after_subscribe_url": after_subscribe_url,
        }
        return self._vendor_call(update_list, models.UpdateListRequest, args, _result(_ack))

    @operation
    def delete_list(self, list_id: int) -> Call[Ack]:
        args = {"list_id": _positive(list_id, "list_id")}
        return self._vendor_call(delete_list, models.DeleteListRequest, args, _result(_ack))

    # Contacts.
    @operation
    def subscribe(
        self,
        list_ids: int | Iterable[int],
        fields: Mapping[str, str],
        *,
        tags: Iterable[str] = (),
        double_optin: Literal[0, 3, 4] = 3,
        overwrite: Literal[0, 1, 2] = 0,
    ) -> Call[Created]:
        """Add one contact to lists. `fields` must hold `email` or `phone`. The default
        `double_optin=3` records consent you already have (no confirmation email), which is
        what SMS-only contacts need; 0 and 4 mail an invitation first."""
        if not isinstance(fields, Mapping) or not ({"email", "phone"} & set(fields)):
            raise InvalidRequestError("fields must hold an email or a phone")
        values = {str(k): str(v) for k, v in fields.items()}
        if "phone" in values:
            values["phone"] = "+" + normalize_phone(values["phone"])
        args = {
            "list_ids": _ids(list_ids, "list id"),
            "fields": values,
            "tags": ",".join(tags) or None,
            "double_optin": double_optin,
            "overwrite": overwrite,
        }

        def person(result: Any, warnings: tuple[str, ...]) -> Created:
            return Created(_wire.integer(result.person_id, "person_id"), warnings=warnings)

        return self._vendor_call(subscribe, models.SubscribeRequest, args, _result(person))

    def _leave(
        self, endpoint: ModuleType, request: type[Any], contact: str, lists: Any
    ) -> Call[Ack]:
        is_email = isinstance(contact, str) and "@" in contact
        args = {
            "contact_type": "email" if is_email else "phone",
            "contact": contact if is_email else "+" + normalize_phone(contact),
            "list_ids": None if lists is None else _ids(lists, "list id"),
        }
        return self._vendor_call(endpoint, request, args, _result(_ack))

    @operation
    def exclude(self, contact: str, list_ids: int | Iterable[int] | None = None) -> Call[Ack]:
        """Take an email or phone out of lists (all if None) without unsubscribing it."""
        return self._leave(exclude, models.ExcludeRequest, contact, list_ids)

    @operation
    def unsubscribe(self, contact: str, list_ids: int | Iterable[int] | None = None) -> Call[Ack]:
        """Mark an email or phone unsubscribed in lists (all it is in if None)."""
        return self._leave(unsubscribe, models.UnsubscribeRequest, contact, list_ids)

    @operation
    def import_contacts(
        self,
        field_names: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        overwrite_tags: bool = False,
        overwrite_lists: bool = False,
    ) -> Steps[ImportReport]:
        """Create, update or delete contacts in calls of 500 rows (Selzy's limit).

        The report has one entry per chunk and one per row: accepted, rejected (in Selzy's log,
        with its code and message) or failed (its whole chunk failed; the chunk has the error).
        Raises the error itself only when every chunk failed, i.e. nothing was imported."""
        names = [_nonempty(n, "field name") for n in field_names]
        if "email" not in names and "phone" not in names:
            raise InvalidRequestError("field_names must include email or phone")
        table = [[str(cell) for cell in row] for row in rows]
        if not table:
            raise InvalidRequestError("give at least one row")
        if any(len(row) != len(names) for row in table):
            raise InvalidRequestError("every row needs one value per field name")
        chunks: list[ImportChunk] = []
        outcomes: list[ImportRow] = []
        for start, part in _chunks(table, IMPORT_BATCH):
            args = {
                "field_names": names,
                "data": list(part),
                "overwrite_tags": int(overwrite_tags),
                "overwrite_lists": int(overwrite_lists),
            }
            # Read inside the call, so that a reply that does not parse is a DecodeError.
            call = self._vendor_call(
                import_contacts,
                models.ImportContactsRequest,
                args,
                functools.partial(_import_chunk, start=start, size=len(part)),
            )
            try:
                chunk, rows_done = yield call
            except SmsgateError as error:
                chunks.append(ImportChunk(start, len(part), error=error))
                outcomes += [
                    ImportRow(start + i, "failed", getattr(error, "code", None), error.message)
                    for i in range(len(part))
                ]
                continue
            chunks.append(chunk)
            outcomes += rows_done
        if all(c.error is not None for c in chunks):
            raise chunks[0].error  # type: ignore[misc]
        return ImportReport(tuple(chunks), tuple(outcomes))

    def _export_args(self, fields: dict[str, Any]) -> dict[str, Any]:
        names = fields.pop("field_names")
        return {
            **fields,
            "field_names": None if names is None else [_nonempty(n, "field") for n in names],
            "phone": None
            if fields.get("phone") is None
            else "+" + normalize_phone(fields["phone"]),
        }

    @stream
    def export_contacts(
        self,
        *,
        list_id: int | None = None,
        field_names: Sequence[str] | None = None,
        email: str | None = None,
        phone: str | None = None,
        tag: str | None = None,
        email_status: str | None = None,
        phone_status: str | None = None,
        page_size: int = EXPORT_PAGE,
    ) -> Stream[dict[str, str | None]]:
        """Every matching contact as {field name: value}, read lazily page by page with the
        legacy synchronous exportContacts (Selzy serving it is unconfirmed; `export_file`
        uses the async export)."""
        if not 1 <= page_size <= EXPORT_PAGE:
            raise InvalidRequestError(f"page_size is 1..{EXPORT_PAGE}")
        args = self._export_args(
            {
                "list_id": list_id,
                "field_names": field_names,
                "email": email,
                "phone": phone,
                "tag": tag,
                "email_status": email_status,
                "phone_status": phone_status,
            }
        )
        offset = 0
        while True:
            page_args = {**args, "offset": offset, "limit": page_size}
            call = self._vendor_call(
                export_contacts, models.ExportContactsRequest, page_args, _page
            )
            rows = yield call
            yield Emit(rows)
            if len(rows) < page_size:
                return
            offset += page_size

    @operation
    def start_export(
        self,
        *,
        list_id: int | None = None,
        field_names: Sequence[str] | None = None,
        email: str | None = None,
        phone: str | None = None,
        tag: str | None = None,
        email_status: str | None = None,
        phone_status: str | None = None,
        notify_url: str | None = None,
    ) -> Call[Task]:
        """Start async/exportContacts; `wait_for_task` and `read_file` finish it."""
        return self._start_export_call(
            {
                "list_id": list_id,
                "field_names": field_names,
                "email": email,
                "phone": phone,
                "tag": tag,
                "email_status": email_status,
                "phone_status": phone_status,
                "notify_url": notify_url,
            }
        )

    def _start_export_call(self, fields: dict[str, Any]) -> Call[Task]:
        args = self._export_args(fields)
        request = models.AsyncExportContactsRequest
        return self._vendor_call(async_export_contacts, request, args, _result(_task))

    @operation
    def task(self, task_uuid: str) -> Call[Task]:
        """The state of an async task (async/getTaskResult)."""
        return self._task_call(_nonempty(task_uuid, "task_uuid"))

    def _task_call(self, task_uuid: str) -> Call[Task]:
        args = {"task_uuid": task_uuid}
        request = models.AsyncGetTaskResultRequest
        return self._vendor_call(async_get_task_result, request, args, _result(_task))

    def _wait(self, started: Task) -> Steps[Task]:
        """Poll getTaskResult with growing waits until the task is done, failed or late."""
        task, pauses = started, self._poll_waits()
        while not task.is_done:
            if task.has_failed:
                raise ApiError(
                    f"task {task.task_uuid} ended with status {task.status!r}",
                    vendor=self.vendor,
                    operation="async/getTaskResult",
                )
            pause = next(pauses, None)
            if pause is None:
                raise ApiError(
                    f"task {task.task_uuid} not done after {self._poll_timeout:.0f} s",
                    vendor=self.vendor,
                    operation="async/getTaskResult",
                )
            yield Sleep(pause)
            task = yield self._task_call(task.task_uuid)
        return task

    def _poll_waits(self) -> Iterator[float]:
        return poll_waits(self._poll_interval, MAX_POLL_WAIT, self._poll_timeout)

    @operation
    def wait_for_task(self, task_uuid: str) -> Steps[Task]:
        """Wait until an async task is completed; returns it with its file URL."""
        return (yield from self._wait(Task(_nonempty(task_uuid, "task_uuid"), TaskStatus.NEW)))

    def _file_rows(self, task: Task) -> Stream[dict[str, str]]:
        if not task.file_url:
            raise ApiError(
                f"task {task.task_uuid} completed without a file",
                vendor=self.vendor,
                operation="async/getTaskResult",
            )
        rows = yield Call(_DOWNLOAD, {"url": task.file_url}, _csv_rows)
        yield Emit(rows)

    @stream
    def export_file(
        self,
        *,
        list_id: int | None = None,
        field_names: Sequence[str] | None = None,
        tag: str | None = None,
        email_status: str | None = None,
        phone_status: str | None = None,
    ) -> Stream[dict[str, str]]:
        """The async export in one go: start it, poll with backoff until done, then yield the
        file's rows as {column: value}. The file is fetched whole, then read row by row."""
        started = yield self._start_export_call(
            {
                "list_id": list_id,
                "field_names": field_names,
                "tag": tag,
                "email_status": email_status,
                "phone_status": phone_status,
            }
        )
        task = yield from self._wait(started)
        yield from self._file_rows(task)

    @stream
    def read_file(self, task_uuid: str) -> Stream[dict[str, str]]:
        """The rows of a completed task's file (after `wait_for_task`)."""
        task = yield from self._wait(Task(_nonempty(task_uuid, "task_uuid"), TaskStatus.NEW))
        yield from self._file_rows(task)

    @operation
    def total_contacts(self, login: str) -> Call[int]:
        args = {"login": _nonempty(login, "login")}
        request = models.GetTotalContactsCountRequest
        return self._vendor_call(
            get_total_contacts_count,
            request,
            args,
            lambda reply: _wire.integer(reply.result.total, "total"),
        )

    @operation
    def contact_count(
        self,
        list_id: int,
        *,
        tag_id: int | None = None,
        kind: Literal["address", "phone"] | None = None,
        search: str | None = None,
    ) -> Call[int]:
        """Contacts in a list, optionally with a tag, of a kind (address = email), matching."""
        params = {"tagId": tag_id, "type": kind, "search": search}
        args = {
            "list_id": _positive(list_id, "list_id"),
            "params": {k: v for k, v in params.items() if v is not None} or None,
        }
        return self._vendor_call(
            get_contact_count,
            models.GetContactCountRequest,
            args,
            lambda reply: _wire.integer(reply.result.count, "count"),
        )

    @operation
    def contact(
        self,
        email: str,
        *,
        include_lists: bool = False,
        include_fields: bool = False,
        include_details: bool = False,
    ) -> Call[ContactInfo]:
        args = {
            "email": _nonempty(email, "email"),
            "include_lists": int(include_lists),
            "include_fields": int(include_fields),
            "include_details": int(include_details),
        }

        def convert(result: Any, warnings: tuple[str, ...]) -> ContactInfo:
            lists = _unset(result.lists) or []
            values = _unset(result.fields)
            return ContactInfo(
                email=_wire.text(result.email.email, "email"),
                status=_open(ContactStatus, result.email.status, "status")
                if _unset(result.email.status)
                else None,
                availability=_opt_text(result.email.availability, "availability"),
                added_at=_time(result.email.added_at, "added_at"),
                lists=tuple(
                    (_wire.integer(i.id, "list id"), _opt_text(i.status, "status")) for i in lists
                ),
                fields={} if values is None else dict(values.additional_properties),
                warnings=warnings,
            )

        return self._vendor_call(get_contact, models.GetContactRequest, args, _result(convert))

    @operation
    def in_lists(
        self, email: str, list_ids: int | Iterable[int], *, condition: Literal["or", "and"] = "or"
    ) -> Call[bool]:
        args = {
            "email": _nonempty(email, "email"),
            "list_ids": _ids(list_ids, "list id"),
            "condition": condition,
        }

        def convert(reply: Any) -> bool:
            if not isinstance(reply.result, bool):
                raise WireFormatError(f"expected true or false, got {reply.result!r}")
            return reply.result

        return self._vendor_call(is_contact_in_lists, models.IsContactInListsRequest, args, convert)

    # SMS.
    @operation
    def create_sms_message(
        self,
        sender: str,
        body: str,
        list_id: int,
        *,
        tag: str | None = None,
        categories: Iterable[str] = (),
    ) -> Call[Created]:
        """An SMS for a list's active phones; `create_campaign` sends it."""
        return self._message_call(sender, body, list_id, tag, categories)

    def _message_call(
        self, sender: str, body: str, list_id: int, tag: str | None, categories: Iterable[str]
    ) -> Call[Created]:
        args = {
            "sender": _sender(sender),
            "body": _nonempty(body, "body", TEXT_LIMIT),
            "list_id": _positive(list_id, "list_id"),
            "tag": tag,
            "categories": ",".join(categories) or None,
        }

        def convert(result: Any, warnings: tuple[str, ...]) -> Created:
            return Created(_wire.integer(result.message_id, "message_id"), warnings=warnings)

        return self._vendor_call(
            create_sms_message, models.CreateSmsMessageRequest, args, _result(convert)
        )

    @operation
    def create_campaign(
        self,
        message_id: int,
        *,
        start_time: datetime | None = None,
        contacts: Iterable[str] = (),
        payment_limit: Decimal | float | None = None,
        payment_currency: str | None = None,
    ) -> Call[CampaignStarted]:
        """Send a created message now, or at `start_time` (timezone-aware; sent as UTC).
        Never retried once it may have reached Selzy."""
        return self._campaign_call(
            _positive(message_id, "message_id"),
            start_time,
            contacts,
            payment_limit,
            payment_currency,
        )

    def _campaign_call(
        self,
        message_id: int,
        start_time: datetime | None,
        contacts: Iterable[str],
        payment_limit: Decimal | float | None,
        payment_currency: str | None,
    ) -> Call[CampaignStarted]:
        if start_time is not None:
            _limits.future(start_time, "start_time", within=CAMPAIGN_AHEAD)
        start = _utc(start_time, _MINUTES, "start_time")
        args = {
            "message_id": message_id,
            "start_time": start,
            "timezone": "UTC" if start else None,
            "contacts": ",".join(contacts) or None,
            "payment_limit": None if payment_limit is None else float(payment_limit),
            "payment_currency": payment_currency,
        }

        def convert(result: Any, warnings: tuple[str, ...]) -> CampaignStarted:
            status = _unset(result.status)
            count = _unset(result.count)
            count = _unset(result.Count) if count is None else count  # `Count` in one client
            return CampaignStarted(
                campaign_id=_wire.integer(result.campaign_id, "campaign_id"),
                status=None if status is None else _open(CampaignStatus, status, "status"),
                count=_opt_int(count, "count"),
                message_id=message_id,
                warnings=warnings,
            )

        request = models.CreateCampaignRequest
        return self._vendor_call(create_campaign, request, args, _result(convert), is_send=True)

    @operation
    def send_campaign(
        self,
        sender: str,
        body: str,
        list_id: int,
        *,
        tag: str | None = None,
        start_time: datetime | None = None,
    ) -> Steps[CampaignStarted]:
        """The documented flow: createSmsMessage for a list, then createCampaign for it."""
        _utc(start_time, _MINUTES, "start_time")  # a bad time fails before anything is created
        created = yield self._message_call(sender, body, list_id, tag, ())
        started: CampaignStarted = yield self._campaign_call(created.id, start_time, (), None, None)
        return started

    @operation
    def send_sms(
        self, phones: str | int | Iterable[str | int], text: str, *, sender: str
    ) -> Steps[SmsBatch]:
        """Send one text to any number of phones, in calls of 150 (Selzy's limit).

        A number given twice is sent once. Each chunk gets its result or its error; a chunk is
        never retried once it may have reached Selzy. Raises the error itself only when every
        chunk failed (nothing was sent)."""
        return (yield from self._send_steps(phones, text, sender))

    def _send_steps(
        self, phones: str | int | Iterable[str | int], text: str, sender: str
    ) -> Steps[SmsBatch]:
        to = _phones(phones)
        args = {"text": _nonempty(text, "text", TEXT_LIMIT), "sender": _sender(sender)}
        chunks: list[SmsChunk] = []
        for _, part in _chunks(to, SMS_BATCH):
            # Read inside the call: a reply that does not parse is an OutcomeUnknownError.
            call = self._vendor_call(
                _SEND_SMS,
                models.SendSmsRequest,
                {**args, "phone": ",".join(part)},
                functools.partial(_sms_chunk, phones=tuple(part)),
                is_send=True,
            )
            try:
                chunks.append((yield call))
            except SmsgateError as error:
                chunks.append(SmsChunk(tuple(part), error=error))
        if all(c.error is not None for c in chunks):
            raise chunks[0].error  # type: ignore[misc]
        return SmsBatch(tuple(chunks))

    def _check_sms(self, sms_id: str) -> Call[SmsState]:
        """The delivery status of one SMS from send_sms."""
        if not isinstance(sms_id, str) or not _SMS_ID.fullmatch(sms_id):
            raise InvalidRequestError(f"an sms_id is numeric text, got {sms_id!r}")
        return self._check_call(sms_id)

    check_sms = operation(_check_sms)

    def _check_call(self, sms_id: str) -> Call[SmsState]:

        def convert(result: Any, warnings: tuple[str, ...]) -> SmsState:
            status = _open(SmsStatus, result.status, "status")
            return SmsState(sms_id, status, warnings=warnings)

        return self._vendor_call(
            check_sms, models.CheckSmsRequest, {"sms_id": sms_id}, _result(convert)
        )

    @operation
    def send_sms_and_wait(
        self, phones: str | int | Iterable[str | int], text: str, *, sender: str
    ) -> Steps[tuple[SmsBatch, tuple[SmsState, ...]]]:
        """The documented flow: sendSms, then checkSms each SMS with growing waits until every
        one is final or `poll_timeout` passes. Returns the send and the last states."""
        batch = yield from self._send_steps(phones, text, sender)
        states: dict[str, SmsState] = {}
        pauses = self._poll_waits()
        while True:
            for sent in batch.sent:
                if sent.sms_id not in states or not states[sent.sms_id].is_final:
                    states[sent.sms_id] = yield self._check_call(sent.sms_id)
            pause = next(pauses, None)
            if all(s.is_final for s in states.values()) or pause is None:
                return batch, tuple(states[s.sms_id] for s in batch.sent)
            yield Sleep(pause)

    @operation
    def cancel_campaign(self, campaign_id: int) -> Call[Ack]:
        args = {"campaign_id": _positive(campaign_id, "campaign_id")}
        return self._vendor_call(cancel_campaign, models.CancelCampaignRequest, args, _result(_ack))

    @operation
    def delete_message(self, message_id: int) -> Call[Ack]:
        args = {"message_id": _positive(message_id, "message_id")}
        return self._vendor_call(delete_message, models.DeleteMessageRequest, args, _result(_ack))

    @operation
    def messages_by_id(self, ids: int | Iterable[int]) -> Call[Listing[Message]]:
        args = {"id": _ids(ids, "message id")}
        return self._vendor_call(get_message, models.GetMessageRequest, args, _listing(_message))

    @stream
    def messages(
        self,
        date_from: datetime,
        date_to: datetime,
        *,
        bodies: bool = True,
        page_size: int = LIST_PAGE,
    ) -> Stream[Message]:
        """Messages created in a time window, page by page: getMessages, or listMessages
        (no bodies) with `bodies=False`."""
        if not 1 <= page_size <= LIST_PAGE:
            raise InvalidRequestError(f"page_size is 1..{LIST_PAGE}")
        pattern = _MINUTES if bodies else _SECONDS
        window = {
            "date_from": _utc(date_from, pattern, "date_from"),
            "date_to": _utc(date_to, pattern, "date_to"),
        }
        endpoint, request = (
            (get_messages, models.GetMessagesRequest)
            if bodies
            else (list_messages, models.ListMessagesRequest)
        )
        yield from self._pages(endpoint, request, window, page_size, _message)

    @stream
    def campaigns(
        self,
        *,
        start_from: datetime | None = None,
        start_to: datetime | None = None,
        page_size: int = LIST_PAGE,
    ) -> Stream[Campaign]:
        """Campaigns by start time, page by page."""
        if not 1 <= page_size <= 10_000:
            raise InvalidRequestError("page_size is 1..10000")
        window = {
            "from": _utc(start_from, _SECONDS, "start_from"),
            "to": _utc(start_to, _SECONDS, "start_to"),
        }
        yield from self._pages(
            get_campaigns, models.GetCampaignsRequest, window, page_size, _campaign
        )

    def _pages(
        self,
        endpoint: ModuleType,
        request: type[Any],
        args: dict[str, Any],
        size: int,
        item: Callable[[Any], T],
    ) -> Stream[T]:
        offset = 0
        while True:
            page_args = {**args, "offset": offset, "limit": size}
            page = yield self._vendor_call(
                endpoint, request, page_args, lambda reply: [item(e) for e in reply.result]
            )
            yield Emit(page)
            if len(page) < size:
                return
            offset += size

    # Statistics.
    @operation
    def start_delivery_report(
        self,
        campaign_id: int,
        *,
        changed_since: datetime | None = None,
        field_ids: Iterable[int] = (),
        notify_url: str | None = None,
    ) -> Call[Task]:
        return self._report_call(campaign_id, changed_since, field_ids, notify_url)

    def _report_call(
        self,
        campaign_id: int,
        changed_since: datetime | None,
        field_ids: Iterable[int],
        notify_url: str | None,
    ) -> Call[Task]:
        args = {
            "campaign_id": _positive(campaign_id, "campaign_id"),
            "changed_since": _utc(changed_since, _SECONDS, "changed_since"),
            "field_ids": [_positive(i, "field id") for i in field_ids] or None,
            "notify_url": notify_url,
        }
        request = models.AsyncGetCampaignDeliveryStatsRequest
        return self._vendor_call(async_get_campaign_delivery_stats, request, args, _result(_task))

    @stream
    def delivery_report(
        self, campaign_id: int, *, changed_since: datetime | None = None
    ) -> Stream[dict[str, str]]:
        """The async delivery report: start it, poll until done, yield its rows (for SMS:
        the phone and its `send_result`, an `SmsStatus` value)."""
        started = yield self._report_call(campaign_id, changed_since, (), None)
        task = yield from self._wait(started)
        yield from self._file_rows(task)

    @operation
    def delivery_table(
        self,
        campaign_id: int,
        *,
        changed_since: datetime | None = None,
        field_ids: Iterable[int] = (),
    ) -> Call[Listing[dict[str, str | None]]]:
        """The legacy synchronous report (unconfirmed on Selzy): one {column: value} per row."""
        args = {
            "campaign_id": _positive(campaign_id, "campaign_id"),
            "changed_since": _utc(changed_since, _SECONDS, "changed_since"),
            "field_ids": ",".join(str(_positive(i, "field id")) for i in field_ids) or None,
        }

        def convert(result: Any, warnings: tuple[str, ...]) -> Listing[dict[str, str | None]]:
            names = [_wire.text(n, "field") for n in result.fields]
            rows = [dict(zip(names, row, strict=True)) for row in result.data]
            return Listing(rows, warnings)

        request = models.GetCampaignDeliveryStatsRequest
        return self._vendor_call(get_campaign_delivery_stats, request, args, _result(convert))

    @operation
    def campaign_stats(self, campaign_id: int) -> Call[CampaignStats]:
        args = {"campaign_id": _positive(campaign_id, "campaign_id")}

        def convert(result: Any, warnings: tuple[str, ...]) -> CampaignStats:
            counters = {
                name: _wire.integer(value, name)
                for name, value in result.to_dict().items()
                if name in CampaignStats.__dataclass_fields__ and name != "warnings"
            }
            return CampaignStats(**counters, warnings=warnings)

        request = models.GetCampaignCommonStatsRequest
        return self._vendor_call(get_campaign_common_stats, request, args, _result(convert))

    @operation
    def campaign_status(self, campaign_id: int) -> Call[CampaignState]:
        args = {"campaign_id": _positive(campaign_id, "campaign_id")}

        def convert(result: Any, warnings: tuple[str, ...]) -> CampaignState:
            return CampaignState(
                status=_open(CampaignStatus, result.status, "status"),
                created=_time(result.creation_time, "creation_time"),
                started=_time(result.start_time, "start_time"),
                warnings=warnings,
            )

        request = models.GetCampaignStatusRequest
        return self._vendor_call(get_campaign_status, request, args, _result(convert))

    # User fields and tags.
    @operation
    def fields(self) -> Call[Listing[Field]]:
        def item(i: Any) -> Field:
            return Field(
                _wire.integer(i.id, "id"),
                _wire.text(i.name, "name"),
                _opt_text(i.public_name, "public_name"),
                _opt_text(i.type_, "type"),
            )

        return self._vendor_call(get_fields, None, {}, _listing(item))

    @operation
    def create_field(
        self,
        name: str,
        kind: Literal["string", "text", "number", "date", "bool"] = "string",
        *,
        public_name: str | None = None,
    ) -> Call[Created]:
        args = {"name": _nonempty(name, "name"), "type": kind, "public_name": public_name}
        return self._vendor_call(create_field, models.CreateFieldRequest, args, _result(_created))

    @operation
    def update_field(
        self, field_id: int, name: str, *, public_name: str | None = None
    ) -> Call[Created]:
        args = {
            "id": _positive(field_id, "field_id"),
            "name": _nonempty(name, "name"),
            "public_name": public_name,
        }
        return self._vendor_call(update_field, models.UpdateFieldRequest, args, _result(_created))

    @operation
    def delete_field(self, field_id: int) -> Call[Ack]:
        args = {"id": _positive(field_id, "field_id")}
        return self._vendor_call(delete_field, models.DeleteFieldRequest, args, _result(_ack))

    @operation
    def tags(self) -> Call[Listing[Tag]]:
        item: Callable[[Any], Tag] = lambda i: Tag(  # noqa: E731
            _wire.integer(i.id, "id"), _wire.text(i.name, "name")
        )
        return self._vendor_call(get_tags, None, {}, _listing(item))

    @operation
    def delete_tag(self, tag_id: int) -> Call[Ack]:
        args = {"id": _positive(tag_id, "tag_id")}
        return self._vendor_call(delete_tag, models.DeleteTagRequest, args, _result(_ack))

    @operation
    def field_values(self, email: str, field_ids: Iterable[int]) -> Call[dict[int, str | None]]:
        args = {"email": _nonempty(email, "email"), "field_ids": _ids(field_ids, "field id")}

        def convert(reply: Any) -> dict[int, str | None]:
            values = reply.result.field_values.additional_properties
            return {_wire.integer(k, "field id"): v for k, v in values.items()}

        request = models.GetContactFieldValuesRequest
        return self._vendor_call(get_contact_field_values, request, args, convert)

    # Partner methods.
    @operation
    def validate_sender(self, email: str, *, login: str | None = None) -> Call[str]:
        """Mail a confirmation link to a From address; returns Selzy's message."""
        args = {"email": _nonempty(email, "email"), "login": login}
        return self._vendor_call(
            validate_sender,
            models.ValidateSenderRequest,
            args,
            lambda reply: _wire.text(reply.result.message, "message"),
        )

    @operation
    def checked_emails(self, login: str, *, email: str | None = None) -> Call[dict[str, bool]]:
        """A user's From addresses and whether each is confirmed."""
        args = {"login": _nonempty(login, "login"), "email": email}

        def convert(reply: Any) -> dict[str, bool]:
            return {
                _wire.text(i.email, "email"): _flag(_unset(i.is_checked) or 0, "is_checked")
                for i in reply.result
            }

        return self._vendor_call(get_checked_email, models.GetCheckedEmailRequest, args, convert)

    @operation
    def register(
        self,
        email: str,
        *,
        password: str | None = None,
        need_confirm: bool = False,
        notify: bool = False,
        extra: Mapping[str, str] | None = None,
        timezone: str | None = None,
    ) -> Call[Registered]:
        """Create a user (resellers). The reply's shape beyond `api_key` is unconfirmed; the
        rest comes in `extra` as Selzy sent it. Never repeated once it may have reached Selzy."""
        args = {
            "email": _nonempty(email, "email"),
            "password": password,
            "need_confirm": int(need_confirm),
            "notify": int(notify),
            "extra": None if extra is None else dict(extra),
            "timezone": timezone,
        }

        def convert(result: Any, warnings: tuple[str, ...]) -> Registered:
            extra = {k: v for k, v in result.to_dict().items() if k != "api_key"}
            return Registered(_opt_text(result.api_key, "api_key"), extra, warnings=warnings)

        request = models.RegisterRequest
        return self._vendor_call(register, request, args, _result(convert), is_send=True)

    @operation
    def user_exists(
        self, *, login: str | None = None, email: str | None = None
    ) -> Call[tuple[bool, bool]]:
        """(login taken, email taken); resellers only."""
        if login is None and email is None:
            raise InvalidRequestError("give a login or an email")
        args = {"login": login, "email": email}

        def convert(reply: Any) -> tuple[bool, bool]:
            result = reply.result
            return _flag(result.login_exists, "login_exists"), _flag(
                result.email_exists, "email_exists"
            )

        return self._vendor_call(check_user_exists, models.CheckUserExistsRequest, args, convert)

    def _user_info(self, login: str | None = None) -> Call[UserInfo]:
        def convert(result: Any, warnings: tuple[str, ...]) -> UserInfo:
            info = _user(result)
            return UserInfo(
                info.login, info.email, info.balance, info.currency, info.extra, warnings=warnings
            )

        return self._vendor_call(
            get_user_info, models.GetUserInfoRequest, {"login": login}, _result(convert)
        )

    user_info = operation(_user_info)

    @operation
    def users(
        self,
        *,
        registered_after: datetime | None = None,
        registered_before: datetime | None = None,
    ) -> Call[Listing[UserInfo]]:
        args = {
            "registered_after": _utc(registered_after, _MINUTES, "registered_after"),
            "registered_before": _utc(registered_before, _MINUTES, "registered_before"),
        }
        return self._vendor_call(get_users, models.GetUsersRequest, args, _listing(_user))

    @operation
    def transfer_money(
        self,
        source_email: str,
        target_email: str,
        amount: Decimal | float,
        currency: Literal["EUR", "UAH", "USD", "RUB"],
    ) -> Call[Transfer]:
        """Move money between users linked to the reseller. Never repeated once it may have
        reached Selzy (it is not idempotent)."""
        if isinstance(amount, bool) or not isinstance(amount, Decimal | float | int) or amount <= 0:
            raise InvalidRequestError(f"amount should be positive, got {amount!r}")
        args = {
            "source_email": _nonempty(source_email, "source_email"),
            "target_email": _nonempty(target_email, "target_email"),
            "sum": float(amount),
            "currency": currency,
        }
        request = models.TransferMoneyRequest
        return self._vendor_call(transfer_money, request, args, _result(_transfer), is_send=True)

    @operation
    def tariffs(self, login: str | None = None) -> Call[Listing[Tariff]]:
        """Tariffs a user can switch to (shape unconfirmed beyond `tariff_id`)."""

        def item(i: Any) -> Tariff:
            extra = {k: v for k, v in i.to_dict().items() if k not in ("tariff_id", "name")}
            return Tariff(_wire.integer(i.tariff_id, "tariff_id"), _opt_text(i.name, "name"), extra)

        request = models.GetAvailableTariffsRequest
        return self._vendor_call(get_available_tariffs, request, {"login": login}, _listing(item))

    @operation
    def change_tariff(self, login: str, tariff_id: int) -> Call[TariffChange]:
        args = {"login": _nonempty(login, "login"), "tariff_id": _positive(tariff_id, "tariff_id")}
        request = models.ChangeTariffRequest
        return self._vendor_call(
            change_tariff, request, args, _result(_tariff_change), is_send=True
        )

    @operation
    def set_sender_domain(self, domain: str, username: str) -> Call[str]:
        """Register a sender domain; returns its DKIM key for the DNS TXT record."""
        args = {"domain": _nonempty(domain, "domain"), "username": _nonempty(username, "username")}
        return self._vendor_call(
            set_sender_domain,
            models.SetSenderDomainRequest,
            args,
            lambda reply: _wire.text(reply.result.dkim, "dkim"),
        )

    @operation
    def sender_domains(
        self, username: str, *, domain: str | None = None
    ) -> Call[Listing[SenderDomain]]:
        """A user's sender domains (key names as in the Go client, unconfirmed)."""
        args = {"username": _nonempty(username, "username"), "domain": domain}

        def convert(result: Any, warnings: tuple[str, ...]) -> Listing[SenderDomain]:
            domains = (
                SenderDomain(
                    _wire.text(d.domain, "Domain"),
                    _opt_text(d.status, "Status"),
                    _opt_text(d.key, "key"),
                )
                for d in result.domains
            )
            return Listing(domains, warnings)

        request = models.GetSenderDomainListRequest
        return self._vendor_call(get_sender_domain_list, request, args, _result(convert))

    # The neutral interface (smsgate.gateway).
    def _neutral_send(self, outgoing: neutral.Outgoing) -> Steps[list[neutral.SentMessage]]:
        if outgoing.sender is None:
            raise InvalidRequestError("Selzy needs a sender: a registered alpha name")
        if outgoing.schedule_at is not None:
            raise InvalidRequestError(
                "Selzy's sendSms sends at once; schedule with create_campaign(start_time=...)"
            )
        batch = yield from self._send_steps(outgoing.to, outgoing.text, outgoing.sender)
        parts = outgoing.segments.parts  # Selzy says only the price
        messages = []
        for chunk in batch.chunks:
            messages += [
                neutral.SentMessage(sms.sms_id, f"+{sms.phone}", parts, False, self.vendor)
                for sms in chunk.sent
            ]
            if chunk.error is not None:
                unknown = isinstance(chunk.error, OutcomeUnknownError)
                state = neutral.DeliveryState.UNKNOWN if unknown else neutral.DeliveryState.REJECTED
                messages += [
                    neutral.SentMessage(
                        "", f"+{phone}", parts, False, self.vendor, state, str(chunk.error)
                    )
                    for phone in chunk.phones
                ]
        return messages

    def _neutral_status(self, message_id: str) -> Steps[neutral.DeliveryReport]:
        state = yield from self._check_sms(message_id)
        status = str(state.status)
        normal = NEUTRAL_STATES.get(status, neutral.DeliveryState.UNKNOWN)
        error = status if normal.is_failure else None
        return neutral.DeliveryReport(message_id, None, normal, status, self.vendor, error=error)

    def _neutral_balance(self) -> Steps[neutral.Balance]:
        info = yield from self._user_info()
        if info.balance is None:
            raise WireFormatError("getUserInfo has no balance")
        return neutral.Balance(info.balance, info.currency or "XXX", self.vendor)


def _sms_chunk(reply: Any, phones: tuple[str, ...]) -> SmsChunk:
    items = reply.result if isinstance(reply.result, list) else [reply.result]
    if len(items) != len(phones):
        raise WireFormatError(f"{len(items)} results for {len(phones)} numbers")
    warnings = _warnings(reply)
    sent = tuple(
        SentSms(
            _sms_id(item.sms_id),
            phone,
            _decimal(item.price, "price"),
            _opt_text(item.currency, "currency"),
        )
        for item, phone in zip(items, phones, strict=True)
    )
    return SmsChunk(phones, sent, warnings=warnings)


def _import_chunk(reply: Any, start: int, size: int) -> tuple[ImportChunk, list[ImportRow]]:
    result = reply.result

    def count(name: str) -> int:
        return _opt_int(getattr(result, name), name) or 0

    import html  # for the first import reply, not with the module

    logged: dict[int, ImportRow] = {}
    for entry in _unset(result.log) or []:
        index = _wire.integer(entry.index, "log index")
        if index >= size:
            raise WireFormatError(f"the import log names row {index} of {size}")
        logged[index] = ImportRow(
            start + index,
            "rejected",
            _opt_text(entry.code, "code"),
            html.unescape(_opt_text(entry.message, "message") or ""),
        )
    rows = [logged.get(i, ImportRow(start + i, "accepted")) for i in range(size)]
    chunk = ImportChunk(
        start,
        size,
        total=count("total"),
        inserted=count("inserted"),
        updated=count("updated"),
        deleted=count("deleted"),
        new_emails=count("new_emails"),
        invalid=count("invalid"),
        warnings=_warnings(reply),
    )
    return chunk, rows


class Selzy(_SelzyOperations, SyncFacade):
    """The blocking Selzy client."""


class AsyncSelzy(_SelzyOperations, AsyncFacade):
    """The asyncio Selzy client."""


NEUTRAL_STATES: dict[str, neutral.DeliveryState] = {
    SmsStatus.NOT_SENT: neutral.DeliveryState.QUEUED,
    SmsStatus.OK_SENT: neutral.DeliveryState.SENT,
    SmsStatus.OK_DELIVERED: neutral.DeliveryState.DELIVERED,
    SmsStatus.ERR_SRC_INVALID: neutral.DeliveryState.REJECTED,
    SmsStatus.ERR_DEST_INVALID: neutral.DeliveryState.REJECTED,
    SmsStatus.ERR_SKIP_LETTER: neutral.DeliveryState.REJECTED,
    SmsStatus.ERR_NOT_ALLOWED: neutral.DeliveryState.REJECTED,
    SmsStatus.ERR_DELIVERY_FAILED: neutral.DeliveryState.FAILED,
    SmsStatus.ERR_LOST: neutral.DeliveryState.FAILED,
    SmsStatus.ERR_INTERNAL: neutral.DeliveryState.FAILED,
}


def read_delivery_callback(request: CallbackRequest, secret: str | None) -> list[Any]:
    """smsgate.callbacks' reader: Selzy sends no SMS delivery callbacks, so any is refused."""
    raise CallbackError(
        "Selzy sends no SMS delivery callbacks; poll status() instead",
        reason="unsupported",
        vendor="selzy",
    )
