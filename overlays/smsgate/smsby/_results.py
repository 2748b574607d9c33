"""SMS.by's results and enums: what the facade's operations take and return.

SMS.by's loose types are read into one Python type each (see _decode): ids and counts as int,
money as Decimal, every timestamp form as an aware datetime; each result keeps the reply it
came from in `raw`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

__all__ = [
    "Bill",
    "BulkAccepted",
    "BulkDelivery",
    "BulkMailing",
    "BulkMailingStatus",
    "BulkStatus",
    "Category",
    "CodeSent",
    "CodeType",
    "CreatedMessage",
    "Delivery",
    "DeliveryStatus",
    "FlashCall",
    "FlashCallResult",
    "ImportResult",
    "Mailing",
    "Message",
    "MessageState",
    "PasswordObject",
    "PersonalMailing",
    "SendStatus",
    "Sent",
    "SmsByBalance",
    "SmsTimes",
    "SubscriberList",
    "TemplateStatus",
    "ViberContent",
]


class SendStatus(StrEnum):
    """One SMS's or mailing's state (upper case on the wire). Only NEW and DELIVERED are in
    SMS.by's docs; a value SMS.by adds later reads as UNKNOWN, its text kept beside."""

    NEW = "NEW"
    SENT = "SENT"
    DELIVERED = "DELIVERED"
    UNDELIVERED = "UNDELIVERED"
    EXPIRED = "EXPIRED"
    REJECTED = "REJECTED"
    ERROR = "ERROR"
    UNKNOWN = "UNKNOWN"

    @property
    def is_final(self) -> bool:
        return self in _FINAL_SENDS


_FINAL_SENDS = frozenset(
    {
        SendStatus.DELIVERED,
        SendStatus.UNDELIVERED,
        SendStatus.EXPIRED,
        SendStatus.REJECTED,
        SendStatus.ERROR,
    }
)


class TemplateStatus(StrEnum):
    """A message template's state (lower case on the wire); it can be sent once MODERATED."""

    NEW = "new"
    MODERATED = "moderated"
    REJECTED = "rejected"
    UNKNOWN = "unknown"


class DeliveryStatus(StrEnum):
    """One phone's state in a message's delivery list (lower case on the wire)."""

    NEW = "new"
    SENT = "sent"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    EXPIRED = "expired"
    UNKNOWN = "unknown"

    @property
    def is_final(self) -> bool:
        return self in (
            DeliveryStatus.DELIVERED,
            DeliveryStatus.UNDELIVERED,
            DeliveryStatus.EXPIRED,
        )


class CodeType(StrEnum):
    """What a password object's codes are made of."""

    LETTERS = "letters"
    NUMBERS = "numbers"
    BOTH = "both"


def _raw() -> Any:
    return field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class Sent:
    """One SMS (or Telegram / WhatsApp code) accepted by SMS.by."""

    sms_id: int
    status: SendStatus
    status_raw: str = field(compare=False)
    parts: int | None = None
    cost: Decimal | None = None
    raw: Mapping[str, Any] = _raw()


@dataclass(frozen=True)
class BulkMailing:
    """One text to many phones, for `send_bulk`. `schedule_at` must be aware."""

    name: str
    text: str
    phones: Sequence[str | int]
    alphaname_id: int = 0
    schedule_at: datetime | None = None


@dataclass(frozen=True)
class PersonalMailing:
    """A text per phone, for `send_bulk`: `messages` maps each phone to its text."""

    name: str
    messages: Mapping[str, str] | Sequence[tuple[str | int, str]]
    alphaname_id: int = 0
    schedule_at: datetime | None = None


@dataclass(frozen=True)
class BulkAccepted:
    """A bulk send SMS.by took; `uuid` reads its statuses."""

    uuid: str
    success: str


@dataclass(frozen=True)
class ViberContent:
    """What a Viber mailing shows: text, an image (bulk only) or a button."""

    type: Literal["text", "image", "button"] = "text"
    image_url: str | None = None
    caption: str | None = None


@dataclass(frozen=True)
class BulkDelivery:
    delivery_id: int
    phone: str
    status: SendStatus
    status_raw: str = field(compare=False)
    status_time: datetime | None
    raw: Mapping[str, Any] = _raw()


