"""Selzy's results and enums: what its operations return, each with the warnings Selzy sent.

Statuses are open enums: a value Selzy adds later comes as its text (see `_decode.open_enum`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal, TypeVar

from ..errors import SmsgateError

T = TypeVar("T")


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
