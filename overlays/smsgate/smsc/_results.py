"""SMSC's typed results and codes: what every reply format decodes to, so that equal state
reads equal whichever `fmt` it came in (each result carries only what every format carries)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import IntEnum
from typing import Any, Literal

Charset = Literal["utf-8", "windows-1251", "koi8-r"]


class Format(IntEnum):
    """SMSC's reply formats (`fmt`)."""

    TEXT = 0
    CSV = 1
    XML = 2
    JSON = 3


class _Described(IntEnum):
    """An SMSC code with its documented meaning; an undocumented code keeps its value."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}".replace("-", "MINUS_")
        member._value_ = value
        return member

    @property
    def description(self) -> str:
        return _DESCRIPTIONS.get((type(self).__name__, int(self)), "undocumented code")


class MessageStatus(_Described):
    """A message's status (specs/smsc.yaml StatusCode)."""

    NOT_FOUND = -3
    STOPPED = -2
    WAITING = -1
    TRANSFERRED = 0
    DELIVERED = 1
    READ = 2
    EXPIRED = 3
    CLICKED = 4
    UNDELIVERABLE = 20
    WRONG_NUMBER = 22
    PROHIBITED = 23
    INSUFFICIENT_FUNDS = 24
    UNAVAILABLE = 25

    @property
    def is_final(self) -> bool:
        return self not in (MessageStatus.STOPPED, MessageStatus.WAITING, MessageStatus.TRANSFERRED)


class DeliveryError(_Described):
    """Why a message was not delivered (`err`; specs/smsc.yaml DeliveryErrorCode)."""

    NONE = 0
    NO_SUBSCRIBER = 1
    MAILBOX_FULL = 2
    MAIL_SERVER_NOT_FOUND = 3
    MAILBOX_BLOCKED = 4
    NOT_IN_NETWORK = 6
    NO_SMS_SERVICE = 11
    HANDSET_ERROR = 12
    SUBSCRIBER_BLOCKED = 13
    NOT_SUPPORTED = 21
    VIRTUAL_SEND = 200
    SIM_REPLACED = 219
    QUEUE_OVERFLOW = 220
    NO_ANSWER = 237
    NO_TEMPLATE = 238
    FORBIDDEN_SENDER_IP = 239
    BUSY = 240
    CONVERSION_ERROR = 241
    ANSWERING_MACHINE = 242
    NO_CONTRACT = 243
    MAILING_PROHIBITED = 244
    STATUS_NOT_RECEIVED = 245
    TIME_RESTRICTION = 246
    MESSAGE_LIMIT = 247
    NO_ROUTE = 248
    WRONG_NUMBER_FORMAT = 249
    FORBIDDEN_BY_SETTINGS = 250
    DAILY_LIMIT = 251
    NUMBER_FORBIDDEN = 252
    SPAM_FILTER = 253
    UNREGISTERED_SENDER = 254
    REJECTED_BY_OPERATOR = 255


_STATUS_TEXT = {
    -3: "message not found",
    -2: "stopped",
    -1: "waiting to be sent",
    0: "transferred to the operator",
    1: "delivered",
    2: "read",
    3: "expired",
    4: "link clicked",
    20: "impossible to deliver",
    22: "wrong number",
    23: "prohibited",
    24: "insufficient funds",
    25: "unavailable number",
}
_DELIVERY_ERROR_TEXT = {
    0: "no error",
    1: "subscriber does not exist",
    2: "mailbox full",
    3: "recipient's mail server not found",
    4: "mailbox blocked",
    6: "subscriber not in network",
    11: "no SMS service",
    12: "error in the subscriber's handset",
    13: "subscriber blocked",
    21: "service not supported by the handset",
    200: "virtual send (test mode)",
    219: "SIM card replaced",
    220: "operator queue overflow",
    237: "subscriber did not answer",
    238: "no template",
    239: "forbidden sender IP address",
    240: "subscriber busy",
    241: "conversion error, not all parts sent",
    242: "answering machine",
    243: "no contract",
    244: "mailing prohibited",
    245: "status not received",
    246: "time restriction",
    247: "message limit exceeded",
    248: "no route",
    249: "wrong number format",
    250: "number forbidden by settings",
    251: "per-number daily limit exceeded",
    252: "number forbidden",
    253: "forbidden by the spam filter",
    254: "unregistered sender ID",
    255: "rejected by the operator",
}
_DESCRIPTIONS = {
    **{("MessageStatus", k): v for k, v in _STATUS_TEXT.items()},
    **{("DeliveryError", k): v for k, v in _DELIVERY_ERROR_TEXT.items()},
}