@dataclass(frozen=True)
class BulkMailingStatus:
    message_id: int
    name: str | None
    alphaname_id: int | None
    deliveries: tuple[BulkDelivery, ...]
    raw: Mapping[str, Any] = _raw()

    @property
    def is_final(self) -> bool:
        return bool(self.deliveries) and all(d.status.is_final for d in self.deliveries)


@dataclass(frozen=True)
class BulkStatus:
    """The mailings of one bulk send; final once every delivery of every mailing is."""

    uuid: str
    mailings: tuple[BulkMailingStatus, ...]

    @property
    def is_final(self) -> bool:
        return bool(self.mailings) and all(m.is_final for m in self.mailings)


@dataclass(frozen=True)
class CreatedMessage:
    """A message template; `duplicate` when SMS.by answered with an existing one's id."""

    message_id: int
    parts: int | None = None
    length: int | None = None
    alphaname: str | None = None
    scheduled_at: datetime | None = None
    duplicate: bool = False
    raw: Mapping[str, Any] = _raw()


@dataclass(frozen=True)
class MessageState:
    status: TemplateStatus
    status_raw: str = field(compare=False)
    parts: int | None
    alphaname: str | None
    raw: Mapping[str, Any] = _raw()


@dataclass(frozen=True)
class SmsTimes:
    """checkSMS: SMS.by shows no failure state, only when an SMS was sent and delivered."""

    sms_id: int
    sent_at: datetime | None
    delivered_at: datetime | None
    raw: Mapping[str, Any] = _raw()


@dataclass(frozen=True)
class Message:
    message_id: int
    text: str | None
    parts: int | None
    created_at: datetime | None
    status: TemplateStatus
    status_raw: str = field(compare=False)
    raw: Mapping[str, Any] = _raw()


@dataclass(frozen=True)
class Delivery:
    phone: str
    status: DeliveryStatus
    status_raw: str = field(compare=False)
    sent_at: datetime | None
    raw: Mapping[str, Any] = _raw()


@dataclass(frozen=True)
class Mailing:
    """A WEB or API mailing from getSMSMessages."""

    id: int
    name: str | None
    type: str | None
    status: SendStatus
    status_raw: str = field(compare=False)
    created_at: datetime | None
    scheduled_at: datetime | None
    parts: int | None
    phones: int | None
    delivered: int | None
    cost: Decimal | None
    alphaname: str | None
    raw: Mapping[str, Any] = _raw()


@dataclass(frozen=True)
class SmsByBalance:
    """The SMS and Viber balances (named apart from smsgate.Balance, the neutral one)."""

    sms: Decimal
    viber: Decimal | None
    currency: str | None
    raw: Mapping[str, Any] = _raw()


@dataclass(frozen=True)
class Bill:
    id: int
    amount: Decimal | None
    created_at: datetime | None
    paid_at: datetime | None
    type: str | None
    number: str | None
    raw: Mapping[str, Any] = _raw()


@dataclass(frozen=True)
class Category:
    id: int
    name: str


@dataclass(frozen=True)
class SubscriberList:
    id: int
    name: str


@dataclass(frozen=True)
class ImportResult:
    inserted: int
    updated: int
    invalid: int
    log: tuple[tuple[int, str], ...]
    """(row index, error message) for each row that was refused."""


@dataclass(frozen=True)
class PasswordObject:
    id: int
    kind: CodeType | None
    kind_raw: str = field(compare=False)
    length: int
    created_at: datetime | None


@dataclass(frozen=True)
class CodeSent:
    """An SMS with a generated code; keep `code` and compare the user's answer to it."""

    sms_id: int
    code: str
    parts: int | None
    raw: Mapping[str, Any] = _raw()


@dataclass(frozen=True)
class FlashCall:
    fclid: str
    code: str
    phone: str
    valid_seconds: int | None
    attempts: int | None


@dataclass(frozen=True)
class FlashCallResult:
    confirmed: bool
    message: str | None
    activated_at: datetime | None
    raw: Mapping[str, Any] = _raw()
