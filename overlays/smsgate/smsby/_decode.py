"""SMS.by's wire, read: its loose values into one Python type each, and the generated reply
models into results (_results). Its error object is read in _errors.

Every reader raises WireFormatError, which the facade reports as a DecodeError carrying the
raw body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, tzinfo
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from smsgate_smsby_client import types as generated_types

from .. import _wire
from .._calls import WireFormatError
from ._results import (
    Bill,
    BulkAccepted,
    BulkDelivery,
    BulkMailingStatus,
    BulkStatus,
    Category,
    CodeSent,
    CodeType,
    CreatedMessage,
    Delivery,
    DeliveryStatus,
    FlashCall,
    FlashCallResult,
    ImportResult,
    Mailing,
    Message,
    MessageState,
    PasswordObject,
    SendStatus,
    Sent,
    SmsByBalance,
    SmsTimes,
    SubscriberList,
    TemplateStatus,
)

if TYPE_CHECKING:  # at run time as models.X and generated_types.X, loaded on first use
    from smsgate_smsby_client.models import (
        AnyReply,
        BalanceReply,
        BillReply,
        BillsReply,
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
        ViberQueuedReply,
    )
    from smsgate_smsby_client.models import Bill as GeneratedBill
    from smsgate_smsby_client.models import BulkAccepted as GeneratedAccepted
    from smsgate_smsby_client.models import BulkMailingStatus as GeneratedMailingStatus
    from smsgate_smsby_client.models import CodeSent as GeneratedCodeSent
    from smsgate_smsby_client.models import CreatedMessage as GeneratedCreated
    from smsgate_smsby_client.models import Mailing as GeneratedListing
    from smsgate_smsby_client.models import PasswordObject as GeneratedPasswordObject
    from smsgate_smsby_client.types import File

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)

_MONEY = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_LOCAL = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?")


def minsk() -> tzinfo:
    """SMS.by's local times carry no zone; Minsk time is presumed (unconfirmed by SMS.by).
    Made on first use (`_wire.zone`), not on import."""
    return _wire.zone("Europe/Minsk", "Europe/Minsk", 3)


# Readers for SMS.by's drifting values; each raises WireFormatError (a DecodeError later).
def _optional(value: Any) -> bool:
    return isinstance(value, generated_types.Unset) or value is None


def _int(value: Any, what: str) -> int | None:
    return None if _optional(value) else _wire.integer(value, what)


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
            return isoparse(value).replace(tzinfo=minsk())
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
def sent(reply: QuickSent | SmsQueued) -> Sent:
    status, status_raw = _status(SendStatus, reply.status, "status")
    return Sent(
        sms_id=_wire.integer(reply.sms_id, "sms_id"),
        status=status,
        status_raw=status_raw,
        parts=_int(getattr(reply, "parts", generated_types.UNSET), "parts"),
        cost=_money(getattr(reply, "cost", generated_types.UNSET), "cost"),
        raw=_dict(reply),
    )


def mailing_status(item: GeneratedMailingStatus) -> BulkMailingStatus:
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


def bulk_status(uuid: str) -> Callable[[list[GeneratedMailingStatus]], BulkStatus]:
    def convert(reply: list[GeneratedMailingStatus]) -> BulkStatus:
        if not isinstance(reply, list):
            raise WireFormatError("statusBulkSms should answer a list of mailings")
        return BulkStatus(uuid, tuple(mailing_status(item) for item in reply))

    return convert


def accepted(reply: GeneratedAccepted) -> BulkAccepted:
    return BulkAccepted(_wire.text(reply.uuid, "uuid"), _wire.text(reply.success, "success"))


def created(reply: GeneratedCreated | list[GeneratedCreated]) -> CreatedMessage:
    message: Any = _one(reply, "createSmsMessage")
    return CreatedMessage(
        message_id=_wire.integer(message.message_id, "message_id"),
        parts=_int(message.parts, "parts"),
        length=_int(message.len_, "len"),
        alphaname=_text(message.alphaname, "alphaname"),
        scheduled_at=_time(message.time, "time"),
        raw=_dict(message),
    )


def message_state(reply: MessageStatus) -> MessageState:
    status, status_raw = _status(TemplateStatus, reply.status, "status")
    return MessageState(
        status,
        status_raw,
        _int(reply.parts, "parts"),
        _text(reply.alphaname, "alphaname"),
        _dict(reply),
    )


def sms_times(reply: SmsCheck) -> SmsTimes:
    return SmsTimes(
        sms_id=_wire.integer(reply.sms_id, "sms_id"),
        sent_at=_time(reply.sent, "sent"),
        delivered_at=_time(reply.delivered, "delivered"),
        raw=_dict(reply),
    )


def messages(reply: MessagesPage) -> list[Message]:
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


def deliveries(reply: DeliveryPage) -> list[Delivery]:
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


def listing(item: GeneratedListing) -> Mailing:
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


def mailings(reply: MailingsReply) -> list[Mailing]:
    return [listing(item) for item in reply.data]


def balance(reply: BalanceReply) -> SmsByBalance:
    balance = _one(reply.result, "getBalance result")
    sms = _money(balance.balance, "balance")
    if sms is None:
        raise WireFormatError("the balance reply has no balance")
    return SmsByBalance(
        sms,
        _money(balance.viber_balance, "viber_balance"),
        _text(reply.currency, "currency"),
        _dict(reply),
    )


def limit(reply: LimitReply) -> int:
    return _wire.integer(reply.limit, "limit")


def _number(value: Any) -> str | None:
    return None if _optional(value) else str(value)


def bill(item: GeneratedBill) -> Bill:
    return Bill(
        id=_wire.integer(item.id, "id"),
        amount=_money(item.amount, "amount"),
        created_at=_time(item.d_create, "d_create"),
        paid_at=_time(item.d_payment, "d_payment"),
        type=_text(item.type_, "type"),
        number=_number(item.number),
        raw=_dict(item),
    )


class BillPage(list[Bill]):
    """One Laravel page of invoices, with the number of the last page (None if not said)."""

    def __init__(self, bills: Sequence[Bill], last_page: int | None):
        super().__init__(bills)
        self.last_page = last_page


def bill_page(reply: BillsReply) -> BillPage:
    """Read inside the call, so that a page that does not parse is a DecodeError."""
    return BillPage(
        [bill(item) for item in reply.data.data], _int(reply.data.last_page, "last_page")
    )


def more_bills(page: int, bills: Sequence[Bill]) -> bool:
    """Whether a page follows this one: not after an empty page or the last one SMS.by names."""
    last = bills.last_page if isinstance(bills, BillPage) else None
    return bool(bills) and last is not None and page < last


def created_bill(reply: BillReply) -> Bill:
    return bill(reply.data)


def categories(reply: CategoriesReply) -> list[Category]:
    return [Category(_wire.integer(c.id, "id"), _wire.text(c.name, "name")) for c in reply.result]


def name_map(reply: NameMap) -> dict[int, str]:
    return {
        _wire.integer(key, "id"): _wire.text(name, "name")
        for key, name in reply.additional_properties.items()
    }


def ident(reply: IdReply) -> int:
    return _wire.integer(reply.id, "id")


def list_created(reply: ListCreatedReply) -> int:
    return _wire.integer(reply.result.list_id, "list_id")


def lists(reply: ListsReply) -> list[SubscriberList]:
    lists = []
    for item in reply.result:
        ident = item.list_id if not _optional(item.list_id) else item.id
        lists.append(SubscriberList(_wire.integer(ident, "list_id"), _wire.text(item.name, "name")))
    return lists


def imported(reply: ImportReply) -> ImportResult:
    result = reply.result
    log = [] if isinstance(result.log, generated_types.Unset) else result.log
    return ImportResult(
        inserted=_wire.integer(result.inserted, "inserted"),
        updated=_wire.integer(result.updated, "updated"),
        invalid=_wire.integer(result.invalid, "invalid"),
        log=tuple((_wire.integer(e.index, "index"), e.error_message) for e in log),
    )


def password_object(item: GeneratedPasswordObject) -> PasswordObject:
    raw = _wire.text(item.type_id, "type_id")
    return PasswordObject(
        id=_wire.integer(item.id, "id"),
        kind=CodeType(raw) if raw in CodeType.__members__.values() else None,
        kind_raw=raw,
        length=_wire.integer(item.len_, "len"),
        created_at=_time(item.d_create, "d_create"),
    )


def password_objects(reply: PasswordObjectsReply) -> list[PasswordObject]:
    return [password_object(item) for item in reply.result]


def one_password_object(reply: PasswordObjectReply) -> PasswordObject:
    return password_object(reply.result)


def password_object_id(reply: PasswordObjectCreated) -> int:
    return _wire.integer(reply.result.password_object_id, "password_object_id")


def done(reply: ResultFlag) -> bool:
    """`{"result": "1"}` (a string) or 1: true when SMS.by says it did it."""
    return _wire.integer(reply.result, "result") == 1


def code_sent(reply: GeneratedCodeSent | list[GeneratedCodeSent]) -> CodeSent:
    sent: Any = _one(reply, "sendSmsMessageWithCode")
    return CodeSent(
        sms_id=_wire.integer(sent.sms_id, "sms_id"),
        code=_wire.text(sent.code, "code"),
        parts=_int(sent.parts, "parts"),
        raw=_dict(sent),
    )


def flash_call(reply: FlashCallReply) -> FlashCall:
    data = reply.data
    return FlashCall(
        fclid=_wire.text(data.fclid, "fclid"),
        code=_wire.digits(data.code, "code"),
        phone=_wire.digits(data.phone, "phone"),
        valid_seconds=_int(data.time_valid, "time_valid"),
        attempts=_int(data.attempt, "attempt"),
    )


def flash_result(reply: FlashCallConfirmReply) -> FlashCallResult:
    data = None if isinstance(reply.data, generated_types.Unset) else reply.data
    return FlashCallResult(
        confirmed=_wire.text(reply.status, "status").lower() == "success",
        message=_text(reply.message, "message"),
        activated_at=None if data is None else _time(data.activated_at, "activated_at"),
        raw=_dict(reply),
    )


def viber_id(reply: ViberQueuedReply) -> int:
    return _wire.integer(reply.result.viber_id, "viber_id")


def undocumented(reply: AnyReply) -> dict[str, Any]:
    """A reply whose shape SMS.by does not document, as the JSON object it is."""
    return _dict(reply)


def pdf(reply: File) -> bytes:
    return reply.payload.read()