@dataclass(frozen=True)
class SendResult:
    id: str
    """The message id (yours if you gave one): with the phone, the key for `status`."""
    parts: int
    """SMS parts (seconds for a voice call)."""
    cost: Decimal | None = None
    """With cost=2 or 3."""
    balance: Decimal | None = None
    """With cost=3."""
    code: str | None = None
    """The code SMSC generated for a voice-code call."""


@dataclass(frozen=True)
class Price:
    cost: Decimal
    parts: int


@dataclass(frozen=True)
class Status:
    id: str
    phone: str
    status: MessageStatus
    changed_at: datetime | None
    error: DeliveryError


@dataclass(frozen=True)
class MessageDetails:
    """A message's status with what status.php adds at all=1 (and all=2: where it went)."""

    status: Status
    sent_at: datetime | None
    cost: Decimal | None
    sender: str
    status_name: str
    text: str
    country: str | None = None
    operator: str | None = None
    region: str | None = None


@dataclass(frozen=True)
class SmscBalance:
    """An SMSC account's balance (smsgate.Balance is the vendor-neutral one)."""

    amount: Decimal
    currency: str | None = None


@dataclass(frozen=True)
class Contact:
    int_id: int | None
    """SMSC's id of the contact, which paging goes by (absent in replies recorded in 2013)."""
    address: str
    """The phone numbers (or e-mail addresses) of the contact, as SMSC lists them."""
    name: str
    groups: tuple[int, ...]
    first_name: str
    last_name: str
    middle_name: str
    birthday: date | None
    my_id: str
    comment: str
    tags: str
    other_phones: str


@dataclass(frozen=True)
class Group:
    id: int
    name: str
    number: int | None


@dataclass(frozen=True)
class BlackListEntry:
    id: int
    address: str
    type: int
    """0 all messages blocked, 1 mass mailings, 2 single messages."""
    comment: str


@dataclass(frozen=True)
class HistoryMessage:
    int_id: int
    """SMSC's global id, which paging goes by."""
    id: str
    phone: str
    status: MessageStatus
    error: DeliveryError
    sent_at: datetime | None
    changed_at: datetime | None
    cost: Decimal | None
    sender: str
    parts: int
    type: int
    text: str


@dataclass(frozen=True)
class Answer:
    id: int
    phone: str
    to_phone: str
    sent_at: datetime | None
    text: str


@dataclass(frozen=True)
class Tariff:
    zone: str
    name: str
    api: Decimal | None
    mass: Decimal | None


@dataclass(frozen=True)
class Job:
    id: int
    name: str
    status: int | None
    start_at: datetime | None
    count: int | None


@dataclass(frozen=True)
class OperatorInfo:
    phone: str
    country: str
    operator: str
    region: str
    mcc: str
    mnc: str


@dataclass(frozen=True)
class StatusCallback:
    """A status change that SMSC pushed to your handler URL."""

    id: str
    phone: str
    status: MessageStatus
    error: DeliveryError
    changed_at: datetime | None
    parts: int | None


@dataclass(frozen=True)
class InboundCallback:
    """An SMS that a subscriber sent to one of your numbers, pushed to your handler URL."""

    id: str
    phone: str
    to_phone: str
    text: str
    sent_at: datetime | None
