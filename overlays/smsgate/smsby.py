"""SMS.by (sms.by): SMS, OTP via Telegram and WhatsApp, 2FA codes, FlashCall, Viber, lists.

    from smsgate.smsby import SmsBy, BulkMailing

    with SmsBy(token="...") as smsby:
        sent = smsby.send_quick("375291234567", "Hello")
        accepted = smsby.send_bulk(BulkMailing("promo", "Sale!", ["375291234567"]))
        status = smsby.wait_for_bulk(accepted.uuid)

`AsyncSmsBy` has the same methods as coroutines (listings as async iterators). SMS.by's
loose types are read into one Python type each: ids and counts as int, money as Decimal,
every timestamp form as an aware datetime; each result keeps the reply it came from in `raw`.
An `{"error": ...}` reply, with any HTTP status, is raised as an ApiError subclass.
"""

from __future__ import annotations

import functools
import hmac
import io
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from decimal import Decimal
from enum import StrEnum
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack

import httpx
from smsgate_smsby_client import models
from smsgate_smsby_client import types as generated_types
from smsgate_smsby_client.api.account import (
    create_bill,
    download_bill,
    edit_notification,
    edit_password,
    get_balance,
    get_bills,
    get_limit,
)
from smsgate_smsby_client.api.alphanames import (
    create_alphaname,
    get_alphaname_category,
    get_alphaname_id,
    get_alphanames,
)
from smsgate_smsby_client.api.flashcall import confirm_flash_call, flash_call
from smsgate_smsby_client.api.lists import (
    create_subscriber_list,
    get_subscriber_lists,
    import_contacts,
)
from smsgate_smsby_client.api.sms import (
    check_sms,
    check_sms_message_status,
    confirm_send_message_by_list,
    create_sms_message,
    get_messages_list,
    get_sms_delivery_list,
    get_sms_messages,
    send_bulk_sms,
    send_otp_telegram,
    send_otp_whats_app,
    send_quick_sms,
    send_sms,
    send_sms_list,
    status_bulk_sms,
)
from smsgate_smsby_client.api.twofactor import (
    create_password_object,
    delete_password_object,
    edit_password_object,
    get_password_object,
    get_password_objects,
    send_sms_message_with_code,
)
from smsgate_smsby_client.api.viber import (
    create_viber_message,
    get_viber_message_list,
    get_vibernames,
    send_bulk_viber,
    send_quick_viber_media,
    send_quick_viber_message,
    send_viber_message,
    send_viber_message_list,
    status_bulk_viber,
)

from . import _limits, _wire
from . import _neutral as neutral
from ._calls import PARSE_FAILURES, Call, ReadBy, WireFormatError
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
    first,
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
    SmsgateError,
)
from .phones import international_digits

if TYPE_CHECKING:  # at run time as models.X and generated_types.X, loaded on first use
    from smsgate_smsby_client.models import (
        AnyReply,
        BalanceReply,
        BillReply,
        BillsReply,
        BulkTextMailing,
        CategoriesReply,
        DeliveryPage,
        FlashCallConfirmReply,
        FlashCallReply,
        IdReply,
        ImportReply,
        LimitReply,
        ListCreatedReply,
        ListsReply,
        MailingsReply,
        MessagesPage,
        MessageStatus,
        NameMap,
        PasswordObjectCreated,
        PasswordObjectReply,
        PasswordObjectsReply,
        QuickSent,
        ResultFlag,
        SmsCheck,
        SmsQueued,
        ViberBulkMailing,
        ViberPersonalMailing,
        ViberQueuedReply,
    )
    from smsgate_smsby_client.models import Bill as GeneratedBill
    from smsgate_smsby_client.models import BulkAccepted as GeneratedAccepted
    from smsgate_smsby_client.models import BulkMailingStatus as GeneratedMailingStatus
    from smsgate_smsby_client.models import CodeSent as GeneratedCodeSent
    from smsgate_smsby_client.models import CreatedMessage as GeneratedCreated
    from smsgate_smsby_client.models import Mailing as GeneratedListing
    from smsgate_smsby_client.models import PasswordObject as GeneratedPasswordObject
    from smsgate_smsby_client.models import PersonalMailing as GeneratedPersonal
    from smsgate_smsby_client.types import (
        File,
        Unset,
    )

__all__ = [
    "MINSK",
    "AsyncSmsBy",
    "Balance",
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
    "DuplicateMessageError",
    "FlashCall",
    "FlashCallResult",
    "ImportResult",
    "Mailing",
    "Message",
    "MessageState",
    "NotFoundError",
    "PasswordObject",
    "PersonalMailing",
    "SendStatus",
    "Sent",
    "SmsBy",
    "SmsBySettings",
    "SmsTimes",
    "SubscriberList",
    "TemplateStatus",
    "ViberContent",
    "normalize_phone",
    "parse_bulk_callback",
    "read_delivery_callback",
]

MINSK: tzinfo
"""SMS.by's local times carry no zone; Minsk time is presumed (unconfirmed by SMS.by).
Made on first use (the module's __getattr__, `_wire.zone`), not on import."""


def _minsk() -> tzinfo:
    return _wire.zone("Europe/Minsk", "Europe/Minsk", 3)


MAX_PARTS = 10
"""SMS parts a text may take (SMS.by's docs: 1530 Latin or 670 Cyrillic characters)."""
_OTP = re.compile(r"[0-9]{1,16}")
_DUPLICATE = re.compile(r"same message exists with ID\s*=\s*([0-9]+)", re.IGNORECASE)
_MONEY = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_LOCAL = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?")
# Known error texts (the reference's section 2.2) and the error they mean.
_FUNDS = ("billing error", "insufficient funds", "not enough money", "low balance")
_AUTH = ("access denied", "token", "unauthorized", "authorization")
_NOT_FOUND = ("not found",)

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


class NotFoundError(ApiError):
    """The message, SMS, object or page asked for does not exist."""


class DuplicateMessageError(ApiError):
    """createSmsMessage met a message with the same text; `existing_id` is that message."""

    def __init__(self, message: str, *, existing_id: int, **fields: Any):
        super().__init__(message, **fields)
        self.existing_id = existing_id


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
class Balance:
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


# Readers for SMS.by's drifting values; each raises WireFormatError (a DecodeError later).
def _optional(value: Any) -> bool:
    return isinstance(value, generated_types.Unset) or value is None


def _int(value: Any, what: str) -> int | None:
    return None if _optional(value) else _wire.integer(value, what)


