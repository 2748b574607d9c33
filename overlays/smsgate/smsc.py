"""SMSC (smsc.ru / smscentre.com): sends, statuses, balance, contacts, sender names, history,
mailings and operator lookup.

    from smsgate.smsc import Smsc

    with Smsc("login", "password") as smsc:
        sent = smsc.send("79991234567", "Hello")
        status = smsc.status(sent.id, "79991234567")

`AsyncSmsc` has the same methods as coroutines (listings as async iterators). SMSC answers
in the format chosen per request by `fmt` (0 text, 1 comma-separated, 2 XML, 3 JSON) and
reports errors with HTTP 200 in each of them; every format decodes here to the same typed
result and the same typed error (`SmscApiError` and its subclasses). The default is fmt=3
with charset=utf-8.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import io
import json
import re
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from decimal import Decimal, InvalidOperation
from enum import IntEnum
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack, get_type_hints

import httpx
from smsgate_smsc_client.api.balance import get_balance
from smsgate_smsc_client.api.contacts import (
    phones_add,
    phones_add_black,
    phones_add_group,
    phones_chg,
    phones_chg_group,
    phones_del,
    phones_del_black,
    phones_del_group,
    phones_get,
    phones_get_black,
    phones_get_group,
    phones_move_group,
)
from smsgate_smsc_client.api.data import (
    get_answers,
    get_messages,
    get_price_list,
    get_stat,
    info_get_operator,
)
from smsgate_smsc_client.api.jobs import jobs_add, jobs_cancel, jobs_del, jobs_get, jobs_get_all
from smsgate_smsc_client.api.mail_contacts import (
    mails_add,
    mails_add_black,
    mails_add_group,
    mails_chg,
    mails_chg_group,
    mails_del,
    mails_del_black,
    mails_del_group,
    mails_get,
    mails_get_black,
    mails_get_group,
    mails_move_group,
)
from smsgate_smsc_client.api.misc import (
    op_templates_add,
    op_templates_get,
    receive_phones_buy,
    receive_phones_chg,
    receive_phones_get,
    templates_add,
    templates_chg,
    templates_del,
    templates_get,
    tinyurls_get,
)
from smsgate_smsc_client.api.misc import ping as ping_script
from smsgate_smsc_client.api.misc import wait_call as wait_call_script
from smsgate_smsc_client.api.send import get_price, send_list
from smsgate_smsc_client.api.send import send as send_message
from smsgate_smsc_client.api.senders import (
    senders_add,
    senders_check_code,
    senders_del,
    senders_get,
    senders_send_code,
)
from smsgate_smsc_client.api.status import delete_message, get_status
from smsgate_smsc_client.api.users import (
    documents_add_account,
    documents_get_account,
    documents_get_act,
    users_add,
    users_chg,
    users_get_stat,
    users_get_stat_all,
    users_pay,
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
    Steps,
    Stream,
    SyncFacade,
    operation,
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
    RateLimitError,
)

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = [
    "HOSTS",
    "MOSCOW",
    "Answer",
    "AsyncSmsc",
    "Balance",
    "BlackListEntry",
    "Contact",
    "DeliveryError",
    "Format",
    "Group",
    "HistoryMessage",
    "InboundCallback",
    "Job",
    "MessageDetails",
    "MessageStatus",
    "OperatorInfo",
    "Price",
    "SendResult",
    "Smsc",
    "SmscApiError",
    "SmscAuthenticationError",
    "SmscInsufficientFundsError",
    "SmscRateLimitError",
    "SmscSettings",
    "Status",
    "StatusCallback",
    "Tariff",
    "callback_hash",
    "parse_callback",
    "read_delivery_callback",
]

T = TypeVar("T")
MOSCOW: tzinfo
"""SMSC's dates carry no zone; Moscow time is documented by clients (the account's zone is
*unconfirmed* as an alternative).
Made on first use (the module's __getattr__, `_wire.zone`), not on import."""


def _moscow() -> tzinfo:
    return _wire.zone("Europe/Moscow", "MSK", 3)


HOSTS = tuple(f"https://{h}smsc.ru" for h in ("", "www2.", "www3.", "www4.", "www5."))
"""The main host and the backups the official libraries fall back to."""
RATE_LIMIT_WAIT = 60.0
"""SMSC's limits are per minute: a minute is the honest hint after error 9 or 4."""
MAX_PAGE = 1000
Charset = Literal["utf-8", "windows-1251", "koi8-r"]
Book = Literal["phones", "mails"]


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

# Error meanings by script (specs/smsc.yaml ErrorCode): the typed error's `text` is the same
# whichever format the reply came in, since fmt=1 (`0,-N`) carries no description.
_COMMON_ERRORS = {
    1: "parameter error",
    2: "wrong login or password, or IP not allowed",
    4: "IP temporarily blocked after frequent errors",
    9: "too many identical requests, or too fast",
}
_SCRIPT_ERRORS: dict[str, dict[int, str]] = {
    "send": {
        3: "insufficient funds",
        5: "wrong date format",
        6: "message prohibited (text or sender)",
        7: "wrong phone number format",
        8: "message cannot be delivered to this number",
    },
    "status": {3: "message not found", 5: "error deleting the message"},
    "phones": {3: "record not found", 5: "save error"},
    "senders": {3: "record not found", 5: "save error"},
    "jobs": {3: "error saving the record", 5: "wrong date format"},
    "info": {3: "operator not found"},
}
_SEND_ERRORS_WITH_ID = frozenset({3, 6, 7, 8})


class SmscApiError(ApiError):
    """An SMSC error reply, whatever its format: `code`, `text` (the documented meaning of the
    code for this script) and, for send errors 3, 6, 7 and 8, the `message_id` it carries."""

    text: str = ""
    message_id: str | None = None


class SmscAuthenticationError(SmscApiError, AuthenticationError):
    """Error 2: wrong login, password or API key, or a request from an IP not allowed."""


class SmscRateLimitError(SmscApiError, RateLimitError):
    """Error 9 (too many identical requests, or too fast) or 4 (IP blocked for a while).

    Never retried by smsgate: after a send, a repeat within the minute is SMSC's duplicate
    guard, and SMSC's `id` is a label, not an idempotency key."""


class SmscInsufficientFundsError(SmscApiError, InsufficientFundsError):
    """Send error 3; the message id SMSC assigned is in `message_id`."""


# Replies as the four formats share them: a record of text fields, a list of records, the bare
# "OK" of change and delete commands, or an error.
Record = dict[str, str]


@dataclass(frozen=True)
class _Failure:
    code: int
    said: str
    message_id: str | None


OK = "OK"
Decoded = Record | list[Record] | str | _Failure


@dataclass(frozen=True)
class Shape:
    """What one command answers, so that all four formats decode to the same records.

    `fields` is the order of the comma-separated fields (fmt=1) and the keys of the
    `key = value` text (fmt=0); `line` is the one-line text form some commands use at fmt=0
    instead (`OK - 1 SMS, ID - 5`), with named groups; `labels` renames fmt=0 keys."""

    fields: tuple[str, ...] = ()
    many: bool = False
    line: re.Pattern[str] | None = None
    labels: Mapping[str, str] = field(default_factory=dict)
    empty_on: frozenset[int] = frozenset()
    """Error codes that mean "no records" for a listing (phones.php answers 3)."""
    positional: bool = True
    """False when SMSC documents no field order, so that fmt=1 cannot be read."""
    free_text: bool = False
    """True for a list whose fields hold free text (names, comments, messages): SMSC joins
    fmt=1 fields with commas and lines with newlines, never quoted, so a comma or newline in
    such a field cannot be told from a separator, and fmt=1 is refused rather than misread."""


_TEXT_ERROR = re.compile(r"ERROR = (?P<code>[0-9]+) \((?P<said>.*)\)(?:, ID - (?P<id>.+))?")
_CSV_ERROR = re.compile(r"(?P<id>[^,\s]*),-(?P<code>[0-9]+)")


def _decode(body: bytes, fmt: Format, charset: str, shape: Shape) -> Decoded:
    text = body.decode(charset)
    if text.strip() == OK:
        return OK
    decoded = _DECODERS[fmt](text, shape)
    if isinstance(decoded, _Failure) and decoded.code in shape.empty_on:
        return []
    return decoded


def _json(text: str, shape: Shape) -> Decoded:
    value = json.loads(text)
    if isinstance(value, dict) and "error_code" in value:
        return _failure(value.get("error_code"), value.get("error"), value.get("id"))
    if shape.many:
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise WireFormatError("a list was expected")
        return [_flat(v) for v in value]
    if not isinstance(value, dict):
        raise WireFormatError("an object was expected")
    return _flat(value)


def _flat(item: Mapping[str, Any]) -> Record:
    """JSON scalars as the text the other formats carry; nested values are not read."""
    return {
        key: value if isinstance(value, str) else json.dumps(value)
        for key, value in item.items()
        if isinstance(value, str | int | float) and not isinstance(value, bool)
    }


def _xml(text: str, shape: Shape) -> Decoded:
    # Imported for the first XML reply (fmt=2), not with the module.
    from xml.etree.ElementTree import ParseError

    from defusedxml.ElementTree import fromstring as parse_xml

    try:
        root = parse_xml(text, forbid_dtd=True)
    except ParseError as exc:  # a SyntaxError, which the core would not read as a bad reply
        raise WireFormatError(f"not XML: {exc}") from None
    fields = _children(root)
    if "error_code" in fields:
        return _failure(fields["error_code"], fields.get("error"), fields.get("id"))
    if shape.many:
        return [_children(item) for item in root]
    if not len(root):  # <result>OK</result>, <balance>15.00</balance>
        value = (root.text or "").strip()
        return OK if value == OK and root.tag == "result" else {root.tag: value}
    return fields


def _children(element: Element) -> Record:
    return {child.tag: (child.text or "").strip() for child in element if not len(child)}


def _csv(text: str, shape: Shape) -> Decoded:
    stripped = text.strip()
    error = _CSV_ERROR.fullmatch(stripped)
    if error:
        return _failure(error["code"], None, error["id"] if error["id"] not in ("", "0") else None)
    if not shape.fields:
        raise WireFormatError("this reply's comma-separated fields are not documented")
    import csv  # for the first CSV reply (fmt=1), not with the module

    try:
        reader = csv.reader(io.StringIO(stripped))
        rows = [dict(zip(shape.fields, row, strict=False)) for row in reader]
    except csv.Error as exc:  # not a ValueError, which the core would not read as a bad reply
        raise WireFormatError(f"not comma-separated values: {exc}") from None
    return _one_or_many(rows, shape)


def _text(text: str, shape: Shape) -> Decoded:
    stripped = text.strip("\r\n")
    error = _TEXT_ERROR.fullmatch(stripped)
    if error:
        return _failure(error["code"], error["said"], error["id"])
    lines = [line for line in stripped.splitlines() if line.strip()]
    if shape.line is None:
        return _one_or_many([_pairs(record, shape) for record in _records_of(lines, shape)], shape)
    rows = []
    for line in lines:
        match = shape.line.fullmatch(line.strip())
        if match is None:
            raise WireFormatError(f"unexpected text {line!r}")
        rows.append({k: v for k, v in match.groupdict().items() if v is not None})
    return _one_or_many(rows, shape)


def _records_of(lines: list[str], shape: Shape) -> list[str]:
    """`key = value` records, one per line; a line that starts with no key continues the
    value before it (a message text with a line break)."""
    keys = tuple({**{f: f for f in shape.fields}, **shape.labels}) if shape.fields else ()
    starts = re.compile(rf"(?:{'|'.join(map(re.escape, keys)) if keys else '[A-Za-z_]+'}) =")
    records: list[str] = []
    for line in lines:
        if records and not starts.match(line):
            records[-1] += "\n" + line
        else:
            records.append(line)
    return records


@functools.cache
def _pair_splitter(keys: tuple[str, ...]) -> re.Pattern[str]:
    """Splits `a = 1, b = x, y` at the commas that start a known key, so values may hold ", "."""
    key = "|".join(map(re.escape, keys)) if keys else r"[A-Za-z_][A-Za-z0-9_]*"
    return re.compile(rf", (?=(?:{key}) =(?: |$))")


_PAIR = re.compile(r"(?P<key>[^=]+?) =(?: (?P<value>.*))?", re.DOTALL)


def _pairs(line: str, shape: Shape) -> Record:
    labels = {**{f: f for f in shape.fields}, **shape.labels}
    record: Record = {}
    for pair in _pair_splitter(tuple(labels) if shape.fields else ()).split(line):
        match = _PAIR.fullmatch(pair)
        if match is None:
            raise WireFormatError(f"unexpected text {pair!r}")
        record[labels.get(match["key"], match["key"])] = match["value"] or ""
    return record


def _one_or_many(rows: list[Record], shape: Shape) -> Decoded:
    if shape.many:
        return rows
    if len(rows) != 1:
        raise WireFormatError(f"one record was expected, got {len(rows)}")
    return rows[0]


def _failure(code: Any, said: Any, message_id: Any) -> _Failure:
    if not isinstance(code, int | str) or not str(code).lstrip("-").isdigit():
        raise WireFormatError(f"error_code should be an integer, got {code!r}")
    return _Failure(
        abs(int(code)),
        said if isinstance(said, str) else "",
        None if message_id in (None, "") else str(message_id),
    )


_DECODERS: dict[Format, Callable[[str, Shape], Decoded]] = {
    Format.TEXT: _text,
    Format.CSV: _csv,
    Format.XML: _xml,
    Format.JSON: _json,
}


# Typed results. Each carries only what every format carries, so that equal state reads equal.
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
class Balance:
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


# Strict readers of record fields.
def _get(record: Record, key: str) -> str:
    try:
        return record[key]
    except KeyError:
        raise WireFormatError(f"the reply has no {key!r}") from None


def _int(record: Record, key: str) -> int:
    value = _get(record, key)
    try:
        return int(value)
    except ValueError:
        raise WireFormatError(f"{key} should be an integer, got {value!r}") from None


def _opt_int(record: Record, key: str) -> int | None:
    return _int(record, key) if record.get(key) else None


def _money(record: Record, key: str) -> Decimal | None:
    value = record.get(key)
    if not value:
        return None
    try:
        return _wire.finite(Decimal(value), key)
    except InvalidOperation:
        raise WireFormatError(f"{key} should be an amount, got {value!r}") from None


def _amount(record: Record, key: str) -> Decimal:
    amount = _money(record, key)
    if amount is None:
        raise WireFormatError(f"the reply has no {key!r}")
    return amount


_SMSC_DATE = re.compile(r"[0-9]{2}\.[0-9]{2}\.[0-9]{4}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?")


def _when(record: Record, date_key: str, timestamp_key: str | None = None) -> datetime | None:
    """A moment from Unix seconds when the reply has them, else from `DD.MM.YYYY hh:mm:ss`
    Moscow time; None for an empty or zero value (not yet happened)."""
    if timestamp_key and record.get(timestamp_key) not in (None, "", "0"):
        return datetime.fromtimestamp(_int(record, timestamp_key), _moscow())
    value = record.get(date_key)
    if not value:
        return None
    if not _SMSC_DATE.fullmatch(value):
        raise WireFormatError(f"{date_key} should be DD.MM.YYYY hh:mm:ss, got {value!r}")
    from dateutil import parser as date_parser  # imported on the first date read

    try:
        parsed: datetime = date_parser.parse(value, dayfirst=True)
    except (ValueError, OverflowError):
        raise WireFormatError(f"{date_key} is not a real date: {value!r}") from None
    return parsed.replace(tzinfo=_moscow())


def _day(record: Record, key: str) -> date | None:
    moment = _when(record, key)
    return moment.date() if moment else None


def _records(decoded: Any) -> list[Record]:
    if not isinstance(decoded, list):
        raise WireFormatError("a list was expected")
    return decoded


def _record(decoded: Any) -> Record:
    if not isinstance(decoded, dict):
        raise WireFormatError("a record was expected")
    return decoded


def _done(decoded: Any) -> None:
    if decoded != OK:
        raise WireFormatError("a bare OK was expected")


def _many(convert: Callable[[Record], T]) -> Callable[[Any], list[T]]:
    return lambda decoded: [convert(r) for r in _records(decoded)]


def _one(convert: Callable[[Record], T]) -> Callable[[Any], T]:
    return lambda decoded: convert(_record(decoded))


def _send_result(r: Record) -> SendResult:
    return SendResult(
        _get(r, "id"), _int(r, "cnt"), _money(r, "cost"), _money(r, "balance"), r.get("code")
    )


def _status(id_: str | None, phone: str | None) -> Callable[[Record], Status]:
    def convert(r: Record) -> Status:
        return Status(
            id_ if id_ is not None else _get(r, "id"),
            phone if phone is not None else _get(r, "phone"),
            MessageStatus(_int(r, "status")),
            _when(r, "last_date", "last_timestamp"),
            DeliveryError(_opt_int(r, "err") or 0),
        )

    return convert


def _contact(address_key: str) -> Callable[[Record], Contact]:
    def convert(r: Record) -> Contact:
        groups = r.get("group", "")
        try:
            group_ids = tuple(int(g) for g in groups.split(",") if g.strip())
        except ValueError:
            raise WireFormatError(f"group should list ids, got {groups!r}") from None
        return Contact(
            _opt_int(r, "int_id"),
            r.get(address_key, ""),
            r.get("name", ""),
            group_ids,
            r.get("first_name", ""),
            r.get("last_name", ""),
            r.get("middle_name", ""),
            _day(r, "birthday"),
            r.get("id", ""),
            r.get("comments", ""),
            r.get("tags", ""),
            r.get("phone_other", ""),
        )

    return convert


def _group(r: Record) -> Group:
    return Group(_int(r, "id"), r.get("name", ""), _opt_int(r, "number"))


def _black_entry(address_key: str) -> Callable[[Record], BlackListEntry]:
    def convert(r: Record) -> BlackListEntry:
        return BlackListEntry(
            _int(r, "id"), r.get(address_key, ""), _opt_int(r, "type") or 0, r.get("cmt", "")
        )

    return convert


def _history(r: Record) -> HistoryMessage:
    return HistoryMessage(
        _int(r, "int_id"),
        r.get("id", ""),
        r.get("phone", ""),
        MessageStatus(_int(r, "status")),
        DeliveryError(_opt_int(r, "err") or 0),
        _when(r, "send_date", "send_timestamp"),
        _when(r, "last_date", "last_timestamp"),
        _money(r, "cost"),
        r.get("sender_id", ""),
        _opt_int(r, "sms_cnt") or 0,
        _opt_int(r, "type") or 0,
        r.get("message", ""),
    )


def _answer(r: Record) -> Answer:
    return Answer(
        _int(r, "id"),
        r.get("phone", ""),
        r.get("to_phone", ""),
        _when(r, "sent"),
        r.get("message", ""),
    )


def _tariff(r: Record) -> Tariff:
    return Tariff(r.get("zone", ""), r.get("name", ""), _money(r, "api"), _money(r, "mass"))


def _job(r: Record) -> Job:
    return Job(
        _int(r, "id"),
        r.get("name", ""),
        _opt_int(r, "status"),
        _when(r, "start_date"),
        _opt_int(r, "cnt"),
    )


def _operator(r: Record) -> OperatorInfo:
    keys = ("phone", "country", "operator", "region", "mcc", "mnc")
    return OperatorInfo(*(r.get(k, "") for k in keys))


# The commands and what they answer.
def _line(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_MONEY = r"-?[0-9]+(?:\.[0-9]+)?"
SEND_SHAPE = Shape(
    ("id", "cnt", "cost", "balance"),
    line=_line(
        rf"OK - (?P<cnt>[0-9]+) SMS, ID - (?P<id>[^,]+)(?:, COST - (?P<cost>{_MONEY}))?"
        rf"(?:, BALANCE - (?P<balance>{_MONEY}))?(?:, CODE - (?P<code>[0-9]+))?"
    ),
)
PRICE_SHAPE = Shape(("cost", "cnt"), line=_line(rf"(?P<cost>{_MONEY}) \((?P<cnt>[0-9]+) SMS\)"))
STATUS_FIELDS = ("status", "last_timestamp", "err")
STATUS_LABELS = {"Status": "status", "check_time": "last_date"}
STATUS_SHAPE = Shape(STATUS_FIELDS, labels=STATUS_LABELS)
STATUSES_SHAPE = Shape((*STATUS_FIELDS, "id", "phone"), many=True, labels=STATUS_LABELS)
DETAILS_SHAPE = Shape(
    (
        *STATUS_FIELDS,
        "send_date",
        "send_timestamp",
        "phone",
        "cost",
        "sender_id",
        "status_name",
        "message",
        "comment",
        "type",
        "country",
        "operator",
        "region",
    ),
    labels=STATUS_LABELS,
    positional=False,
)
"""status.php at all=1/2. Not read at fmt=1: the text may hold commas, and newer servers add
fields after it (reference, gotcha 6); fmt=0 splits only where a known key follows."""
DONE_SHAPE = Shape()
BALANCE_SHAPE = Shape(
    ("balance", "currency"),
    line=_line(rf"(?P<balance>{_MONEY})(?:, ?(?P<currency>[A-Z]{{3}}))?"),
)
CREATED_SHAPE = Shape(("id",), line=_line(r"ID = (?P<id>[0-9]+)"))
SENDER_CREATED_SHAPE = Shape(("sender",), line=_line(r"ID = (?P<sender>[0-9]+)"))
JOB_CREATED_SHAPE = Shape(
    ("id", "cost"), line=_line(rf"OK, ID - (?P<id>[0-9]+)(?:, COST - (?P<cost>{_MONEY}))?")
)
CONTACT_FIELDS = (
    "int_id",
    "{address}",
    "name",
    "group",
    "first_name",
    "last_name",
    "middle_name",
    "birthday",
    "id",
    "comments",
    "tags",
    "phone_other",
)
GROUP_SHAPE = Shape(("id", "name", "number"), many=True, empty_on=frozenset({3}), free_text=True)
SENDERS_SHAPE = Shape(("sender",), many=True, empty_on=frozenset({3}))
HISTORY_SHAPE = Shape(
    (
        "int_id",
        "id",
        "phone",
        "status",
        "err",
        "last_timestamp",
        "send_timestamp",
        "cost",
        "sender_id",
        "sms_cnt",
        "type",
        "message",
    ),
    many=True,
    empty_on=frozenset({3}),
    free_text=True,
)
ANSWERS_SHAPE = Shape(
    ("id", "phone", "to_phone", "sent", "message"),
    many=True,
    empty_on=frozenset({3}),
    free_text=True,
)
TARIFFS_SHAPE = Shape(("zone", "name", "api", "mass"), many=True)
JOBS_SHAPE = Shape(
    ("id", "name", "status", "start_date", "cnt"), many=True, empty_on=frozenset({3})
)
OPERATOR_SHAPE = Shape(("phone", "country", "operator", "region", "mcc", "mnc"))
ROWS_SHAPE = Shape(many=True, empty_on=frozenset({3}), positional=False)
"""Records whose fields SMSC does not document: read at fmt 0, 2 and 3, not at fmt 1."""
ROW_SHAPE = Shape(positional=False)


@dataclass(frozen=True)
class _Book:
    """phones.php or mails.php: the same commands, a different address field."""

    script: str
    address: str
    new_address: str
    add: ModuleType
    chg: ModuleType
    delete: ModuleType
    get: ModuleType
    add_group: ModuleType
    chg_group: ModuleType
    del_group: ModuleType
    get_group: ModuleType
    move_group: ModuleType
    add_black: ModuleType
    get_black: ModuleType
    del_black: ModuleType

    @property
    def contacts(self) -> Shape:
        fields = tuple(f.format(address=self.address) for f in CONTACT_FIELDS)
        return Shape(fields, many=True, empty_on=frozenset({3}), free_text=True)

    @property
    def black_list(self) -> Shape:
        fields = ("id", self.address, "type", "cmt")
        return Shape(fields, many=True, empty_on=frozenset({3}), free_text=True)


_BOOKS: dict[str, _Book] = {
    "phones": _Book(
        "phones",
        "phone",
        "new_phone",
        phones_add,
        phones_chg,
        phones_del,
        phones_get,
        phones_add_group,
        phones_chg_group,
        phones_del_group,
        phones_get_group,
        phones_move_group,
        phones_add_black,
        phones_get_black,
        phones_del_black,
    ),
    "mails": _Book(
        "mails",
        "mail",
        "new_mail",
        mails_add,
        mails_chg,
        mails_del,
        mails_get,
        mails_add_group,
        mails_chg_group,
        mails_del_group,
        mails_get_group,
        mails_move_group,
        mails_add_black,
        mails_get_black,
        mails_del_black,
    ),
}


@functools.cache
def _body_model(module: ModuleType) -> Any:
    """An endpoint's generated body model, read from its signature rather than listed twice."""
    return get_type_hints(module.build_request)["body"]


_SCRIPTS = (  # operation-name prefix -> script, most specific first ("senders" before "send")
    ("senders", "senders"),
    ("send", "send"),
    ("get_price_list", "get"),
    ("get_price", "send"),
    ("get_status", "status"),
    ("delete_message", "status"),
    ("phones", "phones"),
    ("mails", "phones"),
    ("jobs", "jobs"),
    ("info", "info"),
)


def _script(operation: str) -> str:
    """The script an operation belongs to, for its error meanings (mails.php as phones.php)."""
    return next((script for prefix, script in _SCRIPTS if operation.startswith(prefix)), "")


def _text_arg(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequestError(f"{what} should be a non-empty string, got {value!r}")
    return value


TEXT_LIMIT = 1000
"""Characters in one send.php text (`mes`)."""
_SENDER = re.compile(r"[\x20-\x7e]{1,11}|[0-9]{1,15}|\.?")
_LABEL = re.compile(r"[A-Za-z0-9.\-_]{1,40}")


def _sender(value: str | None) -> str | None:
    """Up to 11 Latin characters or 15 digits; "" or "." send without the default sender."""
    if value is not None and not (isinstance(value, str) and _SENDER.fullmatch(value)):
        raise InvalidRequestError(
            f"a sender is up to 11 Latin characters or 15 digits, got {value!r}"
        )
    return value


def _label(value: str | int | None) -> str | None:
    """A send's own id: an int 1..2147483647 or up to 40 of A-Z a-z 0-9 . - _."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value < 2**31:
        return str(value)
    if isinstance(value, str) and _LABEL.fullmatch(value):
        return value
    raise InvalidRequestError(
        f"id is an int 1..2147483647 or up to 40 of A-Z a-z 0-9 . - _, got {value!r}"
    )


def _pair(item: Any, what: str) -> tuple[Any, Any]:
    if not isinstance(item, tuple | list) or len(item) != 2:
        raise InvalidRequestError(f"each item should be a pair {what}, got {item!r}")
    return item[0], item[1]


def _phones(phones: str | int | Iterable[str | int]) -> str:
    many = [phones] if isinstance(phones, str | int) else list(phones)
    if not many:
        raise InvalidRequestError("give at least one phone number")
    for phone in many:
        if isinstance(phone, bool) or not isinstance(phone, str | int) or not str(phone).strip():
            raise InvalidRequestError(f"{phone!r} is not a phone number")
    return ",".join(str(p).strip() for p in many)


def _page_size(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PAGE:
        raise InvalidRequestError(f"page_size should be 1..{MAX_PAGE}, got {value!r}")
    return value


def _request_date(value: date | None) -> str | None:
    return None if value is None else value.strftime("%d.%m.%Y")


class SmscSettings(GatewaySettings, total=False):
    """What `connect("smsc", **settings)` takes: Smsc's own constructor arguments beside the
    settings every vendor has (each also from SMSGATE_SMSC_<NAME> or the config file)."""

    login: str
    password: str
    apikey: str
    md5: bool
    fmt: Format | int
    charset: Charset
    backup_urls: Sequence[str]


class _SmscOperations(Facade):
    """SMSC's operations, written once for the sync and the async client."""

    vendor = "smsc"
    default_base_url = HOSTS[0]

    def __init__(
        self,
        login: str | None = None,
        password: str | None = None,
        *,
        apikey: str | None = None,
        md5: bool = False,
        fmt: Format | int = Format.JSON,
        charset: Charset = "utf-8",
        backup_urls: Sequence[str] | None = None,
        **options: Unpack[ClientOptions],
    ):
        """Authenticate with `login` + `password` (`md5=True` sends the password's lowercase MD5
        hex instead of the password), or with `apikey`. Credentials go in the POST body, never
        in a URL. `fmt` and `charset` choose SMSC's reply format and encoding (fmt=3 and utf-8
        unless you have a reason). Reads fall back to SMSC's backup hosts (www2..www5) when
        the main host cannot be reached; give `backup_urls` to name others, e.g. for a custom
        `base_url`."""
        if apikey:
            if login or password:
                raise InvalidRequestError("give either login and password, or apikey")
            self._credentials = {"apikey": apikey}
        elif login and password:
            psw = hashlib.md5(password.encode()).hexdigest() if md5 else password
            self._credentials = {"login": login, "psw": psw}
        else:
            raise InvalidRequestError("SMSC needs login and password, or apikey")
        try:
            self._fmt = Format(fmt)
        except ValueError:
            raise InvalidRequestError(f"fmt should be 0, 1, 2 or 3, got {fmt!r}") from None
        if charset not in ("utf-8", "windows-1251", "koi8-r"):
            raise InvalidRequestError(
                f"charset should be utf-8, windows-1251 or koi8-r, got {charset!r}"
            )
        self._charset = charset
        secrets = [v for k, v in self._credentials.items() if k != "login"]
        super().__init__(secrets=[*secrets, password or ""], **options)
        if backup_urls is not None:
            backups = [httpx.URL(u.rstrip("/") + "/") for u in backup_urls]
        elif str(self._base_url) == HOSTS[0] + "/":
            backups = [httpx.URL(h + "/") for h in HOSTS[1:]]
        else:
            backups = []
        self._hosts = (self._base_url, *backups)

    def _credentials_repr(self) -> str:
        if "apikey" in self._credentials:
            return f"apikey={masked(self._credentials['apikey'])}"
        return f"login={self._credentials['login']!r}, psw={masked(self._credentials['psw'])}"

    def _authorize(self, request: dict[str, Any]) -> None:
        request["data"] = {**request.get("data", {}), **self._credentials}

    def _base_urls(self) -> Sequence[httpx.URL]:
        return self._hosts

    def _check(self, call: Call[Any], response: httpx.Response, parsed: Any) -> None:
        if not isinstance(parsed, _Failure):
            return
        script = _script(call.operation)
        meaning = _SCRIPT_ERRORS.get(script, {}).get(parsed.code) or _COMMON_ERRORS.get(
            parsed.code, "undocumented error"
        )
        said = f"{parsed.said} ({meaning})" if parsed.said and parsed.said != meaning else meaning
        cls: type[SmscApiError] = SmscApiError
        if parsed.code == 2:
            cls = SmscAuthenticationError
        elif parsed.code in (4, 9):
            cls = SmscRateLimitError
        elif script == "send" and parsed.code == 3:
            cls = SmscInsufficientFundsError
        error = self._exchange.api_error(cls, said, call, response, code=parsed.code)
        assert isinstance(error, SmscApiError)
        error.text = meaning
        error.message_id = (
            parsed.message_id if script == "send" and parsed.code in _SEND_ERRORS_WITH_ID else None
        )
        if isinstance(error, RateLimitError):
            error.retry_after = RATE_LIMIT_WAIT
        raise error

    def _vendor_call(
        self,
        module: ModuleType,
        shape: Shape,
        convert: Callable[[Any], T],
        fields: Mapping[str, Any],
        *,
        is_send: bool = False,
    ) -> Call[T]:
        """One command: its body built and checked against the generated model before any
        request, its reply decoded by the format asked for."""
        fmt = self._fmt
        if fmt is Format.CSV and not shape.positional:
            raise InvalidRequestError(
                f"{module.OPERATION_NAME} has no documented comma-separated layout;"
                " use fmt 0, 2 or 3"
            )
        if fmt is Format.CSV and shape.free_text:
            raise InvalidRequestError(
                f"{module.OPERATION_NAME} lists free text, which SMSC's comma-separated"
                " format (fmt=1) leaves unquoted and so unreadable; use fmt 0, 2 or 3"
            )
        values = {k: v for k, v in fields.items() if v is not None}
        values.update(fmt=int(fmt), charset=self._charset)
        try:
            body = _body_model(module).from_dict(values)
        except (TypeError, ValueError, KeyError) as exc:
            raise InvalidRequestError(f"{module.OPERATION_NAME}: {exc}") from None
        if body.additional_properties:
            unknown = ", ".join(sorted(body.additional_properties))
            raise InvalidRequestError(f"{module.OPERATION_NAME} takes no {unknown}")
        # Decoded by the fmt asked for: the generated parser reads one media type and ignores
        # Content-Type, and SMSC labels all of them JSON.
        charset = self._charset
        endpoint = ReadBy(module, lambda reply, _: _decode(reply.content, fmt, charset, shape))
        return Call(endpoint, {"body": body}, convert, is_send=is_send)

    # Sending.
    def _send(
        self,
        /,
        phones: str | int | Iterable[str | int],
        text: str,
        *,
        sender: str | None = None,
        id: str | int | None = None,
        cost: Literal[0, 2, 3] = 0,
        **options: Any,
    ) -> Call[SendResult]:
        """Send `text` to one or more numbers (or `G<group id>`). `id` is your label for the
        message (not an idempotency key); `cost=2`/`3` add the cost (and the new balance) to
        the result. Other send.php parameters (`translit`, `time`, `tz`, `flash`, `hlr`,
        `call`, `valid`, ...) go in `options` by their SMSC names. A send is never retried once
        it may have reached SMSC."""
        if cost not in (0, 2, 3):
            raise InvalidRequestError("cost should be 0, 2 or 3; use price() for an estimate")
        fields = {
            **options,
            "phones": _phones(phones),
            "mes": _limits.text(text, "text", max_chars=TEXT_LIMIT),
            "sender": _sender(sender),
            "id": _label(id),
            "cost": cost or None,
        }
        return self._vendor_call(send_message, SEND_SHAPE, _one(_send_result), fields, is_send=True)

    send = operation(_send)

    @operation
    def send_list(
        self, /, messages: Mapping[str, str] | Iterable[tuple[str, str]], **options: Any
    ) -> Call[SendResult]:
        """Personal messages in one request (`list`): number (or comma list) -> text. A newline
        inside a text is sent as the two characters `\\n`, as SMSC wants."""
        items = messages.items() if isinstance(messages, Mapping) else messages
        pairs = [_pair(item, "(phones, text)") for item in items]
        if not pairs:
            raise InvalidRequestError("give at least one message")
        lines = []
        for phones, text in pairs:
            escaped = _limits.text(text, "text", max_chars=TEXT_LIMIT).replace("\n", "\\n")
            lines.append(f"{_phones(phones)}:{escaped}")
        fields = {**options, "list": "\n".join(lines)}
        return self._vendor_call(send_list, SEND_SHAPE, _one(_send_result), fields, is_send=True)

    @operation
    def price(
        self, /, phones: str | int | Iterable[str | int], text: str, **options: Any
    ) -> Call[Price]:
        """What a send would cost (send.php with cost=1); nothing is sent."""
        text = _limits.text(text, "text", max_chars=TEXT_LIMIT)
        fields = {**options, "phones": _phones(phones), "mes": text, "cost": 1}

        def convert(decoded: Any) -> Price:
            r = _record(decoded)
            return Price(_money(r, "cost") or Decimal(0), _int(r, "cnt"))

        return self._vendor_call(get_price, PRICE_SHAPE, convert, fields)

    # Statuses.
    def _status(self, id: str | int, phone: str | int) -> Call[Status]:
        """One message's status; an unknown id is an SmscApiError with code 3."""
        message, number = _text_arg(str(id), "id"), _text_arg(str(phone), "phone")
        fields = {"id": message, "phone": number}
        return self._vendor_call(get_status, STATUS_SHAPE, _one(_status(message, number)), fields)

    status = operation(_status)

    @operation
    def details(
        self, id: str | int, phone: str | int, *, where: bool = False
    ) -> Call[MessageDetails]:
        """One message's status with its send time, cost, sender and text (status.php all=1);
        `where=True` adds its country, operator and region (all=2). Not at fmt=1."""
        message, number = _text_arg(str(id), "id"), _text_arg(str(phone), "phone")
        status = _status(message, number)

        def convert(decoded: Any) -> MessageDetails:
            r = _record(decoded)
            return MessageDetails(
                status(r),
                _when(r, "send_date", "send_timestamp"),
                _money(r, "cost"),
                r.get("sender_id", ""),
                r.get("status_name", ""),
                r.get("message", ""),
                *((r.get("country"), r.get("operator"), r.get("region")) if where else ()),
            )

        fields = {"id": message, "phone": number, "all": 2 if where else 1}
        return self._vendor_call(get_status, DETAILS_SHAPE, convert, fields)

    @operation
    def statuses(self, messages: Iterable[tuple[str | int, str | int]]) -> Call[list[Status]]:
        """Several messages' statuses in one request, from (id, phone) pairs; unknown ones
        come back as MessageStatus.NOT_FOUND. SMSC allows one such request a minute."""
        pairs = [
            (_text_arg(str(i), "id"), _text_arg(str(p), "phone"))
            for i, p in (_pair(item, "(id, phone)") for item in messages)
        ]
        if not pairs:
            raise InvalidRequestError("give at least one (id, phone) pair")
        # A trailing comma makes SMSC answer a list even for one message.
        fields = {
            "id": ",".join(i for i, _ in pairs) + ",",
            "phone": ",".join(p for _, p in pairs) + ",",
        }
        return self._vendor_call(get_status, STATUSES_SHAPE, _many(_status(None, None)), fields)

    @operation
    def delete(self, id: str | int, phone: str | int) -> Call[None]:
        """Delete a message from SMSC's history."""
        fields = {"id": _text_arg(str(id), "id"), "phone": _text_arg(str(phone), "phone"), "del": 1}
        return self._vendor_call(delete_message, DONE_SHAPE, _done, fields)

    def _balance(self, *, currency: bool = False) -> Call[Balance]:
        """The balance, and with `currency=True` its currency. SMSC allows 10 a minute."""

        def convert(decoded: Any) -> Balance:
            r = _record(decoded)
            return Balance(_amount(r, "balance"), r.get("currency") or None)

        return self._vendor_call(
            get_balance, BALANCE_SHAPE, convert, {"cur": 1 if currency else None}
        )

    balance = operation(_balance)

    # Contacts, groups and the black list (phones.php; book="mails" for mails.php).
    @operation
    def add_contact(
        self, /, address: str, name: str, *, book: Book = "phones", **fields: Any
    ) -> Call[int]:
        """Create a contact; `address` is its phone numbers (e-mail addresses for mails).
        Other fields by SMSC name: `grp`, `lnm`, `fnm`, `mnm`, `bd`, `myid`, `cmt`, `tags`,
        `pho`."""
        b = _BOOKS[book]
        values = {**fields, b.address: _text_arg(address, "address"), "name": name, "add": 1}
        return self._vendor_call(b.add, CREATED_SHAPE, _one(lambda r: _int(r, "id")), values)

    @operation
    def change_contact(
        self, /, address: str, *, book: Book = "phones", **fields: Any
    ) -> Call[None]:
        """Change the contact with this address; `new_phone`/`new_mail` replaces the address."""
        b = _BOOKS[book]
        values = {**fields, b.address: _text_arg(address, "address"), "chg": 1}
        return self._vendor_call(b.chg, DONE_SHAPE, _done, values)

    @operation
    def delete_contact(self, address: str, *, book: Book = "phones") -> Call[None]:
        b = _BOOKS[book]
        values = {b.address: _text_arg(address, "address"), "del": 1}
        return self._vendor_call(b.delete, DONE_SHAPE, _done, values)

    def _contacts_page(
        self, b: _Book, after_id: int | None, page_size: int, filters: Mapping[str, Any]
    ) -> Call[list[Contact]]:
        values = {**filters, "get": 1, "after_id": after_id, "cnt": page_size}
        return self._vendor_call(b.get, b.contacts, _many(_contact(b.address)), values)

    @stream
    def contacts(
        self,
        *,
        book: Book = "phones",
        group: int | None = None,
        search: str | None = None,
        name: str | None = None,
        page_size: int = MAX_PAGE,
    ) -> Stream[Contact]:
        """Every contact (of a group, or matching `search`/`name`), fetched lazily page by
        page with after_id + cnt."""
        b, size = _BOOKS[book], _page_size(page_size)
        filters = {"grp": None if group is None else str(group), "search": search, "fio": name}
        after: int | None = None
        while True:
            page = yield self._contacts_page(b, after, size, filters)
            yield Emit(page)
            if len(page) < size or page[-1].int_id is None:
                return
            after = page[-1].int_id

    @operation
    def groups(self, *, book: Book = "phones") -> Call[list[Group]]:
        b = _BOOKS[book]
        values = {"get_group": 1, "type": 1 if book == "mails" else None}
        return self._vendor_call(b.get_group, GROUP_SHAPE, _many(_group), values)

    @operation
    def add_group(
        self, name: str, *, number: int | None = None, book: Book = "phones"
    ) -> Call[int]:
        """Create a group; `number` is its number for SMS-command mailings."""
        b = _BOOKS[book]
        values = {"add_group": 1, "name": _text_arg(name, "name"), "num": number}
        return self._vendor_call(b.add_group, CREATED_SHAPE, _one(lambda r: _int(r, "id")), values)

    @operation
    def rename_group(self, group: int, name: str, *, book: Book = "phones") -> Call[None]:
        b = _BOOKS[book]
        values = {"chg_group": 1, "grp": group, "name": _text_arg(name, "name")}
        return self._vendor_call(b.chg_group, DONE_SHAPE, _done, values)

    @operation
    def delete_group(self, group: int, *, book: Book = "phones") -> Call[None]:
        b = _BOOKS[book]
        return self._vendor_call(b.del_group, DONE_SHAPE, _done, {"del_group": 1, "grp": group})

    @operation
    def move_contact(
        self,
        address: str,
        group: int,
        *,
        mode: Literal["move", "add", "remove"] = "move",
        book: Book = "phones",
    ) -> Call[None]:
        """Move a contact to a group, add it to one more, or remove it from one."""
        b = _BOOKS[book]
        flag = {"move": 1, "add": 2, "remove": 3}.get(mode)
        if flag is None:
            raise InvalidRequestError(f"mode should be move, add or remove, got {mode!r}")
        values = {"move_group": flag, "grp": group, b.address: _text_arg(address, "address")}
        return self._vendor_call(b.move_group, DONE_SHAPE, _done, values)

    @operation
    def block(
        self,
        address: str,
        *,
        type: Literal[0, 1, 2] = 0,
        comment: str | None = None,
        book: Book = "phones",
    ) -> Call[int]:
        """Add to the black list (type 0 all messages, 1 mass mailings, 2 single messages)."""
        b = _BOOKS[book]
        values = {
            "add_black": 1,
            b.address: _text_arg(address, "address"),
            "type": type,
            "cmt": comment,
        }
        return self._vendor_call(b.add_black, CREATED_SHAPE, _one(lambda r: _int(r, "id")), values)

    @operation
    def unblock(self, address: str, *, book: Book = "phones") -> Call[None]:
        b = _BOOKS[book]
        values = {"del_black": 1, b.address: _text_arg(address, "address")}
        return self._vendor_call(b.del_black, DONE_SHAPE, _done, values)

    @stream
    def black_list(
        self, *, book: Book = "phones", page_size: int = MAX_PAGE
    ) -> Stream[BlackListEntry]:
        """The black list, newest first, fetched lazily with prev_id + cnt."""
        b, size = _BOOKS[book], _page_size(page_size)
        before: int | None = None
        while True:
            values = {"get_black": 1, "prev_id": before, "cnt": size}
            page = yield self._vendor_call(
                b.get_black, b.black_list, _many(_black_entry(b.address)), values
            )
            yield Emit(page)
            if len(page) < size:
                return
            before = page[-1].id

    # Sender names.
    @operation
    def senders(self, *, all: bool = False) -> Call[list[str]]:
        """The account's sender names (activated ones only unless `all`)."""
        values = {"get": 1, "all": 1 if all else None}
        return self._vendor_call(
            senders_get, SENDERS_SHAPE, _many(lambda r: _get(r, "sender")), values
        )

    @operation
    def add_sender(self, /, name: str, comment: str, **flags: Any) -> Call[int]:
        """Ask to register a sender name; `comment` is required by SMSC. Operator registration
        flags (`mts`, `mega`, ...) by their SMSC names. Returns the new name's id."""
        values = {
            **flags,
            "add": 1,
            "sender": _text_arg(name, "name"),
            "cmt": _text_arg(comment, "comment"),
        }
        return self._vendor_call(
            senders_add, SENDER_CREATED_SHAPE, _one(lambda r: _int(r, "sender")), values
        )

    @operation
    def delete_sender(self, name: str) -> Call[None]:
        values = {"del": 1, "sender": _text_arg(name, "name")}
        return self._vendor_call(senders_del, DONE_SHAPE, _done, values)

    @operation
    def send_sender_code(self, number: str, *, site_name: str | None = None) -> Call[None]:
        """Send a confirmation code to a digital sender name."""
        values = {"send_code": 1, "sender": _text_arg(number, "number"), "site_name": site_name}
        return self._vendor_call(senders_send_code, DONE_SHAPE, _done, values)

    @operation
    def check_sender_code(self, number: str, code: str) -> Call[None]:
        values = {
            "check_code": 1,
            "sender": _text_arg(number, "number"),
            "code": _text_arg(code, "code"),
        }
        return self._vendor_call(senders_check_code, DONE_SHAPE, _done, values)

    # History, inbound messages, statistics, tariffs, operators.
    @stream
    def history(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        phone: str | None = None,
        page_size: int = MAX_PAGE,
    ) -> Stream[HistoryMessage]:
        """Sent messages, newest first, fetched lazily with prev_id + cnt (get_messages)."""
        size = _page_size(page_size)
        filters = {"start": _request_date(start), "end": _request_date(end), "phone": phone}
        before: int | None = None
        while True:
            values = {**filters, "get_messages": 1, "prev_id": before, "cnt": size}
            page = yield self._vendor_call(get_messages, HISTORY_SHAPE, _many(_history), values)
            yield Emit(page)
            if len(page) < size:
                return
            before = page[-1].int_id

    @operation
    def answers(
        self, *, after_id: int | None = None, hours: int | None = None, to_phone: str | None = None
    ) -> Call[list[Answer]]:
        """Inbound SMS; poll with `after_id` = the largest id seen."""
        values = {"get_answers": 1, "after_id": after_id, "hour": hours, "to_phone": to_phone}
        return self._vendor_call(get_answers, ANSWERS_SHAPE, _many(_answer), values)

    @operation
    def statistics(self, start: date, end: date | None = None) -> Call[list[Record]]:
        """Spending statistics; the field names are undocumented, so rows stay records."""
        values = {"get_stat": 1, "start": _request_date(start), "end": _request_date(end)}
        return self._vendor_call(get_stat, ROWS_SHAPE, _records, values)

    @operation
    def tariffs(self) -> Call[list[Tariff]]:
        return self._vendor_call(get_price_list, TARIFFS_SHAPE, _many(_tariff), {"get_price": 1})

    @operation
    def operator(self, phone: str) -> Call[OperatorInfo]:
        """The operator, country and region of a number."""
        values = {"get_operator": 1, "phone": _text_arg(phone, "phone")}
        return self._vendor_call(info_get_operator, OPERATOR_SHAPE, _one(_operator), values)

    # Mailings.
    @operation
    def add_job(
        self, /, name: str, phones: str | int | Iterable[str | int], text: str, **options: Any
    ) -> Call[int]:
        """Create a mailing; send.php options and `rpt`, `rptn`, `sender2`, `mes2`, `tpl` by
        their SMSC names. Returns its id. A mailing sends: it is never retried blindly."""
        values = {
            **options,
            "add": 1,
            "name": _text_arg(name, "name"),
            "phones": _phones(phones),
            "mes": _text_arg(text, "text"),
        }
        return self._vendor_call(
            jobs_add, JOB_CREATED_SHAPE, _one(lambda r: _int(r, "id")), values, is_send=True
        )

    @operation
    def job(self, id: int) -> Call[Job | None]:
        def convert(decoded: Any) -> Job | None:
            jobs = [_job(r) for r in _records(decoded)]
            return jobs[0] if jobs else None

        return self._vendor_call(jobs_get, JOBS_SHAPE, convert, {"get": 1, "id": id})

    @operation
    def jobs(self, *, start: date | None = None, end: date | None = None) -> Call[list[Job]]:
        values = {"get_all": 1, "start": _request_date(start), "end": _request_date(end)}
        return self._vendor_call(jobs_get_all, JOBS_SHAPE, _many(_job), values)

    @operation
    def cancel_job(self, id: int) -> Call[None]:
        return self._vendor_call(jobs_cancel, DONE_SHAPE, _done, {"cancel": 1, "id": id})

    @operation
    def delete_job(self, id: int) -> Call[None]:
        return self._vendor_call(jobs_del, DONE_SHAPE, _done, {"del": 1, "id": id})

    # Sub-clients and their documents (replies undocumented: records stay records).
    @operation
    def add_user(self, /, user: str, password: str, **settings: Any) -> Call[None]:
        """Create a sub-client; settings (`type`, `tariff`, `curr`, `url`, ...) by SMSC name."""
        values = {**settings, "add": 1, "user": _text_arg(user, "user"), "password": password}
        return self._vendor_call(users_add, DONE_SHAPE, _done, values)

    @operation
    def change_user(self, /, user: str, **settings: Any) -> Call[None]:
        values = {**settings, "chg": 1, "user": _text_arg(user, "user")}
        return self._vendor_call(users_chg, DONE_SHAPE, _done, values)

    @operation
    def pay_user(self, user: str, amount: Decimal | int) -> Call[None]:
        """Move money from this account to a sub-client (negative: back, *unconfirmed*)."""
        values = {"pay": 1, "user": _text_arg(user, "user"), "sum": float(amount)}
        return self._vendor_call(users_pay, DONE_SHAPE, _done, values)

    @operation
    def user_statistics(
        self,
        *,
        user: str | None = None,
        start: date | None = None,
        end: date | None = None,
        detailed: bool = False,
    ) -> Call[list[Record]]:
        """Sub-client statistics (get_stat, or get_stat_all with `detailed`)."""
        flag = "get_stat_all" if detailed else "get_stat"
        values = {flag: 1, "user": user, "start": _request_date(start), "end": _request_date(end)}
        module = users_get_stat_all if detailed else users_get_stat
        return self._vendor_call(module, ROWS_SHAPE, _records, values)

    @operation
    def add_invoice(
        self, amount: Decimal | int, *, user: str | None = None, service: str | None = None
    ) -> Call[int]:
        """Issue an invoice to a sub-client; returns its id."""
        values = {"add_account": 1, "sum": float(amount), "user": user, "service": service}
        return self._vendor_call(
            documents_add_account, CREATED_SHAPE, _one(lambda r: _int(r, "id")), values
        )

    @operation
    def invoice(self, id: int) -> Call[Record]:
        return self._vendor_call(
            documents_get_account, ROW_SHAPE, _record, {"get_account": 1, "id": id}
        )

    @operation
    def act(self, id: int, *, number: int | None = None) -> Call[Record]:
        values = {"get_act": 1, "id": id, "num": number}
        return self._vendor_call(documents_get_act, ROW_SHAPE, _record, values)

    # Templates.
    @operation
    def add_template(
        self, name: str, text: str, *, format: str | None = None, sender: str | None = None
    ) -> Call[int]:
        values = {"add": 1, "name": _text_arg(name, "name"), "msg": _text_arg(text, "text")}
        values.update(format=format, sender=sender)
        return self._vendor_call(
            templates_add, CREATED_SHAPE, _one(lambda r: _int(r, "id")), values
        )

    @operation
    def change_template(self, /, id: int, **fields: Any) -> Call[None]:
        """Change a template's `name`, `msg`, `format` or `sender`."""
        return self._vendor_call(templates_chg, DONE_SHAPE, _done, {**fields, "chg": 1, "id": id})

    @operation
    def delete_template(self, id: int) -> Call[None]:
        return self._vendor_call(templates_del, DONE_SHAPE, _done, {"del": 1, "id": id})

    @operation
    def templates(self) -> Call[list[Record]]:
        return self._vendor_call(templates_get, ROWS_SHAPE, _records, {"get": 1})

    @operation
    def add_operator_template(self, /, sender: str, text: str, **operators: Any) -> Call[int]:
        """Register a template with the operators flagged (`mts_srv`, `mega_trn`, ...)."""
        values = {**operators, "add": 1, "sender": sender, "msg": _text_arg(text, "text")}
        return self._vendor_call(
            op_templates_add, CREATED_SHAPE, _one(lambda r: _int(r, "id")), values
        )

    @operation
    def operator_templates(self) -> Call[list[Record]]:
        return self._vendor_call(op_templates_get, ROWS_SHAPE, _records, {"get": 1})

    # The smaller scripts.
    @operation
    def ping(self, /, id: int, *, ok: bool = True, **macros: Any) -> Call[None]:
        """Send an event notification of a task group: its recovery (`ok`) or failure template,
        with the `name`, `host` and `info` macros."""
        return self._vendor_call(
            ping_script, DONE_SHAPE, _done, {**macros, "id": id, "ok": int(ok)}
        )

    @operation
    def short_link(self, *, link: str | None = None, id: str | None = None) -> Call[Record]:
        """Data of a short link, by the original `link` or the short link's `id`."""
        if not link and not id:
            raise InvalidRequestError("give link or id")
        values = {"get": 1, "link": link, "id": id}
        return self._vendor_call(tinyurls_get, ROW_SHAPE, _record, values)

    @operation
    def inbound_numbers(self) -> Call[list[Record]]:
        """Numbers available for receiving SMS."""
        return self._vendor_call(receive_phones_get, ROWS_SHAPE, _records, {"get": 1})

    @operation
    def rent_inbound_number(self, phone: str, *, auto_renew: bool = True) -> Call[None]:
        values = {"buy": 1, "phone": _text_arg(phone, "phone"), "noprolong": int(not auto_renew)}
        return self._vendor_call(receive_phones_buy, DONE_SHAPE, _done, values)

    @operation
    def set_inbound_renewal(self, phone: str, *, auto_renew: bool) -> Call[None]:
        values = {"chg": 1, "phone": _text_arg(phone, "phone"), "noprolong": int(not auto_renew)}
        return self._vendor_call(receive_phones_chg, DONE_SHAPE, _done, values)

    @operation
    def wait_call(self, phone: str) -> Call[Record]:
        """Confirm a number by a call from it: the reply says which number to call."""
        values = {"phone": _text_arg(phone, "phone")}
        return self._vendor_call(wait_call_script, ROW_SHAPE, _record, values)

    # The neutral interface (smsgate.gateway).
    def _neutral_send(self, outgoing: neutral.Outgoing) -> Steps[list[neutral.SentMessage]]:
        when = outgoing.schedule_at
        options: dict[str, Any] = {} if when is None else {"time": f"0{int(when.timestamp())}"}
        digits = [number.removeprefix("+") for number in outgoing.to]
        sent = yield from self._send(
            digits, outgoing.text, sender=outgoing.sender, id=outgoing.label, **options
        )
        # `cnt` counts the parts of every recipient together.
        reported = sent.parts % len(digits) == 0
        parts = sent.parts // len(digits) if reported else outgoing.segments.parts
        return [
            neutral.SentMessage(f"{sent.id}:{d}", f"+{d}", parts, reported, self.vendor)
            for d in digits
        ]

    def _neutral_status(self, message_id: str) -> Steps[neutral.DeliveryReport]:
        ident, _, phone = message_id.rpartition(":")
        if not (ident and phone.isdigit()):
            raise InvalidRequestError(f"{message_id!r} is not an SMSC message id from send()")
        status = yield from self._status(ident, phone)
        return _neutral_report(message_id, phone, status.status, status.error, status.changed_at)

    _neutral_labels = True  # send.php takes the client's `id`; status.php finds it by id+phone

    def _neutral_lookup(self, label: str, recipient: str) -> Steps[str | None]:
        phone = recipient.removeprefix("+")
        try:
            status = yield from self._status(label, phone)
        except SmscApiError as exc:
            if exc.code == 3:  # "message not found"
                return None
            raise
        if status.status is MessageStatus.NOT_FOUND:
            return None
        return f"{label}:{phone}"

    def _neutral_balance(self) -> Steps[neutral.Balance]:
        balance = yield from self._balance(currency=True)
        return neutral.Balance(balance.amount, balance.currency or "XXX", self.vendor)


class Smsc(_SmscOperations, SyncFacade):
    """The blocking SMSC client."""


class AsyncSmsc(_SmscOperations, AsyncFacade):
    """The asyncio SMSC client."""


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


def parse_callback(params: Mapping[str, str]) -> StatusCallback | InboundCallback:
    """Read one notification from its fields (the query of a GET or the form of a POST, as
    your web framework gives them). SMSC's optional hash cannot be checked (what it hashes is
    undocumented), so confirm a status with `status()` before acting on it. Raises
    CallbackError for a notification that does not parse."""
    fields = {str(k): str(v) for k, v in params.items()}
    try:
        if "status" in fields:
            return StatusCallback(
                _get(fields, "id"),
                _get(fields, "phone"),
                MessageStatus(_int(fields, "status")),
                DeliveryError(_opt_int(fields, "err") or 0),
                _when(fields, "time", "ts"),
                _opt_int(fields, "cnt"),
            )
        if "mes" in fields:
            return InboundCallback(
                _get(fields, "id"),
                _get(fields, "phone"),
                fields.get("to", ""),
                fields["mes"],
                _when(fields, "sent"),
            )
    except ValueError as exc:  # WireFormatError
        raise CallbackError(f"malformed callback: {exc}", vendor="smsc") from None
    raise CallbackError("neither a status nor an inbound message", vendor="smsc")


NEUTRAL_STATES = {
    MessageStatus.NOT_FOUND: neutral.DeliveryState.UNKNOWN,
    MessageStatus.STOPPED: neutral.DeliveryState.QUEUED,
    MessageStatus.WAITING: neutral.DeliveryState.QUEUED,
    MessageStatus.TRANSFERRED: neutral.DeliveryState.SENT,
    MessageStatus.DELIVERED: neutral.DeliveryState.DELIVERED,
    MessageStatus.READ: neutral.DeliveryState.DELIVERED,
    MessageStatus.EXPIRED: neutral.DeliveryState.EXPIRED,
    MessageStatus.CLICKED: neutral.DeliveryState.DELIVERED,
    MessageStatus.UNDELIVERABLE: neutral.DeliveryState.FAILED,
    MessageStatus.WRONG_NUMBER: neutral.DeliveryState.REJECTED,
    MessageStatus.PROHIBITED: neutral.DeliveryState.REJECTED,
    MessageStatus.INSUFFICIENT_FUNDS: neutral.DeliveryState.REJECTED,
    MessageStatus.UNAVAILABLE: neutral.DeliveryState.FAILED,
}
CALLBACK_HASHES: dict[str, Callable[[bytes], str]] = {
    "md5": lambda data: hashlib.md5(data).hexdigest(),
    "sha1": lambda data: hashlib.sha1(data).hexdigest(),
    "crc32": lambda data: str(zlib.crc32(data)),
}


def _neutral_report(
    message_id: str,
    phone: str,
    status: MessageStatus,
    error: DeliveryError,
    at: datetime | None,
) -> neutral.DeliveryReport:
    state = NEUTRAL_STATES[status]
    reason = (error if error else status).description if state.is_failure else None
    return neutral.DeliveryReport(
        message_id, f"+{phone}", state, str(int(status)), "smsc", at, reason
    )


def callback_hash(fields: Mapping[str, str], secret: str, algorithm: str = "md5") -> str:
    """The `hash` of a status callback, as smsgate presumes SMSC computes it: the algorithm
    named in the handler URL over "id:phone:status:secret" (*unconfirmed*: SMSC does not
    publish the string; the stub signs this way)."""
    text = f"{fields.get('id', '')}:{fields.get('phone', '')}:{fields.get('status', '')}:{secret}"
    return CALLBACK_HASHES[algorithm](text.encode())


def read_delivery_callback(
    request: CallbackRequest, secret: str | None, *, hash_algorithm: str = "md5"
) -> list[neutral.DeliveryReport]:
    """smsgate.callbacks' reader: a status notification, verified by its `hash` when a
    secret is configured; an inbound SMS is not a delivery report and reads as none."""
    fields = request.fields
    if secret:
        if hash_algorithm not in CALLBACK_HASHES:
            raise InvalidRequestError(f"hash_algorithm is one of {', '.join(CALLBACK_HASHES)}")
        expected = callback_hash(fields, secret, hash_algorithm)
        if not hmac.compare_digest(fields.get("hash", "").encode(), expected.encode()):
            raise CallbackError("the callback hash does not match", reason="forged", vendor="smsc")
    callback = parse_callback(fields)
    if isinstance(callback, InboundCallback):
        return []
    message_id = f"{callback.id}:{callback.phone}"
    return [
        _neutral_report(
            message_id, callback.phone, callback.status, callback.error, callback.changed_at
        )
    ]


if not TYPE_CHECKING:  # hidden from type checkers, which would type unknown names by it

    def __getattr__(name: str) -> object:
        """MOSCOW is made on first use (_wire.zone), not when the module is imported."""
        if name == "MOSCOW":
            return _moscow()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