def _bills_page(reply: BillsReply) -> tuple[list[Bill], int | None]:
    return [_bill(item) for item in reply.data.data], _int(reply.data.last_page, "last_page")


def _money(value: Any, what: str) -> Decimal | None:
    """A decimal string (`"718.40600"`) or a JSON number, as an exact Decimal."""
    if _optional(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _wire.finite(Decimal(str(value)), what)
    if isinstance(value, str) and _MONEY.fullmatch(value):
        return Decimal(value)
    raise WireFormatError(f"{what} should be an amount, got {value!r}")


def _time(value: Any, what: str) -> datetime | None:
    """Any of SMS.by's four timestamp forms as an aware datetime; 0 or absent is None.

    Unix seconds (a number or a digit string) are UTC instants; `Y-m-d H:i:s`, with or
    without microseconds, is Minsk wall-clock time."""
    if _optional(value):
        return None
    if isinstance(value, str) and _LOCAL.fullmatch(value):
        from dateutil.parser import isoparse  # imported on the first date read

        try:
            return isoparse(value).replace(tzinfo=_minsk())
        except ValueError as exc:
            raise WireFormatError(f"{what} is not a real date-time: {value!r}") from exc
    seconds = _wire.integer(value, what)
    try:
        return datetime.fromtimestamp(seconds, UTC) if seconds else None
    except (OverflowError, OSError) as exc:
        raise WireFormatError(f"{what} is out of range: {value!r}") from exc


def _status(kind: type[E], value: Any, what: str) -> tuple[E, str]:
    """A status in either case; an unknown one reads as UNKNOWN, its text kept."""
    raw = _wire.text(value, what)
    normal = raw.upper() if kind is SendStatus else raw.lower()
    try:
        return kind(normal), raw
    except ValueError:
        return kind("UNKNOWN" if kind is SendStatus else "unknown"), raw


def _one(value: T | list[T], what: str) -> T:
    """An object, or the one-element array SMS.by sometimes wraps it in."""
    if isinstance(value, list):
        if len(value) != 1:
            raise WireFormatError(f"{what} should hold one item, got {len(value)}")
        return value[0]
    return value


def _text(value: Any, what: str) -> str | None:
    return None if _optional(value) else _wire.text(value, what)


def _dict(model: Any) -> dict[str, Any]:
    raw: dict[str, Any] = model.to_dict()
    return raw


# Converters: generated reply models to results.
def _sent(reply: QuickSent | SmsQueued) -> Sent:
    status, status_raw = _status(SendStatus, reply.status, "status")
    return Sent(
        sms_id=_wire.integer(reply.sms_id, "sms_id"),
        status=status,
        status_raw=status_raw,
        parts=_int(getattr(reply, "parts", generated_types.UNSET), "parts"),
        cost=_money(getattr(reply, "cost", generated_types.UNSET), "cost"),
        raw=_dict(reply),
    )


def _mailing_status(item: GeneratedMailingStatus) -> BulkMailingStatus:
    deliveries = [
        *item.success,
        *([] if isinstance(item.error, generated_types.Unset) else item.error),
    ]
    read = []
    for delivery in deliveries:
        status, status_raw = _status(SendStatus, delivery.status, "status")
        read.append(
            BulkDelivery(
                delivery_id=_wire.integer(delivery.delivery_id, "delivery_id"),
                phone=_wire.digits(delivery.phone, "phone"),
                status=status,
                status_raw=status_raw,
                status_time=_time(delivery.status_time, "status_time"),
                raw=_dict(delivery),
            )
        )
    return BulkMailingStatus(
        message_id=_wire.integer(item.message_id, "message_id"),
        name=_text(item.name, "name"),
        alphaname_id=_int(item.alphaname_id, "alphaname_id"),
        deliveries=tuple(read),
        raw=_dict(item),
    )


def _bulk_status(uuid: str) -> Callable[[list[GeneratedMailingStatus]], BulkStatus]:
    def convert(reply: list[GeneratedMailingStatus]) -> BulkStatus:
        if not isinstance(reply, list):
            raise WireFormatError("statusBulkSms should answer a list of mailings")
        return BulkStatus(uuid, tuple(_mailing_status(item) for item in reply))

    return convert


def _accepted(reply: GeneratedAccepted) -> BulkAccepted:
    return BulkAccepted(_wire.text(reply.uuid, "uuid"), _wire.text(reply.success, "success"))


def _created(reply: GeneratedCreated | list[GeneratedCreated]) -> CreatedMessage:
    message: Any = _one(reply, "createSmsMessage")
    return CreatedMessage(
        message_id=_wire.integer(message.message_id, "message_id"),
        parts=_int(message.parts, "parts"),
        length=_int(message.len_, "len"),
        alphaname=_text(message.alphaname, "alphaname"),
        scheduled_at=_time(message.time, "time"),
        raw=_dict(message),
    )


def _message_state(reply: MessageStatus) -> MessageState:
    status, status_raw = _status(TemplateStatus, reply.status, "status")
    return MessageState(
        status,
        status_raw,
        _int(reply.parts, "parts"),
        _text(reply.alphaname, "alphaname"),
        _dict(reply),
    )


def _sms_times(reply: SmsCheck) -> SmsTimes:
    return SmsTimes(
        sms_id=_wire.integer(reply.sms_id, "sms_id"),
        sent_at=_time(reply.sent, "sent"),
        delivered_at=_time(reply.delivered, "delivered"),
        raw=_dict(reply),
    )


def _messages(reply: MessagesPage) -> list[Message]:
    items = []
    for item in reply.result:
        status, status_raw = _status(TemplateStatus, item.status, "status")
        items.append(
            Message(
                message_id=_wire.integer(item.message_id, "message_id"),
                text=_text(item.message, "message"),
                parts=_int(item.parts, "parts"),
                created_at=_time(item.d_create, "d_create"),
                status=status,
                status_raw=status_raw,
                raw=_dict(item),
            )
        )
    return items


def _deliveries(reply: DeliveryPage) -> list[Delivery]:
    items = []
    for item in reply.result:
        status, status_raw = _status(DeliveryStatus, item.status, "status")
        items.append(
            Delivery(
                phone=_wire.digits(item.phone, "phone"),
                status=status,
                status_raw=status_raw,
                sent_at=_time(item.d_sent, "d_sent"),
                raw=_dict(item),
            )
        )
    return items


def _listing(item: GeneratedListing) -> Mailing:
    status, status_raw = _status(SendStatus, item.status, "status")
    return Mailing(
        id=_wire.integer(item.id, "id"),
        name=_text(item.name, "name"),
        type=_text(item.type_, "type"),
        status=status,
        status_raw=status_raw,
        created_at=_time(item.d_create, "d_create"),
        scheduled_at=_time(item.d_schedule, "d_schedule"),
        parts=_int(item.parts, "parts"),
        phones=_int(item.count_phones, "count_phones"),
        delivered=_int(item.sms_delivered, "sms_delivered"),
        cost=_money(item.cost, "cost"),
        alphaname=_text(item.alphaname, "alphaname"),
        raw=_dict(item),
    )


def _mailings(reply: MailingsReply) -> list[Mailing]:
    return [_listing(item) for item in reply.data]


def _balance(reply: BalanceReply) -> Balance:
    balance = _one(reply.result, "getBalance result")
    sms = _money(balance.balance, "balance")
    if sms is None:
        raise WireFormatError("the balance reply has no balance")
    return Balance(
        sms,
        _money(balance.viber_balance, "viber_balance"),
        _text(reply.currency, "currency"),
        _dict(reply),
    )


def _limit(reply: LimitReply) -> int:
    return _wire.integer(reply.limit, "limit")


def _number(value: Any) -> str | None:
    return None if _optional(value) else str(value)


def _bill(item: GeneratedBill) -> Bill:
    return Bill(
        id=_wire.integer(item.id, "id"),
        amount=_money(item.amount, "amount"),
        created_at=_time(item.d_create, "d_create"),
        paid_at=_time(item.d_payment, "d_payment"),
        type=_text(item.type_, "type"),
        number=_number(item.number),
        raw=_dict(item),
    )


def _created_bill(reply: BillReply) -> Bill:
    return _bill(reply.data)


def _categories(reply: CategoriesReply) -> list[Category]:
    return [Category(_wire.integer(c.id, "id"), _wire.text(c.name, "name")) for c in reply.result]


def _name_map(reply: NameMap) -> dict[int, str]:
    return {
        _wire.integer(key, "id"): _wire.text(name, "name")
        for key, name in reply.additional_properties.items()
    }


def _id(reply: IdReply) -> int:
    return _wire.integer(reply.id, "id")


def _list_created(reply: ListCreatedReply) -> int:
    return _wire.integer(reply.result.list_id, "list_id")


def _lists(reply: ListsReply) -> list[SubscriberList]:
    lists = []
    for item in reply.result:
        ident = item.list_id if not _optional(item.list_id) else item.id
        lists.append(SubscriberList(_wire.integer(ident, "list_id"), _wire.text(item.name, "name")))
    return lists


def _imported(reply: ImportReply) -> ImportResult:
    result = reply.result
    log = [] if isinstance(result.log, generated_types.Unset) else result.log
    return ImportResult(
        inserted=_wire.integer(result.inserted, "inserted"),
        updated=_wire.integer(result.updated, "updated"),
        invalid=_wire.integer(result.invalid, "invalid"),
        log=tuple((_wire.integer(e.index, "index"), e.error_message) for e in log),
    )


def _password_object(item: GeneratedPasswordObject) -> PasswordObject:
    raw = _wire.text(item.type_id, "type_id")
    return PasswordObject(
        id=_wire.integer(item.id, "id"),
        kind=CodeType(raw) if raw in CodeType.__members__.values() else None,
        kind_raw=raw,
        length=_wire.integer(item.len_, "len"),
        created_at=_time(item.d_create, "d_create"),
    )


def _password_objects(reply: PasswordObjectsReply) -> list[PasswordObject]:
    return [_password_object(item) for item in reply.result]


def _one_password_object(reply: PasswordObjectReply) -> PasswordObject:
    return _password_object(reply.result)


def _password_object_id(reply: PasswordObjectCreated) -> int:
    return _wire.integer(reply.result.password_object_id, "password_object_id")


def _done(reply: ResultFlag) -> bool:
    """`{"result": "1"}` (a string) or 1: true when SMS.by says it did it."""
    return _wire.integer(reply.result, "result") == 1


def _code_sent(reply: GeneratedCodeSent | list[GeneratedCodeSent]) -> CodeSent:
    sent: Any = _one(reply, "sendSmsMessageWithCode")
    return CodeSent(
        sms_id=_wire.integer(sent.sms_id, "sms_id"),
        code=_wire.text(sent.code, "code"),
        parts=_int(sent.parts, "parts"),
        raw=_dict(sent),
    )


def _flash_call(reply: FlashCallReply) -> FlashCall:
    data = reply.data
    return FlashCall(
        fclid=_wire.text(data.fclid, "fclid"),
        code=_wire.digits(data.code, "code"),
        phone=_wire.digits(data.phone, "phone"),
        valid_seconds=_int(data.time_valid, "time_valid"),
        attempts=_int(data.attempt, "attempt"),
    )


def _flash_result(reply: FlashCallConfirmReply) -> FlashCallResult:
    data = None if isinstance(reply.data, generated_types.Unset) else reply.data
    return FlashCallResult(
        confirmed=_wire.text(reply.status, "status").lower() == "success",
        message=_text(reply.message, "message"),
        activated_at=None if data is None else _time(data.activated_at, "activated_at"),
        raw=_dict(reply),
    )


def _viber_id(reply: ViberQueuedReply) -> int:
    return _wire.integer(reply.result.viber_id, "viber_id")


def _undocumented(reply: AnyReply) -> dict[str, Any]:
    """A reply whose shape SMS.by does not document, as the JSON object it is."""
    return _dict(reply)


def _pdf(reply: File) -> bytes:
    return reply.payload.read()


# Input checks: InvalidRequestError before any request.
def normalize_phone(phone: str | int) -> str:
    """A phone as SMS.by wants it: international digits, no `+` or `00`."""
    return international_digits(phone)


def _need_text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidRequestError(f"{what} should be a non-empty string, got {value!r}")
    return value


def _need_id(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidRequestError(f"{what} should be a non-negative int, got {value!r}")
    return value


def _local(when: datetime, pattern: str) -> str:
    """A schedule (aware, ahead) as Minsk wall-clock text in SMS.by's `pattern`."""
    return _limits.future(when, "schedule_at").astimezone(_minsk()).strftime(pattern)


def _sms_text(value: Any, what: str) -> str:
    """An SMS text within SMS.by's documented 10 parts."""
    return _limits.text(value, what, max_parts=MAX_PARTS)


_BULK_TIME = "%Y-%m-%dT%H:%M:%S"
_MINUTE_TIME = "%Y-%m-%d %H:%M"


def _mailing(mailing: BulkMailing | PersonalMailing) -> BulkTextMailing | GeneratedPersonal:
    schedule = (
        generated_types.UNSET
        if mailing.schedule_at is None
        else _local(mailing.schedule_at, _BULK_TIME)
    )
    alphaname = _need_id(mailing.alphaname_id, "alphaname_id")
    name = _need_text(mailing.name, "a mailing name")
    if isinstance(mailing, BulkMailing):
        phones = [normalize_phone(p) for p in mailing.phones]
        if not phones:
            raise InvalidRequestError(f"mailing {name!r} has no phones")
        return models.BulkTextMailing(
            alphaname_id=str(alphaname),
            name=name,
            message_type="bulk",
            delivery_list=list(dict.fromkeys(phones)),
            text=_sms_text(mailing.text, "the text"),
            schedule_time=schedule,
        )
    pairs = mailing.messages.items() if isinstance(mailing.messages, Mapping) else mailing.messages
    recipients = [
        models.BulkRecipient(phone=normalize_phone(phone), text=_sms_text(text, "a personal text"))
        for phone, text in pairs
    ]
    if not recipients:
        raise InvalidRequestError(f"mailing {name!r} has no messages")
    return models.PersonalMailing(
        alphaname_id=str(alphaname),
        name=name,
        message_type="personal",
        delivery_list=recipients,
        schedule_time=schedule,
    )


# Errors.
@dataclass(frozen=True)
class _Failure:
    """SMS.by's error object, or an HTTP error without one."""

    text: str | None
    existing_id: int | None = None


def _failure(response: httpx.Response) -> _Failure | None:
    """Gotcha 1: an `error` key means failure on any status, 200 included."""
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        body = None
    if isinstance(body, dict) and "error" in body:
        try:
            error = models.Error.from_dict(body)
        except PARSE_FAILURES:
            return _Failure(str(body["error"]))
        existing = _DUPLICATE.search(error.error)
        given = None if isinstance(error.message_id, generated_types.Unset) else error.message_id
        ident = existing[1] if existing else given
        return _Failure(error.error, None if ident is None else int(str(ident)))
    if response.status_code >= 400:
        return _Failure(None)
    return None


@functools.cache
def _endpoint(module: ModuleType) -> ReadBy:
    """The generated endpoint, its reply first checked for SMS.by's error object."""
    return ReadBy(module, lambda response, generated: _failure(response) or generated(response))


def _call(
    module: ModuleType,
    arguments: Mapping[str, Any],
    convert: Callable[[Any], T],
    *,
    send: bool = False,
) -> Call[T]:
    return Call(_endpoint(module), arguments, convert, is_send=send)


_PAGE_SIZE = 100


class SmsBySettings(GatewaySettings, total=False):
    """What `connect("smsby", **settings)` takes: SmsBy's own constructor arguments beside the
    settings every vendor has (each also from SMSGATE_SMSBY_<NAME> or the config file)."""

    token: str


class _SmsByOperations(Facade):
    """SMS.by's operations, written once for the sync and the async client."""

    vendor = "smsby"
    default_base_url = "https://app.sms.by/api"

    def __init__(self, token: str, **options: Unpack[ClientOptions]):
        """`token` is the API key from https://app.sms.by/user-api/token. POSTs carry it in
        their body; GETs, where SMS.by takes it only in the query, are redacted in logs."""
        if not token:
            raise InvalidRequestError("the SMS.by token is empty")
        self._token = token
        super().__init__(secrets=[token], **options)

    def _credentials_repr(self) -> str:
        return f"token={masked(self._token)}"

    def _authorize(self, request: dict[str, Any]) -> None:
        if "json" in request:
            request["json"] = {**request["json"], "token": self._token}
        elif request["method"].upper() == "POST" and "files" not in request:
            request["data"] = {**request.get("data", {}), "token": self._token}
        else:
            request["params"] = {**request.get("params", {}), "token": self._token}

    def _check(self, call: Call[Any], response: httpx.Response, parsed: Any) -> None:
        if not isinstance(parsed, _Failure):
            return
        exchange, status = self._exchange, response.status_code
        text = parsed.text or f"HTTP {status}"
        lowered = text.lower()
        if parsed.existing_id is not None:
            fields = exchange.reply_fields(call, response)
            raise DuplicateMessageError(
                exchange.redact(text), existing_id=parsed.existing_id, **fields
            )
        cls: type[ApiError] = ApiError
        if status in (401, 403) or any(word in lowered for word in _AUTH):
            cls = AuthenticationError
        elif status == 404 or any(word in lowered for word in _NOT_FOUND):
            cls = NotFoundError
        elif any(word in lowered for word in _FUNDS) or (
            status == 400 and call.operation == confirm_send_message_by_list.OPERATION_NAME
        ):
            cls = InsufficientFundsError
        elif "limit exceeded" in lowered:
            cls = RateLimitError
        raise exchange.api_error(cls, text, call, response, code=status if status >= 400 else None)

    # Sends.
    @operation
    def send_quick(
        self,
        phone: str | int,
        text: str,
        *,
        alphaname_id: int = 0,
        show_cost: bool = False,
        viber_fallback_id: int | None = None,
        viber_fallback_after: int = 60,
    ) -> Call[Sent]:
        """One SMS to one phone, no template (sendQuickSMS). `viber_fallback_id` resends it
        through that Viber sender if it is not delivered in `viber_fallback_after` minutes."""
        arguments: dict[str, Any] = {
            "phone": normalize_phone(phone),
            "message": _sms_text(text, "the text"),
            "alphaname_id": str(_need_id(alphaname_id, "alphaname_id")),
            "show_cost": 1 if show_cost else generated_types.UNSET,
        }
        if viber_fallback_id is not None:
            if not 5 <= viber_fallback_after <= 60:
                raise InvalidRequestError("viber_fallback_after is 5-60 minutes")
            arguments["body"] = models.ForwardingOptions(
                forwarding_message=1,
                forwarding_time=viber_fallback_after,
                vibername_id=_need_id(viber_fallback_id, "viber_fallback_id"),
            )
        return _call(send_quick_sms, arguments, _sent, send=True)

    @operation
    def send_otp(
        self, phone: str | int, code: str, *, channel: Literal["telegram", "whatsapp"]
    ) -> Call[Sent]:
        """A verification code (digits, at most 16) through Telegram or WhatsApp."""
        if not isinstance(code, str) or not _OTP.fullmatch(code):
            raise InvalidRequestError(f"an OTP code is 1-16 digits, got {code!r}")
        endpoints = {"telegram": send_otp_telegram, "whatsapp": send_otp_whats_app}
        if channel not in endpoints:
            raise InvalidRequestError(f"channel is telegram or whatsapp, got {channel!r}")
        arguments = {"phone": normalize_phone(phone), "message": code}
        return _call(endpoints[channel], arguments, _sent, send=True)

    def _send_bulk(
        self, *mailings: BulkMailing | PersonalMailing, callback_url: str = ""
    ) -> Call[BulkAccepted]:
        """Bulk and personal mailings in one asynchronous call (sendBulkSms); read their
        statuses with `bulk_status` or `wait_for_bulk` using the answered `uuid`."""
        if not mailings:
            raise InvalidRequestError("give at least one mailing")
        body = models.BulkSmsRequest(
            callback_url=callback_url, messages=[_mailing(m) for m in mailings]
        )
        return _call(send_bulk_sms, {"body": body}, _accepted, send=True)

    send_bulk = operation(_send_bulk)

    def _bulk_status(self, uuid: str) -> Call[BulkStatus]:
        """The per-phone statuses of one bulk send."""
        return _call(status_bulk_sms, {"uuid": _need_text(uuid, "uuid")}, _bulk_status(uuid))

    bulk_status = operation(_bulk_status)

    @operation
    def wait_for_bulk(
        self,
        uuid: str,
        *,
        timeout: float = 600.0,
        first_wait: float = 1.0,
        max_wait: float = 30.0,
        viber: bool = False,
    ) -> Steps[BulkStatus]:
        """Poll a bulk send until every delivery is final or `timeout` seconds of waiting
        have passed, doubling the wait from `first_wait` up to `max_wait`. Returns the last
        status, final or not."""
        if min(timeout, first_wait, max_wait) < 0:
            raise InvalidRequestError("waits cannot be negative")
        endpoint = status_bulk_viber if viber else status_bulk_sms
        pauses = poll_waits(first_wait, max_wait, timeout)
        while True:
            status: BulkStatus = yield _call(
                endpoint, {"uuid": _need_text(uuid, "uuid")}, _bulk_status(uuid)
            )
            pause = next(pauses, None)
            if status.is_final or pause is None:
                return status
            yield Sleep(pause)

    @operation
    def create_message(
        self,
        text: str,
        *,
        name: str | None = None,
        alphaname_id: int | None = None,
        schedule_at: datetime | None = None,
        reuse_existing: bool = True,
    ) -> Steps[CreatedMessage]:
        """A template for `send` (createSmsMessage); it must be moderated before it sends.
        SMS.by refuses a second message with the same text and names the first: with
        `reuse_existing` that one is returned (`duplicate=True`) instead of the error."""
        arguments = {
            "message": _sms_text(text, "the text"),
            "name": generated_types.UNSET if name is None else name,
            "alphaname_id": generated_types.UNSET
            if alphaname_id is None
            else _need_id(alphaname_id, "alphaname_id"),
            "time": generated_types.UNSET
            if schedule_at is None
            else _local(schedule_at, _MINUTE_TIME),
        }
        try:
            created: CreatedMessage = yield _call(create_sms_message, arguments, _created)
        except DuplicateMessageError as duplicate:
            if not reuse_existing:
                raise
            return CreatedMessage(duplicate.existing_id, duplicate=True)
        return created

    @operation
    def message_status(self, message_id: int) -> Call[MessageState]:
        """Whether a template is moderated yet (checkSMSMessageStatus)."""
        ident = str(_need_id(message_id, "message_id"))
        return _call(check_sms_message_status, {"message_id": ident}, _message_state)

    @operation
    def send(self, message_id: int, phone: str | int) -> Call[Sent]:
        """Send a moderated template to one phone (sendSMS)."""
        arguments = {
            "message_id": _need_id(message_id, "message_id"),
            "phone": normalize_phone(phone),
        }
        return _call(send_sms, arguments, _sent, send=True)

    @operation
    def sms_times(self, sms_id: int) -> Call[SmsTimes]:
        """When one SMS was sent and delivered (checkSMS); None until reached."""
        return _call(check_sms, {"sms_id": _need_id(sms_id, "sms_id")}, _sms_times)

    def _pages(
        self,
        module: ModuleType,
        arguments: Mapping[str, Any],
        convert: Callable[[Any], list[T]],
        page_size: int,
    ) -> Stream[T]:
        """limit_offset / limit_rows paging: the next page only once this one is used up."""
        if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
            raise InvalidRequestError(f"page_size should be a positive int, got {page_size!r}")
        offset = 0
        while True:
            page: list[T] = yield _call(
                module, {**arguments, "limit_offset": offset, "limit_rows": page_size}, convert
            )
            yield Emit(page)
            if len(page) < page_size:
                return
            offset += len(page)

    @stream
    def messages(self, *, page_size: int = _PAGE_SIZE) -> Stream[Message]:
        """Every template (getMessagesList), fetched a page at a time."""
        return self._pages(get_messages_list, {}, _messages, page_size)

    @stream
    def deliveries(self, message_id: int, *, page_size: int = _PAGE_SIZE) -> Stream[Delivery]:
        """Every phone a template was sent to (getSmsDeliveryList), a page at a time."""
        arguments = {"message_id": _need_id(message_id, "message_id")}
        return self._pages(get_sms_delivery_list, arguments, _deliveries, page_size)

    @operation
    def send_to_list(
        self, list_id: int, text: str, *, name: str, alphaname_id: int = 0, schedule_at: datetime
    ) -> Call[dict[str, Any]]:
        """A mailing to a stored list (sendSmsList); confirm it with `confirm_list_mailing`.
        The reply is undocumented and returned as it came."""
        body = models.SmsListRequest(
            name=_need_text(name, "name"),
            message=_sms_text(text, "the text"),
            d_schedule=_local(schedule_at, _MINUTE_TIME),
            list_id=_need_id(list_id, "list_id"),
            alphaname_id=_need_id(alphaname_id, "alphaname_id"),
        )
        return _call(send_sms_list, {"body": body}, _undocumented)

    @operation
    def confirm_list_mailing(self, message_id: int, *, confirm: bool) -> Call[dict[str, Any]]:
        """confirm=False reads the mailing; confirm=True sends it and charges the balance
        (InsufficientFundsError when it cannot)."""
        body = models.ConfirmListRequest(
            message_id=_need_id(message_id, "message_id"), confirm=1 if confirm else 0
        )
        return _call(confirm_send_message_by_list, {"body": body}, _undocumented, send=confirm)

    @operation
    def mailings(self, kind: Literal["WEB", "API"] | None = None) -> Call[list[Mailing]]:
        """Every WEB and/or API mailing (getSMSMessages)."""
        if kind not in (None, "WEB", "API"):
            raise InvalidRequestError(f"kind is WEB, API or None, got {kind!r}")
        return _call(
            get_sms_messages, {"type_": generated_types.UNSET if kind is None else kind}, _mailings
        )

    # Account.
    def _balance(self) -> Call[Balance]:
        return _call(get_balance, {}, _balance)

    balance = operation(_balance)

    @operation
    def limit(self) -> Call[int]:
        """About how many SMS the balance still pays for (not a rate limit)."""
        return _call(get_limit, {}, _limit)

    @stream
    def bills(self) -> Stream[Bill]:
        """Every invoice, following the Laravel pages."""
        page = 1
        while True:
            # Read inside the call, so that a page that does not parse is a DecodeError.
            bills, last = yield _call(get_bills, {"page": page}, _bills_page)
            yield Emit(bills)
            if not bills or last is None or page >= last:
                return
            page += 1

    @operation
    def create_bill(
        self,
        amount: int,
        *,
        balance: Literal["sms", "viber"] = "sms",
        kind: Literal["subscription", "replenishment"] | None = None,
    ) -> Call[Bill]:
        if isinstance(amount, bool) or not isinstance(amount, int) or amount < 1:
            raise InvalidRequestError(f"amount should be a positive int, got {amount!r}")
        if balance == "viber" and kind is None:
            raise InvalidRequestError("a viber invoice needs kind=subscription or replenishment")
        body = models.BillRequest(
            amount=amount,
            amount_type=balance,
            type_=generated_types.UNSET if kind is None else kind,
        )
        return _call(create_bill, {"body": body}, _created_bill)

    @operation
    def download_bill(self, bill_id: int) -> Call[bytes]:
        """The invoice file (PDF presumably)."""
        return _call(download_bill, {"bill_id": str(_need_id(bill_id, "bill_id"))}, _pdf)

    @operation
    def change_password(self, password: str, new_password: str) -> Call[dict[str, Any]]:
        body = models.PasswordChangeRequest(
            password=_need_text(password, "password"),
            password_new=_need_text(new_password, "new_password"),
            re_password_new=new_password,
        )
        return _call(edit_password, {"body": body}, _undocumented)

    @operation
    def edit_notifications(
        self,
        *,
        mailing: bool | None = None,
        low_balance: int | None = None,
        low_balance_email: bool | None = None,
    ) -> Call[dict[str, Any]]:
        def flag(value: bool | None) -> int | Unset:
            return generated_types.UNSET if value is None else int(value)

        body = models.NotificationSettings(
            can_mailing=flag(mailing),  # type: ignore[arg-type]
            balance=generated_types.UNSET
            if low_balance is None
            else _need_id(low_balance, "low_balance"),
            send_balance_email=flag(low_balance_email),  # type: ignore[arg-type]
        )
        return _call(edit_notification, {"body": body}, _undocumented)

    # Alpha names.
    @operation
    def alphanames(self) -> Call[dict[int, str]]:
        """Sender names by id; 0 is the system sender."""
        return _call(get_alphanames, {}, _name_map)

    def _alphaname_id(self, name: str) -> Call[int]:
        return _call(get_alphaname_id, {"name": _need_text(name, "name")}, _id)

    alphaname_id = operation(_alphaname_id)

    @operation
    def alphaname_categories(self) -> Call[list[Category]]:
        return _call(get_alphaname_category, {}, _categories)

    @operation
    def create_alphaname(
        self,
        name: str,
        *,
        legal_name: str,
        unp: int,
        country_id: int = 1,
        postcode: int | None = None,
        more: Mapping[str, str | int] | None = None,
    ) -> Call[dict[str, Any]]:
        """Apply for a sender name. SMS.by's field list is cut off in every source; pass the
        rest (address, category id) by their SMS.by names in `more`."""
        body = models.AlphanameRequest(
            name=_need_text(name, "name"),
            yur_name=_need_text(legal_name, "legal_name"),
            unp=_need_id(unp, "unp"),
            country_id=_need_id(country_id, "country_id"),
            postcode=generated_types.UNSET if postcode is None else _need_id(postcode, "postcode"),
        )
        body.additional_properties.update(more or {})
        return _call(create_alphaname, {"body": body}, _undocumented)

    # Mailing lists.
    @operation
    def create_list(self, name: str) -> Call[int]:
        return _call(create_subscriber_list, {"name": _need_text(name, "name")}, _list_created)

    @operation
    def import_contacts(
        self, list_id: int, contacts: Sequence[Mapping[str, str]]
    ) -> Call[ImportResult]:
        """Up to 500 contacts (dicts of up to 30 fields, with `phone` or `email`)."""
        if not contacts or len(contacts) > 500:
            raise InvalidRequestError("give 1-500 contacts")
        names = list(dict.fromkeys(key for contact in contacts for key in contact))
        if len(names) > 30 or not {"phone", "email"} & set(names):
            raise InvalidRequestError("contacts need phone or email and at most 30 fields")
        body = models.ImportRequest(
            list_id=_need_id(list_id, "list_id"),
            field_names=names,
            data=[[str(contact.get(n, "")) for n in names] for contact in contacts],
        )
        return _call(import_contacts, {"body": body}, _imported)

    @operation
    def lists(self) -> Call[list[SubscriberList]]:
        return _call(get_subscriber_lists, {}, _lists)

    # Two-factor codes.
    @operation
    def create_password_object(self, kind: CodeType | str, length: int) -> Call[int]:
        """A code generator; returns its id for `send_code`."""
        arguments = self._password_fields(kind, length)
        return _call(create_password_object, arguments, _password_object_id)

    @staticmethod
    def _password_fields(kind: CodeType | str, length: int) -> dict[str, Any]:
        if kind not in CodeType.__members__.values():
            raise InvalidRequestError(f"kind is letters, numbers or both, got {kind!r}")
        if isinstance(length, bool) or not isinstance(length, int) or not 1 <= length <= 16:
            raise InvalidRequestError(f"a code is 1-16 characters long, got {length!r}")
        return {"type_id": str(kind), "len_": length}

    @operation
    def password_objects(self) -> Call[list[PasswordObject]]:
        return _call(get_password_objects, {}, _password_objects)

    @operation
    def password_object(self, object_id: int) -> Call[PasswordObject]:
        return _call(
            get_password_object, {"id": _need_id(object_id, "object_id")}, _one_password_object
        )

    @operation
    def edit_password_object(self, object_id: int, kind: CodeType | str, length: int) -> Call[bool]:
        arguments = {"id": _need_id(object_id, "object_id"), **self._password_fields(kind, length)}
        return _call(edit_password_object, arguments, _done)

    @operation
    def delete_password_object(self, object_id: int) -> Call[bool]:
        return _call(delete_password_object, {"id": _need_id(object_id, "object_id")}, _done)

    @operation
    def send_code(
        self,
        phone: str | int,
        text: str,
        *,
        password_object_id: int,
        alphaname_id: int | None = None,
    ) -> Call[CodeSent]:
        """An SMS whose `%CODE%` SMS.by fills with a fresh code, returned for you to check."""
        if not isinstance(text, str) or "%CODE%" not in text:
            raise InvalidRequestError("the text must contain %CODE%")
        arguments = {
            "message": text,
            "password_object_id": _need_id(password_object_id, "password_object_id"),
            "phone": normalize_phone(phone),
            "alphaname_id": generated_types.UNSET
            if alphaname_id is None
            else _need_id(alphaname_id, "alphaname_id"),
        }
        return _call(send_sms_message_with_code, arguments, _code_sent, send=True)

    # FlashCall.
    @operation
    def flash_call(
        self,
        phone: str | int,
        *,
        code: int | None = None,
        attempts: int | None = None,
        valid_seconds: int | None = None,
    ) -> Call[FlashCall]:
        """Call `phone` from a number ending in the code; SMS.by picks the code if not given."""
        body = models.FlashCallRequest(
            phone=normalize_phone(phone),
            code=generated_types.UNSET if code is None else _need_id(code, "code"),
            attempt=generated_types.UNSET if attempts is None else _need_id(attempts, "attempts"),
            time_valid=generated_types.UNSET
            if valid_seconds is None
            else _need_id(valid_seconds, "valid_seconds"),
        )
        return _call(flash_call, {"body": body}, _flash_call, send=True)

    @operation
    def confirm_flash_call(self, call: FlashCall, code: int | str) -> Call[FlashCallResult]:
        """Check the code the user typed; `confirmed` is False for a wrong one."""
        try:
            typed = _wire.integer(code, "code")
        except WireFormatError as exc:
            raise InvalidRequestError(str(exc)) from None
        body = models.FlashCallConfirmRequest(code=typed, phone=call.phone, fclid=call.fclid)
        return _call(confirm_flash_call, {"body": body}, _flash_result)

    # Viber.
    @operation
    def send_bulk_viber(
        self,
        *mailings: tuple[BulkMailing | PersonalMailing, ViberContent],
        callback_url: str = "",
    ) -> Call[BulkAccepted]:
        """Viber mailings (sendBulkViber): each mailing with its content (text, image or
        button); `alphaname_id` is the Viber sender here. Read them with
        `wait_for_bulk(uuid, viber=True)`."""
        if not mailings:
            raise InvalidRequestError("give at least one mailing")
        messages: list[ViberBulkMailing | ViberPersonalMailing] = []
        for mailing, content in mailings:
            base = _mailing(mailing).to_dict()
            shown = {k: v for k, v in vars(content).items() if v is not None}
            kind = (
                models.ViberBulkMailing
                if isinstance(mailing, BulkMailing)
                else models.ViberPersonalMailing
            )
            messages.append(kind.from_dict({**base, "content": shown}))
        body = models.BulkViberRequest(callback_url=callback_url, messages=messages)
        return _call(send_bulk_viber, {"body": body}, _accepted, send=True)

    @operation
    def send_viber(self, phone: str | int, text: str, *, vibername_id: int) -> Call[int]:
        """One text Viber message (v1 sendQuickViberMessage); returns its viber_id."""
        body = models.QuickViberRequest(
            phone=normalize_phone(phone),
            vibername_id=_need_id(vibername_id, "vibername_id"),
            message=_need_text(text, "the text"),
        )
        return _call(send_quick_viber_message, {"body": body}, _viber_id, send=True)

    @operation
    def send_viber_media(
        self,
        phone: str | int,
        text: str,
        *,
        vibername_id: int,
        image: bytes | None = None,
        image_name: str = "image.jpg",
        button: str | None = None,
        button_link: str | None = None,
    ) -> Call[int]:
        """A Viber message with an image and/or a button (v2, multipart; the token goes in
        the query there, as documented)."""
        kind: Literal["TEXT", "IMAGE", "BUTTON"] = (
            "BUTTON" if button is not None else "IMAGE" if image is not None else "TEXT"
        )
        body = models.QuickViberMediaRequest(
            phone=normalize_phone(phone),
            vibername_id=_need_id(vibername_id, "vibername_id"),
            message=_need_text(text, "the text"),
            type_message=kind,
            image=generated_types.UNSET
            if image is None
            else generated_types.File(payload=io.BytesIO(image), file_name=image_name),
            button=generated_types.UNSET if button is None else button,
            button_link=generated_types.UNSET if button_link is None else button_link,
        )
        return _call(send_quick_viber_media, {"body": body}, _viber_id, send=True)

    @operation
    def send_viber_to_list(
        self,
        list_id: int,
        text: str,
        *,
        name: str,
        vibername_id: int,
        schedule_at: datetime,
        button: str | None = None,
        button_link: str | None = None,
    ) -> Call[int]:
        body = models.ViberListRequest(
            name=_need_text(name, "name"),
            vibername_id=_need_id(vibername_id, "vibername_id"),
            list_id=_need_id(list_id, "list_id"),
            d_schedule=_local(schedule_at, _MINUTE_TIME),
            type_message="BUTTON" if button is not None else "TEXT",
            message=_need_text(text, "the text"),
            button=generated_types.UNSET if button is None else button,
            button_link=generated_types.UNSET if button_link is None else button_link,
        )
        return _call(send_viber_message_list, {"body": body}, _viber_id, send=True)

    @operation
    def viber_messages(self) -> Call[dict[str, Any]]:
        """getViberMessageList; its reply is undocumented and returned as it came."""
        return _call(get_viber_message_list, {}, _undocumented)

    @operation
    def vibernames(self) -> Call[dict[int, str]]:
        return _call(get_vibernames, {}, _name_map)

    @operation
    def create_viber_message(self, text: str, *, vibername_id: int) -> Call[dict[str, Any]]:
        """Legacy: a Viber message for `send_viber_message`; the reply is undocumented."""
        body = models.ViberMessageRequest(
            message=_need_text(text, "the text"),
            vibername_id=_need_id(vibername_id, "vibername_id"),
        )
        return _call(create_viber_message, {"body": body}, _undocumented)

    @operation
    def send_viber_message(self, viber_message_id: int, phone: str | int) -> Call[dict[str, Any]]:
        """Legacy: send a created Viber message; the reply is undocumented."""
        body = models.ViberSendRequest(
            phone=normalize_phone(phone),
            viber_message_id=_need_id(viber_message_id, "viber_message_id"),
        )
        return _call(send_viber_message, {"body": body}, _undocumented, send=True)

    # The neutral interface (smsgate.gateway).
    def _neutral_send(self, outgoing: neutral.Outgoing) -> Steps[list[neutral.SentMessage]]:
        """A bulk send (the one that reports failures and calls back), then its status, for
        the mailing's message id: with the phone, what callbacks and `status` go by."""
        alphaname = 0
        if outgoing.sender is not None:
            alphaname = yield from self._alphaname_id(outgoing.sender)
        digits = [number.removeprefix("+") for number in outgoing.to]
        mailing = BulkMailing("smsgate", outgoing.text, digits, alphaname, outgoing.schedule_at)
        accepted = yield from self._send_bulk(mailing, callback_url=outgoing.callback_url or "")
        try:
            status = yield from self._bulk_status(accepted.uuid)
            message_id = status.mailings[0].message_id
        except (SmsgateError, IndexError) as exc:
            raise OutcomeUnknownError(
                f"SMS.by took bulk send {accepted.uuid} but its message id could not be read;"
                f" do not send again, read it with bulk_status({accepted.uuid!r})",
                vendor=self.vendor,
                operation="sendBulkSms",
            ) from exc
        parts = outgoing.segments.parts  # statusBulkSms does not say
        return [
            neutral.SentMessage(f"{message_id}:{d}", f"+{d}", parts, False, self.vendor)
            for d in digits
        ]

    def _neutral_status(self, message_id: str) -> Steps[neutral.DeliveryReport]:
        ident, _, phone = message_id.partition(":")
        if not (ident.isdigit() and phone.isdigit()):
            raise InvalidRequestError(f"{message_id!r} is not an SMS.by message id from send()")
        listing = self._pages(
            get_sms_delivery_list, {"message_id": int(ident)}, _deliveries, _PAGE_SIZE
        )
        found = yield from first(listing, lambda delivery: delivery.phone == phone)
        if found is None:
            unknown = neutral.DeliveryState.UNKNOWN
            return neutral.DeliveryReport(message_id, f"+{phone}", unknown, "", self.vendor)
        return _neutral_report(message_id, phone, found.status, found.status_raw, found.sent_at)

    def _neutral_balance(self) -> Steps[neutral.Balance]:
        balance = yield from self._balance()
        return neutral.Balance(balance.sms, balance.currency or "XXX", self.vendor)


class SmsBy(_SmsByOperations, SyncFacade):
    """The blocking SMS.by client."""


class AsyncSmsBy(_SmsByOperations, AsyncFacade):
    """The asyncio SMS.by client."""


def parse_bulk_callback(body: bytes | str | Iterable[Any], *, uuid: str = "") -> BulkStatus:
    """Read what SMS.by posts to a bulk send's callback_url (presumed to be the
    statusBulkSms reply; the payload is undocumented). Raises CallbackError if malformed."""
    try:
        items = json.loads(body) if isinstance(body, bytes | str) else list(body)
        if not isinstance(items, list):
            raise WireFormatError("the callback should be a JSON array of mailings")
        mailings = [models.BulkMailingStatus.from_dict(item) for item in items]
        return _bulk_status(uuid)(mailings)
    except PARSE_FAILURES as exc:
        raise CallbackError(f"malformed callback: {exc}", vendor="smsby") from None


NEUTRAL_STATES: dict[str, neutral.DeliveryState] = {
    "NEW": neutral.DeliveryState.QUEUED,
    "SENT": neutral.DeliveryState.SENT,
    "DELIVERED": neutral.DeliveryState.DELIVERED,
    "UNDELIVERED": neutral.DeliveryState.FAILED,
    "EXPIRED": neutral.DeliveryState.EXPIRED,
    "REJECTED": neutral.DeliveryState.REJECTED,
    "ERROR": neutral.DeliveryState.FAILED,
}
"""By the upper-case name: a delivery list says "undelivered", a bulk status "UNDELIVERED"."""


def _neutral_report(
    message_id: str, phone: str, status: StrEnum, status_raw: str, at: datetime | None
) -> neutral.DeliveryReport:
    state = NEUTRAL_STATES.get(status.name, neutral.DeliveryState.UNKNOWN)
    error = status_raw if state.is_failure else None
    return neutral.DeliveryReport(message_id, f"+{phone}", state, status_raw, "smsby", at, error)


def read_delivery_callback(
    request: CallbackRequest, secret: str | None
) -> list[neutral.DeliveryReport]:
    """smsgate.callbacks' reader: a bulk send's statuses, posted to its callback_url. SMS.by
    signs nothing, but the URL is yours: with a secret, it must carry `key=<secret>`."""
    if secret:
        given = request.query.get("key", "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            raise CallbackError(
                "the callback URL's key does not match", reason="forged", vendor="smsby"
            )
    status = parse_bulk_callback(request.body)
    return [
        _neutral_report(
            f"{mailing.message_id}:{delivery.phone}",
            delivery.phone,
            delivery.status,
            delivery.status_raw,
            delivery.status_time,
        )
        for mailing in status.mailings
        for delivery in mailing.deliveries
    ]


if not TYPE_CHECKING:  # hidden from type checkers, which would type unknown names by it

    def __getattr__(name: str) -> object:
        """MINSK is made on first use (_wire.zone), not when the module is imported."""
        if name == "MINSK":
            return _minsk()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
